import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidateRecords } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { collectInputs } from "../../src/cli/inputs";
import { readFiles } from "../../src/cli/readFiles";
import { FakeExcel } from "../../src/excel/fake/fakeExcel";
import { newWorkbook } from "../../src/excel/fake/state";
import { writeMaster } from "../../src/excel/operations";
import { runOf } from "../helpers/fakeRun";
import { projectPath } from "../helpers/shared";

// The pane writes the master into the open workbook with the same keeper as the command line:
// a cell the official corrected over a row from a workbook survives the next "write master".
const AS_OF = "2021-12-15" as IsoDate;
const TASK = "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến mức độ 3, 4";

async function examples() {
  const { files } = collectInputs([projectPath("examples")], "/nonexistent.xlsx");
  return consolidateRecords(
    (await readFiles(files, AS_OF)).map((o) => o.records),
    BUILTIN_PLAN,
    AS_OF,
  );
}

describe("the pane keeps edits made in the master, as the command line does", () => {
  it("keeps a status typed over an imported row and lists it in Kiểm tra", async () => {
    const excel = new FakeExcel(newWorkbook(["Sheet1"]));
    await writeMaster(runOf(excel), await examples());
    const row = excel.values("Nhiệm vụ").findIndex((r) => r[2] === TASK) + 1;
    expect(excel.values("Nhiệm vụ")[row - 1][6]).toBe("Đang thực hiện");
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Nhiệm vụ").getRange(`G${row}`).values = [["Hoàn thành"]];
      await ctx.sync();
    });

    const again = await writeMaster(runOf(excel), await examples());
    expect(again.edited).toBe(1);
    const kept = excel.values("Nhiệm vụ").find((r) => r[2] === TASK)!;
    expect(kept[6]).toBe("Hoàn thành");
    const notes = excel.values("Kiểm tra").filter((r) => r[1] === "EDITED_IN_MASTER");
    expect(notes.map((r) => r[6])).toEqual([
      'Đã sửa tay trong sổ tổng hợp: Trạng thái đã sửa tay thành "Hoàn thành"; tệp nguồn ghi "Đang thực hiện".',
    ]);
    // Written a third time with nothing changed, the edit stays and nothing else counts as one.
    expect((await writeMaster(runOf(excel), await examples())).edited).toBe(1);
  });
});
