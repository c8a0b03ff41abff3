import { formatViNumber } from "../format/viNumber";

/** The most characters an Excel cell holds; a longer text makes Excel repair (and empty) the file. */
export const EXCEL_CELL_CHARS = 32_767;

/**
 * Text as an Excel cell can hold it: a longer one is cut and says so at its end, so a reader of
 * the master or the report sees that something is missing (Kiểm tra names the source cell).
 */
export function fitExcelCell(text: string): string {
  if (text.length <= EXCEL_CELL_CHARS) return text;
  const note = ` … [đã cắt: ô gốc dài ${formatViNumber(text.length)} ký tự]`;
  let end = EXCEL_CELL_CHARS - note.length;
  // Never split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + note;
}
