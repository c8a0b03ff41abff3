import { IsoDate } from "../dates/isoDate";
import { withoutCitations } from "../dates/deadline";
import { FactsCache, cellKind } from "./cellFacts";
import { ReadingField, TaskField } from "./columns";
import { dateOf } from "./dateText";
import { Grid, cellAt } from "./grid";

const DAY_WORD = /^\s*ngày\s+(?=\d{1,2}\s*[/.-]\s*\d)/iu;

/**
 * What a column holds, as shares of its non-empty cells in a sample of data rows: dates,
 * deadline phrases, percents, status words, officials' titles, sentences … The assignment of
 * columns to fields weighs these as much as the headings.
 */
export interface ColumnProfile {
  n: number;
  text: number;
  long: number;
  date: number;
  phrase: number;
  period: number;
  status: number;
  statusLead: number;
  tick: number;
  official: number;
  person: number;
  code: number;
  number: number;
  integer: number;
  /** Percent-looking: "98,5%", a number under a % format, a fraction "3/4". */
  percent: number;
  /** A count over a count, alone in its cell: "104/105 hồ sơ", "3/4". */
  ratio: number;
  /** A part over a whole, with words or its rate after it or not: "226/228 (99,1%)". */
  fraction: number;
  /** Numbers within 0–100. */
  inRange: number;
  /** 1, 2, 3 … down the rows. */
  sequence: number;
  /** Numbers that are 0 or 1 (a tick column typed as numbers). */
  zeroOne: number;
  docRef: number;
  /** Of the dates, the share after the as-of date: a deadline column, not a completion one. */
  future: number;
}

const PERSON = /^(?:ông|bà|đ\/c|đồng chí|anh|chị|mr\.?|ms\.?|mrs\.?)\s+\S/iu;

const LABELLED_CODE = /^(?:tiêu chí(?: thành phần)?|tctp|tc|chỉ số)\s*\d{1,2}\.\d{1,2}(?![\d.]\d)/iu;

export function profileColumn(grid: Grid, col: number, rows: readonly number[], facts: FactsCache, asOf: IsoDate | null): ColumnProfile {
  const p: ColumnProfile = {
    n: 0,
    text: 0,
    long: 0,
    date: 0,
    phrase: 0,
    period: 0,
    status: 0,
    statusLead: 0,
    tick: 0,
    official: 0,
    person: 0,
    code: 0,
    number: 0,
    integer: 0,
    percent: 0,
    ratio: 0,
    fraction: 0,
    inRange: 0,
    sequence: 0,
    zeroOne: 0,
    docRef: 0,
    future: 0,
  };
  let dates = 0;
  let future = 0;
  let last: number | null = null;
  for (const r of rows) {
    const v = cellAt(grid, r, col);
    const kind = cellKind(v);
    // "-" where nothing is written yet (a figure to come, no lead) says nothing of what the column holds.
    if (kind === "empty" || (typeof v === "string" && /^\s*[-–—]\s*$/.test(v))) continue;
    p.n++;
    if (kind === "date") {
      p.date++;
      dates++;
      if (asOf && typeof v === "object" && v !== null && "date" in v && v.date > asOf) future++;
      continue;
    }
    if (kind === "bool") {
      p.tick++;
      continue;
    }
    if (kind === "number") {
      const n = v as number;
      p.number++;
      if (Number.isInteger(n)) p.integer++;
      if (n === 0 || n === 1) p.zeroOne++;
      if (n >= 0 && n <= 100) p.inRange++;
      const fmt = grid.formats[`${r}:${col}`];
      if (fmt?.includes("%")) p.percent++;
      else if (/[dmy]/i.test(fmt ?? "") && n > 30000) {
        p.date++;
        dates++;
      }
      if (Number.isInteger(n) && (last === null ? n === 1 : n === last + 1)) p.sequence++;
      last = Number.isInteger(n) ? n : null;
      continue;
    }
    if (kind !== "text") continue;
    const f = facts.of(v as string);
    p.text++;
    if (f.long) p.long++;
    // "05/10/2021 (BB bàn giao số 07/BB ngày 06/10/2021)": a day, with the document that shows it.
    // ("ngày 28/11/2021": the day, with the word for it.)
    const day =
      f.date ??
      (f.docRef && /^\s*\d{1,2}\s*[/.-]\s*\d/.test(f.text) ? facts.of(withoutCitations(f.text)).date : null) ??
      (DAY_WORD.test(f.text) ? facts.of(f.text.replace(DAY_WORD, "")).date : null);
    if (day) {
      p.date++;
      dates++;
      const d = dateOf(day, "dm") ?? dateOf(day, "md");
      if (asOf && d && d > asOf) future++;
    } else if (f.phrase) p.phrase++;
    if (f.period) p.period++;
    if (f.status) p.status++;
    if (f.statusLead) p.statusLead++;
    if (f.tick || f.emptyBox) p.tick++;
    if (f.official) p.official++;
    if (PERSON.test(f.text)) p.person++;
    // "Tiêu chí 1.5 - Văn bản điện tử": the criterion, named after its code, is still a code.
    if (f.code || (f.text.length <= 100 && LABELLED_CODE.test(f.text))) p.code++;
    if (f.number !== null) {
      p.number++;
      if (Number.isInteger(f.number)) p.integer++;
      if (f.number >= 0 && f.number <= 100) p.inRange++;
      if (f.percent) p.percent++;
      if (Number.isInteger(f.number) && (last === null ? f.number === 1 : f.number === last + 1)) p.sequence++;
      last = Number.isInteger(f.number) ? f.number : null;
    } else last = null;
    if (f.fraction !== null) {
      p.percent++;
      // "48/230": a part of a whole, so a rate within 0–100 like a percent.
      if (f.number === null) p.inRange++;
      p.fraction++;
      if (!f.long) p.ratio++;
    }
    if (f.docRef) p.docRef++;
  }
  if (p.n > 0) {
    for (const k of Object.keys(p) as Array<keyof ColumnProfile>) if (k !== "n" && k !== "future") p[k] /= p.n;
  }
  p.future = dates > 0 ? future / dates : 0;
  return p;
}

/** How much a column's content says it holds a task field: about -3 (surely not) to 3 (surely). */
export function taskContentScore(p: ColumnProfile, field: TaskField): number {
  if (p.n === 0) return 0;
  const notData = p.date + p.number;
  switch (field) {
    case "stt":
      return 2 * p.sequence + 0.5 * p.integer - p.long;
    case "code":
      return 3 * p.code - p.long;
    case "content":
      // A task is words: a column mostly of numbers or dates never holds them.
      if (p.text < 0.5) return -10;
      return 2.5 * p.long + 0.3 * p.text - 1.5 * p.official - 2 * p.status - 2 * notData - 2 * p.tick;
    case "lead":
      return 2.5 * p.official + 1.2 * p.person - p.long - 2 * notData - p.status;
    case "partners":
      return 2.2 * p.official + 0.8 * p.person - p.long - 2 * notData - p.status;
    case "due":
      return 1.6 * p.date + 2.2 * p.phrase - p.status - p.long;
    case "doneDate":
      return 1.8 * p.date - 3 * p.phrase - 2.5 * p.future - p.status - p.long;
    case "status":
      return 3 * p.status + p.statusLead - 0.5 * p.long - 2 * p.date;
    case "progress":
      return 2.5 * p.percent + 0.8 * p.inRange - 2 * p.date - p.long - 2 * p.sequence;
    case "result":
      return 1.5 * p.statusLead + 0.5 * p.long + 0.5 * p.docRef - p.date - 2 * p.ratio;
    case "evidence":
      return 2.5 * p.docRef - p.date - p.status;
    case "note":
      return 0.2 * p.text;
  }
}

export function readingContentScore(p: ColumnProfile, field: ReadingField): number {
  if (p.n === 0) return 0;
  switch (field) {
    case "stt":
      return 2 * p.sequence + 0.5 * p.integer - p.long;
    case "code":
      return 3 * p.code - p.long;
    case "indicator":
      // A code alone is a code column; "1.2 - Hồ sơ giải quyết đúng hạn" names the indicator.
      return p.text + 0.5 * p.long - 2 * p.number - 2 * p.period - 2 * Math.max(0, p.code - p.long);
    case "period":
      // "105/469 (22,4%)", "0,917" under "Lũy kế 9 tháng": figures, never the period of a row.
      return 3 * p.period + p.phrase - p.number - p.percent;
    case "date":
      return 2.5 * p.date - p.phrase - p.period;
    case "numerator":
    case "denominator":
      return 1.2 * p.integer - p.percent - p.text + p.number * 0.3;
    case "value":
      // Rates with a decimal somewhere and every one within 0–100 ("14,6 | 97,3 | 88"): a whole 88 among them is a rate too.
      return (
        2 * p.percent +
        p.ratio +
        (p.number - p.integer) +
        0.5 * p.inRange -
        (p.text - p.ratio) +
        (p.integer < 1 && p.inRange === 1 ? 0.5 : 0)
      );
    case "evidence":
      return 2 * p.docRef;
    case "note":
      return 0.2 * p.text;
  }
}
