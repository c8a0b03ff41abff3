import { readFileSync } from "fs";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { PlanItem } from "../../src/core/plan/model";
import { parsePlanText } from "../../src/core/plan/parser";
import { describeShared, projectPath, sharedPath } from "../helpers/shared";

const text = readFileSync(projectPath("plans", "ke-hoach-49-KH-UBND-2021.txt"), "utf8");
const result = parsePlanText(text);
if (!result.ok) throw new Error(result.error);
const { plan, notes } = result;
const item = (code: string): PlanItem => {
  const found = plan.items.find((i) => i.code === code);
  if (!found) throw new Error(`no item ${code}`);
  return found;
};

const VPTK = "Công chức Văn phòng-Thống kê";
const MOT_CUA = "Bộ phận Tiếp nhận và trả kết quả xã";
const LIEN_QUAN = "Công chức có liên quan";

describe("Kế hoạch 49/KH-UBND: identity", () => {
  it("reads number, issuing body, place, date, years, signature and recipients", () => {
    expect(plan.identity).toEqual({
      number: "49/KH-UBND",
      issuerLines: ["ỦY BAN NHÂN DÂN", "XÃ TÂN BÌNH"],
      issuer: "Ủy ban nhân dân xã Tân Bình",
      unitType: "xã",
      unitName: "Tân Bình",
      level: "xã",
      place: "Tân Bình",
      issued: "2021-09-29",
      title: "Khắc phục tồn tại, hạn chế và cải thiện, nâng cao Chỉ số cải cách hành chính của huyện, xã năm 2021 và những năm tiếp theo",
      firstYear: 2021,
      lastYear: null,
      signature: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
      signer: "Trương Minh Thắng",
      recipients: [
        "Phòng Nội vụ",
        "Đảng ủy xã",
        "Th/trực HĐND xã",
        "CT, các PCT UBND xã",
        "Ủy ban MTTQVN và các đoàn thể xã",
        "Công chức xã",
        "Trang TTĐT xã",
        "Lưu: VT",
      ],
    });
  });
});

describe("Kế hoạch 49/KH-UBND: items", () => {
  it("has exactly the twelve items 1.1–1.7 and 2.1–2.5, grouped CCHC and SIPAS", () => {
    expect(plan.items.map((i) => `${i.code} ${i.group}`)).toEqual([
      "1.1 CCHC",
      "1.2 CCHC",
      "1.3 CCHC",
      "1.4 CCHC",
      "1.5 CCHC",
      "1.6 CCHC",
      "1.7 CCHC",
      "2.1 SIPAS",
      "2.2 SIPAS",
      "2.3 SIPAS",
      "2.4 SIPAS",
      "2.5 SIPAS",
    ]);
  });

  // One row per item: kind, title, objective, target, aggregation, task count, first words
  // of the first task and last words of the last one, lead, co-ordinators, implementers, deadline.
  const expected: Array<[string, Partial<PlanItem>, number, string, string]> = [
    [
      "1.1",
      {
        kind: "tiêu chí",
        title: "Thực hiện kế hoạch CCHC",
        objective: "Nâng cao tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4.",
        // Worded like 2.2 ("Nâng cao tỷ lệ hài lòng so với năm 2020") without the year: a rate to raise over the year before.
        target: { kind: "previousYear", comparator: ">", baseline: null },
        aggregation: "flow",
        lead: ["Công chức Văn hóa-Xã hội"],
        coordinators: [MOT_CUA],
        implementers: [],
        deadline: { kind: "due", text: "Trong năm 2021", due: "2021-12-31" as never, precision: "year", recurs: "none" },
      },
      2,
      "Công chức Văn hóa-Xã hội phụ trách",
      "liên quan đến lĩnh vực mình phụ trách.",
    ],
    [
      "1.2",
      {
        kind: "tiêu chí thành phần",
        title: "Tỷ lệ hồ sơ TTHC do ủy ban nhân dân cấp xã tiếp nhận trong năm được giải quyết đúng hạn",
        objective: "100% hô sơ TTHC được giải quyết đúng hạn.",
        target: { kind: "level", value: 100 },
        aggregation: "flow",
        lead: [VPTK],
        coordinators: [],
        implementers: [MOT_CUA],
        deadline: {
          kind: "due",
          text: "Trong năm 2021 và những năm tiếp theo",
          due: "2021-12-31" as never,
          precision: "year",
          recurs: "yearly",
        },
      },
      2,
      "Tổ chức thực hiện tốt việc giải quyết",
      "tạo dư luận không tốt trong Nhân dân.",
    ],
    [
      "1.3",
      {
        kind: "tiêu chí thành phần",
        title: "Tỷ lệ đat chuẩn của cán bộ cấp xã",
        objective: "100% cán bộ, công chức cấp xã đạt chuẩn về chuyên môn nghiệp vụ.",
        target: { kind: "level", value: 100 },
        aggregation: "level",
        lead: [],
        coordinators: [],
        implementers: [],
        deadline: {
          kind: "due",
          text: "Trong năm 2021 và những năm tiếp theo",
          due: "2021-12-31" as never,
          precision: "year",
          recurs: "yearly",
        },
      },
      2,
      "Công chức Văn phòng-Thống kê rà soát",
      "ở cấp xã, ở thôn, tổ dân phố.",
    ],
    [
      "1.4",
      {
        kind: "tiêu chí thành phần",
        title: "Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước",
        objective: "Thục hiện giải ngân 100% kế hoạch đầu tư vốn ngân sách nhà nước.",
        target: {
          kind: "milestones",
          milestones: [
            { date: "2021-09-30" as never, value: 60 },
            { date: "2022-01-31" as never, value: 100 },
          ],
        },
        aggregation: "level",
        lead: ["Chủ tịch Ủy ban nhân dân xã"],
        coordinators: ["Phó Chủ tịch Ủy ban nhân dân xã", "Công chức Tài chính-Kế toán", "Công chức Địa chính-Xây dựng", "Trưởng thôn"],
        implementers: ["Phó Chủ tịch Ủy ban nhân dân xã", "Công chức Tài chính-Kế toán", "Công chức Địa chính-Xây dựng", "Trưởng thôn"],
        deadline: {
          kind: "due",
          text: "Trong năm 2021 những năm tiếp theo",
          due: "2021-12-31" as never,
          precision: "year",
          recurs: "yearly",
        },
      },
      2,
      "Nghiêm túc triến khai thực hiện",
      "vướng mắc đối với từng dự án.",
    ],
    [
      "1.5",
      {
        kind: "tiêu chí thành phần",
        title: "Tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử",
        objective: "Hạn chế tối đa văn bản đi, được gửi dưới dạng điện tử song song với bản giấy.",
        target: { kind: "qualitative" },
        aggregation: "flow",
        lead: [VPTK],
        coordinators: [],
        implementers: ["Cán bộ, công chức xã"],
        deadline: { kind: "due", text: "Trong năm 2021", due: "2021-12-31" as never, precision: "year", recurs: "none" },
      },
      1,
      "Tiếp tục tăng cường trao đổi",
      "khi quy định của pháp luật có yêu cầu.",
    ],
    [
      "1.6",
      {
        kind: "tiêu chí",
        title: "Tỷ lệ tăng tổng sản phẩm trên địa bàn (GRDP)",
        objective: "Trên địa bàn xã tăng cao hơn so với năm 2020.",
        target: { kind: "baseline", year: 2020, comparator: ">", baseline: null },
        aggregation: "level",
        lead: [],
        coordinators: [],
        implementers: [],
        deadline: { kind: "due", text: "Trong năm 2021", due: "2021-12-31" as never, precision: "year", recurs: "none" },
      },
      2,
      "Đẩy mạnh các biện pháp kiểm soát",
      "các sản phẩm mà địa phương có thế mạnh.",
    ],
    [
      "1.7",
      {
        kind: "tiêu chí",
        title: "Mức độ thực hiện các chỉ tiêu phát triển kinh tế-xã hội do Hội đồng nhân dân xã giao",
        objective: "Đạt 100% chỉ tiêu phát triển kinh tế-xã hội do Hội đồng nhân dân xã giao.",
        target: { kind: "level", value: 100 },
        aggregation: "level",
        lead: [],
        coordinators: [],
        implementers: [],
        deadline: { kind: "due", text: "Trong năm 2021", due: "2021-12-31" as never, precision: "year", recurs: "none" },
      },
      1,
      "Tiếp tục triển khai các nhiệm vụ",
      "42/NQ-HĐND ngày 15/01/2021 của Hội đồng nhân dân xã khóa XII về việc thông qua kế hoạch phát triển kinh tế - xã hội an ninh quốc phòng năm 2021.",
    ],
    [
      "2.1",
      {
        kind: "chỉ số",
        title: "Chỉ số hài lòng về tiếp cận dịch vụ",
        objective: "Chỉ số hài lòng về tiếp cận dịch vụ tăng so với năm 2020.",
        target: { kind: "baseline", year: 2020, comparator: ">", baseline: null },
        aggregation: "level",
        lead: [],
        coordinators: [],
        implementers: [],
        deadline: {
          kind: "due",
          text: "Trong năm 2021 và các năm tiếp theo",
          due: "2021-12-31" as never,
          precision: "year",
          recurs: "yearly",
        },
      },
      2,
      "Cung cấp đầy đủ, kịp thời thông tin",
      "bất tiện, kém thoải mái.",
    ],
    [
      "2.2",
      {
        kind: "chỉ số",
        title: "Chỉ số hài lòng về tổ chức giải quyết TTHC",
        objective: "Nâng cao tỷ lệ hài lòng so với năm 2020.",
        target: { kind: "baseline", year: 2020, comparator: ">", baseline: null },
        aggregation: "level",
        lead: [],
        coordinators: [MOT_CUA],
        implementers: [MOT_CUA],
        deadline: {
          kind: "due",
          text: "Trong năm 2021 và những năm tiếp theo",
          due: "2021-12-31" as never,
          precision: "year",
          recurs: "yearly",
        },
      },
      5,
      "Phải niêm yết công khai",
      "mức phí/lệ phí và thời hạn giải quyết.",
    ],
    [
      "2.3",
      {
        kind: "chỉ số",
        title: "Chỉ số hài lòng về công chức tại Bộ phận Tiếp nhận và trả kết quả",
        objective: "Giữ vững hoặc nâng cao chỉ số hài lòng về công chức giải quyết TTHC so với năm 2020.",
        target: { kind: "baseline", year: 2020, comparator: ">=", baseline: null },
        aggregation: "level",
        lead: [VPTK],
        coordinators: [MOT_CUA, LIEN_QUAN],
        implementers: [MOT_CUA, LIEN_QUAN],
        deadline: {
          kind: "due",
          text: "Trong năm 2021 và những năm tiếp theo",
          due: "2021-12-31" as never,
          precision: "year",
          recurs: "yearly",
        },
      },
      2,
      "Tăng cường chấn chỉnh kỷ luật",
      "năng lực giải quyết công việc của công chức có liên quan.",
    ],
    [
      "2.4",
      {
        kind: "chỉ số",
        title: "Chỉ số hài lòng về kết quả giải quyết TTHC",
        objective: "Giữ vững hoặc nâng cao tỷ lệ hài lòng so với năm 2020.",
        target: { kind: "baseline", year: 2020, comparator: ">=", baseline: null },
        aggregation: "level",
        lead: [VPTK],
        coordinators: [MOT_CUA, LIEN_QUAN],
        implementers: [MOT_CUA, LIEN_QUAN],
        deadline: { kind: "due", text: "Trong năm 2021", due: "2021-12-31" as never, precision: "year", recurs: "none" },
      },
      3,
      "Thực hiện nghiêm quy trình giải quyết",
      "trên địa bàn tỉnh Gia Lai.",
    ],
    [
      "2.5",
      {
        kind: "chỉ số",
        title: "Chỉ số hài lòng về việc tiếp nhận, xử lý phản ánh kiến nghị liên quan đến TTHC",
        objective: "Giữ vững hoặc nâng cao tỷ lệ hài lòng so với năm 2020.",
        target: { kind: "baseline", year: 2020, comparator: ">=", baseline: null },
        aggregation: "level",
        lead: [VPTK],
        coordinators: [MOT_CUA, LIEN_QUAN],
        implementers: [MOT_CUA, LIEN_QUAN],
        deadline: { kind: "due", text: "Trong năm 2021", due: "2021-12-31" as never, precision: "year", recurs: "none" },
      },
      2,
      "Phân công cán bộ, công chức sẵn sàng",
      "của cá nhân, tổ chức về giải quyết TTHC.",
    ],
  ];

  it.each(expected)("item %s field by field", (code, fields, taskCount, firstTaskStart, lastTaskEnd) => {
    const it_ = item(code);
    expect(it_).toMatchObject(fields);
    expect(it_.tasks).toHaveLength(taskCount);
    expect(it_.tasks[0].startsWith(firstTaskStart)).toBe(true);
    expect(it_.tasks[taskCount - 1].endsWith(lastTaskEnd)).toBe(true);
    // No page number, bullet mark or line-break artefact survives inside the text.
    for (const t of [it_.objective, ...it_.tasks]) {
      expect(t).not.toMatch(/\s{2,}|^\s|\s$|^- /);
    }
  });

  it("joins sentences broken across lines and across the page break", () => {
    expect(item("1.3").tasks[1]).toContain("Quyết định số 04/2004/QĐ-BNV ngày 16/01/2004 của Bộ Nội vụ và Thông tư số 13/2019/TT-BNV");
    expect(item("1.5").implementers).toEqual(["Cán bộ, công chức xã"]);
    expect(item("2.2").tasks[2]).toBe(
      "Nâng cao chất lượng hoạt động và vận hành hiệu quả của Trang thông tin điện tử thành phần cấp xã; đẩy mạnh cung ứng dịch vụ công trực tuyến mức độ 3, 4.",
    );
  });

  it("reports items without an assignment or without a lead instead of dropping them", () => {
    expect(notes.map((n) => `${n.item}: ${n.message}`)).toEqual([
      '1.3: Mục 1.3: kế hoạch không có phần "Phân công trách nhiệm".',
      '1.6: Mục 1.6: kế hoạch không có phần "Phân công trách nhiệm".',
      '1.7: Mục 1.7: kế hoạch không có phần "Phân công trách nhiệm".',
      '2.1: Mục 2.1: kế hoạch không có phần "Phân công trách nhiệm".',
      "2.2: Mục 2.2: không có đơn vị Chủ trì.",
    ]);
  });
});

describe("the built-in plan", () => {
  it("equals what the parser makes of the shipped plan text", () => {
    expect(BUILTIN_PLAN).toEqual(JSON.parse(JSON.stringify(plan)));
  });
});

describeShared("the shipped plan text", () => {
  it("is the same document as ../shared/plan", () => {
    expect(text).toBe(readFileSync(sharedPath("plan", "ke-hoach-49-KH-UBND-2021.txt"), "utf8"));
  });
});
