import { Compliance } from "../summary/compliance";
import { ChartData, ChartSpec, TableSheetSpec, chartCells, printScale, tablePlacements } from "./spec";
import { nextMilestoneValue, targetValue } from "./targetValues";

/**
 * The two charts of Tổng hợp, beside its tables: each item's value against its target (the year's
 * and the next milestone's), and each official's tasks stacked by how they stand. Core decides
 * what they plot and where they go; a chart with nothing to plot is left out. They stand one above
 * the other from the top of the sheet, after a blank column, and print on a page of their own
 * after the tables' (the tables at the scale that fits them to the page's width).
 */
const GAP_COLUMNS = 1;
const WIDTH = 760;
const VALUES_HEIGHT = 380;
const SPACING = 24;

/**
 * Keeps the series that have a number somewhere; null when the first (what was done) has none: a
 * chart of targets alone, or over an empty table, says nothing.
 */
function withData(spec: TableSheetSpec, chart: ChartSpec): ChartSpec | null {
  const cells = chartCells(spec, chart);
  const has = (i: number) => cells.values[i].some((v) => v !== null);
  return has(0) ? { ...chart, series: chart.series.filter((_, i) => has(i)) } : null;
}

export function summaryCharts(spec: TableSheetSpec): ChartSpec[] {
  const [main, officials] = tablePlacements(spec);
  const column = spec.columns.length + 1 + GAP_COLUMNS;
  const charts: ChartSpec[] = [];

  const values = withData(spec, {
    kind: "clusteredColumn",
    title: "Thực hiện so với chỉ tiêu và mốc tiếp theo (%)",
    table: main.table,
    categories: "Mã",
    series: [
      { column: "Thực hiện", color: "4472C4" },
      { column: "Chỉ tiêu (%)", color: "A5A5A5" },
      { column: "Mốc tiếp theo (%)", color: "ED7D31" },
    ],
    valueAxis: { title: "%", min: 0 },
    anchor: { column, top: 0, width: WIDTH, height: VALUES_HEIGHT },
  });
  if (values) {
    const top = Math.max(
      0,
      ...chartCells(spec, values)
        .values.flat()
        .map((v) => v ?? 0),
    );
    // Percentages fit 0–100; a value above (a ratio over 100 %) lets the host choose the scale.
    charts.push(top <= 100 ? { ...values, valueAxis: { ...values.valueAxis, max: 100 } } : values);
  }

  if (officials && officials.rows.length > 0) {
    const chart = withData(spec, {
      kind: "stackedBar",
      title: "Nhiệm vụ theo cán bộ, bộ phận chủ trì",
      table: officials.table,
      categories: "Cán bộ, bộ phận chủ trì",
      series: [
        { column: "Đúng hạn", color: "70AD47" },
        { column: "Trễ hạn", color: "FFC000" },
        { column: "Quá hạn", color: "C00000" },
        { column: "Chưa đến hạn", color: "A5A5A5" },
      ],
      valueAxis: { title: "Số nhiệm vụ", min: 0 },
      anchor: {
        column,
        top: values ? VALUES_HEIGHT + SPACING : 0,
        width: WIDTH,
        height: Math.min(420, Math.max(200, 110 + 26 * officials.rows.length)),
      },
    });
    if (chart) charts.push(chart);
  }
  return charts;
}

/** Tổng hợp's print setup: with charts, the tables scaled to the page's width and the charts on the next page. */
export function summaryPrint(spec: TableSheetSpec, charts: readonly ChartSpec[]): NonNullable<TableSheetSpec["print"]> {
  if (charts.length === 0) return { orientation: "landscape" };
  // The break comes before the blank column: a chart whose host draws columns a little wider still starts after it.
  return { orientation: "landscape", scale: printScale(spec.columns.map((c) => c.width)), breakBeforeColumn: spec.columns.length + 1 };
}

/**
 * The same two charts with their own values, from a compliance: for a report's appendix, where no
 * table of the workbook holds them. Left out where Tổng hợp would draw none.
 */
export function complianceCharts(comp: Pick<Compliance, "items" | "asOf" | "officials">): ChartData[] {
  const out: ChartData[] = [];
  const actual = comp.items.map((ic) => (ic.actual === null ? null : Math.round(ic.actual * 100) / 100));
  if (actual.some((v) => v !== null)) {
    const series = [
      { name: "Thực hiện", color: "4472C4", values: actual },
      { name: "Chỉ tiêu (%)", color: "A5A5A5", values: comp.items.map((ic) => targetValue(ic.item.target)) },
      { name: "Mốc tiếp theo (%)", color: "ED7D31", values: comp.items.map((ic) => nextMilestoneValue(ic.item.target, comp.asOf)) },
    ].filter((s) => s.values.some((v) => v !== null));
    const top = Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
    out.push({
      kind: "clusteredColumn",
      title: "Thực hiện so với chỉ tiêu và mốc tiếp theo (%)",
      categories: comp.items.map((ic) => ic.item.code),
      series,
      valueAxis: top <= 100 ? { title: "%", min: 0, max: 100 } : { title: "%", min: 0 },
    });
  }
  if (comp.officials.length > 0) {
    const o = comp.officials;
    out.push({
      kind: "stackedBar",
      title: "Nhiệm vụ theo cán bộ, bộ phận chủ trì",
      categories: o.map((x) => x.official),
      series: [
        { name: "Đúng hạn", color: "70AD47", values: o.map((x) => x.doneOnTime) },
        { name: "Trễ hạn", color: "FFC000", values: o.map((x) => x.done - x.doneOnTime) },
        { name: "Quá hạn", color: "C00000", values: o.map((x) => x.overdue) },
        { name: "Chưa đến hạn", color: "A5A5A5", values: o.map((x) => x.assigned - x.done - x.overdue) },
      ],
      valueAxis: { title: "Số nhiệm vụ", min: 0 },
    });
  }
  return out;
}
