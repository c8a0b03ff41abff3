/** Something the parser noticed: kept for the user, never silently dropped. */
export interface PlanNote {
  level: "Lỗi" | "Cảnh báo";
  /** The item's code, when the note is about one item. */
  item: string | null;
  message: string;
  /** 1-based line of the text as read, where the note is about one line. */
  line?: number;
}

/** A note about one line of the text, quoting it (cut short) so the user can find it in any form of the document. */
export function lineNote(level: PlanNote["level"], line: { text: string; line: number } | null, message: string): PlanNote {
  if (!line) return { level, item: null, message };
  const quoted = line.text.length > 70 ? `${line.text.slice(0, 67)}…` : line.text;
  return { level, item: null, message: `${message} (dòng "${quoted}")`, line: line.line };
}
