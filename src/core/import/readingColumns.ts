import { IsoDate, fromExcelSerial } from "../dates/isoDate";
import { FactsCache } from "./cellFacts";
import { dateOf as dateInOrder } from "./dateText";
import { headingKey } from "./columns";
import { Grid, GridCell, cellText, isGridDate } from "./grid";

/**
 * Figures turned on their side: a column per criterion ("1.1 | 1.2 | 1.3" across the top) and a row
 * per part of the reading down the first column ("Tên chỉ số", "Tử số", "Mẫu số", "Tỷ lệ (%)",
 * "Số liệu tính đến ngày"), as an official lays out six indicators to fit a printed page. Each
 * column is one reading; the rows it has no field for ("Chỉ tiêu năm 2021", "Nguồn số liệu") go to
 * its Ghi chú with their labels.
 */
export interface ColumnReading {
  col: number;
  code: string;
  name: string;
  numerator: number | null;
  denominator: number | null;
  /** The rate the sheet writes (a formula's result), if any. */
  given: number | null;
  date: IsoDate | null;
  /** The row the reading is placed at (its rate's, else its numerator's). */
  row: number;
  others: string[];
}

export interface ReadingColumns {
  readings: ColumnReading[];
  /** The rows of the block: the codes' row and the parts' rows. */
  rows: number[];
  labelCol: number;
  codeRow: number;
}

type Part = "name" | "numerator" | "denominator" | "value" | "date";

const PARTS: ReadonlyArray<[Part, RegExp]> = [
  ["name", /^(?:ten|noi dung) (?:chi so|chi tieu|tieu chi)$/],
  // A survey's tally: "Số phiếu hài lòng và rất hài lòng" of "Số phiếu hợp lệ".
  ["numerator", /^(?:tu so|so dat|so dung han|so thuc hien|so phieu (?:rat )?hai long)\b/],
  ["denominator", /^(?:mau so|tong so|so phieu hop le)\b/],
  ["value", /^(?:ty le|gia tri|ket qua)(?: %| dat)?$/],
  ["date", /^(?:so lieu )?(?:tinh )?den ngay$|^ngay so lieu$|^so lieu tinh den ngay$|^thoi diem so lieu$/],
];

const SCAN_ROWS = 40;

function partOf(label: string): Part | null {
  // A part's label is short ("Số liệu tính đến ngày", "Số phiếu hợp lệ (có trả lời …)"); a task's text is not looked at.
  const bare = label.replace(/\([^()]*\)/g, " ").trim();
  if (bare.length > 40) return null;
  const k = headingKey(bare);
  for (const [part, re] of PARTS) if (re.test(k)) return part;
  return null;
}

function codeOf(v: GridCell, facts: FactsCache): string | null {
  if (typeof v === "number") return /^[12]\.\d{1,2}$/.test(String(v)) ? String(v) : null;
  if (typeof v !== "string") return null;
  const t = v.trim();
  if (/^[12]\.\d{1,2}\.?$/.test(t)) return facts.of(t).code ?? t.replace(/\.$/, "");
  // "2.1 - Tiếp cận dịch vụ": the code with its name after it.
  const named = /^([12]\.\d{1,2})\s*[-–:]\s*\p{L}/u.exec(t);
  return named ? named[1] : null;
}

/** The name after a code in the codes' row ("2.1 - Tiếp cận dịch vụ"), or "". */
function nameAfterCode(v: GridCell): string {
  return typeof v === "string" ? (/^[12]\.\d{1,2}\s*[-–:]\s*(.+)$/u.exec(v.trim())?.[1] ?? "") : "";
}

/** A cell's figure: a number, or text the facts read as one ("82,6", "96%"); null for anything else. */
export function numberOf(v: GridCell, facts: FactsCache): number | null {
  if (typeof v === "number") return v;
  return typeof v === "string" && v.trim() !== "" ? facts.of(v).number : null;
}

/** A cell's day: a date cell, an Excel serial, or a day typed as text (day first). */
export function dateOf(v: GridCell, facts: FactsCache): IsoDate | null {
  if (isGridDate(v)) return v.date;
  if (typeof v === "number") return fromExcelSerial(v);
  if (typeof v !== "string") return null;
  const d = facts.of(v).date;
  return d ? dateInOrder(d, "dm") : null;
}

/** The block, or null where the sheet is not laid out so (fewer than two criteria across, or no parts down). */
export function findReadingColumns(grid: Grid, facts: FactsCache): ReadingColumns | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  for (const labelCol of [1, 2]) {
    const parts = new Map<Part, number>();
    for (let r = 1; r <= last; r++) {
      const p = partOf(cellText(grid.rows[r - 1]?.[labelCol - 1] ?? null));
      if (p && !parts.has(p)) parts.set(p, r);
    }
    const counts = parts.has("numerator") && parts.has("denominator");
    // Two rows of counts under codes are enough ("Số phiếu hợp lệ", "Số phiếu hài lòng"); a rate alone needs another part.
    if (!(counts || (parts.has("value") && parts.size >= 3))) continue;
    const first = Math.min(...parts.values());
    // The codes' row: the nearest above the parts whose cells right of the labels are criteria.
    for (let codeRow = first - 1; codeRow >= Math.max(1, first - 3); codeRow--) {
      const row = grid.rows[codeRow - 1] ?? [];
      const cols: Array<[number, string]> = [];
      for (let c = labelCol + 1; c <= row.length; c++) {
        const code = codeOf(row[c - 1] ?? null, facts);
        if (code) cols.push([c, code]);
      }
      if (cols.length < 2) continue;
      const lastPart = Math.max(...parts.values());
      const known = new Set(parts.values());
      const readings: ColumnReading[] = [];
      for (const [c, code] of cols) {
        const at = (p: Part) => (parts.has(p) ? (grid.rows[(parts.get(p) as number) - 1]?.[c - 1] ?? null) : null);
        const others: string[] = [];
        for (let r = codeRow + 1; r <= lastPart + 3 && r <= grid.rows.length; r++) {
          if (known.has(r)) continue;
          const label = cellText(grid.rows[r - 1]?.[labelCol - 1] ?? null).trim();
          const v = cellText(grid.rows[r - 1]?.[c - 1] ?? null).trim();
          if (label !== "" && v !== "" && label.length <= 60) others.push(`${label}: ${v}`);
        }
        readings.push({
          col: c,
          code,
          name: cellText(at("name")).trim() || nameAfterCode(row[c - 1] ?? null),
          numerator: numberOf(at("numerator"), facts),
          denominator: numberOf(at("denominator"), facts),
          given: numberOf(at("value"), facts),
          date: dateOf(at("date"), facts),
          row: parts.get("value") ?? parts.get("numerator") ?? codeRow,
          others,
        });
      }
      if (!readings.some((x) => x.given !== null || (x.numerator !== null && x.denominator !== null))) return null;
      const rows = [codeRow, ...[...parts.values()].sort((a, b) => a - b)];
      return { readings, rows, labelCol, codeRow };
    }
  }
  return null;
}
