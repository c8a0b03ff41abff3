import { IsoDate } from "../../src/core/dates/isoDate";
import { GridCell } from "../../src/core/import/grid";
import { consolidate } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

// Classes found by blind sets 258-265: the desk's daily log, and layouts seen least.

const day = (d: string) => ({ date: d as IsoDate });

describe("the desk's daily log, a field's line over its days", () => {
  const LOG: GridCell[][] = [
    ["UBND XÃ ĐÔNG XUÂN"],
    ["SỔ THEO DÕI HỒ SƠ HẰNG NGÀY - THÁNG 12/2021"],
    [],
    ["Ngày", "Tiếp nhận trực tiếp", "Tiếp nhận qua DVC trực tuyến", "Trả KQ trước hạn", "Trả KQ đúng hạn", "Trả KQ trễ hẹn", "Ghi chú"],
    ["I. LĨNH VỰC HỘ TỊCH"],
    [day("2021-12-01"), 5, 1, 4, 1, 0],
    [day("2021-12-02"), 3, 0, 3, 0, 0],
    ["Cộng", 8, 1, 7, 1, 0],
    ["II. LĨNH VỰC CHỨNG THỰC"],
    ["02/12/2021", 9, 0, 9, 0, 0],
    ["31/11/2021", 15, 0, 15, 0, 0],
    ["Cộng", 24, 0, 24, 0, 0],
  ];

  it("adds up each field's days into its month, the results handed back ('Trả KQ') as resolved", () => {
    const c = consolidateSheet(LOG);
    expect(c.dossiers?.map((x) => [x.field, x.from, x.to, x.inPerson, x.online, x.early, x.onTime, x.late])).toEqual([
      ["Hộ tịch", "2021-12-01", "2021-12-31", 8, 1, 7, 1, 0],
      ["Chứng thực", "2021-12-01", "2021-12-31", 24, 0, 24, 0, 0],
    ]);
    expect(c.readings).toEqual([]);
    const said = c.problems.filter((p) => p.code === "DOSSIER_COUNT_DERIVED" && p.message.includes("từng ngày"));
    expect(said.map((p) => p.message)).toEqual([
      expect.stringContaining("Hộ tịch tháng 12/2021 (dòng 6–7); Chứng thực tháng 12/2021 (dòng 10–11)"),
    ]);
  });

  it("names a day that does not exist, its counts filed under the title's month", () => {
    const c = consolidateSheet(LOG);
    const bad = c.problems.filter((p) => p.code === "BAD_DATE");
    expect(bad.map((p) => [p.row, p.column, p.value])).toEqual([[11, "A", "31/11/2021"]]);
    expect(bad[0].message).toContain("01/12/2021 – 31/12/2021");
  });

  it("checks each field's 'Cộng' against its days", () => {
    const wrong = LOG.map((r) => [...r]);
    wrong[7] = ["Cộng", 9, 1, 7, 1, 0];
    const c = consolidateSheet(wrong);
    expect(c.problems.filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH").map((p) => [p.row, p.column])).toEqual([[8, "B"]]);
  });
});

describe("the desk's daily log, a row per day and field, the day written once", () => {
  const LOG: GridCell[][] = [
    ["SO THEO DOI HO SO TTHC HANG NGAY (THANG 8 - THANG 9/2021)"],
    ["Ngay", "Linh vuc", "Nhan moi", null, "Da giai quyet", null, null, "Ghi chu"],
    [null, null, "Truc tuyen", "Truc tiep", "Truoc han", "Dung han", "Qua han"],
    [day("2021-08-03"), "Dat dai", null, 1, 1, 0, 0],
    [null, "Ho tich", 1, 1, 1, 0, 1, "Tre hen"],
    [day("2021-08-04"), "Ho tich", 2, 1, 2, 1, 0],
    ["Cong thang 8", null, 3, 3, 4, 1, 1],
    [day("2021-09-09"), "Dat dai", 1, 0, 1, 0, 0],
    ["31/9/2021", "Ho tich", null, 2, 1, 1, 0],
    ["Cong thang 9", null, 1, 2, 2, 1, 0],
  ];
  const merges = [
    { top: 2, left: 3, bottom: 2, right: 4 },
    { top: 2, left: 5, bottom: 2, right: 7 },
  ];

  it("reads the day over the rows under it, each field's month added up", () => {
    const c = consolidateSheet(LOG, { merges });
    expect(c.dossiers?.map((x) => [x.field, x.from, x.to, x.online, x.inPerson, x.early, x.late])).toEqual([
      ["Dat dai", "2021-08-01", "2021-08-31", 0, 1, 1, 0],
      ["Ho tich", "2021-08-01", "2021-08-31", 3, 2, 3, 1],
      ["Dat dai", "2021-09-01", "2021-09-30", 1, 0, 1, 0],
      ["Ho tich", null, null, 0, 2, 1, 0],
    ]);
  });

  it("names the day that does not exist, and checks each month's 'Cộng' against its rows", () => {
    const wrong = LOG.map((r) => [...r]);
    wrong[6] = ["Cong thang 8", null, 3, 4, 4, 1, 1];
    const c = consolidateSheet(wrong, { merges });
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => [p.row, p.column, p.value])).toEqual([[9, "A", "31/9/2021"]]);
    expect(c.problems.filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH").map((p) => [p.row, p.column])).toEqual([[7, "D"]]);
  });
});

describe("a month typed '09/2021' among months stored as dates", () => {
  it("is that month, never the title's quarter", () => {
    const c = consolidateSheet(
      [
        ["BẢNG TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC QUÝ III NĂM 2021"],
        ["Tháng", "Lĩnh vực", "Số hồ sơ tiếp nhận mới", null, "Kết quả giải quyết", null, null, "Đang giải quyết (trong hạn)"],
        [null, null, "Trực tuyến", "Trực tiếp, bưu chính", "Trước hạn", "Đúng hạn", "Quá hạn"],
        [day("2021-08-01"), "Hộ tịch", 15, 30, 22, 22, 0, 2],
        [null, "Chứng thực", 5, 76, 70, 11, 0, 0],
        ["09/2021", "Hộ tịch", 18, 27, 25, 20, 1, 1],
        [null, "Chứng thực", 6, 70, 65, 11, 0, 0],
        ["Cộng quý III", null, 44, 203, 182, 64, 1, 1],
      ],
      {
        merges: [
          { top: 2, left: 3, bottom: 2, right: 4 },
          { top: 2, left: 5, bottom: 2, right: 7 },
        ],
        formats: { "4:1": "mm/yyyy" },
      },
    );
    expect(c.dossiers?.map((x) => [x.field, x.from, x.to])).toEqual([
      ["Hộ tịch", "2021-08-01", "2021-08-31"],
      ["Chứng thực", "2021-08-01", "2021-08-31"],
      ["Hộ tịch", "2021-09-01", "2021-09-30"],
      ["Chứng thực", "2021-09-01", "2021-09-30"],
    ]);
    // The quarter's pending dossiers are a stock at its end, never the months' added up.
    expect(c.problems.filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH")).toEqual([]);
  });
});

describe("months typed as '7/2021', shown as their month alone", () => {
  const SURVEY: GridCell[][] = [
    ["UBND XÃ PHÚ LỘC"],
    ["BỘ PHẬN TN&TKQ"],
    ["TỔNG HỢP PHIẾU LẤY Ý KIẾN HÀI LÒNG HÀNG THÁNG (6 THÁNG CUỐI NĂM 2021)"],
    [],
    ["Tháng", "Số phiếu phát ra", "Số phiếu thu về", "Số phiếu hài lòng về", null, null, null, null, "Ghi chú"],
    [null, null, null, "Tiếp cận dịch vụ", "Thủ tục HC", "Công chức", "Kết quả giải quyết", "Tiếp nhận PAKN"],
    [day("2021-07-01"), 40, 38, 35, 33, 36, 34, 30],
    [day("2021-08-01"), 40, 37, 34, 35, 35, 33, 29],
    [day("2021-09-01"), 45, 41, 39, 36, 40, 38, 37],
    [day("2021-10-01"), null, null, null, null, null, null, null, "Chưa tổng hợp"],
    ["Cộng", 125, 116, 108, 104, 111, 105, 96],
    ["Tỷ lệ (%)", null, null, 93.1, 89.7, 95.7, 90.5, 82.8],
    [],
    ['* Phiếu hài lòng: phiếu chọn mức "Hài lòng" hoặc "Rất hài lòng".'],
  ];
  const merges = [
    { top: 3, left: 1, bottom: 3, right: 9 },
    { top: 5, left: 4, bottom: 5, right: 8 },
    { top: 5, left: 1, bottom: 6, right: 1 },
    { top: 5, left: 2, bottom: 6, right: 2 },
    { top: 5, left: 3, bottom: 6, right: 3 },
    { top: 5, left: 9, bottom: 6, right: 9 },
  ];
  const formats = { "7:1": "mm/yyyy", "8:1": "[$-42A]mmm-yy", "9:1": "mm/yyyy", "10:1": "mm/yyyy" };
  const read = () => consolidateSheet(SURVEY, { merges, formats });

  it("reads each row's month as its period, dated at the month's end", () => {
    const c = read();
    const got = c.readings.map((x) => [x.code, x.period, x.date, x.numerator, x.denominator]);
    got.sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[2]).localeCompare(String(b[2])));
    expect(got.filter((x) => x[0] === "2.1" || x[0] === "2.3")).toEqual([
      ["2.1", "Tháng 7/2021", "2021-07-31", 35, 38],
      ["2.1", "Tháng 8/2021", "2021-08-31", 34, 37],
      ["2.1", "Tháng 9/2021", "2021-09-30", 39, 41],
      ["2.3", "Tháng 7/2021", "2021-07-31", 36, 38],
      ["2.3", "Tháng 8/2021", "2021-08-31", 35, 37],
      ["2.3", "Tháng 9/2021", "2021-09-30", 40, 41],
    ]);
    expect(got).toHaveLength(15);
  });

  it("names the month not yet tallied, never taking it for a second table's header", () => {
    const c = read();
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([10, 14]);
  });

  it("keeps a date shown with its day as that day", () => {
    const c = consolidateSheet(SURVEY, { merges, formats: { ...formats, "7:1": "dd/mm/yyyy" } });
    expect(c.readings.filter((x) => x.source.row === 7).map((x) => x.period)).not.toContain("Tháng 7/2021");
  });
});

describe("a deadline typed '6/2021', shown as its month", () => {
  it("is the month's end, never its first day", () => {
    const c = consolidateSheet(
      [
        ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng"],
        [1, "Rà soát, công bố công khai thủ tục hành chính tại Bộ phận Một cửa", "VP-TK", day("2021-06-01"), "Đang thực hiện"],
        [2, "Cập nhật số liệu giải quyết hồ sơ lên Cổng dịch vụ công", "VP-TK", day("2021-09-15"), "Đang thực hiện"],
      ],
      { formats: { "2:4": "mmm-yy", "3:4": "dd/mm/yyyy" } },
    );
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-06-30", "2021-09-15"]);
  });
});

describe("date columns told apart under their bands", () => {
  it("never takes 'Ngày giao' under a 'Thời gian' band for the day done", () => {
    const c = consolidateSheet(
      [
        ["UBND XÃ TÂN AN", null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["CÔNG CHỨC VĂN HÓA - XÃ HỘI", null, null, null, null, "Độc lập - Tự do - Hạnh phúc"],
        [],
        ["BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ CCHC NĂM 2021"],
        ["(Kèm theo Kế hoạch số 49/KH-UBND ngày 29/9/2021 của UBND xã)"],
        [],
        ["STT", "Nội dung công việc", "Chủ trì", "Thời gian", null, "Kết quả thực hiện", null, null, "Ngày báo cáo", "Ghi chú"],
        [null, null, null, "Ngày giao", "Hạn hoàn thành", "Tình trạng", "Tỷ lệ (%)", "Ngày hoàn thành"],
        ["I", "Tiêu chí 1.1 - Thực hiện kế hoạch CCHC (DVC trực tuyến mức độ 3, 4)"],
        [
          1,
          "Tuyên truyền trên hệ thống loa phát thanh về các TTHC được cung cấp dịch vụ công mức độ 3, 4",
          "CC VH-XH",
          day("2021-10-01"),
          day("2021-11-30"),
          "Đã hoàn thành",
          100,
          day("2021-11-25"),
          day("2021-12-10"),
        ],
        [
          2,
          "Phối hợp hướng dẫn người dân sử dụng dịch vụ công trực tuyến mức độ 3, 4",
          "BP Một cửa",
          day("2021-10-01"),
          day("2021-12-31"),
          "Đang thực hiện",
          70,
          null,
          day("2021-12-10"),
        ],
        ["II", "Chỉ số SIPAS 2.1 - Hài lòng về tiếp cận dịch vụ"],
        [
          3,
          "Đăng tải thông tin về Bộ phận Tiếp nhận và trả kết quả trên Trang thông tin điện tử xã",
          "CC VH-XH",
          day("2021-10-05"),
          day("2021-10-31"),
          "Hoàn thành",
          100,
          day("2021-11-08"),
          day("2021-12-10"),
          "Chậm do mất kết nối mạng",
        ],
        [
          4,
          "Bổ sung ghế ngồi, biển hiệu hướng dẫn tại Bộ phận Một cửa",
          "CC VH-XH",
          day("2021-10-05"),
          "15/12/2021",
          "Chưa thực hiện",
          0,
          null,
          day("2021-12-10"),
          "Chờ kinh phí",
        ],
        [
          5,
          "Tuyên truyền, nêu gương điển hình tiên tiến, sáng kiến CCHC trên loa truyền thanh xã",
          "CC VH-XH",
          day("2021-10-15"),
          day("2021-12-15"),
          "Hoàn thành",
          100,
          day("2021-12-20"),
          day("2021-12-10"),
        ],
        ["Tổng cộng: 05 nhiệm vụ (hoàn thành 03)", null, null, null, null, null, 74],
        [],
        ["Ghi chú: Ngày báo cáo là ngày cập nhật số liệu gửi công chức Văn phòng - Thống kê tổng hợp."],
        [],
        [null, "NGƯỜI LẬP BIỂU", null, null, null, null, null, "Tân An, ngày 10 tháng 12 năm 2021"],
        [],
        [],
        [],
        [null, "Nguyễn Thị Hoa"],
      ],
      {
        merges: [
          { top: 1, left: 1, bottom: 1, right: 4 },
          { top: 1, left: 6, bottom: 1, right: 10 },
          { top: 2, left: 1, bottom: 2, right: 4 },
          { top: 2, left: 6, bottom: 2, right: 10 },
          { top: 4, left: 1, bottom: 4, right: 10 },
          { top: 5, left: 1, bottom: 5, right: 10 },
          { top: 7, left: 4, bottom: 7, right: 5 },
          { top: 7, left: 6, bottom: 7, right: 8 },
          { top: 7, left: 1, bottom: 8, right: 1 },
          { top: 7, left: 2, bottom: 8, right: 2 },
          { top: 7, left: 3, bottom: 8, right: 3 },
          { top: 7, left: 9, bottom: 8, right: 9 },
          { top: 7, left: 10, bottom: 8, right: 10 },
          { top: 9, left: 2, bottom: 9, right: 10 },
          { top: 12, left: 2, bottom: 12, right: 10 },
          { top: 16, left: 1, bottom: 16, right: 6 },
        ],
        sheet: "Theo dõi NV 2021",
        file: "01-vhxh-tan-an.xlsx",
      },
    );
    expect(c.tasks.map((t) => [t.due, t.doneDate])).toEqual([
      ["2021-11-30", "2021-11-25"],
      ["2021-12-31", null],
      ["2021-10-31", "2021-11-08"],
      ["2021-12-15", null],
      ["2021-12-15", "2021-12-20"],
    ]);
  });

  it("reads 'TG hoàn thành' beside the time allowed ('Thời gian thực hiện') as the day done", () => {
    const c = consolidateSheet(
      [
        ["ỦY BAN NHÂN DÂN XÃ HÒA LỘC"],
        ["KẾT QUẢ THỰC HIỆN TIÊU CHÍ 1.4 - GIẢI NGÂN KẾ HOẠCH ĐẦU TƯ VỐN NGÂN SÁCH NHÀ NƯỚC NĂM 2021"],
        [],
        ["STT", "Nội dung nhiệm vụ", "Người chủ trì", "Thời gian thực hiện", "TG hoàn thành", "Kết quả", "Ghi chú"],
        [
          1,
          "Rà soát, lập kế hoạch giải ngân chi tiết từng dự án, báo cáo Chủ tịch UBND xã",
          "CC TC-KT",
          "01/7-30/9/2021",
          day("2021-09-28"),
          "Hoàn thành",
        ],
        [
          2,
          "Kiểm tra tiến độ tại thực địa các công trình: đường GTNT thôn 3, nhà văn hóa thôn 5",
          "PCT UBND",
          "01/10-31/12/2021",
          null,
          "Đang thực hiện",
          "Đã kiểm tra 2/3 công trình",
        ],
        [
          3,
          "Hoàn thiện hồ sơ thanh toán khối lượng hoàn thành gửi Kho bạc Nhà nước huyện",
          "CC TC-KT",
          "15/9 - 15/11/2021",
          day("2021-11-12"),
          "Hoàn thành",
        ],
        [
          4,
          "Giải ngân 100% kế hoạch vốn đầu tư ngân sách nhà nước được giao",
          "CT UBND xã",
          "Đến 31/01/2022",
          null,
          "Đang thực hiện (đạt 78%)",
        ],
        [
          5,
          "Tháo gỡ vướng mắc giải phóng mặt bằng dự án kênh mương nội đồng",
          "PCT UBND",
          "Quý IV/2021",
          null,
          "Chưa thực hiện",
          "Chờ ý kiến huyện",
        ],
        [],
        ["SỐ LIỆU GIẢI NGÂN"],
        ["Kỳ", null, "Ngày số liệu", "Kế hoạch vốn giao (triệu đồng)", "Đã giải ngân (triệu đồng)", "Tỷ lệ giải ngân (%)"],
        ["Đến 30/9/2021", null, day("2021-09-30"), 5000, 3250, 65],
        ["Đến 30/11/2021", null, day("2021-11-30"), 5000, 3900, 78],
        [],
        [null, null, null, null, "Hòa Lộc, ngày 14/12/2021"],
        [null, null, null, null, "KẾ TOÁN"],
      ],
      {
        merges: [
          { top: 1, left: 1, bottom: 1, right: 3 },
          { top: 2, left: 1, bottom: 2, right: 7 },
          { top: 12, left: 1, bottom: 12, right: 2 },
          { top: 13, left: 1, bottom: 13, right: 2 },
          { top: 14, left: 1, bottom: 14, right: 2 },
        ],
        sheet: "Giai ngan",
      },
    );
    expect(c.tasks.map((t) => [t.due, t.doneDate])).toEqual([
      ["2021-09-30", "2021-09-28"],
      ["2021-12-31", null],
      ["2021-11-15", "2021-11-12"],
      ["2022-01-31", null],
      ["2021-12-31", null],
    ]);
  });
});

describe("a log of checks, the time planned beside the time carried out", () => {
  const LOG: GridCell[][] = [
    ["THEO DÕI CÔNG TÁC KIỂM TRA, RÀ SOÁT CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    [],
    ["STT", "Nội dung kiểm tra, rà soát", "Chủ trì", "Phối hợp", "Thời gian dự kiến", "Thời gian thực hiện", "Kết quả", "Ghi chú"],
    [
      1,
      "Kiểm tra việc niêm yết công khai TTHC tại Bộ phận Một cửa",
      "CC VP-TK",
      "BP Một cửa",
      "Tháng 9/2021",
      "…/8/2021",
      "Đã kiểm tra, có biên bản",
    ],
    [
      2,
      "Kiểm tra thái độ giao tiếp của công chức tại Bộ phận Một cửa",
      "PCT UBND xã",
      null,
      day("2021-11-15"),
      day("2021-11-12"),
      "Hoàn thành",
    ],
    [3, "Rà soát, đề xuất đơn giản hóa các TTHC còn rườm rà", "BP Một cửa", "Các CC chuyên môn", "Quý IV/2021", null, "Đang rà soát"],
    [
      4,
      "Kiểm tra việc thực hiện xin lỗi người dân khi trễ hẹn",
      "CC VP-TK",
      null,
      day("2021-10-31"),
      null,
      "Chưa thực hiện",
      "Chuyển sang tháng 12",
    ],
  ];

  it("takes the planned time as the deadline and the time carried out as the day done", () => {
    const c = consolidateSheet(LOG);
    expect(c.tasks.map((t) => [t.source.row, t.due, t.doneDate])).toEqual([
      [4, "2021-09-30", null],
      [5, "2021-11-15", "2021-11-12"],
      [6, "2021-12-31", null],
      [7, "2021-10-31", null],
    ]);
  });

  it("names '…/8/2021', the day left blank, and reads no day from it", () => {
    const c = consolidateSheet(LOG);
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => [p.row, p.column])).toEqual([[4, "F"]]);
  });
});

describe("sections that name the lead of the rows under them", () => {
  it("takes the whole title after 'chủ trì:' in a bracket, a comma in the section's name", () => {
    const c = consolidateSheet([
      ["TT", "Nội dung công việc", "Thời hạn", "Kết quả thực hiện"],
      ["2. Tuyên truyền, phổ biến pháp luật (chủ trì: công chức Văn hóa - Xã hội)"],
      ["2.1", "Tuyên truyền Luật Hộ tịch, Luật Chứng thực trên loa phát thanh xã", "Quý III/2021", "Hoàn thành"],
      ["2.2", "Tổ chức hưởng ứng Ngày Pháp luật nước CHXHCN Việt Nam", day("2021-11-09"), "Hoàn thành"],
    ]);
    expect(c.tasks.map((t) => [t.lead, t.partners])).toEqual([
      ["Công chức Văn hóa-Xã hội", ""],
      ["Công chức Văn hóa-Xã hội", ""],
    ]);
  });

  it("reads a numbered title merged over the number and the words, its lead in the Chủ trì cell, as a section", () => {
    const c = consolidateSheet(
      [
        ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian hoàn thành", "Tình trạng"],
        ["1/ Tuyên truyền về cải cách hành chính (Tiêu chí 1.1)", null, "CC VH-XH"],
        ["1.1", "Tuyên truyền trên loa phát thanh về dịch vụ công trực tuyến", null, "BP Một cửa", day("2021-03-31"), "Hoàn thành"],
        ["1.2", "Đăng tin, bài về CCHC trên Trang thông tin điện tử xã", "CC VP-TK", null, day("2021-09-30"), "Hoàn thành"],
      ],
      { merges: [{ top: 2, left: 1, bottom: 2, right: 2 }] },
    );
    expect(c.tasks.map((t) => [t.code, t.lead])).toEqual([
      ["1.1", "Công chức Văn hóa-Xã hội"],
      ["1.1", "Công chức Văn phòng-Thống kê"],
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED")).toEqual([]);
  });

  it("names a lead taken from the file's name that the row lists as a partner", () => {
    const c = consolidateSheet(
      [
        ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Tình trạng"],
        ["3.1", "Sơ kết, khen thưởng tập thể, cá nhân tiêu biểu trong CCHC", null, "CC VH-XH", day("2021-12-31"), "Chưa thực hiện"],
      ],
      { file: "VHXH_xa_Quang_Trung.xlsx" },
    );
    expect(c.tasks.map((t) => t.lead)).toEqual(["Công chức Văn hóa-Xã hội"]);
    expect(c.problems.filter((p) => p.code === "LEAD_UNCLEAR").map((p) => [p.row, p.column])).toEqual([[2, "C"]]);
  });
});

describe("a task's words wrapped onto the next row", () => {
  it("joins a line starting with a capital where the line above leaves a bracket open", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung", "Chủ trì", "Hạn", "Tình trạng"],
      [1, "Thực hiện thu phí, lệ phí TTHC qua tài khoản (phối hợp với", "CC TC-KT", day("2021-12-31"), "Đang thực hiện"],
      [null, "Bộ phận Một cửa và Ngân hàng NN&PTNT huyện)"],
      [2, "Lập dự toán ngân sách năm 2022 trình HĐND xã", "CC TC-KT", day("2021-12-15"), "Chưa thực hiện"],
    ]);
    expect(c.tasks.map((t) => t.content)).toEqual([
      "Thực hiện thu phí, lệ phí TTHC qua tài khoản (phối hợp với Bộ phận Một cửa và Ngân hàng NN&PTNT huyện)",
      "Lập dự toán ngân sách năm 2022 trình HĐND xã",
    ]);
  });
});

describe("count rows under the rates, by month across", () => {
  it("gives the on-time counts to the on-time rate, never to the online rate right above them", () => {
    const c = consolidateSheet([
      ["SỐ LIỆU CÁC CHỈ SỐ CCHC THEO THÁNG - NĂM 2021"],
      ["STT", "Mã", "Chỉ số", "Chỉ tiêu KH", "T9/2021", "T10/2021", "T11/2021", "Ghi chú"],
      [1, "1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn (%)", 100, 95, 100, "99,1"],
      [
        2,
        "1.1",
        "Tỷ lệ hồ sơ tiếp nhận trực tuyến mức độ 3, 4 (%)",
        "Tăng so với 2020",
        null,
        "5/42",
        "15/112",
        "Triển khai từ tháng 10/2021",
      ],
      [null, null, "Số hồ sơ tiếp nhận", null, 40, 42, 112],
      [null, null, "Số hồ sơ giải quyết đúng hạn", null, 38, 42, 111],
    ]);
    const got = c.readings.map((x) => [x.code, x.period, x.numerator, x.denominator]);
    got.sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])));
    expect(got).toEqual([
      ["1.1", "Tháng 10/2021", 5, 42],
      ["1.1", "Tháng 11/2021", 15, 112],
      ["1.2", "Tháng 10/2021", 42, 42],
      ["1.2", "Tháng 11/2021", 111, 112],
      ["1.2", "Tháng 9/2021", 38, 40],
    ]);
  });
});

describe("tasks written as sentences, each with its time and its result", () => {
  const LINES: GridCell[][] = [
    ["UBND XÃ LONG HÒA"],
    ["CÁC NHIỆM VỤ KHẮC PHỤC HẠN CHẾ CHỈ SỐ SIPAS NĂM 2021"],
    ["(Người thực hiện: Bộ phận Tiếp nhận và trả kết quả xã)"],
    [],
    [
      "1. Niêm yết công khai kết quả khảo sát SIPAS đợt 1 tại Bộ phận Một cửa - hoàn thành trước ngày 30/6/2021. Kết quả: đã niêm yết ngày 28/6/2021.",
    ],
    ["2. Sửa chữa mái che, bổ sung ghế chờ, quạt tại Bộ phận Một cửa - trong tháng 9. Kết quả: HT 20/9/2021."],
    ["3. Xây dựng phương án khắc phục các nội dung người dân chưa hài lòng - trước 15/12. Kết quả: đang thực hiện."],
  ];

  it("reads the time after the dash and the result after 'Kết quả:'", () => {
    const c = consolidateSheet(LINES);
    expect(c.tasks.map((t) => [t.due, t.status, t.doneDate])).toEqual([
      ["2021-06-30", "Hoàn thành", "2021-06-28"],
      ["2021-09-30", "Hoàn thành", "2021-09-20"],
      ["2021-12-15", "Đang thực hiện", null],
    ]);
  });

  it("takes the lead from '(Người thực hiện: …)' under the title", () => {
    const c = consolidateSheet(LINES);
    expect(new Set(c.tasks.map((t) => t.lead))).toEqual(new Set(["Bộ phận Tiếp nhận và trả kết quả xã"]));
  });
});

describe("the whole desk's counts by month across, and their copies", () => {
  const QUARTER = (months: string[], carried: GridCell[]): GridCell[][] => [
    ["BỘ PHẬN MỘT CỬA"],
    [`SỐ LIỆU HỒ SƠ TTHC ${months[3]} NĂM 2021 (tất cả lĩnh vực)`],
    [],
    ["Chỉ tiêu", ...months.slice(0, 3), `Cộng ${months[3].toLowerCase()}`],
    ["Kỳ trước chuyển sang", ...carried],
    ["Tiếp nhận trực tuyến", 12, 15, 11, 38],
    ["Tiếp nhận trực tiếp, bưu chính", 88, 79, 93, 260],
    ["Giải quyết trước hạn", 40, 35, 47, 122],
    ["Giải quyết đúng hạn", 58, 55, 56, 169],
    ["Giải quyết quá hạn", 2, 1, 0, 3],
    ["Đang giải quyết trong hạn", 4, 6, 5, 15],
  ];

  it("names the fields 'Tất cả lĩnh vực' where the title says so, and a '#REF!' count, never a 0", () => {
    const c = consolidateSheet(QUARTER(["Tháng 7", "Tháng 8", "Tháng 9", "QUÝ III"], [5, 4, { error: "#REF!" }, { error: "#REF!" }]), {
      sheet: "So lieu HS",
    });
    expect(c.dossiers?.map((x) => [x.field, x.from, x.carriedOver, x.unread ?? []])).toEqual([
      ["Tất cả lĩnh vực", "2021-07-01", 5, []],
      ["Tất cả lĩnh vực", "2021-08-01", 4, []],
      ["Tất cả lĩnh vực", "2021-09-01", 0, ["carriedOver"]],
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => [p.row, p.column, p.value])).toEqual([[5, "D", "#REF!"]]);
  });

  it("reads a quarter's sheet and its copy once, and names the copy", () => {
    const g = (sheet: string) =>
      gridOf(QUARTER(["Tháng 4", "Tháng 5", "Tháng 6", "QUÝ II"], [3, 5, 2, 10]), { sheet, file: "motcua.xlsx" });
    const c = consolidate(
      [{ file: "motcua.xlsx", ok: true, grids: [g("Quý II"), g("Quý II (2)")] }],
      BUILTIN_PLAN,
      "2021-12-15" as IsoDate,
    );
    expect(c.dossiers?.map((x) => [x.source.sheet, x.from])).toEqual([
      ["Quý II", "2021-04-01"],
      ["Quý II", "2021-05-01"],
      ["Quý II", "2021-06-01"],
    ]);
    expect(c.problems.filter((p) => p.code === "DUPLICATE_READING").map((p) => p.sheet)).toEqual([
      "Quý II (2)",
      "Quý II (2)",
      "Quý II (2)",
    ]);
  });
});

describe("days planned and done told apart by their bands", () => {
  it("reads 'Kế hoạch › Kết thúc' as the deadline and 'Thực hiện › Kết thúc' as the day done, never 'Bắt đầu'", () => {
    const c = consolidateSheet(
      [
        ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
        ["TT", "Nhiệm vụ", "Người thực hiện", "Kế hoạch", null, "Thực hiện", null, "Tiến độ (%)", "Ghi chú"],
        [null, null, null, "Bắt đầu", "Kết thúc", "Bắt đầu", "Kết thúc"],
        [
          1,
          "Hướng dẫn sử dụng dịch vụ công trực tuyến mức độ 3, 4",
          "BP Một cửa",
          day("2021-02-01"),
          day("2021-06-30"),
          day("2021-02-01"),
          day("2021-06-25"),
          100,
        ],
        [
          2,
          "Niêm yết công khai đầy đủ TTHC tại Bộ phận Một cửa",
          "BP Một cửa",
          day("2021-03-01"),
          day("2021-03-31"),
          day("2021-03-10"),
          "05/4/2021",
          100,
        ],
        [
          3,
          "Bố trí đủ ghế ngồi, máy lấy số thứ tự tại nơi tiếp đón",
          "BP Một cửa",
          day("2021-04-01"),
          day("2021-09-30"),
          day("2021-04-15"),
          null,
          70,
        ],
        [4, "Xây dựng bộ biểu mẫu hồ sơ mẫu cho 10 TTHC thường gặp", "BP Một cửa", day("2021-07-01"), day("2021-08-31"), null, null, 0],
      ],
      {
        merges: [
          { top: 2, left: 4, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 7 },
          { top: 2, left: 1, bottom: 3, right: 1 },
          { top: 2, left: 2, bottom: 3, right: 2 },
          { top: 2, left: 3, bottom: 3, right: 3 },
          { top: 2, left: 8, bottom: 3, right: 8 },
          { top: 2, left: 9, bottom: 3, right: 9 },
        ],
      },
    );
    expect(c.tasks.map((t) => [t.due, t.doneDate])).toEqual([
      ["2021-06-30", "2021-06-25"],
      ["2021-03-31", "2021-04-05"],
      ["2021-09-30", null],
      ["2021-08-31", null],
    ]);
  });

  it("reads 'Tiến độ › Dự kiến | Thực tế' as the deadline and the day done, and 'Ngày hoàn thành (dự kiến)' as the deadline", () => {
    const c = consolidateSheet(
      [
        ["STT", "Công việc", "Phụ trách", "Tiến độ", null, "Tỷ lệ hoàn thành (%)", "Tình hình thực hiện"],
        [null, null, null, "Dự kiến", "Thực tế"],
        [
          1,
          "Giải phóng mặt bằng công trình đường liên thôn 2 - thôn 3",
          "PCT UBND xã",
          day("2021-06-30"),
          day("2021-07-20"),
          100,
          "Chậm do vướng 02 hộ",
        ],
        [2, "Nghiệm thu, bàn giao công trình kênh mương nội đồng", "CC ĐC-XD", day("2021-11-30"), null, 60, "Đang thi công"],
        [3, "Rà soát, thu hồi tạm ứng quá hạn của các dự án", "CC ĐC-XD", day("2021-10-31"), day("2021-10-01"), 100],
      ],
      {
        merges: [
          { top: 1, left: 4, bottom: 1, right: 5 },
          { top: 1, left: 1, bottom: 2, right: 1 },
          { top: 1, left: 2, bottom: 2, right: 2 },
          { top: 1, left: 3, bottom: 2, right: 3 },
          { top: 1, left: 6, bottom: 2, right: 6 },
          { top: 1, left: 7, bottom: 2, right: 7 },
        ],
      },
    );
    expect(c.tasks.map((t) => [t.due, t.doneDate, t.progress])).toEqual([
      ["2021-06-30", "2021-07-20", 100],
      ["2021-11-30", null, 60],
      ["2021-10-31", "2021-10-01", 100],
    ]);
    const planned = consolidateSheet([
      ["TT", "Nội dung", "Chủ trì", "Ngày hoàn thành (dự kiến)", "Kết quả thực hiện"],
      [1, "Niêm yết công khai TTHC tại Bộ phận Một cửa", "BP Một cửa", day("2021-03-31"), "Đã hoàn thành ngày 25/3/2021"],
      [2, "Rà soát, kiến nghị đơn giản hóa những TTHC rườm rà", "VP-TK", day("2021-06-30"), "Hoàn thành 02/7/2021"],
      [3, "Tổ chức lấy ý kiến đánh giá sự hài lòng qua phiếu khảo sát", "VP-TK", day("2021-09-30"), "Đang thực hiện"],
    ]);
    expect(planned.tasks.map((t) => [t.due, t.doneDate])).toEqual([
      ["2021-03-31", "2021-03-25"],
      ["2021-06-30", "2021-07-02"],
      ["2021-09-30", null],
    ]);
  });
});

describe("a numbered section naming the Chairman as its lead", () => {
  it("is a section, never the signature that ends the table", () => {
    const c = consolidateSheet(
      [
        ["STT", "Nội dung", "Phân công", null, "Thời gian hoàn thành", "Tiến độ (%)"],
        [null, null, "Chủ trì", "Phối hợp"],
        ["1. Giải ngân vốn đầu tư công (TCTP 1.4)", null, "Chủ tịch UBND xã", "PCT UBND, TC-KT"],
        ["1.1", "Xây dựng kế hoạch giải ngân chi tiết từng công trình", null, null, day("2021-03-31"), 100],
        ["1.2", "Đảm bảo tỷ lệ giải ngân đến 31/01/2022 đạt 100% kế hoạch", "TC-KT", null, day("2022-01-31"), 75],
      ],
      {
        merges: [
          { top: 1, left: 3, bottom: 1, right: 4 },
          { top: 3, left: 1, bottom: 3, right: 2 },
        ],
      },
    );
    expect(c.tasks.map((t) => [t.code, t.lead])).toEqual([
      ["1.4", "Chủ tịch Ủy ban nhân dân xã"],
      ["1.4", "Công chức Tài chính-Kế toán"],
    ]);
  });
});

describe("a count of documents sent electronically", () => {
  it("is the numerator of 1.5's rate, never a document that shows work done", () => {
    const c = consolidateSheet([
      ["TIÊU CHÍ 1.5 - TỶ LỆ VĂN BẢN TRAO ĐỔI DƯỚI DẠNG ĐIỆN TỬ"],
      ["Kỳ", "Số liệu tính đến", "Tổng số văn bản đi", "Văn bản gửi điện tử", "Tỷ lệ (%)"],
      ["Quý I/2021", "ngày 14/3/2021", 260, 245, 94.23],
      ["6 tháng", day("2021-06-14"), 540, 517, 95.74],
    ]);
    expect(c.readings.map((x) => [x.numerator, x.denominator])).toEqual([
      [245, 260],
      [517, 540],
    ]);
  });
});

describe("the desk's log, a row per day and field, with totals the parts come from", () => {
  it("reads rows whose online count is blank, 'Trả KQ' as all handed back", () => {
    const c = consolidateSheet(
      [
        ["NHAT KY TIEP NHAN, TRA KET QUA HO SO TTHC"],
        ["(Tu ngay 01/11/2021 den ngay 30/11/2021)"],
        ["STT", "Ngay", "Linh vuc", "So HS tiep nhan", "Trong do truc tuyen", "Tra KQ", "Tra KQ tre han", "Ghi chu"],
        [1, day("2021-11-02"), "Ho tich", 4, 1, 3],
        [null, null, "Chung thuc", 10, null, 10],
        [2, day("2021-11-05"), "Ho tich", 3, null, 4, 1, "01 HS tre hen"],
        [null, null, "Chung thuc", 7, null, 7],
      ],
      {
        merges: [
          { top: 4, left: 1, bottom: 5, right: 1 },
          { top: 4, left: 2, bottom: 5, right: 2 },
          { top: 6, left: 1, bottom: 7, right: 1 },
          { top: 6, left: 2, bottom: 7, right: 2 },
        ],
      },
    );
    expect(c.dossiers?.map((x) => [x.field, x.from, x.to, x.online, x.inPerson, x.onTime, x.late])).toEqual([
      ["Ho tich", "2021-11-01", "2021-11-30", 1, 6, 6, 1],
      ["Chung thuc", "2021-11-01", "2021-11-30", 0, 17, 17, 0],
    ]);
  });
});

describe("a register of dossiers, one a row", () => {
  it("counts 'Rút HS' and 'Trả lại HS' in the result column as returned, and its total line as no dossier", () => {
    const c = consolidateSheet([
      ["SỔ THEO DÕI HỒ SƠ TTHC TIẾP NHẬN TẠI BỘ PHẬN MỘT CỬA"],
      ["Từ ngày 01/9/2021 đến ngày 30/9/2021"],
      [
        "STT",
        "Mã hồ sơ",
        "Tên thủ tục hành chính",
        "Lĩnh vực",
        "Hình thức nộp",
        "Ngày nhận",
        "Ngày hẹn trả",
        "Ngày trả KQ",
        "Kết quả",
        "Ghi chú",
      ],
      [1, "HS01", "Đăng ký khai sinh", "Hộ tịch", "Trực tiếp", day("2021-09-01"), day("2021-09-03"), day("2021-09-02"), "Trả KQ"],
      [
        2,
        "HS02",
        "Hòa giải tranh chấp đất đai",
        "Đất đai",
        "Trực tiếp",
        day("2021-09-16"),
        day("2021-10-29"),
        day("2021-09-20"),
        "Rút HS",
        "Hai bên tự thỏa thuận",
      ],
      [
        3,
        "HS03",
        "Thay đổi, cải chính hộ tịch",
        "Hộ tịch",
        "Trực tiếp",
        day("2021-09-22"),
        day("2021-09-29"),
        day("2021-09-25"),
        "Trả lại HS",
      ],
      [4, "HS04", "Đăng ký biến động đất đai", "Đất đai", "Trực tuyến", day("2021-09-08"), day("2021-09-22"), day("2021-09-24"), "Trễ hẹn"],
      [],
      ["Tổng số hồ sơ tiếp nhận:", null, null, null, null, 4],
    ]);
    expect(c.dossiers?.map((x) => [x.field, x.online, x.inPerson, x.early, x.late, x.returned])).toEqual([
      ["Hộ tịch", 0, 2, 1, 0, 1],
      ["Đất đai", 1, 1, 0, 1, 1],
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });
});

describe("a line naming who leads the rows under a section", () => {
  it("is no task: the rows under it take its lead, their bullets dropped", () => {
    const c = consolidateSheet([
      ["Nhiệm vụ", "Thời gian", "Kết quả thực hiện", "Ngày HT", "%"],
      ["1. Giải quyết hồ sơ TTHC đúng hạn (TCTP 1.2)"],
      ["Chủ trì: Công chức Văn phòng - Thống kê; thực hiện: Bộ phận Một cửa"],
      ["- Giải quyết hồ sơ TTHC đúng quy trình, xin lỗi khi để trễ hẹn", day("2021-12-31"), "Đang thực hiện", null, 80],
      ["2. Chỉ số hài lòng về tổ chức giải quyết TTHC (2.2)"],
      ["Chủ trì: Công chức Văn hóa - Xã hội"],
      ["- Tăng cường tuyên truyền các hình thức nộp hồ sơ qua bưu chính", day("2021-09-30"), "Hoàn thành", day("2021-09-30"), 100],
    ]);
    expect(c.tasks.map((t) => [t.content, t.lead])).toEqual([
      ["Giải quyết hồ sơ TTHC đúng quy trình, xin lỗi khi để trễ hẹn", "Công chức Văn phòng-Thống kê"],
      ["Tăng cường tuyên truyền các hình thức nộp hồ sơ qua bưu chính", "Công chức Văn hóa-Xã hội"],
    ]);
  });
});

describe("words and figures that disagree", () => {
  it("names 'Đã xong ngày 12/8' beside 80 in Tiến độ, never glossing it in Ghi chú", () => {
    const c = consolidateSheet(
      [
        ["Tiêu chí", "Nhiệm vụ", "Chủ trì", "Hạn", "Ngày hoàn thành", "Tiến độ", "Ghi chú"],
        [
          "1.3",
          "Rà soát tổng thể đội ngũ cán bộ, công chức theo nhóm chức danh",
          "VP-TK",
          day("2021-06-30"),
          null,
          1,
          "hoàn thành 28/6/2021",
        ],
        [
          null,
          "Lập danh sách cán bộ, công chức chưa đạt chuẩn đăng ký học bồi dưỡng",
          "VP-TK",
          day("2021-08-31"),
          null,
          0.8,
          "Đã xong ngày 12/8",
        ],
      ],
      { formats: { "2:6": "0%", "3:6": "0%" } },
    );
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => [p.row, p.value])).toEqual([[3, "Đã xong ngày 12/8"]]);
  });
});

describe("a disbursement table of one line, the whole plan", () => {
  it("reads each 'Giai ngan den …' column as the rate at its day", () => {
    const c = consolidateSheet([
      ["TY LE GIAI NGAN VON DAU TU CONG NAM 2021 (Don vi: trieu dong)"],
      [],
      ["Noi dung", "Ke hoach von giao", "Giai ngan den 30/6/2021", "Ty le %", "Giai ngan den 30/9/2021", "Ty le %"],
      ["Tong ke hoach von dau tu cong giao nam 2021", 4800, 1250, 26.04, 2950, 61.46],
    ]);
    expect(c.readings.map((x) => [x.code, x.date, x.numerator, x.denominator])).toEqual([
      ["1.4", "2021-06-30", 1250, 4800],
      ["1.4", "2021-09-30", 2950, 4800],
    ]);
  });
});

describe("a hidden sheet's rows", () => {
  it("are read and named, each, where no shown sheet repeats them", () => {
    const g = gridOf(
      [
        ["STT", "Nội dung", "Chủ trì", "Hạn", "Tình trạng"],
        [1, "Rà soát quy trình nội bộ giải quyết TTHC lĩnh vực đất đai", "CC ĐC-XD", day("2021-11-30"), "Đang thực hiện"],
      ],
      { sheet: "Nháp", hidden: true },
    );
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, "2021-12-15" as IsoDate);
    expect(c.tasks).toHaveLength(1);
    expect(c.problems.filter((p) => p.code === "ROW_HIDDEN").map((p) => [p.sheet, p.row])).toEqual([["Nháp", 2]]);
  });
});

describe("a criterion's row over its tasks, giving their lead and deadline", () => {
  it("reads 'I | Tiêu chí 1.1 - … | CC VH-XH | | 31/12/2021' over rows numbered 1, 2 as their section", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung nhiệm vụ", "Người chủ trì", "Phối hợp", "Thời hạn", "Tình trạng", "Ngày xong"],
      ["I", "Tiêu chí 1.1 - Thực hiện kế hoạch CCHC (nâng tỷ lệ hồ sơ trực tuyến)", "CC VH-XH", "BP Một cửa", day("2021-12-31")],
      [1, "Tuyên truyền trên loa phát thanh xã về các TTHC mức độ 3, 4", null, null, null, "Đã xong", day("2021-10-30")],
      [2, "Hướng dẫn sử dụng dịch vụ công trực tuyến tại Bộ phận Một cửa", "BP Một cửa", null, null, "Đang thực hiện"],
      [null, "Cộng: 2 nhiệm vụ", null, null, null, "Hoàn thành 1/2"],
      ["1.3", "Tỷ lệ đạt chuẩn cán bộ cấp xã", "CC VP-TK", null, "Quý IV/2021"],
      [3, "Rà soát đội ngũ cán bộ, công chức theo từng nhóm chức danh", null, null, day("2021-06-30"), "Hoàn thành", day("2021-06-28")],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due])).toEqual([
      [3, "1.1", "Công chức Văn hóa-Xã hội", "2021-12-31"],
      [4, "1.1", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-12-31"],
      [7, "1.3", "Công chức Văn phòng-Thống kê", "2021-06-30"],
    ]);
  });
});

describe("counts and rates of two criteria by month across", () => {
  const months = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);
  const row = (stt: number, code: string, label: string, unit: string, values: GridCell[], rest: GridCell[]): GridCell[] => [
    stt,
    code,
    label,
    unit,
    ...values,
    null,
    ...rest,
  ];
  const SHEET: GridCell[][] = [
    ["BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"],
    ["THEO DÕI TỶ LỆ HỒ SƠ TTHC GIẢI QUYẾT ĐÚNG HẠN VÀ TRỰC TUYẾN NĂM 2021"],
    ["(Số liệu trích từ Hệ thống thông tin giải quyết TTHC, cập nhật đến ngày 14/12/2021)"],
    ["STT", "Mã TC", "Nội dung", "ĐVT", ...months, "Lũy kế", "Cùng kỳ 2020", "Mục tiêu"],
    ["I. HỒ SƠ GIẢI QUYẾT ĐÚNG HẠN (TIÊU CHÍ 1.2)"],
    row(1, "1.2", "Tổng số hồ sơ đã giải quyết", "hồ sơ", [48, 41, 55, 60, 52, 58, 52, 63, 57, 61, 66], [613, 540]),
    row(2, "1.2", "Trong đó: giải quyết trước hạn", "hồ sơ", [10, 8, 12, 15, 11, 14, 20, 16, 13, 18, 20], [157, 100]),
    row(3, "1.2", "Giải quyết đúng hạn", "hồ sơ", [38, 32, 43, 45, 40, 43, 30, 46, 44, 43, 46], [450, 430]),
    row(4, "1.2", "Giải quyết quá hạn", "hồ sơ", [0, 1, 0, 0, 1, 1, 1, 1, 0, 0, 0], [5, 10]),
    row(
      5,
      "1.2",
      "Tỷ lệ hồ sơ giải quyết đúng hạn",
      "%",
      [1, 0.9756, 1, 1, 0.9808, 0.9828, 0.9615, 0.9841, 1, 1, 1],
      [0.9902, 0.9815, "100%"],
    ),
    ["II. HỒ SƠ TRỰC TUYẾN (TIÊU CHÍ 1.1)"],
    row(6, "1.1", "Tổng số hồ sơ tiếp nhận", "hồ sơ", [50, 44, 57, 62, 55, 60, 53, 66, 58, 64, 70], [639, 560]),
    row(7, "1.1", "Trong đó: tiếp nhận trực tuyến (mức độ 3, 4)", "hồ sơ", [5, 4, 8, 10, 9, 12, 11, 15, 14, 17, 21], [126, 45]),
    row(
      8,
      "1.1",
      "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
      "%",
      [0.1, 0.0909, 0.1404, 0.1613, 0.1636, 0.2, 0.2075, 0.2273, 0.2414, 0.2656, 0.3],
      [0.1972, 0.0804, "Tăng so với năm 2020"],
    ),
  ];

  it("never takes 'Tổng số hồ sơ đã giải quyết' for dossiers received, and reads the online rate too", () => {
    const c = consolidateSheet(SHEET);
    expect((c.dossiers ?? []).map((d) => [d.from, d.online, d.inPerson])).toEqual([]);
    const online = c.readings.filter((x) => x.code === "1.1").map((x) => [x.period, x.numerator, x.denominator]);
    expect(online).toContainEqual(["Tháng 1/2021", 5, 50]);
    expect(online).toContainEqual(["Tháng 11/2021", 21, 70]);
  });
});

describe("more days told apart by their headings", () => {
  it("reads 'Xong' under a 'Thời gian' band as the day done", () => {
    const c = consolidateSheet(
      [
        ["STT", "Nội dung", "Chủ trì", "Thời gian", null, null, "Ghi chú"],
        [null, null, null, "Giao", "Hạn", "Xong"],
        [1, "Cắm mốc giới hành lang an toàn giao thông tuyến đường trục xã", "CC ĐC-XD", "01/10", "30/11", "25/11"],
        [2, "Cập nhật biến động đất đai vào hồ sơ địa chính", "CC ĐC-XD", "01/10", "31/12", null, "đang làm"],
        [3, "Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng", "CC ĐC-XD", "15/10", "15/12", "10/12"],
      ],
      {
        merges: [
          { top: 1, left: 4, bottom: 1, right: 6 },
          { top: 1, left: 1, bottom: 2, right: 1 },
          { top: 1, left: 2, bottom: 2, right: 2 },
          { top: 1, left: 3, bottom: 2, right: 3 },
          { top: 1, left: 7, bottom: 2, right: 7 },
        ],
        sheet: "Quy IV 2021",
      },
    );
    expect(c.tasks.map((t) => [t.due, t.doneDate])).toEqual([
      ["2021-11-30", "2021-11-25"],
      ["2021-12-31", null],
      ["2021-12-15", "2021-12-10"],
    ]);
  });

  it("takes a 'Revised due date' over the due date, and 'N/A' as no day done", () => {
    const c = consolidateSheet([
      ["No.", "Task", "Owner", "Due date", "Revised due date", "Completed on", "Status"],
      [1, "Nâng cấp Trang thông tin điện tử xã", "VP-TK", day("2021-09-30"), null, day("2021-09-15"), "Completed"],
      [2, "Quảng bá sản phẩm OCOP trên Trang thông tin điện tử", "VH-XH", day("2021-11-30"), day("2021-12-31"), null, "In progress"],
      [3, "Tuyên truyền các hình thức nộp hồ sơ trực tuyến", "VH-XH", day("2021-12-31"), null, "N/A", "In progress"],
    ]);
    expect(c.tasks.map((t) => [t.due, t.doneDate, t.doneText ?? null])).toEqual([
      ["2021-09-30", "2021-09-15", null],
      ["2021-12-31", null, null],
      ["2021-12-31", null, null],
    ]);
  });
});

describe("a period's band over the years compared", () => {
  it("reads 'Quý III' over 'Năm 2020 | Năm 2021' as each year's third quarter, never the whole year", () => {
    const c = consolidateSheet(
      [
        ["SO SÁNH MỘT SỐ CHỈ SỐ CCHC CÙNG KỲ NĂM 2020 - 2021"],
        ["TT", "Chỉ tiêu", "Quý III", null, null, "Lũy kế 9 tháng", null, null],
        [null, null, "Năm 2020", "Năm 2021", "Tăng/giảm", "Năm 2020", "Năm 2021", "Tăng/giảm"],
        [1, "Tỷ lệ hồ sơ giải quyết đúng hạn (TC 1.2)", 0.974, 0.9934, 1.94, 0.9751, 0.9932, 1.81],
        [2, "Chỉ số hài lòng về công chức giải quyết TTHC (2.3)", 0.901, 0.93, 2.9, 0.895, 0.924, 2.9],
      ],
      {
        merges: [
          { top: 2, left: 3, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 8 },
          { top: 2, left: 1, bottom: 3, right: 1 },
          { top: 2, left: 2, bottom: 3, right: 2 },
        ],
      },
    );
    const got = c.readings.filter((x) => x.code === "1.2").map((x) => [x.period, x.date]);
    got.sort((a, b) => String(a[1]).localeCompare(String(b[1])) || String(a[0]).localeCompare(String(b[0])));
    expect(got).toEqual([
      ["9 tháng năm 2020", "2020-09-30"],
      ["Quý III/2020", "2020-09-30"],
      ["9 tháng năm 2021", "2021-09-30"],
      ["Quý III/2021", "2021-09-30"],
    ]);
  });
});

describe("a line that reads like a signature with numbered tasks under it", () => {
  it("ends no table where rows numbered '1.1', '1.2' follow it", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Tình trạng"],
      ["1", "Rà soát, công bố công khai TTHC tại Bộ phận Một cửa", "VP-TK", day("2021-06-30"), "Hoàn thành"],
      [null, "CHỦ TỊCH UBND XÃ"],
      ["1.1", "Chỉ đạo kiểm tra việc giải quyết hồ sơ TTHC tại Bộ phận Một cửa", "CT UBND", day("2021-09-30"), "Hoàn thành"],
      ["1.2", "Chủ trì đối thoại với người dân về giải quyết TTHC", "CT UBND", day("2021-11-30"), "Đang thực hiện"],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([2, 4, 5]);
  });
});

describe("a lead written as colleagues call each other", () => {
  it("takes the post for Chủ trì and keeps the person in Ghi chú", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung", "Chủ trì", "Hạn", "Tình trạng"],
      [1, "Bổ sung ghế ngồi, quạt máy và biển chỉ dẫn tại Bộ phận Một cửa", "Anh Tuấn (VP)", day("2021-11-15"), "Chưa làm"],
      [2, "Đo đạc, chỉnh lý bản đồ địa chính thôn 3", "anh Hùng ĐC-XD", day("2021-11-30"), "Đang làm"],
    ]);
    expect(c.tasks.map((t) => [t.lead, t.note.includes(`Người phụ trách: ${t.source.row === 2 ? "Anh Tuấn" : "anh Hùng"}`)])).toEqual([
      ["Công chức Văn phòng-Thống kê", true],
      ["Công chức Địa chính-Xây dựng", true],
    ]);
  });
});

describe("a daily log's pending dossiers", () => {
  it("takes the month's last day's pending count, never the days' added up", () => {
    const c = consolidateSheet([
      ["SỔ THEO DÕI HỒ SƠ HẰNG NGÀY - THÁNG 11/2021"],
      [
        "Ngày",
        "Lĩnh vực",
        "Tiếp nhận trực tuyến",
        "Tiếp nhận trực tiếp",
        "Giải quyết đúng hạn",
        "Giải quyết quá hạn",
        "Đang giải quyết trong hạn",
      ],
      [day("2021-11-02"), "Hộ tịch", 1, 3, 2, 0, 2],
      [day("2021-11-03"), "Hộ tịch", 0, 2, 3, 0, 1],
      [day("2021-11-04"), "Hộ tịch", 1, 1, 1, 1, 1],
    ]);
    expect(c.dossiers?.map((x) => [x.field, x.from, x.online, x.inPerson, x.onTime, x.late, x.pendingInTime])).toEqual([
      ["Hộ tịch", "2021-11-01", 2, 6, 6, 1, 1],
    ]);
  });

  it("keeps each field apart where every row writes its day and its field", () => {
    const c = consolidateSheet([
      ["SỔ THEO DÕI HỒ SƠ HẰNG NGÀY - THÁNG 11/2021"],
      ["Ngày", "Lĩnh vực", "Tiếp nhận trực tuyến", "Tiếp nhận trực tiếp", "Giải quyết đúng hạn", "Giải quyết quá hạn"],
      [day("2021-11-02"), "Hộ tịch", 1, 3, 2, 0],
      [day("2021-11-02"), "Chứng thực", 0, 9, 9, 0],
      [day("2021-11-03"), "Hộ tịch", 0, 2, 3, 0],
      [day("2021-11-03"), "Chứng thực", 0, 7, 7, 0],
    ]);
    expect(c.dossiers?.map((x) => [x.field, x.inPerson])).toEqual([
      ["Hộ tịch", 5],
      ["Chứng thực", 16],
    ]);
  });
});
