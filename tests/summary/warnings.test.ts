import { IsoDate } from "../../src/core/dates/isoDate";
import { parseDeadline } from "../../src/core/dates/deadline";
import { Reading, Task } from "../../src/core/import/records";
import { Plan, PlanItem, Target } from "../../src/core/plan/model";
import { compliance } from "../../src/core/summary/compliance";
import { taskVerdict } from "../../src/core/summary/verdict";
import { approxPercent, dueSoon, earlyWarnings, fitLine, yearPoints } from "../../src/core/summary/warnings";
import { warningsBlock } from "../../src/core/sheets/warningsTable";

const d = (s: string) => s as IsoDate;

function item(code: string, target: Target, aggregation: PlanItem["aggregation"] = "level", deadline = "Trong năm 2021"): PlanItem {
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
    deadline: parseDeadline(deadline),
  };
}

function reading(code: string, date: string, numerator: number | null, denominator: number | null, value?: number): Reading {
  return {
    code,
    period: date,
    date: d(date),
    numerator,
    denominator,
    value: value ?? (numerator !== null && denominator ? (numerator / denominator) * 100 : null),
    evidence: "",
    note: "",
    source: { file: "f.xlsx", sheet: "s", sheetIndex: 0, row: 2, columns: {} },
  };
}

function task(id: string, status: Task["status"], due: string, asOf: IsoDate, progress: number | null = null): Task {
  const s = status ?? "Chưa thực hiện";
  return {
    id,
    code: "1.1",
    codeSuggested: false,
    content: `Việc ${id}`,
    lead: "Công chức Văn phòng-Thống kê",
    partners: "",
    due: d(due),
    dueText: null,
    status: s,
    statusText: null,
    progress,
    doneDate: null,
    doneText: null,
    evidence: "",
    note: "",
    source: { file: "f.xlsx", sheet: "s", sheetIndex: 0, row: 2, columns: {} },
    verdict: taskVerdict(s, d(due), null, asOf),
  };
}

function planOf(...items: PlanItem[]): Plan {
  return {
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
    items,
  };
}

function warningsFor(plan: Plan, readings: Reading[], asOf: string, tasks: Task[] = []) {
  return earlyWarnings(compliance(plan, tasks, readings, d(asOf)), tasks, readings);
}

const MILESTONES: Target = {
  kind: "milestones",
  milestones: [
    { date: d("2021-09-30"), value: 60 },
    { date: d("2022-01-31"), value: 100 },
  ],
};

describe("the trend line", () => {
  it("goes through evenly spaced points exactly: 40, 50, 60 a month apart reach 80 two months later", () => {
    // Days 0, 30, 60 (1/8, 31/8, 30/9): slope 10/30 a day; 29/11 is day 120: 40 + 120/3 = 80.
    const points = [
      { date: d("2021-08-01"), value: 40 },
      { date: d("2021-08-31"), value: 50 },
      { date: d("2021-09-30"), value: 60 },
    ];
    const line = fitLine(points, d("2021-11-29"));
    expect(line.slope).toBeCloseTo(1 / 3, 10);
    expect(line.value).toBeCloseTo(80, 10);
  });

  it("fits the least-squares line when the points are not on one", () => {
    // x 0, 30, 60; y 40, 56, 60: x̄ 30, ȳ 52, Sxy = (-30)(-12) + 0 + 30·8 = 600, Sxx = 1800, slope 1/3;
    // on day 90 (30/10): 52 + 60/3 = 72.
    const points = [
      { date: d("2021-08-01"), value: 40 },
      { date: d("2021-08-31"), value: 56 },
      { date: d("2021-09-30"), value: 60 },
    ];
    expect(fitLine(points, d("2021-10-30")).value).toBeCloseTo(72, 10);
  });

  it("takes a level's readings as they are, and a flow's running Σ numerators / Σ denominators", () => {
    const rs = [reading("1.1", "2021-03-31", 80, 100), reading("1.1", "2021-06-30", 90, 100), reading("1.1", "2021-09-30", 100, 200)];
    expect(yearPoints("level", rs).map((p) => p.value)).toEqual([80, 90, 50]);
    // 80/100; 170/200 = 85; 270/400 = 67.5.
    expect(yearPoints("flow", rs).map((p) => p.value)).toEqual([80, 85, 67.5]);
  });
});

describe("projected misses", () => {
  it("flags a milestone the trend will not reach, saying when, how much and from what", () => {
    // 70, 75, 80 on 1/10, 31/10, 30/11: 5 points per 30 days. 31/01/2022 is 122 days after 1/10:
    // 70 + 122/6 = 90.33 < 100.
    const plan = planOf(item("1.4", MILESTONES));
    const rs = [
      reading("1.4", "2021-10-01", null, null, 70),
      reading("1.4", "2021-10-31", null, null, 75),
      reading("1.4", "2021-11-30", null, null, 80),
    ];
    const w = warningsFor(plan, rs, "2021-12-15");
    expect(w.warnings).toHaveLength(1);
    const first = w.warnings[0];
    if (first.kind !== "projection") throw new Error("a projection");
    expect(first.projection.projected).toBeCloseTo(70 + 122 / 6, 10);
    expect(first.text).toBe(
      "1.4: theo tốc độ hiện nay, đến 31/01/2022 đạt khoảng 90 % < 100 % (xu hướng của 3 lần số liệu từ 01/10/2021 đến 30/11/2021)",
    );
    expect(first.formal).toBe("theo tốc độ hiện nay, đến ngày 31/1/2022 chỉ đạt khoảng 90 %, chưa đạt mốc 100 %");
    expect(w.notes).toEqual([]);
  });

  it("projects the next milestone, not the last: 60 % by 30/9 from a trend in summer", () => {
    // 40 on 1/7, 46 on 31/7 (30 days later): 0.2 a day; 30/9 is day 91: 40 + 18.2 = 58.2 < 60.
    const plan = planOf(item("1.4", MILESTONES));
    const rs = [reading("1.4", "2021-07-01", null, null, 40), reading("1.4", "2021-07-31", null, null, 46)];
    const w = warningsFor(plan, rs, "2021-08-15");
    expect(w.warnings.map((x) => x.text)).toEqual([
      "1.4: theo tốc độ hiện nay, đến 30/09/2021 đạt khoảng 58 % < 60 % (xu hướng của 2 lần số liệu từ 01/07/2021 đến 31/07/2021)",
    ]);
  });

  it("projects a flow's year rate to its deadline with the flow rule", () => {
    // Running rates 80 % (31/3) and 85 % (30/6, 170/200), 91 days apart; 31/12 is day 275:
    // 80 + 5·275/91 = 95.11 < 100.
    const plan = planOf(item("1.2", { kind: "level", value: 100 }, "flow"));
    const rs = [reading("1.2", "2021-03-31", 80, 100), reading("1.2", "2021-06-30", 90, 100)];
    const w = warningsFor(plan, rs, "2021-07-15");
    const first = w.warnings[0];
    if (first?.kind !== "projection") throw new Error("a projection");
    expect(first.projection.projected).toBeCloseTo(80 + (5 * 275) / 91, 10);
    expect(first.date).toBe("2021-12-31");
    expect(first.text).toContain("đến 31/12/2021 đạt khoảng 95 % < 100 %");
  });

  it("says nothing of an item on course, and keeps the projection within 100 %", () => {
    const plan = planOf(item("1.4", MILESTONES));
    const rs = [reading("1.4", "2021-10-01", null, null, 80), reading("1.4", "2021-11-30", null, null, 98)];
    const w = warningsFor(plan, rs, "2021-12-15");
    expect(w.warnings).toEqual([]);
    expect(w.notes).toEqual([]);
  });

  it("reads 'cao hơn năm 2020' strictly: a flat trend at the baseline is a miss", () => {
    const plan = planOf(item("2.1", { kind: "baseline", year: 2020, comparator: ">", baseline: 85 }));
    const rs = [reading("2.1", "2021-06-30", null, null, 85), reading("2.1", "2021-09-30", null, null, 85)];
    const w = warningsFor(plan, rs, "2021-10-15");
    expect(w.warnings.map((x) => x.text)).toEqual([
      "2.1: theo tốc độ hiện nay, đến 31/12/2021 đạt khoảng 85 % ≤ 85 % (xu hướng của 2 lần số liệu từ 30/06/2021 đến 30/09/2021)",
    ]);
  });

  it("says there is too little data instead of guessing from one reading, or none", () => {
    const plan = planOf(item("1.4", MILESTONES), item("1.7", { kind: "level", value: 100 }), item("1.5", { kind: "qualitative" }));
    const w = warningsFor(plan, [reading("1.4", "2021-11-30", null, null, 80)], "2021-12-15");
    expect(w.warnings).toEqual([]);
    expect(w.notes.map((n) => n.text)).toEqual([
      "1.4: chưa đủ số liệu để dự báo (mới có 1 lần số liệu trong năm; cần ít nhất 2 lần, ở 2 ngày khác nhau)",
      "1.7: chưa đủ số liệu để dự báo (chưa có số liệu nào trong năm; cần ít nhất 2 lần, ở 2 ngày khác nhau)",
    ]);
  });

  it("does not count two readings of one day as a trend, nor readings of the year before", () => {
    const plan = planOf(item("1.4", MILESTONES));
    const rs = [
      reading("1.4", "2020-11-30", null, null, 10), // before 15/12/2020: not this year's
      reading("1.4", "2021-11-30", null, null, 70),
      reading("1.4", "2021-11-30", null, null, 80),
    ];
    expect(warningsFor(plan, rs, "2021-12-15").notes.map((n) => n.readings)).toEqual([1]);
  });

  it("projects nothing past the assessment year: 2021 evaluated on 15/02/2022 has no date left to reach", () => {
    // "Trong năm 2021 và những năm tiếp theo" is due again on 31/12/2022, but 2021's value was judged by 31/12/2021.
    // Running rates 90 % and 85 %, falling: projected to either date, short of 100 %.
    const plan = planOf(item("1.2", { kind: "level", value: 100 }, "flow", "Trong năm 2021 và những năm tiếp theo"));
    const rs = [reading("1.2", "2021-03-31", 90, 100), reading("1.2", "2021-06-30", 80, 100)];
    expect(warningsFor(plan, rs, "2022-02-15")).toMatchObject({ warnings: [], notes: [] });
    expect(warningsFor(plan, rs, "2021-07-15").warnings.map((w) => w.date)).toEqual(["2021-12-31"]);
  });

  it("has nothing to project once the last milestone or the deadline has passed, or without a number to reach", () => {
    const plan = planOf(
      item("1.3", { kind: "milestones", milestones: [{ date: d("2021-09-30"), value: 60 }] }),
      item("1.6", { kind: "baseline", year: 2020, comparator: ">", baseline: null }),
      item("1.8", { kind: "level", value: 90 }, "level", "Quý III/2021"),
    );
    const rs = ["1.3", "1.6", "1.8"].flatMap((c) => [reading(c, "2021-07-31", null, null, 10), reading(c, "2021-08-31", null, null, 20)]);
    const w = warningsFor(plan, rs, "2021-12-15");
    expect(w).toMatchObject({ warnings: [], notes: [] });
  });
});

describe("tasks due soon and not started", () => {
  const asOf = d("2021-12-15");
  it("flags those due within 14 days, the day itself included", () => {
    const tasks = [
      task("NV-1", "Chưa thực hiện", "2021-12-15", asOf),
      task("NV-2", "Chưa thực hiện", "2021-12-29", asOf), // day 14
      task("NV-3", "Chưa thực hiện", "2021-12-30", asOf), // day 15: not yet
      task("NV-4", "Chưa thực hiện", "2021-12-14", asOf), // overdue already: Kiểm tra and Tổng hợp say so
      task("NV-5", "Đang thực hiện", "2021-12-20", asOf), // started
      task("NV-6", "Chưa thực hiện", "2021-12-20", asOf, 30), // progress typed: started
    ];
    expect(dueSoon(tasks, asOf).map((t) => t.id)).toEqual(["NV-1", "NV-2"]);
    const w = earlyWarnings(compliance(planOf(item("1.1", { kind: "qualitative" })), tasks, [], asOf), tasks, []);
    expect(w.warnings.map((x) => x.text)).toEqual([
      "NV-1 (1.1, Công chức Văn phòng-Thống kê): hạn 15/12/2021, đến hạn hôm nay, chưa thực hiện: Việc NV-1",
      "NV-2 (1.1, Công chức Văn phòng-Thống kê): hạn 29/12/2021, còn 14 ngày, chưa thực hiện: Việc NV-2",
    ]);
  });
});

describe("the shown approximation", () => {
  it("uses the fewest decimals that keep the comparison true", () => {
    expect(approxPercent(94.12, 100, true)).toBe("94");
    expect(approxPercent(99.6, 100, true)).toBe("99,6");
    expect(approxPercent(99.96, 100, true)).toBe("99,96");
    expect(approxPercent(85, 85, false)).toBe("85");
  });
});

describe("the warnings in Tổng hợp", () => {
  it("lists warnings, then the items it could not project, and says so when there is nothing to warn of", () => {
    const plan = planOf(item("1.4", MILESTONES), item("1.7", { kind: "level", value: 100 }));
    const rs = [reading("1.4", "2021-10-01", null, null, 70), reading("1.4", "2021-10-31", null, null, 75)];
    const block = warningsBlock(warningsFor(plan, rs, "2021-12-15"));
    expect(block.title).toMatch(/^Cảnh báo sớm \(tính đến 15\/12\/2021; dự báo theo đường thẳng/);
    expect(block.rows.map((r) => [r[0], r[2], r[3]])).toEqual([
      ["1.4", "Dự báo không đạt", "2022-01-31"],
      ["1.7", "Chưa đủ số liệu", null],
    ]);
    const calm = warningsBlock(warningsFor(planOf(item("1.5", { kind: "qualitative" })), [], "2021-12-15"));
    expect(calm.rows.map((r) => r[2])).toEqual(["Không có cảnh báo"]);
  });
});
