import { readFileSync } from "fs";
import { parsePlanText } from "../../src/core/plan/parser";
import { projectPath } from "../helpers/shared";

function parse(name: string) {
  const r = parsePlanText(readFileSync(projectPath("tests", "fixtures", "plans", name), "utf8"));
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe("a ward's plan for 2023 with a) sections, an extra section 3 and one-line assignments", () => {
  const { plan, notes } = parse("phuong-an-phu-2023.txt");
  it("reads the ward, its parent body line and the interleaved closing block", () => {
    expect(plan.identity).toMatchObject({
      number: "15/KH-UBND",
      unitType: "phường",
      unitName: "An Phú",
      issuer: "Ủy ban nhân dân phường An Phú",
      issuerLines: ["ỦY BAN NHÂN DÂN QUẬN 7", "ỦY BAN NHÂN DÂN PHƯỜNG AN PHÚ"],
      issued: "2023-02-10",
      firstYear: 2023,
      lastYear: 2023,
      signature: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
      signer: "Nguyễn Văn An",
      recipients: ["UBND Quận 7", "Lưu: VT"],
    });
    expect(notes).toEqual([]);
  });
  it("reads items 1.1, 1.2, 2.1, 3.1, 3.2 with ward titles and every deadline form", () => {
    expect(plan.items.map((i) => [i.code, i.group, i.deadline.kind === "due" ? i.deadline.due : i.deadline.kind])).toEqual([
      ["1.1", "CCHC", "2023-09-30"],
      ["1.2", "CCHC", "periodic"],
      ["2.1", "SIPAS", "2023-11-15"],
      ["3.1", "CCHC", "continuous"],
      ["3.2", "CCHC", "2023-10-31"],
    ]);
    expect(plan.items[0]).toMatchObject({
      lead: ["Công chức Văn phòng-Thống kê"],
      coordinators: ["Bộ phận Tiếp nhận và trả kết quả phường"],
      implementers: ["Bộ phận Tiếp nhận và trả kết quả phường"],
    });
    expect(plan.items[1]).toMatchObject({
      target: { kind: "level", value: 98.5 },
      aggregation: "flow",
      lead: ["Chủ tịch Ủy ban nhân dân phường"],
      implementers: ["Bộ phận Tiếp nhận và trả kết quả phường"],
    });
    expect(plan.items[2].target).toEqual({ kind: "baseline", year: 2022, comparator: ">", baseline: null });
  });
});

describe("a commune plan in decomposed Unicode with CRLF, form feeds and old tone marks", () => {
  const { plan, notes } = parse("xa-hoa-binh-2022-nfd.txt");
  it("comes out in NFC with the page number removed", () => {
    expect(plan.identity.number).toBe("07/KH-UBND");
    expect(plan.identity.issuer).toBe("Ủy ban nhân dân xã Hoà Bình");
    expect(plan.items[0].title).toBe("Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến");
    expect(plan.items[0].tasks).toEqual([
      "Bộ phận một cửa hướng dẫn người dân nộp hồ sơ trực tuyến.",
      "Công chức Văn hoá-Xã hội tuyên truyền trên loa.",
    ]);
    expect(plan.items[0].coordinators).toEqual(["Công chức Văn hóa-Xã hội"]);
    expect(JSON.stringify(plan)).toBe(JSON.stringify(plan).normalize("NFC"));
  });
  it("keeps a deadline it cannot understand, as written, and says so", () => {
    expect(plan.items[0].deadline).toEqual({ kind: "unparsed", text: "Khi có yêu cầu của cấp trên" });
    expect(notes.map((n) => n.message)).toContain('Mục 1.1: không hiểu thời hạn "Khi có yêu cầu của cấp trên"; giữ nguyên như văn bản.');
  });
});

describe("a two-year plan with unlettered sections, milestones in the objective and aliases", () => {
  const { plan } = parse("xa-tien-thang-2024.txt");
  it("reads the years, the number and date on separate lines, and a KT. signature", () => {
    expect(plan.identity).toMatchObject({
      number: "102/KH-UBND",
      place: "Tiến Thắng",
      issued: "2024-01-05",
      firstYear: 2024,
      lastYear: 2025,
      signature: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
      signer: "Lê Thị Bình",
    });
  });
  it("reads milestones, aliases for officials and '+' bullets", () => {
    expect(plan.items[0]).toMatchObject({
      target: {
        kind: "milestones",
        milestones: [
          { date: "2024-06-30", value: 50 },
          { date: "2024-12-31", value: 100 },
        ],
      },
      lead: ["Chủ tịch Ủy ban nhân dân xã"],
      coordinators: ["Công chức Tài chính-Kế toán", "Công chức Địa chính-Xây dựng"],
      deadline: { kind: "due", due: "2024-06-30", precision: "day" },
    });
    expect(plan.items[1]).toMatchObject({
      target: { kind: "baseline", year: 2023, comparator: ">=" },
      lead: ["Công chức Văn phòng-Thống kê"],
      tasks: ["Ký số văn bản đi.", "Gửi nhận văn bản trên hệ thống quản lý văn bản."],
    });
  });
});

describe("text that is not a plan", () => {
  it("is refused with a Vietnamese reason", () => {
    const r = parsePlanText("Biên bản họp tổ dân phố\nNội dung: không có tiêu chí nào.");
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining("Không tìm thấy tiêu chí") });
  });
});

describe('a plan whose number is on its "KẾ HOẠCH SỐ …" line', () => {
  const text = readFileSync(projectPath("tests", "fixtures", "plans", "phuong-an-phu-2023.txt"), "utf8").replace(
    "Số: 15/KH-UBND An Phú, ngày 10 tháng 02 năm 2023\n\nKẾ HOẠCH\n",
    "An Phú, ngày 10 tháng 02 năm 2023\n\nKẾ HOẠCH SỐ 15/KH-UBND\n",
  );
  it("takes the number from that line and the title from the lines under it", () => {
    const r = parsePlanText(text);
    if (!r.ok) throw new Error(r.error);
    expect(r.plan.identity.number).toBe("15/KH-UBND");
    expect(r.plan.identity.title).toBe("Nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức năm 2023");
    expect(r.notes).toEqual([]);
  });
});
