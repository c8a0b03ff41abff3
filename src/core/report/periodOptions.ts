import { IsoDate } from "../dates/isoDate";
import { PeriodRule } from "../summary/window";
import { CCHC_PERIOD_KINDS, PERIOD_KINDS, PeriodKind, ReportPeriod, currentPeriod, periodKey, reportPeriod, reportPeriods } from "./period";

/**
 * The report periods a user can choose, as one list for the pane's drop-down: the CCHC cycle
 * (quý I, 6 tháng, quý III, năm) of each of the plan's years, and also quý II and quý IV where
 * the province asks for a report every quarter; from the plan's first period to the one being
 * prepared on the as-of date (the first whose report is not yet due), newest first. A period that
 * ends before the plan was issued is not offered: the command line refuses it (reportRefusal).
 */
export interface PeriodOption extends ReportPeriod {
  /** "2021-H1": the command line's --period, Kỳ báo cáo's key, and the name of the exported file. */
  key: string;
}

export interface PlanYears {
  firstYear: number;
  /** Null: "… và những năm tiếp theo" (the plan runs on). */
  lastYear: number | null;
  /** The day the plan was signed: a period that ends before it cannot report on the plan (reportRefusal). */
  issued?: IsoDate | null;
}

export interface PeriodChoices {
  /** The province asks for a report every quarter: quý II and quý IV are offered too. */
  everyQuarter: boolean;
  rule: PeriodRule;
}

const NEWEST_FIRST: readonly PeriodKind[] = [...PERIOD_KINDS].reverse();
const isCchc = (k: PeriodKind) => (CCHC_PERIOD_KINDS as readonly PeriodKind[]).includes(k);

function option(year: number, kind: PeriodKind, rule: PeriodRule): PeriodOption {
  return { ...reportPeriod(year, kind, rule), key: periodKey({ year, kind }) };
}

export function periodOptions(
  plan: PlanYears,
  asOf: IsoDate,
  choices: PeriodChoices = { everyQuarter: false, rule: "state" },
): PeriodOption[] {
  const cycle = reportPeriods({ identity: plan }, asOf, choices.rule);
  const now = currentPeriod(cycle, asOf);
  if (!now) return [];
  // As of a day before the plan starts, its first year is all there is to choose from.
  const issued = plan.issued ?? null;
  const reportable = (p: ReportPeriod) => issued === null || p.to >= issued;
  // The plan's first reportable period is offered even when the as-of date comes before it.
  const first = cycle.find(reportable) ?? now;
  const soonest = asOf < cycle[0].from ? (cycle.find((p) => p.kind === "Y") ?? now) : now;
  const last = soonest.due < first.due ? first : soonest;
  const kinds = NEWEST_FIRST.filter((k) => choices.everyQuarter || isCchc(k));
  const out: PeriodOption[] = [];
  for (let year = last.year; year >= plan.firstYear; year--) {
    for (const kind of kinds) {
      const o = option(year, kind, choices.rule);
      if (o.due <= last.due && reportable(o)) out.push(o);
    }
  }
  return out;
}

/**
 * The period to offer first: the one being prepared (the first of the CCHC cycle whose report is
 * not yet due), within the assessment year when one is set; else the latest offered. Quý II and
 * quý IV are offered, never chosen for the user.
 */
export function defaultPeriod(options: readonly PeriodOption[], asOf: IsoDate, year: number | null = null): PeriodOption | null {
  const pick = (list: readonly PeriodOption[]) => {
    const cycle = list.filter((o) => isCchc(o.kind));
    const due = cycle.filter((o) => o.due >= asOf);
    return due[due.length - 1] ?? cycle[0] ?? null;
  };
  const inYear = year === null ? [] : options.filter((o) => o.year === year);
  return pick(inYear) ?? pick(options) ?? options[options.length - 1] ?? null;
}

/** The chosen period if it is still offered (the plan or the as-of date may have changed since), else the default. */
export function choosePeriod(
  options: readonly PeriodOption[],
  chosen: string | null,
  asOf: IsoDate,
  year: number | null = null,
): PeriodOption | null {
  return options.find((o) => o.key === chosen) ?? defaultPeriod(options, asOf, year);
}
