import { IsoDate } from "../../src/core/dates/isoDate";
import { GridCell } from "../../src/core/import/grid";
import { consolidate } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

// Classes found by blind sets 262-278.

const day = (d: string) => ({ date: d as IsoDate });

describe("one column 'Thời gian (hạn / kết quả)' for the deadline and the result", () => {
  const c = consolidateSheet([
    ["DANH MỤC NHIỆM VỤ CHỦ TỊCH UBND XÃ GIAO VỀ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    [],
    ["STT", "Nội dung chỉ đạo", "Đơn vị thực hiện", "Thời gian (hạn / kết quả)", "Đánh giá"],
    [1, "Rà soát, niêm yết công khai TTHC tại Bộ phận Một cửa", "BP Một cửa", "Hạn 30/4/2021; đã xong 26/4/2021", "Đúng hạn"],
    [2, "Kiện toàn Bộ phận Tiếp nhận và trả kết quả xã", "VP-TK", "Đã ban hành QĐ số 45/QĐ-UBND ngày 03/9/2021", "Hoàn thành"],
    [3, "Công khai số điện thoại đường dây nóng của lãnh đạo UBND xã", "CT UBND xã", "ngày 5 tháng 7 năm 2021", "Hoàn thành"],
    [4, "Tổ chức đối thoại với người dân về giải quyết TTHC", "CT UBND", "Hạn 31/10/2021 - đang chuẩn bị", "Đang thực hiện"],
  ]);
  const row = (r: number) => c.tasks.find((t) => t.source.row === r);

  it("reads 'Hạn …; đã xong …' as the deadline and the day done", () => {
    expect([row(4)?.due, row(4)?.status, row(4)?.doneDate]).toEqual(["2021-04-30", "Hoàn thành", "2021-04-26"]);
  });

  it("gives no deadline to a cell that starts with the result, and reads its day as the day done", () => {
    expect([row(5)?.due, row(5)?.status, row(5)?.doneDate]).toEqual([null, "Hoàn thành", "2021-09-03"]);
  });

  it("names a day written alone where the other cells say which day is which", () => {
    const p = c.problems.find((x) => x.code === "DATE_APPROXIMATE" && x.row === 6);
    expect(p?.column).toBe("D");
    expect(p?.message).toContain("không nói là hạn hay ngày hoàn thành");
    expect(c.problems.filter((x) => x.code === "DATE_APPROXIMATE").map((x) => x.row)).toEqual([6]);
  });
});

describe("sub-sections numbered within a section that names its criterion", () => {
  const c = consolidateSheet([
    ["THEO DÕI THỰC HIỆN KẾ HOẠCH CẢI THIỆN CHỈ SỐ CCHC, SIPAS NĂM 2021"],
    [],
    ["Nhiệm vụ", "Thời gian", "Kết quả thực hiện", "Ngày HT", "%"],
    ["1. Giải quyết hồ sơ TTHC đúng hạn (TCTP 1.2)"],
    ["Chủ trì: Công chức Văn phòng - Thống kê"],
    ["- Theo dõi, nhắc việc hồ sơ sắp đến hạn trên phần mềm một cửa điện tử", day("2021-12-31"), "Đang thực hiện", null, 85],
    ["2. Chỉ số hài lòng về tổ chức giải quyết TTHC (2.2)"],
    ["2.1. Công khai TTHC"],
    ["Chủ trì: BP TN&TKQ"],
    ["- Niêm yết công khai đầy đủ TTHC tại Bộ phận Một cửa", day("2021-06-30"), "Hoàn thành", day("2021-06-15"), 100],
    ["2.2. Tuyên truyền, hướng dẫn"],
    ["Chủ trì: Công chức Văn hóa - Xã hội"],
    [
      "- Tăng cường tuyên truyền các hình thức tiếp nhận hồ sơ qua bưu chính công ích",
      day("2021-09-30"),
      "Hoàn thành",
      day("2021-09-30"),
      100,
    ],
    ["- Xây dựng bộ biểu mẫu tham khảo lập hồ sơ TTHC (giao công chức Tư pháp - Hộ tịch)", day("2021-10-31"), "Chưa thực hiện", null, 0],
    ["2.3. Tiêu chí 2.3 - Công chức tại Bộ phận Một cửa"],
    ["- Tập huấn kỹ năng giao tiếp cho công chức Bộ phận Một cửa", day("2021-11-30"), "Hoàn thành", day("2021-11-20"), 100],
  ]);
  const row = (r: number) => c.tasks.find((t) => t.source.row === r);

  it("keeps the section's criterion for the tasks under '2.1.', '2.2.'; a sub-section naming its criterion keeps its own", () => {
    expect([6, 10, 13, 14, 16].map((r) => row(r)?.code)).toEqual(["1.2", "2.2", "2.2", "2.2", "2.3"]);
  });

  it("leads a task by its own words '(giao …)' over the section's lead, and says so", () => {
    expect(row(13)?.lead).toBe("Công chức Văn hóa-Xã hội");
    expect(row(14)?.lead).toBe("Công chức Tư pháp-Hộ tịch");
    expect(row(14)?.note).toContain("Chủ trì lấy theo nội dung: Giao công chức Tư pháp - Hộ tịch");
  });
});

describe("a group's heading carrying its tasks' tally", () => {
  const c = consolidateSheet([
    ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH KHẮC PHỤC HẠN CHẾ CHỈ SỐ CCHC NĂM 2021"],
    [],
    ["STT", "Nội dung nhiệm vụ", "Đơn vị/người chủ trì", "Thời hạn", "Tiến độ (%)", "Trạng thái", "Ngày hoàn thành"],
    ["1", "Nhóm nhiệm vụ 1: Nâng cao tỷ lệ hồ sơ TTHC giải quyết đúng hạn (TC 1.2)", null, null, 80, "2/3 hoàn thành"],
    [
      "1.1",
      "Rà soát, đôn đốc giải quyết hồ sơ sắp đến hạn",
      "CC Văn phòng - Thống kê",
      day("2021-06-30"),
      100,
      "Hoàn thành",
      day("2021-06-28"),
    ],
    ["1.2", "Thực hiện xin lỗi bằng văn bản đối với hồ sơ trễ hẹn", "BP TN&TKQ", day("2021-09-30"), 100, "Hoàn thành", day("2021-09-15")],
    ["1.3", "Kiểm tra đột xuất việc giải quyết hồ sơ", "Chủ tịch UBND xã", day("2021-12-31"), 40, "Đang thực hiện"],
    [null, "Cộng nhóm 1", null, null, 80, "3 nhiệm vụ"],
    ["2", "Nhóm nhiệm vụ 2: Văn bản điện tử (TC 1.5)", null, null, 100],
    [
      "-",
      "Gửi, nhận văn bản qua phần mềm quản lý văn bản, ký số văn bản đi",
      "CC VP-TK",
      "Trong năm 2021",
      100,
      "Hoàn thành",
      day("2021-12-01"),
    ],
    ["B", "CHỈ SỐ SIPAS", null, null, 33],
    [
      "1",
      "Công khai xin lỗi người dân đối với hồ sơ giải quyết quá hạn",
      "BP Một cửa",
      day("2021-09-30"),
      100,
      "Hoàn thành",
      day("2021-09-30"),
    ],
  ]);

  it("reads no task of the heading, and its tasks under its criterion", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [5, "1.2"],
      [6, "1.2"],
      [7, "1.2"],
      [10, "1.5"],
      [12, "2.4"],
    ]);
  });
});

describe("a group's heading naming its lead and its deadline in words", () => {
  const c = consolidateSheet([
    ["Theo dõi nhiệm vụ CCHC quý IV năm 2021"],
    [],
    ["Nội dung công việc", "Phụ trách", "Hạn chót", "Tình hình", "Tiến độ", "Hoàn thành ngày"],
    ["NHÓM NHIỆM VỤ TUYÊN TRUYỀN (CC VH-XH chủ trì, trước 15/10)", null, null, "2/3 xong"],
    ["Phát thanh về dịch vụ công trực tuyến mức độ 3, 4 (3 buổi/tuần)", null, null, "Xong", "100%", "10/10/2021"],
    ["Treo pano, áp phích về CCHC tại các thôn", null, "30/11/2021", "Đang làm", "40%"],
    [],
    ["NHÓM NHIỆM VỤ TRANG THÔNG TIN ĐIỆN TỬ"],
    ["Cập nhật tin bài CCHC lên Trang thông tin điện tử xã", "cc VH-XH", "31/12/2021", "Đang làm", "75%"],
    [],
    ["NHÓM NHIỆM VỤ KHẢO SÁT SIPAS (hoàn thành trong tháng 12)"],
    ["Phát phiếu khảo sát sự hài lòng tại Bộ phận Một cửa", "BP một cửa", null, "Chưa làm", "0%"],
  ]);

  it("gives its tasks its lead and deadline; the next group ends them, and a group's own deadline is its tasks'", () => {
    expect(c.tasks.map((t) => [t.source.row, t.lead, t.due])).toEqual([
      [5, "Công chức Văn hóa-Xã hội", "2021-10-15"],
      [6, "Công chức Văn hóa-Xã hội", "2021-11-30"],
      [9, "Công chức Văn hóa-Xã hội", "2021-12-31"],
      [12, "Bộ phận Tiếp nhận và trả kết quả xã", "2021-12-31"],
    ]);
  });
});

describe("tasks ticked under a criterion's row naming its lead and deadline", () => {
  const c = consolidateSheet(
    [
      ["STT", "Nhiệm vụ", "Chủ trì", "Hạn", "Tình trạng", null, null, "Tỷ lệ hoàn thành", "Ngày hoàn thành"],
      [null, null, null, null, "Hoàn thành", "Đang làm", "Chưa làm"],
      ["1", "Tiêu chí 1.2 - Giải quyết hồ sơ đúng hạn (BP 1 cửa chủ trì)"],
      [null, "Đôn đốc công chức chuyên môn giải quyết hồ sơ trước hạn", null, day("2021-12-31"), null, "x", null, 0.7],
      ["2", "Tiêu chí 2.5 - Phản ánh, kiến nghị (Chủ trì: CC VP-TK; hoàn thành trước 30/11/2021)"],
      [null, "Tiếp nhận, trả lời phản ánh kiến nghị của người dân qua đường dây nóng", null, null, null, "x", null, 0.6],
      [null, "Công bố công khai kết quả trả lời phản ánh trên Trang TTĐT xã", null, null, "x", null, null, 1, day("2021-11-20")],
      [],
      [null, "Cộng", null, null, 4, 4, 2],
    ],
    {
      merges: [
        { top: 1, left: 5, bottom: 1, right: 7 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
      ],
    },
  );

  it("reads them as tasks (ticks are no units of a block of figures; 'Công bố' is no 'Cộng')", () => {
    expect(c.readings).toEqual([]);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due, t.status])).toEqual([
      [4, "1.2", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-12-31", "Đang thực hiện"],
      [6, "2.5", "Công chức Văn phòng-Thống kê", "2021-11-30", "Đang thực hiện"],
      [7, "2.5", "Công chức Văn phòng-Thống kê", "2021-11-30", "Hoàn thành"],
    ]);
  });
});

describe("a section naming its lead and deadline in their columns, with parts under it", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ LONG SƠN"],
      ["Công chức Địa chính - Xây dựng"],
      ["THEO DÕI THỰC HIỆN NHIỆM VỤ THEO KẾ HOẠCH 49/KH-UBND"],
      ["TT", "Nội dung công việc", "Cán bộ chủ trì", "Thời hạn", "Đã hoàn thành (ngày)", "Tình trạng", "Ghi chú"],
      ["I. ĐẦU TƯ CÔNG, GIẢI NGÂN (Tiêu chí 1.4) — hoàn thành trước 31/12/2021"],
      ["-", "Lập hồ sơ quyết toán công trình nhà văn hóa thôn 2", "CC ĐC-XD", day("2021-10-31"), null, "Đang thực hiện"],
      ["II. CẢI THIỆN NƠI LÀM VIỆC BỘ PHẬN MỘT CỬA (Tiêu chí 2.1)", null, "CC Văn phòng - Thống kê", "30/9/2021"],
      ["a) Tại trụ sở UBND xã"],
      ["-", "Sửa chữa, sơn lại phòng Bộ phận Một cửa", null, null, day("2021-09-25"), "Hoàn thành"],
      ["b) Tại điểm tiếp nhận thôn Long Hải"],
      ["-", "Bố trí bàn ghế, bảng niêm yết TTHC tại điểm tiếp nhận", null, null, null, "Chưa thực hiện"],
      ["III. NHIỆM VỤ THƯỜNG XUYÊN"],
      ["-", "Cập nhật biến động đất đai trên hệ thống cơ sở dữ liệu"],
    ],
    {
      merges: [
        { top: 5, left: 1, bottom: 5, right: 7 },
        { top: 7, left: 1, bottom: 7, right: 2 },
        { top: 8, left: 1, bottom: 8, right: 7 },
        { top: 10, left: 1, bottom: 10, right: 7 },
        { top: 12, left: 1, bottom: 12, right: 7 },
      ],
    },
  );

  it("gives its parts' tasks its criterion, lead and deadline; the next section ends them; a bulleted line is a task", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due])).toEqual([
      [6, "1.4", "Công chức Địa chính-Xây dựng", "2021-10-31"],
      [9, "2.1", "Công chức Văn phòng-Thống kê", "2021-09-30"],
      [11, "2.1", "Công chức Văn phòng-Thống kê", "2021-09-30"],
      [13, null, "Công chức Địa chính-Xây dựng", null],
    ]);
  });
});

describe("the desk's counts by field, a band of columns per quarter", () => {
  const c = consolidateSheet(
    [
      ["BẢNG TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH 9 THÁNG ĐẦU NĂM 2021"],
      [],
      // prettier-ignore
      ["TT", "Lĩnh vực", "Quý I/2021", null, null, null, "Quý II/2021", null, null, null, "Lũy kế 6 tháng", null, null, null],
      // prettier-ignore
      [null, null, "Tiếp nhận", "Giải quyết đúng hạn", "Giải quyết quá hạn", "Đang giải quyết", "Tiếp nhận", "Giải quyết đúng hạn", "Giải quyết quá hạn", "Đang giải quyết", "Tiếp nhận", "Giải quyết đúng hạn", "Giải quyết quá hạn", "Đang giải quyết"],
      [1, "Hộ tịch", 180, 176, 0, 4, 205, 203, 1, 5, 385, 379, 1, 5],
      [2, "Chứng thực", 410, 410, 0, 0, 388, 388, 0, 0, 798, 798, 0, 0],
      [null, "Dịch vụ công trực tuyến mức độ 3, 4", 35, 35, 0, 0, 48, 47, 0, 1, 83, 82, 0, 1],
      [null, "Tổng cộng", 625, 621, 0, 4, 641, 638, 1, 6, 1266, 1259, 1, 6],
    ],
    {
      merges: [
        { top: 3, left: 3, bottom: 3, right: 6 },
        { top: 3, left: 7, bottom: 3, right: 10 },
        { top: 3, left: 11, bottom: 3, right: 14 },
      ],
    },
  );

  it("gives a record per field and quarter, the running total's band read no more", () => {
    expect(c.dossiers?.map((d) => [d.field, d.from, d.to, d.inPerson, d.onTime, d.late, d.pendingInTime])).toEqual([
      ["Hộ tịch", "2021-01-01", "2021-03-31", 180, 176, 0, 4],
      ["Chứng thực", "2021-01-01", "2021-03-31", 410, 410, 0, 0],
      ["Hộ tịch", "2021-04-01", "2021-06-30", 205, 203, 1, 5],
      ["Chứng thực", "2021-04-01", "2021-06-30", 388, 388, 0, 0],
    ]);
    expect(c.readings).toEqual([]);
  });

  it("names the row that is no field and the running total's band, and takes a total that added the row in as the official's sum", () => {
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([3, 7]);
    expect(c.problems.find((p) => p.code === "ROW_SKIPPED" && p.row === 3)?.message).toContain('"Lũy kế 6 tháng"');
    expect(c.problems.filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH")).toEqual([]);
  });
});

describe("the desk's counts with the fields across under a 'Lĩnh vực' band", () => {
  const c = consolidateSheet(
    [
      ["BÁO CÁO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ IV NĂM 2021"],
      ["(Số liệu tính từ ngày 15/9/2021 đến ngày 14/12/2021)"],
      [],
      ["STT", "Nội dung", "Lĩnh vực", null, null, "Tổng cộng"],
      [null, null, "Hộ tịch", "Chứng thực", "Đất đai"],
      ["1", "Số hồ sơ kỳ trước chuyển sang", 4, 0, 6, 10],
      ["2", "Số hồ sơ tiếp nhận mới trong kỳ", 185, 402, 31, 618],
      [null, "- Trực tuyến", 25, 0, 3, 28],
      [null, "- Trực tiếp, qua bưu chính", 160, 402, 28, 590],
      ["3", "Số hồ sơ đã giải quyết", 182, 400, 29, 611],
      [null, "- Đúng hạn, trước hạn", 182, 395, 27, 604],
      [null, "- Quá hạn", 0, 3, 2, 5],
      ["4", "Số hồ sơ đang giải quyết", 7, 2, 7, 16],
      ["5", "Số hồ sơ trả lại, rút hồ sơ", 0, 2, 1, 3],
    ],
    {
      merges: [
        { top: 4, left: 3, bottom: 4, right: 5 },
        { top: 4, left: 1, bottom: 5, right: 1 },
        { top: 4, left: 2, bottom: 5, right: 2 },
        { top: 4, left: 6, bottom: 5, right: 6 },
      ],
    },
  );

  it("reads a record per field, 'Đúng hạn, trước hạn' in time as written, nothing worked out beside it", () => {
    expect(c.dossiers?.map((d) => [d.field, d.from, d.to, d.carriedOver, d.online, d.inPerson, d.early, d.onTime, d.late])).toEqual([
      ["Hộ tịch", "2021-09-15", "2021-12-14", 4, 25, 160, 182, 0, 0],
      ["Chứng thực", "2021-09-15", "2021-12-14", 0, 0, 402, 395, 0, 3],
      ["Đất đai", "2021-09-15", "2021-12-14", 6, 3, 28, 27, 0, 2],
    ]);
  });

  it("names a resolved total its parts do not add up to, on its row, never filling the gap", () => {
    const p = c.problems.filter((x) => x.code === "DOSSIER_TOTAL_MISMATCH");
    expect(p.map((x) => [x.row, x.column, x.value])).toEqual([[10, "D", "400"]]);
  });
});

describe("a 'Tổng số phải giải quyết' that adds up while the outcomes do not", () => {
  const c = consolidateSheet([
    ["TONG HOP TINH HINH TIEP NHAN, GIAI QUYET HO SO TTHC 6 THANG DAU NAM 2021"],
    ["(Tu ngay 15/12/2020 den ngay 14/6/2021)"],
    // prettier-ignore
    ["STT", "Linh vuc", "Ky truoc chuyen sang", "Tiep nhan trong ky", null, "Tong so phai giai quyet", "Da giai quyet", null, null, "Dang giai quyet", null, "Tra lai, rut ho so"],
    [null, null, null, "Truc tuyen", "Truc tiep, buu chinh", null, "Truoc han", "Dung han", "Qua han", "Trong han", "Qua han"],
    [1, "Ho tich", 3, 20, 310, 333, 250, 75, 2, 6, 0, 0],
    [2, "Bao tro xa hoi", 2, 6, 70, 78, 32, 44, 0, 3, 0, 1],
  ]);

  it("names the field whose outcomes do not add up to what there was to resolve", () => {
    expect(c.dossiers?.length).toBe(2);
    expect(c.problems.filter((x) => x.code === "DOSSIER_TOTAL_MISMATCH").map((x) => x.row)).toEqual([6]);
  });
});

describe("rates across, each period a band of 'Số HS đạt | Tổng số | Tỷ lệ' with its days", () => {
  const rows: GridCell[][] = [
    ["SỐ LIỆU PHỤC VỤ BÁO CÁO CCHC ĐỊNH KỲ NĂM 2021 (lũy kế từ đầu kỳ đánh giá)"],
    [],
    // prettier-ignore
    ["TT", "Chỉ tiêu", "Quý I (15/12/2020 - 14/3/2021)", null, null, "6 tháng (15/12/2020 - 14/6/2021)", null, null, "LAST", null, null, "Ghi chú"],
    [null, null, "Số HS đạt", "Tổng số", "Tỷ lệ", "Số HS đạt", "Tổng số", "Tỷ lệ", "Số HS đạt", "Tổng số", "Tỷ lệ"],
    // prettier-ignore
    [1, "Hồ sơ giải quyết đúng hạn (trước hạn + đúng hạn) / hồ sơ đã giải quyết (1.2)", 118, 120, "98,3%", 250, 253, "98,8%", 522, 527, "99,1%"],
  ];
  const merges = [
    { top: 3, left: 3, bottom: 3, right: 5 },
    { top: 3, left: 6, bottom: 3, right: 8 },
    { top: 3, left: 9, bottom: 3, right: 11 },
  ];
  const read = (last: string, bands = merges) =>
    consolidateSheet(
      rows.map((r) => r.map((v) => (v === "LAST" ? last : v))),
      { merges: bands },
    );

  it("reads the year's band by its days as the year's", () => {
    const c = read("Năm (15/12/2020 - 14/12/2021)");
    expect(c.readings.map((x) => [x.period, x.numerator, x.denominator])).toEqual([
      ["Quý I/2021 (lũy kế)", 118, 120],
      ["6 tháng đầu năm 2021 (lũy kế)", 250, 253],
      ["Năm 2021 (lũy kế)", 522, 527],
    ]);
  });

  it("never gives a band its label names no period of the others' figures: it is named, not read", () => {
    const c = read("Cả kỳ đánh giá");
    expect(c.readings.map((x) => [x.period, x.numerator, x.denominator])).toEqual([
      ["Quý I/2021 (lũy kế)", 118, 120],
      ["6 tháng đầu năm 2021 (lũy kế)", 250, 253],
    ]);
    expect(c.problems.find((p) => p.code === "UNMAPPED_COLUMN" && p.column === "I:K")?.message).toContain("không cho biết kỳ nào");
  });

  it("does the same where that band's label is not merged over its columns", () => {
    const c = read("Cả kỳ đánh giá", merges.slice(0, 2));
    expect(c.readings.map((x) => [x.period, x.numerator, x.denominator])).toEqual([
      ["Quý I/2021 (lũy kế)", 118, 120],
      ["6 tháng đầu năm 2021 (lũy kế)", 250, 253],
    ]);
    expect(c.problems.find((p) => p.code === "UNMAPPED_COLUMN" && p.column === "I:K")).toBeDefined();
  });
});

describe("rates across by quarter, 'Số HS | Tổng | Tỷ lệ' under each, a running total's band among them", () => {
  const c = consolidateSheet(
    [
      ["TỔNG HỢP TỶ LỆ HỒ SƠ TTHC TIẾP NHẬN TRỰC TUYẾN VÀ GIẢI QUYẾT ĐÚNG HẠN NĂM 2021"],
      [],
      // prettier-ignore
      ["TT", "Nội dung", "Quý I", null, null, "Quý II", null, null, "Lũy kế 6 tháng", null, null, "Quý III", null, null, "Ghi chú"],
      // prettier-ignore
      [null, null, "Số HS", "Tổng", "Tỷ lệ", "Số HS", "Tổng", "Tỷ lệ", "Số HS", "Tổng", "Tỷ lệ", "Số HS", "Tổng", "Tỷ lệ"],
      // prettier-ignore
      [1, "Hồ sơ tiếp nhận trực tuyến mức độ 3, 4", 38, 142, 0.2676, 51, 160, 0.3188, 89, 302, 0.2947, "-", "-", "-", "Quý III chưa hết kỳ"],
      [2, "Hồ sơ giải quyết đúng hạn, trước hạn", 140, 140, 1, 52, 50, 1.04, 192, 190, 1.0105, "-", "-", "-"],
    ],
    {
      merges: [
        { top: 3, left: 3, bottom: 3, right: 5 },
        { top: 3, left: 6, bottom: 3, right: 8 },
        { top: 3, left: 9, bottom: 3, right: 11 },
        { top: 3, left: 12, bottom: 3, right: 14 },
      ],
    },
  );

  it("reads each row as its own measure (never parts of one), the running total as its months' own period", () => {
    expect(c.readings.map((x) => [x.source.row, x.period, x.numerator, x.denominator])).toEqual([
      [5, "Quý I/2021", 38, 142],
      [5, "Quý II/2021", 51, 160],
      [5, "6 tháng đầu năm 2021", 89, 302],
      [6, "Quý I/2021", 140, 140],
      [6, "Quý II/2021", 52, 50],
      [6, "6 tháng đầu năm 2021", 192, 190],
    ]);
    expect(c.problems.filter((p) => p.code === "READING_PARTS")).toEqual([]);
  });
});

describe("a quarter's running figures, each row on its own day", () => {
  const c = consolidateSheet([
    ["BAO CAO TIEN DO GIAI NGAN VON DAU TU CONG QUY III NAM 2021"],
    [],
    ["Ma TC", "Noi dung", "Ngay so lieu", "Da giai ngan (tr.d)", "Ke hoach giao (tr.d)", "Ty le (%)"],
    ["1.4", "Giai ngan von dau tu cong (luy ke)", day("2021-07-31"), 700, 2000, 35],
    ["1.4", "Giai ngan von dau tu cong (luy ke)", day("2021-08-31"), 980, 2000, 49],
    ["1.4", "Giai ngan von dau tu cong (luy ke)", day("2021-09-30"), 1250, 2000, 62.5],
  ]);

  it("keeps each day's figures as the quarter so far, never two of them dropped as the quarter's duplicates", () => {
    expect(c.readings.map((x) => [x.period, x.date, x.numerator])).toEqual([
      ["Quý III/2021 (đến 31/07/2021)", "2021-07-31", 700],
      ["Quý III/2021 (đến 31/08/2021)", "2021-08-31", 980],
      ["Quý III/2021", "2021-09-30", 1250],
    ]);
    expect(c.problems.filter((p) => p.code === "DUPLICATE_READING")).toEqual([]);
  });
});

describe("this year's table and last year's under it, each under a line naming its year", () => {
  const c = consolidateSheet([
    ["THEO DOI KET QUA CAC CHI SO CCHC VA SIPAS"],
    ["I. NAM 2021"],
    ["TT", "Tieu chi", "Quy I", "Quy II", "Quy III", "Quy IV", "Ca nam", "Ghi chu"],
    [1, "TCTP 1.2 - Ty le ho so giai quyet dung han", "98,5%", "99,2%", "100%", "-", null],
    [2, "TCTP 1.5 - Van ban dien tu", 82.5, 85, 90, "-", null],
    [],
    ["II. NAM 2020 (de so sanh)"],
    ["TT", "Tieu chi", "Quy I", "Quy II", "Quy III", "Quy IV", "Ca nam", "Ghi chu"],
    [1, "TCTP 1.2 - Ty le ho so giai quyet dung han", 96.5, 97.2, 98, 97.6, 97.3],
    [2, "TCTP 1.5 - Van ban dien tu", 70.2, 72, 75.5, 78, 74],
  ]);

  it("reads last year's rows as last year's, under their own codes", () => {
    const of = (r: number) => c.readings.filter((x) => x.source.row === r).map((x) => [x.code, x.period, x.value]);
    expect(of(4)).toEqual([
      ["1.2", "Quý I/2021", 98.5],
      ["1.2", "Quý II/2021", 99.2],
      ["1.2", "Quý III/2021", 100],
    ]);
    expect(of(9).map((x) => x[1])).toEqual(["Quý I/2020", "Quý II/2020", "Quý III/2020", "Quý IV/2020", "Năm 2020"]);
    expect(of(9).every((x) => x[0] === "1.2")).toBe(true);
    expect(of(10).map((x) => [x[0], x[2]])).toContainEqual(["1.5", 74]);
  });
});

describe("a task's words opening a list its bullets go on with", () => {
  const c = consolidateSheet([
    ["TT", "Nội dung công việc", "Đơn vị/người chủ trì", "Thời gian hoàn thành", "Kết quả thực hiện"],
    ["3", "Triển khai giải ngân vốn đầu tư công:", "Chủ tịch UBND xã", "31/01/2022", "Đến 30/9 đạt 58%; đang tiếp tục đôn đốc"],
    [null, "- Đến 30/9/2021 đạt 60% kế hoạch;"],
    [null, "- Đến 31/01/2022 đạt 100% kế hoạch."],
    ["4", "Niêm yết công khai, đầy đủ TTHC tại Bộ phận Một cửa", "BP Một cửa", "30/9/2021", "Hoàn thành"],
  ]);

  it("joins the bullets to the task's words, never tasks of their own", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([2, 5]);
    expect(c.tasks[0].content).toContain("- Đến 31/01/2022 đạt 100% kế hoạch.");
  });
});

describe("a criterion's small table: 'Tháng | Văn bản đi | Gửi điện tử | Tỷ lệ'", () => {
  const c = consolidateSheet([
    ["5. Tiêu chí 1.5 - Tỷ lệ văn bản đi gửi dưới dạng điện tử năm 2021"],
    ["Tháng", "Văn bản đi", "Gửi điện tử", "Tỷ lệ"],
    ["Tháng 9", 64, 60, 0.9375],
    ["Tháng 10", 58, 56, 0.9655],
  ]);

  it("reads the documents sent as the whole and the electronic ones as its part, never two criteria", () => {
    expect(c.readings.map((x) => [x.code, x.period, x.numerator, x.denominator])).toEqual([
      ["1.5", "Tháng 9/2021", 60, 64],
      ["1.5", "Tháng 10/2021", 56, 58],
    ]);
  });
});

describe("the desk's register over a quarter, a row per dossier", () => {
  const c = consolidateSheet(
    [
      ["SỔ THEO DÕI HỒ SƠ TIẾP NHẬN VÀ TRẢ KẾT QUẢ - QUÝ III NĂM 2021"],
      [],
      // prettier-ignore
      ["STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Lĩnh vực", "Hình thức nộp", "Thời gian", null, null, "Tình trạng"],
      [null, null, null, null, null, "Ngày nhận", "Ngày hẹn trả", "Ngày trả kết quả"],
      ["Tháng 7/2021"],
      // prettier-ignore
      [1, "H46-1", "Đăng ký khai sinh", "Hộ tịch", "Trực tuyến", day("2021-07-02"), day("2021-07-05"), day("2021-07-05"), "Đã trả kết quả"],
      // prettier-ignore
      [2, "H46-2", "Hòa giải tranh chấp đất đai", "Đất đai", "Trực tiếp", day("2021-07-09"), day("2021-08-20"), day("2021-08-18"), "Đã trả kết quả"],
      ["Tháng 8/2021"],
      // prettier-ignore
      [3, "H46-3", "Đăng ký kết hôn", "Hộ tịch", "Trực tiếp", day("2021-08-10"), day("2021-08-13"), day("2021-08-16"), "Đã trả kết quả"],
      ["Tháng 9/2021"],
      // prettier-ignore
      [4, "H46-4", "Đăng ký khai tử", "Hộ tịch", "Trực tiếp", day("2021-09-13"), day("2021-09-14"), day("2021-09-09"), "Đã trả kết quả"],
      // prettier-ignore
      [5, "H46-5", "Cấp giấy chứng nhận QSDĐ", "Đất đai", "Trực tiếp", day("2021-09-20"), day("2021-10-20"), null, "Đang xử lý"],
    ],
    { merges: [{ top: 3, left: 6, bottom: 3, right: 8 }] },
  );

  it("counts each field month by month, what came over and what stays open worked out at each month's edge", () => {
    const rows = c.dossiers?.map((d) => [d.field, d.from, d.carriedOver, d.online, d.inPerson, d.early, d.onTime, d.late, d.pendingInTime]);
    expect(rows).toEqual([
      ["Hộ tịch", "2021-07-01", 0, 1, 0, 0, 1, 0, 0],
      ["Đất đai", "2021-07-01", 0, 0, 1, 0, 0, 0, 1],
      ["Đất đai", "2021-08-01", 1, 0, 0, 1, 0, 0, 0],
      ["Hộ tịch", "2021-08-01", 0, 0, 1, 0, 0, 1, 0],
      ["Hộ tịch", "2021-09-01", 0, 0, 1, 1, 0, 0, 0],
      ["Đất đai", "2021-09-01", 0, 0, 1, 0, 0, 0, 1],
    ]);
  });

  it("names a result handed back before its dossier came in", () => {
    expect(c.problems.find((p) => p.code === "BAD_DATE" && p.row === 11)?.message).toContain("trước ngày nhận 13/09/2021");
  });
});

describe("a note merged on its own row under its task, another task right after it", () => {
  const c = consolidateSheet([
    ["DANH MỤC NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC NĂM 2021"],
    ["STT", "Nội dung", "Phụ trách", "Hạn", "Tình hình thực hiện"],
    [1, "Nâng cấp Trang thông tin điện tử thành phần xã", "VP-TK", day("2021-10-31"), "Đang làm, đạt 80%"],
    [null, "Ghi chú: gia hạn đến 15/12/2021 theo chỉ đạo của Chủ tịch UBND xã"],
    [2, "Chỉnh trang khu vực chờ, bổ sung ghế ngồi tại Bộ phận một cửa", "MC", day("2021-09-30"), "Hoàn thành"],
    [null, "Ghi chú: thực tế hoàn thành ngày 28/9/2021"],
    [3, "Lập dự toán bổ sung trang thiết bị cho Bộ phận một cửa", "TC-KT", day("2021-11-30"), "Chưa thực hiện"],
    [null, "Ghi chú: đã hoàn thành, đang chờ phê duyệt"],
    [4, "Công khai kết quả giải quyết phản ánh, kiến nghị", "VP-TK", "hằng tháng", "Đang thực hiện"],
    [null, "Ghi chú: số liệu lấy theo sổ theo dõi của Văn phòng"],
  ]);
  const row = (r: number) => c.tasks.find((t) => t.source.row === r);

  it("is that task's: its extension, its day done, and a state it contradicts named", () => {
    expect(row(3)?.due).toBe("2021-12-15");
    expect(row(5)?.doneDate).toBe("2021-09-28");
    expect(row(7)?.status).toBe("Chưa thực hiện");
    expect(c.problems.find((p) => p.code === "STATUS_CONTRADICTION" && p.row === 8)).toBeDefined();
  });

  it("leaves the table's own note after its last task a note of the table", () => {
    expect(c.problems.find((p) => p.code === "ROW_SKIPPED" && p.row === 10)?.message).toContain("ghi chú");
  });
});

describe("a survey's rounds with the day surveyed and the day its report was signed", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2021"],
    ["Ngày cập nhật: 10/12/2021"],
    [],
    // prettier-ignore
    ["STT", "Chỉ số thành phần", "Đợt", "Ngày khảo sát", "Số phiếu hài lòng", "Tổng số phiếu hợp lệ", "Tỷ lệ hài lòng (%)", "Ngày ký báo cáo"],
    [1, "Hài lòng về tiếp cận dịch vụ", "Đợt 1", day("2021-06-15"), 86, 100, 86, day("2021-06-25")],
    [2, "Hài lòng về tổ chức giải quyết TTHC", "Đợt 1", day("2021-06-15"), 88, 100, 88, day("2021-06-25")],
    [3, "Hài lòng về kết quả giải quyết TTHC", "Đợt 1", day("2021-06-15"), 84, 100, 84],
    [4, "Hài lòng về tiếp cận dịch vụ", "Đợt 2", day("2021-11-20"), 106, 120, 88.33, day("2021-11-30")],
    [5, "Hài lòng về tổ chức giải quyết TTHC", "Đợt 2", day("2021-11-20"), 110, 120, 91.67, day("2021-11-30")],
  ]);

  it("dates each reading by its survey, never by the day its report was signed ('ký', not 'kỳ')", () => {
    expect(c.readings.map((x) => [x.source.row, x.period, x.date])).toEqual([
      [5, "15/06/2021", "2021-06-15"],
      [8, "20/11/2021", "2021-11-20"],
      [6, "15/06/2021", "2021-06-15"],
      [9, "20/11/2021", "2021-11-20"],
      [7, "15/06/2021", "2021-06-15"],
    ]);
  });
});

describe("a lead named only in the row's note as colleagues write it", () => {
  const c = consolidateSheet([
    ["STT", "Nội dung", "Chủ trì", "Trạng thái", "Ghi chú"],
    [1, "Xây dựng chuyên mục cải cách hành chính trên Trang thông tin điện tử xã", "CC VH-XH", "Đang thực hiện", "đạt 70%"],
    [2, "Treo băng rôn, khẩu hiệu tuyên truyền cải cách hành chính tại trụ sở", null, "Hoàn thành", "giao đ/c Lan - VP; xong 20/10/2021"],
  ]);

  it("reads 'giao đ/c Lan - VP' as the Office-Statistics official's, over the row above's lead", () => {
    expect(c.tasks.find((t) => t.source.row === 3)?.lead).toBe("Công chức Văn phòng-Thống kê");
  });
});

describe("a person's name alone as the lead, in a file named for an official", () => {
  const c = consolidate(
    [
      {
        file: "08-hoa-thanh-vhxh-tonghop.xlsx",
        ok: true,
        grids: [
          gridOf(
            [
              ["STT", "Nội dung", "Chủ trì", "Hạn", "Trạng thái"],
              [1, "Tuyên truyền dịch vụ công trực tuyến trên loa truyền thanh", "Nguyễn Thị Lan", "30/11/2021", "Đang thực hiện"],
            ],
            { file: "08-hoa-thanh-vhxh-tonghop.xlsx" },
          ),
        ],
      },
    ],
    BUILTIN_PLAN,
    "2021-12-15" as IsoDate,
  );

  it("says the lead was taken from the file's name, never that it was kept as written", () => {
    expect(c.tasks[0].lead).toBe("Công chức Văn hóa-Xã hội");
    const p = c.problems.find((x) => x.code === "UNKNOWN_OFFICIAL");
    expect(p?.message).toContain("sổ tổng hợp ghi chủ trì là Công chức Văn hóa-Xã hội");
    expect(p?.message).not.toContain("giữ nguyên như đã ghi");
  });
});

describe("a weekly checklist, each week by its days under 'Tuần', the marks counted under it", () => {
  const weeks = ["T1\n(04/10-10/10)", "T2\n(11/10-17/10)", "T3\n(18/10-24/10)", "T4\n(25/10-31/10)", "T5\n(01/11-07/11)"];
  const c = consolidateSheet(
    [
      ["BẢNG KIỂM TRA CÔNG VIỆC HẰNG TUẦN - QUÝ IV/2021"],
      ["STT", "Công việc", "Người phụ trách", "Hạn", "Tuần", null, null, null, null, "Ghi chú"],
      [null, null, null, null, ...weeks],
      [1, "Niêm yết công khai, cập nhật TTHC mới công bố", "BP Một cửa", day("2021-10-31"), "x", "x", "HT"],
      [
        2,
        "Bổ sung ghế ngồi, biển hiệu hướng dẫn tại nơi tiếp dân",
        "CC Tài chính - Kế toán",
        day("2021-11-30"),
        null,
        null,
        "x",
        "x",
        "HT",
      ],
      [3, "Hướng dẫn người dân nộp hồ sơ trực tuyến mức độ 3, 4", "BP Một cửa", day("2021-12-31"), "x", "x", "x", "x", "x"],
      [],
      ["Số việc có thực hiện trong tuần", null, null, null, 2, 2, 3, 2, 3],
    ],
    { merges: [{ top: 2, left: 5, bottom: 2, right: 9 }] },
  );

  it("reads the weeks as a chart of the tasks, 'HT' in a week their state, the count row no task of it", () => {
    expect(c.problems.find((p) => p.code === "LEGEND_READ")?.message).toContain("theo tuần");
    expect(c.tasks.find((t) => t.source.row === 5)?.status).toBe("Hoàn thành");
  });
});

describe("a criterion's row carrying how many of its tasks are done, and its lead and deadline", () => {
  const c = consolidateSheet([
    ["Nội dung", "Chủ trì", "Hạn", "Tiến độ", "Tình trạng"],
    ["A. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"],
    ["Tiêu chí 1.2 - Tỷ lệ hồ sơ giải quyết đúng hạn", "CC VP-TK", "30/11/2021", null, "2/3 xong"],
    ["- Rà soát hồ sơ sắp đến hạn hằng tuần", null, null, "100%", "Hoàn thành"],
    ["- Xin lỗi người dân khi trễ hẹn", null, null, "40%", "Đang thực hiện"],
  ]);

  it("is no task; its tasks take its criterion, lead and deadline", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due])).toEqual([
      [4, "1.2", "Công chức Văn phòng-Thống kê", "2021-11-30"],
      [5, "1.2", "Công chức Văn phòng-Thống kê", "2021-11-30"],
    ]);
  });
});

describe("the desk's counts by quarter with a cell not yet tallied", () => {
  const c = consolidateSheet(
    [
      ["TONG HOP HO SO TTHC 9 THANG NAM 2021"],
      ["TT", "Linh vuc", "Quy I", null, null, null, "Quy II", null, null, null],
      [null, null, "Tiep nhan", "Dung han", "Qua han", "Dang giai quyet", "Tiep nhan", "Dung han", "Qua han", "Dang giai quyet"],
      [1, "Ho tich", 40, 39, 0, 1, 45, 44, 1, 0],
      [2, "Dat dai", 12, 10, 1, 1, "chua tong hop", 8, 0, 2],
    ],
    {
      merges: [
        { top: 2, left: 3, bottom: 2, right: 6 },
        { top: 2, left: 7, bottom: 2, right: 10 },
      ],
    },
  );

  it("names the words where a count goes, never a count of 0 said nowhere", () => {
    expect(c.dossiers?.length).toBe(4);
    expect(c.problems.find((p) => p.code === "BAD_NUMBER" && p.row === 5 && p.column === "G")?.message).toContain("chua tong hop");
  });
});

describe("a line naming the lead under the last task", () => {
  const c = consolidateSheet([
    ["TT", "Noi dung cong viec", "Thoi han", "Tinh trang", "Ghi chu"],
    [1, "Ra soat tong the doi ngu can bo, cong chuc", "30/09/2021", "Da xong", "Da xong ngay 28/9/2021"],
    [2, "Tiep nhan, xu ly phan anh kien nghi ve TTHC", "Thuong xuyen", "Dang thuc hien"],
    [null, null, null, null, "Chu tri: BP mot cua (d/c Lan)"],
    [],
    [null, "Nguoi lap bang"],
  ]);

  it("is that task's lead, and said in its note, never lost", () => {
    const t = c.tasks.find((x) => x.source.row === 3);
    expect(t?.lead).toBe("Bộ phận Tiếp nhận và trả kết quả xã");
    expect(t?.note).toContain("Chủ trì lấy theo dòng 4");
  });
});

describe("a readings table with the figures' day and the report's day", () => {
  const c = consolidateSheet([
    ["SỐ LIỆU GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021"],
    ["TT", "Ngày số liệu", "Kế hoạch vốn giao (triệu đồng)", "Đã giải ngân (triệu đồng)", "Tỷ lệ giải ngân", "Ngày báo cáo"],
    [1, day("2021-06-30"), 4850, 1455, 0.3, day("2021-07-05")],
    [2, day("2021-09-30"), 4850, 3026.4, 0.624, day("2021-10-05")],
  ]);

  it("dates each reading by 'Ngày số liệu', never by the day it was reported", () => {
    expect(c.readings.map((x) => x.date)).toEqual(["2021-06-30", "2021-09-30"]);
  });
});

describe("a workbook with its current sheet and last quarter's old copy after it", () => {
  const sheet = (name: string, quarter: string, state: string, progress: number) =>
    gridOf(
      [
        ["UBND XÃ AN PHÚ"],
        [`BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ CCHC NĂM 2021 (${quarter})`],
        ["TT", "Nội dung nhiệm vụ", "Người chủ trì", "Thời hạn", "Tình trạng", "Tỷ lệ (%)"],
        [1, "Tuyên truyền trên hệ thống loa phát thanh về dịch vụ công trực tuyến", "CC VH-XH", "31/12/2021", state, progress],
      ],
      { sheet: name },
    );
  const c = consolidate(
    [
      {
        file: "so.xlsx",
        ok: true,
        grids: [sheet("Theo dõi", "QUÝ IV", "Đang thực hiện", 75), sheet("Quý III (bản cũ)", "QUÝ III", "Đang thực hiện", 40)],
      },
    ],
    BUILTIN_PLAN,
    "2021-12-15" as IsoDate,
  );

  it("keeps the current sheet's row: a sheet named the old one never replaces it", () => {
    expect(c.tasks.map((t) => [t.source.sheet, t.progress])).toEqual([["Theo dõi", 75]]);
  });
});

describe("a register whose note says a dossier was given back, with the day it was", () => {
  const c = consolidateSheet(
    [
      ["SỔ THEO DÕI HỒ SƠ TIẾP NHẬN VÀ TRẢ KẾT QUẢ - THÁNG 7 NĂM 2021"],
      ["STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Lĩnh vực", "Thời gian", null, null, "Kết quả / Ghi chú"],
      [null, null, null, null, "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả"],
      // prettier-ignore
      [1, "H21-1", "Trợ cấp xã hội hàng tháng", "Bảo trợ xã hội", day("2021-07-19"), day("2021-07-30"), day("2021-07-21"), "Trả lại hồ sơ (thiếu giấy xác nhận khuyết tật)"],
      // prettier-ignore
      [2, "H21-2", "Hỗ trợ chi phí mai táng", "Bảo trợ xã hội", day("2021-07-22"), day("2021-07-29"), day("2021-07-23"), "Đã trả kết quả"],
    ],
    { merges: [{ top: 2, left: 5, bottom: 2, right: 7 }] },
  );

  it("counts it returned, never resolved early", () => {
    expect(c.dossiers?.map((d) => [d.field, d.early, d.onTime, d.returned])).toEqual([["Bảo trợ xã hội", 1, 0, 1]]);
  });
});

describe("a disbursement by project with a milestone not yet come, left blank", () => {
  const c = consolidateSheet(
    [
      ["TIẾN ĐỘ GIẢI NGÂN KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2021"],
      // prettier-ignore
      ["STT", "Tên dự án, công trình", "Kế hoạch vốn giao năm 2021", "Giải ngân đến 30/9/2021", null, "Giải ngân đến 31/01/2022", null, "Ghi chú"],
      [null, null, null, "Số tiền", "Tỷ lệ", "Số tiền", "Tỷ lệ"],
      [1, "Đường giao thông nông thôn thôn 3", 1200, 780, 0.65],
      [2, "Nhà văn hóa thôn Phú Thạnh", 850, 560, 0.6588],
    ],
    {
      merges: [
        { top: 2, left: 4, bottom: 2, right: 5 },
        { top: 2, left: 6, bottom: 2, right: 7 },
      ],
    },
  );

  it("reads no figure of the blank milestone, never 0 of the plan", () => {
    expect(c.readings.map((x) => [x.date, x.numerator, x.denominator])).toEqual([["2021-09-30", 1340, 2050]]);
  });
});
