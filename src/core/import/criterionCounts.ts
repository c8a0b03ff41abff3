import { endOfYear, ymd } from "../dates/isoDate";
import { cleanText } from "../text/normalize";
import type { ExtractContext } from "./extract";
import { figure } from "./figureBlocks";
import { GridCell, cellText, columnName, formatAt, isBlank } from "./grid";
import { headingKey } from "./columns";
import { namesMeasure } from "./header";
import { Problem, problem } from "../validate/problems";
import { RawTask, Reading } from "./records";
import { sectionCode } from "./rows";
import { countWithUnit, countsWithShare, halfUnitOf } from "./values";
import { parseNumberText } from "./cellFacts";
import { PeriodLabel, parsePeriod, periodEnd, periodName } from "./periods";

/**
 * "Tiêu chí 2.1: Hài lòng về tiếp cận dịch vụ | | 172 | 200 | 86" over "1 | Thông báo lịch làm việc … | CC VH-XH |
 * 15/10/2021 | 100%": a criterion's row among its tasks, its counts and rate in columns the tasks leave empty, nobody
 * to lead it, no day or state of its own. Its figures are its reading; the row, without them, heads its tasks by its
 * code. Only counts and a rate that agree (172/200 = 86 %), a part over its whole ("57/312"), a share alone under a
 * rate's heading, or a figure under each period's column ("Q.I | Q.II", "Năm 2020 | Năm 2021") are read.
 */
export interface CriterionCounts {
  readings: Reading[];
  /** The rows whose figures were read: the table reads them without their figures, as the headings of their tasks. */
  rows: Map<number, number[]>;
  /** Every criterion's row heading tasks, its figures read or not ("1.7 … | Năm 2021 | chưa có số liệu"): their code. */
  heads: Array<{ row: number; code: string; said: string[] }>;
  /** The rows that name a criterion of their own: they keep it. */
  coded: Set<number>;
}

// A column the tasks never fill: a self-assessment's points ("Điểm", "1/1"), never a count of the criterion's.
// ("Tự chấm", "Tự đánh giá", "Thẩm định": the points given, by the commune or the district.)
const POINTS = /^(?:diem|tu cham|tu danh gia|tham dinh)\b|\bdiem (?:toi da|tu cham|chuan|dat|danh gia|con thieu)\b/;
// A share's heading: "Tỷ lệ (%)", "Đạt (%)", "Kết quả (%)".
const RATE_HEADING = /^(?:ty le|ti le|dat|ket qua|muc do)\b/;
// The tasks' own progress ("Tiến độ (%)", "% hoàn thành"): never a criterion's share.
const PROGRESS_HEADING = /\b(?:tien do|hoan thanh|trien khai|ht)\b/;

const PERIOD_SAID = /(?<!\p{L})(?:(?:tháng|quý)\s+(?:[IVX]{1,4}|\d{1,2})\s*\/\s*\d{4}|6 tháng (?:đầu|cuối) năm \d{4})(?!\d)/iu;

export function findCriterionCounts(ctx: ExtractContext): CriterionCounts | null {
  const { layout, grid } = ctx;
  if (layout.kind !== "tasks") return null;
  const cols = layout.columns;
  if (cols.content === undefined) return null;
  const mapped = new Set<number>([
    ...Object.values(cols),
    ...Object.keys(layout.statusTicks ?? {}).map(Number),
    ...(layout.ignored ?? []),
    ...(layout.contentSpan ?? []),
  ]);
  const key = (c: number) => headingKey(layout.headings[c] ?? "");
  // "Kỳ | Quý III/2021" beside the figures: the period they are of.
  const periodCol = Object.keys(layout.headings)
    .map(Number)
    .find((c) => !mapped.has(c) && /^(?:ky|ky bao cao|thoi diem|thoi ky)$/.test(key(c)));
  // Columns the tasks leave to figures: headed, unread by the table, no points; the share the tasks' progress reads too.
  const figureCols = Object.keys(layout.headings)
    .map(Number)
    .filter(
      (c) =>
        (!mapped.has(c) || ((c === cols.progress || c === cols.result) && !PROGRESS_HEADING.test(key(c)))) &&
        c !== periodCol &&
        key(c) !== "" &&
        !POINTS.test(key(c)),
    );
  if (figureCols.length === 0 && cols.lead === undefined) return null;
  // ("Năm 2021 (khảo sát T10)": the period, past its remark.)
  const periodCols = figureCols
    .map((c) => {
      const h = cleanText(ctx.merges.label(grid, layout.headerBottom, c));
      return { c, p: parsePeriod(h) ?? parsePeriod(h.replace(/\([^)]*\)/g, "").trim()) };
    })
    .filter((x): x is { c: number; p: PeriodLabel } => x.p !== null);
  const work = [cols.lead, cols.partners, cols.due, cols.status, cols.doneDate, ...Object.keys(layout.statusTicks ?? {}).map(Number)];
  const at = (r: number, c: number | undefined): GridCell => (c === undefined ? null : (grid.rows[r - 1]?.[c - 1] ?? null));
  // The criterion's words, in the work's column or, where that is empty, the code's ("1.1 Hồ sơ trực tuyến mức 3-4").
  // ("1.4. Giải ngân …" merged from the lead's column over the work's: the merge's words.)
  const label = (r: number) => cleanText(ctx.merges.label(grid, r, cols.content as number)) || cleanText(cellText(at(r, cols.code)));
  const codeOf = (r: number): string | null => {
    const own = cols.code !== undefined ? cleanText(cellText(at(r, cols.code))) : "";
    if (/^[1-9]\.\d{1,2}\.?$/.test(own)) return own.replace(/\.$/, "");
    const named = sectionCode(own !== "" ? own : ctx.merges.label(grid, r, cols.content as number));
    if (named !== null) return named;
    // ("1.2 | Hồ sơ TTHC giải quyết đúng hạn" in the number's column: a code only where the words name a measure, never
    // a task list's own outline "1.2 | Rà soát …".)
    const mark = cols.stt !== undefined ? cleanText(cellText(at(r, cols.stt))) : "";
    if (!/^[1-9]\.\d{1,2}\.?$/.test(mark)) return null;
    // (Or the rows under it numbered by no outline: blank, or a bullet "+", "-".)
    const under = cleanText(cellText(at(r + 1, cols.stt)));
    return namesMeasure(label(r)) || /^(?:[-+•–]?)$/u.test(under) ? mark.replace(/\.$/, "") : null;
  };
  // "Kết quả tự khảo sát (…, đợt tháng 11/2021)" over the criteria's rows: the period their figures are of.
  const periodOver = (r: number): PeriodLabel | null => {
    let above = r - 1;
    while (above >= ctx.firstRow && (codeOf(above) !== null || (grid.rows[above - 1] ?? []).every((v) => isBlank(v ?? null)))) above--;
    const filled = (grid.rows[above - 1] ?? []).filter((v) => !isBlank(v ?? null));
    const said = filled.length === 1 ? PERIOD_SAID.exec(cleanText(cellText(filled[0]))) : null;
    return said ? parsePeriod(said[0]) : null;
  };
  const out: CriterionCounts = { readings: [], rows: new Map(), heads: [], coded: new Set() };
  // (A code in the number's column keeps its row's own, whatever is under it.)
  const markCode = (r: number) => /^[1-9]\.\d{1,2}\.?$/.test(cleanText(cellText(at(r, cols.stt))));
  const nextWritten = (r: number) => {
    let next = r + 1;
    while (next <= ctx.lastRow && (grid.rows[next - 1] ?? []).every((v) => isBlank(v ?? null))) next++;
    return next;
  };
  // A criterion's row: its words and code, no one's work written on it.
  // ("2.1 Tiếp cận dịch vụ | 82,5%" under "Đầu mối": a figure where a lead would be is no one's work, the row's figure.)
  const figureAsLead = (r: number, c: number | undefined) =>
    c !== undefined && c === cols.lead && /^\s*\d{1,3}(?:[.,]\d+)?\s*%\s*$/.test(cellText(at(r, c)));
  const criterionRow = (r: number, loose = false): string | null => {
    // (Most rows are tasks with their lead or deadline written: passed over before their words are read.)
    if (work.some((c) => c !== undefined && !isBlank(at(r, c)) && !figureAsLead(r, c)) && !ctx.merges.at(r, cols.content as number))
      return null;
    const words = label(r);
    // ("1.4. Giải ngân … " merged over the lead's and deadline's cells: its words again, no one's work.)
    const own = (c: number | undefined) =>
      c !== undefined && !isBlank(at(r, c)) && cleanText(cellText(at(r, c))) !== words && !figureAsLead(r, c);
    if (words === "" || work.some(own)) return null;
    return codeOf(r) ?? (loose && markCode(r) ? cleanText(cellText(at(r, cols.stt))).replace(/\.$/, "") : null);
  };
  // Heading tasks: the next written row is work of no criterion of its own. Once the table heads its tasks so, a
  // criterion's row with no task under it ("1.5 | Văn bản điện tử | 1 | 1 | 92%" over the next criterion) is one too.
  const heading = (r: number, loose: boolean) => {
    const next = nextWritten(r);
    if (next > ctx.lastRow) return false;
    if (loose && criterionRow(next, true) !== null) return true;
    // (A task's row says who, by when or how far; "III | ĐÁNH GIÁ CHUNG" under the row is no task of it.)
    const task = [...work, cols.progress, cols.result, cols.note].some((c) => c !== undefined && !isBlank(at(next, c)));
    return !isBlank(at(next, cols.content)) && codeOf(next) === null && task;
  };
  const candidates = Array.from({ length: ctx.lastRow - ctx.firstRow + 1 }, (_, k) => ctx.firstRow + k).filter(
    (r) => criterionRow(r, true) !== null,
  );
  const strict = new Set(candidates.filter((r) => criterionRow(r) !== null && heading(r, false)));
  for (const r of candidates) {
    if (!strict.has(r) && (strict.size === 0 || !heading(r, true))) continue;
    const code = criterionRow(r, true) as string;
    const words = label(r);
    // (Everything else the row holds, its points and remarks as well as its figures, said with it: nothing is dropped.)
    const said = (grid.rows[r - 1] ?? [])
      .map((_, i) => i + 1)
      .filter((c) => !isBlank(at(r, c)))
      .filter((c) => c !== cols.stt && c !== cols.code && c !== cols.content && cleanText(cellText(at(r, c))) !== words)
      .map((c) => `${layout.headings[c] ?? columnName(c)}: ${cleanText(cellText(at(r, c)))}`);
    out.heads.push({ row: r, code, said });
    const written = [
      ...figureCols.filter((c) => !isBlank(at(r, c)) && cleanText(cellText(at(r, c))) !== words),
      ...(figureAsLead(r, cols.lead) ? [cols.lead as number] : []),
    ];
    // "Q.I | Q.II | Q.III", "Năm 2020 | Năm 2021": a figure of each period, a reading each.
    if (periodCols.length >= 2) {
      for (const { c, p } of periodCols) {
        const f = isBlank(at(r, c)) ? null : figure(at(r, c), formatAt(grid, r, c));
        const year = p.year ?? ctx.year;
        if (f === null || year === null || f.n < 0 || f.n > 100) continue;
        out.readings.push({
          code,
          period: periodName(p, year),
          date: periodEnd(p, year),
          numerator: null,
          denominator: null,
          value: f.n,
          evidence: "",
          note: [words, `Số liệu ghi ở dòng tiêu chí ${code}, cột "${layout.headings[c] ?? ""}"`, ...said].join("; "),
          source: { file: grid.file, sheet: grid.sheet, sheetIndex: ctx.sheetIndex, row: r, columns: { value: c, code: cols.code } },
        });
        out.rows.set(r, written);
      }
      continue;
    }
    const read = readFigures(written.map((c) => ({ c, v: at(r, c), format: formatAt(grid, r, c), key: key(c) })));
    if (read === null) continue;
    const ownPeriod = periodCol !== undefined ? parsePeriod(cleanText(cellText(at(r, periodCol)))) : periodOver(r);
    const year = ownPeriod?.year ?? ctx.year;
    const period =
      ownPeriod !== null && year !== null
        ? { name: periodName(ownPeriod, year), date: periodEnd(ownPeriod, year) }
        : (ctx.contextPeriod ??
          (ctx.year !== null
            ? { name: `Năm ${ctx.year}`, date: ctx.asOf !== null && ymd(ctx.asOf).y === ctx.year ? ctx.asOf : endOfYear(ctx.year) }
            : null));
    if (period === null) continue;
    out.readings.push({
      code,
      period: period.name,
      date: period.date,
      numerator: read.numerator,
      denominator: read.denominator,
      value: read.value,
      evidence: "",
      note: [words, `Số liệu ghi ở dòng tiêu chí ${code} trong bảng nhiệm vụ`, ...said].join("; "),
      source: { file: grid.file, sheet: grid.sheet, sheetIndex: ctx.sheetIndex, row: r, columns: { value: read.col, code: cols.code } },
    });
    out.rows.set(r, [...written, ...(periodCol !== undefined ? [periodCol] : [])]);
  }
  if (out.rows.size === 0) return null;
  for (let r = ctx.firstRow; r <= ctx.lastRow; r++) if (codeOf(r) !== null || markCode(r)) out.coded.add(r);
  return out;
}

type Written = { c: number; v: GridCell; format: string | undefined; key: string };
type Figure = { c: number; n: number; percent: boolean };
type Read = { numerator: number | null; denominator: number | null; value: number; col: number };

/** "57/312", "88/100": a part over its whole in one cell. */
const PAIR = /^(\d[\d.]*)\s*\/\s*(\d[\d.]*)$/;

/**
 * The criterion's figures on its row: two whole counts and the share they give ("172 | 200 | 86"), a part over its
 * whole in one cell ("57/312") with or without its share, or one share alone under a share's heading ("Tỷ lệ | 95%").
 * Counts whose share disagrees, or any other mix, are no reading.
 */
function readFigures(cells: readonly Written[]): Read | null {
  const figures: Figure[] = [];
  let pair: { n: number; d: number; c: number } | null = null;
  for (const x of cells) {
    const t = typeof x.v === "string" ? cleanText(x.v) : "";
    const p = PAIR.exec(t);
    if (p) {
      const [n, d] = [parseNumberText(p[1]), parseNumberText(p[2])];
      if (n === null || d === null || d <= 0 || n > d || pair !== null) return null;
      pair = { n, d, c: x.c };
      continue;
    }
    // ("5.200 trđ", "18 chỉ tiêu": a count with its unit.)
    const shown = figure(x.v, x.format);
    const counted = shown === null ? countWithUnit(t) : null;
    const f = shown ?? (counted === null ? null : { n: counted, percent: false });
    if (f !== null) figures.push({ c: x.c, ...f });
  }
  if (pair !== null) {
    const share = pair.n / pair.d;
    const stated = figures.find((f) => Math.abs(share * 100 - f.n) <= halfUnitOf(f.n) + 1e-9);
    if (figures.length > 1 || (figures.length === 1 && stated === undefined)) return null;
    return { numerator: pair.n, denominator: pair.d, value: stated?.n ?? share * 100, col: stated?.c ?? pair.c };
  }
  const agreed = countsWithShare(figures);
  if (agreed !== null) return { numerator: agreed.part.n, denominator: agreed.whole.n, value: agreed.share.n, col: agreed.share.c };
  if (figures.length !== 1) return null;
  const [x] = figures;
  const heading = cells.find((y) => y.c === x.c)?.key ?? "";
  const rate = x.percent || RATE_HEADING.test(heading);
  // (0,985 under "Kết quả", no percent's format: the share as a fraction of one.)
  const n = !x.percent && x.n > 0 && x.n < 1 ? Math.round(x.n * 1e8) / 1e6 : x.n;
  return rate && n >= 0 && n <= 100 ? { numerator: null, denominator: null, value: n, col: x.c } : null;
}

/**
 * The criterion's rows read: their readings taken, no task of theirs kept, and the tasks under each (to the next
 * criterion's row or section) given its code where they name none.
 */
export function headTasksByCriterionRows(
  got: { tasks: RawTask[]; readings: Reading[]; problems: Problem[]; report: { sections: Array<{ row: number }> } },
  lifted: CriterionCounts,
): void {
  for (const reading of lifted.readings) got.readings.push(reading);
  const heads = lifted.heads;
  const sections = got.report.sections.map((x) => x.row);
  const headRows = new Set(heads.map((h) => h.row));
  // (A criterion's row with no figure yet, "2.5 | Tiếp nhận, xử lý PAKN | 2 | 1,5", is no task either: said, its tasks
  // taking its code.)
  for (const t of got.tasks)
    if (headRows.has(t.source.row) && !lifted.rows.has(t.source.row)) {
      const head = heads.find((h) => h.row === t.source.row);
      const rest = head === undefined || head.said.length === 0 ? "" : ` (${head.said.join("; ")})`;
      got.problems.push(
        problem("ROW_SKIPPED", { file: t.source.file, sheet: t.source.sheet, row: t.source.row }, t.content, {
          vi: `dòng tiêu chí ${head?.code ?? ""} "${t.content}"${rest} đứng đầu các nhiệm vụ dưới nó, không ghi số liệu đọc được: không đọc thành nhiệm vụ hay số liệu; các nhiệm vụ dưới nó mang mã tiêu chí này.`,
          en: `the row of criterion ${head?.code ?? ""} heads the tasks under it and gives no figure that can be read: read as neither a task nor a figure; its tasks take its code.`,
        }),
      );
    }
  const kept = got.tasks.filter((t) => !headRows.has(t.source.row));
  for (const t of kept) {
    const head = heads.filter((h) => h.row < t.source.row).at(-1);
    if (head === undefined || lifted.coded.has(t.source.row) || sections.some((r) => r > head.row && r < t.source.row)) continue;
    t.code = head.code;
  }
  got.tasks.splice(0, got.tasks.length, ...kept);
  const rest = got.problems.filter((p) => p.row === null || !headRows.has(p.row) || p.code === "ROW_SKIPPED");
  got.problems.splice(0, got.problems.length, ...rest);
}
