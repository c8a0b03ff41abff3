import { IsoDate, formatViDate } from "../dates/isoDate";
import { formatViPercent } from "../format/viNumber";
import { Consolidation } from "../import/consolidate";
import { Plan } from "../plan/model";
import { allOfficialTitles } from "../plan/officials";
import { describeTarget } from "../plan/target";
import { Compliance } from "../summary/compliance";
import { judgeValue } from "../summary/judge";
import { sourceLabel } from "../validate/problems";
import { SHEETS, TASK_STATUSES } from "../vocab";
import { DeadlineRow, deadlineSheet, itemDeadlineRows, planSheet } from "./planSheets";
import { ColumnSpec, TableSheetSpec, ValidationSpec } from "./spec";

/** Dates a plan's entries may carry: from its first year to its last (or five years on). */
export function planDateRange(plan: Plan): ValidationSpec {
  const last = plan.identity.lastYear ?? plan.identity.firstYear + 5;
  return { kind: "date", min: `${plan.identity.firstYear - 1}-01-01` as IsoDate, max: `${last + 1}-12-31` as IsoDate };
}

const CODE_FROM_PLAN: ValidationSpec = { kind: "listFromColumn", sheet: SHEETS.plan.sheet, column: "Mã" };
const PERCENT: ValidationSpec = { kind: "decimal", min: 0, max: 100 };

export function taskColumns(plan: Plan): ColumnSpec[] {
  return [
    { header: "Mã NV", type: "text", width: 18 },
    { header: "Mã tiêu chí", type: "text", width: 10, validation: CODE_FROM_PLAN },
    { header: "Nội dung", type: "text", width: 60, wrap: true },
    {
      header: "Chủ trì",
      type: "text",
      width: 28,
      wrap: true,
      validation: { kind: "listFromColumn", sheet: SHEETS.officials.sheet, column: "Chức danh", strict: false },
    },
    { header: "Phối hợp", type: "text", width: 28, wrap: true },
    { header: "Hạn hoàn thành", type: "date", width: 13, validation: planDateRange(plan) },
    { header: "Trạng thái", type: "text", width: 16, validation: { kind: "list", values: TASK_STATUSES } },
    { header: "Tiến độ (%)", type: "percent", width: 10, validation: PERCENT },
    { header: "Ngày hoàn thành", type: "date", width: 13, validation: planDateRange(plan) },
    { header: "Đánh giá", type: "text", width: 14 },
    { header: "Minh chứng", type: "text", width: 30, wrap: true },
    { header: "Ghi chú", type: "text", width: 24, wrap: true },
    { header: "Nguồn", type: "text", width: 40 },
  ];
}

export function tasksSheet(c: Consolidation): TableSheetSpec {
  return {
    kind: "table",
    ...SHEETS.tasks,
    columns: taskColumns(c.plan),
    rows: c.tasks.map((t) => [
      t.id,
      t.code,
      t.content,
      t.lead,
      t.partners,
      t.due ?? t.dueText,
      // What the official wrote when it is not a known status (kept and reported), else the status.
      t.statusText ?? t.status,
      t.progress,
      t.doneDate ?? t.doneText,
      t.verdict,
      t.evidence,
      t.note,
      sourceLabel(t.source.file, t.source.sheet, t.source.row),
    ]),
    highlights: [
      { column: "Đánh giá", values: ["Quá hạn"], tone: "bad" },
      { column: "Đánh giá", values: ["Trễ hạn"], tone: "warn" },
    ],
    print: { orientation: "landscape" },
  };
}

export const READING_COLUMNS: readonly ColumnSpec[] = [
  { header: "Mã tiêu chí", type: "text", width: 10, validation: CODE_FROM_PLAN },
  { header: "Kỳ", type: "text", width: 14 },
  { header: "Ngày số liệu", type: "date", width: 13 },
  { header: "Tử số", type: "number", width: 12 },
  { header: "Mẫu số", type: "number", width: 12 },
  { header: "Giá trị", type: "percent", width: 10, validation: PERCENT },
  { header: "Chỉ tiêu", type: "text", width: 26, wrap: true },
  { header: "Kết quả", type: "text", width: 16 },
  { header: "Minh chứng", type: "text", width: 30, wrap: true },
  { header: "Nguồn", type: "text", width: 40 },
];

export function readingsSheet(c: Consolidation): TableSheetSpec {
  const items = new Map(c.plan.items.map((i) => [i.code, i]));
  return {
    kind: "table",
    ...SHEETS.readings,
    columns: READING_COLUMNS,
    rows: c.readings.map((r) => {
      const item = r.code ? items.get(r.code) : undefined;
      const judged = item ? judgeValue(item.target, r.value, r.date) : null;
      return [
        r.code,
        r.period,
        r.date,
        r.numerator,
        r.denominator,
        r.value === null ? null : Math.round(r.value * 100) / 100,
        item ? describeTarget(item.target) : null,
        judged?.result ?? null,
        r.evidence,
        sourceLabel(r.source.file, r.source.sheet, r.source.row),
      ];
    }),
    highlights: [
      { column: "Kết quả", values: ["Chưa đạt"], tone: "bad" },
      { column: "Kết quả", values: ["Đạt"], tone: "good" },
    ],
    print: { orientation: "landscape" },
  };
}

/** Thời hạn with the figures filled in: each milestone's actual, each item's task state. */
export function deadlineRows(compliance: Compliance): DeadlineRow[] {
  return compliance.items.flatMap((ic) =>
    itemDeadlineRows(ic.item, {
      due: ic.due,
      milestones: ic.milestones.map((m) => ({
        actual: m.actual === null ? "" : `${formatViPercent(m.actual)} (${formatViDate(m.actualDate as IsoDate)})`,
        status: m.status,
      })),
      actual: ic.tasks === 0 ? "" : `${ic.done}/${ic.tasks} nhiệm vụ hoàn thành`,
      status: ic.deadlineStatus,
    }),
  );
}

export const PROBLEM_COLUMNS: readonly ColumnSpec[] = [
  { header: "Mức độ", type: "text", width: 10 },
  { header: "Mã lỗi", type: "text", width: 26 },
  { header: "Sheet", type: "text", width: 18 },
  { header: "Dòng", type: "integer", width: 7 },
  { header: "Cột", type: "text", width: 6 },
  { header: "Giá trị", type: "text", width: 24, wrap: true },
  { header: "Mô tả", type: "text", width: 70, wrap: true },
  { header: "Nguồn", type: "text", width: 40 },
];

export function problemsSheet(c: Consolidation): TableSheetSpec {
  return {
    kind: "table",
    ...SHEETS.problems,
    columns: PROBLEM_COLUMNS,
    rows: c.problems.map((p) => [p.severity, p.code, p.sheet, p.row, p.column, p.value, p.message, sourceLabel(p.file, p.sheet, p.row)]),
    highlights: [
      { column: "Mức độ", values: ["Lỗi"], tone: "bad" },
      { column: "Mức độ", values: ["Cảnh báo"], tone: "warn" },
    ],
    print: { orientation: "landscape" },
  };
}

/** Danh mục: the officials' titles Chủ trì is checked against; officials may add their own. */
export function officialsSheet(plan: Plan): TableSheetSpec {
  const titles = [
    ...new Set([
      ...allOfficialTitles(plan.identity.unitType),
      ...plan.items.flatMap((i) => [...i.lead, ...i.coordinators, ...i.implementers]),
    ]),
  ];
  return {
    kind: "table",
    ...SHEETS.officials,
    columns: [{ header: "Chức danh", type: "text", width: 44 }],
    rows: titles.map((t) => [t]),
    print: { orientation: "portrait" },
  };
}

/** The structured sheets of the master workbook, in the contract's order (the summary is added by the caller). */
export function masterSheets(c: Consolidation, comp: Compliance): TableSheetSpec[] {
  return [planSheet(c.plan), tasksSheet(c), readingsSheet(c), deadlineSheet(deadlineRows(comp)), problemsSheet(c), officialsSheet(c.plan)];
}
