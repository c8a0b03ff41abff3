/** A print header's text as printed: its left, centre and right parts on lines of their own, codes gone. */
export function pageText(raw: string): string {
  return raw
    .replace(/&"[^"]*"/g, "")
    .replace(/&K[0-9A-Fa-f]{6}/g, "")
    .replace(/&\d+/g, "")
    .replace(/&[LCR]/g, "\n")
    .replace(/&&/g, "\uE000")
    .replace(/&[A-Za-z]/g, "")
    .replace(/\uE000/g, "&")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join("\n");
}
