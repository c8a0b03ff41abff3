import { allOfficialTitles, findOfficials } from "../plan/officials";
import { cleanText, looseKey } from "../text/normalize";
import { formatViDate, parseIsoDate } from "../dates/isoDate";
import { Grid, GridCell, cellText, isBlank, isGridDate } from "./grid";
import { cellKind } from "./cellFacts";
import { percentShown } from "./formatText";
import { parseStatus } from "./values";
import { withTheSentenceDay } from "./dateText";
import { OUTCOME_ARROW, TASK_TALLY, rateOfSentence } from "./rateSentences";
import { REPORT_CLOSING, signatureRow } from "./rows";
import { BULLET, bulletLines } from "./bulletLines";

/**
 * Tasks pasted as lines of text, one cell a row: a report sent by email or in a chat group and copied
 * into a sheet ("1) Chỉnh lý biến động đất đai cho 15 hộ (TC 1.7) - anh Tuấn ĐC - xong 12/11", "2. Số hóa
 * sổ khai sinh, hạn 31/12/2021: đang thực hiện", "[x] Niêm yết TTHC mới"). Each numbered line becomes a
 * row of a table (TT | Nội dung | Tiêu chí | Chủ trì | Kết quả) in the rows the lines hold, headed in
 * the nearest blank row above the first; the lines between them (who wrote which part) stay where
 * they are, as the headings of the rows under them. A sheet with a table of its own is left alone.
 */
export interface TextList {
  grid: Grid;
  rows: number[];
  /** The row the table's headings were written in, and what it held where it was not blank (said in Kiểm tra). */
  head: number;
  replaced: string | null;
  /** Lines read with the numbered line above them ("- Thời hạn: …"): emptied in the table, their cells in its row. */
  consumed: number[];
  /** A report's remarks ("II. KHÓ KHĂN, VƯỚNG MẮC" and its lines, "1. Ưu điểm: …"): no tasks, named. */
  remarks: number[];
  /** The lines open with their label ("1. Nhiệm vụ: …"): a report's tasks, whatever else reads their cells. */
  labelled: boolean;
}

// "II. KHÓ KHĂN, VƯỚNG MẮC", "III. ĐỀ XUẤT", "2. Tồn tại, hạn chế: …": a report's remarks, not its work.
const REMARKS =
  /^(?:(?:[ivx]{1,4}|\d{1,2}|[a-h])\s+)?(?:kho khan|vuong mac|ton tai|han che|nguyen nhan|de xuat|kien nghi|phuong huong|nhan xet|danh gia chung|bai hoc|uu diem|nhuoc diem)\b/;
// A section's heading line: "II. …" or "B. …", short, nothing after a colon; or any short line in capitals.
const SECTION_LINE = /^\s*(?:[IVX]{1,4}|[A-H])\s*[.)]\s*[^:]{2,60}$/u;
const sectionLine = (t: string) =>
  SECTION_LINE.test(t) || (t.length <= 60 && !t.includes(":") && t === t.toLocaleUpperCase("vi") && /\p{Lu}{3}/u.test(t));

// "1.", "1)", "1/" (as a letter is typed), "1-" before the line's text.
// ("1.1.", "2.3)": a part's number under its item's, read as one line too.)
// ("a)", "b)": a report's tasks lettered under a criterion's heading.)
const ITEM = /^\s*(?:(\d{1,2}(?:\.\d{1,2}(?=[.)]))*|[a-hđ](?=\)))\s*[.)/–-](?![\d/])|\[( |x|X|✓)\]|[-–•+*]\s)\s*(\S.*)$/u;
// "    - Thời hạn: 30/9/2021", "    - Kết quả: xong rồi", "   Nguoi thuc hien: … Han: …" under a numbered line: that
// line's own fields, written with or without their marks. A report's "Giao: …" names who leads it.
const LABEL =
  "người/đơn vị chủ trì|nguoi/don vi chu tri|đơn vị/người chủ trì|don vi/nguoi chu tri|thời hạn hoàn thành|thoi han hoan thanh|hạn hoàn thành|han hoan thanh|xong ngày|xong ngay|ngày xong|ngay xong|thời hạn|thoi han|thời gian thực hiện|thoi gian thuc hien|thời gian hoàn thành|thoi gian hoan thanh|thời gian|thoi gian|hạn|han|kết quả đạt được|ket qua dat duoc|kết quả thực hiện|ket qua thuc hien|kết quả|ket qua|kq|tình trạng|tinh trang|tiến độ|tien do|tình hình thực hiện|tinh hinh thuc hien|đơn vị chủ trì|don vi chu tri|bộ phận chủ trì|bo phan chu tri|người chủ trì|nguoi chu tri|chủ trì|chu tri|người phụ trách|nguoi phu trach|phụ trách|phu trach|người thực hiện|nguoi thuc hien|đơn vị thực hiện|don vi thuc hien|phân công|phan cong|giao|phối hợp|phoi hop|ghi chú|ghi chu|mã tiêu chí|ma tieu chi|thuộc tiêu chí|thuoc tieu chi|tiêu chí|tieu chi";
const FIELD_START = new RegExp(
  `^\\s*(?:[-–•+*]\\s*)?(${LABEL})(?:\\s*:\\s*|\\s+(?=\\d{1,2}\\s*\\/|quý|quy|trong|thường|thuong))(\\S.*)$`,
  "iu",
);
// Another field of the same line after a full stop or a semicolon ("Chủ trì: …; thời hạn 30/11/2021", "… Han: 31/10/2021").
const FIELD_NEXT = new RegExp(`(?:[.;]|\\s[-–])\\s+(?=(?:${LABEL})(?:\\s*:|\\s+(?:\\d{1,2}\\s*\\/|quý|quy|trong|thường|thuong)))`, "iu");
// "Tiêu chí 1.2 - …", "Chỉ số 2.3: …": a criterion's heading, no task.
const CRITERION_HEADING = /^(?:tiêu chí|tieu chi|chỉ số|chi so|tctp|tc)\s*(?:thành phần\s*)?[12]\.\d{1,2}\b/iu;
// "=> đã ban hành …", "→ Đang thực hiện": what came of the line above, its result.
const OUTCOME_LINE = /^\s*(?:=>|⇒|→|->)\s*(\S.*)$/u;
// "… hàng hóa OCOP. Chủ trì: Công chức VH-XH; phối hợp: …": who leads it, said inside the line after its words.
// ("… (Chỉ số 2.1). Người thực hiện: CC VP-TK. Tiến độ: …": who does it, said so.)
const LEAD_INSIDE =
  /[.;]\s+(?:(?:đơn vị |bộ phận |người )?(?:chủ trì|chu tri)|(?:người|nguoi|đơn vị|don vi) (?:thực hiện|thuc hien)|(?:người |nguoi )?(?:phụ trách|phu trach))\s*:/iu;
// A heading over lines of work: "Các việc đã làm", "Kết quả thực hiện", "Nhiệm vụ thời gian tới", "Công việc trong tuần".
const WORK_HEADING =
  /^(?:(?:[ivx]{1,4}|\d{1,2}|[a-h])\s+)?(?:cac |nhung )?(?:viec da lam|cong viec|nhiem vu|ket qua thuc hien|ket qua trien khai|tinh hinh thuc hien|cac viec|viec can lam|viec tiep theo)\b/;
// "A. Số liệu:", "B. Nhiệm vụ:", "II. KẾT QUẢ": a lettered or Roman heading, its colon after it or none.
const LETTERED_HEAD = /^\s*(?:[IVX]{1,4}|[A-H])\s*[.)]\s*[^:]{2,60}:?\s*$/u;
const FIGURES_HEAD = /^(?:[ivx]{1,4}|[a-h]) (?:cac )?(?:so lieu|chi so|ket qua cac chi so|so lieu thong ke)$/;
// "1. Kết quả thực hiện nhiệm vụ", "II. Tình hình thực hiện kế hoạch quý IV": a heading over the report's lines of work.
const WORK_TITLE =
  /^(?:ket qua thuc hien|ket qua trien khai|tinh hinh thuc hien|tinh hinh trien khai)(?: (?:cac |nhung )?(?:nhiem vu|cong viec|ke hoach|chi tieu|tieu chi)\b[^:]{0,30})?$/;
// "Nhiệm vụ: …", "Nội dung: …" opening a numbered line: the task's label, not its words.
const TASK_LABEL = /^(?:nhiệm vụ|nhiem vu|nội dung|noi dung|công việc|cong viec)\s*:\s*/iu;
// "Nhiệm vụ 1: …", "Nhiệm vụ số 2. …", "Nhiệm vụ thứ nhất: …", "Việc thứ ba - …": a task numbered by its label.
// ("NHIỆM VỤ 1 (TC 2.3): …": its criterion in brackets after the number, kept before the words.)
const NUMBERED_TASK =
  /^\s*(?:nhiệm vụ|nhiem vu|công việc|cong viec|việc|viec)\s+(?:số\s+)?(\d{1,2}|(?:thứ|thu)\s+\p{L}+)\s*(\([^()]{2,30}\))?\s*[:.)–-]\s*(\S.*)$/iu;

// "Nhiệm vụ từ nay đến 31/01/2022: …", "Công việc tuần tới (trước 20/12/2021): …": next period's work, due that day.
const NEXT_WORK =
  /^(?:các\s+|những\s+)?(?:nhiệm vụ|nhiem vu|công việc|cong viec|việc|viec)\s+[^:]{0,40}?(?:đến|den|trước|truoc)\s+(?:ngày\s+)?(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})\)?\s*:\s*(\S.{10,})$/iu;
// "Nhiệm vụ tới: ✔ Hoàn thiện …", "Công việc tuần tới: …": next period's work labelled so, no day named.
const NEXT_LABEL =
  /^(?:các\s+|những\s+)?(?:nhiệm vụ|nhiem vu|công việc|cong viec|việc|viec)\s+(?:(?:thời gian|thoi gian|tuần|tuan|tháng|thang|quý|quy|kỳ|ky)\s+)?(?:tới|toi|tiếp theo|tiep theo|sắp tới|sap toi)\s*:\s*(?:[✔✓☑•]\s*)?(?=\S)/iu;
// "* Đang phối hợp … thanh toán công trình …, đạt 90%, phấn đấu xong trước …": work in hand, its share how far it is.
// ("… (TC 2.2): đang thực hiện, đạt 50%, hạn …": so said after the colon.)
// ("…: đạt 14/16 chỉ tiêu (87,5%), đang triển khai": so said after the share.)
const IN_HAND = /(?:^|[:;]\s*|\s[–-]\s*|%\)?,\s*)(?:đang|dang)\s+\p{L}/iu;
// A line that says a day or how its work stands in brackets: work, never a criterion's heading.
// ("Chỉ số 2.4: thực hiện công khai xin lỗi …, đã xin lỗi 04/04 trường hợp": work done said after the colon; "…: quý I
// chưa đánh giá" says only that nothing is to report.)
// ("TC 1.4 - Giải ngân vốn ĐTC (CT UBND): đang TH, đạt 91,5%", "…: HT ngày 8/12", "…: chưa TH, hạn 20/12": its state
// right after the colon, however short.)
const SAYS_WORK =
  /\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{2,4}|\(\s*(?:đã|đang|chưa|xong|hoàn thành)(?!\p{L})|:\s*(?:\S.*\s)?(?:đã|đang)\s+\p{L}|:\s*(?:ht|xong|hoàn thành|đã xong|chưa (?:th|thực hiện|triển khai|làm))(?!\p{L})/iu;
// "C. PHƯƠNG HƯỚNG NĂM 2022", "III. Phương hướng, nhiệm vụ quý I/2022": the report's work ahead (no difficulty named with it).
const DIRECTION = /^(?:(?:[ivx]{1,4}|\d{1,2}|[a-h])\s+)?phuong huong\b(?!.*\b(?:kho khan|vuong mac|ton tai|han che|kien nghi|de xuat)\b)/;
// "1. Những kết quả đạt được" under "I. ĐÁNH GIÁ CHUNG": the assessment's part that says what was done, a heading.
const RESULTS_HEAD =
  /^(?:\d{1,2}(?:\s\d{1,2})*\s+)?(?:nhung\s+)?(?:ket qua\s+(?:dat duoc|thuc hien|da dat)|viec da lam|cac viec da lam)\b[^:]{0,40}$/;
// A day, or a quarter of a year, a line names: "xong trước 31/3/2022", "trong quý I/2022".
const DAY_NAMED = /\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|quý\s+[IV]{1,3}\s*\/\s*\d{4}/iu;
// "Số: 187/BC-UBND", "Số: …/BC-VP": a document's number at its head.
const DOCUMENT_NUMBER = /^\s*(?:số|so)\s*:\s*[\d.…]*\s*\/\s*\p{Lu}/iu;
// A heading over work already done: "2. Các việc đã làm:", "I. Những việc đã thực hiện", "Kết quả đạt được".
const DONE_HEADING = /\b(?:viec da lam|viec da thuc hien|da lam duoc|da thuc hien duoc|da trien khai|ket qua dat duoc|ket qua da dat)\b/;
// A heading over what was done, each line saying how its work stands: "I. KẾT QUẢ THỰC HIỆN …", "Tình hình thực hiện".
const RESULTS_HEADING = /^(?:ket qua thuc hien|ket qua trien khai|tinh hinh thuc hien|tinh hinh trien khai)\b/;
// "… đã hoàn thành …", "… xong ngày 5/11/2021": a line that says itself its work was done.
const SAYS_DONE = /(?:^|\s)(?:đã|da)\s+(?:hoàn thành|hoan thanh|xong)(?!\p{L})|(?:hoàn thành|hoan thanh|xong)\s+(?:vào\s+)?ngày\s+\d/iu;
// "… - Đang thực hiện", "… - Hoàn thành ngày 12/4/2021", "… - hạn 30/10/2021 - chưa triển khai": the state closing a line.
const DASHED_STATE = /\s[-–]\s+(?:đang|chưa|đã|xong|hoàn thành)(?!\p{L})[^-–]{0,40}$/iu;
// A clause opening with how the work stands: "…, đang làm", "… - chưa xong", "… : đã trình ký".
const CLAUSE_STATE = /(?:^|[,;:(–-]\s*)(?:đang|dang|chưa|chua|đã|da|xong|hoàn thành|hoan thanh|trễ|chậm|quá hạn)(?=\s|$|[,;.)])/iu;

/**
 * The heading the line at `row` comes under, past a part's numbered heading ("2. Tiêu chí 1.2 - …", "1. Về tiếp cận
 * dịch vụ:"): "done" where it names work already done ("Các việc đã làm"), "results" where it heads
 * what was done ("I. KẾT QUẢ THỰC HIỆN …"); else null.
 */
function headingAbove(grid: Grid, row: number): { heading: string; kind: "done" | "results" } | null {
  const numbered = (t: string) => /^\s*\d{1,2}\s*[.)]\s/u.test(t);
  const own = rowText(grid, row);
  for (let r = row - 1; r >= Math.max(1, row - 60); r--) {
    const t = rowText(grid, r);
    if (t === "") continue;
    const heading = sectionLine(t) || /^\s*(?:[IVX]{1,4}|\d{1,2}|[a-h])\s*[.)]\s*[^:]{2,80}:?\s*$/u.test(t) || /^[^:]{2,80}:$/u.test(t);
    // ("3. Khó khăn: …", "5. Nhiệm vụ …" after "2. Các việc đã làm:": parts of their own, under no "2.".)
    if (!heading) {
      if (numbered(t)) return null;
      continue;
    }
    const words = t.replace(/^\s*(?:[IVX]{1,4}|\d{1,2}|[a-h])\s*[.)]\s*/u, "").replace(/:$/, "");
    const key = looseKey(words);
    if (DONE_HEADING.test(key)) return numbered(own) && numbered(t) ? null : { heading: words, kind: "done" };
    if (RESULTS_HEADING.test(key)) return { heading: words, kind: "results" };
    // (A numbered heading of its own, "2. Tiêu chí 1.2 - …", "4. Các chỉ số hài lòng", is a part of the section above.)
    if (numbered(t) && !numbered(own)) continue;
    return null;
  }
  return null;
}

/** The nearest line above a row, a blank row or none between: its row and text; null where there is none. */
function lineAbove(grid: Grid, row: number): { row: number; text: string } | null {
  for (let r = row - 1; r >= Math.max(1, row - 2); r--) {
    const t = rowText(grid, r);
    if (t !== "") return { row: r, text: t };
    if ((grid.rows[r - 1] ?? []).some((v) => !isBlank(v ?? null))) return null;
  }
  return null;
}

/**
 * "1.2 | Tỷ lệ hồ sơ TTHC giải quyết đúng hạn" (the code typed alone, or turned into the number 1.2 by Excel) right
 * above a row: a criterion's heading in a report by criteria, the paragraphs under it its.
 */
function codeMarkAbove(grid: Grid, row: number): { row: number; text: string; code?: boolean } | null {
  for (let r = row - 1; r >= Math.max(1, row - 2); r--) {
    const cells = (grid.rows[r - 1] ?? []).filter((v) => !isBlank(v ?? null));
    if (cells.length === 0) continue;
    const [mark, words] = cells;
    const code = typeof mark === "number" ? (Number.isInteger(mark * 10) ? mark.toFixed(1) : "") : cellText(mark ?? null).trim();
    return cells.length === 2 && /^[12]\.[1-9]\.?$/.test(code) && typeof words === "string" && /\p{L}{2,}\s+\p{L}/u.test(words)
      ? { row: r, text: `${code.replace(/\.$/, "")} ${cleanText(words)}`, code: true }
      : null;
  }
  return null;
}

/**
 * "Thứ nhất, về niêm yết … (chỉ số 2.2):" over "Công chức ĐC-XD đã hoàn thành …": a sentence of eight words or more
 * right under the line that introduces it with a colon (a blank row between at most), or under a line `continues`
 * says is such a sentence; never a heading itself (a part's mark, capitals, a colon at its end).
 */
export function introducedParagraph(grid: Grid, row: number, text: string, continues: (above: number) => boolean = () => false): boolean {
  const above: { row: number; text: string; code?: boolean } | null = lineAbove(grid, row) ?? codeMarkAbove(grid, row);
  return (
    above !== null &&
    (/:\s*$/.test(above.text) || continues(above.row) || above.code === true) &&
    !/:\s*$/.test(text) &&
    !sectionLine(text) &&
    text !== text.toLocaleUpperCase("vi") &&
    text.trim().split(/\s+/).length >= 8
  );
}

/** The text of a row holding one string cell (a report's line), its mark perhaps in the cell before ("2." | "Các …"); else "". */
function rowText(grid: Grid, r: number): string {
  const row = grid.rows[r - 1] ?? [];
  const only = onlyCell(row) ?? numberAndLine(row) ?? bulletAndLine(row);
  return only !== null && typeof only.v === "string" ? cleanText(only.v) : "";
}

// An office's name written with a spaced dash, "Văn hóa - Xã hội", "Văn phòng - Thống kê": one name, no parts. The
// halves are the directory's own ("Công chức Văn hóa-Xã hội"), as a loose key each.
const OFFICE_HALVES: readonly string[] = allOfficialTitles()
  .map((t) => /^(?:công chức|phòng|bộ phận)\s+(\S.*?)\s*-\s*(\S.*)$/iu.exec(t))
  .flatMap((m) => (m ? [`${looseKey(m[1])} ${looseKey(m[2])}`] : []));

// "… gửi Phòng Tài chính - Kế hoạch huyện …", "Ban Văn hóa - Thông tin": an office's name before the dash, in capitals,
// its other half after it.
const OFFICE_BEFORE_DASH = /(?:^|\s)(?:phòng|ban|bộ phận|trung tâm|công chức|văn phòng|sở)\s+(\p{L}+(?:\s+\p{L}+){0,2})$/iu;

/** A line's words going on onto the next row: it ends with no stop, the next opens in lower case and with no mark. */
function wrapsOnto(line: string, next: string): boolean {
  const first = next.trim().charAt(0);
  return (
    !/[.;:!?)]\s*$/u.test(line) &&
    /\p{Ll}/u.test(first) &&
    ITEM.exec(next) === null &&
    !/^\s*[a-zđ]\s*[.)]\s/u.test(next) &&
    !FIELD_START.test(next) &&
    !OUTCOME_LINE.test(next)
  );
}

// "kinh tế - xã hội", "quốc phòng - an ninh": words joined by a spaced dash, one name, no parts.
const JOINED_PAIRS: readonly string[] = [
  "kinh te xa hoi",
  "quoc phong an ninh",
  "an ninh quoc phong",
  "tai nguyen moi truong",
  "van hoa thong tin",
  "kinh te ky thuat",
  "van hoa the thao",
];

/** Parts split at dashes, an office's name (or a pair of words joined so) split in two joined again. */
function joinOfficeHalves(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    const joined = prev === undefined ? "" : `${looseKey(prev).split(" ").slice(-2).join(" ")} ${looseKey(p)} `;
    const name = prev === undefined ? null : OFFICE_BEFORE_DASH.exec(prev);
    const named = name !== null && /^\p{Lu}/u.test(name[1]) && /^\p{Lu}/u.test(p);
    if (prev !== undefined && (named || [...OFFICE_HALVES, ...JOINED_PAIRS].some((o) => joined.startsWith(`${o} `))))
      out[out.length - 1] = `${prev} - ${p}`;
    else out.push(p);
  }
  return out;
}

/** A line's labelled fields ("Chủ trì: X; thời hạn: Y"), as "label: value" each; null where the line opens with none. */
function fieldsOfLine(text: string): string[] | null {
  const outcome = OUTCOME_LINE.exec(text);
  if (outcome) {
    // "=> Chu tri: …; thoi han: …": the line's fields after the arrow; "=> Đã cử đi học … Chủ trì: …": the result, then them.
    const body = outcome[1].trim();
    if (FIELD_START.test(body)) return fieldsOfLine(body);
    const [said, ...rest] = body.split(FIELD_NEXT);
    const more = rest.map((part) => FIELD_START.exec(part)).filter((m): m is RegExpExecArray => m !== null);
    return [`Kết quả: ${said.trim().replace(/\.$/, "")}`, ...more.map((m) => `${m[1]}: ${m[2].trim().replace(/\.$/, "")}`)];
  }
  if (!FIELD_START.test(text)) return null;
  const fields = text
    .split(FIELD_NEXT)
    .map((part) => FIELD_START.exec(part))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]}: ${m[2].trim().replace(/\.$/, "")}`);
  return withStateClause(fields);
}

// "…; hạn: 15-3-2021; Hoàn thành ngày 12/3": a clause of how it stands after the last field, no label of its own.
const STATE_CLAUSE = /^(?:da |dang |chua )?(?:hoan thanh|xong|thuc hien|trien khai)\b|^(?:dang|chua) \p{L}/u;

/** Fields whose last value ends in a state's clause after ";": that clause split off as the line's result, unless it has one. */
function withStateClause(fields: string[]): string[] {
  if (fields.length === 0 || fields.some((f) => /^(?:ket qua|kq|tinh trang|tien do|tinh hinh thuc hien)\b/.test(looseKey(f))))
    return fields;
  const last = fields[fields.length - 1];
  const cut = last.lastIndexOf(";");
  const clause = cut < 0 ? "" : last.slice(cut + 1).trim();
  if (clause === "" || !STATE_CLAUSE.test(looseKey(clause))) return fields;
  return [...fields.slice(0, -1), last.slice(0, cut).trim(), `Kết quả: ${clause}`];
}

/** A line stating a rate ("- Văn bản đi …: 52/55 văn bản (94,5%)") or a figure's label ("- Trực tuyến: 12"): a figure, no task. */
function figureLine(body: string, line: string): boolean {
  if (/:\s*[\d.,]*\s*%?\s*(?:hồ sơ|hs|phiếu|văn bản)?\s*$/iu.test(body)) return true;
  return statesRate(line.split(OUTCOME_ARROW)[0]) && !LEAD_INSIDE.test(body) && !IN_HAND.test(body) && !WORK_SAID.test(body);
}

// "…, CC VP-TK chủ trì, hạn 31/7/2021, hoàn thành ngày 29/7/2021; 186/204 lượt hài lòng (91,2%)": work with its lead, its
// deadline or its day done, a figure after it: a task first.
const WORK_SAID = /(?:^|[\s,;(])(?:chủ trì|hạn\s*:?\s*\d{1,2}\s*\/\s*\d{1,2}|hoàn thành ngày|xong ngày)(?!\p{L})/iu;

/** A rate stated by the line, or by each of its clauses ("HS tiếp nhận: 31; đúng hạn: 30 (96,77%); trực tuyến: 11 (35,48%)"). */
function statesRate(stated: string): boolean {
  if (!stated.includes("%")) return false;
  if (rateOfSentence(cleanText(stated)) !== null) return true;
  const clauses = stated.split(/;\s*/).filter((c) => c.includes("%"));
  return clauses.length >= 2 && clauses.every((c) => rateOfSentence(cleanText(c)) !== null);
}

// The field a label names, by its key without marks.
const fieldOfLabel = (label: string): "due" | "lead" | "partner" | "progress" | "result" | "code" | "other" => {
  const k = looseKey(label);
  // ("    Tiêu chí: 1.1" under "1. Nội dung: …": the line's criterion.)
  if (/^(?:ma |thuoc )?tieu chi$/.test(k)) return "code";
  if (/^(?:(?:thoi )?han(?: hoan thanh)?|thoi gian(?: thuc hien| hoan thanh)?)$/.test(k)) return "due";
  // ("→ Phân công: BP Một cửa; thời hạn: …": who the work is given to.)
  if (/^(?:(?:don vi |bo phan |nguoi ){0,2}chu tri|(?:nguoi )?phu trach|nguoi thuc hien|don vi thuc hien|giao|phan cong)$/.test(k))
    return "lead";
  if (/^(?:ket qua(?: dat duoc| thuc hien)?|kq|tinh hinh thuc hien)$/.test(k)) return "result";
  if (k === "phoi hop") return "partner";
  if (k === "tien do") return "progress";
  return "other";
};
const HEADINGS = ["TT", "Nội dung", "Tiêu chí", "Chủ trì", "Thời hạn", "Kết quả"];
// "hạn 31/10/2021", "thường xuyên", "hàng tháng": a part that says when, not how the work stands.
// A day or a month alone ("20/11", "cuối tháng 12", "trong quý IV") is when too.
const DUE_PART =
  /^(?:(?:thời hạn|hạn|trước|chậm nhất)\s*:?\s*(.+)|((?:thực hiện )?(?:thường xuyên|hàng tháng|hằng tháng|hàng quý|hằng quý|hàng tuần|hằng tuần|định kỳ).*|\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?|(?:(?:cuối|đầu|giữa|trong)\s+)?(?:tháng\s+\d{1,2}(?:\s*\/\s*\d{4})?|quý\s+[IVX]{1,3}(?:\s*\/\s*\d{4})?|năm(?:\s+\d{4})?)))$/iu;
// "(TC 1.7)", "(1.5)", "(tiêu chí 2.5)": the criterion the line names.
const PERSON = /^(?:anh|chị|em|cô|chú|bác|ông|bà|đ\/c|đồng chí)\s+\p{Lu}/u;
const CODE = /\((?:tctp|tc|ct|tiêu chí|chỉ tiêu|chỉ số|sipas)?\s*([12]\.\d{1,2})\)/iu;
const CODE_ALONE = /^\s*(?:tc|ct|tctp|tiêu chí|chỉ tiêu|chỉ số)?\s*[12]\.\d{1,2}\s*$/iu;

function onlyCell(row: readonly GridCell[]): { col: number; v: GridCell } | null {
  let found: { col: number; v: GridCell } | null = null;
  for (let c = 0; c < row.length; c++) {
    if (isBlank(row[c] ?? null)) continue;
    if (found !== null) return null;
    found = { col: c + 1, v: row[c] ?? null };
  }
  return found;
}

/** "Tiêu chí: 1.4 | | | Thời hạn: 30/9/2021": a task's field lines two to a row, read as one line of both. */
function fieldsAcross(row: readonly GridCell[]): { col: number; v: GridCell } | null {
  const filled = row.map((v, i) => ({ v, col: i + 1 })).filter((x) => !isBlank(x.v ?? null));
  if (filled.length < 2 || filled.length > 3) return null;
  if (!filled.every((x) => typeof x.v === "string" && !x.v.includes("\n") && FIELD_START.test(x.v))) return null;
  return {
    col: filled[0].col,
    v: filled
      .map((x) =>
        cellText(x.v)
          .trim()
          .replace(/[.;]\s*$/u, ""),
      )
      .join("; "),
  };
}

// The words an official's title opens with.
const TITLE_HEAD =
  /^(?:cong chuc|can bo|chu tich|pho chu tich|bo phan|van phong|ban|truong|cong an|chi huy|cc|cb|bp|ubnd|uy ban|dong chi|d c)\s/;

/**
 * The official a sentence opens with as its subject ("Chủ tịch UBND xã đã ban hành …", "Công chức Địa chính - Xây dựng
 * phối hợp …"): the fewest words naming one official, and the words of the name after them; null where the sentence
 * opens otherwise, or the name runs on into the sentence.
 */
function officialOpening(text: string): string | null {
  const words = text.trim().split(/\s+/);
  for (let k = 1; k <= Math.min(5, words.length - 1); k++) {
    if (findOfficials(words.slice(0, k).join(" "), "xã").length !== 1) continue;
    // ("Cử CBCC chưa đạt chuẩn đi học …": a verb, then whom the work is about; no subject doing it.)
    if (k >= 2 && !TITLE_HEAD.test(looseKey(text)) && findOfficials(words.slice(1, k).join(" "), "xã").length === 1) return null;
    // ("Tham mưu Chủ tịch UBND xã ban hành …", "Phối hợp VP-TK tổ chức …": the official is no subject there.)
    if (k > 2 && !TITLE_HEAD.test(looseKey(text))) return null;
    // The name's own words after them: a syllable's second half ("Địa" "chính"), "- Xây dựng", "UBND", "xã".
    let end = k;
    for (let step = 0; step < 6 && end < words.length - 1; step++) {
      const [last, next, after] = [words[end - 1], words[end], words[end + 1] ?? ""];
      if (/^\p{Lu}\p{Ll}+$/u.test(last) && /^\p{Ll}+$/u.test(next)) end++;
      else if (/^[-–]$/.test(next) && /^\p{Lu}/u.test(after)) end += 2;
      else if (/^(?:\p{Lu}[\p{Lu}-]+|xã)$/u.test(next)) end++;
      else break;
    }
    const name = words.slice(0, end).join(" ");
    return findOfficials(name, "xã").length === 1 && end < words.length && /^\p{Ll}/u.test(words[end]) ? name : null;
  }
  return null;
}

// "CC VP-TK chủ trì", "chủ trì: BP Một cửa", "giao CC VH-XH": who leads, in a clause of its own.
const LEAD_CLAUSE = /^(?:(.{2,40}?)\s+(?:chủ trì|chu tri)|(?:chủ trì|chu tri)\s*:?\s*(.{2,40})|giao(?:\s+cho)?\s+(.{2,40}))$/iu;
const DONE_CLAUSE = /^(?:đã\s+)?(?:hoàn thành|xong)\s+(?:(?:vào\s+)?ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}/iu;
// "phối hợp CC VH-XH", "các CC thực hiện", "BP Một cửa phối hợp": who works with the lead, in a clause of its own.
const PARTNER_CLAUSE = /^(?:phoi hop(?: voi)?\s+(.{2,40})|(?:cac\s+)?(.{2,30}?)\s+(?:phoi hop|cung thuc hien|thuc hien))$/;
const PARTNER_WORDS = /\b(?:cc|cbcc|cong chuc|can bo|bo phan|bp|ban|doan|hoi|mttq|cac thon|thon)\b/;

/**
 * The clauses after commas closing a line ("…, CC VP-TK chủ trì, hạn 30/6/2021, đang thực hiện 50%"): who leads, when,
 * how it stands; null unless two such clauses, or one naming who leads, close the line after words of its own.
 */
function trailingClauses(
  text: string,
  withPartners = true,
): { content: string; lead: string | null; due: string | null; states: string[] } | null {
  // ("… (tiêu chí 2.2). BP Một cửa chủ trì, thời hạn 30/9/2021": a sentence of its own after the work's, its clauses too.)
  const tokens = text.split(/(,\s+|;\s+|\.\s+(?=\p{Lu}))(?![^()]*\))/u);
  const clauses = tokens.filter((_, i) => i % 2 === 0);
  let lead: string | null = null;
  let due: string | null = null;
  const states: string[] = [];
  const partners: string[] = [];
  let k = clauses.length;
  while (k > 1) {
    const c = clauses[k - 1].trim().replace(/\.$/, "");
    const who = LEAD_CLAUSE.exec(c);
    const partner = PARTNER_CLAUSE.exec(looseKey(c));
    const partnerName = partner ? (partner[1] ?? partner[2]) : "";
    const name = who ? (who[1] ?? who[2] ?? who[3]).trim() : "";
    // ("thực hiện trong năm 2021", "hoàn thành trước 30/6": when, said with the verb.)
    const when = DUE_PART.exec(c.replace(/^(?:thực hiện|hoàn thành|xong)\s+(?=(?:trong|trước|cuối|đầu|giữa|chậm nhất)\s)/iu, ""));
    if (lead === null && who && (findOfficials(name, "xã").length > 0 || PERSON.test(name))) lead = name;
    else if (due === null && when && !/^năm/iu.test(c)) due = (when[1] ?? when[2]).trim();
    // ("…, CC VP-TK chủ trì, các CC thực hiện; hạn …": who works with the lead, before the clause naming the lead.)
    // ("…, BP Một cửa chủ trì, CC TC-KT bố trí kinh phí, …": another official's part of the work, so said.)
    else if (
      withPartners &&
      lead === null &&
      ((partner && (findOfficials(c, "xã").length > 0 || PARTNER_WORDS.test(partnerName))) ||
        (c.length <= 60 && officialOpening(c) !== null))
    )
      partners.unshift(c);
    // ("đang triển khai, đạt 90%": how far the work is, after how it stands, so named; "đạt 50%" alone would be its
    // criterion's figure.)
    else if (
      /^(?:dat|duoc)\s+\d{1,3}(?:[.,]\d+)?\s*%$/.test(looseKey(c)) &&
      k > 2 &&
      /^(?:dang|da|chua) \p{L}/u.test(looseKey(clauses[k - 2].trim()))
    )
      states.unshift(`tiến độ ${c}`);
    // ("tiến độ 80%": how far it is, with how it stands; "đạt 50%" alone would read as its criterion's figure.)
    else if (
      /^(?:da|dang|chua) \p{L}|^(?:hoan thanh|xong)\b|^tien do\s+\d{1,3}(?:[.,]\d+)?\s*%?$/u.test(looseKey(c)) ||
      DONE_CLAUSE.test(c)
    )
      states.unshift(c);
    else break;
    k--;
  }
  const content = tokens
    .slice(0, 2 * k - 1)
    .join("")
    .trim();
  const read = (lead !== null ? 1 : 0) + (due !== null ? 1 : 0) + states.length;
  // ("… lên Trang TTĐT xã; đang thực hiện.": how it stands alone, after a semicolon closing the work's words.)
  // (Not after a colon: "…: CC VH-XH thực hiện thường xuyên; đã thực hiện 9/9 tháng" is read at its colon.)
  const stateAlone = read === 1 && states.length === 1 && /^;/.test(tokens[2 * k - 1] ?? "") && !content.includes(":");
  if ((read < 2 && lead === null && !stateAlone) || content.split(/\s+/).length < 3) return null;
  // (Partners only beside who leads: "…, CC VP-TK thực hiện, hạn …" with no one leading is read as before.)
  if (partners.length > 0 && lead === null) return trailingClauses(text, false);
  return { content, lead, due, states: [...states, ...partners] };
}

/** Whether a line's closing clauses say who leads it and when it is due or how it stands ("…, CC VP-TK chủ trì, hạn …"). */
function saysItsFields(text: string): boolean {
  const tail = trailingClauses(text);
  return tail !== null && tail.lead !== null && (tail.due !== null || tail.states.length > 0);
}

/** A line's cells: its number, its text, the criterion it names, the official a part names, and the rest. */
function cellsOf(n: string, body0: string, box: string | undefined, beside0: string | null): GridCell[] {
  // "…, VP-TK chủ trì, hạn" | 31/10/2021: the day beside the words that wait for it, read as their end.
  const [first, ...others] = beside0?.split("; ") ?? [];
  const day = first !== undefined && DUE_WORD_END.test(body0) ? parseIsoDate(first) : null;
  const body = day !== null ? `${body0.trimEnd()} ${formatViDate(day)}` : body0;
  const beside = day !== null ? others.join("; ") || null : beside0;
  // "… Hạn 15/10. => Đã xong ngày 12/10.": what came of it after the arrow.
  // "… - trong tháng 9. Kết quả: HT 20/9/2021.": the result in a sentence of its own, after the line's words.
  const [said, ...outcome] = cleanText(body)
    .split(OUTCOME_ARROW)
    .flatMap((part, i) => (i === 0 ? part.split(/\.\s+(?:kết quả|kq|tình hình|tiến độ)\s*:\s*/iu) : [part]));
  // "TC 2.1 – Cải thiện nơi làm việc …": the criterion's code before the line's words, never its own part.
  // ("(TC 1.2) CC VP-TK kiểm tra …": the code its cell gave the line, before it.)
  const coded =
    /^(?:tiêu chí|tieu chi|tctp|tc|chỉ số|chi so)\s*(?:thành phần\s*)?([12]\.\d{1,2})\s*[–:-]\s*(?=\S)/iu.exec(said) ??
    /^\((?:tc|tctp)\s*([12]\.\d{1,2})\)\s+(?=\S)/iu.exec(said);
  let text = (coded ? said.slice(coded[0].length) : said).replace(/\.$/, "");
  let lead: string | null = null;
  // "TC 1.2 - VP-TK: Triển khai …", "CT UBND xã: Phân công …": the office whose work it is, then the work.
  const officeFirst = /^([^:]{2,30}?)\s*:\s+(?=\S)/u.exec(text);
  // ("Giải ngân vốn ĐTC (CT UBND): đang TH": the work, who in brackets, then how it stands.)
  if (
    officeFirst !== null &&
    !/[()]/.test(officeFirst[1]) &&
    (findOfficials(officeFirst[1], "xã").length > 0 || PERSON.test(officeFirst[1]))
  ) {
    lead = officeFirst[1];
    text = text.slice(officeFirst[0].length);
  } else if (
    // "TC 1.5 – Văn bản điện tử: Công chức VP-TK đã cài đặt …": the criterion's name, then what was done under it.
    coded &&
    officeFirst !== null &&
    officeFirst[1].split(/\s+/).length <= 8 &&
    !/(?:^|\s)(?:đã|đang|chưa)\s/iu.test(officeFirst[1]) &&
    // ("TC 1.4 - Giải ngân vốn ĐTC (CT UBND): đang TH, …": the work and who, then how it stands.)
    !/[()]/.test(officeFirst[1]) &&
    text.slice(officeFirst[0].length).split(/\s+/).length >= 4
  )
    text = text.slice(officeFirst[0].length);
  let due: string | null = null;
  let rest: string[] = outcome.map((o) => o.replace(/\.$/, "")).filter((o) => o !== "");
  // "…, hạn 30/11/2021", "…. Hạn 15/10": the deadline closing the line's own words.
  // ("…, hạn nộp ngày 10/12/2021": the deadline of what is to be handed in.)
  const closing =
    /[.,;]\s*(?:thời hạn|hạn(?:\s+(?:nộp|gửi|báo cáo|hoàn thành))?|trước)\s*:?\s*(?:ngày\s+)?(\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?)$/iu.exec(
      text,
    );
  if (closing) {
    due = closing[1];
    text = text.slice(0, closing.index);
  }
  // "… (a. Hùng – ĐC-XD), trước 15/6: xong 10/6", "… (VP-TK): đã trình ký 3/11": who in brackets, when after a
  // comma, how the work stands after the colon.
  // ("… (VP-TK): chưa TH, hạn 20/12": the deadline closing the line, read above.)
  const shaped = /^(.{10,}?)\s*\(([^()]{2,40})\)\s*(?:,\s*([^,:;()]{2,40}?)\s*)?:\s*(\S.*)$/u.exec(text);
  // ("… (CC VH-XH; hạn 30/11/2021): đã hoàn thành …": who, then when, both in the brackets.)
  const inside = shaped ? shaped[2].split(/\s*[;,]\s+/) : [];
  const whenInside = inside.length === 2 ? DUE_PART.exec(inside[1].trim()) : null;
  const who = whenInside !== null ? inside[0] : (shaped?.[2] ?? "");
  const bracketLead = shaped && (findOfficials(who, "xã").length > 0 || PERSON.test(who)) ? who.trim() : null;
  const shapedDue = shaped?.[3] !== undefined ? DUE_PART.exec(shaped[3].trim()) : whenInside;
  if (shaped && bracketLead !== null && (shaped[3] === undefined || shapedDue !== null)) {
    const code = coded?.[1] ?? CODE.exec(text)?.[1] ?? null;
    const when = shapedDue ? (shapedDue[1] ?? shapedDue[2]).trim() : due;
    return [n, shaped[1].trim(), code, bracketLead, when, [shaped[4].replace(/\.$/, ""), ...rest].join("; ") || null];
  }
  let content = text;
  // "… (giao đ/c Trần Văn Nam, thực hiện thường xuyên)": who and when in brackets closing the line.
  // "… (Kế toán - Ngân sách, xong trước 20/12/2021)", "… (VP-TK, trước 25/12/2021)": an office first, then when.
  // ("… (Một cửa, trước 15/10) – chưa làm": the brackets, then how the work stands after a dash.)
  const closingBracket = /^(.{10,}?)\s*\(([^()]{2,80})\)((?:\s+[-–]\s+[^()]+)?)$/u.exec(text);
  const whoFirst = closingBracket ? closingBracket[2].split(/\s*[,;]\s+/)[0].replace(/^(?:giao(?:\s+cho)?|do|phân công)\s+/iu, "") : "";
  if (
    closingBracket &&
    (/^(?:giao|do|phân công)\s/iu.test(closingBracket[2]) ||
      (/[,;]/.test(closingBracket[2]) && (findOfficials(whoFirst, "xã").length > 0 || PERSON.test(whoFirst))))
  )
    text = `${closingBracket[1]} - ${closingBracket[2].replace(/\s+[-–]\s+/g, "-")}${closingBracket[3]}`;
  // "… trước ngày 15/11/2021 (CC VP-TK)", "… trong tháng 11/2021 (Chủ tịch UBND xã)": who, alone in the closing brackets.
  else if (lead === null && closingBracket && closingBracket[2].length <= 50) {
    // ("(TC 2.2, BP TN&TKQ)", "(TC 2.4 – CC VP-TK)": the criterion's code beside who; the code is read as before.)
    // ("(CT UBND xã chủ trì)": who leads it, said so.)
    const who = closingBracket[2]
      .replace(/\s+(?:chủ trì|chu tri)\s*$/iu, "")
      .split(/\s*[,;]\s*|\s+[-–]\s+/)
      .filter((p) => p.trim() !== "" && !CODE_ALONE.test(p));
    if (who.length === 1 && findOfficials(who[0], "xã").length === 1) {
      lead = who[0].trim();
      if (!/[,;]|\s[-–]\s/.test(closingBracket[2])) text = `${closingBracket[1]}${closingBracket[3]}`;
    }
  }
  // "… - anh Tuấn ĐC - xong 12/11", "… - giao Văn phòng UBND, xong trước 31/10/2021": parts after dashes, each
  // perhaps two after a comma (never one inside brackets, "(a. Hùng – ĐC-XD)").
  const parts = joinOfficeHalves(text.split(/\s+[-–]\s+(?![^()]*\))/))
    .flatMap((p, i) =>
      // ("Một cửa, trong tháng 11": who, then when.)
      i === 0
        ? [p]
        : p.split(
            /\s*[,;]\s+(?=(?:giao|do|xong|hoàn thành|hạn|thời hạn|trước|thực hiện|đã|đang|chưa|trong (?:tháng|quý|tuần))(?!\p{L}))/iu,
          ),
    )
    .map((p, i) =>
      i === 0
        ? p
        : p.replace(/^(?:giao(?:\s+cho)?|do|phân công)\s+(?=\S)/iu, "").replace(/^(?:xong|hoàn thành)\s+(?=(?:trước|chậm nhất)\s)/iu, ""),
    );
  // "CC VH-XH - tuyên truyền DVC …: đang TH": who first, then the work, then how it stands after the colon.
  if (
    lead === null &&
    parts.length >= 2 &&
    parts[0].length <= 30 &&
    (findOfficials(parts[0], "xã").length === 1 || PERSON.test(parts[0])) &&
    parts[1].trim().split(/\s+/).length >= 3
  ) {
    lead = parts.shift() ?? null;
    text = parts.join(" - ");
    content = text;
  }
  if (parts.length >= 2) {
    content = parts[0];
    for (const p of parts.slice(1)) {
      // "VH-XH: hoàn thành 26/11/2021": who does it, then how it stands after the colon.
      const whoThen = lead === null ? /^([^:]{2,40}?)\s*:\s+(\S.*)$/u.exec(p) : null;
      if (whoThen !== null && (findOfficials(whoThen[1], "xã").length > 0 || PERSON.test(whoThen[1]))) {
        lead = whoThen[1];
        rest.push(whoThen[2].replace(/\.$/, ""));
        continue;
      }
      // "anh Tuấn ĐC", "chị Hoa VP", "CC TP-HT": who does it, by title or as colleagues call each other.
      const when: RegExpExecArray | null = due === null ? DUE_PART.exec(p) : null;
      if (lead === null && p.length <= 40 && (findOfficials(p, "xã").length > 0 || PERSON.test(p))) lead = p;
      else if (when) {
        // "thường xuyên, đang làm": when, then how the work stands.
        const [day, ...then] = (when[1] ?? when[2]).split(/\s*[,;]\s+/);
        due = day.trim();
        if (then.length > 0) rest.push(then.join(", "));
      } else rest.push(p);
    }
  } else {
    const tail = trailingClauses(text);
    // "… (TC 2.1), CC VP-TK chủ trì, hạn 30/6/2021, đang thực hiện 50%": who, when and how it stands in clauses after
    // commas closing the line, each read as its field.
    if (tail !== null) {
      content = tail.content;
      lead = lead ?? tail.lead;
      due = due ?? tail.due;
      rest.push(...tail.states);
    }
    // "… (TC 1.1): đã hoàn thành ngày 19/11/2021": what was done after the colon.
    const colon = tail === null ? text.search(/:\s+\S/) : -1;
    if (colon > 10) {
      content = text.slice(0, colon);
      rest = [text.slice(colon + 1).trim()];
    }
  }
  // "Chủ tịch UBND xã đã ban hành …", "Công chức TC-KT hoàn thiện …": the official the sentence opens with, doing the work
  // (where no part of the line names who: "… (giao đ/c Trần Văn Nam, …)" says it before).
  if (lead === null) lead = officialOpening(content);
  // "… giữa các công chức chuyên môn (CC VP-TK chủ trì), …": who leads it, said in brackets inside the line.
  const ledInside = lead === null ? /\(([^()]{2,40}?)\s+(?:chủ trì|chu tri)\)/iu.exec(content) : null;
  if (ledInside !== null && findOfficials(ledInside[1], "xã").length > 0) lead = ledInside[1].trim();
  if (box !== undefined) rest.unshift(box === " " ? "Chưa thực hiện" : "Hoàn thành");
  // "… - hạn 31/10/2021" | "Xong 29/10/2021": what the official wrote in the cell beside the line.
  // ("CC VH-XH" | "Đang thực hiện" beside it: who leads it in a cell of its own, how it stands in the next.)
  for (const note of beside === null ? [] : beside.split("; ")) {
    if (lead === null && note.length <= 40 && findOfficials(note, "xã").length > 0 && parseStatus(note).kind !== "ok") lead = note;
    else rest.push(note);
  }
  const code = coded?.[1] ?? CODE.exec(content)?.[1] ?? null;
  return [n, content, code, lead, due, rest.join("; ") || null];
}

const ORDINALS: readonly string[] = ["mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi"];
const ORDINAL_LEAD = /^\s*(\p{L}+)\s+(\p{L}+)\s*[,:.]\s*(\S.*)$/u;
// "tư" is four ("Tư là", "Thứ tư"); "nhất" is first only after "thứ" ("Nhất là, …" says "above all").
const countWord = (w: string) => ORDINALS.indexOf(w === "tu" ? "bon" : w) + 1;

/** "Nhiệm vụ thứ hai: Phân công …" as the numbered line "2. Phân công …"; null for any other line. */
function numberedTask(line: string): RegExpExecArray | null {
  const m = NUMBERED_TASK.exec(line);
  if (m === null) return null;
  const word = looseKey(m[1]).replace(/^thu\s+/, "");
  const n = /^\d+$/.test(word) ? Number(word) : word === "nhat" ? 1 : countWord(word);
  return n >= 1 ? ITEM.exec(`${n}. ${m[2] !== undefined ? `${m[2]} ` : ""}${m[3]}`) : null;
}

/**
 * "Một là, tiếp tục …", "Thứ hai, cải thiện …": a written document's items counted in words, read as "1. …", "2. …".
 * ("Thứ hai, ngày 13/12": a weekday in a week's log, never an item.)
 */
export function ordinalItem(line: string): RegExpExecArray | null {
  const m = ORDINAL_LEAD.exec(line);
  if (m === null) return null;
  const [a, b] = [looseKey(m[1]), looseKey(m[2])];
  // ("Thứ nhất, về niêm yết TTHC … (chỉ số 2.2):": a heading over its paragraphs, no item.)
  if (/:\s*$/.test(m[3])) return null;
  const weekday = /^(?:ngày|ngay|\d)/iu.test(m[3]);
  const n = b === "la" ? countWord(a) : a === "thu" && !weekday ? (b === "nhat" ? 1 : countWord(b)) : 0;
  return n >= 1 ? ITEM.exec(`${n}. ${m[3]}`) : null;
}

const ITEM_MARK = /^\s*(?:\d{1,2}\s*[.)/–-]\s*)?/;

// "(3) Giải ngân vốn đầu tư công": a formal report's items numbered in brackets, on through its parts.
const PAREN_ITEM = /^\s*\((\d{1,2})\)\s*(\S.*)$/u;

/** The numbers in brackets that open the sheet's lines (a row's first cell). */
function numbersInBrackets(grid: Grid): ReadonlySet<number> {
  const out = new Set<number>();
  for (const row of grid.rows) {
    const first = row.find((v) => !isBlank(v ?? null));
    const m = typeof first === "string" ? PAREN_ITEM.exec(first) : null;
    if (m !== null) out.add(Number(m[1]));
  }
  return out;
}

/**
 * "(3) Giải ngân …" where "(2)" or "(4)" opens another line: an item of the report's count, read as a bullet's line (its
 * count runs on through the parts "1. …", "2. …" it comes under, never theirs); a lone "(1) Theo Quyết định …" is a
 * footnote, no item.
 */
function parenItem(line: string, numbers: ReadonlySet<number>): RegExpExecArray | null {
  const m = PAREN_ITEM.exec(line);
  if (m === null) return null;
  const n = Number(m[1]);
  return numbers.has(n - 1) || numbers.has(n + 1) ? ITEM.exec(`- ${m[2]}`) : null;
}

/**
 * A line's mark in a cell, its text in the next, and at most one short note after them ("- | Hướng dẫn 25 lượt … |
 * đạt 50% chỉ tiêu quý"): the filled cells, else null. (The note is what the official wrote beside the line.)
 */
function markAndText(row: readonly GridCell[]): Array<{ col: number; v: GridCell }> | null {
  const filled = row.map((v, i) => ({ col: i + 1, v: v ?? null })).filter((x) => !isBlank(x.v));
  if (filled.length < 2 || filled.length > 3 || filled[1].col !== filled[0].col + 1 || typeof filled[1].v !== "string") return null;
  const note = filled[2]?.v;
  if (note !== undefined && (typeof note !== "string" || note.length > 120 || filled[1].v.length < 15)) return null;
  return filled;
}

/** "-" | "Kết quả: …": a line's bullet in a cell of its own, read as one line at its text. */
function bulletAndLine(row: readonly GridCell[]): { col: number; v: GridCell; textCol: number } | null {
  const filled = markAndText(row);
  if (filled === null) return null;
  // (At the bullet's column, as a numbered line is at its number's: "1.1. | …" and "- | …" are lines of one list.)
  return /^\s*(?:[-–•+*]|=>|→)\s*$/u.test(cellText(filled[0].v))
    ? { col: filled[0].col, v: `- ${filled[1].v}`, textCol: filled[1].col }
    : null;
}

/** "1." | "Họp dân phổ biến … - đã họp ngày 12/10/2021": the item's number in a cell of its own, read as one line at the number. */
function numberAndLine(row: readonly GridCell[], outline = false): { col: number; v: GridCell; textCol: number } | null {
  const filled = markAndText(row);
  if (filled === null) return null;
  const n = typeof filled[0].v === "number" ? String(filled[0].v) : typeof filled[0].v === "string" ? filled[0].v.trim() : "";
  // ("1.1" | "- Ban hành …" under "1" | "Ban hành văn bản": a report's outline typed without its last dot, where the
  // column holds no criteria's codes.)
  const m =
    // ("1/" | "Hướng dẫn …": numbered with a slash, as some offices type it.)
    /^(\d{1,2})\s*[.)/]?$/.exec(n) ??
    /^(\d{1,2}(?:\.\d{1,2})+)\s*[.)]$/.exec(n) ??
    (outline && typeof filled[0].v === "string" ? /^(\d{1,2}(?:\.\d{1,2})+)$/.exec(n) : null);
  // "III. | PHƯƠNG HƯỚNG THỜI GIAN TỚI": a section's mark in its own cell, read as the section's line.
  // ("I" | "TÌNH HÌNH THỰC HIỆN", "a" | "Niêm yết …": the mark typed without its dot or bracket too.)
  const part = /^([IVX]{1,4}|[A-H])\s*[.)]?$/.exec(n);
  if (part) return { col: filled[0].col, v: `${part[1]}. ${filled[1].v}`, textCol: filled[1].col };
  // "a) | Niêm yết công khai …": a lettered line, its letter in a cell of its own.
  const letter = /^([a-hđ])\s*[.)]?$/u.exec(n);
  if (letter) return { col: filled[0].col, v: `${letter[1]}) ${filled[1].v}`, textCol: filled[1].col };
  // (The line's own bullet after its number, "1.1" | "- Ban hành …", is no part of its words.)
  const words = m && m[1].includes(".") ? String(filled[1].v).replace(/^\s*[-–•+*]\s+/u, "") : filled[1].v;
  return m && Number(m[1]) >= 1 ? { col: filled[0].col, v: `${m[1]}. ${words}`, textCol: filled[1].col } : null;
}

// "1.5", "TC 2.3", the number 2.4: a criterion's code alone in its cell.
const CODE_CELL = /^\s*(?:tc|tctp|tiêu chí|chỉ số)?\s*([12]\.\d{1,2})\s*$/iu;

/** A cell holding a criterion's code alone, typed as text or as a number; null for anything else. */
function codeCell(v: GridCell): string | null {
  const t = typeof v === "number" ? String(v) : typeof v === "string" ? v : "";
  return CODE_CELL.exec(t)?.[1] ?? null;
}

/**
 * "2.1" | "Chỉ số hài lòng về tiếp cận dịch vụ": the criterion's heading, its code in a cell of its own. "1.2" | "- Kiểm
 * tra, đôn đốc … ⏎- Xử lý 01 trường hợp …": its lines, each said to be the criterion's (a heading line before them,
 * "Thực hiện kế hoạch CCHC:", dropped). At the text's column, where the lines under it stand too.
 */
function codeAndLine(row: readonly GridCell[]): { col: number; v: GridCell; textCol: number } | null {
  const filled = markAndText(row);
  const code = filled !== null && filled.length === 2 ? codeCell(filled[0].v) : null;
  if (filled === null || code === null) return null;
  const at = filled[1].col;
  const lines = String(filled[1].v)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  // (The code first, after the line's mark: the words after it may part into the work, who, when and how it stands.)
  const said = (l: string) => {
    const mark = BULLET.exec(l)?.[0] ?? "- ";
    return `${mark.trim()} (TC ${code}) ${l.replace(BULLET, "").replace(/[.;]\s*$/, "")}`;
  };
  const body = lines.length >= 2 && lines[0].endsWith(":") && !BULLET.test(lines[0]) ? lines.slice(1) : lines;
  if (body.length >= 2) return body.every((l) => BULLET.test(l)) ? { col: at, v: body.map(said).join("\n"), textCol: at } : null;
  const one = body[0] ?? "";
  // A short line naming no day and no state: the criterion's own name, its heading. Else its one line of work.
  if (!BULLET.test(one) && one.length <= 90 && !/\d{1,2}\s*\/\s*\d{1,2}|%/.test(one) && !CLAUSE_STATE.test(one))
    return { col: at, v: `Tiêu chí ${code} - ${one}`, textCol: at };
  return { col: at, v: said(one), textCol: at };
}

/**
 * A numbered line and, after it, two short notes of when and how it stands. A form's labelled figure ("- Tổng số văn
 * bản đi: | 60 | văn bản") is never one: the line is numbered, ends in no colon, and has words, not counts, beside it.
 */
function notedLine(filled: readonly GridCell[]): boolean {
  const first = filled[0];
  const paren = typeof first === "string" ? PAREN_ITEM.exec(first) : null;
  const m = typeof first === "string" ? (ITEM.exec(first) ?? (paren !== null ? ITEM.exec(`- ${paren[2]}`) : null)) : null;
  if (filled.length !== 3 || m === null || /:\s*$/.test(m[3])) return false;
  const notes = filled.slice(1);
  // ("(4) …, VP-TK chủ trì, hạn | 31/10/2021 | đã xong": the day its words end waiting for, typed as a day beside them.)
  const dayAfter = (v: GridCell, i: number) => i === 0 && isGridDate(v) && DUE_WORD_END.test(m[3]);
  if (!notes.every((v, i) => dayAfter(v, i) || (typeof v === "string" && v.length <= 60 && !/^[\d.,]+\s*%?$/.test(v.trim())))) return false;
  // "- Lắp đặt bảng niêm yết TTHC … | CC VP-TK | Hoàn thành (25/10/2021)": a bulleted line too, where an official
  // or a state stands beside it (a form's "- Trong đó: | đúng hạn | trễ hạn" has neither).
  return m[1] !== undefined || (m[3].length >= 15 && notes.some((v) => saysWhoOrState(cellText(v))));
}

/** A short note naming an official ("CC VH-XH") or how the work stands ("Hoàn thành (25/10/2021)", "Đang thực hiện"). */
function saysWhoOrState(note: string): boolean {
  return findOfficials(note).length > 0 || parseStatus(note.replace(/\s*\(.*\)\s*$/, "")).kind === "ok";
}

const LABEL_ALONE = new RegExp(`^\\s*(?:[-–•+*]\\s*)?(${LABEL})\\s*:?\\s*$`, "iu");

/**
 * "Chủ trì: | Văn phòng - Thống kê", "Thời hạn: | 30/11/2021", "Tiến độ: | 75%": a line's field with its label in a cell
 * and its value in the next, read as the one line "Chủ trì: Văn phòng - Thống kê".
 */
function labelAndValue(row: readonly GridCell[]): { col: number; v: GridCell } | null {
  // Asked of every row of every sheet: only a row with a label alone in a cell is looked at more.
  if (!row.some((v) => typeof v === "string" && v.length <= 40 && LABEL_ALONE.test(v))) return null;
  const filled = row.map((v, i) => ({ col: i + 1, v: v ?? null })).filter((x) => !isBlank(x.v));
  if (filled.length < 2 || typeof filled[0].v !== "string") return null;
  // "Chủ trì: CC Văn hóa - Xã hội | Thời hạn: | 30/11/2021": several fields on the row, each said "label: value".
  const said: string[] = [];
  for (let i = 0; i < filled.length; i++) {
    const t = typeof filled[i].v === "string" ? (filled[i].v as string) : "";
    const alone = LABEL_ALONE.exec(t);
    if (alone !== null && i + 1 < filled.length && LABEL_ALONE.exec(cellText(filled[i + 1].v)) === null) {
      said.push(`${alone[1]}: ${valueSaid(alone[1], filled[i + 1].v)}`);
      i++;
    } else if (FIELD_START.test(t)) said.push(cleanText(t));
    else return null;
  }
  return { col: filled[0].col, v: said.join("; ") };
}

/** A field's value as a line says it: a share typed as a fraction under "Tiến độ:" (0,75 shown as 75%) as the share, a day as a day. */
function valueSaid(label: string, v: GridCell): string {
  const share = /^(?:tien do|ty le)/.test(looseKey(label));
  if (typeof v === "number" && share) return v >= 0 && v <= 1 ? `${Math.round(v * 1000) / 10}%` : `${v}%`;
  return isGridDate(v) ? formatViDate(v.date) : cleanText(cellText(v));
}

/** A line with one cell beside it, to its right (a column the officials fill in), or two short ones: the line. */
function lineAndResult(row: readonly GridCell[]): { col: number; v: GridCell } | null {
  const filled = row.map((v, i) => ({ col: i + 1, v: v ?? null })).filter((x) => !isBlank(x.v));
  if (filled.length === 3) return notedLine(filled.map((x) => x.v)) ? filled[0] : null;
  return filled.length === 2 && typeof filled[0].v === "string" && filled[0].v.length > 30 ? filled[0] : null;
}

// "…, VP-TK chủ trì, hạn", "… thời hạn:": a line that ends waiting for its day, typed in the cell beside it.
const DUE_WORD_END = /(?:^|[\s,;])(?:thời hạn|hạn|trước)\s*:?\s*$/iu;

/** What the official wrote beside a line: the cells after it, joined. */
function besideOf(row: readonly GridCell[], col: number): string | null {
  const vs = row.slice(col).filter((x) => !isBlank(x ?? null));
  return vs.length === 0 ? null : vs.map((v) => cleanText(cellText(v ?? null))).join("; ");
}

// "I.", "1.", "a)", "-": an outline's mark alone in its cell, its words in the next.
const OUTLINE_MARK = /^\s*(?:(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-hđ])\s*[.)]|[-–•+*])\s*$/u;

const LEGEND_HEAD = /^(?:quy uoc|chu thich|ky hieu|giai thich ky hieu|ghi chu|cach ghi)(?: (?:ky hieu|mau))?$/;

const NAMES_HEADING =
  /^(?:bo phan|don vi|linh vuc|ten (?:bo phan|don vi|linh vuc|thon|ap|can bo|cong chuc)|thon|ap|ho (?:va )?ten|chuc vu|chuc danh)$/;

const NATIONAL_MOTTO = /^\s*(?:cộng hòa|cộng hoà) xã hội chủ nghĩa việt nam\s*$|^\s*độc lập\s*[-–]\s*tự do\s*[-–]\s*hạnh phúc\s*$/iu;

export function withTextList(grid: Grid): TextList | null {
  const read = readTextList(grid);
  if (read !== null) return read;
  // "- Chuyển toàn bộ văn bản …" in A, "- Cử 02 cán bộ …" in B: a pasted report's lines wandering between the first two
  // columns, read as the one column they are. (Only where both columns open lines; rows in A stay where they are.)
  // ("- …" in B, its "+ …" lines in C: the same, a column further right.)
  // ("I." | "TIÊU CHÍ 1.4 …" from A, "1." | "Nhiệm vụ đã triển khai" from B, "a)" | "Lập hồ sơ …" from C: a Word outline
  // pasted with its tabs, each level a column further right, read as the one column of lines it is.)
  const opensAt = (row: readonly GridCell[]) => row.findIndex((v) => !isBlank(v ?? null)) + 1;
  const itemAt = (row: readonly GridCell[]) => {
    const c = opensAt(row);
    const v = row[c - 1];
    if (c === 0 || typeof v !== "string") return 0;
    if (ITEM.test(v)) return c;
    return OUTLINE_MARK.test(v) && typeof row[c] === "string" && row[c].trim().length >= 10 ? c : 0;
  };
  const itemCols = grid.rows.map(itemAt).filter((c) => c > 0);
  if (itemCols.length === 0) return null;
  const first = Math.min(...itemCols);
  if (!itemCols.some((c) => c > first && c <= first + 3) || !grid.rows.some((row) => opensAt(row) === first)) return null;
  const rows = grid.rows.map((row) => {
    const c = itemAt(row);
    return c > first && c <= first + 3 ? [...row.slice(0, first - 1), ...row.slice(c - 1)] : row;
  });
  return readTextList({ ...grid, rows });
}

function readTextList(grid: Grid): TextList | null {
  // Criteria's codes in a cell of their own, before their lines; never a report's own outline ("1" | "Công tác chỉ
  // đạo" over "1.1" | "Ban hành văn bản"): no bare number, and no part beyond the plan's two groups, in that column.
  const codesAlone = codeColumn(grid);
  // Only a sheet of lines: any row of three cells or more is a table's, unless it is a numbered line with two short
  // notes after it ("2. Viết tin bài CCHC … | 2 tin/tháng | mới được 1 tin").
  // (A report's table pasted after its lines, its heading and signature beside them, are no lines: read as they are.)
  const wide: number[] = [];
  const notedMarks: number[] = [];
  // "Người lập biểu | Kế toán | Chủ tịch UBND xã" and the names under it: who signs the report, no table.
  const signed = grid.rows.findIndex((row) => signatureRow(row)) + 1;
  grid.rows.forEach((row, i) => {
    const filled = row.filter((v) => !isBlank(v ?? null));
    const signing = signed > 0 && i + 1 >= signed && filled.every((v) => typeof v === "string" && !/\d/.test(v));
    // ("Số: 187/BC-UBND | Ngày báo cáo: | 15/12/2021": the report's number and day at its head, no table.)
    // ("ỦY BAN NHÂN DÂN XÃ … | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", the motto merged across two cells: its first line.)
    const letterhead = filled.some((v) => typeof v === "string" && (DOCUMENT_NUMBER.test(v) || NATIONAL_MOTTO.test(v)));
    // ("Tổng số VB đi | 420 | VB gửi điện tử | 395 | Tỷ lệ | 94,05%": the lines' figures, each after its label, no table.)
    if (
      filled.length >= 3 &&
      !notedLine(filled) &&
      labelAndValue(row) === null &&
      !signing &&
      !letterhead &&
      figurePairs(grid, i + 1) === null
    ) {
      if (filled.length === 3 && (numberAndLine(row) ?? bulletAndLine(row)) !== null) notedMarks.push(i + 1);
      else wide.push(i + 1);
    }
  });
  // "- | Hướng dẫn 25 lượt … | đạt 50% chỉ tiêu quý": a line's mark, its text and a note, where no row is a table's;
  // beside a table's header the same row is one of its rows.
  if (wide.length > 0) wide.push(...notedMarks);
  // (Only a report whose lines say what they are, "Nhiệm vụ: …" or "Chủ trì: …" on a line of its own, is looked at more.)
  const saysFields = (row: readonly GridCell[]) => {
    const one = onlyCell(row) ?? labelAndValue(row) ?? numberAndLine(row);
    const t = one !== null && typeof one.v === "string" ? one.v : "";
    const field = t === "" ? null : FIELD_START.exec(t);
    // ("1/ Hướng dẫn …, BP Một cửa chủ trì, tiến độ 80%, …": a numbered line saying who leads it and when or how it stands.)
    const item = t === "" ? null : ITEM.exec(t);
    return (
      t !== "" &&
      (TASK_LABEL.test(t.replace(ITEM_MARK, "")) ||
        NUMBERED_TASK.test(t) ||
        (item !== null && item[1] !== undefined && saysItsFields(item[3])) ||
        OUTCOME_LINE.test(t) ||
        (field !== null && !["other", "code"].includes(fieldOfLabel(field[1]))))
    );
  };
  // (Or one whose lines come under a heading of the work: "2. Các việc đã làm:".)
  const headsWork = (row: readonly GridCell[]) => {
    const only = onlyCell(row);
    return only !== null && typeof only.v === "string" && only.v.length <= 80 && WORK_HEADING.test(looseKey(only.v));
  };
  if (wide.length > 0 && !grid.rows.some(saysFields) && !grid.rows.some(headsWork)) return null;
  const items: Array<{
    row: number;
    col: number;
    m: RegExpExecArray;
    beside: string | null;
    fields: string[];
    end: number;
    closed?: boolean;
    heading?: boolean;
    /** Several bulleted lines in the one cell, each a task of its own (its fields after it). */
    lines?: Array<{ m: RegExpExecArray; fields: string[] }>;
  }> = [];
  // A cell's lines that state a figure, beside its task lines: read as figures at their row.
  const figureLines: Record<number, { col: number; text: string }> = {};
  const consumed: number[] = [];
  const remarks: number[] = [];
  // "- Chi tiết theo công trình:" over a small table inside a task's lines: the table's rows, said with that task.
  const inner: number[] = [];
  let detail: { label: string; rows: string[] } | null = null;
  const endDetail = () => {
    const last = items[items.length - 1];
    if (detail !== null && last !== undefined) last.fields.push(`Ghi chú: ${detail.label} ${detail.rows.join("; ")}`.trim());
    detail = null;
  };
  let inRemarks = false;
  let log: { dayCol: number; shareCols: number[] } | null = null;
  const shortHeads: Array<{ row: number; n: string; said: string }> = [];
  const paragraphs = new Set<number>();
  // "•⏎Tab…" items: a line opening with the tab alone lost its bullet in the paste ("⏎Tab Niêm yết …"), an item still.
  const tabBullets = grid.rows.some((row) => row.some((v) => typeof v === "string" && /^\s*[•\-–+*]\t/u.test(v)));
  const parenNumbers = numbersInBrackets(grid);
  let inDirection = false;
  let inResults = false;
  let inLegend = false;
  let inFigures = false;
  for (let r = 1; r <= grid.rows.length; r++) {
    const row = grid.rows[r - 1] ?? [];
    // "Nơi nhận:" and its "- Lãnh đạo UBND xã;" lines: the report's recipients; its tasks ended above.
    if (row.some((v) => typeof v === "string" && /^noi nhan\b/.test(looseKey(v)))) break;
    const filledCells = row.filter((v) => !isBlank(v ?? null));
    // "Ngày | Việc đã làm | % lũy kế | Người báo cáo" under a task's line, then its dated rows: the task's own log, each
    // row a dated result of it (the last one how it stands), read with the line and left out of any table.
    const lastItem = items[items.length - 1];
    const opensLog: { dayCol: number; shareCols: number[] } | null =
      log === null && lastItem !== undefined && r === lastItem.end + 1 ? logHeader(row) : null;
    if (opensLog !== null && lastItem !== undefined) {
      log = opensLog;
      lastItem.end = r;
      inner.push(r);
      consumed.push(r);
      continue;
    }
    if (log !== null && lastItem !== undefined) {
      const entry = logEntry(grid, r, log);
      // ("(chưa có cập nhật)" alone under the log's header: nothing logged yet, said of the task.)
      const noted = entry === null && onlyCell(row) !== null && /^\s*\(.*\)\s*$/u.test(cellText(onlyCell(row)?.v ?? null));
      if (entry !== null || noted) {
        if (entry !== null) lastItem.fields.push(`Kết quả: ${entry.text}`);
        else lastItem.fields.push(`Ghi chú: ${cleanText(cellText(onlyCell(row)?.v ?? null))}`);
        // (The last share logged is how far the task is.)
        if (entry !== null && entry.share !== null) {
          const at = lastItem.fields.findIndex((f) => f.startsWith("Tiến độ:"));
          if (at >= 0) lastItem.fields.splice(at, 1);
          lastItem.fields.push(`Tiến độ: ${entry.share}`);
        }
        lastItem.end = r;
        inner.push(r);
        consumed.push(r);
        continue;
      }
      log = null;
    }
    if (detail !== null && filledCells.length >= 2) {
      detail.rows.push(filledCells.map((v) => cleanText(cellText(v ?? null))).join(" | "));
      items[items.length - 1].end = r;
      inner.push(r);
      consumed.push(r);
      continue;
    }
    if (filledCells.length > 0) endDetail();
    const only: { col: number; v: GridCell; textCol?: number } | null =
      onlyCell(row) ??
      numberAndLine(row, !codesAlone) ??
      (codesAlone ? codeAndLine(row) : null) ??
      bulletAndLine(row) ??
      fieldsAcross(row) ??
      labelAndValue(row) ??
      lineAndResult(row);
    // (Several bulleted lines in one cell, a Word paragraph each, may be longer.)
    if (only === null || typeof only.v !== "string" || only.v.length > (only.v.includes("\n") ? 1200 : 400)) continue;
    const split = bulletLines(only.v);
    // "Quy ước:" over "- Nội dung bị gạch ngang: nhiệm vụ đã hủy": a legend's lines, what marks mean, never tasks.
    if (LEGEND_HEAD.test(looseKey(only.v))) {
      inLegend = true;
      continue;
    }
    if (inLegend && /^\s*[-+*•–]|:/u.test(only.v)) continue;
    inLegend = false;
    // "1. Bộ phận TN&TKQ … phấn đấu tỷ lệ trực" ⏎ "tuyến đạt trên 20% trong quý II (TC 1.1).": a line wrapped onto the
    // row under it, read as one (never taken for a section over the next line).
    const prior = items[items.length - 1];
    if (
      prior !== undefined &&
      split === null &&
      r === prior.end + 1 &&
      !prior.closed &&
      prior.fields.length === 0 &&
      wrapsOnto(prior.m[3], only.v)
    ) {
      prior.m[3] = `${prior.m[3].trimEnd()} ${only.v.trim()}`;
      prior.end = r;
      consumed.push(r);
      continue;
    }
    const heads = sectionLine(only.v) || (/^\s*\d{1,2}\s*[.)]\s*[^:]{2,50}$/u.test(only.v) && REMARKS.test(looseKey(only.v)));
    // "A. Số liệu:" over "1) HS TTHC tiếp nhận: 131 HS; trực tuyến …: 30 HS = 22,9%": the report's figures, read as
    // such elsewhere, never tasks; to the next lettered heading ("B. Nhiệm vụ:").
    if (LETTERED_HEAD.test(only.v)) inFigures = FIGURES_HEAD.test(looseKey(only.v));
    if (inFigures) continue;
    if (heads) {
      // "2. Khó khăn, vướng mắc", "3. Đề xuất": a numbered heading of the report's remarks.
      inRemarks = REMARKS.test(looseKey(only.v));
      // "C. PHƯƠNG HƯỚNG NĂM 2022": the work ahead, in lines each a task where it names its criterion or its day.
      inDirection = inRemarks && DIRECTION.test(looseKey(only.v));
      inResults = false;
    }
    // "I. ĐÁNH GIÁ CHUNG" over "1. Những kết quả đạt được" and its lines: what was done, in lines each a task (or a
    // figure, read as one elsewhere) where it names its criterion or its day; the other lines stay remarks.
    if (inRemarks && !heads && RESULTS_HEAD.test(looseKey(only.v))) {
      inResults = true;
      remarks.push(r);
      continue;
    }
    const said = only.v;
    const criterionNamed = () => CRITERION_HEADING.test((ITEM.exec(said)?.[3] ?? said).trim());
    const aheadTask = (inDirection || inResults) && !heads && (CODE.test(said) || DAY_NAMED.test(said) || (inResults && criterionNamed()));
    // "1. Ưu điểm: …", "- Địa bàn rộng …" under "II. KHÓ KHĂN": what the report says of the work, never a task.
    // ("Thứ tư, khó khăn: phần mềm … bị treo": counted in words, its label after the count.)
    const labelled = (ordinalItem(only.v)?.[3] ?? only.v).split(":")[0] ?? "";
    // ("1. Đề xuất huyện cấp kinh phí … (Chỉ số 2.1). Chủ trì: CT UBND xã. Thời gian: Quý II/2022.": work proposed, with
    // who leads it, a task; the label before a remark's colon is short.)
    // ("Tổng cộng: 09 nhiệm vụ; hoàn thành 05 (55,6%), …": the report's tally of its tasks, no task, named with its remarks.)
    const tally = TASK_TALLY.test(looseKey(only.v));
    if (tally || (!aheadTask && (inRemarks || (only.v.includes(":") && labelled.length <= 60 && REMARKS.test(looseKey(labelled)))))) {
      remarks.push(r);
      continue;
    }
    const last = items[items.length - 1];
    // (Under a bullet too: "- Cử 02 cán bộ …" then "=> Đã cử đi học … Chủ trì: … Hạn: …".)
    // (A line of other words between, a criterion's heading, ends the task's lines: what follows is not its.)
    // "Tiến độ:" with nothing after it: a field left blank, still the line's.
    if (last !== undefined && r - last.end <= 2 && !last.closed && LABEL_ALONE.test(only.v)) {
      last.end = r;
      consumed.push(r);
      continue;
    }
    // ("Ghi chú: số liệu lấy từ phần mềm …" after a blank row: the report's footnote, no field of the line above.)
    // ("- Chủ trì: …⏎- Thời hạn: …" in one cell: each line a field.)
    const fieldLines = split?.map(fieldsOfLine) ?? [];
    const fields =
      last !== undefined && r - last.end <= 2 && !last.closed && !(r - last.end > 1 && /^\s*(?:ghi chú|ghi chu)\s*:/iu.test(only.v))
        ? split === null
          ? fieldsOfLine(only.v)
          : fieldLines.every((f) => f !== null && f.length > 0)
            ? fieldLines.flatMap((f) => f ?? [])
            : null
        : null;
    // ("Tiêu chí: 1.5" over the next numbered line, no field of the one above: the heading of those below.)
    const headsNext = () => (grid.rows[r] ?? []).some((v) => typeof v === "string" && ITEM.exec(v)?.[1] !== undefined);
    if (fields && fields.length > 0 && !(fields.every((f) => fieldOfLabel(f.slice(0, f.indexOf(":"))) === "code") && headsNext())) {
      // Read with its numbered line, and left out of the table's rows (it is that line's, not a task).
      last.fields.push(...fields);
      last.end = r;
      consumed.push(r);
      continue;
    }
    // "- Chi tiết theo công trình:" under a task's lines, a table under it: the task's details.
    if (
      last !== undefined &&
      r - last.end <= 2 &&
      !last.closed &&
      last.fields.length > 0 &&
      /^\s*[-–•+*]\s*[^:]{3,60}:\s*$/u.test(only.v) &&
      // (A table's row under it, never a bulleted line: "* Số liệu:" over "- | Tỷ lệ … : 46/380 hồ sơ" is the report's.)
      (grid.rows[r] ?? []).filter((v) => !isBlank(v ?? null) && !/^\s*[-–•+*]\s*$/u.test(cellText(v ?? null))).length >= 2
    ) {
      detail = { label: cleanText(only.v.replace(/^\s*[-–•+*]\s*/u, "")), rows: [] };
      last.end = r;
      consumed.push(r);
      continue;
    }
    // "- CC VH-XH đã phát 08 tin …: hoàn thành.⏎- BP TN&TKQ hỗ trợ …: đang thực hiện." in one cell (a report typed in
    // Word, a paragraph per item): each line a task of its own; a line stating a rate ("- Văn bản đi gửi dưới dạng điện
    // tử: 52/55 văn bản (94,5%)") is kept to be read as a figure; "- Chủ trì: …" after a line, its field.
    if (split !== null) {
      const lines: Array<{ m: RegExpExecArray; fields: string[] }> = [];
      const figures: string[] = [];
      for (const l of split) {
        // ("k) …", "i) …": a mark the line reader does not number by, read as a bullet's.)
        const lm = ITEM.exec(l) ?? ITEM.exec(`- ${l.replace(BULLET, "").trim()}`);
        const lineFields = lines.length > 0 ? fieldsOfLine(l) : null;
        if (lm === null) continue;
        if (lineFields !== null && lineFields.length > 0) lines[lines.length - 1].fields.push(...lineFields);
        else if (figureLine(lm[3], l)) figures.push(l);
        else if (lm[3].trim().split(/\s+/).length >= 4) lines.push({ m: lm, fields: [] });
        // (A few words alone, "- Đạt", "- xong": said of the line before it.)
        else if (lines.length > 0) lines[lines.length - 1].fields.push(`Kết quả: ${cleanText(lm[3])}`);
        else figures.push(l);
      }
      if (lines.length > 0) {
        items.push({ row: r, col: only.col, m: lines[0].m, beside: besideOf(row, only.textCol ?? only.col), fields: [], end: r, lines });
        if (figures.length > 0) figureLines[r] = { col: only.col, text: figures.join("\n") };
        continue;
      }
    }
    // "Nhiệm vụ: … - Chủ trì: … - Thời hạn: …" with no number: a task all the same, numbered in its turn.
    // "1. Tiêu chí 1.2 - Tỷ lệ hồ sơ …": a criterion's heading among a report's lines, no task.
    // "* Kết quả chỉ tiêu: …", "* Tiêu chí 1.7: Ước cả năm đạt …", "* Về chỉ số SIPAS (…):": a starred label over its
    // figures, never a task (a starred sentence is one: "* TC-KT đã hoàn thành …").
    // ("* TC 1.5 - Văn bản điện tử" over "+ …" lines: the criterion's heading.)
    const starredLabel =
      /^\s*\*\s*(?:[^:]{1,40}:|.*:\s*$)/u.test(only.v) ||
      (/^\s*\*/u.test(only.v) && CRITERION_HEADING.test(only.v.replace(/^\s*\*\s*/u, "")));
    // "Thứ nhất, về niêm yết TTHC … (chỉ số 2.2):" over "Công chức ĐC-XD đã hoàn thành …": a paragraph under a heading
    // that introduces it, read as that heading's line (and the next paragraphs under it, each its own).
    // (Never a sentence counting dossiers, "9 tháng tiếp nhận 874 hồ sơ, giải quyết 860 …": figures.)
    const paragraph =
      introducedParagraph(grid, r, only.v, (above) => paragraphs.has(above)) &&
      (only.v.match(/(?:tiếp nhận|giải quyết|trước hạn|đúng hạn|quá hạn|trễ hạn)\s+\d/giu)?.length ?? 0) < 2;
    const m0 = starredLabel
      ? null
      : (ITEM.exec(only.v) ??
        ordinalItem(only.v) ??
        parenItem(only.v, parenNumbers) ??
        numberedTask(only.v) ??
        (TASK_LABEL.test(only.v.trim()) ? ITEM.exec(`${items.length + 1}. ${only.v.trim()}`) : null) ??
        (paragraph ? ITEM.exec(`- ${only.v.trim()}`) : null) ??
        (tabBullets && /^\t+\p{Lu}/u.test(only.v) ? ITEM.exec(`- ${only.v.trim()}`) : null) ??
        // "TC 1.1: Tuyên truyền … – đã xong (CC VH-XH).", "TCTP 1.4: Giải ngân … – đang triển khai": a line opening with
        // its criterion, no mark before it, that says how its work stands.
        (CRITERION_HEADING.test(only.v.trim()) && (CLAUSE_STATE.test(only.v) || SAYS_WORK.test(only.v))
          ? ITEM.exec(`- ${only.v.trim()}`)
          : null));
    if (paragraph && m0 !== null && m0[1] === undefined) paragraphs.add(r);
    // ("1) | TC 2.1 – Cải thiện nơi làm việc …" with its fields' lines under it is a task all the same: kept while it may be.)
    // ("1) | TC 1.2 - VP-TK: Triển khai … từ 01/12/2021 (Đã xong).": work under its code, a day or its state said, no heading.)
    // ("1.2 | Tỷ lệ hồ sơ TTHC giải quyết đúng hạn" over the paragraphs of what was done for it: its heading.)
    const next = onlyCell(grid.rows[r] ?? []);
    const codeMarked =
      m0 !== null && codeMarkAbove(grid, r + 1)?.row === r && typeof next?.v === "string" && introducedParagraph(grid, r + 1, next.v);
    const heading = m0 !== null && ((m0[1] !== undefined && CRITERION_HEADING.test(m0[3]) && !SAYS_WORK.test(m0[3])) || codeMarked);
    const m = m0;
    // A task says something: four words at least.
    // A line stating a criterion's rate ("2. Giải quyết hồ sơ đúng hạn: đạt 98,5% (197/200)") is a figure, read as one elsewhere.
    const beside = m ? besideOf(row, only.textCol ?? only.col) : null;
    // "- Trực tuyến: 12", "- Tỷ lệ hồ sơ trực tuyến:" | "9,6% (8/83)": a figure's label, read as one elsewhere.
    const figure =
      m !== null &&
      (/:\s*[\d.,]*\s*%?\s*(?:hồ sơ|hs|phiếu|văn bản)?\s*$/iu.test(m[3]) || (beside !== null && /^[\d.,]+\s*%?\s*(?:\(|;|$)/.test(beside)));
    // A share after the arrow ("… => Chưa xong, khối lượng mới đạt khoảng 65%") is how far the task is, not a figure.
    const stated = only.v.split(OUTCOME_ARROW)[0];
    // ("- Tập trung chỉ đạo thu ngân sách đạt 100% dự toán (TC 1.7). Chủ trì: …" names who leads it: a task, its share a target.)
    if (
      m &&
      !figure &&
      m[3].trim().split(/\s+/).length >= 4 &&
      !WORK_TITLE.test(looseKey(m[3])) &&
      // ("Trên đây là báo cáo kết quả thực hiện …/.": the report's closing sentence, no task.)
      !REPORT_CLOSING.test(looseKey(m[3])) &&
      (!statesRate(stated) || LEAD_INSIDE.test(m[3]) || IN_HAND.test(m[3]) || WORK_SAID.test(m[3]))
    ) {
      items.push({ row: r, col: only.col, m, beside, fields: [], end: r, ...(heading ? { heading } : {}) });
      // "TC 1.7: Triển khai các chỉ tiêu KT-XH … – đạt 14/16 chỉ tiêu (87,5%), đang triển khai": work in hand, and its
      // criterion's figure with the counts it comes from; both read.
      if (IN_HAND.test(m[3]) && statesRate(stated) && /\d\s*\/\s*\d/.test(stated) && CRITERION_HEADING.test(m[3].trim()))
        figureLines[r] = { col: only.textCol ?? only.col, text: only.v };
    }
    // ("1" | "Rà soát TTHC" over "1.1" | "- Rà soát …": a short heading of the report's outline, kept to be written back.)
    else if (m && /^\d{1,2}$/.test(m[1] ?? "") && only.textCol !== undefined && m[3].trim().split(/\s+/).length < 4) {
      shortHeads.push({ row: r, n: m[1], said: m.input });
      if (last !== undefined) last.closed = true;
    }
    // "- Tổng kế hoạch vốn … đã giải ngân 3.250 triệu đồng, đạt 63,7%" among a task's labelled lines: what came of it.
    else if (
      m &&
      m[1] === undefined &&
      m[2] === undefined &&
      !PAREN_ITEM.test(only.v) &&
      last !== undefined &&
      r - last.end <= 2 &&
      !last.closed &&
      last.fields.length > 0
    ) {
      last.fields.push(`Kết quả: ${cleanText(m[3])}`);
      last.end = r;
      consumed.push(r);
    } else if (last !== undefined) last.closed = true;
  }
  endDetail();
  // "1.4. Giải ngân kế hoạch đầu tư vốn …" over a small table of its figures: a criterion's code as its heading, no task.
  // A part's number ("1.1.") is a task's only where lines of its fields follow it.
  // So is a criterion's heading ("1. Tiêu chí 1.2 - Tỷ lệ hồ sơ …"), only where its lines say who leads it or when it is
  // due: "Kết quả: …" alone under it reports the criterion.
  const ledOrDue = (fields: readonly string[]) => fields.some((f) => ["lead", "due"].includes(fieldOfLabel(f.slice(0, f.indexOf(":")))));
  // "4. Các chỉ số hài lòng (SIPAS)" over "- Niêm yết …", "- Khảo sát …": a part's heading over its lines, no task.
  const headsParts = (i: number) =>
    /^\d{1,2}$/.test(items[i].m[1] ?? "") &&
    items[i].fields.length === 0 &&
    items[i].m[3].length <= 80 &&
    !/\d{1,2}\s*\/\s*\d{1,2}|%|:/.test(items[i].m[3]) &&
    !CLAUSE_STATE.test(items[i].m[3]) &&
    items[i + 1] !== undefined &&
    // (Lines between, bulleted figures "- Tỷ lệ … : 98,98%" read elsewhere, are its parts too.)
    Array.from({ length: items[i + 1].row - items[i].end - 1 }, (_, k) => items[i].end + 1 + k).every((r) => {
      const t = cellText(onlyCell(grid.rows[r - 1] ?? [])?.v ?? null);
      return (grid.rows[r - 1] ?? []).every((v) => isBlank(v ?? null)) || /^\s*[-–•+*]\s/u.test(t);
    }) &&
    // (Its parts bulleted, lettered, or numbered under its number: "1. … (TC 2.1)" over "1.1. …", "1.2. …".)
    ((items[i + 1].m[1] === undefined && items[i + 1].m[2] === undefined) ||
      /^[a-hđ]$/u.test(items[i + 1].m[1] ?? "") ||
      (items[i + 1].m[1] ?? "").startsWith(`${items[i].m[1]}.`));
  // "1 | CÔNG TÁC CẢI CÁCH HÀNH CHÍNH": a part's heading in capitals, never a task.
  const capsHeading = (i: number) => {
    const t = items[i].m[3].trim();
    return (
      items[i].fields.length === 0 &&
      t.length <= 80 &&
      !/[\d:]/.test(t) &&
      t === t.toLocaleUpperCase("vi") &&
      /\p{Lu}{2}\s+\p{Lu}{2}/u.test(t)
    );
  };
  const headingRows: Array<{ row: number; said: string }> = shortHeads
    .filter((h) => (items.find((i) => i.row > h.row)?.m[1] ?? "").startsWith(`${h.n}.`))
    .map(({ row, said }) => ({ row, said }));
  for (let i = items.length - 1; i >= 0; i--)
    if (
      capsHeading(i) ||
      // ("3.1. CC VH-XH tiếp tục tuyên truyền … (TC 1.1), …": a part's number over work that names its official and
      // criterion, no criterion's heading.)
      // ("1.1 | - Ban hành Kế hoạch …, CC VP-TK chủ trì, đã hoàn thành ngày 15/01/2021": work that says who leads it, when
      // it is due or done, in its own words, a task.)
      (items[i].m[1]?.includes(".") &&
        items[i].fields.length === 0 &&
        !(CODE.test(items[i].m[3]) && officialOpening(items[i].m[3]) !== null) &&
        !(trailingClauses(items[i].m[3]) !== null && !/^(?:tiêu chí|tieu chi|chỉ số|chi so)\s/iu.test(items[i].m[3])) &&
        // ("1.2. Cấp chứng thư số … - Hoàn thành ngày 12/4/2021": work and how it stands after a dash, a task.)
        !DASHED_STATE.test(items[i].m[3])) ||
      (items[i].heading === true && !ledOrDue(items[i].fields)) ||
      headsParts(i)
    ) {
      // Its lines ("Kết quả: 19/21 cán bộ … đạt 90,48%") stay where they are, the criterion's, read as such.
      const [from, to] = [items[i].row, i + 1 < items.length ? items[i + 1].row : grid.rows.length + 1];
      for (let k = consumed.length - 1; k >= 0; k--) if (consumed[k] > from && consumed[k] < to) consumed.splice(k, 1);
      // (Only a heading over its own numbered parts, "1" over "1.1": others stay as they were, read as sections.)
      if ((items[i + 1]?.m[1] ?? "").startsWith(`${items[i].m[1]}.`)) headingRows.push({ row: items[i].row, said: items[i].m.input });
      items.splice(i, 1);
    }
  // (Two lines at least, in one cell or in two.)
  const lineCount = items.reduce((n, i) => n + (i.lines?.length ?? 1), 0);
  if (lineCount < 2 || new Set(items.map((i) => i.col)).size !== 1) return null;
  // A row of a table among the lines, or above them holding figures: the sheet's own table, left alone.
  const lastLine = items[items.length - 1].end;
  const figures = (r: number) => (grid.rows[r - 1] ?? []).some((v) => typeof v === "number" || cellKind(v ?? null) === "date");
  // A report's table of figures above its numbered tasks, a blank or a section's line between: the table stays a table.
  // Lines that say what they are, or carry their fields' lines under them: a report's tasks, its table of figures apart.
  const labelledItems =
    items.filter((i) => TASK_LABEL.test(i.m[3])).length * 2 > items.length ||
    items.filter((i) => i.fields.length > 0 || saysItsFields(i.m[3])).length * 2 > items.length;
  const wideAbove = wide.filter((r) => r < items[0].row);
  const lastAbove = wideAbove.length > 0 ? Math.max(...wideAbove) : 0;
  const between = Array.from({ length: Math.max(0, items[0].row - lastAbove - 1) }, (_, k) => lastAbove + 1 + k);
  // "2. Các việc đã làm:", "II. Nhiệm vụ thời gian tới" between the table and the lines: the lines are the report's work.
  const workHeaded = between.some((r) => headsWork(grid.rows[r - 1] ?? []));
  const apart =
    (labelledItems || workHeaded) &&
    between.some((r) => {
      const only = onlyCell(grid.rows[r - 1] ?? []);
      return (
        (grid.rows[r - 1] ?? []).every((v) => isBlank(v ?? null)) ||
        (only !== null && sectionLine(cellText(only.v))) ||
        headsWork(grid.rows[r - 1] ?? [])
      );
    });
  if (wide.some((r) => !inner.includes(r) && ((r >= items[0].row && r <= lastLine) || (r < items[0].row && figures(r) && !apart))))
    return null;
  // Beside a table, only lines that say what they are, or lines under a heading of the work: a table's remarks in
  // lines under it are no list of tasks.
  if (wide.length > 0 && !labelledItems && !(workHeaded && apart)) return null;
  const col = items[0].col;
  // "Tỷ lệ hồ sơ … đúng hạn (TC 1.2)" | "541/548 hồ sơ (98,7%)" under the lines: a figure and its label, in a cell each
  // (a small table of the report's figures), read as the figure's sentence at its row.
  const figureRows: number[] = [];
  for (let r = items[0].row + 1; r <= grid.rows.length; r++) {
    if (items.some((i) => i.row === r) || consumed.includes(r) || remarks.includes(r) || figureLines[r] !== undefined) continue;
    const said = labelledFigure(grid, r);
    if (said !== null) {
      // ("1.5 Tỷ lệ văn bản …" over the lines and the figure: the criterion the figure is of, as its lines' is.)
      const heading = CODE.test(said) ? null : codeHeadingAbove(grid, r);
      figureLines[r] = { col, text: heading === null ? said : `${said} (TC ${heading})` };
      figureRows.push(r);
    }
  }
  // "TT | Bộ phận" over "2 | Bộ phận Một cửa", "3 | Tư pháp - Hộ tịch": a list of the commune's offices or fields (a
  // dropdown's source), its lines names, never tasks.
  for (let r = Math.max(1, items[0].row - 3); r < items[0].row; r++)
    if ((grid.rows[r - 1] ?? []).some((v) => typeof v === "string" && v.length <= 30 && NAMES_HEADING.test(looseKey(v)))) return null;
  // The nearest blank row above the first line; else the row right above it.
  const blank = (r: number) => (grid.rows[r - 1] ?? []).every((v) => isBlank(v ?? null));
  let head = items[0].row - 1;
  // "| Kết quả (cập nhật)" right above the lines: the heading of the column beside them, so the table's header row.
  const above = grid.rows[head - 1] ?? [];
  // ("1. | Chỉ số 2.2 - Tổ chức giải quyết TTHC" is the criterion the lines come under, kept as their section.)
  // (Never a remark's line: "1. Những kết quả đạt được" over a review's lettered lines is no column's heading.)
  // (Nor a numbered section's line, "1. | Về tỷ lệ văn bản điện tử (TC 1.5)": the section the lines come under.)
  const headsBeside =
    !remarks.includes(head) &&
    numberAndLine(above) === null &&
    above.some((v, i) => i + 1 > col && typeof v === "string" && v.trim() !== "" && v.length <= 40 && !CRITERION_HEADING.test(v.trim()));
  while (!headsBeside && head >= 1 && !blank(head)) head--;
  // No blank row above: the line right above heads them, its words kept for Kiểm tra.
  if (head < 1) head = items[0].row - 1;
  // ("2.1. TC 1.1 – …" right above the first line is the criterion the lines come under, kept: the row above heads them.)
  const namesCriterion = (r: number) => {
    const t = cellText(onlyCell(grid.rows[r - 1] ?? [])?.v ?? null).trim();
    return CRITERION_HEADING.test((ITEM.exec(t)?.[3] ?? t).trim());
  };
  while (head > 1 && namesCriterion(head) && !items.some((i) => i.row === head - 1) && !blank(head - 1)) head--;
  if (head < 1) return null;
  const replaced = blank(head)
    ? null
    : (grid.rows[head - 1] ?? [])
        .map((v) => cellText(v ?? null).trim())
        .filter((t) => t !== "")
        .join(" | ");
  const rows: GridCell[][] = grid.rows.map((row) => [...row]);
  // "Chủ trì: …; phối hợp: …": a column of partners, where any line names them.
  const partnered = items.some(
    (i) =>
      i.fields.some((f) => fieldOfLabel(f.slice(0, f.indexOf(":"))) === "partner") ||
      (LEAD_INSIDE.test(i.m[3]) && /[.;]\s+(?:phối hợp|phoi hop)\s*:/iu.test(i.m[3])),
  );
  // "Tiến độ: 75%" on a line of its own: a column of how far each task is, where any line says it.
  const progressed = items.some((i) => i.fields.some((f) => fieldOfLabel(f.slice(0, f.indexOf(":"))) === "progress"));
  const headings = [...HEADINGS, ...(partnered ? ["Phối hợp"] : []), ...(progressed ? ["Tiến độ"] : [])];
  const progressAt = headings.indexOf("Tiến độ");
  const width = col - 1 + headings.length;
  const place = (r: number, cells: GridCell[]) => {
    const row: GridCell[] = Array.from({ length: Math.max(width, rows[r - 1]?.length ?? 0) }, () => null);
    cells.forEach((v, i) => (row[col - 1 + i] = v));
    rows[r - 1] = row;
  };
  place(head, headings);
  let k = 0;
  const cellsOfLine = (row: number, m: RegExpExecArray, beside: string | null, fields: string[]): GridCell[] => {
    // "1. Nhiệm vụ: … (TC 2.2). Giao: công chức VH-XH. Thời hạn: 15/11/2021.": the label off, the fields after it apart.
    // (Only where the line opens with its label: "… (TC 2.5). Hạn 15/10. => Đã xong" is read as a line, as before.)
    // "… Thời hạn: thường xuyên. => Đang thực hiện …": what came of it after the arrow, its result.
    // (So is a line with its fields inside after its words, "a) Tuyên truyền … . Chủ trì: …; phối hợp: … . Thời gian: …".)
    const fielded = TASK_LABEL.test(m[3]) || (LEAD_INSIDE.test(m[3]) && m[3].split(OUTCOME_ARROW).length === 1);
    const [said, ...after] = fielded ? m[3].split(OUTCOME_ARROW) : [m[3]];
    // "5. Nhiệm vụ từ nay đến 31/01/2022: giải ngân hết …": the work after the label, due on the day the label names.
    const ahead = NEXT_WORK.exec(said);
    const line = ahead ? `${ahead[2].trim().replace(/\.$/, "")}, hạn ${ahead[1]}` : said.replace(NEXT_LABEL, "");
    if (after.length > 0) fields.unshift(`Kết quả: ${after.join(" ").trim()}`);
    const [body, ...inline] = fielded ? line.replace(TASK_LABEL, "").split(FIELD_NEXT) : [line];
    const own = inline.flatMap((part) => fieldsOfLine(part) ?? []);
    // (A part's number, "3.2.", is written as the line's turn: in the TT column it would pass for a criterion's code.)
    const turn = m[1] === undefined || m[1].includes(".") ? String(++k) : m[1];
    const cells = cellsOf(turn, inline.length > 0 && own.length === inline.length ? body : line.replace(TASK_LABEL, ""), m[2], beside);
    // Its "Thời hạn:" line the deadline (where the line gave none), the others its result.
    for (const f of [...(own.length === inline.length ? own : []), ...fields]) {
      const [label, value] = [f.slice(0, f.indexOf(":")), f.slice(f.indexOf(":") + 1).trim()];
      const field = fieldOfLabel(label);
      if (field === "due" && cells[4] === null) cells[4] = value;
      else if (field === "code" && (cells[2] === null || cells[2] === "")) cells[2] = value;
      else if (field === "lead" && cells[3] === null) cells[3] = value;
      else if (field === "partner" && partnered) cells[6] = value;
      // ("Tiến độ: đang thực hiện; phấn đấu giải ngân 100% trước 31/01/2022": a target said there is its result's, no progress.)
      else if (
        field === "progress" &&
        progressed &&
        !/phấn đấu|phan dau|dự kiến|du kien|chỉ tiêu|chi tieu|mục tiêu|muc tieu/iu.test(value)
      ) {
        // ("tiến độ: 100%, đã hoàn thành": the share its progress, the words after it how it stands.)
        const shareThen = /^(\d{1,3}(?:[.,]\d+)?\s*%)\s*[,;]\s*(\S.*)$/u.exec(value);
        cells[progressAt] = shareThen ? shareThen[1] : value;
        if (shareThen) cells[5] = [cells[5], shareThen[2]].filter((x) => x !== null && x !== "").join("; ");
      }
      // ("… Tiến độ: đã hoàn thành tháng 11/2021." inside the line, no column of progress: how it stands, its result.)
      else cells[5] = [cells[5], field === "result" || field === "progress" ? value : f].filter((x) => x !== null && x !== "").join("; ");
    }
    // Under "2. Các việc đã làm:", a line that says nothing of how it stands reports work done, on the day it opens with.
    // Under "I. Kết quả thực hiện", a line opening with its day ("Ngày 14/9/2021, Chủ tịch UBND xã họp …") reports it done then.
    const under = headingAbove(grid, row);
    const day = /^\s*ngày\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})\s*,/iu.exec(String(cells[1] ?? ""))?.[1];
    // "Đã tổ chức Hội nghị … ngày 22/11/2021", "Đang triển khai …, tiến độ khoảng 40%": the line opens with how its work
    // stands, and is read for it as a result is.
    const opening = cleanText(String(cells[1] ?? ""));
    // ("TC-KT đã hoàn thành thanh toán … ngày 3 tháng 12 năm 2021": its office first, then that it was done.)
    // ("Chủ tịch UBND xã đã ban hành Quyết định … ngày 05/10/2021.": its official, then what was done.)
    const subject = officialOpening(opening);
    const afterSubject = subject !== null ? /^(?:đã|da)\s+\p{L}/iu.exec(opening.slice(subject.length).trim()) : null;
    const saysDone =
      SAYS_DONE.exec(opening) ?? (afterSubject !== null ? { index: opening.indexOf(afterSubject[0], subject?.length ?? 0) } : null);
    // ("CC VP-TK đang rà soát …, tiến độ 80%": its official, then the work in hand.)
    const inHand = subject !== null ? /^(?:đang|chưa)\s+\p{L}.*$/iu.exec(opening.slice(subject.length).trim()) : null;
    if ((cells[5] === null || cells[5] === "") && /^(?:đã|đang|chưa)\s+\p{L}/iu.test(opening)) cells[5] = opening;
    else if ((cells[5] === null || cells[5] === "") && inHand !== null) cells[5] = inHand[0];
    else if ((cells[5] === null || cells[5] === "") && saysDone !== null) {
      // ("… ngày 22/10/2021, đã xong": done on the one day the line names before.)
      cells[5] = withTheSentenceDay(opening.slice(saysDone.index).trim(), opening);
    } else if (
      under !== null &&
      (under.kind === "done" || day !== undefined) &&
      (cells[5] === null || cells[5] === "") &&
      !CLAUSE_STATE.test(cleanText(String(cells[1] ?? "")))
    )
      cells[5] = `Đã thực hiện${day ? ` ngày ${day}` : ""} (theo mục "${under.heading}")`;
    return cells;
  };
  for (const { row, m, beside, fields, lines } of items) {
    if (lines === undefined) {
      place(row, cellsOfLine(row, m, beside, fields));
      continue;
    }
    // One cell's lines: each column a line per task (the table reads each task from its line of every cell), the
    // words bulleted as typed; what was written beside the cell said with the first.
    const each = lines.map((l, i) => cellsOfLine(row, l.m, i === 0 ? beside : null, l.fields));
    place(
      row,
      Array.from({ length: headings.length }, (_, j) => {
        if (j === 1) return each.map((cells) => `- ${cellText(cells[1] ?? null)}`).join("\n");
        return each.every((cells) => isBlank(cells[j] ?? null)) ? null : each.map((cells) => cellText(cells[j] ?? null)).join("\n");
      }),
    );
  }
  // "1" | "Ban hành văn bản chỉ đạo" over its "1.1" lines: a heading of the report's outline, its number in a cell of its
  // own, written back as the one line it is (beside its number it would pass for a task's row).
  for (const h of headingRows)
    if ((grid.rows[h.row - 1] ?? []).filter((v) => !isBlank(v ?? null)).length >= 2 && h.row > head) place(h.row, [h.said]);
  // A report's remarks are named in Kiểm tra, never read as its tasks.
  for (const r of [...consumed, ...remarks]) if (r !== head) rows[r - 1] = [];
  // (A figure's row, read from its line, is left to no table: its label in the TT column would pass for a task's.)
  for (const r of figureRows) rows[r - 1] = [];
  // A line merged across the page is now a row of cells: its merge would make it a section's line.
  // (The headings among the lines, merged across as the page was, are lines too: merged under the header written, they
  // would be read as its second row.)
  const rewritten = new Set([head, ...items.map((i) => i.row), ...consumed]);
  const last = Math.max(head, ...items.map((i) => i.end));
  const merges = grid.merges.filter((m) => ![...rewritten].some((r) => r >= m.top && r <= m.bottom) && (m.bottom < head || m.top > last));
  return {
    grid: {
      ...grid,
      rows,
      merges,
      listedRows: items.map((i) => i.row),
      ...(Object.keys(figureLines).length > 0 ? { figureLines } : {}),
    },
    rows: items.map((i) => i.row),
    head,
    replaced,
    consumed,
    remarks,
    labelled: labelledItems,
  };
}

/**
 * "Ngày | Việc đã làm | % lũy kế | Người báo cáo": the header of a task's own log, its day first; the day's column and
 * the columns of shares. Null for any other row.
 */
function logHeader(row: readonly GridCell[]): { dayCol: number; shareCols: number[] } | null {
  const filled = row.map((v, i) => ({ col: i + 1, v: v ?? null })).filter((x) => !isBlank(x.v));
  if (filled.length < 2 || !filled.every((x) => typeof x.v === "string" && x.v.length <= 30)) return null;
  const keys = filled.map((x) => looseKey(cellText(x.v)));
  if (!/^(?:ngay|thoi gian|ngay cap nhat|ngay bao cao)$/.test(keys[0])) return null;
  if (!keys.slice(1).some((k) => /\b(?:viec|noi dung|ket qua|dien bien|cong viec)\b/.test(k))) return null;
  const share = (x: { v: GridCell }) => cellText(x.v).includes("%") || /^(?:tien do|ty le)\b/.test(looseKey(cellText(x.v)));
  return { dayCol: filled[0].col, shareCols: filled.filter(share).map((x) => x.col) };
}

/** A dated row of a task's log, "15/01/2021 | Ban hành nội quy … | 0,2 | Hùng", as "15/01/2021: Ban hành nội quy … - 20% - Hùng"; else null. */
function logEntry(grid: Grid, r: number, log: { dayCol: number; shareCols: number[] }): { text: string; share: string | null } | null {
  const row = grid.rows[r - 1] ?? [];
  const day = row[log.dayCol - 1] ?? null;
  const typed = typeof day === "string" && /^\s*\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?\s*$/.test(day) ? day.trim() : null;
  const dayText = isGridDate(day) ? formatViDate(day.date) : typed;
  if (dayText === null) return null;
  const cells = row.map((v, i) => ({ col: i + 1, v: v ?? null })).filter((x) => x.col !== log.dayCol && !isBlank(x.v));
  const shareOf = (v: GridCell) =>
    typeof v === "number"
      ? `${Math.round((v <= 1 ? v * 100 : v) * 10) / 10}%`
      : /^\s*\d[\d.,]*\s*%\s*$/.test(cellText(v))
        ? cellText(v).trim()
        : null;
  const shares = cells.filter((x) => log.shareCols.includes(x.col)).map((x) => shareOf(x.v));
  const rest = cells.filter((x) => !log.shareCols.includes(x.col)).map((x) => cleanText(cellText(x.v)));
  if (rest.length === 0) return null;
  // (The share is the task's progress: named so in its entry, where a bare "20%" would read as its criterion's figure.)
  const share = shares.find((x) => x !== null) ?? null;
  return { text: `${dayText}: ${[...rest, ...(share !== null ? [`tiến độ ${share}`] : [])].join(" - ")}`, share };
}

// "1.5 Tỷ lệ văn bản …", "Tiêu chí 2.2 - …": a heading that opens with a criterion's code, words after it.
const CODE_HEADING = /^\s*(?:(?:tiêu chí|tieu chi|chỉ số|chi so|tctp|tc)\s*)?([12]\.\d{1,2})\.?\s*[-–:]?\s+\p{L}/iu;

/** The criterion of the nearest heading above row `r` that opens with one's code, a line of its own; else null. */
function codeHeadingAbove(grid: Grid, r: number): string | null {
  for (let above = r - 1; above >= Math.max(1, r - 30); above--) {
    const t = cellText(onlyCell(grid.rows[above - 1] ?? [])?.v ?? null);
    const m = CODE_HEADING.exec(t);
    if (m !== null) return m[1];
    // (A part's heading of other words, "2. Các nhiệm vụ SIPAS", "II. …", ends the search: the figure is under it.)
    if (/^\s*(?:[IVX]{1,4}|[A-H]|\d{1,2})\s*[.)]\s+\p{L}[^:]{0,80}$/u.test(t) && ITEM.exec(t)?.[1] !== undefined && !/[;,]/.test(t))
      return null;
  }
  return null;
}

/** A figure's value as a sentence says it: a share shown as a percentage as that percentage, a count as typed. */
function figureShown(grid: Grid, r: number, col: number, v: GridCell): string | null {
  if (typeof v === "number") return percentShown(grid, r, col) ?? String(v).replace(".", ",");
  return typeof v === "string" && /^\s*\d[\d.,]*\s*(?:%|\/\s*\d[\d.,]*)?\s*(?:\p{L}{1,8}(?:\s\p{L}{1,4})?)?\s*$/u.test(v)
    ? cleanText(v)
    : null;
}

/**
 * "Tổng số VB đi | 420 | VB gửi điện tử | 395 | Tỷ lệ | 94,05%": a row of figures each after its label, one of them a
 * rate, among a report's lines: "label: value; …"; else null.
 */
function figurePairs(grid: Grid, r: number): string | null {
  const filled = (grid.rows[r - 1] ?? []).map((v, i) => ({ col: i + 1, v: v ?? null })).filter((x) => !isBlank(x.v));
  if (filled.length < 4 || filled.length % 2 !== 0 || filled.length > 10) return null;
  const said: string[] = [];
  for (let i = 0; i < filled.length; i += 2) {
    const label = filled[i].v;
    if (typeof label !== "string" || !/\p{L}{2}/u.test(label) || label.length > 60 || /\d\s*%/.test(label)) return null;
    const shown = figureShown(grid, r, filled[i + 1].col, filled[i + 1].v);
    if (shown === null) return null;
    said.push(`${cleanText(label).replace(/:\s*$/, "")}: ${shown}`);
  }
  return said.some((x) => /\d\s*%/.test(x)) ? said.join("; ") : null;
}

/** A row of a label and a rate beside it ("Tỷ lệ … (TC 1.1)" | "24,5%", or 0.245 shown as a share): "label: rate"; else null. */
function labelledFigure(grid: Grid, r: number): string | null {
  const filled = (grid.rows[r - 1] ?? []).map((v, i) => ({ col: i + 1, v: v ?? null })).filter((x) => !isBlank(x.v));
  if (filled.length !== 2) return figurePairs(grid, r);
  if (typeof filled[0].v !== "string") return null;
  const label = cleanText(filled[0].v).replace(/:\s*$/, "");
  if (label.length < 10 || label.length > 150 || !/\p{L}{2}/u.test(label) || /\d\s*%/.test(label)) return null;
  const v = filled[1].v;
  const shown =
    typeof v === "number"
      ? percentShown(grid, r, filled[1].col)
      : typeof v === "string" && /\d\s*%/.test(v) && v.length <= 80
        ? cleanText(v)
        : null;
  return shown === null ? null : `${label}: ${shown}`;
}

/** Whether the sheet's codes in a cell of their own are criteria's: two at least, in one column holding no outline's number. */
function codeColumn(grid: Grid): boolean {
  const cols = new Map<number, number>();
  const outline = new Set<number>();
  for (const row of grid.rows) {
    const c = row.findIndex((v) => !isBlank(v ?? null));
    if (c < 0) continue;
    const v = row[c];
    if (codeCell(v ?? null) !== null) cols.set(c, (cols.get(c) ?? 0) + 1);
    else if (
      /^\s*(?:\d{1,2}|[3-9]\.\d{1,2}|\d{1,2}\.\d{1,2}\.\d{1,2})\s*[.)]?\s*$/.test(typeof v === "number" ? String(v) : String(v ?? ""))
    )
      outline.add(c);
  }
  return [...cols].some(([c, n]) => n >= 2 && !outline.has(c));
}
