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
