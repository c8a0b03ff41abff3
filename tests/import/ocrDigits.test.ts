import { mendedDigits } from "../../src/core/import/ocrDigits";

describe("mendedDigits", () => {
  it("reads O and l among a number's digits as 0 and 1, and a code's S as 5", () => {
    expect(["3O/11/2021", "26/1l/2021", "l.1", "2.S", "giai đoạn 2O10 - 2015", "(8O%)"].map(mendedDigits)).toEqual([
      "30/11/2021",
      "26/11/2021",
      "1.1",
      "2.5",
      "giai đoạn 2010 - 2015",
      "(80%)",
    ]);
  });

  it("leaves words, letters alone and document numbers as they are", () => {
    expect(["Thạch Long", "lO", "B1", "Quyết định số 12/QĐ-UBND", "THẠCH BlNH"].map(mendedDigits)).toEqual([null, null, null, null, null]);
  });
});
