import { IsoDate } from "../../src/core/dates/isoDate";
import { GridCell } from "../../src/core/import/grid";
import { consolidateSheet, merged } from "../helpers/grids";

// Classes found by blind sets 475 onwards and the sets before them left open.

describe("a formal report's items numbered in brackets, counted on through its numbered parts", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2021"],
    [],
    ["1. Nhóm nhiệm vụ về Chỉ số CCHC"],
    ["(1) Cập nhật danh mục TTHC trên Cổng DVC tỉnh, CC VP-TK chủ trì, hoàn thành ngày 20/10/2021."],
    ["(2) Số hóa kết quả giải quyết TTHC lĩnh vực hộ tịch"],
    ["   - Chủ trì: CC TP-HT"],
    ["   - Hạn: 30/11/2021"],
    ["   - Kết quả: đang thực hiện"],
    ["(3) Ký số văn bản đi trên phần mềm, VP-TK chủ trì, hạn", { date: "2021-09-30" as IsoDate }, "đã xong"],
    ["2. Nhóm nhiệm vụ về Chỉ số SIPAS"],
    ["(4) Bố trí nước uống, quạt tại phòng chờ BP Một cửa, BP Một cửa chủ trì, chưa thực hiện."],
  ]);

  it("reads each bracketed item as a task, its field lines and the day beside it its own, the parts none", () => {
    expect(c.tasks.map((t) => [t.source.row, t.lead, t.due, t.status, t.doneDate])).toEqual([
      [4, "Công chức Văn phòng-Thống kê", null, "Hoàn thành", "2021-10-20"],
      [5, "Công chức Tư pháp-Hộ tịch", "2021-11-30", "Đang thực hiện", null],
      [9, "Công chức Văn phòng-Thống kê", "2021-09-30", "Hoàn thành", null],
      [11, "Bộ phận Tiếp nhận và trả kết quả xã", null, "Chưa thực hiện", null],
    ]);
    expect(c.tasks.map((t) => t.content)).not.toContain("Nhóm nhiệm vụ về Chỉ số CCHC");
  });

  it("leaves a lone bracketed note under a list no task", () => {
    const one = consolidateSheet([
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2021"],
      [],
      ["1. Cập nhật danh mục TTHC trên Cổng DVC tỉnh, CC VP-TK chủ trì, hoàn thành ngày 20/10/2021."],
      ["2. Niêm yết TTHC mới tại BP Một cửa, BP Một cửa chủ trì, hạn 30/11/2021, đang thực hiện."],
      [],
      ["(1) Theo Quyết định số 1234/QĐ-UBND ngày 05/3/2021 của UBND tỉnh về công bố danh mục TTHC"],
    ]);
    expect(one.tasks.map((t) => t.source.row)).toEqual([3, 4]);
  });
});

describe("lettered lines whose fields follow after semicolons, a partner and a share named there", () => {
  const c = consolidateSheet([
    ["BÁO CÁO TIẾN ĐỘ CCHC QUÝ III NĂM 2021"],
    [],
    ["2.2 Công khai thủ tục hành chính"],
    ["a) Cập nhật TTHC lên Cổng DVC tỉnh; BP Một cửa chủ trì, các CC thực hiện; hạn 30/9/2021; đang làm, đạt 60%."],
    ["b) Rà soát TTHC hết hiệu lực; CC TP-HT chủ trì, phối hợp CC VP-TK; hạn 31/12/2021; chưa làm."],
    ["c) Làm mới bảng niêm yết; BP Một cửa chủ trì, CC TC-KT bố trí kinh phí; hạn 15/8/2021; xong ngày 10/8/2021."],
  ]);

  it("reads who leads, when and how far each is, the partners no part of its words", () => {
    expect(c.tasks.map((t) => [t.source.row, t.content, t.lead, t.due, t.status, t.progress, t.doneDate])).toEqual([
      [4, "Cập nhật TTHC lên Cổng DVC tỉnh", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-09-30", "Đang thực hiện", 60, null],
      [5, "Rà soát TTHC hết hiệu lực", "Công chức Tư pháp-Hộ tịch", "2021-12-31", "Chưa thực hiện", 0, null],
      [6, "Làm mới bảng niêm yết", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-08-15", "Hoàn thành", 100, "2021-08-10"],
    ]);
    // (The share after the state is how far the task is, never its criterion's figure.)
    expect(c.readings).toEqual([]);
  });

  it("keeps an official doing the work with no one leading it as before", () => {
    const one = consolidateSheet([
      ["BÁO CÁO TIẾN ĐỘ CCHC QUÝ III NĂM 2021"],
      [],
      ["1. Cập nhật TTHC lên Cổng DVC tỉnh, CC VP-TK thực hiện, hạn 30/9/2021, đang làm"],
      ["2. Rà soát TTHC hết hiệu lực, CC TP-HT thực hiện, hạn 31/12/2021, chưa làm"],
    ]);
    expect(one.tasks.map((t) => [t.source.row, t.due, t.status])).toEqual([
      [3, "2021-09-30", "Đang thực hiện"],
      [4, "2021-12-31", "Chưa thực hiện"],
    ]);
  });
});

describe("a row of figures each after its label among a report's lines", () => {
  const c = consolidateSheet([
    ["BÁO CÁO CCHC 6 THÁNG ĐẦU NĂM 2021"],
    [],
    ["1.5 Tỷ lệ văn bản trao đổi dưới dạng điện tử"],
    ["a) Ký số văn bản đi trên phần mềm; CC VP-TK chủ trì; hạn 31/3/2021; xong."],
    ["b) Hạn chế gửi bản giấy song song; CC VP-TK chủ trì; hạn 30/6/2021; đang triển khai."],
    ["Tổng số văn bản đi", 380, "Gửi điện tử", 361, "Tỷ lệ", "95%"],
    [],
    ["2.2 Công khai thủ tục hành chính"],
    ["a) Rà soát TTHC hết hiệu lực; CC TP-HT chủ trì; hạn tháng 12/2021; chưa làm."],
  ]);

  it("reads the lines as tasks and the row as its criterion's reading, its counts with it", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [4, "1.5"],
      [5, "1.5"],
      [9, "2.2"],
    ]);
    expect(c.readings.map((r) => [r.source.row, r.code, r.period, r.numerator, r.denominator, r.value])).toEqual([
      [6, "1.5", "6 tháng đầu năm 2021", 361, 380, 95],
    ]);
  });
});

describe("a criterion's figure on a row of its own among a task table's numbered rows", () => {
  const rows = (title: string) => [
    [title],
    ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2021"],
    [],
    ["TT", "Nội dung thực hiện", "Kết quả thực hiện đến 10/12/2021", "Ghi chú"],
    ["I", "TC 1.1 - Thực hiện kế hoạch CCHC"],
    [1, "Tuyên truyền dịch vụ công trực tuyến trên loa truyền thanh (CC VH-XH chủ trì; hạn 30/10/2021)", "Đã hoàn thành ngày 27/10/2021"],
    [null, "Tỷ lệ hồ sơ trực tuyến mức độ 3, 4", "Quý III/2021: 45/300 hồ sơ (15%)"],
    ["II", "TCTP 1.2 - Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"],
    [2, "Giải quyết hồ sơ TTHC đúng hạn (CC VP-TK chủ trì, BP Một cửa thực hiện; thường xuyên)", "Đang thực hiện"],
    [null, "Tỷ lệ hồ sơ giải quyết đúng hạn", "Quý III/2021: 296/300 hồ sơ đúng hạn, đạt 98,7%"],
    [3, "Công khai kết quả giải quyết hồ sơ trên Trang TTĐT (BP Một cửa thực hiện; hạn 30/11/2021)", "Chưa thực hiện"],
  ];

  it("reads the row as its criterion's reading, no task, and the tasks after it as before", () => {
    const c = consolidateSheet(rows("UBND XÃ AN HÒA"));
    expect(c.tasks.map((t) => [t.source.row, t.code, t.status])).toEqual([
      [6, "1.1", "Hoàn thành"],
      [9, "1.2", "Đang thực hiện"],
      [11, "1.2", "Chưa thực hiện"],
    ]);
    expect(c.readings.map((r) => [r.source.row, r.code, r.period, r.numerator, r.denominator])).toEqual([
      [7, "1.1", "Quý III/2021", 45, 300],
      [10, "1.2", "Quý III/2021", 296, 300],
    ]);
  });

  it("takes who leads from the row's closing brackets before the office the sheet is titled for", () => {
    const c = consolidateSheet(rows("UBND XÃ AN HÒA - VĂN PHÒNG"));
    expect(c.tasks.map((t) => [t.source.row, t.lead])).toEqual([
      [6, "Công chức Văn hóa-Xã hội"],
      [9, "Công chức Văn phòng-Thống kê"],
      [11, "Bộ phận Tiếp nhận và trả kết quả xã"],
    ]);
    expect(c.readings.map((r) => r.source.row)).toEqual([7, 10]);
  });

  it("keeps such a row a task where it says more than its figure, a note beside it", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2021"],
      [],
      ["TT", "Nội dung thực hiện", "Kết quả thực hiện", "Ghi chú"],
      ["I", "TC 1.1 - Thực hiện kế hoạch CCHC"],
      [1, "Tuyên truyền dịch vụ công trực tuyến trên loa truyền thanh (CC VH-XH chủ trì)", "Đã hoàn thành ngày 27/10/2021"],
      [null, "Tỷ lệ hồ sơ trực tuyến mức độ 3, 4", "Quý III/2021: 45/300 hồ sơ (15%)", "Phần mềm chưa tính hồ sơ bưu chính"],
    ]);
    expect(c.readings.map((r) => [r.source.row, r.code, r.numerator, r.denominator])).toEqual([[6, "1.1", 45, 300]]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([5, 6]);
    expect(c.tasks[1].note).toContain("Phần mềm chưa tính hồ sơ bưu chính");
  });

  it("keeps such a row a task where it gives no figure", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2021"],
      [],
      ["TT", "Nội dung thực hiện", "Kết quả thực hiện"],
      [1, "Tuyên truyền dịch vụ công trực tuyến trên loa truyền thanh (CC VH-XH chủ trì)", "Đã hoàn thành ngày 27/10/2021"],
      [null, "Tỷ lệ hồ sơ trực tuyến: rà soát, báo cáo huyện", "Đang thực hiện"],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([4, 5]);
  });
});

describe("the commune's dossier figures in labelled lines under a heading of their own, beside or under tasks", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ AN HÒA"],
      ["BÁO CÁO TIẾN ĐỘ KẾ HOẠCH CCHC - QUÝ III/2021"],
      [],
      ["TT", "Nội dung công việc", "Chủ trì thực hiện", "Thời hạn", "Tiến độ thực hiện"],
      [1, "Tuyên truyền trên loa phát thanh về dịch vụ công trực tuyến", "Văn hóa - Xã hội", "Quý III/2021", "Hoàn thành 100%"],
      [2, "Niêm yết công khai TTHC mới công bố", "Một cửa", "30/9/2021", "Đang thực hiện"],
      [],
      ["SỐ LIỆU HỒ SƠ TTHC QUÝ III/2021 (từ 15/6/2021 đến 14/9/2021)"],
      [null, "Tổng số hồ sơ tiếp nhận:", 212, "hồ sơ"],
      [null, "- Trong đó trực tuyến:", 45, "hồ sơ"],
      [null, "- Đã giải quyết:", 205, "hồ sơ"],
      [null, "  + Đúng và trước hạn:", 203, "hồ sơ"],
      [null, "  + Quá hạn:", 2, "hồ sơ"],
      [null, "- Đang giải quyết:", 7, "hồ sơ"],
      [null, "Tỷ lệ giải quyết đúng hạn:", 0.9902],
      [null, "=> Tỷ lệ hồ sơ trực tuyến:", "21,2%"],
      [],
      ["Người ghi: Trần Văn Bình"],
    ],
    { formats: { "15:3": "0.00%" } },
  );

  it("reads the tasks as before and nothing of the block or its signer as a task", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([5, 6]);
  });

  it("reads the lines as the dossiers of the days the heading gives, every part where its line says it", () => {
    expect(c.dossiers?.map((d) => [d.field, d.from, d.to, d.online, d.inPerson, d.early, d.onTime, d.late, d.pendingInTime])).toEqual([
      ["Tất cả lĩnh vực", "2021-06-15", "2021-09-14", 45, 167, 203, 0, 2, 7],
    ]);
  });

  it("reads its rates as the criteria's readings of the block's period", () => {
    expect(c.readings.map((r) => [r.source.row, r.code, r.period, r.value])).toEqual([
      [16, "1.1", "Quý III/2021", 21.2],
      [15, "1.2", "Quý III/2021", 99.02],
    ]);
  });
});

describe("progress in percent by month under a band that says so, a word in one month's cell", () => {
  const c = consolidateSheet(
    [
      ["TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ CCHC QUÝ IV NĂM 2021"],
      [],
      ["STT", "Nhiệm vụ", "TC", "Chủ trì", "Hạn", "Tiến độ thực hiện (%) - cập nhật cuối tháng", null, null, "Ghi chú"],
      ["STT", "Nhiệm vụ", "TC", "Chủ trì", "Hạn", "Tháng 10", "Tháng 11", "Tháng 12", "Ghi chú"],
      [1, "Rà soát đội ngũ CBCC theo chức danh", "1.3", "CC VP-TK", "30/11/2021", 40, 100, null, null],
      [2, "Giải ngân vốn đầu tư công năm 2021", "1.4", "CT UBND", "31/01/2022", 55, 70, 82, null],
      [3, "Kiểm tra thực địa các công trình", "1.4", "CC ĐC-XD", "Hàng tháng", "Đã KT 2 CT", "Đã KT 3 CT", null, null],
      [4, "Quảng bá sản phẩm OCOP của xã", "1.6", "CC VH-XH", "31/12/2021", 10, 35, null, null],
    ],
    { merges: merged("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:I4") },
  );

  it("reads each month's number as how far the work is, the latest month's its state", () => {
    expect(c.tasks.map((t) => [t.source.row, t.status, t.progress])).toEqual([
      [5, "Hoàn thành", 100],
      [6, "Đang thực hiện", 82],
      [7, "Đang thực hiện", null],
      [8, "Đang thực hiện", 35],
    ]);
    expect(c.problems.filter((p) => p.code === "UNKNOWN_STATUS")).toEqual([]);
  });
});

describe("a report's lines naming who and when together in brackets, how far the work is after its state", () => {
  const c = consolidateSheet([
    ["BÁO CÁO NHANH TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CCHC (số liệu đến ngày 10/12/2021)"],
    [],
    ["1. Tiêu chí 1.1 – Tỷ lệ hồ sơ TTHC xử lý trực tuyến mức độ 3, 4"],
    ["- Tuyên truyền trên loa phát thanh về dịch vụ công trực tuyến (CC VH-XH; hạn 30/11/2021): đã hoàn thành ngày 25/11/2021."],
    ["- Hướng dẫn người dân sử dụng dịch vụ công trực tuyến (BP Một cửa; hạn 31/12/2021): đang thực hiện, đạt 70%."],
    ["2. Tiêu chí 1.2 – Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"],
    ["- Thống kê, xin lỗi người dân đối với hồ sơ trễ hẹn (CC VP-TK; thường xuyên): đang thực hiện, đạt 90%."],
  ]);

  it("reads the official as the lead and the day as the deadline, never a partner", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due, t.status])).toEqual([
      [4, "1.1", "Công chức Văn hóa-Xã hội", "2021-11-30", "Hoàn thành"],
      [5, "1.1", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-12-31", "Đang thực hiện"],
      [7, "1.2", "Công chức Văn phòng-Thống kê", null, "Đang thực hiện"],
    ]);
    expect(c.tasks.map((t) => t.partners)).toEqual(["", "", ""]);
  });

  it("reads no criterion's figure from the share after the state, though the work names the measure", () => {
    expect(c.readings).toEqual([]);
  });
});

describe("bracketed items, each with an arrow line giving who, when and how far, a table of figures between", () => {
  const c = consolidateSheet([
    ["BÁO CÁO NHANH KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI THIỆN CHỈ SỐ CCHC - QUÝ IV NĂM 2021"],
    [],
    ["Thứ nhất, về tỷ lệ hồ sơ giải quyết đúng hạn (tiêu chí thành phần 1.2):"],
    ["(1) Theo dõi hạn xử lý từng hồ sơ trên phần mềm Một cửa điện tử;"],
    ["→ Phân công: BP Một cửa; thời hạn: thường xuyên; tiến độ: đang thực hiện."],
    ["(2) Gửi thư xin lỗi đối với hồ sơ trễ hẹn;"],
    ["→ Phân công: CC VP-TK; thời hạn: 31/12/2021; tiến độ: 100%, đã hoàn thành."],
    ["Tình hình giải quyết hồ sơ TTHC năm 2021:"],
    ["Kỳ", "Tiếp nhận", "Đã giải quyết", "Đúng hạn", "Quá hạn", "Tỷ lệ đúng hạn"],
    ["Quý III", 87, 85, 84, 1, "98,8%"],
    ["Thứ hai, về tỷ lệ hồ sơ trực tuyến (tiêu chí 1.1):"],
    ["(1) Phối hợp Bưu điện xã hỗ trợ người dân nộp hồ sơ trực tuyến;"],
    ["→ Phân công: BP Một cửa; thời hạn: 30/11/2021; tiến độ: 60%."],
  ]);

  it("reads each item with its arrow line's fields, the share and the state apart", () => {
    expect(c.tasks.map((t) => [t.source.row, t.lead, t.due, t.status, t.progress])).toEqual([
      [4, "Bộ phận Tiếp nhận và trả kết quả xã", null, "Đang thực hiện", null],
      [6, "Công chức Văn phòng-Thống kê", "2021-12-31", "Hoàn thành", 100],
      [12, "Bộ phận Tiếp nhận và trả kết quả xã", "2021-11-30", "Đang thực hiện", 60],
    ]);
  });
});

describe("a task table's lines under each task saying who and when, a note beside some, under criteria's headings", () => {
  const c = consolidateSheet([
    ["THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CCHC, SIPAS NĂM 2021"],
    [],
    ["TT", "TT", "Nội dung", "Tiến độ", "Ghi chú"],
    ["I", null, "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"],
    [null, 1, "TC 1.1 - Tỷ lệ hồ sơ TTHC xử lý trực tuyến mức độ 3, 4"],
    [null, null, "- Lập nhóm Zalo hướng dẫn người dân nộp hồ sơ trực tuyến", 0.8],
    [null, null, "  Chủ trì: BP Một cửa. Thời gian: 30/9/2021", null, "Đã có 215 thành viên"],
    ["II", null, "CHỈ SỐ SIPAS"],
    [null, 1, "Chỉ số 2.1 - Hài lòng về tiếp cận dịch vụ"],
    [null, null, "- Mua bổ sung ghế chờ, quạt tại BP Một cửa", 1],
    [null, null, "  Chủ trì: CC TC-KT. Thời gian: 30/6/2021", null, "Xong ngày 20/6/2021"],
    [null, 2, "Chỉ số 2.3 - Hài lòng về công chức tại BP TN&TKQ"],
    [null, null, "- Kiểm tra đột xuất thái độ giao tiếp của công chức Một cửa", 0.5],
    [null, null, "  Chủ trì: Chủ tịch UBND xã. Thời gian: hàng quý"],
  ]);

  it("reads each line as its task's lead and deadline, the tasks under a SIPAS heading tasks, never readings", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due, t.progress])).toEqual([
      [6, "1.1", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-09-30", 80],
      [10, "2.1", "Công chức Tài chính-Kế toán", "2021-06-30", 100],
      [13, "2.3", "Chủ tịch Ủy ban nhân dân xã", null, 50],
    ]);
    expect(c.readings).toEqual([]);
    expect(c.tasks.find((t) => t.source.row === 6)?.note).toContain("Đã có 215 thành viên");
  });
});

describe("task cards printed three across the page in bands, each titled with its criterion", () => {
  const card = (title: string, work: string, who: string, due: GridCell, share: GridCell, state: string): GridCell[][] => [
    [title],
    ["Việc:", work],
    ["Phụ trách:", who],
    ["Hạn:", due],
    ["Tiến độ:", share],
    ["Tình trạng:", state],
  ];
  // (Each card two columns wide, an empty column between the cards of a band.)
  const across = (...cards: GridCell[][][]): GridCell[][] =>
    cards[0].map((_, i) =>
      cards.flatMap((c, k) => {
        const [label = null, value = null] = c[i] ?? [];
        return k < cards.length - 1 ? [label, value, null] : [label, value];
      }),
    );
  const c = consolidateSheet(
    [
      ["THẺ THEO DÕI CÔNG VIỆC – NÂNG CAO CHỈ SỐ SIPAS 2021"],
      [],
      ...across(
        card("THẺ 1 · TC 2.1", "Bổ sung ghế chờ, biển hiệu tại BP Một cửa", "CC TC-KT", "31/10/2021", "100%", "Xong 05/10"),
        card("THẺ 2 · TC 2.1", "Thông tin về BP Một cửa trên loa phát thanh", "CC VH-XH", "30/11/2021", "70%", "Đang làm"),
        card("THẺ 3 · TC 2.2", "Niêm yết TTHC mới công bố tại BP Một cửa", "BP Một cửa", "15/12/2021", "90%", "Đang làm"),
      ),
      [],
      ...across(card("THẺ 4 · TC 2.5", "Công khai kết quả trả lời phản ánh trên Trang TTĐT", "CC VP-TK", "31/12/2021", "60%", "Đang làm")),
    ],
    { merges: merged("A1:H1", "A3:B3", "D3:E3", "G3:H3", "A10:B10") },
  );

  it("reads every card of every band, its code from its title", () => {
    expect(c.tasks.map((t) => [t.code, t.lead, t.due, t.status, t.progress]).sort()).toEqual(
      [
        ["2.1", "Công chức Tài chính-Kế toán", "2021-10-31", "Hoàn thành", 100],
        ["2.1", "Công chức Văn hóa-Xã hội", "2021-11-30", "Đang thực hiện", 70],
        ["2.2", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-12-15", "Đang thực hiện", 90],
        ["2.5", "Công chức Văn phòng-Thống kê", "2021-12-31", "Đang thực hiện", 60],
      ].sort(),
    );
  });

  it("keeps one card with a second column of labels beside its first one card", () => {
    const one = consolidateSheet(
      [
        ["PHIẾU THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
        [],
        ["NHIỆM VỤ 1"],
        ["Nội dung:", "Tuyên truyền trên loa phát thanh về dịch vụ công trực tuyến"],
        ["Tiêu chí:", "TC 1.1", null, "Thời hạn:", "31/12/2021"],
        ["Tình hình:", "Đang thực hiện", null, "Tỷ lệ HT:", "75%"],
        ["Ngày HT:", null, null, "Phối hợp:", "BP Một cửa"],
        [],
        ["NHIỆM VỤ 2"],
        ["Nội dung:", "Công khai đường dây nóng của lãnh đạo UBND xã"],
        ["Tiêu chí:", "2.5", null, "Thời hạn:", "30/11/2021"],
        ["Tình hình:", "Đã xong", null, "Tỷ lệ HT:", "100%"],
        ["Ngày HT:", "05/11/2021", null, "Phối hợp:", "CC VH-XH"],
      ],
      { merges: merged("A3:E3", "B4:E4", "A9:E9", "B10:E10") },
    );
    expect(one.tasks.map((t) => [t.code, t.due, t.status, t.progress])).toEqual([
      ["1.1", "2021-12-31", "Đang thực hiện", 75],
      ["2.5", "2021-11-30", "Hoàn thành", 100],
    ]);
  });
});

describe("who and when on the work cell's last lines, as a Word table keeps them", () => {
  it("reads labelled lines under an outline whose sections open the table, the section kept", () => {
    const c = consolidateSheet([
      ["BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2021"],
      [],
      ["Số TT", "Nội dung thực hiện", "Kết quả", "Ngày hoàn thành", "Ghi chú"],
      ["1.", "NHÓM TIÊU CHÍ CHỈ SỐ CCHC"],
      ["1.1.", "Giải ngân kế hoạch vốn đầu tư công (TCTP 1.4)"],
      ["1.1.1.", "Kiểm tra tiến độ các công trình tại thực địa\nChủ trì: PCT UBND xã\nThời hạn: 31/12/2021", "Đang thực hiện"],
      ["1.1.2.", "Hoàn thiện hồ sơ thanh toán công trình\nChủ trì: CC TC-KT; phối hợp: CC ĐC-XD\nThời hạn: 15/9/2021", "Hoàn thành"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.content, t.lead, t.partners, t.due])).toEqual([
      [6, "1.4", "Kiểm tra tiến độ các công trình tại thực địa", "Phó Chủ tịch Ủy ban nhân dân xã", "", "2021-12-31"],
      [7, "1.4", "Hoàn thiện hồ sơ thanh toán công trình", "Công chức Tài chính-Kế toán", "Công chức Địa chính-Xây dựng", "2021-09-15"],
    ]);
  });

  it("reads a last line of who and when with no label", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC 6 THÁNG ĐẦU NĂM 2021"],
      [],
      ["STT", "Nội dung công việc", "Kết quả thực hiện 6 tháng", "Ghi chú"],
      [1, "Niêm yết công khai TTHC tại Bộ phận Một cửa\nGiao: BP Một cửa; hạn 31/3/2021", "Đã hoàn thành ngày 25/3/2021"],
      [2, "Tuyên truyền dịch vụ công trực tuyến trên loa phát thanh\nCC VH-XH thực hiện, hằng tháng", "Đã phát 24 tin, bài"],
      [3, "Cử công chức chưa đạt chuẩn đi bồi dưỡng chức danh\nCC VP-TK tham mưu; Quý III/2021", "Chưa thực hiện"],
      [4, "Giải ngân vốn đầu tư công năm 2021\nCT UBND xã chỉ đạo; CC TC-KT, CC ĐC-XD thực hiện", "Đang giải ngân"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.content, t.lead, t.due])).toEqual([
      [4, "Niêm yết công khai TTHC tại Bộ phận Một cửa", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-03-31"],
      [5, "Tuyên truyền dịch vụ công trực tuyến trên loa phát thanh", "Công chức Văn hóa-Xã hội", null],
      [6, "Cử công chức chưa đạt chuẩn đi bồi dưỡng chức danh", "Công chức Văn phòng-Thống kê", "2021-09-30"],
      [7, "Giải ngân vốn đầu tư công năm 2021", "Chủ tịch Ủy ban nhân dân xã", null],
    ]);
  });
});

describe("a Word outline pasted with its tabs, each level's mark a column further right", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ CÔNG TÁC CCHC QUÝ III NĂM 2021"],
    [],
    ["I.", "KẾT QUẢ ĐẠT ĐƯỢC"],
    [null, "1.", "Về tiếp cận dịch vụ tại Bộ phận Một cửa"],
    [null, null, "a)", "Bộ phận Một cửa đã bổ sung 10 ghế chờ, 01 máy tính tra cứu TTHC; hoàn thành ngày 20/8/2021."],
    [null, null, "b)", "Công chức VH-XH cập nhật thông tin về Bộ phận Một cửa lên Trang TTĐT xã; đang thực hiện."],
    ["II.", "NHIỆM VỤ QUÝ IV/2021"],
    [null, "1.", "CC VP-TK chủ trì tổ chức khảo sát sự hài lòng quý IV, hoàn thành trước ngày 15/12/2021."],
    [null, "2.", "Đề nghị CT UBND xã phân công lãnh đạo theo dõi hoạt động của BP Một cửa (trong tháng 10/2021)."],
  ]);

  it("reads every level's lines as one list, the headings none", () => {
    expect(c.tasks.map((t) => [t.source.row, t.status])).toEqual([
      [5, "Hoàn thành"],
      [6, "Đang thực hiện"],
      [8, "Chưa thực hiện"],
      [9, "Chưa thực hiện"],
    ]);
    expect(c.tasks.find((t) => t.source.row === 5)?.doneDate).toBe("2021-08-20");
  });
});

describe("a plan's lead and time lines under a criterion's tasks, all of them's", () => {
  it("gives both lines to every task of the block, one with a note of its own under it too", () => {
    const c = consolidateSheet([
      ["KẾ HOẠCH THỰC HIỆN CCHC NĂM 2021"],
      [],
      ["TT", "Nội dung", "Kết quả", "Ghi chú"],
      [null, "TC 1.5 - Tỷ lệ văn bản điện tử"],
      [1, "Ký số văn bản đi trên phần mềm quản lý văn bản", "Đang thực hiện"],
      [null, "Ghi chú: đã cấp chứng thư số cho 5 công chức"],
      [2, "Gửi văn bản đi qua hệ thống quản lý văn bản điện tử", "Đang thực hiện"],
      [null, "Chủ trì: CC VP-TK"],
      [null, "Thời gian: 30/11/2021"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.lead, t.due])).toEqual([
      [5, "Công chức Văn phòng-Thống kê", "2021-11-30"],
      [7, "Công chức Văn phòng-Thống kê", "2021-11-30"],
    ]);
  });
});
