import { bulletLines } from "./bulletLines";
import { IsoDate, isoDate } from "../dates/isoDate";
import { cleanText, looseKey } from "../text/normalize";
import { Grid, GridCell, cellText, isBlank } from "./grid";
import { periodAtDay } from "./contextPeriod";
import { parsePeriod, periodEnd, periodName } from "./periods";

/**
 * A criterion's rate written as a sentence on a line of its own, as a report typed in Word is pasted
 * into Excel or as the desk writes it under its dossier form:
 *
 *   - Tỷ lệ hồ sơ tiếp nhận trực tuyến mức độ 3, 4 (TC 1.1): 41/688 hồ sơ, đạt 5,96%
 *   2. Giải quyết hồ sơ đúng hạn: đạt 98,5% (197/200 hồ sơ); 03 hồ sơ trễ hạn đã có văn bản xin lỗi.
 *
 * One rate per line, said as a result ("đạt 5,96%", "tỷ lệ … 92 %", "48/50 phiếu (96%)"), never as a
 * target ("phấn đấu đạt 30%", "từ 90% trở lên"). The criterion is the one the line names; a line that
 * names none gives its words, for the plan to suggest one (and Kiểm tra says it was suggested).
 */
/** How a reading read from a sentence starts its Ghi chú. */
export const SENTENCE_NOTE = "Câu số liệu: ";

export interface RateSentence {
  row: number;
  col: number;
  code: string | null;
  value: number;
  numerator: number | null;
  denominator: number | null;
  /** The day the line says its figure is as of ("lũy kế đến 30/11/2021"), where it says one. */
  date: IsoDate | null;
  /** The period the line names its figure by ("quý IV/2021: 286/300 …"), as the master names it; null where it names none. */
  period: string | null;
  text: string;
  /** The whole line, where the rate is one clause of it. */
  line: string;
  /** "ước đạt 6 - 7%": a range where the figure goes, named and never read as one of its ends (value is then 0). */
  range: string | null;
  /** "Chỉ số hài lòng chung ước đạt 89,6%": a figure estimated, not reached (named, never read). */
  estimate: boolean;
  /** The section line above ("II. SỰ HÀI LÒNG CỦA NGƯỜI DÂN (SIPAS)"): what a line without a criterion is about. */
  section: string | null;
  /** The period is a quarter named without its year ("Kết quả Quý I: …"), the sheet's year taken. */
  yearless?: { kind: "quarter"; index: number; year: number };
  /** The last row of a sentence wrapped over the rows under its first ("…, đã giải" ⏎ "quyết 198 hồ sơ, … 100%"). */
  through: number;
  /** A line of a cell whose other lines are tasks, laid out in its row (Grid.figureLines): the row stays theirs. */
  besideTasks?: true;
}

// "ước đạt 89,6%", "ước thực hiện cả năm đạt 95%", "dự ước 90%": the figure is estimated.
const ESTIMATE = /\b(?:uoc (?:dat|tinh|thuc hien|ca nam)|du uoc|uoc \d)/;
// ("TCTP 1.5", "TC 1.5": the criterion's component named by its letters too.)
const CODE = /(?:tiêu chí|chỉ số|chỉ tiêu|(?<!\p{L})tctp|(?<!\p{L})tc)\s*:?\s*([12])\.(\d{1,2})(?![\d/])/iu;
// "1.2. Tỷ lệ …: đạt 99%": the criterion's own number at the line's start.
const LEADING_CODE = /^(?:[-–•+*]\s*)?([12])\.(\d{1,2})\.?\s+\p{L}/u;
const PERCENT = /(\d{1,3}(?:[.,]\d{1,3})?)\s?%/g;
// A count of a whole: "41/688 hồ sơ", "197/200", "48/50 phiếu"; never a day ("30/11/2021", "ngày 30/11").
const COUNTS = /(?<![\d.,/])(\d{1,3}(?:\.\d{3})*|\d+)\s?\/\s?(\d{1,3}(?:\.\d{3})*|\d+)(?![\d.,/])/g;
// What is aimed at, not reached: the figure after these words is a target.
// "… đẩy nhanh giải ngân để đạt 100% trước 31/01/2022": a purpose, not a result.
const TARGET =
  /\b(?:phan dau|chi tieu|ke hoach|muc tieu|it nhat|toi thieu|tro len|tren|khong duoi|giao|de ra|yeu cau|dat tu|(?:de|nham|can|phai|se|du kien|phan dau) dat)\s*$/;
const RESULT_BEFORE = /\b(?:dat|dat ty le|ty le|ti le|chiem|bang)\b/;
// "(chỉ tiêu đến 30/9 là 60%)": the target named a few words before its figure.
// "phấn đấu giải ngân 100% trước 31/01/2022": what is striven for, a few words before its figure.
// "phấn đấu đến ngày 31/01/2022 giải ngân đạt 100%", "Mốc theo NQ 63: đến 30/9/2021 đạt 60%": an aim, or a milestone set.
// ("…, đảm bảo đến 30/9/2021 đạt 60% kế hoạch": what the work must reach, no figure reached.)
const TARGET_SAID =
  /\b(?:chi tieu|ke hoach|muc tieu|yeu cau)\b[^%]{0,30}\bla\s*$|\b(?:phan dau|du kien|du dinh|dam bao)\b[^%]{0,60}$|(?:^|\s)moc (?:theo|cua|tien do|giai ngan|ke hoach|chi tieu)\b[^%]{0,60}$/;
// "giải ngân đạt 100% kế hoạch trước ngày 31/01/2022": a share to reach by a day, no share reached.
// ("đạt 100%, hoàn thành trước ngày 30/9": a result, then when the work was done.)
const BY_A_DAY_AFTER = /^[^.,;:()%\d]{0,40}?(?<!\p{L})(?:trước|chậm nhất)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}/iu;
// "đạt 86,20%, tăng 2,1% so với đợt 1": a change between two figures, not one.
const CHANGE_BEFORE = /\b(?:tang|giam|cao hon|thap hon|chenh lech|tang them|giam di)\s*$/;
const COMPARED = /\(\s*(?:năm\s+\d{4}|cùng kỳ(?:\s+năm)?(?:\s+\d{4})?|kỳ trước)\s*(?::|là|đạt)?\s*$/iu;
const SHORT_OF = /\b(?:chua dat|khong dat|chua bang|chua den|chua du)\s*$/;
// ("… khối lượng đạt khoảng 85%", "… - Đang thực hiện (80%)": the work's share, said after its state.)
const WORK_SHARE = /\b(?:khoi luong|tien do|phan viec)(?:\s+[a-z]+){0,3}\s*$|\b(?:dang thuc hien|dang trien khai|dang lam)\s*$/;
const EXTREME = /\b(?:thap nhat|cao nhat|lon nhat|nho nhat)\s*$/;
// "III. Tồn tại, hạn chế", "V. Kiến nghị": a report's remarks, whose shares are no results.
const REMARKS_SECTION = /\b(?:ton tai|han che|kho khan|vuong mac|kien nghi|de xuat|nguyen nhan)\b/;
// "số liệu ngày 14/12/2021", "chốt ngày 14/9": the day the figure stands at, said so.
const AS_OF = /(?:đến|tới|tính đến|lũy kế đến|hết|số liệu|chốt(?: số liệu)?)\s+(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?/iu;
const SECTION = /^(?:[IVX]{1,4}|[A-H])[.)]\s+\S/u;
// "1.2. TCTP Tỷ lệ hồ sơ … đúng hạn (Chủ trì: …)", "1.4. Giải ngân …": a criterion's section, alone on its line.
const CODED_SECTION = /^(?:(?:tiêu chí|tctp|tc|chỉ số)\s*)?[12]\.\d{1,2}\.?\s+\p{L}/iu;
const isSection = (t: string): boolean => SECTION.test(t) || (t.length <= 160 && CODED_SECTION.test(t));
// "quý III/2021 đạt 86,9%", "tháng 10 năm 2021": the period the line's figure is of.
const PERIOD_IN = /(?<!\p{L})(?:quý|tháng)\s+(?:[IVX]{1,4}|\d{1,2})(?:\s*\/\s*|\s+năm\s+)\d{4}/iu;
const RANGE_RATE = /(?:đạt|ước|khoảng|tỷ lệ|tỉ lệ)[^%\d]{0,12}(\d{1,3}(?:[.,]\d+)?\s*%?\s*[-–~]\s*\d{1,3}(?:[.,]\d+)?\s*%)/iu;
// "Quý I:", "Quý IV (tính đến 10/12/2021)": a quarter named without its year.
// ("Kết quả 9 tháng: 310/335 …": the first nine months of the sheet's year.)
const YEARLESS_QUARTER = /(?<!\p{L})(?:quý\s+(?:IV|III|II|I|[1-4])|6 tháng (?:đầu|cuối) năm|9 tháng(?: đầu năm)?)(?![\p{L}\d/]|\s+\d)/iu;
// "Năm 2021 (số liệu đến 30/11/2021): …": the year, so far.
const YEAR_IN = /(?<!\p{L})năm\s+\d{4}(?!\d)/iu;
// A line that is a note ("Ghi chú: … quý III đạt 86,9%") names no measure by its label.
const NOTE_LABEL = /^(?:ghi chu|luu y|chu thich|chu y|nhan xet|ghi chu khac)$/;
const PLAN_QUOTED = /\b(?:kh|ke hoach)(?: so)? \d+ kh\b/;
const PLAN_TARGET = /\b(?:toi thieu|phan dau|it nhat)\b/;
// A line that sets work to do ("Nâng tỷ lệ … đạt 30%") is a task, whatever figure it names.
const TASK_START =
  /^(?:\d{1,2} )?(?:nang|phan dau|dam bao|duy tri|tang|giam|to chuc|trien khai|xay dung|huong dan|tuyen truyen|ra soat|kiem tra|cap nhat|tiep tuc|day manh|de xuat|kien nghi|de nghi)\b/;

function num(t: string): number {
  return Number(t.replace(/\./g, "").replace(",", "."));
}

/** The line's one rate and the counts it comes from; null where the line states no result or several. */
export function rateOfSentence(
  text: string,
): Omit<RateSentence, "row" | "col" | "section" | "text" | "line" | "date" | "period" | "code" | "range" | "estimate" | "through"> | null {
  const rates = [...text.matchAll(PERCENT)].filter((m) => {
    const raw = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
    const before = looseKey(raw);
    // "chưa đạt 100%": the level not reached, no result ("Chưa đạt (87%)" gives its result in brackets);
    // "… thấp nhất (85%)": one part's extreme, no criterion's figure.
    if ((SHORT_OF.test(before) && !/\(\s*$/.test(raw)) || EXTREME.test(before)) return false;
    // "… đôn đốc nhà thầu: khối lượng đạt khoảng 85%": how far the work got, never a criterion's figure.
    if (WORK_SHARE.test(before)) return false;
    // "đã đạt 10/16 chỉ tiêu (62,5%)": the bracket restates a count reached; the words before the count say so.
    const counted = /(?:đạt|vượt)(?:\s+(?:và|,)\s+(?:vượt|đạt))?\s+\d+\s*\/\s*\d+\s+[\p{L}\s]{1,20}\(\s*$/iu.test(raw);
    // "6,8% (năm 2020: 5,9%)", "(cùng kỳ: 92%)": another period's figure beside the line's, for comparison.
    if (COMPARED.test(raw.slice(-30))) return false;
    // "Tỷ lệ = Đạt/Tổng số x 100%": how a rate is worked out, no figure.
    if (/[x×*]\s*$/iu.test(raw)) return false;
    // (An aim may be said further back: "phấn đấu đến ngày 31/01/2022 giải ngân đạt 100%".)
    const aimed = looseKey(text.slice(Math.max(0, (m.index ?? 0) - 90), m.index));
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60);
    return counted || (!TARGET.test(before) && !TARGET_SAID.test(aimed) && !CHANGE_BEFORE.test(before) && !BY_A_DAY_AFTER.test(after));
  });
  if (rates.length === 0) {
    // "48/50 phiếu hài lòng" with no rate: only where the line says it is a rate.
    return null;
  }
  const values = [...new Set(rates.map((m) => num(m[1])))];
  if (values.length !== 1 || values[0] > 100) return null;
  const at = rates[0].index ?? 0;
  const key = looseKey(text);
  // "… đạt 5,96%", "tỷ lệ hài lòng 92 %", "48/50 phiếu (96%)": the rate is stated as reached.
  const before = looseKey(text.slice(0, at));
  const inBrackets = /\(\s*$/.test(text.slice(0, at)) || /\(\s*\d[^()]*$/.test(text.slice(0, at));
  // "Tiêu chí 1.6 - Tốc độ tăng … năm 2021: 6,8%": a criterion named, its figure right after the colon.
  const labelled = /:\s*$/.test(text.slice(0, at)) && CODE.test(text);
  // ("Kết quả khảo sát 6 tháng đầu năm: 92,5% (phiếu hài lòng 185/200)": a label naming a result, its figure right after
  // the colon and the counts that give it beside; a label's rate alone in a table's cell is the table's to read.)
  const resultLabelled =
    /:\s*$/.test(text.slice(0, at)) && /\b(?:ket qua|ty le|ti le)\b/.test(before) && countsGivingRate(text, values[0]) !== null;
  // "- Nộp trực tuyến: 2/6 = 33,3%": the counts a measure's label gives, worked out to the rate.
  const worked = /:\s*\d{1,6}\s*\/\s*\d{1,6}\s*=\s*$/.test(text.slice(0, at));
  if (!RESULT_BEFORE.test(before) && !inBrackets && !labelled && !resultLabelled && !worked && !/\b(?:ty le|ti le)\b/.test(key))
    return null;
  if (TASK_START.test(key)) return null;
  // "Tiêu chí 1.4 - KH 58/KH-UBND: đến 30/9/2021 giải ngân tối thiểu 60%, đến 31/01/2022 đạt 100%": the plan's
  // targets quoted, not a result.
  if (PLAN_QUOTED.test(key) && PLAN_TARGET.test(key)) return null;
  const value = values[0];
  return { value, ...(countsGivingRate(text, value) ?? amountsGiving(text, value)) };
}

/** The first counts in the text ("điện tử 184/186") that give the rate to within 0,6; never a day ("từ 15/9"). */
function countsGivingRate(text: string, value: number): { numerator: number; denominator: number } | null {
  for (const m of text.matchAll(COUNTS)) {
    // Keyed with its marks: "điện tử 184/186" is a count, "từ 15/9" a day.
    const before = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
    if (/(?<!\p{L})(?:ngày|đến|tới|hết|từ)\s*$/iu.test(before)) continue;
    const [n, d] = [num(m[1]), num(m[2])];
    if (d > 0 && n <= d && Math.abs((n / d) * 100 - value) <= 0.6) return { numerator: n, denominator: d };
  }
  return null;
}

// An amount as written: "4.850 triệu đồng", "3.620"; never a day ("30/11/2021"), a share ("74,6%") or a code ("1.4").
const AMOUNT = /(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d{2,})(?![\d.,/%]|\s?%)/g;

/**
 * "Tổng vốn KH giao: 4.850 triệu đồng; đã giải ngân …: 3.620 triệu đồng (đạt 74,6%)": the part and the whole the
 * rate is worked from, where exactly one pair of the line's amounts gives it to its written precision.
 */
function amountsGiving(text: string, value: number): { numerator: number | null; denominator: number | null } {
  const amounts = [...text.matchAll(AMOUNT)].map((m) => num(m[1])).filter((n) => n > 0 && !(n >= 1900 && n <= 2100));
  const decimals = /[.,](\d+)\s?%/.exec(text)?.[1].length ?? 0;
  const tolerance = 0.5 * 10 ** -decimals + 1e-9;
  const pairs: Array<[number, number]> = [];
  for (const d of amounts) for (const n of amounts) if (n < d && Math.abs((n / d) * 100 - value) <= tolerance) pairs.push([n, d]);
  return pairs.length === 1 ? { numerator: pairs[0][0], denominator: pairs[0][1] } : { numerator: null, denominator: null };
}

function only(row: readonly GridCell[]): { col: number; text: string } | null {
  let found: { col: number; text: string } | null = null;
  // "Tỷ lệ giải quyết đúng hạn …: | 2023/2030 | 99,66%": a rate's label with its figures in the cells after it.
  const figures: string[] = [];
  // "TC 1.2 | Giải quyết 392/398 hồ sơ …, đạt 98,49%": the criterion in a cell of its own before the line.
  let code = "";
  let valued: string | null = null;
  let period: string | null = null;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (isBlank(v ?? null)) continue;
    // "2." | "Giải quyết hồ sơ đúng hạn: …", 1 | "Tiêu chí 1.2: …": a line's own number beside it.
    if (found === null && typeof v !== "object" && /^(?:\d{1,2}[.)]?|\d{1,2}\.\d{1,2}\.|[-–•+*]|[a-h][.)])$/u.test(String(v).trim()))
      continue;
    if (found === null && code === "" && typeof v === "string" && CODE_CELL.test(v.trim())) {
      code = v.trim();
      continue;
    }
    if (found !== null && typeof v === "string" && FIGURES_ONLY.test(v) && LABEL_OF_FIGURES.test(looseKey(found.text))) {
      figures.push(v.trim());
      continue;
    }
    // "Kết quả đo: | Quý II/2021 | 236/240 hồ sơ | 98,3%": a result's label, its period, counts and rate a cell each.
    if (found !== null && typeof v === "string" && RESULT_LABEL.test(found.text) && valued === null) {
      const t = v.trim();
      if (period === null && figures.length === 0 && t.length <= 30 && parsePeriod(t) !== null) {
        period = t;
        continue;
      }
      if (FIGURES_ONLY.test(t) || COUNTS_WITH_UNIT.test(t)) {
        figures.push(t);
        continue;
      }
    }
    // "Tỷ lệ hồ sơ … (Quý III/2021): | 27,5%", "CBCC đạt chuẩn: | 18/22 người (81,8%)": a figure's label and its value, a cell each.
    if (found !== null && valued === null && typeof v === "string" && LABELLED_VALUE.test(v.trim()) && labelsFigure(found.text)) {
      valued = v.trim();
      continue;
    }
    if (found !== null || typeof v !== "string") return null;
    found = { col: c + 1, text: v };
  }
  if (found && valued !== null)
    return figures.length === 0 && code === "" ? { ...found, text: `${found.text.trim().replace(/:$/, "")}: ${valued}` } : null;
  // Counts and a rate ("2023/2030 | 99,66%"); a rate alone beside its label is a form's line, read as such elsewhere.
  const both = figures.some((f) => f.includes("/")) && figures.some((f) => f.includes("%"));
  if (found && figures.length > 0 && RESULT_LABEL.test(found.text)) {
    const rate = figures.filter((f) => f.includes("%"));
    const counts = figures.filter((f) => !f.includes("%"));
    if (rate.length !== 1 || counts.length > 1 || code !== "") return null;
    const label = found.text.trim().replace(/:$/, "");
    return {
      ...found,
      text: `${label}${period === null ? "" : ` ${period}`}: ${counts.length > 0 ? `${counts[0]} (${rate[0]})` : rate[0]}`,
    };
  }
  if (found && figures.length > 0) return both ? { ...found, text: `${code} ${found.text.trim()} ${figures.join(" ")}`.trim() } : null;
  return found && code !== "" ? { ...found, text: `${/^\d/.test(code) ? `Tiêu chí ${code}` : code}: ${found.text.trim()}` } : found;
}
// ("1.2." alone, its dot after it, is a report's outline numbering: "1.2." | "Ước giải ngân đến …", never criterion 1.2.)
const CODE_CELL = /^(?:(?:tc|tctp|tiêu chí|tiêu chí thành phần|chỉ số)\s*[12]\.\d{1,2}\.?|[12]\.\d{1,2})$/iu;
const FIGURES_ONLY = /^[\d\s.,/%()=]+$/;
// "27,5%", "1.245/1.310 văn bản (95%)": a rate, alone or after the counts it comes from, as a figure's value is written.
// (Counts alone, "20/22", state no rate: a rate is what the line reader reads.)
const LABELLED_VALUE = /^(?=.{1,60}$)(?:\d[\d.,]*\s*%|\d[\d.]*\s*\/\s*\d[\d.]*(?:\s+\p{L}+)*\s*\(\s*\d[\d.,]*\s*%\s*\))$/u;
/** A label of a figure: it ends in a colon or names what is measured ("Tỷ lệ …", "Hài lòng về …"). */
function labelsFigure(label: string): boolean {
  const t = label.trim();
  return (
    t.length >= 8 &&
    /\p{L}{2}/u.test(t) &&
    (/:$/.test(t) || /^(?:ty le|ti le|hai long)\b/.test(looseKey(t)) || MEASURE_SAID.test(looseKey(t)))
  );
}
const LABEL_OF_FIGURES = /^(?:ty le|ti le)\b/;
// "Kết quả đo:", "Kết quả khảo sát:": a result's label before its cells, its colon written.
const RESULT_LABEL = /^\s*(?:kết quả|ket qua)(?:\s+\p{L}+){0,3}\s*:\s*$/iu;
// "236/240 hồ sơ": counts and what they count.
const COUNTS_WITH_UNIT = /^\d[\d.]*\s*\/\s*\d[\d.]*(?:\s+\p{L}+){1,4}$/u;

/** Every rate sentence on a sheet, each on a line alone. */
// "Chỉ tiêu theo KH 49: đến 30/9/2021 đạt 60%", "Chỉ tiêu năm 2022: 1.1 đạt 40%", "Phấn đấu …": targets, too.
// ("Mốc theo Nghị quyết 63/NQ-CP: đến 30/9/2021 đạt 60% KH; đến 31/01/2022 đạt 100% KH": the milestones set.)
const TARGET_LINE = /^(?:[a-d] )?(?:muc tieu|chi tieu|phan dau|moc (?:theo|cua|tien do|giai ngan|ke hoach|chi tieu))\b/;
const MEASURE_SAID = /\b(?:chiem|giai ngan|hai long|dung han|truc tuyen|dien tu|dat chuan)\b/;

/** "… => Đã xong ngày 12/10", "… → 18/10 đã niêm yết": the arrow a line's work is followed by what came of it. */
export const OUTCOME_ARROW = /\s+(?:=>|⇒|→|->)\s+/;

const PLANNED_BEFORE = /(?:du kien|ke hoach|phan dau|se|chuyen sang|lui sang)\b[^,;]{0,30}$/;

/** The first period a line names that is not a plan's ("dự kiến … trong Quý I/2022"). */
function periodSaid(text: string): RegExpExecArray | null {
  const all = new RegExp(PERIOD_IN.source, "giu");
  for (let m = all.exec(text); m !== null; m = all.exec(text))
    if (!PLANNED_BEFORE.test(looseKey(text.slice(Math.max(0, m.index - 40), m.index)))) return m;
  return null;
}

// The measure a line of several rates names once, before the first of them.
// ("Kết quả khảo sát cuối năm: tiếp cận dịch vụ 89,5%; thủ tục hành chính 88%; …": a survey's rates, of satisfaction.)
const LISTED_MEASURE = /\b(?:hai long|dung han|truc tuyen|dien tu|khao sat|sipas)\b/;
const LISTED_WORDS: Record<string, string> = {
  "hai long": "Hài lòng",
  "khao sat": "Hài lòng",
  sipas: "Hài lòng",
  "dung han": "Đúng hạn",
  "truc tuyen": "Trực tuyến",
  "dien tu": "Điện tử",
};

/** A listed clause as its own words: the line's lead-in before a colon off, the line's measure before it where it lacks one. */
function listedText(clause: string, lineMeasure: string | null): string {
  // ("về tổ chức giải quyết TTHC: 84,9%": the words before the colon are the clause's own, the rate alone after it.)
  const after = clause.includes(":") ? clause.slice(clause.lastIndexOf(":") + 1).trim() : "";
  const own = /\p{L}{2,}/u.test(after) ? after : clause.trim();
  return LISTED_MEASURE.test(looseKey(own)) ? own : `${LISTED_WORDS[lineMeasure ?? ""] ?? ""} ${own}`.trim();
}

/** "về tổ chức giải quyết TTHC 90%": a clause's one rate right after its words, neither a target nor a change. */
function listedRate(clause: string): { value: number; numerator: null; denominator: null } | null {
  const rates = [...clause.matchAll(PERCENT)];
  if (rates.length !== 1) return null;
  const before = looseKey(clause.slice(0, rates[0].index));
  if (
    TARGET.test(before) ||
    TARGET_SAID.test(before) ||
    CHANGE_BEFORE.test(before) ||
    SHORT_OF.test(before) ||
    before.split(" ").length < 2
  )
    return null;
  const value = num(rates[0][1]);
  return value <= 100 ? { value, numerator: null, denominator: null } : null;
}

/** A line starting in lower case under a text in the same column that has not ended its sentence. */
function wrappedOn(grid: Grid, r: number, col: number, text: string): boolean {
  const first = text.charAt(0);
  // ("a) Công chức TC-KT … (hiện đạt 85%)" under a heading: a lettered line of its own.)
  if (first === first.toLocaleUpperCase("vi") || r <= 1 || ITEM_MARK.test(text)) return false;
  const above = cellText(grid.rows[r - 2]?.[col - 1] ?? null).trim();
  return above !== "" && !/[.;:!?]$/.test(above);
}

// "a)", "b.", "- ", "+ ": a line's own mark, opening a line of its own.
const ITEM_MARK = /^\s*(?:[a-zđ]\s*[.)]\s|[-–•+*]\s)/u;

/** A line and the rows it wraps onto ("…, đã giải" ⏎ "quyết 198 hồ sơ, … đạt tỷ lệ 100%; …" ⏎ "hồ sơ chưa đến hạn."). */
function wrappedLine(grid: Grid, r: number, line: { col: number; text: string }): { text: string; through: number } {
  let text = line.text;
  let through = r;
  while (through < r + 4) {
    const next = only(grid.rows[through] ?? []);
    // ("a. Mục tiêu, yêu cầu: …" under a heading opens a lettered line of its own, never the heading's words.)
    if (next === null || next.col !== line.col || ITEM_MARK.test(next.text) || !wrappedOn(grid, through + 1, line.col, next.text)) break;
    text = `${text.trimEnd()} ${next.text.trim()}`;
    through++;
  }
  return { text, through };
}

const hasRate = (row: readonly GridCell[]) => row.some((v) => typeof v === "string" && v.includes("%"));

/** "Tổng cộng: 09 nhiệm vụ; hoàn thành 05 (55,6%), …": a report's tally of its own tasks, no criterion's figure (by its key). */
export const TASK_TALLY = /^(?:tong cong|tong so|cong)(?: [a-z]{1,3})? \d{1,3} (?:nhiem vu|viec|cong viec)\b/;

export function findRateSentences(grid: Grid, year: number | null): RateSentence[] {
  const out: RateSentence[] = [];
  let section: string | null = null;
  for (let r = 1; r <= grid.rows.length; r++) {
    const row = grid.rows[r - 1] ?? [];
    const besideTasks = grid.figureLines?.[r];
    // The cheap sign first: a "%" in one of the row's texts (or of the rows it may wrap onto).
    const below = hasRate(grid.rows[r] ?? []) || hasRate(grid.rows[r + 1] ?? []);
    if (!below && besideTasks === undefined && !row.some((v) => typeof v === "string" && (v.includes("%") || isSection(v)))) continue;
    const first = besideTasks ?? only(row);
    // "- Trong tháng … đúng hạn 74/74 hồ sơ (100%).⏎- Đã ban hành Quy chế … (TC 2.3) …" in one cell: each line a
    // sentence of its own (a criterion named on one line is never another line's).
    const lines = bulletLines(first?.text ?? null);
    if (first === null || first.text.length > (lines !== null ? 1200 : 300)) continue;
    const wrapped =
      lines !== null || wrappedOn(grid, r, first.col, first.text) ? { text: first.text, through: r } : wrappedLine(grid, r, first);
    if (!wrapped.text.includes("%") && !isSection(wrapped.text)) continue;
    const { through } = wrapped;
    for (const typed of lines ?? [wrapped.text]) {
      const line = { ...first, text: typed };
      const text = cleanText(line.text);
      if (isSection(text) && !text.includes("%")) {
        section = text;
        continue;
      }
      if (section !== null && REMARKS_SECTION.test(looseKey(section))) continue;
      if (TASK_TALLY.test(looseKey(text))) continue;
      // "a. Mục tiêu, yêu cầu: Đạt 100% chỉ tiêu …": the plan's target, never a result; "tỷ lệ giải ngân … đạt
      // 60% kế" under a line it goes on from: a pasted paragraph's middle, the plan's words too.
      // ("Chỉ tiêu KT-XH do HĐND xã giao: đã đạt 10/16 chỉ tiêu (62,5%)": the targets named, then what was reached.)
      // (Never `\b` after "quả": an ASCII word boundary, it never falls after a Vietnamese letter.)
      const reached = /:\s*(?:đã đạt|đạt được|kết quả)(?!\p{L})/iu.test(text);
      if ((TARGET_LINE.test(looseKey(text.slice(0, 40))) && !reached) || wrappedOn(grid, r, line.col, text)) continue;
      // "- Đôn đốc nhà thầu … => Chưa xong, khối lượng mới đạt khoảng 65%": a task and what came of it, not a figure.
      if (OUTCOME_ARROW.test(text)) continue;
      // "… trực tuyến 32 hồ sơ, đạt tỷ lệ 14,61%; đã giải quyết 210 hồ sơ, … đạt 100,00%": a rate per clause.
      const whole = rateOfSentence(text);
      const clauses = whole !== null || !text.includes(";") ? [text] : text.split(/;\s*/).filter((c) => c.includes("%"));
      const lineMeasure = LISTED_MEASURE.exec(looseKey(text))?.[0] ?? null;
      for (const clause of clauses) {
        // "GRDP … ước đạt 6 - 7%": a range stated as the result; its upper end is no reading.
        const range = RANGE_RATE.exec(clause);
        // "…: hài lòng về tiếp cận dịch vụ 92%; về tổ chức giải quyết TTHC 90%; …": one measure the line names, a rate per
        // clause, each after the words of what it is of.
        const listed = clauses.length >= 2 && lineMeasure !== null ? listedRate(clause) : null;
        const rate = range
          ? { value: 0, numerator: null, denominator: null }
          : clause === text
            ? whole
            : (rateOfSentence(clause) ?? listed);
        if (rate === null) continue;
        const code = CODE.exec(clause) ?? LEADING_CODE.exec(clause);
        // A line with no criterion must say what it measures: a rate's words, or a label of its own before a colon.
        const label = clause.includes(":") ? looseKey(clause.split(":")[0]) : "";
        // A clause of a longer sentence may say it by its counts: "đã giải quyết 210 hồ sơ, … đạt 100,00%".
        const counted = clause !== text && /\b(?:ho so|van ban|phieu)\b/.test(looseKey(clause));
        // "… chiếm 30,58% tổng số hồ sơ", "Giải ngân … đạt 57,3%": the words name the measure as a rate's would.
        const measured = MEASURE_SAID.test(looseKey(clause)) || (listed !== null && rate === listed);
        if (
          !code &&
          !counted &&
          !measured &&
          !/\b(?:ty le|ti le)\b/.test(looseKey(clause)) &&
          (label.split(" ").length < 2 || NOTE_LABEL.test(label))
        )
          continue;
        const day = AS_OF.exec(text);
        // ("…, dự kiến cử đi học trong Quý I/2022": a period planned, never the figure's.)
        // ("=> Kết quả Quý I: … (đạt 21,4%)" on a sheet of 2021: that quarter of the sheet's year.)
        const said = periodSaid(text) ?? YEAR_IN.exec(text) ?? (year !== null ? YEARLESS_QUARTER.exec(text) : null);
        const named0 = said ? parsePeriod(said[0]) : null;
        const p =
          named0 !== null && named0.year === null && (named0.kind === "quarter" || named0.kind === "half" || named0.kind === "nine")
            ? { ...named0, year }
            : named0;
        const y = day?.[3] ? Number(day[3]) : (p?.year ?? year);
        const dayDate = day && y !== null ? isoDate(y, Number(day[2]), Number(day[1])) : null;
        // "quý IV/2021 …, số liệu ngày 14/12/2021": the quarter at that day; a day outside it says nothing of it.
        const named =
          p !== null && p.year !== null
            ? ((dayDate !== null ? periodAtDay(p, dayDate) : null) ?? { name: periodName(p, p.year), date: periodEnd(p, p.year) })
            : null;
        const date = named?.date ?? dayDate ?? (p && p.year !== null && p.kind !== "year" ? periodEnd(p, p.year) : null);
        out.push({
          estimate: ESTIMATE.test(looseKey(clause)),
          row: r,
          col: line.col,
          code: code ? `${code[1]}.${Number(code[2])}` : null,
          ...rate,
          date,
          period: named?.name ?? null,
          range: range ? range[1] : null,
          // ("về tổ chức giải quyết TTHC 90%" said of the line's "hài lòng": named with it, for the plan to suggest its criterion.)
          // ("Kết quả khảo sát cuối năm: tiếp cận dịch vụ 89,5%": the line's lead-in off the first clause, its aspect left.)
          text: listed !== null && rate === listed ? listedText(clause, lineMeasure) : clause,
          line: text,
          section,
          through,
          ...(besideTasks !== undefined ? { besideTasks: true as const } : {}),
          ...(p !== null && p !== named0 && p.kind === "quarter" && p.year !== null && dayDate === null
            ? { yearless: { kind: "quarter" as const, index: p.index, year: p.year } }
            : {}),
        });
      }
    }
  }
  return out;
}

/** A rate a task's result reports for its criterion ("T10: 15/230 hồ sơ trực tuyến (6,5%)"), and the month it names, if any. */
export interface ResultFigure {
  value: number;
  numerator: number | null;
  denominator: number | null;
  month: number | null;
  year: number | null;
  text: string;
}

// "(19/20 thôn)", "đạt 100% kế hoạch": the task's own parts done, not its criterion's figure.
// ("đạt 54,9% kế hoạch vốn": the capital plan disbursed, the disbursement criterion's own measure, no task's.)
const TASK_PARTS =
  /^[\s(]*(?:thôn|ấp|xóm|tổ|buổi|lớp|đợt|cuộc|hộ|tờ rơi|bản tin|lần|tin|bài|pa nô|khẩu hiệu|máy|thiết bị|kế hoạch(?!\s+vốn)|khối lượng|công việc|tiến độ|nhiệm vụ|chỉ tiêu)(?!\p{L})/iu;
const MONTH = /(?<!\p{L})(?:t|tháng)\s?(\d{1,2})(?:\s?\/\s?(\d{4}))?(?![\d/])/iu;

/**
 * The criterion's figures a task's result or note reports, a part per period ("T10: 15/230 hồ sơ (6,5%); T11: 22/245 (9,0%)",
 * "Tháng 11 đạt 98,5% (197/200 hồ sơ đúng hạn)"): each a rate stated as reached, with the counts it comes
 * from or the words of a rate. The task's own progress ("đạt 100% kế hoạch", "19/20 thôn (95%)") is none.
 */
export function figuresInResult(text: string): ResultFigure[] {
  if (!text.includes("%")) return [];
  const out: ResultFigure[] = [];
  let before = "";
  // ("Đang thực hiện. 9 tháng: 1.254/1.310 …": a sentence may open on the months its figures cover.)
  for (const raw of text.split(/[;\n]|\.\s+(?=\p{Lu}|\d{1,2}\s*tháng(?!\p{L}))/u)) {
    const part = cleanText(raw);
    const earlier = before;
    before = part;
    const found = part.includes("%") ? rateOfSentence(part) : null;
    if (found === null) continue;
    // "… tiếp nhận 415 hồ sơ, giải quyết đúng hạn 412 hồ sơ …; tỷ lệ đúng hạn đạt 99,28%": the counts said just before.
    // ("Phát ra 60 phiếu, thu về 58 phiếu; 55 phiếu hài lòng … (94,8%)": 55 of the 58 returned.)
    const rate = found.numerator === null ? { ...found, ...(countsGiving(`${earlier} ${part}`, found.value) ?? {}) } : found;
    const at = part.search(/\d{1,3}(?:[.,]\d{1,3})?\s?%/);
    // Keyed with its marks: "hồ sơ" is no "hộ".
    // ("đã giải ngân 3.250 triệu đồng, đạt 63,7% kế hoạch": the capital plan disbursed, the criterion's own measure.)
    const after = part.slice(at).replace(/^[\d.,]+\s?%\)?/, "");
    if (TASK_PARTS.test(after) && !(/giải ngân|giai ngan/iu.test(part.slice(0, at)) && /^\s*(?:kế hoạch|ke hoach)/iu.test(after))) continue;
    const counted = part.match(/\d\s?\/\s?\d+\s*(\p{L}[\p{L} ]{0,12})?/u);
    if (counted?.[1] && TASK_PARTS.test(counted[1])) continue;
    // ("55 phiếu hài lòng về thái độ công chức (94,8%)": the satisfied counted, their share after them.)
    // ("Kết quả khảo sát SIPAS tháng 11/2021: 88,6%": a survey's index, said after its name.)
    // ("Đến 30/9/2021 giải ngân 1,52/2,40 tỷ đồng (63,3%)": the capital disbursed, the disbursement criterion's own measure.)
    if (rate.numerator === null && !/\b(?:ty le|ti le|dat|hai long|khao sat|sipas|chi so|giai ngan)\b/.test(looseKey(part.slice(0, at))))
      continue;
    // The month named before the figure ("Tháng 11 gửi 128/135 …"); "03 chỉ tiêu phấn đấu đạt trong tháng 12" after it is another's.
    const m = MONTH.exec(part.slice(0, part.indexOf("%", at) + 1 || part.length));
    const month = m && Number(m[1]) >= 1 && Number(m[1]) <= 12 ? Number(m[1]) : null;
    out.push({ ...rate, month, year: month !== null && m?.[2] ? Number(m[2]) : null, text: part });
  }
  return out;
}

/** Two whole counts in a text whose ratio gives a rate to the decimals it is written with; null where none or several do. */
function countsGiving(text: string, value: number): { numerator: number; denominator: number } | null {
  const counts = [...text.matchAll(/(?<![\d.,/])(\d{1,3}(?:\.\d{3})*|\d+)(?![\d,/]|\.\d)/g)].map((m) => Number(m[1].replace(/\./g, "")));
  return pairGiving(counts, value);
}

/** The one part and whole among counts whose quotient gives a rate to the decimals it is written with; null where none or several do. */
export function pairGiving(counts: readonly number[], value: number): { numerator: number; denominator: number } | null {
  // Within half the last decimal written ("99,28" to 0,005; "99,3" to 0,05), never closer than a hundredth.
  const decimals = String(value).split(".")[1]?.length ?? 0;
  const within = Math.max(0.5 * 10 ** -decimals, 0.005) + 1e-9;
  const found: Array<{ numerator: number; denominator: number }> = [];
  for (const d of counts)
    for (const n of counts) if (n > 0 && n <= d && Math.abs((n / d) * 100 - value) <= within) found.push({ numerator: n, denominator: d });
  return found.length === 1 ? found[0] : null;
}

/**
 * What a sentence's rate measures, for suggesting its criterion: the part after "trong đó" ("… tiếp nhận
 * 219 hồ sơ, trong đó trực tuyến 32 hồ sơ, đạt 14,61%" measures the online ones), else its label before a
 * colon ("Giải quyết hồ sơ đúng hạn: đạt 98,5%"), else the whole.
 */
export function measuredPart(text: string): string {
  const within = /trong đó\s+([^,;%]{3,60})/iu.exec(text);
  if (within) return within[1].trim();
  const label = text.split(":")[0];
  return label.length < text.length && !NOTE_LABEL.test(looseKey(label)) ? label : text;
}
