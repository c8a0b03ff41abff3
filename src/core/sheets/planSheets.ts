import { firstDue } from "../dates/deadline";
import { formatViPercent } from "../format/viNumber";
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

/** One line of the Thời hạn sheet. */
export interface DeadlineRow {
  code: string;
  label: string;
  due: string | null;
  requirement: string;
  actual: string;
  status: string;
}

/** What is known of an item's deadlines as of a date; absent before any data is read. */
export interface DeadlineFacts {
  due: string | null;
  milestones: ReadonlyArray<{ actual: string; status: string }>;
  actual: string;
  status: string;
}

/** An item's rows of Thời hạn: each milestone of a milestone target, then its own deadline. */
export function itemDeadlineRows(item: PlanItem, facts?: DeadlineFacts): DeadlineRow[] {
  const milestones = item.target.kind === "milestones" ? item.target.milestones : [];
  const recurs = item.deadline.kind === "due" && item.deadline.recurs === "yearly";
  return [
    ...milestones.map((m, i) => ({
      code: item.code,
      label: `Mốc ${i + 1}: đạt ${formatViPercent(m.value)}`,
      due: m.date,
      requirement: `≥ ${formatViPercent(m.value)} (${item.title})`,
      actual: facts?.milestones[i]?.actual ?? "",
      status: facts?.milestones[i]?.status ?? "",
    })),
    {
      code: item.code,
      label: recurs ? "Hoàn thành nhiệm vụ (hằng năm)" : "Hoàn thành nhiệm vụ",
      due: facts ? facts.due : firstDue(item.deadline),
      requirement: item.deadline.text === "" ? "(kế hoạch không ghi thời hạn)" : item.deadline.text,
      actual: facts?.actual ?? "",
      status: facts?.status ?? "",
    },
  ];
}

/** Thời hạn of a plan alone, before any figures: every item's deadlines in plan order. */
export function planDeadlines(plan: Plan): DeadlineRow[] {
  return plan.items.flatMap((item) => itemDeadlineRows(item));
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
