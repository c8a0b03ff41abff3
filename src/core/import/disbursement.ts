import { IsoDate, isoDate } from "../dates/isoDate";
import { cleanText, looseKey } from "../text/normalize";
import { parseNumberText } from "./cellFacts";
import { keyScore } from "./columns";
import { Grid, GridCell, cellText, isGridDate } from "./grid";
import { isSamePointLabel, isTotalKey } from "./periods";

/**
 * A table of public investment projects and what was paid out of their capital plan (criterion
 * 1.4, "Tỷ lệ giải ngân vốn đầu tư công"):
 *
 *   STT | Tên công trình        | KH vốn 2021 | Giải ngân đến 30/9/2021 | Tỷ lệ (%) | Giải ngân đến 14/12/2021 | …
 *   1   | Đường GT liên xóm 3-5 | 1800        | 1250                    | 69,4      | 1620                     |
 *       | TỔNG CỘNG             | 5150        | 3020                    | 58,6      | 4380                     |
 *
 * Each paid column gives the commune's rate at its day: its total over the plan's (the total row's,
 * else the projects' added up). The projects are no tasks unless the table also tracks their
 * deadlines or states.
 */
export interface Disbursement {
  headerRow: number;
  /** The last row of the table (a project or its total). */
  lastRow: number;
  nameCol: number;
  planCol: number;
  paid: PaidColumn[];
  /** The projects' rows. */
  projects: number[];
  /** The table tracks each project's deadline or state too: its rows are tasks as well. */
  tracked: boolean;
  /** Tracked with the work in a column of its own: the money columns (1-based), read here and left out of its tasks. */
  figureCols: number[];
  /** "Giải ngân trong tháng" beside the running total: a part of it, not read on its own, said with the readings. */
  inPeriod?: Array<{ col: number; heading: string }>;
  /** "Cùng kỳ năm 2020" under the total (its label keyed): an earlier year's figures at the same point. */
  prior?: { row: number; label: string; paid: Array<{ col: number; numerator: number; denominator: number }> };
}

export interface PaidColumn {
  /** The paid column, 1-based as the sheet names it. */
  col: number;
  heading: string;
  /** The day the heading gives ("đến 30/9/2021"), else null for the sheet's period. */
  date: IsoDate | null;
  numerator: number;
  denominator: number;
  /** The row the figures were read from: the total row, or the header where the projects were added up. */
  row: number;
  added: boolean;
}

const SCAN_ROWS = 12;
const PLAN =
  /^(?:(?:kh|ke hoach) von|von (?:kh|ke hoach|giao|duoc giao|phan bo|nam)|tong muc dau tu|ke hoach (?:nam )?\d{4}|du toan|von ke hoach)\b/;
const PAID = /^(?:luy ke |so |gia tri |von )?(?:da )?giai ngan\b/;
// ("Nội dung" over one line, "Tổng kế hoạch vốn đầu tư công giao năm 2021": the commune's whole plan.)
const NAME = /^(?:ten )?(?:cong trinh|du an|hang muc|danh muc cong trinh)\b|^noi dung$/;
const SO_FAR = /\b(?:luy ke|tu dau nam|cong don)\b/;
const IN_PERIOD = /\b(?:trong (?:thang|ky|quy|tuan)|thang nay|ky nay|quy nay)\b/;
const UNTIL = /\bden (?:ngay )?(\d{1,2}) (\d{1,2})(?: (\d{4}))?\b/;

/** A sub-heading's day as written, "31/7/2021" for a real date ("Lũy kế đến" over 31/07/2021 | 31/08/2021). */
function dayText(v: GridCell): string {
  if (!isGridDate(v)) return typeof v === "string" ? v : "";
  const [y, m, d] = v.date.split("-").map(Number);
  return `${d}/${m}/${y}`;
}

function numberOf(v: GridCell): number | null {
  if (typeof v === "number") return v;
  return typeof v === "string" ? parseNumberText(v) : null;
}

export function findDisbursement(grid: Grid, year: number | null): Disbursement | null {
  for (let r = 1; r <= Math.min(grid.rows.length, SCAN_ROWS); r++) {
    const row = grid.rows[r - 1] ?? [];
    // A cheap sign first: a short cell about paying out.
    if (!row.some((v) => typeof v === "string" && v.length < 60 && /gi[aả]i\s*ng[aâ]n/iu.test(v))) continue;
    const keys = row.map((v) => (typeof v === "string" && v.length < 80 ? looseKey(v) : ""));
    const planCol = keys.findIndex((k) => PLAN.test(k));
    const nameCol = keys.findIndex((k) => NAME.test(k));
    const paying = keys.flatMap((k, c) => (PAID.test(k) && !/\bcon lai\b/.test(k) ? [c] : []));
    // "Giải ngân trong tháng" beside "Lũy kế giải ngân từ đầu năm": the rate is of the running total, the month's is a part of it.
    const running = paying.filter((c) => SO_FAR.test(keys[c]));
    const paidCols = running.length > 0 ? paying.filter((c) => !IN_PERIOD.test(keys[c])) : paying;
    const inPeriod = paying.filter((c) => !paidCols.includes(c)).map((c) => ({ col: c + 1, heading: cleanText(cellText(row[c] ?? null)) }));
    if (planCol < 0 || nameCol < 0 || paidCols.length === 0) continue;
    // "Giải ngân" merged over "Đến 30/9 | Đến 14/12": each day's column under it, the two headings read as one.
    const under = grid.rows[r] ?? [];
    const parent = new Map<number, number>();
    for (const c of paidCols) {
      const m = grid.merges.find((x) => x.top === r && x.left === c + 1 && x.right > x.left);
      const subs = m ? Array.from({ length: m.right - m.left + 1 }, (_, i) => m.left - 1 + i) : [];
      if (subs.length > 0 && subs.every((k) => UNTIL.test(looseKey(`den ${dayText(under[k] ?? null)}`))))
        for (const k of subs) parent.set(k, c);
    }
    if (parent.size > 0) {
      const joined = keys.map((k, c) => {
        const p = parent.get(c);
        return p === undefined ? k : `${keys[p]} ${looseKey(dayText(under[c] ?? null))}`;
      });
      return readTable(grid, r, joined, nameCol, planCol, [...parent.keys()], year, r + 1, parent);
    }
    const table = readTable(grid, r, keys, nameCol, planCol, paidCols, year);
    return table !== null && inPeriod.length > 0 ? { ...table, inPeriod } : table;
  }
  return null;
}

function readTable(
  grid: Grid,
  header: number,
  keys: readonly string[],
  nameCol: number,
  planCol: number,
  paidCols: readonly number[],
  year: number | null,
  headerBottom = header,
  parent: ReadonlyMap<number, number> = new Map(),
): Disbursement | null {
  const projects: number[] = [];
  let total: number | null = null;
  let lastRow = headerBottom;
  for (let r = headerBottom + 1; r <= grid.rows.length; r++) {
    const row = grid.rows[r - 1] ?? [];
    const name = cleanText(cellText(row[nameCol] ?? null));
    const plan = numberOf(row[planCol] ?? null);
    if (name === "" && plan === null) {
      if (r - lastRow > 1) break;
      continue;
    }
    if (plan === null && total === null && projects.length > 0 && name.length > 60) break;
    lastRow = r;
    // "Tổng cộng" under the name, or in the number's column before it.
    const labels = row.slice(0, nameCol + 1).map((v) => (typeof v === "string" ? looseKey(v) : ""));
    if (labels.some((k) => k !== "" && isTotalKey(k))) {
      total = r;
      break;
    }
    if (plan !== null) projects.push(r);
  }
  // "Tổng kế hoạch vốn đầu tư công giao năm 2021" alone under the header: the commune's whole plan, one line.
  if (projects.length === 0 && total === null) return null;
  const at = (r: number, c: number) => numberOf((grid.rows[r - 1] ?? [])[c] ?? null);
  const paid: PaidColumn[] = [];
  for (const c of paidCols) {
    const own = cleanText(cellText((grid.rows[header - 1] ?? [])[parent.get(c) ?? c] ?? null));
    const heading = parent.has(c) ? `${own} ${cleanText(dayText((grid.rows[headerBottom - 1] ?? [])[c] ?? null))}` : own;
    const m = UNTIL.exec(keys[c]);
    const y = m?.[3] !== undefined ? Number(m[3]) : year;
    const date = m && y !== null ? isoDate(y, Number(m[2]), Number(m[1])) : null;
    const fromTotal = total !== null && at(total, c) !== null && at(total, planCol) !== null;
    // "Giải ngân đến 31/01/2022" left blank on every row (its day not come): no figure yet, never 0 of the plan.
    if (!fromTotal && projects.every((r) => at(r, c) === null)) continue;
    const numerator = fromTotal ? (at(total as number, c) as number) : projects.reduce((s, r) => s + (at(r, c) ?? 0), 0);
    const denominator = fromTotal ? (at(total as number, planCol) as number) : projects.reduce((s, r) => s + (at(r, planCol) ?? 0), 0);
    if (denominator <= 0) continue;
    paid.push({ col: c + 1, heading, date, numerator, denominator, row: fromTotal ? (total as number) : header, added: !fromTotal });
  }
  if (paid.length === 0) return null;
  // "TT" heads the row numbers as often as a state: only a status heading no row number shares counts.
  const tracked = keys.some((k) => k !== "" && (keyScore(k, "due") >= 2 || (keyScore(k, "status") >= 2 && keyScore(k, "stt") === 0)));
  // "Công trình | Kế hoạch vốn | Giải ngân | Nhiệm vụ cụ thể | Thời hạn": the work is a column of its own beside the
  // project, and the money columns would make the table read as figures; where the project is the task, they stay.
  const workCol = keys.some((k, c) => c !== nameCol && k !== "" && keyScore(k, "content") >= 2);
  const figureCols = tracked && workCol ? [...new Set([planCol, ...paidCols, ...parent.values()])].map((c) => c + 1) : [];
  const prior = total === null ? null : priorRow(grid, total + 1, nameCol, planCol, paidCols);
  return {
    headerRow: header,
    lastRow: prior ? prior.row : lastRow,
    nameCol,
    planCol,
    paid,
    projects,
    tracked,
    figureCols,
    ...(prior ? { prior } : {}),
  };
}

/** The row under the total labelled as an earlier year's same point, with its plan and paid figures; null where none. */
function priorRow(grid: Grid, r: number, nameCol: number, planCol: number, paidCols: readonly number[]): Disbursement["prior"] | null {
  const row = grid.rows[r - 1] ?? [];
  const label = row
    .slice(0, nameCol + 1)
    .map((v) => (typeof v === "string" ? looseKey(v) : ""))
    .find((k) => k !== "");
  const denominator = numberOf(row[planCol] ?? null);
  if (label === undefined || !isSamePointLabel(label) || denominator === null || denominator <= 0) return null;
  const paid = paidCols
    .map((c) => ({ col: c + 1, numerator: numberOf(row[c] ?? null), denominator }))
    .filter((p): p is { col: number; numerator: number; denominator: number } => p.numerator !== null);
  return paid.length === 0 ? null : { row: r, label, paid };
}
