import { LegacyEncoding, decodeLegacy, isUnicodeVietnamese, legacyMarks } from "../text/legacyEncoding";
import { Grid, GridCell } from "./grid";

/**
 * A sheet typed in a legacy Vietnamese encoding (VNI-Windows, TCVN3) read as the Unicode it means.
 * Decided for the sheet as a whole: at least three texts carry the encoding's marks and hardly any
 * holds Unicode Vietnamese (a sheet mixing both keeps its Unicode cells as they are). Rows and columns
 * stay, and so does the sheet's name: Nguồn must name the sheet as the workbook does.
 */
export function withUnicodeText(grid: Grid): { grid: Grid; encoding: LegacyEncoding | null; cells: number } {
  let vni = 0;
  let tcvn3 = 0;
  let unicode = 0;
  let nonAscii = 0;
  const look = (t: string) => {
    if (!/[^ -~\t\n\r]/.test(t)) return;
    nonAscii++;
    if (isUnicodeVietnamese(t)) {
      unicode++;
      return;
    }
    const m = legacyMarks(t);
    if (m.vni >= 2 || (m.vni >= 1 && t.length <= 12)) vni++;
    if (m.tcvn3 >= 2 || (m.tcvn3 >= 1 && t.length <= 12)) tcvn3++;
  };
  look(grid.sheet);
  // Most sheets are Unicode: fifty texts of it and none of a legacy encoding settle it.
  for (const row of grid.rows) {
    for (const v of row) if (typeof v === "string") look(v);
    if (unicode >= 50 && vni + tcvn3 === 0) return { grid, encoding: null, cells: 0 };
  }
  const best = Math.max(vni, tcvn3);
  // Headings typed in Unicode over rows typed in the old font ("Nội dung" over "Tuyªn truyÒn …"): five legacy texts at
  // least, and each cell is decoded only where it is not Unicode already.
  const mixed = unicode > nonAscii * 0.2;
  if (best < 3 || best < (nonAscii - unicode) * 0.5 || (mixed && best < 5)) return { grid, encoding: null, cells: 0 };
  const encoding: LegacyEncoding = vni >= tcvn3 ? "VNI" : "TCVN3";
  let cells = 0;
  const decode = (v: GridCell): GridCell => {
    if (typeof v !== "string" || !/[^ -~\t\n\r]/.test(v) || isUnicodeVietnamese(v)) return v;
    const d = capitalsFont(decodeLegacy(v, encoding));
    if (d !== v) cells++;
    return d;
  };
  const rows = grid.rows.map((row) => row.map(decode));
  return { grid: { ...grid, rows }, encoding, cells };
}

/**
 * ".VnTimeH" draws every letter as a capital, so its accented vowels are typed as TCVN3's small ones: "NGàY BắT ĐầU"
 * decoded. Capitals everywhere else in the text say which font it was: all of it in capitals.
 */
function capitalsFont(text: string): string {
  const ascii = text.match(/[A-Za-z]/g) ?? [];
  if (ascii.length < 3 || ascii.some((ch) => ch >= "a" && ch <= "z")) return text;
  return /[\u00C0-\u1EF9]/u.test(text) && text !== text.toLocaleUpperCase("vi") ? text.toLocaleUpperCase("vi") : text;
}
