import { cleanText, looseKey } from "../text/normalize";
import { statusAtStart } from "./cellFacts";
import { Grid } from "./grid";

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
}

const SCAN_ROWS = 300;
const LABELS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:noi dung|cong viec|nhiem vu|ten nhiem vu|viec)$/, "Nội dung"],
  [/^(?:tieu chi|thuoc tieu chi|tc|chi so|ma tieu chi)$/, "Tiêu chí"],
  [/^(?:nguoi thuc hien|nguoi phu trach|phu trach|chu tri|don vi chu tri|nguoi lam|can bo thuc hien|giao cho)$/, "Người thực hiện"],
  [/^(?:phoi hop|don vi phoi hop|nguoi phoi hop)$/, "Phối hợp"],
  [/^(?:thoi han|han|han hoan thanh|han chot|thoi gian hoan thanh)$/, "Thời hạn"],
  [/^(?:ket qua|ket qua thuc hien|tinh hinh|tinh hinh thuc hien|tien do|tinh trang|trang thai)$/, "Kết quả"],
  [/^(?:ngay hoan thanh|ngay xong|xong ngay)$/, "Ngày hoàn thành"],
  [/^(?:ghi chu|luu y)$/, "Ghi chú trong ô"],
];
const LINE = /^\s*[-–•+*]?\s*([^:]{1,30}?)\s*:\s*(.*)$/u;
const DUE_NO_COLON = /^\s*[-–•+*]?\s*(hạn|thời hạn)\s+(\d.*)$/iu;

function headingOf(label: string): string | null {
  const k = looseKey(label);
  for (const [re, heading] of LABELS) if (re.test(k)) return heading;
  return null;
}

/** A cell's labelled parts by heading, and its unlabelled lines; null for a cell that is no record. */
function parseRecord(v: unknown): Map<string, string> | null {
  // "Việc: …; Hạn: 30/5/2021; Đã xong 20/5/2021": the same parts on one line, between semicolons.
  const oneLine = typeof v === "string" && !v.includes("\n") && v.split(";").length >= 3 && (v.match(/:/g)?.length ?? 0) >= 2;
  if (typeof v !== "string" || (!v.includes("\n") && !oneLine) || !(v.includes(":") || v.split("\n").some((l) => DUE_NO_COLON.test(l))))
    return null;
  const parts = new Map<string, string>();
  const loose: string[] = [];
  for (const raw of v.split(/\r?\n/)) {
    if (raw.trim() === "") continue;
    // "Người thực hiện: CC ĐC-XD; phối hợp: CC TC-KT": two labels on one line.
    // "…; Đã xong 20/5/2021": how it stands, after a semicolon.
    for (const piece of raw.split(/;\s*(?=[^;:]{1,30}:|(?:đã|đang|chưa|xong|hoàn thành)(?!\p{L}))/iu)) {
      // "hạn 30/9", without its colon.
      const m = LINE.exec(piece) ?? DUE_NO_COLON.exec(piece);
      const heading = m ? headingOf(m[1]) : null;
      if (m && heading !== null) parts.set(heading, [parts.get(heading), cleanText(m[2])].filter((x) => x).join("; "));
      else loose.push(cleanText(piece));
    }
  }
  // "Tuyên truyền …⏎Hạn: quý III/2021⏎Đang làm, được 3/5 bản": the task, its deadline, and a last line saying how it stands.
  // ("Việc: …⏎Hạn: 31/3/2021⏎Đã xong 29/3": the task labelled, the last line alone.)
  const last =
    loose.length >= (parts.has("Nội dung") ? 1 : 2) && parts.has("Thời hạn") && !parts.has("Kết quả") ? loose[loose.length - 1] : null;
  if (last !== null && statusAtStart(looseKey(last)) !== null) parts.set("Kết quả", loose.pop() as string);
  const own = [...parts.keys()].filter((h) => h !== "Nội dung");
  if (own.length < 2 && !(own.length === 1 && parts.has("Nội dung"))) return null;
  const text = [parts.get("Nội dung"), ...loose].filter((x) => x).join(" ");
  if (text === "") return null;
  parts.set("Nội dung", text);
  return parts;
}

export function withRecordLines(grid: Grid): RecordLines | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  const byCol = new Map<number, Array<{ row: number; parts: Map<string, string> }>>();
  for (let r = 1; r <= last; r++)
    (grid.rows[r - 1] ?? []).forEach((v, i) => {
      // Most cells are one line: the cheap test first.
      const parts = typeof v === "string" && (v.includes("\n") || v.includes(";")) ? parseRecord(v) : null;
      if (parts) byCol.set(i + 1, [...(byCol.get(i + 1) ?? []), { row: r, parts }]);
    });
  // Tasks in cells of several columns (criteria across, officials down): a matrix, read as such.
  if (byCol.size !== 1) return null;
  const found = [...byCol].find(([, cells]) => cells.length >= 2);
  if (!found) return null;
  const [col, cells] = found;
  let headRow = cells[0].row - 1;
  while (headRow >= 1 && (grid.rows[headRow - 1]?.[col - 1] ?? null) === null) headRow--;
  if (headRow < 1) return null;
  const headings = [...new Set(cells.flatMap((c) => [...c.parts.keys()]))].filter((h) => h !== "Nội dung");
  const rows = grid.rows.map((row) => [...row]);
  const width = Math.max(...rows.map((row) => row.length));
  for (const row of rows) while (row.length < width) row.push(null);
  // The column's own heading, its first line ("Nội dung nhiệm vụ⏎(ghi đủ: …)"): the task's text.
  rows[headRow - 1][col - 1] = "Nội dung";
  headings.forEach((h, j) => (rows[headRow - 1][width + j] = h));
  for (const { row, parts } of cells) {
    rows[row - 1][col - 1] = parts.get("Nội dung") ?? null;
    headings.forEach((h, j) => (rows[row - 1][width + j] = parts.get(h) ?? null));
  }
  for (const row of rows) while (row.length < width + headings.length) row.push(null);
  return { grid: { ...grid, rows }, column: col, labels: headings };
}
