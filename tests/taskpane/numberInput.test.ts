import { parseNumberInput } from "../../src/taskpane/numberInput";

describe("numbers typed in the pane", () => {
  it.each([
    ["80,5", 80.5],
    ["80.5", 80.5],
    [" 80 ", 80],
    ["80,5 %", 80.5],
    ["1.250,5", 1250.5],
    ["1,250.5", 1250.5],
    ["1.250.000", 1250000],
    ["-2,25", -2.25],
    ["0,05", 0.05],
  ])("reads %s as %d", (text, value) => {
    expect(parseNumberInput(text)).toEqual({ ok: true, value });
  });

  it("takes an empty field as no value", () => {
    expect(parseNumberInput("  ")).toEqual({ ok: true, value: null });
  });

  it.each(["80,5,1", "8o", "80,", ",5", "1.2.3", "80 5,1", "%", "12,34.5,6"])("refuses %s rather than guess", (text) => {
    expect(parseNumberInput(text)).toEqual({ ok: false });
  });
});
