/** Why a file could not be read: a closed list, each with what the user can do about it. */
export type BadFileReason =
  | "empty"
  | "old-xls"
  | "encrypted"
  | "xlsb"
  | "ods"
  | "not-workbook"
  | "corrupt"
  | "no-worksheets"
  | "unsafe"
  | "too-large"
  | "timeout"
  | "damaged"
  | "out-of-memory"
  | "unreadable";

export const BAD_FILE_MESSAGES: Record<BadFileReason, string> = {
  empty: "Tệp rỗng (0 byte).",
  "old-xls": "Tệp Excel 5.0/95 hoặc cũ hơn (.xls) không đọc được trực tiếp: hãy mở bằng Excel và lưu lại dạng .xlsx.",
  encrypted:
    "Tệp được đặt mật khẩu mở: hãy mở tệp bằng Excel, vào Tệp › Thông tin › Bảo vệ Sổ làm việc › Mã hóa bằng Mật khẩu, xóa mật khẩu, lưu lại rồi thử lại.",
  xlsb: "Tệp Excel nhị phân (.xlsb): hãy lưu lại dạng .xlsx.",
  ods: "Tệp OpenDocument không phải bảng tính (.odt, .odp): hãy mở bảng tính bằng LibreOffice Calc và lưu dạng .ods hoặc .xlsx.",
  "not-workbook":
    "Không phải tệp Excel (nội dung là văn bản hoặc định dạng khác, có thể là tệp CSV): hãy mở bằng Excel rồi lưu dưới dạng .xlsx (Tệp › Lưu như › Sổ làm việc Excel).",
  corrupt: "Tệp hỏng hoặc bị cắt cụt: không giải nén được.",
  "no-worksheets": "Không tìm thấy sheet nào đọc được trong tệp (cấu trúc gói không chuẩn).",
  unsafe: "Tệp chứa khai báo XML không an toàn (DOCTYPE/ENTITY) nên không được mở.",
  "too-large": "Tệp quá lớn để đọc an toàn.",
  timeout: "Đọc tệp quá thời gian cho phép nên đã dừng.",
  damaged: "Tệp bị hỏng hoặc quá lớn: một phần bên trong không giải nén được trong giới hạn an toàn.",
  "out-of-memory": "Đọc tệp cần quá nhiều bộ nhớ nên đã dừng.",
  unreadable: "Không đọc được nội dung tệp.",
};

/** The same in English, for the pane's English. */
export const BAD_FILE_MESSAGES_EN: Record<BadFileReason, string> = {
  empty: "The file is empty (0 bytes).",
  "old-xls": "An Excel 5.0/95 or older file (.xls): open it in Excel and save it as .xlsx.",
  encrypted:
    "The file has an opening password: in Excel, File › Info › Protect Workbook › Encrypt with Password, clear the password, save, then try again.",
  xlsb: "A binary Excel file (.xlsb): save it as .xlsx.",
  ods: "An OpenDocument file that is not a spreadsheet (.odt, .odp): open the spreadsheet in LibreOffice Calc and save it as .ods or .xlsx.",
  "not-workbook": "Not an Excel file (text or another format; perhaps a CSV): open it in Excel and save it as .xlsx.",
  corrupt: "The file is damaged or cut short: it cannot be unpacked.",
  "no-worksheets": "No readable sheet in the file (the package is not standard).",
  unsafe: "The file declares unsafe XML (DOCTYPE/ENTITY), so it was not opened.",
  "too-large": "The file is too large to read safely.",
  timeout: "Reading the file took longer than allowed, so it was stopped.",
  damaged: "The file is damaged or too large: a part of it cannot be unpacked within the safe limits.",
  "out-of-memory": "Reading the file needed too much memory, so it was stopped.",
  unreadable: "The file's content could not be read.",
};

export interface BadFile {
  file: string;
  reason: BadFileReason;
  /** The Vietnamese explanation, with detail where there is some. */
  message: string;
  /** Detail given by the reader, if any (a part's name, a limit). */
  detail?: string;
}

export function badFile(file: string, reason: BadFileReason, detail?: string): BadFile {
  return {
    file,
    reason,
    message: detail ? `${BAD_FILE_MESSAGES[reason]} (${detail})` : BAD_FILE_MESSAGES[reason],
    ...(detail ? { detail } : {}),
  };
}

/** Why a file could not be read, in the user's language. */
export function badFileText(bad: BadFile, lang: "vi" | "en"): string {
  if (lang === "vi") return bad.message;
  return bad.detail ? `${BAD_FILE_MESSAGES_EN[bad.reason]} (${bad.detail})` : BAD_FILE_MESSAGES_EN[bad.reason];
}
