import { ItemGroup } from "../plan/model";
import { findOfficials } from "../plan/officials";
import { cleanText, looseKey } from "../text/normalize";
import { FactsCache, cellKind } from "./cellFacts";
import { headingKey } from "./columns";
import { Grid, GridCell, cellAt, cellText, isGridDate } from "./grid";
import { formatViDate } from "../dates/isoDate";
import { LIST_ITEM, TableLayout, isNumberingRow } from "./header";
import { MergeIndex } from "./mergeIndex";
import { parsePeriod } from "./periods";

/**
 * What each row below a header is, the way the Office-Statistics official reads a sheet: data,
 * a section heading (which sets the criterion or group of the rows below it), a total, the
 * signature block (which ends the table), the header printed again, a blank.
 */
export type RowRole =
  | { role: "blank" }
  | { role: "data" }
  | {
      role: "section";
      label: string;
      code: string | null;
      group: ItemGroup | null;
      level: "group" | "item" | "label";
      /** What a criterion's heading says of itself ("Hoàn thành", "30/09/2021"): no task's, said in Kiểm tra. */
      ownState?: string;
    }
  | { role: "total" }
  | { role: "footer" }
  | { role: "repeat-header" }
  | { role: "numbering" }
  | { role: "example" };

// A template's sample row: "VD" or "Ví dụ: …" opening it or its task, or "(dòng mẫu, xóa khi nhập)" anywhere on it.
const EXAMPLE_MARK = /^(?:vd|ví dụ|vi du)\s*(?:[:.)-]|$)/iu;
const EXAMPLE_AFTER = /\((?:vd|ví dụ|vi du|dòng mẫu|mẫu)\)$/iu;
// "(Dòng mẫu …)", "(Ví dụ: Lập báo cáo …)", "(Vi du: …)" typed without marks: a sample row in brackets.
const SAMPLE_NOTE = /^\(\s*(?:dòng (?:mẫu|ví dụ)|ví dụ\s*:|vi du\s*:|vd\s*:)/iu;
const PLACEHOLDER_DATE = /^(?:dd|ngày)\s*[/.-]\s*(?:mm|tháng)(?:\s*[/.-]\s*(?:yyyy|yy|năm|\.{3}))?$/iu;
// "…", "...", "- -": a row left to show that more may follow.
const ELLIPSIS = /^[.…\-–_\s]+$/u;

// Signature footers and total rows are short rows whose first text is a label, never a task
// that happens to start with the same word ("Xác nhận hồ sơ …", "Công khai …").
const FOOTER =
  /^(nguoi lap|nguoi lap bieu|nguoi ghi|nguoi cap nhat so|nguoi bao cao|nguoi lap phieu|nguoi ra soat|nguoi kiem tra|nguoi theo doi|can bo theo doi|nguoi duyet|nguoi phe duyet|lap bieu|thu truong|xac nhan|ky ten|ky va ghi ro|ky ghi ro|ky ho ten|ky dong dau|can bo tong hop|nguoi tong hop|t m|tm|kt|chu tich|pho chu tich|chi huy truong|truong cong an|nguoi ky|ben giao|ben nhan|nguoi chung kien|dai dien ben giao|dai dien ben nhan|prepared by|approved by)( |$)/;
// "Kế toán", "Thủ quỹ" alone on a row under the table: who signs it, by their post.
const SIGNER_TITLE = /^(?:ke toan|ke toan truong|ke toan ngan sach|thu quy|van thu|thu ky|cong chuc tai chinh ke toan)$/;
// "Người lập: Trần Quốc Hùng - CC Văn phòng - Thống kê": the signer named on the label's line, longer than a label.
// "Cập nhật lần cuối: 10/12/2021 bởi dung.dcxd@gmail.com": when the sheet was last typed into, and by whom.
const SIGNER_LINE =
  /^\s*(?:người lập(?: biểu)?|người báo cáo|người tổng hợp|người rà soát|người kiểm tra|người theo dõi|người cập nhật|cán bộ tổng hợp|cán bộ theo dõi|(?:cập nhật|sửa|chỉnh sửa)(?: lần)? cuối(?: lúc| ngày)?|last (?:updated|modified))\s*:\s*\S/iu;
// "Cập nhật: 14/12/2021", "Ngày cập nhật 14/12": when the sheet was last brought up to date, alone on its line.
const UPDATED_ON = /^(?:ngay )?cap nhat(?: lan cuoi)?(?: ngay)?\s*:?\s*\d{1,2} \d{1,2}(?: \d{2,4})?$/;
// "x = đã xong", "☑ = xong, ☐ = chưa xong", "x: đã thực hiện": what the marks mean, no task.
const MARK_LEGEND =
  /^\s*["'“]?[^\s\p{L}\d]{1,2}["'”]?\s*(?:=|:|là)\s*\p{L}|^\s*["'“]?[xXvV]["'”]?\s*(?:=|là)\s*(?:đã|đang|chưa|xong|hoàn thành|không)/u;
// "nhom 1 dat dai", "phan ii xay dung": a numbered group's line (on its key).
const NUMBERED_GROUP = /^(?:nhom|phan|khoi|nhom viec|nhom nhiem vu)\s+(?:\d{1,2}|[ivx]{1,4}|[a-h])\s+\p{L}/u;
// "Cộng tiêu chí 1.1", "Cộng nhóm A": a group's subtotal, however it is named.
// "Tổng cộng (A+B)", "Cộng (I+II)": the parts above added up.
// "Cộng A: 04 nhiệm vụ", "TỔNG CỘNG (A+B): 07 nhiệm vụ": a part's tasks counted.
const TOTAL =
  /^(?:(tong cong|tong so|tong|cong|luy ke|total)(\s+\d|\s*$|\s*:)|(?:tong cong|tong|cong) (?:[a-e](?: [a-e])+|[ivx]{1,4}(?: [ivx]{1,4})+|[a-e])$|(?:tong cong|tong|cong) (?:[a-e]|[ivx]{1,4})(?: (?:[a-e]|[ivx]{1,4}))* \d{1,3} (?:nhiem vu|viec|cong viec|noi dung)\b|(?:cong|tong cong|tong) (?:tieu chi|tc|tctp|nhom|linh vuc|muc|phan|chi so|kinh phi|so tien|chi phi|gia tri|von|thang|quy|dot|tuan|thon|ban|ap|to)\b|(?:cong|tong cong|tong|tong so) (?:toan xa|ca xa|chung)$)/;
// Words a task's line says of its work: who leads it, by when, how it stands.
const WORK_SAID =
  /(?:^|[\s,;:(])(?:chủ trì|phụ trách|theo dõi|thời hạn|hạn|trước ngày|đã hoàn thành|hoàn thành|đang thực hiện|đang|chưa triển khai|chưa thực hiện|đã thực hiện)(?!\p{L})/iu;
// "Hoàn thành: 4; Đang: 3; Chưa: 1": how many tasks stand in each state, said in one cell.
const STATES_COUNTED = /^(?:[\p{L} ]{2,25}:\s*\d{1,4}\s*[;,.]?\s*){2,}$/u;
// Excel's Data › Subtotal in English: "VH-XH Count", "Grand Total".
const EXCEL_SUBTOTAL = /^(?:grand (?:count|total|sum|average)|.{1,30} (?:count|total|sum|average))$/;
// "Tổng số: 05 nhiệm vụ, đã hoàn thành 02 nhiệm vụ": a count line, however long.
const COUNTED = /^(?:tổng số|tổng cộng|tổng|cộng)\s*:?\s*\d/iu;
// "Tổng hợp: 06 nhiệm vụ, 02 việc con": the tasks above counted (never "Tổng hợp số liệu …", a task).
const SUMMED_LINE = /^(?:tổng hợp|tong hop)\s*:\s*\d+\s+(?:nhiệm vụ|nhiem vu|việc|viec|công việc|cong viec)(?!\p{L})/iu;
// "Tong so: 6 viec; hoan thanh 3 …" typed without marks ("cong" alone is too common a word to say so unmarked).
const COUNTED_UNMARKED = /^(?:tong so|tong cong|tong) \d/;
// "Cộng 3 tháng", "Cộng T9-T11", "Lũy kế": the periods above added up.
const DERIVED =
  /^(?:(?:binh quan|trung binh|average|mean)\b|(?:tong cong|cong|tong|total|tb|tb chung|ty le(?: hoan thanh)? chung|chung toan xa|(?:cong|tong cong|tong) (?:toan xa|ca xa))$|(?:tong cong|cong|luy ke)(?: (?:\d+ (?:thang|quy|ky)|t\d{1,2}(?: t\d{1,2})?|ca nam|nam \d{4}))$)/;
// "Số nhiệm vụ đã hoàn thành ở cả 6 thôn: 2/6": a line counting the rows above, not one of them.
// "Tổng số nhiệm vụ: 11" too, beside "Hoàn thành: | 6".
const COUNT_LINE = /^(?:tổng )?số (?:nhiệm vụ|việc|công việc|thôn|hồ sơ|lượt|tin, bài)(?=[\s:])[^:]{0,60}:\s*\d+(?:\s*\/\s*\d+)?\s*$/iu;
// "Số việc đã hoàn thành" | 3: a count of the rows above (a COUNTIF), its number in another cell.
// "Tổng số nhiệm vụ:" | 8 (a COUNTA) too.
// "Cộng Phần II: 01 nhiệm vụ, chưa hoàn thành": a total counting its tasks.
const TASKS_COUNTED = /\b\d{1,3} (?:nhiem vu|viec|cong viec|noi dung)\b/;
// "Tong so viec: 6; da xong: 2", "Tổng số nhiệm vụ: 7 / Hoàn thành: 3": the tasks counted, typed with marks or without.
const TASKS_TOTAL = /^tong so (?:nhiem vu|viec|cong viec)\b\D{0,20}\d/;
const COUNT_LABEL =
  /^(?:tổng số|số|cộng số|tổng cộng số) (?:nhiệm vụ|việc|công việc|nội dung)(?:(?: đã| chưa| đang| quá hạn| trễ hạn| đúng hạn| hoàn thành| xong)[\p{L}\s]{0,40})?\s*:?$/iu;
const AS_OF_LINE =
  /^(?!.*\b(?:hạn|thời hạn)\b)[^:]{0,60}(?:tính|cập nhật|số liệu)\s+(?:đến|tới)\s+ngày\s+\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?\.?\s*$/iu;
const STATE_COUNT =
  /^(?:so )?(?:da xong|da hoan thanh|hoan thanh|chua (?:xong|lam|thuc hien)|dang (?:lam|thuc hien)|(?:ty|ti) le hoan thanh|qua han|tre han)$/;
// "Nơi nhận:" and the list under it, however long (a document pasted from Word keeps it in one cell).
const RECIPIENTS = /^\s*nơi nhận\s*(?::|$)/iu;
// "Hà Nội, ngày 05 tháng 12 năm 2021", "ngày … tháng … năm 20…": the line ends with the year.
const DATE_LINE = /ngay\s*\.*\s*\d*\s*\.*\s*thang\s*\.*\s*\d*\s*\.*\s*nam[\s.\d]*$/;
// "Ngày 10/12/2021", "Tân Bình, ngày 10/12/2021" alone on its row: the day a list was signed (a log's day
// over its entries has rows after it, and is told apart by that).
// Written as a line of its own ("Ngày …", capital first), never a wrapped result's "ngày 24/9/2021".
const SIGNED_ON = /^(?:[^,\d]{2,30},\s*[nN]gày|Ngày|NGÀY)\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}$/u;
const LABEL_MAX_CHARS = 40;

/** A criterion a section names: "1.2. Tỷ lệ …", "Tiêu chí 1.2 – …", "TC 1.2", "Chỉ số 2.1", "1.2". */
// "Tiêu chí 1.4 - …", "TC 1.1", "Chỉ số SIPAS 2.3 - …" anywhere in the words (typed without marks too).
const LABELLED_CODE =
  /(?:tiêu chí thành phần|tieu chi thanh phan|chỉ số thành phần|chi so thanh phan|tiêu chí|tieu chi|tctp|\btc|chỉ số|chi so)(?:\s+sipas)?\s*(\d{1,2})\.(\d{1,2})(?![\d.])/iu;

export function sectionCode(text: string): string | null {
  const t = cleanText(text);
  // "1.10.2021 - 31.10.2021": a span of days typed with dots opening the text, never criterion 1.10.
  if (isDottedDate(t) || isDottedDate(t.split(/[\s–-]/)[0])) return null;
  // A plan's item is never numbered 0: "0.6" is a rate (a target of 60 %), no code.
  const leading =
    // ("SIPAS 2.3. Hài lòng về công chức …": a survey criterion named by its index; "1.4/ Giải ngân …" by its slash.)
    // ("Tiêu chí TP 1.2 - …": thành phần, shortened.)
    /^(?:(?:tiêu chí thành phần|tieu chi thanh phan|tiêu chí tp|tieu chi tp|tiêu chí|tieu chi|tctp|tc|chỉ số(?: sipas)?|chi so(?: sipas)?|sipas|cs|mục|muc)\s*)?([1-9]\d?)\.(\d{1,2})(?:\.|\s|:|-|–|\/(?=\s)|$)/iu.exec(
      t,
    );
  // "2.1. TC 1.1 – Tỷ lệ hồ sơ …": a report's own outline number before the criterion it names; the named one.
  const named = leading !== null && /^\d/.test(leading[0]) ? LABELLED_CODE.exec(t) : null;
  const m =
    (named !== null && named.index > 0 ? named : leading) ??
    LABELLED_CODE.exec(t) ??
    // "… tiếp cận dịch vụ (2.1)", "… (Chỉ số SIPAS 2.1):": the criterion in brackets closing the section's name.
    // ("… (SIPAS 2.2) - han chot 31/10/2021": or before a dash and what the section says of its rows.)
    /\(\s*(?:(?:chỉ số|tiêu chí|tctp|tc)\s+)?(?:sipas\s*[-–:]?\s*)?([12])\.(\d{1,2})\s*\)\s*:?\s*(?:$|[-–]\s)/iu.exec(t);
  return m ? `${Number(m[1])}.${Number(m[2])}` : null;
}

/**
 * "15.11.21", "01.11.2021", "5.02.21": a day typed with dots, never a code. A code's group is one digit
 * with no leading zero, and a sub-item is no year; "1.11.21" stays a code (its sub-item 21).
 */
export function isDottedDate(t: string): boolean {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(t.trim());
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 31 || Number(m[2]) < 1 || Number(m[2]) > 12) return false;
  return m[1].startsWith("0") || Number(m[1]) >= 10 || m[2].startsWith("0") || m[3].length === 4;
}

/**
 * A criterion a text names with its word anywhere in it ("… (TC 1.4)", "theo tiêu chí 2.1") or in
 * brackets at its start or end ("(2.2) Rà soát …"); a bare "1.2" is not one (it may number a sub-task).
 */
export function namedCode(text: string): string | null {
  const clean = cleanText(text);
  const m =
    // "(chỉ tiêu 2.2)": the plan's target named by its code too; never "chỉ tiêu 95.5%".
    // "(SIPAS 2.3)", "SIPAS-2.4": the satisfaction index's item by its code.
    // ("(CS 2.2)": the index by its letters.)
    /(?:tiêu chí thành phần|chỉ số thành phần|tiêu chí|chỉ tiêu|tctp|\btc|\bcs|chỉ số|tieu chi|chi tieu|chi so|\bsipas\s*[-–]?)\s*(\d{1,2})\.(\d{1,2})(?!\d|\.\d|\s*%)/iu.exec(
      clean,
    ) ??
    // "1.4 - Phối hợp kiểm tra …": the criterion opening the text before a dash (an outline's "1.1." has none).
    /^([1-9])\.([1-9]|[12]\d|30)\s*[-–]\s+\p{L}/u.exec(clean) ??
    // "(2.2) Rà soát …", "… [1.4]": a code in brackets opening or closing the text.
    /^[([]\s*([1-9])\.([1-9]|[12]\d|30)\s*[)\]]\s*\S|\S\s*[([]\s*([1-9])\.([1-9]|[12]\d|30)\s*[)\]]\s*[.;]?$/u.exec(clean) ??
    // "Khảo sát SIPAS (2.1) trước ngày 15/10/2021": one code in brackets inside the text, words on both sides.
    (clean.match(/[([]\s*\d\.\d{1,2}\s*[)\]]/gu)?.length === 1
      ? /\p{L}\s*[([]\s*([1-9])\.([1-9]|[12]\d|30)\s*[)\]]\s+\p{L}/u.exec(clean)
      : null);
  if (!m) return null;
  const [group, item] = m[1] !== undefined ? [m[1], m[2]] : [m[3], m[4]];
  return `${Number(group)}.${Number(item)}`;
}

/** A group a section names: the PAR index or the satisfaction index. */
export function sectionGroup(text: string): ItemGroup | null {
  const k = looseKey(text);
  if (/\bsipas\b|\bhai long\b|\bsu hai long\b/.test(k)) return "SIPAS";
  if (/\bcchc\b|\bcai cach hanh chinh\b|\bpar index\b/.test(k)) return "CCHC";
  return null;
}

const ROMAN_OR_LETTER = /^(?:[IVX]{1,4}|[A-Z])[.)]?\s/u;

export interface RowContext {
  grid: Grid;
  layout: TableLayout;
  merges: MergeIndex;
  facts: FactsCache;
  /** Header labels by column (each level's and the joined one), keyed, to recognise the header printed again. */
  headerKeys: ReadonlyMap<number, ReadonlySet<string>>;
  width: number;
  /** headingKey of texts already seen. */
  keyMemo: Map<string, string>;
}

/** "Trên đây là báo cáo kết quả thực hiện …/.": a report's closing sentence, its last line before the signature (by its key). */
export const REPORT_CLOSING = /^tren day la (?:bao cao|ket qua|tinh hinh|tien do)\b/;

/** "Người lập biểu | Kế toán | Chủ tịch UBND xã": a row of who signs, by post, short words only. */
export function signatureRow(cells: readonly GridCell[]): boolean {
  // Asked of every row of every sheet read as lines: no array made, the first figure or long text ends it.
  let signer = false;
  let any = false;
  for (const v of cells) {
    if (cellKind(v) === "empty") continue;
    if (typeof v !== "string" || v.trim().length > LABEL_MAX_CHARS || /\d/.test(v)) return false;
    any = true;
    signer ||= FOOTER.test(looseKey(v)) || SIGNER_TITLE.test(looseKey(v));
  }
  return any && signer;
}

/** The cells of a row that hold something, with their 1-based columns. */
export function filledCells(cells: readonly GridCell[]): Array<{ col: number; v: GridCell }> {
  const out: Array<{ col: number; v: GridCell }> = [];
  for (let c = 0; c < cells.length; c++) if (cellKind(cells[c]) !== "empty") out.push({ col: c + 1, v: cells[c] });
  return out;
}

/** The column of the row's main text: content for tasks, the indicator or label for readings. */
function mainColumn(layout: TableLayout): number | undefined {
  if (layout.kind === "tasks") return layout.columns.content;
  return layout.across?.label ?? layout.columns.indicator ?? layout.columns.code;
}

// Asked for every row of a table: worked out once per layout.
const VALUE_COLUMNS = new WeakMap<TableLayout, readonly number[]>();

/** Columns whose values make a row data: every mapped one but the row number and the code. */
function valueColumns(layout: TableLayout): readonly number[] {
  let cols = VALUE_COLUMNS.get(layout);
  if (!cols) VALUE_COLUMNS.set(layout, (cols = valueColumnsOf(layout)));
  return cols;
}

function valueColumnsOf(layout: TableLayout): number[] {
  const main = mainColumn(layout);
  const cols = Object.entries(layout.columns)
    .filter(([f]) => f !== "stt" && f !== "code" && f !== "note")
    .map(([, c]) => c as number)
    .filter((c) => c !== main);
  for (const c of Object.keys(layout.statusTicks ?? {})) cols.push(Number(c));
  for (const c of Object.keys(layout.across?.periods ?? {})) cols.push(Number(c));
  return cols;
}

/** "Số liệu tính đến ngày | 14/3/2021 | 14/6/2021", "Ngày khảo sát | 15.6.2021 | …" under the periods: the day each column's figures stand at. */
export const STANDING_ROW =
  /^(?:so lieu )?(?:tinh )?den ngay$|^chot (?:so lieu )?(?:den )?ngay$|^ngay (?:chot )?so lieu$|^so lieu (?:tinh )?den ngay$|^(?:ngay|thoi diem|thoi gian) (?:khao sat|danh gia|lay so lieu)$/;

const PAGE_NUMBER = /^(?:(?:trang|tr\.|page)\s*\d{1,3}(?:\s*\/\s*\d{1,3})?|-\s*\d{1,3}\s*-|\d{1,3})$/iu;

export function rowRole(ctx: RowContext, r: number): RowRole {
  const { grid, layout, facts } = ctx;
  const cells = grid.rows[r - 1] ?? [];
  const filled = withoutTaskCount(filledCells(cells), facts);
  if (filled.length === 0) return { role: "blank" };
  if (filled.every((f) => typeof f.v === "string" && ELLIPSIS.test(f.v))) return { role: "blank" };
  // "5 | … | … |": a form's numbered line left unfilled.
  const sttCol = ctx.layout.columns.stt;
  if (
    sttCol !== undefined &&
    filled.length >= 2 &&
    filled.every((f) => (f.col === sttCol && typeof f.v !== "object") || (typeof f.v === "string" && ELLIPSIS.test(f.v)))
  )
    return { role: "blank" };
  const main = mainColumn(ctx.layout);
  // "Trang 3", "- 4 -", a bare 3 where the task's words go: a page's number left by a paste from a document.
  if (filled.length === 1 && filled[0].col === main && PAGE_NUMBER.test(String(filled[0].v).trim())) return { role: "blank" };
  // "(1) | (2) | … | (6)", "A | B | 1 | 2 | 3=2/1": the columns' numbers printed again under a header repeated on a new page.
  if (filled.length >= 3 && isNumberingRow(cells)) return { role: "repeat-header" };
  // Asked of every row: only a text opening with V or "(" can be a sample's mark.
  const example = (f: { col: number; v: GridCell }) => {
    if (typeof f.v !== "string") return false;
    const t = f.v.trimStart();
    const first = t.charCodeAt(0) | 0x20;
    if (first === 0x28 /* ( */) return SAMPLE_NOTE.test(t);
    // "Tuyên truyền … trên loa (ví dụ)": the task's text marked as a sample at its end.
    if (f.col === main && t.endsWith(")") && EXAMPLE_AFTER.test(t)) return true;
    return first === 0x76 /* v */ && (f === filled[0] || f.col === main) && EXAMPLE_MARK.test(t.trim());
  };
  if (filled.some(example)) return { role: "example" };
  // A template's sample row: "dd/mm/yyyy" where a date goes, "Giao CC ... thực hiện ..." where the text does.
  if (
    // Asked of every row: only a short text can be the placeholder, so most rows are passed over at its length.
    filled.some((f) => typeof f.v === "string" && f.v.length <= 16 && PLACEHOLDER_DATE.test(f.v.trim())) &&
    filled.some((f) => typeof f.v === "string" && /\.\.\.|…/.test(f.v))
  )
    return { role: "example" };
  const labelRow = filled.length <= 3;
  // Its days ("ngày 14 tháng 9 năm 2021") are the figures', never a signature's date line.
  const standing = main !== undefined && typeof cells[main - 1] === "string" && STANDING_ROW.test(facts.of(cells[main - 1] as string).key);
  // "1. Giải ngân vốn đầu tư công (TCTP 1.4) | Chủ tịch UBND xã": a numbered section naming its lead, never a signature.
  const numberedTitle =
    typeof filled[0].v === "string" && filled[0].v.length > 15 && /^\s*(?:[IVX]{1,4}|\d{1,2}|[A-Z])\s*[./)]\s*\p{L}/u.test(filled[0].v);
  if (labelRow && !standing && !numberedTitle) {
    // Only short rows can be a signature or a total: their texts are read, a data row's are not.
    const texts = filled.filter((f) => typeof f.v === "string").map((f) => facts.of(f.v as string));
    const shortKeys = texts.filter((t) => t.text.length <= LABEL_MAX_CHARS).map((t) => t.key);
    // ("4 | Phân công lãnh đạo theo dõi … | Chủ tịch UBND xã": the lead beside a task's words, never a signer.)
    const worded = texts.some((t) => t.text.length > 60 && !FOOTER.test(t.key));
    // ("* Chủ tịch UBND xã:" over the tasks a/b: a heading of the official's rows, starred, never a signature.)
    const bulleted = texts.some((t) => /^\s*[*•+]/u.test(t.text));
    if (
      (shortKeys.some((k) => FOOTER.test(k)) && !worded && !bulleted) ||
      texts.some(
        (t) =>
          (DATE_LINE.test(t.key) && t.text.length <= 80) ||
          (filled.length === 1 && t.text.length <= 50 && SIGNED_ON.test(t.text)) ||
          (filled.length === 1 && SIGNER_TITLE.test(t.key)) ||
          (filled.length === 1 && UPDATED_ON.test(t.key)) ||
          // "Mức độ hoàn thành tính đến ngày 10/12/2021." under the table: when the sheet stands, a note.
          (filled.length === 1 && t.text.length <= 100 && AS_OF_LINE.test(t.text)) ||
          (filled.length === 1 && t.text.length <= 80 && MARK_LEGEND.test(t.text)) ||
          // "Trên đây là báo cáo kết quả thực hiện …/.": a report's closing sentence, its last line before the signature.
          (filled.length === 1 && REPORT_CLOSING.test(t.key)) ||
          RECIPIENTS.test(t.text) ||
          (t.text.length <= 100 && SIGNER_LINE.test(t.text)),
      )
    )
      return { role: "footer" };
    if (
      texts.length > 0 &&
      ((TOTAL.test(texts[0].key) &&
        (texts[0].text.length <= LABEL_MAX_CHARS ||
          COUNTED.test(texts[0].text) ||
          COUNTED_UNMARKED.test(texts[0].key) ||
          TASKS_COUNTED.test(texts[0].key))) ||
        COUNT_LINE.test(texts[0].text) ||
        SUMMED_LINE.test(texts[0].text) ||
        TASKS_TOTAL.test(texts[0].key) ||
        // (Its count "3/7", done of all, typed as text.)
        (COUNT_LABEL.test(texts[0].text) &&
          texts.slice(1).every((t) => t.fraction !== null) &&
          filled.every((f) => typeof f.v !== "string" || f.v === texts[0].text || facts.of(f.v).fraction !== null)) ||
        // "Da xong:" | 4, "Tỷ lệ hoàn thành:" | 0,4 under the tasks: a count of them (COUNTIF), typed without marks too.
        (texts.length === 1 &&
          texts[0].text.trim().endsWith(":") &&
          // ("Số buổi phát thanh trong tháng: | 5" under the tasks: a count of the month's, no task.)
          (STATE_COUNT.test(texts[0].key) || /^(?:tong )?so (?!\d)/.test(texts[0].key)) &&
          filled.length === 2 &&
          filled.some((f) => typeof f.v === "number")) ||
        texts.some((t) => t.text.length <= LABEL_MAX_CHARS && EXCEL_SUBTOTAL.test(t.key)))
    )
      return { role: "total" };
  }
  // "Nhóm 1: Đất đai", "Phần II - Xây dựng" alone where the tasks' words go: a group of the rows under it.
  if (filled.length === 1 && filled[0].col === main && typeof filled[0].v === "string" && filled[0].v.length <= 60) {
    const k = facts.of(filled[0].v).key;
    if (NUMBERED_GROUP.test(k))
      return {
        role: "section",
        label: cleanText(filled[0].v),
        code: sectionCode(filled[0].v),
        group: sectionGroup(filled[0].v),
        level: "label",
      };
  }
  // "Tổng số | 6 | Hoàn thành: | 3 | Quá hạn: | 2": a count line spread over the cells, each word a label of the number after it.
  if (
    !labelRow &&
    typeof filled[0].v === "string" &&
    filled[0].v.length <= LABEL_MAX_CHARS &&
    (TOTAL.test(facts.of(filled[0].v).key) || COUNT_LABEL.test(filled[0].v.trim()))
  ) {
    // ("Số nhiệm vụ | 7 | Tiến độ bình quân | 72,86": a mean named beside the count, no colon after either.)
    const label = (v: unknown) =>
      typeof v === "string" &&
      v.length <= LABEL_MAX_CHARS &&
      (/:\s*$/.test(v) || /(?:^|\s)(?:binh quan|trung binh)$/.test(facts.of(v).key) || COUNT_LABEL.test(v.trim()));
    // ("Cộng | 6 nhiệm vụ | | 1 | 3 | 4": the tasks counted in words, then by state.)
    // ("TỔNG CỘNG | 8 nhiệm vụ | Hoàn thành: 4; Đang: 3; Chưa: 1": the states counted in one cell.)
    const counted = (v: GridCell) =>
      typeof v === "string" && (facts.of(v).number !== null || TASKS_COUNTED.test(facts.of(v).key) || STATES_COUNTED.test(v.trim()));
    if (filled.slice(1).every((f) => typeof f.v === "number" || label(f.v) || counted(f.v))) return { role: "total" };
  }
  // In a table of figures, a row saying it averages or adds up the others is derived from them.
  const derived = (f: { v: unknown }) => typeof f.v === "string" && f.v.length <= LABEL_MAX_CHARS && DERIVED.test(facts.of(f.v).key);
  if (layout.kind === "readings" && filled.some(derived)) return { role: "total" };
  // In a task table, a row whose only words are "Bình quân" / "Tổng cộng" sums up the tasks above.
  const words = filled.filter((f) => typeof f.v === "string" && facts.of(f.v).number === null);
  if (layout.kind === "tasks" && words.length > 0 && words.every(derived)) return { role: "total" };

  // "Tổng số liều đã tiêm | 4.800 | 3.475 | 72,40%" under numbered tasks: no number, no deadline, no state, its
  // label a total's: the tasks above added up.
  if (layout.kind === "tasks" && layout.columns.stt !== undefined) {
    const { stt, due, status } = layout.columns;
    const label = filled.find((f) => typeof f.v === "string");
    const blank = (c: number | undefined) => c === undefined || !filled.some((f) => f.col === c);
    if (
      label &&
      blank(stt) &&
      blank(due) &&
      blank(status) &&
      filled.some((f) => f !== label && (typeof f.v === "number" || facts.of(String(f.v)).number !== null)) &&
      // ("Cộng", never "Công bố …": unmarked, "cong" is only a total alone or before its number.)
      (/^(?:tong so|tong cong|tong)\b|^cong(?:\s*$|\s*:|\s+\d)/.test(facts.of(label.v as string).key) ||
        /^cộng(?!\p{L})/iu.test(String(label.v).trim()))
    )
      return { role: "total" };
  }
  // "Số thôn đã hoàn thành | 2 | 1 | 2" under a grid of hamlets: the hamlets' tally, never a task.
  if (
    layout.placesAcross &&
    words.length === 1 &&
    /^(?:tong )?so (?:thon|ap|ban|to|xom|viec|noi|nhiem vu)\b/.test(facts.of(words[0].v as string).key)
  )
    return { role: "total" };
  // The header printed again: most of the row's texts are the headings of their own columns.
  let same = 0;
  for (const f of filled) {
    if (typeof f.v !== "string" || f.v.length > 80) continue;
    const keys = ctx.headerKeys.get(f.col);
    if (keys && keys.has(headingKeyOf(ctx, f.v))) same++;
  }
  if (same >= 2 && same >= filled.length * 0.6) return { role: "repeat-header" };

  const leads = leadHeading(ctx, r) ?? leadLine(filled);
  if (leads !== null) return leads;
  const ledSection =
    sectionWithLead(ctx, r, filled, main) ?? headingWithLeadOrDue(ctx, r, filled, main) ?? criterionWithLeadOrDue(ctx, r, filled, main);
  if (ledSection !== null) return ledSection;
  const values = valueColumns(layout);
  // A tick column holds marks: a line of words in it ("2.1. Tiếp cận dịch vụ" in a checklist's box column) is no value.
  const ticks = layout.statusTicks;
  const hasValues = filled.some(
    (f) =>
      values.includes(f.col) && !(ticks?.[f.col] !== undefined && typeof f.v === "string" && f.v.trim().length > 3 && !facts.of(f.v).tick),
  );
  const stt = layout.columns.stt;
  if (hasValues) {
    // "1.2 | Tỷ lệ … | | | 31/12/2021" over rows numbered "1.2.1", "1.2.2": the criterion's row, its deadline theirs.
    const parent = stt === undefined ? null : criterionOver(ctx, r, stt, filled);
    return parent ?? groupWithTally(ctx, r, filled, main) ?? { role: "data" };
  }
  // A report's line laid out as a row, its code beside it and nothing else said ("1. Tiếp tục tuyên truyền … (TC 1.1)"): a task.
  if (grid.listedRows?.includes(r)) return { role: "data" };

  // A lone text: merged across the table, outside the main column, or marked as a heading. Beside
  // it there may be only its number: "1.2", "I", "A" (in STT or any column left of it).
  const textCells = filled.filter((f) => typeof f.v === "string");
  // "1.1" alone on its row (typed as the number 1,1 or as text): the criterion of the rows below.
  if (filled.length === 1) {
    const lone = String(filled[0].v).trim();
    const code = /^[12]\.\d{1,2}\.?$/.test(lone) && typeof filled[0].v !== "object" ? sectionCode(lone) : null;
    if (code !== null) return { role: "section", label: lone, code, group: null, level: "item" };
  }
  const mainText = textCells.find((f) => f.col === main) ?? textCells.find((f) => f.col !== stt && !isMark(f.v, facts)) ?? textCells[0];
  if (!mainText) return { role: "data" };
  const others = filled.filter((f) => f !== mainText);
  // "1 | Tập trung khắc phục …" in the code column over "1.1 | …": the group of the criteria under it.
  const groupNumber = others.length === 1 && others[0].col === layout.columns.code ? groupOver(ctx, r, others[0].v) : null;
  if (groupNumber === null && !others.every((f) => f.col === stt || isMark(f.v, facts))) return { role: "data" };
  // "Tiêu chí 1.3 | Tỷ lệ đạt chuẩn … — Chủ trì: CC VP-TK, hạn 31/12/2021" (its words merged over the STT column): the
  // criterion and its words one heading, what it says of its rows read from them.
  const wordsBeside =
    mainText.col === layout.columns.code && mainText.col !== main
      ? others.find((f) => f.col === stt && typeof f.v === "string" && f.v.trim().length > 15 && /\p{L}{2,}\s+\p{L}{2,}/u.test(f.v))
      : undefined;
  const label = cleanText(wordsBeside ? `${String(mainText.v).trim()} - ${String(wordsBeside.v).trim()}` : (mainText.v as string));
  const mark = others.map((f) => cleanText(String(typeof f.v === "object" ? "" : f.v))).find((t) => t !== "") ?? "";
  const merged = ctx.merges.at(r, mainText.col);
  const spans = merged !== undefined && merged.right > merged.left && merged.top === r;
  // "Tiêu chí: Chỉ số hài lòng về kết quả giải quyết TTHC": a criterion named by its title heads the rows under it; its
  // name stands for its code (the plan's title is matched when the plan is applied, and said).
  const named = CRITERION_LABEL.exec(label);
  // "2 | 1.5 | TCTP Tỷ lệ văn bản …": the row's number first, the criterion in the code column after it.
  const inCode = others.every((f) => f.col === stt || f.col === layout.columns.code)
    ? others.find((f) => f.col === layout.columns.code && typeof f.v !== "object")
    : undefined;
  const codeMark = inCode === undefined ? "" : cleanText(String(inCode.v));
  const code =
    sectionCode(label) ??
    // ("Tiêu chí 1.3" in the code column, its words as written.)
    (/^(?:(?:tiêu chí|tieu chi|tctp|tc)\s*)?\d{1,2}\.\d{1,2}\.?$/iu.test(codeMark) ? sectionCode(codeMark) : null) ??
    (/^\d{1,2}\.\d{1,2}\.?$/.test(mark) ? sectionCode(mark) : null) ??
    (named ? named[1].trim() : null);
  const group = sectionGroup(label);
  // "1 | TC 1.1 | Tuyên truyền DVC trực tuyến …: CC VH-XH chủ trì, thời hạn cả năm 2021, đã hoàn thành": numbered, its
  // criterion in the code column, its words a task's (who, by when, how it stands), in a table of no other column.
  if (
    code !== null &&
    label.length > 60 &&
    /^\d{1,3}\.?$/.test(mark) &&
    others.every((f) => f.col === stt || f.col === layout.columns.code) &&
    sectionCode(label) === null &&
    WORK_SAID.test(label)
  )
    return { role: "data" };
  const marked = ROMAN_OR_LETTER.test(label) || /^(?:[IVX]{1,4}|[A-Z])[.)]?$/u.test(mark);
  const upper = isCapitals(label);
  const isSection =
    groupNumber !== null ||
    spans ||
    mainText.col !== main ||
    code !== null ||
    marked ||
    upper ||
    // ("-", "+" in the STT column is a bullet: an item among its siblings, never a heading.)
    (mark !== "" && !/^\d+$/.test(mark) && !/^[-–+*•]$/.test(mark)) ||
    (filled.length === 1 && headsNumberedRows(ctx, r, label)) ||
    // "Kiểm soát TTHC" alone between task 2 and task 3: the numbering runs on past it, so it is no task of the list.
    (filled.length === 1 && label.length <= 60 && !/\d/.test(label) && numberingRunsPast(ctx, r)) ||
    // "Tháng 04/2021", "Quý III/2021" alone on its row: the period of the rows under it, never a task.
    (filled.length === 1 && label.length <= 40 && parsePeriod(label.replace(/\s*\([^()]*\)\s*$/, "")) !== null) ||
    (filled.length === 2 && others[0]?.col === stt && numbersWithin(ctx, r)) ||
    (others.every((f) => f.col === stt) && introducesItems(ctx, r, label)) ||
    // "Tiêu chí thành phần Tỷ lệ hồ sơ …", "Chỉ số hài lòng về …" alone: the criterion of the rows under it, by its name.
    (filled.length === 1 && label.length <= 160 && CRITERION_TITLE.test(label)) ||
    // "NHÓM NHIỆM VỤ KHẢO SÁT SIPAS (hoàn thành trong tháng 12)" alone: a group of the tasks under it, however typed.
    (filled.length === 1 && label.length <= 200 && isGroupHeading(facts.of(label).key)) ||
    // "Bổ sung (sau khi trình ký):", "Nhiệm vụ phát sinh:" alone: a label of the rows under it, never a task.
    (filled.length === 1 && label.length <= 60 && /:\s*$/.test(label)) ||
    // "Việc phát sinh (do UBND huyện giao)", "Nhiệm vụ đột xuất" alone: the group of work outside the plan below.
    (filled.length === 1 && label.length <= 80 && WORK_OUTSIDE_PLAN.test(facts.of(label).key)) ||
    // "--- Việc phát sinh ---", "=== Quý III ===": a line drawn around its words, a divider of the rows.
    (filled.length === 1 && /^[-=*~_]{2,}\s*\S.{0,60}\S\s*[-=*~_]{2,}$/.test(label));
  if (!isSection) return { role: "data" };
  const level = marked || group !== null ? "group" : code !== null ? "item" : "label";
  return { role: "section", label, code, group, level };
}

// "3 NV", "(02 nhiệm vụ)", "4 việc": how many tasks a heading holds.
const TASK_COUNT = /^\d{1,3} (?:nv|nhiem vu|viec|cong viec|noi dung)$/;

/**
 * "Tiêu chí 1.4 - Giải ngân vốn đầu tư công | | 3 NV": a criterion's heading with the count of its tasks in a column of
 * the table's (under "Ngày nhận", say): the count is no value of a task, and the row stays a heading.
 */
function withoutTaskCount(filled: Array<{ col: number; v: GridCell }>, facts: FactsCache): Array<{ col: number; v: GridCell }> {
  if (filled.length < 2 || filled.length > 3) return filled;
  const count = filled.find((f) => typeof f.v === "string" && f.v.length <= 16 && TASK_COUNT.test(facts.of(f.v).key));
  if (count === undefined) return filled;
  const named = filled.some((f) => typeof f.v === "string" && f !== count && (sectionCode(f.v) !== null || CRITERION_LABEL.test(f.v)));
  return named ? filled.filter((f) => f !== count) : filled;
}

// "Nhóm nhiệm vụ 2: …", "NHÓM CÔNG VIỆC …": a heading grouping the tasks under it, whatever index it names.
const TASK_GROUP = /^(?:(?:[ivx]{1,4}|[a-h]|\d{1,2})\s+)?nhom (?:nhiem vu|cong viec|viec|giai phap)\b/;
// "Nhóm tiêu chí …", "A | CHỈ SỐ CCHC": a heading over tasks, never one itself (as a group of tasks is).
const GROUP_HEADING =
  /^(?:(?:[ivx]{1,4}|[a-h]|\d{1,2})\s+)?(?:nhom tieu chi\b|(?:chi so|nhom chi so) (?:cchc|sipas|par index|cai cach hanh chinh|hai long)$)/;
const isGroupHeading = (key: string): boolean => TASK_GROUP.test(key) || GROUP_HEADING.test(key);

export function isTaskGroup(label: string): boolean {
  return TASK_GROUP.test(looseKey(label));
}

// "2/3 hoàn thành", "2/3 xong", "3 nhiệm vụ": how many of the rows under it are done, never a state of its own.
const STATE_TALLY = /^\d{1,3}\s*\/\s*\d{1,3}(?:\s+\p{L}.*)?$|^\d{1,3}\s+(?:nhiệm vụ|nhiem vu|việc|viec)\b/iu;

// "2/3 xong", "0/2" in "Kết quả thực hiện" (a column of results, whose other counts are no tally).
const RESULT_TALLY = /^\d{1,3}\s*\/\s*\d{1,3}(?:\s+(?:xong|hoàn thành|hoan thanh|đã xong|da xong|ht|nhiệm vụ|nhiem vu|việc|viec))?$/iu;
// "2/3 xong" in Tiến độ: only with a word saying done (a task's "3/4" there is its own progress).
const DONE_TALLY = /^\d{1,3}\s*\/\s*\d{1,3}\s+(?:xong|hoàn thành|hoan thanh|đã xong|da xong|ht)$/iu;

/**
 * "Nhóm nhiệm vụ 1: … (TC 1.2) | | | 80 | 2/3 hoàn thành", "A | CHỈ SỐ CCHC | … | 50%": a group's heading carrying its
 * tasks' tally (their mean progress, how many are done) in their columns: a section, its figures derived from the rows
 * under it. Only where nothing of a task's own is written (no lead, no deadline, no day done), but for a row whose state
 * is a count of done rows ("2/3 xong"): its lead and deadline are then the rows'.
 */
function groupWithTally(
  ctx: RowContext,
  r: number,
  filled: ReadonlyArray<{ col: number; v: GridCell }>,
  main: number | undefined,
): RowRole | null {
  const { layout, facts } = ctx;
  const { stt, code, lead, partners, due, doneDate, status, result, progress, note } = layout.columns;
  if (layout.kind !== "tasks" || main === undefined) return null;
  const title = filled.find((f) => f.col === main && typeof f.v === "string");
  if (!title) return null;
  // "Tiêu chí 1.2 … | CC VP-TK | 30/11/2021 | 2/3 xong": how many of the rows under it are done is a heading's, whatever
  // its words; its own lead and deadline are its rows'.
  // (In the Tiến độ column too, on a criterion's row, as "2/3 xong": a task's "3/4 nội dung" is its own progress.)
  // (Every task row asks: the cheap sign first, the title's criterion only then.)
  // ("96/412" hồ sơ beside a task: no count of rows under it, which are fewer; a tally is of the rows below, a row or
  // two of them perhaps left out of the sheet.)
  const rowsBelow = ctx.grid.rows.length - r;
  const ofRowsBelow = (t: string) => {
    const m = /^(\d{1,3})\s*\/\s*(\d{1,3})/.exec(t);
    return m === null || (Number(m[1]) <= Number(m[2]) && Number(m[2]) <= rowsBelow + 2);
  };
  const isTally = (f: { col: number; v: GridCell }) =>
    typeof f.v === "string" &&
    ofRowsBelow(f.v.trim()) &&
    (f.col === status
      ? STATE_TALLY.test(f.v.trim())
      : // ("Kết quả thực hiện" says more than states: "20/21 người (95,2%)" is a result, only "2/3 xong", "0/2" a tally.)
        f.col === result
        ? RESULT_TALLY.test(f.v.trim())
        : f.col === progress && DONE_TALLY.test(f.v.trim()) && sectionCode(title.v as string) !== null);
  // ("3 | … | 126/126 TTHC" over "4 | Lắp đặt bảng điện tử … | 0/1": a row numbered on from the task above is a task, its
  // "0/1" its own count.)
  const tallied = filled.some(isTally) && !numberedOn(ctx, r);
  // ("Phần A | GIẢI NGÂN … (Tiêu chí 1.4) | CT UBND | … | 31/01/2022 | 73,75 %": its lead and deadline too, as a tally's.)
  const averaged = !tallied && meanOfRowsUnder(ctx, r, filled, title);
  // "Phần I | CÁC TIÊU CHÍ CHỈ SỐ CCHC | … | 5 | 3 | 78": a part's heading by its mark and its capitals, its figures the rows'.
  const mark = stt === undefined ? "" : cellText(filled.find((f) => f.col === stt)?.v ?? null).trim();
  const part = isPartMark(mark) && isCapitals(cleanText(title.v as string));
  if (
    !tallied &&
    !averaged &&
    !part &&
    !isGroupHeading(facts.of(title.v as string).key.replace(/^(?:[ivx]{1,4}|[a-h]|\d{1,2})\s*[.):-]\s*/, ""))
  )
    return null;
  // ("Số NV | Đã xong" beside them: counts of the rows under it, in columns no field of a task's.)
  const mapped = new Set(Object.values(layout.columns));
  const counted = (f: { col: number; v: GridCell }) =>
    (tallied || averaged || part) && !mapped.has(f.col) && (typeof f.v === "number" || facts.of(String(f.v)).number !== null);
  const derived = filled.every(
    (f) =>
      f === title ||
      f.col === stt ||
      f.col === code ||
      f.col === note ||
      counted(f) ||
      ((tallied || averaged) && (f.col === lead || f.col === partners || f.col === due)) ||
      (f.col === progress && (typeof f.v === "number" || facts.of(String(f.v)).number !== null)) ||
      isTally(f),
  );
  const own = tallied || averaged ? [doneDate] : [lead, due, doneDate];
  if (!derived || own.some((c) => c !== undefined && filled.some((f) => f.col === c))) return null;
  const label = cleanText(title.v as string);
  const group = sectionGroup(label);
  // ("TC 1.7 | Mức độ thực hiện … | … | 0/2 xong": its criterion in the code column.)
  const codeCell = code === undefined ? undefined : filled.find((f) => f.col === code && typeof f.v === "string");
  const found = sectionCode(label) ?? (codeCell === undefined ? null : sectionCode(codeCell.v as string)) ?? namedCode(label);
  return {
    role: "section",
    label,
    code: found,
    group,
    level: group !== null && found === null ? "group" : found !== null ? "item" : "label",
  };
}

/** Whether the row's STT is a whole number one past the nearest numbered row above it ("3" over "4"). */
function numberedOn(ctx: RowContext, r: number): boolean {
  const c = ctx.layout.columns.stt;
  if (c === undefined) return false;
  const own = /^(\d{1,3})\.?$/.exec(cellText(cellAt(ctx.grid, r, c)).trim());
  if (own === null) return false;
  for (let up = r - 1; up >= 1 && up >= r - 20; up--) {
    const above = cellText(cellAt(ctx.grid, up, c)).trim();
    if (above === "") continue;
    return above.replace(/\.$/, "") === String(Number(own[1]) - 1);
  }
  return false;
}

/** "Phần I", "PHẦN A", "II", "B.": a part's or a group's mark (never a task's "a)" or "1."). */
function isPartMark(mark: string): boolean {
  return /^(?:[IVX]{1,4}|[A-H])[.)]?$/.test(mark.replace(/^(?:phần|phan|mục|muc)\s*/iu, ""));
}

/** A heading typed in capitals ("CÁC TIÊU CHÍ CHỈ SỐ CCHC"), two words at least. */
function isCapitals(text: string): boolean {
  return text === text.toLocaleUpperCase("vi") && /\p{L}{2}.*\s\p{L}{2}/u.test(text);
}

/**
 * "Tiêu chí 1.3 - Tỷ lệ đạt chuẩn … | 50" over "+ Rà soát … | 100" and "+ Cử … | 0": a criterion's row whose progress
 * is the mean of the rows under it (to the next criterion, heading or blank row), its figure theirs, never a task.
 */
function meanOfRowsUnder(
  ctx: RowContext,
  r: number,
  filled: ReadonlyArray<{ col: number; v: GridCell }>,
  title: { col: number; v: GridCell },
): boolean {
  const { progress, stt } = ctx.layout.columns;
  const own = filled.find((f) => f.col === progress)?.v;
  // (Most task rows have a figure there: a criterion's code needs "1.3" somewhere in its words, looked for first.)
  if (progress === undefined || typeof own !== "number" || typeof title.v !== "string" || !/\d\.\d/.test(title.v)) return false;
  if (sectionCode(title.v) === null) return false;
  // The rows right under it; or, past sub-headings with no figure ("1. Giải ngân theo …"), those up to the next
  // criterion or its total ("Cộng phần A").
  const next: number[] = [];
  const all: number[] = [];
  let contiguous = true;
  for (let n = r + 1; n <= ctx.grid.rows.length; n++) {
    const text = cellAt(ctx.grid, n, title.col);
    if (typeof text !== "string" || text.trim() === "" || sectionCode(text) !== null || /^(?:cộng|tổng cộng|cong)\b/iu.test(text.trim()))
      break;
    // ("Phần II | CÁC CHỈ SỐ HÀI LÒNG": the next part's heading ends them too, whatever figures it carries.)
    const mark = stt === undefined ? "" : cellText(cellAt(ctx.grid, n, stt)).trim();
    if (isPartMark(mark) || isCapitals(text)) break;
    // (A row without a figure there is the next heading: "B. CHỈ SỐ HÀI LÒNG".)
    const v = cellAt(ctx.grid, n, progress);
    if (typeof v !== "number") {
      contiguous = false;
      continue;
    }
    if (contiguous) next.push(v);
    all.push(v);
  }
  const meanIs = (below: readonly number[]) => {
    if (below.length < 2) return false;
    const mean = below.reduce((a, b) => a + b, 0) / below.length;
    return Math.abs(mean - own) <= (own <= 1 && below.every((v) => v <= 1) ? 0.005 : 0.5);
  };
  return meanIs(next) || meanIs(all);
}

/**
 * "1/ Tuyên truyền về CCHC (Tiêu chí 1.1)" merged over the number and the task's words, its lead in the Chủ trì
 * cell ("CC VH-XH") and nothing else: a numbered section whose lead the rows under it take.
 */
function sectionWithLead(
  ctx: RowContext,
  r: number,
  filled: ReadonlyArray<{ col: number; v: GridCell }>,
  main: number | undefined,
): RowRole | null {
  const { lead, partners, due } = ctx.layout.columns;
  if (ctx.layout.kind !== "tasks" || main === undefined || lead === undefined || !filled.some((f) => f.col === lead)) return null;
  const title = filled.find((f) => f.col < main && typeof f.v === "string");
  // (Its deadline in the Thời hạn cell too: "II. … (Tiêu chí 2.1) | CC VP-TK | 30/9/2021".)
  if (!title || !filled.every((f) => f === title || f.col === lead || f.col === partners || f.col === due)) return null;
  const over = ctx.merges.at(r, title.col);
  if (over === undefined || over.top !== r || over.right < main) return null;
  const label = cleanText(title.v as string);
  if (!/^(?:[IVX]{1,4}|\d{1,2}|[A-Z])\s*[/.)-]\s*\p{L}/u.test(label) && sectionCode(label) === null) return null;
  return { role: "section", label, code: sectionCode(label), group: sectionGroup(label), level: "label" };
}

/**
 * "A | CẢI THIỆN CHỈ SỐ CCHC | Chủ trì: Công chức Văn phòng - Thống kê", "B | CẢI THIỆN CHỈ SỐ SIPAS | | Trước 31/10/2021",
 * "1. | Tiêu chí 1.2: Tỷ lệ hồ sơ … | | Trong năm 2021" over rows numbered "-" or "a)": a heading naming only who leads
 * or when its rows are due (no state, progress or day done of its own), its number a heading's, its rows below it.
 */
function headingWithLeadOrDue(
  ctx: RowContext,
  r: number,
  filled: ReadonlyArray<{ col: number; v: GridCell }>,
  main: number | undefined,
): RowRole | null {
  const { layout } = ctx;
  const { stt, lead, partners, due, code } = layout.columns;
  if (layout.kind !== "tasks" || main === undefined || stt === undefined || main === stt) return null;
  if (!filled.some((f) => f.col === lead || f.col === due)) return null;
  // (A numbered row with a state of its own over "a)", "1.1" is a task with its parts, never a heading.)
  if (!filled.every((f) => f.col === stt || f.col === main || f.col === lead || f.col === partners || f.col === due || f.col === code))
    return null;
  const title = filled.find((f) => f.col === main);
  const number = filled.find((f) => f.col === stt);
  if (typeof title?.v !== "string" || number === undefined || typeof number.v === "object") return null;
  const mark = String(number.v).trim();
  const label = cleanText(title.v);
  // ("Nhóm 1", "Phần 2" over "a)", "1.1": a group's number, a heading's as a Roman one is.)
  const roman = isPartMark(mark) || GROUP_MARK.test(mark);
  const upper = isCapitals(label);
  // (Or "1 | Nâng cao tỷ lệ … (Tiêu chí 1.1) | 1.1 | CC ĐC-XD | … | 31/12/2021" over rows numbered "-": the
  // criterion in its words or its own column.)
  const written = code === undefined ? "" : cellText(cellAt(ctx.grid, r, code)).trim();
  const named = /^(?:tiêu chí|tieu chi|tc|chỉ số|chi so)\s*[12]\.\d{1,2}\b/iu.test(label);
  const numbered = !named && /^\d{1,2}[.)]?$/.test(mark) && (sectionCode(label) !== null || /^[12]\.\d{1,2}$/.test(written));
  // ("a | 1.4 - Giải ngân vốn đầu tư công | CT UBND | 31/12/2021" over rows numbered "1", "2": a lettered criterion.)
  const lettered = !named && /^[a-hđ][.)]?$/u.test(mark) && (sectionCode(label) !== null || /^[12]\.\d{1,2}$/.test(written));
  if (!(roman && (upper || GROUP_MARK.test(mark))) && !named && !numbered && !lettered) return null;
  // Its rows under it: the next written row is numbered deeper ("-", "+", "a)", "1.1"), never a sibling of its own kind.
  // (A task's row numbered "1" by its code is a heading only over rows marked as its parts: "-", "+", "a)".)
  let parts = false;
  for (let next = r + 1; next <= Math.min(r + 3, ctx.grid.rows.length); next++) {
    const row = ctx.grid.rows[next - 1] ?? [];
    if (row.every((v) => cellKind(v ?? null) === "empty")) continue;
    const sub = cellText(row[stt - 1] ?? null).trim();
    // ("1 | 1.2 | Tỷ lệ hồ sơ … | CC VP-TK | Trong năm 2021" over "1.1", "1.2": its rows numbered within its number.)
    parts =
      // ("a", "b" typed bare under "1 | Tiêu chí 1.4: …": letters as much as "a)".)
      /^(?:[-–+*•]|[a-hđ][.)]?|\(\d{1,2}\))$/u.test(sub) ||
      sub.startsWith(`${mark.replace(/[.)]$/, "")}.`) ||
      (lettered && /^(?:\d{1,2}[.)]?|[-–+*•])$/u.test(sub));
    const deeper =
      /^(?:[-–+*•]|[a-hđ][.)]?|\d{1,2}[.)]?|\d{1,2}\.\d{1,2}\.?)$/u.test(sub) || sub === "" || (roman && /^[A-H][.)]?$/.test(sub));
    // ("II" over "A | Dự án chuyển tiếp": a letter under a Roman number is deeper.)
    const sibling = roman
      ? sameMarkKind(sub, mark) || GROUP_MARK.test(sub)
      : lettered
        ? /^[a-hđ][.)]?$/u.test(sub)
        : /^\d{1,2}[.)]?$/.test(sub) && /^\d{1,2}[.)]?$/.test(mark);
    if (!deeper || sibling) return null;
    break;
  }
  if ((numbered || lettered) && !parts) return null;
  const found = sectionCode(label) ?? (/^[12]\.\d{1,2}$/.test(written) ? written : null);
  return { role: "section", label, code: found, group: sectionGroup(label), level: roman ? "group" : found !== null ? "item" : "label" };
}

/** Two heading marks of one kind: both Roman ("I", "II"), both letters ("A", "B"), or both a group's ("Phần 2"). */
function sameMarkKind(a: string, b: string): boolean {
  const kind = (m: string) =>
    /^[IVX]{1,4}[.)]?$/.test(m) ? "roman" : /^[A-H][.)]?$/.test(m) ? "letter" : isPartMark(m) ? "part" : "other";
  return isPartMark(a) && kind(a) === kind(b);
}

// "Nhóm 1", "Nhom 2", "Phần 3": a group's number in the number column.
const GROUP_MARK = /^(?:nhóm|nhom|phần|phan)\s*(?:\d{1,2}|[IVX]{1,4})[.:)]?$/iu;
// "Tiêu chí 1.6 – …", "Tỷ lệ hồ sơ TTHC …", "Chỉ số hài lòng về …": words naming a criterion or a measure, no work.
const CRITERION_WORDS =
  /^(?:tiêu chí|tieu chi|tctp|chỉ số|chi so|tỷ lệ|ty le|tỉ lệ|ti le|mức độ|muc do|(?:sự )?hài lòng về|(?:su )?hai long ve)(?!\p{L})/iu;

/**
 * "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn | VP-TK | 31/12/2021", "| Tiêu chí 1.6 – Tỷ lệ tăng GRDP | | Trong năm 2021"
 * with no number of its own: a criterion's row naming who leads and when, over rows that say their own state and
 * leave its lead or deadline blank. Its words name a criterion, not work; no state, progress or day done of its own.
 */
function criterionWithLeadOrDue(
  ctx: RowContext,
  r: number,
  filled: ReadonlyArray<{ col: number; v: GridCell }>,
  main: number | undefined,
): RowRole | null {
  const { lead, partners, due, code, status, progress, result, note } = ctx.layout.columns;
  if (ctx.layout.kind !== "tasks" || main === undefined || (status === undefined && progress === undefined && result === undefined))
    return null;
  if (!filled.some((f) => f.col === lead || f.col === due)) return null;
  // ("… | Năm 2021 | | | TC 2.5": its criterion's code in Ghi chú.)
  const codeNoted = (f: { col: number; v: GridCell }) => f.col === note && typeof f.v === "string" && sectionCode(f.v) !== null;
  if (!filled.every((f) => f.col === main || f.col === lead || f.col === partners || f.col === due || f.col === code || codeNoted(f)))
    return null;
  const title = filled.find((f) => f.col === main);
  if (typeof title?.v !== "string" || title.v.length > 160) return null;
  const label = cleanText(title.v);
  if (!CRITERION_WORDS.test(label) || /[.;]$/.test(label)) return null;
  // Its rows: the next written ones say their own state and leave its lead or its deadline to it.
  let rows = 0;
  let inheriting = false;
  for (let next = r + 1; next <= Math.min(r + 4, ctx.grid.rows.length); next++) {
    const row = ctx.grid.rows[next - 1] ?? [];
    if (row.every((v) => cellKind(v ?? null) === "empty")) {
      if (rows > 0) break;
      continue;
    }
    const at = (c: number | undefined) => (c === undefined ? "empty" : cellKind(row[c - 1] ?? null));
    if (at(status) === "empty" && at(progress) === "empty" && at(result) === "empty") break;
    rows++;
    if ((lead !== undefined && filled.some((f) => f.col === lead) && at(lead) === "empty") || (due !== undefined && at(due) === "empty"))
      inheriting = true;
  }
  if (rows === 0 || !inheriting) return null;
  const written = code === undefined ? "" : cellText(cellAt(ctx.grid, r, code)).trim();
  const noted = filled.find(codeNoted);
  // (No code: its words stand for it, for the plan's titles to tell when the plan is applied, and said.)
  const found = sectionCode(label) ?? (/^[12]\.\d{1,2}$/.test(written) ? written : noted ? sectionCode(String(noted.v)) : null) ?? label;
  return { role: "section", label, code: found, group: sectionGroup(label), level: "item" };
}

/** A heading's own state and day done as written ("Hoàn thành; 30/09/2021"), or "". */
function stateSaid(filled: ReadonlyArray<{ col: number; v: GridCell }>, cols: ReadonlyArray<number | undefined>): string {
  return filled
    .filter((f) => cols.includes(f.col))
    .map((f) => (isGridDate(f.v) ? formatViDate(f.v.date) : cellText(f.v).trim()))
    .filter((t) => t !== "")
    .join("; ");
}

/**
 * A number alone in the code column ("1", "2") whose next written row's code opens with it ("1.1"): the
 * number of the group of criteria under it, never a task's code. The number, or null.
 */
function groupOver(ctx: RowContext, r: number, v: GridCell): string | null {
  const own = typeof v === "number" || typeof v === "string" ? String(v).trim().replace(/\.$/, "") : "";
  const codeCol = ctx.layout.columns.code;
  if (!/^[1-9]$/.test(own) || codeCol === undefined) return null;
  for (let next = r + 1; next <= Math.min(r + 3, ctx.grid.rows.length); next++) {
    const c = ctx.grid.rows[next - 1]?.[codeCol - 1];
    const t = c === null || c === undefined || typeof c === "object" ? "" : String(c).trim();
    if (t === "") continue;
    return t.startsWith(`${own}.`) ? own : null;
  }
  return null;
}

const WORK_OUTSIDE_PLAN = /^(?:cac )?(?:viec|nhiem vu|cong viec) (?:phat sinh|dot xuat|khac|ngoai ke hoach|bo sung)\b/;

const CRITERION_TITLE =
  /^(?:tiêu chí thành phần|tieu chi thanh phan|chỉ số thành phần|chỉ số hài lòng về|chi so hai long ve|tiêu chí|tieu chi)\s+\p{L}/iu;
const CRITERION_LABEL = /^(?:tiêu chí(?: thành phần)?|nhóm tiêu chí|chỉ số|tctp|tc)\s*[:–-]\s*(\p{L}[^:]{5,150})$/iu;

/**
 * "1. Giải quyết hồ sơ TTHC đúng hạn" or "Nhiệm vụ khác (ngoài kế hoạch)" alone in the content column, its
 * number cell blank, over rows numbered "-", "a", "1": a heading of the rows under it, not a task with
 * nothing filled in. A label with a number of its own, or rows under it numbered as parts ("-", "a"), tell it.
 */
function headsNumberedRows(ctx: RowContext, r: number, label: string): boolean {
  const stt = ctx.layout.columns.stt;
  if (label.length > 120 || /[.;]$/.test(label)) return false;
  const own = /^(?:\d{1,2}|[a-hđ])[.)]\s+\p{L}/u.test(label);
  // "2. Giải ngân vốn đầu tư công" over "- Lập kế hoạch …" in the same column: items under their numbered heading.
  if (stt === undefined) return own && opensNextWithBullet(ctx, r);
  for (let next = r + 1; next <= Math.min(r + 2, ctx.grid.rows.length); next++) {
    const row = ctx.grid.rows[next - 1] ?? [];
    if (filledCells(row).length === 0) continue;
    const v = row[stt - 1];
    const sub = v === null || v === undefined || typeof v === "object" ? "" : String(v).trim();
    if (sub === "") return false;
    return own || /^(?:[a-hđ][.)]?|[-–+*•]|1\.?)$/u.test(sub);
  }
  return false;
}

/** Tasks numbered n above a row and n + 1 right under it: the row has no place in the list's numbering. */
function numberingRunsPast(ctx: RowContext, r: number): boolean {
  const stt = ctx.layout.columns.stt;
  if (stt === undefined || ctx.layout.kind !== "tasks") return false;
  const number = (row: number): number | null => {
    const v = ctx.grid.rows[row - 1]?.[stt - 1];
    const t = typeof v === "number" || typeof v === "string" ? String(v).trim().replace(/\.$/, "") : "";
    return /^\d{1,3}$/.test(t) ? Number(t) : null;
  };
  const below = number(r + 1);
  if (below === null || below < 2) return false;
  for (let k = r - 1; k >= Math.max(1, r - 12); k--) {
    const n = number(k);
    if (n !== null) return n === below - 1;
  }
  return false;
}

/** "1 | Công tác giải ngân" over "1.1 | Đôn đốc nhà thầu …": the next row numbered within this one's number. */
function numbersWithin(ctx: RowContext, r: number): boolean {
  const stt = ctx.layout.columns.stt;
  if (stt === undefined) return false;
  const number = (v: GridCell | undefined) => (typeof v === "number" || typeof v === "string" ? String(v).trim().replace(/\.$/, "") : "");
  const mine = number(ctx.grid.rows[r - 1]?.[stt - 1]);
  const next = number(ctx.grid.rows[r]?.[stt - 1]);
  // "1 | Công tác kế toán, thanh toán" over "a | Kiểm soát chứng từ …": its items lettered under it.
  return /^\d{1,2}$/.test(mine) && (next === `${mine}.1` || /^a[.)]?$/i.test(next));
}

/**
 * "2 | Bổ sung trang thiết bị …, gồm:" with nothing else on its row, over "+ Bổ sung 10 ghế …" (or "a) …") that
 * carry their own lead and deadline: the work is in its items, the row only introduces them.
 */
function introducesItems(ctx: RowContext, r: number, label: string): boolean {
  if (label.length > 200 || !/:\s*$/.test(label)) return false;
  const main = mainColumn(ctx.layout);
  const stt = ctx.layout.columns.stt;
  for (let next = r + 1; next <= Math.min(r + 2, ctx.grid.rows.length); next++) {
    const row = ctx.grid.rows[next - 1] ?? [];
    if (filledCells(row).length === 0) continue;
    const own = stt === undefined ? undefined : row[stt - 1];
    const mark = typeof own === "string" || typeof own === "number" ? String(own).trim() : "";
    // The item's own mark in the number column ("a", "-"), else at the start of its text ("+ …", "a) …").
    if (mark !== "") return /^(?:[a-hđ][.)]?|[-–+*•])$/u.test(mark);
    const text = main === undefined ? undefined : row[main - 1];
    return typeof text === "string" && (LIST_ITEM.test(text) || /^[a-hđ]\)\s/u.test(text.trim()));
  }
  return false;
}

/** Whether the next filled row's first text opens with a bullet ("- Lập kế hoạch …"). */
function opensNextWithBullet(ctx: RowContext, r: number): boolean {
  for (let next = r + 1; next <= Math.min(r + 2, ctx.grid.rows.length); next++) {
    const first = filledCells(ctx.grid.rows[next - 1] ?? [])[0];
    if (first === undefined) continue;
    return typeof first.v === "string" && LIST_ITEM.test(first.v);
  }
  return false;
}

/** A row numbered by a criterion's code, the rows under it numbered within it, and nothing on it but its name and deadline. */
function criterionOver(ctx: RowContext, r: number, stt: number, filled: ReadonlyArray<{ col: number; v: GridCell }>): RowRole | null {
  const own = filled.find((f) => f.col === stt);
  const number = own === undefined || typeof own.v === "object" ? "" : String(own.v).trim();
  // "I | Tiêu chí 1.1 - … | CC VH-XH | | 31/12/2021" over rows numbered 1, 2, 3: a criterion's group by its Roman number.
  const roman = /^(?:[IVX]{1,4}|[A-H])\.?$/.test(number);
  if (!/^[12]\.\d{1,2}\.?$/.test(number) && !roman) return null;
  const { due, content, lead, partners, progress, code: codeCol, status, doneDate, result } = ctx.layout.columns;
  // Its name, deadline, lead and partners, and the progress of its rows together.
  // (Its code in the code column too: "I | Tiêu chí thành phần 1.2 - … | 1.2 | CC VP-TK | 31/12/2021".)
  // (A Roman-numbered criterion's own state and day done over its numbered rows: its own, said, never a task's.)
  const allowed = [stt, content, due, lead, partners, progress, codeCol, ...(roman ? [status, doneDate, result] : [])];
  if (!filled.every((f) => allowed.includes(f.col))) return null;
  // (Its progress is its own too where it states a state: "II | … | 100% | Hoàn thành" says both.)
  const stated = stateSaid(filled, [status, doneDate, result]);
  const ownState = stated === "" ? "" : stateSaid(filled, [progress, status, doneDate, result]);
  const named = content === undefined ? "" : cleanText(cellText(cellAt(ctx.grid, r, content)));
  const written = codeCol === undefined ? "" : cellText(cellAt(ctx.grid, r, codeCol)).trim();
  if (written !== "" && !/^[12]\.\d{1,2}\.?$/.test(written)) return null;
  const code = roman ? (sectionCode(named) ?? (written !== "" ? written.replace(/\.$/, "") : null)) : sectionCode(number);
  if (code === null || content === undefined) return null;
  for (let next = r + 1; next <= Math.min(r + 3, ctx.grid.rows.length); next++) {
    const v = cellAt(ctx.grid, next, stt);
    if (v === null || v === "") continue;
    const sub = String(typeof v === "object" ? "" : v).trim();
    // "1.2.1", "1.2.2" under "1.2"; or "a", "b)", "-", "+" under it.
    const numbered = !roman && new RegExp(`^${number.replace(/\.$/, "").replace(".", "\\.")}\\.\\d`).test(sub);
    // (Or "1", "3": the tasks numbered on their own under it, the criterion's rows by their place.)
    // (Or "(1)", "(2)": numbered in brackets.)
    if (!numbered && !/^(?:[a-hđ][.)]?|[-–+*•]|\(\d{1,2}\))$/u.test(sub) && !/^\d{1,2}\.?$/.test(sub)) return null;
    // ("1 | Chỉ số hài lòng …" over "1.1", "1.2": an outline's items, numbered as criteria are by chance.)
    if (!roman && inOutline(ctx, r, stt, number)) return null;
    return {
      role: "section",
      label: roman ? named : `${number} ${named}`.trim(),
      code,
      group: null,
      level: "item",
      ...(ownState !== "" ? { ownState } : {}),
    };
  }
  return null;
}

/** Whether the nearest number above "1.2" is its outline's parent ("1") or sibling ("1.1"). */
function inOutline(ctx: RowContext, r: number, stt: number, number: string): boolean {
  const major = number.split(".")[0];
  for (let up = r - 1; up >= Math.max(1, r - 5); up--) {
    const v = cellAt(ctx.grid, up, stt);
    const above = typeof v === "string" || typeof v === "number" ? String(v).trim().replace(/\.$/, "") : "";
    if (above === "") continue;
    return above === major || new RegExp(`^${major}\\.\\d{1,2}$`).test(above);
  }
  return false;
}

/**
 * "Công chức Tư pháp - Hộ tịch:" alone in the lead's column: the lead of the rows below it, a section
 * (a row that reads like a signature, "Phó Chủ tịch UBND xã (trực tiếp):", too, where tasks follow it).
 */
export function leadHeading(ctx: RowContext, r: number): Extract<RowRole, { role: "section" }> | null {
  const { grid, layout } = ctx;
  const row = grid.rows[r - 1] ?? [];
  // Most rows are tasks: a cheap look at the lead's cell rules them out first.
  const lead = layout.columns.lead;
  if (lead === undefined || typeof row[lead - 1] !== "string") return null;
  let only: { col: number; v: GridCell } | null = null;
  for (let c = 1; c <= row.length; c++) {
    const v = row[c - 1];
    if (cellKind(v ?? null) === "empty") continue;
    if (only !== null) return null;
    only = { col: c, v: v ?? null };
  }
  if (only === null || only.col !== layout.columns.lead || layout.columns.content === undefined) return null;
  if (typeof only.v !== "string" || only.v.length > LABEL_MAX_CHARS || findOfficials(only.v, "xã").length === 0) return null;
  return { role: "section", label: cleanText(only.v).replace(/:\s*$/, ""), code: null, group: null, level: "label" };
}

// "Chủ trì: Công chức Văn phòng - Thống kê; thực hiện: Bộ phận Một cửa" alone on its row under a section.
export const LEAD_LINE = /^\s*(?:chủ trì|chu tri|người thực hiện|nguoi thuc hien|phụ trách|người phụ trách|giao|đơn vị chủ trì)\s*:\s*\S/iu;

/** A line of its own naming who leads the rows under it: a section of theirs, never a task. */
function leadLine(filled: ReadonlyArray<{ col: number; v: GridCell }>): Extract<RowRole, { role: "section" }> | null {
  if (filled.length !== 1 || typeof filled[0].v !== "string" || filled[0].v.length > 120) return null;
  // "* CC Văn hóa - Xã hội:", "* BP Một cửa:" over the tasks a/b/c: the official alone, starred, before a colon.
  const starred = /^\s*[*•+]\s*([^:*]{2,60}?)\s*:\s*$/u.exec(filled[0].v);
  if (starred !== null && findOfficials(starred[1], "xã").length > 0)
    return { role: "section", label: `Chủ trì: ${cleanText(starred[1])}`, code: null, group: null, level: "label" };
  if (!LEAD_LINE.test(filled[0].v)) return null;
  if (findOfficials(filled[0].v.slice(filled[0].v.indexOf(":") + 1), "xã").length === 0) return null;
  return { role: "section", label: cleanText(filled[0].v), code: null, group: null, level: "label" };
}

/** A section's number: a criterion code ("1.2", 1.2), a Roman numeral or a letter ("II.", "A"). */
function isMark(v: GridCell, facts: FactsCache): boolean {
  if (typeof v === "number") return /^\d{1,2}\.\d{1,2}$/.test(String(v));
  if (typeof v !== "string") return false;
  const f = facts.of(v);
  return f.code !== null || f.sectionMark;
}

/** headingKey of a cell, remembered: the same few labels are compared on every row. */
function headingKeyOf(ctx: RowContext, text: string): string {
  let k = ctx.keyMemo.get(text);
  if (k === undefined) {
    k = headingKey(text);
    if (ctx.keyMemo.size > 10_000) ctx.keyMemo.clear();
    ctx.keyMemo.set(text, k);
  }
  return k;
}
