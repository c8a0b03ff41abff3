import { IsoDate } from "../../src/core/dates/isoDate";
import { choosePeriod, defaultPeriod, periodOptions } from "../../src/core/report/periodOptions";

const d = (s: string) => s as IsoDate;
const keys = (o: Array<{ key: string }>) => o.map((x) => x.key);

describe("the report periods offered, from the plan's years and the as-of date", () => {
  it("runs from the plan's first quarter to the quarter of the as-of date, newest first", () => {
    const o = periodOptions({ firstYear: 2021, lastYear: null }, d("2022-05-03"));
    expect(keys(o)).toEqual(["2022-Q2", "2022-Q1", "2021-Q4", "2021-Q3", "2021-Q2", "2021-Q1"]);
    expect(defaultPeriod(o, d("2022-05-03"))?.key).toBe("2022-Q2");
  });

  it("stops at the plan's last year when it has one", () => {
    const o = periodOptions({ firstYear: 2021, lastYear: 2021 }, d("2026-11-29"));
    expect(keys(o)).toEqual(["2021-Q4", "2021-Q3", "2021-Q2", "2021-Q1"]);
    expect(defaultPeriod(o, d("2026-11-29"))?.key).toBe("2021-Q4");
  });

  it("offers the plan's first year when the as-of date comes before the plan, starting at its first quarter", () => {
    const o = periodOptions({ firstYear: 2024, lastYear: null }, d("2021-12-15"));
    expect(keys(o)).toEqual(["2024-Q4", "2024-Q3", "2024-Q2", "2024-Q1"]);
    expect(defaultPeriod(o, d("2021-12-15"))?.key).toBe("2024-Q1");
  });

  it("keeps the chosen period while it is offered, and falls back to the default when the plan changes", () => {
    const kh49 = periodOptions({ firstYear: 2021, lastYear: null }, d("2021-12-15"));
    expect(choosePeriod(kh49, "2021-Q2", d("2021-12-15"))?.key).toBe("2021-Q2");
    const other = periodOptions({ firstYear: 2024, lastYear: null }, d("2021-12-15"));
    expect(choosePeriod(other, "2021-Q2", d("2021-12-15"))?.key).toBe("2024-Q1");
    expect(choosePeriod(kh49, null, d("2021-12-15"))?.key).toBe("2021-Q4");
  });
});
