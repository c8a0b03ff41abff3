import { cleanText, looseKey } from "../text/normalize";
import { Grid, cellText } from "./grid";

const HEAD_ROWS = 5;
// "UBND XÃ TÂN PHÚ", "ỦY BAN NHÂN DÂN PHƯỜNG HÒA KHÁNH BẮC - QUẬN LIÊN CHIỂU", "Đơn vị báo cáo: UBND xã Hòa Bình": the unit
// a workbook is of, by its heading lines; the name ends at a dash, a bracket, a comma or the district's name.
// Typed without marks too ("UBND XA THUAN HOA"): the same unit, its key the same.
const UNIT =
  /^(?:(?:đơn vị(?: báo cáo)?|don vi(?: bao cao)?|cơ quan|co quan)\s*:\s*)?(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|uy ban nhan dan)\s+(xã|phường|thị trấn|xa|phuong|thi tran)\s+(\p{L}[\p{L}\s]{1,40}?)\s*(?=$|[-–,;:()/]|\s(?:huyện|quận|thị xã|thành phố|tỉnh|huyen|quan|thi xa|thanh pho|tinh)\b)/iu;

// The kind of unit as written with its marks, whichever way it was typed.
const KIND: Record<string, string> = { xa: "xã", phuong: "phường", "thi tran": "thị trấn" };

/** The commune, ward or town a workbook's heading lines name ("xã tân phú" as a key, and as written); null if none. */
export function unitOfGrids(grids: readonly Grid[]): { key: string; name: string } | null {
  const seen = new Map<string, { name: string; n: number }>();
  for (const grid of grids)
    for (const row of grid.rows.slice(0, HEAD_ROWS))
      for (const v of row) {
        // A heading line opens with the unit ("UBND XÃ TÂN PHÚ⏎Số: 215/BC-UBND": its first line); "Phó Chủ tịch UBND xã
        // phụ trách …" and "Kính gửi: UBND xã …" name one in passing, or another, addressed.
        const t = cleanText(cellText(v ?? null).split("\n")[0] ?? "");
        const m = t === "" ? null : UNIT.exec(t);
        if (!m) continue;
        const key = looseKey(`${m[1]} ${m[2]}`);
        const name = `UBND ${KIND[looseKey(m[1])] ?? m[1].toLowerCase()} ${m[2].trim()}`;
        seen.set(key, { name: seen.get(key)?.name ?? name, n: (seen.get(key)?.n ?? 0) + 1 });
      }
  let best: { key: string; name: string; n: number } | null = null;
  for (const [key, v] of seen) if (best === null || v.n > best.n) best = { key, ...v };
  return best === null ? null : { key: best.key, name: best.name };
}
