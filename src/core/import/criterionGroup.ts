import { looseKey } from "../text/normalize";

/**
 * The group of criteria a sheet is about, where its name or title says one: "Nhóm II - Hài lòng",
 * "NHÓM I. … (TIÊU CHÍ 1.1 ĐẾN 1.7)". A "TC số" column there may give a criterion by its number
 * within the group ("5" on the Nhóm II sheet is 2.5). Two groups named: none.
 */
const ROMAN_GROUP: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

export function criterionGroup(title: string): number | null {
  const k = looseKey(title);
  const found = new Set<number>();
  for (const m of k.matchAll(/\bnhom (iv|iii|ii|i|[1-4])\b/g)) found.add(ROMAN_GROUP[m[1]]);
  // "tiêu chí 1.1 đến 1.7", "chỉ số 2.1 - 2.5": a range within one group.
  for (const m of k.matchAll(/\b(?:tieu chi|chi so|tc) ([1-4]) \d{1,2} (?:den|toi|va) ([1-4]) \d{1,2}\b/g))
    if (m[1] === m[2]) found.add(Number(m[1]));
  return found.size === 1 ? [...found][0] : null;
}

/** "5" in a criterion column of a group's sheet: the group's fifth criterion, or null for any other text. */
export function codeInGroup(cell: string, group: number | null): string | null {
  if (group === null) return null;
  const m = /^(\d{1,2})\.?$/.exec(cell.trim());
  return m && Number(m[1]) >= 1 ? `${group}.${Number(m[1])}` : null;
}
