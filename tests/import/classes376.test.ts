import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidateSheet, merged } from "../helpers/grids";

// Classes found by blind sets 372 (left from the last stop) and 376-379: reports typed in Word and pasted into a sheet.

const day = (d: string) => ({ date: d as IsoDate });

describe("a report's tasks numbered 1.1., 1.2. in a cell of their own, their fields on the lines under them", () => {
  const c = consolidateSheet([
    ["UBND XÃ TÂN BÌNH", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["BỘ PHẬN TN&TKQ", null, null, "Độc lập - Tự do - Hạnh phúc"],
    [],
    ["BÁO CÁO"],
    ["Kết quả thực hiện các giải pháp nâng cao Chỉ số SIPAS Quý III năm 2021"],
    [],
    ["1.", "Chỉ số 2.2 - Tổ chức giải quyết TTHC"],
    ["1.1.", "Niêm yết công khai đầy đủ TTHC tại Bộ phận Tiếp nhận và trả kết quả."],
    [null, "Kết quả: Đã niêm yết đầy đủ 129 TTHC, hoàn thành ngày 20/8/2021."],
    [null, "Chủ trì: Công chức Văn phòng - Thống kê."],
    [null, "Thời hạn: 31/8/2021"],
    ["1.2.", "Tuyên truyền các hình thức nộp hồ sơ qua dịch vụ bưu chính công ích."],
    [null, "Kết quả: Đang thực hiện; đã lồng ghép tuyên truyền tại các cuộc họp ấp."],
    [null, "Chủ trì: Công chức Văn hóa - Xã hội; phối hợp: Bưu điện văn hóa xã"],
    [null, "Thời hạn: Quý IV/2021"],
    [],
    ["2.", "Chỉ số 2.4 - Kết quả giải quyết TTHC"],
    ["2.1.", "Triển khai đánh giá chất lượng giải quyết TTHC theo Nghị định 61/2018/NĐ-CP."],
    [null, "Kết quả: Chưa thực hiện."],
    [null, "Chủ trì: Công chức Văn phòng - Thống kê"],
    [null, "Thời hạn: 30/12/2021"],
    [],
    ["3.", "Số liệu hồ sơ TTHC Quý III/2021 (từ 01/7/2021 đến 30/9/2021):"],
    [null, "Lĩnh vực", "Tiếp nhận", "Đúng hạn", "Trễ hạn", "Tỷ lệ đúng hạn"],
    [null, "Hộ tịch", 215, 215, 0, "100%"],
    [null, "Đất đai", 38, 35, 3, "92,1%"],
    [null, "Cộng", 253, 250, 3, "98,8%"],
    [],
    [null, "Nơi nhận:", null, "NGƯỜI BÁO CÁO"],
    [null, "- Lãnh đạo UBND xã;"],
    [null, "- Lưu: BP.TN&TKQ."],
  ]);
  const task = (row: number) => c.tasks.find((t) => t.source.row === row);

  it("reads each numbered part as a task under the criterion its heading names", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [8, "2.2"],
      [12, "2.2"],
      [18, "2.4"],
    ]);
  });

  it("takes each task's lead, deadline and state from its labelled lines", () => {
    expect([task(8)?.lead, task(8)?.due, task(8)?.status, task(8)?.doneDate]).toEqual([
      "Công chức Văn phòng-Thống kê",
      "2021-08-31",
      "Hoàn thành",
      "2021-08-20",
    ]);
    expect([task(12)?.lead, task(12)?.due, task(12)?.status]).toEqual(["Công chức Văn hóa-Xã hội", "2021-12-31", "Đang thực hiện"]);
    expect([task(18)?.due, task(18)?.status]).toEqual(["2021-12-30", "Chưa thực hiện"]);
  });

  it("never reads the recipients under 'Nơi nhận:' as tasks", () => {
    expect(c.tasks.some((t) => /Lãnh đạo|Lưu/.test(t.content))).toBe(false);
  });

  it("reads the table of dossiers after the lines, dated by its own title line", () => {
    const r = c.readings.find((x) => x.code === "1.2");
    expect([r?.numerator, r?.denominator, r?.date, r?.period]).toEqual([250, 253, "2021-09-30", "Quý III/2021"]);
  });
});

describe("a table of dossiers by field with their on-time rate, the received the whole", () => {
  const c = consolidateSheet([
    ["Số liệu hồ sơ TTHC Quý III/2021"],
    ["Lĩnh vực", "Tiếp nhận", "Đúng hạn", "Trễ hạn", "Tỷ lệ đúng hạn"],
    ["Hộ tịch", 215, 215, 0, "100%"],
    ["Chứng thực", 148, 148, 0, "100%"],
    ["Đất đai", 38, 35, 3, "92,1%"],
    ["Cộng", 401, 398, 3, "99,3%"],
  ]);

  it("reads the total row as criterion 1.2's figure of the quarter", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator, r.date])).toEqual([["1.2", 398, 401, "2021-09-30"]]);
  });
});

describe("a report's figures as labelled lines above its tasks, each task's fields with the label in a cell of its own", () => {
  const c = consolidateSheet(
    [
      ["ỦY BAN NHÂN DÂN", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["Số: 187/BC-UBND", null, null, null, "Tân Bình, ngày 13 tháng 12 năm 2021"],
      [],
      ["BÁO CÁO"],
      ["Kết quả khắc phục tồn tại, hạn chế, nâng cao Chỉ số CCHC và Chỉ số SIPAS năm 2021"],
      [],
      ["I.", "KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG (SIPAS) NĂM 2021"],
      [null, "Theo kết quả khảo sát của UBND huyện công bố ngày 30/11/2021 (khảo sát 150 phiếu hợp lệ):"],
      [null, "- Chỉ số hài lòng về tiếp cận dịch vụ (2.1):", null, null, 0.873],
      [null, "- Chỉ số hài lòng về công chức (2.3):", null, null, 0.912],
      [null, "- Chỉ số hài lòng về kết quả giải quyết TTHC (2.4):", null, null, "89,5%"],
      [],
      ["II.", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"],
      [1, "Cải thiện nơi làm việc, bổ sung trang thiết bị tại Bộ phận Tiếp nhận và trả kết quả (TC 2.1)"],
      [null, "Chủ trì:", "Văn phòng - Thống kê"],
      [null, "Thời hạn:", day("2021-11-30")],
      [null, "Tiến độ:", 0.75],
      [null, "Kết quả:", "Đã lắp đặt máy lấy số tự động, ghế chờ; còn lại bảng điện tử chưa lắp."],
      [],
      [2, "Thực hiện công khai xin lỗi khi giải quyết TTHC trễ hạn (TC 2.4)"],
      [null, "Chủ trì:", "Các công chức chuyên môn"],
      [null, "Thời hạn:", "Thường xuyên"],
      [null, "Tiến độ:"],
      [null, "Kết quả:", "Đang thực hiện"],
      [],
      [3, "Tổ chức rà soát kết quả thực hiện các chỉ tiêu Nghị quyết HĐND xã năm 2021 (TC 1.7)"],
      [null, "Chủ trì:", "Công chức Tài chính - Kế toán"],
      [null, "Thời hạn:", day("2021-12-20")],
      [null, "Tiến độ:", "0%"],
      [null, "Kết quả:", "Chưa thực hiện"],
      [],
      ["III.", "PHƯƠNG HƯỚNG THỜI GIAN TỚI"],
      [null, "Tiếp tục duy trì các giải pháp đã triển khai; phấn đấu Chỉ số SIPAS năm 2022 đạt trên 90%."],
    ],
    { formats: { "9:5": "0.0%", "10:5": "0.0%", "17:3": "0%" } },
  );
  const task = (row: number) => c.tasks.find((t) => t.source.row === row);

  it("reads every numbered task, a blank 'Tiến độ:' line none the less", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [14, "2.1"],
      [20, "2.4"],
      [26, "1.7"],
    ]);
  });

  it("takes the value beside each label: the lead (as the plan names the post), the deadline as a date, the share as a share", () => {
    expect([task(14)?.lead, task(14)?.due, task(14)?.progress, task(14)?.status]).toEqual([
      "Công chức Văn phòng-Thống kê",
      "2021-11-30",
      75,
      "Đang thực hiện",
    ]);
    expect([task(26)?.due, task(26)?.status]).toEqual(["2021-12-20", "Chưa thực hiện"]);
  });

  it("reads the figures' lines above the tasks, standing at the day the survey was published", () => {
    expect(c.readings.map((r) => [r.code, r.value, r.date])).toEqual([
      ["2.1", 87.3, "2021-11-30"],
      ["2.3", 91.2, "2021-11-30"],
      ["2.4", 89.5, "2021-11-30"],
    ]);
  });

  it("reads the directions under 'III.' as no task and no figure", () => {
    expect(c.tasks.some((t) => t.source.row >= 31)).toBe(false);
    expect(c.readings.some((r) => r.source.row >= 31)).toBe(false);
  });
});

describe("tasks lettered a), b) under a criterion's heading, each a block of labelled rows", () => {
  const c = consolidateSheet([
    ["BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH QUÝ III VÀ QUÝ IV NĂM 2021"],
    [],
    ["I. TIÊU CHÍ 1.1 - NÂNG CAO TỶ LỆ HỒ SƠ TTHC ĐƯỢC XỬ LÝ TRỰC TUYẾN"],
    ["a) Tuyên truyền trên hệ thống loa phát thanh xã về các TTHC được cung cấp dịch vụ công trực tuyến."],
    ["Đơn vị chủ trì:", null, "Công chức Văn hóa - Xã hội"],
    ["Thời gian:", null, "Từ tháng 10 đến hết tháng 12/2021"],
    ["Kết quả:", null, "Đã phát 24 buổi tuyên truyền, đạt 100% kế hoạch. Hoàn thành ngày 30/11/2021, sớm hơn dự kiến."],
    ["b) Hướng dẫn tổ chức, cá nhân nộp hồ sơ trực tuyến tại Bộ phận Một cửa."],
    ["Đơn vị chủ trì:", null, "Bộ phận Tiếp nhận và trả kết quả xã"],
    ["Thời gian:", null, "Trong năm 2021"],
    [
      "Kết quả:",
      null,
      "Quý III/2021: tiếp nhận 41 hồ sơ trực tuyến trên tổng số 187 hồ sơ (21,9%). Quý IV/2021 (đến 10/12): 68/201 hồ sơ, đạt 33,8%. Đang tiếp tục hướng dẫn.",
    ],
    ["II. CHỈ SỐ 2.1 - CHỈ SỐ HÀI LÒNG VỀ TIẾP CẬN DỊCH VỤ"],
    ["a) Bổ sung ghế ngồi, quạt, bảng hướng dẫn tại Bộ phận Một cửa."],
    ["Đơn vị chủ trì:", null, "Công chức Văn phòng - Thống kê"],
    ["Thời gian:", null, day("2021-10-31")],
    ["Kết quả:", null, "Đã mua sắm bổ sung 10 ghế chờ; bảng hướng dẫn đang chờ in. Tiến độ: 60%."],
  ]);
  const task = (row: number) => c.tasks.find((t) => t.source.row === row);

  it("reads each lettered line as its block's task, under its heading's criterion", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.content.slice(0, 20)])).toEqual([
      [4, "1.1", "Tuyên truyền trên hệ"],
      [8, "1.1", "Hướng dẫn tổ chức, c"],
      [13, "2.1", "Bổ sung ghế ngồi, qu"],
    ]);
  });

  it("reads 'sớm hơn dự kiến' as earlier than planned, the work done", () => {
    expect(task(4)?.status).toBe("Hoàn thành");
  });

  it("reads each quarter's figure in the result at its own period, never as the task's progress", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator, r.date])).toEqual([
      ["1.1", 41, 187, "2021-09-30"],
      ["1.1", 68, 201, "2021-12-10"],
    ]);
    expect([task(8)?.status, task(8)?.progress]).toEqual(["Đang thực hiện", null]);
  });
});

describe("a report's tasks with 'Đơn vị chủ trì:', 'Thời gian:' lines and a span in the result", () => {
  const c = consolidateSheet([
    ["BÁO CÁO"],
    ["Kết quả thực hiện Kế hoạch số 49/KH-UBND ngày 29/9/2021 của UBND xã"],
    [],
    ["2. Tiêu chí thành phần 1.5 “Tỷ lệ văn bản trao đổi dưới dạng điện tử”"],
    ["2.1. Tăng cường gửi, nhận văn bản điện tử qua phần mềm quản lý văn bản và điều hành."],
    ["Đơn vị chủ trì: Công chức Văn phòng - Thống kê."],
    ["Thời gian: Quý IV năm 2021."],
    [
      "Kết quả: Từ ngày 01/10/2021 đến 10/12/2021, UBND xã ban hành 146 văn bản đi, trong đó 139 văn bản được gửi dưới dạng điện tử (đạt 95,2%).",
    ],
    ["2.2. Triển khai lấy phiếu đánh giá sự hài lòng của người dân (TC 2.4)."],
    ["Đơn vị chủ trì: Bộ phận Tiếp nhận và trả kết quả xã."],
    ["Thời gian: Tháng 12/2021."],
    ["Kết quả: Chưa thực hiện, dự kiến triển khai từ ngày 20/12/2021."],
  ]);

  it("reads the labelled lines as the tasks' lead and deadline", () => {
    expect(c.tasks.map((t) => [t.code, t.lead, t.due])).toEqual([
      ["1.5", "Công chức Văn phòng-Thống kê", "2021-12-31"],
      ["2.4", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-12-31"],
    ]);
  });

  it("dates a figure said over a span at the span's last day", () => {
    const r = c.readings.find((x) => x.code === "1.5");
    expect([r?.numerator, r?.denominator, r?.date]).toEqual([139, 146, "2021-12-10"]);
  });
});

describe("a quick report's lines with their fields inside, after the task's words", () => {
  const c = consolidateSheet([
    ["BÁO CÁO NHANH"],
    ["Tình hình thực hiện các tiêu chí 1.6, 1.7 theo Kế hoạch 49/KH-UBND – 11 tháng năm 2021"],
    [],
    ["1. Tiêu chí 1.6 – Tỷ lệ tăng tổng sản phẩm trên địa bàn (GRDP)"],
    [
      "a) Tuyên truyền, vận động các hộ đăng ký sản phẩm OCOP. Chủ trì: Công chức Văn hóa - Xã hội; phối hợp: Hội Nông dân xã. Thời gian: Quý III-IV/2021.",
    ],
    ["Kết quả: Đã có 01 sản phẩm được công nhận 3 sao ngày 19/11/2021; sản phẩm cà phê đang hoàn thiện hồ sơ."],
    ["2. Tiêu chí 1.7 – Mức độ thực hiện các chỉ tiêu phát triển kinh tế - xã hội do HĐND xã giao"],
    [
      "a) Rà soát, đánh giá tiến độ 18 chỉ tiêu theo Nghị quyết của HĐND xã. Chủ trì: Công chức Tài chính - Kế toán. Thời gian: trước 05/12/2021.",
    ],
    [
      "Kết quả: Hoàn thành (Báo cáo số 108/BC-UBND ngày 03/12/2021). Đến 30/11/2021 có 15/18 chỉ tiêu đạt và vượt (83,3%), 03 chỉ tiêu phấn đấu đạt trong tháng 12.",
    ],
    [],
    ["III. NHIỆM VỤ THÁNG 12/2021"],
    ["- Tập trung chỉ đạo thu ngân sách đạt 100% dự toán (TC 1.7). Chủ trì: Công chức Tài chính - Kế toán. Thời gian: trước 31/12/2021."],
  ]);
  const task = (row: number) => c.tasks.find((t) => t.source.row === row);

  it("takes the lead and partners from inside the line, the post's name whole", () => {
    expect([task(5)?.lead, task(5)?.partners]).toEqual(["Công chức Văn hóa-Xã hội", "Hội Nông dân xã"]);
  });

  it("never takes a criterion's name ('trên địa bàn') for an area of the commune", () => {
    expect([task(5) !== undefined, /Địa bàn/.test(task(5)?.note ?? "")]).toEqual([true, false]);
  });

  it("reads the targets met as criterion 1.7's figure at the day said, the task done", () => {
    const r = c.readings.find((x) => x.code === "1.7");
    expect([r?.numerator, r?.denominator, r?.date]).toEqual([15, 18, "2021-11-30"]);
    expect([task(8)?.status, task(8)?.doneDate]).toEqual(["Hoàn thành", "2021-12-03"]);
  });

  it("reads a line naming its lead as a task, its share a target, never a figure", () => {
    expect([task(12)?.code, task(12)?.lead]).toEqual(["1.7", "Công chức Tài chính-Kế toán"]);
    expect(c.readings.some((r) => r.source.row === 12)).toBe(false);
  });
});

describe("a one-stop table by field with each field's procedures under it and a total", () => {
  const c = consolidateSheet([
    ["BIỂU TỔNG HỢP KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT TTHC 6 THÁNG ĐẦU NĂM 2021"],
    ["(Từ ngày 15/12/2020 đến ngày 14/6/2021)"],
    [],
    [
      "STT",
      "Lĩnh vực, tên thủ tục hành chính",
      "Số hồ sơ tiếp nhận",
      null,
      null,
      "Số hồ sơ đã giải quyết",
      null,
      null,
      null,
      "Đang giải quyết",
    ],
    [null, null, "Tổng số", "Trực tuyến", "Trực tiếp", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn"],
    ["I", "Hộ tịch", 207, 20, 187, 207, 85, 122, 0, 0],
    [1, "Đăng ký khai sinh", 95, 12, 83, 95, 40, 55, 0, 0],
    [2, "Đăng ký kết hôn", 112, 8, 104, 112, 45, 67, 0, 0],
    ["II", "Đất đai", 20, 1, 19, 16, 2, 13, 1, 4],
    [1, "Hòa giải tranh chấp đất đai", 8, 0, 8, 6, 0, 5, 1, 2],
    [2, "Đăng ký biến động đất đai", 12, 1, 11, 10, 2, 8, 0, 2],
    [null, "TỔNG CỘNG", 227, 21, 206, 223, 87, 135, 1, 4],
  ]);

  it("reads each field's row once, never its procedures again, never none of them", () => {
    expect((c.dossiers ?? []).map((d) => [d.field, d.online, d.inPerson, d.onTime, d.late])).toEqual([
      ["Hộ tịch", 20, 187, 122, 0],
      ["Đất đai", 1, 19, 13, 1],
    ]);
  });
});

describe("the desk's quick report as a form of numbered lines, a unit beside some figures", () => {
  const c = consolidateSheet([
    ["UBND XÃ TÂN BÌNH"],
    ["BP Tiếp nhận & trả kết quả"],
    [],
    ["BÁO CÁO NHANH KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC THÁNG 10/2021"],
    ["(Số liệu từ ngày 15/9/2021 đến ngày 14/10/2021)"],
    [],
    ["1. Tổng số hồ sơ tiếp nhận", 105, "hồ sơ"],
    ["   - Kỳ trước chuyển sang", 6],
    ["   - Tiếp nhận mới", 99],
    ["       + Trực tuyến (mức độ 3, 4)", 37],
    ["       + Trực tiếp, qua bưu chính", 62],
    ["2. Số hồ sơ đã giải quyết", 97, "hồ sơ"],
    ["   - Trước hạn", 25],
    ["   - Đúng hạn", 71],
    ["   - Quá hạn", 1, "đã gửi thư xin lỗi"],
    ["3. Số hồ sơ đang giải quyết", 8, "hồ sơ (trong hạn)"],
    ["4. Tỷ lệ giải quyết đúng hạn (kể cả trước hạn)", 98.97, "%"],
    ["5. Tỷ lệ hồ sơ tiếp nhận trực tuyến / tiếp nhận mới", 37.37, "%"],
    ["6. Số thư xin lỗi đã gửi", 1, "thư"],
    [],
    ["7. Khó khăn, vướng mắc: Không."],
  ]);

  it("reads the form's two rates, never a rate's line taken for a table's header", () => {
    const read = c.readings.map((r) => [r.source.row, r.value, r.date]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(read).toEqual([
      [17, 98.97, "2021-10-14"],
      [18, 37.37, "2021-10-14"],
    ]);
    expect(c.tasks).toEqual([]);
  });

  it("reads no count of the desk ('Kỳ trước chuyển sang', 'Quá hạn') as a figure of its own", () => {
    expect(c.readings.some((r) => [8, 9, 11, 15, 16, 19].includes(r.source.row))).toBe(false);
  });
});

describe("the desk's quick report as a form, its rates typed with '%'", () => {
  const c = consolidateSheet([
    ["BÁO CÁO NHANH KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC THÁNG 9/2021"],
    ["(Số liệu từ ngày 15/8/2021 đến ngày 14/9/2021)"],
    [],
    ["1. Tổng số hồ sơ tiếp nhận", 65, "hồ sơ"],
    ["   - Kỳ trước chuyển sang", 7],
    ["   - Tiếp nhận mới", 58],
    ["       + Trực tuyến (mức độ 3, 4)", 30],
    ["       + Trực tiếp, qua bưu chính", 28],
    ["2. Số hồ sơ đã giải quyết", 59, "hồ sơ"],
    ["   - Trước hạn", 14],
    ["   - Đúng hạn", 44],
    ["   - Quá hạn", 1, "đã gửi thư xin lỗi"],
    ["3. Số hồ sơ đang giải quyết", 6, "hồ sơ (trong hạn)"],
    ["4. Tỷ lệ giải quyết đúng hạn (kể cả trước hạn)", "98,31%"],
    ["5. Tỷ lệ hồ sơ tiếp nhận trực tuyến / tiếp nhận mới", "51,72%"],
  ]);

  it("reads the rates, each desk count only with its rate, never alone as a figure", () => {
    expect(c.readings.map((r) => r.value).sort()).toEqual([51.72, 98.31]);
  });
});

describe("a year's figures by quarter beside the plan's target for each, and a note of how the rates are worked out", () => {
  const c = consolidateSheet([
    ["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    ["(Số liệu từ ngày 01/01/2021 đến hết ngày 30/9/2021)"],
    [],
    ["STT", "Tiêu chí / Tiêu chí thành phần", "Chỉ tiêu năm 2021", "Quý I", null, null, "Quý II", null, null],
    [null, null, null, "Tổng số", "Đạt", "Tỷ lệ", "Tổng số", "Đạt", "Tỷ lệ"],
    [1, "TC 1.1 - Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4", "> năm 2020", 412, 37, 0.0898, 398, 52, 0.1307],
    [2, "2.3 - Hài lòng về công chức tại Bộ phận TN&TKQ", "≥ năm 2020", 60, 58, 0.9667, 60, 59, 0.9833],
    [],
    ["Ghi chú: Tỷ lệ = Đạt/Tổng số x 100%. Chỉ tiêu TC 1.1 theo Kế hoạch 49/KH-UBND: cao hơn năm 2020."],
  ]);

  it("reads each quarter's figures as that quarter's, never the target's year", () => {
    const got = c.readings.map((r) => [r.code, r.period, r.numerator]).sort((a, b) => String(a).localeCompare(String(b)));
    expect(got).toEqual([
      ["1.1", "Quý I/2021", 37],
      ["1.1", "Quý II/2021", 52],
      ["2.3", "Quý I/2021", 58],
      ["2.3", "Quý II/2021", 59],
    ]);
  });
});

describe("a table of months across, each month a date shown by its month alone", () => {
  const month = (m: number) => ({ date: `2021-${String(m).padStart(2, "0")}-01` as IsoDate });
  const c = consolidateSheet(
    [
      ["THEO DÕI HỒ SƠ TTHC THEO THÁNG - NĂM 2021"],
      [],
      ["TT", "Nội dung", "ĐVT", "6 tháng cuối năm", null, null],
      [null, null, null, month(7), month(8), month(9)],
      [1, "Tổng số hồ sơ tiếp nhận (TC 1.1)", "hồ sơ", 150, 146, 159],
      [null, "Số hồ sơ nộp trực tuyến mức độ 3, 4", "hồ sơ", 22, 27, 32],
      [null, "Tỷ lệ hồ sơ trực tuyến", "%", "14,7%", "18,5%", "20,1%"],
    ],
    { formats: { "4:4": '"Tháng "m', "4:5": '"Tháng "m', "4:6": '"Tháng "m' } },
  );

  it("reads each column as its month, never the half-year over them", () => {
    expect(c.readings.map((r) => [r.period, r.numerator, r.denominator])).toEqual([
      ["Tháng 7/2021", 22, 150],
      ["Tháng 8/2021", 27, 146],
      ["Tháng 9/2021", 32, 159],
    ]);
  });
});

describe("a plan's tasks turned on their side, a column per criterion under its code", () => {
  const c = consolidateSheet([
    ["BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND"],
    ["(Số liệu cập nhật đến ngày 10/12/2021)"],
    [],
    ["Nội dung", "TCTP 1.2", "TCTP 1.3", "Chỉ số 2.4"],
    [
      "Tên tiêu chí",
      "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn",
      "Tỷ lệ đạt chuẩn của cán bộ, công chức",
      "Hài lòng về kết quả giải quyết TTHC",
    ],
    [
      "Nhiệm vụ, giải pháp chủ yếu",
      "Tổ chức giải quyết hồ sơ TTHC đúng hạn, thực hiện xin lỗi khi trễ hẹn",
      "Rà soát đội ngũ cán bộ, công chức, tham mưu cử đi bồi dưỡng",
      "Triển khai đánh giá chất lượng giải quyết TTHC",
    ],
    ["Chủ trì", "Công chức Văn phòng-Thống kê", "Công chức Văn phòng-Thống kê", "Bộ phận TN&TKQ"],
    ["Thời hạn hoàn thành", day("2021-12-31"), "30/11/2021", "15/12/2021"],
    ["Tiến độ (%)", 0.95, "100%", "0%"],
    ["Tình trạng", "Đang thực hiện", "Hoàn thành", "Chưa thực hiện"],
    ["Ngày hoàn thành", null, day("2021-11-25")],
    ["Tỷ lệ đạt (%)", 0.9907, "90%"],
    ["Ghi chú", "Trễ hạn 02 hồ sơ lĩnh vực đất đai", "Còn 02 CB chờ lớp bồi dưỡng"],
  ]);

  it("reads a task per column, its criterion from the codes' row, its fields from the labels' rows", () => {
    expect(c.tasks.map((t) => [t.code, t.due, t.status, t.doneDate])).toEqual([
      ["1.2", "2021-12-31", "Đang thực hiện", null],
      ["1.3", "2021-11-30", "Hoàn thành", "2021-11-25"],
      ["2.4", "2021-12-15", "Chưa thực hiện", null],
    ]);
  });
});

describe("a report's results giving a criterion's figure and the work's own share", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 49/KH-UBND (tháng 11/2021)"],
    [],
    ["1. TCTP 1.5 – Tỷ lệ văn bản trao đổi dưới dạng điện tử"],
    ["- Nhiệm vụ: Chỉ gửi văn bản giấy song song khi pháp luật có yêu cầu."],
    ["- Chủ trì: Công chức Văn phòng-Thống kê; thời hạn: thường xuyên."],
    [
      "- Kết quả: Tháng 11/2021 phát hành 58 văn bản đi, trong đó 55 văn bản gửi dưới dạng điện tử (đạt 94,8%). Đang thực hiện, ước đạt 90% khối lượng.",
    ],
    ["2. Tiêu chí 1.7 – Mức độ thực hiện chỉ tiêu KT-XH do HĐND xã giao"],
    ["- Nhiệm vụ: Triển khai các nhiệm vụ, giải pháp theo Nghị quyết của HĐND xã."],
    ["- Chủ trì: Chủ tịch UBND xã; thời hạn: 31/12/2021."],
    ["- Kết quả: Đến 30/11/2021 đạt 14/17 chỉ tiêu (82,35%); chưa hoàn thành."],
  ]);

  it("takes the work's own share as its progress, the criterion's figure as a reading", () => {
    expect(c.tasks.map((t) => [t.code, t.progress])).toEqual([
      ["1.5", 90],
      ["1.7", null],
    ]);
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator])).toEqual([
      ["1.5", 55, 58],
      ["1.7", 14, 17],
    ]);
  });
});

describe("a report's parts numbered in column A, their lines in B, next quarter's work as bullets", () => {
  const c = consolidateSheet([
    ["BÁO CÁO"],
    ["Kết quả thực hiện Kế hoạch số 49/KH-UBND quý III năm 2021"],
    ["(Số liệu tính từ ngày 15/6/2021 đến ngày 14/9/2021)"],
    [],
    ["I.", "KẾT QUẢ THỰC HIỆN"],
    ["1.", "Tiêu chí thành phần 1.2: Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn"],
    ["1.1.", "Tổ chức giải quyết hồ sơ TTHC đúng hạn, thực hiện xin lỗi khi để trễ hẹn"],
    [null, "Chủ trì: Công chức Văn phòng-Thống kê. Phối hợp: Bộ phận TN&TKQ"],
    [null, "Kết quả: Trong quý tiếp nhận 415 hồ sơ, giải quyết đúng hạn 412 hồ sơ; tỷ lệ đúng hạn đạt 99,28%."],
    [null, "Tiến độ: Đang thực hiện (thường xuyên)."],
    ["2.", "Tiêu chí thành phần 1.5: Tỷ lệ văn bản trao đổi dưới dạng điện tử"],
    ["2.1.", "Gửi, nhận văn bản điện tử qua hệ thống iOffice, chỉ gửi kèm bản giấy khi có quy định"],
    [null, "Chủ trì: VP-TK"],
    [null, "Tiến độ: 80%"],
    ["3.", "Chỉ số 2.3 - Hài lòng về công chức tại Bộ phận TN&TKQ"],
    ["3.1.", "Khảo sát ý kiến người dân tại Bộ phận Một cửa về thái độ phục vụ của công chức"],
    [null, "Kết quả: Phát ra 60 phiếu, thu về 58 phiếu; 55 phiếu hài lòng về thái độ công chức (94,8%)."],
    [null, "Tiến độ: Hoàn thành 30/9/2021"],
    [],
    ["II.", "TỒN TẠI, HẠN CHẾ"],
    ["-", "Còn 03 hồ sơ trễ hạn do xác minh nguồn gốc đất kéo dài."],
    ["III.", "NHIỆM VỤ QUÝ IV/2021"],
    ["-", "Nâng tỷ lệ văn bản điện tử lên trên 95% trước ngày 31/12/2021."],
  ]);
  const task = (row: number) => c.tasks.find((t) => t.source.row === row);

  it("reads each part as a task, whatever the bullets under the report's later headings", () => {
    expect([task(7)?.code, task(12)?.code, task(16)?.code]).toEqual(["1.2", "1.5", "2.3"]);
    expect(c.tasks.some((t) => t.source.row === 21)).toBe(false);
  });

  it("reads 'Tiến độ: 80%' as the work under way, a survey done on its day", () => {
    expect([task(12)?.status, task(12)?.progress]).toEqual(["Đang thực hiện", 80]);
    expect([task(16)?.status, task(16)?.doneDate]).toEqual(["Hoàn thành", "2021-09-30"]);
  });

  it("takes a rate's counts from the clause before it, a survey's from the forms returned", () => {
    const got = c.readings.map((r) => [r.code, r.numerator, r.denominator]).sort((a, b) => String(a).localeCompare(String(b)));
    expect(got).toEqual([
      ["1.2", 412, 415],
      ["2.3", 55, 58],
    ]);
  });
});

describe("a task's lines with a figure's line, a small table and a target among them", () => {
  const c = consolidateSheet([
    ["BÁO CÁO TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG VÀ THỰC HIỆN TIÊU CHÍ 1.4"],
    ["Quý III năm 2021"],
    [],
    ["1. Kết quả thực hiện"],
    ["a) Giải ngân kế hoạch vốn đầu tư ngân sách nhà nước năm 2021"],
    ["- Chủ trì: Chủ tịch UBND xã; phối hợp: CC Tài chính - Kế toán."],
    ["- Tổng kế hoạch vốn giao năm 2021 là 5.100 triệu đồng; đến ngày 30/9/2021 đã giải ngân 3.250 triệu đồng, đạt 63,7% kế hoạch."],
    ["- Chi tiết theo công trình:"],
    ["STT", "Công trình", "Kế hoạch vốn (tr.đ)", "Đã giải ngân (tr.đ)"],
    [1, "Đường GTNT thôn 3", 2400, 1850],
    [2, "Nhà văn hóa thôn 7", 2700, 1400],
    [null, "Tổng cộng", 5100, 3250],
    [],
    ["- Tiến độ: đang thực hiện; phấn đấu giải ngân 100% trước ngày 31/01/2022."],
    ["b) Đôn đốc nhà thầu đẩy nhanh tiến độ thi công, nghiệm thu khối lượng hoàn thành để thanh toán"],
    ["- Chủ trì: CC Địa chính - Xây dựng"],
    ["- Tiến độ: 70%"],
    [],
    ["2. Khó khăn, vướng mắc"],
    ["- Công trình kênh mương nội đồng thôn 5 còn vướng giải phóng mặt bằng 02 hộ."],
  ]);
  const task = (row: number) => c.tasks.find((t) => t.source.row === row);

  it("reads both tasks, the table's rows kept with the first, the remarks as none", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [5, "1.4"],
      [15, "1.4"],
    ]);
    expect(task(5)?.note).toContain("Đường GTNT thôn 3");
  });

  it("never takes the share aimed at for the share reached", () => {
    expect([task(5)?.status, task(5)?.progress]).toEqual(["Đang thực hiện", null]);
    expect(task(15)?.progress).toBe(70);
  });

  it("reads the capital disbursed as criterion 1.4's figure at the day said", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator, r.date])).toEqual([["1.4", 3250, 5100, "2021-09-30"]]);
  });
});

describe("a share of one typed among percentages in the progress column", () => {
  const c = consolidateSheet([
    ["TT", "TC", "Việc cần làm", "Ai làm", "Hạn", "Xong chưa", "%"],
    [1, "1.6", "Kiểm soát dịch Covid-19, hỗ trợ hộ sản xuất kinh doanh", "PCT UBND xã", day("2021-12-31"), "đang làm", 0.75],
    [2, "1.6", "Hoàn thiện hồ sơ 02 sản phẩm OCOP đề nghị huyện đánh giá", "Công chức Nông nghiệp", "30/11/2021", "rồi", 100],
    [3, "1.7", "Xây dựng dự thảo Nghị quyết chỉ tiêu KT-XH năm 2022", "Công chức VP-TK", day("2021-12-20"), "chưa", 0],
  ]);

  it("reads it as the share it is, and names it", () => {
    expect(c.tasks[0].progress).toBe(75);
    expect(c.problems.some((p) => p.code === "BAD_NUMBER" && p.row === 2 && p.column === "G")).toBe(true);
  });
});

describe("a report's cards under each criterion's numbered heading, a label and two values on a line", () => {
  const c = consolidateSheet([
    ["BÁO CÁO"],
    ["Kết quả thực hiện Kế hoạch số 49/KH-UBND quý III năm 2021"],
    [],
    ["I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"],
    ["1.", "Tiêu chí thành phần 1.2: Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn"],
    [null, "Nội dung:", "Tổ chức thực hiện tốt việc giải quyết hồ sơ TTHC, giảm tỷ lệ hồ sơ trễ hạn."],
    [null, "Chủ trì:", "Công chức Văn phòng - Thống kê"],
    [null, "Thời hạn:", day("2021-12-31")],
    [
      null,
      "Kết quả:",
      "Quý III/2021 tiếp nhận 312 hồ sơ, đã giải quyết 305 hồ sơ, trong đó đúng hạn 302 hồ sơ; tỷ lệ đúng hạn đạt 99,02%.",
    ],
    [null, "Tiến độ:", "Đang thực hiện", 0.75],
    [],
    ["2.", "Tiêu chí 2.3: Chỉ số hài lòng về công chức tại Bộ phận Tiếp nhận và trả kết quả"],
    [null, "Nội dung:", "Phân công lãnh đạo trực tiếp theo dõi hoạt động của Bộ phận Tiếp nhận và trả kết quả xã."],
    [null, "Chủ trì:", "Công chức Văn phòng - Thống kê"],
    [null, "Thời hạn:", "30/9/2021"],
    [null, "Kết quả:", "Đã ban hành Quyết định phân công số 112/QĐ-UBND ngày 20/8/2021."],
    [null, "Tiến độ:", "Hoàn thành", 1],
  ]);

  it("reads a task per card, its criterion from the heading over it", () => {
    expect(c.tasks.map((t) => [t.code, t.status, t.progress])).toEqual([
      ["1.2", "Đang thực hiện", 75],
      ["2.3", "Hoàn thành", 100],
    ]);
  });

  it("reads the result's figure at the period the result names before its clause", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator, r.period])).toEqual([["1.2", 302, 305, "Quý III/2021"]]);
  });
});

describe("a quick report's lines, some fields in cells along the row, the targets met counted", () => {
  const c = consolidateSheet([
    [null, "BÁO CÁO NHANH KẾT QUẢ THỰC HIỆN TIÊU CHÍ 1.6, 1.7 - QUÝ IV/2021"],
    [],
    [null, "A. TIÊU CHÍ 1.6 - TĂNG TRƯỞNG GRDP"],
    [null, "1/ Đẩy mạnh kiểm soát dịch bệnh Covid-19, hỗ trợ hộ kinh doanh phục hồi sản xuất"],
    [null, "Chủ trì: PCT UBND xã (khối kinh tế) - Phối hợp: Trạm Y tế, các thôn"],
    [null, "Tiến độ:", 0.9],
    [null, "2/ Quảng bá sản phẩm OCOP của xã (bưởi da xanh, mật ong)"],
    [null, "Chủ trì: CC Văn hóa - Xã hội", "Thời hạn:", day("2021-11-30")],
    [null, "Tiến độ: Hoàn thành"],
    [null, "B. TIÊU CHÍ 1.7 - THỰC HIỆN CHỈ TIÊU KT-XH DO HĐND XÃ GIAO"],
    [null, "1/ Triển khai các giải pháp theo Nghị quyết 42/NQ-HĐND ngày 15/01/2021 của HĐND xã"],
    [null, "Chủ trì: Chủ tịch UBND xã"],
    [null, "Kết quả: ước cả năm đạt và vượt 16/18 chỉ tiêu (88,9%); 02 chỉ tiêu không đạt."],
    [null, "Tiến độ: Đang thực hiện"],
  ]);
  const task = (row: number) => c.tasks.find((t) => t.source.row === row);

  it("reads each line's fields, those along a row too", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.due])).toEqual([
      [4, "1.6", "2021-12-31"],
      [7, "1.6", "2021-11-30"],
      [11, "1.7", "2021-12-31"],
    ]);
    expect([task(4)?.progress, task(7)?.status]).toEqual([90, "Hoàn thành"]);
  });

  it("never counts the targets met as the task's parts done", () => {
    expect(task(11)?.progress).toBeNull();
  });
});

describe("a report's tasks opening with their criterion's code, their fields along the row under them", () => {
  const c = consolidateSheet([
    ["UBND XÃ TÂN BÌNH - TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 49/KH-UBND (đến ngày 10/12/2021)"],
    [],
    ["1)", "TC 2.1 – Cung cấp đầy đủ thông tin để người dân biết về Bộ phận Tiếp nhận và trả kết quả xã"],
    [null, "Chủ trì:", "Bộ phận TN&TKQ", "Hạn:", day("2021-10-31"), "Tiến độ:", 1, "Xong ngày:", "28/10/2021"],
    [],
    ["2)", "TC 2.1 – Cải thiện nơi làm việc, bổ sung ghế chờ, máy lấy số thứ tự"],
    [null, "Chủ trì:", "VP-TK", "Hạn:", "Quý IV/2021", "Tiến độ:", 0.6, "Ghi chú:", "Đã có ghế chờ, chưa có máy lấy số"],
  ]);

  it("reads each as a task of its code, its words without the code, its fields from the row under it", () => {
    expect(c.tasks.map((t) => [t.code, t.content.slice(0, 16), t.due, t.progress, t.doneDate])).toEqual([
      ["2.1", "Cung cấp đầy đủ ", "2021-10-31", 100, "2021-10-28"],
      ["2.1", "Cải thiện nơi là", "2021-12-31", 60, null],
    ]);
  });
});

describe("a report's criteria headings each with only its result under it", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CCHC NĂM 2021"],
    [],
    ["1. Tiêu chí 1.2 - Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn"],
    ["Kết quả: Trong năm tiếp nhận 1.245 hồ sơ, đúng hạn 1.226 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 98,47%."],
    ["Nhiệm vụ: Người đứng đầu UBND xã tăng cường kiểm tra, đôn đốc cán bộ - Chủ trì: Chủ tịch UBND xã - Thời hạn: thường xuyên."],
    ["2. Tiêu chí 1.5 - Tỷ lệ văn bản trao đổi dưới dạng điện tử"],
    ["Kết quả: Văn bản đi 742 văn bản, trong đó gửi dưới dạng điện tử 731 văn bản, đạt 98,5%."],
    ["Nhiệm vụ: Gửi, nhận văn bản điện tử có ký số qua phần mềm quản lý văn bản - Chủ trì: Văn phòng - Thống kê - Thời hạn: 31/12/2021."],
  ]);

  it("reads the headings as no tasks, the labelled tasks as theirs", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [5, "1.2"],
      [8, "1.5"],
    ]);
  });
});

describe("a report's tasks written as numbered lines among a month's figures, a unit beside each", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ TÂN BÌNH"],
      ["CC VĂN HÓA - XÃ HỘI"],
      [],
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ CCHC THÁNG 10/2021"],
      ["(Theo Kế hoạch 49/KH-UBND)"],
      [],
      ["Nội dung", null, null, null, "Số liệu", "Ghi chú"],
      [
        "1. Tuyên truyền trên hệ thống loa phát thanh xã về các TTHC được cung cấp dịch vụ công mức độ 3, 4 (TC 1.1), do công chức Văn hóa - Xã hội thực hiện, thời hạn trong năm 2021.",
        null,
        null,
        null,
        null,
        "Đang thực hiện",
      ],
      ["   - Số buổi phát thanh trong tháng", null, null, null, 12, "buổi"],
      ["   - Số hồ sơ TTHC tiếp nhận trong tháng", null, null, null, 118, "hồ sơ"],
      ["   - Trong đó hồ sơ nộp trực tuyến mức độ 3, 4", null, null, null, 41, "hồ sơ"],
      ["   - Tỷ lệ hồ sơ trực tuyến", null, null, null, 0.3475],
      [
        "2. Hướng dẫn tổ chức, cá nhân sử dụng dịch vụ công trực tuyến tại Bộ phận Một cửa (TC 1.1). Bộ phận TN&TKQ chủ trì, đã hoàn thành.",
        null,
        null,
        null,
        null,
        "Hoàn thành",
      ],
    ],
    {
      merges: merged("A4:F4", "A5:F5", "A7:D7", "A8:D8", "A9:D9", "A10:D10", "A11:D11", "A12:D12", "A13:D13"),
      formats: { "12:5": "0.00%" },
    },
  );

  it("reads the figures, and names each task line it cannot read as a task, never dropping it without a word", () => {
    expect(c.readings.map((r) => [r.numerator, r.denominator])).toEqual([[41, 118]]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED" && [8, 13].includes(p.row ?? 0)).map((p) => p.row)).toEqual([8, 13]);
  });
});

describe("the desk's month by field typed without marks, both rates written", () => {
  const c = consolidateSheet([
    ["SO THEO DOI HO SO TTHC THANG 9/2021"],
    ["(tinh den ngay 30/9/2021)"],
    [],
    [
      "STT",
      "Linh vuc",
      "Tong ho so nhan",
      "Nop truc tuyen",
      "Da giai quyet",
      "Dung han",
      "Tre han",
      "Ty le dung han",
      "Ty le truc tuyen",
      "Ghi chu",
    ],
    [1, "Ho tich", 20, 8, 20, 20, 0, "100%", "40%"],
    [2, "Chung thuc", 18, 0, 18, 18, 0, "100%", "0%"],
    [3, "Dat dai", 6, 1, 5, 4, 1, "80%", "16,7%", "01 ho so tre do cho xac minh"],
    [4, "LD-TB&XH", 8, 7, 8, 8, 0, "100%", "87,5%"],
    [5, "Khac", 3, 3, 3, 3, 0, "100%", "100%"],
    [null, "Tong cong", 55, 19, 54, 53, 1, "98,1%", "34,5%"],
  ]);

  it("reads the total row's figures, never skipping the sheet as an incomplete dossier table", () => {
    expect(c.problems.some((p) => p.code === "SHEET_SKIPPED")).toBe(false);
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator, r.date])).toEqual([["1.1", 19, 55, "2021-09-30"]]);
  });
});

describe("a measure's numbered line among a month's figures, its figures not filled in yet", () => {
  const c = consolidateSheet([
    ["BÁO CÁO SỐ LIỆU CCHC THÁNG 10/2021"],
    [],
    ["Nội dung", "Số liệu"],
    ["1. Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn, chưa có số liệu do hệ thống một cửa đang nâng cấp, đã báo cáo huyện"],
    ["   - Số hồ sơ TTHC tiếp nhận trong tháng", 118],
    ["   - Trong đó hồ sơ nộp trực tuyến mức độ 3, 4", 41],
    ["   - Tỷ lệ hồ sơ trực tuyến", "34,7%"],
  ]);

  it("never names a measure's line as a task among the figures", () => {
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 4 && p.message.includes("ghi một việc"))).toBe(false);
  });
});
