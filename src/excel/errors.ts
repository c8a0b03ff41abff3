/** Excel's error codes in words a commune official can act on; never a stack. */
const MESSAGES: Record<string, { vi: string; en: string }> = {
  InvalidOperationInCellEditMode: {
    vi: "Excel đang ở chế độ sửa ô. Hãy thoát chế độ sửa ô (nhấn Enter hoặc Esc) rồi thử lại.",
    en: "Excel is editing a cell. Press Enter or Esc, then try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    vi: "Dữ liệu gửi vào Excel quá lớn cho một lần. Hãy thử lại với ít tệp hơn.",
    en: "Too much data for one request. Try with fewer files.",
  },
  ItemAlreadyExists: {
    vi: "Đã có một sheet hoặc bảng trùng tên. Hãy đổi tên sheet/bảng đó rồi thử lại.",
    en: "A sheet or table with that name already exists. Rename it and try again.",
  },
  ItemNotFound: {
    vi: "Không tìm thấy sheet hoặc bảng cần dùng. Hãy ghi lại Kế hoạch và dữ liệu trước.",
    en: "A sheet or table is missing. Write the plan and data first.",
  },
  AccessDenied: {
    vi: "Sheet hoặc sổ đang được bảo vệ. Hãy bỏ bảo vệ rồi thử lại.",
    en: "The sheet or workbook is protected. Unprotect it and try again.",
  },
  InvalidArgument: {
    vi: "Excel không chấp nhận thao tác này (ví dụ bảng chồng lên ô gộp hoặc bảng khác). Hãy bỏ gộp ô rồi thử lại.",
    en: "Excel rejected the operation (for example a table over merged cells or another table).",
  },
  InvalidOperation: { vi: "Excel không cho phép thao tác này lúc này.", en: "Excel does not allow this operation now." },
  GeneralException: {
    vi: "Excel gặp lỗi khi thực hiện. Hãy lưu sổ và thử lại.",
    en: "Excel hit an error. Save the workbook and try again.",
  },
};

export function excelErrorCode(e: unknown): string | null {
  if (typeof e === "object" && e !== null && "code" in e && typeof (e as { code: unknown }).code === "string")
    return (e as { code: string }).code;
  return null;
}

/** Where a few codes happen says more than the code: a table name taken is not a sheet name taken. */
const BY_LOCATION: Record<string, { vi: string; en: string }> = {
  "ItemAlreadyExists@Table.name": {
    vi: "Trong sổ đã có một bảng trùng tên với bảng của sổ tổng hợp (KeHoach, NhiemVu, ChiSo, ThoiHan, KiemTra, TongHop, DanhMuc), có thể ở một sheet đã đổi tên. Hãy đổi tên bảng đó (bấm vào bảng, thẻ Thiết kế Bảng › Tên Bảng) rồi thử lại.",
    en: "The workbook already has a table with the name of one of the master's tables (KeHoach, NhiemVu, ChiSo, ThoiHan, KiemTra, TongHop, DanhMuc), perhaps on a renamed sheet. Rename that table (Table Design › Table Name), then try again.",
  },
};

function errorLocation(e: unknown): string | null {
  const info = typeof e === "object" && e !== null ? (e as { debugInfo?: { errorLocation?: unknown } }).debugInfo : undefined;
  return typeof info?.errorLocation === "string" ? info.errorLocation : null;
}

export function explainExcelError(e: unknown, lang: "vi" | "en" = "vi"): string {
  const code = excelErrorCode(e);
  const known = (code ? BY_LOCATION[`${code}@${errorLocation(e)}`] : undefined) ?? (code ? MESSAGES[code] : undefined);
  if (known) return known[lang];
  return lang === "vi"
    ? "Có lỗi khi làm việc với Excel. Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ và mở lại."
    : "Something went wrong in Excel. Try again; if it persists, save and reopen the workbook.";
}
