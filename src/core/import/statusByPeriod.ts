import { IsoDate, ymd } from "../dates/isoDate";
import { Grid, cellAt, cellText } from "./grid";
import { TableLayout } from "./header";
import { looseKey } from "../text/normalize";
import { PeriodLabel, parsePeriod } from "./periods";

/**
 * A task's state written per period across the columns: "Tình hình thực hiện năm 2021" over "Quý I |
 * Quý II | Quý III | Quý IV", each cell the state that quarter. The latest period begun by the as-of
 * day with a cell written is the task's state; the earlier ones are kept in Ghi chú.
 */
export interface StatusColumn {
  col: number;
  label: string;
  period: PeriodLabel;
  /** The report's other columns ("Ghi chú" beside "Tình trạng" under its day): said with it, never fields of the row. */
  siblings?: number[];
  /** Of those, the one giving the report's progress ("Tiến độ (%)" beside "Tình trạng"). */
  progress?: number;
  /** The state column is the report's progress itself ("Tiến độ (%) | Ghi chú"): 75 there is 75 %. */
  percent?: boolean;
}

// "Báo cáo ngày 14/12/2021 › Tình trạng | Ghi chú": the part of a report's columns each is, ending its heading.
const SUB_LABEL =
  /\s+(tình trạng|trạng thái|tình hình|tiến độ(?:\s*\(%\))?|kết quả|ghi chú|nhận xét|đánh giá|ngày xong|ngày ht|ngày hoàn thành)\s*$/iu;
// Which of a report's columns tells the state: its state's, else its progress's, else its result's.
const SUB_RANK: ReadonlyArray<RegExp> = [/^(?:tinh trang|trang thai|tinh hinh)$/, /^tien do\b/, /^ket qua$/];

// ("Báo cáo ngày 15/10/2021 | 15/11/2021 | 14/12/2021": what each report said, the state at its day.)
const STATE_HEADING = /\b(?:tinh hinh|ket qua|trang thai|tinh trang|kq|tien do|bao cao|cap nhat)\b/;
// "Quý I", "Tháng 10", "6 tháng" closing a heading whose levels were joined (on its key: "Quy III" typed bare too).
// "Tiến độ đến 30/6 | đến 30/9": the state at each day.
// "Cập nhật 15-10-2021": a whole day after the heading's words; "Cập nhật 15/10", a day of the sheet's year.
const PERIOD_TAIL =
  /(?:^| )(quy (?:iv|iii|ii|i|[1-4])|q[1-4]|thang \d{1,2}|t\d{1,2}|6 thang(?: dau nam)?|9 thang|(?:den (?:ngay )?|ngay )\d{1,2} \d{1,2}(?: \d{4})?|\d{1,2} \d{1,2} \d{4}|(?<=(?:cap nhat|bao cao) )\d{1,2} \d{1,2})$/;

/**
 * The state columns by period. Under a heading that names the state, two periods at least; bare
 * ("Quý III | Quý IV", no heading over them), two at least whose written cells `stateLike` says are
 * states ("Đang TH - 47%", "HT (10/9)", a share, a day done), the others written nowhere (null): marks of a
 * plan's months ("x", "●") are no states.
 */
export function statusByPeriod(layout: TableLayout, stateLike: (col: number) => StateTally = () => NO_STATES): StatusColumn[] | null {
  const found: Array<StatusColumn & { prefix: string }> = [];
  // Each report's columns by its heading less their part's name, and the part: the best-ranked tells the state.
  const parts = new Map<string, Array<{ col: number; rank: number; progress: boolean }>>();
  const headings: Array<[string, string]> = [];
  for (const [c, typed] of Object.entries(layout.headings)) {
    const sub = SUB_LABEL.exec(typed ?? "");
    if (sub === null) {
      headings.push([c, typed ?? ""]);
      continue;
    }
    const base = (typed ?? "").slice(0, sub.index).trim();
    const k = looseKey(sub[1]);
    const rank = SUB_RANK.findIndex((re) => re.test(k));
    parts.set(base, [
      ...(parts.get(base) ?? []),
      { col: Number(c), rank: rank < 0 ? SUB_RANK.length : rank, progress: /^tien do\b/.test(k) },
    ]);
  }
  const siblingsOf = new Map<number, { siblings: number[]; progress?: number }>();
  for (const [base, cols] of parts) {
    const best = [...cols].sort((a, b) => a.rank - b.rank || a.col - b.col)[0];
    // Two parts at least under one heading, one telling a state: the report's state column is the best.
    if (cols.length < 2 || best.rank >= SUB_RANK.length) {
      for (const x of cols) headings.push([String(x.col), layout.headings[x.col] ?? ""]);
      continue;
    }
    headings.push([String(best.col), base]);
    const others = cols.filter((x) => x !== best);
    // (The state column may be the progress itself: "Tiến độ (%) | Ghi chú".)
    const progress = best.progress ? best.col : others.find((x) => x.progress)?.col;
    siblingsOf.set(best.col, {
      siblings: others.map((x) => x.col),
      ...(progress !== undefined ? { progress } : {}),
      ...(best.progress ? { percent: true } : {}),
    });
  }
  // A state column of the table's own ("Đánh giá chung" beside "Quý III | Quý IV (đến 15/12)"): the quarters are its
  // history, read as before.
  const own = layout.columns.status;
  const ownState = own !== undefined && parsePeriod(layout.headings[own] ?? "") === null;
  for (const [c, given] of headings) {
    // "Tháng 12 (đến 10/12)": the period, a remark on how far it has run in brackets after it.
    const bare = (given ?? "").replace(/\s*\([^()]{1,30}\)\s*$/u, "");
    const typed = !ownState && bare !== given && parsePeriod(bare) !== null ? bare : given;
    // "Tình hình thực hiện tính đến ngày" over real dates (30/6/2021 | 30/9/2021): each the state at that day.
    const heading = (typed ?? "").replace(
      /(\d{4})-(\d{2})-(\d{2})\s*$/,
      (_, y: string, m: string, d: string) => `${Number(d)}/${Number(m)}/${y}`,
    );
    // "ngày 14 tháng 9 năm 2021": the day in words, keyed as its digits.
    const key = looseKey(heading).replace(/(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/, "$1 $2 $3");
    // "Tuần 1 (04/10-10/10)", "Tuan 40", "Tuần từ 01/11 đến 07/11", "Kỳ 1 (01-15/10)": the state at the week's end.
    const week = weekAtEnd(key);
    if (week !== null) {
      found.push({ col: Number(c), label: week.label(heading), period: week.period, prefix: week.prefix });
      continue;
    }
    const m = PERIOD_TAIL.exec(key);
    // "T1/11", "Tuần 2 (08/11-14/11)": a heading that is a period whole.
    const whole = m ? null : parsePeriod(heading);
    if (whole !== null) {
      found.push({ col: Number(c), label: heading.trim(), period: whole, prefix: "" });
      continue;
    }
    if (!m) continue;
    const bareDay = /^\d/.test(m[1]);
    const period = parsePeriod(m[1].startsWith("ngay") || bareDay ? `den ${m[1]}` : m[1]);
    if (period === null) continue;
    const words = m[1].split(" ").length;
    // "đến ngày 30/9/2021" is one word on the key per number: said from "đến" on.
    const day = /^(?:den|ngay)\b/.test(m[1]) ? /(?:đến|den|ngày|ngay)\s.*$/iu.exec(heading) : null;
    const label = day ? day[0].trim() : bareDay ? heading.trim() : heading.trim().split(/\s+/u).slice(-words).join(" ");
    // ("… đến ngày | ngày 15/10" typed under "… tính đến ngày": the same heading's words, whichever of them the day took.)
    found.push({
      col: Number(c),
      label,
      period,
      prefix: key
        .slice(0, m.index)
        .replace(/(?: (?:den|ngay|tinh))+$/, "")
        .trim(),
    });
  }
  // "Kết quả Quý III | Quý IV": the heading's words said once, over the first.
  const prefix = found.find((f) => f.prefix !== "")?.prefix ?? "";
  if (found.some((f) => f.prefix !== prefix && f.prefix !== "")) return null;
  const headed = found.length >= 2 && STATE_HEADING.test(prefix);
  // (A period with nothing written, "-" all down, is one not reported on: it neither tells nor gainsays.)
  // Told over the columns together: a week's remark ("đã trình dự toán") among states is no reason to doubt them all.
  const said = found.map((f) => stateLike(f.col));
  const total = said.reduce(
    (t, x) => ({ written: t.written + x.written, states: t.states + x.states, words: t.words + x.words }),
    NO_STATES,
  );
  const bare =
    found.length >= 2 &&
    prefix === "" &&
    said.filter((x) => x.written > 0).length >= 2 &&
    said.every((x) => x.states >= 0.3 * x.written) &&
    total.written >= 2 &&
    total.words >= 1 &&
    total.states >= 0.6 * total.written;
  if (!headed && !bare) return null;
  // Reports' days newest first ("10/12 | 10/11 | 10/10"): ordered by day, so the latest is last whichever way they were typed.
  // A day typed without its year ("30/11" after "31/10/2021") is in the year its neighbours give.
  const byDay = found.every((f) => f.period.kind === "day");
  const year = found.find((f) => f.period.year != null)?.period.year ?? 0;
  const order = (p: PeriodLabel) => (p.year ?? year) * 10000 + p.index * 100 + (p.day ?? 0);
  // "Tiến độ thực hiện (%) - cập nhật cuối tháng" over "Tháng 10 | Tháng 11": each month's cell its progress, 75 there 75 %.
  const inPercent = /^tien do\b/.test(prefix);
  return found
    .sort((a, b) => (byDay ? order(a.period) - order(b.period) : 0) || a.col - b.col)
    .map(({ col, label, period }) => ({ col, label, period, ...(inPercent ? { percent: true } : {}), ...(siblingsOf.get(col) ?? {}) }));
}

// On a heading's key: "tuan 1 04 10 10 10", "tuan 40", "tuan tu 01 11 den 07 11", "ky 1 01 15 10", "ky 2 16 31 10".
const WEEK_TAIL = /(?:^| )(?:(tuan|ky|dot)(?: (\d{1,2}))?(?: (?:tu )?(\d{1,2})(?: (\d{1,2}))?(?: den)? (\d{1,2}) (\d{1,2}))?)(?: \d{4})?$/;

// "thang 11 2021" before a week's words: the month its weeks are counted in.
const MONTH_BEFORE = /(?:^| )thang (\d{1,2})(?: (?:nam )?\d{4})?\s*$/;

/**
 * A week's or a fortnight's heading ending a heading: the day it ends as a day period (a bare week number, "Tuần 40",
 * by the calendar's week), the words before it, and its label as typed. Null for any other heading.
 */
function weekAtEnd(key: string): { period: PeriodLabel; prefix: string; label: (heading: string) => string } | null {
  const m = WEEK_TAIL.exec(key);
  if (!m) return null;
  const [, word, n, d1, m1, d2, m2] = m;
  let day: number;
  let month: number;
  if (d2 !== undefined && m2 !== undefined) {
    // "(01-15/10)" reads as from the 1st to the 15th of October: the first number pair is days, not day and month.
    [day, month] = Number(m2) <= 12 && Number(d2) <= 31 ? [Number(d2), Number(m2)] : [Number(m1 ?? d1), Number(d2)];
    if (d1 === undefined && n === undefined) return null;
  } else if (n !== undefined && word === "tuan" && Number(n) >= 1 && Number(n) <= 5 && MONTH_BEFORE.test(key.slice(0, m.index))) {
    // "Tháng 11/2021" merged over "Tuần 1 | … | Tuần 4": a week of that month, by its 7th, 14th, 21st, 28th day (the 5th, its last).
    month = Number(MONTH_BEFORE.exec(key.slice(0, m.index))?.[1]);
    day = Number(n) === 5 ? new Date(Date.UTC(2021, month, 0)).getUTCDate() : 7 * Number(n);
  } else if (n !== undefined && word === "tuan" && Number(n) >= 1 && Number(n) <= 53) {
    // The week's Sunday, near enough in any year to order the columns and tell whether it has begun.
    const end = new Date(Date.UTC(2021, 0, 10 + 7 * (Number(n) - 1)));
    [day, month] = [end.getUTCDate(), end.getUTCMonth() + 1];
  } else return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  // "Tháng 10" merged over its weeks: the month is the week's, not a heading's words.
  const prefix = key
    .slice(0, m.index)
    .trim()
    .replace(/(?:^| )(?:thang \d{1,2}|quy (?:iv|iii|ii|i|[1-4]))(?: (?:nam )?\d{4})?$/, "")
    .trim();
  return {
    period: { kind: "day", index: month, day, year: null },
    prefix,
    label: (heading) => /(?:tuần|tuan|kỳ|ky|đợt|dot)\s+(?:\d|từ|tu\s).*$/iu.exec(heading)?.[0].trim() ?? heading.trim(),
  };
}

/** A period column's written cells, those telling a state (a word, a share, a day), and those only a state's words or a share short of whole tell. */
export interface StateTally {
  written: number;
  states: number;
  words: number;
}

const NO_STATES: StateTally = { written: 0, states: 0, words: 0 };

/** The month a period starts in. */
function startMonth(p: PeriodLabel): number {
  if (p.kind === "quarter") return (p.index - 1) * 3 + 1;
  if (p.kind === "half") return p.index === 1 ? 1 : 7;
  if (p.kind === "month" || p.kind === "day") return p.index;
  return 1;
}

/**
 * The column of the latest period begun by `asOf` whose cell on row `r` is written, and every other column
 * written (a period not yet begun included), to be kept in Ghi chú.
 */
export function latestState(
  grid: Grid,
  r: number,
  columns: readonly StatusColumn[],
  asOf: IsoDate | null,
): { col: number; others: StatusColumn[] } | null {
  const month = asOf === null ? 12 : ymd(asOf).m;
  // "-": no work for the task that period (a quarterly duty's other months), as good as blank.
  const written = columns.filter((c) => !/^[-–—/]*$/.test(cellText(cellAt(grid, r, c.col)).trim()));
  const last = written.filter((c) => startMonth(c.period) <= month).at(-1);
  return last ? { col: last.col, others: written.filter((c) => c !== last) } : null;
}
