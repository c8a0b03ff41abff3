import { looseKey } from "../text/normalize";
import { Grid } from "./grid";

/**
 * An import template's guide: a row per column of the data sheet ("Tên cột | Mô tả | Bắt buộc |
 * Ví dụ": "Hạn hoàn thành | Định dạng dd/mm/yyyy | Có | 30/11/2021"). Its example cells look like a
 * task turned on its side, but it says how to fill the template, not what was done.
 */
const NAME_HEADING = /^(?:ten cot|cot|cot du lieu|ten truong|truong|truong du lieu|truong thong tin|field|column)$/;
const ABOUT_HEADING =
  /^(?:mo ta|y nghia|giai thich|cach nhap|cach ghi|huong dan(?: nhap| ghi)?|noi dung (?:nhap|can nhap)|dinh dang|kieu du lieu|description)$/;

const SCAN_ROWS = 10;

/** The guide's header row, where the sheet is one. */
export function guideHeaderRow(grid: Grid): number | null {
  for (let r = 1; r <= Math.min(grid.rows.length, SCAN_ROWS); r++) {
    const keys = (grid.rows[r - 1] ?? []).map((v) => (typeof v === "string" && v.length < 40 ? looseKey(v) : ""));
    if (keys.some((k) => NAME_HEADING.test(k)) && keys.some((k) => ABOUT_HEADING.test(k))) return r;
  }
  return null;
}
