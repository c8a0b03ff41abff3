import { cleanText, looseKey } from "../text/normalize";
import { AdminLevel, UnitType } from "./model";

/**
 * Administrative units as plan headers name them: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH",
 * "UBND PHƯỜNG AN PHÚ", "TP. Hồ Chí Minh", "ĐẶC KHU PHÚ QUỐC".
 */

/** Spellings of each unit type, as loose keys (no diacritics, lower case), longest first. */
const TYPE_SPELLINGS: ReadonlyArray<readonly [string, UnitType]> = [
  ["thanh pho", "thành phố"],
  ["thi xa", "thị xã"],
  ["thi tran", "thị trấn"],
  ["dac khu", "đặc khu"],
  ["tp", "thành phố"],
  ["tx", "thị xã"],
  ["tt", "thị trấn"],
  ["tinh", "tỉnh"],
  ["huyen", "huyện"],
  ["quan", "quận"],
  ["xa", "xã"],
  ["phuong", "phường"],
];

/** Cities run by the central government (Huế since 1/1/2025): their tier is the province's. */
const CENTRAL_CITIES: readonly string[] = ["ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"];

export interface Unit {
  unitType: UnitType;
  unitName: string;
}

/** "TÂN BÌNH" -> "Tân Bình"; text that is not all capitals is kept as written. */
export function nameCase(text: string): string {
  const clean = cleanText(text);
  if (clean !== clean.toLocaleUpperCase("vi")) return clean;
  return clean
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1))
    .join(" ");
}

/**
 * A unit's designation, "XÃ TÂN BÌNH", "Thành phố Hồ Chí Minh", "TP.HCM" excepted: its type and
 * name; null when the text does not start with a unit type and a name. The "xã" of "xã hội"
 * (national title, "kinh tế - xã hội") is never a commune.
 */
export function parseDesignation(text: string): Unit | null {
  const words = cleanText(text.replace(/^(TP|TX|TT)\.(?=\S)/iu, "$1. ")).split(" ");
  for (const [spelling, unitType] of TYPE_SPELLINGS) {
    const n = spelling.split(" ").length;
    if (looseKey(words.slice(0, n).join(" ")) !== spelling) continue;
    const name = cleanText(
      words
        .slice(n)
        .join(" ")
        .replace(/^[.:,\s-]+|[.,;:\s-]+$/gu, ""),
    );
    if (name === "" || !/[\p{L}\p{N}]/u.test(name)) return null;
    // "XÃ HỘI CHỦ NGHĨA", "kinh tế - XÃ HỘI": not a commune ("xã Hội Xuân" is one).
    if (unitType === "xã" && /^hoi(?: chu nghia\b|$)/.test(looseKey(name))) return null;
    return { unitType, unitName: nameCase(name) };
  }
  return null;
}

export function isCentralCity(name: string): boolean {
  return CENTRAL_CITIES.includes(looseKey(name).replace(/^(?:thanh pho|tp) /, ""));
}

/**
 * The tier of a unit. A "thành phố" is a province-level city when it is one of the centrally-run
 * cities, else a city within a province (district tier); `sure` is false when only the name says
 * so and no parent body is printed.
 */
export function levelOf(unit: Unit, hasParent: boolean): { level: AdminLevel; sure: boolean } {
  switch (unit.unitType) {
    case "tỉnh":
      return { level: "tỉnh", sure: true };
    case "thành phố":
      if (hasParent) return { level: "huyện", sure: true };
      return isCentralCity(unit.unitName) ? { level: "tỉnh", sure: true } : { level: "huyện", sure: false };
    case "huyện":
    case "quận":
    case "thị xã":
      return { level: "huyện", sure: true };
    case "xã":
    case "phường":
    case "thị trấn":
    case "đặc khu":
      return { level: "xã", sure: true };
  }
}

/** The People's Committee bodies named in header text: "ỦY BAN NHÂN DÂN QUẬN 7 ỦY BAN NHÂN DÂN PHƯỜNG AN PHÚ". */
export function committeeDesignations(text: string): string[] {
  const parts = cleanText(text).split(/(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|\bUBND\b/iu);
  return parts.map((p) => cleanText(p.replace(/^[\s,.;:-]+/u, ""))).filter((_, i) => i > 0);
}
