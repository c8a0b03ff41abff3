import { Paragraph, Table } from "docx";
import { GridCellSpec, borderedTable, dash, numbered, para, twoColumns } from "./word";

/**
 * The content of the Word fixtures: Kế hoạch 49/KH-UBND of xã Tân Bình in its own words (three of
 * its items), and a ward's plan whose tasks are an appendix table.
 */

const b = (text: string) => para({ text, bold: true }, { center: true });

function header(unit: string, number: string, placeDate: string): Table {
  return twoColumns([
    [
      [b("ỦY BAN NHÂN DÂN"), b(unit), b("-------")],
      [b("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), b("Độc lập - Tự do - Hạnh phúc"), b("---------------")],
    ],
    [[para(`Số: ${number}`, { center: true })], [para({ text: placeDate, italic: true }, { center: true })]],
  ]);
}

function closing(recipients: string[], signer: string): Table {
  return twoColumns([
    [
      [para({ text: "Nơi nhận:", bold: true }), ...recipients.map((r) => para(r, { numbering: dash }))],
      [b("TM. ỦY BAN NHÂN DÂN"), b("CHỦ TỊCH"), para(""), para(""), b(signer)],
    ],
  ]);
}

/** Kế hoạch 49/KH-UBND in Word: items 1.1, 1.2 and 2.1, numbered by Word. */
export function kh49Word(): Array<Paragraph | Table> {
  return [
    header("XÃ TÂN BÌNH", "49/KH-UBND", "Tân Bình, ngày 29 tháng 9 năm 2021"),
    b("KẾ HOẠCH"),
    b("Khắc phục tồn tại, hạn chế và cải thiện, nâng cao Chỉ số cải cách hành chính của huyện, xã năm 2021 và những năm tiếp theo"),
    para(
      "Thực hiện Kế hoạch số 120/KH-UBND ngày 24/9/2021 của Ủy ban nhân dân huyện về khắc phục tồn tại, hạn chế và cải thiện, nâng cao Chỉ số cải cách hành chính của tỉnh, huyện năm 2021 và những năm tiếp theo.",
    ),
    para({ text: "MỤC ĐÍCH, YÊU CẦU.", bold: true }, { numbering: numbered(0) }),
    para("Nâng cao hiệu quả CCHC trên địa bàn xã; khắc phục những tồn tại, hạn chế trong kết quả đánh giá Chỉ số CCHC năm 2020.", {
      numbering: dash,
    }),
    para({ text: "NHIỆM VỤ VÀ GIẢI PHÁP.", bold: true }, { numbering: numbered(0) }),
    para(
      { text: "Tập trung khắc phục, cải thiện các tiêu chí, tiêu chí thành phần còn tồn tại, hạn chế.", bold: true },
      { numbering: numbered(1) },
    ),
    para(
      { text: "Tiêu chí “Thực hiện kế hoạch CCHC” - Nâng cao tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4.", bold: true },
      { numbering: numbered(2) },
    ),
    para("Mục tiêu, yêu cầu: Nâng cao tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4.", { numbering: numbered(3) }),
    para("Nhiệm vụ, giải pháp:", { numbering: numbered(3) }),
    para(
      "Công chức Văn hóa-Xã hội phụ trách lĩnh vực Văn hóa thông tin tuyên truyền trên hệ thống loa phát thanh về các TTHC được cung cấp dịch vụ công mức độ 3, 4.",
      { numbering: dash },
    ),
    para(
      "Bộ phận Tiếp nhận và trả kết quả xã hướng dẫn tố chức, cá nhân sử dụng dịch vụ công trực tuyến mức độ 3, 4 liên quan đến lĩnh vực mình phụ trách.",
      {
        numbering: dash,
      },
    ),
    para("Phân công trách nhiệm:", { numbering: numbered(3) }),
    para("Chủ trì: Công chức Văn hóa-Xã hội.", { numbering: dash }),
    para("Phối hợp: Bộ phận Tiếp nhận và trả kết quả xã.", { numbering: dash }),
    para("Thời gian thực hiện/hoàn thành: Trong năm 2021.", { numbering: numbered(3) }),
    para(
      {
        text: "Tiêu chí thành phần “Tỷ lệ hồ sơ TTHC do ủy ban nhân dân cấp xã tiếp nhận trong năm được giải quyết đúng hạn”.",
        bold: true,
      },
      { numbering: numbered(2) },
    ),
    para("Mục tiêu, yêu cầu: 100% hô sơ TTHC được giải quyết đúng hạn.", { numbering: numbered(3) }),
    para("Nhiệm vụ, giải pháp:", { numbering: numbered(3) }),
    para("Tổ chức thực hiện tốt việc giải quyết hồ sơ TTHC cho người dân, tổ chức, hướng đến giảm tỷ lệ hồ sơ trễ hạn.", {
      numbering: dash,
    }),
    para("Phân công trách nhiệm:", { numbering: numbered(3) }),
    para("Chủ trì: Công chức Văn phòng-Thống kê.", { numbering: dash }),
    para("Thực hiện: Bộ phận Tiếp nhận và trả kết quả xã.", { numbering: dash }),
    para("Thời gian thực hiện/hoàn thành: Trong năm 2021 và những năm tiếp theo.", { numbering: numbered(3) }),
    para(
      {
        text: "Cải thiện, nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (Chỉ số SIPAS).",
        bold: true,
      },
      { numbering: numbered(1) },
    ),
    para({ text: "Chỉ số hài lòng về tiếp cận dịch vụ.", bold: true }, { numbering: numbered(2) }),
    para("Mục tiêu, yêu cầu: Chỉ số hài lòng về tiếp cận dịch vụ tăng so với năm 2020.", { numbering: numbered(3) }),
    para("Nhiệm vụ, giải pháp:", { numbering: numbered(3) }),
    para(
      "Cung cấp đầy đủ, kịp thời thông tin để người dân, tổ chức biết về Bộ phận Tiếp nhận và trả kết quả xã khi tiếp nhận, giải quyết TTHC.",
      { numbering: dash },
    ),
    para("Thời gian thực hiện/hoàn thành: Trong năm 2021 và các năm tiếp theo.", { numbering: numbered(3) }),
    para({ text: "TỔ CHỨC THỰC HIỆN.", bold: true }, { numbering: numbered(0) }),
    para("Giao công chức Văn phòng-Thống kê làm đầu mối theo dõi, đôn đốc việc triển khai thực hiện kế hoạch."),
    closing(["Phòng Nội vụ;", "Đảng ủy xã;", "Lưu: VT."], "Trương Minh Thắng"),
  ];
}

/** The appendix table of tasks, shared by the Word file and the workbook. */
export const TASK_TABLE: GridCellSpec[][] = [
  ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
  ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
  ["I", { text: "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)", span: 5 }],
  ["1.1", { text: "Tiêu chí “Công tác chỉ đạo, điều hành cải cách hành chính”", span: 5 }],
  [
    "1",
    "Ban hành Kế hoạch cải cách hành chính năm 2025",
    "Công chức Văn phòng-Thống kê",
    "Các bộ phận chuyên môn",
    "31/01/2025",
    "Kế hoạch",
  ],
  ["2", "Báo cáo kết quả cải cách hành chính hằng quý", { text: "CC VP-TK", mergeDown: true }, "", "Hằng quý", "Báo cáo"],
  ["3", "Kiểm tra công tác cải cách hành chính tại các khu phố", "continue", "Công an phường", "Quý III/2025", "Biên bản kiểm tra"],
  ["1.2", { text: "Tiêu chí thành phần “Tỷ lệ hồ sơ giải quyết đúng hạn”", span: 5 }],
  ["1", "Theo dõi, đôn đốc giải quyết hồ sơ đúng hạn", "Bộ phận Một cửa", "Công chức có liên quan", "Thường xuyên", "Báo cáo tháng"],
  ["II", { text: "CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS)", span: 5 }],
  ["2.1", { text: "Chỉ số hài lòng về tiếp cận dịch vụ", span: 5 }],
  [
    "1",
    "Bố trí ghế ngồi, nước uống tại Bộ phận Một cửa",
    "Chủ tịch UBND phường",
    "Công chức Tài chính-Kế toán",
    "Tháng 6/2025",
    "Khu vực chờ đạt chuẩn",
  ],
  ["2", "Khảo sát sự hài lòng của người dân", "CT UBND", "", "Khi có yêu cầu", "Phiếu khảo sát"],
];

export const CAPTION = "(Kèm theo Kế hoạch số 31/KH-UBND ngày 15/01/2025 của Ủy ban nhân dân phường Linh Xuân)";

/** A ward's plan whose tasks are an appendix table ("Phụ lục: Danh mục nhiệm vụ"). */
export function tablePlanWord(): Array<Paragraph | Table> {
  return [
    header("PHƯỜNG LINH XUÂN", "31/KH-UBND", "Linh Xuân, ngày 15 tháng 01 năm 2025"),
    b("KẾ HOẠCH"),
    b("Cải cách hành chính năm 2025 của phường Linh Xuân"),
    para("Căn cứ Kế hoạch cải cách hành chính năm 2025 của Ủy ban nhân dân Thành phố; Ủy ban nhân dân phường ban hành Kế hoạch như sau:"),
    para({ text: "I. MỤC ĐÍCH, YÊU CẦU", bold: true }),
    para("Nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức năm 2025."),
    para({ text: "II. NHIỆM VỤ, GIẢI PHÁP", bold: true }),
    para("Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này."),
    closing(["UBND Thành phố;", "Lưu: VT."], "Nguyễn Thị Lan"),
    para({ text: "PHỤ LỤC", bold: true }, { center: true, pageBreak: true }),
    b("DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025"),
    para({ text: CAPTION, italic: true }, { center: true }),
    borderedTable(TASK_TABLE),
  ];
}
