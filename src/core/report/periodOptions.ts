import { IsoDate, quarterOf, ymd } from "../dates/isoDate";

/**
 * The report periods a user can choose, as one list for the pane's drop-down: from the plan's
 * first year to the period that holds the as-of date (no later than the plan's last year when
 * it has one), newest first. For now the periods are quarters; half-year and year periods join
 * the list here when the report has them.
 */
export interface PeriodOption {
  /** "2021-Q4": the command line's spelling, and the name of the exported file. */
  key: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export interface PlanYears {
  firstYear: number;
  /** Null: "… và những năm tiếp theo" (the plan runs on). */
  lastYear: number | null;
}

function option(year: number, quarter: 1 | 2 | 3 | 4): PeriodOption {
  return { key: `${year}-Q${quarter}`, year, quarter };
}

export function periodOptions(plan: PlanYears, asOf: IsoDate): PeriodOption[] {
  const { y } = ymd(asOf);
  const q = quarterOf(asOf);
  // As of a day before the plan starts, its first year is all there is to choose from.
  let last = y < plan.firstYear ? option(plan.firstYear, 4) : option(y, q);
  if (plan.lastYear !== null && last.year > plan.lastYear) last = option(plan.lastYear, 4);
  const out: PeriodOption[] = [];
  for (let year = last.year; year >= plan.firstYear; year--) {
    for (let quarter = year === last.year ? last.quarter : 4; quarter >= 1; quarter--) out.push(option(year, quarter as 1 | 2 | 3 | 4));
  }
  return out;
}

/**
 * The period to offer first: the one holding the as-of date when listed, else the latest
 * one before it, else the plan's first.
 */
export function defaultPeriod(options: readonly PeriodOption[], asOf: IsoDate): PeriodOption | null {
  const { y } = ymd(asOf);
  const q = quarterOf(asOf);
  return options.find((o) => o.year < y || (o.year === y && o.quarter <= q)) ?? options[options.length - 1] ?? null;
}

/** The chosen period if it is still offered (the plan or the as-of date may have changed since), else the default. */
export function choosePeriod(options: readonly PeriodOption[], chosen: string | null, asOf: IsoDate): PeriodOption | null {
  return options.find((o) => o.key === chosen) ?? defaultPeriod(options, asOf);
}
