import { parsePlanText } from "../src/core/plan/parser";
const V = `ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số: 3/KH-UBND
An Bình, ngày 2 tháng 1 năm 2025
KẾ HOẠCH
Cải cách hành chính năm 2025
Căn cứ …;
1.1. Tiêu chí “Công tác chỉ đạo”
a) Ban hành kế hoạch cải cách hành chính năm 2025.
- Chủ trì: Công chức Văn phòng-Thống kê.
- Thời gian hoàn thành: Quý I/2025.
b) Kiểm tra công tác cải cách hành chính.
- Chủ trì: Chủ tịch UBND xã; phối hợp: Công an xã.
- Thời gian hoàn thành: Quý III/2025.`;
it("v", () => {
  const r = parsePlanText(V);
  console.log(JSON.stringify(r.ok ? r.plan.items : r, null, 1), JSON.stringify(r.notes));
});
