import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

// The classes blind sets 87-90 and the stop's review found.
const day = (iso: string): GridCell => ({ date: iso as IsoDate });
const one = consolidateSheet;

describe("standing work under Hạn", () => {
  const rows: GridCell[][] = [
    ["STT", "Nội dung công việc", "Chủ trì", "Hạn hoàn thành", "Tình trạng"],
    [1, "Công khai xin lỗi người dân khi giải quyết TTHC quá hạn", "Một cửa", "Thường xuyên", "Đang thực hiện"],
    [2, "Báo cáo tiến độ giải ngân", "Kế toán", "Hằng tháng", "Đang thực hiện"],
    [3, "Thống kê hồ sơ trực tuyến gửi huyện", "Văn phòng", "Ngày 25 hằng tháng", "Đang thực hiện"],
    [4, "Niêm yết TTHC mới công bố", "Tư pháp", day("2021-11-30"), "Hoàn thành"],
  ];

  it("leaves Hạn empty for 'Thường xuyên', the words in Ghi chú, and takes no deadline from the plan", () => {
    const t = one(rows).tasks[0];
    expect([t.due, t.dueText]).toEqual([null, null]);
    expect(t.note).toContain('Hạn ghi "Thường xuyên"');
  });

  it("leaves Hạn empty for 'Hằng tháng' too (it names no day), the words in Ghi chú", () => {
    const t = one(rows).tasks[1];
    expect([t.due, t.dueText]).toEqual([null, null]);
    expect(t.note).toContain('Hạn ghi "Hằng tháng": việc định kỳ, không có hạn cụ thể');
  });

  it("gives 'Ngày 25 hằng tháng' that day of the current month", () => {
    expect(one(rows).tasks[2].due).toBe("2021-12-25");
  });

  it("keeps a date as it was, with no word about standing work", () => {
    const t = one(rows).tasks[3];
    expect(t.due).toBe("2021-11-30");
    expect(t.note).not.toContain("Hạn ghi");
  });
});

describe("the same task in two workbooks", () => {
  const plan = (file: string, rows: GridCell[][]) => ({ file, ok: true as const, grids: [gridOf(rows, { file })] });
  const HEAD: GridCell[] = ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Tình trạng", "Ngày hoàn thành"];
  const TASK = "Niêm yết công khai, minh bạch đầy đủ TTHC tại Bộ phận Một cửa";

  it("keeps the copy that says how far the work is over the lead's copy left blank, and names the blank one", () => {
    const c = consolidate(
      [
        plan("02_VPTK_ke_hoach_49.xlsx", [HEAD, [1, TASK, "CC VP-TK", day("2021-11-30"), null, null]]),
        plan("07_Mot_cua.xlsx", [HEAD, [1, TASK, "CC VP-TK", day("2021-11-30"), "Hoàn thành", day("2021-11-25")]]),
      ],
      BUILTIN_PLAN,
      "2021-12-15" as IsoDate,
    );
    const kept = c.tasks.filter((t) => t.content === TASK);
    expect(kept.map((t) => [t.source.file, t.status, t.doneDate])).toEqual([["07_Mot_cua.xlsx", "Hoàn thành", "2021-11-25"]]);
    const named = c.problems.find((p) => p.file === "02_VPTK_ke_hoach_49.xlsx" && p.code.startsWith("DUPLICATE"));
    expect(named?.message).toContain("07_Mot_cua.xlsx");
  });

  it("still keeps the lead's copy where it says something", () => {
    const c = consolidate(
      [
        plan("02_VPTK_ke_hoach_49.xlsx", [HEAD, [1, TASK, "CC VP-TK", day("2021-11-30"), "Đang thực hiện", null]]),
        plan("07_Mot_cua.xlsx", [HEAD, [1, TASK, "CC VP-TK", day("2021-11-30"), "Hoàn thành", day("2021-11-25")]]),
      ],
      BUILTIN_PLAN,
      "2021-12-15" as IsoDate,
    );
    expect(c.tasks.filter((t) => t.content === TASK).map((t) => [t.source.file, t.status])).toEqual([
      ["02_VPTK_ke_hoach_49.xlsx", "Đang thực hiện"],
    ]);
  });
});

describe("a status word beside a sentence", () => {
  it("reads 'Đang TH' in Tiến độ over 'Đã phát 2 bản tin' in Kết quả", () => {
    const t = one([
      ["STT", "Nội dung công việc", "Thời gian thực hiện", "Tiến độ", "Kết quả"],
      [1, "Tuyên truyền các hình thức tiếp nhận, trả kết quả qua bưu chính công ích", "Quý IV/2021", "Đang TH", "Đã phát 2 bản tin"],
      [2, "Niêm yết công khai đầy đủ TTHC", "Năm 2021", "Hoàn thành", "Đã niêm yết 129 TTHC"],
    ]).tasks;
    expect(t.map((x) => [x.status, x.progress])).toEqual([
      ["Đang thực hiện", null],
      ["Hoàn thành", 100],
    ]);
  });

  it("reads 'xong 1 nửa' in a status column as half done, under way", () => {
    const t = one([
      ["Việc", "Ai làm", "Hạn", "Xong chưa"],
      ["Rà soát CBCC chưa đạt chuẩn, cử đi học", "anh Phong", "Năm 2021", "xong 1 nửa"],
      ["Niêm yết TTHC mới theo QĐ công bố của tỉnh", "BP 1 cửa", "Năm 2021", "xong 20/11"],
    ]).tasks;
    expect(t.map((x) => [x.status, x.progress])).toEqual([
      ["Đang thực hiện", 50],
      ["Hoàn thành", 100],
    ]);
    expect(t[0].note).toContain('Trạng thái ghi "xong 1 nửa"');
  });
});

describe("a tracker typed in haste", () => {
  it("answers 'Xong?' with x, v, ✓ as done and 'N' as not started; the 'Ngày' beside it is the day done; '?' is named", () => {
    const c = one([
      ["TT", "Việc cần làm", "Ai", "Hạn", "Xong?", "Ngày"],
      [1, "Niem yet cong khai TTHC tai BP 1 cua", "Tuấn", day("2021-10-30"), "x", "28/10"],
      [2, "Phieu HD ho so, bo sung hs ko qua 1 lan", "Tuấn", day("2021-11-30"), "v", null],
      [3, "Cap nhat hs len phan mem 1 cua dien tu", "Tuấn", "5-12-21", "✓", "6/12"],
      [4, "Ban giao hs tre han + thu xin loi", "Tuấn", "15/11", "N", null],
      [5, "Lấy ý kiến đánh giá hài lòng", "Tuấn", "14/12", "?", null],
    ]);
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([
      ["Hoàn thành", "2021-10-28"],
      ["Hoàn thành", null],
      ["Hoàn thành", "2021-12-06"],
      ["Chưa thực hiện", null],
      ["Chưa thực hiện", null],
    ]);
    expect(c.problems.filter((p) => p.code === "UNKNOWN_STATUS").map((p) => p.row)).toEqual([6]);
  });

  it("reads a 'tt' column of states as the status, a 'TT' column of numbers as the row's number", () => {
    const states = one([
      ["cv", "han", "tt", "ghi chu"],
      ["tuyen truyen dvc muc do 3,4 tren loa phat thanh xa", "cuoi nam", "dg lam, 3 buoi/tuan"],
      ["XD k/h tuyen truyen CCHC 2021", "15/3", "xg", "ban hanh KH 12/3"],
      ["dang tin TTHC, dvc len trang TTDT xa", "05.12", "ok"],
      ["neu guong dien hinh, sang kien CCHC", "t12/2021", "chua"],
    ]).tasks;
    expect(states.map((t) => t.status)).toEqual(["Đang thực hiện", "Hoàn thành", "Hoàn thành", "Chưa thực hiện"]);
    const numbered = one([
      ["TT", "Nội dung", "Hạn", "Tình trạng"],
      [1, "Rà soát TTHC lĩnh vực hộ tịch", day("2021-11-30"), "Xong"],
      [2, "Niêm yết TTHC hộ tịch mới", day("2021-12-10"), "Đang làm"],
    ]).tasks;
    expect(numbered.map((t) => [t.source.columns.stt, t.status])).toEqual([
      [1, "Hoàn thành"],
      [1, "Đang thực hiện"],
    ]);
  });

  it("reads 'ok 2/3, còn 1' and 'dg th 98%' under KQ as under way", () => {
    const t = one([
      ["ND", "Han", "KQ"],
      ["Ký số VB đi trên hệ thống, chỉ gửi giấy khi QĐ yêu cầu", "T12", "dg th 98%"],
      ["Cấp chữ ký số cho 3 CC mới", "30/11", "ok 2/3, còn 1"],
      ["Tập huấn dùng phần mềm QLVB cho CBCC", "ngay 5/12", "đã xog"],
    ]).tasks;
    expect(t.map((x) => x.status)).toEqual(["Đang thực hiện", "Đang thực hiện", "Hoàn thành"]);
  });

  it("reads 'Đ.làm 50%', 'tam 70%' and '8O%' as shares, each said in Ghi chú and named in Kiểm tra", () => {
    const c = one([
      ["STT", "Nội dung", "Hạn", "Tình trạng", "Tiến độ"],
      [1, "Phối hợp TC-KT lập hồ sơ GPMB đường liên thôn", "QIV", "Đ.làm", "tam 70%"],
      [2, "Quyết toán công trình kênh mương", "T12", "dang lam", "8O%"],
    ]);
    const t = c.tasks;
    expect(c.problems.filter((p) => p.code === "VALUE_APPROXIMATE" || p.code === "OCR_TEXT").map((p) => [p.code, p.row])).toEqual([
      ["VALUE_APPROXIMATE", 2],
      ["OCR_TEXT", 3],
    ]);
    expect(t.map((x) => [x.status, x.progress])).toEqual([
      ["Đang thực hiện", 70],
      ["Đang thực hiện", 80],
    ]);
    expect(t[0].note).toContain("(ước tính)");
    expect(t[1].note).toContain("chữ O gõ thay số 0");
    const alone = one([
      ["STT", "Nội dung", "Hạn", "Tình trạng"],
      [1, "Phối hợp TC-KT lập hồ sơ GPMB đường liên thôn", "QIV", "Đ.làm 50%"],
    ]).tasks;
    expect(alone.map((x) => [x.status, x.progress])).toEqual([["Đang thực hiện", 50]]);
  });

  it("names a status cell holding an old value and a new one, and takes the later for now", () => {
    const c = one([
      ["STT", "Nội dung", "Hạn", "Tình trạng"],
      [1, "Niêm yết quy trình cấp GCN QSDĐ tại BP 1 cửa", "5/12", "Đang làm Xong"],
      [2, "Tuyen truyen phong chong covid, OCOP", "5-12-21", "50% 80%"],
      [3, "Rà soát TTHC đất đai", "T12", "Chưa xong"],
      [4, "Giải quyết hồ sơ đất đai đúng hạn", "T12", "Chưa HT"],
    ]);
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Chưa thực hiện"]);
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => p.row)).toEqual([2, 3]);
  });

  it("never reads '29 30' as 2930; '2 100' is two thousand one hundred", () => {
    const c = one([
      ["Tháng", "Tổng VB đi", "VB điện tử", "Tỷ lệ %"],
      ["T9", 48, 45, "93,75"],
      ["T10", 52, 50, "96%"],
      ["T11", "2 100", "2 050", null],
      ["12 (den 14/12)", 30, "29 30", null],
    ]);
    expect(c.readings.map((r) => [r.numerator, r.denominator])).toContainEqual([2050, 2100]);
    expect(c.readings.some((r) => r.numerator === 2930)).toBe(false);
    expect(c.problems.some((p) => p.code === "BAD_NUMBER" && p.row === 5 && p.value === "29 30")).toBe(true);
  });
});

describe("a district's annex filled in", () => {
  it("reads 'Thời hạn theo KH' as the deadline and 'Thời gian hoàn thành' beside it as the day done", () => {
    const t = one([
      ["STT", "Mã TC", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn theo KH", "Thời gian hoàn thành", "Kết quả thực hiện"],
      [1, "2.4", "Công khai xin lỗi người dân khi giải quyết TTHC quá hạn", "VP-TK", day("2021-12-31"), day("2021-11-20"), "Đã gửi 07 thư"],
      [2, "2.4", "Triển khai đánh giá chất lượng giải quyết TTHC theo NĐ 61", "VP-TK", "30/10/2021", "05/11/2021", "Hoàn thành (trễ hạn)"],
      [3, "1.2", "Giải quyết hồ sơ TTHC đúng hạn", "BP Một cửa", day("2021-12-14"), day("2021-12-14"), "Hoàn thành; 99,4% hồ sơ đúng hạn"],
    ]).tasks;
    expect(t.map((x) => [x.due, x.doneDate, x.status])).toEqual([
      ["2021-12-31", "2021-11-20", "Hoàn thành"],
      ["2021-10-30", "2021-11-05", "Hoàn thành"],
      ["2021-12-14", "2021-12-14", "Hoàn thành"],
    ]);
    expect(t[2].progress).not.toBe(99.4);
  });

  it("keeps two rows of one table worded apart as two tasks", () => {
    const c = one([
      ["STT", "Nhiệm vụ", "Chủ trì", "Thời gian hoàn thành", "Kết quả thực hiện"],
      [1, "Ban hành Kế hoạch CCHC năm 2021", "VP-TK", "Quý I", "Đã ban hành KH số 05/KH-UBND ngày 12/01/2021"],
      [2, "Ban hành Kế hoạch tuyên truyền CCHC năm 2021", "VP-TK", "Quý I", "Đã ban hành KH số 09/KH-UBND ngày 25/01/2021"],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([2, 3]);
    expect(c.problems.filter((p) => p.code === "DUPLICATE_TASK")).toEqual([]);
  });

  it("reads '11/11 kỳ' as a count, never 11 November", () => {
    const t = one([
      ["STT", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Kết quả"],
      [1, "Báo cáo tiến độ giải ngân định kỳ gửi Phòng TC-KH huyện", "TC-KT", day("2021-12-25"), "Thực hiện đầy đủ 11/11 kỳ"],
    ]).tasks;
    expect([t[0].status, t[0].progress, t[0].doneDate]).toEqual(["Hoàn thành", 100, null]);
  });

  it("keeps 'BCĐ phòng, chống dịch xã' whole, and reads 'Văn hóa - XH' as the office", () => {
    const t = one([
      ["STT", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng"],
      [1, "Kiểm soát dịch Covid-19 tại các KCN", "BCĐ phòng, chống dịch xã", day("2021-12-31"), "Đang thực hiện"],
      [2, "Tuyên truyền pháp luật về TTHC", "Văn hóa - XH", day("2021-12-31"), "Đang thực hiện"],
    ]).tasks;
    expect(t.map((x) => [x.lead, x.partners])).toEqual([
      ["BCĐ phòng, chống dịch xã", ""],
      ["Công chức Văn hóa-Xã hội", ""],
    ]);
  });
});

describe("a Southeast commune's officials", () => {
  it("names a deputy written as the lead, the office the head's", () => {
    const t = one([
      ["STT", "Noi dung", "Chu tri", "Han", "Tinh trang"],
      [1, "Chan chinh thai do, tac phong can bo tiep dan", "Pho Truong CA xa", day("2021-12-31"), "dang lam"],
    ]).tasks;
    expect(t[0].lead).toBe("Trưởng Công an xã");
    expect(t[0].note).toContain('Chủ trì ghi "Pho Truong CA xa" (cấp phó)');
  });

  it("never takes 'Bắt đầu' for the day done, and reads 'Tháng 4 - tháng 12' in the sheet's year", () => {
    const t = one([
      ["Nội dung", "Bắt đầu", "Kết thúc", "Hoàn thành?"],
      ["Xây dựng phiếu khảo sát theo mẫu của Sở Nội vụ", day("2021-05-03"), day("2021-05-20"), "Rồi"],
      ["Báo cáo phân tích kết quả khảo sát SIPAS", day("2021-12-01"), day("2021-12-20"), "Đang"],
    ]).tasks;
    expect(t.map((x) => [x.due, x.doneDate])).toEqual([
      ["2021-05-20", null],
      ["2021-12-20", null],
    ]);
    const span = one([
      ["STT", "Nội dung", "Thời gian", "Tình trạng"],
      [1, "Tuyên truyền trên loa phát thanh xã về DVC mức độ 3, 4", "Tháng 4 - tháng 12", "Đang thực hiện"],
    ]).tasks;
    expect(span[0].due).toBe("2021-12-31");
  });

  it("takes the codes of 'Mục' over the criteria's names under 'Tiêu chí'", () => {
    const t = one([
      ["Mục", "Tiêu chí", "Nhiệm vụ trọng tâm", "Chủ trì", "Hạn", "Trạng thái"],
      [
        "1.1",
        "Tỷ lệ HS trực tuyến mức độ 3, 4",
        "Tuyên truyền DVC trực tuyến qua loa, Zalo",
        "CC VH-XH",
        day("2021-12-31"),
        "Đang thực hiện",
      ],
      ["1.6", "GRDP", "Hỗ trợ doanh nghiệp KCN duy trì sản xuất", "PCT UBND", day("2021-12-31"), "Đang thực hiện"],
      ["2.3", "Công chức BP một cửa", "Kiểm tra kỷ luật, thái độ giao tiếp tại BP một cửa", "CC VP-TK", "Hàng quý", "Đang thực hiện"],
    ]).tasks;
    expect(t.map((x) => [x.code, x.due])).toEqual([
      ["1.1", "2021-12-31"],
      ["1.6", "2021-12-31"],
      ["2.3", null],
    ]);
  });

  it("reads '105%' as done past the whole, the share named as out of range", () => {
    const c = one([
      ["STT", "Công việc", "Người phụ trách", "Hạn", "Tiến độ", "Kết quả"],
      [1, "Lấy ý kiến đánh giá sự hài lòng bằng phiếu/QR code tại quầy", "Yến", "30.9.2021", "105%", "Vượt chỉ tiêu số phiếu"],
    ]);
    expect(c.tasks[0].status).toBe("Hoàn thành");
    expect(c.problems.some((p) => p.code === "PERCENT_OUT_OF_RANGE")).toBe(true);
  });

  it("reads each rate of a monthly table with the counts its words name, side by side rates too", () => {
    const c = one([
      ["Tháng", "Tổng HS hộ tịch + chứng thực", "Trong đó trực tuyến", "Giải quyết đúng hạn", "Tỷ lệ đúng hạn", "Tỷ lệ trực tuyến"],
      ["Tháng 9", 412, 37, 412, 1, 0.0898],
      ["Tháng 10", 655, 81, 650, 0.9924, 0.1237],
      ["Tháng 11", 702, 126, 699, 0.9957, 0.1795],
    ]);
    const byRow = (row: number) =>
      c.readings
        .filter((r) => r.source.row === row)
        .map((r) => [r.numerator, r.denominator])
        .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
    expect(byRow(2)).toEqual([
      [37, 412],
      [412, 412],
    ]);
    const months = one([
      ["THEO DÕI CÁC CHỈ SỐ CỦA BỘ PHẬN MỘT CỬA NĂM 2021"],
      ["Tháng", "Tổng HS đã giải quyết", "Đúng hạn", "Tỷ lệ đúng hạn", "HS tiếp nhận", "Trong đó trực tuyến", "Tỷ lệ trực tuyến"],
      ["09/2021", 905, 902, 0.9967, 940, 71, 0.0755],
      ["10/2021", 968, 965, 0.9969, 1002, 84, 0.0838],
      ["11/2021", 1010, 1006, 0.996, 1036, 96, 0.0927],
    ]);
    expect(months.readings.filter((r) => r.source.row === 3).map((r) => [r.numerator, r.denominator])).toEqual(
      expect.arrayContaining([
        [902, 905],
        [71, 940],
      ]),
    );
  });
});

describe("a tracker made by pasting one criterion's part of the plan", () => {
  const rows: GridCell[][] = [
    ["Nội dung (trích Kế hoạch 49)", "Tiến độ", "Kết quả", "Ngày hoàn thành"],
    ["1.1. Tiêu chí “Thực hiện kế hoạch CCHC” - Nâng cao tỷ lệ hồ sơ TTHC"],
    ["a. Mục tiêu, yêu cầu: Đạt 100% hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4."],
    ["b. Nhiệm vụ, giải pháp:"],
    ["- Công chức Văn hóa-Xã hội phụ trách lĩnh vực Văn hóa thông tin tuyên", "Đang thực hiện", "Đã phát 36 lượt tin"],
    ["truyền trên hệ thống loa phát thanh về các TTHC mức độ 3, 4."],
    ["- Bộ phận Tiếp nhận và trả kết quả xã hướng dẫn tổ chức, cá nhân sử dụng", "Hoàn thành", "Đã hướng dẫn 58 lượt", day("2021-11-30")],
    [3],
    ["dịch vụ công trực tuyến mức độ 3, 4 liên quan đến lĩnh vực mình phụ trách."],
    ["c. Phân công trách nhiệm:"],
    ["- Chủ trì: Công chức Văn hóa-Xã hội."],
    ["- Phối hợp: Bộ phận Tiếp nhận và trả kết quả xã."],
    ["d. Thời gian thực hiện/hoàn thành: Trong năm 2021."],
    ["Trang 3"],
    ["III. TỔ CHỨC THỰC HIỆN."],
    ["3. Công chức Văn hóa-Xã hội tăng cường tuyên truyền, nêu gương điển hình CCHC", "Thường xuyên", "Tuyên truyền 02 điển hình"],
  ];

  it("reads the lines under 'b.' as tasks and the plan's own lines as their lead, partners and time", () => {
    const c = one(rows);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.lead, t.partners, t.due])).toEqual([
      [5, "Đang thực hiện", "Công chức Văn hóa-Xã hội", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-12-31"],
      [7, "Hoàn thành", "Công chức Văn hóa-Xã hội", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-12-31"],
      // Its lead from its own opening words; no deadline (its criterion only suggested, the plan's would be a guess).
      [16, "Đang thực hiện", "Công chức Văn hóa-Xã hội", "", null],
    ]);
    // The page's number is no line of the text: the paragraph goes on past it.
    expect(c.tasks[1].content).toContain("dịch vụ công trực tuyến mức độ 3, 4");
  });

  it("never reads the plan's target ('Mục tiêu … Đạt 100%') as a result", () => {
    expect(one(rows).readings).toEqual([]);
  });
});

describe("a chairman's log of instructions", () => {
  const rows: GridCell[][] = [
    ["SỔ THEO DÕI Ý KIẾN CHỈ ĐẠO CỦA CHỦ TỊCH UBND XÃ NĂM 2021"],
    ["STT", "Ngày", "Văn bản", "Nội dung chỉ đạo", "Giao cho", "Thời hạn", "Kết quả thực hiện"],
    [1, day("2021-10-05"), "TB 45/TB-UBND", "Niêm yết lại toàn bộ TTHC còn hiệu lực", "BP 1 cửa", "20/10/2021", "Đã thực hiện ngày 19/10"],
    [2, day("2021-10-05"), "TB 45/TB-UBND", "Đẩy nhanh giải ngân, báo cáo tiến độ hằng tuần", "TC-KT", "hằng tuần", "Đang thực hiện"],
    [
      3,
      day("2021-11-01"),
      "Giao ban tuần",
      "Tăng thời lượng tuyên truyền DVC trên loa",
      "đ/c Hoa (VH-XH)",
      "ngay",
      "Đã triển khai từ 02/11",
    ],
    [4, day("2021-12-06"), "Giao ban tuần", "Tổng hợp báo cáo CCHC năm 2021, trình Chủ tịch", "VP-TK", day("2021-12-16"), null],
  ];

  it("reads the entry's 'Ngày' as the day given, never the day done; 'Giao cho' as the lead", () => {
    const t = one(rows).tasks;
    expect(t.map((x) => [x.lead, x.status, x.doneDate])).toEqual([
      ["Bộ phận Tiếp nhận và trả kết quả xã", "Hoàn thành", "2021-10-19"],
      ["Công chức Tài chính-Kế toán", "Đang thực hiện", null],
      ["Công chức Văn hóa-Xã hội", "Hoàn thành", "2021-11-02"],
      ["Công chức Văn phòng-Thống kê", "Chưa thực hiện", null],
    ]);
  });

  it("reads 'ngay' as due the day given and 'hằng tuần' as standing work", () => {
    const t = one(rows).tasks;
    expect([t[1].due, t[1].dueText, t[2].due]).toEqual([null, null, "2021-11-01"]);
  });
});

describe("a district template's section rows", () => {
  it("never takes a task row of words under the header for a second header", () => {
    const c = one(
      [
        ["STT", "Tiêu chí/TCTP", "Nội dung nhiệm vụ", "Chủ trì", "Thời gian hoàn thành", "Ghi chú"],
        ["1", "1.3", "TCTP Tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã"],
        [null, null, "Rà soát đội ngũ CBCC theo chức danh", "VP-TK", day("2021-06-30"), "Xong 28/6"],
        [null, null, "Cử 02 cán bộ, 02 công chức đi bồi dưỡng chức danh", "VP-TK", "Quý IV/2021", "Huyện chưa mở lớp do Covid-19"],
        ["2", "1.5", "TCTP Tỷ lệ văn bản trao đổi dưới dạng điện tử"],
        [null, null, "Gửi, nhận văn bản qua phần mềm quản lý văn bản", "VP-TK", "Trong năm 2021", null],
        [null, null, "Đề nghị cấp chữ ký số cho lãnh đạo và văn thư", "VP-TK", "31/8/2021", null],
      ],
      // Each section's title merged across the rest of its row, as the district's form has it.
      { merges: [2, 5].map((r) => ({ top: r, left: 3, bottom: r, right: 6 })) },
    );
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [3, "1.3"],
      [4, "1.3"],
      [6, "1.5"],
      [7, "1.5"],
    ]);
  });
});

describe("the council's socio-economic targets", () => {
  const targets = (title: string): GridCell[][] => [
    [title],
    [],
    ["TT", "Chỉ tiêu", "ĐVT", "KH 2021", "Ước TH 2021", "So KH (%)", "Đánh giá"],
    [1, "Tốc độ tăng giá trị sản xuất", "%", 7, 7.2, 102.9, "Đạt"],
    [2, "Thu nhập bình quân đầu người", "tr.đ/người", 52, 53.5, 102.9, "Vượt"],
    [3, "Tổng thu ngân sách trên địa bàn", "tr.đ", 9500, 8700, 91.6, "Không đạt"],
    [4, "Tỷ lệ hộ nghèo", "%", 1.8, 1.6, 88.9, "Đạt"],
  ];

  it("reads them as criterion 1.7's share met, never as tasks, and says so", () => {
    const c = one(targets("ƯỚC THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2021 (theo NQ của HĐND xã)"));
    expect(c.tasks).toEqual([]);
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator])).toEqual([["1.7", 3, 4]]);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.message.includes("3/4 chỉ tiêu"))).toBe(true);
  });

  it("leaves a table of the plan's own indicators with the same columns alone", () => {
    const c = one(targets("MỘT SỐ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021"));
    expect(c.readings.some((r) => r.code === "1.7" && r.denominator === 4)).toBe(false);
  });
});

describe("a ward's vice-chairman's cards and a half-filled form", () => {
  it("reads cards whose first label is numbered ('Nhiệm vụ 1:', 'Nhiệm vụ 2:')", () => {
    const t = one([
      ["PHIẾU THEO DÕI NHIỆM VỤ CCHC - PCT UBND PHƯỜNG"],
      [],
      ["Nhiệm vụ 1:", "Chỉ đạo tổ chức khảo sát mức độ hài lòng (SIPAS) tại Bộ phận Một cửa"],
      ["Chủ trì:", "CC VP-TK"],
      ["Hạn:", day("2021-11-30")],
      ["Tình trạng:", "Hoàn thành ngày 26/11/2021"],
      [],
      ["Nhiệm vụ 2:", "Kiểm tra đột xuất thái độ phục vụ của công chức Một cửa"],
      ["Chủ trì:", "PCT UBND"],
      ["Hạn:", day("2021-12-31")],
      ["Tình trạng:", "Đang thực hiện (đã KT 3 lần)"],
    ]).tasks;
    expect(t.map((x) => [x.source.row, x.status, x.due, x.doneDate])).toEqual([
      [3, "Hoàn thành", "2021-11-30", "2021-11-26"],
      [8, "Đang thực hiện", "2021-12-31", null],
    ]);
  });

  it("never reads a form's numbered line left as '…' for a task", () => {
    const c = one([
      ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Kết quả"],
      [1, "Rà soát hồ sơ giao khu vực biển cho ngư dân", "ĐC-XD", day("2021-11-30"), "Hoàn thành"],
      [2, "...", "...", "...", "..."],
      [3, "…", null, null, null],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([2]);
  });
});

describe("items lettered under a criterion's row", () => {
  it("gives 'a', 'b' in the code column the criterion of the row above, never 'a' as a code", () => {
    const t = one([
      ["Mã TC", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Kết quả"],
      ["1.1", "Tiêu chí Thực hiện kế hoạch CCHC"],
      ["a", "Tuyên truyền DVC mức độ 3, 4 trên loa phát thanh", "VH-XH", "Trong năm 2021", "Đang thực hiện"],
      ["b", "Hướng dẫn tổ chức, cá nhân sử dụng DVC mức độ 3, 4", "BP Một cửa", "Trong năm 2021", "Đang thực hiện"],
      ["1.3", "Tỷ lệ đạt chuẩn cán bộ cấp xã"],
      ["a", "Cử 02 CB, 02 CC đi học bồi dưỡng chức danh", "VP-TK", "QIV", "Đang"],
    ]).tasks;
    expect(t.map((x) => [x.source.row, x.code])).toEqual([
      [3, "1.1"],
      [4, "1.1"],
      [6, "1.3"],
    ]);
  });
});

describe("a year kept a sheet per quarter", () => {
  const quarter = (sheet: string, title: string, rows: GridCell[][]) => ({
    sheet,
    rows: [[title], [], ["STT", "Nội dung", "Người thực hiện", "Thời hạn", "Kết quả"], ...rows] as GridCell[][],
  });

  it("takes a task carried from quarter to quarter from the latest sheet ('Quý IV (đến 14.12)'), with no past-year warning", () => {
    const sheets = [
      quarter("Quý II", "TIẾN ĐỘ GIẢI NGÂN - QUÝ II/2021", [
        [1, "Quyết toán dự án hoàn thành kênh mương nội đồng năm 2020", "TC-KT", "30/6/2021", "Chưa xong"],
      ]),
      quarter("Quý III", "TIẾN ĐỘ GIẢI NGÂN - QUÝ III/2021", [
        [1, "Quyết toán dự án hoàn thành kênh mương nội đồng năm 2020 (chuyển từ quý II)", "TC-KT", "30/9/2021", "Đang thẩm tra"],
      ]),
      quarter("Quý IV (đến 14.12)", "TIẾN ĐỘ GIẢI NGÂN - QUÝ IV/2021 (số liệu đến 14/12/2021)", [
        [1, "Quyết toán dự án hoàn thành kênh mương nội đồng năm 2020", "TC-KT", "15/11/2021", "Đã phê duyệt quyết toán ngày 08/11/2021"],
        [2, "Giải ngân 100% kế hoạch vốn trước 31/01/2022", "CT UBND", "31/01/2022", "Đang thực hiện (đạt 75%)"],
        [3, "Thu hồi tạm ứng quá hạn của các gói thầu", "TC-KT", "31/12/2021", null],
      ]),
    ];
    const grids = sheets.map((s) => gridOf(s.rows, { sheet: s.sheet, file: "giai-ngan.xlsx" }));
    const c = consolidate([{ file: "giai-ngan.xlsx", ok: true, grids }], BUILTIN_PLAN, "2021-12-15" as IsoDate);
    const settled = c.tasks.filter((t) => t.content.includes("kênh mương"));
    expect(settled.map((t) => [t.source.sheet, t.status, t.doneDate])).toEqual([["Quý IV (đến 14.12)", "Hoàn thành", "2021-11-08"]]);
    expect(c.problems.filter((p) => p.code === "SHEET_PAST_YEAR")).toEqual([]);
  });
});

describe("a remark that says what is still to be done", () => {
  it("never takes 'Cần họp … trước 20/12' for the day done; the status cell's own day stands ('xong trước 15/9' is done)", () => {
    const t = one([
      ["TT", "Nội dung", "Chủ trì", "Hạn", "Tình hình", "Ghi chú"],
      [
        1,
        "Cải tạo phòng Bộ phận Một cửa",
        "ĐC-XD",
        day("2021-09-30"),
        "Hoàn thành, bàn giao đưa vào sử dụng 15/9/2021",
        "=> Cần họp với Ban QLDA huyện trước 20/12",
      ],
      [2, "Bổ sung ghế chờ, quạt cho khu vực tiếp đón", "VP-TK", "Quý III/2021", "xong trước 15/9", null],
    ]).tasks;
    expect(t.map((x) => [x.status, x.doneDate])).toEqual([
      ["Hoàn thành", "2021-09-15"],
      ["Hoàn thành", "2021-09-15"],
    ]);
  });
});
