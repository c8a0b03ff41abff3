import { consolidateSheet, merged } from "../helpers/grids";

// Classes found by blind sets 514 onwards and the sets before them left open.

describe("the day a task was done, beside the day it had to be done by", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND"],
      ["STT", "Nội dung nhiệm vụ theo Kế hoạch", "Đơn vị chủ trì", "Tình hình thực hiện"],
      [
        "1",
        "[TC 1.5] Triển khai gửi, nhận văn bản điện tử qua hệ thống quản lý văn bản (hoàn thành trước 31/10/2021)",
        "CC VP-TK",
        "Đã hoàn thành ngày 20/10/2021.\n100% văn bản đi (trừ văn bản mật) được gửi điện tử.",
      ],
      ["2", "Niêm yết số điện thoại đường dây nóng (hoàn thành trước 30/11/2021)", "CC VP-TK", "Hoàn thành."],
    ],
    { merges: merged("A1:D1") },
  );

  it("takes the done day from the report, a full stop after it", () => {
    expect(c.tasks[0].due).toBe("2021-10-31");
    expect(c.tasks[0].doneDate).toBe("2021-10-20");
  });

  it("never takes the deadline in the task's words for the day it was done", () => {
    expect(c.tasks[1].status).toBe("Hoàn thành");
    expect(c.tasks[1].due).toBe("2021-11-30");
    expect(c.tasks[1].doneDate).toBeNull();
  });
});

describe("a Word form per task pasted into Excel: a label merged down over its lines", () => {
  const c = consolidateSheet(
    [
      ["PHIẾU THEO DÕI NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
      [],
      ["Nhiệm vụ số 01"],
      ["Tiêu chí", "1.5 - Tỷ lệ văn bản trao đổi dưới dạng điện tử"],
      ["Nội dung", "Gửi, nhận văn bản đi/đến giữa UBND xã với các cơ quan hành chính hoàn toàn dưới dạng điện tử (trừ văn bản mật)"],
      ["Phân công", "Chủ trì: CC VP-TK (phụ trách văn thư)"],
      [null, "Thực hiện: Cán bộ, công chức xã"],
      ["Thời hạn", "Trong năm 2021"],
      ["Kết quả", "Đang thực hiện."],
      [null, "9 tháng: 1.254/1.310 văn bản đi gửi điện tử (95,7%)"],
      [],
      ["Nhiệm vụ số 02"],
      ["Tiêu chí", "1.3"],
      ["Nội dung", "Cử công chức Tư pháp - Hộ tịch tham gia lớp bồi dưỡng chức danh"],
      ["Phân công", "Chủ trì: CC VP-TK"],
      ["Thời hạn", "Trước 15/11/2021"],
      ["Kết quả", "Đã hoàn thành."],
      [null, "Hoàn thành ngày 12/11/2021 (có giấy chứng nhận)"],
    ],
    { merges: merged("A1:C1", "A3:C3", "A6:A7", "A9:A10", "A12:C12", "A17:A18") },
  );

  it("reads each form as one task, the merged label's lines its value", () => {
    expect(c.tasks.map((t) => [t.code, t.lead, t.due, t.status, t.doneDate])).toEqual([
      ["1.5", "Công chức Văn phòng-Thống kê", "2021-12-31", "Đang thực hiện", null],
      ["1.3", "Công chức Văn phòng-Thống kê", "2021-11-15", "Hoàn thành", "2021-11-12"],
    ]);
  });

  it("reads the figure of the months so far the result gives", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.date, r.numerator, r.denominator])).toEqual([
      ["1.5", "9 tháng năm 2021", "2021-09-30", 1254, 1310],
    ]);
  });
});
