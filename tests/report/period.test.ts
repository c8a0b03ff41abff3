import {
  currentPeriod,
  nextPeriodLabel,
  parsePeriod,
  parseQuarter,
  periodLabel,
  periodOfText,
  quarterLabel,
  reportPeriod,
  reportPeriods,
  reportingPeriod,
} from "../../src/core/report/period";
import { placeAndDate } from "../../src/core/report/model";
import { parseTargetText, describeTarget } from "../../src/core/plan/target";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { IsoDate } from "../../src/core/dates/isoDate";

describe("reporting periods", () => {
  it.each([
    [1, "2020-12-15", "2021-03-14"],
    [2, "2021-03-15", "2021-06-14"],
    [3, "2021-06-15", "2021-09-14"],
    [4, "2021-09-15", "2021-12-14"],
  ] as const)("follows the state rule for Q%i: 15th of the month before to the 14th of the last month", (q, from, to) => {
    expect(reportingPeriod(2021, q)).toMatchObject({ from, to });
  });
  it("offers the calendar quarter", () => {
    expect(reportingPeriod(2021, 3, "calendar")).toMatchObject({ from: "2021-07-01", to: "2021-09-30" });
  });
  it("reads 2021-Q3 and names it in Vietnamese", () => {
    expect(parseQuarter("2021-Q3")).toEqual({ ok: true, year: 2021, quarter: 3 });
    expect(parseQuarter("Q4/2021")).toEqual({ ok: true, year: 2021, quarter: 4 });
    expect(parseQuarter("2021-Q5").ok).toBe(false);
    expect(quarterLabel({ year: 2021, quarter: 4 })).toBe("quý IV năm 2021");
  });
  it("writes the place-and-date line as decrees want it (zero before day < 10 and month < 3)", () => {
    expect(placeAndDate("Tân Bình", "2021-12-14" as IsoDate)).toBe("Tân Bình, ngày 14 tháng 12 năm 2021");
    expect(placeAndDate("Tân Bình", "2022-01-05" as IsoDate)).toBe("Tân Bình, ngày 05 tháng 01 năm 2022");
  });
});

describe("the CCHC reporting cycle (Công văn 581/BNV-CCHC): quý I, 6 tháng, quý III, năm", () => {
  it.each([
    ["Q1", "2020-12-15", "2021-03-14", "2021-03-20", "quý I năm 2021"],
    ["H1", "2020-12-15", "2021-06-14", "2021-06-20", "6 tháng đầu năm 2021"],
    ["Q3", "2021-06-15", "2021-09-14", "2021-09-20", "quý III năm 2021"],
    ["Y", "2020-12-15", "2021-12-14", "2021-12-20", "năm 2021"],
  ] as const)("%s 2021 runs from %s to %s, is due by %s and is called %s", (kind, from, to, due, label) => {
    const p = reportPeriod(2021, kind);
    expect(p).toMatchObject({ from, to, due, yearFrom: "2020-12-15" });
    expect(periodLabel(p)).toBe(label);
  });

  it("counts calendar months when asked", () => {
    expect(reportPeriod(2021, "H1", "calendar")).toMatchObject({ from: "2021-01-01", to: "2021-06-30", yearFrom: "2021-01-01" });
    expect(reportPeriod(2021, "Y", "calendar")).toMatchObject({ from: "2021-01-01", to: "2021-12-31" });
  });

  it("reads --period, and refuses quý II and quý IV, which the cycle has no report for", () => {
    expect(parsePeriod("2021-H1")).toEqual({ ok: true, year: 2021, kind: "H1" });
    expect(parsePeriod("2021-y")).toEqual({ ok: true, year: 2021, kind: "Y" });
    expect(parsePeriod("2021")).toEqual({ ok: true, year: 2021, kind: "Y" });
    expect(parsePeriod("2021-Q4")).toEqual({
      ok: false,
      error: "Không có báo cáo CCHC quý IV: dùng 2021-Y (năm), hoặc --quarter 2021-Q4.",
    });
    expect(parsePeriod("2021-Q2").ok).toBe(false);
    expect(parsePeriod("H1").ok).toBe(false);
  });

  it("names what section IV looks ahead to", () => {
    expect(["Q1", "H1", "Q3", "Y"].map((k) => nextPeriodLabel({ year: 2021, kind: k as "Q1" }))).toEqual([
      "quý II năm 2021",
      "6 tháng cuối năm 2021",
      "quý IV năm 2021",
      "năm 2022",
    ]);
  });

  it("reads a period as Nội dung báo cáo writes it", () => {
    expect(periodOfText("6 tháng đầu năm 2021")).toEqual({ year: 2021, kind: "H1" });
    expect(periodOfText("Quý III năm 2021")).toEqual({ year: 2021, kind: "Q3" });
    expect(periodOfText("Quý I/2022")).toEqual({ year: 2022, kind: "Q1" });
    expect(periodOfText("Năm 2021")).toEqual({ year: 2021, kind: "Y" });
    expect(periodOfText("2021-H1")).toEqual({ year: 2021, kind: "H1" });
    expect(periodOfText("tháng 10")).toBeNull();
  });

  it("lists a plan's periods for the pane and picks the one being prepared", () => {
    const periods = reportPeriods(BUILTIN_PLAN, "2021-10-20" as IsoDate);
    // KH 49 runs from 2021 with no end: 2021 and the year after the as-of date.
    expect(periods.map((p) => `${p.year}-${p.kind}`)).toEqual([
      "2021-Q1",
      "2021-H1",
      "2021-Q3",
      "2021-Y",
      "2022-Q1",
      "2022-H1",
      "2022-Q3",
      "2022-Y",
    ]);
    expect(currentPeriod(periods, "2021-10-20" as IsoDate)?.kind).toBe("Y");
    expect(currentPeriod(periods, "2021-12-20" as IsoDate)).toMatchObject({ year: 2021, kind: "Y" });
    expect(currentPeriod(periods, "2021-12-21" as IsoDate)).toMatchObject({ year: 2022, kind: "Q1" });
  });
});

describe("the Chỉ tiêu text of Kế hoạch", () => {
  it("names the year of a rate to raise once the assessment year is known", () => {
    const t = { kind: "previousYear", comparator: ">", baseline: null } as const;
    expect([describeTarget(t), describeTarget(t, 2021)]).toEqual(["Cao hơn năm trước", "Cao hơn năm 2020"]);
  });
  it("reads back every target the plan has", () => {
    for (const item of BUILTIN_PLAN.items) expect(parseTargetText(describeTarget(item.target))).toEqual(item.target);
  });
  it("reads what a user types", () => {
    expect(parseTargetText("98,5%")).toEqual({ kind: "level", value: 98.5 });
    expect(parseTargetText("Cao hơn năm 2020 (85,2)")).toEqual({ kind: "baseline", year: 2020, comparator: ">", baseline: 85.2 });
    expect(parseTargetText("Cao hơn năm trước (20)")).toEqual({ kind: "previousYear", comparator: ">", baseline: 20 });
    expect(parseTargetText("tùy tình hình")).toBeNull();
  });
});
