import { findOfficials } from "../plan/officials";
import { cleanText, looseKey } from "../text/normalize";
import { statusAtStart } from "./cellFacts";
import { Grid, isBlank } from "./grid";

/**
 * A whole task typed in one cell as labelled lines, as some officials keep a list:
 *
 *   Nội dung: Công khai quy hoạch sử dụng đất năm 2021
 *   Tiêu chí: 1.7
 *   Người thực hiện: CC Địa chính - Xây dựng
 *   Thời hạn: 15/10/2021
 *   Kết quả: Đã xong (14/10/2021)
 *
 * The column keeps the task's text; each other label gets a column of its own, headed with the
 * field's usual heading and added to the right of the sheet (no column's letter moves), so the
 * table is read as if typed in columns. Lines with no label are the task's text.
 */
export interface RecordLines {
  grid: Grid;
  /** The column spread and the labels found, for Kiểm tra. */
  column: number;
  labels: string[];
  /** The column held each task's details only, beside the task's own column. */
  details: boolean;
  /** The rows whose cells were read as records. */
  rows: number[];
}

const SCAN_ROWS = 300;
const LABELS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:noi dung|cong viec|nhiem vu|ten nhiem vu|viec)$/, "Nội dung"],
  [/^(?:tieu chi|thuoc tieu chi|tc|chi so|ma tieu chi)$/, "Tiêu chí"],
  [/^(?:nguoi thuc hien|nguoi phu trach|phu trach|chu tri|don vi chu tri|nguoi lam|can bo thuc hien|giao cho|giao)$/, "Người thực hiện"],
  [/^(?:phoi hop|don vi phoi hop|nguoi phoi hop)$/, "Phối hợp"],
  [/^(?:thoi han|han|han hoan thanh|han chot|thoi gian hoan thanh)$/, "Thời hạn"],
  [/^(?:ket qua|kq|ket qua thuc hien|tinh hinh|tinh hinh thuc hien|tinh trang|trang thai)$/, "Kết quả"],
  // "Tiến độ: 60%" read as the progress column is: a range or a share against the state is named there.
  [/^(?:tien do|tien do thuc hien|muc do hoan thanh|ty le hoan thanh)$/, "Tiến độ (%)"],
  [/^(?:ngay hoan thanh|ngay ht|ngay xong|xong ngay|hoan thanh ngay|ngay hoan thanh thuc te)$/, "Ngày hoàn thành"],
  [/^(?:ghi chu|luu y)$/, "Ghi chú trong ô"],
];
const LINE = /^\s*[-–•+*]?\s*([^:]{1,30}?)\s*:\s*(.*)$/u;
const GROUP_LINE = /^\s*(?:nhóm|nhom|phần|phan|khối|khoi)\s+(?:\d{1,2}|[IVX]{1,4}|[A-H])\b/iu;
const SECTION_LINE =
  /^\s*(?:(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[A-Ha-h])\s*[.)/-]\s*\S|(?:tiêu chí|tieu chi|nhóm|nhom|phần|phan|mục|muc)\s+\S)/u;
const FIGURE_ONLY = /^\s*[\d.,/%\s-]+$/u;
const DUE_NO_COLON = /^\s*[-–•+*]?\s*(hạn|thời hạn)\s+(\d.*)$/iu;

function headingOf(label: string): string | null {
  // "1.1. Nội dung", "a) Nội dung": the item's number before its label.
  const k = looseKey(label).replace(/^(?:\d{1,2}(?: \d{1,2})*|[a-h])\s+(?=\p{L})/u, "");
  for (const [re, heading] of LABELS) if (re.test(k)) return heading;
  return null;
}

/**
 * "a) Giải quyết hồ sơ … . Chủ trì: VP-TK. Hạn: 31/12/2021. Tình hình: đang thực hiện." — a task written as one
 * sentence with its labels: a line per label, as if typed so. A sentence with fewer than two labels is left as it is.
 */
function sentencesAsLines(v: string): string {
  // "Nhóm 2 – TC 1.4 … – Chủ trì: … – Hạn: 31/12/2021": a group's line over its tasks, giving them its lead and
  // deadline; read as a section, never a task of its own.
  if (v.includes("\n") || v.length < 30 || GROUP_LINE.test(v)) return v;
  // "Rà soát … (Chủ trì: CC VP-TK; thời hạn: 15/8/2021; kết quả: hoàn thành ngày 10/8/2021).": the work, then its
  // labels in a closing bracket; the work a line, the labels after it.
  // ("… [Chủ trì: CC VP-TK | Hạn: 30/9/2021 | KQ: hoàn thành 22/9/2021]": square brackets, the parts between bars.)
  const bracket = /[([](?=\s*([^:()[\];|\n]{2,30}):)/gu;
  for (let m = bracket.exec(v); m !== null; m = bracket.exec(v)) {
    const work = v.slice(0, m.index).trim();
    const close = v[m.index] === "[" ? /\]\s*[.;]?\s*$/u : /\)\s*[.;]?\s*$/u;
    const inside = v.slice(m.index + 1).replace(close, "");
    if (headingOf(m[1]) !== null && work.split(/\s+/).length >= 3 && inside !== v.slice(m.index + 1)) {
      const labels = inside.split(/\s*[;|]\s*(?=[^;|:]{1,30}:)/u);
      // (A list's own number before the work, "1. Bổ sung …", is no part of its words.)
      const words = work.replace(/^\d{1,2}\s*[.)]\s+(?=\p{L})/u, "");
      if (labels.filter((l) => headingOf(l.split(":")[0]) !== null).length >= 2) return [words, ...labels.map((l) => l.trim())].join("\n");
    }
  }
  let cuts = 0;
  // ("… - Chu tri: CC VH-XH - Han: 31/12/2021": a dash between spaces parts them too.)
  const lines = v.replace(/([.;]|\s[-–])\s+(?=([^.;:\n]{2,25}):)/gu, (all: string, _: string, label: string) => {
    if (headingOf(label) === null) return all;
    cuts++;
    return "\n";
  });
  return cuts >= 2 ? lines : v;
}

/** A cell's labelled parts by heading, and its unlabelled lines; null for a cell that is no record. */
function parseRecord(given: unknown): Map<string, string> | null {
  const v = typeof given === "string" ? sentencesAsLines(given) : given;
  // "Việc: …; Hạn: 30/5/2021; Đã xong 20/5/2021": the same parts on one line, between semicolons.
  const oneLine = typeof v === "string" && !v.includes("\n") && v.split(";").length >= 3 && (v.match(/:/g)?.length ?? 0) >= 2;
  if (
    typeof v !== "string" ||
    (!v.includes("\n") && !oneLine) ||
    !(
      v.includes(":") ||
      v.split("\n").some((l) => DUE_NO_COLON.test(l)) ||
      (v.slice(0, v.lastIndexOf("\n")).trim().split(/\s+/).length >= 4 && assignmentLine(v.slice(v.lastIndexOf("\n") + 1)) !== null)
    )
  )
    return null;
  const parts = new Map<string, string>();
  const loose: string[] = [];
  let labelled = 0;
  for (const raw of v.split(/\r?\n/)) {
    if (raw.trim() === "") continue;
    // "Người thực hiện: CC ĐC-XD; phối hợp: CC TC-KT": two labels on one line.
    // "…; Đã xong 20/5/2021": how it stands, after a semicolon.
    let said: string | null = null;
    // (Counted per line: "Tình trạng: …⏎Kết quả: …" are two, though both are the result.)
    // ("Giao: BP Một cửa; hạn 31/3/2021": the deadline after the semicolon, without its colon.)
    for (const piece of raw.split(/;\s*(?=[^;:]{1,30}:|(?:đã|đang|chưa|xong|hoàn thành)(?!\p{L})|(?:thời hạn|hạn)\s+\d)/iu)) {
      // "hạn 30/9", without its colon.
      const m = LINE.exec(piece) ?? DUE_NO_COLON.exec(piece);
      const heading = m ? headingOf(m[1]) : null;
      // "Ngày xong: 28/9/2021.", "Tiến độ: 80%.": a sentence's full stop is no part of the value.
      if (m && heading !== null)
        parts.set(heading, [parts.get(heading), cleanText(m[2]).replace(/\s*[.;,]+$/u, "")].filter((x) => x).join("; "));
      // "Kết quả: Hoàn thành; đã kiến nghị 3 TTHC": the result goes on after its semicolon.
      else if (said === "Kết quả" || said === "Ghi chú trong ô") parts.set(said, [parts.get(said), cleanText(piece)].join("; "));
      // "Ngày KT: 25/11/2021", "Số lượt: 12": a label of the sheet's own with a day or a figure, never the task's words;
      // "thực hiện: BP Một cửa" after "Chủ trì: VP-TK" neither.
      else if (m && (FIGURE_ONLY.test(m[2]) || (labelled > 0 && m[1].trim().split(/\s+/).length <= 4)))
        parts.set("Ghi chú trong ô", [parts.get("Ghi chú trong ô"), cleanText(piece)].filter((x) => x).join("; "));
      else loose.push(cleanText(piece));
      if (m && heading !== null) {
        said = heading;
        labelled++;
      }
    }
  }
  // "Tuyên truyền …⏎Hạn: quý III/2021⏎Đang làm, được 3/5 bản": the task, its deadline, and a last line saying how it stands.
  // ("Việc: …⏎Hạn: 31/3/2021⏎Đã xong 29/3": the task labelled, the last line alone.)
  const last =
    loose.length >= (parts.has("Nội dung") ? 1 : 2) && parts.has("Thời hạn") && !parts.has("Kết quả") ? loose[loose.length - 1] : null;
  if (last !== null && statusAtStart(looseKey(last)) !== null) parts.set("Kết quả", loose.pop() as string);
  // "Tuyên truyền …⏎CC VH-XH thực hiện, hằng tháng", "…⏎CT UBND xã chỉ đạo; CC TC-KT thực hiện": who and when on the
  // task's last line, no label.
  // (Never a cell of officials alone, "VH-XH⏎BP Một cửa" under "Chủ trì": the lines before say the work, four words at least.)
  const work = loose.slice(0, -1).join(" ");
  const assigned =
    loose.length >= 2 && !parts.has("Người thực hiện") && work.split(/\s+/).length >= 4 && assignmentLine(work) === null
      ? assignmentLine(loose[loose.length - 1])
      : null;
  if (assigned !== null) {
    loose.pop();
    parts.set("Người thực hiện", assigned.lead);
    if (assigned.partners.length > 0 && !parts.has("Phối hợp")) parts.set("Phối hợp", assigned.partners.join(", "));
    if (assigned.due !== null && !parts.has("Thời hạn")) parts.set("Thời hạn", assigned.due);
  }
  const own = [...parts.keys()].filter((h) => h !== "Nội dung");
  const text = [parts.get("Nội dung"), ...loose].filter((x) => x).join(" ");
  if (assigned !== null && text !== "") {
    parts.set("Nội dung", text);
    return parts;
  }
  // "Chủ trì: …⏎Hạn: …⏎Tình trạng: …" beside the task's own column: the task's details, no text of its own.
  if (text === "") return labelled >= 2 && own.length >= 1 ? parts : null;
  if (own.length < 2 && !(own.length === 1 && parts.has("Nội dung"))) return null;
  parts.set("Nội dung", text);
  return parts;
}

// "hằng tháng", "trong năm 2021", "Quý III/2021", "31/10/2021": when, in a clause of its own.
const WHEN_CLAUSE =
  /^(?:(?:thời hạn|hạn)\s*:?\s*)?(?:\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?|(?:trong |cuối |đầu |trước )?(?:năm \d{4}|tháng \d{1,2}(?:\s*\/\s*\d{4})?|quý [IVX]{1,3}(?:\s*\/\s*\d{4})?)|thường xuyên|(?:hằng|hàng) (?:ngày|tuần|tháng|quý|năm)|định kỳ)$/iu;
// "thực hiện", "tham mưu", "chỉ đạo", "chủ trì": what the official named before it does.
const ROLE_AFTER = /\s+(?:thực hiện|tham mưu|chỉ đạo|chủ trì|phụ trách|theo dõi)$/iu;

/** A line of who and when alone ("CC VP-TK tham mưu; Quý III/2021"): the first official named, and when; else null. */
function assignmentLine(line: string): { lead: string; partners: string[]; due: string | null } | null {
  const clauses = line
    .split(/\s*;\s*/)
    .flatMap((p) => p.split(/,\s*(?=(?:thời hạn|hạn|trong|trước|cuối|đầu|quý|thường|hằng|hàng|định kỳ|\d))/iu))
    .map((p) => p.trim().replace(/\.$/, ""))
    .filter((p) => p !== "");
  const who: string[] = [];
  let due: string | null = null;
  for (const c of clauses) {
    if (WHEN_CLAUSE.test(c)) due ??= c.replace(/^(?:thời hạn|hạn)\s*:?\s*/iu, "");
    else if (c.length <= 60 && findOfficials(c.replace(ROLE_AFTER, ""), "xã").length > 0) who.push(c.replace(ROLE_AFTER, ""));
    else return null;
  }
  // (The first named leads; "CT UBND xã chỉ đạo; CC TC-KT, CC ĐC-XD thực hiện": the others work with it.)
  return who.length === 0 ? null : { lead: who[0], partners: who.slice(1), due };
}

export function withRecordLines(grid: Grid): RecordLines | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  const byCol = new Map<number, Array<{ row: number; parts: Map<string, string> }>>();
  for (let r = 1; r <= last; r++)
    (grid.rows[r - 1] ?? []).forEach((v, i) => {
      // Most cells are one line: the cheap test first.
      const parts = typeof v === "string" && (v.includes("\n") || v.includes(";") || v.includes(": ")) ? parseRecord(v) : null;
      if (parts) byCol.set(i + 1, [...(byCol.get(i + 1) ?? []), { row: r, parts }]);
    });
  const found = [...byCol].filter(([, cells]) => cells.length >= 2);
  if (found.length === 1 && byCol.size === 1) return spreadColumn(grid, found[0][0], found[0][1]);
  // Details in two columns beside the task ("Phân công - thời hạn": "Chủ trì: …⏎Hạn: …" | "Kết quả": "Tình trạng: …"):
  // each spread in turn. Whole tasks in cells of several columns (criteria across, officials down) are a matrix, read
  // as such.
  if (found.length < 2 || found.length !== byCol.size || !found.every(([, cells]) => cells.every((c) => !c.parts.has("Nội dung"))))
    return null;
  let at = grid;
  const labels: string[] = [];
  // (Each column's heading sought above the first record of any: a column whose first cells are no record,
  // "- Chủ trì: …⏎- Thực hiện: …", would take a blank row between two tasks for its heading.)
  const first = Math.min(...found.map(([, cells]) => cells[0].row));
  for (const [col, cells] of found) {
    const next = spreadColumn(at, col, cells, first);
    if (next === null) return null;
    at = next.grid;
    labels.push(...next.labels.filter((l) => !labels.includes(l)));
  }
  return { grid: at, column: found[0][0], labels, details: true, rows: found.flatMap(([, cells]) => cells.map((c) => c.row)) };
}

function spreadColumn(
  grid: Grid,
  col: number,
  parsed: ReadonlyArray<{ row: number; parts: Map<string, string> }>,
  from?: number,
): RecordLines | null {
  // A column of details only ("Tình hình thực hiện": each cell "Chủ trì: …⏎Hạn: …"): the task's text is in a column of its
  // own; the column keeps each cell's result, the other labels go to columns of their own. Otherwise a cell without
  // text is no task of its own.
  const details = parsed.every((c) => !c.parts.has("Nội dung"));
  const cells = details ? parsed : parsed.filter((c) => c.parts.has("Nội dung"));
  if (cells.length < 2) return null;
  // The column's heading: up past the rows of the table (numbered, dated, long or labelled cells) and the blank cells
  // under a heading merged down or across.
  const notHeading = (r: number): boolean => {
    const row = grid.rows[r - 1] ?? [];
    if (row.some((x) => typeof x === "number" || (typeof x === "object" && x !== null))) return true;
    const texts = row.filter((x): x is string => typeof x === "string" && x.trim() !== "");
    if (texts.some((x) => parseRecord(x) !== null)) return true;
    // The headings' row: short texts, one long at most ("Nội dung nhiệm vụ⏎(ghi đủ: …)"); a column with no heading of
    // its own ("Nội dung công việc" merged over it) takes that row too.
    // ("1.1." | "Giải ngân kế hoạch vốn … (TCTP 1.4)": a section's number and its line, a row of the table.)
    if (texts.length === 2 && /^\s*(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[A-Ha-h])\s*[.)/]?\s*$/u.test(texts[0])) return true;
    if (texts.length >= 2) return texts.filter((x) => x.length > 60).length > 1;
    // No headings at all (a report's tasks, each a paragraph under "1. Tiêu chí 1.5 - …"): the blank line over the
    // sections takes them; a section's line is passed.
    if (texts.length === 0) return false;
    if (SECTION_LINE.test(texts[0])) return true;
    const v = row[col - 1] ?? null;
    return v === null || (typeof v === "string" && v.length > 60);
  };
  let headRow = Math.min(from ?? cells[0].row, cells[0].row) - 1;
  while (headRow >= 1 && notHeading(headRow)) headRow--;
  if (headRow < 1) return null;
  // A column of details with no result among them ("Phân công - thời hạn") is spread whole.
  const own = !details ? "Nội dung" : cells.some((c) => c.parts.has("Kết quả")) ? "Kết quả" : null;
  const headings = [...new Set(cells.flatMap((c) => [...c.parts.keys()]))].filter((h) => h !== own && h !== "Nội dung");
  const rows = grid.rows.map((row) => [...row]);
  // (Past every merge too: "Độc lập - Tự do - Hạnh phúc" merged F2:J2 over blank cells would head the new columns.)
  const width = Math.max(...rows.map((row) => row.length), ...grid.merges.map((m) => m.right));
  for (const row of rows) while (row.length < width) row.push(null);
  // The column's own heading, its first line ("Nội dung nhiệm vụ⏎(ghi đủ: …)"): the task's text; a column of details
  // holds the work's result, whatever its heading ("Theo dõi thực hiện").
  rows[headRow - 1][col - 1] = own === null ? null : details ? "Kết quả thực hiện" : "Nội dung";
  headings.forEach((h, j) => (rows[headRow - 1][width + j] = h));
  // "Thời hạn" already a column of the table, left blank on this row: the cell's "Hạn: 31/11/2021" goes there.
  const columnOf = new Map<string, number>();
  // (The header may take two rows: "Thời hạn" merged down beside "Quý I | Quý II".)
  for (let r = headRow; details && r >= Math.max(1, headRow - 1); r--)
    (grid.rows[r - 1] ?? []).forEach((v, i) => {
      const h = i + 1 === col || typeof v !== "string" ? null : headingOf(v);
      if (h !== null && !columnOf.has(h)) columnOf.set(h, i + 1);
    });
  const used = new Set<number>();
  for (const { row, parts } of cells) {
    rows[row - 1][col - 1] = own === null ? null : (parts.get(own) ?? null);
    headings.forEach((h, j) => {
      const value = parts.get(h) ?? null;
      const there = columnOf.get(h);
      if (value !== null && there !== undefined && isBlank(rows[row - 1][there - 1] ?? null)) rows[row - 1][there - 1] = value;
      else {
        rows[row - 1][width + j] = value;
        if (value !== null) used.add(j);
      }
    });
  }
  // A label whose every line went to the table's own column needs no column of its own.
  const kept = headings.map((_, j) => j).filter((j) => used.has(j));
  if (kept.length < headings.length)
    for (const row of rows) {
      const extra = row.slice(width);
      row.length = width;
      for (const j of kept) row.push(extra[j] ?? null);
    }
  for (const row of rows) while (row.length < width + kept.length) row.push(null);
  // "Nội dung công việc" merged over the task's column and this one: the merge ends where this column's heading now is.
  const merges = grid.merges.flatMap((m) =>
    m.top <= headRow && m.bottom >= headRow && m.left < col && m.right >= col ? (m.left <= col - 1 ? [{ ...m, right: col - 1 }] : []) : [m],
  );
  return { grid: { ...grid, rows, merges }, column: col, labels: headings, details, rows: cells.map((c) => c.row) };
}
