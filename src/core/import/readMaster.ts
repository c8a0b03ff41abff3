import { dueAsOf, parseDeadline } from "../dates/deadline";
import { IsoDate } from "../dates/isoDate";
import { Aggregation, Plan, PlanItem, Target } from "../plan/model";
import { parseTargetText } from "../plan/target";
import { cleanText } from "../text/normalize";
import { taskId } from "./applyPlan";
import { ColumnOf, IMPORTED_TASKS, MASTER, TableDef } from "../contract";
import { taskVerdict } from "../summary/verdict";
import { AGGREGATION_LABELS } from "../vocab";
import { Grid, GridCell, cellText } from "./grid";
import { Reading, Source, Task } from "./records";
import { DossierRecord } from "../summary/dossiers";
import { NarrativeRow } from "../report/narrative";
import { DossierColumn } from "./dossiers";
import { parseCountCell, parseCriterion, parseDateCell, parsePercentCell, parseStatus } from "./values";

/**
 * Reads a master workbook back as it stands now, edits and co-authors' rows included:
 * the plan as adjusted in Kế hoạch, the tasks of Nhiệm vụ and the readings of Chỉ số.
 */
export interface MasterContent extends MasterExtras {
  plan: Plan;
  tasks: Task[];
  readings: Reading[];
  /** The task rows as the sources gave them at the last consolidation (hidden sheet; empty in older masters). */
  imported: Task[];
  /** Sheets the contract requires that the workbook lacks. */
  missing: string[];
}

/** A line of Danh mục: a title, and who holds it when the official typed the name in. */
export interface OfficialEntry {
  title: string;
  name: string;
}

/**
 * What a master holds besides tasks and readings, kept across re-imports: the dossier statistics
 * (Hồ sơ TTHC), the report's own words (Nội dung báo cáo) and who holds each title (Danh mục).
 * Absent sheets (a master from an older version) give empty lists.
 */
export interface MasterExtras {
  dossiers: DossierRecord[];
  narrative: NarrativeRow[];
  officials: OfficialEntry[];
}

/** One row of a contract table, its cells by the contract's column names. */
type Row<D extends TableDef> = (header: ColumnOf<D>) => GridCell;

/** Rows of a contract table: its header row is the one starting with the table's first column (in the first rows). */
function tableRows<D extends TableDef>(grid: Grid | undefined, def: D): Array<{ row: number; get: Row<D> }> {
  if (!grid) return [];
  const first = def.columns[0];
  const headerAt = grid.rows.slice(0, 30).findIndex((r) => cleanText(cellText(r[0] ?? null)) === first);
  if (headerAt < 0) return [];
  const headers = grid.rows[headerAt].map((c) => cleanText(cellText(c)));
  const out: Array<{ row: number; get: Row<D> }> = [];
  for (let i = headerAt + 1; i < grid.rows.length; i++) {
    const cells = grid.rows[i];
    if (!cells || cells.every((c) => c === null || cellText(c).trim() === "")) {
      // A blank row ends the table (Tổng hợp puts a second table further down).
      if (out.length > 0 && (grid.rows[i + 1] ?? []).every((c) => c === null)) break;
      continue;
    }
    out.push({ row: i + 1, get: (h) => cells[headers.indexOf(h)] ?? null });
  }
  return out;
}

const text = (v: GridCell) => cleanText(cellText(v));

/** Nguồn "file › sheet › row N" back to a source; a row typed into the master has none (file ""). */
function sourceOf(label: string, sheet: string, row: number): Source {
  if (label === "") return { file: "", sheet, sheetIndex: 0, row, columns: {} };
  const [file, from, at] = label.split(" › ");
  return { file, sheet: from ?? "", sheetIndex: 0, row: Number((at ?? "").replace(/\D/g, "")) || row, columns: {} };
}

function planFromSheet(grid: Grid | undefined, base: Plan): Plan {
  const rows = tableRows(grid, MASTER.plan);
  if (rows.length === 0) return base;
  const byCode = new Map(base.items.map((i) => [i.code, i]));
  const items: PlanItem[] = rows.flatMap(({ get }) => {
    const code = parseCriterion(get("Mã"));
    if (code.kind !== "ok") return [];
    const from = byCode.get(code.value);
    const targetText = text(get("Chỉ tiêu"));
    let target: Target = parseTargetText(targetText) ?? from?.target ?? { kind: "qualitative" };
    const baseline = parsePercentCell(get("Giá trị năm gốc"), undefined);
    if ((target.kind === "baseline" || target.kind === "previousYear") && baseline.kind === "ok")
      target = { ...target, baseline: baseline.value };
    const how = text(get("Cách tính"));
    const aggregation: Aggregation =
      how === AGGREGATION_LABELS.flow ? "flow" : how === AGGREGATION_LABELS.level ? "level" : (from?.aggregation ?? "level");
    const lead = text(get("Chủ trì"));
    const deadlineText = text(get("Thời hạn"));
    const item: PlanItem = {
      code: code.value,
      group: text(get("Nhóm")) === "SIPAS" ? "SIPAS" : "CCHC",
      kind: from?.kind ?? "tiêu chí",
      title: text(get("Tên tiêu chí")) || from?.title || code.value,
      heading: from?.heading ?? text(get("Tên tiêu chí")),
      objective: text(get("Mục tiêu, yêu cầu")) || from?.objective || "",
      target,
      aggregation,
      tasks: from?.tasks ?? [],
      lead: lead === "" ? [] : lead.split(/\s*;\s*/),
      coordinators: from?.coordinators ?? [],
      implementers: from?.implementers ?? [],
      deadline: deadlineText === "" ? (from?.deadline ?? { kind: "unparsed", text: "" }) : parseDeadline(deadlineText),
    };
    return [item];
  });
  return { identity: base.identity, items };
}

/** A status typed outside the vocabulary into the master: the sheet shows the one taken, Ghi chú what was typed. */
function withStatusNote(note: string, typed: string, status: string): string {
  const said = `Trạng thái ghi "${typed}"; coi là ${status}`;
  return note.includes(said) ? note : note === "" ? said : `${note}; ${said}`;
}

/** The rows of Nhiệm vụ, or of the hidden sheet that has some of its columns (rows known by Mã NV, not Nội dung). */
function tasksFromSheet(grid: Grid | undefined, asOf: IsoDate, byId = false): Task[] {
  return tableRows(grid, MASTER.tasks).flatMap(({ row, get }) => {
    const content = text(get("Nội dung"));
    if (byId ? text(get("Mã NV")) === "" : content === "") return [];
    const codeCell = parseCriterion(get("Mã tiêu chí"));
    const code = codeCell.kind === "ok" ? codeCell.value : codeCell.kind === "bad" ? codeCell.text : null;
    const due = parseDateCell(get("Hạn hoàn thành"));
    const done = parseDateCell(get("Ngày hoàn thành"), false);
    const statusCell = parseStatus(get("Trạng thái"));
    const progress = parsePercentCell(get("Tiến độ (%)"), undefined);
    const doneDate = done.kind === "ok" ? done.value : null;
    const status = statusCell.kind === "ok" ? statusCell.value : doneDate ? "Hoàn thành" : "Chưa thực hiện";
    // "Hằng tháng", "Thường xuyên": due at the end of the current period, as consolidation reads it.
    const dueDate = due.kind === "ok" ? due.value : due.kind === "bad" ? dueAsOf(parseDeadline(due.text), asOf) : null;
    // A row typed straight into the master has no Mã NV or Nguồn: it gets both here.
    return [
      {
        id: text(get("Mã NV")) || taskId(code, content),
        code,
        codeSuggested: false,
        content,
        lead: text(get("Chủ trì")),
        partners: text(get("Phối hợp")),
        due: dueDate,
        dueText: due.kind === "bad" ? due.text : null,
        status,
        statusText: statusCell.kind === "bad" ? statusCell.text : null,
        progress: progress.kind === "ok" ? progress.value : null,
        doneDate,
        doneText: done.kind === "bad" ? done.text : null,
        evidence: text(get("Minh chứng")),
        note: statusCell.kind === "bad" ? withStatusNote(text(get("Ghi chú")), statusCell.text, status) : text(get("Ghi chú")),
        source: sourceOf(text(get("Nguồn")), MASTER.tasks.sheet, row),
        verdict: taskVerdict(status, dueDate, doneDate, asOf),
      },
    ];
  });
}

function readingsFromSheet(grid: Grid | undefined): Reading[] {
  return tableRows(grid, MASTER.readings).flatMap(({ row, get }) => {
    const code = parseCriterion(get("Mã tiêu chí"));
    const date = parseDateCell(get("Ngày số liệu"));
    const num = parseCountCell(get("Tử số"));
    const den = parseCountCell(get("Mẫu số"));
    const value = parsePercentCell(get("Giá trị"), undefined);
    if (code.kind !== "ok" || value.kind !== "ok") return [];
    const n = num.kind === "ok" ? num.value : null;
    const d = den.kind === "ok" ? den.value : null;
    return [
      {
        code: code.value,
        period: text(get("Kỳ")),
        date: date.kind === "ok" ? date.value : null,
        numerator: n,
        denominator: d,
        // Counts, where present, decide: a value edited alone would not add up with the others.
        value: n !== null && d !== null && d > 0 ? (n / d) * 100 : value.value,
        evidence: text(get("Minh chứng")),
        note: text(get("Ghi chú")),
        source: sourceOf(text(get("Nguồn")), MASTER.readings.sheet, row),
      },
    ];
  });
}

const COUNT_COLUMNS: ReadonlyArray<[DossierColumn, ColumnOf<typeof MASTER.dossiers>]> = [
  ["carriedOver", "Kỳ trước chuyển sang"],
  ["online", "Tiếp nhận trực tuyến"],
  ["inPerson", "Tiếp nhận trực tiếp, bưu chính"],
  ["early", "Giải quyết trước hạn"],
  ["onTime", "Giải quyết đúng hạn"],
  ["late", "Giải quyết quá hạn"],
  ["pendingInTime", "Đang giải quyết trong hạn"],
  ["pendingOverdue", "Đang giải quyết quá hạn"],
  ["returned", "Trả lại, rút hồ sơ"],
];

function dossiersFromSheet(grid: Grid | undefined): DossierRecord[] {
  return tableRows(grid, MASTER.dossiers).flatMap(({ row, get }) => {
    const field = text(get("Lĩnh vực"));
    const from = parseDateCell(get("Từ ngày"), false);
    const to = parseDateCell(get("Đến ngày"), false);
    // A row without its dates is kept (the official may still add them) but counts in no period.
    if (field === "") return [];
    const counts = Object.fromEntries(
      COUNT_COLUMNS.map(([key, column]) => {
        const n = parseCountCell(get(column));
        return [key, n.kind === "ok" ? n.value : 0];
      }),
    ) as Record<(typeof COUNT_COLUMNS)[number][0], number>;
    const source = sourceOf(text(get("Nguồn")), MASTER.dossiers.sheet, row);
    return [
      {
        field,
        from: from.kind === "ok" ? from.value : null,
        to: to.kind === "ok" ? to.value : null,
        carriedOver: counts.carriedOver,
        online: counts.online,
        inPerson: counts.inPerson,
        early: counts.early,
        onTime: counts.onTime,
        late: counts.late,
        pendingInTime: counts.pendingInTime,
        pendingOverdue: counts.pendingOverdue,
        returned: counts.returned,
        source: { file: source.file, sheet: source.sheet, row: source.row },
      },
    ];
  });
}

/**
 * Nội dung báo cáo's rows; `withEmpty`: also those laid out for a section and not yet written, where
 * they stand (the pane rewrites the sheet around them).
 */
export function narrativeFromSheet(grid: Grid | undefined, withEmpty = false): NarrativeRow[] {
  return tableRows(grid, MASTER.narrative).flatMap(({ get }) => {
    // The text keeps its line breaks: each line is a paragraph of the report.
    const body = cellText(get("Nội dung")).normalize("NFC").trim();
    if (body === "" && !(withEmpty && text(get("Mục")) !== "")) return [];
    return [{ period: text(get("Kỳ báo cáo")), section: text(get("Mục")), text: body }];
  });
}

function officialsFromSheet(grid: Grid | undefined): OfficialEntry[] {
  return tableRows(grid, MASTER.officials).flatMap(({ get }) => {
    const title = text(get("Chức danh"));
    return title === "" ? [] : [{ title, name: text(get("Họ và tên")) }];
  });
}

/** The sheets readMaster reads: a master's other sheets are written anew from them. */
export const MASTER_INPUT_SHEETS: ReadonlySet<string> = new Set([
  MASTER.plan.sheet,
  MASTER.tasks.sheet,
  MASTER.readings.sheet,
  MASTER.dossiers.sheet,
  MASTER.narrative.sheet,
  MASTER.officials.sheet,
  IMPORTED_TASKS.sheet,
]);

export function readMaster(grids: readonly Grid[], base: Plan, asOf: IsoDate): MasterContent {
  const find = (name: string) => grids.find((g) => g.sheet === name);
  const missing = [MASTER.plan.sheet, MASTER.tasks.sheet, MASTER.readings.sheet].filter((s) => !find(s));
  return {
    plan: planFromSheet(find(MASTER.plan.sheet), base),
    tasks: tasksFromSheet(find(MASTER.tasks.sheet), asOf),
    readings: readingsFromSheet(find(MASTER.readings.sheet)),
    dossiers: dossiersFromSheet(find(MASTER.dossiers.sheet)),
    narrative: narrativeFromSheet(find(MASTER.narrative.sheet)),
    officials: officialsFromSheet(find(MASTER.officials.sheet)),
    imported: tasksFromSheet(find(IMPORTED_TASKS.sheet), asOf, true),
    missing,
  };
}
