import { IsoDate, formatViDate, isoDate } from "../dates/isoDate";
import { cleanText, looseKey } from "../text/normalize";
import { PLANNED_HEADING } from "./columns";
import { ContextPeriod } from "./contextPeriod";
import { Grid, GridCell, cellAt, cellText } from "./grid";
import { TableLayout } from "./header";
import { Reading } from "./records";
import { halfUnitOf } from "./values";
import { pairGiving } from "./rateSentences";
import { measureTopic } from "./measureTopic";

/**
 * A summary of results by criterion, one row each ("Mã TC | Tên tiêu chí | Chủ trì | Chỉ tiêu KH | Kết quả đạt
 * được | Đánh giá", or a survey's "Mã | Chỉ số thành phần | Năm 2020 (%) | Năm 2021 (%) | Đánh giá"): the
 * Văn phòng's quarterly report of the figures, not anyone's tasks. Its rows carry a criterion's code, a result
 * written as a rate ("98,9% (360/364 hồ sơ)", 83,45) and a judgement ("Đạt", "Chưa đạt") where a task would have
 * a state; none carries a deadline.
 */
export interface CriterionResults {
  readings: Reading[];
  /** Rows with no criterion's code or no rate ("Chỉ số SIPAS chung", a total): named, not read. */
  skipped: number[];
  /** Groups' lines in the code column ("I | CẢI CÁCH THỦ TỤC HÀNH CHÍNH | 6"): headings with their points, no figures. */
  groups: number[];
  /** Results whose counts in brackets do not give the rate written before them: the rate taken, named. */
  mismatched: Array<{ row: number; col: number; text: string }>;
  /**
   * "Giải pháp, nhiệm vụ tiếp theo | Người phụ trách | Thời hạn" beside the results: each row's remedy is a task too,
   * read with these columns (no judgement, target or result among them: "Chưa đạt" is the criterion's, not the task's).
   */
  remedies?: TableLayout["columns"];
}

// "I", "II", "A", "1": a group's mark in the code column.
const GROUP_MARK = /^(?:[IVX]{1,4}|[A-Z]|\d{1,2})\.?$/;

const SCORE_HEADING = /\b(?:diem|tu cham|cham diem|diem tu cham)\b/;

// "Giải pháp khắc phục", "Nhiệm vụ, giải pháp tiếp theo", "Biện pháp", "Đề xuất": what will be done about a result.
const REMEDY_HEADING = /\b(?:giai phap|bien phap|khac phuc|nhiem vu tiep theo|nhiem vu thoi gian toi|de xuat)\b/;

const CODE = /^[1-6]\.\d{1,2}\.?$/;
// "1.1 - Tỷ lệ hồ sơ trực tuyến", "2.1 Tiếp cận dịch vụ": the code with the criterion's name after it.
const CODE_NAMED = /^([1-6]\.\d{1,2})\.?(?:\s*[-–:]\s*|\s+)\p{L}/u;
const isCode = (t: string) => CODE.test(t) || CODE_NAMED.test(t);
const JUDGED = /^(?:đạt|dat|chưa đạt|chua dat|không đạt|khong dat|vượt|vuot|đạt và vượt|chưa đến hạn|chua den han)\b/iu;
// "Năm 2020 (%)", "Kết quả 2020": a year before the one reported is the baseline, never its result.
const YEAR_HEADING = /\b(20\d{2})\b/;
const RESULT_HEADING = /\b(?:ket qua|thuc hien|dat duoc|so lieu|ty le)\b/;
const RATE_IN_TEXT = /(\d{1,3}(?:[.,]\d+)?)\s*%/;
const COUNTS_IN_TEXT = /\(\s*(\d{1,3}(?:\.\d{3})*|\d+)\s*\/\s*(\d{1,3}(?:\.\d{3})*|\d+)\b/;

// "đến 30/11/2021 đạt 80%", "30/9/2021: 58%": a figure with the day it stands at.
const DATED_RATE = /(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})[^%;]*?(\d{1,3}(?:[.,]\d+)?)\s*%/u;

/** The clauses of a result each giving a day and a rate; empty unless every clause with a rate gives its day. */
function datedRates(text: string): Array<{ date: IsoDate; value: number; text: string }> {
  const clauses = text.split(/\s*;\s*|\n/).filter((x) => x.includes("%"));
  const out: Array<{ date: IsoDate; value: number; text: string }> = [];
  for (const clause of clauses) {
    const m = DATED_RATE.exec(clause);
    const day = m ? /^(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})$/.exec(m[1]) : null;
    const date = day ? isoDate(Number(day[3]), Number(day[2]), Number(day[1])) : null;
    const value = m ? Number(m[2].replace(",", ".")) : NaN;
    if (m === null || date === null || !(value >= 0 && value <= 100)) return [];
    out.push({ date, value, text: clause.trim() });
  }
  return out;
}

/** Two whole counts said around a rate whose quotient gives it to the decimals written; null where none or several do. */
function countsAround(text: string, value: number): { numerator: number; denominator: number } | null {
  // (Days and the rate itself are no counts; "86 hồ sơ trực tuyến/412 hồ sơ" is, the "/" between words.)
  const bare = text.replace(/\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{2,4}/g, " ").replace(/\d{1,3}(?:[.,]\d+)?\s*%/g, " ");
  const counts = [...bare.matchAll(/(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d]|[.,]\d)/g)].map((m) => Number(m[1].replace(/\./g, "")));
  return pairGiving(counts, value);
}

// "Đã giải quyết 405 hồ sơ, trong đó đúng hạn và trước hạn 401, quá hạn 4": a whole, then the part the rate counts.
const PART_OF_WHOLE =
  /(\d{1,3}(?:\.\d{3})*|\d+)\s*(?:hồ sơ|văn bản|phiếu|người|trường hợp|TTHC|thủ tục)?[^;\d]{0,20}?,?\s*trong đó\s+[^,;\d]{2,40}?\s*(\d{1,3}(?:\.\d{3})*|\d+)(?![\d/])/iu;

/**
 * A result cell's rate and the counts it comes from; `named` is what the row's own words measure (measureTopic), which a
 * part of a whole written with no rate must count.
 */
function rateOf(v: GridCell, heading: string, named: string | null = null): { value: number; counts: [number, number] | null } | null {
  if (typeof v === "number") {
    // A percent format's fraction, or a figure under a "(%)" heading.
    const value = v > 0 && v <= 1 && !Number.isInteger(v) ? Math.round(v * 100 * 1e6) / 1e6 : v;
    return value >= 0 && value <= 100 && (heading.includes("%") || value !== v) ? { value, counts: null } : null;
  }
  if (typeof v !== "string") return null;
  // "72,65" typed as text under "Năm 2021 (%)".
  const bare = heading.includes("%") ? /^\s*(\d{1,3}(?:[.,]\d+)?)\s*$/.exec(v) : null;
  if (bare) {
    const value = Number(bare[1].replace(",", "."));
    return value <= 100 ? { value, counts: null } : null;
  }
  const m = RATE_IN_TEXT.exec(v);
  // "125/125 TTHC", "45/50 hồ sơ": the part and the whole, whole numbers (a score is "0,5/1").
  const parts = m ? null : /^\s*(\d{1,6})\s*\/\s*(\d{1,6})(?:\s+\p{L}[\p{L}\s]*)?\s*$/u.exec(v);
  if (parts && Number(parts[2]) > 0 && Number(parts[1]) <= Number(parts[2]))
    return { value: (Number(parts[1]) / Number(parts[2])) * 100, counts: [Number(parts[1]), Number(parts[2])] };
  // (Only where the part counts what the row names: "trong đó trực tuyến 61" under "1.2 - … đúng hạn" is no on-time rate.)
  const whole = m || parts ? null : PART_OF_WHOLE.exec(v);
  if (whole && (named === null || measureTopic(looseKey(whole[0].slice(whole[0].search(/trong đó/iu)))) !== named)) return null;
  if (whole) {
    const [n, d] = [Number(whole[2].replace(/\./g, "")), Number(whole[1].replace(/\./g, ""))];
    return d > 0 && n <= d ? { value: (n / d) * 100, counts: [n, d] } : null;
  }
  if (!m) return null;
  const value = Number(m[1].replace(",", "."));
  if (!(value >= 0 && value <= 100)) return null;
  const c = COUNTS_IN_TEXT.exec(v);
  const n = (s: string) => Number(s.replace(/\./g, ""));
  return { value, counts: c ? [n(c[1]), n(c[2])] : null };
}

export function criterionResults(
  grid: Grid,
  layout: TableLayout,
  firstRow: number,
  lastRow: number,
  period: ContextPeriod | null,
  sheetIndex: number,
): CriterionResults | null {
  if (layout.kind !== "tasks" || period === null) return null;
  const { columns } = layout;
  // A deadline, a day done or a share done ("Tiến độ (%)") is a task's; a target taken for a share ("Chỉ tiêu KH": 100%) is not.
  const progress = columns.progress === undefined ? "" : looseKey(layout.headings[columns.progress] ?? "");
  // (A deadline and a lead beside a remedy's words are that remedy's: the results are read all the same.)
  const remedy = columns.content !== undefined && REMEDY_HEADING.test(looseKey(layout.headings[columns.content] ?? ""));
  // ("Kết quả thực hiện (số liệu)" taken for a share done is the criterion's result: a progress is headed "Tiến độ".)
  const resultAsProgress = RESULT_HEADING.test(progress) && !/\btien do\b/.test(progress);
  if (
    (columns.due !== undefined && !remedy) ||
    columns.doneDate !== undefined ||
    (progress !== "" && !PLANNED_HEADING.test(progress) && !resultAsProgress)
  )
    return null;
  const cols = Object.keys(layout.headings).map(Number);
  const data: number[] = [];
  // Rows of two or more cells: a group's line ("1. Thủ tục hành chính") or a note under the table is no criterion's row.
  for (let r = firstRow; r <= lastRow; r++) if ((grid.rows[r - 1] ?? []).filter((v) => cellText(v).trim() !== "").length >= 2) data.push(r);
  if (data.length < 2) return null;
  const share = (c: number, test: (v: GridCell) => boolean) => {
    const filled = data.filter((r) => cellText(cellAt(grid, r, c)).trim() !== "");
    return filled.length === 0 ? 0 : filled.filter((r) => test(cellAt(grid, r, c))).length / data.length;
  };
  // (Groups' lines, a total and the signatures stand among the rows: a few codes among them still make the column.)
  const codeCount = (c: number) => data.filter((r) => isCode(cellText(cellAt(grid, r, c)).trim())).length;
  const codeCol = cols.find((c) => codeCount(c) >= 2 && share(c, (v) => isCode(cellText(v).trim())) >= 0.3);
  if (codeCol === undefined) return null;
  // The criteria's own rows judge the columns: groups' lines ("I | CẢI CÁCH TTHC | 6"), remedies' and evidence's lines
  // under a criterion are not theirs.
  const coded = data.filter((r) => isCode(cellText(cellAt(grid, r, codeCol)).trim()));
  const ofCoded = (c: number, test: (v: GridCell) => boolean) =>
    coded.length === 0 ? 0 : coded.filter((r) => test(cellAt(grid, r, c))).length / coded.length;
  const judgeCol = cols.find((c) => ofCoded(c, (v) => JUDGED.test(cellText(v).trim())) >= 0.6);
  if (judgeCol === undefined) return null;
  const heading = (c: number) => looseKey(layout.headings[c] ?? "");
  const reported = Number(/\d{4}$/.exec(period.name)?.[0] ?? period.date.slice(0, 4));
  // The result's column: rates in most rows, headed as a result or the year reported, never a target or a baseline.
  const resultCol = cols
    // (Never a score: "Tự chấm", "Điểm" hold "0,5/1", "8/10".)
    .filter((c) => c !== codeCol && c !== judgeCol && !PLANNED_HEADING.test(heading(c)) && !SCORE_HEADING.test(heading(c)))
    .filter((c) => {
      const y = YEAR_HEADING.exec(heading(c));
      return y === null || Number(y[1]) === reported;
    })
    .filter((c) => ofCoded(c, (v) => rateOf(v, layout.headings[c] ?? "") !== null) >= 0.6)
    .sort((a, b) => Number(RESULT_HEADING.test(heading(b))) - Number(RESULT_HEADING.test(heading(a))))[0];
  if (resultCol === undefined) return null;
  // "Năm 2020 (%)" beside the year reported: each criterion's baseline, a reading of that year.
  const baselines = cols
    .map((c) => ({ c, y: Number(YEAR_HEADING.exec(heading(c))?.[1] ?? NaN) }))
    .filter(({ c, y }) => y < reported && ofCoded(c, (v) => rateOf(v, layout.headings[c] ?? "") !== null) >= 0.6);
  const readings: Reading[] = [];
  const mismatched: CriterionResults["mismatched"] = [];
  const skipped: number[] = [];
  const noteOf = (r: number, c: number) => `${cleanText(layout.headings[c] ?? "")}: ${cleanText(cellText(cellAt(grid, r, c)))}`;
  const source = (r: number, value: number) => ({
    file: grid.file,
    sheet: grid.sheet,
    sheetIndex,
    row: r,
    columns: { code: codeCol, value },
  });
  for (const r of data) {
    const written = cellText(cellAt(grid, r, codeCol)).trim();
    const code = CODE_NAMED.exec(written)?.[1] ?? written.replace(/\.$/, "");
    // (What the row's own words measure, "1.2 - Hồ sơ TTHC giải quyết đúng hạn": a rate's part must count the same.)
    const words = cols
      .filter((c) => c !== resultCol)
      .map((c) => cellText(cellAt(grid, r, c)))
      .join(" ");
    const rate = rateOf(cellAt(grid, r, resultCol), layout.headings[resultCol] ?? "", measureTopic(looseKey(words)));
    // No code ("Chỉ số SIPAS chung", a total) or no rate this period ("đang tổng hợp"): named, last year's kept all the same.
    // (Beside remedies a row with no code is the tasks' to read: a group's line, a remedy's own line.)
    if ((!CODE.test(code) && !remedy) || (CODE.test(code) && rate === null)) skipped.push(r);
    if (!CODE.test(code)) continue;
    for (const { c, y } of baselines) {
      const before = rateOf(cellAt(grid, r, c), layout.headings[c] ?? "");
      if (before !== null)
        readings.push({
          code,
          period: `Năm ${y}`,
          date: `${y}-12-31` as IsoDate,
          numerator: null,
          denominator: null,
          value: before.value,
          evidence: "",
          note: noteOf(r, c),
          source: source(r, c),
        });
    }
    if (rate === null) continue;
    // "Đến 30/9/2021 giải ngân 58%; đến 30/11/2021 đạt 80%": a figure per day, each its own reading on its day.
    const dated = datedRates(cellText(cellAt(grid, r, resultCol)));
    if (dated.length >= 2) {
      for (const d of dated)
        readings.push({
          code,
          period: formatViDate(d.date),
          date: d.date,
          numerator: null,
          denominator: null,
          value: d.value,
          evidence: "",
          note: `${noteOf(r, resultCol)} (lấy "${d.text}")`,
          source: source(r, resultCol),
        });
      continue;
    }
    const said = cols
      .filter((c) => c !== codeCol && c !== resultCol && !baselines.some((b) => b.c === c) && cellText(cellAt(grid, r, c)).trim() !== "")
      .map((c) => noteOf(r, c));
    // "98,9% (306/364 hồ sơ)": counts that do not give the rate written beside them are not taken; the rate is, and named.
    // ("86 hồ sơ trực tuyến/412 hồ sơ (20,9%)", "356, gửi điện tử 349 (98%)": the counts the rate comes from, said around it.)
    if (rate.counts === null) {
      const around = countsAround(cellText(cellAt(grid, r, resultCol)), rate.value);
      if (around !== null) rate.counts = [around.numerator, around.denominator];
    }
    const ofCounts = rate.counts && rate.counts[1] > 0 ? (rate.counts[0] / rate.counts[1]) * 100 : null;
    const agree = ofCounts !== null && Math.abs(ofCounts - rate.value) <= Math.max(halfUnitOf(rate.value), 0.01);
    if (ofCounts !== null && !agree) mismatched.push({ row: r, col: resultCol, text: cellText(cellAt(grid, r, resultCol)) });
    readings.push({
      code,
      period: period.name,
      date: period.date,
      numerator: agree ? (rate.counts?.[0] ?? null) : null,
      denominator: agree ? (rate.counts?.[1] ?? null) : null,
      value: agree && ofCounts !== null ? ofCounts : rate.value,
      evidence: "",
      note: [noteOf(r, resultCol), ...said].join("; "),
      source: source(r, resultCol),
    });
  }
  if (readings.filter((x) => x.period === period.name).length < 2) return null;
  const groups = data.filter((r) => GROUP_MARK.test(cellText(cellAt(grid, r, codeCol)).trim()));
  if (!remedy) return { readings, skipped, mismatched, groups };
  const judged = new Set([judgeCol, resultCol, columns.progress, columns.status, columns.result, columns.value]);
  const remedies = Object.fromEntries(Object.entries(columns).filter(([, c]) => !judged.has(c))) as TableLayout["columns"];
  return { readings, skipped, mismatched, groups, remedies: { ...remedies, code: codeCol } };
}
