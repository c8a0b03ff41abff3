import { formatViDate } from "../dates/isoDate";
import { Plan } from "../plan/model";
import { describeTarget } from "../plan/target";
import { Compliance } from "../summary/compliance";
import { SHEETS } from "../vocab";
import { CellValue, ColumnSpec, TableSheetSpec } from "./spec";

export const SUMMARY_COLUMNS: readonly ColumnSpec[] = [
  { header: "Mã", type: "text", width: 7 },
  { header: "Tên tiêu chí", type: "text", width: 44, wrap: true },
  { header: "Chỉ tiêu", type: "text", width: 24, wrap: true },
  { header: "Thực hiện", type: "percent", width: 11 },
  { header: "Kết quả", type: "text", width: 15 },
  { header: "Số nhiệm vụ", type: "integer", width: 10 },
  { header: "Hoàn thành", type: "integer", width: 10 },
  { header: "Quá hạn", type: "integer", width: 9 },
  { header: "Chủ trì", type: "text", width: 30, wrap: true },
  // After the contract's columns: why the verdict is what it is.
  { header: "Lý do", type: "text", width: 40, wrap: true },
];

export const OFFICIAL_COLUMNS: readonly ColumnSpec[] = [
  { header: "STT", type: "integer", width: 7 },
  { header: "Cán bộ, bộ phận chủ trì", type: "text", width: 44, wrap: true },
  { header: "Được giao", type: "integer", width: 24 },
  { header: "Hoàn thành", type: "integer", width: 11 },
  { header: "Đúng hạn", type: "integer", width: 15 },
  { header: "Quá hạn", type: "integer", width: 10 },
];

const round2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/** The per-official table: Tổng hợp and the report's Phụ lục show the same. */
export function officialRows(comp: Compliance): CellValue[][] {
  return comp.officials.map((o, i) => [i + 1, o.official, o.assigned, o.done, o.doneOnTime, o.overdue]);
}

/**
 * Tổng hợp: the headline (as-of date, items met, tasks done on time, overdue tasks), the
 * per-item table and the per-official table. Built from scratch each time: never appended.
 */
export function summarySheet(plan: Plan, comp: Compliance): TableSheetSpec {
  const h = comp.headline;
  return {
    kind: "table",
    ...SHEETS.summary,
    preamble: [
      { label: `TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ ${plan.identity.number}`, style: "title" },
      { label: "Tính đến ngày", value: comp.asOf, type: "date" },
      { label: "Tiêu chí đạt", value: `${h.itemsMet}/${h.items}` },
      { label: "Nhiệm vụ hoàn thành đúng hạn", value: `${h.doneOnTime}/${h.tasks}` },
      { label: "Nhiệm vụ quá hạn", value: h.overdue, type: "integer" },
    ],
    columns: SUMMARY_COLUMNS,
    rows: comp.items.map((ic) => [
      ic.item.code,
      ic.item.title,
      describeTarget(ic.item.target),
      round2(ic.actual),
      ic.result,
      ic.tasks,
      ic.done,
      ic.overdue,
      ic.item.lead.join("; "),
      ic.reason,
    ]),
    highlights: [
      { column: "Kết quả", values: ["Chưa đạt"], tone: "bad" },
      { column: "Quá hạn", values: [], above: 0, tone: "bad" },
      { column: "Kết quả", values: ["Đạt"], tone: "good" },
    ],
    more: [
      {
        title: `Theo cán bộ, bộ phận chủ trì (tính đến ${formatViDate(comp.asOf)})`,
        table: "TongHopCanBo",
        columns: OFFICIAL_COLUMNS,
        rows: officialRows(comp),
        highlights: [{ column: "Quá hạn", values: [], above: 0, tone: "bad" }],
      },
    ],
    print: { orientation: "portrait" },
  };
}
