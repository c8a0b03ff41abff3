import { GridCell } from "./grid";

// "- ", "+ ", "• ", "a) ", "1. " at the start of a line.
export const BULLET = /^\s*(?:[-+•*–]|[a-zđ]\)|\d{1,2}[.)])\s+/u;

/** A cell's bullet lines, marks removed: two or more, every line one; else null. */
export function bulletItems(v: GridCell): string[] | null {
  const lines = bulletLines(v);
  return lines === null ? null : lines.map((l) => l.replace(BULLET, "").trim());
}

/** A cell's bullet lines as typed, marks kept: two or more, every line one; else null. */
export function bulletLines(v: GridCell): string[] | null {
  if (typeof v !== "string" || !v.includes("\n")) return null;
  const lines = v.split(/\r?\n/).filter((l) => l.trim() !== "");
  return lines.length >= 2 && lines.every((l) => BULLET.test(l)) ? lines : null;
}
