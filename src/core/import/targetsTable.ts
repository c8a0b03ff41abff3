import { IsoDate, endOfYear } from "../dates/isoDate";
import { formatViNumber } from "../format/viNumber";
import { looseKey } from "../text/normalize";
import { parseNumberText } from "./cellFacts";
import { Grid, cellAt, cellText } from "./grid";
import { TableLayout } from "./header";
import { Reading } from "./records";

/**
 * The council's socio-economic targets ("Chỉ tiêu | ĐVT | KH 2021 | Ước TH 2021 | So KH (%) | Đánh giá",
 * under a title naming them, as the year-end annex has it): targets, never anyone's tasks. What the plan
 * asks of them is criterion 1.7, "Đạt 100% chỉ tiêu … do Hội đồng nhân dân xã giao": the share judged met.
 */
export interface TargetsTable {
  /** The rows of targets judged (Đạt, Vượt, Không đạt …), or every target's where no column judges them. */
  rows: number[];
  met: number;
  /** The share judged met, criterion 1.7's figure; null where nothing judges them. */
  reading: Reading | null;
  /** The growth target's row ("Tốc độ tăng trưởng kinh tế (GRDP) | % | 7 | 6,5"): criterion 1.6's figure, as done. */
  growth: Reading | null;
}

const TARGET_HEADING = /^(?:ten |noi dung )?chi tieu\b/;
const UNIT_HEADING = /^(?:dvt|don vi tinh|don vi)$/;
const PLANNED = /\b(?:ke hoach|kh|chi tieu giao|nghi quyet|nq)\b/;
const DONE = /\b(?:thuc hien|th|uoc th|uoc thuc hien|uoc)\b/;
// The council's targets, as titles and section lines name them.
const SOCIO_ECONOMIC = /\bkinh te ?xa hoi\b|\bkt ?xh\b|\bhdnd\b|\bhoi dong nhan dan\b|\bchi tieu kinh te\b/;
const MET = /^(?:dat|vuot|hoan thanh|dat va vuot|vuot ke hoach|vuot chi tieu)$/;
const NOT_MET = /^(?:khong dat|chua dat|khong hoan thanh|chua hoan thanh)$/;

/** The table read as the council's targets, or null when it is not one. */
export function targetsTable(
  grid: Grid,
  layout: TableLayout,
  firstRow: number,
  lastRow: number,
  title: string,
  sheetIndex: number,
  year: number | null,
  standing: { date: IsoDate; name: string } | null = null,
): TargetsTable | null {
  if (layout.kind !== "tasks" || layout.columns.lead !== undefined || layout.columns.due !== undefined) return null;
  const content = layout.columns.content;
  const judged = layout.columns.status;
  if (content === undefined) return null;
  const keys = Object.entries(layout.headings).map(([c, h]) => [Number(c), looseKey(h)] as const);
  const key = (c: number) => keys.find(([k]) => k === c)?.[1] ?? "";
  if (!TARGET_HEADING.test(key(content))) return null;
  if (!keys.some(([, k]) => UNIT_HEADING.test(k)) || !keys.some(([, k]) => PLANNED.test(k)) || !keys.some(([, k]) => DONE.test(k)))
    return null;
  // Named by the title, a heading ("KH 2021 (NQ HĐND)") or a section line over the rows ("A. CHỈ TIÊU KINH TẾ").
  let named = SOCIO_ECONOMIC.test(looseKey(title)) || keys.some(([, k]) => SOCIO_ECONOMIC.test(k));
  // No column judging them ("Chỉ tiêu | ĐVT | KH 2021 (NQ HĐND) | Thực hiện đến 30/11 | Tỷ lệ %"): targets all the
  // same, none judged met (a figure to date is no year's result), so no figure of 1.7.
  if (judged === undefined) {
    const listed: number[] = [];
    for (let r = firstRow; r <= lastRow; r++) {
      const label = looseKey(cellText(cellAt(grid, r, content)));
      if (label === "") continue;
      listed.push(r);
      if (!named && SOCIO_ECONOMIC.test(label)) named = true;
    }
    return named && listed.length >= 2
      ? { rows: listed, met: 0, reading: null, growth: growthOf(grid, layout, listed, sheetIndex, year, standing) }
      : null;
  }
  const rows: number[] = [];
  let met = 0;
  for (let r = firstRow; r <= lastRow; r++) {
    const said = looseKey(cellText(cellAt(grid, r, judged)));
    if (MET.test(said) || NOT_MET.test(said)) {
      rows.push(r);
      if (MET.test(said)) met++;
    } else if (!named && SOCIO_ECONOMIC.test(looseKey(cellText(cellAt(grid, r, content))))) named = true;
  }
  if (!named || rows.length < 3) return null;
  // "(Ước thực hiện đến ngày 30/11/2021)" under the title: the year's figures as they stand that day.
  const at = standingIn(standing, year);
  const reading: Reading = {
    code: "1.7",
    period: at.name,
    date: at.date,
    numerator: met,
    denominator: rows.length,
    value: (met / rows.length) * 100,
    evidence: "",
    note: `Tính từ bảng chỉ tiêu phát triển kinh tế - xã hội: ${met}/${rows.length} chỉ tiêu đánh giá đạt hoặc vượt (${formatViNumber(
      Math.round((met / rows.length) * 1000) / 10,
    )}%)`,
    source: { file: grid.file, sheet: grid.sheet, sheetIndex, row: layout.headerTop, columns: { indicator: content } },
  };
  return { rows, met, reading, growth: growthOf(grid, layout, rows, sheetIndex, year, standing) };
}

// "Tốc độ tăng trưởng kinh tế (GRDP)", "Tăng trưởng tổng sản phẩm": the plan's criterion 1.6.
/** The year's figures, or as they stand on the title's day within it ("Năm 2021 (đến 30/11/2021)"). */
function standingIn(standing: { date: IsoDate; name: string } | null, year: number | null): { date: IsoDate | null; name: string } {
  if (year === null) return { date: null, name: "" };
  if (standing === null || !standing.date.startsWith(`${year}-`)) return { date: endOfYear(year), name: `Năm ${year}` };
  return { date: standing.date, name: standing.name.startsWith(`Năm ${year}`) ? standing.name : `Năm ${year}` };
}

const GROWTH = /\bgrdp\b|\btang truong kinh te\b|\btang tong san pham\b/;

/** The growth row's figure in the done column ("Ước TH 2021" | 6,5), its unit a percent; null where there is none. */
function growthOf(
  grid: Grid,
  layout: TableLayout,
  rows: readonly number[],
  sheetIndex: number,
  year: number | null,
  standing: { date: IsoDate; name: string } | null,
): Reading | null {
  const content = layout.columns.content;
  if (content === undefined) return null;
  const keys = Object.entries(layout.headings).map(([c, h]) => [Number(c), looseKey(h)] as const);
  const unit = keys.find(([, k]) => UNIT_HEADING.test(k))?.[0];
  // "Thực hiện năm 2020 | … | Ước thực hiện năm 2021": the table's year's figure, never last year's beside it.
  const otherYear = (k: string) => year !== null && /\b(?:19|20)\d\d\b/.test(k) && !new RegExp(`\\b${year}\\b`).test(k);
  const done = keys.find(([, k]) => DONE.test(k) && !PLANNED.test(k) && !/%|\bso\b/.test(k) && !otherYear(k));
  const planned = keys.find(([, k]) => PLANNED.test(k) && !/%|\bso\b/.test(k))?.[0];
  if (unit === undefined || done === undefined) return null;
  const row = rows.find((r) => GROWTH.test(looseKey(cellText(cellAt(grid, r, content)))) && cellText(cellAt(grid, r, unit)).trim() === "%");
  const v = row === undefined ? null : cellAt(grid, row, done[0]);
  const value = typeof v === "number" ? v : typeof v === "string" ? parseNumberText(v.trim()) : null;
  if (row === undefined || value === null) return null;
  const target = planned !== undefined ? cellText(cellAt(grid, row, planned)).trim() : "";
  const estimate = /\buoc\b/.test(done[1]);
  const at = standingIn(standing, year);
  return {
    code: "1.6",
    period: at.name,
    date: at.date,
    numerator: null,
    denominator: null,
    value,
    evidence: "",
    note: [
      cellText(cellAt(grid, row, content)).trim(),
      `${layout.headings[done[0]] ?? ""}: ${formatViNumber(value)}%${estimate ? " (số ước thực hiện)" : ""}`,
      target !== "" ? `Kế hoạch: ${target}%` : "",
    ]
      .filter((x) => x !== "")
      .join("; "),
    source: { file: grid.file, sheet: grid.sheet, sheetIndex, row, columns: { indicator: content, value: done[0] } },
  };
}
