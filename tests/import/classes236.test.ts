import { IsoDate } from "../../src/core/dates/isoDate";
import { join } from "path";
import { runCli, tempDir } from "../helpers/cli";
import { consolidate } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";
import { put, writeWorkbook } from "../helpers/workbooks";
import { readBack, tableValues } from "../helpers/xlsx";

// Classes left by blind sets 230-235 and found by sets 236-239.

const DOSSIER_HEADER = [
  "STT",
  "Lĩnh vực",
  "Kỳ trước chuyển qua",
  "Trực tuyến",
  "Trực tiếp",
  "Trước hạn",
  "Đúng hạn",
  "Quá hạn",
  "Đang giải quyết trong hạn",
  "Đang giải quyết quá hạn",
  "Trả lại",
];

describe("a dossier count nobody can read", () => {
  const TABLE = [
    ["THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH"],
    ["Kỳ: Quý IV năm 2021 (từ ngày 15 tháng 9 năm 2021 đến ngày 14 tháng 12 năm 2021)"],
    ["STT", "Lĩnh vực", "Số hồ sơ nhận giải quyết", null, null, "Đã giải quyết", null, null, "Đang giải quyết", null, "Trả lại/rút HS"],
    [null, null, "Kỳ trước chuyển qua", "Trực tuyến", "Trực tiếp, BCCI", "Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn"],
    [1, "Hộ tịch", 2, 15, 88, 60, 40, 1, 4, 0, 0],
    [2, "Lao động - TBXH", 1, 6, 10, 10, 5, 0, "2-3", 0, 0],
    [null, "Tổng cộng", 3, 21, 98, 70, 45, 1, 6, 0, 0],
  ];

  it("is named, and no total it belongs to is called wrong for it", () => {
    const c = consolidateSheet(TABLE, {
      merges: [
        { top: 3, left: 3, bottom: 3, right: 5 },
        { top: 3, left: 6, bottom: 3, right: 8 },
        { top: 3, left: 9, bottom: 3, right: 10 },
      ],
    });
    const labour = (c.dossiers ?? []).find((d) => d.field === "Lao động - TBXH");
    expect(labour?.unread).toEqual(["pendingInTime"]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => `${p.row}${p.column} ${p.value}`)).toEqual(["6I 2-3"]);
    expect(c.problems.filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH")).toEqual([]);
  });

  it("stays an empty cell in Hồ sơ TTHC, also when the master is built again", async () => {
    const dir = tempDir();
    await writeWorkbook(dir, "mot-cua.xlsx", {
      "Thống kê": (ws) => {
        put(ws, 1, TABLE);
        for (const m of ["C3:E3", "F3:H3", "I3:J3"]) ws.mergeCells(m);
      },
    });
    const out = join(dir, "master.xlsx");
    const rowOf = async () => {
      const { header, rows } = tableValues((await readBack(out)).getWorksheet("Hồ sơ TTHC")!);
      const row = rows.find((r) => r[header.indexOf("Lĩnh vực")] === "Lao động - TBXH")!;
      return ["Kỳ trước chuyển sang", "Đang giải quyết trong hạn", "Đang giải quyết quá hạn"].map((h) => row[header.indexOf(h)] ?? null);
    };
    expect((await runCli(["consolidate", join(dir, "mot-cua.xlsx"), "-o", out, "--as-of", "2021-12-15"])).code).toBe(0);
    expect(await rowOf()).toEqual([1, null, 0]);
    expect((await runCli(["consolidate", join(dir, "mot-cua.xlsx"), "-o", out, "--as-of", "2021-12-15", "--force"])).code).toBe(0);
    expect(await rowOf()).toEqual([1, null, 0]);
  });
});

describe("dates and progress written in words", () => {
  it("reads '15-Dec-21', a deadline as Excel shows dates on an English machine, typed as text", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung", "Chủ trì", "Hạn hoàn thành", "Tình trạng"],
      [1, "Công khai dự toán, quyết toán ngân sách xã năm 2021", "CC TC-KT", "15-Dec-21", "Chưa thực hiện"],
      [2, "Rà soát quy chế chi tiêu nội bộ", "CC TC-KT", "1-Nov-2021", "Đang thực hiện"],
    ]);
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-12-15", "2021-11-01"]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });

  it("takes the share after 'Chưa xong, được khoảng 50%' as how far the task is", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung", "Chủ trì", "Hạn", "Kết quả"],
      [1, "Lắp bảng hướng dẫn, biển hiệu tại Bộ phận một cửa", "BP Một cửa", "20/12/2021", "Chưa xong, được khoảng 50%"],
      [2, "Chỉnh lý hồ sơ lưu trữ năm 2020", "CC VP-TK", "30/11/2021", "Chưa hoàn thành, mới đạt 30%"],
    ]);
    expect(c.tasks.map((t) => `${t.status} ${t.progress}`)).toEqual(["Đang thực hiện 50", "Đang thực hiện 30"]);
  });
});

describe("documents cited inside cells", () => {
  it("never takes a cited document's day for the deadline written beside it", () => {
    const c = consolidateSheet([
      ["CÁC NHIỆM VỤ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021"],
      ["TT", "Nhiệm vụ", "Chủ trì", "Hạn", "Tình hình thực hiện"],
      [
        1,
        "Báo cáo kết quả giải ngân 9 tháng về Phòng TC-KH huyện",
        "CC TC-KT",
        "Trước 15/9 (CV 150/TCKH ngày 01/9/2021)",
        "Đã gửi ngày 10/9",
      ],
      [
        2,
        "Rà soát danh mục công trình khởi công mới",
        "CC ĐC-XD",
        "30/11/2021 (theo Kế hoạch số 49/KH-UBND ngày 15/3/2021)",
        "Đang thực hiện",
      ],
    ]);
    expect(c.tasks.map((t) => `${t.due} ${t.doneDate}`)).toEqual(["2021-09-15 2021-09-10", "2021-11-30 null"]);
  });

  it("dates figures by the span a period cell gives, at its last day", () => {
    const c = consolidateSheet([
      ["TỶ LỆ HỒ SƠ TRỰC TUYẾN MỨC ĐỘ 3, 4 NĂM 2021 (TIÊU CHÍ 1.1)"],
      ["Kỳ", "Số HS trực tuyến", "Tổng số HS", "Tỷ lệ (%)"],
      ["Quý I/2021 (15/12/2020 - 14/3/2021)", 8, 160, 5],
      ["Quý II/2021 (từ 15/3/2021 đến 14/6/2021)", 15, 172, 8.72],
    ]);
    expect(c.readings.map((r) => `${r.code} ${r.date}`)).toEqual(["1.1 2021-03-14", "1.1 2021-06-14"]);
  });

  it("dates a rate under a title by its days, not by the report the title line cites", () => {
    const c = consolidateSheet([
      ["THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC QUÝ III NĂM 2021"],
      ["(Từ ngày 15/6/2021 đến ngày 14/9/2021 - kèm theo Báo cáo số 52/BC-UBND ngày 16/9/2021)"],
      [],
      DOSSIER_HEADER,
      [1, "Hộ tịch", 2, 10, 58, 20, 45, 1, 4, 0, 0],
      [null, "Tổng cộng", 2, 10, 58, 20, 45, 1, 4, 0, 0],
      [],
      ["Tỷ lệ giải quyết đúng hạn (TCTP 1.2): 65/66 hồ sơ = 98,48%"],
    ]);
    expect(c.readings.map((r) => `${r.code} ${r.date} ${r.numerator}/${r.denominator}`)).toEqual(["1.2 2021-09-14 65/66"]);
    expect((c.dossiers ?? []).map((d) => `${d.from} ${d.to}`)).toEqual(["2021-06-15 2021-09-14"]);
  });
});

describe("a task's state beside its figures", () => {
  it("takes 'Hoàn thành (đạt 62,4%)' as done, the share its result reached", () => {
    const c = consolidateSheet([
      ["Thuộc TC", "Nội dung", "Chủ trì", "Hạn", "Kết quả"],
      ["1.4", "Giải ngân đạt 60% kế hoạch vốn được giao đến ngày 30/9/2021", "CT UBND", "30/9/2021", "Hoàn thành (đạt 62,4%)"],
      ["1.4", "Giải ngân 100% kế hoạch vốn được giao", "CT UBND", "31/01/2022", "Đang thực hiện (62,4%)"],
    ]);
    expect(c.tasks.map((t) => `${t.status} ${t.progress}`)).toEqual(["Hoàn thành 100", "Đang thực hiện 62.4"]);
  });

  it("reads no day done from a criterion's code in a note, 'SIPAS 2.1'", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2021"],
      ["STT", "Nội dung tuyên truyền", "Hạn", "Kết quả", "Ghi chú"],
      [1, "Thông tin về Bộ phận Tiếp nhận và trả kết quả trên loa phát thanh", "31/8/2021", "Đã hoàn thành", "SIPAS 2.1"],
      [2, "Panô, khẩu hiệu tuyên truyền CCHC tại trụ sở UBND xã", "31/8/2021", "Đã hoàn thành", "xong 20.8"],
    ]);
    expect(c.tasks.map((t) => `${t.code} ${t.doneDate}`)).toEqual(["2.1 null", expect.stringMatching(/ 2021-08-20$/)]);
  });
});

describe("statistical report forms", () => {
  it("takes a form's 'Mã số' (01, 02 … 10) for its rows' numbers, never for the plan's criteria", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) 9 THÁNG ĐẦU NĂM 2021"],
      ["TT", "Nội dung", "Mã số", "ĐVT", "Kế hoạch năm 2021", "Thực hiện"],
      [1, "Tỷ lệ hài lòng về tiếp cận dịch vụ", "08", "%", "≥ 85", 88.1],
      [2, "Tỷ lệ hài lòng về kết quả giải quyết TTHC", "10", "%", "≥ 90", 91.1],
    ]);
    // The criteria come from the rows' names, as suggestions named in Kiểm tra.
    expect(c.readings.map((r) => r.code)).toEqual(["2.1", "2.4"]);
    expect(c.problems.filter((p) => p.code === "UNKNOWN_CRITERION")).toEqual([]);
    expect(c.problems.filter((p) => p.code === "CRITERION_SUGGESTED").map((p) => p.row)).toEqual([3, 4]);
  });

  it("names a figure said as an estimate, 'ước đạt 89,6%', and reads none", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG NĂM 2021"],
      [],
      ["Chỉ số hài lòng chung ước đạt 89,6%; chỉ tiêu năm theo Kế hoạch 49/KH-UBND."],
      ["Tỷ lệ hồ sơ giải quyết đúng hạn (TC 1.2) đạt 99,2%."],
    ]);
    expect(c.readings.map((r) => `${r.code} ${r.value}`)).toEqual(["1.2 99.2"]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([3]);
  });

  it("reads a survey's year 'Năm 2021 (khảo sát đến 30/9/2021)' beside last year's, each its own reading", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ CHỈ SỐ HÀI LÒNG (SIPAS) CỦA XÃ"],
      ["Mã", "Chỉ số thành phần", "Năm 2020 (số liệu đến 31/12/2020)", "Năm 2021 (khảo sát đến 30/9/2021)", "Ghi chú"],
      ["2.1", "Hài lòng về tiếp cận dịch vụ", 78.5, 81.2],
      ["2.2", "Hài lòng về tổ chức giải quyết TTHC", "80,1%", "83,4%"],
    ]);
    expect(c.readings.map((r) => `${r.code} ${r.date} ${r.value}`).sort()).toEqual([
      "2.1 2020-12-31 78.5",
      "2.1 2021-09-30 81.2",
      "2.2 2020-12-31 80.1",
      "2.2 2021-09-30 83.4",
    ]);
  });

  it("reads the table under a title merged over its whole header, '(cùng kỳ số liệu)' naming no last year's figures", () => {
    const c = consolidateSheet(
      [
        ["TỔNG HỢP NĂM 2021 (số liệu từ ngày 15/12/2020 đến ngày 14/12/2021)"],
        [],
        ["CHỈ SỐ THEO KẾ HOẠCH 49/KH-UBND (cùng kỳ số liệu)"],
        ["Mã TC", "Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ (%)"],
        ["1.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", 678, 680, 99.71],
        ["1.5", "Tỷ lệ văn bản đi gửi dưới dạng điện tử", 512, 540, 94.81],
      ],
      { merges: [{ top: 3, left: 1, bottom: 3, right: 5 }] },
    );
    expect(c.readings.map((r) => `${r.code} ${r.numerator}/${r.denominator}`)).toEqual(["1.2 678/680", "1.5 512/540"]);
  });
});

describe("logs and Excel's own marks", () => {
  it("reads a log of directives received as tasks where it says who does what by when", () => {
    const c = consolidateSheet([
      ["Sổ theo dõi văn bản chỉ đạo về CCHC - 2021"],
      ["Ngày nhận", "Số, ký hiệu VB", "Trích yếu / việc phải làm", "Giao", "Hạn", "Đã làm?"],
      ["05/4/2021", "215/UBND-VP ngày 02/4/2021", "Báo cáo tình hình gửi nhận VB điện tử quý II (TCTP 1.5)", "VP-TK", "15/6/2021", "Rồi"],
      ["10/12/2021", "CV 301/UBND-VP ngày 25/11/2021", "Tổng hợp số liệu CCHC năm 2021 gửi Phòng Nội vụ", "VP-TK", "14/12/2021", "chưa"],
    ]);
    expect(c.tasks.map((t) => `${t.code} ${t.due} ${t.status}`)).toEqual(["1.5 2021-06-15 Hoàn thành", "null 2021-12-14 Chưa thực hiện"]);
  });

  it("uses the shown row where a task is typed again in a hidden row (the old entry put away)", () => {
    const c = consolidateSheet(
      [
        ["STT", "Nội dung", "Chủ trì", "Hạn", "Kết quả", "Ngày xong"],
        [1, "Tuyên truyền trên loa phát thanh về dịch vụ công mức độ 3, 4", "CC VH-XH", "30/11/2021", "Hoàn thành", "25/11/2021"],
        [2, "Đăng tin bài lên trang thông tin điện tử xã", "CC VH-XH", "31/12/2021", "Đang thực hiện"],
        [3, "Tuyên truyền trên loa phát thanh về dịch vụ công mức độ 3, 4", "CC VH-XH", "30/11/2021", "Đã phát 15 buổi"],
      ],
      { hiddenRows: [4] },
    );
    const loud = c.tasks.filter((t) => t.content.startsWith("Tuyên truyền"));
    expect(loud.map((t) => `${t.source.row} ${t.status} ${t.doneDate}`)).toEqual(["2 Hoàn thành 2021-11-25"]);
  });

  it("reads a colour legend's lines under the table as notes, never as tasks", () => {
    const c = consolidateSheet([
      ["TT", "Nhiệm vụ", "Chủ trì", "Hạn hoàn thành", "Tình trạng"],
      [1, "Bố trí thêm ghế ngồi tại khu vực chờ", "BP Một cửa", "30/11/2021", "Đã xong"],
      [2, "Niêm yết công khai đầy đủ TTHC", "BP Một cửa", "31/12/2021", "Đang làm"],
      [],
      [null, "Ghi chú:"],
      [null, "Nền xanh lá: đã hoàn thành"],
      [null, "Nền vàng: đang triển khai"],
      [null, "Chữ gạch ngang: nhiệm vụ đã hủy"],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([2, 3]);
  });

  it("skips a dossier row hidden beside a shown one of the same field, and says so", () => {
    const c = consolidateSheet(
      [
        ["TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC NĂM 2021 (từ ngày 15/12/2020 đến ngày 14/12/2021)"],
        DOSSIER_HEADER,
        [1, "Hộ tịch", 2, 35, 210, 180, 60, 0, 5, 0, 2],
        [1, "Hộ tịch", 2, 30, 198, 170, 55, 0, 3, 0, 2],
        [2, "Chứng thực", 0, 0, 320, 318, 2, 0, 0, 0, 0],
      ],
      { hiddenRows: [4] },
    );
    expect((c.dossiers ?? []).map((d) => `${d.field} ${d.online}`)).toEqual(["Hộ tịch 35", "Chứng thực 0"]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([4]);
  });
});

describe("a chairman's log of directives", () => {
  const LOG = [
    ["SỔ THEO DÕI CHỈ ĐẠO CỦA CHỦ TỊCH UBND XÃ VỀ CÔNG TÁC CCHC NĂM 2021"],
    ["Số TT", "Ngày chỉ đạo", "Nội dung chỉ đạo", "Người/bộ phận chủ trì", "Thời hạn", "Tình hình thực hiện đến 30/9", "Đánh giá"],
    [
      1,
      "12/7/2021",
      "Đẩy nhanh giải ngân vốn đầu tư công, đạt 60% kế hoạch đến 30/9/2021 (TC 1.4)",
      "CC TC-KT",
      "30/9/2021",
      "Đạt 62,4%",
      "Hoàn thành",
    ],
    [
      2,
      "06/9/2021",
      "Bổ sung 10 ghế chờ, máy lấy số tại Bộ phận Một cửa (SIPAS 2.1)",
      "BP Một cửa",
      "30/10/2021",
      "Đã bổ sung ghế chờ; máy lấy số chưa mua",
      "Đang thực hiện",
    ],
    [
      3,
      "10/7/2021",
      "Công khai số điện thoại đường dây nóng của Chủ tịch UBND xã",
      "VP-TK",
      "15/7/2021",
      "Đã thực hiện từ 15/7/2021",
      "Hoàn thành",
    ],
    [],
    ["SỐ LIỆU 9 THÁNG NĂM 2021"],
    [null, null, "Chỉ tiêu", "Mã TC", "Số liệu", "Tỷ lệ"],
    [null, null, "Tốc độ tăng tổng sản phẩm (GRDP) trên địa bàn xã so với cùng kỳ", "1.6", null, "6,2%"],
    [null, null, "Số chỉ tiêu KT-XH do HĐND xã giao đạt và vượt kế hoạch", "1.7", "14/16", "87,5%"],
  ];

  it("takes 'Đánh giá' holding only states for the task's state, the sentences beside it for its result", () => {
    const c = consolidateSheet(LOG);
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Đang thực hiện", "Hoàn thành"]);
  });

  it("reads 'Chỉ tiêu | Mã TC | Số liệu | Tỷ lệ' under it as figures, never as tasks", () => {
    const c = consolidateSheet(LOG);
    expect(c.tasks).toHaveLength(3);
    expect(c.readings.map((r) => `${r.code} ${r.value}`)).toEqual(["1.6 6.2", "1.7 87.5"]);
  });
});

describe("a disbursement table's running totals", () => {
  it("reads each day under 'Giá trị giải ngân lũy kế đến' when the days are real dates", () => {
    const c = consolidateSheet(
      [
        ["BIỂU TỔNG HỢP TIẾN ĐỘ GIẢI NGÂN KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2021"],
        ["TT", "Tên công trình, dự án", "Kế hoạch vốn năm 2021", "Giá trị giải ngân lũy kế đến", null, null],
        [null, null, null, { date: "2021-07-31" as IsoDate }, { date: "2021-08-31" as IsoDate }, { date: "2021-09-30" as IsoDate }],
        [1, "Đường trục xã", 3200, 1150, 1620, 2080],
        [2, "Nhà văn hóa thôn Đông", 2900, 720, 1190, 1725],
        [null, "Tổng cộng", 6100, 1870, 2810, 3805],
      ],
      { merges: [{ top: 2, left: 4, bottom: 2, right: 6 }] },
    );
    expect(c.readings.map((r) => `${r.code} ${r.date} ${r.numerator}/${r.denominator}`)).toEqual([
      "1.4 2021-07-31 1870/6100",
      "1.4 2021-08-31 2810/6100",
      "1.4 2021-09-30 3805/6100",
    ]);
  });
});

describe("the plan's appendix tracked quarter by quarter", () => {
  it("takes the latest quarter written, 'KQ Quý III | KQ Quý IV', for the state; a share typed there for the progress", () => {
    const c = consolidateSheet(
      [
        ["Theo dõi thực hiện Kế hoạch số 49/KH-UBND – Cập nhật đến Quý IV/2021"],
        ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "KQ Quý I", "KQ Quý II", "KQ Quý III", "KQ Quý IV"],
        [
          1,
          "Tuyên truyền trên loa phát thanh các TTHC có dịch vụ công mức độ 3, 4",
          "Văn hóa - Xã hội",
          "Trong năm 2021",
          null,
          null,
          "Đang thực hiện",
          "Hoàn thành 15/11/2021",
        ],
        [
          2,
          "Nâng tầm thương hiệu, quảng bá sản phẩm OCOP của địa phương",
          "Văn hóa - Xã hội",
          "Quý IV/2021",
          null,
          null,
          "Chưa thực hiện",
          null,
        ],
        [3, "Đổi mới tuyên truyền các hình thức tiếp nhận, trả kết quả TTHC", "Văn hóa - Xã hội", "Trong năm 2021", null, null, 0.3, 0.65],
      ],
      { formats: { "5:7": "0%", "5:8": "0%" } },
    );
    expect(c.tasks.map((t) => `${t.status} ${t.progress} ${t.doneDate}`)).toEqual([
      "Hoàn thành 100 2021-11-15",
      "Chưa thực hiện 0 null",
      "Đang thực hiện 65 null",
    ]);
  });

  it("names a month-by-month progress whose months do not add up to its running column", () => {
    const c = consolidateSheet(
      [
        ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Tiến độ thực hiện (%)", null, null, null],
        [null, null, null, null, "T7", "T8", "T9", "Lũy kế"],
        [1, "Tuyên truyền về dịch vụ công mức độ 3, 4", "CC VH-XH", "31/12/2021", 20, 20, 20, 60],
        [2, "Treo băng rôn, khẩu hiệu tuyên truyền CCHC", "CC VH-XH", "31/12/2021", 30, 30, 20, 90],
      ],
      { merges: [{ top: 1, left: 5, bottom: 1, right: 8 }] },
    );
    expect(c.tasks.map((t) => t.progress)).toEqual([60, 90]);
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => `${p.row}${p.column}`)).toEqual(["4H"]);
  });

  it("keeps a hidden sheet's old copy of figures from replacing the shown ones", () => {
    const shown = gridOf(
      [
        ["TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021 (TC 1.4)"],
        ["Kỳ", "Số liệu đến ngày", "Kế hoạch vốn", "Đã giải ngân", "Tỷ lệ (%)"],
        ["Quý III/2021", "30/9/2021", 4850, 2910, 60],
      ],
      { sheet: "Giải ngân" },
    );
    const old = gridOf(
      shown.rows.map((r, i) => (i === 2 ? ["Quý III/2021", "30/9/2021", 4850, 2800, 57.73] : r)),
      {
        sheet: "Giải ngân (2)",
        hidden: true,
      },
    );
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [shown, old] }], BUILTIN_PLAN, "2021-12-15" as IsoDate);
    expect(c.readings.filter((r) => r.code === "1.4").map((r) => `${r.source.sheet} ${r.numerator}`)).toEqual(["Giải ngân 2910"]);
    expect(c.problems.filter((p) => p.code === "DUPLICATE_READING").map((p) => p.sheet)).toEqual(["Giải ngân (2)"]);
  });
});

describe("documents cited beside days", () => {
  it("reads the day done before a bracket citing a document, '05/10/2021 (BB bàn giao MB số 07/BB ngày 06/10/2021)'", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung", "Chủ trì", "Hạn", "Ngày hoàn thành", "Kết quả"],
      [
        1,
        "Giải phóng mặt bằng tuyến đường liên thôn 2 - thôn 4",
        "CC ĐC-XD",
        "30/9/2021",
        "05/10/2021 (BB bàn giao MB số 07/BB ngày 06/10/2021)",
        "Hoàn thành",
      ],
      [2, "Cắm mốc giới quy hoạch khu dân cư thôn 3", "CC ĐC-XD", "30/11/2021", "20/11/2021 (BC ngày 03/12/2021)", "Hoàn thành"],
    ]);
    expect(c.tasks.map((t) => `${t.doneDate} ${t.verdict}`)).toEqual(["2021-10-05 Trễ hạn", "2021-11-20 Đúng hạn"]);
    expect(c.tasks[0].note).toContain("BB bàn giao MB số 07/BB ngày 06/10/2021");
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });

  it("keeps a deadline set by a cited document as written, no day of its own and nothing wrong to name", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Tình trạng"],
      [1, "Lập hồ sơ quyết toán công trình trường mẫu giáo thôn 1", "CC ĐC-XD", "Theo KH 49/KH-UBND ngày 29/9/2021", "Chưa thực hiện"],
      [2, "Dự lớp tập huấn nghiệp vụ một cửa", "BP Một cửa", "Theo lịch của huyện", "Chưa thực hiện"],
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
    // Kept as written where the deadline goes, never dropped.
    expect(c.tasks.map((t) => `${t.due} ${t.dueText}`)).toEqual(["null Theo KH 49/KH-UBND ngày 29/9/2021", "null Theo lịch của huyện"]);
  });

  it("takes 'Chưa đạt, mới 80%' as under way, at the share said", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung", "Chủ trì", "Hạn", "Kết quả"],
      [1, "Giải ngân kế hoạch vốn đầu tư công được giao", "CT UBND", "31/12/2021", "Chưa đạt, mới 80%"],
    ]);
    expect(c.tasks.map((t) => `${t.status} ${t.progress}`)).toEqual(["Đang thực hiện 80"]);
  });
});

describe("the one-stop form of Thông tư 01/2020 (Biểu 06c)", () => {
  const FORM = [
    ["TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI UBND XÃ TÂN BÌNH"],
    ["Kỳ báo cáo: Quý III năm 2021 (¹)"],
    [
      "STT",
      "Lĩnh vực giải quyết",
      "Mã số",
      "Số hồ sơ nhận giải quyết",
      null,
      null,
      null,
      "Kết quả giải quyết",
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [
      null,
      null,
      null,
      "Tổng số",
      "Từ kỳ trước chuyển sang",
      "Trong đó: Số mới tiếp nhận",
      null,
      "Số hồ sơ đã giải quyết",
      null,
      null,
      null,
      "Số hồ sơ đang giải quyết",
      null,
      null,
    ],
    [
      null,
      null,
      null,
      null,
      null,
      "Trực tuyến",
      "Trực tiếp, dịch vụ bưu chính",
      "Tổng số",
      "Trả trước hạn",
      "Trả đúng hạn",
      "Trả quá hạn",
      "Tổng số",
      "Chưa đến hạn",
      "Quá hạn",
    ],
    ["A", "B", "C", "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"],
    [null, "TỔNG SỐ", "01", "195", "7", "16", "172", "181", "158", "19", "2", "13", "12", "1"],
    [null, "Trong đó:"],
    ["1", "Hộ tịch", "02", "77", "2", "14", "61", "72", "40", "30", "1", "6", "6", "-"],
    ["2", "Chứng thực", "03", "118", "-", "-", "118", "118", "118", "-", "-", "-", "-", "-"],
    [],
    [null, "(¹) Số liệu tính từ ngày 15/6/2021 đến hết ngày 14/9/2021."],
  ];
  const merges = [
    { top: 3, left: 4, bottom: 3, right: 7 },
    { top: 3, left: 8, bottom: 3, right: 14 },
    { top: 4, left: 6, bottom: 4, right: 7 },
    { top: 4, left: 8, bottom: 4, right: 11 },
    { top: 4, left: 12, bottom: 4, right: 14 },
    { top: 3, left: 1, bottom: 5, right: 1 },
    { top: 3, left: 2, bottom: 5, right: 2 },
    { top: 3, left: 3, bottom: 5, right: 3 },
  ];

  it("reads each field, its new dossiers under 'Trong đó: Số mới tiếp nhận' beside the carried-over ones, for the footnote's days", () => {
    const c = consolidateSheet(FORM, { merges });
    expect(
      (c.dossiers ?? []).map((d) => `${d.field} ${d.from} ${d.to} ${d.carriedOver} ${d.online} ${d.inPerson} ${d.pendingInTime}`),
    ).toEqual(["Hộ tịch 2021-06-15 2021-09-14 2 14 61 6", "Chứng thực 2021-06-15 2021-09-14 0 0 118 0"]);
  });

  it("reads the days of a footnote marked (*) on the title, as offices mark it", () => {
    const starred = FORM.map((r, i) =>
      i === 1
        ? ["THỐNG KÊ TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC QUÝ III/2021 (*)"]
        : i === 11
          ? [null, "(*) Kỳ báo cáo quý III: từ ngày 15/6/2021 đến hết ngày 14/9/2021."]
          : r,
    );
    const c = consolidateSheet(starred, { merges });
    expect((c.dossiers ?? []).map((d) => `${d.from} ${d.to}`)).toEqual(["2021-06-15 2021-09-14", "2021-06-15 2021-09-14"]);
  });

  it("names a field's resolved total that its parts do not make (72 written, 40 + 30 + 1 = 71)", () => {
    const c = consolidateSheet(FORM, { merges });
    expect(c.problems.filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH").map((p) => `${p.row}${p.column} ${p.value}`)).toContain("9H 72");
  });
});

describe("a plan's sections numbered within the sheet", () => {
  it("takes '1 | Tiêu chí thành phần “…”' over tasks numbered on their own for a section, its criterion from its name", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Kết quả"],
      ["I", "CHỈ SỐ CCHC"],
      ["1", "Tiêu chí thành phần “Mức độ thực hiện các chỉ tiêu phát triển kinh tế-xã hội do HĐND xã giao”"],
      ["1", "Đôn đốc các ngành thực hiện chỉ tiêu KT-XH theo Nghị quyết 42/NQ-HĐND", "VP-TK", "15/12/2021", "Đang thực hiện"],
      ["II", "CHỈ SỐ SIPAS"],
      ["1", "Chỉ số hài lòng về tiếp cận dịch vụ"],
      ["2", "Bổ sung trang thiết bị phục vụ người dân tại Bộ phận Một cửa", "VP-TK", "30/11/2021", "Hoàn thành"],
    ]);
    expect(c.tasks.map((t) => `${t.source.row} ${t.code}`)).toEqual(["4 1.7", "7 2.1"]);
  });

  it("reads a bullet alone under a table's note as the note's next item, never a task", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "KQ Quý IV"],
      [1, "Niêm yết công khai đầy đủ TTHC tại Bộ phận Một cửa", "Một cửa", "31/12/2021", "Hoàn thành"],
      [],
      [null, "Ghi chú: - Quý I, Quý II: Kế hoạch chưa ban hành."],
      [null, "            - Cột KQ ghi: Hoàn thành/ngày hoàn thành; đang thực hiện ghi % khối lượng."],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([2]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([4, 5]);
  });
});

describe("a survey's aspects across, a round per row", () => {
  it("reads each aspect's rate, dated by the row's own day, beside the forms returned and the report they come from", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2021"],
      [],
      [
        "Đợt khảo sát",
        "Số liệu đến ngày",
        "Phiếu thu về",
        "Tiếp cận dịch vụ (%)",
        "Công chức giải quyết (%)",
        "Tiếp nhận, xử lý PAKN (%)",
        "Văn bản",
      ],
      ["6 tháng đầu năm 2021", "14/6/2021", 48, 86.5, 90.2, 80, "BC 45/BC-UBND ngày 20/6/2021"],
      ["Năm 2021", "30/11/2021 (tổng hợp theo CV 301/UBND-VP ngày 15/11)", 50, 89, 91.5, 84, "BC 99/BC-UBND ngày 10/12/2021"],
    ]);
    expect(c.readings.map((r) => `${r.code} ${r.date} ${r.value}`).sort()).toEqual([
      "2.1 2021-06-14 86.5",
      "2.1 2021-11-30 89",
      "2.3 2021-06-14 90.2",
      "2.3 2021-11-30 91.5",
      "2.5 2021-06-14 80",
      "2.5 2021-11-30 84",
    ]);
  });
});
