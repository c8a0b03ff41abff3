import { formatViDate } from "../dates/isoDate";
import { cleanText, looseKey } from "../text/normalize";
import { dayOf } from "./formParts";
import { Grid, GridCell, cellText } from "./grid";

// "Diễn biến:", "Quá trình thực hiện:", "Nhật ký:": a card's label over the work's dated steps.
const LOG_START = /^\s*(?:diễn|dien|quá|qua|nhật|nhat|các|cac|lịch|lich)(?!\p{L})/iu;
const LOG_LABEL = /^(?:dien bien|qua trinh(?: thuc hien| trien khai)?|nhat ky(?: thuc hien)?|cac lan cap nhat|lich su cap nhat)$/;

/**
 * "Diễn biến: | 10/03/2021 | Ban hành quy chế" and, on the rows under it, "| 20/09/2021 | Chuyển BP Một cửa chủ
 * trì", "| 30/11/2021 | Đạt 80%": a card's log, a day and what was done on each row. Read as one value, a line
 * per step ("10/03/2021: Ban hành quy chế"), as the card's other labels give theirs, so that its last step says
 * how the work stands; the rows under it are its own, never tasks. Null where row r starts no such log.
 */
export function cardLog(grid: Grid, r: number): { row: GridCell[]; last: number } | null {
  const cells = grid.rows[r - 1] ?? [];
  // (Asked of every row of a sheet of cards: only one opening with such a label's first word is looked at more.)
  const opening = cells.find((v) => v !== null && v !== "");
  if (typeof opening !== "string" || opening.length > 30 || !LOG_START.test(opening)) return null;
  const filled = filledOf(cells);
  const label = filled[0];
  if (label === undefined || typeof label.v !== "string" || label.v.length > 30) return null;
  if (!LOG_LABEL.test(looseKey(label.v).replace(/\s*:$/, ""))) return null;
  const lines: string[] = [];
  let dayCol: number;
  if (filled.length === 1) {
    // The label alone, its steps on the rows under it.
    const next = filledOf(grid.rows[r] ?? []);
    if (next.length !== 2 || next[0].i <= label.i) return null;
    dayCol = next[0].i;
  } else {
    const step = stepOf(filled.slice(1));
    if (step === null) return null;
    dayCol = filled[1].i;
    lines.push(step);
  }
  let last = r;
  for (let rr = r + 1; rr <= grid.rows.length; rr++) {
    const next = filledOf(grid.rows[rr - 1] ?? []);
    if (next.length !== 2 || next[0].i !== dayCol) break;
    const step = stepOf(next);
    if (step === null) break;
    lines.push(step);
    last = rr;
  }
  if (lines.length === 0) return null;
  const row = cells.map((v, i) => (i === label.i ? v : i === dayCol ? lines.join("\n") : null));
  while (row.length <= dayCol) row.push(row.length === dayCol ? lines.join("\n") : null);
  return { row, last };
}

function filledOf(cells: readonly GridCell[]): Array<{ v: GridCell; i: number }> {
  return cells.map((v, i) => ({ v, i })).filter((x) => cellText(x.v).trim() !== "");
}

/** A day, then what was done: "20/09/2021: Chuyển BP Một cửa chủ trì". */
function stepOf(cells: ReadonlyArray<{ v: GridCell; i: number }>): string | null {
  if (cells.length !== 2) return null;
  const day = dayOf(cells[0].v);
  const said = cells[1].v;
  if (day === null || typeof said !== "string" || dayOf(said) !== null) return null;
  return `${formatViDate(day)}: ${cleanText(said)}`;
}
