import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf, merged } from "../helpers/grids";

// Classes found by blind sets 279-295.

const day = (d: string) => ({ date: d as IsoDate });
describe("a criterion's row carrying its tasks' tally or mean in the Tiến độ column", () => {
  const c = consolidateSheet([
    ["UBND XÃ TÂN LỘC"],
    ["THEO DÕI THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND NĂM 2021"],
    [],
    ["Nội dung nhiệm vụ / giải pháp", "Tiến độ (%)", "Ngày xong", "Chủ trì", "Hạn", "Ghi chú"],
    ["A. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"],
    ["Tiêu chí 1.2 - Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (Chủ trì: CC VP-TK; hoàn thành: Quý IV/2021)", "2/3 xong"],
    ["- Theo dõi, nhắc hạn hồ sơ sắp đến hạn hằng tuần trên phần mềm Một cửa", 100, day("2021-10-05")],
    ["- Thực hiện xin lỗi bằng văn bản đối với hồ sơ trễ hẹn", 100, day("2021-11-12"), "BP Một cửa"],
    ["- Báo cáo Chủ tịch UBND xã danh sách hồ sơ trễ hạn hằng tháng", 40, null, null, day("2021-12-15")],
    ["Tiêu chí 1.3 - Tỷ lệ đạt chuẩn của cán bộ cấp xã (Chủ trì: CC VP-TK, hạn: 30/11/2021)", 50],
    ["+ Rà soát đội ngũ CBCC theo nhóm chức danh, vị trí việc làm", 100, day("2021-09-20")],
    ["+ Cử 02 cán bộ, 02 công chức đi học lớp bồi dưỡng chức danh", 0, null, null, null, "chưa có lớp"],
    ["B. CHỈ SỐ HÀI LÒNG (SIPAS)"],
    ["Tiêu chí 2.3 - Hài lòng về công chức tại Bộ phận TN&TKQ"],
    ["• Kiểm tra đột xuất việc chấp hành giờ giấc, thái độ tại Bộ phận Một cửa", 75, null, "Phó Chủ tịch UBND xã", "Quý IV/2021"],
  ]);
  const row = (r: number) => c.tasks.find((t) => t.source.row === r);

  it("takes a row whose tally '2/3 xong' stands in the Tiến độ column for its criterion's heading", () => {
    expect(row(6)).toBeUndefined();
    expect([7, 8, 9].map((r) => row(r)?.code)).toEqual(["1.2", "1.2", "1.2"]);
  });

  it("takes a criterion's row whose progress is the mean of the rows under it for their heading, its deadline theirs", () => {
    expect(row(10)).toBeUndefined();
    expect([11, 12].map((r) => [row(r)?.code, row(r)?.due])).toEqual([
      ["1.3", "2021-11-30"],
      ["1.3", "2021-11-30"],
    ]);
    expect(c.tasks.map((t) => t.source.row).sort((a, b) => a - b)).toEqual([7, 8, 9, 11, 12, 15]);
  });
});

describe("a criterion's row by its code column, led and tallied, over its tasks", () => {
  const c = consolidateSheet(
    [
      ["ỦY BAN NHÂN DÂN XÃ PHÚ MỸ"],
      ["KẾ HOẠCH VÀ TIẾN ĐỘ THỰC HIỆN CÁC TIÊU CHÍ 1.6, 1.7 VÀ 2.2 (KH 49/KH-UBND)"],
      ["Mã", "Nội dung", "Phân công", null, "Hạn hoàn thành", "Tiến độ thực hiện", null, "Ghi chú"],
      [null, null, "Chủ trì", "Phối hợp", null, "%", "Trạng thái"],
      ["TC 1.6", "Tỷ lệ tăng tổng sản phẩm trên địa bàn (GRDP)", "Chủ tịch UBND xã", "Các ngành", day("2021-12-31"), 70, "1/3 xong"],
      [null, "Triển khai các biện pháp phòng, chống dịch Covid-19 tại chợ", null, "Trạm Y tế", null, 100, "Hoàn thành"],
      [null, "Hỗ trợ 02 sản phẩm tham gia Chương trình OCOP", "CC ĐC-XD", null, day("2021-11-30"), 60, "Đang thực hiện"],
      [
        "TC 1.7",
        "Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND xã giao",
        "Chủ tịch UBND xã",
        null,
        day("2021-12-15"),
        45,
        "0/2 xong",
      ],
      [null, "Rà soát 18 chỉ tiêu KT-XH theo Nghị quyết 42/NQ-HĐND", "CC VP-TK", null, day("2021-10-30"), 90, "Đang thực hiện"],
      [null, "Tổ chức hội nghị đánh giá giữa kỳ thực hiện Nghị quyết HĐND xã", null, null, null, 0, "Chưa thực hiện"],
      [],
      [null, null, null, null, "KT. CHỦ TỊCH"],
      [null, null, null, null, "PHÓ CHỦ TỊCH"],
    ],
    { merges: merged("A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:G3", "H3:H4") },
  );
  const row = (r: number) => c.tasks.find((t) => t.source.row === r);

  it("reads no task and no reading from the criterion's rows", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([6, 7, 9, 10]);
    expect(c.readings).toEqual([]);
  });

  it("gives the tasks under it its criterion, its lead and its deadline where they give none", () => {
    expect([6, 7, 9, 10].map((r) => row(r)?.code)).toEqual(["1.6", "1.6", "1.7", "1.7"]);
    expect(row(6)?.lead).toBe("Chủ tịch Ủy ban nhân dân xã");
    expect(row(10)?.due).toBe("2021-12-15");
  });
});

describe("a section naming its deadline unaccented ('- han chot 31/10/2021')", () => {
  const c = consolidateSheet(
    [
      ["UBND XA HOA THANH"],
      ["BANG THEO DOI NHIEM VU CCHC NAM 2021"],
      ["STT", "Noi dung", "Don vi chu tri", "Thoi han", "Tinh trang", "Ngay HT"],
      ["Nhom 1: Giai quyet TTHC dung han (TC 1.2)"],
      [1, "Gui thu xin loi nguoi dan khi tre hen", "BP Mot cua", day("2021-12-31"), "Hoan thanh", day("2021-10-20")],
      ["Nhom 2: Niem yet, cong khai TTHC (SIPAS 2.2) - han chot 31/10/2021"],
      [1, "Niem yet cong khai day du TTHC tai tru so", "BP Mot cua", null, "Hoan thanh", day("2021-08-15")],
      [2, "Cap nhat TTHC moi khi co quyet dinh cong bo cua UBND tinh", "BP Mot cua", null, "Dang thuc hien"],
      [3, "Bo tri may tinh tra cuu TTHC cho nguoi dan", "CC VP-TK", day("2021-11-30"), "Chua thuc hien"],
    ],
    { merges: merged("A4:F4", "A6:F6") },
  );
  const row = (r: number) => c.tasks.find((t) => t.source.row === r);

  it("gives its tasks that deadline where they give none", () => {
    expect([7, 8, 9].map((r) => row(r)?.due)).toEqual(["2021-10-31", "2021-10-31", "2021-11-30"]);
    expect(row(9)?.code).toBe("2.2");
  });
});

describe("a section naming its criterion in brackets with a dash ('(SIPAS - 2.1)')", () => {
  const c = consolidateSheet([
    ["BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI THIỆN CHỈ SỐ CCHC NĂM 2021"],
    ["STT", "Nội dung công việc", "Chủ trì", "Thời hạn", "Kết quả thực hiện", "Ngày hoàn thành"],
    ["I", "TUYÊN TRUYỀN VỀ DỊCH VỤ CÔNG TRỰC TUYẾN (Tiêu chí 1.1)"],
    ["1", "Đăng tải danh mục TTHC mức độ 3, 4 trên Trang TTĐT xã", "CC VH-XH", day("2021-11-30"), "Đã xong", day("2021-10-20")],
    ["II", "CẢI THIỆN CHỈ SỐ HÀI LÒNG VỀ TIẾP CẬN DỊCH VỤ (SIPAS - 2.1)"],
    ["1", "Bổ sung ghế ngồi, quạt, bảng hướng dẫn tại Bộ phận Một cửa", "BP Một cửa", "Tháng 9/2021", "Đã xong", day("2021-09-28")],
  ]);

  it("gives the rows under it that criterion", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [4, "1.1"],
      [6, "2.1"],
    ]);
  });
});

describe("a survey's day only in its period's heading ('(KS ngày 15/6/2021)')", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS)"],
      ["STT", "Chỉ số thành phần", "Năm 2020", "Kết quả khảo sát năm 2021", null, "Ghi chú"],
      [null, null, "(KS ngày 10/12/2020)", "6 tháng đầu năm (KS ngày 15/6/2021)", "9 tháng (KS ngày 20/9/2021)"],
      ["2.1", "Chỉ số hài lòng về tiếp cận dịch vụ", 82.5, 84, 85.3],
      ["2.2", "Chỉ số hài lòng về tổ chức giải quyết TTHC", 80.1, 81.7, 83],
    ],
    { merges: merged("A2:A3", "B2:B3", "D2:E2", "F2:F3") },
  );

  it("reads each column's figure at its survey's day, last year's under its own heading too", () => {
    expect(c.readings.filter((r) => r.code === "2.1").map((r) => [r.date, r.value])).toEqual([
      ["2020-12-10", 82.5],
      ["2021-06-15", 84],
      ["2021-09-20", 85.3],
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE" || p.code === "READING_WITHOUT_PERIOD")).toEqual([]);
  });
});

describe("last year's column with nothing under its heading, beside this year's band over its parts", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG (SIPAS) NĂM 2021"],
      ["STT", "Chỉ số thành phần", "Năm 2020", "Năm 2021", null],
      [null, null, null, "6 tháng đầu năm", "9 tháng"],
      ["2.1", "Chỉ số hài lòng về tiếp cận dịch vụ", 82.5, 84, 85.3],
      ["2.2", "Chỉ số hài lòng về tổ chức giải quyết TTHC", 80.1, 81.7, 83],
    ],
    { merges: merged("D2:E2") },
  );

  it("reads last year's figures as that year's, never dropping them", () => {
    expect(c.readings.filter((r) => r.code === "2.2").map((r) => [r.period, r.value])).toEqual([
      ["Năm 2020", 80.1],
      ["6 tháng đầu năm 2021", 81.7],
      ["9 tháng năm 2021", 83],
    ]);
  });
});

describe("a period in one column beside periods as bands of 'Đạt | Tổng | %'", () => {
  const c = consolidateSheet(
    [
      ["BẢNG TỔNG HỢP CÁC CHỈ SỐ THEO KẾ HOẠCH 49/KH-UBND NĂM 2021"],
      ["(Số liệu cập nhật đến ngày 10/12/2021)"],
      ["Mã TC", "Tên chỉ số", "Quý I", null, null, "Quý II", null, null, "Quý III", null, null, "Năm 2020", "Ghi chú"],
      [null, null, "Đạt", "Tổng", "%", "Đạt", "Tổng", "%", "Đạt", "Tổng", "%"],
      ["1.3", "Tỷ lệ cán bộ, công chức xã đạt chuẩn", 16, 20, 0.8, 17, 20, 0.85, 19, 20, 0.95, 0.75],
      ["1.7", "Tỷ lệ chỉ tiêu KT-XH do HĐND xã giao đạt", 9, 16, 0.5625, 10, 16, 0.625, 13, 16, 0.8125, 0.875],
    ],
    { merges: merged("A3:A4", "B3:B4", "C3:E3", "F3:H3", "I3:K3", "L3:L4", "M3:M4") },
  );

  it("reads every band, never only the last", () => {
    expect(
      c.readings.filter((r) => r.code === "1.3" && r.period.startsWith("Quý")).map((r) => [r.period, r.numerator, r.denominator]),
    ).toEqual([
      ["Quý I/2021", 16, 20],
      ["Quý II/2021", 17, 20],
      ["Quý III/2021", 19, 20],
    ]);
  });

  it("reads the one column as that year's rate, at its end", () => {
    expect(c.readings.filter((r) => r.period === "Năm 2020").map((r) => [r.code, r.date, r.value])).toEqual([
      ["1.3", "2020-12-31", 75],
      ["1.7", "2020-12-31", 87.5],
    ]);
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN")).toEqual([]);
  });
});

describe("a year's rate in one column before the survey's bands ('Năm 2020 (%)')", () => {
  const c = consolidateSheet(
    [
      ["TỔNG HỢP KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2021"],
      ["TT", "Chỉ số", "Năm 2020 (%)", "6 tháng đầu năm 2021", null, null, "Năm 2021 (đến 30/11/2021)", null, null, "Ghi chú"],
      [null, null, null, "Số phiếu hài lòng", "Tổng số phiếu", "Tỷ lệ (%)", "Số phiếu hài lòng", "Tổng số phiếu", "Tỷ lệ (%)"],
      ["2.1", "Chỉ số hài lòng về tiếp cận dịch vụ", 82.5, 41, 50, 82, 95, 110, 86.4],
      ["2.2", "Chỉ số hài lòng về tổ chức giải quyết TTHC", 80, 43, 50, 86, 96, 110, 87.3],
    ],
    { merges: merged("A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:I2", "J2:J3") },
  );

  it("reads the first half's band and last year's column, each as its own period", () => {
    expect(c.readings.filter((r) => r.code === "2.2").map((r) => [r.period, r.numerator, r.denominator, r.value])).toEqual([
      ["Năm 2020", null, null, 80],
      ["6 tháng đầu năm 2021", 43, 50, 86],
      ["Năm 2021 (đến 30/11/2021)", 96, 110, (96 / 110) * 100],
    ]);
  });
});

describe("an index's heading and its criteria's rows naming only who leads or when ('A | … | Chủ trì: …')", () => {
  const c = consolidateSheet([
    ["BẢNG TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH NÂNG CAO CHỈ SỐ CCHC NĂM 2021"],
    ["STT", "Nội dung nhiệm vụ, giải pháp", "Cơ quan/người chủ trì", "Thời hạn", "Tiến độ thực hiện (%)", "Trạng thái", "Ngày hoàn thành"],
    ["A", "CẢI THIỆN CHỈ SỐ CCHC", "Chủ trì: Công chức Văn phòng - Thống kê"],
    ["1.", "Tiêu chí 1.2: Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", null, "Trong năm 2021"],
    ["-", "Rà soát hồ sơ tồn đọng, giải quyết dứt điểm hồ sơ quá hạn", null, null, 100, "Hoàn thành", day("2021-07-30")],
    ["-", "Gửi thư xin lỗi người dân khi trễ hẹn theo mẫu quy định", "BP Một cửa", null, 60, "Đang thực hiện"],
    ["2.", "Tiêu chí 1.5: Tỷ lệ văn bản trao đổi dưới dạng điện tử", null, day("2021-09-30")],
    ["-", "Tập huấn sử dụng chữ ký số cho cán bộ, công chức", null, null, 100, "Hoàn thành", day("2021-08-20")],
    ["B", "CẢI THIỆN CHỈ SỐ SIPAS", null, "Trước 31/10/2021"],
    ["1.", "Tiêu chí 2.2 - Tổ chức giải quyết TTHC", "Chủ trì: BP Một cửa"],
    ["-", "Niêm yết công khai TTHC, mức phí, lệ phí tại Bộ phận Một cửa", null, null, 100, "Hoàn thành", day("2021-04-30")],
    ["2.", "Tiêu chí 2.4 - Kết quả giải quyết TTHC"],
    ["-", "Triển khai đánh giá chất lượng giải quyết TTHC", "CC VP-TK", null, 30, "Đang thực hiện"],
  ]);
  const row = (r: number) => c.tasks.find((t) => t.source.row === r);

  it("reads no task from the headings", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([5, 6, 8, 11, 13]);
  });

  it("gives each task its criterion, and the lead and deadline of the nearest heading that names one", () => {
    expect([5, 6, 8, 11, 13].map((r) => [row(r)?.code, row(r)?.lead, row(r)?.due])).toEqual([
      ["1.2", "Công chức Văn phòng-Thống kê", "2021-12-31"],
      ["1.2", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-12-31"],
      ["1.5", "Công chức Văn phòng-Thống kê", "2021-09-30"],
      ["2.2", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-10-31"],
      ["2.4", "Công chức Văn phòng-Thống kê", "2021-10-31"],
    ]);
  });
});

describe("'Phần A' with its criterion, lead, deadline and its tasks' mean progress, over sub-headings and their tasks", () => {
  const c = consolidateSheet([
    ["ỦY BAN NHÂN DÂN XÃ PHƯỚC LỘC"],
    ["Bộ phận Tài chính - Kế toán"],
    ["THEO DÕI TIẾN ĐỘ CÁC NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC NĂM 2021"],
    ["STT", "Nhóm / Nội dung", "Đơn vị chủ trì", "Phối hợp", "Thời hạn", "Tiến độ", "Trạng thái", "Ghi chú"],
    ["Phần A", "GIẢI NGÂN VỐN ĐẦU TƯ CÔNG (Tiêu chí 1.4)", "Chủ tịch UBND xã", "Công chức TC-KT, ĐC-XD", day("2022-01-31"), 0.7375],
    ["1.", "Giải ngân theo Nghị quyết 63/NQ-CP của Chính phủ"],
    ["a)", "Rà soát danh mục công trình, lập kế hoạch giải ngân từng dự án", null, null, null, 1, "Hoàn thành"],
    ["b)", "Đảm bảo tỷ lệ giải ngân đạt 60% kế hoạch vốn được giao", null, null, day("2021-09-30"), 1, "Hoàn thành"],
    ["c)", "Đảm bảo giải ngân 100% kế hoạch vốn được giao", null, null, null, 0.75, "Đang thực hiện"],
    ["2.", "Kiểm tra tiến độ tại thực địa"],
    ["a)", "Kiểm tra thực địa công trình đường giao thông thôn 3", "PCT UBND xã", null, day("2021-10-30"), 0.2, "Đang thực hiện"],
    [null, "Cộng phần A", null, null, null, 0.7375, "2/4 hoàn thành"],
    [],
    ["Phần B", "TỶ LỆ VĂN BẢN ĐIỆN TỬ (Tiêu chí 1.5)", "Công chức VP-TK", null, "Trong năm 2021", 0.95],
    ["a)", "Gửi, nhận văn bản qua hệ thống quản lý văn bản và điều hành", null, null, null, 0.9, "Đang thực hiện"],
    ["b)", "Ký số văn bản đi của bộ phận", "Công chức TC-KT", null, day("2021-06-30"), 1, "Hoàn thành"],
  ]);
  const row = (r: number) => c.tasks.find((t) => t.source.row === r);

  it("reads neither a task nor a reading from the criterion's rows", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([7, 8, 9, 11, 15, 16]);
    expect(c.readings).toEqual([]);
  });

  it("gives its tasks, under their sub-headings too, its lead and deadline where they give none", () => {
    expect([7, 8, 9, 11, 15].map((r) => [row(r)?.code, row(r)?.lead, row(r)?.due])).toEqual([
      ["1.4", "Chủ tịch Ủy ban nhân dân xã", "2022-01-31"],
      ["1.4", "Chủ tịch Ủy ban nhân dân xã", "2021-09-30"],
      ["1.4", "Chủ tịch Ủy ban nhân dân xã", "2022-01-31"],
      ["1.4", "Phó Chủ tịch Ủy ban nhân dân xã", "2021-10-30"],
      ["1.5", "Công chức Văn phòng-Thống kê", "2021-12-31"],
    ]);
  });
});

describe("a criterion in its column with its words merged over the number's ('Tiêu chí 1.3 | … — Chủ trì: …, hạn …')", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ CCHC QUÝ IV NĂM 2021"],
      ["Tiêu chí", "STT", "Nhiệm vụ", "Phụ trách", "Hạn", "Trạng thái", "Tỷ lệ hoàn thành", "Ngày HT"],
      ["PHẦN I. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"],
      ["Tiêu chí 1.1", "Nâng cao tỷ lệ hồ sơ xử lý trực tuyến mức độ 3, 4 (01/01 nhiệm vụ đã hoàn thành)"],
      [
        null,
        1,
        "Phát thanh về dịch vụ công trực tuyến trên loa truyền thanh xã",
        "CC VH-XH",
        "Quý II/2021",
        "Hoàn thành",
        1,
        day("2021-06-28"),
      ],
      ["Tiêu chí 1.3", "Tỷ lệ đạt chuẩn của cán bộ cấp xã — Chủ trì: CC Văn phòng - Thống kê, hạn 30/11/2021"],
      [null, 1, "Đăng ký lớp bồi dưỡng chức danh cho 02 công chức chưa đạt chuẩn", null, null, "Đang thực hiện", 0.5],
      [null, 2, "Hoàn thiện hồ sơ đạt chuẩn cho công chức", "CC VH-XH", null, "Hoàn thành", 1, day("2021-11-10")],
      [null, null, "Cộng Phần I: 03 nhiệm vụ, hoàn thành 02 nhiệm vụ"],
    ],
    { merges: merged("A3:H3", "B4:H4", "B6:H6") },
  );
  const row = (r: number) => c.tasks.find((t) => t.source.row === r);

  it("gives the rows under it the lead and deadline its words say", () => {
    expect([7, 8].map((r) => [row(r)?.code, row(r)?.lead, row(r)?.due])).toEqual([
      ["1.3", "Công chức Văn phòng-Thống kê", "2021-11-30"],
      ["1.3", "Công chức Văn hóa-Xã hội", "2021-11-30"],
    ]);
  });

  it("reads no task from a total counting its tasks", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([5, 7, 8]);
  });
});

describe("lines counting the tasks under a list", () => {
  it("reads 'Tong so viec: 6; da xong: 2' typed without marks as no task", () => {
    const c = consolidateSheet([
      ["DANH MUC VIEC CAN LAM THANG 11/2021"],
      ["TT", "Cong viec", "Nguoi phu trach", "Han", "Tinh trang"],
      [1, "Niem yet cong khai day du TTHC moi cong bo", "BP Mot cua", day("2021-11-15"), "Da xong"],
      [2, "Huong dan nguoi dan nop ho so truc tuyen", "BP Mot cua", day("2021-12-31"), "Dang lam"],
      [],
      [null, "Tong so viec: 2; da xong: 1"],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([3, 4]);
  });

  it("reads 'Tổng số nhiệm vụ: | 7 | Hoàn thành: | 3' over the cells as no task", () => {
    const c = consolidateSheet([
      ["THEO DÕI NHIỆM VỤ NĂM 2021"],
      ["STT", "Nội dung", "Chủ trì", "Hạn", "Trạng thái", "Ghi chú"],
      [1, "Rà soát, niêm yết công khai TTHC", "BP Một cửa", day("2021-06-30"), "Hoàn thành"],
      [2, "Tổ chức đối thoại với người dân", "CT UBND", day("2021-10-31"), "Đang thực hiện"],
      [null, "Tổng số nhiệm vụ:", 2, "Hoàn thành:", 1],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([3, 4]);
  });
});

describe("'Ngày tháng' over 'Ký văn bản | Thời hạn | Hoàn thành | Báo cáo'", () => {
  const c = consolidateSheet(
    [
      ["DANH MỤC NHIỆM VỤ CCHC GIAO CÔNG CHỨC TƯ PHÁP - HỘ TỊCH NĂM 2021"],
      ["STT", "Văn bản giao việc", "Nội dung nhiệm vụ", "Người thực hiện", "Ngày tháng", null, null, null, "Trạng thái"],
      [null, null, null, null, "Ký văn bản", "Thời hạn", "Hoàn thành", "Báo cáo"],
      [
        1,
        "KH số 52/KH-UBND ngày 05/10/2021",
        "Tuyên truyền, phổ biến quy định TTHC lĩnh vực hộ tịch, chứng thực",
        "CC Tư pháp - Hộ tịch",
        day("2021-10-05"),
        day("2021-11-04"),
        day("2021-11-02"),
        day("2021-11-10"),
        "Đã hoàn thành",
      ],
      [
        2,
        "CV số 118/UBND ngày 12/10/2021",
        "Rà soát, kiến nghị đơn giản hóa TTHC lĩnh vực hộ tịch",
        "CC Tư pháp - Hộ tịch",
        day("2021-10-12"),
        "trong quý IV/2021",
        null,
        null,
        "Đang thực hiện",
      ],
      [
        3,
        "KH số 52/KH-UBND ngày 05/10/2021",
        "Xây dựng bộ biểu mẫu tham khảo hướng dẫn người dân lập hồ sơ",
        "CC Tư pháp - Hộ tịch",
        day("2021-10-05"),
        day("2021-11-15"),
        day("2021-11-12"),
        null,
        "Chưa thực hiện",
      ],
      [
        4,
        "CV số 118/UBND ngày 12/10/2021",
        "Niêm yết thủ tục đăng ký khai sinh, khai tử liên thông",
        "CC Tư pháp - Hộ tịch",
        day("2021-10-12"),
        day("2021-10-30"),
        day("2022-10-28"),
        day("2021-11-01"),
        "Hoàn thành",
      ],
      [
        5,
        "Chỉ thị số 05/CT-UBND ngày 01/11/2021",
        "Báo cáo kết quả thực hiện chứng thực điện tử",
        "CC Tư pháp - Hộ tịch",
        day("2021-11-01"),
        "30/12/2021",
        null,
        day("2021-12-14"),
        "Hoàn thành",
      ],
      [
        6,
        null,
        "Cập nhật sổ hộ tịch điện tử",
        "CC Tư pháp - Hộ tịch",
        null,
        "Hạn 15/11, gia hạn 10/12/2021",
        "09/12/2021",
        null,
        "Hoàn thành (trễ hạn)",
      ],
    ],
    { merges: merged("A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3") },
  );
  const row = (r: number) => c.tasks.find((t) => t.source.row === r);

  it("reads the day done under 'Hoàn thành', never the day the document was signed", () => {
    expect([4, 5, 6, 7, 8, 9].map((r) => [row(r)?.due, row(r)?.doneDate])).toEqual([
      ["2021-11-04", "2021-11-02"],
      ["2021-12-31", null],
      ["2021-11-15", "2021-11-12"],
      ["2021-10-30", "2022-10-28"],
      ["2021-12-30", null],
      ["2021-12-10", "2021-12-09"],
    ]);
  });
});

describe("a survey's own day in 'Ngày khảo sát' beside 'Ngày cập nhật'", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2021"],
    ["Mã", "Chỉ số", "Kỳ đánh giá", "Ngày khảo sát", "Ngày cập nhật", "Số phiếu hài lòng", "Tổng số phiếu", "Tỷ lệ hài lòng (%)"],
    ["2.1", "Hài lòng về tiếp cận dịch vụ", "Quý III/2021", day("2021-09-25"), day("2021-10-02"), 176, 200, 88],
    ["2.2", "Hài lòng về tổ chức giải quyết TTHC", "Quý III/2021", "25/9/2021", day("2021-10-02"), 180, 200, 90],
  ]);

  it("dates each reading by the survey's day, never the quarter's end nor the day it was typed in", () => {
    expect(c.readings.map((r) => [r.code, r.date])).toEqual([
      ["2.1", "2021-09-25"],
      ["2.2", "2021-09-25"],
    ]);
  });
});

describe("a rate's counts in the rows above it, one month's rate a slip", () => {
  const c = consolidateSheet(
    [
      ["THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH THEO THÁNG - NĂM 2021"],
      ["TT", "Chỉ tiêu", "Năm 2021", null, null, null, null],
      [null, null, "T1", "T2", "T3", "T4", "T5"],
      ["I", "Tỷ lệ hồ sơ TTHC xử lý trực tuyến mức độ 3, 4"],
      ["1", "Tổng số hồ sơ tiếp nhận", 42, 38, 55, 61, 47],
      ["2", "Số hồ sơ tiếp nhận trực tuyến (mức độ 3, 4)", 10, 9, 15, 20, 16],
      ["3", "Tỷ lệ (%)", 23.8, 23.7, 27.3, "32,8%", "43%"],
    ],
    { merges: merged("A2:A3", "B2:B3", "C2:G2") },
  );

  it("reads the counts as the rate's parts, never as readings of their own", () => {
    expect(c.readings.map((r) => [r.source.row, r.period, r.numerator, r.denominator])).toEqual([
      [7, "Tháng 1/2021", 10, 42],
      [7, "Tháng 2/2021", 9, 38],
      [7, "Tháng 3/2021", 15, 55],
      [7, "Tháng 4/2021", 20, 61],
      [7, "Tháng 5/2021", null, null],
    ]);
  });

  it("names the month whose written rate its counts do not give", () => {
    expect(c.problems.filter((p) => p.code === "RATE_MISMATCH").map((p) => [p.row, p.column])).toEqual([[7, "G"]]);
  });
});

describe("the desk's fields as bands across, months down ('Tháng 7', a date shown '08/2021', 'T9/2021')", () => {
  const c = consolidateSheet(
    [
      ["TỔNG HỢP HỒ SƠ TTHC QUÝ III NĂM 2021"],
      [],
      ["Tháng", "HỘ TỊCH", null, null, null, null, "CHỨNG THỰC", null, null, null, null],
      [
        null,
        "Nhận trực tuyến",
        "Nhận trực tiếp",
        "Trước hạn",
        "Đúng hạn",
        "Trễ hạn",
        "Nhận trực tuyến",
        "Nhận trực tiếp",
        "Trước hạn",
        "Đúng hạn",
        "Trễ hạn",
      ],
      ["Tháng 7", 8, 40, 20, 27, 0, 0, 210, 200, 10, 0],
      [day("2021-08-01"), 11, 36, 25, 21, 1, 1, 190, 185, 6, 0],
      ["T9/2021", 14, 33, 30, 16, 0, 0, 175, 170, 5, 1.5],
      ["Cộng quý III", 33, 109, 75, 64, 1, 1, 575, 555, 21, 1.5],
    ],
    { merges: merged("A3:A4", "B3:F3", "G3:K3"), formats: { "6:1": "mm/yyyy" } },
  );

  it("reads a record per field and month, never the months as places", () => {
    expect((c.dossiers ?? []).map((d) => [d.field, d.from, d.to, d.online, d.onTime])).toEqual([
      ["HỘ TỊCH", "2021-07-01", "2021-07-31", 8, 27],
      ["CHỨNG THỰC", "2021-07-01", "2021-07-31", 0, 10],
      ["HỘ TỊCH", "2021-08-01", "2021-08-31", 11, 21],
      ["CHỨNG THỰC", "2021-08-01", "2021-08-31", 1, 6],
      ["HỘ TỊCH", "2021-09-01", "2021-09-30", 14, 16],
      ["CHỨNG THỰC", "2021-09-01", "2021-09-30", 0, 5],
    ]);
  });

  it("names a count that is no whole number", () => {
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => [p.row, p.column])).toEqual([[7, "K"]]);
  });
});

describe("a daily log of dossiers received, each field a band of 'Trực tuyến | Trực tiếp'", () => {
  const c = consolidateSheet(
    [
      ["NHẬT KÝ TIẾP NHẬN HỒ SƠ THÁNG 11/2021"],
      ["Ngày", "Thứ", "Hộ tịch", null, "Chứng thực", "Đất đai", null, "Cộng", "Ghi chú"],
      [null, null, "Trực tuyến", "Trực tiếp", "Trực tiếp", "Trực tuyến", "Trực tiếp"],
      [day("2021-11-01"), "Hai", 0, 3, 10, 0, 1, 14],
      [day("2021-11-02"), "Ba", 0, 4, 12, 0, 0, 16],
      [day("2021-11-03"), "Tư", 1, 5, 14, 0, 1, 21],
      [day("2021-11-04"), "Năm", 0, 2, 16, 0, 0, 18],
      [day("2021-11-05"), "Sáu", 0, 3, 18, 1, 1, 23],
    ],
    { merges: merged("A2:A3", "B2:B3", "C2:D2", "F2:G2", "H2:H3", "I2:I3") },
  );

  it("reads no rate from one field's column over another's", () => {
    expect(c.readings).toEqual([]);
  });

  it("names the sheet or its rows as unread, never drops them silently", () => {
    const rows = new Set(c.problems.filter((p) => p.row !== null).map((p) => p.row));
    const sheet = c.problems.some((p) => p.code === "SHEET_SKIPPED");
    expect(sheet || [4, 5, 6, 7, 8].every((r) => rows.has(r))).toBe(true);
  });
});

describe("a note in brackets with its own days inside a block of the desk's counts", () => {
  const c = consolidateSheet(
    [
      ["BÁO CÁO SỐ LIỆU TIẾP NHẬN, GIẢI QUYẾT TTHC 6 THÁNG ĐẦU NĂM 2021"],
      [
        "STT",
        "Lĩnh vực giải quyết",
        "Số hồ sơ nhận giải quyết",
        null,
        null,
        "Số hồ sơ đã giải quyết",
        null,
        null,
        "Số hồ sơ đang giải quyết",
        null,
        "Số hồ sơ trả lại, rút",
      ],
      [
        null,
        null,
        "Kỳ trước chuyển qua",
        "Trực tuyến",
        "Trực tiếp, bưu chính",
        "Trước hạn",
        "Đúng hạn",
        "Quá hạn",
        "Chưa đến hạn",
        "Quá hạn",
      ],
      ["A", "QUÝ I/2021 (từ ngày 15/12/2020 đến ngày 14/3/2021)"],
      [1, "Hộ tịch", 3, 10, 95, 50, 52, 0, 5, 0, 1],
      [2, "Chứng thực", 0, 0, 380, 370, 10, 0, 0, 0, 0],
      ["B", "QUÝ II/2021 (từ ngày 15/3/2021 đến ngày 14/6/2021)"],
      [1, "Hộ tịch", 5, 18, 80, 45, 50, 1, 6, 0, 1],
      [null, "(Từ ngày 10/5 đến 31/5/2021 tạm dừng tiếp nhận hồ sơ trực tiếp do dịch Covid-19)"],
      [2, "Đất đai", 7, 4, 18, 9, 12, 2, 5, 1, 0],
    ],
    { merges: merged("A2:A3", "B2:B3", "C2:E2", "F2:H2", "I2:J2", "K2:K3") },
  );

  it("keeps the block's own days for the rows under the note", () => {
    expect((c.dossiers ?? []).map((d) => [d.source.row, d.field, d.from, d.to])).toEqual([
      [5, "Hộ tịch", "2020-12-15", "2021-03-14"],
      [6, "Chứng thực", "2020-12-15", "2021-03-14"],
      [8, "Hộ tịch", "2021-03-15", "2021-06-14"],
      [10, "Đất đai", "2021-03-15", "2021-06-14"],
    ]);
  });
});

describe("the desk's fields as bands of 'Nhận trực tuyến | Nhận trực tiếp | Trước hạn | Đúng hạn | Quá hạn', months down", () => {
  const c = consolidateSheet(
    [
      ["THỐNG KÊ TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ TTHC NĂM 2021"],
      ["(Số liệu theo tháng, tính đến 30/11/2021)"],
      ["Tháng", "Hộ tịch", null, null, null, null, "Chứng thực", null, null, null, null],
      [
        null,
        "Nhận trực tuyến",
        "Nhận trực tiếp",
        "Trước hạn",
        "Đúng hạn",
        "Quá hạn",
        "Nhận trực tuyến",
        "Nhận trực tiếp",
        "Trước hạn",
        "Đúng hạn",
        "Quá hạn",
      ],
      ["Tháng 1", 5, 25, 18, 12, 0, 1, 44, 0, 45, 0],
      ["Tháng 2", 2, 31, 19, 13, 0, 1, 51, 3, 49, 0],
      ["Cộng", 7, 56, 37, 25, 0, 2, 95, 3, 94, 0],
    ],
    { merges: merged("A1:K1", "A2:K2", "B3:F3", "G3:K3", "A3:A4") },
  );

  it("reads every field's band, a record per field and month", () => {
    expect((c.dossiers ?? []).map((d) => [d.field, d.from, d.inPerson, d.onTime])).toEqual([
      ["Hộ tịch", "2021-01-01", 25, 12],
      ["Chứng thực", "2021-01-01", 44, 45],
      ["Hộ tịch", "2021-02-01", 31, 13],
      ["Chứng thực", "2021-02-01", 51, 49],
    ]);
  });

  it("says which counts the table does not give", () => {
    const said = c.problems.find((p) => p.code === "DOSSIER_COUNT_DERIVED" && p.row === 3);
    expect(said?.message).toContain("hồ sơ đang giải quyết trong hạn");
  });
});

describe("the desk's fields down, a band of counts per month across, the last month so far", () => {
  const c = consolidateSheet(
    [
      ["TỔNG HỢP HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ IV NĂM 2021 THEO LĨNH VỰC"],
      [],
      [
        "STT",
        "Lĩnh vực",
        "Tháng 10/2021",
        null,
        null,
        null,
        null,
        null,
        "Tháng 11/2021",
        null,
        null,
        null,
        null,
        null,
        "Tháng 12/2021 (đến ngày 14/12)",
        null,
        null,
        null,
        null,
        null,
        "Cộng quý IV",
      ],
      [
        null,
        null,
        ...[1, 2, 3].flatMap(() => ["Kỳ trước chuyển sang", "Trực tuyến", "Trực tiếp", "Trước hạn", "Đúng hạn", "Quá hạn"]),
        "Tổng tiếp nhận",
        "Đã giải quyết",
        "Tỷ lệ đúng hạn",
      ],
      [1, "Hộ tịch", 2, 8, 29, 19, 19, 0, 1, 3, 17, 10, 9, 0, 1, 3, 12, 7, 7, 0, 72, 71, 1],
      [2, "Đất đai", 0, 2, 6, 4, 2, 1, 0, 1, 3, 2, 1, 1, 0, 1, 3, 1, 0, 1, 16, 13, 0.7692],
      [null, "Tổng cộng", 2, 10, 35, 23, 21, 1, 1, 4, 20, 12, 10, 1, 1, 4, 15, 8, 7, 1, 88, 84, 0.9643],
    ],
    { merges: merged("A3:A4", "B3:B4", "C3:H3", "I3:N3", "O3:T3", "U3:W3") },
  );

  it("reads a record per field and month, the last month to its day", () => {
    expect((c.dossiers ?? []).map((d) => [d.field, d.from, d.to, d.inPerson])).toEqual([
      ["Hộ tịch", "2021-10-01", "2021-10-31", 29],
      ["Đất đai", "2021-10-01", "2021-10-31", 6],
      ["Hộ tịch", "2021-11-01", "2021-11-30", 17],
      ["Đất đai", "2021-11-01", "2021-11-30", 3],
      ["Hộ tịch", "2021-12-01", "2021-12-14", 12],
      ["Đất đai", "2021-12-01", "2021-12-14", 3],
    ]);
  });

  it("reads no rate from the total row's first band", () => {
    expect(c.readings).toEqual([]);
  });
});

describe("the desk's weeks typed without marks, each week's days merged down over its fields", () => {
  const c = consolidateSheet(
    [
      ["BAO CAO SO LIEU HO SO TTHC THEO TUAN - THANG 11/2021"],
      [
        "Tuan",
        "Tu ngay",
        "Den ngay",
        "Linh vuc",
        "Ky truoc chuyen sang",
        "Nhan truc tuyen",
        "Nhan truc tiep",
        "Tra truoc han",
        "Tra dung han",
        "Tra qua han",
        "Dang GQ trong han",
        "Dang GQ qua han",
        "Tra lai/rut HS",
      ],
      ["Tuan 1", day("2021-11-01"), day("2021-11-07"), "Ho tich", 3, 4, 9, 5, 8, 0, 3, 0, 0],
      [null, null, null, "Chung thuc", 1, 0, 15, 6, 9, 0, 1, 0, 0],
      [null, null, null, "Cong tuan", 4, 4, 24, 11, 17, 0, 4, 0, 0],
      ["Tuan 2", day("2021-11-08"), day("2021-11-14"), "Ho tich", 3, 2, 7, 3, 6.5, 0, 3, 0, 1],
      [null, null, null, "Chung thuc", 1, 4, "23 hs", 10, 16, 0, 2, 0, 0],
      [null, null, null, "Cong tuan", 4, 6, 30, 13, 22.5, 0, 5, 0, 1],
    ],
    { merges: merged("A3:A5", "B3:B5", "C3:C5", "A6:A8", "B6:B8", "C6:C8") },
  );

  it("reads 'Tra truoc han | Tra dung han | Tra qua han' as the resolved, each field's week its merged days", () => {
    expect((c.dossiers ?? []).map((d) => [d.field, d.from, d.to, d.early, d.onTime])).toEqual([
      ["Ho tich", "2021-11-01", "2021-11-07", 5, 8],
      ["Chung thuc", "2021-11-01", "2021-11-07", 6, 9],
      ["Ho tich", "2021-11-08", "2021-11-14", 3, 6.5],
      ["Chung thuc", "2021-11-08", "2021-11-14", 10, 16],
    ]);
  });

  it("names a count that is no whole number, and no sheet as skipped", () => {
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER" && p.row === 6).map((p) => p.column)).toEqual(["I"]);
    expect(c.problems.filter((p) => p.code === "SHEET_SKIPPED")).toEqual([]);
  });
});

describe("the desk's period in a column of its own ('Kỳ thống kê'), one span written backwards", () => {
  const c = consolidateSheet(
    [
      ["BỘ PHẬN MỘT CỬA - THỐNG KÊ KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2021"],
      ["Lĩnh vực", "Kỳ thống kê", "Tiếp nhận", null, null, "Đã giải quyết", null, null, "Đang giải quyết", null, "Trả lại/rút"],
      [
        null,
        null,
        "Kỳ trước chuyển sang",
        "Trực tuyến",
        "Trực tiếp, bưu chính",
        "Trước hạn",
        "Đúng hạn",
        "Quá hạn",
        "Trong hạn",
        "Quá hạn",
      ],
      ["Hộ tịch", "15/03/2021 - 14/06/2021", 5, 20, 140, 40, 118, 1, 6, 0, 0],
      ["Hộ tịch", "Từ 15/6/2021 đến 14/9/2021", 6, 35, 110, 50, 95, 0, 5, 0, 1],
      ["Lao động - TB&XH", "15/09/21-14/12/21", 1, 0, 25, 3, 20, 0, 2, 1, 0],
      ["Đất đai", "14/12/2021 - 15/09/2021", 3, 0, 10, 2, 6, 1, 3, 1, 0],
    ],
    { merges: merged("A2:A3", "B2:B3", "C2:E2", "F2:H2", "I2:J2", "K2:K3") },
  );

  it("dates each row by its own period", () => {
    expect((c.dossiers ?? []).slice(0, 3).map((d) => [d.field, d.from, d.to])).toEqual([
      ["Hộ tịch", "2021-03-15", "2021-06-14"],
      ["Hộ tịch", "2021-06-15", "2021-09-14"],
      ["Lao động - TB&XH", "2021-09-15", "2021-12-14"],
    ]);
  });

  it("names a span that ends before it starts, never reading its first day as the period", () => {
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => [p.row, p.column])).toEqual([[7, "B"]]);
    expect(c.dossiers?.[3]?.from).not.toBe("2021-12-14");
  });
});

describe("a task export with dates as text in a twelve-hour clock ('10/29/2021 5:00:00 PM')", () => {
  const c = consolidateSheet([
    ["DANH SÁCH CÔNG VIỆC"],
    ["STT", "Tên công việc", "Đơn vị/Người xử lý", "Ngày giao", "Hạn xử lý", "Ngày hoàn thành", "Trạng thái xử lý", "Tiến độ"],
    [
      1,
      "Rà soát tổng thể đội ngũ cán bộ, công chức",
      "CC VP-TK",
      "10/04/2021 8:00:00 AM",
      "10/29/2021 5:00:00 PM",
      "10/27/2021 3:12:45 PM",
      "Đã hoàn thành",
      "100%",
    ],
    [
      2,
      "Theo dõi, đôn đốc xử lý văn bản điện tử",
      "CC VP-TK",
      "09/01/2021 8:00:00 AM",
      "11/05/2021 5:00:00 PM",
      "11/08/2021 9:40:02 AM",
      "Hoàn thành quá hạn",
      "100%",
    ],
    [
      3,
      "Công khai số điện thoại đường dây nóng",
      "CC VP-TK",
      "10/12/2021 8:00:00 AM",
      "11/12/2021 5:00:00 PM",
      "11/10/2021 4:05:00 PM",
      "Đã hoàn thành",
      "100%",
    ],
  ]);
  const row = (r: number) => c.tasks.find((t) => t.source.row === r);

  it("reads every date month first, the ones that read both ways too", () => {
    expect([3, 4, 5].map((r) => [row(r)?.due, row(r)?.doneDate])).toEqual([
      ["2021-10-29", "2021-10-27"],
      ["2021-11-05", "2021-11-08"],
      ["2021-11-12", "2021-11-10"],
    ]);
  });

  it("checks the day done against the day given read the same way", () => {
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION")).toEqual([]);
  });
});

describe("a survey's rounds as bands named by their days ('Khảo sát ngày 17/6/2021'), last year's rate over '(%)'", () => {
  const c = consolidateSheet(
    [
      ["TỔNG HỢP KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN (SIPAS)"],
      [
        "TT",
        "Yếu tố đánh giá",
        "Năm 2020",
        "Khảo sát ngày 17/6/2021",
        null,
        null,
        "Khảo sát ngày 22/11/2021",
        null,
        null,
        "Mục tiêu năm 2021",
      ],
      [null, null, "(%)", "Hài lòng", "Số phiếu", "Tỷ lệ %", "Hài lòng", "Số phiếu", "Tỷ lệ %", "(%)"],
      ["2.1", "Tiếp cận dịch vụ", 78.5, 41, 50, 82, 50, 60, 83.33, 80],
      ["2.2", "Thủ tục hành chính", 75, 38, 50, 76, 47, 60, 78.33, 78],
      ["2.3", "Công chức giải quyết công việc", 82, 43, 50, 86, 52, 60, 86.67, 85],
      ["2.4", "Kết quả giải quyết công việc", 80, 42, 50, 84, 55, 60, 95, 82],
      ["2.5", "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", 70, 33, 50, 66, 42, 60, 70, 75],
    ],
    { merges: merged("A2:A3", "B2:B3", "D2:F2", "G2:I2") },
  );

  it("reads each round at its day, and last year's column as that year's", () => {
    expect(c.readings.filter((r) => r.code === "2.1").map((r) => [r.date, r.numerator, r.denominator, r.value])).toEqual([
      ["2020-12-31", null, null, 78.5],
      ["2021-06-17", 41, 50, 82],
      ["2021-11-22", 50, 60, (50 / 60) * 100],
    ]);
    expect(c.tasks).toEqual([]);
  });

  it("names the round whose written rate its counts do not give", () => {
    expect(c.problems.filter((p) => p.code === "RATE_MISMATCH").map((p) => [p.row, p.column])).toEqual([[7, "I"]]);
  });
});

describe("Roman headings carrying their criterion, lead, deadline and tally in 'Kết quả thực hiện'", () => {
  const c = consolidateSheet([
    ["BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND NĂM 2021"],
    ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Hạn hoàn thành", "Kết quả thực hiện", "Tiến độ (%)", "Ngày hoàn thành", "Ghi chú"],
    ["I", "Tiêu chí 1.1: Thực hiện kế hoạch CCHC - nâng cao tỷ lệ hồ sơ trực tuyến", "CC VH-XH", day("2021-12-31"), "1/2 xong"],
    [1, "Tuyên truyền trên loa phát thanh xã về dịch vụ công mức độ 3, 4", null, null, "Hoàn thành", 100, day("2021-09-30")],
    [2, "Phối hợp các thôn hướng dẫn người dân tạo tài khoản dịch vụ công", "BP Một cửa", null, "Đang thực hiện", 70],
    ["II", "Chỉ số 2.2: Hài lòng về tổ chức giải quyết TTHC", null, null, "0/1"],
    [1, "Cập nhật, niêm yết TTHC mới theo Quyết định công bố của UBND tỉnh", "BP Một cửa", day("2021-12-31"), "Đang thực hiện", 40],
  ]);
  const row = (r: number) => c.tasks.find((t) => t.source.row === r);

  it("reads no task from the headings and gives their rows their criterion, lead and deadline", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [4, "1.1"],
      [5, "1.1"],
      [7, "2.2"],
    ]);
    expect([row(4)?.lead, row(4)?.due]).toEqual(["Công chức Văn hóa-Xã hội", "2021-12-31"]);
  });
});

describe("'Phần I' and criterion rows with 'Số NV | Đã xong' and their tasks' mean progress", () => {
  const c = consolidateSheet([
    ["TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND"],
    ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Hạn", "Số NV", "Đã xong", "Tiến độ (%)", "Trạng thái", "Ngày hoàn thành"],
    ["Phần I", "CÁC TIÊU CHÍ CHỈ SỐ CCHC", null, null, null, 4, 2, 72.5],
    ["1", "Tiêu chí 1.3 - Tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã", "CC VP-TK", null, day("2021-12-31"), 2, 1, 65],
    ["-", "Rà soát đội ngũ cán bộ, công chức theo chức danh", null, null, null, null, null, 100, "Hoàn thành", day("2021-10-15")],
    ["-", "Lập danh sách cán bộ chưa đạt chuẩn, đề xuất cử đi đào tạo", null, null, day("2021-12-10"), null, null, 30, "Đang thực hiện"],
    ["2", "Tiêu chí 1.6 - Tỷ lệ tăng tổng sản phẩm trên địa bàn (GRDP)", "CT UBND", "CC TC-KT", day("2021-12-31"), 2, 1, 80],
    ["-", "Tuyên truyền, kiểm soát dịch Covid-19 tại chợ", null, null, null, null, null, 100, "Hoàn thành", day("2021-09-30")],
    ["-", "Hỗ trợ hợp tác xã hoàn thiện hồ sơ sản phẩm OCOP", null, null, null, null, null, 60, "Đang thực hiện"],
    ["Phần II", "CÁC CHỈ SỐ HÀI LÒNG (SIPAS)", null, null, null, 2, 0, 35],
    ["1", "Chỉ số 2.2 - Hài lòng về tổ chức giải quyết TTHC", "BP Một cửa", null, day("2021-12-31"), 2, 0, 35],
    ["-", "Rà soát, kiến nghị đơn giản hóa 03 TTHC lĩnh vực hộ tịch", null, null, null, null, null, 50, "Đang thực hiện"],
    ["-", "Xây dựng bộ biểu mẫu hồ sơ mẫu đặt tại Bộ phận Một cửa", null, null, day("2021-11-15"), null, null, 20, "Đang thực hiện"],
  ]);

  it("reads no task from the parts or the criteria, each task under its own criterion and lead", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead])).toEqual([
      [5, "1.3", "Công chức Văn phòng-Thống kê"],
      [6, "1.3", "Công chức Văn phòng-Thống kê"],
      [8, "1.6", "Chủ tịch Ủy ban nhân dân xã"],
      [9, "1.6", "Chủ tịch Ủy ban nhân dân xã"],
      [12, "2.2", "Bộ phận Tiếp nhận và trả kết quả xã"],
      [13, "2.2", "Bộ phận Tiếp nhận và trả kết quả xã"],
    ]);
  });
});

describe("an indicator named only in its heading, its counts under it and no rate written", () => {
  const c = consolidateSheet([
    ["SỐ LIỆU THEO DÕI HÀNG THÁNG VỀ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    ["SỐ LIỆU THEO DÕI HÀNG THÁNG VỀ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    ["Kỳ báo cáo: từ tháng 7 đến tháng 11 năm 2021"],
    ["STT", "Chỉ tiêu", "ĐVT", "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Lũy kế 11 tháng", "Ghi chú"],
    ["I", "Giải quyết hồ sơ thủ tục hành chính đúng hạn"],
    [1, "Số hồ sơ đã giải quyết", "hồ sơ", 40, 38, 45, 51, 47, 452],
    [2, "Trong đó: giải quyết trước hạn, đúng hạn", "hồ sơ", 40, 37, 45, 51, 46, 446],
    [3, "Tỷ lệ đúng hạn", "%", 100, 97.37, 100, 100, 97.87, 98.67],
    ["II", "Tiếp nhận hồ sơ trực tuyến (dịch vụ công mức độ 3, 4)"],
    [1, "Tỷ lệ hồ sơ nộp trực tuyến", "%", 18, 21.05, 22.22, 27.45, 31.91, 19.57],
    [2, "Số hồ sơ nộp trực tuyến", "hồ sơ", 9, 8, 10, 14, 15, 90],
    [3, "Tổng số hồ sơ tiếp nhận", "hồ sơ", 50, 38, 45, 51, 47, 460],
    ["III", "Văn bản đi gửi dưới dạng điện tử"],
    [1, "Tổng số văn bản đi", "văn bản", 62, 58, 70, 66, 71, 690],
    [2, "Gửi hoàn toàn dưới dạng điện tử", "văn bản", 50, 49, 61, 60, 66, 560, "không kèm bản giấy"],
  ]);

  it("reads the two counts as one rate's parts, each month and the year so far ('Lũy kế 11 tháng')", () => {
    expect(c.readings.filter((r) => r.source.row >= 14).map((r) => [r.period, r.numerator, r.denominator])).toEqual([
      ["Tháng 7/2021", 50, 62],
      ["Tháng 8/2021", 49, 58],
      ["Tháng 9/2021", 61, 70],
      ["Tháng 10/2021", 60, 66],
      ["Tháng 11/2021", 66, 71],
      ["Năm 2021 (đến 30/11/2021) (lũy kế)", 560, 690],
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED" && p.row !== null && p.row >= 13 && p.row <= 14)).toEqual([]);
  });
});

describe("last month's sheet copied, only its title changed", () => {
  const sheet = (name: string, title: string) =>
    gridOf(
      [
        [title],
        [
          "STT",
          "Lĩnh vực",
          "Kỳ trước chuyển sang",
          "Trực tuyến",
          "Trực tiếp",
          "Trước hạn",
          "Đúng hạn",
          "Quá hạn",
          "Đang giải quyết",
          "Trả lại",
        ],
        [1, "Hộ tịch", 2, 8, 29, 19, 19, 0, 1, 0],
        [2, "Chứng thực", 1, 7, 31, 19, 19, 0, 1, 0],
      ],
      { sheet: name },
    );
  const c = consolidate(
    [
      {
        file: "so.xlsx",
        ok: true,
        grids: [
          sheet("T10-2021", "SỐ LIỆU HỒ SƠ TTHC THÁNG 10/2021 (từ 15/9/2021 đến 14/10/2021)"),
          sheet("T11-2021", "SỐ LIỆU HỒ SƠ TTHC THÁNG 11/2021 (từ 15/10/2021 đến 14/11/2021)"),
        ],
      },
    ],
    BUILTIN_PLAN,
    "2021-12-15" as IsoDate,
  );

  it("reads both, and says the second holds every count of the first", () => {
    expect((c.dossiers ?? []).length).toBe(4);
    const said = c.problems.filter((p) => p.code === "DUPLICATE_READING");
    expect(said.map((p) => [p.sheet, p.row])).toEqual([["T11-2021", 3]]);
    expect(said[0]?.message).toContain('"T10-2021"');
  });
});

describe("the desk's own words for where dossiers came in ('Nhận qua DVC | Nhận tại BP1C'), a period per row", () => {
  const c = consolidateSheet([
    ["Số liệu hồ sơ TTHC năm 2021 (BP TN&TKQ nhập hằng tháng)"],
    [
      "Kỳ",
      "Lĩnh vực",
      "Tồn kỳ trước",
      "Nhận qua DVC",
      "Nhận tại BP1C",
      "Sớm hạn",
      "Đúng hẹn",
      "Trễ hẹn",
      "Đang xử lý - còn hạn",
      "Đang xử lý - trễ hạn",
      "Rút/trả",
    ],
    ["T10/2021", "Hộ tịch", 1, 6, 25, 17, 13, 0, 2, 0, 0],
    ["T10/2021", "Đất đai", 3, 1, 6, 2, 3, 1, 3, 1, 0],
    ["T11/2021", "Hộ tịch", 2, 8, 21, 16, 12, 0, 3, 0, 0],
  ]);

  it("reads a record per row, received at the desk under 'Nhận tại BP1C'", () => {
    expect((c.dossiers ?? []).map((d) => [d.field, d.from, d.online, d.inPerson])).toEqual([
      ["Hộ tịch", "2021-10-01", 6, 25],
      ["Đất đai", "2021-10-01", 1, 6],
      ["Hộ tịch", "2021-11-01", 8, 21],
    ]);
  });
});

describe("rate lines under the desk's table of one quarter", () => {
  const c = consolidateSheet([
    ["SỐ LIỆU GIẢI QUYẾT HỒ SƠ TTHC QUÝ III NĂM 2021"],
    ["Kỳ báo cáo: từ 15/6/2021 đến 14/9/2021"],
    [
      "STT",
      "Lĩnh vực",
      "Tồn kỳ trước",
      "Nhận trực tuyến",
      "Nhận trực tiếp + BCCI",
      "Giải quyết trước hạn",
      "Giải quyết đúng hạn",
      "Giải quyết quá hạn",
      "Đang giải quyết (trong hạn)",
      "Đang giải quyết (quá hạn)",
      "Trả lại / rút",
    ],
    [1, "Hộ tịch", 1, 12, 140, 120, 30, 0, 3, 0, 0],
    [2, "Chứng thực", 0, 0, 260, 255, 5, 0, 0, 0, 0],
    [],
    ["Tỷ lệ giải quyết đúng hạn (%):", null, null, null, 100],
    ["Tỷ lệ hồ sơ trực tuyến (%):", null, null, null, 2.9],
  ]);

  it("reads each as the quarter's reading, never swallowed with the table", () => {
    const read = c.readings.map((r) => [r.source.row, r.code, r.date, r.value]);
    expect(read.sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [7, "1.2", "2021-09-14", 100],
      [8, "1.1", "2021-09-14", 2.9],
    ]);
  });
});

describe("a line under the table naming its targets, then what came of them ('…: kết quả đạt 10/16')", () => {
  it("reads the count reached and its share as a reading", () => {
    const c = consolidateSheet([
      ["BẢNG THEO DÕI NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH THÁNG 9 NĂM 2021"],
      ["STT", "Nhiệm vụ", "Chủ trì", "Hạn", "Trạng thái"],
      [1, "Họp giao ban công tác CCHC quý III/2021", "Chủ tịch UBND xã", "30/9/2021", "Hoàn thành"],
      [],
      ["* Chỉ tiêu phát triển KT-XH do HĐND xã giao: kết quả đạt 10/16 chỉ tiêu (62,5%)."],
    ]);
    expect(c.readings.map((r) => [r.numerator, r.denominator, r.value])).toEqual([[10, 16, 62.5]]);
  });
});
