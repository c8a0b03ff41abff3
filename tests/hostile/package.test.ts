import { inflateRawSync } from "zlib";
import { readGrids } from "../../src/xlsx/readGrids";
import { Inflate, InflateLimitError, streamInflate } from "../../src/xlsx/zipReader";
import { rawZip, repeatedDeflate } from "./rawZip";
import * as hostile from "./workbooks";

// The reader's own ZIP handling, in this process: each part is checked against its declared
// size and the caps while it inflates, so a bomb costs at most a cap's worth of memory.

/** Node's inflate with a byte counter, as the command line's workers use it (src/cli/deflate.ts has the same). */
const counted = (seen: number[]): Inflate => {
  return async (data, max) => {
    try {
      const out = inflateRawSync(data, { maxOutputLength: Math.max(1, max) });
      seen.push(out.length);
      return new Uint8Array(out);
    } catch (e) {
      if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
        seen.push(max);
        throw new InflateLimitError();
      }
      throw e;
    }
  };
};

describe("reading a package within its limits", () => {
  it("refuses a part whose declared size is over the cap without inflating it", async () => {
    const seen: number[] = [];
    const r = await readGrids("bom.xlsx", hostile.zipBomb(2), { inflate: counted(seen) });
    expect(r.ok ? "read" : r.bad.message).toMatch(
      /^Tệp bị hỏng hoặc quá lớn.*xl\/worksheets\/sheet1\.xml: khai báo 2\.000 MB khi giải nén, giới hạn 100 MB/,
    );
    expect(Math.max(0, ...seen)).toBeLessThan(10_000);
  });

  it("stops a part that inflates past what its header declares, one byte past it", async () => {
    const seen: number[] = [];
    const r = await readGrids("bom-noi-doi.xlsx", hostile.zipBomb(2, 4096), { inflate: counted(seen) });
    expect(r.ok ? "read" : r.bad.message).toContain("xl/worksheets/sheet1.xml: giải nén ra nhiều hơn kích thước khai báo");
    expect(Math.max(...seen)).toBe(4097);
  });

  it("does the same with the platform's streaming inflate (the pane's)", async () => {
    const r = await readGrids("bom-noi-doi.xlsx", hostile.zipBomb(0.5, 4096), { inflate: streamInflate });
    expect(r.ok ? "read" : r.bad.reason).toBe("damaged");
  });

  it("stops a sheet read row by row (a previous master's) the same way, one byte past its declared size", async () => {
    const rows: number[] = [];
    const r = await readGrids("bom-noi-doi.xlsx", hostile.zipBomb(0.5, 4096), {
      streams: [{ sheet: "Theo dõi", sink: (row) => rows.push(row) }],
    });
    expect(r.ok ? "read" : r.bad.message).toContain("xl/worksheets/sheet1.xml: giải nén ra nhiều hơn kích thước khai báo");
    expect(rows).toEqual([]);
  });

  it("names XML it cannot read in a sheet read row by row as unreadable, never as corrupt compressed data", async () => {
    const broken = hostile
      .sheetXml(hostile.rowXml(1, hostile.TASK_HEADER) + hostile.taskRows(400))
      .replace("</sheetData>", '<row r="999"><c r="A999"></sheetData>');
    const bytes = rawZip([...hostile.packageParts([{ name: "Theo dõi" }]), { name: "xl/worksheets/sheet1.xml", data: broken }]);
    const r = await readGrids("hong.xlsx", bytes, { streams: [{ sheet: "Theo dõi", sink: () => undefined }] });
    expect(r.ok ? "read" : r.bad.reason).toBe("unreadable");
  });

  it("reads a sheet row by row as it inflates, the same rows as whole", async () => {
    const bytes = hostile.ordinaryWorkbook(3000);
    const whole = await readGrids("so.xlsx", bytes);
    const rows: unknown[][] = [];
    const r = await readGrids("so.xlsx", bytes, { streams: [{ sheet: "Theo dõi", sink: (_, cells) => rows.push(cells) }] });
    expect(r.ok && r.streamed).toEqual(["Theo dõi"]);
    expect(rows).toEqual(whole.ok ? whole.grids[0].rows.filter((cells) => cells.length > 0) : []);
  });

  it("stops at the total cap when many parts each stay under the part cap", async () => {
    const r = await readGrids("nhieu-phan.xlsx", hostile.manyPartBomb(4, 90), { inflate: counted([]) });
    expect(r.ok ? "read" : r.bad.message).toContain("các phần giải nén ra hơn 250 MB, giới hạn của một tệp");
  });

  it("names corrupt deflate data and the part, not the library's words", async () => {
    const r = await readGrids("hong.xlsx", hostile.corruptDeflate());
    // Garbage can stop the inflate or make it come out short: either way the file is named as damaged.
    expect(r.ok ? "read" : r.bad.message).toMatch(
      /^Tệp bị hỏng hoặc quá lớn: .*\(xl\/worksheets\/sheet1\.xml: (dữ liệu nén hỏng|giải nén ra [\d.]+ byte, khai báo [\d.]+)\)$/,
    );
  });

  it("names a package cut short", async () => {
    const r = await readGrids("cut.xlsx", hostile.truncated());
    expect(r.ok ? "read" : r.bad.reason).toBe("corrupt");
  });

  it("refuses two parts of one name (which one a reader takes is up to the reader)", async () => {
    const r = await readGrids("trung.xlsx", hostile.duplicateParts());
    expect(r.ok ? "read" : r.bad.message).toContain("hai phần cùng tên xl/worksheets/sheet1.xml");
  });

  it("inflates nothing it does not need: a bomb in a part exceljs would read costs nothing", async () => {
    const bomb = repeatedDeflate("<x>", "0".repeat(1_000_000), 200, "</x>");
    const zip = rawZip([
      ...hostile.packageParts([{ name: "Theo dõi" }]),
      { name: "xl/worksheets/sheet1.xml", data: hostile.sheetXml(hostile.rowXml(1, hostile.TASK_HEADER) + hostile.taskRows(2)) },
      // exceljs reads every part of a package as text, whatever its name.
      { name: "xl/media/bom.xml", ...bomb },
    ]);
    const seen: number[] = [];
    const r = await readGrids("co-bom-an.xlsx", zip, { inflate: counted(seen) });
    expect(r.ok && r.grids[0].rows.length).toBe(3);
    expect(Math.max(...seen)).toBeLessThan(10_000);
  });

  it("reads an ordinary workbook as before, and a stored (uncompressed) one", async () => {
    const r = await readGrids("a.xlsx", hostile.ordinaryWorkbook(3));
    expect(r.ok && r.grids[0].rows[1].slice(1, 3)).toEqual(["1.2", "Niêm yết thủ tục hành chính đợt 1"]);
    const stored = rawZip([
      ...hostile.packageParts([{ name: "Theo dõi" }]).map((e) => ({ ...e, stored: true })),
      { name: "xl/worksheets/sheet1.xml", data: hostile.sheetXml(hostile.rowXml(1, hostile.TASK_HEADER)), stored: true },
    ]);
    expect((await readGrids("b.xlsx", stored)).ok).toBe(true);
  });
});
