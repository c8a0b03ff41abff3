/**
 * Writes examples/: officials' tracking workbooks for Kế hoạch 49/KH-UBND, each in its own
 * layout as real ones are (titles in merged rows, two-level headers, headers without
 * diacritics, decomposed Unicode, one sheet per quarter, totals and signature footers,
 * hidden columns, the 1904 date system, cached formula results), covering all twelve items.
 *   npm run examples
 */
import ExcelJS from "exceljs";
import { mkdirSync } from "fs";
import { join } from "path";
import { Cell, boldRow, d, dataRows, footer, title, widths } from "./examples/builders";

const OUT = join(__dirname, "..", "..", "examples");

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "UBND xã Tân Bình";
  wb.created = wb.modified = new Date(Date.UTC(2021, 11, 15));
  return wb;
}

async function save(wb: ExcelJS.Workbook, name: string): Promise<void> {
  await wb.xlsx.writeFile(join(OUT, name));
  console.log(`examples/${name}`);
}

/** Công chức Văn phòng-Thống kê: one sheet per quarter, two-level header, a hidden note column. */
async function vanPhong(): Promise<void> {
  const wb = workbook();
  const quarters: Array<[string, boolean]> = [
    ["Quý III", false],
    ["Quý IV", true],
  ];
  for (const [name, later] of quarters) {
    const ws = wb.addWorksheet(name);
    title(ws, 1, "UBND XÃ TÂN BÌNH", 3, 11);
    title(ws, 2, "BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH 49/KH-UBND VỀ CẢI THIỆN CHỈ SỐ CCHC", 11, 13);
    title(ws, 3, `${name} năm 2021 - Công chức Văn phòng-Thống kê`, 11, 11);
    boldRow(ws, 5, [
      "STT",
      "Tiêu chí",
      "Nội dung công việc",
      "Phân công",
      null,
      "Thời hạn",
      "Tiến độ (%)",
      "Trạng thái",
      "Ngày hoàn thành",
      "Minh chứng",
      "Ghi chú",
    ]);
    boldRow(ws, 6, [null, null, null, "Chủ trì", "Phối hợp", null, null, null, null, null, null]);
    for (const c of [1, 2, 3, 6, 7, 8, 9, 10, 11]) ws.mergeCells(5, c, 6, c);
    ws.mergeCells(5, 4, 5, 5);
    boldRow(ws, 7, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"]);
    const rows: Cell[][] = [
      [
        1,
        "1.2",
        "Rà soát, giải quyết hồ sơ TTHC đúng hạn; xin lỗi người dân khi trễ hẹn",
        "CC VP-TK",
        "BP TN&TKQ",
        "Trong năm 2021",
        later ? 100 : 70,
        later ? "Đã HT" : "đang TH",
        later ? d(30, 11, 2021) : null,
        later ? "Báo cáo số 112/BC-UBND" : "",
        "",
      ],
      [
        2,
        "TC 1.2",
        "Kiểm tra, xử lý cán bộ nhũng nhiễu, yêu cầu nộp thêm giấy tờ ngoài quy định",
        "CT UBND xã",
        "VP - TK",
        d(31, 12, 2021),
        later ? 60 : 30,
        "đang TH",
        null,
        "",
        "- Đã nhắc nhở 01 trường hợp",
      ],
      [],
      [
        3,
        "TCTP 1.3",
        "Rà soát đội ngũ cán bộ, công chức theo chức danh, tham mưu cử đi đào tạo, bồi dưỡng",
        "VP - TK",
        "",
        "30/11/2021",
        later ? 100 : 50,
        later ? "Hoàn thành" : "Đang thực hiện",
        later ? "25/11/2021" : null,
        later ? "Tờ trình 45/TTr-UBND" : "",
        "",
      ],
      [
        4,
        "1.3",
        "Cử 02 cán bộ, 02 công chức học lớp bồi dưỡng chức danh",
        "CC VP-TK",
        "",
        "Quý IV/2021",
        later ? 50 : 0,
        later ? "đang TH" : "chưa TH",
        null,
        "",
        later ? "=> chờ lớp của huyện" : "",
      ],
      [
        5,
        "TCTP 1.5",
        "Gửi, nhận văn bản điện tử giữa các cơ quan; chỉ gửi kèm bản giấy khi pháp luật yêu cầu",
        "CC VP-TK",
        "Cán bộ, công chức xã",
        d(31, 10, 2021),
        100,
        "xong",
        d(29, 10, 2021),
        "Sổ theo dõi văn bản đi",
        "",
      ],
      [
        6,
        "Tiêu chí 2.3",
        "Chấn chỉnh kỷ luật, kỷ cương hành chính tại Bộ phận Một cửa",
        "CC VP-TK",
        "BP TN&TKQ",
        "Quý IV/2021",
        later ? 100 : 40,
        later ? "Đã hoàn thành" : "đang TH",
        later ? d(10, 12, 2021) : null,
        later ? "Kế hoạch kiểm tra 18/KH-UBND" : "",
        "",
      ],
      [
        7,
        "2.3",
        "Phân công lãnh đạo theo dõi hoạt động của Bộ phận Tiếp nhận và trả kết quả",
        "VP - TK",
        "",
        d(15, 10, 2021),
        100,
        "Đã HT",
        d(12, 10, 2021),
        "Quyết định 210/QĐ-UBND",
        "",
      ],
      [
        8,
        "2.4",
        "Công khai xin lỗi người dân khi giải quyết TTHC sai sót, quá hạn",
        "CC VP-TK",
        "BP TN&TKQ",
        "Thường xuyên",
        100,
        "Đã HT",
        d(20, 11, 2021),
        "",
        "",
      ],
      [
        9,
        "2.4",
        "Triển khai đánh giá chất lượng giải quyết TTHC theo Nghị định 61/2018/NĐ-CP",
        "CC VP-TK",
        "BP TN&TKQ",
        "trước ngày 15/11/2021",
        later ? 80 : 20,
        "đang TH",
        null,
        "",
        "",
      ],
      [
        10,
        "2.5",
        "Công khai số điện thoại đường dây nóng của lãnh đạo UBND xã",
        "CC VP-TK",
        "",
        d(31, 10, 2021),
        100,
        "Hoàn thành",
        d(5, 10, 2021),
        "Thông báo 33/TB-UBND",
        "",
      ],
      [
        11,
        "2.5",
        "Trả lời phản ánh, kiến nghị và công khai trên Trang thông tin điện tử xã",
        "Ông Lê Văn Tư",
        "BP TN&TKQ",
        "Quý IV/2021",
        later ? 100 : 0,
        later ? "Đã HT" : "chưa TH",
        later ? d(1, 12, 2021) : null,
        later ? "Trang TTĐT xã" : "",
        "",
      ],
    ];
    const end = dataRows(ws, 8, rows);
    ws.getCell(end, 3).value = "Tổng cộng: 11 nhiệm vụ";
    ws.getCell(end, 3).font = { bold: true };
    footer(ws, end + 2, "Tân Bình", later ? d(15, 12, 2021) : d(14, 9, 2021), "Nguyễn Thị Lan");
    widths(ws, [5, 10, 52, 16, 16, 14, 9, 14, 13, 26, 20]);
    ws.getColumn(11).hidden = true;
  }
  await save(wb, "VPTK_theo-doi-CCHC-2021.xlsx");
}

/** Bộ phận Tiếp nhận và trả kết quả: dossier counts per period, headers without diacritics, rate as a formula. */
async function motCua(): Promise<void> {
  const wb = workbook();
  const ws = wb.addWorksheet("So lieu ho so");
  title(ws, 1, "SO LIEU GIAI QUYET HO SO TTHC NAM 2021", 5);
  boldRow(ws, 3, ["Ky", "Ma tieu chi", "So ho so tiep nhan", "So ho so giai quyet dung han", "Ty le (%)"]);
  const counts: Array<[string, number, number]> = [
    ["Quý I/2021", 120, 118],
    ["Quý II/2021", 135, 133],
    ["Quý III/2021", 142, 141],
    ["Tháng 10/2021", 51, 51],
    ["Tháng 11/2021", 47, 46],
  ];
  counts.forEach(([period, received, onTime], i) => {
    const r = 4 + i;
    dataRows(ws, r, [[period, "1.2", received, onTime]]);
    ws.getCell(r, 5).value = { formula: `D${r}/C${r}`, result: onTime / received };
    ws.getCell(r, 5).numFmt = "0.00%";
  });
  widths(ws, [16, 12, 20, 28, 12]);

  const online = wb.addWorksheet("Truc tuyen");
  title(online, 1, "Tiêu chí 1.1 - Hồ sơ TTHC xử lý trực tuyến mức độ 3, 4", 4);
  boldRow(online, 3, ["Kỳ báo cáo", "Tổng số hồ sơ", "Số hồ sơ trực tuyến", "Tỷ lệ"]);
  [
    ["Quý III/2021", 142, 31],
    ["Tháng 10/2021", 51, 14],
    ["Tháng 11/2021", 47, 15],
  ].forEach(([p, total, on], i) => {
    const r = 4 + i;
    dataRows(online, r, [[p, total, on]]);
    online.getCell(r, 4).value = { formula: `C${r}/B${r}*100`, result: ((on as number) / (total as number)) * 100 };
  });
  widths(online, [16, 14, 18, 10]);

  const tasks = wb.addWorksheet("Nhiem vu");
  boldRow(tasks, 1, [
    "TT",
    "Noi dung cong viec",
    "Tieu chi",
    "Nguoi thuc hien",
    "Han hoan thanh",
    "Tinh trang",
    "Ngay hoan thanh",
    "Minh chung",
  ]);
  dataRows(tasks, 2, [
    [
      1,
      "Niêm yết công khai đầy đủ TTHC tại Bộ phận Một cửa, cập nhật khi có quyết định công bố mới",
      "2.2",
      "Bộ phận một cửa",
      d(31, 10, 2021),
      "Đã HT",
      d(28, 10, 2021),
      "Ảnh chụp bảng niêm yết",
    ],
    [2, "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến mức độ 3, 4", "1.1", "BP Một cửa", "Quý IV/2021", "đang TH", null, ""],
    [
      3,
      "Đẩy mạnh cung ứng dịch vụ công trực tuyến mức độ 3, 4 trên Trang thông tin điện tử thành phần",
      "2.2",
      "Bộ phận một cửa",
      "tháng 11/2021",
      "chưa TH",
      null,
      "",
    ],
    [
      4,
      "Đề nghị bổ sung hồ sơ không quá 01 lần bằng Phiếu hướng dẫn",
      "2.2",
      "Bộ phận một cửa",
      d(30, 11, 2021),
      "Đã HT",
      d(26, 11, 2021),
      "Sổ theo dõi phiếu hướng dẫn",
    ],
  ]);
  widths(tasks, [4, 60, 8, 18, 14, 12, 14, 26]);
  await save(wb, "Mot-cua_so-lieu-ho-so-2021.xlsx");
}

/** Công chức Văn hóa-Xã hội: typed in decomposed Unicode with old tone marks, columns in another order. */
async function vanHoa(): Promise<void> {
  const wb = workbook();
  const nfd = (s: string) => s.normalize("NFD");
  for (const [name, later] of [
    ["Q3-2021", false],
    ["Q4-2021", true],
  ] as const) {
    const ws = wb.addWorksheet(name);
    title(ws, 1, nfd(`Theo dõi nhiệm vụ CCHC - Văn hoá-Xã hội - ${name}`), 7);
    boldRow(ws, 2, ["Han", "Noi dung cong viec", "TC", "Nguoi thuc hien", "Ket qua thuc hien", "Ngay HT", "Minh chung"]);
    dataRows(ws, 3, [
      [
        "Trong năm 2021",
        nfd("Tuyên truyền trên hệ thống loa phát thanh về dịch vụ công trực tuyến mức độ 3, 4"),
        "1.1",
        nfd("CC Văn hoá-Xã hội"),
        later ? "Đã HT" : "đang TH",
        later ? d(30, 11, 2021) : null,
        later ? nfd("Lịch phát thanh tháng 10, 11") : "",
      ],
      [
        d(31, 12, 2021),
        nfd("Cung cấp thông tin về Bộ phận Một cửa trên Trang thông tin điện tử và mạng xã hội chính thống"),
        "",
        nfd("CC Văn hoá-Xã hội"),
        "đang TH",
        null,
        "",
      ],
      [
        d(30, 11, 2021),
        nfd("Bổ sung ghế ngồi, biển hiệu, hướng dẫn rõ ràng tại nơi tiếp đón người dân"),
        "Chỉ số 2.1",
        nfd("VH-XH"),
        later ? "xong" : "chưa TH",
        later ? d(3, 12, 2021) : null,
        "",
      ],
    ]);
    widths(ws, [14, 60, 10, 20, 16, 12, 24]);
  }
  await save(wb, "VHXH_tuyen-truyen-2021.xlsx");
}

/** Công chức Tài chính-Kế toán: disbursement readings in the 1904 date system, money with thousands separators. */
async function taiChinh(): Promise<void> {
  const wb = workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet("Giải ngân");
  title(ws, 1, "TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021 (Tiêu chí thành phần 1.4)", 5);
  boldRow(ws, 3, ["STT", "Ngày số liệu", "Kế hoạch vốn giao (triệu đồng)", "Đã giải ngân (triệu đồng)", "Tỷ lệ giải ngân (%)"]);
  const readings: Array<[Date, number]> = [
    [d(31, 8, 2021), 1870],
    [d(30, 9, 2021), 2457],
    [d(31, 10, 2021), 3105],
    [d(30, 11, 2021), 3720],
  ];
  readings.forEach(([date, paid], i) => {
    const r = 4 + i;
    dataRows(ws, r, [[i + 1, date, 4250, paid]]);
    ws.getCell(r, 3).numFmt = "#,##0";
    ws.getCell(r, 4).numFmt = "#,##0";
    ws.getCell(r, 5).value = { formula: `ROUND(D${r}/C${r}*100,2)`, result: Math.round((paid / 4250) * 10000) / 100 };
  });
  widths(ws, [5, 14, 22, 22, 18]);

  const tasks = wb.addWorksheet("Nhiệm vụ");
  boldRow(tasks, 1, [
    "STT",
    "Mã TC",
    "Nhiệm vụ, giải pháp",
    "Chủ trì",
    "Phối hợp",
    "Hạn hoàn thành",
    "Trạng thái",
    "Ngày hoàn thành",
    "Minh chứng",
  ]);
  dataRows(tasks, 2, [
    [
      1,
      "1.4",
      "Phân công cán bộ trực tiếp phụ trách, tham mưu giải ngân từng dự án",
      "CT UBND xã",
      "TC-KT, ĐC-XD",
      d(15, 10, 2021),
      "Đã HT",
      d(8, 10, 2021),
      "Quyết định 198/QĐ-UBND",
    ],
    [
      2,
      "1.4",
      "Kiểm tra tiến độ tại thực địa, tháo gỡ vướng mắc từng dự án",
      "Chủ tịch UBND xã",
      "TC-KT",
      d(30, 11, 2021),
      "đang TH",
      null,
      "",
    ],
    [
      3,
      "1.4",
      "Đôn đốc nhà thầu hoàn thiện hồ sơ thanh toán khối lượng hoàn thành",
      "TC-KT",
      "ĐC-XD",
      d(31, 10, 2021),
      "chưa TH",
      null,
      "",
    ],
  ]);
  widths(tasks, [5, 8, 60, 18, 16, 14, 12, 14, 26]);
  await save(wb, "TCKT_giai-ngan-von-2021.xlsx");
}

/** Lãnh đạo UBND: items 1.6, 1.7 and the SIPAS survey results, with a few typical slips. */
async function lanhDao(): Promise<void> {
  const wb = workbook();
  const ws = wb.addWorksheet("Nhiệm vụ");
  title(ws, 1, "ỦY BAN NHÂN DÂN XÃ TÂN BÌNH", 4, 11);
  title(ws, 2, "THEO DÕI CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI VÀ CHỈ SỐ SIPAS", 8, 13);
  boldRow(ws, 4, [
    "TT",
    "Nội dung nhiệm vụ",
    "Tiêu chí",
    "Chủ trì",
    "Hạn hoàn thành",
    "Tình trạng",
    "Ngày hoàn thành",
    "Văn bản minh chứng",
  ]);
  dataRows(ws, 5, [
    [
      1,
      "Kiểm soát dịch bệnh Covid-19, không để ảnh hưởng sản xuất kinh doanh",
      "1.6.",
      "PCT UBND xã",
      "Trong năm 2021",
      "đang TH",
      null,
      "",
    ],
    [
      2,
      "Quảng bá sản phẩm OCOP thế mạnh của địa phương",
      "1.6",
      "PCT UBND xã",
      d(30, 11, 2021),
      "Đã HT",
      d(29, 11, 2021),
      "Hội chợ OCOP huyện",
    ],
    [
      3,
      "Triển khai Nghị quyết 42/NQ-HĐND về kế hoạch phát triển kinh tế - xã hội năm 2021",
      "Tiêu chí 1.7",
      "CT UBND xã",
      "Trong năm 2021",
      "đang TH",
      null,
      "",
    ],
    [4, "Cải thiện nơi làm việc, bổ sung trang thiết bị tại Bộ phận Một cửa", "2.1", "CT UBND", d(15, 10, 2021), "đang TH", null, ""],
    [
      5,
      "Rà soát, kiến nghị đơn giản hóa TTHC rườm rà, phức tạp",
      "2.2",
      "PCT UBND xã",
      d(30, 11, 2021),
      "Hoàn thành",
      d(18, 11, 2021),
      "Văn bản 301/UBND",
    ],
    [
      6,
      "Triển khai đánh giá chất lượng giải quyết TTHC theo Nghị định 61/2018/NĐ-CP",
      "2.4",
      "CC VP-TK",
      "trước ngày 15/11/2021",
      "Đã HT",
      d(12, 11, 2021),
      "Báo cáo 97/BC-UBND",
    ],
    [
      7,
      "Kiểm soát chặt chẽ quy trình giải quyết TTHC trên phần mềm Một cửa điện tử",
      "2.4",
      "PCT UBND xã",
      "Quý IV/2021",
      "Đã HT",
      d(2, 12, 2021),
      "",
    ],
  ]);
  widths(ws, [4, 60, 10, 16, 14, 12, 14, 24]);

  const sipas = wb.addWorksheet("Chỉ số");
  title(sipas, 1, "KẾT QUẢ KHẢO SÁT VÀ CHỈ TIÊU (%)", 4);
  boldRow(sipas, 3, ["Mã tiêu chí", "Kỳ", "Tỷ lệ (%)", "Ghi chú"]);
  dataRows(sipas, 4, [
    ["1.6", "Tháng 11/2021", "6,8", "Ước tăng GRDP so cùng kỳ"],
    ["1.7", "Tháng 11/2021", 92, "23/25 chỉ tiêu"],
    ["2.1", "Quý III/2021", 82.5, "Khảo sát SIPAS"],
    ["2.2", "Quý III/2021", 80.1, ""],
    ["2.3", "Quý III/2021", 85.3, ""],
    ["2.4", "Quý III/2021", 83, ""],
    ["2.5", "Quý III/2021", 79.4, ""],
  ]);
  widths(sipas, [12, 16, 12, 30]);
  await save(wb, "Lanh-dao_chi-tieu-KTXH-SIPAS-2021.xlsx");
}

async function run(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await vanPhong();
  await motCua();
  await vanHoa();
  await taiChinh();
  await lanhDao();
}
void run();
