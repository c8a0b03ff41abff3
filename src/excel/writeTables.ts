import { columnName } from "../core/import/grid";
import { parseIsoDate, toExcelSerial } from "../core/dates/isoDate";
import { fitExcelCell } from "../core/text/excelCell";
import {
  CellValue,
  ColumnSpec,
  HighlightSpec,
  NUMBER_FORMATS,
  TablePlacement,
  TableSheetSpec,
  ValidationSpec,
  headerRowOf,
  highlightCondition,
  listSourceRange,
  tablePlacements,
} from "../core/sheets/spec";
import { POINTS_PER_WIDTH, addCharts, hostCanChart } from "./charts";
import { loadSheets } from "./readSheets";
import { ExcelRun } from "./run";

/**
 * Writes table SheetSpecs into the live workbook, as the file renderer writes them into a
 * file: values, Excel tables, number formats, widths, frozen header, data validation and
 * conditional formats. One Excel.run, a fixed number of syncs (one or two reads, one write) plus
 * one more for each further 4 MB of values, so no request nears Excel on the web's 5 MB limit.
 * A sheet being rebuilt is replaced, never duplicated; rows typed straight into its table
 * (no Nguồn) are kept.
 */
export const REQUEST_BUDGET_BYTES = 4_000_000;

const TONES: Record<HighlightSpec["tone"], { fill: string; font: string }> = {
  bad: { fill: "#FFC7CE", font: "#9C0006" },
  warn: { fill: "#FFEB9C", font: "#9C5700" },
  good: { fill: "#C6EFCE", font: "#006100" },
};

const utf8 = new TextEncoder();

/** A value as range.values takes it. Text that Excel would read as a formula gets a leading apostrophe. */
export function hostValue(v: CellValue, col: ColumnSpec | undefined): string | number | boolean {
  if (v === null) return "";
  if (typeof v !== "string") return v;
  if (col?.type === "date") {
    const iso = parseIsoDate(v);
    if (iso) return toExcelSerial(iso);
  }
  const text = fitExcelCell(v);
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

function validationRule(
  v: ValidationSpec,
  specs: readonly TableSheetSpec[],
): { rule: Excel.DataValidationRule; alert: Excel.DataValidationErrorAlert } {
  const alert = (title: string, message: string, strict = true): Excel.DataValidationErrorAlert => ({
    showAlert: true,
    style: strict ? "Stop" : "Warning",
    title,
    message,
  });
  switch (v.kind) {
    case "list":
      return {
        rule: { list: { inCellDropDown: true, source: v.values.join(",") } },
        alert: alert("Giá trị không hợp lệ", `Chọn một trong: ${v.values.join(", ")}`),
      };
    case "listFromColumn":
      return {
        rule: { list: { inCellDropDown: true, source: `=${listSourceRange(specs, v.sheet, v.column)}` } },
        alert: alert("Giá trị không có trong danh sách", `Chọn trong cột ${v.column} của sheet ${v.sheet}.`, v.strict !== false),
      };
    case "decimal":
      return {
        rule: { decimal: { formula1: v.min, formula2: v.max, operator: "Between" } },
        alert: alert("Ngoài khoảng cho phép", `Nhập số từ ${v.min} đến ${v.max}.`),
      };
    case "date":
      return {
        rule: { date: { formula1: v.min, formula2: v.max, operator: "Between" } },
        alert: alert("Ngày không hợp lệ", "Nhập ngày dạng dd/mm/yyyy trong những năm của kế hoạch."),
      };
  }
}

type Block = TablePlacement;

const blocksOf = tablePlacements;

/** Writes the specs in one Excel.run: one sync to see which of their sheets exist, then the write. */
export async function writeTableSheets(run: ExcelRun, specs: readonly TableSheetSpec[]): Promise<void> {
  await run(async (context) => {
    const { sheets } = await loadSheets(
      context,
      specs.map((s) => s.sheet),
      [],
      "",
    );
    await writeSpecs(context, specs, sheets);
  });
}

/** The temporary name of the i-th sheet being built (0-based), before it takes its final name. */
export function temporarySheetName(i: number): string {
  return `~cchc-${i + 1}`;
}

/**
 * Within a batch whose sheets are already loaded (isNullObject): the specs written, the old
 * sheets of the same names replaced. One sync, plus one per further 4 MB of values. If Excel
 * refuses part of it, no temporary sheet is left behind (see settleTemporarySheets) and the
 * error is passed on.
 */
export async function writeSpecs(
  context: Excel.RequestContext,
  finals: readonly TableSheetSpec[],
  existing: ReadonlyMap<string, Excel.Worksheet>,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await buildAndSwap(context, finals, existing);
      return;
    } catch (e) {
      try {
        await settleTemporarySheets(context, finals, existing);
      } catch {
        // Excel refuses everything now (a cell being edited, say): the first error is the one to show.
      }
      // A temporary sheet left by an older version or a closed pane clashed: it is gone now, so once more.
      if (attempt > 1 || !isTemporaryClash(e)) throw e;
    }
  }
}

function isTemporaryClash(e: unknown): boolean {
  const info = (e as { code?: unknown; debugInfo?: { errorLocation?: unknown } } | null) ?? {};
  return info.code === "ItemAlreadyExists" && info.debugInfo?.errorLocation === "WorksheetCollection.add";
}

/**
 * After a failed write, Excel has applied what came before the failing command. Each temporary
 * sheet still there goes: renamed to its final name when this write had already deleted the old
 * sheet of that name (so what was written is not lost), deleted otherwise (the old sheet, if
 * any, stays as it was). Two syncs, only on failure. Without this, every later write would fail
 * on "~cchc-1 already exists".
 */
async function settleTemporarySheets(
  context: Excel.RequestContext,
  finals: readonly TableSheetSpec[],
  existing: ReadonlyMap<string, Excel.Worksheet>,
): Promise<void> {
  const ws = context.workbook.worksheets;
  const temps = finals.map((_, i) => ws.getItemOrNullObject(temporarySheetName(i)));
  const finalSheets = finals.map((s) => ws.getItemOrNullObject(s.sheet));
  [...temps, ...finalSheets].forEach((p) => p.load("isNullObject"));
  await context.sync();
  finals.forEach((spec, i) => {
    if (temps[i].isNullObject) return;
    const old = existing.get(spec.sheet);
    const replacedOld = old !== undefined && !old.isNullObject && finalSheets[i].isNullObject;
    if (replacedOld) temps[i].name = spec.sheet;
    else temps[i].delete();
  });
  await context.sync();
}

async function buildAndSwap(
  context: Excel.RequestContext,
  finals: readonly TableSheetSpec[],
  existing: ReadonlyMap<string, Excel.Worksheet>,
): Promise<void> {
  const wb = context.workbook;
  const charts = hostCanChart();
  const olds = finals.map((s) => existing.get(s.sheet)).filter((o): o is Excel.Worksheet => o !== undefined);

  // Write: new sheets under temporary names, then the old ones go and the new take their names,
  // so a workbook made only of our sheets never loses its last sheet.
  wb.application.suspendApiCalculationUntilNextSync();
  let pending = 0;
  // Called before queuing a chunk: sends what is queued when the chunk would take it over budget.
  const makeRoom = async (bytes: number) => {
    if (pending > 0 && pending + bytes > REQUEST_BUDGET_BYTES) {
      await context.sync();
      wb.application.suspendApiCalculationUntilNextSync();
      pending = 0;
    }
    pending += bytes;
  };
  const created: Array<{ sheet: Excel.Worksheet; spec: TableSheetSpec; tables: Array<{ table: Excel.Table; block: Block }> }> = [];

  for (const [i, spec] of finals.entries()) {
    const sheet = wb.worksheets.add(temporarySheetName(i));
    const entry = { sheet, spec, tables: [] as Array<{ table: Excel.Table; block: Block }> };
    created.push(entry);
    spec.columns.forEach((c, k) => {
      sheet.getRange(`${columnName(k + 1)}:${columnName(k + 1)}`).format.columnWidth = Math.round(c.width * POINTS_PER_WIDTH);
    });
    (spec.preamble ?? []).forEach((line, r) => {
      const values =
        line.value === undefined
          ? [[line.label]]
          : [[line.label, hostValue(line.value, { header: "", type: line.type ?? "text", width: 0 })]];
      const range = sheet.getRange(`A${r + 1}:${columnName(values[0].length)}${r + 1}`);
      range.values = values;
      range.format.font.bold = true;
      if (line.type && line.type !== "text") sheet.getRange(`B${r + 1}`).numberFormat = [[NUMBER_FORMATS[line.type] ?? "General"]];
    });
    for (const block of blocksOf(spec)) {
      const last = columnName(block.columns.length);
      if (block.title) {
        const t = sheet.getRange(`A${block.headerRow - 1}`);
        t.values = [[block.title]];
        t.format.font.bold = true;
      }
      sheet.getRange(`A${block.headerRow}:${last}${block.headerRow}`).values = [block.columns.map((c) => c.header)];
      const rows = block.rows.length > 0 ? block.rows : [block.columns.map(() => null)];
      // Values in chunks, each under the request budget; formats for each chunk's typed columns.
      for (let start = 0; start < rows.length;) {
        let end = start;
        let bytes = 0;
        // Values plus their formats (about a quarter more) stay under the budget.
        while (end < rows.length && bytes < REQUEST_BUDGET_BYTES * 0.75) bytes += utf8.encode(JSON.stringify(rows[end++])).length + 16;
        const typed = block.columns
          .map((c, k) => ({ k, fmt: c.type === "text" ? null : NUMBER_FORMATS[c.type] }))
          .filter((x): x is { k: number; fmt: string } => x.fmt !== null);
        await makeRoom(bytes + typed.reduce((n, t) => n + (end - start) * (t.fmt.length + 6), 0));
        const first = block.headerRow + 1 + start;
        sheet.getRange(`A${first}:${last}${block.headerRow + end}`).values = rows
          .slice(start, end)
          .map((r) => block.columns.map((c, k) => hostValue(r[k] ?? null, c)));
        for (const { k, fmt } of typed) {
          sheet.getRange(`${columnName(k + 1)}${first}:${columnName(k + 1)}${block.headerRow + end}`).numberFormat = Array.from(
            { length: end - start },
            () => [fmt],
          );
        }
        start = end;
      }
      block.columns.forEach((c, k) => {
        if (c.wrap)
          sheet.getRange(
            `${columnName(k + 1)}${block.headerRow + 1}:${columnName(k + 1)}${block.headerRow + rows.length}`,
          ).format.wrapText = true;
      });
      const table = sheet.tables.add(`A${block.headerRow}:${last}${block.headerRow + rows.length}`, true);
      table.style = "TableStyleMedium2";
      entry.tables.push({ table, block });
    }
    sheet.freezePanes.freezeRows(headerRowOf(spec));
    if (charts) addCharts(sheet, spec);
    if (spec.hidden) sheet.visibility = "Hidden";
  }

  olds.forEach((o) => {
    if (!o.isNullObject) o.delete();
  });
  for (const { sheet, spec, tables } of created) {
    sheet.name = spec.sheet;
    for (const { table, block } of tables) table.name = block.table;
  }
  // Rules last: list sources now point at the new sheets, not at ones being deleted.
  for (const { sheet, tables } of created) {
    for (const { block } of tables) {
      const first = block.headerRow + 1;
      const lastRow = block.headerRow + Math.max(block.rows.length, 1);
      block.columns.forEach((c, k) => {
        if (!c.validation) return;
        const range = sheet.getRange(`${columnName(k + 1)}${first}:${columnName(k + 1)}${lastRow}`);
        const { rule, alert } = validationRule(c.validation, finals);
        range.dataValidation.rule = rule;
        range.dataValidation.errorAlert = alert;
      });
      for (const h of block.highlights) {
        const col = columnName(block.columns.findIndex((c) => c.header === h.column) + 1);
        const cf = sheet.getRange(`A${first}:${columnName(block.columns.length)}${lastRow}`).conditionalFormats.add("Custom");
        cf.custom.rule.formula = `=${highlightCondition(h, `$${col}${first}`)}`;
        cf.custom.format.fill.color = TONES[h.tone].fill;
        cf.custom.format.font.color = TONES[h.tone].font;
      }
    }
  }
  created[0]?.sheet.activate();
  await context.sync();
}
