import JSZip from "jszip";
import { nodeCompression, nodeInflate } from "../../src/cli/deflate";
import { CellValue, TableSheetSpec } from "../../src/core/sheets/spec";
import { workbookBytes } from "../../src/xlsx/writeWorkbook";
import { readGrids } from "../../src/xlsx/readGrids";

/**
 * A table sheet's rows are written as bytes, cell by cell (no string per cell): every kind of value
 * must come back as it went in, read by our reader and seen in the sheet's own markup.
 */
const ROWS: CellValue[][] = [
  [0, "Hoàn thành", "2021-10-05", true],
  [7, "=1+1", "30/9/2021", false],
  [10, "", null, null],
  [12345, "Nhiệm vụ số 5: rà soát 🗂", "2021-12-31", true],
  [-3, "-3", "2021-02-29", false],
  [2.5, "2.5", "", null],
  [1e21, "Hoàn thành", "2020-02-29", true],
  [123456789012345, "x", null, null],
];

const spec: TableSheetSpec = {
  kind: "table",
  sheet: "Thử",
  table: "Thu",
  columns: [
    { header: "Số", type: "number", width: 10 },
    { header: "Chữ", type: "text", width: 20, wrap: true },
    { header: "Ngày", type: "date", width: 12 },
    { header: "Có", type: "text", width: 6 },
  ],
  rows: ROWS,
};

async function written(): Promise<Uint8Array> {
  return workbookBytes([spec], { timestamp: new Date(Date.UTC(2021, 11, 16)), compression: nodeCompression });
}

it("writes numbers, texts, dates, booleans and blanks that read back as they were", async () => {
  const read = await readGrids("thu.xlsx", await written(), { inflate: nodeInflate });
  if (!read.ok) throw new Error("unreadable");
  const rows = read.grids[0].rows.slice(1);
  expect(rows.map((r) => r[0])).toEqual([0, 7, 10, 12345, -3, 2.5, 1e21, 123456789012345]);
  expect(rows.map((r) => r[1] ?? null)).toEqual(["Hoàn thành", "=1+1", null, "Nhiệm vụ số 5: rà soát 🗂", "-3", "2.5", "Hoàn thành", "x"]);
  // A valid ISO date is a date cell; anything else in a date column stays the text it was.
  expect(rows.map((r) => r[2] ?? null)).toEqual([
    { date: "2021-10-05" },
    "30/9/2021",
    null,
    { date: "2021-12-31" },
    "2021-02-29",
    null,
    { date: "2020-02-29" },
    null,
  ]);
  expect(rows.map((r) => r[3] ?? null)).toEqual([true, false, null, true, false, null, true, null]);
});

it("writes each cell's markup as SpreadsheetML has it", async () => {
  const zip = await JSZip.loadAsync(await written());
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  expect(xml).toContain('<c r="A2" s="');
  expect(xml).toMatch(/<c r="A6" s="\d+"><v>-3<\/v><\/c>/);
  expect(xml).toMatch(/<c r="A7" s="\d+"><v>2\.5<\/v><\/c>/);
  expect(xml).toMatch(/<c r="A8" s="\d+"><v>1e\+21<\/v><\/c>/);
  expect(xml).toMatch(/<c r="D2" s="\d+" t="b"><v>1<\/v><\/c>/);
  expect(xml).toMatch(/<c r="B3" s="\d+" t="s"><v>\d+<\/v><\/c>/);
  // The second date is 2021-10-05 as Excel counts days.
  expect(xml).toMatch(/<c r="C2" s="\d+"><v>44474<\/v><\/c>/);
  // A long text wraps: its row is made taller.
  expect(xml).toMatch(/<row r="5" ht="30">/);
});

it("reads only the sheets it is asked for, and never inflates the others", async () => {
  const other: TableSheetSpec = { ...spec, sheet: "Kiểm tra", table: "KiemTra" };
  const bytes = await workbookBytes([spec, other], { timestamp: new Date(Date.UTC(2021, 11, 16)), compression: nodeCompression });
  const calls = { all: 0, some: 0 };
  const counting = (key: keyof typeof calls) => (data: Uint8Array, size: number) => {
    calls[key]++;
    return nodeInflate(data, size);
  };
  const all = await readGrids("thu.xlsx", bytes, { inflate: counting("all") });
  const some = await readGrids("thu.xlsx", bytes, { inflate: counting("some"), sheets: (name) => name === "Thử" });
  if (!all.ok || !some.ok) throw new Error("unreadable");
  expect(all.grids.map((g) => g.sheet)).toEqual(["Thử", "Kiểm tra"]);
  expect(some.grids.map((g) => g.sheet)).toEqual(["Thử"]);
  expect(some.grids[0].rows).toEqual(all.grids[0].rows);
  // The sheet left out is never inflated (its part, and the parts beside it).
  expect(calls.some).toBeLessThan(calls.all);
});
