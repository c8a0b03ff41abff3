import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

// Classes of blind sets 155-158: forms whose readings run across the columns, exports annotated by
// hand, progress written on the row under a task, and the people officials name as leads.
const AS_OF = "2021-12-15" as IsoDate;
const d = (iso: string) => ({ date: iso as IsoDate });

describe("a progress line under each task ('Tiến độ: …')", () => {
  const rows: GridCell[][] = [
    ["THEO DÕI TIẾN ĐỘ NHIỆM VỤ CCHC NĂM 2021"],
    ["STT", "Nhiệm vụ", "Người phụ trách", "Hạn hoàn thành", "Trạng thái", "Mã TC"],
    [1, "Rà soát, ban hành quy trình nội bộ giải quyết TTHC", "VP-TK", d("2021-05-31"), "Hoàn thành", "1.2"],
    [null, "Tiến độ: Đã ban hành Quyết định phê duyệt quy trình ngày 25/5/2021."],
    [2, "Khảo sát ý kiến người dân về chất lượng phục vụ", "VH-XH", d("2021-09-30"), null, "2.1"],
    [null, "Tiến độ: Hoàn thành ngày 28/9/2021, thu về 120 phiếu."],
    [3, "Cập nhật bộ TTHC mới lên trang thông tin điện tử xã", "VP-TK", d("2021-08-31"), "Đang thực hiện", "1.3"],
    [null, "Kết quả: Chưa cập nhật xong do trang TTĐT đang nâng cấp."],
  ];

  it("is the task's note, never a section, and gives the state and day done the row left blank", () => {
    const c = consolidateSheet(rows);
    const at = (r: number) => c.tasks.find((t) => t.source.row === r);
    expect(c.tasks).toHaveLength(3);
    expect([at(5)?.status, at(5)?.doneDate]).toEqual(["Hoàn thành", "2021-09-28"]);
    expect(at(5)?.note).toContain("Trạng thái, ngày hoàn thành lấy theo dòng 6");
    expect(at(3)?.doneDate).toBe("2021-05-25");
    expect(at(7)?.status).toBe("Đang thực hiện");
    expect(at(7)?.note).toContain("Chưa cập nhật xong");
    expect(c.problems.some((p) => p.code === "STATUS_ASSUMED" && p.row === 5)).toBe(false);
  });
});

describe("a lead written as a person, with the post once", () => {
  const sheet = (name: string, rows: GridCell[][]) =>
    gridOf([["Tình trạng", "Hạn", "Phụ trách", "TC", "Nội dung công việc"], ...rows], { sheet: name });

  it("reads 'Đ/c Lan' as the post 'Đ/c Lan (VP-TK)' has elsewhere in the workbook, and keeps the person", () => {
    const c = consolidate(
      [
        {
          file: "theo-doi.xlsx",
          ok: true,
          grids: [
            sheet("Quý III", [
              ["Hoàn thành", d("2021-07-31"), "Đ/c Lan (VP-TK)", "1.2", "Tổng hợp, báo cáo tình hình giải quyết hồ sơ 6 tháng đầu năm"],
              ["Đang thực hiện", d("2021-09-30"), "Đ/c Minh - Địa chính", "1.2", "Giải quyết dứt điểm hồ sơ đất đai tồn đọng"],
            ]),
            sheet("Quý IV", [
              ["Xong", "20/10/2021", "Đ/c Lan", "2.1", "Tổng hợp kết quả khảo sát SIPAS đợt 1"],
              ["Chưa làm", "20/12/2021", "Đ/c Hùng", "1.4", "Tự chấm điểm Chỉ số CCHC năm 2021"],
            ]),
          ],
        },
      ],
      BUILTIN_PLAN,
      AS_OF,
    );
    const byContent = (s: string) => c.tasks.find((t) => t.content.startsWith(s));
    expect(byContent("Tổng hợp, báo cáo")?.lead).toBe("Công chức Văn phòng-Thống kê");
    expect(byContent("Tổng hợp, báo cáo")?.note).toContain("Người phụ trách: Đ/c Lan");
    expect(byContent("Giải quyết dứt điểm")?.note).toContain("Người phụ trách: Đ/c Minh");
    expect(byContent("Tổng hợp kết quả khảo sát")?.lead).toBe("Công chức Văn phòng-Thống kê");
    expect(byContent("Tổng hợp kết quả khảo sát")?.note).toContain('Chủ trì ghi "Đ/c Lan": VP-TK như sheet Quý III dòng 2 ghi');
    // Hùng's post is written nowhere: left as written.
    expect(byContent("Tự chấm điểm")?.lead).toBe("Đ/c Hùng");
  });
});

describe("a form whose periods run across, under a title giving their span", () => {
  it("files each block under its own month, not the span's last one", () => {
    const c = consolidateSheet(
      [
        ["BIỂU THEO DÕI CHỈ TIÊU GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"],
        ["Kỳ báo cáo: tháng 7 - tháng 9/2021"],
        ["Mã", "Chỉ tiêu", "Tháng 7", null, null, "Tháng 8", null, null, "Tháng 9"],
        [null, null, "Tổng", "Đạt", "%", "Tổng", "Đạt", "%", "Tổng", "Đạt", "%"],
        ["1.1", "Hồ sơ nộp trực tuyến", 40, 22, 55, 38, 24, 63.16, 45, 30, 66.67],
        ["1.2", "Hồ sơ trả kết quả đúng hạn", 40, 40, 100, 38, 37, 97.37, 45, 45, 100],
      ],
      {
        merges: [
          { top: 3, left: 3, bottom: 3, right: 5 },
          { top: 3, left: 6, bottom: 3, right: 8 },
          { top: 3, left: 9, bottom: 3, right: 11 },
        ],
      },
    );
    const of11 = c.readings.filter((r) => r.code === "1.1").map((r) => [r.period, Math.round((r.value ?? 0) * 100) / 100]);
    expect(of11).toEqual([
      ["Tháng 7/2021", 55],
      ["Tháng 8/2021", 63.16],
      ["Tháng 9/2021", 66.67],
    ]);
  });

  it("files a quarter's block under the quarter when the title dates the figures at a later day", () => {
    const c = consolidateSheet(
      [
        ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG TẠI BỘ PHẬN MỘT CỬA"],
        ["(Xuất từ hệ thống đánh giá sự hài lòng - Từ ngày 01/04/2021 đến ngày 30/09/2021)"],
        ["TT", "Nội dung đánh giá", "Quý II/2021", null, "Quý III/2021"],
        [null, null, "Số lượt", "Tỷ lệ hài lòng", "Số lượt", "Tỷ lệ hài lòng"],
        ["1", "Tiếp cận dịch vụ", 96, 0.885, 104, 0.904],
        ["2", "Thủ tục hành chính", 96, 0.844, 104, 0.865],
      ],
      {
        merges: [
          { top: 3, left: 3, bottom: 3, right: 4 },
          { top: 3, left: 5, bottom: 3, right: 6 },
        ],
        formats: { "5:4": "0.0%", "5:6": "0.0%", "6:4": "0.0%", "6:6": "0.0%" },
      },
    );
    expect([...new Set(c.readings.map((r) => r.period))].sort()).toEqual(["Quý II/2021", "Quý III/2021"]);
  });
});

describe("'Thời hạn' merged over 'Hạn xử lý | Ngày xong', beside 'Thời gian thực hiện'", () => {
  it("takes the deadline from the column the two levels both call a deadline", () => {
    const c = consolidateSheet(
      [
        ["THEO DÕI NHIỆM VỤ CCHC QUÝ III/2021"],
        [],
        ["TT", "Nhiệm vụ", "Người phụ trách", "Thời gian thực hiện", "Thời hạn", null, "Ngày báo cáo", "Kết quả"],
        [null, null, null, null, "Hạn xử lý", "Ngày xong"],
        [
          1,
          "Cập nhật, công khai TTHC trên Cổng Dịch vụ công",
          "VP-TK",
          "Tháng 7-9/2021",
          d("2021-08-31"),
          "28/08/21",
          d("2021-10-01"),
          "Đã thực hiện",
        ],
        [2, "Số hóa kết quả giải quyết TTHC", "Tư pháp", "Quý III", d("2021-09-30"), null, d("2021-10-01"), "Đang làm"],
        [
          3,
          "Tuyên truyền CCHC trên loa truyền thanh xã",
          "VHXH",
          "Tháng 8/2021",
          d("2021-08-31"),
          "5/9/21",
          d("2021-10-01"),
          "Hoàn thành (trễ)",
        ],
      ],
      {
        merges: [
          { top: 3, left: 5, bottom: 3, right: 6 },
          ...[1, 2, 3, 4, 7, 8].map((col) => ({ top: 3, left: col, bottom: 4, right: col })),
        ],
      },
    );
    expect(c.tasks.map((t) => [t.source.row, t.due, t.doneDate]).sort()).toEqual([
      [5, "2021-08-31", "2021-08-28"],
      [6, "2021-09-30", null],
      [7, "2021-08-31", "2021-09-05"],
    ]);
    expect(c.tasks.find((t) => t.source.row === 5)?.note).toContain("Thời gian thực hiện: Tháng 7-9/2021");
  });
});

describe("a one-door export, its title without marks, the official's own columns typed beside it", () => {
  const rows: GridCell[][] = [
    ["BAO CAO TINH HINH GIAI QUYET HO SO TTHC"],
    ["Tu ngay 01/01/2021 den ngay 30/06/2021"],
    [
      "STT",
      "Linh vuc",
      "Tong so ho so tiep nhan",
      "Truc tuyen",
      "Truc tiep",
      "Da giai quyet",
      null,
      null,
      "Dang giai quyet",
      null,
      "Việc cần làm (VP ghi thêm)",
      "Người làm",
      "Hạn",
    ],
    [null, null, null, null, null, "Truoc han", "Dung han", "Qua han", "Trong han", "Qua han"],
    ["1", "Ho tich", 666, 73, 593, 530, 112, 5, 19, 0, "Rà soát 5 hồ sơ hộ tịch quá hạn, làm rõ trách nhiệm", "Tư pháp - HT", "15/07/2021"],
    ["2", "Chung thuc", 853, 0, 853, 853, 0, 0, 0, 0],
    ["3", "Dat dai", 71, 9, 62, 25, 28, 7, 9, 2, "Báo cáo Chủ tịch UBND về 7 hồ sơ đất đai quá hạn", "ĐC-XD", "31/07/2021"],
    [null, "Tong cong", 1590, 82, 1508, 1408, 140, 12, 28, 2],
  ];
  const merges = [
    { top: 1, left: 1, bottom: 1, right: 13 },
    { top: 2, left: 1, bottom: 2, right: 13 },
    { top: 3, left: 6, bottom: 3, right: 8 },
    { top: 3, left: 9, bottom: 3, right: 10 },
    ...[1, 2, 3, 4, 5, 11, 12, 13].map((col) => ({ top: 3, left: col, bottom: 4, right: col })),
  ];

  it("dates the counts by the title's days and reads the tasks typed beside them", () => {
    const c = consolidateSheet(rows, { merges });
    expect(c.dossiers?.map((x) => [x.field, x.from, x.to])).toEqual([
      ["Ho tich", "2021-01-01", "2021-06-30"],
      ["Chung thuc", "2021-01-01", "2021-06-30"],
      ["Dat dai", "2021-01-01", "2021-06-30"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.lead, t.due])).toEqual([
      [5, "Công chức Tư pháp-Hộ tịch", "2021-07-15"],
      [7, "Công chức Địa chính-Xây dựng", "2021-07-31"],
    ]);
  });
});

describe("a day written month first in a column of days written day first", () => {
  it("is read the only way it reads, and Kiểm tra says so", () => {
    const c = consolidateSheet([
      ["THÁNG 12/2021"],
      ["STT", "Nội dung", "Người TH", "Hạn HT", "Kết quả"],
      [1, "Tổng kết công tác CCHC năm 2021", "VP-TK", "31/12/21", "Đang làm"],
      [2, "Đánh giá chỉ số CCHC của xã", "VP-TK", "20/12/21", "Chưa làm"],
      [3, "Xử lý hồ sơ tồn đọng", "Địa chính", "12/15/21", "Đang làm"],
    ]);
    expect(c.tasks.find((t) => t.source.row === 5)?.due).toBe("2021-12-15");
    expect(c.problems.find((p) => p.code === "DATE_AMBIGUOUS" && p.row === 5)?.message).toContain("tháng trước ngày");
    expect(c.problems.some((p) => p.code === "DATE_AMBIGUOUS" && p.row !== 5)).toBe(false);
  });
});

describe("'Ngày giao | Thời hạn (ngày) | Hạn xử lý | Gia hạn đến' side by side", () => {
  const rows: GridCell[][] = [
    ["TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ CCHC NĂM 2021"],
    ["STT", "Mã", "Nội dung", "Chủ trì", "Ngày giao", "Thời hạn (ngày)", "Hạn xử lý", "Gia hạn đến", "Tình trạng"],
    [
      1,
      "1.2",
      "Theo dõi, đôn đốc giải quyết hồ sơ đúng hạn",
      "VP-TK",
      d("2021-03-01"),
      90,
      d("2021-05-30"),
      d("2021-06-30"),
      "Đang thực hiện",
    ],
    [2, "2.2", "Công khai kết quả khảo sát SIPAS", "VH-XH", d("2021-08-01"), 15, d("2021-08-16"), "gia hạn đến 15/9", "Chưa thực hiện"],
    [3, "1.5", "Ứng dụng chữ ký số trong gửi, nhận văn bản điện tử", "VP-TK", d("2021-09-01"), 120, null, null, "Đang thực hiện"],
    [4, "1.3", "Tập huấn kỹ năng giao tiếp cho công chức", "VP-TK", d("2021-05-10"), 20, d("2021-05-30"), "chờ ý kiến", "Đang thực hiện"],
  ];

  it("reads an extension typed in words, counts the days allowed where the deadline is blank, and keeps an unreadable extension", () => {
    const c = consolidateSheet(rows);
    const at = (r: number) => c.tasks.find((t) => t.source.row === r);
    expect([at(3)?.due, at(4)?.due, at(5)?.due, at(6)?.due]).toEqual(["2021-06-30", "2021-09-15", "2021-12-30", "2021-05-30"]);
    expect(at(5)?.note).toContain("Hạn tính từ ngày giao 01/09/2021 cộng 120 ngày");
    expect(at(6)?.note).toContain("Gia hạn đến: chờ ý kiến");
    expect(c.problems.some((p) => p.code === "BAD_DATE" && p.row === 6 && p.column === "H")).toBe(true);
  });
});

describe("deadlines and codes written inside the task's words", () => {
  it("reads 'trong Quý III', 'trong tháng 8/2021' over a section's 'thường xuyên', an extension in the same sentence, and '(2.1)' mid-text", () => {
    const c = consolidateSheet([
      ["BẢNG THEO DÕI CÔNG VIỆC CCHC NĂM 2021"],
      ["STT", "Nội dung công việc", "Bộ phận thực hiện", "Ghi chú"],
      ["A. Nhiệm vụ trọng tâm"],
      [1, "Rà soát TTHC thuộc thẩm quyền giải quyết của xã trong Quý III", "Tư pháp - Hộ tịch", "hoàn thành 20/9/2021"],
      [2, "Khảo sát SIPAS (2.1) trước ngày 15/10/2021, gia hạn đến 15/11/2021", "VH-XH", "đã xong ngày 12/11"],
      ["B. Nhiệm vụ thường xuyên"],
      [3, "Cập nhật cơ sở dữ liệu hộ tịch điện tử trong tháng 8/2021", "Tư pháp - Hộ tịch", "Chưa thực hiện"],
    ]);
    const at = (r: number) => c.tasks.find((t) => t.source.row === r);
    expect([at(4)?.due, at(5)?.due, at(7)?.due]).toEqual(["2021-09-30", "2021-11-15", "2021-08-31"]);
    expect(at(5)?.note).toContain("Hạn gia hạn đến 15/11/2021 theo nội dung");
    expect([at(5)?.code, at(5)?.codeSuggested]).toEqual(["2.1", false]);
    expect(at(5)?.verdict).toBe("Đúng hạn");
  });
});

describe("'-' where a period's figure goes", () => {
  it("is no figure yet: nothing read, no error", () => {
    const c = consolidateSheet([
      ["THEO DÕI KẾT QUẢ CÁC TIÊU CHÍ CCHC, SIPAS NĂM 2021"],
      [],
      ["Kỳ", "TC 1.1\nHồ sơ nộp trực tuyến (%)", "TC 1.2\nGiải quyết đúng hạn (%)", "TC 2.3\nHài lòng về công chức (%)", "Ghi chú"],
      ["Quý I/2021", 10.2, 98.5, "-"],
      ["Quý II/2021", 14.8, 99.1, 84],
      ["Quý III/2021", 21.3, 99.6, 87.5],
      [],
      ['Ghi chú: dấu "-" là chưa có số liệu; SIPAS quý I chưa khảo sát.'],
    ]);
    expect(c.readings.filter((r) => r.code === "2.3").map((r) => r.period)).toEqual(["Quý II/2021", "Quý III/2021"]);
    expect(c.readings).toHaveLength(8);
    expect(c.problems.some((p) => p.code === "BAD_NUMBER")).toBe(false);
  });
});

describe("the desk's counts by field, a quarter over a band per month", () => {
  it("reads each month's on-time rate from the total row, 'Lĩnh vực' merged down from the quarter's row", () => {
    const c = consolidateSheet(
      [
        ["THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH THEO LĨNH VỰC"],
        ["Năm 2021"],
        ["STT", "Lĩnh vực", "Quý III", null, null, null, null, null, null, null, null, "Ghi chú"],
        [null, null, "Tháng 7", null, null, "Tháng 8", null, null, "Tháng 9"],
        [
          null,
          null,
          "Tổng số hồ sơ",
          "Đúng hạn",
          "Quá hạn",
          "Tổng số hồ sơ",
          "Đúng hạn",
          "Quá hạn",
          "Tổng số hồ sơ",
          "Đúng hạn",
          "Quá hạn",
        ],
        [1, "Hộ tịch", 45, 45, 0, 38, 37, 1, 52, 52, 0],
        [2, "Đất đai", 14, 11, 3, 9, 8, 1, 12, 10, 2],
        [null, "Tổng cộng", 59, 56, 3, 47, 45, 2, 64, 62, 2],
      ],
      {
        merges: [
          { top: 3, left: 1, bottom: 5, right: 1 },
          { top: 3, left: 2, bottom: 5, right: 2 },
          { top: 3, left: 3, bottom: 3, right: 11 },
          { top: 3, left: 12, bottom: 5, right: 12 },
          { top: 4, left: 3, bottom: 4, right: 5 },
          { top: 4, left: 6, bottom: 4, right: 8 },
          { top: 4, left: 9, bottom: 4, right: 11 },
        ],
      },
    );
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([
      ["1.2", "Tháng 7/2021", 56, 59],
      ["1.2", "Tháng 8/2021", 45, 47],
      ["1.2", "Tháng 9/2021", 62, 64],
    ]);
  });
});

describe("a notebook's months down with '% đúng hạn' and '% trực tuyến' side by side at the end", () => {
  it("reads each rate with its own counts", () => {
    const c = consolidateSheet([
      ["SỔ THEO DÕI HỒ SƠ TTHC NĂM 2021 (tự theo dõi)"],
      ["Tháng", "HS tiếp nhận", "Trong đó nộp trực tuyến", "HS đã giải quyết", "Đúng/trước hạn", "Trễ hạn", "% đúng hạn", "% trực tuyến"],
      ["Tháng 7", 812, 70, 805, 802, 3, 0.9963, 0.0862],
      ["Tháng 8", 905, 88, 899, 896, 3, 0.9967, 0.0972],
      ["Tháng 9", 898, 99, 880, 875, 5, 0.9943, 0.1102],
    ]);
    const of = (code: string) => c.readings.filter((r) => r.code === code).map((r) => [r.date, r.numerator, r.denominator]);
    expect(of("1.1")).toEqual([
      ["2021-07-31", 70, 812],
      ["2021-08-31", 88, 905],
      ["2021-09-30", 99, 898],
    ]);
    expect(of("1.2")).toEqual([
      ["2021-07-31", 802, 805],
      ["2021-08-31", 896, 899],
      ["2021-09-30", 875, 880],
    ]);
  });
});

describe("an incoming-documents register with the official's own 'Việc phải làm' column", () => {
  it("takes the summary for a row whose work is left blank, and no incoming number as evidence", () => {
    const c = consolidateSheet([
      ["SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"],
      ["STT", "Số ký hiệu", "Ngày văn bản", "Trích yếu", "Hạn xử lý", "Người xử lý", "Tình trạng", "Việc phải làm (tự ghi)", "Ngày xong"],
      [
        "1",
        "215/UBND-NV",
        "01/10/2021",
        "V/v báo cáo kết quả CCHC quý III năm 2021",
        "10/10/2021",
        "VP-TK",
        "Đã xử lý",
        "Gửi báo cáo qua phần mềm",
        "08/10/2021",
      ],
      ["2", "260/UBND-NV", "02/11/2021", "V/v rà soát, đánh giá TTHC năm 2021", "25/11/2021", "Tư pháp", "Chưa xử lý"],
      ["3", "52/TB-UBND", "20/10/2021", "Thông báo lịch tiếp công dân tháng 11/2021", null, null, "Để biết"],
    ]);
    const at = (r: number) => c.tasks.find((t) => t.source.row === r);
    expect(at(3)?.content).toBe("Gửi báo cáo qua phần mềm");
    expect(at(3)?.evidence).toBe("");
    expect([at(4)?.content, at(4)?.due]).toEqual(["V/v rà soát, đánh giá TTHC năm 2021", "2021-11-25"]);
    expect(at(4)?.note).toContain('Nội dung lấy theo cột "Trích yếu"');
    expect(at(5)).toBeUndefined();
  });
});

describe("'KH | TH | TL %' under each quarter, the last quarter only planned", () => {
  it("reads the quarters done and makes no task of the planned one", () => {
    const c = consolidateSheet(
      [
        ["BIEU MAU BAO CAO THUC HIEN CHI TIEU CCHC NAM 2021"],
        ["Ma so", "Noi dung chi tieu", "Quy II", null, null, "Quy III", null, null, "Quy IV"],
        [null, null, "KH", "TH", "TL %", "KH", "TH", "TL %", "KH", "TH", "TL %"],
        ["1.1", "TTHC truc tuyen", 120, 110, 0.9167, 130, 125, 0.9615, 140],
        ["1.4", "Tiep nhan, tra ket qua qua buu chinh cong ich", 20, 8, 0.4, 20, 12, 0.6, 20],
      ],
      {
        merges: [
          { top: 2, left: 3, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 8 },
          { top: 2, left: 9, bottom: 2, right: 11 },
        ],
        formats: { "4:5": "0%", "4:8": "0%", "5:5": "0%", "5:8": "0%" },
      },
    );
    expect(c.tasks).toHaveLength(0);
    expect(c.readings.map((r) => [r.code, r.period]).sort()).toEqual([
      ["1.1", "Quý II/2021"],
      ["1.1", "Quý III/2021"],
      ["1.4", "Quý II/2021"],
      ["1.4", "Quý III/2021"],
    ]);
  });
});

describe("'Trong kỳ | Lũy kế từ đầu năm | Cùng kỳ năm trước' over the same headings", () => {
  it("reads the period's own figures and the running total as the total to date, never last year's", () => {
    const c = consolidateSheet(
      [
        ["BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC THÁNG 11 NĂM 2021"],
        ["TT", "Chỉ tiêu", "Trong kỳ", null, null, "Lũy kế từ đầu năm", null, null, "Cùng kỳ năm trước", "Ghi chú"],
        [null, null, "Số HS", "Số HS đạt", "Tỷ lệ (%)", "Số HS", "Số HS đạt", "Tỷ lệ (%)", "Tỷ lệ (%)"],
        [1, "Tỷ lệ hồ sơ giải quyết đúng hạn", 45, 42, 93.33, 465, 443, 95.27, 90.5],
        [2, "Tỷ lệ hồ sơ nộp trực tuyến", 45, 27, null, 465, 207, 44.52, 15],
      ],
      {
        merges: [
          { top: 2, left: 3, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 8 },
          ...[1, 2, 9, 10].map((col) => ({ top: 2, left: col, bottom: 3, right: col })),
        ],
      },
    );
    expect(c.readings.map((r) => [r.period, r.numerator, r.denominator]).sort()).toEqual([
      ["Tháng 11/2021 (lũy kế)", 207, 465],
      ["Tháng 11/2021 (lũy kế)", 443, 465],
      ["Tháng 11/2021", 27, 45],
      ["Tháng 11/2021", 42, 45],
    ]);
    expect(c.readings.every((r) => !/Lũy kế từ đầu năm Số HS/.test(r.note))).toBe(true);
  });

  it("reads the running total alone where the period's own cells say '-'", () => {
    const c = consolidateSheet(
      [
        ["BÁO CÁO KẾT QUẢ THÁNG 10 NĂM 2021"],
        ["TT", "Chỉ tiêu", "Trong kỳ", null, null, "Lũy kế từ đầu năm", null, null, "Ghi chú"],
        [null, null, "Số phiếu", "Số phiếu hài lòng", "Tỷ lệ (%)", "Số phiếu", "Số phiếu hài lòng", "Tỷ lệ (%)"],
        [1, "Tỷ lệ hài lòng chung (SIPAS)", "-", "-", "-", 160, 140, 87.5, "Khảo sát đợt I"],
      ],
      {
        merges: [
          { top: 2, left: 3, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 8 },
          ...[1, 2, 9].map((col) => ({ top: 2, left: col, bottom: 3, right: col })),
        ],
      },
    );
    expect(c.readings.map((r) => [r.period, r.numerator, r.denominator, r.value])).toEqual([["Tháng 10/2021 (lũy kế)", 140, 160, 87.5]]);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 4)).toBe(false);
  });
});

describe("'Tỷ lệ' merged over 'Đúng hạn (%) | Trực tuyến (%)' after the counts", () => {
  it("reads both rates, each with its own counts", () => {
    const c = consolidateSheet(
      [
        ["SỔ THEO DÕI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC NĂM 2021"],
        ["Tháng", "Tiếp nhận", null, "Giải quyết", null, null, "Tỷ lệ"],
        [null, "Tổng số", "Trong đó trực tuyến", "Đã giải quyết", "Đúng hạn", "Quá hạn", "Đúng hạn (%)", "Trực tuyến (%)"],
        ["Tháng 7", 50, 15, 48, 47, 1, 0.979, 0.3],
        ["Tháng 8", 44, 15, 45, 45, 0, 1, 0.3409],
        ["Tháng 9", 52, 20, 50, 48, 2, 0.96, 0.3846],
      ],
      {
        merges: [
          { top: 2, left: 1, bottom: 3, right: 1 },
          { top: 2, left: 2, bottom: 2, right: 3 },
          { top: 2, left: 4, bottom: 2, right: 6 },
          { top: 2, left: 7, bottom: 2, right: 8 },
        ],
      },
    );
    const of = (code: string) => c.readings.filter((r) => r.code === code).map((r) => [r.date, r.numerator, r.denominator]);
    expect(of("1.2")).toEqual([
      ["2021-07-31", 47, 48],
      ["2021-08-31", 45, 45],
      ["2021-09-30", 48, 50],
    ]);
    expect(of("1.1")).toEqual([
      ["2021-07-31", 15, 50],
      ["2021-08-31", 15, 44],
      ["2021-09-30", 20, 52],
    ]);
  });
});

describe("the desk's counts down, months 'T1 … T12' under merged quarters across", () => {
  it("reads every month, named with its year, not the first month of each quarter as the quarter", () => {
    const c = consolidateSheet(
      [
        ["SỐ LIỆU TIẾP NHẬN, GIẢI QUYẾT TTHC NĂM 2021"],
        ["STT", "Nội dung", "Quý I", null, null, "Quý II", null, null, "Lũy kế"],
        [null, null, "T1", "T2", "T3", "T4", "T5", "T6"],
        ["1", "Tổng số HS tiếp nhận", 55, 33, 66, 55, 53, 62, 324],
        [null, "- Trực tiếp", 52, 31, 60, 47, 44, 50, 284],
        [null, "- Trực tuyến (DVC mức 3, 4)", 3, 2, 6, 8, 9, 12, 40],
        ["2", "Số HS đã giải quyết", 55, 32, 64, 56, 52, 61, 320],
        [null, "- Đúng hạn, trước hạn", 55, 32, 63, 55, 52, 61, 318],
        [null, "- Quá hạn", 0, 0, 1, 1, 0, 0, 2],
        ["3", "Tỷ lệ HS trực tuyến (%)", 5.5, 6.1, 9.1, 14.5, 17, 19.4, 12.3],
      ],
      {
        merges: [
          { top: 2, left: 3, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 8 },
          ...[1, 2, 9].map((col) => ({ top: 2, left: col, bottom: 3, right: col })),
        ],
      },
    );
    expect(c.readings.filter((r) => r.code === "1.1").map((r) => [r.period, r.numerator, r.denominator])).toEqual([
      ["Tháng 1/2021", 3, 55],
      ["Tháng 2/2021", 2, 33],
      ["Tháng 3/2021", 6, 66],
      ["Tháng 4/2021", 8, 55],
      ["Tháng 5/2021", 9, 53],
      ["Tháng 6/2021", 12, 62],
    ]);
    expect(c.dossiers).toHaveLength(6);
  });
});

describe("a numbered line with its lead and deadline over its parts 'a)', 'b)'", () => {
  const rows: GridCell[][] = [
    ["BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH CCHC NĂM 2021"],
    ["STT", "Nội dung công việc", "Người thực hiện", "Thời hạn hoàn thành", "Kết quả thực hiện"],
    ["I.", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
    [1, "Rà soát, công khai TTHC", "Tư pháp - HT", "30/6/2021"],
    ["a)", "Rà soát TTHC thuộc thẩm quyền giải quyết của xã", null, null, "Hoàn thành"],
    ["b)", "Niêm yết công khai TTHC tại Bộ phận Một cửa", null, null, "Đang thực hiện"],
    [2, "Tiếp nhận hồ sơ trực tuyến mức độ 3, 4", "Một cửa", "31/12/2021", "Đang thực hiện"],
    [3, "Kiểm tra công tác CCHC", "Chủ tịch UBND", "30/11/2021", "Đang thực hiện"],
    ["a)", "Kiểm tra hoạt động Bộ phận Một cửa", null, "30/6/2021", "Hoàn thành"],
  ];

  it("gives its parts what they leave blank and, with no state of its own, is their heading, said", () => {
    const c = consolidateSheet(rows);
    const at = (r: number) => c.tasks.find((t) => t.source.row === r);
    expect(at(4)).toBeUndefined();
    expect(c.problems.find((p) => p.code === "ROW_SKIPPED" && p.row === 4)?.message).toContain("việc chung của các phần việc ở dòng 5, 6");
    expect([at(5)?.lead, at(5)?.due, at(6)?.lead, at(6)?.due]).toEqual([
      "Công chức Tư pháp-Hộ tịch",
      "2021-06-30",
      "Công chức Tư pháp-Hộ tịch",
      "2021-06-30",
    ]);
    // A line with its own state stays a task; its part keeps its own deadline and takes the lead.
    expect(at(8)?.status).toBe("Đang thực hiện");
    expect([at(9)?.lead, at(9)?.due]).toEqual(["Chủ tịch Ủy ban nhân dân xã", "2021-06-30"]);
  });
});

describe("a budget's execution: 'Dự toán | Thực hiện 6 tháng: Số tiền | % DT'", () => {
  it("is no task list, and the sheet is named as not read", () => {
    const c = consolidateSheet(
      [
        ["TÌNH HÌNH THỰC HIỆN DỰ TOÁN THU, CHI NGÂN SÁCH XÃ NĂM 2021"],
        ["STT", "Nội dung", "Dự toán HĐND giao", "Thực hiện 6 tháng", null, "Thực hiện 9 tháng"],
        [null, null, null, "Số tiền", "% DT", "Số tiền", "% DT"],
        ["I", "Thu ngân sách trên địa bàn", 185, 92.5, 0.5, 141.2, 0.763],
        ["1", "Thu phí, lệ phí", 45, 20.1, 0.447, 33, 0.733],
        ["2", "Thu khác ngân sách", 140, 72.4, 0.517, 108.2, 0.773],
        ["II", "Chi ngân sách xã", 6245.3, 2870.5, 0.46, 4402.8, 0.705],
      ],
      {
        merges: [
          { top: 2, left: 4, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 7 },
          ...[1, 2, 3].map((col) => ({ top: 2, left: col, bottom: 3, right: col })),
        ],
      },
    );
    expect(c.tasks).toHaveLength(0);
    expect(c.problems.some((p) => p.code === "SHEET_SKIPPED")).toBe(true);
  });
});

describe("a criterion's row saying who leads and by when, after its name", () => {
  it("gives each group's rows its own lead and deadline ('đ/c Nga (Một cửa) phụ trách, hạn 31/12')", () => {
    const c = consolidateSheet([
      ["CẬP NHẬT TIẾN ĐỘ KẾ HOẠCH CCHC QUÝ IV/2021"],
      ["TT", "Nội dung", "Người phụ trách", "Hạn", "Tiến độ"],
      [null, "Tiêu chí 1.1 - Tỷ lệ hồ sơ trực tuyến; đ/c Nga (Một cửa) phụ trách, hạn 31/12"],
      ["1", "Nhắn tin Zalo hướng dẫn nộp hồ sơ trực tuyến", null, null, "Đang thực hiện"],
      [null, "Tiêu chí 1.2 - Giải quyết hồ sơ đúng hạn; đ/c Phong (Địa chính) phụ trách, hạn 15/12"],
      ["2", "Rà soát hồ sơ đất đai tồn đọng", null, null, "Đang thực hiện"],
    ]);
    const at = (r: number) => c.tasks.find((t) => t.source.row === r);
    expect([at(4)?.code, at(4)?.lead, at(4)?.due]).toEqual(["1.1", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-12-31"]);
    expect([at(6)?.code, at(6)?.lead, at(6)?.due]).toEqual(["1.2", "Công chức Địa chính-Xây dựng", "2021-12-15"]);
    expect(at(6)?.note).toContain("Người phụ trách: đ/c Phong");
  });
});
