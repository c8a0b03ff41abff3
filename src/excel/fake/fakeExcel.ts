import { Rect, formatAddress, overlaps, parseAddress } from "./address";
import {
  FakeCell,
  FakeChart,
  FakeChartAxis,
  FakeChartSeries,
  FakeShape,
  FakeSheet,
  FakeWorkbookState,
  key,
  newSheet,
  newWorkbook,
} from "./state";

/**
 * An in-memory stand-in for the part of the Excel JavaScript API cchc-tracker uses, honest
 * where it matters: commands are queued and run only at sync(); reading a property that was
 * not loaded and synced throws; a table over merged cells or over another table, a duplicate
 * sheet, table or style name, a bad address, a request over 5 MB and a batch sent while a
 * cell is being edited fail with Excel's error codes. It counts syncs, calls and request bytes.
 */
export class FakeExcelError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  constructor(
    readonly code: string,
    message: string,
    location: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export interface FakeStats {
  syncs: number;
  calls: number;
  /** Size of each request sent by sync(), in bytes. */
  requestBytes: number[];
  /** Size of what each sync() brought back (loaded properties and method results), in bytes. */
  responseBytes: number[];
}

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

interface Op {
  location: string;
  payload: unknown;
  apply: () => void;
}

const utf8 = new TextEncoder();

export class FakeContext {
  readonly workbook: WorkbookProxy;
  private queue: Op[] = [];
  constructor(
    readonly state: FakeWorkbookState,
    readonly stats: FakeStats,
  ) {
    this.workbook = new WorkbookProxy(this);
  }

  private responded = 0;

  /** What a load or a method result sends back: Excel on the web refuses a response over 5 MB as it refuses a request. */
  respond(value: unknown): void {
    this.responded += utf8.encode(JSON.stringify(value)).length;
  }

  enqueue(location: string, payload: unknown, apply: () => void): void {
    this.stats.calls++;
    this.queue.push({ location, payload, apply });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.stats.syncs++;
    const bytes = utf8.encode(JSON.stringify(ops.map((o) => [o.location, o.payload]))).length;
    this.stats.requestBytes.push(bytes);
    if (bytes > PAYLOAD_LIMIT)
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.", "context.sync");
    if (this.state.cellEditMode && ops.length > 0)
      throw new FakeExcelError(
        "InvalidOperationInCellEditMode",
        "The operation is not available while Excel is in Edit cell mode.",
        ops[0].location,
      );
    this.responded = 0;
    for (const op of ops) op.apply();
    this.stats.responseBytes.push(this.responded);
    if (this.responded > PAYLOAD_LIMIT)
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.", "context.sync");
  }
}

/** OfficeExtension.ClientResult: a method's answer, readable only after the sync that carries it. */
export class ClientResult<T> {
  private set = false;
  private answer: T | undefined;
  constructor(private readonly location: string) {}
  resolve(value: T): void {
    this.answer = value;
    this.set = true;
  }
  get value(): T {
    if (!this.set)
      throw new FakeExcelError(
        "ValueNotLoaded",
        'The value of the result object has not been initialized. Please call "context.sync()" first.',
        this.location,
      );
    return this.answer as T;
  }
}

/** Properties are readable only once loaded by a sync. */
class Loadable {
  private readonly loaded = new Map<string, unknown>();
  constructor(
    protected readonly ctx: FakeContext,
    private readonly what: string,
  ) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeExcelError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        `${this.what}.${prop}`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  protected fill(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }

  protected loadWith(props: string | string[] | undefined, snapshot: () => Record<string, unknown>): this {
    const wanted = props === undefined ? null : (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim());
    this.ctx.enqueue(`${this.what}.load`, wanted, () => {
      const all = snapshot();
      const loaded = wanted ? Object.fromEntries(wanted.filter((p) => p in all).map((p) => [p, all[p]])) : all;
      this.ctx.respond(loaded);
      this.fill(loaded);
    });
    return this;
  }
}

function err(code: string, message: string, location: string): never {
  throw new FakeExcelError(code, message, location);
}

/** A proxy binds to its host object the first time a command uses it, as Excel's do: a later rename does not lose it. */
function bind<T>(find: () => T): () => T {
  let bound: T | undefined;
  return () => {
    if (bound === undefined) bound = find();
    return bound;
  };
}

function sheetOf(state: FakeWorkbookState, name: string, location: string): FakeSheet {
  return (
    state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ??
    err("ItemNotFound", `The requested resource doesn't exist.`, location)
  );
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly application: { suspendApiCalculationUntilNextSync: () => void };
  constructor(ctx: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.tables = new TableCollectionProxy(ctx, null);
    this.settings = new SettingCollectionProxy(ctx);
    this.application = {
      suspendApiCalculationUntilNextSync: () => ctx.enqueue("Application.suspendApiCalculationUntilNextSync", null, () => undefined),
    };
  }
}

const BAD_SHEET_NAME = /[[\]:*?/\\]|^'|'$/;

class WorksheetCollectionProxy {
  constructor(private readonly ctx: FakeContext) {}
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      bind(() => sheetOf(this.ctx.state, name, "WorksheetCollection.getItem")),
      false,
    );
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      bind(() => sheetOf(this.ctx.state, name, "WorksheetCollection.getItemOrNullObject")),
      true,
    );
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      () => sheetOf(this.ctx.state, this.ctx.state.activeSheet ?? "", "WorksheetCollection.getActiveWorksheet"),
      false,
    );
  }
  add(name: string): WorksheetProxy {
    this.ctx.enqueue("WorksheetCollection.add", name, () => {
      const state = this.ctx.state;
      if (name.length === 0 || name.length > 31 || BAD_SHEET_NAME.test(name))
        err("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "WorksheetCollection.add");
      if (state.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        err("ItemAlreadyExists", "A resource with the same name or identifier already exists.", "WorksheetCollection.add");
      state.sheets.push(newSheet(name));
    });
    return this.getItem(name);
  }
}

/** A sheet's headers and footers for all pages: six texts, each read only once loaded and synced. */
class HeaderFooterProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx, "HeaderFooter");
  }
  get leftHeader(): string {
    return this.read("leftHeader");
  }
  get centerHeader(): string {
    return this.read("centerHeader");
  }
  get rightHeader(): string {
    return this.read("rightHeader");
  }
  get leftFooter(): string {
    return this.read("leftFooter");
  }
  get centerFooter(): string {
    return this.read("centerFooter");
  }
  get rightFooter(): string {
    return this.read("rightFooter");
  }
  load(props?: string | string[]): this {
    return this.loadWith(props, () => ({ ...this.sheet().pageHeaders }));
  }
}

class WorksheetProxy extends Loadable {
  readonly tables: TableCollectionProxy;
  readonly charts: ChartCollectionProxy;
  readonly freezePanes: { freezeRows: (n: number) => void };
  /** Threaded comments (ExcelApi 1.10) and notes (ExcelApi 1.18). */
  readonly comments: NoteCollectionProxy;
  readonly notes: NoteCollectionProxy;
  /** Shapes drawn over the sheet, text boxes among them (ExcelApi 1.9). */
  readonly shapes: ShapeCollectionProxy;
  /** The print page's headers and footers (ExcelApi 1.9). */
  readonly pageLayout: { headersFooters: { defaultForAllPages: HeaderFooterProxy } };
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet,
    private readonly nullable: boolean,
  ) {
    super(ctx, "Worksheet");
    this.pageLayout = { headersFooters: { defaultForAllPages: new HeaderFooterProxy(ctx, resolve) } };
    this.comments = new NoteCollectionProxy(ctx, this, "comments");
    this.notes = new NoteCollectionProxy(ctx, this, "notes");
    this.shapes = new ShapeCollectionProxy(ctx, this);
    this.tables = new TableCollectionProxy(ctx, this);
    this.charts = new ChartCollectionProxy(ctx, this);
    this.freezePanes = {
      freezeRows: (n: number) => ctx.enqueue("WorksheetFreezePanes.freezeRows", n, () => void (this.resolve().frozenRows = n)),
    };
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.ctx.enqueue("Worksheet.name", name, () => {
      const s = this.resolve();
      if (name.length === 0 || name.length > 31 || BAD_SHEET_NAME.test(name))
        err("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "Worksheet.name");
      if (this.ctx.state.sheets.some((x) => x !== s && x.name.toLowerCase() === name.toLowerCase()))
        err("ItemAlreadyExists", "A resource with the same name or identifier already exists.", "Worksheet.name");
      for (const t of this.ctx.state.tables) if (t.sheet === s.name) t.sheet = name;
      if (this.ctx.state.activeSheet === s.name) this.ctx.state.activeSheet = name;
      s.name = name;
    });
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this.ctx.enqueue("Worksheet.visibility", v, () => void (this.resolve().visibility = v));
  }
  get visibility(): string {
    return this.read("visibility");
  }
  load(props?: string | string[]): this {
    return this.loadWith(props, () => {
      try {
        const s = this.resolve();
        return { name: s.name, visibility: s.visibility, isNullObject: false };
      } catch (e) {
        if (this.nullable) return { isNullObject: true };
        throw e;
      }
    });
  }
  getRange(address: string): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const rect =
        parseAddress(address) ??
        err("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "Worksheet.getRange");
      return { sheet: this.resolve(), rect };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const sheet = this.resolve();
        const keys = [...sheet.cells.keys()].concat(valuesOnly ? [] : [...sheet.formats.keys()]);
        if (keys.length === 0) return null;
        const rect = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
        for (const k of keys) {
          const [r, c] = k.split(",").map(Number);
          rect.top = Math.min(rect.top, r);
          rect.left = Math.min(rect.left, c);
          rect.bottom = Math.max(rect.bottom, r);
          rect.right = Math.max(rect.right, c);
        }
        return { sheet, rect };
      },
      true,
    );
  }
  delete(): void {
    this.ctx.enqueue("Worksheet.delete", null, () => {
      const s = this.resolve();
      const state = this.ctx.state;
      if (!state.sheets.some((x) => x !== s && x.visibility === "Visible"))
        err(
          "InvalidOperation",
          "This operation is not allowed: a workbook must contain at least one visible worksheet.",
          "Worksheet.delete",
        );
      state.sheets = state.sheets.filter((x) => x !== s);
      state.tables = state.tables.filter((t) => t.sheet !== s.name);
      if (state.activeSheet === s.name) state.activeSheet = state.sheets[0]?.name ?? null;
    });
  }
  activate(): void {
    this.ctx.enqueue("Worksheet.activate", null, () => void (this.ctx.state.activeSheet = this.resolve().name));
  }
}

type Resolved = { sheet: FakeSheet; rect: Rect } | null;

interface CellPropertiesOptions {
  address?: boolean;
  hidden?: boolean;
  hyperlink?: boolean;
  format?: { fill?: { color?: boolean; pattern?: boolean }; font?: { strikethrough?: boolean } };
}

interface FakeCellProperties {
  address?: string;
  hidden?: boolean;
  hyperlink?: { address: string };
  format?: { fill?: { color?: string; pattern?: string }; font?: { strikethrough?: boolean } };
}

/** A typed value as a cell shows it: "=…" is a formula (we never evaluate it); "'…" is text. */
function toCell(v: unknown): FakeCell | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" || typeof v === "boolean") return { value: v };
  const s = String(v);
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith("=")) return { value: "#NAME?", formula: s };
  return { value: s };
}

class RangeProxy extends Loadable {
  readonly format: {
    columnWidth: number;
    wrapText: boolean;
    font: { bold: boolean; strikethrough: boolean };
    fill: { color: string };
  };
  readonly dataValidation: { rule: Record<string, unknown>; errorAlert: Record<string, unknown> };
  readonly conditionalFormats: { add: (type: string) => ConditionalFormatProxy };
  constructor(
    ctx: FakeContext,
    private readonly resolveRaw: () => Resolved,
    private readonly nullable = false,
  ) {
    super(ctx, "Range");
    const at = (name: string, apply: (r: { sheet: FakeSheet; rect: Rect }) => void, payload: unknown) =>
      ctx.enqueue(name, payload, () => apply(this.resolve()));
    const read = <T>(prop: string): T => this.read<T>(prop);
    this.format = {
      set columnWidth(points: number) {
        at(
          "RangeFormat.columnWidth",
          ({ sheet, rect }) => {
            for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
          },
          points,
        );
      },
      get columnWidth(): number {
        return read("format.columnWidth");
      },
      set wrapText(w: boolean) {
        at("RangeFormat.wrapText", () => undefined, w);
      },
      get wrapText(): boolean {
        return read("format.wrapText");
      },
      font: {
        set bold(b: boolean) {
          at("RangeFont.bold", () => undefined, b);
        },
        get bold(): boolean {
          return read("format.font.bold");
        },
        set strikethrough(on: boolean) {
          at(
            "RangeFont.strikethrough",
            ({ sheet, rect }) => {
              for (let r = rect.top; r <= rect.bottom; r++)
                for (let col = rect.left; col <= rect.right; col++)
                  if (on) sheet.struck.add(key(r, col));
                  else sheet.struck.delete(key(r, col));
            },
            on,
          );
        },
        get strikethrough(): boolean {
          return read("format.font.strikethrough");
        },
      },
      fill: {
        // Excel also takes colour names ("Yellow"); the fake takes the "#RRGGBB" form our code and tests use.
        set color(c: string) {
          at(
            "RangeFill.color",
            ({ sheet, rect }) => {
              if (!/^#[0-9A-Fa-f]{6}$/.test(c))
                err("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "RangeFill.color");
              for (let r = rect.top; r <= rect.bottom; r++)
                for (let col = rect.left; col <= rect.right; col++) sheet.fills.set(key(r, col), c.toUpperCase());
            },
            c,
          );
        },
        get color(): string {
          return read("format.fill.color");
        },
      },
    };
    let errorAlert: Record<string, unknown> = {};
    this.dataValidation = {
      set rule(rule: Record<string, unknown>) {
        at(
          "DataValidation.rule",
          ({ sheet, rect }) => {
            sheet.validations = sheet.validations.filter((v) => !overlaps(v.rect, rect));
            sheet.validations.push({ rect, rule: { ...rule, errorAlert } });
          },
          rule,
        );
      },
      get rule(): Record<string, unknown> {
        return read("dataValidation.rule");
      },
      set errorAlert(alert: Record<string, unknown>) {
        errorAlert = alert;
        at(
          "DataValidation.errorAlert",
          ({ sheet, rect }) => {
            const v = sheet.validations.find((x) => formatAddress(x.rect) === formatAddress(rect));
            if (v) v.rule = { ...v.rule, errorAlert: alert };
          },
          alert,
        );
      },
      get errorAlert(): Record<string, unknown> {
        return read("dataValidation.errorAlert");
      },
    };
    this.conditionalFormats = {
      add: (type: string) => {
        const cf = new ConditionalFormatProxy(ctx);
        at(
          "ConditionalFormatCollection.add",
          ({ sheet, rect }) => {
            if (type !== "Custom")
              err("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "ConditionalFormatCollection.add");
            sheet.conditionalFormats.push(cf.attach(rect));
          },
          type,
        );
        return cf;
      },
    };
  }

  resolve(): { sheet: FakeSheet; rect: Rect } {
    return this.resolveRaw() ?? err("ItemNotFound", "The requested resource doesn't exist.", "Range");
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.ctx.enqueue("Range.values", values, () => {
      const { sheet, rect } = this.resolve();
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (!Array.isArray(values) || values.length !== rows || values.some((r) => !Array.isArray(r) || r.length !== cols)) {
        err(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          "Range.values",
        );
      }
      values.forEach((row, i) =>
        row.forEach((v, j) => {
          const k = key(rect.top + i, rect.left + j);
          const cell = toCell(v);
          if (cell) sheet.cells.set(k, cell);
          else sheet.cells.delete(k);
        }),
      );
    });
  }
  set numberFormat(formats: string[][]) {
    this.ctx.enqueue("Range.numberFormat", formats, () => {
      const { sheet, rect } = this.resolve();
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (!Array.isArray(formats) || formats.length !== rows || formats.some((r) => !Array.isArray(r) || r.length !== cols)) {
        err(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          "Range.numberFormat",
        );
      }
      formats.forEach((row, i) => row.forEach((f, j) => sheet.formats.set(key(rect.top + i, rect.left + j), f)));
    });
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  load(props?: string | string[]): this {
    return this.loadWith(props, () => {
      const r = this.resolveRaw();
      if (!r) {
        if (this.nullable) return { isNullObject: true };
        return err("ItemNotFound", "The requested resource doesn't exist.", "Range.load");
      }
      const { sheet, rect } = r;
      const grid = <T>(f: (row: number, col: number) => T): T[][] =>
        Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
          Array.from({ length: rect.right - rect.left + 1 }, (_, j) => f(rect.top + i, rect.left + j)),
        );
      return {
        isNullObject: false,
        address: `${quoteName(sheet.name)}!${formatAddress(rect)}`,
        rowIndex: rect.top - 1,
        columnIndex: rect.left - 1,
        rowCount: rect.bottom - rect.top + 1,
        columnCount: rect.right - rect.left + 1,
        values: grid((row, col) => sheet.cells.get(key(row, col))?.value ?? ""),
        formulas: grid((row, col) => {
          const c = sheet.cells.get(key(row, col));
          return c?.formula ?? c?.value ?? "";
        }),
        numberFormat: grid((row, col) => sheet.formats.get(key(row, col)) ?? "General"),
      };
    });
  }
  /** The cell at (row, column) of this range, 0-based; beyond the sheet's edge is an error. */
  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const { sheet, rect } = this.resolve();
      return {
        sheet,
        rect: within({ top: rect.top + row, left: rect.left + column, bottom: rect.top + row, right: rect.left + column }, "Range.getCell"),
      };
    });
  }
  /** This range grown (or shrunk) by rows and columns from its top-left corner. */
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const { sheet, rect } = this.resolve();
      return {
        sheet,
        rect: within({ ...rect, bottom: rect.bottom + deltaRows, right: rect.right + deltaColumns }, "Range.getResizedRange"),
      };
    });
  }
  /** ExcelApi 1.7: a link on every cell of the range (an address outside the workbook, here). */
  set hyperlink(link: { address?: string; textToDisplay?: string }) {
    this.ctx.enqueue("Range.hyperlink", link, () => {
      const { sheet, rect } = this.resolve();
      if (!link.address) err("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "Range.hyperlink");
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          sheet.links.set(key(r, c), link.address as string);
          if (link.textToDisplay !== undefined) sheet.cells.set(key(r, c), { value: link.textToDisplay });
        }
    });
  }
  set rowHidden(hidden: boolean) {
    this.ctx.enqueue("Range.rowHidden", hidden, () => {
      const { sheet, rect } = this.resolve();
      for (let r = rect.top; r <= rect.bottom; r++) {
        if (hidden) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
    });
  }
  set columnHidden(hidden: boolean) {
    this.ctx.enqueue("Range.columnHidden", hidden, () => {
      const { sheet, rect } = this.resolve();
      for (let c = rect.left; c <= rect.right; c++) {
        if (hidden) sheet.hiddenCols.add(c);
        else sheet.hiddenCols.delete(c);
      }
    });
  }
  /** ExcelApi 1.9: per cell, only what the options ask for (fill colour and pattern, strikethrough, hidden, address). */
  getCellProperties(options: CellPropertiesOptions): ClientResult<FakeCellProperties[][]> {
    const result = new ClientResult<FakeCellProperties[][]>("Range.getCellProperties");
    this.ctx.enqueue("Range.getCellProperties", options, () => {
      const { sheet, rect } = this.resolve();
      const fill = options.format?.fill;
      const value = Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
        Array.from({ length: rect.right - rect.left + 1 }, (_, j) => {
          const r = rect.top + i;
          const c = rect.left + j;
          const p: FakeCellProperties = {};
          if (options.address) p.address = `${quoteName(sheet.name)}!${formatAddress({ top: r, left: c, bottom: r, right: c })}`;
          if (options.hidden) p.hidden = sheet.hiddenRows.has(r) || sheet.hiddenCols.has(c);
          if (options.hyperlink) {
            const address = sheet.links.get(key(r, c));
            // A cell without a link answers nothing for it, as Excel does.
            if (address !== undefined) p.hyperlink = { address };
          }
          if (fill?.color || fill?.pattern) {
            const colour = sheet.fills.get(key(r, c));
            // An unfilled cell answers white with the pattern "None", as Excel does.
            p.format = {
              fill: {
                ...(fill.color ? { color: colour ?? "#FFFFFF" } : {}),
                ...(fill.pattern ? { pattern: colour ? "Solid" : "None" } : {}),
              },
            };
          }
          if (options.format?.font?.strikethrough) p.format = { ...p.format, font: { strikethrough: sheet.struck.has(key(r, c)) } };
          return p;
        }),
      );
      this.ctx.respond(value);
      result.resolve(value);
    });
    return result;
  }
  /** ExcelApi 1.9: one entry per row of the range. */
  getRowProperties(options: { rowIndex?: boolean; rowHidden?: boolean }): ClientResult<Array<{ rowIndex?: number; rowHidden?: boolean }>> {
    const result = new ClientResult<Array<{ rowIndex?: number; rowHidden?: boolean }>>("Range.getRowProperties");
    this.ctx.enqueue("Range.getRowProperties", options, () => {
      const { sheet, rect } = this.resolve();
      const value = Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({
        ...(options.rowIndex ? { rowIndex: rect.top + i - 1 } : {}),
        ...(options.rowHidden ? { rowHidden: sheet.hiddenRows.has(rect.top + i) } : {}),
      }));
      this.ctx.respond(value);
      result.resolve(value);
    });
    return result;
  }
  /** ExcelApi 1.9: one entry per column of the range. */
  getColumnProperties(options: {
    columnIndex?: boolean;
    columnHidden?: boolean;
  }): ClientResult<Array<{ columnIndex?: number; columnHidden?: boolean }>> {
    const result = new ClientResult<Array<{ columnIndex?: number; columnHidden?: boolean }>>("Range.getColumnProperties");
    this.ctx.enqueue("Range.getColumnProperties", options, () => {
      const { sheet, rect } = this.resolve();
      const value = Array.from({ length: rect.right - rect.left + 1 }, (_, j) => ({
        ...(options.columnIndex ? { columnIndex: rect.left + j - 1 } : {}),
        ...(options.columnHidden ? { columnHidden: sheet.hiddenCols.has(rect.left + j) } : {}),
      }));
      this.ctx.respond(value);
      result.resolve(value);
    });
    return result;
  }
  merge(): void {
    this.ctx.enqueue("Range.merge", null, () => {
      const { sheet, rect } = this.resolve();
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect));
      sheet.merges.push(rect);
    });
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => {
      const { sheet, rect } = this.resolve();
      return sheet.merges.filter((m) => overlaps(m, rect));
    });
  }
  select(): void {
    this.ctx.enqueue("Range.select", null, () => {
      const { sheet, rect } = this.resolve();
      this.ctx.state.activeSheet = sheet.name;
      this.ctx.state.selection = { sheet: sheet.name, address: formatAddress(rect) };
    });
  }
}

/** A rectangle Excel can address, or its InvalidArgument error. */
function within(r: Rect, location: string): Rect {
  const ok = Number.isInteger(r.top + r.left + r.bottom + r.right) && r.top >= 1 && r.left >= 1 && r.bottom >= r.top && r.right >= r.left;
  return ok && parseAddress(formatAddress(r))
    ? r
    : err("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", location);
}

function quoteName(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

class RangeAreasProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly areas: () => Rect[],
  ) {
    super(ctx, "RangeAreas");
  }
  get address(): string {
    return this.read("address");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  load(props?: string | string[]): this {
    return this.loadWith(props, () => {
      const a = this.areas();
      return a.length === 0 ? { isNullObject: true } : { isNullObject: false, address: a.map(formatAddress).join(",") };
    });
  }
}

class ConditionalFormatProxy {
  private record = { rect: { top: 0, left: 0, bottom: 0, right: 0 } as Rect, formula: "", fill: "", fontColor: "" };
  readonly custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  constructor(ctx: FakeContext) {
    const rec = () => this.record;
    this.custom = {
      rule: {
        set formula(f: string) {
          ctx.enqueue("ConditionalRangeFormatRule.formula", f, () => void (rec().formula = f));
        },
        get formula(): string {
          return rec().formula;
        },
      },
      format: {
        fill: {
          set color(c: string) {
            ctx.enqueue("ConditionalRangeFill.color", c, () => void (rec().fill = c));
          },
          get color(): string {
            return rec().fill;
          },
        },
        font: {
          set color(c: string) {
            ctx.enqueue("ConditionalRangeFont.color", c, () => void (rec().fontColor = c));
          },
          get color(): string {
            return rec().fontColor;
          },
        },
      },
    };
  }
  attach(rect: Rect) {
    this.record.rect = rect;
    return this.record;
  }
}

/** Excel.ChartType's values (Excel refuses any other with InvalidArgument). */
const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "3DColumnClustered",
  "3DColumnStacked",
  "3DColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "3DBarClustered",
  "3DBarStacked",
  "3DBarStacked100",
  "LineStacked",
  "LineStacked100",
  "LineMarkers",
  "LineMarkersStacked",
  "LineMarkersStacked100",
  "PieOfPie",
  "PieExploded",
  "3DPieExploded",
  "BarOfPie",
  "XYScatterSmooth",
  "XYScatterSmoothNoMarkers",
  "XYScatterLines",
  "XYScatterLinesNoMarkers",
  "AreaStacked",
  "AreaStacked100",
  "3DAreaStacked",
  "3DAreaStacked100",
  "DoughnutExploded",
  "RadarMarkers",
  "RadarFilled",
  "Surface",
  "SurfaceWireframe",
  "SurfaceTopView",
  "SurfaceTopViewWireframe",
  "Bubble",
  "Bubble3DEffect",
  "StockHLC",
  "StockOHLC",
  "StockVHLC",
  "StockVOHLC",
  "CylinderColClustered",
  "CylinderColStacked",
  "CylinderColStacked100",
  "CylinderBarClustered",
  "CylinderBarStacked",
  "CylinderBarStacked100",
  "CylinderCol",
  "ConeColClustered",
  "ConeColStacked",
  "ConeColStacked100",
  "ConeBarClustered",
  "ConeBarStacked",
  "ConeBarStacked100",
  "ConeCol",
  "PyramidColClustered",
  "PyramidColStacked",
  "PyramidColStacked100",
  "PyramidBarClustered",
  "PyramidBarStacked",
  "PyramidBarStacked100",
  "PyramidCol",
  "3DColumn",
  "Line",
  "3DLine",
  "3DPie",
  "Pie",
  "XYScatter",
  "3DArea",
  "Area",
  "Doughnut",
  "Radar",
  "Histogram",
  "Boxwhisker",
  "Pareto",
  "RegionMap",
  "Treemap",
  "Waterfall",
  "Sunburst",
  "Funnel",
]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);
const AXIS_POSITIONS = new Set(["Automatic", "Maximum", "Minimum", "Custom"]);
const LEGEND_POSITIONS = new Set(["Top", "Bottom", "Left", "Right", "Corner", "Custom"]);
const COLOR = /^#[0-9a-f]{6}$|^[a-z]+$/i;

const invalid = (location: string): never =>
  err("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", location);

/** A chart's values or categories: one row or one column, as Excel requires of series data. */
function lineOf(range: RangeProxy, location: string): { sheet: FakeSheet; rect: Rect } {
  const r = range.resolve();
  if (r.rect.top !== r.rect.bottom && r.rect.left !== r.rect.right) invalid(location);
  return r;
}

const newAxis = (): FakeChartAxis => ({ minimum: null, maximum: null, title: "", reversePlotOrder: false, position: "Automatic" });

class ChartCollectionProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: WorksheetProxy,
  ) {}
  /** charts.add: the chart is made at sync, a series per column (or row) of the source; a bad type, source or seriesBy fails. */
  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): ChartProxy {
    let made: FakeChart | undefined;
    this.ctx.enqueue("ChartCollection.add", { type, seriesBy }, () => {
      if (!CHART_TYPES.has(type) || !SERIES_BY.has(seriesBy)) invalid("ChartCollection.add");
      if (!(sourceData instanceof RangeProxy)) invalid("ChartCollection.add");
      const sheet = this.sheet.resolve();
      const { sheet: from, rect } = sourceData.resolve();
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rows >= cols);
      const series: FakeChartSeries[] = Array.from({ length: byColumns ? cols : rows }, (_, i) => ({
        name: `Series${i + 1}`,
        values: {
          sheet: from,
          rect: byColumns ? { ...rect, left: rect.left + i, right: rect.left + i } : { ...rect, top: rect.top + i, bottom: rect.top + i },
        },
        xValues: null,
        color: null,
      }));
      made = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        title: "",
        series,
        valueAxis: newAxis(),
        categoryAxis: newAxis(),
        legendPosition: "Right",
        top: 0,
        left: 0,
        width: 360,
        height: 216,
      };
      sheet.charts.push(made);
    });
    return new ChartProxy(
      this.ctx,
      bind(() => made ?? err("ItemNotFound", "The requested resource doesn't exist.", "Chart")),
    );
  }
}

class ChartAxisProxy {
  readonly title: { text: string };
  constructor(
    private readonly ctx: FakeContext,
    private readonly axis: () => FakeChartAxis,
    name: string,
  ) {
    const set = (prop: string, apply: (a: FakeChartAxis) => void, payload: unknown) =>
      ctx.enqueue(`ChartAxis.${prop}`, payload, () => apply(this.axis()));
    this.title = {
      set text(t: string) {
        set("title.text", (a) => void (a.title = t), t);
      },
      get text(): string {
        return err("PropertyNotLoaded", "The property 'text' is not available.", `${name}.title.text`);
      },
    };
  }
  private set(prop: string, payload: unknown, apply: (a: FakeChartAxis) => void): void {
    this.ctx.enqueue(`ChartAxis.${prop}`, payload, () => apply(this.axis()));
  }
  set minimum(v: number) {
    this.set("minimum", v, (a) => {
      if (!Number.isFinite(v) || (a.maximum !== null && v >= a.maximum)) invalid("ChartAxis.minimum");
      a.minimum = v;
    });
  }
  set maximum(v: number) {
    this.set("maximum", v, (a) => {
      if (!Number.isFinite(v) || (a.minimum !== null && v <= a.minimum)) invalid("ChartAxis.maximum");
      a.maximum = v;
    });
  }
  set reversePlotOrder(v: boolean) {
    this.set("reversePlotOrder", v, (a) => void (a.reversePlotOrder = v));
  }
  set position(p: string) {
    this.set("position", p, (a) => {
      if (!AXIS_POSITIONS.has(p)) invalid("ChartAxis.position");
      a.position = p;
    });
  }
}

class ChartSeriesProxy {
  readonly format: { fill: { setSolidColor: (color: string) => void } };
  constructor(
    private readonly ctx: FakeContext,
    private readonly series: () => FakeChartSeries,
  ) {
    this.format = {
      fill: {
        setSolidColor: (color: string) =>
          ctx.enqueue("ChartFill.setSolidColor", color, () => {
            if (!COLOR.test(color)) invalid("ChartFill.setSolidColor");
            this.series().color = color;
          }),
      },
    };
  }
  set name(n: string) {
    this.ctx.enqueue("ChartSeries.name", n, () => void (this.series().name = n));
  }
  setValues(range: RangeProxy): void {
    this.ctx.enqueue("ChartSeries.setValues", null, () => void (this.series().values = lineOf(range, "ChartSeries.setValues")));
  }
  setXAxisValues(range: RangeProxy): void {
    this.ctx.enqueue("ChartSeries.setXAxisValues", null, () => void (this.series().xValues = lineOf(range, "ChartSeries.setXAxisValues")));
  }
}

class ChartProxy extends Loadable {
  readonly title: { text: string };
  readonly series: { getItemAt: (i: number) => ChartSeriesProxy; add: (name?: string) => ChartSeriesProxy };
  readonly axes: { valueAxis: ChartAxisProxy; categoryAxis: ChartAxisProxy };
  readonly legend: { position: string };
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => FakeChart,
  ) {
    super(ctx, "Chart");
    const chart = resolve;
    this.title = {
      set text(t: string) {
        ctx.enqueue("ChartTitle.text", t, () => void (chart().title = t));
      },
      get text(): string {
        return err("PropertyNotLoaded", "The property 'text' is not available.", "Chart.title.text");
      },
    };
    this.series = {
      getItemAt: (i: number) =>
        new ChartSeriesProxy(
          ctx,
          bind(() => chart().series[i] ?? err("ItemNotFound", "The requested resource doesn't exist.", "ChartSeriesCollection.getItemAt")),
        ),
      add: (name?: string) => {
        let made: FakeChartSeries | undefined;
        ctx.enqueue("ChartSeriesCollection.add", name ?? null, () => {
          made = { name: name ?? `Series${chart().series.length + 1}`, values: null, xValues: null, color: null };
          chart().series.push(made);
        });
        return new ChartSeriesProxy(
          ctx,
          bind(() => made ?? err("ItemNotFound", "The requested resource doesn't exist.", "ChartSeries")),
        );
      },
    };
    this.axes = {
      valueAxis: new ChartAxisProxy(ctx, () => chart().valueAxis, "Chart.axes.valueAxis"),
      categoryAxis: new ChartAxisProxy(ctx, () => chart().categoryAxis, "Chart.axes.categoryAxis"),
    };
    this.legend = {
      set position(p: string) {
        ctx.enqueue("ChartLegend.position", p, () => {
          if (!LEGEND_POSITIONS.has(p)) invalid("ChartLegend.position");
          chart().legendPosition = p;
        });
      },
      get position(): string {
        return err("PropertyNotLoaded", "The property 'position' is not available.", "Chart.legend.position");
      },
    };
  }
  private place(prop: "top" | "left" | "width" | "height", v: number): void {
    this.ctx.enqueue(`Chart.${prop}`, v, () => {
      if (!Number.isFinite(v) || v < 0 || ((prop === "width" || prop === "height") && v === 0)) invalid(`Chart.${prop}`);
      this.resolve()[prop] = v;
    });
  }
  set name(n: string) {
    this.ctx.enqueue("Chart.name", n, () => void (this.resolve().name = n));
  }
  get name(): string {
    return this.read("name");
  }
  set top(v: number) {
    this.place("top", v);
  }
  set left(v: number) {
    this.place("left", v);
  }
  set width(v: number) {
    this.place("width", v);
  }
  set height(v: number) {
    this.place("height", v);
  }
  load(props?: string | string[]): this {
    return this.loadWith(props, () => {
      const c = this.resolve();
      return { name: c.name, top: c.top, left: c.left, width: c.width, height: c.height };
    });
  }
}

/** A collection's items once a sync has brought them; before, what Excel says of a property read unloaded. */
function loadedItems<T>(items: T[] | null, what: string): T[] {
  return (
    items ??
    err(
      "PropertyNotLoaded",
      `The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      `${what}.items`,
    )
  );
}

/**
 * A sheet's threaded comments or notes. Loading "items/content" gives each item's content; where
 * an item sits comes only through its getLocation() range, loaded by a later sync.
 */
class NoteCollectionProxy {
  private loadedItems: NoteProxy[] | null = null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: WorksheetProxy,
    private readonly kind: "comments" | "notes",
  ) {}
  private get what(): string {
    return this.kind === "comments" ? "CommentCollection" : "NoteCollection";
  }
  get items(): NoteProxy[] {
    return loadedItems(this.loadedItems, this.what);
  }
  load(props?: string): this {
    const withContent = props === undefined || /(^|[,/])content\b/.test(props);
    this.ctx.enqueue(`${this.what}.load`, props ?? null, () => {
      const list = this.sheet.resolve()[this.kind];
      this.loadedItems = list.map(
        (n) => new NoteProxy(this.ctx, this.sheet, n, withContent, this.kind === "comments" ? "Comment" : "Note"),
      );
      this.ctx.respond(withContent ? list.map((n) => ({ content: n.content })) : list.map(() => ({})));
    });
    return this;
  }
  /** `cellAddress`: one cell, with its sheet's name ("Theo dõi!B4"), as Excel requires of a string. */
  add(cellAddress: string, content: string): void {
    this.ctx.enqueue(`${this.what}.add`, { cellAddress, content }, () => {
      const bang = cellAddress.lastIndexOf("!");
      const rect = bang > 0 ? parseAddress(cellAddress.slice(bang + 1)) : null;
      if (!rect || rect.top !== rect.bottom || rect.left !== rect.right)
        err("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", `${this.what}.add`);
      const sheet = sheetOf(this.ctx.state, cellAddress.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"), `${this.what}.add`);
      if (sheet.comments.concat(sheet.notes).some((n) => n.row === rect.top && n.col === rect.left))
        err("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", `${this.what}.add`);
      sheet[this.kind].push({ row: rect.top, col: rect.left, content });
    });
  }
}

class NoteProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: WorksheetProxy,
    private readonly note: { row: number; col: number; content: string },
    withContent: boolean,
    what: string,
  ) {
    super(ctx, what);
    if (withContent) this.fill({ content: note.content });
  }
  get content(): string {
    return this.read("content");
  }
  getLocation(): RangeProxy {
    const { row, col } = this.note;
    return new RangeProxy(this.ctx, () => ({ sheet: this.sheet.resolve(), rect: { top: row, left: col, bottom: row, right: col } }));
  }
}

/** A sheet's shapes. Loading "items/type" gives each shape's type; its text comes through textFrame.textRange. */
class ShapeCollectionProxy {
  private loadedItems: ShapeProxy[] | null = null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: WorksheetProxy,
  ) {}
  get items(): ShapeProxy[] {
    return loadedItems(this.loadedItems, "ShapeCollection");
  }
  load(props?: string): this {
    const withType = props === undefined || /(^|[,/])type\b/.test(props);
    this.ctx.enqueue("ShapeCollection.load", props ?? null, () => {
      const list = this.sheet.resolve().shapes;
      this.loadedItems = list.map((shape) => new ShapeProxy(this.ctx, shape, withType));
      this.ctx.respond(withType ? list.map((x) => ({ type: x.type })) : list.map(() => ({})));
    });
    return this;
  }
}

class ShapeProxy extends Loadable {
  readonly textFrame: { textRange: TextRangeProxy };
  constructor(ctx: FakeContext, shape: FakeShape, withType: boolean) {
    super(ctx, "Shape");
    if (withType) this.fill({ type: shape.type });
    this.textFrame = { textRange: new TextRangeProxy(ctx, shape) };
  }
  get type(): string {
    return this.read("type");
  }
}

class TextRangeProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly shape: FakeShape,
  ) {
    super(ctx, "TextRange");
  }
  get text(): string {
    return this.read("text");
  }
  load(props?: string | string[]): this {
    return this.loadWith(props, () => {
      // A picture, a line or a group has no text frame of its own: Excel refuses the request.
      if (this.shape.type !== "GeometricShape")
        err("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "Shape.textFrame");
      return { text: this.shape.text };
    });
  }
}

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/;

class TableCollectionProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: WorksheetProxy | null,
  ) {}
  add(address: string, hasHeaders: boolean): TableProxy {
    const state = this.ctx.state;
    let created = "";
    this.ctx.enqueue("TableCollection.add", { address, hasHeaders }, () => {
      if (!this.sheet)
        return err("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "TableCollection.add");
      const sheet = this.sheet.resolve();
      const rect =
        parseAddress(address) ??
        err("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "TableCollection.add");
      if (sheet.merges.some((m) => overlaps(m, rect)))
        err("InvalidArgument", "A table can't overlap a range that contains merged cells.", "TableCollection.add");
      if (state.tables.some((t) => t.sheet === sheet.name && overlaps(t.rect, rect)))
        err("InvalidArgument", "A table can't overlap another table.", "TableCollection.add");
      let n = state.tables.length + 1;
      while (state.tables.some((t) => t.name === `Table${n}`)) n++;
      created = `Table${n}`;
      state.tables.push({ name: created, rect, style: "TableStyleMedium2", sheet: sheet.name });
    });
    return new TableProxy(
      this.ctx,
      bind(() => state.tables.find((t) => t.name === created) ?? err("ItemNotFound", "The requested resource doesn't exist.", "Table")),
    );
  }
  getItemOrNullObject(name: string): TableProxy {
    const state = this.ctx.state;
    return new TableProxy(
      this.ctx,
      () =>
        state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase() && (!this.sheet || t.sheet === this.sheet.resolve().name)) ??
        null,
    );
  }
}

class TableProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly resolveRaw: () => FakeWorkbookState["tables"][number] | null,
  ) {
    super(ctx, "Table");
  }
  private resolve() {
    return this.resolveRaw() ?? err("ItemNotFound", "The requested resource doesn't exist.", "Table");
  }
  set name(name: string) {
    this.ctx.enqueue("Table.name", name, () => {
      const t = this.resolve();
      if (!TABLE_NAME.test(name)) err("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "Table.name");
      if (this.ctx.state.tables.some((x) => x !== t && x.name.toLowerCase() === name.toLowerCase()))
        err("ItemAlreadyExists", "A resource with the same name or identifier already exists.", "Table.name");
      t.name = name;
    });
  }
  get name(): string {
    return this.read("name");
  }
  set style(style: string) {
    this.ctx.enqueue("Table.style", style, () => void (this.resolve().style = style));
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  load(props?: string | string[]): this {
    return this.loadWith(props, () => {
      const t = this.resolveRaw();
      return t ? { isNullObject: false, name: t.name } : { isNullObject: true };
    });
  }
  private part(which: "header" | "body"): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolve();
      const sheet = sheetOf(this.ctx.state, t.sheet, "Table");
      return which === "header" ? { sheet, rect: { ...t.rect, bottom: t.rect.top } } : { sheet, rect: { ...t.rect, top: t.rect.top + 1 } };
    });
  }
  getHeaderRowRange(): RangeProxy {
    return this.part("header");
  }
  getDataBodyRange(): RangeProxy {
    return this.part("body");
  }
}

class SettingCollectionProxy {
  constructor(private readonly ctx: FakeContext) {}
  add(k: string, value: unknown): void {
    this.ctx.enqueue("SettingCollection.add", { k, value }, () => void this.ctx.state.settings.set(k, JSON.stringify(value)));
  }
  getItemOrNullObject(k: string): SettingProxy {
    return new SettingProxy(this.ctx, k);
  }
}

class SettingProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly k: string,
  ) {
    super(ctx, "Setting");
  }
  get value(): unknown {
    return this.read("value");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  load(props?: string | string[]): this {
    return this.loadWith(props, () => {
      const v = this.ctx.state.settings.get(this.k);
      return v === undefined ? { isNullObject: true } : { isNullObject: false, value: JSON.parse(v) as unknown };
    });
  }
}

/** The fake host: a workbook state, `run` as Excel.run, and the counters tests read. */
export class FakeExcel {
  readonly stats: FakeStats = { syncs: 0, calls: 0, requestBytes: [], responseBytes: [] };
  readonly created: string[] = [];
  constructor(readonly state: FakeWorkbookState = newWorkbook()) {}

  /** Excel.run: the batch gets a fresh context; what it leaves queued is synced at the end. */
  run = async <T>(batch: (ctx: FakeContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this.state, this.stats);
    const result = await batch(ctx);
    if (ctx.pending > 0) await ctx.sync();
    return result;
  };

  /** Excel.createWorkbook(base64). */
  createWorkbook = async (base64: string): Promise<void> => {
    this.created.push(base64);
  };

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.calls = 0;
    this.stats.requestBytes = [];
    this.stats.responseBytes = [];
  }

  sheet(name: string): FakeSheet | undefined {
    return this.state.sheets.find((s) => s.name === name);
  }

  /** A sheet's cells as rows of values (what a person sees), for assertions. */
  values(name: string): Array<Array<string | number | boolean | null>> {
    const s = this.sheet(name);
    if (!s) return [];
    let rows = 0;
    let cols = 0;
    for (const k of s.cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    }
    return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => s.cells.get(key(i + 1, j + 1))?.value ?? null));
  }
}
