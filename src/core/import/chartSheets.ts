import { looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { Reading } from "./records";
import { Grid, cellText } from "./grid";

// "Biểu đồ", "BieuDo", "Chart", "Số liệu vẽ biểu đồ": figures set out for a chart, copied from the workbook's tables.
const CHART_NAME = /\b(?:bieu ?do|do thi|chart|charts|chart data)\b/;
const CHART_TITLE = /\b(?:so lieu|du lieu)\s+(?:ve\s+)?(?:bieu ?do|do thi)\b|\bchart data\b/;

function isChartSheet(grid: Grid): boolean {
  if (CHART_NAME.test(looseKey(grid.sheet))) return true;
  return grid.rows.slice(0, 3).some((row) => row.some((v) => typeof v === "string" && CHART_TITLE.test(looseKey(cellText(v)))));
}

/**
 * A chart's data sheet beside the tables it was drawn from: its figures of a period another sheet of the workbook
 * gives are theirs again (by formulas or by hand), so not read twice; named once. Its other periods' figures are read.
 */
export function chartSheets(readings: readonly Reading[], grids: readonly Grid[]): { dropped: Set<Reading>; problems: Problem[] } {
  const charts = grids.filter(isChartSheet).map((g) => g.sheet);
  const dropped = new Set<Reading>();
  const problems: Problem[] = [];
  // A period by its name or its day ("T10" on the chart, "Tháng 10/2021" on the table: both end 31/10/2021).
  const others = readings.filter((r) => !charts.includes(r.source.sheet));
  const names = new Set(others.map((r) => r.period));
  const days = new Set(others.map((r) => r.date).filter((d) => d !== null));
  for (const sheet of charts) {
    const again = readings.filter((r) => r.source.sheet === sheet && (names.has(r.period) || (r.date !== null && days.has(r.date))));
    if (again.length === 0) continue;
    for (const r of again) dropped.add(r);
    const grid = grids.find((g) => g.sheet === sheet) as Grid;
    const periods = [...new Set(again.map((r) => r.period))];
    problems.push(
      problem("SHEET_SKIPPED", { file: grid.file, sheet }, "", {
        vi: `sheet "${sheet}" là số liệu để vẽ biểu đồ; ${again.length} số liệu của ${periods.join(", ")} chép lại từ các bảng khác của tệp: không đọc lại để khỏi tính hai lần.`,
        en: `the sheet "${sheet}" holds a chart's data; ${again.length} figures of ${periods.join(", ")} are copied from the file's other tables: not read again, so nothing counts twice.`,
      }),
    );
  }
  return { dropped, problems };
}
