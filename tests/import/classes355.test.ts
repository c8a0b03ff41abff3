import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { splitResult } from "../../src/core/import/resultInContent";
import { consolidateSheet, gridOf, merged } from "../helpers/grids";

// Classes found by blind sets 355-362.

describe("splitResult: a task and its result in one cell", () => {
  it("splits at 'Kết quả:' on a line of its own", () => {
    expect(splitResult("Tổ chức giải quyết hồ sơ TTHC đúng hạn.\nKết quả: tiếp nhận 412 hồ sơ, đúng hạn 409.")).toEqual({
      task: "Tổ chức giải quyết hồ sơ TTHC đúng hạn",
      result: "tiếp nhận 412 hồ sơ, đúng hạn 409.",
    });
  });

  it("splits at ' - KQ:' and '(Kết quả thực hiện: …)'", () => {
    expect(splitResult("Cập nhật hồ sơ lên cổng dịch vụ công - KQ: đã cập nhật 45/45 TTHC")?.result).toBe("đã cập nhật 45/45 TTHC");
    expect(splitResult("Niêm yết công khai TTHC tại trụ sở (Kết quả thực hiện: đã niêm yết 20/10/2021)")?.result).toBe(
      "đã niêm yết 20/10/2021",
    );
  });

  it("leaves a cell with no labelled result, or a label with no task before it", () => {
    expect(splitResult("Nâng cao kết quả giải quyết hồ sơ đúng hạn")).toBeNull();
    expect(splitResult("Kết quả: đã hoàn thành")).toBeNull();
    expect(splitResult("Năm 2021. Kết quả: đạt")).toBeNull();
  });
});

describe("a report's 'Nhiệm vụ và kết quả thực hiện' column holding both", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NÂNG CAO CHỈ SỐ CCHC 9 THÁNG ĐẦU NĂM 2021"],
    ["(Số liệu tính đến ngày 30/9/2021)"],
    [],
    ["TT", "Tiêu chí", "Nhiệm vụ và kết quả thực hiện", "Đơn vị thực hiện", "Đánh giá"],
    [
      "1",
      "TC 1.2",
      "Tổ chức giải quyết hồ sơ TTHC đúng hạn, giảm hồ sơ trễ hẹn.\nKết quả: 9 tháng tiếp nhận 412 hồ sơ, giải quyết đúng hạn 409 hồ sơ (đạt 99,27%).",
      "Bộ phận một cửa",
      "Đang thực hiện",
    ],
    [
      "2",
      "TC 1.3",
      "Cử 02 công chức đi bồi dưỡng chức danh.\nKết quả: đã cử 01 đồng chí (hoàn thành ngày 25/8/2021); 01 đồng chí còn lại chưa có lớp.",
      "VP-TK",
      "Đạt 50%",
    ],
    ["3", "TC 2.2", "Niêm yết công khai đầy đủ TTHC tại Bộ phận một cửa - đã hoàn thành ngày 15/4/2021.", "VP-TK", "Hoàn thành"],
  ]);
  const task = (row: number) => c.tasks.find((t) => t.source.row === row);

  it("keeps the task's words as its content, the result in Ghi chú", () => {
    expect(task(5)?.content).toBe("Tổ chức giải quyết hồ sơ TTHC đúng hạn, giảm hồ sơ trễ hẹn");
    expect(task(5)?.note).toMatch(/Kết quả \(ghi trong nội dung\): 9 tháng tiếp nhận 412 hồ sơ/);
  });

  it("reads the criterion's figure the result reports, at the sheet's day", () => {
    const r = c.readings.find((x) => x.code === "1.2");
    expect([r?.numerator, r?.denominator, r?.date]).toEqual([409, 412, "2021-09-30"]);
  });

  it("takes no day done from a part done, where the status says half", () => {
    expect([task(6)?.status, task(6)?.doneDate]).toEqual(["Đang thực hiện", null]);
  });

  it("takes the day done from '… - đã hoàn thành ngày 15/4/2021' ending the task's words", () => {
    expect([task(7)?.status, task(7)?.doneDate]).toEqual(["Hoàn thành", "2021-04-15"]);
  });
});

describe("a result column without a status column", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI THIỆN CHỈ SỐ CCHC QUÝ III NĂM 2021"],
    ["Thực hiện Kế hoạch số 49/KH-UBND ngày 29/9/2021, UBND xã báo cáo kết quả quý III/2021 như sau:"],
    ["TT", "Nội dung", "Kết quả thực hiện quý III", "Đơn vị thực hiện", "Ghi chú"],
    ["1", "Tiêu chí thành phần 1.2: Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"],
    [
      "-",
      "Tổ chức giải quyết hồ sơ TTHC đúng hạn",
      "Trong quý tiếp nhận 388 hồ sơ, giải quyết đúng hạn 386 hồ sơ, đạt tỷ lệ 99,48%.",
      "VP-TK",
    ],
    ["2", "Tiêu chí 1.4: Giải ngân vốn đầu tư công"],
    [
      "-",
      "Đẩy nhanh tiến độ giải ngân các công trình chuyển tiếp",
      "Đến 30/9/2021 giải ngân 1.180/2.150 triệu đồng, đạt 54,9% kế hoạch vốn (chỉ tiêu 60%).",
      "TC-KT",
      "Chưa đạt",
    ],
    ["3", "Tiêu chí 2.4: Hài lòng về kết quả"],
    ["-", "Triển khai đánh giá chất lượng giải quyết TTHC", "Chưa triển khai, dự kiến thực hiện trong quý IV.", "VP-TK"],
  ]);
  const task = (row: number) => c.tasks.find((t) => t.source.row === row);

  it("reads work the result reports as under way, and says so", () => {
    expect(task(5)?.status).toBe("Đang thực hiện");
    expect(task(5)?.note).toMatch(/Trạng thái không ghi; Kết quả thực hiện quý III ghi việc đã làm: coi là Đang thực hiện/);
  });

  it("takes 'Chưa đạt' in Ghi chú as a verdict on the target, not as work not begun", () => {
    expect(task(7)?.status).toBe("Đang thực hiện");
  });

  it("leaves a result that says the work has not begun", () => {
    expect(task(9)?.status).toBe("Chưa thực hiện");
  });

  it("reads the disbursement figure though its target is said aside in brackets", () => {
    const r = c.readings.find((x) => x.code === "1.4");
    expect([r?.numerator, r?.denominator]).toEqual([1180, 2150]);
  });

  it("dates the quarter's figures at its end, not at the day the plan it cites was signed", () => {
    expect(c.readings.find((x) => x.code === "1.2")?.date).toBe("2021-09-30");
  });
});

describe("a note beginning 'Chưa …' beside a share under way", () => {
  const c = consolidateSheet([
    ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Tiến độ (%)", "Ghi chú"],
    ["1", "Trang bị máy lấy số thứ tự tự động", "TC-KT", "30/11/2021", 20, "Chưa bố trí được kinh phí, đề nghị gia hạn sang năm 2022"],
    ["2", "Sửa chữa phòng họp trực tuyến", "TC-KT", "30/11/2021", 0, "Chưa bố trí được kinh phí"],
  ]);

  it("is under way, and says why", () => {
    const t = c.tasks.find((x) => x.source.row === 2);
    expect(t?.status).toBe("Đang thực hiện");
    expect(t?.note).toMatch(/nhưng đã làm 20%: đọc là Đang thực hiện/);
  });

  it("stays not begun at 0 %", () => {
    expect(c.tasks.find((x) => x.source.row === 3)?.status).toBe("Chưa thực hiện");
  });
});

describe("a survey's summary: 'Kết quả (phiếu hài lòng/tổng số phiếu)' beside 'Tỷ lệ'", () => {
  const c = consolidateSheet([
    ["BIỂU TỔNG HỢP KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG 9 THÁNG ĐẦU NĂM 2021"],
    [],
    ["TT", "Nội dung", "Kết quả (phiếu hài lòng/tổng số phiếu)", "Tỷ lệ", "So với cùng kỳ năm 2020"],
    ["1", "Tiếp cận dịch vụ", "132/140", "94,29%", "+2,1%"],
    ["2", "Tổ chức giải quyết thủ tục hành chính", "128/140", "91,43%", "+1,4%"],
    ["3", "Kết quả giải quyết thủ tục hành chính", "133/140", "95%", "+0,8%"],
    ["4", "Tiếp nhận, xử lý phản ánh, kiến nghị", "11/14", "78,57%", "-1,4%"],
  ]);

  it("reads figures with their counts, and no tasks", () => {
    expect(c.tasks).toHaveLength(0);
    expect(c.readings.map((r) => `${r.numerator}/${r.denominator} ${r.period}`)).toEqual(
      expect.arrayContaining(["132/140 9 tháng năm 2021", "11/14 9 tháng năm 2021"]),
    );
  });
});

describe("a survey's round on a sheet of its own ('… ĐỢT 1 NĂM 2021' over 'Ngay khao sat: 18/5/2021')", () => {
  const sheet = (round: number, day: string, satisfied: number) => [
    [`KET QUA KHAO SAT SU HAI LONG DOT ${round} NAM 2021`],
    ["Ngay khao sat:", null, day],
    [],
    ["TT", "Chi so", "So phieu thu ve", "So phieu hai long", "Ty le hai long"],
    ["2.1", "Tiep can dich vu", 33, satisfied, (satisfied / 33) * 100],
  ];
  const c = consolidate(
    [
      {
        file: "khao-sat.xlsx",
        ok: true,
        grids: [gridOf(sheet(1, "18/5/2021", 31), { sheet: "Dot 1" }), gridOf(sheet(2, "20/8/2021", 32), { sheet: "Dot 2" })],
      },
    ],
    BUILTIN_PLAN,
    "2021-12-15" as IsoDate,
  );

  it("names each round's figures by their round, at the survey's day, and keeps both", () => {
    expect(c.readings.filter((r) => r.code === "2.1").map((r) => `${r.period} ${r.date} ${r.numerator}`)).toEqual([
      "Đợt 1 (khảo sát ngày 18/05/2021) 2021-05-18 31",
      "Đợt 2 (khảo sát ngày 20/08/2021) 2021-08-20 32",
    ]);
    expect(c.problems.filter((p) => p.code === "DUPLICATE_READING")).toEqual([]);
  });
});

describe("criteria across with each one's code on a row under its heading ('| | TC 2.1 | … | TC 2.5')", () => {
  const c = consolidateSheet([
    ["KET QUA DO LUONG SU HAI LONG CUA NGUOI DAN THEO QUY NAM 2021"],
    [],
    ["Quy", "Ngay khao sat", "So phieu thu ve", "Tiep can dich vu", "To chuc giai quyet TTHC", "Tiep nhan, xu ly PAKN", "Binh quan"],
    [null, null, null, "TC 2.1", "TC 2.2", "TC 2.5"],
    ["Quy I", "25/3/2021", 40, "92,5%", "90%", "Khong phat sinh", "91,3%"],
    ["Quy II", "24/6/2021", 38, "94,7%", "92,1%", "75%", "87,3%"],
  ]);

  it("reads each column as its code's criterion, the codes' row no figures", () => {
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.value}`).sort()).toEqual([
      "2.1 Quy I 92.5",
      "2.1 Quy II 94.7",
      "2.2 Quy I 90",
      "2.2 Quy II 92.1",
      "2.5 Quy II 75",
    ]);
  });

  it("reads no criterion from the average, and names 'Khong phat sinh' as no figure", () => {
    expect(c.readings.some((r) => r.value === 91.3 || r.value === 87.3)).toBe(false);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 5 && p.column === "F")).toBe(true);
  });
});

describe("the forms returned on a row of their own over each period's satisfied forms", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) NĂM 2021"],
      ["STT", "Nội dung", "Năm 2020 (%)", "Quý I/2021", null, "Quý II/2021", null],
      [null, null, null, "Số phiếu hài lòng", "Tỷ lệ", "Số phiếu hài lòng", "Tỷ lệ"],
      [null, "Tổng số phiếu khảo sát thu về", 150, 60, null, 80, null],
      [1, "Sự hài lòng về tiếp cận dịch vụ", 84.2, 52, "86,67%", 71, "88,75%"],
      [2, "Sự hài lòng về tổ chức giải quyết thủ tục hành chính", 81.5, 50, "83,33%", 70, "87,5%"],
      [3, "Sự hài lòng về công chức tại Bộ phận Tiếp nhận và trả kết quả", 86, 55, "91,67%", 74, "92,5%"],
      [4, "Sự hài lòng về kết quả giải quyết TTHC", 85.1, 53, "88,33%", 72, "90%"],
      [5, "Sự hài lòng về tiếp nhận, xử lý phản ánh, kiến nghị", 78.4, 47, "78,33%", 66, "82,5%"],
    ],
    { merges: merged("D2:E2", "F2:G2", "A2:A3", "B2:B3", "C2:C3") },
  );

  it("is each count's whole, said, and no reading of its own", () => {
    const q1 = c.readings.filter((r) => r.period === "Quý I/2021").map((r) => `${r.numerator}/${r.denominator}`);
    expect(q1).toEqual(["52/60", "50/60", "55/60", "53/60", "47/60"]);
    expect(c.readings.find((r) => r.period === "Quý II/2021")?.note).toMatch(/Mẫu số theo dòng 4 "Tổng số phiếu khảo sát thu về": 80/);
    expect(c.readings.some((r) => r.source.row === 4)).toBe(false);
  });
});

describe("the desk's months as rows with its rates beside the counts", () => {
  const c = consolidateSheet([
    ["BẢNG THEO DÕI SỐ LIỆU HỒ SƠ MỘT CỬA NĂM 2021"],
    [],
    [
      "Tháng",
      "Tổng số HS tiếp nhận",
      "HS trực tuyến (mức 3,4)",
      "HS trực tiếp",
      "HS đã giải quyết",
      "Trước hạn",
      "Đúng hạn",
      "Trễ hạn",
      "Đang giải quyết",
      "Trả lại/ Rút",
      "Tỷ lệ đúng hạn",
      "Tỷ lệ trực tuyến (%)",
    ],
    ["Tháng 01", 198, 4, 194, 195, 150, 44, 1, 3, 0, "99,5%", 2.02],
    ["Tháng 02", 121, 2, 119, 120, 90, 30, 0, 1, 0, "100%", 1.65],
    ["Tháng 03", 240, 9, 231, 236, 180, 54, 2, 3, 1, "99,15%", 3.75],
  ]);

  it("writes each month's dossiers once", () => {
    expect((c.dossiers ?? []).map((d) => `${d.from} ${d.online}`)).toEqual(["2021-01-01 4", "2021-02-01 2", "2021-03-01 9"]);
  });
});

describe("a year's table titled for 2020 'làm cơ sở so sánh … năm 2021'", () => {
  const c = consolidateSheet(
    [
      ["THỐNG KÊ KẾT QUẢ GIẢI QUYẾT HỒ SƠ TTHC NĂM 2020"],
      ["(Làm cơ sở so sánh khi đánh giá Chỉ số CCHC, SIPAS năm 2021)"],
      [],
      ["TT", "Lĩnh vực", "Quý I", null, null, "Quý II", null, null],
      [null, null, "Tiếp nhận", "Đúng và trước hạn", "Trễ hạn", "Tiếp nhận", "Đúng và trước hạn", "Trễ hạn"],
      [1, "Hộ tịch", 150, 146, 2, 170, 168, 1],
      [2, "Chứng thực", 300, 300, 0, 280, 280, 0],
    ],
    { merges: merged("C4:E4", "F4:H4") },
  );

  it("dates its quarters in 2020, the year the figures are of", () => {
    expect([...new Set((c.dossiers ?? []).map((d) => `${d.from} ${d.to}`))]).toEqual(["2020-01-01 2020-03-31", "2020-04-01 2020-06-30"]);
  });
});

describe("a desk's counts that do not tell online from in person, under an official's tasks", () => {
  const c = consolidateSheet([
    ["BAO CAO KET QUA THUC HIEN NHIEM VU CCHC QUY IV/2021"],
    [],
    ["TT", "Noi dung cong viec", "Tieu chi", "Han", "Tinh trang"],
    [1, "Niem yet cong khai TTHC linh vuc dat dai", "TC 2.2", "30/10/2021", "Hoan thanh"],
    [],
    ["SO LIEU HO SO LINH VUC DAT DAI - XAY DUNG QUY IV"],
    [null, "Thang", "Tiep nhan", "Dung han", "Tre han", "Dang GQ"],
    [null, "Thang 10/2021", 41, 38, 2, 1],
    [null, "Thang 11/2021", 37, 35, 1, 1],
  ]);

  it("is the field's dossiers by month, all received counted as in person, and said", () => {
    expect(
      (c.dossiers ?? []).map((d) => `${d.field} ${d.from} ${d.online}+${d.inPerson} ${d.onTime}/${d.late} ${d.pendingInTime}`),
    ).toEqual(["Đất đai 2021-10-01 0+41 38/2 1", "Đất đai 2021-11-01 0+37 35/1 1"]);
    expect(c.problems.some((p) => p.code === "DOSSIER_COUNT_DERIVED" && /không tách hồ sơ tiếp nhận trực tuyến/.test(p.message))).toBe(
      true,
    );
  });

  it("reads no criterion's rate from the late or pending counts", () => {
    expect(c.readings).toEqual([]);
  });
});

describe("a task's card with two labels on one row, and a card of figures below the tasks' cards", () => {
  const card = (n: number, code: string, content: string, due: string, state: string) => [
    [`Nhiệm vụ NV-0${n}`],
    ["Tiêu chí:", code],
    ["Nội dung:", content],
    ["Người chủ trì:", "Công chức Tư pháp - Hộ tịch", null, "Phối hợp:", "VP-TK"],
    ["Thời hạn:", due],
    ["Tình trạng:", state],
    [],
  ];
  const c = consolidateSheet([
    ["PHIẾU THEO DÕI NHIỆM VỤ - KẾ HOẠCH 49/KH-UBND"],
    [],
    ...card(7, "2.2", "Rà soát, kiến nghị đơn giản hóa TTHC lĩnh vực hộ tịch", "31/10/2021", "Hoàn thành"),
    ...card(8, "2.4", "Công khai kết quả giải quyết TTHC tại Bộ phận một cửa", "30/11/2021", "Đang thực hiện"),
    ["PHIẾU SỐ LIỆU"],
    [],
    ["Tiêu chí 1.7 - Mức độ thực hiện các chỉ tiêu KT-XH do HĐND xã giao"],
    ["Kỳ:", "Năm 2021 (ước thực hiện)"],
    ["Tỷ lệ:", "87,5%"],
  ]);

  it("reads each card as a task, the lead and the partners from one row", () => {
    expect(c.tasks.map((t) => `${t.code} ${t.due} ${t.status} ${t.partners}`)).toEqual([
      "2.2 2021-10-31 Hoàn thành Công chức Văn phòng-Thống kê",
      "2.4 2021-11-30 Đang thực hiện Công chức Văn phòng-Thống kê",
    ]);
  });

  it("makes no task of the figures' card's lines, and says what became of each", () => {
    expect(c.tasks.some((t) => t.source.row >= 18)).toBe(false);
    const said = (row: number) => c.readings.some((r) => r.source.row === row) || c.problems.some((p) => p.row === row);
    expect(said(21)).toBe(true);
  });
});

describe("a sheet of update rounds, each under its own 'ĐỢT n - CẬP NHẬT ĐẾN NGÀY …' line, a figures line under each", () => {
  const block = (n: number, day: string, progress: string, received: number, onTime: number) => [
    [`ĐỢT ${n} - CẬP NHẬT ĐẾN NGÀY ${day}`],
    ["STT", "Tiêu chí", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành", "Kết quả thực hiện", "Tỷ lệ hoàn thành", "Đánh giá"],
    [1, "1.4", "Hoàn thiện hồ sơ quyết toán công trình đường GTNT ấp 3", "Ban QLDA xã", "31/12/2021", "Đang lập hồ sơ", progress, "Đạt"],
    [
      null,
      null,
      `Số liệu (lũy kế từ 01/01/2021): hồ sơ TTHC tiếp nhận ${received}; giải quyết đúng hạn ${onTime}; tỷ lệ ${String(Math.round((onTime / received) * 10000) / 100).replace(".", ",")}% (TC 1.2)`,
    ],
    [],
  ];
  const c = consolidateSheet([
    ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI THIỆN CHỈ SỐ CCHC NĂM 2021"],
    [],
    ...block(1, "30/9/2021", "40%", 115, 112),
    ...block(2, "31/10/2021", "80%", 143, 140),
  ]);

  it("dates each round's figures line at its round's day", () => {
    expect(c.readings.filter((r) => r.code === "1.2").map((r) => `${r.date} ${r.numerator}/${r.denominator}`)).toEqual([
      "2021-09-30 112/115",
      "2021-10-31 140/143",
    ]);
  });

  it("reads 'Đạt' under 'Đánh giá' beside 80 % as on track, not done", () => {
    const t = c.tasks.find((x) => x.code === "1.4");
    expect([t?.status, t?.progress]).toEqual(["Đang thực hiện", 80]);
  });
});

describe("consolidating again into the master a 2020 figure was written to as the baseline", () => {
  const sheet = [
    ["KẾT QUẢ KHẢO SÁT SIPAS"],
    ["Mã", "Chỉ số thành phần", "Năm 2020", "Năm 2021"],
    ["2.1", "Hài lòng về tiếp cận dịch vụ", 84.2, 88.5],
  ];
  const first = consolidateSheet(sheet);
  const withBaseline = (value: number) => ({
    ...BUILTIN_PLAN,
    items: BUILTIN_PLAN.items.map((i) =>
      i.code === "2.1" && i.target.kind === "baseline" ? { ...i, target: { ...i.target, baseline: value } } : i,
    ),
  });
  const again = (value: number) =>
    consolidate([{ file: "so.xlsx", ok: true, grids: [gridOf(sheet)] }], withBaseline(value), "2021-12-15" as IsoDate).problems.filter(
      (p) => p.code === "BASELINE_FROM_READING",
    ).length;

  it("says again where the baseline came from, as the first run did", () => {
    expect(first.problems.filter((p) => p.code === "BASELINE_FROM_READING")).toHaveLength(1);
    expect(again(84.2)).toBe(1);
  });

  it("says nothing of a baseline entered as another value", () => {
    expect(again(85)).toBe(0);
  });
});

describe("criteria across under a codes' row, with last year's same periods and an estimate among the rows", () => {
  const c = consolidateSheet([
    ["TÌNH HÌNH THỰC HIỆN CÁC TIÊU CHÍ 1.3, 1.6, 1.7"],
    [],
    ["Kỳ", "CB, CC cấp xã đạt chuẩn", "Tốc độ tăng GRDP", "Chỉ tiêu KT-XH HĐND giao đạt, vượt"],
    [null, "TCTP 1.3", "TC 1.6", "TC 1.7"],
    ["6 tháng đầu năm 2020 (cùng kỳ)", "18/21", "5,2%", "10/18"],
    ["6 tháng đầu năm 2021", "19/21", "5,8%", "11/18"],
    ["Ước cả năm 2021", "21/21", "6,8%", "16/18"],
  ]);

  it("reads each criterion's figure of each period, last year's at its own day", () => {
    expect(c.readings.map((r) => `${r.code} ${r.date} ${r.numerator ?? r.value}`).sort()).toEqual([
      "1.3 2020-06-30 18",
      "1.3 2021-06-30 19",
      "1.6 2020-06-30 5.2",
      "1.6 2021-06-30 5.8",
      "1.7 2020-06-30 10",
      "1.7 2021-06-30 11",
    ]);
  });

  it("names the estimate's row and reads none of it", () => {
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 7)).toBe(true);
  });
});

describe("'Hạn ban đầu | Hạn được gia hạn' and 'Hạn lần 1 | Hạn lần 2' under Thời hạn", () => {
  const c = consolidateSheet(
    [
      ["STT", "Nhiệm vụ", "Chủ trì", "Thời hạn", null, "Tình trạng"],
      [null, null, null, "Hạn ban đầu", "Hạn được gia hạn"],
      [1, "Rà soát vị trí việc làm, đề xuất bố trí công chức", "VP-TK", "30/11/2021", "20/12/2021", "Đang thực hiện"],
      [2, "Đăng tải danh mục dịch vụ công trực tuyến", "VH-XH", "30/10/2021", null, "Đang thực hiện"],
    ],
    { merges: merged("D1:E1") },
  );
  const d = consolidateSheet([
    ["STT", "Nhiệm vụ", "Chủ trì", "Hạn lần 1", "Hạn lần 2", "Tình trạng"],
    [1, "Rà soát, đề xuất đơn giản hóa TTHC lĩnh vực hộ tịch", "TP-HT", "31/10/2021", "30/11/2021", "Đang thực hiện"],
  ]);

  it("takes the first as the deadline and the second as the day it was moved to", () => {
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-12-20", "2021-10-30"]);
    expect(c.tasks[0].note).toMatch(/hạn ban đầu 30\/11\/2021/);
    expect([d.tasks[0].due, d.tasks[0].doneDate]).toEqual(["2021-11-30", null]);
  });
});

describe("a district form's quarters across, its numbering row 'A | B | C | 1 | 2 | 3=2/1 | 4 | …', a note of the last quarter's day", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ THỰC HIỆN MỘT SỐ TIÊU CHÍ THÀNH PHẦN CHỈ SỐ CCHC THEO QUÝ NĂM 2021"],
      [],
      ["STT", "Nội dung", "Tiêu chí", "Quý I", null, null, "Quý II", null, null, "Quý III"],
      [null, null, null, "Tổng số", "Đạt", "Tỷ lệ", "Tổng số", "Đạt", "Tỷ lệ", "Tổng số", "Đạt", "Tỷ lệ"],
      ["A", "B", "C", 1, 2, "3=2/1", 4, 5, "6=5/4", 7, 8, "9=8/7"],
      [1, "Cán bộ, công chức cấp xã đạt chuẩn", "TCTP 1.3", 21, 19, "90,5%", 21, 19, "90,5%", 21, 20, "95,2%"],
      [2, "Văn bản đi được gửi dưới dạng điện tử", "TCTP 1.5", 142, 128, "90,1%", 156, 148, "94,9%", 171, 166, "97,1%"],
      [],
      ["Ghi chú: Số liệu Quý III tính đến ngày 20/9/2021; Quý I, Quý II tính đến hết quý."],
    ],
    { merges: merged("D3:F3", "G3:I3", "J3:L3") },
  );

  it("reads no figure from the numbering row in any quarter's band", () => {
    expect(c.readings.some((r) => r.source.row === 5)).toBe(false);
    expect(c.readings.map((r) => r.code).sort()).toEqual(["1.3", "1.3", "1.3", "1.5", "1.5", "1.5"]);
  });

  it("dates the last quarter's figures at the day the note gives, the others at their quarter's end", () => {
    expect(c.readings.filter((r) => r.code === "1.3").map((r) => r.date)).toEqual(["2021-03-31", "2021-06-30", "2021-09-20"]);
  });
});

describe("a survey titled for the half year, gathered in its last month ('6 THÁNG ĐẦU NĂM 2021 (phát phiếu từ 01/6 đến 30/6/2021)')", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ TỰ KHẢO SÁT SIPAS 6 THÁNG ĐẦU NĂM 2021 (phát phiếu từ 01/6 đến 30/6/2021)"],
    [null, "Chỉ số", "Mã", "Số phiếu hài lòng", "Tổng phiếu", "Tỷ lệ hài lòng"],
    [1, "Tiếp cận dịch vụ", "2.1", 52, 60, "86,7%"],
    [2, "Tổ chức giải quyết TTHC", "2.2", 49, 60, "81,7%"],
  ]);

  it("is the half year's figures, at the survey's last day", () => {
    expect(c.readings.map((r) => `${r.period} ${r.date}`)).toEqual(["6 tháng đầu năm 2021 2021-06-30", "6 tháng đầu năm 2021 2021-06-30"]);
  });
});

describe("a section of criteria's figures under the tasks, each a sentence in the result column", () => {
  const c = consolidateSheet([
    ["THEO DÕI THỰC HIỆN NHIỆM VỤ CCHC - THÁNG 12/2021"],
    ["Cập nhật ngày 14/12/2021"],
    ["STT", "Nội dung", "Người thực hiện", "Hạn", "Kết quả/tiến độ"],
    ["A", "NHIỆM VỤ CHUNG"],
    [1, "Ban hành Kế hoạch kiểm tra CCHC năm 2022 (TC 1.1)", "VP-TK", "20/12/2021", "Đang dự thảo, khoảng 50%"],
    ["B", "KẾT QUẢ CÁC CHỈ TIÊU"],
    [null, "Tỷ lệ hồ sơ giải quyết đúng hạn (TC 1.2)", null, null, "Tháng 11: 97/97 = 100%"],
    [null, "Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 (TC 1.1)", null, null, "Lũy kế đến 30/11/2021 đạt 16,5%"],
    [null, "Giải ngân vốn đầu tư công (TC 1.4)", null, null, "78% (đến 30/11/2021)"],
  ]);

  it("reads each, at the period its sentence names", () => {
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.date} ${r.value}`).sort()).toEqual([
      "1.1 Năm 2021 (đến 30/11/2021) 2021-11-30 16.5",
      "1.2 Tháng 11/2021 2021-11-30 100",
      "1.4 30/11/2021 2021-11-30 78",
    ]);
  });
});

describe("a verdict alone in Kết quả, where no status column is", () => {
  const c = consolidateSheet([
    ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Kết quả"],
    [1, "Niêm yết công khai TTHC tại trụ sở", "VP-TK", "30/10/2021", "Đạt"],
    [2, "Cập nhật hồ sơ lên cổng dịch vụ công", "VP-TK", "30/11/2021", "Chưa đạt"],
  ]);

  it("still says done for 'Đạt' and not done for 'Chưa đạt'", () => {
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Chưa thực hiện"]);
  });
});
