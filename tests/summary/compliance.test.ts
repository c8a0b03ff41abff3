import { IsoDate } from "../../src/core/dates/isoDate";
import { parseDeadline } from "../../src/core/dates/deadline";
import { Reading, Task } from "../../src/core/import/records";
import { taskVerdict } from "../../src/core/summary/verdict";
import { Plan, PlanItem, Target } from "../../src/core/plan/model";
import { compliance, figureIn } from "../../src/core/summary/compliance";

const d = (s: string) => s as IsoDate;
const AS_OF = d("2021-12-15");

function item(code: string, target: Target, aggregation: PlanItem["aggregation"] = "level"): PlanItem {
  return {
    code,
    group: "CCHC",
    kind: "tiêu chí",
    title: `Tiêu chí ${code}`,
    heading: "",
    objective: "",
    target,
    aggregation,
    tasks: [],
    lead: ["Công chức Văn phòng-Thống kê"],
    coordinators: [],
    implementers: [],
    deadline: parseDeadline("Trong năm 2021"),
  };
}

function reading(code: string, date: string, numerator: number | null, denominator: number | null, value?: number): Reading {
  const v = value ?? (numerator !== null && denominator ? (numerator / denominator) * 100 : null);
  return {
    code,
    period: date,
    date: d(date),
    numerator,
    denominator,
    value: v,
    evidence: "",
    note: "",
    source: { file: "f.xlsx", sheet: "s", sheetIndex: 0, row: 2, columns: {} },
  };
}

function task(code: string, status: Task["status"], due: string, done: string | null, lead = "Công chức Văn phòng-Thống kê"): Task {
  const s = status ?? "Chưa thực hiện";
  return {
    id: `NV-${code}-${due}-${done}`,
    code,
    codeSuggested: false,
    content: "x",
    lead,
    partners: "",
    due: d(due),
    dueText: null,
    status: s,
    statusText: null,
    progress: null,
    doneDate: done ? d(done) : null,
    doneText: null,
    evidence: "",
    note: "",
    source: { file: "f.xlsx", sheet: "s", sheetIndex: 0, row: 2, columns: {} },
    verdict: taskVerdict(s, d(due), done ? d(done) : null, AS_OF),
  };
}

const plan: Plan = {
  identity: {
    number: "1/KH-UBND",
    issuerLines: [],
    issuer: "",
    unitType: "xã",
    unitName: "X",
    level: "xã",
    place: "X",
    issued: d("2021-01-05"),
    title: "",
    firstYear: 2021,
    lastYear: 2021,
    signature: [],
    signer: "",
    recipients: [],
  },
  items: [
    item("1.1", { kind: "level", value: 100 }, "flow"),
    item("1.2", {
      kind: "milestones",
      milestones: [
        { date: d("2021-09-30"), value: 60 },
        { date: d("2022-01-31"), value: 100 },
      ],
    }),
    item("1.3", {
      kind: "milestones",
      milestones: [
        { date: d("2021-06-30"), value: 40 },
        { date: d("2021-09-30"), value: 60 },
      ],
    }),
    item("1.4", { kind: "baseline", year: 2020, comparator: ">", baseline: null }),
    item("1.5", { kind: "baseline", year: 2020, comparator: ">=", baseline: 85 }),
    item("1.6", { kind: "qualitative" }),
    item("1.7", { kind: "qualitative" }),
    item("1.8", { kind: "level", value: 90 }),
  ],
};

const readings = [
  // Flow: on time / received per quarter; the year's rate is 95+138+139 / 100+140+140 = 372/380.
  reading("1.1", "2021-03-31", 95, 100),
  reading("1.1", "2021-06-30", 138, 140),
  reading("1.1", "2021-09-30", 139, 140),
  reading("1.1", "2020-12-10", 10, 100), // before 15/12/2020, where the state rule's 2021 starts: not in this year's sum
  // Cumulative level: the latest reading stands; the milestone of 30/9 is judged on 30/9's reading.
  reading("1.2", "2021-08-31", 1870, 4250),
  reading("1.2", "2021-09-30", 2457, 4250), // 57.81 %
  reading("1.2", "2021-11-30", 3720, 4250), // 87.53 %
  reading("1.3", "2021-06-30", 45, 100),
  reading("1.3", "2021-09-30", 61, 100),
  reading("1.4", "2021-09-30", null, null, 82.5),
  reading("1.5", "2021-09-30", null, null, 84.9),
  reading("1.8", "2021-12-20", null, null, 95), // after the as-of date: not counted
];

const tasks = [
  task("1.6", "Hoàn thành", "2021-10-31", "2021-10-20"),
  task("1.6", "Hoàn thành", "2021-11-30", "2021-11-30"),
  task("1.7", "Hoàn thành", "2021-10-31", "2021-10-20", "Công chức Tài chính-Kế toán"),
  task("1.7", "Đang thực hiện", "2021-11-30", null, "Công chức Tài chính-Kế toán"),
  task("1.7", "Hoàn thành", "2021-09-30", "2021-10-05", "Công chức Tài chính-Kế toán"),
];

describe("compliance against the plan's targets", () => {
  const c = compliance(plan, tasks, readings, AS_OF);
  const by = (code: string) => c.items.find((i) => i.item.code === code)!;

  it("adds flow counts up over the year's periods", () => {
    expect(by("1.1").actual).toBeCloseTo((372 / 380) * 100, 10);
    expect(by("1.1")).toMatchObject({ result: "Chưa đạt", reason: "97,89 % tại 30/09/2021 < 100 %" });
  });

  it("takes the latest reading of a cumulative level and judges each passed milestone on its own date", () => {
    expect(by("1.2").actual).toBeCloseTo(87.5294, 3);
    expect(by("1.2").milestones.map((m) => [m.date, m.status, m.actual === null ? null : Math.round(m.actual * 100) / 100])).toEqual([
      ["2021-09-30", "Chưa đạt", 57.81],
      ["2022-01-31", "Chưa đến hạn", 87.53],
    ]);
    expect(by("1.2")).toMatchObject({ result: "Chưa đạt", reason: "57,81 % tại 30/09/2021 < mốc 60 %" });
    expect(by("1.3")).toMatchObject({ result: "Đạt", reason: "61 % tại 30/09/2021 ≥ mốc 60 %" });
  });

  it("says when a relative target's baseline is missing, and compares when it is there", () => {
    expect(by("1.4")).toMatchObject({ actual: 82.5, result: "Chưa có số liệu", reason: "Chưa nhập giá trị năm 2020 để so sánh" });
    expect(by("1.5")).toMatchObject({ result: "Chưa đạt", reason: "84,9 % tại 30/09/2021 < năm 2020 (85 %)" });
  });

  it("judges qualitative items by their tasks", () => {
    expect(by("1.6")).toMatchObject({ result: "Đạt", reason: "2/2 nhiệm vụ hoàn thành đúng hạn", tasks: 2, done: 2, overdue: 0 });
    expect(by("1.7")).toMatchObject({ result: "Chưa đạt", reason: "1/3 nhiệm vụ quá hạn", tasks: 3, done: 2, overdue: 1 });
  });

  it("ignores readings after the as-of date", () => {
    expect(by("1.8")).toMatchObject({ actual: null, result: "Chưa có số liệu" });
  });

  it("counts tasks per official and in the headline", () => {
    expect(c.officials).toEqual([
      { official: "Công chức Tài chính-Kế toán", assigned: 3, done: 2, doneOnTime: 1, overdue: 1 },
      { official: "Công chức Văn phòng-Thống kê", assigned: 2, done: 2, doneOnTime: 2, overdue: 0 },
    ]);
    expect(c.headline).toEqual({ itemsMet: 2, items: 8, tasks: 5, done: 4, doneOnTime: 3, overdue: 1 });
  });
});

describe("the assessment year and the figures of a period", () => {
  // KH 49's 1.4 (disbursement, a level with milestones) and 1.2 (on-time dossiers, a flow).
  const kh: Plan = {
    ...plan,
    items: [
      { ...item("1.2", { kind: "level", value: 100 }, "flow"), title: "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn" },
      item("1.4", {
        kind: "milestones",
        milestones: [
          { date: d("2021-09-30"), value: 60 },
          { date: d("2022-01-31"), value: 100 },
        ],
      }),
      {
        ...item("1.1", { kind: "previousYear", comparator: ">", baseline: 20 }, "flow"),
        objective: "Nâng cao tỷ lệ hồ sơ TTHC được xử lý trực tuyến",
      },
    ],
  };
  const quarter = (label: string, date: string, n: number, dd: number) => ({ ...reading("1.2", date, n, dd), period: label });
  const rs = [
    quarter("Quý I/2021", "2021-03-31", 118, 120),
    quarter("Quý II/2021", "2021-06-30", 133, 135),
    reading("1.4", "2021-09-30", 2457, 4250), // 57,81 %
    reading("1.4", "2021-11-30", 3720, 4250),
    reading("1.4", "2022-01-31", 4250, 4250), // 100 % on the last milestone
    reading("1.1", "2021-06-30", 30, 120), // 25 %
  ];
  const at = (asOf: string, options = {}) => {
    const c = compliance(kh, [], rs, d(asOf), options);
    return (code: string) => c.items.find((i) => i.item.code === code)!;
  };

  it("evaluates 2021 on 15/02/2022, the milestone of 31/01/2022 included", () => {
    const c = compliance(kh, [], rs, d("2022-02-15"));
    expect([c.year, c.window]).toEqual([2021, { from: "2020-12-15", to: "2021-12-14" }]);
    const by = at("2022-02-15");
    // 1.2: (118 + 133) / (120 + 135) = 251/255 from the 2021 readings, not "no data".
    expect(by("1.2").figure).toMatchObject({ numerator: 251, denominator: 255, source: "readings" });
    expect(by("1.2").result).toBe("Chưa đạt");
    // 1.4: both milestones passed; the first was missed.
    expect(by("1.4").milestones.map((m) => m.status)).toEqual(["Chưa đạt", "Đạt"]);
    expect(by("1.4")).toMatchObject({ actual: 100, result: "Chưa đạt", formal: "mốc 30/9/2021: 57,81 % < 60 %" });
  });

  it("evaluates the year it is told to: 2022 has no readings yet", () => {
    expect(at("2022-02-15", { year: 2022 })("1.2")).toMatchObject({ actual: null, result: "Chưa có số liệu" });
  });

  it("judges a rate to raise against the year before the assessment year", () => {
    // 25 % > 20 % (2020).
    expect(at("2021-12-15")("1.1")).toMatchObject({
      result: "Đạt",
      reason: "25 % tại 30/06/2021 > năm 2020 (20 %)",
      formal: "25 % > 20 % (năm 2020)",
    });
    const noBaseline: Plan = { ...kh, items: [{ ...kh.items[2], target: { kind: "previousYear", comparator: ">", baseline: null } }] };
    expect(compliance(noBaseline, [], rs, d("2021-12-15")).items[0]).toMatchObject({
      result: "Chưa có số liệu",
      reason: "Chưa nhập giá trị năm 2020 để so sánh",
      formal: "chưa có số liệu năm 2020 để so sánh",
    });
  });

  it("gives a period's own figure: quý II (15/3–14/6) holds the quarter whose days lie mostly in it, not quý I's total dated 31/3", () => {
    const q2 = figureIn(
      kh.items[0],
      rs.filter((r) => r.code === "1.2"),
      { from: d("2021-03-15"), to: d("2021-06-14") },
    );
    expect(q2).toMatchObject({ value: (133 / 135) * 100, numerator: 133, denominator: 135 });
  });

  it("counts a month once when its quarter is read too: the quarter holds it", () => {
    const w = { from: d("2020-12-15"), to: d("2021-12-14") };
    const quarter = { ...reading("1.2", "2021-09-30", 297, 300), period: "Quý III/2021" };
    const september = { ...reading("1.2", "2021-09-30", 40, 40), period: "Tháng 9/2021" };
    const october = { ...reading("1.2", "2021-10-31", 45, 50), period: "Tháng 10/2021" };
    expect(figureIn(kh.items[0], [quarter, september, october], w)).toMatchObject({ numerator: 342, denominator: 350 });
  });

  it("takes the latest running total ('lũy kế') as a flow's figure, never adding running totals up", () => {
    const w = { from: d("2020-12-15"), to: d("2021-12-14") };
    const running = (label: string, date: string, n: number, dd: number) => ({
      ...reading("1.2", date, n, dd),
      period: `${label} (lũy kế)`,
    });
    const rs = [
      running("Tháng 9/2021", "2021-09-30", 231, 234),
      running("Tháng 10/2021", "2021-10-31", 263, 266),
      running("Tháng 11/2021", "2021-11-30", 292, 295),
    ];
    expect(figureIn(kh.items[0], rs, w)).toMatchObject({ numerator: 292, denominator: 295, date: "2021-11-30" });
    // A month's own figures read after the last running total add to it.
    const december = { ...reading("1.2", "2021-12-10", 10, 10), period: "Tháng 12/2021" };
    expect(figureIn(kh.items[0], [...rs, december], { from: d("2020-12-15"), to: d("2022-01-14") })).toMatchObject({
      numerator: 302,
      denominator: 305,
    });
  });

  it("places a level on the day it was read, a flow on the days it covers", () => {
    const w = { from: d("2020-12-15"), to: d("2021-12-14") };
    const december = { ...reading("1.4", "2021-12-10", 4000, 4250), period: "Tháng 12/2021" };
    // The level read on 10/12 is 2021's, though "Tháng 12/2021" mostly lies after 14/12.
    expect(figureIn(kh.items[1], [december], w)).toMatchObject({ numerator: 4000, denominator: 4250 });
    // The same month's flow counts belong to 2022's window.
    expect(figureIn(kh.items[0], [{ ...december, code: "1.2" }], w)).toMatchObject({ value: null, source: null });
  });

  it("never takes last year's figure, dated at its end, as this year's level", () => {
    const w = { from: d("2020-12-15"), to: d("2021-12-14") };
    const lastYear = { ...reading("1.4", "2020-12-31", 3000, 4000), period: "Năm 2020" };
    expect(figureIn(kh.items[1], [lastYear], w)).toMatchObject({ value: null, source: null });
    // This year's, read on the as-of date while the year still runs: the year's.
    const running = { ...reading("1.4", "2021-12-15", 3900, 4250), period: "Năm 2021" };
    expect(figureIn(kh.items[1], [lastYear, running], w)).toMatchObject({ numerator: 3900, denominator: 4250 });
  });

  it("takes the on-time rate from the dossier statistics when they cover the year, and says so", () => {
    const dossier = {
      field: "Hộ tịch",
      from: d("2020-12-15"),
      to: d("2021-06-14"),
      carriedOver: 3,
      online: 40,
      inPerson: 160,
      early: 50,
      onTime: 140,
      late: 5,
      pendingInTime: 6,
      pendingOverdue: 1,
      returned: 1,
      source: { file: "", sheet: "Hồ sơ TTHC", row: 2 },
    };
    const by = at("2021-12-15", { dossiers: [dossier] });
    // (50 + 140) / 195 resolved, not 140 / 203 received.
    expect(by("1.2").figure).toMatchObject({ numerator: 190, denominator: 195, source: "dossiers", measure: "onTime" });
    // Online: 40 / 200 new receipts = 20 %, not above 2020's 20 %.
    expect(by("1.1").figure).toMatchObject({ value: 20, numerator: 40, denominator: 200, source: "dossiers", measure: "online" });
    expect(by("1.1").result).toBe("Chưa đạt");
  });
});

describe("figures that cannot be (more done than there were)", () => {
  const onTime = item("1.2", { kind: "level", value: 100 }, "flow");
  const rs = [reading("1.2", "2021-09-30", 168, 168), reading("1.2", "2021-10-31", 215, 152), reading("1.2", "2021-11-30", 185, 187)];

  it("are left out of the criterion's figure, which they would otherwise pass on a typo", () => {
    const c = compliance({ ...plan, items: [onTime] }, [], rs, AS_OF);
    expect(c.items[0].figure).toMatchObject({ numerator: 353, denominator: 355 });
    expect(c.items[0].result).toBe("Chưa đạt");
  });

  it("keep a growth whose year is above the last (more this year is no error)", () => {
    const growth = reading("1.6", "2021-12-14", 110, 100, 10);
    const rise = item("1.6", { kind: "level", value: 7 }, "level");
    expect(compliance({ ...plan, items: [rise] }, [], [growth], AS_OF).items[0].actual).toBe(10);
  });
});
