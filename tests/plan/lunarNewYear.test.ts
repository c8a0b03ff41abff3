import { IsoDate } from "../../src/core/dates/isoDate";
import { tetDeadline } from "../../src/core/dates/lunarNewYear";
import { looseKey } from "../../src/core/text/normalize";

const d = (s: string) => s as IsoDate;
const due = (text: string, reference: string | null) => tetDeadline(looseKey(text), reference === null ? null : d(reference));

describe("a deadline before Tết Nguyên đán", () => {
  it("is the day before the first Tết after the sheet's day, the year said to be chosen", () => {
    expect(due("Trước Tết Nguyên đán", "2021-12-15")).toEqual({ due: "2022-01-31", tet: "2022-02-01", assumed: true });
    // In January 2021 the coming Tết is 12/02/2021's.
    expect(due("trước Tết", "2021-01-10")).toEqual({ due: "2021-02-11", tet: "2021-02-12", assumed: true });
  });

  it("takes the year written, and reads nothing without a year or a day to count from", () => {
    expect(due("Trước Tết 2023", "2021-12-15")).toEqual({ due: "2023-01-21", tet: "2023-01-22", assumed: false });
    expect(due("Trước Tết Nguyên đán năm 2026", null)).toEqual({ due: "2026-02-16", tet: "2026-02-17", assumed: false });
    expect(due("Trước Tết", null)).toBeNull();
    expect(due("Trước Tết 2050", "2021-12-15")).toBeNull();
  });

  it("is not 'sau Tết' or a sentence that only mentions Tết", () => {
    expect(due("Sau Tết Nguyên đán", "2021-12-15")).toBeNull();
    expect(due("Tổ chức thăm hỏi gia đình chính sách dịp Tết", "2021-12-15")).toBeNull();
  });
});
