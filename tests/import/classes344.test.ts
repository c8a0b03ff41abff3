import { consolidateSheet, merged } from "../helpers/grids";

// Classes found by blind sets 341 and 344-347.

describe("a note under the figures giving each period's days ('Quý I từ 15/12/2020 đến 14/3/2021; …')", () => {
  const rows = (note: string | null) => [
    ["UBND XÃ IA PẾT"],
    ["KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2021"],
    [],
    ["Mã", "Chỉ số thành phần", "Năm 2021", null, null, "Ghi chú"],
    [null, null, "Quý I", "6 tháng", "Quý III"],
    ["2.1", "Hài lòng về tiếp cận dịch vụ", 84.1, 85, 86.3],
    ["2.4", "Hài lòng về kết quả giải quyết TTHC", 87.5, 88.2, 89.1],
    [],
    [note],
  ];
  const datesOf = (note: string | null) =>
    consolidateSheet(rows(note), { merges: merged("C4:E4") })
      .readings.filter((r) => r.code === "2.1")
      .map((r) => `${r.period} ${r.date}`);

  it("dates each period's readings at the day the note gives", () => {
    expect(
      datesOf("Ghi chú: Quý I từ 15/12/2020 đến 14/3/2021; 6 tháng từ 15/12/2020 đến 14/6/2021; Quý III từ 15/6 đến 14/9/2021."),
    ).toEqual(["Quý I/2021 2021-03-14", "6 tháng đầu năm 2021 2021-06-14", "Quý III/2021 2021-09-14"]);
  });

  it("reads the note's usual forms: a dash after its label, 'Số liệu … tính từ'", () => {
    expect(datesOf("Ghi chú: - Số liệu 6 tháng tính từ 15/12/2020 đến 14/6/2021; Quý III từ 15/6/2021 đến 14/9/2021.")).toEqual([
      "Quý I/2021 2021-03-31",
      "6 tháng đầu năm 2021 2021-06-14",
      "Quý III/2021 2021-09-14",
    ]);
  });

  it("says where the day came from", () => {
    const c = consolidateSheet(rows("Quý III từ 15/6 đến 14/9/2021"), { merges: merged("C4:E4") });
    const q3 = c.readings.find((r) => r.code === "2.4" && r.period === "Quý III/2021");
    expect(q3?.note).toMatch(/Ngày số liệu 14\/09\/2021 theo ghi chú dòng 9/);
  });

  it("keeps the calendar's day where no note gives one", () => {
    expect(datesOf(null)).toEqual(["Quý I/2021 2021-03-31", "6 tháng đầu năm 2021 2021-06-30", "Quý III/2021 2021-09-30"]);
  });
});

describe("a rate whose comma was lost ('795' beside '78,9 | 79,2')", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ KHẢO SÁT SIPAS NĂM 2021 (đơn vị tính: %)"],
      ["Mã", "Chỉ số thành phần", "Quý I", "6 tháng", "Quý III"],
      ["2.1", "Hài lòng về tiếp cận dịch vụ", 84.1, 85, 86.3],
      ["2.5", "Hài lòng về tiếp nhận, xử lý phản ánh, kiến nghị", 78.9, 79.2, 795],
    ],
    {},
  );

  it("keeps the row's other periods, and names the slip as an error", () => {
    const of25 = c.readings.filter((r) => r.code === "2.5").map((r) => `${r.period} ${r.value}`);
    expect(of25).toEqual(expect.arrayContaining(["Quý I/2021 78.9", "6 tháng đầu năm 2021 79.2"]));
    expect(c.problems.some((p) => p.code === "PERCENT_OUT_OF_RANGE" && p.row === 4 && p.column === "E")).toBe(true);
  });
});

describe("a one-stop desk's table whose repeated heading Excel renamed ('Quá hạn2')", () => {
  const c = consolidateSheet(
    [
      ["BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC QUÝ III NĂM 2021"],
      ["(Số liệu từ ngày 15/6/2021 đến ngày 14/9/2021)"],
      [null, null, "Số hồ sơ nhận giải quyết", null, null, "Số hồ sơ đã giải quyết", null, null, "Số hồ sơ đang giải quyết"],
      [
        "STT",
        "Lĩnh vực",
        "Kỳ trước chuyển qua",
        "Trực tuyến",
        "Trực tiếp, bưu chính",
        "Trước hạn",
        "Đúng hạn",
        "Quá hạn",
        "Trong hạn",
        "Quá hạn2",
        "Trả lại/rút",
      ],
      [1, "Hộ tịch", 3, 12, 85, 40, 55, 2, 3, 0, 0],
      [2, "Đất đai", 4, 2, 18, 6, 10, 3, 4, 1, 0],
    ],
    { merges: merged("C3:E3", "F3:H3", "I3:J3") },
  );

  it("reads the pending counts under their band", () => {
    expect(c.dossiers?.map((d) => [d.field, d.late, d.pendingInTime, d.pendingOverdue])).toEqual([
      ["Hộ tịch", 2, 3, 0],
      ["Đất đai", 3, 4, 1],
    ]);
  });
});

describe("a column 'Hạn mới (gia hạn)' beside 'Hạn'", () => {
  const c = consolidateSheet([
    ["NHIỆM VỤ BỔ SUNG (giao tại cuộc họp ngày 05/11/2021)"],
    [],
    ["STT", "Nội dung", "Chủ trì", "Ngày giao", "Hạn", "Hạn mới (gia hạn)", "Tình trạng", "Ngày xong"],
    [1, "Bổ sung kệ để hồ sơ mẫu tại Bộ phận Một cửa", "BP 1 cửa", "05/11/2021", "20/11/2021", "10/12/2021", "Xong", "08/12/2021"],
    [2, "Cập nhật danh mục TTHC trên Trang thông tin điện tử xã", "VH-XH", "05/11/2021", "30/11/2021", null, "Đang cập nhật"],
  ]);

  it("is where the deadline was moved to", () => {
    expect(c.tasks.map((t) => [t.due, t.note.includes("hạn ban đầu 20/11/2021")])).toEqual([
      ["2021-12-10", true],
      ["2021-11-30", false],
    ]);
  });
});

describe("a line under the tasks counting them ('Tổng hợp: 06 nhiệm vụ, 02 việc con')", () => {
  const c = consolidateSheet([
    ["Theo dõi nhiệm vụ giải ngân, chỉ tiêu KT-XH năm 2021"],
    ["TT", "Nhiệm vụ cụ thể", "Chủ trì", "Thời hạn", "Tiến độ"],
    [1, "Tổng hợp số liệu giải ngân vốn đầu tư công gửi Phòng TC-KH huyện", "TC-KT", "05/10/2021", "100%"],
    [2, "Đôn đốc thu ngân sách theo Nghị quyết HĐND xã", "TC-KT", "31/12/2021", "60%"],
    [],
    [null, "Tổng hợp: 02 nhiệm vụ, 01 hoàn thành"],
  ]);

  it("is no task; a task whose words start so still is", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([3, 4]);
  });
});
