import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { readGrids } from "../../src/xlsx/readGrids";
import { tempDir } from "../helpers/cli";
import { consolidateSheet } from "../helpers/grids";

// Classes left by blind sets 211-214 and found by sets 215-219.

const d = (date: string) => ({ date: date as IsoDate });
const span = (top: number, left: number, right: number) => ({ top, left, bottom: top, right });
const down = (top: number, bottom: number, col: number) => ({ top, left: col, bottom, right: col });
const task = (t: {
  code: string | null;
  lead: string;
  due: string | null;
  dueText: string | null;
  status: string | null;
  progress: number | null;
}) => `${t.code} | ${t.lead} | ${t.due ?? t.dueText} | ${t.status} | ${t.progress}`;

describe("a column of each task's details as labelled lines beside the task's own column", () => {
  const rows = (details: string[]) => [
    ["THEO DOI THUC HIEN KE HOACH 49/KH-UBND"],
    ["TT", "Noi dung", "Theo doi thuc hien", "Ghi chu"],
    ["1.3. Tieu chi thanh phan ty le dat chuan cua can bo cap xa"],
    [1, "Ra soat tong the doi ngu can bo, cong chuc theo chuc danh", details[0]],
    [2, "Cu can bo, cong chuc chua dat chuan di hoc lop boi duong", details[1]],
    [3, "Cong khai xin loi nguoi dan khi giai quyet TTHC tre han", details[2]],
  ];

  it("reads the lead, deadline, state and progress from the lines, whatever their order", () => {
    const c = consolidateSheet(
      rows([
        "Tinh trang: Hoan thanh\nHan: 15/10/2021\nChu tri: CC VP-TK\nKet qua: Hoan thanh ngay 12/10/2021",
        "Chu tri: VP-TK\nHan: 31/12/2021\nTinh trang: Dang thuc hien\nTien do: 50%",
        "Han: 30/11/2021\nChu tri: CC VP-TK\nTinh trang: Dang thuc hien\nTien do: 60-70%",
      ]),
    );
    expect(c.tasks.map(task)).toEqual([
      "1.3 | Công chức Văn phòng-Thống kê | 2021-10-15 | Hoàn thành | 100",
      "1.3 | Công chức Văn phòng-Thống kê | 2021-12-31 | Đang thực hiện | 50",
      "1.3 | Công chức Văn phòng-Thống kê | 2021-11-30 | Đang thực hiện | null",
    ]);
    expect(c.tasks[0].doneDate).toBe("2021-10-12");
    // A range of progress is named, never read as one of its ends.
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => `${p.row} ${p.value}`)).toEqual(["6 60-70%"]);
  });

  it("goes on reading a result after its semicolon", () => {
    const c = consolidateSheet(
      rows([
        "Chủ trì: BP Một cửa\nHạn: 30/11/2021\nTình trạng: Hoàn thành\nKết quả: Hoàn thành; đã kiến nghị 3 TTHC",
        "Chủ trì: CC VH-XH\nHạn: 31/12/2021\nTình trạng: Đang thực hiện",
        "Chủ trì: CC VP-TK\nHạn: 31/12/2021\nTình trạng: Chưa thực hiện",
      ]),
    );
    expect(c.tasks.map((t) => `${t.status} ${t.due}`)).toEqual([
      "Hoàn thành 2021-11-30",
      "Đang thực hiện 2021-12-31",
      "Chưa thực hiện 2021-12-31",
    ]);
    expect(c.tasks[0].note).toContain("đã kiến nghị 3 TTHC");
  });
});

describe("labelled lines in some cells of a result column, plain results in others", () => {
  const c = consolidateSheet([
    ["TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH QUÝ III/2021"],
    [],
    ["TT", "Mã TC", "Nhiệm vụ", "Phụ trách", "Thời hạn", "Kết quả thực hiện"],
    [1, "1.2", "Rà soát, không yêu cầu người dân nộp thêm giấy tờ", "BP TN&TKQ", "31/12/2021", "Hoàn thành; không có phản ánh"],
    [2, "1.1", "Hướng dẫn sử dụng dịch vụ công trực tuyến", "BP Một cửa", "31/12/2021", "Đang thực hiện; đến 30/9 được 48 hồ sơ"],
    [3, "2.3", "Chấn chỉnh thái độ giao tiếp, ứng xử", "BP Một cửa", "31/10/2021", "Tình trạng: Hoàn thành\nKết quả: không có phản ánh"],
    [4, "2.2", "Niêm yết công khai, cập nhật đầy đủ TTHC", "BP Một cửa", "31/10/2021", "Tình trạng: Đang thực hiện\nTiến độ: 80%"],
    [5, "2.4", "Cập nhật hồ sơ lên phần mềm một cửa", "BP Một cửa", null, "Tình trạng: Đang thực hiện\nHạn: 31/11/2021\nTiến độ: 90%"],
  ]);

  it("keeps the table's header, each labelled line read as its field", () => {
    expect(c.tasks.map((t) => `${t.code} ${t.status} ${t.progress}`)).toEqual([
      "1.2 Hoàn thành 100",
      "1.1 Đang thực hiện null",
      "2.3 Hoàn thành 100",
      "2.2 Đang thực hiện 80",
      "2.4 Đang thực hiện 90",
    ]);
  });

  it("puts a line's deadline in the table's deadline column where that is blank, a day that does not exist named there", () => {
    expect(c.tasks[4].due).toBeNull();
    expect(c.tasks[4].dueText).toBe("31/11/2021");
    expect(c.tasks[4].doneDate).toBeNull();
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => `${p.row}${p.column}`)).toEqual(["8E"]);
  });
});

describe("two columns of labelled lines beside tasks with a criterion's figures by quarter", () => {
  const c = consolidateSheet(
    [
      ["Danh sách việc phối hợp thực hiện Kế hoạch 49/KH-UBND (cập nhật 30/9/2021)"],
      ["STT", "Nhiệm vụ", "Phân công - thời hạn", "Kết quả", "Số chỉ tiêu KT-XH HĐND giao đã đạt (TC 1.7, tổng 18 chỉ tiêu)"],
      [null, null, null, null, "Quý I", "Quý II", "Quý III"],
      [
        1,
        "Kiểm tra thực địa công trình đường GTNT thôn 3 (TC 1.4)",
        "Chủ trì: CC ĐC-XD\nPhối hợp: Trưởng thôn 3\nHạn: 31/12/2021",
        "Tình trạng: Đang thực hiện\nTiến độ: 65%",
        "5/18",
        "9/18",
        "13/18",
      ],
      [
        2,
        "Hoàn thiện hồ sơ giải phóng mặt bằng kênh mương (TC 1.4)",
        "Chủ trì: ĐC-XD\nHạn: 30/04/2021",
        "Tình trạng: Hoàn thành\nKết quả: Hoàn thành ngày 26/4/2021",
      ],
      [3, "Rà soát các chỉ tiêu đất đai trong nghị quyết (TC 1.7)", "Chủ trì: CC ĐC-XD\nHạn: 15/12/2021", "Tình trạng: chưa thực hiện"],
    ],
    { merges: [span(2, 5, 7)] },
  );

  it("reads both columns' lines as the tasks' fields", () => {
    expect(c.tasks.map(task)).toEqual([
      "1.4 | Công chức Địa chính-Xây dựng | 2021-12-31 | Đang thực hiện | 65",
      "1.4 | Công chức Địa chính-Xây dựng | 2021-04-30 | Hoàn thành | 100",
      "1.7 | Công chức Địa chính-Xây dựng | 2021-12-15 | Chưa thực hiện | 0",
    ]);
    expect(c.tasks[1].doneDate).toBe("2021-04-26");
  });

  it("gives the quarters' figures the criterion their heading names, not the task's", () => {
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.numerator}/${r.denominator}`)).toEqual([
      "1.7 Quý I/2021 5/18",
      "1.7 Quý II/2021 9/18",
      "1.7 Quý III/2021 13/18",
    ]);
  });
});

describe("tasks with a satisfaction survey's figures by quarter beside them", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ NÂNG CAO CHỈ SỐ SIPAS NĂM 2021"],
      [],
      ["STT", "Chỉ số thành phần", "Nhiệm vụ, giải pháp", "Tình hình thực hiện", "Số phiếu hài lòng / số phiếu thu về"],
      [null, null, null, null, "Quý II/2021", "Quý III/2021"],
      [
        1,
        "2.1. Tiếp cận dịch vụ",
        "Bổ sung ghế ngồi chờ, bảng hướng dẫn",
        "Chủ trì: CT UBND xã\nHạn: 30/9/2021\nTình trạng: Hoàn thành",
        "86/95",
        "101/108",
      ],
      [2, null, "Cung cấp thông tin về Bộ phận một cửa trên trang TTĐT", "Chủ trì: CC VH-XH\nHạn: 31/12/2021\nTình trạng: Đang thực hiện"],
      [
        3,
        "2.3. Công chức tại BP TN&TKQ",
        "Phân công lãnh đạo theo dõi Bộ phận một cửa",
        "Chủ trì: CT UBND\nHạn: 15/10/2021\nTình trạng: Hoàn thành",
        "90/95",
        "104/108",
      ],
      [],
      [null, null, null, "CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ"],
      [],
      [],
      [null, null, null, "Trần Văn Bình"],
    ],
    { merges: [span(3, 5, 6), down(5, 6, 2)] },
  );

  it("reads each row's task with its criterion from the column of criteria named after their codes", () => {
    expect(c.tasks.map(task)).toEqual([
      "2.1 | Chủ tịch Ủy ban nhân dân xã | 2021-09-30 | Hoàn thành | 100",
      "2.1 | Công chức Văn hóa-Xã hội | 2021-12-31 | Đang thực hiện | null",
      "2.3 | Chủ tịch Ủy ban nhân dân xã | 2021-10-15 | Hoàn thành | 100",
    ]);
  });

  it("reads the figures as their criterion's readings", () => {
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.numerator}/${r.denominator}`)).toEqual([
      "2.1 Quý II/2021 86/95",
      "2.1 Quý III/2021 101/108",
      "2.3 Quý II/2021 90/95",
      "2.3 Quý III/2021 104/108",
    ]);
  });

  it("takes the signer's post under the table for the signature, no row of the table", () => {
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED" && (p.row ?? 0) > 7)).toEqual([]);
  });
});

describe("an unheaded column of labelled lines beside the task, under a heading merged over both", () => {
  const c = consolidateSheet(
    [
      ["Theo dõi nhiệm vụ theo KH 49/KH-UBND (Quý IV/2021)"],
      ["STT", "Tiêu chí", "Nội dung công việc", null, "Ghi chú"],
      [
        1,
        "1.1",
        "Hướng dẫn sử dụng dịch vụ công trực tuyến tại Bộ phận Một cửa",
        "Chủ trì: BP Một cửa\nHạn: 31/12/2021\nTiến độ: 85%\nTình trạng: đang làm",
      ],
      [
        2,
        "2.2",
        "Niêm yết công khai đầy đủ TTHC tại Bộ phận Một cửa",
        "Chủ trì: BP TN&TKQ\nHạn: 30/10/2021\nTình trạng: xong\nNgày xong: 26/10/2021",
      ],
      [
        3,
        "2.4",
        "Triển khai đánh giá chất lượng giải quyết TTHC",
        "Chủ trì: VP-TK\nPhối hợp: BP Một cửa\nHạn: 30/11/2021\nTình trạng: chưa thực hiện",
      ],
    ],
    { merges: [span(2, 3, 4)] },
  );

  it("reads each line as its field", () => {
    expect(c.tasks.map(task)).toEqual([
      "1.1 | Bộ phận Tiếp nhận và trả kết quả xã | 2021-12-31 | Đang thực hiện | 85",
      "2.2 | Bộ phận Tiếp nhận và trả kết quả xã | 2021-10-30 | Hoàn thành | 100",
      "2.4 | Công chức Văn phòng-Thống kê | 2021-11-30 | Chưa thực hiện | 0",
    ]);
    expect(c.tasks[1].doneDate).toBe("2021-10-26");
  });
});

describe("lines of the sheet's own labels with a day or a figure ('Ngày HT: 12/11/2021', 'Số hộ tham gia: 45') among a task's details", () => {
  const c = consolidateSheet([
    ["BÁO CÁO TIẾN ĐỘ TIÊU CHÍ 1.6, 1.7"],
    [],
    ["Số TT", "Nhiệm vụ", null, "Đánh giá"],
    [
      1,
      "Kiểm soát dịch bệnh, không để ảnh hưởng sản xuất kinh doanh (TC 1.6)",
      "Chủ trì: Chủ tịch UBND xã\nThời hạn: 31/12/2021",
      "Đang thực hiện",
    ],
    [2, "Quảng bá sản phẩm OCOP của xã (TC 1.6)", "Chủ trì: CC VH-XH\nThời hạn: 30/11/2021\nSố hộ tham gia: 45", "Hoàn thành"],
    [
      3,
      "Rà soát các chỉ tiêu KT-XH chưa đạt (TC 1.7)",
      "Chủ trì: CC Tài chính - Kế toán\nThời hạn: 15/11/2021\nNgày HT: 12/11/2021",
      "Đã hoàn thành",
    ],
  ]);

  it("keeps the task's own words as its text, the line said in its note", () => {
    expect(c.tasks.map((t) => `${t.content.slice(0, 20)} | ${t.due} | ${t.status} | ${t.doneDate}`)).toEqual([
      "Kiểm soát dịch bệnh, | 2021-12-31 | Đang thực hiện | null",
      "Quảng bá sản phẩm OC | 2021-11-30 | Hoàn thành | null",
      "Rà soát các chỉ tiêu | 2021-11-15 | Hoàn thành | 2021-11-12",
    ]);
    expect(c.tasks[1].note).toContain("Số hộ tham gia: 45");
  });
});

describe("tasks written as sentences, one to a merged row, under their criterion's line", () => {
  const c = consolidateSheet(
    [
      ["BẢNG THEO DÕI NHIỆM VỤ CCHC - KẾ HOẠCH 49/KH-UBND"],
      ["Người theo dõi: Trần Văn Nam - CC VP-TK"],
      [],
      ["1.2. Tỷ lệ hồ sơ TTHC cấp xã tiếp nhận được giải quyết đúng hạn"],
      [
        "a) Giải quyết hồ sơ TTHC đúng hạn, xin lỗi người dân khi trễ hẹn. Chủ trì: VP-TK; thực hiện: BP Một cửa. Hạn: 31/12/2021. Tình hình: đang thực hiện, tiến độ 80%.",
      ],
      [
        "b) Lập sổ theo dõi hồ sơ trễ hẹn và mẫu phiếu xin lỗi. Chủ trì: Văn phòng - Thống kê. Hạn: 30/10/2021. Tình hình: hoàn thành ngày 28/10/2021.",
      ],
      ["1.5. Tỷ lệ văn bản trao đổi dưới dạng điện tử"],
      ["a) Công khai số điện thoại đường dây nóng của lãnh đạo UBND xã. Chủ trì: CC VP-TK. Hạn: 30/9/2021. Tình hình: chưa làm."],
    ],
    { merges: [span(5, 1, 6), span(6, 1, 6), span(8, 1, 6)] },
  );

  it("reads each sentence's labels as the task's fields, its criterion from the line above", () => {
    expect(c.tasks.map(task)).toEqual([
      "1.2 | Công chức Văn phòng-Thống kê | 2021-12-31 | Đang thực hiện | 80",
      "1.2 | Công chức Văn phòng-Thống kê | 2021-10-30 | Hoàn thành | 100",
      "1.5 | Công chức Văn phòng-Thống kê | 2021-09-30 | Chưa thực hiện | 0",
    ]);
    expect(c.tasks[1].doneDate).toBe("2021-10-28");
    // "thực hiện: BP Một cửa", a label of the sheet's own, is kept in the note, not in the task's words.
    expect(c.tasks[0].content).not.toContain("BP Một cửa");
    expect(c.tasks[0].note).toContain("thực hiện: BP Một cửa");
  });
});

describe("a report's tasks, each a paragraph of labelled lines under a section line, with no headings", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 49/KH-UBND (đến ngày 14/12/2021)"],
    [],
    ["1. Tiêu chí 1.5 - Văn bản trao đổi dưới dạng điện tử"],
    [
      "1.1. Nội dung: Số hóa, ký số văn bản đi trên phần mềm\n- Chủ trì: Công chức Văn phòng - Thống kê\n- Thời hạn: 31/10/2021\n- Kết quả: Hoàn thành ngày 20/10/2021",
    ],
    [
      "1.2. Nội dung: Tập huấn cho cán bộ, công chức xử lý văn bản điện tử\n- Chủ trì: VP-TK\n- Thời hạn: 30/11/2021\n- Kết quả: Đang thực hiện, tiến độ 50%",
    ],
    ["2. Tiêu chí 1.2 - Giải quyết hồ sơ TTHC đúng hạn"],
    [
      "2.1. Nội dung: Thực hiện xin lỗi người dân bằng văn bản\n- Chủ trì: BP Một cửa\n- Thời hạn: 31/12/2021\n- Kết quả: Hoàn thành, xong 05/12/2021",
    ],
  ]);

  it("reads each paragraph as a task of its section's criterion, never its own number as a criterion", () => {
    expect(c.tasks.map((t) => `${t.code} | ${t.content.slice(0, 20)} | ${t.due} | ${t.status} | ${t.doneDate}`)).toEqual([
      "1.5 | Số hóa, ký số văn bả | 2021-10-31 | Hoàn thành | 2021-10-20",
      "1.5 | Tập huấn cho cán bộ, | 2021-11-30 | Đang thực hiện | null",
      "1.2 | Thực hiện xin lỗi ng | 2021-12-31 | Hoàn thành | 2021-12-05",
    ]);
  });
});

describe("a figure in a sentence naming its period and the day it stands at", () => {
  const of = (line: string) => consolidateSheet([["BÁO CÁO KẾT QUẢ CCHC NĂM 2021"], [], ["3. Kết quả các chỉ số"], [line]]);

  it("is the period's reading at that day", () => {
    const c = of("- Tỷ lệ văn bản đi được gửi dưới dạng điện tử (TC 1.5), quý IV/2021: 286/300 văn bản (95,3%), số liệu ngày 14/12/2021.");
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.date} ${r.numerator}/${r.denominator}`)).toEqual([
      "1.5 Quý IV/2021 2021-12-14 286/300",
    ]);
  });

  it("is the year so far where the day falls before the year's end", () => {
    const c = of("- Năm 2021 (số liệu đến 30/11/2021): số chỉ tiêu KT-XH đạt, vượt là 14/16 chỉ tiêu, đạt 87,5% (TC 1.7).");
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.date}`)).toEqual(["1.7 Năm 2021 (đến 30/11/2021) 2021-11-30"]);
  });

  it("names a range stated as the result, reading neither end", () => {
    const c = of("- Năm 2021: tốc độ tăng tổng sản phẩm (GRDP) của xã ước đạt 6 - 7% (TC 1.6).");
    expect(c.readings).toEqual([]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => `${p.row} ${p.value}`)).toEqual(["4 6 - 7%"]);
  });
});

describe("days written in the done column of a band of state ticks", () => {
  const c = consolidateSheet(
    [
      ["BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ NĂM 2021"],
      ["STT", "Nội dung nhiệm vụ", "Mã TC", "Chủ trì", "Thời hạn", "Tình hình thực hiện", null, null, "Ghi chú"],
      [null, null, null, null, null, "Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện"],
      [1, "Tuyên truyền trên hệ thống loa phát thanh về dịch vụ công", "1.1", "CC VH-XH", d("2021-12-31"), "x"],
      [2, "Xây dựng chuyên mục dịch vụ công trên trang thông tin xã", "1.1", "VH-XH", d("2021-11-30"), d("2021-11-22")],
      [3, "Đăng thông tin về Bộ phận Một cửa trên mạng xã hội", "2.1", "VH-XH", d("2021-10-31"), "05/10/2021"],
      [4, "Ban hành quy chế sử dụng phần mềm quản lý văn bản", "1.5", "VP-TK", d("2021-10-31"), "x (20/10/2021)"],
      [5, "In tờ rơi hướng dẫn nộp hồ sơ trực tuyến", "1.1", "VH-XH", d("2021-12-15"), null, "✓"],
      [6, "Niêm yết số điện thoại đường dây nóng", "2.5", "VP-TK", d("2021-09-30"), "31/9/2021"],
    ],
    { merges: [span(2, 6, 8)] },
  );

  it("reads a day there as done on that day", () => {
    expect(c.tasks.map((t) => `${t.status} ${t.doneDate}`)).toEqual([
      "Hoàn thành null",
      "Hoàn thành 2021-11-22",
      "Hoàn thành 2021-10-05",
      "Hoàn thành 2021-10-20",
      "Đang thực hiện null",
      "Hoàn thành null",
    ]);
  });

  it("names a day there that does not exist, the work still taken as done", () => {
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => `${p.row}${p.column} ${p.value}`)).toEqual(["9F 31/9/2021"]);
  });
});

describe("whether the work is done, answered Có or Không", () => {
  it("reads ticks under 'Đã thực hiện? › Có | Không' as done or not", () => {
    const c = consolidateSheet(
      [
        ["PHIẾU TỰ KIỂM TRA VIỆC THỰC HIỆN KẾ HOẠCH 49/KH-UBND - QUÝ IV/2021"],
        ["STT", "Nội dung kiểm tra", "Tiêu chí", "Bộ phận thực hiện", "Hạn theo KH", "Đã thực hiện?", null, "Ghi chú"],
        [null, null, null, null, null, "Có", "Không"],
        [1, "Đã rà soát đội ngũ cán bộ, công chức theo chức danh", "1.3", "VP-TK", d("2021-11-30"), "x"],
        [2, "Đã cử cán bộ chưa đạt chuẩn đi bồi dưỡng", "1.3", "VP-TK", d("2021-12-31"), null, "x", "huyện chưa mở lớp"],
        [3, "Văn bản đi được gửi dưới dạng điện tử", "1.5", "VP-TK", d("2021-12-31"), d("2021-10-15")],
        [4, "Kiểm soát dịch, không ảnh hưởng sản xuất kinh doanh", "1.6", "CT UBND", d("2021-12-31"), "Có"],
      ],
      { merges: [span(2, 6, 7)] },
    );
    expect(c.tasks.map((t) => `${t.status} ${t.doneDate}`)).toEqual([
      "Hoàn thành null",
      "Chưa thực hiện null",
      "Hoàn thành 2021-10-15",
      "Hoàn thành null",
    ]);
  });

  it("reads one column 'Đã hoàn thành? (Có/Không)' as a done mark, a remark of work begun beside a Không", () => {
    const c = consolidateSheet([
      ["TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021 (TCTP 1.4)"],
      ["STT", "Nội dung", "Người chủ trì", "Hạn", "Đã hoàn thành? (Có/Không)", "Ghi chú"],
      [1, "Rà soát danh mục dự án, điều chỉnh kế hoạch vốn", "CT UBND", d("2021-09-30"), "Có"],
      [2, "Kiểm tra tiến độ thi công tại thực địa", "CT UBND", d("2021-12-31"), "Không", "đang triển khai"],
      [3, "Quyết toán công trình trường mầm non thôn 2", "TC-KT", d("2021-12-31"), "Không"],
    ]);
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Đang thực hiện", "Chưa thực hiện"]);
  });
});

describe("Excel's habits in a sheet of figures by quarter", () => {
  // Written by Excel itself: a code column dragged down, a period's column hidden, days as serials under General.
  const consolidated = async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("SIPAS");
    ws.addRows([
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) NĂM 2021"],
      [],
      ["Mã", "Chỉ số thành phần", "Quý I/2021", null, null, "Quý II/2021", null, null, "Quý II (tạm tính)", "Quý III/2021"],
      [null, null, "Hài lòng", "Tổng phiếu", "Tỷ lệ", "Hài lòng", "Tổng phiếu", "Tỷ lệ", "Tỷ lệ", "Hài lòng", "Tổng phiếu", "Tỷ lệ"],
      [null, "Ngày chốt số liệu", 44269, null, null, "44361", null, null, 44370, 44453],
      [2.1, "Chỉ số hài lòng về tiếp cận dịch vụ", 38, 40, 0.95, 44, 45, 0.9778, 0.9, 47, 50, 0.94],
      [2.2, "Chỉ số hài lòng về thủ tục hành chính", 36, 40, 0.9, 41, 45, 0.9111, 0.88, 46, 50, 0.92],
      [2.3000000000000003, "Chỉ số hài lòng về công chức giải quyết công việc", 39, 40, 0.975, 45, 45, 1, 0.95, 49, 50, 0.98],
    ]);
    for (const [c1, c2] of [
      ["C3", "E3"],
      ["F3", "H3"],
      ["J3", "L3"],
    ])
      ws.mergeCells(`${c1}:${c2}`);
    ws.getColumn(9).hidden = true;
    const path = join(tempDir(), "sipas.xlsx");
    await wb.xlsx.writeFile(path);
    const read = await readGrids("sipas.xlsx", readFileSync(path));
    if (!read.ok) throw new Error("unreadable");
    return consolidate([{ file: "sipas.xlsx", ok: true, grids: read.grids }], BUILTIN_PLAN, "2021-12-15" as IsoDate);
  };

  it("reads a code stored as 2.3000000000000003 as Excel shows it, 2.3", async () => {
    const c = await consolidated();
    expect([...new Set(c.readings.map((r) => r.code))]).toEqual(["2.1", "2.2", "2.3"]);
  });

  it("reads each visible quarter at the day its serial says, the hidden quarter left out and named", async () => {
    const c = await consolidated();
    expect(c.readings.filter((r) => r.code === "2.1").map((r) => `${r.period} ${r.date} ${r.numerator}/${r.denominator}`)).toEqual([
      "Quý I/2021 2021-03-14 38/40",
      "Quý II/2021 2021-06-14 44/45",
      "Quý III/2021 2021-09-14 47/50",
    ]);
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN").map((p) => `${p.column} ${p.value}`)).toEqual(["I Quý II (tạm tính)"]);
  });
});

describe("a satisfaction survey tabled by field, a block per quarter closed by its Cộng row", () => {
  const block = (period: string, rows: Array<[string, number, number, number, number]>, total: [number, number, number, number]) => [
    [period],
    ["TT", "Lĩnh vực", "Số phiếu phát ra", "Số phiếu hợp lệ", "Hài lòng về tiếp cận dịch vụ", "Hài lòng về công chức tại Bộ phận TN&TKQ"],
    ...rows.map(([field, out, valid, access, staff], i) => [i + 1, field, out, valid, access, staff]),
    ["Cộng", null, ...total],
  ];
  const c = consolidateSheet([
    ["KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN THEO LĨNH VỰC TTHC"],
    [],
    ...block(
      "Quý I/2021 (khảo sát từ 01/3 đến 12/3/2021)",
      [
        ["Hộ tịch", 38, 35, 30, 33],
        ["Chứng thực", 42, 40, 36, 39],
      ],
      [80, 75, 66, 72],
    ),
    ["Tỷ lệ (%)", null, null, null, 88, 96],
    [],
    ...block(
      "Quý II/2021 (khảo sát từ 01/6 đến 11/6/2021)",
      [
        ["Hộ tịch", 40, 38, 33, 36],
        ["Đất đai", 22, 18, 14, 16],
      ],
      [62, 56, 47, 52],
    ),
  ]);

  it("reads each block's total as its quarter's reading per aspect, at the survey's last day", () => {
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.date} ${r.numerator}/${r.denominator} ${r.value}`)).toEqual([
      "2.1 Quý I/2021 2021-03-12 66/75 88",
      `2.1 Quý II/2021 2021-06-11 47/56 ${(47 / 56) * 100}`,
      "2.3 Quý I/2021 2021-03-12 72/75 96",
      `2.3 Quý II/2021 2021-06-11 52/56 ${(52 / 56) * 100}`,
    ]);
  });

  it("reads no field's row as a reading, and says the rows were read through their total", () => {
    expect(c.readings.every((r) => r.source.row === 7 || r.source.row === 14)).toBe(true);
    expect(c.problems.filter((p) => p.code === "LEGEND_READ").map((p) => p.row)).toEqual([7, 14]);
    expect(c.problems.filter((p) => p.code === "SHEET_SKIPPED")).toEqual([]);
  });
});

describe("a survey by channel under 'Số phiếu hài lòng' merged over its aspects, a period's line and Cộng row each", () => {
  const c = consolidateSheet(
    [
      ["TỔNG HỢP PHIẾU ĐÁNH GIÁ SỰ HÀI LÒNG - QUÝ III, QUÝ IV/2021"],
      [],
      ["STT", "Hình thức khảo sát", "Số phiếu hài lòng", null, "Số phiếu hợp lệ", "Ghi chú"],
      [null, null, "Về tiếp cận dịch vụ", "Về công chức giải quyết công việc"],
      ["Quý III năm 2021"],
      [1, "Phiếu giấy tại Bộ phận Một cửa", 25, 26, 27],
      [2, "Khảo sát qua mã QR", 10, 11, 12],
      ["Cộng quý III", null, 35, 37, 39],
      ["Quý IV năm 2021 (số liệu đến 14/12/2021)"],
      [1, "Phiếu giấy tại Bộ phận Một cửa", 28, 29, 30],
      [2, "Khảo sát qua mã QR", 14, 14, 15, "Triển khai từ 01/10"],
      ["Cộng quý IV", null, 42, 43, 45],
    ],
    { merges: [span(3, 3, 4)] },
  );

  it("reads each Cộng row as its quarter's reading per aspect, dated by its line", () => {
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.date} ${r.numerator}/${r.denominator}`)).toEqual([
      "2.1 Quý III/2021 2021-09-30 35/39",
      "2.1 Quý IV/2021 2021-12-14 42/45",
      "2.3 Quý III/2021 2021-09-30 37/39",
      "2.3 Quý IV/2021 2021-12-14 43/45",
    ]);
  });
});

describe("rows kept out of sight and lines under the tasks", () => {
  it("leaves out a hidden row that says it is the old one, and names it", () => {
    const c = consolidateSheet(
      [
        ["THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
        ["STT", "Mã TC", "Nội dung công việc", "Chủ trì", "Thời hạn", "Trạng thái"],
        [1, "1.3", "Cử công chức tham gia lớp bồi dưỡng chức danh", "VP-TK", d("2021-12-31"), "Đang thực hiện"],
        [2, "1.3", "Cử công chức tham gia lớp bồi dưỡng chức danh (kế hoạch cũ)", "VP-TK", d("2021-09-30"), "Chưa thực hiện"],
        [3, "1.5", "Số hóa văn bản đi trên phần mềm", "VP-TK", d("2021-12-31"), "Hoàn thành"],
      ],
      { hiddenRows: [4] },
    );
    expect(c.tasks.map((t) => t.source.row)).toEqual([3, 5]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([4]);
  });

  it("never lets a hidden row of figures correct the visible one above it", () => {
    const c = consolidateSheet(
      [
        ["BẢNG TỔNG HỢP CÁC CHỈ SỐ - QUÝ III NĂM 2021"],
        ["STT", "Mã tiêu chí", "Tên chỉ số", "Tử số", "Mẫu số", "Tỷ lệ", "Kỳ", "Ngày số liệu"],
        [1, "1.1", "Tỷ lệ hồ sơ xử lý trực tuyến", 112, 517, 21.66, "Quý III", d("2021-09-14")],
        [1, "1.1", "Tỷ lệ hồ sơ xử lý trực tuyến", 98, 517, 18.96, "Quý III", d("2021-08-31")],
      ],
      { hiddenRows: [4] },
    );
    expect(c.readings.filter((r) => r.code === "1.1").map((r) => `${r.source.row} ${r.numerator}/${r.denominator}`)).toEqual(["3 112/517"]);
  });

  it("reads no count of the tasks under them ('Da xong:' | 4) nor a line of when the sheet stands as a task", () => {
    const c = consolidateSheet([
      ["THEO DOI NHIEM VU CCHC 2021"],
      ["STT", "Noi dung cong viec", "Chu tri", "Han", "Tinh trang"],
      [1, "Niem yet cong khai TTHC tai Bo phan mot cua", "VP-TK", d("2021-10-31"), "Da xong"],
      [2, "Bao cao ket qua khao sat SIPAS nam 2021", "VP-TK", d("2021-12-31"), "Chua lam"],
      [],
      [null, "Da xong:", 1],
      [null, "Ty le hoan thanh:", 0.5],
      [],
      [null, "Mức độ hoàn thành tính đến ngày 10/12/2021."],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([3, 4]);
  });
});

describe("several offices in the lead's cell", () => {
  it("takes the first as the lead, the others as partners, and says so in the task's note", () => {
    const c = consolidateSheet([
      ["THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
      ["STT", "Mã TC", "Nội dung công việc", "Chủ trì", "Thời hạn", "Trạng thái"],
      [1, "1.2", "Rà soát quy trình nội bộ giải quyết TTHC", "VP-TK; TP-HT", d("2021-12-31"), "Đang thực hiện"],
    ]);
    expect(c.tasks.map((t) => `${t.lead} | ${t.partners}`)).toEqual(["Công chức Văn phòng-Thống kê | Công chức Tư pháp-Hộ tịch"]);
    expect(c.tasks[0].note).toContain("Cột Chủ trì ghi 2 đơn vị (VP-TK; TP-HT): lấy đơn vị đầu làm chủ trì");
  });
});

describe("a result saying done and a share short of it", () => {
  it("takes the share for now, and names the contradiction", () => {
    const c = consolidateSheet([
      ["THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
      ["STT", "Nội dung công việc", "Chủ trì", "Hạn", "Kết quả"],
      [1, "Gửi, nhận văn bản qua phần mềm quản lý văn bản", "VP-TK", d("2021-12-31"), "Hoàn thành, tiến độ 60%."],
      [2, "Ký số văn bản đi", "VP-TK", d("2021-12-31"), "Đã gửi 2/3 văn bản"],
    ]);
    expect(c.tasks.map((t) => `${t.status} ${t.progress}`)).toEqual(["Đang thực hiện 60", "Đang thực hiện 66.67"]);
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => `${p.row}${p.column}`)).toEqual(["3E"]);
  });
});

describe("checks of sets 220–222, written after the fixes", () => {
  it("reads a paragraph's labels parted by dashes, a full stop after a value no part of it", () => {
    const c = consolidateSheet([
      ["BÁO CÁO TIẾN ĐỘ CCHC QUÝ IV/2021"],
      [],
      ["1. Tieu chi 1.1 - Ty le ho so xu ly truc tuyen"],
      [
        "2. Tuyen truyen DVC muc do 3, 4 qua loa cac thon - Chu tri: CC VH-XH - Han: 31/12/2021 - Tinh hinh: hoan thanh - Ngay xong: 10/12/2021.",
      ],
      ["3. Huong dan nguoi dan nop ho so truc tuyen tai nha van hoa - Chu tri: CC VH-XH - Han: 31/12/2021 - Tien do: 80%."],
    ]);
    expect(c.tasks.map((t) => `${t.due} | ${t.status} | ${t.progress} | ${t.doneDate}`)).toEqual([
      "2021-12-31 | Hoàn thành | 100 | 2021-12-10",
      "2021-12-31 | Đang thực hiện | 80 | null",
    ]);
  });

  it("reads 'Co' without its mark as yes under 'Đã thực hiện?'", () => {
    const c = consolidateSheet([
      ["THEO DOI VIEC DIA CHINH 2021"],
      ["STT", "Noi dung", "Chu tri", "Han", "Đã thực hiện?"],
      [1, "Cap nhat bien dong dat dai vao co so du lieu", "DC-XD", d("2021-11-30"), "Co"],
      [2, "Niem yet cong khai quy hoach su dung dat", "DC-XD", d("2021-12-31"), "khong"],
      [3, "Ra soat ho so cap giay chung nhan", "DC-XD", d("2021-10-31"), "Có"],
    ]);
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Chưa thực hiện", "Hoàn thành"]);
  });

  it("reads the periods' blocks stacked under one header past blank rows, a template's empty total and a range among the counts named", () => {
    const row = (n: number, field: string, a: number | string, b: number, forms: number) => [n, field, a, b, forms];
    const c = consolidateSheet([
      ["THEO DÕI KẾT QUẢ ĐÁNH GIÁ SỰ HÀI LÒNG THEO LĨNH VỰC NĂM 2021"],
      [],
      ["TT", "Lĩnh vực", "Hài lòng về tiếp cận dịch vụ", "Hài lòng về công chức", "Số phiếu hợp lệ"],
      ["I. QUÝ I/2021 (từ 15/12/2020 đến 14/3/2021)"],
      row(1, "Hộ tịch", 30, 29, 31),
      row(2, "Chứng thực", 25, 24, 26),
      [null, "Cộng", 55, 53, 57],
      [],
      ["II. QUÝ II/2021 (từ 15/3/2021 đến 14/6/2021)"],
      row(1, "Hộ tịch", 34, 33, 35),
      row(2, "Đất đai", "7-8", 11, 12),
      [null, "Cộng", 42, 44, 47],
      [],
      ["III. QUÝ III/2021 (từ 15/6/2021 đến 14/9/2021)"],
      row(1, "Hộ tịch", 0, 0, 0),
      [null, "Cộng quý III", 0, 0, 0],
    ]);
    expect(c.readings.filter((r) => r.code === "2.1").map((r) => `${r.period} ${r.date} ${r.numerator}/${r.denominator}`)).toEqual([
      // (A state report's span, 15th to 14th, is its quarter's: Nghị định 09/2019/NĐ-CP.)
      "Quý I/2021 2021-03-14 55/57",
      "Quý II/2021 2021-06-14 42/47",
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => `${p.row}${p.column} ${p.value}`)).toEqual(["11C 7-8"]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([16]);
  });
});

describe("a task whose sentence opens with who does it, no lead written", () => {
  it("takes the sentence's office before the plan's lead for the criterion, and says so", () => {
    const c = consolidateSheet([
      ["TRÍCH KẾ HOẠCH 49/KH-UBND - PHÂN CÔNG"],
      ["STT", "Mã TC", "Nhiệm vụ", "Thời hạn"],
      [1, "1.1", "Bộ phận Tiếp nhận và trả kết quả xã hướng dẫn tổ chức, cá nhân sử dụng dịch vụ công trực tuyến", d("2021-12-31")],
    ]);
    expect(c.tasks.map((t) => t.lead)).toEqual(["Bộ phận Tiếp nhận và trả kết quả xã"]);
    expect(c.tasks[0].note).toContain("Chủ trì lấy theo nội dung");
  });
});

describe("a survey's total that is no count", () => {
  it("names 'khoảng 35' in the Cộng row's forms, never reading a rate over it", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG THEO LĨNH VỰC NĂM 2021"],
      [],
      ["TT", "Lĩnh vực", "Hài lòng về tiếp cận dịch vụ", "Hài lòng về công chức", "Số phiếu hợp lệ"],
      [1, "Hộ tịch", 18, 19, 20],
      [2, "Chứng thực", 14, 15, "khoảng 15"],
      [null, "Cộng", 32, 34, "khoảng 35"],
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => `${p.row}${p.column} ${p.value}`)).toEqual([
      "5E khoảng 15",
      "6E khoảng 35",
    ]);
    expect(c.readings.every((r) => r.denominator === null && r.value === null)).toBe(true);
  });
});
