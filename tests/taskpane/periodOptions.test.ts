import { IsoDate } from "../../src/core/dates/isoDate";
import { choosePeriod, defaultPeriod, periodOptions } from "../../src/core/report/periodOptions";

const d = (s: string) => s as IsoDate;
const keys = (o: Array<{ key: string }>) => o.map((x) => x.key);
const KH49 = { firstYear: 2021, lastYear: null };

describe("the report periods offered, from the plan's years and the as-of date", () => {
  it("offers the CCHC cycle (quý I, 6 tháng, quý III, năm) from the plan's first period to the one being prepared, newest first", () => {
    const o = periodOptions(KH49, d("2022-05-03"));
    expect(keys(o)).toEqual(["2022-H1", "2022-Q1", "2021-Y", "2021-Q3", "2021-H1", "2021-Q1"]);
    // The 6-month report is due on 20/6: it is the one being prepared in May.
    expect(defaultPeriod(o, d("2022-05-03"))?.key).toBe("2022-H1");
    // Each option carries its days and due date (the state rule: from the 15th to the 14th).
    expect(o[0]).toMatchObject({ kind: "H1", year: 2022, from: "2021-12-15", to: "2022-06-14", due: "2022-06-20" });
  });

  it("the period being prepared is the first whose report is not yet due: after 20/6 it is quý III, on 15/12 the year", () => {
    expect(defaultPeriod(periodOptions(KH49, d("2021-06-21")), d("2021-06-21"))?.key).toBe("2021-Q3");
    expect(defaultPeriod(periodOptions(KH49, d("2021-06-20")), d("2021-06-20"))?.key).toBe("2021-H1");
    const december = periodOptions(KH49, d("2021-12-15"));
    expect(keys(december)).toEqual(["2021-Y", "2021-Q3", "2021-H1", "2021-Q1"]);
    expect(defaultPeriod(december, d("2021-12-15"))?.key).toBe("2021-Y");
  });

  it("adds quý II and quý IV where the province asks for every quarter, without choosing them for the user", () => {
    const o = periodOptions(KH49, d("2021-12-15"), { everyQuarter: true, rule: "state" });
    expect(keys(o)).toEqual(["2021-Y", "2021-Q4", "2021-Q3", "2021-H1", "2021-Q2", "2021-Q1"]);
    expect(o[1]).toMatchObject({ from: "2021-09-15", to: "2021-12-14" });
    expect(defaultPeriod(o, d("2021-12-15"))?.key).toBe("2021-Y");
  });

  it("counts calendar months when asked", () => {
    const o = periodOptions(KH49, d("2021-10-01"), { everyQuarter: false, rule: "calendar" });
    expect(o[0]).toMatchObject({ key: "2021-Y", from: "2021-01-01", to: "2021-12-31" });
  });

  it("stops at the plan's last year when it has one", () => {
    const o = periodOptions({ firstYear: 2021, lastYear: 2021 }, d("2026-11-29"));
    expect(keys(o)).toEqual(["2021-Y", "2021-Q3", "2021-H1", "2021-Q1"]);
    expect(defaultPeriod(o, d("2026-11-29"))?.key).toBe("2021-Y");
  });

  it("offers the plan's first year when the as-of date comes before the plan, starting at its first period", () => {
    const o = periodOptions({ firstYear: 2024, lastYear: null }, d("2021-12-15"));
    expect(keys(o)).toEqual(["2024-Y", "2024-Q3", "2024-H1", "2024-Q1"]);
    expect(defaultPeriod(o, d("2021-12-15"))?.key).toBe("2024-Q1");
  });

  it("within an assessment year set by the user, offers that year's period first", () => {
    const o = periodOptions(KH49, d("2022-02-15"));
    expect(defaultPeriod(o, d("2022-02-15"))?.key).toBe("2022-Q1");
    // Evaluating 2021 in February 2022: its annual report (every 2021 report is past due, the year is the last).
    expect(defaultPeriod(o, d("2022-02-15"), 2021)?.key).toBe("2021-Y");
    // A year not offered falls back to the period being prepared.
    expect(defaultPeriod(o, d("2022-02-15"), 2030)?.key).toBe("2022-Q1");
  });

  it("does not offer a period that ends before the plan was issued: KH 49 (29/9/2021) is first reported on for the year 2021", () => {
    const signed = { ...KH49, issued: d("2021-09-29") };
    // Quý III under the state rule ends on 14/9, before the plan: the command line refuses it too.
    expect(keys(periodOptions(signed, d("2021-12-15")))).toEqual(["2021-Y"]);
    expect(keys(periodOptions(signed, d("2022-05-03")))).toEqual(["2022-H1", "2022-Q1", "2021-Y"]);
    // As of a day before the plan, its first reportable period is offered and chosen.
    const june = periodOptions(signed, d("2021-06-21"));
    expect(keys(june)).toEqual(["2021-Y"]);
    expect(defaultPeriod(june, d("2021-06-21"))?.key).toBe("2021-Y");
    // Every quarter: quý IV (15/9–14/12) covers the plan's days.
    expect(keys(periodOptions(signed, d("2021-12-15"), { everyQuarter: true, rule: "state" }))).toEqual(["2021-Y", "2021-Q4"]);
    // Calendar months: quý III ends on 30/9, after the plan was signed.
    expect(keys(periodOptions(signed, d("2021-12-15"), { everyQuarter: false, rule: "calendar" }))).toEqual(["2021-Y", "2021-Q3"]);
  });

  it("keeps the chosen period while it is offered, and falls back to the default when the plan changes", () => {
    const kh49 = periodOptions(KH49, d("2021-12-15"));
    expect(choosePeriod(kh49, "2021-H1", d("2021-12-15"))?.key).toBe("2021-H1");
    const other = periodOptions({ firstYear: 2024, lastYear: null }, d("2021-12-15"));
    expect(choosePeriod(other, "2021-H1", d("2021-12-15"))?.key).toBe("2024-Q1");
    expect(choosePeriod(kh49, null, d("2021-12-15"))?.key).toBe("2021-Y");
    // Quý IV chosen while every quarter was offered: no longer offered, so the default.
    expect(choosePeriod(kh49, "2021-Q4", d("2021-12-15"))?.key).toBe("2021-Y");
  });
});
