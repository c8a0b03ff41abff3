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
  "old-xls": "Tệp Excel 97-2003 (.xls) không đọc được trực tiếp: hãy mở bằng Excel và lưu lại dạng .xlsx.",
  encrypted: "Tệp được đặt mật khẩu mở: hãy gỡ mật khẩu (File › Info › Protect Workbook) rồi thử lại.",
  xlsb: "Tệp Excel nhị phân (.xlsb): hãy lưu lại dạng .xlsx.",
  ods: "Tệp OpenDocument (.ods): hãy lưu lại dạng .xlsx.",
  "not-workbook": "Không phải tệp Excel (nội dung là văn bản hoặc định dạng khác, có thể là CSV bị đổi tên).",
  corrupt: "Tệp hỏng hoặc bị cắt cụt: không giải nén được.",
  "no-worksheets": "Không tìm thấy sheet nào đọc được trong tệp (cấu trúc gói không chuẩn).",
  unsafe: "Tệp chứa khai báo XML không an toàn (DOCTYPE/ENTITY) nên không được mở.",
  "too-large": "Tệp quá lớn để đọc an toàn.",
  timeout: "Đọc tệp quá thời gian cho phép nên đã dừng.",
  damaged: "Tệp bị hỏng hoặc quá lớn: một phần bên trong không giải nén được trong giới hạn an toàn.",
  "out-of-memory": "Đọc tệp cần quá nhiều bộ nhớ nên đã dừng.",
  unreadable: "Không đọc được nội dung tệp.",
};

export interface BadFile {
  file: string;
  reason: BadFileReason;
  /** The Vietnamese explanation, with detail where there is some. */
  message: string;
}

export function badFile(file: string, reason: BadFileReason, detail?: string): BadFile {
  return { file, reason, message: detail ? `${BAD_FILE_MESSAGES[reason]} (${detail})` : BAD_FILE_MESSAGES[reason] };
}
