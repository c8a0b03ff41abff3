import { formatViDate } from "../dates/isoDate";
import { SUMMARY_WARNINGS } from "../contract";
import { EarlyWarnings } from "../summary/warnings";
import { contractColumns, contractRow } from "./contractTable";
import { CellValue, ColumnSpec, TableBlock } from "./spec";

export const WARNING_COLUMNS: readonly ColumnSpec[] = contractColumns(SUMMARY_WARNINGS, {
  Mã: { type: "text", width: 7 },
  "Cảnh báo": { type: "text", width: 44, wrap: true },
  Loại: { type: "text", width: 24, wrap: true },
  Hạn: { type: "date", width: 11 },
  "Chủ trì": { type: "text", width: 15, wrap: true },
});

/** Loại of a warning row. */
export const WARNING_KINDS = {
  projection: "Dự báo không đạt",
  dueSoon: "Sắp đến hạn, chưa thực hiện",
  note: "Chưa đủ số liệu",
  none: "Không có cảnh báo",
} as const;

const row = contractRow(SUMMARY_WARNINGS);

export const SHORT_METHOD =
  "dự báo theo đường thẳng qua các số liệu trong năm: tiêu chí cộng các kỳ lấy tỷ lệ lũy kế, tiêu chí lấy kỳ mới nhất lấy từng giá trị";

/** The warnings as rows: projected misses and tasks due soon, then the items too little data could not project. */
export function warningRows(w: EarlyWarnings): CellValue[][] {
  const rows = [
    ...w.warnings.map((x) =>
      row({ Mã: x.code, "Cảnh báo": x.text, Loại: WARNING_KINDS[x.kind], Hạn: x.date, "Chủ trì": x.lead.join("; ") }),
    ),
    ...w.notes.map((n) => row({ Mã: n.code, "Cảnh báo": n.text, Loại: WARNING_KINDS.note, Hạn: null, "Chủ trì": "" })),
  ];
  if (w.warnings.length === 0)
    rows.unshift(
      row({
        Mã: null,
        "Cảnh báo": "Không có tiêu chí nào có xu hướng không đạt mốc tiếp theo, không có nhiệm vụ nào sắp đến hạn mà chưa thực hiện.",
        Loại: WARNING_KINDS.none,
        Hạn: null,
        "Chủ trì": "",
      }),
    );
  return rows;
}

/** Tổng hợp's third table: what may go wrong next, and how it was foreseen. */
export function warningsBlock(w: EarlyWarnings): TableBlock {
  return {
    // How it was foreseen, in short (the whole method is in the report and the README).
    title: `Cảnh báo sớm (tính đến ${formatViDate(w.asOf)}; ${SHORT_METHOD})`,
    table: SUMMARY_WARNINGS.table,
    columns: WARNING_COLUMNS,
    rows: warningRows(w),
    highlights: [{ column: "Loại", values: [WARNING_KINDS.projection, WARNING_KINDS.dueSoon], tone: "warn" }],
  };
}
