import { dueAsOf, parseDeadline } from "../dates/deadline";
import { IsoDate } from "../dates/isoDate";
import { Aggregation, Plan, PlanItem, Target } from "../plan/model";
import { parseTargetText } from "../plan/target";
import { cleanText } from "../text/normalize";
import { taskId } from "./applyPlan";
import { ColumnOf, IMPORTED_TASKS, MASTER, TableDef } from "../contract";
import { taskVerdict } from "../summary/verdict";
import { AGGREGATION_LABELS } from "../vocab";
import { Grid, GridCell, RowSink, cellText } from "./grid";
import { Reading, Source, Task } from "./records";
import { ImportedRow, importedRowOf } from "./editableCells";
import { DossierCounts, DossierRecord } from "../summary/dossiers";
import { NarrativeRow } from "../report/narrative";
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
  imported: ImportedRow[];
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

/**
 * A contract table's rows as they come, one call per row of the sheet: its header row is the one
 * starting with the table's first column (in the first 30 rows), and two blank rows after its data
 * end it (Tổng hợp puts a second table further down). Rows not given count as blank.
 */
function tableRowSink<D extends TableDef>(def: D, onRow: (row: number, get: Row<D>) => void): RowSink {
  const first = def.columns[0];
  let headers: string[] | null = null;
  let last = 0;
  let blanks = 0;
  let seenData = false;
  let ended = false;
  return (row, cells) => {
    if (ended) return;
    if (headers === null) {
      if (row > 30) ended = true;
      else if (cleanText(cellText(cells[0] ?? null)) === first) {
        headers = cells.map((c) => cleanText(cellText(c)));
        last = row;
      }
      return;
    }
    blanks += row - last - 1;
    last = row;
    if (cells.every((c) => c === null || cellText(c).trim() === "")) blanks++;
    else if (!(seenData && blanks >= 2)) {
      blanks = 0;
      seenData = true;
      const at = headers;
      onRow(row, (h) => cells[at.indexOf(h)] ?? null);
      return;
    }
    if (seenData && blanks >= 2) ended = true;
  };
}

/** Rows of a contract table in a grid (see tableRowSink). */
function tableRows<D extends TableDef>(grid: Grid | undefined, def: D): Array<{ row: number; get: Row<D> }> {
  const out: Array<{ row: number; get: Row<D> }> = [];
  if (!grid) return out;
  const sink = tableRowSink(def, (row, get) => out.push({ row, get }));
  grid.rows.forEach((cells, i) => {
    if (cells) sink(i + 1, cells);
  });
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

/** A row of Nhiệm vụ, or of the hidden sheet that has some of its columns (rows known by Mã NV, not Nội dung). */
function taskFromRow(row: number, get: Row<typeof MASTER.tasks>, asOf: IsoDate, byId: boolean): Task[] {
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
      verdict: taskVerdict(status, dueDate, doneDate, asOf, due.kind === "bad" ? due.text : null),
    },
  ];
}

function tasksFromSheet(grid: Grid | undefined, asOf: IsoDate, byId = false): Task[] {
  return tableRows(grid, MASTER.tasks).flatMap(({ row, get }) => taskFromRow(row, get, asOf, byId));
}

/** The task rows of Nhiệm vụ (or, `byId`, of the hidden sheet of imported values) as a sheet gives them row by row. */
export function taskRowSink(asOf: IsoDate, byId: boolean, onTask: (t: Task) => void): RowSink {
  return tableRowSink(MASTER.tasks, (row, get) => {
    for (const t of taskFromRow(row, get, asOf, byId)) onTask(t);
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

const COUNT_COLUMNS: ReadonlyArray<[keyof DossierCounts, ColumnOf<typeof MASTER.dossiers>]> = [
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
    // A count left empty stays empty when the sheet is written again (0 only in the sums).
    const unread = COUNT_COLUMNS.filter(([, column]) => parseCountCell(get(column)).kind !== "ok").map(([key]) => key);
    const source = sourceOf(text(get("Nguồn")), MASTER.dossiers.sheet, row);
    return [
      {
        ...(unread.length > 0 ? { unread } : {}),
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

/** Task rows read row by row by the caller (a master on disk; see taskRowSink): the sheets they came from, and the rows kept. */
export interface StreamedTasks {
  sheets: ReadonlySet<string>;
  tasks: Task[];
  imported: ImportedRow[];
}

export function readMaster(grids: readonly Grid[], base: Plan, asOf: IsoDate, streamed?: StreamedTasks): MasterContent {
  const find = (name: string) => grids.find((g) => g.sheet === name);
  const missing = [MASTER.plan.sheet, MASTER.tasks.sheet, MASTER.readings.sheet].filter((s) => !find(s) && !streamed?.sheets.has(s));
  return {
    plan: planFromSheet(find(MASTER.plan.sheet), base),
    tasks: streamed ? streamed.tasks : tasksFromSheet(find(MASTER.tasks.sheet), asOf),
    readings: readingsFromSheet(find(MASTER.readings.sheet)),
    dossiers: dossiersFromSheet(find(MASTER.dossiers.sheet)),
    narrative: narrativeFromSheet(find(MASTER.narrative.sheet)),
    officials: officialsFromSheet(find(MASTER.officials.sheet)),
    imported: streamed
      ? streamed.imported
      : tasksFromSheet(find(IMPORTED_TASKS.sheet), asOf, true)
          .filter((t) => t.source.file !== "")
          .map(importedRowOf),
    missing,
  };
}
