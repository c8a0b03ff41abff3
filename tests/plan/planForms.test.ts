import { readFileSync } from "fs";
import { IsoDate } from "../../src/core/dates/isoDate";
import { PlanParseOptions, PlanParseResult, parsePlanText } from "../../src/core/plan/parser";
import { projectPath } from "../helpers/shared";

/**
 * Openings of plans as officials receive them: copied from government web pages (two-column
 * headers as "|" cells, national title broken over lines), from PDF readers (columns side by
 * side), at every level of government. Each fixture is one of the failures of issue #14.
 */
function read(name: string, options: PlanParseOptions = {}): PlanParseResult {
  return parsePlanText(readFileSync(projectPath("tests", "fixtures", "plans", name), "utf8"), options);
}

function parse(name: string, options: PlanParseOptions = {}) {
  const r = read(name, options);
  if (!r.ok) throw new Error(r.error);
  return r;
}

const messages = (r: PlanParseResult) => r.notes.map((n) => n.message);

describe("a ward's plan pasted from a web page: '|' cells, dash rules, 'năm 2025 và năm tiếp theo'", () => {
  const { plan, notes } = parse("phuong-tan-dinh-2025.txt");
  it("reads every identity field, with no separator or rule in them", () => {
    expect(plan.identity).toEqual({
      number: "215/KH-UBND",
      issuerLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN ĐỊNH"],
      issuer: "Ủy ban nhân dân phường Tân Định",
      unitType: "phường",
      unitName: "Tân Định",
      level: "xã",
      place: "Tân Định",
      issued: "2025-08-18",
      title:
        "Cải thiện, nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2025 và năm tiếp theo",
      firstYear: 2025,
      lastYear: null,
      signature: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
      signer: "Trần Thị Mai",
      recipients: ["UBND Thành phố", "Lưu: VT"],
    });
    expect(notes).toEqual([]);
  });
  it("reads 'năm 2025 và năm tiếp theo' as a deadline that recurs every year", () => {
    expect(plan.items.map((i) => [i.code, i.group])).toEqual([
      ["1.1", "SIPAS"],
      ["1.2", "SIPAS"],
    ]);
    expect(plan.items[0]).toMatchObject({
      title: "Chỉ số hài lòng về tiếp cận dịch vụ",
      lead: ["Công chức Văn phòng-Thống kê"],
      coordinators: ["Bộ phận Tiếp nhận và trả kết quả phường"],
      deadline: { kind: "due", due: "2025-12-31", recurs: "yearly", text: "năm 2025 và năm tiếp theo" },
    });
    expect(plan.items[1]).toMatchObject({ lead: ["Chủ tịch Ủy ban nhân dân phường"], deadline: { kind: "periodic", every: "quarter" } });
  });
});

describe("a provincial plan: 'ỦY' / 'BAN NHÂN DÂN' broken, national title split in two, title beginning 'Thực hiện'", () => {
  const { plan, notes } = parse("tinh-quang-tri-2025.txt");
  it("reads the province, not a commune named from the national title", () => {
    expect(plan.identity).toEqual({
      number: "125/KH-UBND",
      issuerLines: ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"],
      issuer: "Ủy ban nhân dân tỉnh Quảng Trị",
      unitType: "tỉnh",
      unitName: "Quảng Trị",
      level: "tỉnh",
      // The place of a province's documents is its capital.
      place: "Đông Hà",
      issued: "2025-03-10",
      title: "Thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 năm 2025 trên địa bàn tỉnh Quảng Trị",
      firstYear: 2025,
      lastYear: 2025,
      signature: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
      signer: "Hoàng Văn Nam",
      recipients: ["Bộ Nội vụ", "TT Tỉnh ủy, TT HĐND tỉnh", "Lưu: VT, NC"],
    });
  });
  it("takes a lettered list inside an item for its tasks, and a province's departments as written", () => {
    const [first, second] = plan.items;
    expect(first).toMatchObject({
      code: "1.1",
      heading: "Tiêu chí “Công tác chỉ đạo, điều hành cải cách hành chính”",
      title: "Công tác chỉ đạo, điều hành cải cách hành chính",
      tasks: [
        "Thực hiện tốt việc ban hành và triển khai Kế hoạch cải cách hành chính năm 2025 đúng thời hạn.",
        "Kiểm tra công tác cải cách hành chính tại ít nhất 30% cơ quan, đơn vị.",
        "Tổ chức tuyên truyền cải cách hành chính trên Cổng thông tin điện tử tỉnh.",
      ],
      lead: ["Sở Nội vụ"],
      coordinators: ["Các sở, ban, ngành", "UBND các xã, phường, đặc khu"],
      deadline: { kind: "due", due: "2025-06-30", precision: "quarter" },
    });
    // "Văn phòng UBND tỉnh" is a department, not the commune's công chức Văn phòng-Thống kê.
    expect(second).toMatchObject({
      lead: ["Văn phòng UBND tỉnh"],
      coordinators: ["Sở Khoa học và Công nghệ"],
      deadline: { kind: "continuous" },
    });
    expect(notes).toEqual([{ level: "Cảnh báo", item: "1.1", message: 'Mục 1.1: thiếu phần "Mục tiêu, yêu cầu".', line: 28 }]);
  });
});

describe("a provincial plan as a PDF reader prints it: columns side by side, 'CỘNG' / 'HÒA XÃ HỘI …', title on the KẾ HOẠCH line", () => {
  const { plan, notes } = parse("tinh-ninh-binh-2024.txt");
  it("reads the identity and ends the title where 'A. KẾT QUẢ …' begins", () => {
    expect(plan.identity).toEqual({
      number: "38/KH-UBND",
      issuerLines: ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH"],
      issuer: "Ủy ban nhân dân tỉnh Ninh Bình",
      unitType: "tỉnh",
      unitName: "Ninh Bình",
      level: "tỉnh",
      place: "Ninh Bình",
      issued: "2024-02-22",
      title: "CẢI THIỆN, NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) CỦA TỈNH NINH BÌNH NĂM 2024",
      firstYear: 2024,
      lastYear: 2024,
      signature: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
      signer: "Phạm Quang Ngọc",
      recipients: ["Bộ Nội vụ", "Lưu: VT, VP5"],
    });
    expect(notes).toEqual([]);
    expect(plan.items.map((i) => i.code)).toEqual(["1.1"]);
    expect(plan.items[0].coordinators).toEqual(["Các sở, ngành", "UBND các huyện, thành phố"]);
  });
});

describe("a centrally-run city whose header prints only 'ỦY BAN NHÂN DÂN'", () => {
  const { plan, notes } = parse("tp-ha-noi-2025.txt");
  it("names the unit from the place-and-date line, never from the 'xã' of 'kinh tế - xã hội', and says so", () => {
    expect(plan.identity).toEqual({
      number: "156/KH-UBND",
      issuerLines: ["ỦY BAN NHÂN DÂN"],
      issuer: "Ủy ban nhân dân thành phố Hà Nội",
      unitType: "thành phố",
      unitName: "Hà Nội",
      level: "tỉnh",
      place: "Hà Nội",
      issued: "2025-05-06",
      title:
        "Nâng cao Chỉ số hài lòng (SIPAS), Chỉ số cải cách hành chính (PAR INDEX) gắn với phát triển kinh tế - xã hội năm 2025 của thành phố Hà Nội",
      firstYear: 2025,
      lastYear: 2025,
      signature: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
      signer: "Vũ Thu Hà",
      recipients: ["Bộ Nội vụ", "Lưu: VT, NC"],
    });
    expect(notes).toEqual([
      {
        level: "Cảnh báo",
        item: null,
        message:
          'Dòng cơ quan ban hành chỉ ghi "ỦY BAN NHÂN DÂN"; đơn vị ban hành lấy từ địa danh ở dòng ngày tháng: thành phố Hà Nội (dòng "Hà Nội, ngày 06 tháng 5 năm 2025")',
        line: 2,
      },
    ]);
  });
  it("ends the title at 'Ngày 06/4/2025, …' and keeps item 2.1 in the SIPAS group", () => {
    expect(plan.identity.title).not.toContain("Ngày");
    expect(plan.items).toMatchObject([{ code: "2.1", group: "SIPAS", lead: ["Sở Nội vụ"], coordinators: ["UBND các xã, phường"] }]);
  });
});

describe("a centrally-run city with a title in capitals over four lines, a name broken at its end", () => {
  const { plan, notes } = parse("tp-ho-chi-minh-2025.txt");
  it("reads the city at province level and the whole title up to 'Căn cứ'", () => {
    expect(plan.identity).toEqual({
      number: "109/KH-UBND",
      issuerLines: ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"],
      issuer: "Ủy ban nhân dân thành phố Hồ Chí Minh",
      unitType: "thành phố",
      unitName: "Hồ Chí Minh",
      level: "tỉnh",
      place: "Thành phố Hồ Chí Minh",
      issued: "2025-09-26",
      title:
        "THỰC HIỆN CÁC GIẢI PHÁP NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX), CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC (SIPAS) NĂM 2025 VÀ NĂM TIẾP THEO CỦA THÀNH PHỐ HỒ CHÍ MINH",
      firstYear: 2025,
      lastYear: null,
      signature: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
      signer: "Nguyễn Văn Được",
      recipients: ["Bộ Nội vụ", "Lưu: VT"],
    });
    expect(notes).toEqual([]);
    expect(plan.items[0]).toMatchObject({ lead: ["Sở Khoa học và Công nghệ"], deadline: { kind: "due", due: "2025-12-31" } });
  });
});

describe("a special zone (đặc khu) under a province, with no 'KẾ HOẠCH' line", () => {
  const { plan, notes } = parse("dac-khu-phu-quoc-2025.txt");
  it("reads the zone at commune level and takes the title from the lines under the date, saying so", () => {
    expect(plan.identity).toEqual({
      number: "88/KH-UBND",
      issuerLines: ["UBND TỈNH AN GIANG", "ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC"],
      issuer: "Ủy ban nhân dân đặc khu Phú Quốc",
      unitType: "đặc khu",
      unitName: "Phú Quốc",
      level: "xã",
      place: "Phú Quốc",
      issued: "2025-09-15",
      title: "Nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức năm 2025",
      firstYear: 2025,
      lastYear: 2025,
      signature: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
      signer: "Lê Văn Biển",
      recipients: ["UBND tỉnh", "Lưu: VT"],
    });
    expect(messages({ ok: true, plan, notes })).toEqual([
      'Không có dòng "KẾ HOẠCH"; tên kế hoạch lấy từ dòng sau ngày tháng (dòng "Nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân,")',
    ]);
    // The zone's officials take its name: "Bộ phận Một cửa" of a đặc khu.
    expect(plan.items[0].lead).toEqual(["Bộ phận Tiếp nhận và trả kết quả đặc khu"]);
  });
});

describe("a district's plan before 1/7/2025, columns side by side, a rule under the title", () => {
  const { plan, notes } = parse("huyen-dak-mil-2023.txt");
  it("reads the district under its province and stops the title at the rule", () => {
    expect(plan.identity).toEqual({
      number: "12/KH-UBND",
      issuerLines: ["UBND TỈNH ĐẮK NÔNG", "UBND HUYỆN ĐẮK MIL"],
      issuer: "Ủy ban nhân dân huyện Đắk Mil",
      unitType: "huyện",
      unitName: "Đắk Mil",
      level: "huyện",
      place: "Đắk Mil",
      issued: "2023-01-12",
      title: "Cải cách hành chính nhà nước năm 2023 trên địa bàn huyện Đắk Mil",
      firstYear: 2023,
      lastYear: 2023,
      signature: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
      signer: "Nguyễn Hữu Tân",
      recipients: ["UBND tỉnh", "Lưu: VT"],
    });
    expect(notes).toEqual([]);
    expect(plan.items[0]).toMatchObject({
      lead: ["Văn phòng HĐND và UBND huyện"],
      coordinators: ["Phòng Nội vụ", "UBND các xã, thị trấn"],
    });
  });
});

describe("a plan with no date and no year", () => {
  it("is not given the machine's year: it asks for the date", () => {
    const r = read("xa-tan-lap-khong-ngay.txt");
    expect(r).toMatchObject({ ok: false, missing: "issued", error: expect.stringContaining("cần nhập ngày ban hành") });
    expect(messages(r)).toEqual([
      'Số hiệu kế hoạch chưa có số (bản chưa ký?) (dòng "Số: /KH-UBND Tân Lập, ngày tháng năm")',
      'Dòng địa danh, ngày tháng không ghi đủ ngày, tháng, năm ban hành (dòng "Số: /KH-UBND Tân Lập, ngày tháng năm")',
    ]);
  });
  it("takes the date given for it, and the years from it", () => {
    const { plan, notes } = parse("xa-tan-lap-khong-ngay.txt", { issued: "2025-03-01" as IsoDate });
    expect(plan.identity).toMatchObject({
      number: "",
      unitType: "xã",
      unitName: "Tân Lập",
      place: "Tân Lập",
      issued: "2025-03-01",
      title: "Cải thiện Chỉ số cải cách hành chính",
      firstYear: 2025,
      lastYear: 2025,
    });
    expect(notes.map((n) => n.message)).toEqual([
      'Số hiệu kế hoạch chưa có số (bản chưa ký?) (dòng "Số: /KH-UBND Tân Lập, ngày tháng năm")',
    ]);
  });
  it("keeps the text's own date over the one given, and says so", () => {
    const r = parse("phuong-tan-dinh-2025.txt", { issued: "2025-01-01" as IsoDate });
    expect(r.plan.identity.issued).toBe("2025-08-18");
    expect(messages(r)).toEqual([
      'Văn bản ghi ngày ban hành 2025-08-18; ngày nhập 2025-01-01 không được dùng (dòng "Tân Định, ngày 18 tháng 8 năm 2025")',
    ]);
  });
});

describe("a text with no item", () => {
  it("fails, keeping every note the parser made, each naming its line", () => {
    const r = read("phuong-khong-tieu-chi.txt");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain("Không tìm thấy tiêu chí");
    expect(r.notes).toEqual([
      { level: "Cảnh báo", item: null, message: 'Không thấy dòng địa danh, ngày tháng ("…, ngày … tháng … năm …") ở đầu văn bản.' },
      { level: "Cảnh báo", item: null, message: 'Không đọc được tên phường ban hành kế hoạch (dòng "PHƯỜNG")', line: 2 },
    ]);
  });
});

describe("a lettered task list where each task has its own lead and deadline", () => {
  it("keeps every lettered line a task, and takes the latest deadline for the item", () => {
    const r = parsePlanText(
      [
        "ỦY BAN NHÂN DÂN",
        "XÃ AN BÌNH",
        "Số: 3/KH-UBND",
        "An Bình, ngày 2 tháng 1 năm 2025",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2025",
        "Căn cứ Kế hoạch của Ủy ban nhân dân tỉnh;",
        "1.1. Tiêu chí “Công tác chỉ đạo”",
        "a) Ban hành kế hoạch cải cách hành chính năm 2025.",
        "- Chủ trì: Công chức Văn phòng-Thống kê.",
        "- Thời gian hoàn thành: Quý I/2025.",
        "b) Kiểm tra công tác cải cách hành chính.",
        "- Chủ trì: Chủ tịch UBND xã; phối hợp: Công an xã.",
        "- Thời gian hoàn thành: Quý III/2025.",
      ].join("\n"),
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.plan.items).toMatchObject([
      {
        code: "1.1",
        heading: "Tiêu chí “Công tác chỉ đạo”",
        tasks: ["Ban hành kế hoạch cải cách hành chính năm 2025.", "Kiểm tra công tác cải cách hành chính."],
        lead: ["Công chức Văn phòng-Thống kê", "Chủ tịch Ủy ban nhân dân xã"],
        coordinators: ["Trưởng Công an xã"],
        deadline: { kind: "due", text: "Quý III/2025", due: "2025-09-30" },
      },
    ]);
  });
});
