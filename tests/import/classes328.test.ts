import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { ratePartOf } from "../../src/core/import/rateSheets";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf, merged } from "../helpers/grids";

// Classes found by blind sets 326-331.

const day = (d: string) => ({ date: d as IsoDate });

describe("a survey's rounds down the rows, each aspect's rate across, the survey's day in a column of its own", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ ĐỒNG TIẾN"],
      ["KẾT QUẢ CÁC ĐỢT KHẢO SÁT SỰ HÀI LÒNG NĂM 2021"],
      ["Đợt", "Thời gian khảo sát", "Phiếu", null, "Tỷ lệ hài lòng theo nội dung (%)", null, null, null, null, "Chỉ số chung"],
      [
        null,
        null,
        "Phát ra",
        "Hợp lệ",
        "Tiếp cận dịch vụ",
        "Thủ tục hành chính",
        "Công chức phục vụ",
        "Kết quả giải quyết",
        "Phản ánh, kiến nghị",
      ],
      ["Năm 2020 (Sở Nội vụ công bố)", null, null, null, "83,0%", "81,2%", "88,1%", "84,0%", "77,5%", "82,8%"],
      ["Đợt 1/2021", day("2021-05-20"), 50, 48, "86,1%", "82,4%", "90,0%", "85,5%", "78,0%", "84,4%"],
      ["Đợt 2/2021", day("2021-10-28"), 55, 52, "89,3%", "84,6%", "92,3%", "88,5%", "80,8%", "87,1%"],
      ["Tăng (+)/giảm (-) so với đợt 1", null, null, null, "+3,2", "+2,2", "+2,3", "+3,0", "+2,8", "+2,7"],
      ["Mục tiêu năm 2021", null, null, null, "> 83,0%", "> 81,2%", "≥ 88,1%", "≥ 84,0%", "≥ 77,5%"],
    ],
    { merges: merged("E3:I3", "C3:D3", "A3:A4", "B3:B4", "J3:J4") },
  );

  it("reads each aspect's rate for each round at the round's day, never as tasks", () => {
    expect(c.tasks).toEqual([]);
    const on = (row: number) => c.readings.filter((r) => r.source.row === row).map((r) => `${r.code}=${r.value}@${r.date}`);
    expect(on(6)).toEqual(["2.1=86.1@2021-05-20", "2.2=82.4@2021-05-20", "2.3=90@2021-05-20", "2.4=85.5@2021-05-20", "2.5=78@2021-05-20"]);
    expect(on(7).map((x) => x.split("@")[1])).toEqual(Array(5).fill("2021-10-28"));
  });

  it("reads the rows of changes and targets as no reading and says so", () => {
    expect(c.readings.filter((r) => r.source.row >= 8)).toEqual([]);
    expect(c.problems.some((p) => p.row === 8)).toBe(true);
    expect(c.problems.some((p) => p.row === 9)).toBe(true);
  });
});

describe("two years' bands of a survey's counts, the survey's day after them", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ HƯNG LỘC"],
      ["KẾT QUẢ KHẢO SÁT SIPAS NĂM 2021 (so với năm 2020)"],
      ["TT", "Nội dung", "Năm 2020", null, null, "Năm 2021", null, null, "Ngày khảo sát"],
      [null, null, "Số phiếu hài lòng", "Tổng số phiếu", "Tỷ lệ (%)", "Số phiếu hài lòng", "Tổng số phiếu", "Tỷ lệ (%)"],
      [1, "Tiếp cận dịch vụ", 70, 90, 77.8, 84, 95, 88.4, day("2021-11-10")],
      [2, "Kết quả giải quyết TTHC", 75, 90, 83.3, 88, 95, 92.6],
      [null, "Chỉ số hài lòng chung (bình quân)", null, null, 80.6, null, null, 90.5],
    ],
    { merges: merged("C3:E3", "F3:H3", "A3:A4", "B3:B4", "I3:I4", "I5:I6") },
  );

  it("dates last year's figures by last year, never by this year's survey day", () => {
    const last = c.readings.filter((r) => r.value !== null && r.numerator !== null && r.denominator === 90);
    expect(last.map((r) => [r.code, r.date])).toEqual([
      ["2.1", "2020-12-31"],
      ["2.4", "2020-12-31"],
    ]);
  });

  it("dates this year's figures by the survey's day", () => {
    const now = c.readings.filter((r) => r.denominator === 95);
    expect(now.map((r) => [r.code, r.numerator, r.date])).toEqual([
      ["2.1", 84, "2021-11-10"],
      ["2.4", 88, "2021-11-10"],
    ]);
  });

  it('reads the overall row "Chỉ số hài lòng chung (bình quân)" as no criterion\'s reading', () => {
    expect(c.readings.filter((r) => r.source.row === 7)).toEqual([]);
    expect(c.problems.some((p) => p.row === 7)).toBe(true);
  });
});

describe("a year's estimate after quarterly bands of a survey's counts", () => {
  const c = consolidateSheet(
    [
      ["UBND XA PHU LOC"],
      ["TONG HOP PHIEU KHAO SAT HAI LONG NAM 2021"],
      [
        "TT",
        "Noi dung",
        "Quy III (KS ngay 20/9/2021)",
        null,
        null,
        "Quy IV (KS ngay 22/11/2021)",
        null,
        null,
        "Du kien ca nam (%)",
        "Ghi chu",
      ],
      [null, null, "So phieu", "Hai long", "Ty le", "So phieu", "Hai long", "Ty le"],
      [1, "Tiep can dich vu", 30, 26, 86.7, 32, 29, 90.6, 89],
      [2, "Thu tuc hanh chinh", 30, 25, 83.3, 32, 28, 87.5, 86],
      [3, "Cong chuc giai quyet TTHC", 30, 27, 90, 32, 30, 93.8, 92],
      [4, "Tiep nhan, xu ly phan anh kien nghi", 30, 24, 80, "chua KS", null, null, null, "Quy IV chua co PAKN"],
    ],
    { merges: merged("C3:E3", "F3:H3", "A3:A4", "B3:B4", "I3:I4", "J3:J4") },
  );

  it("reads each quarter's counts as readings, none as a task's progress", () => {
    expect(c.tasks).toEqual([]);
    const read = c.readings.map((r) => `${r.date}:${r.source.row}:${r.code}=${r.numerator}/${r.denominator}`).sort();
    expect(read.map((x) => x.slice(11))).toEqual([
      "5:2.1=26/30",
      "6:2.2=25/30",
      "7:2.3=27/30",
      "8:2.5=24/30",
      "5:2.1=29/32",
      "6:2.2=28/32",
      "7:2.3=30/32",
    ]);
    expect(read.map((x) => x.slice(0, 10))).toEqual([...Array(4).fill("2021-09-20"), ...Array(3).fill("2021-11-22")]);
  });

  it("names the estimate's column as not read", () => {
    expect(c.problems.find((p) => p.column === "I")?.message).toMatch(/ước tính/);
  });
});

describe('a survey round\'s month typed as a date and shown as "Tháng 6/2021" under "Thời gian khảo sát"', () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ TÂN MỸ"],
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG NĂM 2021"],
      ["Đợt", "Thời gian khảo sát", "Nội dung đánh giá", "Số phiếu thu về", "Số phiếu hài lòng", "Tỷ lệ hài lòng (%)"],
      ["Đợt 1", day("2021-06-01"), "Hài lòng về tiếp cận dịch vụ", 80, 70, 87.5],
      [null, null, "Hài lòng về kết quả giải quyết TTHC", 80, 72, 90],
      ["Đợt 2", day("2021-11-16"), "Hài lòng về tiếp cận dịch vụ", 90, 81, 90],
      [null, null, "Hài lòng về kết quả giải quyết TTHC", 90, 84, 93.3],
    ],
    { merges: merged("A4:A5", "B4:B5", "A6:A7", "B6:B7"), formats: { "4:2": '"Tháng "mm/yyyy', "6:2": "dd/mm/yyyy" } },
  );

  it("reads the first round as the month's figures, the second at its day, and names no bad date", () => {
    expect(c.readings.map((r) => `${r.source.row}:${r.code}@${r.date}`)).toEqual([
      "4:2.1@2021-06-30",
      "6:2.1@2021-11-16",
      "5:2.4@2021-06-30",
      "7:2.4@2021-11-16",
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });
});

describe("a sheet per official, one task due on 31/01/2022 (the plan's own milestone) under a title of 2021", () => {
  const sheet = (name: string, lead: string, tasks: Array<[string, string]>) =>
    gridOf(
      [
        ["UBND XÃ EA SOL"],
        ["THEO DÕI NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC NĂM 2021"],
        [`Người phụ trách: ${lead}`],
        ["STT", "Nội dung công việc", "Thời hạn", "Kết quả thực hiện"],
        ...tasks.map(([content, due], i): Array<string | number | { date: IsoDate }> => [i + 1, content, day(due), "Đang thực hiện"]),
      ],
      { sheet: name },
    );
  const c = consolidate(
    [
      {
        file: "theo-doi.xlsx",
        ok: true,
        grids: [
          sheet("VP-TK", "Công chức Văn phòng - Thống kê", [
            ["Rà soát đội ngũ cán bộ, công chức theo chức danh", "2021-06-30"],
            ["Công khai số điện thoại đường dây nóng", "2021-09-30"],
          ]),
          sheet("TC-KT", "Công chức Tài chính - Kế toán", [
            ["Giải ngân vốn đầu tư công đạt 60% kế hoạch", "2021-09-30"],
            ["Giải ngân 100% kế hoạch vốn đầu tư công", "2022-01-31"],
          ]),
        ],
      },
    ],
    BUILTIN_PLAN,
    "2021-12-15" as IsoDate,
  );

  it("keeps every sheet's tasks as this year's and names none as a past year's", () => {
    expect(c.tasks.map((t) => t.source.sheet).sort()).toEqual(["TC-KT", "TC-KT", "VP-TK", "VP-TK"]);
    expect(c.problems.filter((p) => p.code === "SHEET_PAST_YEAR")).toEqual([]);
  });
});

describe('"Văn bản chỉ đạo | Ngày ký văn bản" beside the tasks: the cited document\'s day', () => {
  const c = consolidateSheet([
    ["UBND XÃ TÂN BÌNH"],
    ["DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH 49/KH-UBND"],
    [
      "STT",
      "Tên nhiệm vụ",
      "Văn bản chỉ đạo",
      "Ngày ký văn bản",
      "Đơn vị chủ trì",
      "Thời gian hoàn thành",
      "Ngày cập nhật",
      "Kết quả thực hiện",
    ],
    ["1.3", "Tỷ lệ đạt chuẩn của cán bộ cấp xã"],
    [
      1,
      "Rà soát đội ngũ cán bộ, công chức theo chức danh",
      "KH 49/KH-UBND",
      day("2021-09-29"),
      "VP-TK",
      "Trước 31/10",
      day("2021-11-02"),
      "HT 28/10/2021, BC số 145/BC-UBND",
    ],
    [
      2,
      "Cử công chức chưa đạt chuẩn đi bồi dưỡng",
      "CV 88/PNV",
      day("2021-10-12"),
      "VP-TK",
      "Quý IV/2021",
      day("2021-12-01"),
      "Đang thực hiện",
    ],
    ["2.3", "Chỉ số hài lòng về công chức tại Bộ phận Một cửa"],
    [
      3,
      "Chấn chỉnh kỷ cương tại Bộ phận Một cửa",
      "CV 145/UBND",
      day("2021-10-20"),
      "VP-TK",
      "Tháng 11",
      day("2021-12-01"),
      "Đã kiểm tra 02 lần; xong 25/11",
    ],
  ]);

  it("never takes the document's day for the day done: the result's words give it, or none", () => {
    expect(c.tasks.map((t) => [t.source.row, t.doneDate])).toEqual([
      [5, "2021-10-28"],
      [6, null],
      [8, "2021-11-25"],
    ]);
  });
});

describe('a district form\'s quarters over "Tử số | Mẫu số | Tỷ lệ (%)" with a unit column "ĐVT"', () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ IA PÚCH", null, null, null, null, null, null, null, "Biểu mẫu số 07"],
      ["TỔNG HỢP SỐ LIỆU CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
      ["STT", "Tên chỉ tiêu", "ĐVT", "Quý III", null, null, "Quý IV", null, null],
      [null, null, null, "Tử số", "Mẫu số", "Tỷ lệ (%)", "Tử số", "Mẫu số", "Tỷ lệ (%)"],
      [1, "Hồ sơ TTHC giải quyết đúng hạn trên tổng số hồ sơ đã giải quyết", "hồ sơ", 150, 152, 98.7, 118, 118, 100],
      [2, "Hồ sơ TTHC tiếp nhận trực tuyến mức độ 3, 4", "hồ sơ", 52, 175, 29.7, 44, 150, 29.3],
      [3, "Văn bản đi gửi dưới dạng điện tử", "văn bản", 140, 151, 92.7, 125, 130, 96.2],
    ],
    { merges: merged("D3:F3", "G3:I3", "A3:A4", "B3:B4", "C3:C4") },
  );

  it("reads each row's own parts for each quarter, never one column of rates with the counts skipped", () => {
    const read = c.readings.map((r) => `${r.code} ${r.period} ${r.numerator}/${r.denominator}`).sort();
    expect(read).toEqual([
      "1.1 Quý III/2021 52/175",
      "1.1 Quý IV/2021 44/150",
      "1.2 Quý III/2021 150/152",
      "1.2 Quý IV/2021 118/118",
      "1.5 Quý III/2021 140/151",
      "1.5 Quý IV/2021 125/130",
    ]);
  });
});

describe('a rate row typed as fractions of 1 ("0,92") under "%" among rate rows typed as percentages', () => {
  const c = consolidateSheet([
    ["UBND XÃ IA KHAI"],
    ["BÁO CÁO MỘT SỐ CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2021"],
    ["STT", "Chỉ tiêu", "ĐVT", "Tháng 7", "Tháng 8", "Tháng 9"],
    [1, "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn", "%", 100, 98.8, 100],
    [2, "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến mức độ 3, 4", "%", 21, 23.5, 24],
    [3, "Tỷ lệ văn bản điện tử gửi đi trên tổng số văn bản đi", "%", 0.92, 0.95, 0.97],
  ]);

  it("reads the fractions as percentages and says so on each", () => {
    const e = c.readings.filter((r) => r.source.row === 6);
    expect(e.map((r) => [r.code, r.value])).toEqual([
      ["1.5", 92],
      ["1.5", 95],
      ["1.5", 97],
    ]);
    expect(e.every((r) => /phân số của 1/.test(r.note))).toBe(true);
  });
});

describe("last year's rate in a column beside this year's survey figures", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) NĂM 2021 - UBND XÃ IA DƠK"],
    ["TT", "Chỉ số thành phần", "Số phiếu hài lòng", "Số phiếu hợp lệ", "Tỷ lệ hài lòng năm 2021", "Năm 2020", "So sánh"],
    [1, "Chỉ số hài lòng về tiếp cận dịch vụ", 98, 112, 0.875, 0.842, "Tăng"],
    [2, "Chỉ số hài lòng về kết quả giải quyết TTHC", 101, 112, 0.902, 0.88, "Tăng"],
  ]);

  it("reads it as that year's reading of each criterion, beside this year's", () => {
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.value}`).sort()).toEqual([
      "2.1 Năm 2020 84.2",
      "2.1 Năm 2021 87.5",
      "2.4 Năm 2020 88",
      "2.4 Năm 2021 90.17857142857143",
    ]);
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN" && p.column === "F")).toEqual([]);
  });
});

describe('"Đến 30/6/2021" in the period column beside "Ngày lập báo cáo"', () => {
  const c = consolidateSheet([
    ["THEO DÕI GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021"],
    ["Thời điểm", "Kế hoạch vốn giao (triệu đồng)", "Lũy kế giải ngân (triệu đồng)", "Tỷ lệ giải ngân", "Ngày lập báo cáo"],
    ["Đến 30/6/2021", 5000, 2100, 0.42, day("2021-07-05")],
    ["Đến 30/9/2021", 5000, 3150, 0.63, day("2021-10-04")],
  ]);

  it("dates the figures by the day they stand at, never by the day the report was made", () => {
    expect(c.readings.map((r) => [r.code, r.date])).toEqual([
      ["1.4", "2021-06-30"],
      ["1.4", "2021-09-30"],
    ]);
  });
});

describe('a count row among a rate\'s rows on a sheet titled "Biểu mẫu số 3"', () => {
  const c = consolidateSheet([
    ["UBND XÃ ĐÔNG HƯNG", null, null, null, null, "Biểu mẫu số 3"],
    ["THỐNG KÊ VĂN BẢN ĐI NĂM 2021"],
    ["TT", "Nội dung", "Đơn vị", "Tháng 7", "Tháng 8", "Tháng 9"],
    [1, "Tổng số văn bản đi", "văn bản", 44, 47, 49],
    [null, "Trong đó:"],
    ["-", "Gửi dưới dạng điện tử (có ký số)", "văn bản", 40, 43, 46],
    ["-", "Gửi song song bản giấy", "văn bản", 4, 4, 3],
    [2, "Tỷ lệ văn bản đi gửi dưới dạng điện tử", "%", 90.91, 91.49, 93.88],
  ]);

  it("reads the rate over its counts and the paper copies as a count, never a reading (the form's number is no denominator)", () => {
    expect(c.readings.map((r) => `${r.source.row} ${r.code} ${r.numerator}/${r.denominator}`)).toEqual([
      "8 1.5 40/44",
      "8 1.5 43/47",
      "8 1.5 46/49",
    ]);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 7)).toBe(true);
  });
});

describe("a CCHC criterion's row under a title that also names the satisfaction survey", () => {
  const c = consolidateSheet([
    ["CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC XÃ VÀ KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG NĂM 2021"],
    ["STT", "Nội dung chỉ tiêu", "ĐVT", "6 tháng đầu năm", "9 tháng"],
    ["I", "ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC XÃ"],
    [1, "Tỷ lệ cán bộ, công chức xã đạt chuẩn", "%", "20/22", "21/22"],
    ["II", "KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG"],
    [2, "Chỉ số hài lòng về sự phục vụ của công chức", "%", 86, 86.5],
  ]);

  it("gives the officials' standard to 1.3 and the satisfaction with officials to 2.3", () => {
    expect(c.readings.map((r) => `${r.source.row} ${r.code}`).sort()).toEqual(["4 1.3", "4 1.3", "6 2.3", "6 2.3"]);
  });
});

describe("a task list typed without marks, its signature block too", () => {
  const c = consolidateSheet([
    ["UBND XA THANH SON"],
    ["BANG THEO DOI NHIEM VU CAI THIEN CHI SO CCHC NAM 2021"],
    ["Ma TC", "Noi dung", "Thoi han", "Trach nhiem", "Trang thai", "Ngay HT"],
    ["1.2", "Mo so theo doi ho so tre hen, xin loi nguoi dan", day("2021-03-31"), "BPMC", "Hoan thanh", "12/3/2021"],
    ["2.1", "Bo sung ghe ngoi, quat, nuoc uong tai phong mot cua", day("2021-09-30"), "CT UBND", "Dang thuc hien"],
    [],
    [null, "Nguoi lap bieu", null, null, "Thanh Son, ngay 10 thang 12 nam 2021"],
    [null, "(Ky, ghi ro ho ten)"],
    [],
    [null, "Ngo Thi Thu"],
  ]);

  it("reads the two tasks only, the signature's lines never tasks", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([4, 5]);
  });

  it('takes "BPMC" for the one-stop desk', () => {
    expect(c.tasks[0].lead).toBe("Bộ phận Tiếp nhận và trả kết quả xã");
  });
});

describe('"Kết quả thực hiện (%)" beside the state, a done day said "Đã đăng ngày …" in the notes', () => {
  const c = consolidateSheet([
    ["TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ NĂM 2021"],
    ["STT", "Nội dung công việc", "Chủ trì", "Thời gian hoàn thành", "Kết quả thực hiện (%)", "Tình hình thực hiện", "Ghi chú"],
    [
      1,
      "Đăng tin bài tuyên truyền CCHC trên trang thông tin điện tử xã",
      "CC VH-XH",
      day("2021-09-30"),
      100,
      "Hoàn thành",
      "Đã đăng ngày 20/9/2021",
    ],
    [2, "Kiểm tra tiến độ dự án đường liên thôn", "CT UBND", day("2021-11-30"), 70, "Đang thực hiện"],
  ]);

  it("reads the percent as each task's progress and the day it was posted as the day done", () => {
    expect(c.tasks.map((t) => [t.progress, t.doneDate])).toEqual([
      [100, "2021-09-20"],
      [70, null],
    ]);
  });
});

describe('a district form numbered by its own outline ("1" over "1.1", "3" over "3.1")', () => {
  const c = consolidateSheet([
    ["BẢNG TỔNG HỢP SỐ LIỆU CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    ["STT", "Tên chỉ tiêu", "ĐVT", "Quý II", "Quý III"],
    ["1", "Cải cách thủ tục hành chính"],
    ["1.1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "97,9%", "99,2%"],
    ["1.2", "Tỷ lệ hồ sơ tiếp nhận trực tuyến mức độ 3, 4", "%", 14.2, 19.8],
    ["2", "Cải cách tài chính công"],
    ["2.1", "Tỷ lệ giải ngân vốn đầu tư công (lũy kế)", "%", 41.5, 63],
    ["3", "Hiện đại hóa hành chính"],
    ["3.1", "Tỷ lệ văn bản đi gửi dưới dạng điện tử", "%", 93.5, 95],
  ]);

  it("takes each row's criterion from its name, never the form's number", () => {
    const codes = new Map(c.readings.map((r) => [r.source.row, r.code]));
    expect([...codes].sort((a, b) => a[0] - b[0])).toEqual([
      [4, "1.2"],
      [5, "1.1"],
      [7, "1.4"],
      [9, "1.5"],
    ]);
  });
});

describe("a survey's aspects named right in its one header row, the quarters down", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ CHỈ SỐ HÀI LÒNG (SIPAS) THEO QUÝ - NĂM 2021"],
    [
      "Kỳ đánh giá",
      "Ngày khảo sát",
      "Số phiếu hợp lệ",
      "Tiếp cận dịch vụ",
      "Thủ tục hành chính",
      "Sự phục vụ của công chức",
      "Chỉ số SIPAS",
    ],
    ["Quý I/2021", day("2021-03-25"), 60, 81.7, 78.3, 85, 81],
    ["Quý II/2021", day("2021-06-24"), 65, 83.1, 80, 86.2, 82.3],
    ["Mục tiêu năm 2021", null, null, "≥ 80%", "≥ 78%", "≥ 83%", "≥ 79,6%"],
  ]);

  it("reads each aspect's rate for each quarter at the survey's day", () => {
    const read = c.readings.map((r) => `${r.source.row} ${r.code} ${r.value} ${r.date}`).sort();
    expect(read).toEqual([
      "3 2.1 81.7 2021-03-25",
      "3 2.2 78.3 2021-03-25",
      "3 2.3 85 2021-03-25",
      "4 2.1 83.1 2021-06-24",
      "4 2.2 80 2021-06-24",
      "4 2.3 86.2 2021-06-24",
    ]);
  });

  it("names the overall index's column as no criterion's", () => {
    expect(c.problems.some((p) => p.code === "UNMAPPED_COLUMN" && p.column === "G")).toBe(true);
  });
});

describe("the quarter's tasks in a table of their own under quarterly bands of figures", () => {
  const c = consolidateSheet(
    [
      ["THEO DÕI KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ CHỈ SỐ CCHC NĂM 2021"],
      ["TT", "Tiêu chí / chỉ tiêu", "Quý II", null, null, "Quý III", null, null, "Ghi chú"],
      [null, null, "Thực hiện", "Tổng số", "Tỷ lệ (%)", "Thực hiện", "Tổng số", "Tỷ lệ (%)"],
      ["1", "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4", 30, 170, 17.6, 44, 181, 24.3],
      ["2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", 168, 169, 99.4, 181, 181, 100],
      [],
      ["NHIỆM VỤ TRỌNG TÂM QUÝ IV/2021"],
      ["STT", "Nội dung", "Người thực hiện", "Thời hạn", "Kết quả"],
      [1, "Tuyên truyền dịch vụ công trực tuyến trên loa truyền thanh xã", "CC VH-XH", day("2021-11-30"), "Đã xong 20/11/2021"],
      [2, "Rà soát, cử 02 công chức đi bồi dưỡng chức danh", "CC VP-TK", day("2021-12-15"), "Đang làm"],
    ],
    { merges: merged("C2:E2", "F2:H2", "A2:A3", "B2:B3", "I2:I3") },
  );

  it("reads the figures by quarter and the tasks with their deadlines and results", () => {
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.numerator}/${r.denominator}`).sort()).toEqual([
      "1.1 Quý II/2021 30/170",
      "1.1 Quý III/2021 44/181",
      "1.2 Quý II/2021 168/169",
      "1.2 Quý III/2021 181/181",
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.due, t.status, t.doneDate])).toEqual([
      [9, "2021-11-30", "Hoàn thành", "2021-11-20"],
      [10, "2021-12-15", "Đang thực hiện", null],
    ]);
  });
});

describe("a form's number in a title, beside a sheet of a rate's parts", () => {
  it('reads "Biểu mẫu số 03" and "Mẫu số 05/BC" as no denominator', () => {
    expect(ratePartOf("Biểu mẫu số 03")).toBeNull();
    expect(ratePartOf("MẪU SỐ 05/BC-UBND")).toBeNull();
  });

  it('still reads "Mẫu số 1.2" and "Tu so" as a rate\'s parts', () => {
    expect(ratePartOf("Mẫu số 1.2")).toBe("denominator");
    expect(ratePartOf("Tu so")).toBe("numerator");
  });
});

describe("a commune's name typed without marks in its heading", () => {
  const file = (name: string, head: string, done: string) => ({
    file: name,
    ok: true as const,
    grids: [
      gridOf(
        [
          [head],
          ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Trạng thái", "Ngày hoàn thành"],
          [1, "Niêm yết công khai số điện thoại đường dây nóng", "VP-TK", day("2021-06-30"), "Hoàn thành", day(done)],
        ],
        { file: name },
      ),
    ],
  });
  const c = consolidate(
    [
      file("a.xlsx", "UBND XÃ BÌNH MINH", "2021-07-12"),
      file("b.xlsx", "UBND XÃ BÌNH MINH", "2021-07-12"),
      file("c.xlsx", "UBND XA THUAN HOA", "2021-06-25"),
    ],
    BUILTIN_PLAN,
    "2021-12-15" as IsoDate,
  );

  it("is the unit of its workbook: its task stands beside the other commune's, named, never merged with it", () => {
    expect(c.problems.filter((p) => p.code === "OTHER_UNIT").map((p) => [p.file, p.message.includes("UBND xã THUAN HOA")])).toEqual([
      ["c.xlsx", true],
    ]);
    expect(c.tasks.map((t) => [t.source.file, t.doneDate]).sort()).toEqual([
      ["a.xlsx", "2021-07-12"],
      ["c.xlsx", "2021-06-25"],
    ]);
  });
});

describe("a survey's day after two years' bands, its days in neither year", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ KHẢO SÁT SIPAS CÁC NĂM 2019 - 2020"],
      ["TT", "Nội dung", "Năm 2019", null, null, "Năm 2020", null, null, "Ngày khảo sát"],
      [null, null, "Số phiếu hài lòng", "Tổng số phiếu", "Tỷ lệ (%)", "Số phiếu hài lòng", "Tổng số phiếu", "Tỷ lệ (%)"],
      [1, "Tiếp cận dịch vụ", 70, 90, 77.8, 84, 95, 88.4, day("2021-11-10")],
      [2, "Kết quả giải quyết TTHC", 75, 90, 83.3, 88, 95, 92.6, day("2021-11-10")],
    ],
    { merges: merged("C2:E2", "F2:H2", "A2:A3", "B2:B3", "I2:I3") },
  );

  it("keeps the day column in the bands' views, never dropped unread", () => {
    expect(c.readings.some((r) => r.date === "2021-11-10")).toBe(true);
  });
});
