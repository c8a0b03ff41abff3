import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

// Classes found by blind sets 389-391: reports typed in Word and pasted into a sheet, a table of figures among their lines.

describe("a quarter's report with a table of dossiers among its lines and next quarter's work after them", () => {
  const c = consolidateSheet([
    ["ỦY BAN NHÂN DÂN", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["XÃ HÒA AN", null, null, "Độc lập - Tự do - Hạnh phúc"],
    [],
    ["BÁO CÁO"],
    ["Kết quả thực hiện Kế hoạch số 49/KH-UBND quý III năm 2021 (số liệu tính đến ngày 30/9/2021)"],
    [],
    ["I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"],
    ["1. Tiêu chí 1.1 - Thực hiện kế hoạch CCHC"],
    ["- Công chức Văn hóa - Xã hội đã phát 9 buổi tuyên truyền dịch vụ công trực tuyến trên loa phát thanh xã; hoàn thành ngày 24/9/2021."],
    ["- Bộ phận một cửa hướng dẫn người dân nộp hồ sơ trực tuyến: đang thực hiện thường xuyên."],
    ["2. Tiêu chí thành phần 1.2 - Tỷ lệ hồ sơ giải quyết đúng hạn"],
    ["STT", "Lĩnh vực", "Tiếp nhận", "Đúng hạn", "Trễ hạn"],
    [1, "Hộ tịch", 150, 150, 0],
    [2, "Đất đai", 30, 27, 3],
    [null, "Cộng", 180, 177, 3],
    ["- Văn phòng - Thống kê đã nhắc nhở bằng văn bản công chức để hồ sơ trễ hạn (Thông báo số 12/TB-UBND)."],
    ["3. Tiêu chí thành phần 1.4 - Giải ngân vốn đầu tư công"],
    ["- Ngày 14/9/2021, Chủ tịch UBND xã họp với các nhà thầu đôn đốc đẩy nhanh tiến độ thi công."],
    ["4. Các chỉ số hài lòng (SIPAS)"],
    ["- Niêm yết công khai đầy đủ 118 TTHC tại Bộ phận một cửa (TC 2.2): đã xong."],
    [],
    ["II. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2021"],
    ["1. Tiếp tục tuyên truyền dịch vụ công trực tuyến (TC 1.1), phấn đấu tỷ lệ hồ sơ trực tuyến trên 20%."],
    ["2. Cử 02 công chức chưa đạt chuẩn đi bồi dưỡng trong tháng 11/2021 (TC 1.3)."],
    [],
    ["Nơi nhận:", null, null, "TM. ỦY BAN NHÂN DÂN"],
    ["- Phòng Nội vụ huyện;", null, null, "CHỦ TỊCH"],
    ["- Lưu: VT."],
  ]);
  const task = (row: number) => c.tasks.find((t) => t.source.row === row);

  it("reads the lines before the table, after it and under next quarter's heading as tasks", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [9, "1.1"],
      [10, "1.1"],
      [16, "1.2"],
      [18, "1.4"],
      [20, "2.2"],
      [23, "1.1"],
      [24, "1.3"],
    ]);
  });

  it("reads the table among the lines as the criterion's figures", () => {
    const reading = c.readings.find((x) => x.source.row === 15);
    expect([reading?.code, reading?.numerator, reading?.denominator]).toEqual(["1.2", 177, 180]);
  });

  it("keeps an office named with a spaced dash in the task's words", () => {
    expect(task(9)?.content).toMatch(/^Công chức Văn hóa - Xã hội đã phát 9 buổi/);
    expect(task(16)?.content).toMatch(/^Văn phòng - Thống kê đã nhắc nhở/);
  });

  it("reads a line opening with its day under the results' heading as done that day", () => {
    expect([task(18)?.status, task(18)?.doneDate]).toEqual(["Hoàn thành", "2021-09-14"]);
  });

  it("reads a next quarter's line with only its code beside it as a task, not the heading of nothing", () => {
    expect([task(23)?.status, task(24)?.due]).toEqual(["Chưa thực hiện", "2021-11-30"]);
  });

  it("reads a part's heading over bulleted lines as no task", () => {
    expect(task(19)).toBeUndefined();
  });
});

describe("a quick report of disbursement: a table of works, then the work done and the next period's, a signature block", () => {
  const c = consolidateSheet([
    ["UBND XÃ HÒA AN"],
    ["BỘ PHẬN TÀI CHÍNH - KẾ TOÁN"],
    [],
    ["BÁO CÁO NHANH TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021"],
    [null, "(Tính đến ngày 15/11/2021)"],
    [],
    ["1. Tổng kế hoạch vốn giao: 5.000 triệu đồng; đã giải ngân: 3.900 triệu đồng, đạt 78%."],
    ["STT", "Công trình", "KH vốn (tr.đ)", "Giải ngân (tr.đ)", "Tỷ lệ"],
    [1, "Đường GTNT thôn 4", 3000, 2500, "83,3%"],
    [2, "Trường mầm non", 2000, 1400, "70%"],
    ["Tổng", null, 5000, 3900, "78%"],
    ["2. Các việc đã làm:"],
    ["- Ngày 03/11/2021, Chủ tịch UBND xã chủ trì họp đôn đốc các nhà thầu, yêu cầu hoàn thành nghiệm thu trước 30/11/2021."],
    ["- Hoàn thiện hồ sơ thanh toán khối lượng đợt 2 công trình trường mầm non: đang thực hiện (khoảng 40%), hạn 25/11/2021."],
    ["3. Khó khăn: giá vật liệu tăng, mưa kéo dài làm chậm thi công."],
    ["4. Nhiệm vụ từ nay đến 31/01/2022: giải ngân hết 100% kế hoạch vốn được giao."],
    [],
    ["Người lập biểu", null, "Kế toán", null, "Chủ tịch UBND xã"],
    [],
    ["Lê Văn Bình", null, "Lê Văn Bình", null, "Trần Minh Quang"],
  ]);
  const task = (row: number) => c.tasks.find((t) => t.source.row === row);

  it("reads the lines under the work done and the next period's line as tasks, the signature block being no table", () => {
    expect(c.tasks.map((t) => t.source.row).sort((a, b) => a - b)).toEqual([13, 14, 16]);
  });

  it("reads a line under 'Các việc đã làm' that says nothing of how it stands as done, on the day it opens with", () => {
    expect([task(13)?.status, task(13)?.doneDate]).toEqual(["Hoàn thành", "2021-11-03"]);
    expect(task(13)?.note).toContain('theo mục "Các việc đã làm"');
  });

  it("keeps a line's own state under that heading", () => {
    expect([task(14)?.status, task(14)?.progress, task(14)?.due]).toEqual(["Đang thực hiện", 40, "2021-11-25"]);
  });

  it("reads 'Nhiệm vụ từ nay đến …:' as the work after it, due that day", () => {
    expect([task(16)?.content, task(16)?.due, task(16)?.status]).toEqual([
      "giải ngân hết 100% kế hoạch vốn được giao",
      "2022-01-31",
      "Chưa thực hiện",
    ]);
  });

  it("still reads the table's total as the criterion's figure", () => {
    expect(c.readings.some((x) => x.code === "1.4" && x.numerator === 3900 && x.denominator === 5000)).toBe(true);
  });
});

describe("a satisfaction report: lines under each aspect, the survey's table, next month's work after it", () => {
  const c = consolidateSheet([
    ["UBND XÃ HÒA AN", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["BỘ PHẬN TN&TKQ"],
    [],
    ["BÁO CÁO"],
    ["Tiến độ thực hiện các giải pháp nâng cao mức độ hài lòng (SIPAS) tháng 11 năm 2021"],
    [],
    ["1. Về tiếp cận dịch vụ tại Bộ phận một cửa:"],
    ["+ Đã bố trí thêm 08 ghế chờ, 01 máy lấy số tự động tại Bộ phận một cửa (hoàn thành 12/11/2021)."],
    ["+ Lắp đặt biển chỉ dẫn vị trí Bộ phận một cửa tại cổng UBND xã: đang làm, dự kiến xong trước 10/12/2021."],
    ["2. Về tiếp nhận, xử lý phản ánh, kiến nghị (chỉ số 2.5):"],
    ["+ Bố trí hòm thư góp ý tại Bộ phận một cửa: chưa thực hiện, chờ kinh phí."],
    [],
    ["3. Kết quả lấy phiếu khảo sát tháng 11/2021 (từ 01/11 đến 25/11/2021):"],
    ["Nội dung đánh giá", null, "Số phiếu hài lòng", "Tổng số phiếu", "Tỷ lệ"],
    ["Tiếp cận dịch vụ", null, 66, 75, "88%"],
    ["Tổ chức giải quyết TTHC", null, 70, 75, "93,3%"],
    ["Công chức giải quyết TTHC", null, 72, 75, "96%"],
    [],
    ["4. Nhiệm vụ tháng 12/2021: Tổ chức lấy phiếu đánh giá sự hài lòng quý IV (chỉ số 2.4), xong trước ngày 20/12/2021."],
    [],
    [null, null, "NGƯỜI BÁO CÁO"],
  ]);

  it("reads the bulleted lines as tasks and the survey's rows as a reading each", () => {
    expect(c.tasks.map((t) => t.source.row).filter((r) => r < 12)).toEqual([8, 9, 11]);
    expect(
      c.readings
        .filter((x) => x.source.row >= 15 && x.source.row <= 17)
        .map((x) => [x.code, x.numerator, x.denominator])
        .sort(),
    ).toEqual([
      ["2.1", 66, 75],
      ["2.2", 70, 75],
      ["2.3", 72, 75],
    ]);
  });
});

describe("a task table with a few figures' lines under it", () => {
  const c = consolidateSheet([
    ["TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND"],
    [],
    ["1. Các nhiệm vụ đã triển khai"],
    ["TT", "Nội dung", "Chủ trì", "Thời hạn", "Tiến độ"],
    [1, "Rà soát, công bố danh mục TTHC", "CC Văn phòng - Thống kê", "30/10/2021", "Đã xong"],
    [2, "Tuyên truyền dịch vụ công trực tuyến", "CC Văn hóa - Xã hội", "31/12/2021", "Đang làm"],
    [],
    ["2. Một số chỉ số"],
    ["- Tỷ lệ hồ sơ giải quyết đúng hạn tháng 10/2021: 97/98 hồ sơ, đạt 98,98%."],
    ["- Tỷ lệ văn bản đi dưới dạng điện tử tháng 10/2021: 45/50 văn bản."],
    ["- Tăng trưởng GRDP ước 10 tháng năm 2021: 6,2% (cùng kỳ năm 2020: 5,8%)."],
  ]);

  it("reads the table's tasks and no heading or figure line as a task", () => {
    expect(c.tasks.map((t) => t.source.row).sort((a, b) => a - b)).toEqual([5, 6]);
  });
});

describe("a report's table headed 'Tiêu chí / nhiệm vụ | Kết quả thực hiện | Đề xuất, kiến nghị', its closing sentence under it", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 49/KH-UBND NĂM 2021"],
    [],
    ["TT", "Tiêu chí / nhiệm vụ", "Kết quả thực hiện", "Đề xuất, kiến nghị"],
    [
      1,
      "TC 1.4: Đôn đốc chủ đầu tư đẩy nhanh tiến độ thi công, thanh toán vốn (Chủ tịch UBND xã chủ trì, hạn 31/01/2022)",
      "Đang thực hiện. Đến ngày 30/11/2021 giải ngân được 3.250/4.100 triệu đồng.",
      "Đề nghị huyện sớm phân bổ vốn bổ sung",
    ],
    [
      2,
      "TC 1.7: Triển khai các chỉ tiêu KT-XH theo Nghị quyết của HĐND xã (Chủ tịch UBND xã chủ trì, hạn 31/12/2021)",
      "Đang thực hiện.",
      null,
    ],
    [
      3,
      "TC 2.1: Cung cấp đầy đủ thông tin về Bộ phận một cửa cho người dân (VP-TK chủ trì, hạn 31/10/2021)",
      "Hoàn thành ngày 05/10/2021.",
      null,
    ],
    [
      4,
      "TC 1.6: Quảng bá sản phẩm OCOP của xã (CC Nông nghiệp chủ trì, hạn 31/12/2021)",
      "Chưa triển khai do dịch Covid-19.",
      "Lùi sang Quý I/2022",
    ],
    [],
    [null, "Trên đây là báo cáo kết quả thực hiện Kế hoạch số 49/KH-UBND của UBND xã./."],
  ]);

  it("reads the tasks from the column naming them, the proposals into Ghi chú, the closing sentence as no task", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.content.slice(0, 10)]).sort()).toEqual([
      [4, "1.4", "TC 1.4: Đô"],
      [5, "1.7", "TC 1.7: Tr"],
      [6, "2.1", "TC 2.1: Cu"],
      [7, "1.6", "TC 1.6: Qu"],
    ]);
  });
});

describe("a survey's table turned on its side: the criteria across, 'Số phiếu hợp lệ', 'Số phiếu hài lòng', 'Tỷ lệ hài lòng (%)' down", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG THÁNG 11/2021"],
    [],
    ["Nội dung", "2.1 Tiếp cận dịch vụ", "2.2 Thủ tục hành chính", "2.3 Công chức", "2.4 Kết quả giải quyết"],
    ["Số phiếu hợp lệ", 90, 90, 90, 90],
    ["Số phiếu hài lòng", 80, 84, 87, 85],
    ["Tỷ lệ hài lòng (%)", 88.89, 93.33, 96.67, 94.44],
  ]);

  it("reads a reading per criterion with its counts, and no measure's row as a task", () => {
    expect(c.tasks).toEqual([]);
    expect(c.readings.map((x) => [x.code, x.numerator, x.denominator]).sort()).toEqual([
      ["2.1", 80, 90],
      ["2.2", 84, 90],
      ["2.3", 87, 90],
      ["2.4", 85, 90],
    ]);
  });
});

describe("a report's lines opening with how their work stands, under no heading of work done", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH QUÝ IV NĂM 2021"],
    [],
    ["1. Tiêu chí 1.3 - Bồi dưỡng cán bộ, công chức"],
    ["- Đã tổ chức Hội nghị tập huấn kỹ năng giao tiếp cho công chức một cửa vào ngày 22/11/2021."],
    ["- Đang triển khai cập nhật hồ sơ cán bộ, công chức trên phần mềm quản lý, tiến độ khoảng 40%."],
    ["- Chưa cử được công chức đi bồi dưỡng chức danh do thiếu kinh phí."],
  ]);
  const task = (row: number) => c.tasks.find((t) => t.source.row === row);

  it("reads each line's state from its opening words, the day and the share in them", () => {
    expect([task(4)?.status, task(4)?.doneDate]).toEqual(["Hoàn thành", "2021-11-22"]);
    expect([task(5)?.status, task(5)?.progress]).toEqual(["Đang thực hiện", 40]);
    expect(task(6)?.status).toBe("Chưa thực hiện");
    expect(task(6)?.stateUnwritten).toBeFalsy();
  });
});

describe("a report read as two views, its tables and its lines", () => {
  it("tells each of its cells once: the title, the headings and the signature in both views by the lines' only", () => {
    const rows: GridCell[][] = [
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 49/KH-UBND QUÝ III NĂM 2021"],
      ["I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"],
      ["1. Tiêu chí 1.1 - Thực hiện kế hoạch CCHC"],
      ["- Công chức Văn hóa - Xã hội đã phát 9 buổi tuyên truyền trên loa phát thanh xã; hoàn thành ngày 24/9/2021."],
      ["- Bộ phận một cửa hướng dẫn người dân nộp hồ sơ trực tuyến: đang thực hiện thường xuyên."],
      ["2. Tiêu chí thành phần 1.2 - Tỷ lệ hồ sơ giải quyết đúng hạn"],
      ["STT", "Lĩnh vực", "Tiếp nhận", "Đúng hạn", "Trễ hạn"],
      [1, "Hộ tịch", 150, 150, 0],
      [null, "Cộng", 150, 150, 0],
      ["- Văn phòng - Thống kê đã rà soát quy trình tiếp nhận hồ sơ tại Bộ phận một cửa."],
      ["II. NHIỆM VỤ QUÝ IV/2021"],
      ["1. Cử 02 công chức chưa đạt chuẩn đi bồi dưỡng trong tháng 11/2021 (TC 1.3)."],
      [null, null, "NGƯỜI BÁO CÁO"],
      [null, null, "Lê Văn Bình"],
    ];
    const told = new Map<string, number>();
    consolidate([{ file: "so.xlsx", ok: true, grids: [gridOf(rows)] }], BUILTIN_PLAN, "2021-12-15" as IsoDate, {
      account: (_file, _sheet, row, col) => told.set(`${row}:${col}`, (told.get(`${row}:${col}`) ?? 0) + 1),
    });
    const cells = rows.flatMap((row, i) => row.flatMap((v, j) => (v === null ? [] : [`${i + 1}:${j + 1}`])));
    expect(cells.filter((k) => told.get(k) !== 1)).toEqual([]);
  });
});
