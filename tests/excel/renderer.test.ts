import { IsoDate, toExcelSerial } from "../../src/core/dates/isoDate";
import { Consolidation, consolidate, consolidateRecords } from "../../src/core/import/consolidate";
import { Grid, GridCell, isGridDate } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { masterWorkbookSpecs } from "../../src/core/sheets/masterWorkbook";
import JSZip from "jszip";
import { colLetters } from "../../src/excel/fake/address";
import { FakeExcel, PAYLOAD_LIMIT } from "../../src/excel/fake/fakeExcel";
import { newWorkbook } from "../../src/excel/fake/state";
import { buildSummaryInWorkbook, readMasterFromWorkbook, writeMaster, writeSummary } from "../../src/excel/operations";
import { READ_CELLS_PER_SYNC, readActiveSheet } from "../../src/excel/readSheets";
import { explainExcelError } from "../../src/excel/errors";
import { readFiles } from "../../src/cli/readFiles";
import { collectInputs } from "../../src/cli/inputs";
import { workbookBytes } from "../../src/xlsx/writeWorkbook";
import { readGrids } from "../../src/xlsx/readGrids";
import { runOf } from "../helpers/fakeRun";
import { syntheticConsolidation } from "../../scripts/support/synthetic";
import { projectPath } from "../helpers/shared";

const AS_OF = "2021-12-15" as IsoDate;
/** Syncs of Tổng hợp written from a master already read, and read then written: as many as before the pane was given its warnings. */
const SUMMARY_WRITE_SYNCS = 2; // what stands on the sheet, then the write
const SUMMARY_BUILD_SYNCS = 5; // the data sheets read (which exist, their sizes, their values), then those two

/** "$A$9:$A$20", as a chart's formula names a range. */
function absolute(r: { top: number; left: number; bottom: number; right: number }): string {
  const cell = (row: number, col: number) => `$${colLetters(col)}$${row}`;
  return r.top === r.bottom && r.left === r.right ? cell(r.top, r.left) : `${cell(r.top, r.left)}:${cell(r.bottom, r.right)}`;
}
type Plain = string | number | boolean | null;

function trim(rows: Plain[][]): Plain[][] {
  const out = rows.map((r) => {
    const c = [...r];
    while (c.length > 0 && (c[c.length - 1] === null || c[c.length - 1] === "")) c.pop();
    return c.map((v) => (v === "" ? null : v));
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

function plain(v: GridCell): Plain {
  if (v === null || typeof v !== "object") return v;
  return isGridDate(v) ? toExcelSerial(v.date) : v.error;
}

async function examples(): Promise<Consolidation> {
  const { files } = collectInputs([projectPath("examples")], "/nonexistent.xlsx");
  return consolidateRecords(
    (await readFiles(files, AS_OF)).map((o) => o.records),
    BUILTIN_PLAN,
    AS_OF,
  );
}

describe("the Office.js renderer against the fake Excel", () => {
  it("writes the same sheets, tables, headers and values as the file renderer", async () => {
    const c = await examples();
    const specs = masterWorkbookSpecs(c);
    const fromFile = await readGrids("m.xlsx", await workbookBytes(specs, { timestamp: new Date(0) }));
    if (!fromFile.ok) throw new Error(fromFile.bad.message);

    const excel = new FakeExcel(newWorkbook(["Sheet1"]));
    await writeMaster(runOf(excel), c);

    expect(excel.state.sheets.map((s) => s.name)).toEqual(["Sheet1", ...specs.map((s) => s.sheet)]);
    for (const grid of fromFile.grids) {
      expect([grid.sheet, trim(excel.values(grid.sheet))]).toEqual([grid.sheet, trim(grid.rows.map((r) => r.map(plain)))]);
    }
    const tables = excel.state.tables.map((t) => `${t.sheet}!${t.name}`).sort();
    expect(tables).toEqual(
      [
        "Chỉ số!ChiSo",
        "Danh mục!DanhMuc",
        "Giá trị nhập!GiaTriNhap",
        "Hồ sơ TTHC!HoSoTTHC",
        "Kiểm tra!KiemTra",
        "Kế hoạch!KeHoach",
        "Nhiệm vụ!NhiemVu",
        "Nội dung báo cáo!NoiDungBaoCao",
        "Thời hạn!ThoiHan",
        "Tổng hợp!TongHop",
        "Tổng hợp!TongHopCanBo",
        "Tổng hợp!TongHopCanhBao",
      ].sort(),
    );
    // The rows as imported are kept out of sight, as in the file.
    expect(excel.state.sheets.filter((s) => s.visibility !== "Visible").map((s) => s.name)).toEqual(["Giá trị nhập"]);
    // Guarded entry for co-authors without the add-in, and what stands out.
    const tasks = excel.sheet("Nhiệm vụ")!;
    expect(tasks.validations.map((v) => Object.keys(v.rule)[0]).sort()).toEqual(["date", "date", "decimal", "list", "list", "list"]);
    const lead = tasks.validations.find((v) => v.rect.left === 4);
    expect(lead?.rule).toMatchObject({ list: { source: "='Danh mục'!$A$2:$A$215" }, errorAlert: { style: "Warning" } });
    expect(tasks.conditionalFormats.map((f) => f.formula)).toEqual(['=$J2="Quá hạn"', '=$J2="Trễ hạn"']);
    expect(tasks.frozenRows).toBe(1);
    expect(tasks.formats.get("2,6")).toBe("dd/mm/yyyy");
  });

  it("draws Tổng hợp's charts over the same cells as the file does, beside the tables, without a sync of their own", async () => {
    const c = await examples();
    const specs = masterWorkbookSpecs(c);
    const zip = await JSZip.loadAsync(await workbookBytes(specs, { timestamp: new Date(0) }));
    const fileRefs = async (n: number) =>
      [...((await zip.file(`xl/charts/chart${n}.xml`)?.async("string")) ?? "").matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]);

    const excel = new FakeExcel();
    await writeMaster(runOf(excel), c);
    const charts = excel.sheet("Tổng hợp")!.charts;
    expect(charts.map((x) => [x.type, x.title])).toEqual([
      ["ColumnClustered", "Thực hiện so với chỉ tiêu và mốc tiếp theo (%)"],
      ["BarStacked", "Nhiệm vụ theo cán bộ, bộ phận chủ trì"],
    ]);
    for (const [i, chart] of charts.entries()) {
      // The file names each series' header cell, its categories and its values; the live chart has the same.
      const live = chart.series.flatMap((s) => [
        s.name,
        `'Tổng hợp'!${absolute(s.xValues!.rect)}`,
        `'Tổng hợp'!${absolute(s.values!.rect)}`,
      ]);
      const refs = await fileRefs(i + 1);
      const headers = specs[0].columns.map((col) => col.header).concat(specs[0].more![0].columns.map((col) => col.header));
      expect(live.filter((_, k) => k % 3 !== 0)).toEqual(refs.filter((_, k) => k % 3 !== 0));
      expect(live.filter((_, k) => k % 3 === 0).every((name) => headers.includes(name as string))).toBe(true);
      expect(chart.series.every((s) => /^#[0-9A-F]{6}$/.test(s.color ?? ""))).toBe(true);
    }
    expect(charts[0].valueAxis).toMatchObject({ minimum: 0, maximum: 100, title: "%" });
    expect(charts[1].categoryAxis).toMatchObject({ reversePlotOrder: true, position: "Maximum" });
    // Beside the tables: after their columns (as the renderer sized them) and a blank one, the second below the first.
    const widths = specs[0].columns.reduce((s, col) => s + Math.round(col.width * 5.6), 0);
    expect(charts.map((x) => [x.left, x.top])).toEqual([
      [widths + 48, 0],
      [widths + 48, charts[0].height + 24],
    ]);

    // Rebuilt, the summary has its two charts again, not four; an empty one has none.
    await buildSummaryInWorkbook(runOf(excel), BUILTIN_PLAN, AS_OF);
    expect(excel.sheet("Tổng hợp")!.charts).toHaveLength(2);
    const blank = new FakeExcel();
    await writeMaster(runOf(blank), consolidate([], BUILTIN_PLAN, AS_OF));
    expect(blank.sheet("Tổng hợp")!.charts).toEqual([]);
  });

  it("returns the early warnings it wrote into Tổng hợp's TongHopCanhBao, in as many syncs as before", async () => {
    const excel = new FakeExcel();
    await writeMaster(runOf(excel), await examples());
    const master = await readMasterFromWorkbook(runOf(excel), BUILTIN_PLAN, AS_OF);
    excel.resetStats();
    // What the pane calls: the sheet written and its warnings returned, from one computation.
    const { warnings } = await writeSummary(runOf(excel), master, AS_OF);
    expect(excel.stats.syncs).toBe(SUMMARY_WRITE_SYNCS);

    const table = excel.state.tables.find((t) => t.name === "TongHopCanhBao")!;
    const values = excel.values("Tổng hợp");
    const header = values[table.rect.top - 1].slice(table.rect.left - 1, table.rect.right);
    const column = (name: string) =>
      values.slice(table.rect.top, table.rect.bottom).map((r) => r[table.rect.left - 1 + header.indexOf(name)]);
    expect(column("Cảnh báo")).toEqual([...warnings.warnings.map((w) => w.text), ...warnings.notes.map((n) => n.text)]);
    expect(column("Mã")).toEqual(["1.2", "1.3", "1.7"]);
    expect(warnings.warnings.map((w) => w.text)).toEqual([
      "1.2: theo tốc độ hiện nay, đến 31/12/2021 đạt khoảng 99 % < 100 % (xu hướng của 5 lần số liệu từ 31/03/2021 đến 30/11/2021)",
    ]);

    // Reading and writing together, as before the warnings were returned.
    excel.resetStats();
    const again = await buildSummaryInWorkbook(runOf(excel), BUILTIN_PLAN, AS_OF);
    expect(excel.stats.syncs).toBe(SUMMARY_BUILD_SYNCS);
    expect(again.warnings).toEqual(warnings);
  });

  it("keeps text that looks like a formula as text", async () => {
    const excel = new FakeExcel();
    await writeMaster(runOf(excel), await examples());
    const notes = [...excel.sheet("Nhiệm vụ")!.cells.values()];
    expect(notes.some((c) => typeof c.value === "string" && c.value.startsWith("=> chờ lớp của huyện"))).toBe(true);
    expect(notes.some((c) => c.formula !== undefined)).toBe(false);
  });

  it("replaces its sheets on a second run, keeping rows an official typed into Nhiệm vụ", async () => {
    const excel = new FakeExcel();
    const c = await examples();
    await writeMaster(runOf(excel), c);
    const before = excel.values("Nhiệm vụ").length;
    // A co-author adds a task by hand below the table and the table grows over it.
    const sheet = excel.sheet("Nhiệm vụ")!;
    const table = excel.state.tables.find((t) => t.name === "NhiemVu")!;
    const row = table.rect.bottom + 1;
    sheet.cells.set(`${row},3`, { value: "Việc thêm tay" });
    sheet.cells.set(`${row},2`, { value: "1.5" });
    table.rect = { ...table.rect, bottom: row };
    excel.resetStats();
    await writeMaster(runOf(excel), c);
    expect(excel.stats.syncs).toBe(4); // which tables exist, their sizes, their rows, the write
    expect(excel.state.sheets.filter((s) => s.name === "Nhiệm vụ")).toHaveLength(1);
    expect(excel.state.tables.filter((t) => t.name === "NhiemVu")).toHaveLength(1);
    const after = excel.values("Nhiệm vụ");
    expect(after).toHaveLength(before + 1);
    expect(after[after.length - 1].slice(1, 3)).toEqual(["1.5", "Việc thêm tay"]);
  });

  it("turns Excel's errors into plain Vietnamese", async () => {
    const excel = new FakeExcel();
    excel.state.cellEditMode = true;
    const e = await writeMaster(runOf(excel), await examples()).catch((x: unknown) => x);
    expect(explainExcelError(e)).toBe("Excel đang ở chế độ sửa ô. Hãy thoát chế độ sửa ô (nhấn Enter hoặc Esc) rồi thử lại.");
  });

  it("reads the active sheet with its merged header cells into a grid", async () => {
    const excel = new FakeExcel(newWorkbook(["Theo dõi"]));
    await runOf(excel)(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Theo dõi");
      s.getRange("A1:E1").values = [["Nội dung công việc", "Phân công", "", "Thời hạn", "Trạng thái"]];
      s.getRange("A2:E2").values = [["", "Chủ trì", "Phối hợp", "", ""]];
      s.getRange("B1:C1").merge();
      s.getRange("A3:E3").values = [["Niêm yết TTHC", "CC VP-TK", "BP TN&TKQ", 44500, "Đã HT"]];
      s.getRange("D3").numberFormat = [["dd/mm/yyyy"]];
      await ctx.sync();
    });
    const grid = await readActiveSheet(runOf(excel), "Sổ đang mở", { merges: true, cellProperties: false, comments: false, notes: false });
    expect(grid?.merges).toEqual([{ top: 1, left: 2, bottom: 1, right: 3 }]);
    expect(grid?.rows[2]).toEqual(["Niêm yết TTHC", "CC VP-TK", "BP TN&TKQ", { date: "2021-10-31" }, "Đã HT"]);
    const c = consolidate([{ file: "Sổ đang mở", ok: true, grids: [grid!] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks[0]).toMatchObject({
      content: "Niêm yết TTHC",
      lead: "Công chức Văn phòng-Thống kê",
      partners: "Bộ phận Tiếp nhận và trả kết quả xã",
      status: "Hoàn thành",
    });
  });
});

describe("reading the open sheet's numbers", () => {
  it("takes a code Excel holds as 2.3000000000000003 as Excel shows it", async () => {
    const excel = new FakeExcel(newWorkbook(["Theo dõi"]));
    await runOf(excel)(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Theo dõi");
      s.getRange("A1:D1").values = [["Mã tiêu chí", "Nội dung công việc", "Chủ trì", "Thời hạn"]];
      s.getRange("A2:D3").values = [
        [2.2, "Niêm yết TTHC tại Bộ phận Một cửa", "VP-TK", "30/10/2021"],
        [2.3000000000000003, "Phân công công chức trực Bộ phận Một cửa", "VP-TK", "30/11/2021"],
      ];
      await ctx.sync();
    });
    const grid = await readActiveSheet(runOf(excel), "Sổ đang mở", { merges: false, cellProperties: false, comments: false, notes: false });
    const c = consolidate([{ file: "Sổ đang mở", ok: true, grids: [grid!] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => t.code)).toEqual(["2.2", "2.3"]);
  });
});

describe("reading the open sheet with the host's newer APIs", () => {
  const ALL = { merges: true, cellProperties: true, comments: true, notes: true };
  const NONE = { merges: false, cellProperties: false, comments: false, notes: false };
  const GREEN = "#00B050";
  const YELLOW = "#FFFF00";

  /** An official's sheet: the state only as each row's colour (a legend below), one note, one hidden row. */
  async function paintedSheet(excel: FakeExcel): Promise<void> {
    await runOf(excel)(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Theo dõi");
      s.getRange("A1:D1").values = [["STT", "Nội dung công việc", "Chủ trì", "Thời hạn"]];
      s.getRange("A2:D5").values = [
        [1, "Niêm yết danh mục TTHC tại Bộ phận Một cửa", "VP-TK", "30/10/2021"],
        [2, "Cập nhật tin bài CCHC lên trang thông tin điện tử xã", "VH-XH", "31/12/2021"],
        [3, "Bản cũ: niêm yết danh mục TTHC", "VP-TK", "30/06/2021"],
        [4, "Tổng hợp ý kiến góp ý của người dân", "VH-XH", "31/12/2021"],
      ];
      s.getRange("A2:D2").format.fill.color = GREEN;
      s.getRange("A3:D3").format.fill.color = YELLOW;
      s.getRange("A5:D5").format.fill.color = GREEN;
      s.getRange("4:4").rowHidden = true;
      s.getRange("C8:C9").values = [["Đã hoàn thành"], ["Đang thực hiện"]];
      s.getRange("B7").values = [["Chú thích:"]];
      s.getRange("B8").format.fill.color = GREEN;
      s.getRange("B9").format.fill.color = YELLOW;
      s.notes.add("'Theo dõi'!B5", "Nguyễn Văn Bình:\nĐã tổng hợp, gửi UBND huyện ngày 26/11/2021");
      s.getRange("E1").values = [["Minh chứng"]];
      s.getRange("E2").hyperlink = { address: "https://vanban.example.gov.vn/TB-12.pdf", textToDisplay: "Xem" };
      await ctx.sync();
    });
  }

  it("reads a state kept as the row's colour, a cell's note, a link and a hidden row, as from the file", async () => {
    const excel = new FakeExcel(newWorkbook(["Theo dõi"]));
    await paintedSheet(excel);
    excel.resetStats();
    const grid = await readActiveSheet(runOf(excel), "Sổ đang mở", ALL);
    expect(excel.stats.syncs).toBe(3); // the used range; merges, colours, hidden rows, comments and notes; the notes' cells
    expect(grid?.fills).toMatchObject({ "2:1": "00B050", "3:4": "FFFF00", "8:2": "00B050" });
    expect(grid?.fills?.["4:1"]).toBeUndefined();
    expect(grid?.hiddenRows).toEqual([4]);
    expect(grid?.comments).toEqual({ "5:2": "Đã tổng hợp, gửi UBND huyện ngày 26/11/2021" });
    expect(grid?.links).toEqual({ "2:5": "https://vanban.example.gov.vn/TB-12.pdf" });
    const c = consolidate([{ file: "Sổ đang mở", ok: true, grids: [grid!] }], BUILTIN_PLAN, AS_OF);
    const status = (content: string) => c.tasks.find((t) => t.content.startsWith(content))?.status;
    expect(status("Niêm yết danh mục")).toBe("Hoàn thành");
    expect(c.tasks.find((t) => t.content.startsWith("Niêm yết danh mục"))?.evidence).toBe("https://vanban.example.gov.vn/TB-12.pdf");
    expect(status("Cập nhật tin bài")).toBe("Đang thực hiện");
    expect(status("Tổng hợp ý kiến")).toBe("Hoàn thành");
    expect(c.problems.map((p) => p.code)).toContain("STATUS_FROM_COLOUR");
    expect(c.tasks.find((t) => t.content.startsWith("Tổng hợp ý kiến"))?.note).toContain("gửi UBND huyện ngày 26/11/2021");
  });

  it("leaves out a task struck through in the open sheet, as it does reading the file", async () => {
    const excel = new FakeExcel(newWorkbook(["KH 2021"]));
    await runOf(excel)(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("KH 2021");
      s.getRange("A1:E4").values = [
        ["STT", "Nội dung", "Mã TC", "Thời hạn", "Trạng thái"],
        [1, "Niêm yết công khai TTHC lĩnh vực hộ tịch", "2.2", "30/6/2021", "Hoàn thành"],
        [2, "Tổ chức tập huấn nghiệp vụ hộ tịch cho trưởng thôn", "1.3", "30/9/2021", "Chưa thực hiện"],
        [3, "Số hóa sổ hộ tịch lưu trữ", "1.1", "31/12/2021", "Đang thực hiện"],
      ];
      s.getRange("A3:E3").format.font.strikethrough = true;
      await ctx.sync();
    });
    const grid = await readActiveSheet(runOf(excel), "Sổ đang mở", ALL);
    const c = consolidate([{ file: "Sổ đang mở", ok: true, grids: [grid!] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => t.source.row).sort()).toEqual([2, 4]);
    expect(c.problems.find((p) => p.code === "ROW_SKIPPED" && p.row === 3)?.message).toContain("gạch ngang");
  });

  /** A table of figures with no day of its own: what a page header or a text box dates. */
  async function writeUndatedFigures(excel: FakeExcel, address: string): Promise<void> {
    await runOf(excel)(async (ctx) => {
      ctx.workbook.worksheets.getItem("Chỉ số").getRange(address).values = [
        ["TT", "Mã TC", "Chỉ số", "Tử số", "Mẫu số", "Kết quả"],
        [1, "1.3", "Tỷ lệ cán bộ, công chức xã đạt chuẩn", 18, 20, 90],
        [2, "1.7", "Chỉ tiêu KT-XH do HĐND xã giao đạt", 10, 13, 76.9],
      ];
      await ctx.sync();
    });
  }

  function expectDatedAtEndOfNovember(grid: Grid | null): void {
    const c = consolidate([{ file: "Sổ đang mở", ok: true, grids: [grid!] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((r) => [r.code, r.date])).toEqual([
      ["1.3", "2021-11-30"],
      ["1.7", "2021-11-30"],
    ]);
  }

  it("reads the print page's header in the same sync, so a table of figures is dated by it as from the file", async () => {
    const state = newWorkbook(["Chỉ số"]);
    state.sheets[0].pageHeaders.rightHeader = '&"Times New Roman,Italic"Số liệu tính đến ngày 30/11/2021';
    state.sheets[0].pageHeaders.centerFooter = "Trang &P/&N";
    const excel = new FakeExcel(state);
    await writeUndatedFigures(excel, "A1:F3");
    excel.resetStats();
    const grid = await readActiveSheet(runOf(excel), "Sổ đang mở", ALL);
    expect(excel.stats.syncs).toBe(2); // the used range; its values with the rest
    expect(grid?.pageHeader).toBe("Số liệu tính đến ngày 30/11/2021\nTrang /");
    expectDatedAtEndOfNovember(grid);
  });

  it("reads a text box's lines with one more sync, a picture beside it not asked for text, so the table is dated as from the file", async () => {
    const state = newWorkbook(["Chỉ số"]);
    state.sheets[0].shapes.push(
      { type: "Image", text: "" },
      { type: "GeometricShape", text: "KẾT QUẢ CHỈ SỐ CCHC\vSố liệu tính đến ngày 30/11/2021" },
    );
    const excel = new FakeExcel(state);
    await writeUndatedFigures(excel, "A4:F6");
    excel.resetStats();
    const grid = await readActiveSheet(runOf(excel), "Sổ đang mở", ALL);
    expect(excel.stats.syncs).toBe(3); // the used range; its values with the shapes' types; the text box's text
    expect(grid?.textBoxes).toBe("KẾT QUẢ CHỈ SỐ CCHC\nSố liệu tính đến ngày 30/11/2021");
    expectDatedAtEndOfNovember(grid);
    // The fake refuses a picture's text as Excel does: asking it fails the batch.
    await expect(
      runOf(excel)(async (ctx) => {
        const shapes = ctx.workbook.worksheets.getItem("Chỉ số").shapes.load("items/type");
        await ctx.sync();
        shapes.items[0].textFrame.textRange.load("text");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("asks nothing more of an older host, and reads a sheet past the colour limit without its colours", async () => {
    const excel = new FakeExcel(newWorkbook(["Theo dõi"]));
    await paintedSheet(excel);
    excel.resetStats();
    const bare = await readActiveSheet(runOf(excel), "Sổ đang mở", NONE);
    expect(excel.stats.syncs).toBe(2); // the used range's size, its values
    expect(bare?.fills).toBeUndefined();
    expect(bare?.comments).toBeUndefined();
    expect(bare?.links).toBeUndefined();
    expect(bare?.rows[1]).toEqual([1, "Niêm yết danh mục TTHC tại Bộ phận Một cửa", "VP-TK", "30/10/2021", "Xem"]);

    await runOf(excel)(async (ctx) => {
      ctx.workbook.worksheets.getItem("Theo dõi").getRange(`A1:${colLetters(41)}1000`).format.fill.color = YELLOW;
      ctx.workbook.worksheets.getItem("Theo dõi").getRange(`${colLetters(41)}1000`).values = [["cuối"]];
      await ctx.sync();
    });
    excel.resetStats();
    const big = await readActiveSheet(runOf(excel), "Sổ đang mở", ALL);
    expect(big?.rows).toHaveLength(1000);
    expect(big?.fills === undefined).toBe(true); // past 40,000 cells (41 columns x 1,000 rows)
    expect(Math.max(...excel.stats.responseBytes)).toBeLessThan(PAYLOAD_LIMIT);
  });
});

describe("the Office.js path's sync budget", () => {
  async function measure(n: number) {
    const excel = new FakeExcel();
    await writeMaster(runOf(excel), syntheticConsolidation(n));
    const write = { syncs: excel.stats.syncs, maxBytes: Math.max(...excel.stats.requestBytes) };
    // Every cell of every sheet: more than a summary reads, so a bound on the syncs its reading may add.
    const cells = excel.state.sheets.reduce((n, s) => n + excel.values(s.name).reduce((m, row) => m + row.length, 0), 0);
    excel.resetStats();
    await buildSummaryInWorkbook(runOf(excel), BUILTIN_PLAN, AS_OF);
    const summary = {
      syncs: excel.stats.syncs,
      maxBytes: Math.max(...excel.stats.requestBytes),
      maxAnswer: Math.max(...excel.stats.responseBytes),
    };
    return { write, summary, cells };
  }

  it("grows by one sync per 4 MB written or 50,000 cells read, and no request or answer exceeds 5 MB", async () => {
    const small = await measure(1_000);
    const large = await measure(20_000);
    console.log(
      `syncs: 1,000 rows write ${small.write.syncs} + summary ${small.summary.syncs}; 20,000 rows write ${large.write.syncs} + summary ${large.summary.syncs}; largest request ${(large.write.maxBytes / 1e6).toFixed(2)} MB, largest answer ${(large.summary.maxAnswer / 1e6).toFixed(2)} MB`,
    );
    expect(small.write.syncs).toBe(2); // a new workbook: one read, one write
    // Reading grows by one sync per 50,000 cells, so that no answer passes 5 MB either.
    expect(large.summary.syncs - small.summary.syncs).toBeLessThanOrEqual(Math.ceil(large.cells / READ_CELLS_PER_SYNC));
    expect(large.summary.maxAnswer).toBeLessThan(PAYLOAD_LIMIT);
    expect(large.write.syncs - small.write.syncs).toBeLessThanOrEqual(Math.ceil(large.write.maxBytes / 1e6));
    expect(large.write.syncs).toBeLessThanOrEqual(6);
    expect(large.write.maxBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(large.summary.maxBytes).toBeLessThan(PAYLOAD_LIMIT);
  }, 120_000);
});
