import { IsoDate, parseIsoDate, ymd } from "../core/dates/isoDate";
import { Field } from "../core/import/columns";
import { FileRead } from "../core/import/consolidate";
import { TableLayout } from "../core/import/header";
import { BUILTIN_PLAN } from "../core/plan/builtin";
import { Plan, Target } from "../core/plan/model";
import { PlanNote } from "../core/plan/parser";
import { PlanDocument } from "../core/plan/planDocument";
import { ReportSettings } from "../core/report/model";
import { EarlyWarnings } from "../core/summary/warnings";
import { defaultAssessmentYear } from "../core/summary/window";
import { NARRATIVE_SECTIONS, NarrativeSection } from "../core/vocab";
import { Corrections, correctColumn } from "./corrections";
import { Lang, Words } from "./i18n";
import { parseNumberInput } from "./numberInput";

/**
 * The pane's state, its named actions and the one pure reducer that applies them. Side effects
 * (Excel, files, workbook settings) live in usePane.ts and report back through these actions.
 */

/** Kept in the workbook's settings: corrected column mappings (by header signature), the pane's choices. */
export const SETTINGS = { corrections: "cchc.layouts", pane: "cchc.pane" } as const;

/** The active sheet, read as if it were a picked file; its name is what Nguồn says. */
export const ACTIVE = "Sheet đang mở";

export type StepId = "plan" | "import" | "check" | "report";
export const STEPS: readonly StepId[] = ["plan", "import", "check", "report"];

/** The pane's jobs, each with its button and its outcome shown beside it. */
export type JobId =
  | "readPlan"
  | "readText"
  | "planDate"
  | "writePlan"
  | "structure"
  | "writeMaster"
  | "select"
  | "summary"
  | "readNarrative"
  | "writeNarrative"
  | "export"
  | "exportWord"
  | "settings";

/** A message in whichever language the pane shows when it is rendered. */
export type Say = (t: Words) => string;

export interface Outcome {
  intent: "success" | "warning" | "error";
  say: Say;
  /** The job wrote Kế hoạch: the workbook now holds the plan in use. */
  wrotePlan?: boolean;
}

export interface FileEntry {
  /** Unique per pick: the same name picked again is a new entry that replaces the old one. */
  id: string;
  name: string;
  /** Which pick it came with, for "Đang đọc 2/5 tệp". */
  batch: number;
  status: "waiting" | "reading" | "done";
  read: FileRead | null;
}

/** Step 4's choices, kept in the workbook. A text null: the plan's own default, shown in its field. */
export interface ReportChoices {
  parentBody: string;
  /** Kính gửi, a body a line; null: the higher body the plan was sent to. */
  to: string | null;
  /** Nơi nhận besides Như trên and Lưu, a line each; null: the plan's default. */
  recipients: string | null;
  /** The drafting unit of "Lưu: VT, VP-TK."; null: VP-TK. */
  draftingUnit: string | null;
  /** Copies kept, as typed ("" none). */
  copies: string;
  /** The report's number before /BC-UBND, as typed ("" left blank for the clerk). */
  number: string;
  /** The report's date, YYYY-MM-DD ("" the period's last day). */
  reportDate: string;
  calendar: boolean;
  /** The province asks for a report every quarter: quý II and quý IV are offered too. */
  everyQuarter: boolean;
  /** The year Tổng hợp evaluates; null: by the as-of date (defaultAssessmentYear). */
  assessmentYear: number | null;
  /** Only the plan's section, to paste into the commune's CCHC report. */
  section: boolean;
}

/** Where the plan in use came from: a file's name (null: built in, or pasted text) and whether its notes' line numbers mean something to the user. */
export interface PlanSource {
  name: string | null;
  lineNumbers: boolean;
}

/** A plan read whose text has no date and no year: the pane asks for its date and parses it again. */
export interface PendingPlan {
  source: PlanSource;
  doc: PlanDocument;
  notes: PlanNote[];
}

/** What the official typed for a period's report sections; edited: not yet written into Nội dung báo cáo. */
export interface NarrativeDraft {
  texts: Record<NarrativeSection, string>;
  edited: boolean;
}

export interface PaneState {
  language: Lang;
  step: StepId;
  plan: Plan;
  planNotes: PlanNote[];
  planSource: PlanSource;
  /** A plan read that waits for its date of issue, typed into `planDate`. */
  pendingPlan: PendingPlan | null;
  planDate: string;
  /** Text pasted into step 1, kept while the user moves between steps. */
  planText: string;
  /** What was typed for each baseline, by item code (the plan holds the value understood). */
  baselines: Record<string, string>;
  /** The plan or a baseline changed since Kế hoạch was last written. */
  planChanged: boolean;
  /** Asked before the built-in plan replaces typed baselines. */
  askBuiltin: boolean;
  asOf: IsoDate;
  files: FileEntry[];
  batches: number;
  corrections: Corrections;
  /** "2021-H1", or null for the default period. */
  period: string | null;
  report: ReportChoices;
  /** The report's own words by period key, as read from Nội dung báo cáo or typed. */
  narrative: Record<string, NarrativeDraft>;
  /** Sections II, III (tồn tại) and IV are shown too, not only I, III (nguyên nhân) and V. */
  allSections: boolean;
  /** The early warnings and "too little data" notes of the Tổng hợp last built, as written into it; null until one is built. */
  summaryWarnings: EarlyWarnings | null;
  busy: JobId[];
  outcomes: Partial<Record<JobId, Outcome>>;
  /** The workbook's settings have been read: saving them before would overwrite them. */
  settingsLoaded: boolean;
}

export interface StoredPane {
  language?: Lang;
  report?: Partial<ReportChoices>;
}

export type PaneAction =
  | { type: "stepChosen"; step: StepId }
  | { type: "languageChosen"; language: Lang }
  | { type: "settingsLoaded"; corrections: unknown; pane: unknown }
  | { type: "builtinRequested" }
  | { type: "builtinKept" }
  | { type: "planChosen"; plan: Plan; notes: PlanNote[]; source: PlanSource }
  | { type: "planPending"; pending: PendingPlan | null }
  | { type: "planDateEdited"; text: string }
  | { type: "planTextEdited"; text: string }
  | { type: "baselineSet"; code: string; text: string }
  | { type: "asOfChanged"; asOf: IsoDate }
  | { type: "filesQueued"; files: Array<{ id: string; name: string }> }
  | { type: "fileReading"; id: string }
  | { type: "fileRead"; id: string; read: FileRead }
  | { type: "fileRemoved"; id: string }
  | { type: "columnCorrected"; signature: string; layout: TableLayout; field: Field; column: number | null }
  | { type: "sheetRestored"; signature: string; sheetKey: string }
  | { type: "periodChosen"; period: string }
  | { type: "reportSettingsChanged"; changes: Partial<ReportChoices> }
  | { type: "narrativeLoaded"; period: string; texts: Record<NarrativeSection, string> }
  | { type: "narrativeEdited"; period: string; section: NarrativeSection; text: string }
  | { type: "narrativeSaved"; period: string; texts: Record<NarrativeSection, string> }
  | { type: "allSectionsToggled" }
  | { type: "summaryWarningsShown"; warnings: EarlyWarnings }
  | { type: "jobStarted"; job: JobId }
  | { type: "jobFinished"; job: JobId; outcome: Outcome | null };

// Named actions: what the steps dispatch.
export const stepChosen = (step: StepId): PaneAction => ({ type: "stepChosen", step });
export const languageChosen = (language: Lang): PaneAction => ({ type: "languageChosen", language });
export const settingsLoaded = (corrections: unknown, pane: unknown): PaneAction => ({ type: "settingsLoaded", corrections, pane });
export const builtinRequested = (): PaneAction => ({ type: "builtinRequested" });
export const builtinKept = (): PaneAction => ({ type: "builtinKept" });
export const planChosen = (plan: Plan, notes: PlanNote[], source: PlanSource = { name: null, lineNumbers: false }): PaneAction => ({
  type: "planChosen",
  plan,
  notes,
  source,
});
export const planPending = (pending: PendingPlan | null): PaneAction => ({ type: "planPending", pending });
export const planDateEdited = (text: string): PaneAction => ({ type: "planDateEdited", text });
export const planTextEdited = (text: string): PaneAction => ({ type: "planTextEdited", text });
export const baselineSet = (code: string, text: string): PaneAction => ({ type: "baselineSet", code, text });
export const asOfChanged = (asOf: IsoDate): PaneAction => ({ type: "asOfChanged", asOf });
export const filesQueued = (files: Array<{ id: string; name: string }>): PaneAction => ({ type: "filesQueued", files });
export const fileReading = (id: string): PaneAction => ({ type: "fileReading", id });
export const fileRead = (id: string, read: FileRead): PaneAction => ({ type: "fileRead", id, read });
export const fileRemoved = (id: string): PaneAction => ({ type: "fileRemoved", id });
export const columnCorrected = (signature: string, layout: TableLayout, field: Field, column: number | null): PaneAction => ({
  type: "columnCorrected",
  signature,
  layout,
  field,
  column,
});
export const sheetRestored = (signature: string, sheetKey: string): PaneAction => ({ type: "sheetRestored", signature, sheetKey });
export const periodChosen = (period: string): PaneAction => ({ type: "periodChosen", period });
export const reportSettingsChanged = (changes: Partial<ReportChoices>): PaneAction => ({ type: "reportSettingsChanged", changes });
export const narrativeLoaded = (period: string, texts: Record<NarrativeSection, string>): PaneAction => ({
  type: "narrativeLoaded",
  period,
  texts,
});
export const narrativeEdited = (period: string, section: NarrativeSection, text: string): PaneAction => ({
  type: "narrativeEdited",
  period,
  section,
  text,
});
export const narrativeSaved = (period: string, texts: Record<NarrativeSection, string>): PaneAction => ({
  type: "narrativeSaved",
  period,
  texts,
});
export const allSectionsToggled = (): PaneAction => ({ type: "allSectionsToggled" });
/** Tổng hợp was built: its early warnings are listed under the button. */
export const summaryWarningsShown = (warnings: EarlyWarnings): PaneAction => ({ type: "summaryWarningsShown", warnings });
export const jobStarted = (job: JobId): PaneAction => ({ type: "jobStarted", job });
export const jobFinished = (job: JobId, outcome: Outcome | null): PaneAction => ({ type: "jobFinished", job, outcome });

/** A target compared with an earlier year's value, which the official types: a fixed year's, or the year before the assessment year's. */
export function takesBaseline(t: Target): t is Extract<Target, { kind: "baseline" | "previousYear" }> {
  return t.kind === "baseline" || t.kind === "previousYear";
}

function baselineTexts(plan: Plan, format: (n: number) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of plan.items) if (takesBaseline(i.target) && i.target.baseline !== null) out[i.code] = format(i.target.baseline);
  return out;
}

/** A baseline as typed in the pane: decimal comma, as the pane shows it back. */
export function baselineText(n: number): string {
  return String(n).replace(".", ",");
}

export const DEFAULT_REPORT: ReportChoices = {
  parentBody: "",
  to: null,
  recipients: null,
  draftingUnit: null,
  copies: "",
  number: "",
  reportDate: "",
  calendar: false,
  everyQuarter: false,
  assessmentYear: null,
  section: false,
};

export function initialState(language: Lang, today: IsoDate): PaneState {
  return {
    language,
    step: "plan",
    plan: BUILTIN_PLAN,
    planNotes: [],
    planSource: { name: null, lineNumbers: false },
    pendingPlan: null,
    planDate: "",
    planText: "",
    baselines: baselineTexts(BUILTIN_PLAN, baselineText),
    planChanged: false,
    askBuiltin: false,
    asOf: today,
    files: [],
    batches: 0,
    corrections: {},
    period: null,
    report: DEFAULT_REPORT,
    narrative: {},
    allSections: false,
    summaryWarnings: null,
    busy: [],
    outcomes: {},
    settingsLoaded: false,
  };
}

/** Baselines that are typed but not numbers, by item code: the plan cannot be written with them. */
export function invalidBaselines(state: Pick<PaneState, "baselines" | "plan">): string[] {
  return state.plan.items.filter((i) => takesBaseline(i.target) && !parseNumberInput(state.baselines[i.code] ?? "").ok).map((i) => i.code);
}

function typedBaselines(state: PaneState): boolean {
  return Object.values(state.baselines).some((t) => t.trim() !== "");
}

function isLayout(v: unknown): v is TableLayout {
  if (typeof v !== "object" || v === null) return false;
  const l = v as Partial<TableLayout>;
  return (l.kind === "tasks" || l.kind === "readings") && typeof l.headerTop === "number" && typeof l.columns === "object";
}

/** What the workbook's settings hold, taken only where it has the expected shape (a co-author may have older settings). */
function storedCorrections(raw: unknown): Corrections {
  if (typeof raw !== "object" || raw === null) return {};
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => isLayout(v))) as Corrections;
}

const TEXTS = ["parentBody", "copies", "number", "reportDate"] as const;
const DEFAULTED = ["to", "recipients", "draftingUnit"] as const;
const FLAGS = ["calendar", "everyQuarter", "section"] as const;

function storedPane(raw: unknown): StoredPane {
  if (typeof raw !== "object" || raw === null) return {};
  const p = raw as { language?: unknown; report?: Record<string, unknown> };
  const given = typeof p.report === "object" && p.report !== null ? p.report : {};
  const report: Partial<ReportChoices> = {};
  for (const k of TEXTS) if (typeof given[k] === "string") report[k] = given[k];
  for (const k of DEFAULTED) if (typeof given[k] === "string" || given[k] === null) report[k] = given[k];
  for (const k of FLAGS) if (typeof given[k] === "boolean") report[k] = given[k];
  const year = given.assessmentYear;
  if (year === null || (typeof year === "number" && Number.isInteger(year) && year >= 1900 && year <= 2200)) report.assessmentYear = year;
  return { ...(p.language === "vi" || p.language === "en" ? { language: p.language } : {}), report };
}

/** The part of the state kept in the workbook's settings. */
export function paneSettings(state: PaneState): StoredPane {
  return { language: state.language, report: state.report };
}

function withBaseline(plan: Plan, code: string, value: number | null): Plan {
  return {
    ...plan,
    items: plan.items.map((i) => (i.code === code && takesBaseline(i.target) ? { ...i, target: { ...i.target, baseline: value } } : i)),
  };
}

/** The years Tổng hợp can evaluate: the plan's, up to the as-of date's year for a plan that runs on. */
export function assessmentYears(plan: Plan, asOf: IsoDate): number[] {
  const first = plan.identity.firstYear;
  const last = Math.max(first, plan.identity.lastYear ?? ymd(asOf).y);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The assessment year in use: the one chosen while the plan has it, else the default for the as-of date. */
export function assessmentYear(state: Pick<PaneState, "plan" | "asOf" | "report">): number {
  const chosen = state.report.assessmentYear;
  if (chosen !== null && assessmentYears(state.plan, state.asOf).includes(chosen)) return chosen;
  return defaultAssessmentYear(state.plan, state.asOf);
}

/** A text field's lines, trimmed, the empty ones dropped. */
function lines(text: string): string[] {
  return text
    .split("\n")
    .map((r) => r.trim())
    .filter((r) => r !== "");
}

/** Copies as typed: a number of one or two digits, or nothing. */
export function copiesOf(text: string): { ok: true; value: number | null } | { ok: false } {
  const t = text.trim();
  if (t === "") return { ok: true, value: null };
  return /^\d{1,2}$/.test(t) && Number(t) > 0 ? { ok: true, value: Number(t) } : { ok: false };
}

/** Step 4's choices as the report takes them; a text left to its default is not given, so the plan's applies. */
export function reportSettings(choices: ReportChoices): Partial<ReportSettings> {
  const copies = copiesOf(choices.copies);
  return {
    parentBody: choices.parentBody.trim(),
    ...(choices.to === null ? {} : { to: lines(choices.to) }),
    ...(choices.recipients === null ? {} : { recipients: lines(choices.recipients) }),
    ...(choices.draftingUnit === null ? {} : { draftingUnit: choices.draftingUnit.trim() }),
    archiveCopies: copies.ok ? copies.value : null,
    number: choices.number.trim(),
    reportDate: parseIsoDate(choices.reportDate),
  };
}

function emptyTexts(): Record<NarrativeSection, string> {
  return Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s, ""])) as Record<NarrativeSection, string>;
}

const sameTexts = (a: Record<NarrativeSection, string>, b: Record<NarrativeSection, string>) =>
  NARRATIVE_SECTIONS.every((s) => a[s] === b[s]);

/** Outcomes about the plan's or the data's consequences are stale once the plan changes. */
const PLAN_BOUND: readonly JobId[] = ["writePlan", "writeMaster", "summary", "export"];

function dropOutcomes(outcomes: PaneState["outcomes"], jobs: readonly JobId[]): PaneState["outcomes"] {
  return Object.fromEntries(Object.entries(outcomes).filter(([k]) => !jobs.includes(k as JobId)));
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "stepChosen":
      return { ...state, step: action.step };
    case "languageChosen":
      return { ...state, language: action.language };
    case "settingsLoaded": {
      const pane = storedPane(action.pane);
      return {
        ...state,
        settingsLoaded: true,
        // Corrections made before the settings arrived win over stored ones for the same header.
        corrections: { ...storedCorrections(action.corrections), ...state.corrections },
        language: pane.language ?? state.language,
        report: { ...state.report, ...pane.report },
      };
    }
    case "builtinRequested":
      if (state.plan === BUILTIN_PLAN) return { ...state, askBuiltin: false };
      // Typed baselines are not dropped without asking.
      if (typedBaselines(state) && !state.askBuiltin) return { ...state, askBuiltin: true };
      return paneReducer({ ...state, askBuiltin: false }, planChosen(BUILTIN_PLAN, []));
    case "builtinKept":
      return { ...state, askBuiltin: false };
    case "planChosen":
      return {
        ...state,
        plan: action.plan,
        planNotes: action.notes,
        planSource: action.source,
        pendingPlan: null,
        baselines: baselineTexts(action.plan, baselineText),
        planChanged: true,
        askBuiltin: false,
        outcomes: dropOutcomes(state.outcomes, PLAN_BOUND),
        // Warnings of a summary built on the old plan are stale, like its outcome.
        summaryWarnings: null,
      };
    case "planPending":
      // A new read begins, or another plan waits for its date: what the last date's read said is stale.
      return { ...state, pendingPlan: action.pending, outcomes: dropOutcomes(state.outcomes, ["planDate"]) };
    case "planDateEdited":
      return { ...state, planDate: action.text };
    case "planTextEdited":
      return { ...state, planText: action.text };
    case "baselineSet": {
      const item = state.plan.items.find((i) => i.code === action.code);
      if (!item || !takesBaseline(item.target)) return state;
      const parsed = parseNumberInput(action.text);
      const baselines = { ...state.baselines, [action.code]: action.text };
      // A text that is not a number keeps the value understood before; the field says what is wrong.
      if (!parsed.ok) return { ...state, baselines };
      if (parsed.value === item.target.baseline) return { ...state, baselines };
      return { ...state, baselines, plan: withBaseline(state.plan, action.code, parsed.value), planChanged: true };
    }
    case "asOfChanged":
      return { ...state, asOf: action.asOf };
    case "filesQueued": {
      const batch = state.batches + 1;
      const names = new Set(action.files.map((f) => f.name));
      const kept = state.files.filter((f) => !names.has(f.name));
      const added = action.files.map((f): FileEntry => ({ ...f, batch, status: "waiting", read: null }));
      return { ...state, batches: batch, files: [...kept, ...added], outcomes: dropOutcomes(state.outcomes, ["writeMaster"]) };
    }
    case "fileReading":
      return { ...state, files: state.files.map((f) => (f.id === action.id ? { ...f, status: "reading" } : f)) };
    case "fileRead":
      // A file removed (or picked again) while it was read: its result is no longer wanted.
      return { ...state, files: state.files.map((f) => (f.id === action.id ? { ...f, status: "done", read: action.read } : f)) };
    case "fileRemoved":
      return { ...state, files: state.files.filter((f) => f.id !== action.id), outcomes: dropOutcomes(state.outcomes, ["writeMaster"]) };
    case "columnCorrected": {
      const c = correctColumn(action.layout, action.field, action.column);
      if (!c.ok) return state;
      return { ...state, corrections: { ...state.corrections, [action.signature]: c.layout } };
    }
    case "sheetRestored": {
      const corrections = { ...state.corrections };
      delete corrections[action.signature];
      delete corrections[action.sheetKey];
      return { ...state, corrections };
    }
    case "periodChosen":
      return { ...state, period: action.period };
    case "reportSettingsChanged":
      return { ...state, report: { ...state.report, ...action.changes } };
    case "narrativeLoaded":
      // What the official typed and has not written yet is not replaced by the sheet's.
      if (state.narrative[action.period]?.edited) return state;
      return {
        ...state,
        narrative: { ...state.narrative, [action.period]: { texts: { ...emptyTexts(), ...action.texts }, edited: false } },
      };
    case "narrativeEdited": {
      const texts = { ...(state.narrative[action.period]?.texts ?? emptyTexts()), [action.section]: action.text };
      return {
        ...state,
        narrative: { ...state.narrative, [action.period]: { texts, edited: true } },
        outcomes: dropOutcomes(state.outcomes, ["writeNarrative", "readNarrative"]),
      };
    }
    case "narrativeSaved": {
      const draft = state.narrative[action.period];
      // Typed on while it was written: still to be written.
      const edited = draft !== undefined && !sameTexts(draft.texts, action.texts);
      return { ...state, narrative: { ...state.narrative, [action.period]: { texts: draft?.texts ?? action.texts, edited } } };
    }
    case "allSectionsToggled":
      return { ...state, allSections: !state.allSections };
    case "summaryWarningsShown":
      return { ...state, summaryWarnings: action.warnings };
    case "jobStarted":
      if (state.busy.includes(action.job)) return state;
      return {
        ...state,
        busy: [...state.busy, action.job],
        outcomes: dropOutcomes(state.outcomes, [action.job]),
        // A summary being rebuilt: the last one's warnings go with its outcome line.
        summaryWarnings: action.job === "summary" ? null : state.summaryWarnings,
      };
    case "jobFinished": {
      const outcomes = { ...state.outcomes };
      if (action.outcome) outcomes[action.job] = action.outcome;
      else delete outcomes[action.job];
      return {
        ...state,
        busy: state.busy.filter((j) => j !== action.job),
        outcomes,
        planChanged: action.outcome?.wrotePlan ? false : state.planChanged,
      };
    }
  }
}
