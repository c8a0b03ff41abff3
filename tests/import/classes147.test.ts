import { IsoDate } from "../../src/core/dates/isoDate";
import { GridCell } from "../../src/core/import/grid";
import { consolidateSheet } from "../helpers/grids";

// The classes this stop's blind sets (147-150) found, each on rows taken from the testers' workbooks.
const one = consolidateSheet;

describe("a form's rate line whose counts stand far above it", () => {
  const rows: GridCell[][] = [
    ["SỐ LIỆU BỘ PHẬN MỘT CỬA THÁNG 9/2021 (phục vụ báo cáo KT-XH)"],
    [],
    ["1", "Tổng số hồ sơ tiếp nhận", 131],
    [null, "- Trong đó tiếp nhận trực tuyến", 18],
    ["2", "Số hồ sơ đã giải quyết", 132],
    [null, "- Đúng hạn", 131],
    [null, "- Trễ hạn", 1],
    ["3", "Tỷ lệ giải quyết đúng hạn", "99,2%"],
    ["4", "Tỷ lệ hồ sơ trực tuyến", "13,7%"],
  ];

  it("cites the rate's own row when its figure is the rate written there", () => {
    const online = one(rows).readings.find((r) => r.value === 13.7);
    expect(online?.source.row).toBe(9);
    expect(online?.code).toBe("1.1");
  });
});

describe("a 'Người giao' column beside the tasks", () => {
  const rows: GridCell[][] = [
    ["CÔNG CHỨC ĐỊA CHÍNH - XÂY DỰNG"],
    ["SỔ THEO DÕI CÔNG VIỆC ĐƯỢC GIAO NĂM 2021"],
    ["Ngày giao", "Nội dung công việc", "Người giao", "Hạn xử lý", "Tiến độ", "Ghi chú"],
    ["08/3/2021", "Giải quyết hồ sơ cấp GCN QSDĐ lần đầu, không để trễ hẹn", "Chủ tịch", "31/12/2021", "Đang thực hiện"],
    ["12/4/2021", "Kiểm tra, xử lý vi phạm trật tự xây dựng thôn 4", "PCT", "30/4/2021", "Hoàn thành", "xong 28/4"],
    ["20/9/2021", "Hướng dẫn người dân nộp hồ sơ đất đai trực tuyến", "Chủ tịch", "30/11/2021", "Đang thực hiện"],
  ];

  it("never takes who gave the work as who leads it, and keeps the giver in Ghi chú", () => {
    const tasks = one(rows).tasks;
    expect(tasks).toHaveLength(3);
    for (const t of tasks) expect(t.lead).toBe("Công chức Địa chính-Xây dựng");
    expect(tasks[1].note).toContain("Người giao: PCT");
  });
});

describe("a result that says a part is done and the rest under way", () => {
  it("reads 'Đã khảo sát quý I, II, III; quý IV đang phát phiếu' as under way", () => {
    const rows: GridCell[][] = [
      ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Kết quả thực hiện"],
      [1, "Tổ chức khảo sát sự hài lòng định kỳ hằng quý", "VH-XH", "20/12/2021", "Đã khảo sát quý I, II, III; quý IV đang phát phiếu"],
      [2, "Niêm yết công khai TTHC tại trụ sở", "VH-XH", "30/6/2021", "Đã niêm yết đầy đủ"],
    ];
    expect(one(rows).tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Hoàn thành"]);
  });
});

describe("a count line typed without marks under a task list", () => {
  it("is a total, never a task", () => {
    const rows: GridCell[][] = [
      ["TT", "Noi dung cong viec", "Ma TC", "Han hoan thanh", "Tien do"],
      [1, "Trang bi may danh gia muc do hai long tai quay tiep nhan", "2.3", "31/05/2021", 1],
      [2, "Huong dan nguoi dan nop ho so truc tuyen muc do 3, 4 ngay tai quay", "1.1", "31/12/2021", 0.75],
      [],
      [null, "Tong so: 2 viec; hoan thanh 1, dang lam 1"],
    ];
    const c = one(rows, { formats: { "2:5": "0%", "3:5": "0%" } });
    expect(c.tasks.map((t) => t.source.row)).toEqual([2, 3]);
  });
});

describe("a survey's results by aspect, named in the 'Tiêu chí' column", () => {
  const rows: GridCell[][] = [
    ["ỦY BAN NHÂN DÂN", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["XÃ TÂN PHÚ", null, null, null, "Độc lập - Tự do - Hạnh phúc"],
    [null, null, null, null, "Tân Phú, ngày 06 tháng 12 năm 2021"],
    ["BÁO CÁO"],
    ["Kết quả tự khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của UBND xã (đợt tháng 11/2021)"],
    [],
    ["I. THÔNG TIN CHUNG"],
    ["- Số phiếu phát ra:", null, 120],
    ["- Số phiếu thu về:", null, 112],
    [],
    ["II. KẾT QUẢ THEO TỪNG TIÊU CHÍ"],
    ["TT", "Tiêu chí", "Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng", "Tỷ lệ hài lòng"],
    [1, "Tiếp cận dịch vụ hành chính công", 48, 57, 4, 1, "95,45%"],
    [2, "Tổ chức giải quyết TTHC (thủ tục, quy trình)", 40, 61, 7, 2, "91,82%"],
    [3, "Thái độ, năng lực của công chức Bộ phận một cửa", 55, 52, 3, 0, "97,27%"],
    [4, "Kết quả giải quyết TTHC", 45, 58, 6, 1, "93,64%"],
    [null, "Chỉ số hài lòng chung", null, null, null, null, "94,55%"],
    [],
    ["III. TỒN TẠI, HẠN CHẾ"],
    ["- Một số hồ sơ đất đai còn trễ hẹn, chưa có văn bản xin lỗi kịp thời."],
    ["- Cơ sở vật chất khu vực chờ còn thiếu (ghế ngồi, nước uống)."],
    ["IV. ĐỀ XUẤT"],
    ["- Tiếp tục niêm yết công khai TTHC, tăng cường hướng dẫn nộp hồ sơ trực tuyến."],
  ];

  it("gives each aspect its satisfaction criterion, and the overall none", () => {
    const rs = one(rows).readings.sort((a, b) => a.source.row - b.source.row);
    expect(rs.filter((r) => r.code !== null).map((r) => [r.source.row, r.code])).toEqual([
      [13, "2.1"],
      [14, "2.2"],
      [15, "2.3"],
      [16, "2.4"],
    ]);
  });
});

describe("a rating machine's export whose title names what is rated", () => {
  const title = (unit: string): GridCell[][] => [
    ["BÁO CÁO THỐNG KÊ ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG"],
    [unit],
    [],
    ["STT", "Tháng", "Tổng lượt đánh giá", "Rất hài lòng", "Hài lòng", "Không hài lòng", "Tỷ lệ hài lòng"],
    [1, "Tháng 10/2021", 142, 80, 57, 5, "96,48%"],
    [2, "Tháng 11/2021", 96, 50, 43, 3, "96,88%"],
  ];

  it("suggests the criterion of the aspect rated, each month its own period", () => {
    const rs = one(title("Đơn vị: UBND xã Tân Phú - Quầy tiếp nhận (đánh giá công chức tiếp nhận hồ sơ tại Bộ phận một cửa)")).readings;
    expect(rs.map((r) => [r.code, r.period, r.value])).toEqual([
      ["2.3", "Tháng 10/2021", 96.48],
      ["2.3", "Tháng 11/2021", 96.88],
    ]);
  });

  it("reads no aspect into the one-stop desk's name in a letterhead", () => {
    const rs = one(title("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ XÃ TÂN PHÚ")).readings;
    expect(rs.map((r) => r.code)).toEqual([null, null]);
  });
});

describe("an extension written in words or with a two-digit year", () => {
  const d = (iso: string) => ({ date: iso as IsoDate });
  const rows: GridCell[][] = [
    ["Công chức Địa chính - Xây dựng: Lê Văn Tâm"],
    ["STT", "Nội dung công việc", "Tiêu chí", "Hạn ban đầu", "Hạn gia hạn", "Tình trạng", "Ngày xong", "Ghi chú"],
    ["A", "Việc năm 2020 chuyển tiếp sang năm 2021"],
    [1, "Cập nhật biến động đất đai vào phần mềm ViLIS", "1.2", d("2020-11-30"), d("2021-03-31"), "Hoàn thành", d("2021-03-29")],
    [2, "Giải quyết tồn đọng hồ sơ cấp GCNQSDĐ lần đầu (15 hồ sơ)", "1.2", "31/12/2020", "30/6/2021", "Đang giải quyết"],
    [3, "Đo đạc chỉnh lý bản đồ địa chính thôn 2", null, d("2020-10-15"), "Quý II/2021", "Chưa thực hiện", null, "Chờ kinh phí"],
    ["B", "Việc năm 2021"],
    [1, "Niêm yết công khai TTHC lĩnh vực đất đai, xây dựng", "2.2", null, "15.03.2021", "Hoàn thành", "12.03.2021"],
    [2, "Kiểm tra trật tự xây dựng trên địa bàn", null, null, "ngày 30 tháng 9 năm 2021", "Hoàn thành", "ngày 28 tháng 9 năm 2021"],
    [3, "Rà soát quỹ đất công ích 5%", null, null, "30-11-21", "Đang làm"],
  ];

  it("moves the deadline to the day the extension names", () => {
    expect(one(rows).tasks.map((t) => [t.source.row, t.due])).toEqual([
      [4, "2021-03-31"],
      [5, "2021-06-30"],
      [6, "2021-06-30"],
      [8, "2021-03-15"],
      [9, "2021-09-30"],
      [10, "2021-11-30"],
    ]);
  });
});

describe("a general note under a task list", () => {
  it("reads 'Ghi chú chung: …' as the table's note, never a task", () => {
    const rows: GridCell[][] = [
      ["TT", "Nhiệm vụ", "Mã TC", "Hạn", "Trạng thái"],
      [1, "Phối hợp Bộ phận một cửa phát phiếu khảo sát SIPAS quý IV", "2.1", "10/12/2021", "Hoàn thành"],
      [2, "Tổng hợp kết quả khảo sát, báo cáo Chủ tịch UBND xã", "2.2", "15/12/2021", "Đang thực hiện"],
      [],
      [null, "Ghi chú chung: Số liệu quý IV tính đến ngày 14/12/2021."],
    ];
    const c = one(rows);
    expect(c.tasks.map((t) => t.source.row)).toEqual([2, 3]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toContain(5);
  });
});
