import { IsoDate } from "../../src/core/dates/isoDate";
import { GridCell } from "../../src/core/import/grid";
import { Consolidation, consolidate } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

// The classes blind sets 79-81 found: a North Central coast commune, tasks broken into sub-steps,
// one workbook shared by several officials.
const day = (iso: string): GridCell => ({ date: iso as IsoDate });
const AS_OF = "2021-12-15" as IsoDate;

const one = consolidateSheet;

/** Sheets of one workbook consolidated together, tasks in sheet then row order. */
function workbook(...sheets: Array<{ sheet: string; rows: GridCell[][] }>): Consolidation {
  const grids = sheets.map((s) => gridOf(s.rows, { sheet: s.sheet }));
  const c = consolidate([{ file: "chung.xlsx", ok: true, grids }], BUILTIN_PLAN, AS_OF);
  const order = sheets.map((s) => s.sheet);
  return {
    ...c,
    tasks: [...c.tasks].sort((a, b) => order.indexOf(a.source.sheet) - order.indexOf(b.source.sheet) || a.source.row - b.source.row),
  };
}

const STAFF = {
  sheet: "Hướng dẫn",
  rows: [
    ["BẢNG THEO DÕI (FILE DÙNG CHUNG)"],
    ["STT", "Họ và tên", "Chức danh", "Sheet cập nhật"],
    [1, "Nguyễn Văn Hùng", "Công chức Văn phòng - Thống kê", "Hùng"],
    [2, "Lê Minh Tuấn", "Công chức Tài chính - Kế toán", "Tuấn"],
    [3, "Trần Thị Lan", "Công chức Văn hóa - Xã hội", "Lan"],
  ] as GridCell[][],
};

describe("a workbook several officials share", () => {
  it("gives a person's sheet's tasks the post the staff list gives them, over the plan's lead", () => {
    const c = workbook(STAFF, {
      sheet: "Tuấn",
      rows: [
        ["PHẦN CẬP NHẬT CỦA Đ/C: TUẤN"],
        ["STT", "Nội dung công việc", "Thời hạn", "Tình trạng"],
        [1, "Giải ngân 100% kế hoạch vốn ĐTC năm 2021", day("2022-01-31"), "Đang"],
      ],
    });
    expect(c.tasks.map((t) => t.lead)).toEqual(["Công chức Tài chính-Kế toán"]);
    expect(c.tasks[0].note).toContain("Chủ trì lấy theo người cập nhật phần này");
  });

  it("reads a block headed by a person: the post beside the name, else the list's, by the given name alone", () => {
    const c = workbook({
      sheet: "Q3",
      rows: [
        ["TT", "Nội dung nhiệm vụ", "Thời gian hoàn thành", "Kết quả thực hiện"],
        ["A", "Đ/c Võ Thị Mai"],
        [1, "Tổng hợp báo cáo CCHC quý III gửi Phòng Nội vụ", day("2021-09-20"), "Đã hoàn thành"],
        ["B", "IV. Đ/c Nguyễn Thị Bích (Kế toán ngân sách)"],
        [1, "Lập báo cáo quyết toán ngân sách xã", day("2021-12-31"), "Đang thực hiện"],
        ["C", "Đ/c Hoàng Văn Sơn"],
        [1, "Rà soát TTHC rườm rà, đề xuất đơn giản hóa", day("2021-09-30"), "Đang rà soát"],
        [],
        ["PHÂN CÔNG THEO DÕI"],
        ["TT", "Họ tên", "Chức danh"],
        [1, "Đ/c Mai", "CC Văn phòng - Thống kê"],
        [2, "Đ/c Long", "CC Địa chính - Xây dựng"],
      ],
    });
    expect(c.tasks.map((t) => [t.content.slice(0, 20), t.lead])).toEqual([
      ["Tổng hợp báo cáo CCH", "Công chức Văn phòng-Thống kê"],
      ["Lập báo cáo quyết to", "Công chức Tài chính-Kế toán"],
      // Not on the list and no post beside the name: the plan's lead stands, and the person is named once.
      ["Rà soát TTHC rườm rà", expect.not.stringContaining("Sơn")],
    ]);
    expect(c.tasks[2].note).toContain("Người cập nhật: Hoàng Văn Sơn (chưa rõ chức danh)");
    expect(c.problems.filter((p) => p.code === "UNKNOWN_OFFICIAL" && p.row === 6)).toHaveLength(1);
  });

  it("never reads the staff list under the tasks as tasks, and names its rows once", () => {
    const c = one([
      ["TT", "Nội dung nhiệm vụ", "Thời gian hoàn thành", "Kết quả thực hiện"],
      ["A", "Đ/c Võ Thị Mai"],
      [1, "Tổng hợp báo cáo CCHC quý III gửi Phòng Nội vụ", day("2021-09-20"), "Đã hoàn thành"],
      [],
      ["TT", "Họ tên", "Chức danh"],
      [1, "Đ/c Mai", "CC Văn phòng - Thống kê"],
      [2, "Đ/c Long", "CC Địa chính - Xây dựng"],
    ]);
    expect(c.tasks.map((t) => t.content)).toEqual(["Tổng hợp báo cáo CCHC quý III gửi Phòng Nội vụ"]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED" && p.value === "dòng 5–7")).toHaveLength(1);
  });

  it("reads a 'Người cập nhật' column by the staff list, and leaves a name it cannot place to the sheet", () => {
    const table = {
      sheet: "Một cửa",
      rows: [
        ["STT", "Nhiệm vụ", "Hạn", "Trạng thái", "Người cập nhật"],
        [1, "Tham mưu Kế hoạch kiểm tra công tác CCHC năm 2021", day("2021-06-30"), "Hoàn thành", "Nguyễn Văn Hùng"],
        [2, "Viết tin bài về mô hình CCHC hay của xã", "15/12/2021", "đang viết", "Lan"],
        [3, "Bố trí thêm ghế chờ, quạt, máy lấy số thứ tự", day("2021-11-30"), "60%", "Hằng"],
      ] as GridCell[][],
    };
    const c = workbook(STAFF, table);
    expect(c.tasks.map((t) => t.lead)).toEqual([
      "Công chức Văn phòng-Thống kê",
      "Công chức Văn hóa-Xã hội",
      // Hằng is on no list: the sheet's office, with who updated it said.
      "Bộ phận Tiếp nhận và trả kết quả xã",
    ]);
    expect(c.tasks[2].note).toContain("Người cập nhật: Hằng");
    expect(c.problems.some((p) => p.code === "UNMAPPED_COLUMN")).toBe(false);
  });

  it("reads a sheet headed 'Họ tên: …' over 'Chức danh: …' as that official's", () => {
    const c = one(
      [
        ["Họ và tên: Lê Văn Dũng"],
        ["Chức danh: Công chức Địa chính - Xây dựng"],
        [],
        ["STT", "Nội dung", "Hạn", "Tình trạng"],
        [1, "Lập hồ sơ đề nghị cấp GCN QSDĐ qua DVC mức độ 3", day("2021-12-15"), "Đang thực hiện"],
      ],
      { sheet: "Dũng" },
    );
    expect(c.tasks.map((t) => t.lead)).toEqual(["Công chức Địa chính-Xây dựng"]);
  });
});

describe("an office's short name in a lead's cell", () => {
  it("reads 'ĐC', 'A.Phúc TC', 'C.Ngân TP' and 'CHP' as the offices they shorten", () => {
    const c = one([
      ["STT", "Nội dung", "Cán bộ phụ trách", "Thời hạn", "Trạng thái"],
      [1, "Cấp giấy chứng nhận QSDĐ lần đầu", "ĐC", day("2021-11-30"), "Đang thực hiện"],
      [2, "Giải ngân vốn ĐTC đạt 100% kế hoạch", "A.Phúc TC", day("2022-01-31"), "Đang thực hiện"],
      [3, "Công nhận xã đạt chuẩn tiếp cận pháp luật", "C.Ngân TP", day("2021-12-31"), "Đang thực hiện"],
      [4, "Huấn luyện dân quân năm thứ nhất", "CHP", day("2021-10-31"), "Hoàn thành"],
    ]);
    expect(c.tasks.map((t) => t.lead)).toEqual([
      "Công chức Địa chính-Xây dựng",
      "Công chức Tài chính-Kế toán",
      "Công chức Tư pháp-Hộ tịch",
      "Chỉ huy trưởng Quân sự xã",
    ]);
  });
});
