import { sameTaskGroups, taskNumbers } from "../../src/core/import/sameTask";

describe("taskNumbers", () => {
  it("gives the numbers of a text in the order written", () => {
    expect(taskNumbers("Báo cáo tháng 10 gửi Phòng Nội vụ trước ngày 5")).toBe("10 5");
  });
  it("reads a number written with a dot or a slash as its parts", () => {
    expect(taskNumbers("Thực hiện Kế hoạch 49/KH-UBND, tiêu chí 1.2")).toBe("49 1 2");
  });
  it("leaves out digits inside a word", () => {
    expect(taskNumbers("Cập nhật mẫu 10a và biểu B2")).toBe("");
  });
  it("is empty for a text without numbers", () => {
    expect(taskNumbers("Rà soát thủ tục hành chính")).toBe("");
  });
  it("reads a word of digits next to Vietnamese letters, decomposed marks and a percent sign as the loose key does", () => {
    // "tệp5" is one word; a mark typed after a digit (decomposed input) is dropped; "50%" is no number.
    expect(taskNumbers("Ke\u0302\u0301 hoa\u0323ch 5\u0301 tệp5 đạt 50% số 7")).toBe("5 7");
  });
  it("breaks words at invisible spaces, emoji and typographic signs", () => {
    expect(taskNumbers("Quý\u00a04\u200b2021 ✅12 “3”")).toBe("4 2021 12 3");
  });
  it("leaves out the note of the quarter a task was carried from", () => {
    expect(taskNumbers("Báo cáo tháng 11 (chuyển từ Q3)")).toBe("11");
  });
});

describe("sameTaskGroups", () => {
  const group = (texts: Array<[string | null, string]>) =>
    sameTaskGroups(
      texts,
      ([code]) => code,
      ([, text]) => text,
    ).map((g) => g.map(([, text]) => text));

  it("keeps apart one quarter's task and the next's, their numerals a letter apart", () => {
    const groups = group([
      ["2.1", "Tổng hợp phiếu khảo sát SIPAS quý II"],
      ["2.1", "Tổng hợp phiếu khảo sát SIPAS quý III"],
    ]);
    expect(groups).toHaveLength(2);
  });

  it("joins the same task worded slightly differently under one criterion", () => {
    const groups = group([
      ["1.2", "Rà soát, cập nhật thủ tục hành chính mức độ 3,4"],
      ["1.2", "Rà soát cập nhật các thủ tục hành chính mức độ 3, 4"],
    ]);
    expect(groups).toHaveLength(1);
  });
  it("keeps tasks with other numbers apart", () => {
    const groups = group([
      ["1.2", "Báo cáo kết quả tháng 10"],
      ["1.2", "Báo cáo kết quả tháng 11"],
    ]);
    expect(groups).toHaveLength(2);
  });
  it("keeps the same words under two criteria apart", () => {
    const groups = group([
      ["1.2", "Niêm yết công khai thủ tục hành chính"],
      ["2.1", "Niêm yết công khai thủ tục hành chính"],
    ]);
    expect(groups).toHaveLength(2);
  });
  it("groups the same text three times and leaves a lone task alone, in the order given", () => {
    const groups = group([
      ["1.1", "Tuyên truyền dịch vụ công trực tuyến"],
      ["1.2", "Số hóa hồ sơ"],
      ["1.1", "Tuyên truyền dịch vụ công trực tuyến"],
      ["1.1", "tuyên truyền dịch vụ công trực tuyến"],
    ]);
    expect(groups).toEqual([
      ["Tuyên truyền dịch vụ công trực tuyến", "Tuyên truyền dịch vụ công trực tuyến", "tuyên truyền dịch vụ công trực tuyến"],
      ["Số hóa hồ sơ"],
    ]);
  });
  it("uses the numbers it is given for each item", () => {
    const items = [
      { text: "Báo cáo kết quả", numbers: "1" },
      { text: "Báo cáo kết quả", numbers: "2" },
    ];
    expect(
      sameTaskGroups(
        items,
        () => "1.2",
        (x) => x.text,
        (x) => x.numbers,
      ),
    ).toHaveLength(2);
  });
});
