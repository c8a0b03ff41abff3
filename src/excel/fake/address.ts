/** A1 addresses as Excel accepts them (1-based rows and columns), for the fake workbook. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function colLetters(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B2", "A1:M20", "A:A", "3:5"; null for anything Excel would reject. */
export function parseAddress(address: string): Rect | null {
  const a = address.replace(/\$/g, "").trim().toUpperCase();
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(a);
  if (cols) return check({ top: 1, left: colNumber(cols[1]), bottom: MAX_ROW, right: colNumber(cols[2]) });
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return check({ top: Number(rows[1]), left: 1, bottom: Number(rows[2]), right: MAX_COL });
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(a);
  if (!m) return null;
  const r = { top: Number(m[2]), left: colNumber(m[1]), bottom: Number(m[4] ?? m[2]), right: colNumber(m[3] ?? m[1]) };
  return check({
    top: Math.min(r.top, r.bottom),
    left: Math.min(r.left, r.right),
    bottom: Math.max(r.top, r.bottom),
    right: Math.max(r.left, r.right),
  });
}

function check(r: Rect): Rect | null {
  return r.top >= 1 && r.left >= 1 && r.bottom <= MAX_ROW && r.right <= MAX_COL ? r : null;
}

export function formatAddress(r: Rect): string {
  const a = `${colLetters(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${colLetters(r.right)}${r.bottom}`;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
