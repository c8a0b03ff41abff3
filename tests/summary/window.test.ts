import { IsoDate } from "../../src/core/dates/isoDate";
import { defaultAssessmentYear, inWindow, midpoint, spanOf, yearWindow } from "../../src/core/summary/window";

const d = (s: string) => s as IsoDate;
const plan = (firstYear: number, lastYear: number | null) => ({ identity: { firstYear, lastYear } });

describe("the days a figure covers", () => {
  it.each([
    ["Quý III/2021", null, "2021-07-01", "2021-09-30"],
    ["Tháng 10/2021", null, "2021-10-01", "2021-10-31"],
    ["6 tháng đầu năm 2021", null, "2021-01-01", "2021-06-30"],
    ["6 tháng cuối năm 2021", null, "2021-07-01", "2021-12-31"],
    ["Năm 2021", null, "2021-01-01", "2021-12-31"],
    ["30/09/2021", null, "2021-09-30", "2021-09-30"],
    ["đợt khảo sát", "2021-08-31", "2021-08-31", "2021-08-31"],
    // A year's figures so far: from its first day to the day they stand at.
    ["Năm 2021 (đến 15/12/2021)", "2021-12-15", "2021-01-01", "2021-12-15"],
  ])("%s (%s) covers %s to %s", (text, date, from, to) => {
    expect(spanOf(text, date === null ? null : d(date))).toEqual({ from, to });
  });

  it("has no days when neither its name nor its date says any", () => {
    expect(spanOf("đợt khảo sát", null)).toBeNull();
  });

  it("counts in the window its middle day falls in: a quarter's total dated 30/9 is the state rule's quý III, not quý IV", () => {
    const q3 = { from: d("2021-06-15"), to: d("2021-09-14") };
    const q4 = { from: d("2021-09-15"), to: d("2021-12-14") };
    const total = spanOf("Quý III/2021", d("2021-09-30"));
    expect(midpoint(total!)).toBe("2021-08-15"); // 1/7 + 45 days of 91
    expect([inWindow(total, q3), inWindow(total, q4)]).toEqual([true, false]);
    // A month straddling the 15th goes where most of it lies: October (mid 16/10) is quý IV.
    expect(inWindow(spanOf("Tháng 10/2021", null), q4)).toBe(true);
    // A level read on a day belongs to that day: 30/9 is in quý IV (15/9–14/12).
    expect(inWindow(spanOf("30/09/2021", null), q4)).toBe(true);
  });
});

describe("the assessment year", () => {
  it("runs 15/12 to 14/12 by the state rule, 1/1 to 31/12 by the calendar", () => {
    expect(yearWindow(2021)).toEqual({ from: "2020-12-15", to: "2021-12-14" });
    expect(yearWindow(2021, "calendar")).toEqual({ from: "2021-01-01", to: "2021-12-31" });
  });

  it("is by default the plan's year, and stays the year before until its first quarter is over", () => {
    const kh49 = plan(2021, null);
    expect(defaultAssessmentYear(kh49, d("2021-10-20"))).toBe(2021);
    expect(defaultAssessmentYear(kh49, d("2022-02-15"))).toBe(2021);
    expect(defaultAssessmentYear(kh49, d("2022-04-15"))).toBe(2022);
    // Never before the plan's first year, never after its last.
    expect(defaultAssessmentYear(kh49, d("2021-01-05"))).toBe(2021);
    expect(defaultAssessmentYear(plan(2021, 2022), d("2024-06-01"))).toBe(2022);
  });
});
