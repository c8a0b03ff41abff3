import { formatViDate } from "../dates/isoDate";
import { Plan } from "../plan/model";
import { describeTarget } from "../plan/target";
import { Compliance } from "../summary/compliance";
import { EarlyWarnings } from "../summary/warnings";
import { MASTER, SUMMARY_BY_OFFICIAL } from "../contract";
import { contractColumns, contractRow, namesOf } from "./contractTable";
import { CellValue, ColumnSpec, TableSheetSpec } from "./spec";
import { summaryCharts, summaryPrint } from "./summaryCharts";
import { nextMilestoneValue, targetValue } from "./targetValues";
import { warningsBlock } from "./warningsTable";

export const SUMMARY_COLUMNS: readonly ColumnSpec[] = contractColumns(MASTER.summary, {
  Mã: { type: "text", width: 7 },
  "Tên tiêu chí": { type: "text", width: 44, wrap: true },
  "Chỉ tiêu": { type: "text", width: 24, wrap: true },
  "Thực hiện": { type: "percent", width: 11 },
  "Kết quả": { type: "text", width: 15 },
  "Số nhiệm vụ": { type: "integer", width: 10 },
  "Hoàn thành": { type: "integer", width: 10 },
  "Quá hạn": { type: "integer", width: 9 },
  "Chủ trì": { type: "text", width: 30, wrap: true },
  // Ours: why the verdict is what it is; the targets as numbers, for the chart.
  "Lý do": { type: "text", width: 40, wrap: true },
  "Chỉ tiêu (%)": { type: "percent", width: 10 },
  "Mốc tiếp theo (%)": { type: "percent", width: 10 },
});

export const OFFICIAL_COLUMNS: readonly ColumnSpec[] = contractColumns(SUMMARY_BY_OFFICIAL, {
  STT: { type: "integer", width: 7 },
  "Cán bộ, bộ phận chủ trì": { type: "text", width: 44, wrap: true },
  "Được giao": { type: "integer", width: 24 },
  "Hoàn thành": { type: "integer", width: 11 },
  "Đúng hạn": { type: "integer", width: 15 },
  "Quá hạn": { type: "integer", width: 10 },
  "Trễ hạn": { type: "integer", width: 9 },
  "Chưa đến hạn": { type: "integer", width: 30 },
});

const summaryRow = contractRow(MASTER.summary);
const officialRow = contractRow(SUMMARY_BY_OFFICIAL);

const round2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/** The per-official table: Tổng hợp and the report's Phụ lục show the same. */
export function officialRows(comp: Compliance): CellValue[][] {
  return comp.officials.map((o, i) =>
    officialRow({
      STT: i + 1,
      "Cán bộ, bộ phận chủ trì": o.official,
      "Được giao": o.assigned,
      "Hoàn thành": o.done,
      "Đúng hạn": o.doneOnTime,
      "Quá hạn": o.overdue,
      "Trễ hạn": o.done - o.doneOnTime,
      "Chưa đến hạn": o.assigned - o.done - o.overdue,
    }),
  );
}

/**
 * Tổng hợp: the headline (assessment year, as-of date, items met, tasks done on time, overdue tasks), the
 * per-item table and the per-official table. Built from scratch each time: never appended.
 */
/** The preamble's labels other readers look for (the report's date checks). */
export const SUMMARY_PREAMBLE = { year: "Năm đánh giá", asOf: "Tính đến ngày" } as const;

export function summarySheet(plan: Plan, comp: Compliance, warnings: EarlyWarnings): TableSheetSpec {
  const h = comp.headline;
  const spec: TableSheetSpec = {
    kind: "table",
    ...namesOf("summary"),
    preamble: [
      { label: `TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ ${plan.identity.number}`, style: "title" },
      { label: SUMMARY_PREAMBLE.year, value: comp.year, type: "integer" },
      { label: SUMMARY_PREAMBLE.asOf, value: comp.asOf, type: "date" },
      { label: "Tiêu chí đạt", value: `${h.itemsMet}/${h.items}` },
      { label: "Nhiệm vụ hoàn thành đúng hạn", value: `${h.doneOnTime}/${h.tasks}` },
      { label: "Nhiệm vụ quá hạn", value: h.overdue, type: "integer" },
    ],
    columns: SUMMARY_COLUMNS,
    rows: comp.items.map((ic) =>
      summaryRow({
        Mã: ic.item.code,
        "Tên tiêu chí": ic.item.title,
        "Chỉ tiêu": describeTarget(ic.item.target, comp.year),
        "Thực hiện": round2(ic.actual),
        "Kết quả": ic.result,
        "Số nhiệm vụ": ic.tasks,
        "Hoàn thành": ic.done,
        "Quá hạn": ic.overdue,
        "Chủ trì": ic.item.lead.join("; "),
        "Lý do": ic.reason,
        "Chỉ tiêu (%)": targetValue(ic.item.target),
        "Mốc tiếp theo (%)": nextMilestoneValue(ic.item.target, comp.asOf),
      }),
    ),
    highlights: [
      { column: "Kết quả", values: ["Chưa đạt"], tone: "bad" },
      { column: "Quá hạn", values: [], above: 0, tone: "bad" },
      { column: "Kết quả", values: ["Đạt"], tone: "good" },
    ],
    more: [
      {
        title: `Theo cán bộ, bộ phận chủ trì (tính đến ${formatViDate(comp.asOf)})`,
        table: SUMMARY_BY_OFFICIAL.table,
        columns: OFFICIAL_COLUMNS,
        rows: officialRows(comp),
        highlights: [{ column: "Quá hạn", values: [], above: 0, tone: "bad" }],
      },
      warningsBlock(warnings),
    ],
    // Landscape: the charts stand beside the tables and print on the same pages.
    print: { orientation: "landscape" },
  };
  const charts = summaryCharts(spec);
  return { ...spec, charts, print: summaryPrint(spec, charts) };
}
