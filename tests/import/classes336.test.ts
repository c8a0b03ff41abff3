import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf, merged } from "../helpers/grids";

// Classes found by blind sets 329, 332 and 336-339.

describe("a district form's counts with their shares of a parent row, in bands over 'Số lượng | Tỷ lệ (%)'", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ IA PẾCH"],
      ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2021"],
      ["STT", "Nội dung", "ĐVT", "6 tháng đầu năm 2021", null, "Cùng kỳ năm 2020", null, "Ghi chú"],
      [null, null, null, "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)"],
      [1, "Hồ sơ TTHC tiếp nhận", "Hồ sơ", 214, null, 190],
      [null, "Trong đó:"],
      [null, "a) Tiếp nhận trực tuyến mức độ 3, 4", "Hồ sơ", 52, 24.3, 21, 11.1],
      [null, "b) Tiếp nhận trực tiếp, qua bưu chính", "Hồ sơ", 162, 75.7, 169, 88.9],
      [2, "Văn bản đi của UBND xã", "Văn bản", 140, null, 118],
      ["-", "Gửi dưới dạng điện tử", "Văn bản", 131, "93,6", 102, "86,4"],
      [3, "Cán bộ, công chức xã", "Người", 23, 100, 22, 100],
      ["-", "Đạt chuẩn", "Người", 20, "95,5", 17, "77,27"],
      ["-", "Chưa đạt chuẩn", "Người", 3, "4,5", 5, "22,73"],
    ],
    { merges: merged("D3:E3", "F3:G3", "A3:A4", "B3:B4", "C3:C4", "H3:H4") },
  );
  const of = (row: number) =>
    c.readings.filter((r) => r.source.row === row).map((r) => `${r.code} ${r.period} ${r.numerator}/${r.denominator}`);

  it("reads each share as its own rate, the child's count over its parent's, for each band's period", () => {
    expect(of(7).sort()).toEqual(["1.1 6 tháng đầu năm 2020 21/190", "1.1 6 tháng đầu năm 2021 52/214"]);
    expect(of(10).sort()).toEqual(["1.5 6 tháng đầu năm 2020 102/118", "1.5 6 tháng đầu năm 2021 131/140"]);
  });

  it("reads no parent's count as a reading", () => {
    expect(c.readings.filter((r) => [5, 9, 11].includes(r.source.row))).toEqual([]);
  });

  it("leaves the rest of a split unread and says so", () => {
    expect(c.readings.filter((r) => r.source.row === 8 || r.source.row === 13)).toEqual([]);
    const said = c.problems.filter((p) => p.code === "ROW_SKIPPED" && (p.row === 8 || p.row === 13)).map((p) => p.message);
    expect(said).toEqual([expect.stringMatching(/phần còn lại của dòng 5\b/), expect.stringMatching(/phần còn lại của dòng 11\b/)]);
  });

  it("keeps a written rate its counts do not give, and says so", () => {
    const standard = c.readings.find((r) => r.source.row === 12 && r.period.includes("2021"));
    expect([standard?.code, standard?.value]).toEqual(["1.3", 95.5]);
    expect(c.problems.some((p) => p.code === "RATE_MISMATCH" && p.row === 12)).toBe(true);
  });
});

describe("shares that together make a plan's rate ('Trước hạn' and 'Đúng hạn' beside 'Quá hạn')", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ VĨNH HÒA"],
      ["SỐ LIỆU CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2021"],
      ["TT", "Nội dung", "ĐVT", "Quý III/2021", null],
      [null, null, null, "Số lượng", "Tỷ lệ (%)"],
      ["2", "Hồ sơ đã giải quyết", "Hồ sơ", 118, 100],
      [null, "+ Trước hạn", "Hồ sơ", 60, 50.8],
      [null, "+ Đúng hạn", "Hồ sơ", 56, 47.5],
      [null, "+ Quá hạn", "Hồ sơ", 2, 1.7],
    ],
    { merges: merged("D3:E3", "A3:A4", "B3:B4", "C3:C4") },
  );

  it("reads one rate of the kept shares' counts added up", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator, r.source.row])).toEqual([["1.2", 116, 118, 6]]);
  });
});

describe("a survey's quarters, each a band over its counts and rate, then a forecast band of another shape", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ HÒA LỢI"],
      ["KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2021"],
      ["STT", "Nội dung đánh giá", "Quý I/2021", null, null, "Quý II/2021", null, null, "Quý IV/2021 (dự kiến)"],
      [null, null, "Số phiếu hài lòng", "Tổng số phiếu", "Tỷ lệ", "Số phiếu hài lòng", "Tổng số phiếu", "Tỷ lệ", "Số phiếu", "Tỷ lệ"],
      ["1", "Hài lòng về tiếp cận dịch vụ", 45, 50, 0.9, 52, 55, 0.945, null, "97%"],
      ["2", "Hài lòng về kết quả giải quyết TTHC", 46, 50, 0.92, 51, 55, 0.927, null, "95%"],
    ],
    { merges: merged("C3:E3", "F3:H3", "I3:J3", "A3:A4", "B3:B4") },
  );

  it("reads every quarter's band, not the first alone", () => {
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.numerator}/${r.denominator}`).sort()).toEqual([
      "2.1 Quý I/2021 45/50",
      "2.1 Quý II/2021 52/55",
      "2.4 Quý I/2021 46/50",
      "2.4 Quý II/2021 51/55",
    ]);
  });

  it("names the forecast's columns as not read", () => {
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN" && (p.column === "I" || p.column === "J")).length).toBe(2);
  });
});

describe("the desk's fields down, 'Mới tiếp nhận' beside 'Trực tuyến' under a band, pending split under a band", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ IA KHA"],
      ["TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ I NĂM 2021"],
      ["(Số liệu từ ngày 15/12/2020 đến ngày 14/3/2021)"],
      [
        "STT",
        "Lĩnh vực giải quyết",
        "Số hồ sơ tiếp nhận",
        null,
        null,
        "Đã giải quyết",
        null,
        null,
        "Đang giải quyết",
        null,
        "Trả lại / rút hồ sơ",
      ],
      [null, null, "Kỳ trước chuyển sang", "Mới tiếp nhận", "Trực tuyến", "Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn"],
      [1, "Hộ tịch", 2, 45, 10, 8, 47, 0, 2, 0, 0],
      [2, "Đất đai", 3, 9, 1, 1, 6, 2, 3, 1, 0],
      [3, "Chứng thực", 0, 88, 0, 0, 88, 0, 0, 0, 0],
    ],
    { merges: merged("C4:E4", "F4:H4", "I4:J4", "A4:A5", "B4:B5", "K4:K5") },
  );

  it("reads the pending dossiers under their band, never as resolved late", () => {
    expect(c.dossiers?.map((d) => [d.field, d.late, d.pendingInTime, d.pendingOverdue])).toEqual([
      ["Hộ tịch", 0, 2, 0],
      ["Đất đai", 2, 3, 1],
      ["Chứng thực", 0, 0, 0],
    ]);
  });

  it("reads 'Mới tiếp nhận' as the direct ones where only so every row balances, and says so", () => {
    expect(c.dossiers?.map((d) => [d.field, d.inPerson, d.online])).toEqual([
      ["Hộ tịch", 45, 10],
      ["Đất đai", 9, 1],
      ["Chứng thực", 88, 0],
    ]);
    expect(c.problems.some((p) => p.code === "DOSSIER_COUNT_DERIVED" && p.column === "D" && /trực tiếp/.test(p.message))).toBe(true);
    expect(c.problems.filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH")).toEqual([]);
  });
});

describe("the desk's fields in blocks down, months across, rows in the desk's short forms", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ CHƯ Á"],
      ["SỔ THEO DÕI TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC THEO THÁNG - NĂM 2021"],
      ["Lĩnh vực / Chỉ tiêu", "Tháng 10/2021", "Tháng 11/2021"],
      ["I. Lĩnh vực Đất đai"],
      ["GQ trước hạn", 0, 1],
      ["GQ đúng hạn", 4, 2],
      ["GQ quá hạn", 1, 0],
      ["Kỳ trước chuyển sang", 2, 3],
      ["Nhận trực tiếp", 4, 5],
      ["Nhận trực tuyến", 2, 0],
      ["Đang GQ trong hạn", 3, 2],
      ["Đang GQ quá hạn", 0, 1],
    ],
    {},
  );

  it("reads each short form as its count, pending never as resolved nor as a reading", () => {
    expect(c.readings).toEqual([]);
    expect(c.dossiers?.map((d) => [d.field, d.from, d.early, d.onTime, d.late, d.pendingInTime, d.pendingOverdue])).toEqual([
      ["Đất đai", "2021-10-01", 0, 4, 1, 3, 0],
      ["Đất đai", "2021-11-01", 1, 2, 0, 2, 1],
    ]);
  });
});

describe("a criteria sheet whose years' results are sentences ('trong đó trực tuyến 95 hồ sơ, chiếm 24,5%')", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ LONG THẠNH"],
      ["SỐ LIỆU PHỤC VỤ XÁC ĐỊNH CHỈ SỐ CCHC NĂM 2021"],
      ["TT", "Tiêu chí, tiêu chí thành phần", "Kết quả năm 2020", "Kết quả thực hiện năm 2021", "Điểm tự đánh giá"],
      [
        "1",
        "Thực hiện kế hoạch CCHC (hồ sơ TTHC xử lý trực tuyến mức độ 3, 4)",
        "Tiếp nhận 301 hồ sơ, trong đó trực tuyến 36, chiếm 12%",
        "Tiếp nhận 387 hồ sơ, trong đó trực tuyến 95 hồ sơ, chiếm 24,5%",
        1,
      ],
      ["2", "Giải ngân kế hoạch vốn đầu tư công", null, "Giải ngân 3.850/4.200 triệu đồng, đạt 91,7%", 0.5],
      ["3", "Tỷ lệ văn bản trao đổi dưới dạng điện tử", 0.88, 0.955, 1],
      ["4", "Công chức trực tiếp giải quyết công việc", "94%", "96,1%", 1],
      ["5", "Tiếp nhận, xử lý phản ánh, kiến nghị", null, "Đạt trên 90%", 0.5],
    ],
    {},
  );
  const of = (row: number) => c.readings.filter((r) => r.source.row === row).map((r) => `${r.period} ${r.numerator}/${r.denominator}`);

  it("reads each sentence's rate and counts as its row's reading, never another row's part", () => {
    expect(of(4).sort()).toEqual(["Năm 2020 36/301", "Năm 2021 95/387"]);
    expect(of(5)).toEqual(["Năm 2021 3850/4200"]);
    expect(c.readings.filter((r) => r.source.row === 7).every((r) => !/Thực hiện kế hoạch|Giải ngân/.test(r.note))).toBe(true);
  });

  it("reads no bound ('trên 90%') as a figure, and says so", () => {
    expect(of(8)).toEqual([]);
    expect(c.problems.some((p) => p.code === "BAD_NUMBER" && p.row === 8)).toBe(true);
  });
});

describe("a district form with 'Thực hiện cùng kỳ năm 2020 | Kế hoạch năm 2021 | Thực hiện 9 tháng năm 2021 | So với KH (%)'", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ TÂN PHÚ"],
      ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH 9 THÁNG NĂM 2021"],
      ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện cùng kỳ năm 2020", "Kế hoạch năm 2021", "Thực hiện 9 tháng năm 2021", "So với KH (%)"],
      ["1", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", "%", "15,7%", "30%", "24,3%", 81],
      ["2", "Tỷ lệ văn bản đi được gửi dưới dạng điện tử", "%", 82, 90, 87.5, 97.2],
    ],
    {},
  );

  it("reads this year's column as this year's reading and the same period of 2020 as 2020's, never the plan or the comparison", () => {
    const of = (row: number) => c.readings.filter((r) => r.source.row === row).map((r) => `${r.code} ${r.period} ${r.value}`);
    expect(of(4).sort()).toEqual(["1.1 9 tháng năm 2020 15.7", "1.1 9 tháng năm 2021 24.3"]);
    expect(of(5).sort()).toEqual(["1.5 9 tháng năm 2020 82", "1.5 9 tháng năm 2021 87.5"]);
  });
});

describe("a criteria sheet's numbered heading row over its numbered aspects ('6 | Chỉ số hài lòng … (SIPAS)' over '6.1 | Tiếp cận dịch vụ')", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ LONG THẠNH"],
      ["SỐ LIỆU PHỤC VỤ XÁC ĐỊNH CHỈ SỐ CCHC NĂM 2021"],
      ["TT", "Tiêu chí, tiêu chí thành phần", "Kết quả năm 2020", "Kết quả năm 2021"],
      ["5", "Tỷ lệ văn bản trao đổi dưới dạng điện tử", 0.88, 0.955],
      ["6", "Chỉ số hài lòng của người dân, tổ chức (SIPAS)"],
      ["6.1", "Tiếp cận dịch vụ", "91,2%", "93,8%"],
      ["6.2", "Kết quả giải quyết công việc", "93%", "95,0%"],
      ["7", "Tốc độ tăng giá trị sản xuất trên địa bàn (GRDP)", "5,1%", "6,2%"],
    ],
    {},
  );

  it("reads the aspects under the heading as the survey's criteria, and the row after it as its own", () => {
    const codes = (row: number) => [...new Set(c.readings.filter((r) => r.source.row === row).map((r) => r.code))];
    expect([codes(6), codes(7), codes(8)]).toEqual([["2.1"], ["2.4"], ["1.6"]]);
  });
});

describe("a lettered lead row between tasks ('b) Đ/c Tuấn (CC Tài chính – Kế toán) chủ trì')", () => {
  const c = consolidateSheet([
    ["UBND XÃ PHƯỚC AN"],
    ["KẾ HOẠCH CÔNG TÁC CCHC THÁNG 11-12/2021"],
    ["TT", "Nhiệm vụ", "Hạn", "Tiến độ"],
    [null, "a) Đ/c Lan (CC VH-XH) chủ trì"],
    [1, "Treo băng rôn tuyên truyền dịch vụ công trực tuyến tại các thôn", "20/11/2021", "100%"],
    [2, "Phát tờ rơi hướng dẫn nộp hồ sơ trực tuyến đến hộ gia đình", "15/12/2021", "50%"],
    [null, "b) Đ/c Tuấn (CC Tài chính – Kế toán) chủ trì"],
    [3, "Báo cáo tiến độ giải ngân vốn đầu tư công tháng 11", "05/12/2021", "100%"],
  ]);

  it("leads the tasks under it, never joined to the task above as its words", () => {
    expect(c.tasks.map((t) => [t.source.row, t.content, t.lead])).toEqual([
      [5, "Treo băng rôn tuyên truyền dịch vụ công trực tuyến tại các thôn", "Công chức Văn hóa-Xã hội"],
      [6, "Phát tờ rơi hướng dẫn nộp hồ sơ trực tuyến đến hộ gia đình", "Công chức Văn hóa-Xã hội"],
      [8, "Báo cáo tiến độ giải ngân vốn đầu tư công tháng 11", "Công chức Tài chính-Kế toán"],
    ]);
  });
});

describe("a short unnumbered label where the tasks' numbering runs on past it ('Kiểm soát TTHC' between tasks 2 and 3)", () => {
  const c = consolidateSheet([
    ["UBND XÃ BÌNH MINH"],
    ["THEO DÕI THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    ["STT", "Nội dung công việc", "Người thực hiện", "Hạn hoàn thành", "Tình trạng"],
    [1, "Ban hành Kế hoạch CCHC năm 2021 của UBND xã", "CC VP-TK", "15/01/2021", "Xong"],
    [2, "Ban hành Kế hoạch kiểm tra CCHC năm 2021", "VP-TK", "15/03/2021", "Xong"],
    [null, "Kiểm soát TTHC"],
    [3, "Rà soát, đánh giá quy định TTHC năm 2021", "CC Tư pháp - Hộ tịch", "30/06/2021", "Xong"],
  ]);

  it("reads it as a heading of the tasks under it, not a task", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([4, 5, 7]);
  });
});

describe("dates a task row gives twice, differently", () => {
  const c = consolidateSheet([
    ["UBND XÃ PHÚ THỊNH"],
    ["THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
    ["STT", "Nội dung", "Chủ trì", "Hạn theo KH", "Hạn gia hạn", "Kết quả thực hiện", "Ngày thực hiện xong"],
    [1, "Rà soát quy trình nội bộ giải quyết TTHC", "CC VP-TK", "31/12/2021", "15/11/2021", "Đang thực hiện", null],
    [2, "Đăng tin trên Trang TTĐT xã về Bộ phận Một cửa", "CC VH-XH", "31/10/2021", null, "Đã xong ngày 28/10", "25/10/2021"],
    [3, "Giải ngân vốn đầu tư công năm 2021", "CC TC-KT", "30/9/2021 đạt 60%; 31/01/2022 đạt 100%", null, "Đang thực hiện", null],
  ]);
  const task = (row: number) => c.tasks.find((t) => t.source.row === row);

  it("takes an extension earlier than the first deadline as written, and names it", () => {
    expect(task(4)?.due).toBe("2021-11-15");
    expect(c.problems.some((p) => p.code === "DUE_MOVED_EARLIER" && p.row === 4)).toBe(true);
  });

  it("keeps the day-done column's day where the result says another, and names the pair", () => {
    expect(task(5)?.doneDate).toBe("2021-10-25");
    expect(c.problems.some((p) => p.code === "BAD_DATE" && p.row === 5 && /28\/10\/2021/.test(p.message))).toBe(true);
  });

  it("takes the last of a deadline's milestones", () => {
    expect(task(6)?.due).toBe("2022-01-31");
  });
});

describe("a task's result 'Đang thực hiện, đạt 80%' under a criterion's heading", () => {
  const c = consolidateSheet([
    ["UBND XÃ ĐĂK PXI"],
    ["BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 49/KH-UBND - QUÝ IV/2021"],
    ["STT", "Nhiệm vụ, giải pháp", "Chủ trì", "Hạn", "Tiến độ, kết quả"],
    [null, "1.1. Thực hiện kế hoạch CCHC - dịch vụ công trực tuyến mức độ 3, 4"],
    [1, "Tuyên truyền trên loa phát thanh về dịch vụ công mức độ 3, 4", "VH-XH", "31/12/2021", "Đang thực hiện, đạt 80%"],
  ]);

  it("is the task's progress, never the criterion's reading", () => {
    expect(c.readings).toEqual([]);
    expect(c.tasks.map((t) => [t.code, t.progress])).toEqual([["1.1", 80]]);
  });
});

describe("a chart's data sheet beside the monthly table it was drawn from", () => {
  const table = gridOf([
    ["THEO DÕI TỶ LỆ HỒ SƠ THEO THÁNG - NĂM 2021"],
    ["STT", "Chỉ tiêu", "Tháng 10", "Tháng 11"],
    ["1", "Hồ sơ giải quyết đúng hạn (TC 1.2)"],
    ["a", "Tổng số hồ sơ đã giải quyết", 171, 158],
    ["b", "Số hồ sơ giải quyết trước hạn và đúng hạn", 171, 157],
    ["c", "Tỷ lệ giải quyết đúng hạn (%)", 100, 99.37],
  ]);
  const chart = {
    ...gridOf([["Số liệu vẽ biểu đồ"], ["Tháng", "Đúng hạn (%)", "Trực tuyến (%)"], ["T10", 100, 6.86], ["T11", 99.37, 9.38]]),
    sheet: "Biểu đồ",
  };
  const c = consolidate(
    [{ file: "so.xlsx", ok: true, grids: [{ ...table, sheet: "Tỷ lệ theo tháng" }, chart] }],
    BUILTIN_PLAN,
    "2021-12-15" as IsoDate,
  );

  it("gives no reading of its own; the table's, with their counts, stand, and the sheet is named", () => {
    expect(c.readings.map((r) => [r.source.sheet, r.code, r.numerator, r.denominator])).toEqual([
      ["Tỷ lệ theo tháng", "1.2", 171, 171],
      ["Tỷ lệ theo tháng", "1.2", 157, 158],
    ]);
    expect(c.problems.some((p) => p.code === "SHEET_SKIPPED" && p.sheet === "Biểu đồ")).toBe(true);
  });
});

describe("a rate typed as no share can be ('686') under the counts that give it", () => {
  const c = consolidateSheet([
    ["THEO DÕI TỶ LỆ HỒ SƠ THEO THÁNG - NĂM 2021"],
    ["STT", "Chỉ tiêu", "Tháng 10", "Tháng 11"],
    ["2", "Hồ sơ trực tuyến mức độ 3, 4 (TC 1.1)"],
    ["a", "Tổng số hồ sơ tiếp nhận", 175, 160],
    ["b", "Số hồ sơ tiếp nhận trực tuyến", 12, 15],
    ["c", "Tỷ lệ hồ sơ trực tuyến (%)", 686, 9.38],
  ]);

  it("takes the counts' rate and names the typed one", () => {
    const october = c.readings.find((r) => r.period.startsWith("Tháng 10"));
    expect([october?.numerator, october?.denominator]).toEqual([12, 175]);
    expect(c.problems.some((p) => p.code === "RATE_MISMATCH" && /686/.test(p.message))).toBe(true);
  });
});

describe("a chart's data sheet whose months no other sheet gives", () => {
  const quarter = gridOf([
    ["TÌNH HÌNH GIẢI QUYẾT HỒ SƠ QUÝ III NĂM 2021"],
    ["STT", "Chỉ tiêu", "Quý III/2021", "Quý IV/2021"],
    ["1", "Tỷ lệ hồ sơ giải quyết đúng hạn (%)", 99.4, 99.1],
  ]);
  const chart = {
    ...gridOf([
      ["SỐ LIỆU VẼ BIỂU ĐỒ TỶ LỆ HỒ SƠ GIẢI QUYẾT ĐÚNG HẠN NĂM 2021"],
      ["Tháng", "Tỷ lệ đúng hạn (%)"],
      ["Tháng 1", 100],
      ["Tháng 2", 98.9],
    ]),
    sheet: "Bieu do",
  };
  const c = consolidate(
    [{ file: "so.xlsx", ok: true, grids: [{ ...quarter, sheet: "Quy" }, chart] }],
    BUILTIN_PLAN,
    "2021-12-15" as IsoDate,
  );

  it("reads them, nothing dropped", () => {
    expect(c.readings.filter((r) => r.source.sheet === "Bieu do").map((r) => r.value)).toEqual([100, 98.9]);
  });
});

describe("a catalogue sheet ('Danh mục lĩnh vực TTHC cấp xã' over '1 | Hộ tịch')", () => {
  const c = consolidateSheet([
    ["Danh mục lĩnh vực TTHC cấp xã"],
    [1, "Hộ tịch"],
    [2, "Chứng thực"],
    [3, "Đất đai"],
    [4, "Xây dựng"],
    [5, "Nuôi con nuôi"],
    [6, "Bảo trợ xã hội"],
    [7, "Người có công"],
    [8, "Lao động, thương binh và xã hội"],
  ]);

  it("gives no tasks, and is named", () => {
    expect(c.tasks).toEqual([]);
    expect(c.problems.some((p) => p.code === "SHEET_SKIPPED" && /danh mục/.test(p.message))).toBe(true);
  });
});

describe("the desk's fields across under a title of days typed without marks ('Tu ngay 15/12/2020 den ngay 14/6/2021')", () => {
  const c = consolidateSheet([
    ["UBND XA YA HOI"],
    ["BAO CAO KET QUA TIEP NHAN, GIAI QUYET TTHC 6 THANG DAU NAM 2021"],
    ["(Tu ngay 15/12/2020 den ngay 14/6/2021)"],
    ["TT", "Noi dung", "Ho tich", "Chung thuc", "Tong cong"],
    ["1", "So ho so ky truoc chuyen sang", 3, 0, 3],
    ["2", "So ho so tiep nhan moi trong ky", 135, 205, 340],
    [null, "- Truc tiep, qua buu chinh", 110, 205, 315],
    [null, "- Truc tuyen (DVC muc do 3, 4)", 25, 0, 25],
    ["3", "So ho so da giai quyet", 133, 205, 338],
    [null, "- Dung han", 132, 205, 337],
    [null, "- Qua han", 1, 0, 1],
    ["4", "So ho so dang giai quyet", 5, 0, 5],
  ]);

  it("dates each field's counts by the days the title gives", () => {
    expect(c.dossiers?.map((d) => [d.field, d.from, d.to])).toEqual([
      ["Ho tich", "2020-12-15", "2021-06-14"],
      ["Chung thuc", "2020-12-15", "2021-06-14"],
    ]);
  });
});

describe("a register of dossiers exporting one dossier twice", () => {
  const day = (d: string) => ({ date: d as IsoDate });
  const c = consolidateSheet([
    ["DANH SÁCH HỒ SƠ - ĐƠN VỊ: UBND XÃ IA PẾCH"],
    ["Từ ngày: 01/10/2021    Đến ngày: 31/10/2021"],
    ["STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Lĩnh vực", "Hình thức nộp", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả"],
    [1, "000.00.23.H18-1000-921", "Đăng ký khai sinh", "Hộ tịch", "Trực tiếp", day("2021-10-04"), day("2021-10-05"), day("2021-10-05")],
    [
      2,
      "000.00.23.H18-1001-921",
      "Hòa giải tranh chấp đất đai",
      "Đất đai",
      "Trực tiếp",
      day("2021-10-06"),
      day("2021-10-20"),
      day("2021-10-25"),
    ],
    [
      3,
      "000.00.23.H18-1001-921",
      "Hòa giải tranh chấp đất đai",
      "Đất đai",
      "Trực tiếp",
      day("2021-10-06"),
      day("2021-10-20"),
      day("2021-10-25"),
    ],
  ]);

  it("counts it once and names the repeated line", () => {
    expect(c.dossiers?.map((d) => [d.field, d.inPerson, d.late])).toEqual([
      ["Hộ tịch", 1, 0],
      ["Đất đai", 1, 1],
    ]);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 6 && /dòng 5/.test(p.message))).toBe(true);
  });
});

describe("a column of the day each row was last checked ('Ngay kiem tra'), typed without marks", () => {
  const day = (d: string) => ({ date: d as IsoDate });
  const c = consolidateSheet([
    ["THEO DOI THUC HIEN KE HOACH CCHC NAM 2021"],
    ["TT", "Noi dung nhiem vu", "Chu tri", "Han hoan thanh", "Tinh trang", "Ngay kiem tra"],
    [1, "To chuc giai quyet ho so TTHC dung han", "BP Mot cua", "31/12/2021", "Dang thuc hien", day("2021-12-10")],
    [2, "Cong khai so dien thoai duong day nong", "CC VP-TK", day("2021-03-31"), "Hoan thanh", day("2021-04-02")],
  ]);

  it("is never the day done", () => {
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([
      ["Đang thực hiện", null],
      ["Hoàn thành", null],
    ]);
  });
});

describe("a rate's name written where the criterion's code goes ('Tiêu chí, tiêu chí thành phần' over 'Tỷ lệ … mức độ 3, 4')", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THÀNH PHẦN CHỈ SỐ CCHC NĂM 2021"],
      [
        "STT",
        "Tiêu chí, tiêu chí thành phần",
        "6 tháng đầu năm",
        null,
        null,
        "Quý III",
        null,
        null,
        "Cùng kỳ 2020 (%)",
        "Chỉ tiêu KH 2021",
        "Ghi chú",
      ],
      [null, null, "Tử số", "Mẫu số", "%", "Tử số", "Mẫu số", "%"],
      ["1", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến mức độ 3, 4", 88, 301, 29.2, 52, 160, 32.5, 18.5, ">= 30%"],
      ["2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (kể cả trước hạn)", 296, 298, 99.3, 158, 158, 100, 97.8, 100],
      ["3", "Tỷ lệ cán bộ, công chức xã đạt chuẩn", 21, 22, "95,5%", 22, 22, 100, 86.4, 100],
    ],
    { merges: merged("C2:E2", "F2:H2", "A2:A3", "B2:B3", "I2:I3", "J2:J3", "K2:K3") },
  );

  it("suggests the criterion its words name, and says so", () => {
    expect([...new Set(c.readings.map((r) => `${r.source.row} ${r.code}`))].sort()).toEqual(["4 1.1", "5 1.2", "6 1.3"]);
    expect(c.problems.filter((p) => p.code === "UNKNOWN_CRITERION")).toEqual([]);
    expect(c.problems.some((p) => p.code === "CRITERION_SUGGESTED" && p.row === 4)).toBe(true);
  });
});

describe("a survey's overall row numbered over its aspects ('5 | Chỉ số hài lòng … (SIPAS) | 84,2' over '- Tiếp cận dịch vụ')", () => {
  const c = consolidateSheet([
    ["SỐ LIỆU MỘT SỐ CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    ["TT", "Chỉ tiêu", "ĐVT", "Năm 2020", "Năm 2021"],
    ["4", "Tỷ lệ văn bản đi gửi dưới dạng điện tử", "%", 87, 96.2],
    ["5", "Chỉ số hài lòng của người dân, tổ chức (SIPAS)", "%", 84.2, 88.9],
    [null, "- Tiếp cận dịch vụ", "%", 86, 90.5],
    [null, "- Công chức giải quyết TTHC", "%", 85, 89.7],
  ]);

  it("reads the aspects as the survey's criteria", () => {
    expect([...new Set(c.readings.filter((r) => r.source.row >= 5).map((r) => `${r.source.row} ${r.code}`))].sort()).toEqual([
      "5 2.1",
      "6 2.3",
    ]);
  });
});

describe("a survey's forms counted over its rates by quarter, typed without marks", () => {
  const c = consolidateSheet(
    [
      ["KET QUA DO LUONG SU HAI LONG CUA NGUOI DAN, TO CHUC (SIPAS)"],
      ["9 thang dau nam 2021 - so lieu den ngay 30/9/2021"],
      ["TT", "Noi dung", "Quy I", "Quy II", "Quy III"],
      ["A", "SO PHIEU KHAO SAT"],
      ["1", "So phieu phat ra", 60, 60, 80],
      ["2", "So phieu thu ve hop le", 58, 60, 77],
      ["B", "TY LE HAI LONG"],
      ["1", "Chi so hai long chung", 0.872, 0.885, 0.9],
      [null, "Trong do:"],
      [null, "a) Hai long ve tiep can dich vu", 0.91, 0.915, 0.93],
      [null, "b) Hai long ve ket qua giai quyet TTHC", 0.88, 0.9, 0.911],
    ],
    { formats: Object.fromEntries([8, 10, 11].flatMap((r) => [3, 4, 5].map((col) => [`${r}:${col}`, "0.0%"]))) },
  );

  it("reads the rates as each aspect's reading, never as counts of forms", () => {
    expect(c.readings.filter((r) => r.source.row === 10).map((r) => [r.code, r.value])).toEqual([
      ["2.1", 91],
      ["2.1", 91.5],
      ["2.1", 93],
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER")).toEqual([]);
  });
});

describe("one field's counts by month across, its rows in the desk's short forms ('HS TN qua BCCI', 'GQ đúng hạn')", () => {
  const c = consolidateSheet([
    ["SỐ LIỆU HỒ SƠ LĨNH VỰC HỘ TỊCH QUÝ IV/2021"],
    ["(Lĩnh vực: Hộ tịch)"],
    [],
    ["Chỉ tiêu", "Tháng 10", "Tháng 11"],
    ["HS kỳ trước chuyển sang", 3, 4],
    ["HS TN trực tuyến", 10, 12],
    ["HS TN trực tiếp", 28, 30],
    ["HS TN qua BCCI", 1, 0],
    ["GQ trước hạn", 25, 30],
    ["GQ đúng hạn", 12, 13],
    ["GQ quá hạn", 1, 0],
    ["Đang GQ trong hạn", 4, 3],
  ]);

  it("reads the desk's counts, never readings", () => {
    expect(c.readings).toEqual([]);
    expect(c.dossiers?.map((d) => [d.field, d.from, d.online, d.inPerson, d.onTime, d.pendingInTime])).toEqual([
      ["Hộ tịch", "2021-10-01", 10, 29, 12, 4],
      ["Hộ tịch", "2021-11-01", 12, 30, 13, 3],
    ]);
  });
});

describe("one field's counts written as a sentence under the desk's table of fields across", () => {
  const c = consolidateSheet([
    ["SỐ LIỆU GIẢI QUYẾT TTHC QUÝ IV NĂM 2021"],
    ["(Từ ngày 15/9/2021 đến ngày 14/12/2021)"],
    ["TT", "Nội dung", "Hộ tịch", "Chứng thực", "Tổng"],
    ["1", "Số HS kỳ trước chuyển sang", 4, 0, 4],
    ["2", "Số HS tiếp nhận mới trong kỳ", 70, 350, 420],
    [null, "- Trực tuyến", 30, 12, 42],
    [null, "- Trực tiếp, BCCI", 40, 338, 378],
    ["3", "Số HS đã giải quyết", 71, 350, 421],
    [null, "- Đúng hạn", 71, 350, 421],
    ["4", "Số HS đang giải quyết", 3, 0, 3],
    [],
    [
      "Ghi chú: Lĩnh vực Đất đai (phối hợp với công chức Địa chính - Xây dựng): kỳ trước chuyển sang 2 hồ sơ; trong kỳ tiếp nhận 9 hồ sơ (trực tuyến 1, trực tiếp 8); đã giải quyết 8 hồ sơ (trước hạn 2, đúng hạn 5, quá hạn 1); đang giải quyết 3 hồ sơ trong hạn; không có hồ sơ trả lại.",
    ],
  ]);

  it("reads it as that field's counts for the table's days, and says so", () => {
    const land = c.dossiers?.find((d) => d.field === "Đất đai");
    expect(
      land && [
        land.from,
        land.to,
        land.carriedOver,
        land.online,
        land.inPerson,
        land.early,
        land.onTime,
        land.late,
        land.pendingInTime,
        land.returned,
      ],
    ).toEqual(["2021-09-15", "2021-12-14", 2, 1, 8, 2, 5, 1, 3, 0]);
    expect(c.problems.some((p) => p.code === "DOSSIER_COUNT_DERIVED" && p.row === 12)).toBe(true);
  });
});

describe("progress written month by month in one cell ('T9: 62%; T10: 70%; T11: 84%')", () => {
  const c = consolidateSheet([
    ["THEO DÕI NHIỆM VỤ THEO KẾ HOẠCH SỐ 49/KH-UBND - NĂM 2021"],
    ["STT", "Nội dung", "Chủ trì", "Thời gian hoàn thành", "Tiến độ (ghi theo tháng)", "Ghi chú"],
    [
      1,
      "Giải ngân 100% kế hoạch vốn đầu tư công được giao",
      "CC TC-KT",
      "31/01/2022",
      "T9: 62%; T10: 70%; T11: 84%",
      "Kế hoạch vốn 2.500 triệu đồng",
    ],
  ]);

  it("takes the latest month's share as the progress, the work under way, and says so", () => {
    expect(c.tasks.map((t) => [t.status, t.progress])).toEqual([["Đang thực hiện", 84]]);
    expect(c.tasks[0].note).toMatch(/theo tháng 11/);
  });
});

describe("one field's counts by quarter under a title naming it by its words ('HỒ SƠ ĐĂNG KÝ CƯ TRÚ'), the last quarter standing at a day inside it", () => {
  const c = consolidateSheet([
    ["CÔNG AN XÃ NHƠN CHÂU"],
    ["SỐ LIỆU TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ ĐĂNG KÝ CƯ TRÚ NĂM 2021"],
    ["Chỉ tiêu", "Quý III", "Quý IV (đến 14/12)"],
    ["Hồ sơ tiếp nhận trực tuyến", 12, 15],
    ["Hồ sơ tiếp nhận trực tiếp", 30, 28],
    ["Giải quyết đúng hạn", 41, 42],
    ["Giải quyết quá hạn", 1, 0],
    ["Đang giải quyết", 0, 1],
  ]);

  it("names the field by the title's words, not the sheet's name", () => {
    expect([...new Set(c.dossiers?.map((d) => d.field))]).toEqual(["Cư trú"]);
  });

  it("runs the last quarter from its first day to that day", () => {
    expect(c.dossiers?.map((d) => [d.from, d.to])).toEqual([
      ["2021-07-01", "2021-09-30"],
      ["2021-10-01", "2021-12-14"],
    ]);
  });
});

describe("a list of work titled 'Danh mục nhiệm vụ', its tasks written bare", () => {
  const c = consolidateSheet([
    ["DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    [1, "Rà soát, đơn giản hóa thủ tục hành chính"],
    [2, "Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa"],
    [3, "Tuyên truyền dịch vụ công trực tuyến mức độ 3, 4"],
    [4, "Khảo sát sự hài lòng của người dân, tổ chức"],
    [5, "Số hóa hồ sơ, kết quả giải quyết TTHC"],
    [6, "Ứng dụng chữ ký số trong gửi nhận văn bản"],
    [7, "Kiểm tra công vụ tại Bộ phận Một cửa"],
    [8, "Báo cáo kết quả cải cách hành chính năm 2021"],
  ]);

  it("is no catalogue: the sheet is never named one", () => {
    expect(c.problems.some((p) => /danh mục \(/.test(p.message))).toBe(false);
  });
});

describe("a register of dossiers over its signature block ('Ia Băng, ngày 01 tháng 11 năm 2021')", () => {
  const day = (d: string) => ({ date: d as IsoDate });
  const c = consolidateSheet([
    ["SỔ THEO DÕI HỒ SƠ"],
    ["Tháng 10 năm 2021"],
    ["STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Lĩnh vực", "Nhận qua", "Ngày nhận", "Hẹn trả", "Ngày trả KQ"],
    [1, "H45.21-211026-0017", "Đăng ký khai sinh", "Hộ tịch", "Trực tiếp", day("2021-10-26"), day("2021-10-26"), day("2021-10-26")],
    [2, "H45.21-211029-0019", "Đăng ký khai sinh", "Hộ tịch", "DVC trực tuyến", day("2021-10-29"), day("2021-10-29"), day("2021-10-29")],
    [null, null, "Tổng cộng: 2 hồ sơ"],
    [],
    [null, null, null, null, null, "Ia Băng, ngày 01 tháng 11 năm 2021"],
    [null, "NGƯỜI LẬP SỔ", null, null, null, "CHỦ TỊCH"],
    [null, "Lê Thị Ngọc", null, null, null, "Puih Dơng"],
  ]);

  it("counts no line of the signature as a dossier, and names none of them", () => {
    expect(c.dossiers?.map((d) => [d.field, d.online, d.inPerson])).toEqual([["Hộ tịch", 1, 1]]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });
});

describe("a field's sentence under the table whose totals it does not split", () => {
  const c = consolidateSheet([
    ["SỐ LIỆU GIẢI QUYẾT TTHC QUÝ IV NĂM 2021"],
    ["(Từ ngày 15/9/2021 đến ngày 14/12/2021)"],
    ["TT", "Nội dung", "Hộ tịch", "Chứng thực", "Tổng"],
    ["1", "Số HS kỳ trước chuyển sang", 4, 0, 4],
    ["2", "Số HS tiếp nhận mới trong kỳ", 70, 350, 420],
    [null, "- Trực tuyến", 30, 12, 42],
    [null, "- Trực tiếp, BCCI", 40, 338, 378],
    ["3", "Số HS đã giải quyết", 71, 350, 421],
    [null, "- Đúng hạn", 71, 350, 421],
    ["4", "Số HS đang giải quyết", 3, 0, 3],
    [],
    ["Lĩnh vực Đất đai: kỳ trước chuyển sang 2 hồ sơ; trong kỳ tiếp nhận 9 hồ sơ; đã giải quyết 8 hồ sơ; đang giải quyết 3 hồ sơ."],
  ]);

  it("writes the totals where their parts go, leaves the unsplit new ones out, and says both", () => {
    const land = c.dossiers?.find((d) => d.field === "Đất đai");
    expect(land && [land.carriedOver, land.online, land.inPerson, land.onTime, land.pendingInTime]).toEqual([2, 0, 0, 8, 3]);
    const said = c.problems.find((p) => p.code === "DOSSIER_COUNT_DERIVED" && p.row === 12)?.message ?? "";
    expect(said).toMatch(/ghi vào cột trong hạn, đúng hạn: đã giải quyết 8 hồ sơ; đang giải quyết 3 hồ sơ/);
    expect(said).toMatch(/Không đọc được .*trong kỳ tiếp nhận 9 hồ sơ/);
  });
});

describe("a share's counts typed as text with a thousands point ('1.520' of '3.450' triệu đồng)", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ IA PẾCH"],
      ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2021"],
      ["STT", "Nội dung", "ĐVT", "6 tháng đầu năm 2021", null, "Cùng kỳ năm 2020", null, "So sánh cùng kỳ (%)"],
      [null, null, null, "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)"],
      [1, "Văn bản đi của UBND xã", "Văn bản", 140, null, 118, null, 118.6],
      ["-", "Gửi dưới dạng điện tử", "Văn bản", 131, "93,6", 102, "86,4", 128.4],
      [2, "Kế hoạch vốn đầu tư công được giao", "Triệu đồng", "3.450", null, "2.900", null],
      ["-", "Đã giải ngân", "Triệu đồng", "1.520", "44,1", "1.015", "35", 149.8],
    ],
    { merges: merged("D3:E3", "F3:G3", "A3:A4", "B3:B4", "C3:C4", "H3:H4") },
  );

  it("reads the counts whole, the share its own rate", () => {
    expect(
      c.readings
        .filter((r) => r.code === "1.4")
        .map((r) => [r.numerator, r.denominator])
        .sort(),
    ).toEqual([
      [1015, 2900],
      [1520, 3450],
    ]);
  });
});
