import ExcelJS from "exceljs";
import { nodeInflate } from "../../src/cli/deflate";
import { readGrids } from "../../src/xlsx/readGrids";

// A month typed as a heading ("1/2021") that Excel keeps as the 1st and shows by a format of the month alone.
async function sheetWith(format: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Năm 2021");
  ws.getCell("A1").value = "Nội dung";
  ws.getCell("B1").value = new Date(Date.UTC(2021, 0, 1));
  ws.getCell("B1").numFmt = format;
  ws.getCell("C1").value = 0.5;
  ws.getCell("C1").numFmt = "0%";
  ws.getCell("D1").value = 0.25;
  ws.getCell("D1").numFmt = "[h]:mm";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("a date shown as its month alone", () => {
  it.each(['"Tháng "m', "mmmm", "mm"])("reads %s as a date, never as the serial number", async (format) => {
    const read = await readGrids("thang.xlsx", await sheetWith(format), { inflate: nodeInflate });
    if (!read.ok) throw new Error("not read");
    expect(read.grids[0].rows[0][1]).toEqual({ date: "2021-01-01" });
  });

  it("keeps a share and a time as numbers", async () => {
    const read = await readGrids("thang.xlsx", await sheetWith("mmmm"), { inflate: nodeInflate });
    if (!read.ok) throw new Error("not read");
    expect(read.grids[0].rows[0].slice(2)).toEqual([0.5, 0.25]);
  });
});
