import { OfficialEntry } from "../import/readMaster";
import { resolveOfficial } from "../plan/officials";
import { looseKey } from "../text/normalize";

/** A person's name as typed: "Ông Lê Văn Tư", "bà Nguyễn Thị Hoa", "Lê Văn Tư" -> one key. */
function personKey(text: string): string {
  return looseKey(text).replace(/^(?:ong|ba|anh|chi|dong chi|d c)\s+/, "");
}

/**
 * Who leads, as an official document must name them: by title, never by a person's name. Each part
 * of a Chủ trì cell ("A; B") is a title the directory knows, a title of Danh mục, or the name of
 * whoever holds one there; when none of them is, the plan's own titles for the item stand in.
 */
export function leadTitles(text: string, planLeads: readonly string[], officials: readonly OfficialEntry[], unitType: string): string[] {
  const parts = text
    .split(/\s*;\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const titles: string[] = [];
  for (const part of parts) {
    const known = resolveOfficial(part, unitType);
    const byTitle = officials.find((o) => looseKey(o.title) === looseKey(part));
    const byName = officials.find((o) => o.name !== "" && personKey(o.name) === personKey(part));
    const title = known.ok ? known.title : (byTitle?.title ?? byName?.title ?? null);
    if (title && !titles.includes(title)) titles.push(title);
  }
  return titles.length > 0 ? titles : [...planLeads];
}
