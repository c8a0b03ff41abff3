import { looseKey } from "../text/normalize";
import { Grid, GridCell, cellText } from "./grid";
import { sectionPeriod } from "./contextPeriod";
import { SURVEY_ANSWER, isNumberingRow } from "./header";
import { isTotalLabel, parsePeriod } from "./periods";
import { ANSWERS, RATE, SATISFIED } from "./surveyAspects";

/**
 * A satisfaction survey tabled by category — a row per field, hamlet or channel — with an aspect per column
 * ("Hài lòng về tiếp cận dịch vụ | … | Hài lòng về tiếp nhận, xử lý PAKN") beside the valid forms, and a "Cộng" row
 * closing each block, the block's period on a line above it ("Quý I/2021 (khảo sát từ 01/3 đến 12/3/2021)"):
 *
 *   TT | Lĩnh vực  | Số phiếu phát ra | Số phiếu hợp lệ | Hài lòng về tiếp cận dịch vụ | …
 *   1  | Hộ tịch   | 38               | 35              | 30                           | …
 *   Cộng |         | 120              | 110             | 94                           | …
 *   Tỷ lệ (%) |    |                  |                 | 85,45                        | …
 *
 * The "Cộng" row is the period's figures: each aspect a reading, its satisfied forms over the valid ones (the rate
 * row under it, where there is one, gives the rate as the sheet states it). The categories' rows are its parts, not
 * read apart. Several blocks may stand down one sheet.
 */
export interface CategorySurvey {
  /** The table's header row (its top), for its period on the lines above. */
  headerRow: number;
  /** The table's first and last rows (header to its last total or rate row). */
  rows: [number, number];
  /** The category column's heading ("Lĩnh vực", "Thôn"), to say what the rows were. */
  category: string;
  /** No total row: the table is named, not read. */
  totals: CategoryTotal[];
  /** A category's figure that is no count ("7-8"): the total is read all the same, the cell named. */
  unread: Array<{ row: number; col: number; text: string }>;
}

export interface CategoryTotal {
  row: number;
  /** The total row's label ("Cộng", "Cộng quý III"). */
  label: string;
  /** The period's line over its rows, inside the table ("ĐỢT 2 (Từ ngày 01/11/2021 đến ngày 30/11/2021)"). */
  section: string | null;
  aspects: Array<{
    col: number;
    heading: string;
    numerator: number | null;
    denominator: number | null;
    value: number | null;
    /** The rate row's figure where the counts give another ("98,5" over 107/116): the counts' rate is taken, this named. */
    stated?: { row: number; value: number };
  }>;
}

const SCAN_ROWS = 300;
// "Hài lòng về tiếp cận dịch vụ", "Số phiếu hài lòng" over "Tiếp cận dịch vụ | Công chức …": an aspect's satisfied
// forms; never its rate.

// "hài lòng", "hai long", "HÀI LÒNG" as typed, marks in either form: the cheap sign of an aspect's heading.
const SAYS_SATISFIED = /h\S{1,3}\s+l\S{1,3}ng/iu;

const RATE_ROW = /^(?:ty le|ti le)\b/;

const key = (v: GridCell | undefined): string => looseKey(cellText(v ?? null));
const filledOf = (grid: Grid, r: number): GridCell[] => (grid.rows[r - 1] ?? []).filter((v) => v !== null && cellText(v).trim() !== "");

/** The aspects' columns and headings of a header at row r, one row or a parent merged over two; null where none. */
function aspectsAt(grid: Grid, r: number): { cols: Array<[number, string]>; bottom: number } | null {
  const row = grid.rows[r - 1] ?? [];
  const own: Array<[number, string]> = [];
  row.forEach((v, i) => {
    // Asked of every cell of a sheet's first rows: the raw words first, keyed only where they may say "hài lòng".
    if (typeof v !== "string" || !SAYS_SATISFIED.test(v)) return;
    const k = key(v);
    if (SATISFIED.test(k) && !RATE.test(k) && !ANSWERS.test(k) && !SURVEY_ANSWER.test(k.replace(/^so phieu /, "")))
      own.push([i + 1, v.trim()]);
  });
  if (own.length >= 2) return { cols: own, bottom: r };
  // "Số phiếu hài lòng" merged over "Tiếp cận dịch vụ | Giải quyết TTHC | Công chức …".
  // ("Rất hài lòng" merged over "SL | %" is an answer's count and share, no aspects.)
  const parent = grid.merges.find(
    (m) =>
      m.top === r &&
      m.right > m.left &&
      SATISFIED.test(key(row[m.left - 1])) &&
      !RATE.test(key(row[m.left - 1])) &&
      !SURVEY_ANSWER.test(key(row[m.left - 1])),
  );
  if (!parent) return aspectBands(grid, r);
  const sub = grid.rows[r] ?? [];
  const cols: Array<[number, string]> = [];
  for (let c = parent.left; c <= parent.right; c++) {
    const v = sub[c - 1];
    if (typeof v !== "string" || v.trim() === "") return null;
    cols.push([c, `${cellText(row[parent.left - 1] ?? null).trim()} ${v.trim()}`]);
  }
  return { cols, bottom: r + 1 };
}

// What SIPAS asks about, as a band's heading names it.
const ASPECT = /\b(?:tiep can dich vu|thu tuc hanh chinh|to chuc giai quyet|cong chuc|ket qua giai quyet|phan anh|kien nghi|pakn)\b/;
const SATISFIED_COUNT = /^(?:so phieu (?:hl|hai long)|phieu (?:hl|hai long)|hai long|hl)$/;

/**
 * "Tiếp cận dịch vụ" merged over "Số phiếu HL | Tỷ lệ (%)", then "Thủ tục hành chính" over the same …: an aspect per
 * band, its satisfied forms the band's count column. Null where fewer than two bands say so.
 */
function aspectBands(grid: Grid, r: number): { cols: Array<[number, string]>; bottom: number } | null {
  const row = grid.rows[r - 1] ?? [];
  const sub = grid.rows[r] ?? [];
  const cols: Array<[number, string]> = [];
  for (const m of grid.merges) {
    if (m.top !== r || m.bottom !== r || m.right <= m.left) continue;
    const label = cellText(row[m.left - 1] ?? null).trim();
    if (!ASPECT.test(key(label))) continue;
    for (let c = m.left; c <= m.right; c++)
      if (SATISFIED_COUNT.test(key(sub[c - 1]))) {
        cols.push([c, SATISFIED.test(key(label)) ? label : `Hài lòng về ${label.charAt(0).toLocaleLowerCase("vi")}${label.slice(1)}`]);
        break;
      }
  }
  return cols.length >= 2 ? { cols: cols.sort((a, b) => a[0] - b[0]), bottom: r + 1 } : null;
}

export function findCategorySurveys(grid: Grid): CategorySurvey[] {
  const out: CategorySurvey[] = [];
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const found = aspectsAt(grid, r);
    if (found === null) continue;
    const { cols, bottom } = found;
    let forms = 0;
    for (const hr of [r, bottom])
      (grid.rows[hr - 1] ?? []).forEach((v, i) => {
        if (typeof v === "string" && ANSWERS.test(key(v))) forms ||= i + 1;
      });
    if (forms === 0) continue;
    // The categories: texts down a column before the figures, never periods (months down are another table's).
    const category = firstTextColumn(grid, bottom, Math.min(forms, cols[0][0]));
    if (category === null) continue;
    const totals: CategoryTotal[] = [];
    const unread: CategorySurvey["unread"] = [];
    let section: string | null = null;
    let end = bottom;
    const count = (tr: number, c: number): number | null => {
      const v = grid.rows[tr - 1]?.[c - 1];
      return typeof v === "number" ? v : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : null;
    };
    const rate = (rr: number, c: number): number | null => {
      const v = grid.rows[rr - 1]?.[c - 1];
      if (typeof v === "number") return v <= 1 && v > 0 && grid.formats[`${rr}:${c}`]?.includes("%") ? v * 100 : v;
      const m = typeof v === "string" ? /^\s*(\d{1,3}(?:[.,]\d+)?)\s*%?\s*$/.exec(v) : null;
      return m ? Number(m[1].replace(",", ".")) : null;
    };
    for (let rr = bottom + 1; rr <= grid.rows.length; rr++) {
      const cells = filledOf(grid, rr);
      if (cells.length === 0) {
        // "II. QUÝ II/2021 (từ … đến …)" after a blank row, under the same header: the next period's block.
        let next = rr + 1;
        while (next <= grid.rows.length && filledOf(grid, next).length === 0) next++;
        const line = filledOf(grid, next);
        // (A header of its own under the line starts a table of its own.)
        if (line.length === 1 && typeof line[0] === "string" && sectionPeriod(line[0]) !== null && aspectsAt(grid, next + 1) === null) {
          rr = next - 1;
          continue;
        }
        break;
      }
      end = rr;
      // "(1) | (2) | (3) …" under the headings: the columns' numbers, no figures.
      if (rr === bottom + 1 && isNumberingRow(grid.rows[rr - 1] ?? [])) continue;
      const label = cellText(cells.find((v) => typeof v === "string") ?? null).trim();
      // "ĐỢT 1 (Từ ngày … đến ngày …)", "Quý III năm 2021": the period of the rows under it.
      if (cells.length === 1 && typeof cells[0] === "string" && sectionPeriod(label) !== null) {
        section = label;
        continue;
      }
      // "7-8" among a field's counts, "khoảng 35" in the total: no count; named (a field's total stands all the same).
      for (const c of [forms, ...cols.map(([col]) => col)]) {
        const v = grid.rows[rr - 1]?.[c - 1];
        if (typeof v === "string" && /\d/.test(v) && !/^\s*\d+\s*$/.test(v)) unread.push({ row: rr, col: c, text: v.trim() });
      }
      if (label === "" || !isTotalLabel(label.replace(/\s*\(.*\)\s*$/, ""))) continue;
      const stated = RATE_ROW.test(looseKey(cellText(filledOf(grid, rr + 1).find((v) => typeof v === "string") ?? null))) ? rr + 1 : null;
      const valid = count(rr, forms);
      totals.push({
        row: rr,
        label,
        section,
        aspects: cols.map(([c, heading]) => {
          const satisfied = count(rr, c);
          const given = stated === null ? null : rate(stated, c);
          const counted = satisfied !== null && valid !== null && valid > 0 ? (satisfied / valid) * 100 : null;
          const differs = given !== null && counted !== null && stated !== null && Math.abs(given - counted) > 0.5;
          return {
            col: c,
            heading,
            numerator: satisfied,
            denominator: valid,
            value: differs ? counted : (given ?? counted),
            ...(differs ? { stated: { row: stated, value: given } } : {}),
          };
        }),
      });
      if (stated !== null) {
        rr = stated;
        end = stated;
      }
    }
    const heading = (hr: number) => cellText(grid.rows[hr - 1]?.[category - 1] ?? null).trim();
    out.push({ headerRow: r, rows: [r, end], category: heading(r) || heading(bottom), totals, unread });
    r = end;
  }
  return out;
}

/** The column of the rows' category names before the forms' column: texts that are no periods, two at least. */
function firstTextColumn(grid: Grid, header: number, before: number): number | null {
  let found: number | null = null;
  for (let c = 1; c < before; c++) {
    let names = 0;
    let periods = 0;
    for (let r = header + 1; r <= Math.min(grid.rows.length, header + 30); r++) {
      // The block ends at its first blank row.
      if (!(grid.rows[r - 1] ?? []).some((x) => x !== null && cellText(x).trim() !== "")) break;
      const v = grid.rows[r - 1]?.[c - 1];
      if (typeof v !== "string" || v.trim() === "" || isTotalLabel(v) || RATE_ROW.test(looseKey(v))) continue;
      // "ĐỢT 1 (Từ ngày … đến ngày …)" alone on its row: a section's line, no row of the table.
      if (filledOf(grid, r).length === 1) continue;
      if (parsePeriod(v) !== null || /^\s*\d{1,2}\s*[/.-]\s*\d{1,2}/.test(v)) periods++;
      else if (/\p{L}{2}/u.test(v)) names++;
    }
    // Rows of periods ("Quý I/2021", days): a survey by period, another table's.
    if (periods >= 2) return null;
    if (found === null && names >= 2 && periods === 0) found = c;
  }
  return found;
}
