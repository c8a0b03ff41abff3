import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf, merged } from "../helpers/grids";

// Classes found by blind sets 401-413: reports pasted from Word whose assessment says what was done.

describe("a review's results under its general assessment, each line naming its criterion", () => {
  const c = consolidateSheet(
    [
      ["BÁO CÁO KIỂM ĐIỂM VIỆC THỰC HIỆN KẾ HOẠCH CCHC ĐẾN NGÀY 30/11/2021"],
      [],
      ["I.", "ĐÁNH GIÁ CHUNG"],
      ["1.", "Những kết quả đạt được"],
      [
        "a)",
        "TC 1.5 – Văn bản điện tử: Công chức Văn phòng - Thống kê đã cài đặt chữ ký số cho lãnh đạo và công chức (hoàn thành ngày 05/11/2021).",
      ],
      ["b)", "TC 1.6 – GRDP: đang phối hợp Chi cục Thống kê huyện thu thập số liệu ước tính GRDP, hạn nộp ngày 10/12/2021."],
      ["c)", "Công tác cải cách hành chính được cấp ủy, chính quyền quan tâm chỉ đạo thường xuyên."],
      ["2.", "Tồn tại, hạn chế"],
      ["-", "Tiêu chí 1.3: còn 04 cán bộ, công chức chưa đạt chuẩn, việc cử đi bồi dưỡng chưa thực hiện."],
      ["II.", "NHIỆM VỤ THÁNG 12/2021"],
      ["1.", "Hoàn thành giải ngân vốn đầu tư công (TC 1.4) trước 31/01/2022."],
      ["2.", "Tổ chức khảo sát SIPAS lần 2 (TC 2.1) trong tháng 12/2021."],
    ],
    { merges: merged("A1:B1") },
  );

  it("reads each result naming its criterion as a task, with its lead, day done and deadline", () => {
    const signed = c.tasks.find((t) => t.source.row === 5);
    expect([signed?.code, signed?.status, signed?.doneDate]).toEqual(["1.5", "Hoàn thành", "2021-11-05"]);
    expect(signed?.content).toContain("cài đặt chữ ký số");
    expect(signed?.content).not.toContain("Văn bản điện tử");
    expect(signed?.lead).toContain("Văn phòng");
    const grdp = c.tasks.find((t) => t.source.row === 6);
    expect([grdp?.code, grdp?.status, grdp?.due]).toEqual(["1.6", "Đang thực hiện", "2021-12-10"]);
  });

  it("keeps the assessment's other lines and its shortcomings as remarks, named, and reads the month's work", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([5, 6, 11, 12]);
    const skipped = c.problems.find((p) => p.code === "ROW_SKIPPED" && p.row === 3);
    expect(skipped?.message).toContain("nhận xét");
  });
});

describe("a criterion's name before the colon of a report's line, the work after it", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC THÁNG 11/2021"],
    [],
    ["1.", "TC 2.5 – Đường dây nóng: Bộ phận một cửa đã niêm yết số điện thoại đường dây nóng (xong ngày 01/11/2021)."],
    ["2.", "TC 1.7 – Thu ngân sách: Công chức Tài chính - Kế toán đang đôn đốc thu thuế đất phi nông nghiệp, hạn nộp ngày 20/12/2021."],
  ]);

  it("takes the work after the criterion's name as the task, and the deadline after 'hạn nộp ngày'", () => {
    expect(c.tasks.map((t) => t.code)).toEqual(["2.5", "1.7"]);
    expect(c.tasks[1].due).toBe("2021-12-20");
    expect(c.tasks[0].content).toContain("niêm yết số điện thoại");
    expect(c.tasks[0].content).not.toContain("Đường dây nóng:");
    expect(c.tasks[1].content).toContain("đôn đốc thu thuế");
    expect(c.tasks[1].content).not.toContain("Thu ngân sách");
  });
});

describe("a sheet per official, each titled with the year, one official's only task the January milestone", () => {
  const sheet = (name: string, who: string, task: GridCell[]) =>
    gridOf(
      [
        ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ CCHC NĂM 2021 CỦA CÁ NHÂN"],
        [`Họ và tên: ${name}`, null, null, null, `Chức danh: ${who}`],
        [],
        ["TT", "Tiêu chí", "Công việc được giao", "Hạn", "Đã làm được", "%"],
        task,
      ],
      { sheet: name, file: "ca-nhan.xlsx" },
    );
  const c = consolidate(
    [
      {
        file: "ca-nhan.xlsx",
        ok: true,
        grids: [
          sheet("Hoa", "Công chức Văn phòng - Thống kê", [
            1,
            "TCTP 1.3",
            "Rà soát đội ngũ cán bộ, công chức theo chức danh",
            "15/12/2021",
            "Chưa xong",
            "60%",
          ]),
          sheet("Nam", "Công chức Văn hóa - Xã hội", [
            1,
            "TC 1.6",
            "Quảng bá sản phẩm OCOP của xã tại hội chợ huyện",
            "30/11/2021",
            "Hoàn thành ngày 22/11/2021",
            "100%",
          ]),
          sheet("Tuấn", "Công chức Tài chính - Kế toán", [
            1,
            "TCTP 1.4",
            "Tham mưu giải ngân vốn đầu tư công",
            "31/01/2022",
            "Đang thực hiện",
            "65%",
          ]),
        ],
      },
    ],
    BUILTIN_PLAN,
    "2021-12-15" as IsoDate,
  );

  it("reads every official's sheet, none taken for last year's copy", () => {
    expect(c.tasks.map((t) => [t.source.sheet, t.code]).sort()).toEqual([
      ["Hoa", "1.3"],
      ["Nam", "1.6"],
      ["Tuấn", "1.4"],
    ]);
    expect(c.problems.filter((p) => p.code === "SHEET_PAST_YEAR")).toEqual([]);
  });
});

describe("a criterion's tasks over its dossier counts with the quarters across", () => {
  const c = consolidateSheet([
    ["BẢNG THEO DÕI THỰC HIỆN TIÊU CHÍ THÀNH PHẦN 1.2"],
    [],
    ["STT", "Nội dung công việc", "Người phụ trách", "Thời gian hoàn thành", "Kết quả thực hiện", "Ghi chú"],
    ["I", "CÁC NHIỆM VỤ, GIẢI PHÁP"],
    [
      1,
      "Rà soát, cập nhật danh mục TTHC niêm yết tại Bộ phận Một cửa",
      "Công chức Văn phòng-Thống kê",
      "31/10/2021",
      "Đã hoàn thành",
      "Hoàn thành ngày 25/10/2021",
    ],
    [
      2,
      "Thực hiện xin lỗi bằng văn bản khi hồ sơ giải quyết trễ hạn",
      "Công chức chuyên môn",
      "Khi phát sinh",
      "Đang thực hiện; đã gửi 02 thư xin lỗi (lĩnh vực đất đai)",
    ],
    [3, "Báo cáo tình hình giải quyết hồ sơ TTHC hằng quý", "Công chức Văn phòng-Thống kê", "20/12/2021", "Đang thực hiện"],
    [],
    ["II", "KẾT QUẢ GIẢI QUYẾT HỒ SƠ TTHC"],
    [null, "Chỉ tiêu", "Quý I", "Quý II", "Quý III"],
    [1, "Tổng số hồ sơ tiếp nhận", 312, 298, 340],
    [2, "Số hồ sơ giải quyết đúng hạn", 305, 296, 340],
    [3, "Số hồ sơ trễ hạn", 7, 2, 0],
  ]);

  it("reads the tasks above the counts, none lost without a word", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [5, "1.2"],
      [6, "1.2"],
      [7, "1.2"],
    ]);
    expect(c.tasks[0].doneDate).toBe("2021-10-25");
  });

  it("names no field from a task's words for the desk's counts", () => {
    const fields = (c.dossiers ?? []).map((d) => d.field);
    expect(fields.filter((f) => /đất đai/iu.test(f))).toEqual([]);
    expect((c.dossiers ?? []).length).toBeGreaterThan(0);
  });
});

describe("a desk's months down with the year so far on its last row, 'Lũy kế 11 tháng'", () => {
  const c = consolidateSheet([
    ["TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2021"],
    [],
    ["Thời gian", "Tiếp nhận", "Đã giải quyết", "Đúng hạn", "Trễ hạn", "Tỷ lệ đúng hạn"],
    ["Tháng 10", 161, 158, 156, 2, 0.987],
    ["Tháng 11", 158, 160, 160, 0, 1],
    ["Lũy kế 11 tháng", 1468, 1461, 1453, 8, 0.9945],
  ]);

  it("reads the year so far as the months from January to November's end", () => {
    const ytd = c.readings.filter((r) => r.code === "1.2" && r.numerator === 1453);
    expect(ytd.map((r) => [r.period, r.date, r.denominator])).toEqual([["Năm 2021 (đến 30/11/2021)", "2021-11-30", 1461]]);
  });
});

describe("a report's sentences wrapped over the rows under them, as pasted from Word", () => {
  const c = consolidateSheet([
    ["BÁO CÁO SƠ KẾT CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2021"],
    ["(Số liệu từ ngày 15/12/2020 đến ngày 14/3/2021)"],
    [],
    ["I. KẾT QUẢ THỰC HIỆN"],
    ["1. Tiêu chí thành phần 1.2 - Tỷ lệ hồ sơ giải quyết đúng hạn"],
    ["Tổng số hồ sơ tiếp nhận trong quý I là 203 hồ sơ, đã giải"],
    ["quyết 198 hồ sơ, trong đó đúng hạn 196/198 hồ sơ, đạt tỷ lệ 99%; đang giải quyết 05"],
    ["hồ sơ chưa đến hạn."],
    ["II. NHIỆM VỤ QUÝ II NĂM 2021"],
    ["1. Bộ phận TN&TKQ tiếp tục hướng dẫn người dân nộp hồ sơ trực tuyến, phấn đấu tỷ lệ trực"],
    ["tuyến đạt trên 20% trong quý II (TC 1.1)."],
    ["2. Công chức Tài chính - Kế toán phối hợp Công chức Địa chính - Xây dựng hoàn thiện hồ sơ"],
    ["thanh toán công trình nhà văn hóa thôn 2 trước ngày 30/4/2021 (TC 1.4)."],
  ]);

  it("reads the rate of a sentence whose figures are on its second row", () => {
    const onTime = c.readings.filter((r) => r.numerator === 196);
    expect(onTime.map((r) => [r.source.row, r.denominator, r.date])).toEqual([[6, 198, "2021-03-14"]]);
  });

  it("reads each task with the words of its second row, never taking them for the next task's section", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.due])).toEqual([
      [10, "1.1", "2021-06-30"],
      [12, "1.4", "2021-04-30"],
    ]);
    expect(c.tasks[1].content).toContain("thanh toán công trình nhà văn hóa thôn 2");
  });
});

describe("a survey's questions grouped by aspect, each group closed by its own subtotal row", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS)"],
      ["9 tháng đầu năm 2021 (từ ngày 01/01/2021 đến ngày 30/9/2021)"],
      [],
      ["STT", "Nội dung câu hỏi", "Số phiếu trả lời", "Mức độ hài lòng", null, null, null, "Tỷ lệ hài lòng (%)"],
      [null, null, null, "Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng"],
      ["I", "TIẾP CẬN DỊCH VỤ"],
      [1, "Nơi ngồi chờ, trang thiết bị phục vụ tại Bộ phận Một cửa đầy đủ", 110, 30, 68, 10, 2, 89.09],
      [2, "Thông tin về TTHC được niêm yết công khai, đầy đủ, dễ tìm", 110, 35, 65, 8, 2, 90.91],
      [3, "Dễ dàng liên hệ, tra cứu thông tin qua điện thoại", 110, 25, 60, 20, 5, 77.27],
      [null, "Chỉ số hài lòng về tiếp cận dịch vụ", 330, 90, 193, 38, 9, 85.76],
      ["II", "CÔNG CHỨC TẠI BỘ PHẬN MỘT CỬA"],
      [4, "Công chức có thái độ giao tiếp lịch sự", 110, 50, 55, 4, 1, 95.45],
      [5, "Công chức chú ý lắng nghe, trả lời đầy đủ ý kiến", 110, 45, 58, 6, 1, 93.64],
      [null, "Chỉ số hài lòng về công chức", 220, 95, 113, 10, 2, 94.55],
    ],
    { merges: merged("D4:G4", "A4:A5", "B4:B5", "C4:C5", "H4:H5", "B6:H6", "B11:H11") },
  );

  it("counts each aspect's answers once, never its subtotal as one more question", () => {
    const parts = c.readings.filter((r) => r.numerator !== null).map((r) => [r.code, r.numerator, r.denominator]);
    expect(parts).toEqual(
      expect.arrayContaining([
        ["2.1", 283, 330],
        ["2.3", 208, 220],
      ]),
    );
  });
});

describe("a month in the deadline's column, the day inside it in the task's words", () => {
  const c = consolidateSheet([
    ["SỔ THEO DÕI CÔNG VIỆC CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    [],
    ["STT", "Công việc", "Thời gian", "Thực hiện", "Ghi chú"],
    [1, "Hướng dẫn HTX hoàn thiện hồ sơ đăng ký sản phẩm OCOP (TC 1.6) - hạn 20/12/2021", "Tháng 12", "Đang làm"],
    [2, "Niêm yết TTHC lĩnh vực nông nghiệp tại Bộ phận một cửa (TC 2.2)", "Tháng 10", "Đã xong", "xong 14/10/2021"],
  ]);

  it("takes the day, and says where it came from", () => {
    expect(c.tasks.map((t) => [t.code, t.due])).toEqual([
      ["1.6", "2021-12-20"],
      ["2.2", "2021-10-31"],
    ]);
    expect(c.tasks[0].note).toContain("Hạn lấy theo nội dung");
  });
});

describe("a survey's table beside its remedies' list, a title merged over both, its headings merged down two rows", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) NĂM 2021"],
      [],
      [
        "Bảng 1. Tỷ lệ hài lòng theo từng chỉ số",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "Bảng 2. Việc làm để nâng chỉ số hài lòng",
      ],
      ["STT", "Mã", "Chỉ số", "Quý III/2021", null, null, "Quý IV/2021 (đến 10/12)", null, null, "So với năm 2020"],
      [
        null,
        null,
        null,
        "Số phiếu hài lòng",
        "Số phiếu khảo sát",
        "Tỷ lệ (%)",
        "Số phiếu hài lòng",
        "Số phiếu khảo sát",
        "Tỷ lệ (%)",
        null,
        null,
        "TT",
        "TC",
        "Việc làm",
        "Người làm",
        "Xong chưa",
      ],
      [
        1,
        "2.1",
        "Tiếp cận dịch vụ",
        45,
        50,
        90,
        47,
        50,
        0.94,
        "Tăng",
        null,
        1,
        "2.1",
        "Bổ sung 10 ghế chờ tại Bộ phận Một cửa",
        "VP-TK",
        "Xong 15/10",
      ],
      [
        2,
        "2.2",
        "Tổ chức giải quyết TTHC",
        44,
        50,
        88,
        46,
        50,
        0.92,
        "Tăng",
        null,
        2,
        "2.2",
        "Tuyên truyền nộp hồ sơ qua bưu chính công ích",
        "VH-XH",
        "Đang làm",
      ],
      [
        3,
        "2.3",
        "Công chức tại Bộ phận TN&TKQ",
        48,
        50,
        96,
        49,
        50,
        0.98,
        "Giữ vững",
        null,
        3,
        "2.5",
        "Công khai số đường dây nóng của Chủ tịch UBND xã",
        "VP-TK",
        "Chưa",
      ],
    ],
    { merges: merged("A1:P1", "A3:J3", "L3:P3", "D4:F4", "G4:I4", "A4:A5", "B4:B5", "C4:C5", "J4:J5") },
  );

  it("reads both quarters' figures of the survey, and the remedies as tasks with none of them", () => {
    const of21 = c.readings.filter((r) => r.code === "2.1").map((r) => [r.date, r.numerator, r.denominator]);
    expect(of21).toEqual(
      expect.arrayContaining([
        ["2021-09-30", 45, 50],
        ["2021-12-10", 47, 50],
      ]),
    );
    expect(c.tasks.map((t) => [t.code, t.progress])).toEqual([
      ["2.1", 100],
      ["2.2", null],
      ["2.5", 0],
    ]);
  });
});

describe("printed forms stacked down one sheet, a label left blank on some, the state ticked among boxes", () => {
  const form = (n: number, code: string, work: string, lead: string, due: GridCell, done: GridCell, state: string): GridCell[][] => [
    [`PHIẾU SỐ 0${n}`],
    ["Tiêu chí:", code],
    ["Nội dung nhiệm vụ:", work],
    ["Người chủ trì:", lead, null, "Phối hợp:", "Bộ phận TN&TKQ"],
    ["Thời hạn:", due, null, "Ngày hoàn thành:", done],
    ["Tình trạng:", state],
    ["Kết quả, minh chứng:", n === 1 ? "Đã phát 24 buổi trên loa truyền thanh xã" : null],
    ["Ghi chú:"],
    [],
  ];
  const c = consolidateSheet([
    ["PHIẾU THEO DÕI THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    [],
    ...form(
      1,
      "1.1 - Thực hiện kế hoạch CCHC",
      "Tuyên truyền dịch vụ công trực tuyến trên loa phát thanh",
      "Công chức Văn hóa - Xã hội",
      "31/12/2021",
      null,
      "☐ Chưa thực hiện   ☒ Đang thực hiện   ☐ Hoàn thành",
    ),
    ...form(
      2,
      "2.1 - Chỉ số hài lòng về tiếp cận dịch vụ",
      "Bổ sung ghế ngồi chờ, biển hướng dẫn tại Bộ phận Một cửa",
      "Công chức Văn phòng - Thống kê",
      "31/10/2021",
      "20/10/2021",
      "☐ Chưa thực hiện   ☐ Đang thực hiện   ☒ Hoàn thành",
    ),
    ...form(
      3,
      "2.5 - Chỉ số hài lòng về tiếp nhận, xử lý PAKN",
      "Công khai số điện thoại đường dây nóng của lãnh đạo UBND xã",
      "Chủ tịch UBND xã",
      "Quý IV/2021",
      null,
      "☒ Chưa thực hiện   ☐ Đang thực hiện   ☐ Hoàn thành",
    ),
  ]);

  it("reads each form as its task, its fields where their labels say, its state the ticked box", () => {
    expect(c.tasks.map((t) => [t.code, t.due, t.status, t.doneDate])).toEqual([
      ["1.1", "2021-12-31", "Đang thực hiện", null],
      ["2.1", "2021-10-31", "Hoàn thành", "2021-10-20"],
      ["2.5", "2021-12-31", "Chưa thực hiện", null],
    ]);
    expect(c.tasks[1].lead).toContain("Văn phòng");
  });
});

describe("a half-year's report typed without marks, its number and signing day on one line", () => {
  const c = consolidateSheet([
    ["UBND XA TAN BINH"],
    ["So: 68/BC-UBND          Tan Binh, ngay 18 thang 6 nam 2021"],
    [],
    ["BAO CAO"],
    ["Ket qua cong tac cai cach hanh chinh 6 thang dau nam 2021 va phuong huong nhiem vu 6 thang cuoi nam"],
    ["(So lieu tinh den ngay 15/6/2021)"],
    [],
    ["I. KET QUA DAT DUOC"],
    ["1. Cai cach thu tuc hanh chinh (TCTP 1.2)"],
    ["- Ty le giai quyet ho so dung han dat 99,16%."],
  ]);

  it("dates its figures by the half year at the day it gives, never by the month it was signed in", () => {
    expect(c.readings.map((r) => [r.period, r.date, r.value])).toEqual([["6 tháng đầu năm 2021", "2021-06-15", 99.16]]);
  });
});

describe("a survey's satisfied forms, forms returned and rate as three rows under a criterion's remedies", () => {
  const c = consolidateSheet(
    [
      ["THEO DÕI CẢI THIỆN CHỈ SỐ HÀI LÒNG (SIPAS) NĂM 2021"],
      [],
      ["Chỉ số 2.1. Hài lòng về tiếp cận dịch vụ"],
      ["STT", "Giải pháp", "Đơn vị thực hiện", "Thời hạn", "Tình hình thực hiện"],
      [1, "Cung cấp đầy đủ thông tin về Bộ phận TN&TKQ trên Trang TTĐT xã", "Văn phòng UBND xã", "31/5/2021", "Đã đăng tải ngày 12/5/2021"],
      [null, "Kết quả khảo sát", "Năm 2020", "Chỉ tiêu 2021", "6 tháng 2021", "9 tháng 2021"],
      [null, "Số phiếu hài lòng", 94, null, 50, 77],
      [null, "Tổng số phiếu khảo sát", 120, null, 60, 90],
      [null, "Tỷ lệ hài lòng", 0.7833, "Trên 80%", 0.8333, 0.8556],
    ],
    { formats: { "9:3": "0.0%", "9:5": "0.0%", "9:6": "0.0%" } },
  );

  it("reads each period's rate with its parts, never the satisfied forms as the rate", () => {
    const of21 = c.readings.filter((r) => r.code === "2.1" && r.date?.startsWith("2021"));
    expect(of21.map((r) => [r.date, r.numerator, r.denominator, Math.round(r.value ?? 0)])).toEqual([
      ["2021-06-30", 50, 60, 83],
      ["2021-09-30", 77, 90, 86],
    ]);
  });
});

describe("a task list of 2021 with each quarter's result on an arrow line under its task", () => {
  const c = consolidateSheet(
    [
      ["THEO DÕI TIÊU CHÍ 1.1 - DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2021"],
      ["Cập nhật ngày 10/12/2021"],
      [],
      ["TT", "Nội dung nhiệm vụ", "Chủ trì", "Hạn", "Tiến độ", "Tình trạng", "Ghi chú"],
      [
        1,
        "Tuyên truyền trên loa phát thanh xã về dịch vụ công trực tuyến (TC 1.1)",
        "CC Văn hóa-Xã hội",
        "30/6/2021",
        1,
        "Xong",
        "Phát 3 buổi/tuần trong tháng 4-5",
      ],
      [null, "=> Kết quả Quý I: tiếp nhận 210 hồ sơ, trong đó trực tuyến mức độ 3, 4 là 45 hồ sơ (đạt 21,4%)"],
      [2, "Hướng dẫn người dân nộp hồ sơ trực tuyến qua Cổng DVC của tỉnh (TC 1.1)", "Bộ phận TN&TKQ", "31/12/2021", 0.8, "Đang thực hiện"],
      [null, "=> Quý II: 236 hồ sơ, trực tuyến 71 hồ sơ (30,1%)"],
    ],
    { merges: merged("B6:G6", "B8:G8") },
  );

  it("dates each arrow line's figures by the quarter it names, in the sheet's year", () => {
    expect(c.readings.map((r) => [r.source.row, r.period, r.date, r.numerator, r.denominator])).toEqual([
      [6, "Quý I/2021", "2021-03-31", 45, 210],
      [8, "Quý II/2021", "2021-06-30", 71, 236],
    ]);
  });

  it("takes 'trong tháng 4-5' in a done task's note for months, never for the day it was done", () => {
    expect([c.tasks[0].status, c.tasks[0].doneDate]).toEqual(["Hoàn thành", null]);
  });
});

describe("months of a half year down a table titled for the half so far, its 'Cộng' row under them", () => {
  const c = consolidateSheet([
    ["SỐ LIỆU HỒ SƠ TIẾP NHẬN TRỰC TUYẾN (DỊCH VỤ CÔNG MỨC ĐỘ 3, 4)"],
    ["6 tháng cuối năm 2021 - số liệu đến 30/11/2021"],
    ["Tháng", "Tổng số hồ sơ tiếp nhận", "Hồ sơ trực tuyến", "Tỷ lệ"],
    ["T7", 132, 13, 0.0985],
    ["T8", 133, 15, 0.1128],
    ["T9", 152, 25, 0.1645],
    ["Cộng", 417, 53, 0.1271],
  ]);

  it("reads the total as the half year's figures so far, beside each month's", () => {
    expect(c.readings.map((r) => [r.source.row, r.date, r.numerator, r.denominator])).toEqual([
      [4, "2021-07-31", 13, 132],
      [5, "2021-08-31", 15, 133],
      [6, "2021-09-30", 25, 152],
      [7, "2021-11-30", 53, 417],
    ]);
  });
});

describe("a sheet of one criterion's figures as label | value lines, its units beside, its day in words", () => {
  const c = consolidateSheet(
    [
      ["TIÊU CHÍ THÀNH PHẦN 1.3 - TỶ LỆ ĐẠT CHUẨN CỦA CÁN BỘ, CÔNG CHỨC CẤP XÃ"],
      [],
      ["Thời điểm số liệu:", "ngày 30 tháng 11 năm 2021"],
      ["Tổng số cán bộ, công chức xã:", 22, "người"],
      ["Số đạt chuẩn:", 18, "người"],
      ["Tỷ lệ đạt chuẩn:", 0.8182],
      ["Chỉ tiêu:", "100%"],
      ["Tự đánh giá:", "Chưa đạt"],
    ],
    { merges: merged("A1:C1") },
  );

  it("reads the criterion's reading with its parts at that day", () => {
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([["1.3", "2021-11-30", 18, 22]]);
  });
});

describe("a task's result saying how far its own work is, 'Đang thực hiện, đạt khoảng 60%', under criterion 1.4", () => {
  const c = consolidateSheet([
    ["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC - 9 THÁNG ĐẦU NĂM 2021"],
    ["(Số liệu tính đến ngày 30/9/2021)"],
    [],
    ["TT", "Tiêu chí", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Kết quả"],
    [
      1,
      "1.4",
      "Đôn đốc nhà thầu đẩy nhanh tiến độ, nghiệm thu thanh toán công trình đường bê tông thôn 3",
      "Chủ tịch UBND xã",
      "30/9/2021",
      "Đang thực hiện, đạt khoảng 60%",
    ],
  ]);

  it("is the task's progress, never the criterion's disbursement figure", () => {
    expect(c.readings).toEqual([]);
    expect([c.tasks[0].status, c.tasks[0].progress]).toEqual(["Đang thực hiện", 60]);
  });
});

describe("a survey's aspects across, its counts and this half's rate down, last year's rate under it", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC 6 THÁNG ĐẦU NĂM 2021"],
    ["Ngày tổng hợp:", "30/6/2021"],
    [],
    ["Chỉ tiêu", "Tiếp cận dịch vụ", "Tổ chức giải quyết TTHC", "Công chức Bộ phận một cửa"],
    ["Số phiếu phát ra", 60, 60, 60],
    ["Số người trả lời", 58, 58, 58],
    ["Số người hài lòng", 54, 52, 57],
    ["Tỷ lệ hài lòng 6 tháng 2021 (%)", 93.1, 89.66, 98.28],
    ["Năm 2020 (%)", 91.2, 87.4, 96.1],
  ]);

  it("reads each aspect's rate with its parts, never the forms handed out as a rate", () => {
    const halfReadings = c.readings.filter((r) => r.date === "2021-06-30");
    expect(halfReadings[0]?.note).toContain("Số phiếu phát ra: 60");
    const half = halfReadings.map((r) => [r.numerator, r.denominator, r.value]);
    expect(half).toEqual([
      [54, 58, 93.1],
      [52, 58, 89.66],
      [57, 58, 98.28],
    ]);
  });

  it("reads last year's rate of each aspect from the row under it, and gives each its survey criterion", () => {
    const past = c.readings.filter((r) => r.date === "2020-12-31").map((r) => [r.code, r.value]);
    expect(past).toEqual([
      ["2.1", 91.2],
      ["2.2", 87.4],
      ["2.3", 96.1],
    ]);
  });
});
