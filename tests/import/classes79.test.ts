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

describe("a given name on the staff list, and words that only end like one", () => {
  it("reads 'Trần Thu Hiền' by a list's 'Đ/c Hiền', never 'Văn phòng' by a list's 'Đ/c Phong'", () => {
    const c = workbook(
      {
        sheet: "Phân công",
        rows: [
          ["TT", "Họ tên", "Chức danh"],
          [1, "Đ/c Hiền", "CC Tư pháp - Hộ tịch"],
          [2, "Đ/c Phong", "CC Địa chính - Xây dựng"],
        ],
      },
      {
        sheet: "Việc",
        rows: [
          ["STT", "Nội dung", "Chủ trì", "Hạn"],
          [1, "Tư vấn thủ tục hộ tịch qua điện thoại", "Trần Thu Hiền", day("2021-12-30")],
          [2, "Tổng hợp báo cáo CCHC quý IV", "Văn phòng", day("2021-12-10")],
        ],
      },
    );
    expect(c.tasks.map((t) => t.lead)).toEqual(["Công chức Tư pháp-Hộ tịch", "Công chức Văn phòng-Thống kê"]);
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

describe("a notebook's own status column", () => {
  it("reads a day alone under 'Đã làm (ngày)' as done that day, and a day still to come as not done", () => {
    const c = one([
      ["Ngày giao", "Nội dung công việc", "Hạn", "Đã làm (ngày)"],
      ["05/01/21", "Rà soát, hệ thống hóa văn bản QPPL do HĐND, UBND xã ban hành", "31/01/2021", "28/01/2021"],
      ["01/11", "Tổ chức Ngày Pháp luật Việt Nam", "09/11/2021", "09/11"],
      ["01/12", "Báo cáo công tác kiểm soát TTHC năm 2021", "20/12/2021", "20/12/2021"],
    ]);
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([
      ["Hoàn thành", "2021-01-28"],
      ["Hoàn thành", "2021-11-09"],
      ["Chưa thực hiện", null],
    ]);
  });

  it("reads 'Xong?' with a tick, a tick and its day, and words", () => {
    const c = one([
      ["#", "Việc", "Hạn", "Xong?"],
      ["1.", "Quyết toán ngân sách xã năm 2020 trình HĐND phê chuẩn", day("2021-06-30"), "✓ 22/6"],
      ["2.", "Công khai quyết toán NS 2020 tại trụ sở UBND", day("2021-07-31"), "✓"],
      ["3.", "Chuyển đổi sang dịch vụ công trực tuyến của KBNN", "30/9/2021", "chưa"],
    ]);
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([
      ["Hoàn thành", "2021-06-22"],
      ["Hoàn thành", null],
      ["Chưa thực hiện", null],
    ]);
  });

  it("never takes a row whose state is 'xong' for a heading", () => {
    const c = one([
      ["Ngày", "Việc", "Hạn", "Đã làm chưa"],
      ["3/3", "Vận động 7 hộ hiến đất làm đường liên xóm 3-5", "15-4", "xong (7/7 hộ)"],
      ["19/10", "Dọn vệ sinh đường làng, khơi thông cống rãnh sau lũ", "25/10", "xong"],
      ["23/11", "Vận động bà con nộp quỹ PCTT", "30/11", "được 86%"],
    ]);
    expect(c.tasks.map((t) => [t.content.slice(0, 13), t.status, t.due])).toEqual([
      ["Vận động 7 hộ", "Hoàn thành", "2021-04-15"],
      ["Dọn vệ sinh đ", "Hoàn thành", "2021-10-25"],
      ["Vận động bà c", "Đang thực hiện", "2021-11-30"],
    ]);
  });
});

describe("a count of what the task names, written like a day", () => {
  it("reads 'đã gửi 2/3' on three named dossiers as two of three, never 2 March", () => {
    const c = one([
      ["TT", "Việc cần làm", "Hạn", "Tình hình"],
      [1, "Gửi thư xin lỗi đối với 03 hồ sơ trễ hạn quý IV", day("2021-12-20"), "đã gửi 2/3"],
      [2, "Gửi thư xin lỗi đối với hồ sơ trễ hẹn (03 hồ sơ)", day("2021-12-20"), "Đã gửi 3/3"],
      [3, "Cập nhật bộ TTHC mới công bố lên bảng niêm yết", day("2021-11-15"), "xong 12/11"],
    ]);
    expect(c.tasks.map((t) => [t.status, t.progress, t.doneDate])).toEqual([
      ["Đang thực hiện", 66.67, null],
      ["Hoàn thành", 100, null],
      ["Hoàn thành", 100, "2021-11-12"],
    ]);
  });

  it("never reads a criterion's code in a note as the day done", () => {
    const c = one([
      ["STT", "Nội dung công việc", "Thời hạn", "Tình trạng", "Ghi chú"],
      [1, "Lập hồ sơ thanh toán công trình Nhà văn hóa xóm 7", day("2021-11-15"), "Hoàn thành", "TC 1.4"],
    ]);
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([["Hoàn thành", null]]);
  });
});

describe("a start and an end under one heading", () => {
  it("takes 'Đến ngày' for the deadline, not 'Từ ngày'", () => {
    const c = one(
      [
        ["TT", "Nội dung", "Người phụ trách", "Thời gian", null, "Tình trạng"],
        [null, null, null, "Từ ngày", "Đến ngày", null],
        [1, "Rà soát danh mục TTHC cấp xã theo Quyết định công bố", "TP-HT", "01/3/2021", "15/3/2021", "Đã xong"],
      ],
      { merges: [{ top: 1, left: 4, bottom: 1, right: 5 }] },
    );
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-03-15"]);
  });
});

describe("a task and its steps in two columns", () => {
  it("reads each step as a task under a task merged down over them, with the task's criterion and its words", () => {
    const c = one(
      [
        ["TT", "Nhiệm vụ (theo KH 49)", "Các bước thực hiện", "Người phụ trách", "Hạn", "Tình trạng"],
        [
          1,
          "Niêm yết công khai đầy đủ TTHC tại Bộ phận Một cửa (mục 2.2)",
          "Bước 1: Rà soát danh mục TTHC",
          "TP-HT",
          "15/3/2021",
          "Đã xong",
        ],
        [null, null, "Bước 2: In, thay thế bảng niêm yết", "TP-HT", "31/3/2021", "Đã xong"],
        [null, null, "Bước 3: Cập nhật khi có Quyết định công bố mới", "Một cửa", "31/12/2021", "Đang làm"],
        [2, "Hướng dẫn hồ sơ bằng Phiếu hướng dẫn (mục 2.3)", null, "Một cửa", "31/12/2021", "Đang làm"],
      ],
      { merges: [{ top: 2, left: 2, bottom: 4, right: 2 }] },
    );
    expect(c.tasks.map((t) => [t.content.slice(0, 12), t.code, t.due, t.status])).toEqual([
      ["Bước 1: Rà s", "2.2", "2021-03-15", "Hoàn thành"],
      ["Bước 2: In, ", "2.2", "2021-03-31", "Hoàn thành"],
      ["Bước 3: Cập ", "2.2", "2021-12-31", "Đang thực hiện"],
      ["Hướng dẫn hồ", "2.3", "2021-12-31", "Đang thực hiện"],
    ]);
    expect(c.tasks[1].note).toContain("Nhiệm vụ (theo KH 49): Niêm yết công khai đầy đủ TTHC");
  });

  it("keeps a task written on its own row with its steps below, and steps of the same name under two tasks apart", () => {
    const c = one([
      ["Mã", "Nhiệm vụ", "Bước", "Nội dung bước", "Chủ trì", "Hạn", "Trạng thái", "Ngày xong"],
      ["1.5", "Tăng tỷ lệ văn bản trao đổi dưới dạng điện tử", null, null, "VP-TK", day("2021-12-31"), "Hoàn thành", day("2021-11-30")],
      [null, null, "Bước 1", "Tập huấn sử dụng phần mềm", "VP-TK", day("2021-03-31"), "Hoàn thành", day("2021-03-20")],
      [null, null, "Bước 2", "Số hóa văn bản đi, đến năm 2020-2021", "VP-TK", day("2021-11-30"), "Hoàn thành", day("2021-12-10")],
      ["2.2", "Niêm yết TTHC tại Bộ phận Một cửa", null, null, "Một cửa", day("2021-12-31"), "Đang thực hiện"],
      [null, null, "Bước 1", "Tập huấn sử dụng phần mềm", "Một cửa", day("2021-05-31"), "Chưa thực hiện"],
    ]);
    expect(c.tasks.map((t) => [t.content.slice(0, 16), t.code, t.status])).toEqual([
      ["Tăng tỷ lệ văn b", "1.5", "Hoàn thành"],
      ["Tập huấn sử dụng", "1.5", "Hoàn thành"],
      ["Số hóa văn bản đ", "1.5", "Hoàn thành"],
      ["Niêm yết TTHC tạ", "2.2", "Đang thực hiện"],
      ["Tập huấn sử dụng", "2.2", "Chưa thực hiện"],
    ]);
    // Done on 30/11, before its second step was (10/12): named on the task's row.
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => p.row)).toEqual([2]);
  });
});

describe("a column of details beside each row's own task", () => {
  it("keeps the task as the row's text where no task spans several rows", () => {
    const c = one([
      ["STT", "Nhiệm vụ", "Nội dung chi tiết", "Hạn", "Tình trạng"],
      [1, "Niêm yết TTHC tại Bộ phận Một cửa", "Cập nhật theo QĐ 512/QĐ-UBND", day("2021-08-31"), "Hoàn thành"],
      [2, "Bố trí ghế chờ tại Bộ phận Một cửa", "Mua 10 ghế, 01 quạt", day("2021-11-30"), "Đang thực hiện"],
    ]);
    expect(c.tasks.map((t) => t.content)).toEqual(["Niêm yết TTHC tại Bộ phận Một cửa", "Bố trí ghế chờ tại Bộ phận Một cửa"]);
  });
});

describe("parts written 'a)', 'b)' under a numbered task", () => {
  it("gives each part the task's criterion, and names a task marked done while a part is not", () => {
    const c = one([
      ["STT", "Mã TC", "Nội dung nhiệm vụ / công việc cụ thể", "Người thực hiện", "Hạn hoàn thành", "Tình trạng"],
      [1, "1.1", "Tuyên truyền về các TTHC được cung cấp dịch vụ công trực tuyến", "CC VH-XH", day("2021-11-30"), "Hoàn thành"],
      ["a)", null, "Xây dựng tin, bài tuyên truyền về DVC", "CC VH-XH", day("2021-03-31"), "Hoàn thành"],
      ["b)", null, "Tuyên truyền lưu động tại 06 thôn", "CC VH-XH", day("2021-11-30"), "Đang thực hiện"],
    ]);
    expect(c.tasks.map((t) => t.code)).toEqual(["1.1", "1.1", "1.1"]);
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => p.row)).toEqual([2]);
  });
});

describe("a village head's notebook", () => {
  it("gives the tasks to the village head a 'Xóm trưởng: …' line names", () => {
    const c = one([
      ["VIỆC UBND XÃ GIAO XÓM 5 - NĂM 2021"],
      ["Xóm trưởng: Nguyễn Văn Bình"],
      ["Ngày", "Việc", "Hạn", "Đã làm chưa"],
      ["12/10", "Họp xóm bình xét hộ nghèo, cận nghèo", "20/10/2021", "đã họp 18/10"],
    ]);
    expect(c.tasks.map((t) => t.lead)).toEqual(["Trưởng thôn"]);
  });
});

describe("an office's short name among several in a lead's cell", () => {
  it("keeps 'ĐC' first where it is written first, the others as partners", () => {
    const c = one([
      ["STT", "Nội dung công việc", "Người/đơn vị thực hiện", "Hạn", "Tình trạng"],
      [1, "Hướng dẫn người dân nộp hồ sơ đất đai qua DVC trực tuyến", "ĐC + BP một cửa", day("2021-12-31"), "Đang làm"],
      [2, "Lập hồ sơ thanh toán công trình Nhà văn hóa xóm 7", "ĐC phối hợp TC-KT", day("2021-11-15"), "Xong"],
    ]);
    expect(c.tasks.map((t) => [t.lead, t.partners])).toEqual([
      ["Công chức Địa chính-Xây dựng", "Bộ phận Tiếp nhận và trả kết quả xã"],
      ["Công chức Địa chính-Xây dựng", "Công chức Tài chính-Kế toán"],
    ]);
  });
});

describe("a table of projects' disbursement", () => {
  const table: GridCell[][] = [
    ["TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021"],
    ["STT", "Tên công trình", "KH vốn 2021", "Giải ngân đến 30/9/2021", "Tỷ lệ (%)", "Giải ngân đến 14/12/2021"],
    [1, "Đường GT liên xóm 3-5", 1800, 1250, 69.44, 1620],
    [2, "Nhà văn hóa xóm 7", 950, 600, 63.16, 950],
    ["Tổng cộng", null, 2750, 1850, 67.27, 2570],
  ];

  it("reads each paid column's total over the plan as a rate of its day, and its projects as no tasks", () => {
    const c = one(table);
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator, Math.round((r.value ?? 0) * 100) / 100])).toEqual([
      ["1.4", "2021-09-30", 1850, 2750, 67.27],
      ["1.4", "2021-12-14", 2570, 2750, 93.45],
    ]);
    expect(c.tasks).toEqual([]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED" && p.value === "dòng 3–4")).toHaveLength(1);
  });

  it("adds up the projects where no total row is written", () => {
    const c = one(table.slice(0, 4));
    expect(c.readings.map((r) => [r.numerator, r.denominator])).toEqual([
      [1850, 2750],
      [2570, 2750],
    ]);
  });

  it("keeps projects as tasks where the table tracks their deadlines and states", () => {
    const c = one([
      ["STT", "Công trình/ nhiệm vụ", "KH vốn (tr.đ)", "Giải ngân đến 30/11", "Hạn hoàn thành", "Tình trạng"],
      [1, "Đường GTNT thôn Plei Ơi", 1200, 1100, day("2021-12-31"), "Đang thi công"],
      [2, "Sửa chữa trường mẫu giáo thôn Plei Ơi", 600, 600, day("2021-09-30"), "Đã quyết toán"],
      [null, "Cộng", 1800, 1700],
    ]);
    expect(c.tasks.map((t) => t.content)).toEqual(["Đường GTNT thôn Plei Ơi", "Sửa chữa trường mẫu giáo thôn Plei Ơi"]);
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([["1.4", "2021-11-30", 1700, 1800]]);
  });
});

describe("a district's form filled in an official's own way", () => {
  it("reads a table pasted under the form's example row, the example alone left out", () => {
    const c = one([
      ["STT", "Mã TC/TCTP", "Nội dung nhiệm vụ, giải pháp", "Chủ trì", "Thời hạn hoàn thành", "Tình trạng thực hiện"],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
      ["VD", "1.1", "Ban hành Kế hoạch tuyên truyền CCHC năm 2021", "CC VP-TK", day("2021-03-31"), "Đã hoàn thành"],
      ["TT", "Nội dung công việc", "Người thực hiện", "Thời gian hoàn thành", "Kết quả"],
      [1, "Tuyên truyền DVC mức độ 3,4 trên loa phát thanh (TC 1.1)", "VH-XH", day("2021-09-30"), "Đã xong"],
      [2, "Nâng cấp đường truyền mạng cho Bộ phận Một cửa", "VP-TK", day("2021-11-30"), "Chưa làm"],
    ]);
    expect(c.tasks.map((t) => [t.content.slice(0, 20), t.status])).toEqual([
      ["Tuyên truyền DVC mức", "Hoàn thành"],
      ["Nâng cấp đường truyề", "Chưa thực hiện"],
    ]);
  });

  it("splits every cell written a line per task, an empty line where a task has none", () => {
    const c = one([
      ["STT", "Mã TC", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng", "Tiến độ (%)", "Ngày hoàn thành"],
      [
        1,
        "1.2\n1.3",
        "- Giải quyết hồ sơ TTHC đúng hạn, xin lỗi khi trễ hẹn\n- Rà soát cán bộ, công chức chưa đạt chuẩn",
        "CC VP-TK",
        day("2021-12-31"),
        "- Đang thực hiện\n- Đã hoàn thành",
        "90\n100",
        "\n05/11/2021",
      ],
    ]);
    expect(c.tasks.map((t) => [t.code, t.status, t.progress, t.doneDate])).toEqual([
      ["1.2", "Đang thực hiện", 90, null],
      ["1.3", "Hoàn thành", 100, "2021-11-05"],
    ]);
  });

  it("reads a label alone on its row ('Bổ sung (sau khi trình ký):') as no task", () => {
    const c = one([
      ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng"],
      [1, "Niêm yết công khai TTHC cập nhật theo Quyết định công bố", "BP TN&TKQ", day("2021-09-30"), "Đã HT"],
      [null, "Bổ sung (sau khi trình ký):"],
      [2, "Bổ sung ghế ngồi, biển hiệu hướng dẫn tại Bộ phận Một cửa", "BP TN&TKQ", day("2021-12-31"), "Đang thực hiện"],
    ]);
    expect(c.tasks.map((t) => t.content.slice(0, 18))).toEqual(["Niêm yết công khai", "Bổ sung ghế ngồi, "]);
  });
});

describe("a task no longer to be done", () => {
  it("names a task cancelled, dropped, merged or stopped, and counts none of them", () => {
    const c = one([
      ["STT", "Nội dung công việc", "Chủ trì", "Thời hạn", "Tình trạng", "Ghi chú"],
      [1, "In, phát tờ rơi hướng dẫn nộp hồ sơ trực tuyến", "VH-XH", day("2021-08-31"), "Hủy", null],
      [
        2,
        "Công bố kết quả giải đáp phản ánh trên loa",
        "VP-TK",
        day("2021-09-30"),
        null,
        "Không thực hiện nữa (thay bằng đăng trang TTĐT)",
      ],
      [3, "Viết tin bài tuyên truyền DVC", "VH-XH", day("2021-06-30"), null, "Gộp vào nội dung STT 4"],
      [
        4,
        "Tổ chức Hội nghị đối thoại với người dân",
        "VP-TK",
        day("2021-09-30"),
        null,
        "Không tổ chức - dừng do dịch Covid-19 (CV 98/UBND ngày 02/8/2021)",
      ],
      [5, "Tổ chức hội chợ, quảng bá sản phẩm OCOP", "PCT", day("2021-10-15"), null, "Không tổ chức do dịch"],
    ]);
    // Not held is not cancelled: the fair stays a task not done.
    expect(c.tasks.map((t) => [t.content.slice(0, 16), t.status, t.doneDate])).toEqual([["Tổ chức hội chợ,", "Chưa thực hiện", null]]);
    expect(c.problems.filter((p) => p.code === "TASK_CANCELLED").map((p) => p.row)).toEqual([2, 3, 4, 5]);
    expect(c.problems.some((p) => p.code === "UNKNOWN_STATUS")).toBe(false);
  });

  it("names every task of a sheet of cancelled work, never reading a letter's day as the day done", () => {
    const c = consolidateSheet(
      [
        ["CÁC NHIỆM VỤ HỦY / TẠM DỪNG (không tính vào tỷ lệ hoàn thành)"],
        ["Mã", "Nhiệm vụ", "Chủ trì", "Hạn cũ", "Lý do", "Văn bản"],
        [
          "H01",
          "Tổ chức Hội nghị đối thoại với người dân về giải quyết TTHC",
          "VP-TK",
          day("2021-09-30"),
          "Dịch Covid-19",
          "CV 98/UBND ngày 02/8/2021",
        ],
        ["H02", "Khảo sát hài lòng của người dân bằng phiếu giấy", "BP TN&TKQ", day("2021-11-30"), "Thay bằng phần mềm", "CV 140/UBND"],
      ],
      { sheet: "Hủy - tạm dừng" },
    );
    expect(c.tasks).toEqual([]);
    expect(c.problems.filter((p) => p.code === "TASK_CANCELLED").map((p) => p.row)).toEqual([3, 4]);
  });
});

describe("a deadline moved", () => {
  it("takes the last of the extension columns filled", () => {
    const c = one([
      ["TT", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Gia hạn lần 1", "Gia hạn lần 2", "Kết quả"],
      [1, "Rà soát cán bộ khối Đảng, đoàn thể", "VP-TK", day("2021-10-31"), day("2021-11-30"), null, "Hoàn thành"],
      [
        2,
        "Cử 02 cán bộ, 02 công chức đi bồi dưỡng chức danh",
        "VP-TK",
        day("2021-11-30"),
        day("2021-12-31"),
        day("2022-03-31"),
        "Chưa thực hiện",
      ],
    ]);
    expect(c.tasks.map((t) => [t.due, t.verdict])).toEqual([
      ["2021-11-30", "Đúng hạn"],
      ["2022-03-31", "Chưa đến hạn"],
    ]);
  });

  it("reads the latest extension a note, the deadline's own cell or a note on it gives", () => {
    const c = one(
      [
        ["STT", "Nội dung công việc", "Thời hạn", "Tình trạng", "Ghi chú"],
        [
          1,
          "Hoàn thiện hồ sơ thanh quyết toán công trình đường GTNT thôn 3",
          day("2021-06-30"),
          "Đang thực hiện",
          "Gia hạn lần 1 đến 31/8/2021 (TB 41/TB-UBND); gia hạn lần 2 đến 30/10/2021 (CV 112/UBND)",
        ],
        [2, "Lắp đặt máy lấy số thứ tự tại Bộ phận Một cửa", "14/12/2021 → lùi đến 20/12/2021", "Đang thực hiện", null],
        [3, "Lắp đặt thêm ghế chờ, quạt tại Bộ phận Một cửa", day("2021-08-15"), "Đang thực hiện", null],
        [4, "Đường GTNT thôn 5", "30-09-2021", "Đang thi công", "Điều chỉnh thời gian thực hiện đến 15-12-2021 (QĐ 215/QĐ-UBND)"],
      ],
      { comments: { "4:3": "Gia hạn đến 15/9/2021 do chậm kinh phí (CT đồng ý tại giao ban 09/8)" } },
    );
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-10-30", "2021-12-20", "2021-09-15", "2021-12-15"]);
  });
});

describe("a form's table of figures whose numbering row writes each rate as a ratio", () => {
  it("pairs each rate with the columns its formula names, never the counts beside it by guess", () => {
    const c = one(
      [
        ["SỐ LIỆU TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2021"],
        [
          "Kỳ",
          "Hồ sơ tiếp nhận",
          null,
          "Hồ sơ đã giải quyết",
          null,
          "Tỷ lệ giải quyết đúng hạn (%) – TCTP 1.2",
          "Tỷ lệ HS trực tuyến (%) – TC 1.1",
        ],
        [null, "Tổng số", "Trong đó trực tuyến", "Tổng số", "Trước hạn và đúng hạn"],
        ["A", "(1)", "(2)", "(3)", "(4)", "(6)=(4)/(3)", "(7)=(2)/(1)"],
        ["Quý I", 307, 85, 301, 298, 0.99, 0.28],
        ["Quý II", 330, 101, 320, 318, 0.99, 0.31],
      ],
      {
        merges: [
          { top: 2, left: 2, bottom: 2, right: 3 },
          { top: 2, left: 4, bottom: 2, right: 5 },
        ],
      },
    );
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([
      ["1.1", "2021-03-31", 85, 307],
      ["1.1", "2021-06-30", 101, 330],
      ["1.2", "2021-03-31", 298, 301],
      ["1.2", "2021-06-30", 318, 320],
    ]);
    expect(c.tasks).toEqual([]);
  });
});

describe("a target missed, and the office's reminder beside it", () => {
  it("reads 'Đến 30/9 đạt 58,6%, chưa đạt' as under way, never done because the remark says 'Đã nhắc'", () => {
    const c = one([
      ["STT", "Nội dung kết luận, giao nhiệm vụ", "Đơn vị/người thực hiện", "Thời hạn", "Kết quả thực hiện", "Đôn đốc/Ghi chú"],
      [
        1,
        "Tập trung giải ngân vốn đầu tư công đạt tối thiểu 60% kế hoạch",
        "CC TC-KT",
        day("2021-09-30"),
        "Đến 30/9 đạt 58,6%, chưa đạt",
        "Đã nhắc tại giao ban T10",
      ],
    ]);
    expect(c.tasks.map((t) => [t.status, t.progress, t.verdict])).toEqual([["Đang thực hiện", 58.6, "Quá hạn"]]);
  });
});

describe("sets 85 and 86: a police notebook, a retyped page, a criterion's parts marked '-'", () => {
  it("reads 'KQ' as the result, 'Người TH' as the lead, 'Tổ CA' as the police, 'Tuần 1 T12' as December's first week", () => {
    const c = one([
      ["Nội dung", "Người TH", "Hạn", "KQ"],
      ["Thu thập, cập nhật thông tin dân cư vào CSDL quốc gia", "Tổ CA", "30/6", "Xong 28/6"],
      ["Kiểm tra hiện trường đường trục xã, đôn đốc nhà thầu", "CC ĐC-XD", "Tuần 1 T12", "Đang làm"],
    ]);
    expect(c.tasks.map((t) => [t.lead, t.due, t.status, t.doneDate])).toEqual([
      ["Trưởng Công an xã", "2021-06-30", "Hoàn thành", "2021-06-28"],
      ["Công chức Địa chính-Xây dựng", "2021-12-07", "Đang thực hiện", null],
    ]);
  });

  it("keeps a row numbered as text above a header printed again after a page break", () => {
    const c = one([
      ["TT", "Nội dung công việc", "Thời gian thực hiện", "Kết quả"],
      ["1", "Phối hợp lập hồ sơ thanh toán công trình đường đal", "30/06/2021", "Hoàn thành"],
      ["2", "Giải quyết hồ sơ đất đai đúng hạn, hạn chế hồ sơ trễ hẹn", "Năm 2021", "Đã giải quyết 57/65 hồ sơ; trễ hạn 05 hồ sơ"],
      ["- 1 -"],
      ["TT", "Nội dung công việc", "Thời gian thực hiện", "Kết quả"],
      ["3", "Thực hiện xin lỗi người dân đối với hồ sơ trễ hẹn", "15-10-2021", "hoàn thành 100 %"],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([2, 3, 6]);
  });

  it("reads '-' in the code column as a part under its criterion's row, never a code", () => {
    const c = one([
      ["Mã", "Nội dung nhiệm vụ, giải pháp", "Chủ trì", "Thời gian hoàn thành", "Tình hình thực hiện"],
      ["1.2", "TCTP “Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn”"],
      ["-", "Thực hiện xin lỗi người dân, tổ chức khi để xảy ra trễ hẹn", "CC VP-TK", "Trong năm 2021", "Hoàn thành"],
    ]);
    expect(c.tasks.map((t) => t.code)).toEqual(["1.2"]);
    expect(c.problems.some((p) => p.code === "UNKNOWN_CRITERION")).toBe(false);
  });
});

describe("a survey's results by what was asked about, under a title naming its year", () => {
  it("reads each row as its aspect's rate, its counts the answers named so, dated by the year as it stands", () => {
    const c = one([
      ["KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2021"],
      [],
      ["STT", "Yếu tố đánh giá", "Số phiếu trả lời", "Số phiếu hài lòng, rất hài lòng", "Tỷ lệ hài lòng năm 2021 (%)"],
      [1, "Tiếp cận dịch vụ", 110, 101, 91.82],
      [2, "Thủ tục hành chính", 110, 104, 94.55],
    ]);
    expect(c.tasks).toEqual([]);
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([
      ["2.1", "2021-12-15", 101, 110],
      ["2.2", "2021-12-15", 104, 110],
    ]);
  });
});

describe("a task's state written per quarter across the columns", () => {
  it("takes the latest quarter written, the earlier ones kept in Ghi chú", () => {
    const c = one(
      [
        ["Mã", "Nội dung nhiệm vụ", "Chủ trì", "Thời gian hoàn thành", "Tình hình thực hiện năm 2021", null, null, null],
        [null, null, null, null, "Quý I", "Quý II", "Quý III", "Quý IV"],
        [
          "1.1",
          "Tuyên truyền trên loa phát thanh về DVC mức độ 3, 4",
          "CC VH-XH",
          "Trong năm 2021",
          null,
          null,
          "Hoàn thành",
          "Đang thực hiện",
        ],
        ["1.1", "BP một cửa hướng dẫn sử dụng DVC trực tuyến", "BP một cửa", "Trong năm 2021", null, null, "Đang thực hiện", "Hoàn thành"],
      ],
      { merges: [{ top: 1, left: 5, bottom: 1, right: 8 }] },
    );
    expect(c.tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Hoàn thành"]);
    expect(c.tasks[0].note).toContain("Quý III: Hoàn thành");
  });
});

describe("words that only look like a cancellation once their marks are gone", () => {
  it("keeps 'Đúng hạn', 'Dũng phụ trách', 'Hủy bỏ 3 TTHC …' and a sheet named 'Tâm Dũng' as tasks", () => {
    const c = one(
      [
        ["STT", "Nội dung công việc", "Thời hạn", "Tình trạng", "Ghi chú"],
        [1, "Niêm yết TTHC tại Bộ phận Một cửa", day("2021-09-30"), "Đúng hạn", null],
        [2, "Rà soát TTHC rườm rà, kiến nghị bãi bỏ", day("2021-10-31"), "Hủy bỏ 3 TTHC đã xong", null],
        [3, "Số hóa hồ sơ hộ tịch", day("2021-12-31"), "Đang thực hiện", "Dũng phụ trách"],
      ],
      { sheet: "Tâm Dũng" },
    );
    expect(c.tasks.map((t) => t.source.row)).toEqual([2, 3, 4]);
    expect(c.problems.some((p) => p.code === "TASK_CANCELLED")).toBe(false);
  });
});

describe("a group's number alone in the code column over its criteria", () => {
  it("reads '1 | Tập trung khắc phục …' over '1.1 | …' as the group, never a task", () => {
    const c = one([
      ["Mã", "Nội dung nhiệm vụ, giải pháp", "Chủ trì", "Thời gian hoàn thành", "Tình hình thực hiện"],
      ["1", "Tập trung khắc phục, cải thiện các tiêu chí còn hạn chế"],
      ["1.1", "Tiêu chí “Thực hiện kế hoạch CCHC”"],
      ["-", "Tuyên truyền trên loa phát thanh về DVC mức độ 3, 4", "CC VH-XH", "Trong năm 2021", "Đang thực hiện"],
    ]);
    expect(c.tasks.map((t) => [t.code, t.content.slice(0, 20)])).toEqual([["1.1", "Tuyên truyền trên lo"]]);
  });
});

describe("a row of a form's table of figures that names no period", () => {
  it("is named in Kiểm tra, never dropped unsaid", () => {
    const c = one([
      ["Kỳ", "Tiếp nhận", "Đã giải quyết", "Đúng hạn", "Tỷ lệ đúng hạn – TCTP 1.2"],
      ["A", "(1)", "(2)", "(3)", "(4)=(3)/(2)"],
      ["Quý I", 307, 301, 298, 0.99],
      ["Lũy kế", 307, 301, 298, 0.99],
    ]);
    expect(c.readings.map((r) => [r.code, r.date])).toEqual([["1.2", "2021-03-31"]]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => [p.row, p.value])).toEqual([[4, "Lũy kế"]]);
  });
});
