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

// "Hướng dẫn", "HD ghi", "Cách ghi", "Đọc trước": a sheet named as the guide to filling the workbook.
const GUIDE_NAME =
  /^(?:hd|hdan|huong dan)(?: (?:ghi|nhap|dien|su dung|lap|ghi chep|cach ghi|cach nhap|ghi bieu|ghi bang|nhap lieu))?$|^(?:cach ghi|read ?me|doc truoc|doc ky truoc khi ghi)$/;
// "HƯỚNG DẪN GHI BẢNG THEO DÕI", "Hướng dẫn nhập liệu", "Cách ghi biểu": a title saying so.
const GUIDE_TITLE = /^(?:huong dan (?:ghi|nhap|dien|su dung|lap|cach ghi|cach nhap|ghi chep)|cach ghi)\b/;

/**
 * A sheet of instructions for filling the workbook in ("1. Mỗi nhiệm vụ ghi một dòng …"), by its name
 * or its title; its numbered lines are rules, never tasks. The row that says so (0 for the name), or
 * null. A sheet holding a table of its own (rows of three cells or more) is not one.
 */
export function instructionsRow(grid: Grid): number | null {
  let tableRows = 0;
  for (const row of grid.rows) if (row.filter((v) => v !== null && v !== "").length >= 3 && ++tableRows >= 3) return null;
  if (GUIDE_NAME.test(looseKey(grid.sheet))) return 0;
  for (let r = 1; r <= Math.min(grid.rows.length, 3); r++) {
    const filled = (grid.rows[r - 1] ?? []).filter((v) => v !== null && v !== "");
    if (filled.length === 0) continue;
    return filled.length === 1 && typeof filled[0] === "string" && filled[0].length <= 120 && GUIDE_TITLE.test(looseKey(filled[0]))
      ? r
      : null;
  }
  return null;
}

// "Ghi chú", "Lưu ý", "Chú ý", "Notes": a sheet named as the keeper's notes or reminders.
const NOTES_NAME = /^(?:ghi chu|luu y|chu y|notes?|nhat ky ghi chu)(?: (?:chung|nguoi theo doi|\d{1,4}))?$/;
// "LƯU Ý KHI CẬP NHẬT SỔ", "Ghi chú của người theo dõi:": a title saying so.
const NOTES_TITLE = /^(?:ghi chu|luu y|chu y)(?: (?:khi|cua|ve|chung)\b.*)?$/;

/**
 * A sheet of the keeper's notes or reminders ("- Tháng 7 mất điện 2 tuần …", "1. Cập nhật cột Tiến độ trước ngày
 * 10 …"), by its name or its title, one line a row and no table: remarks, never tasks. The row that says so (0 for
 * the name), or null.
 */
export function notesRow(grid: Grid): number | null {
  for (const row of grid.rows) if (row.filter((v) => v !== null && v !== "").length >= 2) return null;
  if (NOTES_NAME.test(looseKey(grid.sheet))) return 0;
  for (let r = 1; r <= Math.min(grid.rows.length, 3); r++) {
    const filled = (grid.rows[r - 1] ?? []).filter((v) => v !== null && v !== "");
    if (filled.length === 0) continue;
    return typeof filled[0] === "string" && filled[0].length <= 80 && NOTES_TITLE.test(looseKey(filled[0].replace(/:\s*$/, ""))) ? r : null;
  }
  return null;
}
