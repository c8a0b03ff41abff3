import { GridCell } from "../../src/core/import/grid";
import { consolidateSheet } from "../helpers/grids";

// Classes left by blind sets 171-178 and found by sets 179-182.

describe("an x under one of the result's state headings, too few to be a tick band", () => {
  const rows: GridCell[][] = [
    ["TỔNG HỢP TÌNH HÌNH THỰC HIỆN Ý KIẾN CHỈ ĐẠO CỦA CHỦ TỊCH UBND XÃ"],
    [],
    ["TT", "Nội dung chỉ đạo", "Chủ trì", "Thời hạn", "Kết quả thực hiện"],
    [null, null, null, null, "Đã hoàn thành (ngày)", "Đang thực hiện", "Chưa thực hiện (lý do)"],
    [1, "Rà soát, cập nhật quy trình ISO 9001:2015", "VP-TK", "30/6/2021", "25/6/2021"],
    [2, "Tăng tỷ lệ thanh toán trực tuyến phí, lệ phí", "TC-KT", "thường xuyên", null, "x"],
    [3, "Sửa chữa hệ thống xếp hàng tự động", "TC-KT", "15/7/2021", null, null, "Chưa có kinh phí"],
    [4, "Đánh giá, xếp loại công chức", "VP-TK", "31/12/2021", null, "Đang tổng hợp"],
  ];
  const merges = [{ top: 3, left: 5, bottom: 3, right: 7 }, ...[1, 2, 3, 4].map((c) => ({ top: 3, left: c, bottom: 4, right: c }))];

  it("reads the marked state, and the others from their own cells", () => {
    const c = consolidateSheet(rows, { merges });
    const got = c.tasks.map((t) => `${t.source.row} ${t.status}`);
    expect(got).toEqual(["5 Hoàn thành", "6 Đang thực hiện", "7 Chưa thực hiện", "8 Đang thực hiện"]);
    expect(c.tasks[1].note).toContain("Đang thực hiện");
  });

  it("takes no state where two state columns are marked", () => {
    const twice = rows.map((r, i) =>
      i === 5 ? [2, "Tăng tỷ lệ thanh toán trực tuyến phí, lệ phí", "TC-KT", "thường xuyên", null, "x", "x"] : r,
    );
    const c = consolidateSheet(twice, { merges });
    expect(c.tasks.find((t) => t.source.row === 6)?.status).not.toBe("Đang thực hiện");
  });
});

describe("a month's dossier counts under one header row, 'Tiếp nhận' alone beside 'Trực tuyến'", () => {
  const rows: GridCell[][] = [
    ["SỔ THEO DÕI HỒ SƠ THÁNG 11/2021"],
    [],
    ["Lĩnh vực", "Tiếp nhận", "Trực tuyến", "Đã giải quyết", "Đúng hạn", "Quá hạn", "Đang giải quyết"],
    ["Hộ tịch", 48, 22, 47, 47, 0, 1],
    ["Chứng thực", 88, 6, 88, 88, 0, 0],
    ["Đất đai", 14, 0, 13, 11, 2, 1],
    ["Cộng", 150, 28, 148, 146, 2, 2],
  ];

  it("reads each field's counts for the month, the received ones all new", () => {
    const c = consolidateSheet(rows, { sheet: "Tháng 11" });
    const got = c.dossiers?.map((x) => [x.field, x.from, x.to, x.online + x.inPerson, x.online, x.onTime, x.late]);
    expect(got).toEqual([
      ["Hộ tịch", "2021-11-01", "2021-11-30", 48, 22, 47, 0],
      ["Chứng thực", "2021-11-01", "2021-11-30", 88, 6, 88, 0],
      ["Đất đai", "2021-11-01", "2021-11-30", 14, 0, 11, 2],
    ]);
    expect(c.tasks).toEqual([]);
  });
});

describe("quarters down the label column under each criterion's line", () => {
  const rows: GridCell[][] = [
    ["KẾT QUẢ CHỈ SỐ VỀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2021"],
    ["STT", "Chỉ số / Kỳ đánh giá", "Mã", "Kết quả", null, null, "Đánh giá"],
    [null, null, null, "Số đạt", "Tổng số", "Tỷ lệ"],
    ["1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "1.1"],
    ["-", "Quý I", null, 45, 180, "25%", "Không đạt"],
    ["-", "Quý II", null, 70, 200, "35%", "Không đạt"],
    ["2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "1.2"],
    ["-", "Quý I", null, 178, 180, "98,9%", "Đạt"],
    ["-", "6 tháng", null, 378, 380, "99,5%", "Đạt"],
  ];
  const merges = [{ top: 2, left: 4, bottom: 2, right: 6 }, ...[1, 2, 3, 7].map((c) => ({ top: 2, left: c, bottom: 3, right: c }))];

  it("reads each row as its criterion's figure for the period it names, none added up", () => {
    const c = consolidateSheet(rows, { merges });
    const got = c.readings.map((r) => `${r.source.row} ${r.code} ${r.period} ${r.numerator}/${r.denominator}`);
    expect(got.sort()).toEqual(
      ["5 1.1 Quý I/2021 45/180", "6 1.1 Quý II/2021 70/200", "8 1.2 Quý I/2021 178/180", "9 1.2 6 tháng đầu năm 2021 378/380"].sort(),
    );
    expect(c.problems.filter((p) => p.code === "READING_PARTS")).toEqual([]);
  });
});

describe("figures typed in a quarter grid every way officials type them", () => {
  const rows: GridCell[][] = [
    ["BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN CÁC CHỈ SỐ CCHC NĂM 2021"],
    ["STT", "Mã TC", "Nội dung chỉ số", "Kết quả thực hiện", null, null],
    [null, null, null, "Quý I", "Quý II", "Quý III"],
    [1, "1.1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "25%", "28 %", 0.32],
    [2, "1.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "Đạt 100%", "98,5%", "Không đạt 92 %"],
    [3, "2.1", "Tỷ lệ hài lòng về tiếp cận dịch vụ", "45 trên 50 phiếu", "48 trên tổng số 50 phiếu", "32."],
    [4, "2.2", "Tỷ lệ hài lòng về thủ tục hành chính", "90", "91,5", "93"],
  ];
  const merges = [{ top: 2, left: 4, bottom: 2, right: 6 }, ...[1, 2, 3].map((c) => ({ top: 2, left: c, bottom: 3, right: c }))];

  it("reads a verdict before a share, a part 'trên' its whole and a number with a full stop after it", () => {
    const c = consolidateSheet(rows, { merges });
    const got = c.readings.map((r) => `${r.code} ${r.period} ${r.numerator ?? "-"}/${r.denominator ?? "-"} ${r.value}`);
    expect(got.sort()).toEqual(
      [
        "1.1 Quý I/2021 -/- 25",
        "1.1 Quý II/2021 -/- 28",
        "1.1 Quý III/2021 -/- 32",
        "2.2 Quý I/2021 -/- 90",
        "2.2 Quý II/2021 -/- 91.5",
        "2.2 Quý III/2021 -/- 93",
        "1.2 Quý I/2021 -/- 100",
        "1.2 Quý II/2021 -/- 98.5",
        "1.2 Quý III/2021 -/- 92",
        "2.1 Quý I/2021 45/50 90",
        "2.1 Quý II/2021 48/50 96",
        "2.1 Quý III/2021 -/- 32",
      ].sort(),
    );
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER")).toEqual([]);
  });
});

describe("a month table whose rate is on-time over on-time and late, beside a received total", () => {
  const rows: GridCell[][] = [
    ["SỔ THEO DÕI TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ TTHC NĂM 2021"],
    ["Tháng", "Số hồ sơ tiếp nhận", null, null, "Kết quả giải quyết", null, "Đang giải quyết", "Tỷ lệ đúng hạn (%)", "Ghi chú"],
    [null, "Kỳ trước chuyển sang", "Mới tiếp nhận", "Tổng số", "Đúng hạn", "Quá hạn"],
    ["Tháng 1", 3, 118, 121, 115, 0, 6, 100],
    ["Tháng 2", 6, 95, 101, 98, 1, 2, 98.98989898989899],
    ["Tháng 3", 2, 130, 132, 127, 2, 3, 98.44961240310077],
    ["Tháng 4", 2, 150, 152, "147.", 3, 2, "98,0"],
    ["Tháng 5", 2, 160, 162, 158, 1, 3, null, "Quên tính tỷ lệ"],
  ];
  const merges = [
    { top: 2, left: 2, bottom: 2, right: 4 },
    { top: 2, left: 5, bottom: 2, right: 6 },
    ...[1, 7, 8, 9].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
  ];

  it("takes the counts the written rates bear out, also where the rate was left blank", () => {
    const c = consolidateSheet(rows, { merges });
    const got = c.readings.map((r) => `${r.period} ${r.numerator}/${r.denominator}`);
    expect(got).toEqual([
      "Tháng 1/2021 115/115",
      "Tháng 2/2021 98/99",
      "Tháng 3/2021 127/129",
      "Tháng 4/2021 147/150",
      "Tháng 5/2021 158/159",
    ]);
    expect(c.problems.filter((p) => p.code === "RATE_MISMATCH" || p.code === "BAD_NUMBER")).toEqual([]);
  });
});

describe("a survey's quarters down, 'Phiếu phát ra | Phiếu thu về' counts beside the satisfied ones and their rate", () => {
  const rows: GridCell[][] = [
    ["TỔNG HỢP PHIẾU KHẢO SÁT SỰ HÀI LÒNG - SIPAS"],
    ["Kỳ", "Phiếu phát ra", "Phiếu thu về", "Số phiếu hài lòng", "Tỷ lệ hài lòng (%)"],
    ["Quý I/2021", 40, 38, 35, 92.1],
    ["Quý II/2021", 40, 36, 34, 94.4],
    ["Quý III/2021", 40, 35, 33, 94.3],
  ];

  it("reads one rate a quarter over the answers returned, the counts no indicators of their own", () => {
    const c = consolidateSheet(rows, { sheet: "SIPAS" });
    expect(c.readings.map((r) => `${r.period} ${r.numerator}/${r.denominator}`)).toEqual([
      "Quý I/2021 35/38",
      "Quý II/2021 34/36",
      "Quý III/2021 33/35",
    ]);
  });
});

describe("a month table with two rates, each its criterion's code in its heading", () => {
  const rows: GridCell[][] = [
    ["BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ - UBND XÃ AN NINH ĐÔNG"],
    ["SỐ LIỆU TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC QUÝ III NĂM 2021"],
    [],
    ["Tháng", "Tiếp nhận", null, "Giải quyết", null, null, "Tỷ lệ trực tuyến (TC 1.1)", "Tỷ lệ đúng hạn (TC 1.2)"],
    [null, "Tổng số", "Trực tuyến", "Tổng số", "Đúng hạn", "Trễ hạn"],
    ["7/2021", 118, 21, 112, 111, 1, 0.178, 0.991],
    ["8/2021", 74, 16, 75, 75, 0, 0.216, 1],
    ["9/2021", 119, 24, 116, 114, 2, 0.202, 0.983],
  ];
  const merges = [
    { top: 4, left: 2, bottom: 4, right: 3 },
    { top: 4, left: 4, bottom: 4, right: 6 },
    ...[1, 7, 8].map((c) => ({ top: 4, left: c, bottom: 5, right: c })),
  ];

  it("gives each rate the code its heading names", () => {
    const c = consolidateSheet(rows, { merges });
    const got = c.readings.map((r) => `${r.code} ${r.period} ${Math.round((r.value ?? 0) * 10) / 10}`);
    expect(got.sort()).toEqual(
      ["1.1 7/2021 17.8", "1.1 8/2021 21.6", "1.1 9/2021 20.2", "1.2 7/2021 99.1", "1.2 8/2021 100", "1.2 9/2021 98.3"].sort(),
    );
    // Read from the heading, never guessed from the rate's words.
    expect(c.problems.filter((p) => p.code === "CRITERION_SUGGESTED")).toEqual([]);
  });
});

describe("duties kept by month, 'x' where the month's work is done and '-' where it has none", () => {
  const months = ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"];
  const rows: GridCell[][] = [
    ["BẢNG THEO DÕI THỰC HIỆN CÁC NHIỆM VỤ CCHC ĐỊNH KỲ NĂM 2021"],
    [
      "STT",
      "Nội dung nhiệm vụ",
      "Thời hạn",
      "Người thực hiện",
      "Kết quả thực hiện theo tháng",
      ...months.slice(1).map(() => null),
      "Ghi chú",
    ],
    [null, null, null, null, ...months],
    [1, "Báo cáo kết quả giải quyết TTHC trên Hệ thống một cửa điện tử", "Trước ngày 05 hằng tháng", "VP-TK", ...months.map(() => "x")],
    [
      2,
      "Cập nhật số liệu hồ sơ trực tuyến lên Cổng dịch vụ công",
      "Trước ngày 20 hằng tháng",
      "TP-HT",
      ...months.slice(1).map(() => "x"),
      "Đang TH",
    ],
    [3, "Tổng hợp phiếu SIPAS tại Bộ phận Một cửa", "Ngày 25 hằng tháng", "VH-XH", ...months.slice(1).map(() => "x"), "x (10/12)"],
    [
      4,
      "Báo cáo CCHC hàng quý gửi Phòng Nội vụ",
      "Trước ngày 15 tháng cuối quý",
      "VP-TK",
      ...months.map((_, i) => (i % 3 === 2 ? "x" : "-")),
    ],
    [5, "Rà soát, đánh giá quy định, TTHC", "Quý II và Quý IV", "TP-HT", ...months.map((_, i) => (i === 4 || i === 10 ? "x" : "-"))],
    [
      6,
      "Báo cáo sơ kết, tổng kết công tác CCHC",
      "30/6 và 15/12",
      "VP-TK",
      ...months.map((_, i) => (i === 5 ? "x" : i === 11 ? "Chưa" : "-")),
    ],
  ];
  const merges = [{ top: 2, left: 5, bottom: 2, right: 16 }, ...[1, 2, 3, 4, 17].map((c) => ({ top: 2, left: c, bottom: 3, right: c }))];

  it("reads the latest month worked as the state, 'x' as done, '-' as no work that month", () => {
    const c = consolidateSheet(rows, { merges });
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate ?? null])).toEqual([
      [4, "Hoàn thành", null],
      [5, "Đang thực hiện", null],
      [6, "Hoàn thành", "2021-12-10"],
      [7, "Hoàn thành", null],
      [8, "Hoàn thành", null],
      [9, "Chưa thực hiện", null],
    ]);
    expect(c.problems.filter((p) => p.code === "UNKNOWN_STATUS")).toEqual([]);
  });

  it("reads a deadline per round as the last round's, and 'tháng cuối quý' as every quarter's", () => {
    const c = consolidateSheet(rows, { merges });
    expect(c.tasks.find((t) => t.source.row === 8)?.due).toBe("2021-12-31");
    expect(c.tasks.find((t) => t.source.row === 9)?.due).toBe("2021-12-15");
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });
});

describe("remedies listed under a table of figures", () => {
  const rows: GridCell[][] = [
    ["KẾT QUẢ THỰC HIỆN CÁC CHỈ SỐ CCHC 9 THÁNG NĂM 2021"],
    [],
    ["TT", "Chỉ số", "Mục tiêu", "Quý I", "Quý II", "Quý III"],
    [1, "Tỷ lệ hồ sơ TTHC trực tuyến", "30%", "22%", "26%", "27,5%"],
    [2, "Tỷ lệ hồ sơ giải quyết đúng hạn", "100%", "96%", "97,3%", "95%"],
    ["Đánh giá: chỉ số 1.1 và 1.2 chưa đạt mục tiêu đề ra."],
    [],
    ["Biện pháp khắc phục:"],
    ["1. Công chức một cửa hướng dẫn người dân nộp hồ sơ qua Cổng DVC (giao đ/c Trần Văn Nam, thực hiện thường xuyên)."],
    ["2. Rà soát nguyên nhân hồ sơ trễ hạn, gửi văn bản xin lỗi - giao Văn phòng UBND, xong trước 31/10/2021."],
    ["3. Niêm yết mã QR khảo sát SIPAS tại Bộ phận một cửa - hạn 15/10/2021 - đã xong."],
    [],
    [null, "BIỆN PHÁP KHẮC PHỤC (tiếp):"],
    ["4", "Phối hợp Bưu điện xã trả kết quả TTHC tại nhà (CT 1.2)", null, null, "Đang làm"],
  ];
  // Each line merged across the table, as typed under it.
  const merges = [9, 10, 11].map((r) => ({ top: r, left: 1, bottom: r, right: 6 }));

  it("reads each numbered line as a task, its lead, deadline and state from its own words", () => {
    const c = consolidateSheet(rows, { merges });
    expect(c.tasks.map((t) => [t.source.row, t.content.slice(0, 25), t.lead, t.due, t.status])).toEqual([
      [9, "Công chức một cửa hướng d", "đ/c Trần Văn Nam", null, "Chưa thực hiện"],
      [10, "Rà soát nguyên nhân hồ sơ", "Công chức Văn phòng-Thống kê", "2021-10-31", "Chưa thực hiện"],
      [11, "Niêm yết mã QR khảo sát S", "", "2021-10-15", "Hoàn thành"],
      [14, "Phối hợp Bưu điện xã trả ", "Công chức Văn phòng-Thống kê", "2021-12-31", "Đang thực hiện"],
    ]);
    // "(CT 1.2)": the criterion, whose lead and deadline in the plan fill those the line leaves out.
    expect(c.tasks[3].code).toBe("1.2");
    expect(c.tasks[0].note).toContain("thường xuyên");
    // The figures above are read as before.
    expect(c.readings.filter((r) => r.source.row === 4)).toHaveLength(3);
  });
});

describe("a count row among rates, coded by the official", () => {
  const rows: GridCell[][] = [
    ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CCHC 9 THÁNG NĂM 2021"],
    ["Mã số", "Chỉ tiêu", "ĐVT", "KH năm 2021", "Thực hiện", null, null, null],
    [null, null, null, null, "Quý I", "Quý II", "Quý III", "9 tháng"],
    ["1.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "%", 98, 97.6, 99.2, 99.5, 98.9],
    ["2.1", "Tỷ lệ hài lòng về phục vụ hành chính (SIPAS)", "%", 90, 91.2, 92, "-", 91.6],
    ["2.2", "Số phiếu khảo sát thu về", "phiếu", 120, 30, 30, 0, 60],
  ];
  const merges = [{ top: 2, left: 5, bottom: 2, right: 8 }, ...[1, 2, 3, 4].map((c) => ({ top: 2, left: c, bottom: 3, right: c }))];

  it("reads no count as its criterion's rate, and names the row", () => {
    const c = consolidateSheet(rows, { merges });
    expect(c.readings.filter((r) => r.source.row === 6)).toEqual([]);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 6 && p.message.includes("phiếu"))).toBe(true);
  });

  it("reads the nine months' figure where the quarter has none as the nine months', never the quarter's", () => {
    const c = consolidateSheet(rows, { merges });
    expect(c.readings.filter((r) => r.source.row === 5).map((r) => `${r.period} ${r.value}`)).toEqual([
      "Quý I/2021 91.2",
      "Quý II/2021 92",
      "9 tháng năm 2021 91.6",
    ]);
  });
});

describe("a count row against its plan for the quarter", () => {
  const rows: GridCell[][] = [
    ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH QUÝ IV NĂM 2021"],
    ["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu năm", "KH quý IV", "TH quý IV", "% (TH/KH)", "Đánh giá"],
    [1, "1.1. Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "%", "≥ 40%", 40, 43.6, 109, "Vượt"],
    [2, "1.2. Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "≥ 95%", 95, 93.8, 98.7, "Không đạt"],
    [3, "2.2. Số lượt người dân được khảo sát", "lượt", "200 lượt/năm", 50, 58, 116, "Vượt"],
  ];

  it("reads the share of the plan done, over the plan", () => {
    const c = consolidateSheet(rows);
    const got = c.readings.map(
      (r) => `${r.code} ${r.period} ${r.numerator ?? "-"}/${r.denominator ?? "-"} ${Math.round((r.value ?? 0) * 10) / 10}`,
    );
    expect(got).toEqual(["1.1 Quý IV/2021 -/- 43.6", "1.2 Quý IV/2021 -/- 93.8", "2.2 Quý IV/2021 58/50 116"]);
  });
});

describe("a survey's two rounds side by side, each named by its period in brackets", () => {
  const rows: GridCell[][] = [
    ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN (SIPAS) NĂM 2021"],
    ["TT", "Tiêu chí", "Mã TC", "Kết quả khảo sát", null, null, null, "Ghi chú"],
    [null, null, null, "Đợt 1 (6 tháng đầu năm)", null, "Đợt 2 (cả năm)"],
    [null, null, null, "Số phiếu hài lòng", "Tỷ lệ (%)", "Số phiếu hài lòng", "Tỷ lệ (%)"],
    ["1", "Tiếp cận dịch vụ", "2.1", 110, 91.67, 141, 94],
    ["2", "Thủ tục hành chính", "2.2", 105, 87.5, 138, 92],
  ];
  const merges = [
    { top: 2, left: 4, bottom: 2, right: 7 },
    { top: 3, left: 4, bottom: 3, right: 5 },
    { top: 3, left: 6, bottom: 3, right: 7 },
    ...[1, 2, 3, 8].map((c) => ({ top: 2, left: c, bottom: 4, right: c })),
  ];

  it("reads each round's rate as its period's, no row a task", () => {
    const c = consolidateSheet(rows, { merges });
    expect(c.tasks).toEqual([]);
    const got = c.readings.map((r) => `${r.source.row} ${r.period} ${r.value}`);
    expect(got.sort()).toEqual(["5 6 tháng đầu năm 2021 91.67", "5 Năm 2021 94", "6 6 tháng đầu năm 2021 87.5", "6 Năm 2021 92"].sort());
  });
});

describe("the period written once, on a line of its own, over its criteria's rows", () => {
  const rows: GridCell[][] = [
    ["BẢNG TỔNG HỢP CHỈ SỐ CCHC THEO KỲ BÁO CÁO"],
    [],
    ["Kỳ báo cáo", "Mã", "Tên chỉ số", "Tử số", "Mẫu số", "Tỷ lệ"],
    ["Quý I/2021"],
    [null, "1.1", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", 52, 210, 0.2476],
    [null, "1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", 198, 200, 0.99],
    ["Quý II/2021"],
    [null, "1.1", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", 61, 225, 0.2711],
  ];

  it("dates each row by the period line above it", () => {
    const c = consolidateSheet(rows);
    expect(c.readings.map((r) => `${r.source.row} ${r.code} ${r.period}`).sort()).toEqual([
      "5 1.1 Quý I/2021",
      "6 1.2 Quý I/2021",
      "8 1.1 Quý II/2021",
    ]);
    expect(c.problems.filter((p) => p.code === "READING_WITHOUT_PERIOD")).toEqual([]);
  });

  it("dates them too where the period line is merged across the table", () => {
    const merges = [4, 7].map((r) => ({ top: r, left: 1, bottom: r, right: 6 }));
    const c = consolidateSheet(rows, { merges });
    expect(c.readings.map((r) => `${r.source.row} ${r.period}`).sort()).toEqual(["5 Quý I/2021", "6 Quý I/2021", "8 Quý II/2021"]);
  });
});

describe("a report to the district as numbered 'Nội dung | Số liệu' lines under a letterhead", () => {
  const rows: GridCell[][] = [
    ["UBND XÃ PHÚ LỢI", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Số: 78/BC-UBND", null, "Độc lập - Tự do - Hạnh phúc"],
    [],
    ["BÁO CÁO SỐ LIỆU CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2021"],
    [],
    ["STT", "Nội dung", "Số liệu", "Ghi chú"],
    [1, "Tổng số hồ sơ TTHC tiếp nhận trong kỳ", 356],
    [2, "Trong đó: tiếp nhận trực tuyến", 118],
    [3, "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "33,1%"],
    [4, "Số hồ sơ đã giải quyết", 340],
    [5, "Số hồ sơ giải quyết đúng hạn", 336],
    [6, "Tỷ lệ giải quyết đúng hạn (%)", 98.82],
  ];

  it("reads the quarter's rates with the counts that give them", () => {
    const c = consolidateSheet(rows);
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.numerator}/${r.denominator}`)).toEqual([
      "1.1 Quý III/2021 118/356",
      "1.2 Quý III/2021 336/340",
    ]);
  });
});

describe("a whole task in one cell, its state on a last line with no label", () => {
  const rows: GridCell[][] = [
    ["SỔ THEO DÕI CÔNG VIỆC CCHC NĂM 2021"],
    [],
    ["STT", "Công việc", "Ghi chú"],
    [1, "Việc: Cập nhật danh mục TTHC lên Cổng dịch vụ công\nHạn: 31/3/2021\nĐã xong 29/3"],
    [2, "Việc: Tổng hợp phiếu khảo sát SIPAS quý I\nHạn: 10/4/2021\nĐang làm", "chờ thôn nộp phiếu"],
    [3, "Việc: Sửa đổi Quy chế làm việc của UBND xã; Hạn: 30/5/2021; Đã xong 20/5/2021"],
  ];

  it("reads the last line, or the part after a semicolon, as how the task stands", () => {
    const c = consolidateSheet(rows);
    expect(c.tasks.map((t) => [t.content, t.due, t.status, t.doneDate ?? null])).toEqual([
      ["Cập nhật danh mục TTHC lên Cổng dịch vụ công", "2021-03-31", "Hoàn thành", "2021-03-29"],
      ["Tổng hợp phiếu khảo sát SIPAS quý I", "2021-04-10", "Đang thực hiện", null],
      ["Sửa đổi Quy chế làm việc của UBND xã", "2021-05-30", "Hoàn thành", "2021-05-20"],
    ]);
  });
});

describe("record cards under numbered titles, no label naming the work", () => {
  const rows: GridCell[][] = [
    ["PHIẾU THEO DÕI NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    [],
    ["I. CẢI CÁCH THỂ CHẾ"],
    ["1. Rà soát văn bản QPPL do HĐND, UBND xã ban hành"],
    ["Người thực hiện:", "CC Tư pháp - Hộ tịch"],
    ["Thời hạn:", "30/6/2021"],
    ["Tình trạng:", "Hoàn thành"],
    ["2. Tự kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông"],
    ["Người thực hiện:", "Phó Chủ tịch UBND xã"],
    ["Thời hạn:", "30/10/2021"],
    ["Tình trạng:", "Đang thực hiện"],
  ];

  it("reads each card as its title's task, on the title's row", () => {
    const c = consolidateSheet(rows);
    expect(c.tasks.map((t) => [t.source.row, t.content, t.due, t.status])).toEqual([
      [4, "Rà soát văn bản QPPL do HĐND, UBND xã ban hành", "2021-06-30", "Hoàn thành"],
      [8, "Tự kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông", "2021-10-30", "Đang thực hiện"],
    ]);
  });
});

describe("a quarter's figures against the plan, 'ĐVT | Kế hoạch | Thực hiện | Đạt (%)', rates typed as fractions", () => {
  const rows: GridCell[][] = [
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC QUÝ 1 NĂM 2021"],
    [],
    ["TT", "Nội dung", "ĐVT", "Kế hoạch", "Thực hiện", "Đạt (%)", "Ghi chú"],
    ["I", "Tiếp nhận, giải quyết TTHC"],
    [1, "Hồ sơ tiếp nhận", "hồ sơ", 300, 312, 1.04],
    [2, "Hồ sơ nộp trực tuyến", "%", 0.2, 0.15, 0.75],
    [3, "Hồ sơ giải quyết đúng hạn", "%", 1, 0.99, 0.99],
    ["II", "Khảo sát sự hài lòng"],
    [4, "Tỷ lệ hài lòng", "%", 0.9, "0,93", { error: "#VALUE!" }],
  ];

  it("reads no dossier counts from its columns, and each rate row's figure done as a percentage", () => {
    const c = consolidateSheet(rows, { sheet: "Quý 1" });
    expect(c.dossiers ?? []).toEqual([]);
    const rates = c.readings.filter((r) => [6, 7, 9].includes(r.source.row)).map((r) => `${r.source.row} ${r.period} ${r.value}`);
    expect(rates).toEqual(["6 Quý I/2021 15", "7 Quý I/2021 99", "9 Quý I/2021 93"]);
  });
});

describe("'TL' for tỷ lệ in a month table beside a count row", () => {
  const rows: GridCell[][] = [
    ["THEO DOI CHI SO CCHC NAM 2021"],
    ["Ma", "Chi so", "T1", "T2", "T3"],
    ["1.1", "TL HS truc tuyen", 10, 11.5, "12%"],
    ["1.2", "TL GQ dung han", 100, "98,6", 100],
    [null, "So HS tiep nhan", 102, 88, 120],
  ];

  it("reads the rate as written, never over the count row", () => {
    const c = consolidateSheet(rows);
    expect(c.readings.filter((r) => r.code === "1.2").map((r) => `${r.period} ${r.value}`)).toEqual([
      "Tháng 1/2021 100",
      "Tháng 2/2021 98.6",
      "Tháng 3/2021 100",
    ]);
  });
});

describe("a month's report: figures, then the next month's tasks as numbered lines", () => {
  const rows: GridCell[][] = [
    ["BÁO CÁO NHANH CCHC THÁNG 11/2021"],
    [],
    ["TT", "Chỉ tiêu", "Tỷ lệ (%)", "Ghi chú"],
    [1, "Tỷ lệ hồ sơ đúng hạn", 100, "118/118 hồ sơ"],
    [2, "Tỷ lệ hồ sơ trực tuyến", "44,1", "52/118 hồ sơ"],
    [],
    ["Tồn tại, hạn chế: Chưa triển khai thanh toán phí, lệ phí trực tuyến."],
    ["Giải pháp, nhiệm vụ tháng 12:"],
    ["1. Triển khai thanh toán phí, lệ phí trực tuyến qua Cổng DVC quốc gia (Kế toán - Ngân sách, xong trước 20/12/2021)."],
    ["2. Tổng kết công tác CCHC năm 2021 (VP-TK, trước 25/12/2021)."],
    ["3. Kiến nghị: đề nghị huyện bổ sung 01 máy tính cho Bộ phận một cửa."],
  ];

  it("reads the numbered lines as tasks, who and by when from their brackets, the request no task", () => {
    const c = consolidateSheet(rows);
    expect(c.tasks.map((t) => [t.source.row, t.due])).toEqual([
      [9, "2021-12-20"],
      [10, "2021-12-25"],
    ]);
    expect(c.tasks[1].lead).toBe("Công chức Văn phòng-Thống kê");
    expect(c.tasks[1].content).toBe("Tổng kết công tác CCHC năm 2021");
  });
});

describe("a quarter's form of counts with their units after them, two rates at the end", () => {
  const rows: GridCell[][] = [
    ["KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC QUÝ I/2021"],
    [],
    ["1. Tổng số hồ sơ tiếp nhận", 412, "hồ sơ"],
    ["   - Tiếp nhận trực tuyến", 34, "hồ sơ"],
    ["   - Kỳ trước chuyển sang", 6, "hồ sơ"],
    ["2. Số hồ sơ đã giải quyết", 410, "hồ sơ"],
    ["   - Trước hạn, đúng hạn", 402, "hồ sơ"],
    ["   - Quá hạn", 8, "hồ sơ"],
    ["3. Tỷ lệ giải quyết đúng hạn (TC 1.2)", 0.9805],
    ["4. Tỷ lệ tiếp nhận trực tuyến (TC 1.1)", 0.0825],
  ];

  it("reads the two rates only, no count as a figure of its own", () => {
    const c = consolidateSheet(rows, { sheet: "Q1", formats: { "9:2": "0.0%", "10:2": "0.0%" } });
    expect(c.readings.map((r) => `${r.source.row} ${r.code} ${r.period} ${Math.round((r.value ?? 0) * 100) / 100}`).sort()).toEqual([
      "10 1.1 Quý I/2021 8.25",
      "9 1.2 Quý I/2021 98.05",
    ]);
    // Each count row is named once, never once per period.
    const named = c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row);
    expect(new Set(named).size).toBe(named.length);
  });
});

describe("a report's remarks that name a share", () => {
  const rows: GridCell[][] = [
    ["BAO CAO KET QUA CCHC NAM 2021"],
    ["I. Ket qua"],
    ["Tỷ lệ hồ sơ giải quyết đúng hạn năm 2021 đạt 98,5% (394/400 hồ sơ)."],
    ['Mức độ hài lòng chung đạt khá; tiêu chí "Thủ tục hành chính" thấp nhất (85%).'],
    ["III. Ton tai, han che"],
    [1, "Ty le van ban ky so chua dat 100%"],
    ["IV. Bien phap khac phuc"],
  ];

  it("reads the result stated, never a part's extreme or a level not reached under the shortcomings", () => {
    const c = consolidateSheet(rows);
    expect(c.readings.map((r) => `${r.source.row} ${r.numerator}/${r.denominator}`)).toEqual(["3 394/400"]);
  });
});

describe("a content-first task list with numbered group lines and an 'updated' line, typed without marks", () => {
  const rows: GridCell[][] = [
    ["THEO DOI NHIEM VU CCHC NAM 2021"],
    [],
    ["Noi dung nhiem vu", "Han HT", "Nguoi TH", "Tinh trang"],
    ["Nhom 1: Dat dai"],
    ["Niem yet cong khai quy trinh, TTHC linh vuc dat dai tai BP mot cua", "31/3/2021", "Tuan", "da xong"],
    ["Ra soat, lap danh sach cac thua dat chua cap GCN lan dau", "30/11/2021", "Linh", "dang lam"],
    ["Nhóm 2: Xây dựng - Môi trường"],
    ["Kiem tra, xu ly vi pham trat tu xay dung", "thuong xuyen", "Tuan", "dang lam"],
    [],
    ["Cap nhat: 14/12/2021"],
  ];

  it("reads the group lines as groups and the updated line as a footer, no tasks", () => {
    const c = consolidateSheet(rows);
    expect(c.tasks.map((t) => t.source.row)).toEqual([5, 6, 8]);
  });
});

describe("a report's table with its requests last, and a legend under a to-do list", () => {
  it("reads no bare line under 'V. Kien nghi' as a task, and names it", () => {
    const c = consolidateSheet([
      ["BAO CAO KET QUA CCHC NAM 2021"],
      ["STT", "Noi dung", "Nguoi phu trach", "Thoi han", "Tinh trang"],
      ["IV. Bien phap khac phuc va nhiem vu thoi gian toi"],
      [1, "Cap chu ky so ca nhan cho 100% cong chuc", "Van phong", "31/10/2021", "Da xong"],
      [2, "Xay dung ke hoach CCHC nam 2022", "VP-TK", "25/12/2021"],
      ["V. Kien nghi"],
      [1, "De nghi huyen ho tro kinh phi so hoa ho so"],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([4, 5]);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 7)).toBe(true);
  });

  it("reads 'x = đã xong' as the marks' legend, no task", () => {
    const c = consolidateSheet([
      ["VIỆC CẦN LÀM - VP UBND XÃ - QUÝ IV/2021"],
      ["#", "Việc", "Ng.TH", "T.hạn", "Xong?", "Ghi chú"],
      [1, "Gửi BC CCHC quý III lên huyện", "Hà", "05/10/2021", "x"],
      [2, "Tổng kết CCHC năm", "Hà", "25/12/2021"],
      [],
      [null, "x = đã xong"],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([3, 4]);
  });
});

describe("a part alone across the months, no whole or rate beside it", () => {
  it("reads no figure of it and names the row once", () => {
    const c = consolidateSheet([
      ["SỐ LIỆU HỒ SƠ TTHC NĂM 2021"],
      ["Mã", "Chỉ tiêu", "Tháng 10", "Tháng 11"],
      ["1.1", "Tỷ lệ hồ sơ trực tuyến (%)", "25,5", "27"],
      ["1.2", "Số hồ sơ giải quyết đúng hạn", 140, 152],
    ]);
    expect(c.readings.filter((r) => r.source.row === 4)).toEqual([]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED" && p.row === 4)).toHaveLength(1);
  });
});
