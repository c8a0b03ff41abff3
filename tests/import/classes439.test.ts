import { consolidateSheet, merged } from "../helpers/grids";

// Classes found by blind sets 436 and 439-442: reports pasted from Word, tasks and figures on one sheet.

describe("a report's bulleted lines with who and how it stands in the cells beside, a small table of money under them", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ TÂN BÌNH", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["Số: 112/BC-UBND", null, "Độc lập - Tự do - Hạnh phúc"],
      [null, null, "Tân Bình, ngày 30 tháng 11 năm 2021"],
      [],
      ["BÁO CÁO SƠ KẾT 02 THÁNG TRIỂN KHAI THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND"],
      ["(từ ngày 29/9/2021 đến ngày 30/11/2021)"],
      [],
      ["I. KẾT QUẢ TRIỂN KHAI CÁC NHIỆM VỤ, GIẢI PHÁP"],
      ["1. Nhiệm vụ đã và đang triển khai (nội dung - người phụ trách - kết quả):"],
      ["- Tuyên truyền, phổ biến về DVC trực tuyến mức độ 3, 4 trên loa truyền thanh", "CC VH-XH", "Đang thực hiện"],
      ["- Lắp đặt bảng niêm yết TTHC, biển chỉ dẫn tại Bộ phận TN&TKQ", "CC VP-TK", "Hoàn thành (25/10/2021)"],
      ["- Hướng dẫn HTX đăng ký sản phẩm OCOP cấp huyện", "CC ĐC-NN-XD", "Chưa thực hiện"],
      ["2. Kết quả số liệu (tính đến ngày 30/11/2021):"],
      ["- Tỷ lệ hồ sơ TTHC giải quyết đúng hạn: 99,4% (483/486 hồ sơ)."],
      ["- Kết quả giải ngân vốn đầu tư công năm 2021 (đơn vị: triệu đồng):"],
      ["Công trình", "KH vốn", "Đã giải ngân", "Tỷ lệ (%)"],
      ["Đường GTNT thôn 3", 2100, 1750, "83,3"],
      ["Nhà văn hóa thôn 5", 850, 760, "89,4"],
      ["Tổng cộng", 2950, 2510, "85,1"],
      ["II. KHÓ KHĂN, VƯỚNG MẮC"],
      ["- Nguồn thu tiền sử dụng đất đạt thấp nên ảnh hưởng đến tiến độ giải ngân."],
    ],
    // (The signing line merged across C:E, as a report's head is laid out.)
    { merges: merged("C1:E1", "C2:E2", "C3:E3", "A5:E5", "A6:E6") },
  );

  it("reads each bulleted line as a task, its lead and state from the cells beside it", () => {
    expect(c.tasks.map((t) => [t.source.row, t.lead, t.status, t.doneDate])).toEqual([
      [10, "Công chức Văn hóa-Xã hội", "Đang thực hiện", null],
      [11, "Công chức Văn phòng-Thống kê", "Hoàn thành", "2021-10-25"],
      [12, "Công chức Địa chính-Xây dựng", "Chưa thực hiện", null],
    ]);
  });

  it("reads the works' money as the year's disbursement, none of the works a task", () => {
    expect(c.tasks.some((t) => /thôn|Tổng cộng/.test(t.content))).toBe(false);
    const money = c.readings.find((r) => r.source.row === 19);
    expect([money?.numerator, money?.denominator]).toEqual([2510, 2950]);
  });
});
