import { IsoDate } from "../../src/core/dates/isoDate";
import { GridCell } from "../../src/core/import/grid";
import { consolidate } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

// The classes blind sets 72-74 found: a Central Highlands commune, workbooks carried across years,
// results written in prose inside a tracker's cells.
const day = (iso: string): GridCell => ({ date: iso as IsoDate });

const one = consolidateSheet;

describe("a share with a decimal comma in a sentence", () => {
  it("reads '80,9%' as 80.9, never as 9", () => {
    const c = one([
      ["STT", "Nội dung", "Chủ trì", "Hạn", "Tình hình thực hiện"],
      [1, "Tham mưu giải ngân vốn đầu tư công", "TC-KT", day("2022-01-31"), "Đang thực hiện – giải ngân đạt 80,9%"],
      [2, "Đẩy nhanh giải ngân kênh mương nội đồng", "TC-KT", day("2021-12-30"), "Đang thực hiện, mới giải ngân 68,4%"],
    ]);
    expect(c.tasks.map((t) => [t.status, t.progress])).toEqual([
      ["Đang thực hiện", 80.9],
      ["Đang thực hiện", 68.4],
    ]);
  });
});

describe("a field written again in a column added later", () => {
  const c = one([
    [
      "STT",
      "Nội dung",
      "Bộ phận thực hiện",
      "Thời hạn",
      "Tiến độ",
      "Tình trạng",
      "Tiến độ (cập nhật 11/2021)",
      "Tình trạng (cập nhật 11/2021)",
    ],
    [1, "Rà soát, kiến nghị đơn giản hóa TTHC", "VP-TK", day("2021-09-30"), "30%", "Đang thực hiện", 1, "Hoàn thành"],
    [2, "Xây dựng bộ biểu mẫu hướng dẫn người dân", "VP-TK", day("2021-12-31"), "40%", "Đang thực hiện", null, null],
    [3, "Thông báo hẹn lại thời gian trả kết quả", "VP-TK", day("2021-11-30"), "0%", "Chưa thực hiện", 0.5, "Đang thực hiện"],
  ]);

  it("reads the newer column where a row fills it, and the older one where it is empty", () => {
    expect(c.tasks.map((t) => [t.status, t.progress])).toEqual([
      ["Hoàn thành", 100],
      ["Đang thực hiện", 40],
      ["Đang thực hiện", 50],
    ]);
  });

  it("keeps the older values in Ghi chú under their own headings, and names the pair once per column", () => {
    expect(c.tasks[0].note).toContain("Tình trạng: Đang thực hiện");
    expect(c.problems.filter((p) => p.code === "UPDATED_COLUMN").map((p) => p.column)).toEqual(["G", "H"]);
    expect(c.problems.some((p) => p.code === "UNMAPPED_COLUMN")).toBe(false);
  });

  it("takes the later of two dated result columns, and the earlier where the later is empty", () => {
    const d = one([
      ["TT", "Nội dung công việc", "Mã TC", "Thời hạn", "Kết quả đến 30/9", "Kết quả đến 30/11"],
      [1, "Kiểm tra tiến độ thi công tại thực địa", "1.4", "Hàng tháng", "Đã kiểm tra 3 lần", "Đã kiểm tra 5 lần, lập 2 biên bản"],
      [2, "Hoàn thiện hồ sơ quyết toán công trình", "1.4", day("2021-12-31"), "Được 30%", "Được 80%"],
      [
        3,
        "Rà soát, đề xuất đơn giản hóa TTHC đất đai",
        "2.2",
        day("2021-10-30"),
        "Đang rà soát",
        "Đã hoàn thành, gửi báo cáo ngày 29/10/2021",
      ],
      [4, "Lập danh mục TTHC đủ điều kiện DVC mức độ 3, 4", "1.1", day("2021-09-30"), "Hoàn thành", null],
    ]);
    expect(d.tasks.slice(1).map((t) => [t.status, t.progress])).toEqual([
      ["Đang thực hiện", 80],
      ["Hoàn thành", 100],
      ["Hoàn thành", 100],
    ]);
    // Said once, under the heading it was written under.
    expect(d.tasks[3].note).toContain("Kết quả đến 30/9: Hoàn thành");
    expect(d.tasks[3].note).not.toContain("Kết quả đến 30/11: Hoàn thành");
  });
});

describe("a status as the office knew it beside the official's own word", () => {
  it("takes 'Tự đánh giá' where the official filled it, the office's view where not", () => {
    const c = one([
      [
        "TT",
        "Nội dung nhiệm vụ",
        "Chủ trì",
        "Thời hạn",
        "Tình trạng (theo VP nắm được)",
        "Kết quả thực hiện (cập nhật 13/12)",
        "Tự đánh giá",
      ],
      [1, "Tuyên truyền trên loa phát thanh xã về dịch vụ công", "VH-XH", day("2021-12-31"), "Đang thực hiện", "Đã phát 5/8 đợt", null],
      [
        2,
        "Tuyên truyền, nêu gương điển hình tiên tiến về CCHC",
        "VH-XH",
        day("2021-12-31"),
        "Chưa thực hiện",
        "Đã đăng 3 tin bài",
        "Hoàn thành",
      ],
    ]);
    expect(c.tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Hoàn thành"]);
    expect(c.tasks[1].note).toContain("Tình trạng (theo VP nắm được): Chưa thực hiện");
  });
});

describe("a criterion in brackets opening the task's text", () => {
  it("is the task's criterion, not a suggestion", () => {
    const c = one([
      ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
      [1, "(2.4) Lấy phiếu khảo sát sự hài lòng của người dân năm 2021", "VP-TK", day("2021-11-15")],
      [2, "Rà soát thủ tục hành chính [2.2]", "VP-TK", day("2021-11-15")],
    ]);
    expect(c.tasks.map((t) => [t.code, t.codeSuggested ?? false])).toEqual([
      ["2.4", false],
      ["2.2", false],
    ]);
  });
});

describe("how far the work is, said in a result with no status column", () => {
  const c = one([
    ["STT", "Nhiệm vụ", "Hạn", "Kết quả thực hiện", "Mức độ hoàn thành (%)"],
    [1, "Đường giao thông nông thôn thôn 2", day("2021-11-30"), "Khối lượng đạt khoảng 70%, dự kiến hoàn thành 25/12/2021", null],
    [2, "Xây dựng bộ biểu mẫu hồ sơ mẫu", day("2021-11-15"), "gần xong", null],
    [3, "Sử dụng phần mềm một cửa điện tử", day("2021-12-31"), "Đang thực hiện, được 60%", null],
    [4, "Niêm yết công khai TTHC", day("2021-10-30"), "Đã niêm yết 128 TTHC", 100],
  ]);

  it("reads 'khối lượng đạt khoảng 70%' and 'được 60%' as the share done, and 'gần xong' as under way", () => {
    expect(c.tasks.map((t) => [t.status, t.progress])).toEqual([
      ["Đang thực hiện", 70],
      ["Đang thực hiện", null],
      ["Đang thực hiện", 60],
      ["Hoàn thành", 100],
    ]);
  });
});

describe("work written as done in part", () => {
  const c = one([
    ["STT", "Nội dung", "Chủ trì", "Hạn", "Đã làm được gì"],
    [1, "Cử công chức chưa đạt chuẩn đi học lớp bồi dưỡng", "VP-TK", day("2021-11-30"), "Đã cử 02 CC; 02 CB chưa có lớp"],
    [2, "In, phát tờ rơi hướng dẫn nộp hồ sơ trực tuyến", "VH-XH", day("2021-11-15"), "Đã in 500 tờ, phát được 300 tờ (60%)"],
    [3, "Bổ sung ghế ngồi, biển hướng dẫn khu vực chờ", "BP Một cửa", day("2021-11-30"), "Đã mua 10 ghế; biển hướng dẫn chưa làm"],
    [4, "Niêm yết công khai TTHC tại Bộ phận một cửa", "BP Một cửa", day("2021-10-30"), "Đã niêm yết 128 TTHC, không có sai sót"],
  ]);

  it("is under way, with the share a count in brackets gives", () => {
    expect(c.tasks.map((t) => [t.status, t.progress])).toEqual([
      ["Đang thực hiện", null],
      ["Đang thực hiện", 60],
      ["Đang thực hiện", null],
      ["Hoàn thành", 100],
    ]);
  });
});

describe("an extension asked for in a note", () => {
  const c = one([
    ["STT", "Nội dung", "Chủ trì", "Hạn", "Kết quả", "Tồn tại, kiến nghị"],
    [1, "Bổ sung biển hướng dẫn khu vực chờ", "BP Một cửa", day("2021-11-30"), "Chưa làm - xin gia hạn đến 30/12/2021", null],
    [2, "Số hóa sổ hộ tịch", "TP-HT", day("2021-11-30"), "Đang thực hiện", "Đề nghị chuyển sang quý I/2022"],
    [3, "Số hóa kết quả giải quyết TTHC", "VP-TK", day("2021-11-30"), "Đang làm, đã được Chủ tịch đồng ý gia hạn đến 31/12/2021", null],
  ]);

  it("keeps the deadline and names the request where no agreement is written", () => {
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-11-30", "2021-11-30", "2021-12-31"]);
    expect(c.problems.filter((p) => p.code === "EXTENSION_ASKED").map((p) => [p.row, p.column, p.value])).toEqual([
      [2, "E", "xin gia hạn đến 30/12/2021"],
      [3, "F", "Đề nghị chuyển sang quý I/2022"],
    ]);
  });
});

describe("a rate's line among tasks", () => {
  const c = one(
    [
      ["Tiêu chí 1.3 - Tỷ lệ đạt chuẩn của cán bộ cấp xã"],
      ["Việc cần làm", "Ai làm", "Xong trước", "Đã làm được gì"],
      ["Rà soát trình độ chuyên môn của 23 CB, CC", "VP-TK", day("2021-08-31"), "Xong"],
      ["Cập nhật hồ sơ, văn bằng vào phần mềm", "VP-TK", day("2021-12-15"), "được 18/23 hồ sơ"],
      [null, null, null, null],
      ["Tỷ lệ CB, CC đạt chuẩn", null, "Đến 30/11/2021", "21/23 = 91,3%"],
      ["Nâng tỷ lệ hồ sơ trực tuyến", "VP-TK", day("2021-12-31"), "Đạt 40%"],
    ],
    { sheet: "1.3 Đạt chuẩn" },
  );

  it("is a reading of the sheet's criterion, not a task; work to raise a rate stays a task", () => {
    expect(c.tasks.map((t) => t.content)).toEqual([
      "Rà soát trình độ chuyên môn của 23 CB, CC",
      "Cập nhật hồ sơ, văn bằng vào phần mềm",
      "Nâng tỷ lệ hồ sơ trực tuyến",
    ]);
    expect(c.readings.map((x) => [x.code, x.date, Math.round((x.value ?? 0) * 10) / 10])).toEqual([["1.3", "2021-11-30", 91.3]]);
  });
});

describe("a task table turned on its side, its steps named in the row above", () => {
  const c = one([
    ["TIẾN ĐỘ KHẢO SÁT SIPAS QUÝ IV/2021"],
    [null],
    ["Bước", "Bước 1", "Bước 2", "Bước 3"],
    ["Nội dung", "Xây dựng kế hoạch khảo sát, chọn mẫu", "In, phát phiếu khảo sát cho người dân", "Tổng hợp, phân tích kết quả khảo sát"],
    ["Hạn", day("2021-10-15"), day("2021-11-30"), day("2021-12-20")],
    ["Thực tế xong", day("2021-10-13"), day("2021-12-02"), null],
    ["Tình trạng", "Xong", "Xong (chậm 2 ngày)", "Đang làm"],
    ["%", 100, 100, 60],
    ["Phối hợp", "VP-TK", "BP một cửa", "VP-TK"],
  ]);

  it("reads a task per column, never a task per label", () => {
    // All named at the content's row: in the order of their deadlines.
    const byDue = [...c.tasks].sort((a, b) => String(a.due).localeCompare(String(b.due)));
    expect(byDue.map((t) => [t.content, t.due, t.status, t.doneDate, t.progress])).toEqual([
      ["Xây dựng kế hoạch khảo sát, chọn mẫu", "2021-10-15", "Hoàn thành", "2021-10-13", 100],
      ["In, phát phiếu khảo sát cho người dân", "2021-11-30", "Hoàn thành", "2021-12-02", 100],
      ["Tổng hợp, phân tích kết quả khảo sát", "2021-12-20", "Đang thực hiện", null, 60],
    ]);
  });
});

describe("a village head's numbered list, the number in a cell of its own", () => {
  const c = one(
    [
      ["Làng Đê Kôp - việc UBND xã giao (Trưởng làng Đinh Blen)"],
      ["Số hộ: 186 hộ / 912 khẩu"],
      [null],
      ["1.", "Họp dân phổ biến số điện thoại đường dây nóng lãnh đạo xã - đã họp ngày 12/10/2021"],
      ["2.", "Vận động 2 hộ còn vướng nhường đất làm đường bê tông - trước 30/11 - chưa xong, còn 1 hộ"],
      ["3.", "Thống kê người dân có điện thoại thông minh - cuối tháng 12 - chưa làm"],
      [null],
      [null, "Ngày 10/12/2021"],
      [null, "Đinh Blen"],
    ],
    { sheet: "Việc làng" },
  );

  it("reads each line as a task, its parts as deadline and state, led by the village head the title names", () => {
    expect(c.tasks.map((t) => [t.content, t.lead, t.due, t.status, t.doneDate])).toEqual([
      // No deadline on the line, its criterion only suggested: none (the plan's would be drawn from a guess).
      ["Họp dân phổ biến số điện thoại đường dây nóng lãnh đạo xã", "Trưởng thôn", null, "Hoàn thành", "2021-10-12"],
      ["Vận động 2 hộ còn vướng nhường đất làm đường bê tông", "Trưởng thôn", "2021-11-30", "Đang thực hiện", null],
      ["Thống kê người dân có điện thoại thông minh", "Trưởng thôn", "2021-12-31", "Chưa thực hiện", null],
    ]);
  });

  it("never takes the signature's day and name for tasks, nor the line for its own result", () => {
    expect(c.tasks.some((t) => /Đinh Blen|10\/12/.test(t.content))).toBe(false);
    expect(c.tasks[1].note).not.toContain("Vận động 2 hộ");
  });
});

describe("the one-stop desk shortened with its digit", () => {
  it("reads 'BP1C' and 'BP 1 cửa' as the desk, beside another office", () => {
    const c = one([
      ["STT", "Nội dung", "Chủ trì", "Hạn"],
      [1, "Niêm yết công khai TTHC tại Bộ phận một cửa", "BP1C + VHXH", day("2021-10-30")],
      [2, "Cập nhật sổ theo dõi hồ sơ", "BP 1 cửa", day("2021-11-30")],
    ]);
    expect(c.tasks.map((t) => [t.lead, t.partners])).toEqual([
      ["Bộ phận Tiếp nhận và trả kết quả xã", "Công chức Văn hóa-Xã hội"],
      ["Bộ phận Tiếp nhận và trả kết quả xã", ""],
    ]);
  });
});

describe("a workbook's instructions and its template's samples", () => {
  const head = ["TT", "Nhiệm vụ", "Tiêu chí", "Chủ trì", "Hạn", "Tình trạng", "%"];
  const c = consolidate(
    [
      {
        file: "so.xlsx",
        ok: true,
        grids: [
          gridOf(
            [
              ["HƯỚNG DẪN GHI BẢNG THEO DÕI"],
              ['1. Mỗi nhiệm vụ ghi một dòng ở sheet "Theo dõi 2021"; không gộp nhiều nhiệm vụ.'],
              ['2. Cột "Tiêu chí" ghi mã tiêu chí theo Kế hoạch 49/KH-UBND.'],
              ['3. Cột "%" ghi tỷ lệ khối lượng đã làm được.'],
            ],
            { sheet: "Hướng dẫn" },
          ),
          gridOf(
            [
              ["MẪU BẢNG THEO DÕI NHIỆM VỤ"],
              head,
              [1, "Tuyên truyền dịch vụ công mức độ 3, 4 trên loa (ví dụ)", "1.1", "CC VH-XH", day("2021-06-30"), "Đang thực hiện", 50],
            ],
            { sheet: "Mẫu" },
          ),
          gridOf([head, [1, "Hướng dẫn người dân nộp hồ sơ trực tuyến tại quầy", "1.1", "BP Một cửa", "Cả năm", "Đang thực hiện", 70]], {
            sheet: "Theo dõi 2021",
          }),
        ],
      },
    ],
    BUILTIN_PLAN,
    "2021-12-15" as IsoDate,
  );

  it("reads neither the rules nor the sample as tasks, and names both", () => {
    expect(c.tasks.map((t) => [t.source.sheet, t.content])).toEqual([
      ["Theo dõi 2021", "Hướng dẫn người dân nộp hồ sơ trực tuyến tại quầy"],
    ]);
    expect(c.problems.filter((p) => p.code === "SHEET_SKIPPED" || p.code === "ROW_SKIPPED").map((p) => [p.code, p.sheet])).toEqual([
      ["SHEET_SKIPPED", "Hướng dẫn"],
      ["ROW_SKIPPED", "Mẫu"],
    ]);
  });

  it("takes 'Cả năm' for the year's last day", () => {
    expect(c.tasks[0].due).toBe("2021-12-31");
  });
});

describe("a handover record", () => {
  const c = one(
    [
      ["BIÊN BẢN BÀN GIAO CÔNG VIỆC"],
      ["STT", "Nội dung bàn giao", "Tình hình thực hiện đến ngày bàn giao", "Thời hạn", "Hồ sơ kèm theo"],
      ["A. CÔNG VIỆC ĐANG GIẢI QUYẾT"],
      [
        1,
        "Theo dõi, đôn đốc nhà thầu thi công kênh mương nội đồng thôn 5",
        "Đang thi công, khối lượng đạt khoảng 40%",
        day("2022-01-15"),
        "Nhật ký công trình",
      ],
      [2, "Giải quyết hồ sơ cấp GCN QSDĐ của hộ ông Trần Văn Nam", "Đã trình UBND huyện ngày 20/9/2021, chờ kết quả", null, "01 bộ hồ sơ"],
      ["B. HỒ SƠ, TÀI LIỆU"],
      [1, "Sổ theo dõi cấp phép xây dựng năm 2019-2021", "01 quyển"],
      ["C. TÀI SẢN, TRANG THIẾT BỊ"],
      [1, "Máy vi tính để bàn Dell Vostro", "01 bộ, hoạt động tốt"],
      [null],
      [null, "BÊN GIAO", "BÊN NHẬN", null, "NGƯỜI CHỨNG KIẾN"],
      [null, "Nguyễn Văn Hùng", "Phạm Quốc Bảo", null, "Lê Văn Tâm"],
    ],
    { sheet: "Bàn giao" },
  );

  it("reads the work handed over, never the records, the equipment or the signatures", () => {
    expect(c.tasks.map((t) => [t.content.split(" ").slice(0, 3).join(" "), t.status, t.progress])).toEqual([
      ["Theo dõi, đôn", "Đang thực hiện", 40],
      ["Giải quyết hồ", "Đang thực hiện", null],
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([6, 8]);
  });
});

describe("a print-ready report sheet copying the tracking sheet", () => {
  const tracking = gridOf(
    [
      ["BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH 49/KH-UBND"],
      ["Mã NV", "Nội dung", "Chủ trì", "Thời hạn", "Tiến độ (%)", "Trạng thái"],
      ["1.1. Tiêu chí Thực hiện kế hoạch CCHC"],
      ["NV01", "Tập huấn cho CBCC sử dụng phần mềm dịch vụ công trực tuyến", "VH-XH", day("2021-06-30"), 100, "Hoàn thành"],
      ["NV02", "Hỗ trợ người dân tạo tài khoản dịch vụ công quốc gia", "BP TN&TKQ", day("2021-12-31"), 70, "Đang thực hiện"],
      ["1.7. Mức độ thực hiện các chỉ tiêu KT-XH"],
      ["NV03", "Rà soát 18 chỉ tiêu KT-XH, báo cáo ước thực hiện năm", "VP-TK", day("2021-12-05"), 60, "Đang thực hiện"],
    ],
    { sheet: "Theo dõi" },
  );
  const report = gridOf(
    [
      ["PHỤ LỤC: TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 49/KH-UBND"],
      ["STT", "Nội dung", "Chủ trì", "Tiến độ", "Trạng thái"],
      [1, "Tập huấn cho CBCC sử dụng phần mềm dịch vụ công trực tuyến", "VH-XH", 100, "Hoàn thành"],
      [2, "Hỗ trợ người dân tạo tài khoản dịch vụ công quốc gia", "BP TN&TKQ", 70, "Đang thực hiện"],
      [3, "Rà soát 18 chỉ tiêu KT-XH, báo cáo ước thực hiện năm", "VP-TK", 60, "Đang thực hiện"],
    ],
    { sheet: "Báo cáo" },
  );
  const c = consolidate([{ file: "so.xlsx", ok: true, grids: [tracking, report] }], BUILTIN_PLAN, "2021-12-15" as IsoDate);

  it("reads the tracking sheet's rows once, with their deadlines, and names the copy", () => {
    const tasks = [...c.tasks].sort((a, b) => a.source.row - b.source.row);
    expect(tasks.map((t) => [t.source.sheet, t.code, t.due])).toEqual([
      ["Theo dõi", "1.1", "2021-06-30"],
      ["Theo dõi", "1.1", "2021-12-31"],
      ["Theo dõi", "1.7", "2021-12-05"],
    ]);
    expect(c.problems.filter((p) => p.code === "SHEET_SKIPPED").map((p) => [p.sheet, p.value])).toEqual([["Báo cáo", "Theo dõi"]]);
  });

  it("still reads a task typed only into the report, and says so", () => {
    const works = Array.from({ length: 10 }, (_, i) => `Rà soát thủ tục hành chính lĩnh vực số ${i + 1} tại Bộ phận một cửa`);
    const source = gridOf(
      [["Nội dung", "Chủ trì", "Thời hạn", "Trạng thái"], ...works.map((w) => [w, "VP-TK", day("2021-12-31"), "Đang thực hiện"])],
      { sheet: "Theo dõi" },
    );
    const copy = gridOf(
      [
        ["BÁO CÁO TIẾN ĐỘ"],
        ["Nội dung", "Chủ trì", "Trạng thái"],
        ...works.map((w) => [w, "VP-TK", "Đang thực hiện"]),
        ["Lập sổ góp ý, hòm thư góp ý tại Bộ phận một cửa", "VP-TK", "Hoàn thành"],
      ],
      { sheet: "Báo cáo" },
    );
    const d = consolidate([{ file: "so.xlsx", ok: true, grids: [source, copy] }], BUILTIN_PLAN, "2021-12-15" as IsoDate);
    expect(d.tasks.filter((t) => t.source.sheet === "Báo cáo").map((t) => t.content)).toEqual([
      "Lập sổ góp ý, hòm thư góp ý tại Bộ phận một cửa",
    ]);
    expect(d.tasks.filter((t) => t.source.sheet === "Theo dõi")).toHaveLength(10);
    expect(d.problems.find((p) => p.code === "SHEET_SKIPPED")?.message).toContain("1 nhiệm vụ chỉ có ở sheet này vẫn được đọc");
  });

  it("never takes the next quarter's sheet, with its deadlines and a column fewer, for a copy", () => {
    const q3 = gridOf(
      [
        ["Nội dung", "Chủ trì", "Thời hạn", "Trạng thái", "Ghi chú"],
        ["Tập huấn cho CBCC sử dụng phần mềm dịch vụ công", "VH-XH", day("2021-12-31"), "Đang thực hiện", "đợt 1"],
        ["Hỗ trợ người dân tạo tài khoản dịch vụ công quốc gia", "BP TN&TKQ", day("2021-12-31"), "Đang thực hiện", null],
        ["Rà soát 18 chỉ tiêu KT-XH, báo cáo ước thực hiện năm", "VP-TK", day("2021-12-05"), "Chưa thực hiện", null],
      ],
      { sheet: "Quý III" },
    );
    const q4 = gridOf(
      [
        ["Nội dung", "Chủ trì", "Thời hạn", "Trạng thái"],
        ["Tập huấn cho CBCC sử dụng phần mềm dịch vụ công", "VH-XH", day("2021-12-31"), "Hoàn thành"],
        ["Hỗ trợ người dân tạo tài khoản dịch vụ công quốc gia", "BP TN&TKQ", day("2021-12-31"), "Đang thực hiện"],
        ["Rà soát 18 chỉ tiêu KT-XH, báo cáo ước thực hiện năm", "VP-TK", day("2021-12-05"), "Hoàn thành"],
      ],
      { sheet: "Quý IV" },
    );
    const d = consolidate([{ file: "so.xlsx", ok: true, grids: [q3, q4] }], BUILTIN_PLAN, "2021-12-15" as IsoDate);
    expect(d.problems.some((p) => p.code === "SHEET_SKIPPED")).toBe(false);
    // The later sheet's rows stand.
    expect(d.tasks.map((t) => [t.source.sheet, t.status]).sort()).toEqual([
      ["Quý IV", "Hoàn thành"],
      ["Quý IV", "Hoàn thành"],
      ["Quý IV", "Đang thực hiện"],
    ]);
  });

  it("takes 'Mã NV' (NV01) for the task's own number, never a criterion, and keeps it in Ghi chú", () => {
    expect(c.problems.some((p) => p.code === "UNKNOWN_CRITERION")).toBe(false);
    expect(c.tasks.map((t) => t.note.split("; ")[0]).sort()).toEqual(["Mã NV: NV01", "Mã NV: NV02", "Mã NV: NV03"]);
  });
});

describe("a disbursement table by cut-off dates under a title's standing day", () => {
  const c = one(
    [
      ["BIỂU THEO DÕI GIẢI NGÂN KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2021 (TC 1.4)"],
      ["(Số liệu đến ngày 14/12/2021)"],
      ["TT", "Tên công trình", "KH vốn 2021", "Đến 30/9/2021", null, "Đến 30/11/2021", null],
      [null, null, null, "Giải ngân", "Tỷ lệ (%)", "Giải ngân", "Tỷ lệ (%)"],
      [1, "Nhà văn hóa thôn Đông", 1200, 900, 75, 1150, 95.83],
      [2, "Kênh tưới tiêu nội đồng thôn Nam", 500, 180.5, 36.1, 350, 70],
      [null, "Cộng", 1700, 1080.5, 63.56, 1500, 88.24],
      [null],
      ["Ghi chú: Tiêu chí 1.4 - KH 58/KH-UBND: đến 30/9/2021 giải ngân tối thiểu 60%, đến 31/01/2022 đạt 100% kế hoạch vốn giao."],
    ],
    {
      sheet: "Giải ngân",
      merges: [
        { top: 3, left: 4, bottom: 3, right: 5 },
        { top: 3, left: 6, bottom: 3, right: 7 },
      ],
    },
  );

  it("dates each block's figures by its own cut-off day, never the title's", () => {
    expect(c.readings.map((x) => [x.date, x.numerator, x.denominator])).toEqual([
      ["2021-09-30", 1080.5, 1700],
      ["2021-11-30", 1500, 1700],
    ]);
  });
});

describe("a year kept in month blocks stacked down one sheet", () => {
  const head = ["Nội dung", "Thời hạn", "Kết quả"];
  const c = one(
    [
      ["CÔNG CHỨC TƯ PHÁP – HỘ TỊCH: THEO DÕI NHIỆM VỤ VÀ HỒ SƠ NĂM 2021"],
      [null],
      ["Tháng 10/2021"],
      head,
      ["Niêm yết công khai TTHC lĩnh vực hộ tịch", "20/10/2021", "Hoàn thành 15/10"],
      ["Hồ sơ hộ tịch tiếp nhận", 48],
      ["Giải quyết đúng hạn", 48],
      ["Trễ hạn", "-"],
      [null],
      ["Tháng 11/2021"],
      head,
      ["Gửi thư xin lỗi công dân có hồ sơ trễ hạn", "25/11/2021", "Đã gửi 22/11"],
      ["Hồ sơ hộ tịch tiếp nhận", 52],
      ["Giải quyết đúng hạn", 51],
      ["Trễ hạn", 1],
      [null],
      ["Tháng 12/2021"],
      head,
      ["Số hóa sổ hộ tịch", "31/12/2021", "Đạt 60%"],
    ],
    { sheet: "2021" },
  );

  it("reads each block's tasks, never its month's line or its counts as tasks", () => {
    expect(c.tasks.map((t) => [t.source.row, t.status])).toEqual([
      [5, "Hoàn thành"],
      [12, "Hoàn thành"],
      [19, "Đang thực hiện"],
    ]);
  });

  it("names each block's counts once, with their figures", () => {
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => [p.row, p.value])).toEqual([
      [6, "Hồ sơ hộ tịch tiếp nhận: 48; Giải quyết đúng hạn: 48; Trễ hạn: -"],
      [13, "Hồ sơ hộ tịch tiếp nhận: 52; Giải quyết đúng hạn: 51; Trễ hạn: 1"],
    ]);
  });

  it("dates a block's figures by its own month's line", () => {
    const d = one(
      [
        ["Tháng 10/2021"],
        ["Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ (%)"],
        ["1.2", 48, 48, 100],
        [null],
        ["Tháng 11/2021"],
        ["Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ (%)"],
        ["1.2", 51, 52, 98.08],
      ],
      { sheet: "Số liệu" },
    );
    expect(d.readings.map((x) => [x.code, x.date])).toEqual([
      ["1.2", "2021-10-31"],
      ["1.2", "2021-11-30"],
    ]);
  });
});

describe("a meeting's minutes beside the sheet tracking the work given at it", () => {
  const minutes = gridOf(
    [
      ["BIÊN BẢN HỌP GIAO BAN UBND XÃ THÁNG 10/2021"],
      ["Thời gian: 8h00 ngày 04/10/2021. Chủ trì: đ/c Chủ tịch UBND xã."],
      ["Nội dung:"],
      ["1. Giao công chức Văn phòng-Thống kê tham mưu văn bản chấn chỉnh kỷ luật tại Bộ phận Một cửa, hoàn thành trước ngày 15/10/2021."],
      ["2. Giao công chức Tư pháp-Hộ tịch rà soát, đề xuất đơn giản hóa TTHC rườm rà, báo cáo trước 30/10/2021."],
    ],
    { sheet: "Biên bản giao ban" },
  );
  const tracked = gridOf(
    [
      ["Cuộc họp", "Nội dung giao", "Người thực hiện", "Hạn", "Đã thực hiện?"],
      ["GB T10", "Tham mưu văn bản chấn chỉnh kỷ luật, kỷ cương tại BP Một cửa", "VP-TK", day("2021-10-15"), "Rồi"],
      ["GB T10", "Rà soát, đề xuất đơn giản hóa TTHC rườm rà, phức tạp", "TP-HT", day("2021-10-30"), "Chưa"],
      ["GB T10", "Đôn đốc giải ngân vốn đầu tư công đạt 100% kế hoạch", "PCT UBND", day("2022-01-31"), "Đang"],
    ],
    { sheet: "Việc được giao" },
  );

  it("reads the tracked work once, and names the minutes as where it came from", () => {
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [minutes, tracked] }], BUILTIN_PLAN, "2021-12-15" as IsoDate);
    expect(new Set(c.tasks.map((t) => t.source.sheet))).toEqual(new Set(["Việc được giao"]));
    expect(c.problems.filter((p) => p.sheet === "Biên bản giao ban").map((p) => [p.code, p.value])).toEqual([
      ["SHEET_SKIPPED", "Việc được giao"],
    ]);
  });

  it("still reads minutes alone in their workbook as the work given", () => {
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [minutes] }], BUILTIN_PLAN, "2021-12-15" as IsoDate);
    expect(c.tasks.length).toBe(2);
  });
});

describe("a tick with the day beside it", () => {
  it("reads '✔ 12/11' in a 'Xong?' column as done on that day", () => {
    const c = one([
      ["#", "Việc", "Hạn chót", "Xong?", "Ghi chú"],
      [1, "Lập hồ sơ thanh toán khối lượng đợt 2 công trình kè", day("2021-11-15"), "✔ 12/11", null],
      [2, "Trình UBND xã điều chuyển vốn công trình cấp nước", day("2021-12-10"), "✘", "chờ ý kiến Phòng TC-KH"],
      [3, "Quyết toán công trình sửa chữa trụ sở", day("2021-11-30"), "✔ 29/11", null],
    ]);
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([
      ["Hoàn thành", "2021-11-12"],
      ["Chưa thực hiện", null],
      ["Hoàn thành", "2021-11-29"],
    ]);
    expect(c.problems.some((p) => p.code === "UNKNOWN_STATUS")).toBe(false);
  });
});

describe("a card per task, its labels with no colon", () => {
  it("reads each card as a task, never a label as one", () => {
    const c = one(
      [
        ["Huỳnh Văn Sơn – theo dõi nhiệm vụ CCHC năm 2021"],
        [null],
        ["NHIỆM VỤ 1"],
        ["Nội dung", "Phối hợp nghiệm thu từng phần công trình kè chống sạt lở để giải ngân"],
        ["Thời hạn", day("2021-11-30")],
        ["Tình trạng", "Đang làm (đạt khoảng 70%)"],
        ["Kết quả / vướng mắc", "Đã nghiệm thu 2/3 đoạn"],
        [null],
        ["NHIỆM VỤ 2"],
        ["Nội dung", "Rà soát, kiến nghị đơn giản hóa thành phần hồ sơ cấp GCN QSDĐ"],
        ["Thời hạn", "31-10-2021"],
        ["Tình trạng", "Hoàn thành"],
        ["Ngày hoàn thành", "27/10/2021"],
        ["Kết quả / vướng mắc", "Văn bản kiến nghị số 112/UBND-ĐC"],
      ],
      { sheet: "Nhiệm vụ 2021" },
    );
    expect(c.tasks.map((t) => [t.source.row, t.due, t.status, t.doneDate])).toEqual([
      [4, "2021-11-30", "Đang thực hiện", null],
      [10, "2021-10-31", "Hoàn thành", "2021-10-27"],
    ]);
  });
});

describe("a report typed like a letter in column A", () => {
  it("reads '1/ …' lines as tasks, their '- Thời hạn:' and '- Kết quả:' lines as their fields", () => {
    const c = one([
      ["UBND xã Lại Sơn"],
      ["            BÁO CÁO CÔNG VIỆC CCHC NĂM 2021 (tính đến ngày 13/12)"],
      [null],
      ["1/ Hướng dẫn bà con đăng ký khai sinh, khai tử trực tuyến (DVC mức 4)."],
      ["    - Thời hạn: hết năm 2021"],
      ["    - Kết quả: đã làm được khoảng 70%, nhiều bà con đi biển chưa hướng dẫn được"],
      [null],
      ["2/ Chứng thực bản sao điện tử từ bản chính."],
      ["    - Thời hạn: 30/9/2021"],
      ["    - Kết quả: xong rồi, làm xong ngày 15/9"],
      [null],
      ["3/ Tổ chức Ngày Pháp luật, tuyên truyền pháp luật cho ngư dân"],
      ["    - Thời hạn: 09/11/2021"],
      ["    - Kết quả: chưa làm được do dịch"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.due, t.status, t.progress])).toEqual([
      [4, "2021-12-31", "Đang thực hiện", 70],
      [8, "2021-09-30", "Hoàn thành", 100],
      [12, "2021-11-09", "Chưa thực hiện", 0],
    ]);
  });
});
