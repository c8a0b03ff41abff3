import { IsoDate } from "../dates/isoDate";
import { FactsCache } from "./cellFacts";
import { Grid, GridCell, cellText } from "./grid";
import { dateOf } from "./readingColumns";

/**
 * A column per criterion and a row per day the figures stand at: "Thời điểm | TC 1.3 - Tỷ lệ CB,CC
 * đạt chuẩn (%) | TC 1.6 - Tăng trưởng (%) | TC 1.7 - …" over "30/6/2021 | 82,6 | 6,1 | …", as an
 * official keeps a few indicators side by side through the year. Each filled cell is one reading.
 */
export interface CriteriaByDay {
  headerRow: number;
  dayCol: number;
  criteria: Array<{ col: number; code: string; name: string }>;
  days: Array<{ row: number; date: IsoDate }>;
  /** The last row of the block. */
  lastRow: number;
}

const SCAN_ROWS = 30;

// "TC 1.3 - Tỷ lệ …", "Tiêu chí 1.3: …", "1.3 - …", "TCTP 1.6 (…)": a heading naming a criterion by its code first.
const CODE_HEADING = /^\s*(?:(?:tc|tctp|tiêu chí|tieu chi|chỉ số|chi so)\s*)?([12]\.\d{1,2})\b\s*[-–:.)]?\s*(.*)$/iu;
// "Thời điểm", "Ngày", "Ngày số liệu", "Số liệu đến ngày", "Tính đến": the column of days.
const DAY_HEADING = /^(?:thoi diem|ngay|ngay so lieu|so lieu (?:tinh )?den ngay|tinh den(?: ngay)?|den ngay|thoi gian|ky so lieu)$/;

/** A row's day; a plain number is a day only as an Excel serial of these years (never a row's number). */
function dayOf(v: GridCell, facts: FactsCache): IsoDate | null {
  return typeof v === "number" && (v < 40000 || v > 60000) ? null : dateOf(v, facts);
}

/** The block, or null where no header names two criteria by code over a column of days. */
export function findCriteriaByDay(grid: Grid, facts: FactsCache): CriteriaByDay | null {
  for (let r = 1; r <= Math.min(grid.rows.length, SCAN_ROWS); r++) {
    const row = grid.rows[r - 1] ?? [];
    const criteria: CriteriaByDay["criteria"] = [];
    for (let c = 2; c <= row.length; c++) {
      const m = typeof row[c - 1] === "string" ? CODE_HEADING.exec(row[c - 1] as string) : null;
      if (m) criteria.push({ col: c, code: m[1], name: m[2].trim() });
    }
    if (criteria.length < 2 || new Set(criteria.map((x) => x.code)).size !== criteria.length) continue;
    const dayCol = 1;
    const first = criteria[0].col;
    if (first <= dayCol || !DAY_HEADING.test(facts.of(cellText(row[dayCol - 1] ?? null)).key)) continue;
    const days: CriteriaByDay["days"] = [];
    let lastRow = r;
    for (let rr = r + 1; rr <= grid.rows.length; rr++) {
      const date = dayOf(grid.rows[rr - 1]?.[dayCol - 1] ?? null, facts);
      if (!date) break;
      days.push({ row: rr, date });
      lastRow = rr;
    }
    if (days.length < 2) return null;
    // Only where the block is the sheet's: below it, notes of one cell a row at most.
    for (let rr = lastRow + 1; rr <= grid.rows.length; rr++)
      if ((grid.rows[rr - 1] ?? []).filter((v) => cellText(v).trim() !== "").length > 1) return null;
    return { headerRow: r, dayCol, criteria, days, lastRow };
  }
  return null;
}
