import { parsePlanText } from "../../src/core/plan/parser";

/**
 * Header layouts seen in plans copied from government sites and PDF readers, one per row:
 * the issuer, its tier, number, place and date must come out whatever the layout.
 */
const BODY = [
  "KẾ HOẠCH",
  "Cải cách hành chính năm 2025",
  "Căn cứ Kế hoạch của cấp trên;",
  "1.1. Tiêu chí “Công khai thủ tục hành chính”",
  "a) Mục tiêu, yêu cầu: 100% thủ tục được công khai.",
  "b) Nhiệm vụ, giải pháp:",
  "- Niêm yết công khai.",
  "c) Phân công: Chủ trì: Văn phòng.",
  "d) Thời gian thực hiện: Thường xuyên.",
];

function identityOf(header: string[], extra: string[] = []) {
  const r = parsePlanText([...header, ...BODY, ...extra].join("\n"));
  if (!r.ok) throw new Error(r.error);
  return { ...r.plan.identity, notes: r.notes.map((n) => n.message) };
}

describe("header layouts", () => {
  it("'CỘNG' / 'HÒA XÃ HỘI …' on consecutive lines, a glued motto, a commune whose name begins 'Hội'", () => {
    expect(
      identityOf([
        "ỦY BAN NHÂN DÂN",
        "XÃ HỘI XUÂN",
        "CỘNG",
        "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập-Tự do-Hạnh phúc",
        "Số: 5/KH-UBND",
        "Hội Xuân, ngày 2 tháng 3 năm 2025",
      ]),
    ).toMatchObject({
      issuerLines: ["ỦY BAN NHÂN DÂN", "XÃ HỘI XUÂN"],
      unitType: "xã",
      unitName: "Hội Xuân",
      level: "xã",
      number: "5/KH-UBND",
      place: "Hội Xuân",
      issued: "2025-03-02",
      notes: [],
    });
  });

  it("the whole header pasted as one line", () => {
    expect(
      identityOf([
        "ỦY BAN NHÂN DÂN TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/KH-UBND Bắc Ninh, ngày 01 tháng 02 năm 2025",
      ]),
    ).toMatchObject({
      issuer: "Ủy ban nhân dân tỉnh Bắc Ninh",
      level: "tỉnh",
      number: "12/KH-UBND",
      place: "Bắc Ninh",
      issued: "2025-02-01",
      notes: [],
    });
  });

  it("a city under a centrally-run city (old tone 'UỶ') is at district tier", () => {
    expect(
      identityOf([
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
        "UỶ BAN NHÂN DÂN",
        "THÀNH PHỐ THỦ ĐỨC",
        "Số: 77/KH-UBND",
        "Thủ Đức, ngày 5 tháng 4 năm 2022",
      ]),
    ).toMatchObject({
      unitType: "thành phố",
      unitName: "Thủ Đức",
      level: "huyện",
      issuerLines: ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "UỶ BAN NHÂN DÂN", "THÀNH PHỐ THỦ ĐỨC"],
      notes: [],
    });
  });

  it("a provincial city with no parent line: district tier, said to be a guess", () => {
    const id = identityOf(["UBND THÀNH PHỐ BẢO LỘC", "Số: 40/KH-UBND", "Bảo Lộc, ngày 9 tháng 1 năm 2024"]);
    expect(id).toMatchObject({ unitType: "thành phố", unitName: "Bảo Lộc", level: "huyện" });
    expect(id.notes).toEqual([
      'Thành phố Bảo Lộc không trực thuộc trung ương và không có dòng cơ quan cấp trên: coi là cấp huyện (dòng "UBND THÀNH PHỐ BẢO LỘC")',
    ]);
  });

  it("a header in ordinary case", () => {
    expect(identityOf(["Ủy ban nhân dân xã Tân Phú", "Số: 3/KH-UBND", "Tân Phú, ngày 10 tháng 01 năm 2025"])).toMatchObject({
      issuer: "Ủy ban nhân dân xã Tân Phú",
      level: "xã",
      notes: [],
    });
  });

  it("a department under a province: the unit is the province's, and the note says the issuer is not a committee", () => {
    const id = identityOf(["UBND TỈNH ĐỒNG NAI", "SỞ NỘI VỤ", "Số: 15/KH-SNV", "Đồng Nai, ngày 3 tháng 3 năm 2025"]);
    expect(id).toMatchObject({ unitType: "tỉnh", unitName: "Đồng Nai", number: "15/KH-SNV" });
    expect(id.notes).toEqual(['Cơ quan ban hành không phải Ủy ban nhân dân; đơn vị lấy từ dòng trên: tỉnh Đồng Nai (dòng "SỞ NỘI VỤ")']);
  });

  it("a unit type and its name broken over lines ('THỊ XÃ' / 'BUÔN HỒ')", () => {
    expect(identityOf(["ỦY BAN NHÂN DÂN", "THỊ XÃ", "BUÔN HỒ", "Số: 8/KH-UBND", "Buôn Hồ, ngày 4 tháng 5 năm 2023"])).toMatchObject({
      issuerLines: ["ỦY BAN NHÂN DÂN", "THỊ XÃ BUÔN HỒ"],
      unitType: "thị xã",
      unitName: "Buôn Hồ",
      level: "huyện",
    });
  });

  it("a district dated after the district tier ended is named in a note", () => {
    expect(identityOf(["ỦY BAN NHÂN DÂN QUẬN 1", "Số: 9/KH-UBND", "Quận 1, ngày 4 tháng 8 năm 2025"]).notes).toEqual([
      'Từ 1/7/2025 không còn cấp huyện, nhưng kế hoạch ghi ngày 2025-08-04 (dòng "ỦY BAN NHÂN DÂN QUẬN 1")',
    ]);
  });

  it("a bare 'ỦY BAN NHÂN DÂN' with 'TP. Hồ Chí Minh, ngày …'", () => {
    expect(
      identityOf(["ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 1/KH-UBND | TP. Hồ Chí Minh, ngày 2 tháng 1 năm 2025"]),
    ).toMatchObject({
      unitType: "thành phố",
      unitName: "Hồ Chí Minh",
      level: "tỉnh",
      place: "TP. Hồ Chí Minh",
    });
  });

  it("a bare 'ỦY BAN NHÂN DÂN' dated at the provincial capital: the province the body names, said to be a guess", () => {
    const id = identityOf(
      ["ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 2392/KH-UBND | Rạch Giá, ngày 06 tháng 10 năm 2024 |"],
      [
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính trên địa bàn tỉnh Kiên Giang như sau:",
        "Các sở, ngành tỉnh Kiên Giang thực hiện.",
      ],
    );
    expect(id).toMatchObject({ unitType: "tỉnh", unitName: "Kiên Giang", level: "tỉnh", place: "Rạch Giá" });
    expect(id.notes).toEqual([
      'Dòng cơ quan ban hành chỉ ghi "ỦY BAN NHÂN DÂN"; đơn vị ban hành đoán từ nội dung văn bản: tỉnh Kiên Giang (dòng "Rạch Giá, ngày 06 tháng 10 năm 2024")',
    ]);
  });
});

describe("no 'KẾ HOẠCH' line, a bare 'ỦY BAN NHÂN DÂN' and 'kinh tế - xã hội' in the title", () => {
  it("never names a commune from the 'xã' of 'xã hội'", () => {
    const r = parsePlanText(
      [
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 7/KH-UBND | Hải Phòng, ngày 3 tháng 3 năm 2025",
        "Cải thiện môi trường đầu tư gắn với phát triển kinh tế - xã hội",
        "năm 2025",
        ...BODY.slice(2),
      ].join("\n"),
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.plan.identity).toMatchObject({
      issuer: "Ủy ban nhân dân thành phố Hải Phòng",
      unitType: "thành phố",
      level: "tỉnh",
      title: "Cải thiện môi trường đầu tư gắn với phát triển kinh tế - xã hội năm 2025",
      firstYear: 2025,
    });
  });
});
