import { cleanText, looseKey } from "../text/normalize";
import { Grid, cellText } from "./grid";
import { RawTask } from "./records";

/**
 * A workbook's list of its staff ("Họ và tên | Chức vụ, chức danh"), so a task whose Chủ trì is a
 * person's name ("Huynh Tan Loc") is read as that person's post. Names match without marks or case.
 */
export interface StaffList {
  sheet: string;
  posts: ReadonlyMap<string, { name: string; post: string }>;
}

const SCAN_ROWS = 15;

export function findStaffList(grids: readonly Grid[]): StaffList | null {
  for (const grid of grids)
    for (let r = 1; r <= Math.min(grid.rows.length, SCAN_ROWS); r++) {
      const keys = (grid.rows[r - 1] ?? []).map((v) => (typeof v === "string" ? looseKey(v) : ""));
      const nameCol = keys.findIndex((k) => /^ho (?:va )?ten\b/.test(k));
      const postCol = keys.findIndex((k) => /^(?:chuc vu|chuc danh|vi tri|cong viec dam nhiem)\b/.test(k));
      if (nameCol < 0 || postCol < 0) continue;
      // A system's users ("Tài khoản | Họ và tên | Chức vụ"): a task's Chủ trì may be the account ("lhphuoc.xa").
      const accountCol = keys.findIndex((k) => /^(?:tai khoan|ten dang nhap|ten tai khoan|user|username|account)\b/.test(k));
      const posts = new Map<string, { name: string; post: string }>();
      for (const row of grid.rows.slice(r)) {
        const name = cleanText(cellText(row[nameCol] ?? null));
        const post = cleanText(cellText(row[postCol] ?? null));
        if (name !== "" && post !== "" && name.split(" ").length >= 2) posts.set(looseKey(name), { name, post });
        const account = accountCol < 0 ? "" : cleanText(cellText(row[accountCol] ?? null));
        if (account !== "" && post !== "") posts.set(looseKey(account), { name: /^\(/.test(name) || name === "" ? account : name, post });
      }
      if (posts.size >= 2) return { sheet: grid.sheet, posts };
    }
  return null;
}

/** Tasks whose Chủ trì names a person on the list: their post, the person kept beside it, and said. */
export function leadsByStaffList(tasks: RawTask[], staff: StaffList): void {
  for (const t of tasks) {
    // Phối hợp written as people or accounts ("lhphuoc.xa, motcua.xa"): each read as their post.
    if (t.partners !== "") {
      const parts = t.partners.split(/\s*[,;]\s*/);
      const posts = parts.map((p) => staff.posts.get(looseKey(p))?.post ?? p);
      if (posts.some((p, i) => p !== parts[i])) t.partners = posts.join("; ");
    }
    const found = t.lead === "" ? undefined : staff.posts.get(looseKey(t.lead));
    if (!found) continue;
    t.note = [t.note, `Chủ trì theo danh sách cán bộ (sheet ${staff.sheet}): ${found.name} — ${found.post}`]
      .filter((x) => x !== "")
      .join("; ");
    t.lead = `${found.post} (${found.name})`;
  }
}
