import { IsoDate, formatViDate } from "../dates/isoDate";
import { formatViPercent } from "../format/viNumber";
import { MASTER } from "../contract";
import { Consolidation } from "../import/consolidate";
import { OfficialEntry } from "../import/readMaster";
import { Task } from "../import/records";
import { Plan } from "../plan/model";
import { allOfficialTitles } from "../plan/officials";
import { describeTarget } from "../plan/target";
import { Compliance, impossibleCounts } from "../summary/compliance";
import { judgeValue } from "../summary/judge";
import { Problem, sourceLabel } from "../validate/problems";
import { TASK_STATUSES } from "../vocab";
import { contractCells, contractColumns, contractRow, listFrom, namesOf } from "./contractTable";
import { DeadlineRow, deadlineSheet, itemDeadlineRows, planSheet } from "./planSheets";
import { ColumnSpec, TableSheetSpec, ValidationSpec, lazyRows } from "./spec";

/** Dates a plan's entries may carry: from its first year to its last (or five years on). */
export function planDateRange(plan: Plan): ValidationSpec {
  const last = plan.identity.lastYear ?? plan.identity.firstYear + 5;
  return { kind: "date", min: `${plan.identity.firstYear - 1}-01-01` as IsoDate, max: `${last + 1}-12-31` as IsoDate };
}

const CODE_FROM_PLAN: ValidationSpec = listFrom("plan", "Mã");
const PERCENT: ValidationSpec = { kind: "decimal", min: 0, max: 100 };

export function taskColumns(plan: Plan): ColumnSpec[] {
  return contractColumns(MASTER.tasks, {
    "Mã NV": { type: "text", width: 18 },
    "Mã tiêu chí": { type: "text", width: 10, validation: CODE_FROM_PLAN },
    "Nội dung": { type: "text", width: 60, wrap: true },
    "Chủ trì": { type: "text", width: 28, wrap: true, validation: listFrom("officials", "Chức danh", false) },
    "Phối hợp": { type: "text", width: 28, wrap: true },
    "Hạn hoàn thành": { type: "date", width: 13, validation: planDateRange(plan) },
    "Trạng thái": { type: "text", width: 16, validation: { kind: "list", values: TASK_STATUSES } },
    "Tiến độ (%)": { type: "percent", width: 10, validation: PERCENT },
    "Ngày hoàn thành": { type: "date", width: 13, validation: planDateRange(plan) },
    "Đánh giá": { type: "text", width: 14 },
    "Minh chứng": { type: "text", width: 30, wrap: true },
    "Ghi chú": { type: "text", width: 24, wrap: true },
    Nguồn: { type: "text", width: 40 },
  });
}

/** A task's cells in Nhiệm vụ (and, some of them, in the hidden sheet of imported values). */
export const taskCells = contractCells<typeof MASTER.tasks, Task>(MASTER.tasks, {
  "Mã NV": (t) => t.id,
  "Mã tiêu chí": (t) => t.code,
  "Nội dung": (t) => t.content,
  "Chủ trì": (t) => t.lead,
  "Phối hợp": (t) => t.partners,
  // A deadline written as words that are no fixed day ("Hằng tháng", "Thường xuyên") stays as written.
  "Hạn hoàn thành": (t) => t.dueText ?? t.due,
  // What the official wrote when it is not a known status (kept and reported), else the status.
  // The contract's closed vocabulary; a status written otherwise is told in Ghi chú and Kiểm tra.
  "Trạng thái": (t) => t.status,
  "Tiến độ (%)": (t) => t.progress,
  "Ngày hoàn thành": (t) => t.doneDate ?? t.doneText,
  "Đánh giá": (t) => t.verdict,
  "Minh chứng": (t) => t.evidence,
  "Ghi chú": (t) => t.note,
  Nguồn: (t) => sourceLabel(t.source.file, t.source.sheet, t.source.row),
});

export function tasksSheet(c: Consolidation): TableSheetSpec {
  const tasks = c.tasks;
  return {
    kind: "table",
    ...namesOf("tasks"),
    columns: taskColumns(c.plan),
    rows: lazyRows(tasks.length, (i) => taskCells(tasks[i])),
    highlights: [
      { column: "Đánh giá", values: ["Quá hạn"], tone: "bad" },
      { column: "Đánh giá", values: ["Trễ hạn"], tone: "warn" },
    ],
    print: { orientation: "landscape" },
  };
}

export const READING_COLUMNS: readonly ColumnSpec[] = contractColumns(MASTER.readings, {
  "Mã tiêu chí": { type: "text", width: 10, validation: CODE_FROM_PLAN },
  Kỳ: { type: "text", width: 14 },
  "Ngày số liệu": { type: "date", width: 13 },
  "Tử số": { type: "number", width: 12 },
  "Mẫu số": { type: "number", width: 12 },
  "Giá trị": { type: "percent", width: 10, validation: PERCENT },
  "Chỉ tiêu": { type: "text", width: 26, wrap: true },
  "Kết quả": { type: "text", width: 16 },
  "Minh chứng": { type: "text", width: 30, wrap: true },
  Nguồn: { type: "text", width: 40 },
  "Ghi chú": { type: "text", width: 30, wrap: true },
});

const readingRow = contractRow(MASTER.readings);

export function readingsSheet(c: Consolidation, year?: number): TableSheetSpec {
  const items = new Map(c.plan.items.map((i) => [i.code, i]));
  return {
    kind: "table",
    ...namesOf("readings"),
    columns: READING_COLUMNS,
    rows: c.readings.map((r) => {
      const item = r.code ? items.get(r.code) : undefined;
      // More done than there were ("215 of 152"): the figures are wrong, named in Kiểm tra, and judge nothing.
      const judged = item && !impossibleCounts(r) ? judgeValue(item.target, r.value, r.date, year) : null;
      return readingRow({
        "Mã tiêu chí": r.code,
        Kỳ: r.period,
        "Ngày số liệu": r.date,
        "Tử số": r.numerator,
        "Mẫu số": r.denominator,
        "Giá trị": r.value === null ? null : Math.round(r.value * 100) / 100,
        "Chỉ tiêu": item ? describeTarget(item.target, year) : null,
        "Kết quả": judged?.result ?? null,
        "Minh chứng": r.evidence,
        Nguồn: sourceLabel(r.source.file, r.source.sheet, r.source.row),
        "Ghi chú": r.note,
      });
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

export const PROBLEM_COLUMNS: readonly ColumnSpec[] = contractColumns(MASTER.problems, {
  "Mức độ": { type: "text", width: 10 },
  "Mã lỗi": { type: "text", width: 26 },
  Sheet: { type: "text", width: 18 },
  Dòng: { type: "integer", width: 7 },
  Cột: { type: "text", width: 6 },
  "Giá trị": { type: "text", width: 24, wrap: true },
  "Mô tả": { type: "text", width: 70, wrap: true },
  Nguồn: { type: "text", width: 40 },
});

const problemCells = contractCells<typeof MASTER.problems, Problem>(MASTER.problems, {
  "Mức độ": (p) => p.severity,
  "Mã lỗi": (p) => p.code,
  Sheet: (p) => p.sheet,
  Dòng: (p) => p.row,
  Cột: (p) => p.column,
  "Giá trị": (p) => p.value,
  "Mô tả": (p) => p.message,
  Nguồn: (p) => sourceLabel(p.file, p.sheet, p.row),
});

export function problemsSheet(c: Consolidation): TableSheetSpec {
  const problems = c.problems;
  return {
    kind: "table",
    ...namesOf("problems"),
    columns: PROBLEM_COLUMNS,
    rows: lazyRows(problems.length, (i) => problemCells(problems[i])),
    highlights: [
      { column: "Mức độ", values: ["Lỗi"], tone: "bad" },
      { column: "Mức độ", values: ["Cảnh báo"], tone: "warn" },
    ],
    print: { orientation: "landscape" },
  };
}

/**
 * Danh mục: the officials' titles Chủ trì is checked against, and who holds each (typed by the
 * official, kept across re-imports, as are titles they added).
 */
export function officialsSheet(plan: Plan, kept: readonly OfficialEntry[] = []): TableSheetSpec {
  const names = new Map(kept.map((e) => [e.title, e.name]));
  const titles = [
    ...new Set([
      ...allOfficialTitles(plan.identity.unitType),
      ...plan.items.flatMap((i) => [...i.lead, ...i.coordinators, ...i.implementers]),
      ...kept.map((e) => e.title),
    ]),
  ];
  return {
    kind: "table",
    ...namesOf("officials"),
    columns: contractColumns(MASTER.officials, { "Chức danh": { type: "text", width: 44 }, "Họ và tên": { type: "text", width: 28 } }),
    rows: titles.map((t) => [t, names.get(t) ?? null]),
    print: { orientation: "portrait" },
  };
}

/** The record sheets of the master workbook, in the contract's order (masterWorkbook.ts adds the rest). */
export function masterSheets(c: Consolidation, comp: Compliance): TableSheetSpec[] {
  return [planSheet(c.plan), tasksSheet(c), readingsSheet(c, comp.year), deadlineSheet(deadlineRows(comp)), problemsSheet(c)];
}
