/**
 * The master-workbook contract (../shared/DESIGN.md): sheet, table and column names that other
 * tools and later quarters rely on, in one place. Every writer and reader goes through these
 * names, so a misspelt column is a type error, not a silently empty cell.
 *
 * `columns` are the contract's own, in order; `added` are this project's additions, which always
 * come after them so that readers going by position are not disturbed.
 */
export const MASTER = {
  plan: {
    sheet: "Kế hoạch",
    table: "KeHoach",
    columns: ["Mã", "Nhóm", "Tên tiêu chí", "Mục tiêu, yêu cầu", "Chỉ tiêu", "Chủ trì", "Phối hợp", "Thời hạn", "Hạn cuối"],
    added: ["Cách tính", "Giá trị năm gốc"],
  },
  tasks: {
    sheet: "Nhiệm vụ",
    table: "NhiemVu",
    columns: [
      "Mã NV",
      "Mã tiêu chí",
      "Nội dung",
      "Chủ trì",
      "Phối hợp",
      "Hạn hoàn thành",
      "Trạng thái",
      "Tiến độ (%)",
      "Ngày hoàn thành",
      "Đánh giá",
      "Minh chứng",
      "Ghi chú",
      "Nguồn",
    ],
    added: [],
  },
  readings: {
    sheet: "Chỉ số",
    table: "ChiSo",
    columns: ["Mã tiêu chí", "Kỳ", "Ngày số liệu", "Tử số", "Mẫu số", "Giá trị", "Chỉ tiêu", "Kết quả", "Minh chứng", "Nguồn"],
    // What the source said beside the figures (the measure's name, its unit, other columns).
    added: ["Ghi chú"],
  },
  deadlines: {
    sheet: "Thời hạn",
    table: "ThoiHan",
    columns: ["Mã tiêu chí", "Mốc", "Hạn", "Yêu cầu", "Thực tế", "Tình trạng"],
    added: [],
  },
  problems: {
    sheet: "Kiểm tra",
    table: "KiemTra",
    columns: ["Mức độ", "Mã lỗi", "Sheet", "Dòng", "Cột", "Giá trị", "Mô tả", "Nguồn"],
    added: [],
  },
  summary: {
    sheet: "Tổng hợp",
    table: "TongHop",
    columns: ["Mã", "Tên tiêu chí", "Chỉ tiêu", "Thực hiện", "Kết quả", "Số nhiệm vụ", "Hoàn thành", "Quá hạn", "Chủ trì"],
    // Why the verdict; the target as a number (the year's, and the next milestone's), which the chart plots.
    added: ["Lý do", "Chỉ tiêu (%)", "Mốc tiếp theo (%)"],
  },
  dossiers: {
    sheet: "Hồ sơ TTHC",
    table: "HoSoTTHC",
    columns: [
      "Lĩnh vực",
      "Từ ngày",
      "Đến ngày",
      "Kỳ trước chuyển sang",
      "Tiếp nhận trực tuyến",
      "Tiếp nhận trực tiếp, bưu chính",
      "Giải quyết trước hạn",
      "Giải quyết đúng hạn",
      "Giải quyết quá hạn",
      "Đang giải quyết trong hạn",
      "Đang giải quyết quá hạn",
      "Trả lại, rút hồ sơ",
      "Nguồn",
    ],
    added: [],
  },
  narrative: {
    sheet: "Nội dung báo cáo",
    table: "NoiDungBaoCao",
    columns: ["Kỳ báo cáo", "Mục", "Nội dung"],
    added: [],
  },
  /** Not in DESIGN's table: the officials' titles that Chủ trì is checked against. */
  officials: {
    sheet: "Danh mục",
    table: "DanhMuc",
    columns: ["Chức danh"],
    /** Who holds the title, typed by the official: a name written as Chủ trì is reported by its title. */
    added: ["Họ và tên"],
  },
} as const;

/** The cells of a task row the Office-Statistics official may correct in the master. */
export const EDITABLE_TASK_COLUMNS = [
  "Chủ trì",
  "Phối hợp",
  "Hạn hoàn thành",
  "Trạng thái",
  "Tiến độ (%)",
  "Ngày hoàn thành",
  "Minh chứng",
  "Ghi chú",
] as const satisfies ReadonlyArray<ColumnOf<typeof MASTER.tasks>>;

/**
 * Not in DESIGN's table, and hidden: the cells an official may correct of each row of Nhiệm vụ,
 * as they came from the officials' workbooks at the last consolidation, under Nhiệm vụ's own
 * headings. A cell of Nhiệm vụ that differs from its row here was edited in the master, and the
 * edit is kept (core/import/keepEdits).
 */
export const IMPORTED_TASKS = {
  sheet: "Giá trị nhập",
  table: "GiaTriNhap",
  columns: ["Mã NV", ...EDITABLE_TASK_COLUMNS, "Nguồn"] as const satisfies ReadonlyArray<ColumnOf<typeof MASTER.tasks>>,
  added: [],
} as const;

/** A second table below Tổng hợp's main one: per official. */
export const SUMMARY_BY_OFFICIAL = {
  table: "TongHopCanBo",
  columns: ["STT", "Cán bộ, bộ phận chủ trì", "Được giao", "Hoàn thành", "Đúng hạn", "Quá hạn"],
  // The rest of the tasks, so the four parts add up to Được giao (the chart stacks them).
  added: ["Trễ hạn", "Chưa đến hạn"],
} as const;

/** A third table of Tổng hợp: the early warnings (all ours, none in the contract). */
export const SUMMARY_WARNINGS = {
  table: "TongHopCanhBao",
  columns: [],
  added: ["Mã", "Cảnh báo", "Loại", "Hạn", "Chủ trì"],
} as const;

export type MasterSheetKey = keyof typeof MASTER;
/** A table of the contract: its columns, then ours. */
export type TableDef = { readonly columns: readonly string[]; readonly added: readonly string[] };
type Def = TableDef;

/** Every column of a table, the contract's and ours. */
export type ColumnOf<D extends Def> = D["columns"][number] | D["added"][number];
export type MasterColumn<K extends MasterSheetKey> = ColumnOf<(typeof MASTER)[K]>;

/** A table's columns in the order they are written: the contract's, then the additions. */
export function columnOrder<D extends Def>(def: D): ReadonlyArray<ColumnOf<D>> {
  return [...def.columns, ...def.added] as ReadonlyArray<ColumnOf<D>>;
}

/** The sheet names the contract fixes, in the master's order (Tổng hợp first, as written). */
export const MASTER_SHEET_NAMES: readonly string[] = Object.values(MASTER).map((s) => s.sheet);
