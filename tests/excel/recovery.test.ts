import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { FakeExcel, FakeExcelError } from "../../src/excel/fake/fakeExcel";
import { newSheet, newWorkbook } from "../../src/excel/fake/state";
import { writePlanSheets } from "../../src/excel/operations";
import { explainExcelError } from "../../src/excel/errors";
import { runOf } from "../helpers/fakeRun";

const temporary = (excel: FakeExcel) => excel.state.sheets.map((s) => s.name).filter((n) => n.startsWith("~cchc"));

/** A table of the user's, elsewhere in the workbook, with a name the master needs. */
function userTable(excel: FakeExcel, sheet: string, name: string): void {
  excel.state.sheets.push(newSheet(sheet));
  excel.state.tables.push({ name, sheet, rect: { top: 1, left: 1, bottom: 3, right: 2 }, style: "TableStyleLight1" });
}

describe("a write Excel refuses part of leaves no temporary sheet behind", () => {
  it("rolls back when a table name is taken elsewhere, and the next write goes through once it is freed", async () => {
    const excel = new FakeExcel(newWorkbook(["Sheet1"]));
    // The official kept last year's plan by renaming its sheet; its table KeHoach went with it.
    userTable(excel, "Kế hoạch 2021", "KeHoach");
    const error = await writePlanSheets(runOf(excel), BUILTIN_PLAN).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FakeExcelError);
    expect((error as FakeExcelError).code).toBe("ItemAlreadyExists");
    expect(explainExcelError(error)).toMatch(/^Trong sổ đã có một bảng trùng tên .*Hãy đổi tên bảng đó/);
    expect(temporary(excel)).toEqual([]);

    excel.state.tables.find((t) => t.name === "KeHoach")!.name = "KeHoach2021";
    await writePlanSheets(runOf(excel), BUILTIN_PLAN);
    expect(temporary(excel)).toEqual([]);
    expect(excel.state.tables.map((t) => t.name).sort()).toEqual(["KeHoach", "KeHoach2021", "ThoiHan"]);
  });

  it("keeps what was written when the failure came after the old sheets were deleted", async () => {
    const excel = new FakeExcel(newWorkbook(["Sheet1"]));
    await writePlanSheets(runOf(excel), BUILTIN_PLAN);
    excel.state.tables.find((t) => t.name === "KeHoach")!.name = "KH2021";
    userTable(excel, "Cũ", "KeHoach");
    await expect(writePlanSheets(runOf(excel), BUILTIN_PLAN)).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(temporary(excel)).toEqual([]);
    // Thời hạn's old sheet was already gone: the new one took its name rather than being thrown away.
    expect(excel.values("Thời hạn")[0]?.[0]).toBe("Mã tiêu chí");
    expect(excel.values("Kế hoạch").length).toBe(BUILTIN_PLAN.items.length + 1);
  });

  it("clears a temporary sheet an older version left, and writes", async () => {
    const excel = new FakeExcel(newWorkbook(["Sheet1", "~cchc-2"]));
    await writePlanSheets(runOf(excel), BUILTIN_PLAN);
    expect(temporary(excel)).toEqual([]);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "Kế hoạch", "Thời hạn"]);
  });
});
