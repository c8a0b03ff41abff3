import { columnName } from "../core/import/grid";
import { ChartSpec, TableSheetSpec, chartCells } from "../core/sheets/spec";

/**
 * Tổng hợp's charts in the live workbook (sheet.charts), as the file writer draws them: series over
 * the table's cells, so Excel redraws them when the cells change. Queued with the sheet's other
 * commands: no sync of their own.
 */

/** Every call below is in ExcelApi 1.8 (series.add, setValues, setXAxisValues, reversePlotOrder: 1.7; axis position: 1.8). */
export const CHART_API = "1.8";

/** Whether the host can draw them; the fake and the preview (no Office) can. */
export function hostCanChart(): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported(set: string, v: string): boolean } } } }).Office;
  return office?.context?.requirements?.isSetSupported("ExcelApi", CHART_API) ?? true;
}

/** Points per width unit the renderer gives columns (range.format.columnWidth), and an unset column's width. */
export const POINTS_PER_WIDTH = 5.6;
const DEFAULT_COLUMN_POINTS = 48;

function leftOf(spec: TableSheetSpec, column: number): number {
  let left = 0;
  for (let c = 0; c < column - 1; c++)
    left += c < spec.columns.length ? Math.round(spec.columns[c].width * POINTS_PER_WIDTH) : DEFAULT_COLUMN_POINTS;
  return left;
}

function addChart(sheet: Excel.Worksheet, spec: TableSheetSpec, chart: ChartSpec, index: number): void {
  const cells = chartCells(spec, chart);
  const column = (n: number) => sheet.getRange(`${columnName(n)}${cells.firstRow}:${columnName(n)}${cells.lastRow}`);
  const categories = column(cells.categoryColumn);
  const stacked = chart.kind === "stackedBar";
  const c = sheet.charts.add(stacked ? "BarStacked" : "ColumnClustered", column(cells.seriesColumns[0]), "Columns");
  c.name = `Biểu đồ ${index + 1}`;
  c.title.text = chart.title;
  chart.series.forEach((s, i) => {
    const series = i === 0 ? c.series.getItemAt(0) : c.series.add(s.column);
    if (i === 0) series.name = s.column;
    else series.setValues(column(cells.seriesColumns[i]));
    series.setXAxisValues(categories);
    series.format.fill.setSolidColor(`#${s.color}`);
  });
  const v = chart.valueAxis;
  if (v.min !== undefined) c.axes.valueAxis.minimum = v.min;
  if (v.max !== undefined) c.axes.valueAxis.maximum = v.max;
  c.axes.valueAxis.title.text = v.title;
  if (stacked) {
    // Rows top to bottom in the table's order, the value axis at the bottom.
    c.axes.categoryAxis.reversePlotOrder = true;
    c.axes.categoryAxis.position = "Maximum";
  }
  c.legend.position = "Bottom";
  c.left = leftOf(spec, chart.anchor.column);
  c.top = chart.anchor.top;
  c.width = chart.anchor.width;
  c.height = chart.anchor.height;
}

/** Queues a spec's charts on its (new) sheet. */
export function addCharts(sheet: Excel.Worksheet, spec: TableSheetSpec): void {
  (spec.charts ?? []).forEach((chart, i) => addChart(sheet, spec, chart, i));
}
