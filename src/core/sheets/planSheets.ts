import { firstDue } from "../dates/deadline";
import { formatViNumber } from "../format/viNumber";
import { Plan, PlanItem } from "../plan/model";
import { describeTarget } from "../plan/target";
import { AGGREGATION_LABELS, SHEETS } from "../vocab";
import { CellValue, ColumnSpec, TableSheetSpec } from "./spec";

export const PLAN_COLUMNS: readonly ColumnSpec[] = [
  { header: "Mã", type: "text", width: 7 },
  { header: "Nhóm", type: "text", width: 8, validation: { kind: "list", values: ["CCHC", "SIPAS"] } },
  { header: "Tên tiêu chí", type: "text", width: 40, wrap: true },
  { header: "Mục tiêu, yêu cầu", type: "text", width: 50, wrap: true },
  { header: "Chỉ tiêu", type: "text", width: 26, wrap: true },
  { header: "Chủ trì", type: "text", width: 28, wrap: true },
  { header: "Phối hợp", type: "text", width: 36, wrap: true },
  { header: "Thời hạn", type: "text", width: 24, wrap: true },
  { header: "Hạn cuối", type: "date", width: 12 },
  // After the contract's columns, so readers that go by position are not disturbed:
  // how readings add up, and the baseline value that relative targets compare with.
  {
    header: "Cách tính",
    type: "text",
    width: 16,
    validation: { kind: "list", values: [AGGREGATION_LABELS.flow, AGGREGATION_LABELS.level] },
  },
  { header: "Giá trị năm gốc", type: "number", width: 12, validation: { kind: "decimal", min: 0, max: 100 } },
];

/** Parties as one cell: titles joined by "; ". */
export function joinParties(names: readonly string[]): string {
  return names.join("; ");
}

export function planItemRow(item: PlanItem): CellValue[] {
  const partners = [...new Set([...item.coordinators, ...item.implementers])];
  return [
    item.code,
    item.group,
    item.title,
    item.objective,
    describeTarget(item.target),
    joinParties(item.lead),
    joinParties(partners),
    item.deadline.text,
    firstDue(item.deadline),
    AGGREGATION_LABELS[item.aggregation],
    item.target.kind === "baseline" ? item.target.baseline : null,
  ];
}

export function planSheet(plan: Plan): TableSheetSpec {
  return {
    kind: "table",
    ...SHEETS.plan,
    columns: PLAN_COLUMNS,
    rows: plan.items.map(planItemRow),
    print: { orientation: "landscape" },
  };
}

export const DEADLINE_COLUMNS: readonly ColumnSpec[] = [
  { header: "Mã tiêu chí", type: "text", width: 11 },
  { header: "Mốc", type: "text", width: 30, wrap: true },
  { header: "Hạn", type: "date", width: 12 },
  { header: "Yêu cầu", type: "text", width: 40, wrap: true },
  { header: "Thực tế", type: "text", width: 24, wrap: true },
  { header: "Tình trạng", type: "text", width: 16 },
];

/** One line of the Thời hạn sheet, before the actual figures are known. */
export interface DeadlineRow {
  code: string;
  label: string;
  due: string | null;
  requirement: string;
  actual: string;
  status: string;
}

/** Every item's deadline, and each milestone of a milestone target, in plan order. */
export function planDeadlines(plan: Plan): DeadlineRow[] {
  const rows: DeadlineRow[] = [];
  for (const item of plan.items) {
    if (item.target.kind === "milestones") {
      item.target.milestones.forEach((m, i) =>
        rows.push({
          code: item.code,
          label: `Mốc ${i + 1}: đạt ${formatViNumber(m.value)}%`,
          due: m.date,
          requirement: `≥ ${formatViNumber(m.value)}% (${item.title})`,
          actual: "",
          status: "",
        }),
      );
    }
    const recurs = item.deadline.kind === "due" && item.deadline.recurs === "yearly";
    rows.push({
      code: item.code,
      label: recurs ? "Hoàn thành nhiệm vụ (hằng năm)" : "Hoàn thành nhiệm vụ",
      due: firstDue(item.deadline),
      requirement: item.deadline.text === "" ? "(kế hoạch không ghi thời hạn)" : item.deadline.text,
      actual: "",
      status: "",
    });
  }
  return rows;
}

export function deadlineSheet(rows: readonly DeadlineRow[]): TableSheetSpec {
  return {
    kind: "table",
    ...SHEETS.deadlines,
    columns: DEADLINE_COLUMNS,
    rows: rows.map((r) => [r.code, r.label, r.due, r.requirement, r.actual, r.status]),
    highlights: [
      { column: "Tình trạng", values: ["Chưa đạt", "Quá hạn"], tone: "bad" },
      { column: "Tình trạng", values: ["Đạt", "Đúng hạn"], tone: "good" },
    ],
    print: { orientation: "landscape" },
  };
}
