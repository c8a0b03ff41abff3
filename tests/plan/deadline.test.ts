import { Deadline, dueAsOf, parseDeadline } from "../../src/core/dates/deadline";
import { IsoDate } from "../../src/core/dates/isoDate";

const d = (s: string) => s as IsoDate;

describe("parseDeadline", () => {
  it.each<[string, Partial<Deadline>]>([
    ["Trong năm 2021", { kind: "due", due: d("2021-12-31"), precision: "year", recurs: "none" }],
    ["Trong năm 2021 và những năm tiếp theo", { kind: "due", due: d("2021-12-31"), recurs: "yearly" }],
    ["Trong năm 2021 những năm tiếp theo", { kind: "due", due: d("2021-12-31"), recurs: "yearly" }],
    ["năm 2025 và năm tiếp theo", { kind: "due", due: d("2025-12-31"), recurs: "yearly" }],
    [
      "Trong năm 2021 và các năm tiếp theo.",
      { kind: "due", due: d("2021-12-31"), recurs: "yearly", text: "Trong năm 2021 và các năm tiếp theo" },
    ],
    ["Quý III/2021", { kind: "due", due: d("2021-09-30"), precision: "quarter" }],
    ["quý 4 năm 2021", { kind: "due", due: d("2021-12-31"), precision: "quarter" }],
    ["Quy I/2022", { kind: "due", due: d("2022-03-31"), precision: "quarter" }],
    ["tháng 10/2021", { kind: "due", due: d("2021-10-31"), precision: "month" }],
    ["Tháng 2 năm 2024", { kind: "due", due: d("2024-02-29"), precision: "month" }],
    ["trước ngày 15/11/2021", { kind: "due", due: d("2021-11-15"), precision: "day" }],
    ["30/9/2021", { kind: "due", due: d("2021-09-30"), precision: "day" }],
    ["30-09-2021", { kind: "due", due: d("2021-09-30"), precision: "day" }],
    ["30.09.2021", { kind: "due", due: d("2021-09-30"), precision: "day" }],
    ["ngày 05 tháng 01 năm 2022", { kind: "due", due: d("2022-01-05"), precision: "day" }],
    ["6 tháng đầu năm 2022", { kind: "due", due: d("2022-06-30") }],
    ["Thường xuyên", { kind: "continuous" }],
    ["thuong xuyen", { kind: "continuous" }],
    ["hàng quý", { kind: "periodic", every: "quarter" }],
    ["Định kỳ hằng quý", { kind: "periodic", every: "quarter" }],
    ["hằng tháng", { kind: "periodic", every: "month" }],
    ["T\u0300rong na\u0306m 2021", { kind: "due", due: d("2021-12-31") }],
  ])("%s", (phrase, expected) => {
    expect(parseDeadline(phrase)).toMatchObject(expected);
  });

  it.each(["Khi có yêu cầu", "31/9/2021", "tháng 13/2021", "", "sớm nhất có thể"])(
    "keeps %p as written and marks it unparsed",
    (phrase) => {
      const r = parseDeadline(phrase);
      expect(r.kind).toBe("unparsed");
      expect(r.text).toBe(phrase.trim());
    },
  );
});

describe("a span of months or quarters", () => {
  it.each([
    ["Tháng 8, 9/2021", "2021-09-30"],
    ["Tháng 10-11/2021", "2021-11-30"],
    ["T8 - T9/2021", "2021-09-30"],
    ["Quý II-III/2021", "2021-09-30"],
    ["Quý III, IV năm 2021", "2021-12-31"],
  ])("reads %p as due at the end of its last period, never as a day", (phrase, due) => {
    expect(parseDeadline(phrase)).toMatchObject({ kind: "due", due: d(due) });
  });

  it.each(["Từ tháng 3/2021", "từ quý II", "Từ 01/4/2021"])("reads %p as a start, no deadline", (phrase) => {
    expect(parseDeadline(phrase).kind).toBe("unparsed");
  });
});

describe("dueAsOf", () => {
  it("moves a yearly recurring deadline to the as-of year, never before its first year", () => {
    const yearly = parseDeadline("Trong năm 2021 và những năm tiếp theo");
    expect(dueAsOf(yearly, d("2022-05-01"))).toBe("2022-12-31");
    expect(dueAsOf(yearly, d("2020-05-01"))).toBe("2021-12-31");
  });
  it("puts a quarterly deadline at the end of the as-of quarter; continuous has none", () => {
    expect(dueAsOf(parseDeadline("hàng quý"), d("2021-08-15"))).toBe("2021-09-30");
    expect(dueAsOf(parseDeadline("Thường xuyên"), d("2021-08-15"))).toBeNull();
  });
  it("puts 'ngày 25 hằng tháng' on that day of the as-of month, a day no month lacks only", () => {
    expect(dueAsOf(parseDeadline("Trước ngày 25 hằng tháng"), d("2021-12-15"))).toBe("2021-12-25");
    expect(dueAsOf(parseDeadline("ngày 31 hàng tháng"), d("2021-11-15"))).toBe("2021-11-30");
    expect(dueAsOf(parseDeadline("Quý III/2021"), d("2022-08-15"))).toBe("2021-09-30");
  });
  it("puts 'trước ngày 15 tháng cuối quý' on that day of the as-of quarter's last month", () => {
    expect(dueAsOf(parseDeadline("Trước ngày 15 tháng cuối quý"), d("2021-11-20"))).toBe("2021-12-15");
    expect(dueAsOf(parseDeadline("Tháng cuối quý"), d("2021-08-15"))).toBe("2021-09-30");
    expect(parseDeadline("cuối quý IV").kind).not.toBe("periodic");
  });
});
