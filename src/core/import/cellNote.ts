/**
 * A cell note's words without the author's line Excel puts first ("Lâm Thị Ngọc Bích:⏎…"), for
 * both readers: the .xlsx file's comments part and Office.js's comments and notes.
 */
export function noteBody(text: string): string {
  return text.replace(/^[^\n:]{1,60}:\s*\n/u, "").trim();
}
