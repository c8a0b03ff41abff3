import { parseQuarter, quarterLabel, reportingPeriod } from "../../src/core/report/period";
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

describe("the Chỉ tiêu text of Kế hoạch", () => {
  it("reads back every target the plan has", () => {
    for (const item of BUILTIN_PLAN.items) expect(parseTargetText(describeTarget(item.target))).toEqual(item.target);
  });
  it("reads what a user types", () => {
    expect(parseTargetText("98,5%")).toEqual({ kind: "level", value: 98.5 });
    expect(parseTargetText("Cao hơn năm 2020 (85,2)")).toEqual({ kind: "baseline", year: 2020, comparator: ">", baseline: 85.2 });
    expect(parseTargetText("tùy tình hình")).toBeNull();
  });
});
