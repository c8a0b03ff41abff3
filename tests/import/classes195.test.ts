import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

// Classes left by blind sets 187-194 and found by sets 195-199.

describe("a day written only roughly", () => {
  const c = consolidateSheet([
    ["BẢNG THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
    ["STT", "Nội dung", "Chủ trì", "Hạn", "Kết quả", "Ngày xong"],
    [1, "Rà soát, công bố TTHC thuộc thẩm quyền", "CC Tư pháp", "tầm 15/11", "Đang thực hiện", ""],
    [2, "Tổ chức khảo sát SIPAS", "VP-TK", "khoảng 20/10/2021", "Hoàn thành", "~ 18/10"],
    [3, "Niêm yết công khai TTHC", "VP-TK", "30/9/2021", "Hoàn thành", "28/9/2021"],
  ]);

  it("is read as the day it names", () => {
    expect(c.tasks.map((t) => `${t.due} ${t.doneDate}`)).toEqual(["2021-11-15 null", "2021-10-20 2021-10-18", "2021-09-30 2021-09-28"]);
  });

  it("is named in Kiểm tra, cell by cell, and an exact day is not", () => {
    expect(c.problems.filter((p) => p.code === "DATE_APPROXIMATE").map((p) => `${p.row}${p.column}`)).toEqual(["3D", "4D", "4F"]);
  });
});

describe("who leads, said only in Ghi chú", () => {
  const c = consolidateSheet([
    ["BẢNG THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
    ["STT", "Nội dung", "Người thực hiện", "Hạn", "Kết quả", "Ghi chú"],
    [1, "Niêm yết công khai TTHC", "", "30/3/2021", "Hoàn thành", "Đ/c Lan (VP-TK) phụ trách, xong 28/3"],
    [2, "Tổ chức đối thoại với nhân dân", "", "30/6/2021", "Hoàn thành", "Giao CC Tư pháp - Hộ tịch chủ trì; hoàn thành ngày 25/6/2021"],
    [3, "Cập nhật hồ sơ cư trú", "", "30/11/2021", "Đang thực hiện", "Phối hợp với Công an xã"],
    [4, "Rà soát quy chế làm việc", "P.CT UBND", "30/11/2021", "Đang thực hiện", "Giao CC Tư pháp - Hộ tịch thực hiện"],
  ]);

  it("takes the official the note gives the work to, and says where it came from", () => {
    expect(c.tasks.slice(0, 2).map((t) => t.lead)).toEqual(["Công chức Văn phòng-Thống kê", "Công chức Tư pháp-Hộ tịch"]);
    expect(c.tasks[0].note).toContain("Chủ trì lấy theo Ghi chú: Đ/c Lan (VP-TK) phụ trách");
  });

  it("takes no lead from a note that names only a partner", () => {
    expect(c.tasks[2].lead).toBe("");
  });

  it("keeps the lead the row writes over the note's, and reads 'P.CT' as the vice-chair", () => {
    expect(c.tasks[3].lead).toBe("Phó Chủ tịch Ủy ban nhân dân xã");
  });
});

describe("a total beside the periods it adds up, naming its own period", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ CHỈ SỐ CCHC QUÝ III NĂM 2021"],
    [],
    ["TT", "Chỉ tiêu", "Mã", "Tháng 7", "Tháng 8", "Tháng 9", "Cộng quý III", "Lũy kế 9 tháng", "Cả năm"],
    [1, "Tỷ lệ hồ sơ giải quyết đúng hạn (%)", "1.2", 99.1, 100, 99.5, 99.6, 99.2, null],
    [2, "Tỷ lệ hồ sơ nộp trực tuyến (%)", "1.1", 12, 15, 18, 15.2, 10.4, null],
  ]);
  const of = (code: string) => c.readings.filter((r) => r.code === code).map((r) => `${r.period} ${r.value}`);

  it("is read as that longer period's reading, beside the months'", () => {
    expect(of("1.2")).toEqual(
      expect.arrayContaining(["Tháng 7/2021 99.1", "Tháng 9/2021 99.5", "Quý III/2021 99.6", "9 tháng năm 2021 (lũy kế) 99.2"]),
    );
    expect(of("1.1")).toContain("Quý III/2021 15.2");
  });

  it("is no longer named in Kiểm tra as left out", () => {
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN" && /Cộng quý III/.test(p.value ?? ""))).toEqual([]);
  });
});

describe("a span of months written as a heading", () => {
  it("is no month of a two-digit year", () => {
    const c = consolidateSheet([
      ["SỐ LIỆU HỒ SƠ TTHC NĂM 2021"],
      ["Chỉ tiêu", "Mã", "Tháng 6", "Tháng 7 - 11"],
      ["Tỷ lệ hồ sơ giải quyết đúng hạn (%)", "1.2", 99, 98.6],
    ]);
    expect(c.readings.map((r) => r.period).filter((p) => /2011/.test(p))).toEqual([]);
  });
});

describe("dossier counts by field, a band of columns per quarter, no pending column", () => {
  const c = consolidateSheet(
    [
      ["TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC THEO LĨNH VỰC - NĂM 2021"],
      [],
      ["STT", "Lĩnh vực", "Quý I (15/12/2020 - 14/3/2021)", null, null, null, null, "Quý II (15/3 - 14/6/2021)"],
      [
        null,
        null,
        "TN trực tuyến",
        "TN trực tiếp",
        "Trước hạn",
        "Đúng hạn",
        "Quá hạn",
        "TN trực tuyến",
        "TN trực tiếp",
        "Trước hạn",
        "Đúng hạn",
        "Quá hạn",
      ],
      [1, "Hộ tịch", 5, 40, 30, 14, 0, 8, 38, 28, 17, 0],
      [2, "Chứng thực", 0, 85, 80, 5, 0, 2, 90, 85, 6, 0],
      [null, "Tổng cộng", 5, 125, 110, 19, 0, 10, 128, 113, 23, 0],
      [null, "Tỷ lệ giải quyết đúng hạn (1.2)", "100%", null, null, null, null, "100%"],
    ],
    {
      merges: [
        { top: 3, left: 3, bottom: 3, right: 7 },
        { top: 3, left: 8, bottom: 3, right: 12 },
        { top: 3, left: 1, bottom: 4, right: 1 },
        { top: 3, left: 2, bottom: 4, right: 2 },
      ],
    },
  );
  const records = (c.dossiers ?? []).map((d) => `${d.field} ${d.from}–${d.to} ${d.online}/${d.inPerson} ${d.early}/${d.onTime}/${d.late}`);

  it("is a record per field and quarter, over the days each band's heading gives", () => {
    expect(records).toEqual([
      "Hộ tịch 2020-12-15–2021-03-14 5/40 30/14/0",
      "Chứng thực 2020-12-15–2021-03-14 0/85 80/5/0",
      "Hộ tịch 2021-03-15–2021-06-14 8/38 28/17/0",
      "Chứng thực 2021-03-15–2021-06-14 2/90 85/6/0",
    ]);
  });

  it("says the table writes no pending dossiers, and finds no mismatch in those received and not yet resolved", () => {
    expect(c.problems.some((p) => p.code === "DOSSIER_COUNT_DERIVED" && p.message.includes("đang giải quyết"))).toBe(true);
    expect(c.problems.filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH")).toEqual([]);
  });

  it("makes no field of the rate row under the total", () => {
    expect((c.dossiers ?? []).some((d) => d.field.startsWith("Tỷ lệ"))).toBe(false);
  });
});

describe("the built-in plan read back from the master a re-run writes into", () => {
  it("is named as the default plan, as on the first run", () => {
    const readBack = JSON.parse(JSON.stringify(BUILTIN_PLAN)) as typeof BUILTIN_PLAN;
    const grid = gridOf([
      ["Mã", "Nội dung", "Chủ trì", "Hạn"],
      ["9.9", "Rà soát quy chế làm việc", "VP-TK", "30/11/2021"],
    ]);
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [grid] }], readBack, "2021-12-15" as IsoDate);
    expect(c.problems.find((p) => p.code === "UNKNOWN_CRITERION")?.message).toContain("kế hoạch mặc định");
  });
});

describe("a list of work written as sentences, code and deadline inside, no diacritics", () => {
  const c = consolidateSheet([
    ["BAO CAO TIEN DO THUC HIEN KH 49 NAM 2021"],
    [],
    ["STT", "Noi dung cong viec", "Ghi chu"],
    [1, "1.4 - Phoi hop kiem tra hien truong du an duong be tong thon 3, han 15/10/2021", "Da xong 12/10/2021"],
    [2, "1.4 - Hoan thien ho so quyet toan nha van hoa thon 5 truoc 30/11/2021", "Dang lam, dat 50%"],
    [3, "1.7 - Rà soát các chỉ tiêu KT-XH HĐND xã giao (hạn: 31/11/2021)", "Dang thuc hien"],
  ]);

  it("takes the code opening the sentence before a dash", () => {
    expect(c.tasks.map((t) => t.code)).toEqual(["1.4", "1.4", "1.7"]);
  });

  it("takes the deadline the sentence gives after 'han' or 'truoc'", () => {
    expect(c.tasks.slice(0, 2).map((t) => t.due)).toEqual(["2021-10-15", "2021-11-30"]);
  });

  it("keeps a deadline that is no real day as written, names it, and puts no plan deadline in its place", () => {
    expect([c.tasks[2].due, c.tasks[2].dueText]).toEqual([null, "31/11/2021"]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => `${p.row}${p.column}`)).toEqual(["6B"]);
  });
});

describe("a column of days done headed short, 'Đã HT ngày', and no status column", () => {
  const c = consolidateSheet([
    ["THEO DÕI THỰC HIỆN KẾ HOẠCH 49/KH-UBND (QUÝ IV/2021)"],
    ["STT", "Nhiệm vụ", "TC", "Chủ trì", "Hạn", "Đã HT ngày", "Ghi chú"],
    [1, "Rà soát tổng thể đội ngũ CBCC theo nhóm chức danh", "1.3", "VP-TK", "31/10/2021", "Đã xong (08/11)", null],
    [2, "Công khai kết quả trả lời phản ánh, kiến nghị", "2.5", null, "15/11/2021", "16/11/2021", "Đ/c Hà (CC Tư pháp) phụ trách"],
    [3, "Niêm yết số điện thoại đường dây nóng", "2.5", "VP-TK", "30/09/2021", "31/9", "Hoàn thành 100%"],
  ]);

  it("reads the days done and the work as done", () => {
    expect(c.tasks.map((t) => `${t.status} ${t.doneDate}`)).toEqual(["Hoàn thành 2021-11-08", "Hoàn thành 2021-11-16", "Hoàn thành null"]);
  });

  it("names a day done that does not exist", () => {
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => `${p.row}${p.column} ${p.value}`)).toEqual(["5F 31/9"]);
  });

  it("takes the lead a row's own note names before the one of the row above", () => {
    expect(c.tasks[1].lead).toBe("Công chức Tư pháp-Hộ tịch");
    expect(c.tasks[1].note).toContain("Chủ trì lấy theo Ghi chú");
  });
});

describe("a report's annex: a numbered list of figures under sections naming their criterion", () => {
  const c = consolidateSheet([
    ["PHỤ LỤC: SỐ LIỆU MỘT SỐ CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH QUÝ II/2021"],
    ["(Kèm theo Báo cáo số 35/BC-UBND ngày 16/6/2021 của UBND xã Tân Bình)"],
    ["Số liệu tính đến ngày 14/6/2021"],
    [],
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"],
    ["I", "VĂN BẢN ĐIỆN TỬ (TCTP 1.5)"],
    [1, "Tổng số văn bản đi", "văn bản", 160, "nhầm, tính cả VB nội bộ"],
    [1, "Tổng số văn bản đi", "văn bản", 158],
    [2, "Số văn bản đi gửi dưới dạng điện tử", "văn bản", 150],
    [null, "- Trong đó gửi kèm bản giấy", "văn bản", 8],
    [3, "Tỷ lệ văn bản đi gửi dưới dạng điện tử", "%", 94.9],
    ["II", "ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC (TCTP 1.3)"],
    [4, "Tổng số cán bộ, công chức xã", "người", 23],
    [5, "Số CBCC đạt chuẩn", "người", 20],
    [6, "Tỷ lệ CBCC đạt chuẩn", "%", 87],
  ]);
  const got = c.readings.map((r) => `${r.code} ${r.period} ${r.date} ${r.numerator}/${r.denominator} ${r.value}`);

  it("is a reading per section: its part, its whole and its rate, on the day the figures stand at", () => {
    expect(got.sort()).toEqual(["1.3 Quý II/2021 2021-06-14 20/23 87", "1.5 Quý II/2021 2021-06-14 150/158 94.9"]);
  });

  it("keeps the line written again and the part 'trong đó' in the reading's note", () => {
    const note = c.readings.find((r) => r.code === "1.5")?.note;
    expect(note).toContain("Trong đó gửi kèm bản giấy: 8");
    expect(note).toContain("dòng 7 ghi lại ở dòng 8");
  });

  it("makes no task of the lines", () => {
    expect(c.tasks).toEqual([]);
  });
});

describe("a month's report: a duty roster, then the dossier counts with 'qua DVC' for online, then the tasks", () => {
  const c = consolidateSheet([
    ["BÁO CÁO THÁNG 11/2021"],
    ["1. Lịch trực tiếp nhận hồ sơ"],
    ["Thứ", "Buổi sáng", "Buổi chiều", "Ghi chú"],
    ["Thứ 2", "Đ/c Hạnh (Tư pháp)", "Đ/c Tuấn (Địa chính)"],
    ["Thứ 3", "Đ/c Tuấn", "Đ/c Hạnh"],
    [],
    ["2. Tình hình tiếp nhận, giải quyết hồ sơ (từ 15/10/2021 đến 14/11/2021)"],
    [
      "Lĩnh vực",
      "Tồn kỳ trước",
      "Nhận mới qua DVC",
      "Nhận trực tiếp/BCCI",
      "Giải quyết trước hạn",
      "Giải quyết đúng hạn",
      "Giải quyết trễ hạn",
      "Đang GQ trong hạn",
      "Đang GQ quá hạn",
      "Trả lại/rút HS",
    ],
    ["Tư pháp - Hộ tịch", 1, 6, 30, 20, 15, 1, 1, 0, 0],
    ["Chứng thực", 0, 3, 25, 22, 6, 0, 0, 0, 0],
    ["Cộng", 1, 9, 55, 42, 21, 1, 1, 0, 0],
    [],
    ["3. Việc thực hiện nhiệm vụ theo KH 49/KH-UBND"],
    ["STT", "Tên công việc", "TC", "Phụ trách", "Thời gian hoàn thành", "Tình trạng", "% hoàn thành"],
    [1, "Hướng dẫn người dân nộp hồ sơ trực tuyến tại Bộ phận một cửa", "1.1", "BP TN&TKQ", "31/12/2021", "Đang thực hiện", "70%"],
  ]);

  it("reads the dossier counts, online through the portal", () => {
    expect((c.dossiers ?? []).map((d) => `${d.field} ${d.from}–${d.to} ${d.online}/${d.inPerson}`)).toEqual([
      "Tư pháp - Hộ tịch 2021-10-15–2021-11-14 6/30",
      "Chứng thực 2021-10-15–2021-11-14 3/25",
    ]);
  });

  it("still reads the tasks under them, and makes no task of the roster", () => {
    expect(c.tasks.map((t) => t.code)).toEqual(["1.1"]);
  });
});

describe("tasks beside a small table of figures, periods down without their year, a watcher's line under them", () => {
  const c = consolidateSheet([
    ["KẾ HOẠCH NÂNG CAO TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2021 (TIÊU CHÍ 1.1)"],
    [],
    ["STT", "Việc cần làm", "Người làm", "Hạn", "Tình hình", null, "Kỳ", "Tổng hồ sơ tiếp nhận", "Trong đó trực tuyến"],
    [1, "Phát trên loa truyền thanh xã về DVC mức độ 3, 4", "CC VH-XH", "31/12/2021", "Đang thực hiện", null, "Quý I", 180, 9],
    [2, "In tờ rơi hướng dẫn nộp hồ sơ qua Cổng DVC tỉnh", "VH-XH", "30/10/2021", "Hoàn thành", null, "Quý II", 165, 12],
    [],
    [null, "Người theo dõi: Nguyễn Thị Lan - CC VH-XH"],
  ]);

  it("names each period with the title's year", () => {
    expect(c.readings.map((r) => r.period)).toEqual(["Quý I/2021", "Quý II/2021"]);
  });

  it("makes no task of the watcher's line", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([4, 5]);
  });
});

describe("progress month by month beside the progress so far ('T7 | T8 | T9 | Lũy kế')", () => {
  const c = consolidateSheet(
    [
      ["BIỂU THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 49/KH-UBND QUÝ III NĂM 2021"],
      ["STT", "Nội dung nhiệm vụ", "TC", "Chủ trì", "Thời hạn", "Tiến độ thực hiện (%)", null, null, null, "Ghi chú"],
      [null, null, null, null, null, "T7", "T8", "T9", "Lũy kế"],
      [1, "Tuyên truyền trên loa phát thanh về DVC mức độ 3, 4", "TC 1.1", "CC VH-XH", "31/12/2021", 20, 20, 20, 60],
      [2, "Rà soát đội ngũ CBCC theo nhóm chức danh", "TCTP 1.3", "CC VP-TK", "30/09/2021", 40, 30, 30, 100, "Đã xong ngày 28/9/2021"],
      [3, "Công khai số điện thoại đường dây nóng", "SIPAS 2.5", "CC VP-TK", "31/07/2021", 100, null, null, 100, "Xong 31/9/2021"],
    ],
    {
      merges: [{ top: 2, left: 6, bottom: 2, right: 9 }, ...[1, 2, 3, 4, 5, 10].map((c) => ({ top: 2, left: c, bottom: 3, right: c }))],
    },
  );

  it("takes the progress so far, each month's share said in Ghi chú", () => {
    expect(c.tasks.map((t) => `${t.progress} ${t.status}`)).toEqual(["60 Đang thực hiện", "100 Hoàn thành", "100 Hoàn thành"]);
    expect(c.tasks[0].note).toContain('lấy cột "Lũy kế": 60%');
  });

  it("names a day done in the note that does not exist, and takes none", () => {
    expect(c.tasks[2].doneDate).toBeNull();
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => `${p.row}${p.column} ${p.value}`)).toEqual(["6J 31/9/2021"]);
  });
});

describe("indicators across with a code row, a rate's parts down, a band of them per month", () => {
  const c = consolidateSheet(
    [
      ["BAO CAO SO LIEU CHI SO CCHC THANG 9, 10 NAM 2021"],
      [],
      ["Noi dung", "Thang 9/2021", null, "Thang 10/2021", null, "Ghi chu"],
      [null, "Ho so dung han", "Van ban dien tu", "Ho so dung han", "Van ban dien tu"],
      [null, "(1.2)", "(1.5)", "(1.2)", "(1.5)"],
      ["Chi tieu", "100%", ">= 95%", "100%", ">= 95%"],
      ["Tu so", 52, 118, 54, 118],
      ["Mau so", 52, 121, 55, 122],
      ["Ty le (%)", 100, 97.5, "98,2", 96.7, "T10 VB dien tu dang doi chieu"],
      ["Danh gia", "dat", "dat", "chua dat", "dat"],
    ],
    {
      merges: [
        { top: 3, left: 2, bottom: 3, right: 3 },
        { top: 3, left: 4, bottom: 3, right: 5 },
      ],
    },
  );

  it("is a reading per column: its month, its code, its parts", () => {
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.numerator}/${r.denominator} ${r.value}`).sort()).toEqual([
      "1.2 Tháng 10/2021 54/55 98.2",
      "1.2 Tháng 9/2021 52/52 100",
      "1.5 Tháng 10/2021 118/122 96.7",
      "1.5 Tháng 9/2021 118/121 97.5",
    ]);
  });

  it("keeps the target, the verdict and the row's remark in the note, never as readings", () => {
    const note = c.readings.find((r) => r.code === "1.2" && r.period === "Tháng 10/2021")?.note ?? "";
    expect(note).toContain("Chi tieu: 100%");
    expect(note).toContain("Danh gia: chua dat");
    expect(note).toContain("T10 VB dien tu dang doi chieu");
  });
});

describe("a SIPAS tracker without diacritics: items by their survey number, 'Huy', 'Ket qua (%)'", () => {
  const c = consolidateSheet([
    ["THEO DOI NHIEM VU CAI THIEN CHI SO HAI LONG NAM 2021"],
    ["STT", "Noi dung", "Thuoc chi so", "Nguoi lam", "Han", "Trang thai", "Ket qua (%)"],
    [1, "Tuyen truyen Ngay Phap luat", "SIPAS 1 - Tiep can dich vu", "VH-XH", "30/6/2021", "Huy", null],
    [2, "Phat to roi ve dich vu cong truc tuyen", "SIPAS 5", "VH-XH", "30/6/2021", "Dang lam", 60],
    [3, "Niem yet cong khai TTHC", "SIPAS 2", "VH-XH", "30/6/2021", "Xong", 100],
  ]);

  it("reads 'SIPAS n' as the survey's n-th item, 2.n, and says so", () => {
    expect(c.tasks.map((t) => t.code)).toEqual(["2.5", "2.2"]);
    expect(c.tasks[0].note).toContain('"SIPAS 5" là mục 5 của chỉ số SIPAS');
  });

  it("takes 'Huy' as cancelled, not as a status it cannot read", () => {
    expect(c.problems.filter((p) => p.code === "TASK_CANCELLED").map((p) => p.row)).toEqual([3]);
    expect(c.problems.filter((p) => p.code === "UNKNOWN_STATUS")).toEqual([]);
  });

  it("reads 'Ket qua (%)' as the progress", () => {
    expect(c.tasks.map((t) => t.progress)).toEqual([60, 100]);
  });
});

describe("an annex's list where the part is written 'Trong đó', a count more than the rate needs, and a range", () => {
  const c = consolidateSheet([
    ["SỐ LIỆU KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ CCHC QUÝ III NĂM 2021"],
    ["Số liệu tính đến ngày 14/9/2021"],
    [],
    ["STT", "Nội dung", "ĐVT", "Số liệu", "Ghi chú"],
    ["I", "Tiêu chí 1.1: Tỷ lệ hồ sơ TTHC được xử lý trực tuyến"],
    [1, "Tổng số hồ sơ TTHC tiếp nhận trong kỳ", "hồ sơ", 412],
    [2, "Trong đó: tiếp nhận trực tuyến mức độ 3, 4", "hồ sơ", 57],
    [3, "Tỷ lệ hồ sơ xử lý trực tuyến", "%", "13,8%", "Tăng 5,2% so với quý II"],
    ["II", "Tiêu chí 1.2: Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"],
    [1, "Tổng số hồ sơ đã giải quyết", "hồ sơ", 398],
    [2, "Số hồ sơ giải quyết trước hạn và đúng hạn", "hồ sơ", 391],
    [3, "Số hồ sơ quá hạn", "hồ sơ", 7, "Đã có thư xin lỗi"],
    [4, "Tỷ lệ giải quyết đúng hạn", "%", 98.24],
    ["III", "Tiêu chí thành phần 1.4 - Giải ngân kế hoạch đầu tư vốn NSNN"],
    [1, "Kế hoạch vốn được giao năm 2021", "triệu đồng", "4.250"],
    [2, "Giá trị giải ngân đến 14/9/2021", "triệu đồng", "2.300 - 2.600", "Đang chờ KBNN đối chiếu"],
    [3, "Tỷ lệ giải ngân", "%", null, "chưa tính được"],
  ]);

  it("reads the 'Trong đó' line as the numerator where no other line is one, and a third count as said", () => {
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.date} ${r.numerator}/${r.denominator} ${r.value}`).sort()).toEqual([
      "1.1 Quý III/2021 2021-09-14 57/412 13.8",
      "1.2 Quý III/2021 2021-09-14 391/398 98.24",
    ]);
  });

  it("names the range and reads nothing of its block rather than guess", () => {
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => `${p.row}${p.column} ${p.value}`)).toEqual(["16D 2.300 - 2.600"]);
    expect(c.readings.some((r) => r.code === "1.4")).toBe(false);
  });
});

describe("tasks with their progress month by month under a title of progress, no lead or deadline column", () => {
  const c = consolidateSheet(
    [
      ["BANG THEO DOI TIEN DO NHIEM VU CCHC NAM 2021"],
      ["(tien do tinh theo %; Ca nam = cong don)"],
      ["STT", "Noi dung nhiem vu", "TC", "Quy III", null, null, "Cong Q.III", "Quy IV", null, "Cong Q.IV", "Ca nam (%)", "Ghi chu"],
      [null, null, null, "T7", "T8", "T9", null, "T10", "T11"],
      [1, "Giai quyet ho so dat dai dung han", "1.2", 20, 20, 20, 60, 15, 15, 30, 90, "Chu tri: CC DC-XD; han 31/12/2021"],
      [2, "Ra soat, niem yet cong khai TTHC linh vuc dat dai", "2.2", 0, 50, 50, 100, null, null, null, 100, "Xong ngay 20/9/2021"],
    ],
    {
      merges: [
        { top: 3, left: 4, bottom: 3, right: 6 },
        { top: 3, left: 8, bottom: 3, right: 9 },
        ...[1, 2, 3, 7, 10, 11, 12].map((c) => ({ top: 3, left: c, bottom: 4, right: c })),
      ],
    },
  );

  it("is a task table, each task's progress the year's so far", () => {
    expect(c.readings).toEqual([]);
    expect(c.tasks.map((t) => `${t.code} ${t.progress} ${t.status}`)).toEqual(["1.2 90 Đang thực hiện", "2.2 100 Hoàn thành"]);
  });

  it("takes the deadline the note gives after a semicolon, without diacritics", () => {
    expect(c.tasks[0].due).toBe("2021-12-31");
  });
});

describe("a desk's quarter summary: 'TN | Trong đó DVCTT | GQ đúng hạn | GQ trễ hạn' per quarter band", () => {
  const c = consolidateSheet(
    [
      ["SỐ LIỆU HỒ SƠ TTHC 9 THÁNG NĂM 2021"],
      [],
      ["Lĩnh vực", "Quý I (15/12/2020 - 14/3/2021)", null, null, null, "Quý II (15/3 - 14/6/2021)"],
      [null, "TN", "Trong đó DVCTT", "GQ đúng hạn", "GQ trễ hạn", "TN", "Trong đó DVCTT", "GQ đúng hạn", "GQ trễ hạn"],
      ["Hộ tịch", 120, 8, 115, 1, 135, 15, 130, 0],
      ["Chứng thực", 260, 0, 260, 0, 240, 0, 240, 0],
      ["Tổng", 380, 8, 375, 1, 375, 15, 370, 0],
    ],
    {
      merges: [
        { top: 3, left: 2, bottom: 3, right: 5 },
        { top: 3, left: 6, bottom: 3, right: 9 },
        { top: 3, left: 1, bottom: 4, right: 1 },
      ],
    },
  );

  it("reads a record per field and quarter: the new ones less the online ones came in person", () => {
    expect((c.dossiers ?? []).map((d) => `${d.field} ${d.to} ${d.online}/${d.inPerson} ${d.onTime}/${d.late}`)).toEqual([
      "Hộ tịch 2021-03-14 8/112 115/1",
      "Chứng thực 2021-03-14 0/260 260/0",
      "Hộ tịch 2021-06-14 15/120 130/0",
      "Chứng thực 2021-06-14 0/240 240/0",
    ]);
  });
});

describe("a one-stop software's export: 'Đã xử lý' over the days promised", () => {
  it("reads those resolved early, on time and late", () => {
    const c = consolidateSheet(
      [
        ["BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THEO LĨNH VỰC"],
        ["Từ ngày: 01/10/2021     Đến ngày: 31/10/2021"],
        [
          "STT",
          "Lĩnh vực",
          "Kỳ trước chuyển qua",
          "Tiếp nhận trực tuyến",
          "Tiếp nhận trực tiếp và BCCI",
          "Đã xử lý",
          null,
          null,
          "Đang xử lý",
          null,
          "Trả lại/ Rút HS",
        ],
        [null, null, null, null, null, "Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn"],
        [1, "Hộ tịch", 3, 6, 49, 31, 24, 0, 3, 0, 0],
      ],
      {
        merges: [
          { top: 3, left: 6, bottom: 3, right: 8 },
          { top: 3, left: 9, bottom: 3, right: 10 },
          ...[1, 2, 3, 4, 5, 11].map((col) => ({ top: 3, left: col, bottom: 4, right: col })),
        ],
      },
    );
    expect((c.dossiers ?? []).map((d) => `${d.early}/${d.onTime}/${d.late} ${d.pendingInTime}/${d.pendingOverdue}`)).toEqual([
      "31/24/0 3/0",
    ]);
  });
});

describe("a step done, the end still awaited", () => {
  it("is under way: 'Đã mua, chờ lắp đặt'", () => {
    const c = consolidateSheet([
      ["THEO DÕI NHIỆM VỤ SIPAS NĂM 2021"],
      ["STT", "Nội dung", "Mã TC", "Chủ trì", "Hạn", "Kết quả"],
      [1, "Bổ sung ghế ngồi, bàn viết tại phòng một cửa", "2.1", "VP-TK", "30/11/2021", "Đã mua, chờ lắp đặt"],
      [2, "Gửi báo cáo kết quả tự đánh giá", "2.1", "VP-TK", "30/11/2021", "Đã gửi cho huyện"],
    ]);
    expect(c.tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Hoàn thành"]);
  });
});

describe("a share written as a range in a task's result", () => {
  it("is no progress made of its two numbers, and the work is under way", () => {
    const c = consolidateSheet([
      ["THEO DÕI NHIỆM VỤ NĂM 2021"],
      ["STT", "Nội dung", "Mã TC", "Chủ trì", "Hạn", "Kết quả"],
      [1, "Rà soát quy trình nội bộ giải quyết TTHC", "1.2", "VP-TK", "30/11/2021", "Đạt khoảng 85-90%"],
      [2, "Số hóa hồ sơ hộ tịch", "1.3", "VP-TK", "30/11/2021", "Đang thực hiện, đạt 85,5%"],
    ]);
    expect(c.tasks.map((t) => `${t.status} ${t.progress}`)).toEqual(["Đang thực hiện null", "Đang thực hiện 85.5"]);
  });
});

describe("a row of the days the figures stand at, under the periods across", () => {
  it("dates each column's reading by its own day", () => {
    const c = consolidateSheet([
      ["TỔNG HỢP CÁC CHỈ SỐ VỀ GIẢI QUYẾT TTHC NĂM 2021"],
      [],
      ["Chỉ tiêu", "Quý I", "Quý II", "Quý III", "Quý IV"],
      ["Số liệu tính đến ngày", { date: "2021-03-14" as IsoDate }, { date: "2021-06-14" as IsoDate }, "14/9/2021", "Chưa tổng hợp"],
      ["Tỷ lệ hồ sơ giải quyết đúng hạn (%) - TCTP 1.2", 99.6, 99.1, 100],
      ["Tỷ lệ hồ sơ tiếp nhận trực tuyến (%) - TC 1.1", 2.1, 3.4, 7.2],
    ]);
    expect(c.readings.filter((r) => r.code === "1.2").map((r) => `${r.period} ${r.date} ${r.value}`)).toEqual([
      "Quý I/2021 2021-03-14 99.6",
      "Quý II/2021 2021-06-14 99.1",
      "Quý III/2021 2021-09-14 100",
    ]);
  });
});

describe("cells the figure tables above cannot read with confidence", () => {
  it("names a range among a rate's parts down the rows", () => {
    const c = consolidateSheet([
      ["SỐ LIỆU CHỈ SỐ THÁNG 11 NĂM 2021"],
      [],
      ["Nội dung", "Hồ sơ đúng hạn", "Văn bản điện tử"],
      [null, "(1.2)", "(1.5)"],
      ["Tử số", "52-55", 118],
      ["Mẫu số", 58, 121],
      ["Tỷ lệ (%)", null, 97.5],
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => `${p.row}${p.column} ${p.value}`)).toEqual(["5B 52-55"]);
    expect(c.readings.find((r) => r.code === "1.2")?.numerator ?? null).toBeNull();
  });

  it("names a day that does not exist in a row of the days figures stand at", () => {
    const c = consolidateSheet([
      ["TỔNG HỢP CÁC CHỈ SỐ VỀ GIẢI QUYẾT TTHC NĂM 2021"],
      [],
      ["Chỉ tiêu", "Quý I", "Quý II", "Quý III"],
      ["Số liệu tính đến ngày", "14/3/2021", "14/6/2021", "31/9/2021"],
      ["Tỷ lệ hồ sơ giải quyết đúng hạn (%) - TCTP 1.2", 99.6, 99.1, 100],
      ["Tỷ lệ hồ sơ tiếp nhận trực tuyến (%) - TC 1.1", 2.1, 3.4, 7.2],
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => `${p.row}${p.column} ${p.value}`)).toEqual(["4D 31/9/2021"]);
    expect(c.readings.find((r) => r.code === "1.2" && r.period === "Quý III/2021")?.date).toBe("2021-09-30");
  });
});
