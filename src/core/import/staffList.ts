import { cleanText, looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { LeftOut, rowKeyOf } from "./copySheets";
import { Grid, cellText } from "./grid";
import { RawTask } from "./records";

/**
 * A workbook's list of its staff ("Họ và tên | Chức vụ, chức danh"), so a task whose Chủ trì is a
 * person's name ("Huynh Tan Loc", "Thu", "a. Quang") is read as that person's post. Names match
 * without marks or case; a given name alone only when no two people on the list share it.
 */
export interface StaffEntry {
  name: string;
  post: string;
}

export interface StaffList {
  sheet: string;
  posts: ReadonlyMap<string, StaffEntry>;
  /** By given name (the last word): null where two people share it. */
  given: ReadonlyMap<string, StaffEntry | null>;
  /** "Sheet cập nhật": the sheet each person fills in a shared workbook. */
  sheets: ReadonlyMap<string, StaffEntry>;
  /** The list's rows on its sheet, header included: never tasks. */
  rows: { first: number; last: number };
}

const NAME_HEADING = /^ho (?:va )?ten\b/;
const POST_HEADING = /^(?:chuc vu|chuc danh|vi tri|cong viec dam nhiem|bo phan|linh vuc phu trach)\b/;
const SHEET_HEADING = /^(?:sheet|ten sheet|trang tinh|sheet cap nhat)\b/;
// A system's users ("Tài khoản | Họ và tên | Chức vụ"): a task's Chủ trì may be the account ("lhphuoc.xa").
const ACCOUNT_HEADING = /^(?:tai khoan|ten dang nhap|ten tai khoan|user|username|account)\b/;

/** "Đ/c", "anh", "chị", "a.", "C." before a name: how colleagues are written, not part of the name. */
const HONORIFIC = /^(?:đ\/c|đ\.c|đồng chí|anh|chị|em|ông|bà|cô|chú|[ac][./])\s*/iu;

const FULL_NAME = /^(?:\p{Lu}[\p{L}'’]*\s+){1,3}\p{Lu}[\p{L}'’]*$/u;

/** A person's name as written, without the honorific before it. */
export function bareName(text: string): string {
  return cleanText(text).replace(HONORIFIC, "").trim();
}

/** The person a text names on the list: the whole name, else a given name no two share. */
export function staffOf(staff: StaffList, text: string): StaffEntry | null {
  const name = bareName(text);
  if (name === "") return null;
  const whole = staff.posts.get(looseKey(name));
  if (whole) return whole;
  const words = name.split(/\s+/);
  // "Thu" for "Nguyễn Thị Thu"; "Trần Thu Hiền" (a person's full name, each word capitalised) for a list's "Đ/c Hiền".
  // Two full names that differ are two people; "Văn phòng" is no "Đ/c Phong".
  const given = staff.given.get(looseKey(words[words.length - 1]));
  if (!given) return null;
  if (words.length === 1) return given;
  return FULL_NAME.test(name) && bareName(given.name).split(/\s+/).length === 1 ? given : null;
}

export function findStaffList(grids: readonly Grid[]): StaffList | null {
  for (const grid of grids)
    for (let r = 1; r <= grid.rows.length; r++) {
      const row = grid.rows[r - 1] ?? [];
      // A heading row holds "Họ (và) tên": a cheap look at each cell's first letter before keying it.
      if (!row.some((v) => typeof v === "string" && v.length < 20 && (v.charCodeAt(0) | 0x20) === 0x68 /* h */)) continue;
      const keys = row.map((v) => (typeof v === "string" && v.length < 40 ? looseKey(v) : ""));
      const nameCol = keys.findIndex((k) => NAME_HEADING.test(k));
      const postCol = keys.findIndex((k) => POST_HEADING.test(k));
      if (nameCol < 0 || postCol < 0) continue;
      const list = readList(grid, r, nameCol, postCol, keys);
      if (list) return list;
    }
  return null;
}

function readList(grid: Grid, header: number, nameCol: number, postCol: number, keys: readonly string[]): StaffList | null {
  const accountCol = keys.findIndex((k) => ACCOUNT_HEADING.test(k));
  const sheetCol = keys.findIndex((k) => SHEET_HEADING.test(k));
  const posts = new Map<string, StaffEntry>();
  const given = new Map<string, StaffEntry | null>();
  const sheets = new Map<string, StaffEntry>();
  let last = header;
  for (let r = header + 1; r <= grid.rows.length && r - last <= 2; r++) {
    const row = grid.rows[r - 1] ?? [];
    const written = cleanText(cellText(row[nameCol] ?? null));
    const name = bareName(written);
    const post = cleanText(cellText(row[postCol] ?? null));
    const account = accountCol < 0 ? "" : cleanText(cellText(row[accountCol] ?? null));
    // The list ends where two rows running have neither a name nor an account.
    if (name === "" && account === "") continue;
    last = r;
    if (post === "") continue;
    // One word is a name only after an honorific ("Đ/c Mai"); alone it may be anything.
    if (name !== "" && (name.split(" ").length >= 2 || name !== written)) {
      const entry = { name: written, post };
      posts.set(looseKey(name), entry);
      const g = looseKey(name.split(" ").pop() ?? "");
      given.set(g, given.has(g) ? null : entry);
      const sheet = sheetCol < 0 ? "" : cleanText(cellText(row[sheetCol] ?? null));
      if (sheet !== "") sheets.set(looseKey(sheet), entry);
    }
    if (account !== "") posts.set(looseKey(account), { name: /^\(/.test(name) || name === "" ? account : name, post });
  }
  return posts.size >= 2 ? { sheet: grid.sheet, posts, given, sheets, rows: { first: header, last } } : null;
}

/** Tasks whose Chủ trì names a person on the list: their post, the person kept beside it, and said. */
export function leadsByStaffList(tasks: RawTask[], staff: StaffList): void {
  for (const t of tasks) {
    // Phối hợp written as people or accounts ("lhphuoc.xa, motcua.xa"): each read as their post.
    if (t.partners !== "") {
      const parts = t.partners.split(/\s*[,;]\s*/);
      const posts = parts.map((p) => staffOf(staff, p)?.post ?? p);
      if (posts.some((p, i) => p !== parts[i])) t.partners = posts.join("; ");
    }
    const updater = t.lead === "" && t.updatedBy !== undefined;
    const found = updater ? staffOf(staff, t.updatedBy ?? "") : t.lead === "" ? null : staffOf(staff, t.lead);
    if (!found) continue;
    const by = updater ? "Chủ trì theo người cập nhật và danh sách cán bộ" : "Chủ trì theo danh sách cán bộ";
    t.note = [t.note, `${by} (sheet ${staff.sheet}): ${found.name} — ${found.post}`].filter((x) => x !== "").join("; ");
    t.lead = `${found.post} (${bareName(found.name)})`;
  }
}

/**
 * "PHÂN CÔNG THEO DÕI: TT | Họ tên | Chức danh" under a sheet's tasks: the list's rows read as tasks
 * ("Đ/c Mai") are left out, only those whose text is the list's own, and the rows are named once.
 */
export function staffRows(tasks: readonly RawTask[], staff: StaffList, grids: readonly Grid[]): LeftOut {
  const grid = grids.find((g) => g.sheet === staff.sheet);
  const dropped = new Set<string>();
  if (!grid) return { dropped, problems: [] };
  const { first, last } = staff.rows;
  for (const t of tasks) {
    if (t.source.sheet !== staff.sheet || t.source.row < first || t.source.row > last) continue;
    const cells = (grid.rows[t.source.row - 1] ?? []).map((v) => cleanText(cellText(v ?? null)));
    if (cells.includes(cleanText(t.content))) dropped.add(rowKeyOf(t.source.sheet, t.source.row));
  }
  const problems: Problem[] =
    dropped.size === 0
      ? []
      : [
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: first }, `dòng ${first}–${last}`, {
            vi: `dòng ${first}–${last} là danh sách cán bộ (họ tên, chức danh), không phải nhiệm vụ; dùng để đọc Chủ trì ghi bằng tên người.`,
            en: `rows ${first}–${last} are a staff list (names, posts), not tasks; used to read leads written as people's names.`,
          }),
        ];
  return { dropped, problems };
}
