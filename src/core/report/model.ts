import { IsoDate, ymd } from "../dates/isoDate";
import { OfficialEntry } from "../import/readMaster";
import { Reading, Task } from "../import/records";
import { byKey } from "../order/compare";
import { DISTRICTS_ENDED } from "../plan/identity";
import { Plan, PlanItem } from "../plan/model";
import { Compliance, Figure, ItemCompliance, OfficialCompliance, compliance, figureIn, readingsOf } from "../summary/compliance";
import { DossierRecord, DossierStats, dossierStats } from "../summary/dossiers";
import { taskVerdict } from "../summary/verdict";
import { EarlyWarnings, earlyWarnings } from "../summary/warnings";
import { Narrative, NarrativeRow, narrativeFor } from "./narrative";
import { ReportPeriod } from "./period";
import { leadTitles } from "./titles";

/** What the user decides about a report (the task pane and the command line expose them). */
export interface ReportSettings {
  /**
   * The body above the issuing one, printed above it when set ("ỦY BAN NHÂN DÂN TỈNH …"); empty:
   * none. Since 1/7/2025 there are no districts: nothing is suggested by default.
   */
  parentBody: string;
  /** Kính gửi: the body (or bodies) the report goes to. A report to a higher body needs one. */
  to: readonly string[];
  /** Nơi nhận besides "Như trên" (those of Kính gửi) and "Lưu", in order. */
  recipients: readonly string[];
  /** The drafting unit, abbreviated, for "Lưu: VT, VP-TK." (empty: "Lưu: VT."). */
  draftingUnit: string;
  /** Copies kept, for "Lưu: VT, VP-TK (02b)."; null: not written. */
  archiveCopies: number | null;
  /** The report's number before "/BC-UBND"; empty: left blank for the clerk to fill in. */
  number: string;
  /** The date on the place-and-date line; the period's last day when absent. */
  reportDate: IsoDate | null;
}

/** A higher body among a plan's recipients ("Phòng Nội vụ", "Sở Nội vụ", "UBND tỉnh …"). */
const HIGHER =
  /^(?:phong|so|van phong|ubnd (?:huyen|tinh|thanh pho|quan|thi xa)|uy ban nhan dan (?:huyen|tinh|thanh pho|quan|thi xa)|bo)\b/;

function looseStart(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

/** Default Nơi nhận besides Kính gửi and the archive: the committee's leaders. */
export function defaultRecipients(plan: Plan): string[] {
  return [`CT, các PCT UBND ${plan.identity.unitType}`];
}

/** A district's office or committee ("Phòng Nội vụ", "UBND huyện Tân Biên"), by its first words. */
const DISTRICT_BODY = /^(?:phong\b|(?:ubnd|uy ban nhan dan) (?:huyen|quan|thi xa)\b)/;

/** The same office a tier up: "Phòng Nội vụ (huyện …)" -> "Sở Nội vụ", a district's committee -> "UBND tỉnh". */
function provincialCounterpart(body: string): string {
  // ("thị xã" ends on a Vietnamese letter, after which an ASCII `\b` never falls: the letter's own end is asked.)
  const office = /^Phòng\s+(.+?)(?:\s+(?:huyện|quận|thị xã)(?!\p{L}).*)?[;.]?$/iu.exec(body.trim());
  return office ? `Sở ${office[1]}` : "UBND tỉnh";
}

/** Whether Kính gửi names a body that no longer exists on the report's date (a district's, after 1/7/2025). */
export function addresseeGone(body: string, date: IsoDate): boolean {
  return date >= DISTRICTS_ENDED && DISTRICT_BODY.test(looseStart(body.trim()));
}

/**
 * Settings with the plan's defaults: Kính gửi the higher body the plan itself was sent to; for a
 * report dated on or after 1/7/2025, a district's office becomes the province's (there are no
 * districts any more: a plan of 2021 was sent to "Phòng Nội vụ", its 2026 report goes to "Sở Nội vụ").
 */
export function defaultReportSettings(plan: Plan, date: IsoDate | null = null): ReportSettings {
  const higher = plan.identity.recipients.find((r) => HIGHER.test(looseStart(r)));
  const to = higher && date !== null && addresseeGone(higher, date) ? provincialCounterpart(higher) : higher;
  return {
    parentBody: "",
    to: to ? [to] : [],
    recipients: defaultRecipients(plan),
    draftingUnit: "VP-TK",
    archiveCopies: null,
    number: "",
    reportDate: null,
  };
}

/**
 * What was given, over the defaults. Recipients given as one list (as the pane's first version
 * does) may still hold "Lưu: …" and the Kính gửi body: those are written by their own rules.
 */
export function resolveSettings(plan: Plan, given: Partial<ReportSettings>, periodEnd: IsoDate | null = null): ReportSettings {
  const d = defaultReportSettings(plan, given.reportDate ?? periodEnd);
  const pick = <K extends keyof ReportSettings>(k: K): ReportSettings[K] =>
    given[k] === undefined ? d[k] : (given[k] as ReportSettings[K]);
  const to = pick("to");
  const same = (a: string, b: string) => looseStart(a).trim() === looseStart(b).trim();
  const recipients = (given.recipients && given.recipients.length > 0 ? given.recipients : d.recipients).filter(
    (r) => !/^lưu\b/iu.test(r.trim()) && !to.some((t) => same(t, r)),
  );
  return {
    parentBody: pick("parentBody"),
    to,
    recipients,
    draftingUnit: pick("draftingUnit"),
    archiveCopies: pick("archiveCopies"),
    number: pick("number"),
    reportDate: pick("reportDate"),
  };
}

/** An item as the report shows it: the year's verdict, the period's figure, its leads by title. */
export interface ItemReport {
  item: PlanItem;
  /** From the start of the assessment year to the period's end, and the verdict on it. */
  year: ItemCompliance;
  /** Within the period alone. */
  period: Figure;
  leads: string[];
}

/** A task as a document names it: no ids, no sources, leads by title. */
export interface TaskLine {
  content: string;
  code: string | null;
  leads: string[];
  due: IsoDate | null;
}

export interface ReportModel {
  plan: Plan;
  period: ReportPeriod;
  settings: ReportSettings;
  date: IsoDate;
  /** The assessment year as of the period's end (year-to-date). */
  compliance: Compliance;
  items: ItemReport[];
  /** The one-stop system's statistics: within the period, and from the start of the year. */
  dossiers: { period: DossierStats | null; year: DossierStats | null };
  narrative: Narrative;
  overdue: TaskLine[];
  /** Tasks not finished at the period's end: the next period's work. */
  next: TaskLine[];
  /** Early warnings as of the period's end: items whose trend falls short, and why others could not be projected. */
  warnings: EarlyWarnings;
  /** Tasks due within DUE_SOON_DAYS of the period's end and not started, as the document names them. */
  dueSoon: Array<{ line: TaskLine; formal: string }>;
  /** Each official's tasks as the document names officials (by title), for the appendix's chart. */
  officials: OfficialCompliance[];
}

/** Task counts per official title: a task led by two titles counts for each, as in Tổng hợp. */
function byTitle(tasks: readonly Task[], lines: ReadonlyMap<Task, TaskLine>): OfficialCompliance[] {
  const out = new Map<string, OfficialCompliance>();
  for (const t of tasks) {
    const titles = lines.get(t)?.leads ?? [];
    for (const official of titles.length > 0 ? titles : ["(Chưa phân công)"]) {
      const o = out.get(official) ?? { official, assigned: 0, done: 0, doneOnTime: 0, overdue: 0 };
      o.assigned++;
      if (t.status === "Hoàn thành") o.done++;
      if (t.status === "Hoàn thành" && t.verdict === "Đúng hạn") o.doneOnTime++;
      if (t.verdict === "Quá hạn") o.overdue++;
      out.set(official, o);
    }
  }
  return [...out.values()].sort((a, b) => b.overdue - a.overdue || a.official.localeCompare(b.official, "vi"));
}

/** What the master holds besides tasks and readings, for a report. */
export interface ReportExtras {
  dossiers?: readonly DossierRecord[];
  narrative?: readonly NarrativeRow[];
  officials?: readonly OfficialEntry[];
}

/**
 * Tasks as they stood on a day: one finished after it was still open then. A report on a past
 * period, made from today's master, does not count later work.
 */
export function tasksAsOf(tasks: readonly Task[], date: IsoDate): Task[] {
  return tasks.map((t) => {
    if (t.status !== "Hoàn thành" || t.doneDate === null || t.doneDate <= date) return t;
    return { ...t, status: "Đang thực hiện", doneDate: null, verdict: taskVerdict("Đang thực hiện", t.due, null, date, t.dueText) };
  });
}

export function buildReport(
  plan: Plan,
  allTasks: readonly Task[],
  readings: readonly Reading[],
  period: ReportPeriod,
  settings: ReportSettings,
  extras: ReportExtras = {},
): ReportModel {
  const tasks = tasksAsOf(allTasks, period.to);
  const dossiers = extras.dossiers ?? [];
  const officials = extras.officials ?? [];
  const comp = compliance(plan, tasks, readings, period.to, { year: period.year, rule: period.rule, dossiers, byDays: true });
  const unit = plan.identity.unitType;
  const items = comp.items.map((ic): ItemReport => {
    const own = readingsOf(ic.item.code, readings, null);
    return {
      item: ic.item,
      year: ic,
      period: figureIn(ic.item, own, { from: period.from, to: period.to }, dossiers),
      leads: ic.item.lead,
    };
  });
  const byCode = new Map(plan.items.map((i) => [i.code, i]));
  const line = (t: Task): TaskLine => ({
    content: t.content,
    code: t.code,
    leads: leadTitles(t.lead, byCode.get(t.code ?? "")?.lead ?? [], officials, unit),
    due: t.due,
  });
  const warnings = earlyWarnings(comp, tasks, readings, { byDays: true });
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const dueSoon = warnings.warnings.flatMap((w) => {
    const t = w.kind === "dueSoon" ? byId.get(w.task.id) : undefined;
    return t ? [{ line: line(t), formal: w.formal }] : [];
  });
  const next = tasks
    .filter((t) => t.status !== "Hoàn thành")
    .sort(byKey((t) => t.due, "9999"))
    .map(line);
  return {
    plan,
    period,
    settings,
    date: settings.reportDate ?? period.to,
    compliance: comp,
    items,
    dossiers: {
      period: dossierStats(dossiers, { from: period.from, to: period.to }),
      year: dossierStats(dossiers, { from: period.yearFrom, to: period.to }),
    },
    narrative: narrativeFor(extras.narrative ?? [], period),
    overdue: comp.overdueTasks.map(line),
    next,
    warnings,
    dueSoon,
    officials: byTitle(tasks, new Map(tasks.map((t) => [t, line(t)]))),
  };
}

/** "Tân Bình, ngày 14 tháng 12 năm 2021": day below 10 and month below 3 written with a zero. */
export function placeAndDate(place: string, date: IsoDate): string {
  const { y, m, d } = ymd(date);
  return `${place}, ngày ${String(d).padStart(2, "0")} tháng ${m < 3 ? String(m).padStart(2, "0") : m} năm ${y}`;
}
