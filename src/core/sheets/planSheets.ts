import { firstDue } from "../dates/deadline";
import { formatViPercent } from "../format/viNumber";
import { Plan, PlanItem } from "../plan/model";
import { describeTarget } from "../plan/target";
import { MASTER } from "../contract";
import { AGGREGATION_LABELS, GROUPS } from "../vocab";
import { contractColumns, contractRow, namesOf } from "./contractTable";
import { CellValue, ColumnSpec, TableSheetSpec } from "./spec";

export const PLAN_COLUMNS: readonly ColumnSpec[] = contractColumns(MASTER.plan, {
  Mã: { type: "text", width: 7 },
  Nhóm: { type: "text", width: 8, validation: { kind: "list", values: GROUPS } },
  "Tên tiêu chí": { type: "text", width: 40, wrap: true },
  "Mục tiêu, yêu cầu": { type: "text", width: 50, wrap: true },
  "Chỉ tiêu": { type: "text", width: 26, wrap: true },
  "Chủ trì": { type: "text", width: 28, wrap: true },
  "Phối hợp": { type: "text", width: 36, wrap: true },
  "Thời hạn": { type: "text", width: 24, wrap: true },
  "Hạn cuối": { type: "date", width: 12 },
  // Ours, after the contract's: how readings add up, and the baseline value relative targets compare with.
  "Cách tính": { type: "text", width: 16, validation: { kind: "list", values: [AGGREGATION_LABELS.flow, AGGREGATION_LABELS.level] } },
  "Giá trị năm gốc": { type: "number", width: 12, validation: { kind: "decimal", min: 0, max: 100 } },
});

const planRow = contractRow(MASTER.plan);

/** Parties as one cell: titles joined by "; ". */
export function joinParties(names: readonly string[]): string {
  return names.join("; ");
}

export function planItemRow(item: PlanItem): CellValue[] {
  const partners = [...new Set([...item.coordinators, ...item.implementers])];
  return planRow({
    Mã: item.code,
    Nhóm: item.group,
    "Tên tiêu chí": item.title,
    "Mục tiêu, yêu cầu": item.objective,
    "Chỉ tiêu": describeTarget(item.target),
    "Chủ trì": joinParties(item.lead),
    "Phối hợp": joinParties(partners),
    "Thời hạn": item.deadline.text,
    "Hạn cuối": firstDue(item.deadline),
    "Cách tính": AGGREGATION_LABELS[item.aggregation],
    "Giá trị năm gốc": item.target.kind === "baseline" || item.target.kind === "previousYear" ? item.target.baseline : null,
  });
}

export function planSheet(plan: Plan): TableSheetSpec {
  return {
    kind: "table",
    ...namesOf("plan"),
    columns: PLAN_COLUMNS,
    rows: plan.items.map(planItemRow),
    print: { orientation: "landscape" },
  };
}

export const DEADLINE_COLUMNS: readonly ColumnSpec[] = contractColumns(MASTER.deadlines, {
  "Mã tiêu chí": { type: "text", width: 11 },
  Mốc: { type: "text", width: 30, wrap: true },
  Hạn: { type: "date", width: 12 },
  "Yêu cầu": { type: "text", width: 40, wrap: true },
  "Thực tế": { type: "text", width: 24, wrap: true },
  "Tình trạng": { type: "text", width: 16 },
});
const deadlineRow = contractRow(MASTER.deadlines);

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
    ...namesOf("deadlines"),
    columns: DEADLINE_COLUMNS,
    rows: rows.map((r) =>
      deadlineRow({
        "Mã tiêu chí": r.code,
        Mốc: r.label,
        Hạn: r.due,
        "Yêu cầu": r.requirement,
        "Thực tế": r.actual,
        "Tình trạng": r.status,
      }),
    ),
    highlights: [
      { column: "Tình trạng", values: ["Chưa đạt", "Quá hạn"], tone: "bad" },
      { column: "Tình trạng", values: ["Đạt", "Đúng hạn"], tone: "good" },
    ],
    print: { orientation: "landscape" },
  };
}
