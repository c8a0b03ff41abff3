import { FakeContext, FakeExcel, FakeExcelError, PAYLOAD_LIMIT } from "../../src/excel/fake/fakeExcel";
import { newWorkbook } from "../../src/excel/fake/state";

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(FakeExcelError);
    return (e as FakeExcelError).code;
  }
  throw new Error("expected the batch to fail");
}

describe("the fake Excel fails where Excel fails", () => {
  it("throws when a property is read before it was loaded and synced", async () => {
    const excel = new FakeExcel();
    await excel.run(async (ctx: FakeContext) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(() => range.values).toThrow(/call the load method/);
      range.load("values");
      expect(() => range.values).toThrow(/call the load method/); // loaded but not yet synced
      await ctx.sync();
      expect(range.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
      expect(() => range.address).toThrow(/'address' is not available/); // not asked for
    });
  });

  it("queues writes until sync and counts syncs, calls and request bytes", async () => {
    const excel = new FakeExcel();
    await excel.run(async (ctx: FakeContext) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["Mã", "Tên"]];
      expect(excel.values("Sheet1")).toEqual([]);
      await ctx.sync();
      expect(excel.values("Sheet1")).toEqual([["Mã", "Tên"]]);
    });
    expect(excel.stats).toMatchObject({ syncs: 1, calls: 1 });
    expect(excel.stats.requestBytes[0]).toBeGreaterThan(20);
  });

  it("refuses a table over merged cells or over another table (InvalidArgument)", async () => {
    const excel = new FakeExcel();
    expect(
      await codeOf(
        excel.run(async (ctx: FakeContext) => {
          const s = ctx.workbook.worksheets.getItem("Sheet1");
          s.getRange("A1:C1").merge();
          s.tables.add("A1:C5", true);
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    expect(
      await codeOf(
        excel.run(async (ctx: FakeContext) => {
          const s = ctx.workbook.worksheets.getItem("Sheet1");
          s.tables.add("E1:F5", true);
          s.tables.add("F3:G8", true);
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
  });

  it("refuses duplicate sheet and table names (ItemAlreadyExists) and bad addresses (InvalidArgument)", async () => {
    const excel = new FakeExcel();
    expect(await codeOf(excel.run(async (ctx: FakeContext) => void ctx.workbook.worksheets.add("sheet1")))).toBe("ItemAlreadyExists");
    expect(
      await codeOf(
        excel.run(async (ctx: FakeContext) => {
          const s = ctx.workbook.worksheets.getItem("Sheet1");
          s.tables.add("A10:B12", true).name = "NhiemVu";
          s.tables.add("D10:E12", true).name = "nhiemvu";
        }),
      ),
    ).toBe("ItemAlreadyExists");
    expect(
      await codeOf(
        excel.run(async (ctx: FakeContext) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A0:B2").values = [[1, 2]])),
      ),
    ).toBe("InvalidArgument");
    expect(await codeOf(excel.run(async (ctx: FakeContext) => void ctx.workbook.worksheets.add("Kế hoạch: 2021")))).toBe("InvalidArgument");
  });

  it("refuses values that do not fit the range, a request over 5 MB, and work while a cell is being edited", async () => {
    const excel = new FakeExcel();
    expect(
      await codeOf(
        excel.run(async (ctx: FakeContext) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1, 2, 3]])),
      ),
    ).toBe("InvalidArgument");
    const big = "x".repeat(1000);
    expect(
      await codeOf(
        excel.run(async (ctx: FakeContext) => {
          ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A6000").values = Array.from({ length: 6000 }, () => [big]);
          await ctx.sync();
        }),
      ),
    ).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.stats.requestBytes.at(-1)).toBeGreaterThan(PAYLOAD_LIMIT);
    excel.state.cellEditMode = true;
    expect(
      await codeOf(excel.run(async (ctx: FakeContext) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]]))),
    ).toBe("InvalidOperationInCellEditMode");
  });

  it("answers cell, row and column properties and comments only after a sync, and refuses a response over 5 MB", async () => {
    const excel = new FakeExcel();
    await excel.run(async (ctx: FakeContext) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A2:B2").format.fill.color = "#c6efce";
      sheet.getRange("3:3").rowHidden = true;
      sheet.comments.add("Sheet1!B2", "Đã gửi ngày 29/11");
      const props = sheet.getRange("A1:B2").getCellProperties({ format: { fill: { color: true, pattern: true } } });
      const rows = sheet.getRange("A2:A3").getRowProperties({ rowIndex: true, rowHidden: true });
      expect(() => props.value).toThrow(/has not been initialized/);
      sheet.comments.load("items/content");
      expect(() => sheet.comments.items).toThrow(/'items' is not available/);
      await ctx.sync();
      expect(props.value[0][0]).toEqual({ format: { fill: { color: "#FFFFFF", pattern: "None" } } });
      expect(props.value[1][1]).toEqual({ format: { fill: { color: "#C6EFCE", pattern: "Solid" } } });
      expect(rows.value).toEqual([
        { rowIndex: 1, rowHidden: false },
        { rowIndex: 2, rowHidden: true },
      ]);
      const [comment] = sheet.comments.items;
      expect(comment.content).toBe("Đã gửi ngày 29/11");
      const at = comment.getLocation().load("address");
      expect(() => at.address).toThrow(/'address' is not available/);
      await ctx.sync();
      expect(at.address).toBe("Sheet1!B2");
    });
    // A note needs one cell named with its sheet, and a cell holds one comment or note.
    for (const address of ["B2", "Sheet1!B2:C3", "Sheet1!B2"])
      expect(
        await codeOf(
          excel.run(async (ctx: FakeContext) => {
            ctx.workbook.worksheets.getItem("Sheet1").notes.add(address, "x");
            await ctx.sync();
          }),
        ),
      ).toBe("InvalidArgument");
    expect(
      await codeOf(
        excel.run(async (ctx: FakeContext) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "xanh")),
      ),
    ).toBe("InvalidArgument");
    expect(
      await codeOf(
        excel.run(async (ctx: FakeContext) => {
          ctx.workbook.worksheets
            .getItem("Sheet1")
            .getRange("A1:Z5000")
            .getCellProperties({ address: true, format: { fill: { color: true } } });
          await ctx.sync();
        }),
      ),
    ).toBe("ResponsePayloadSizeLimitExceeded");
    expect(excel.stats.responseBytes.at(-1)).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it("keeps at least one visible sheet, and reads a formula-like string as a formula unless quoted", async () => {
    const excel = new FakeExcel(newWorkbook(["Only"]));
    expect(await codeOf(excel.run(async (ctx: FakeContext) => void ctx.workbook.worksheets.getItem("Only").delete()))).toBe(
      "InvalidOperation",
    );
    await excel.run(async (ctx: FakeContext) => {
      ctx.workbook.worksheets.getItem("Only").getRange("A1:B1").values = [["=1+1", "'=1+1"]];
    });
    expect(excel.sheet("Only")!.cells.get("1,1")).toEqual({ value: "#NAME?", formula: "=1+1" });
    expect(excel.sheet("Only")!.cells.get("1,2")).toEqual({ value: "=1+1" });
  });

  it("refuses a chart of an unknown type, over a bad range, or a series over more than one row and column (InvalidArgument)", async () => {
    const excel = new FakeExcel();
    const chartWith = (f: (s: ReturnType<FakeContext["workbook"]["worksheets"]["getItem"]>) => void) =>
      codeOf(
        excel.run(async (ctx: FakeContext) => {
          f(ctx.workbook.worksheets.getItem("Sheet1"));
          await ctx.sync();
        }),
      );
    expect(await chartWith((s) => s.charts.add("ColumnClustred", s.getRange("A1:A5"), "Columns"))).toBe("InvalidArgument");
    expect(await chartWith((s) => s.charts.add("ColumnClustered", s.getRange("A0:A5"), "Columns"))).toBe("InvalidArgument");
    expect(await chartWith((s) => s.charts.add("ColumnClustered", s.getRange("A1:A5"), "Diagonal"))).toBe("InvalidArgument");
    expect(
      await chartWith((s) => s.charts.add("BarStacked", s.getRange("A1:A5"), "Columns").series.add("B").setValues(s.getRange("B1:C5"))),
    ).toBe("InvalidArgument");
    expect(
      await chartWith((s) => s.charts.add("BarStacked", s.getRange("A1:A5"), "Columns").series.getItemAt(3).setValues(s.getRange("B1:B5"))),
    ).toBe("ItemNotFound");
    expect(await chartWith((s) => void (s.charts.add("BarStacked", s.getRange("A1:A5"), "Columns").width = -1))).toBe("InvalidArgument");
    // A refused chart is never made; as in Excel, commands before the failing one stay applied.
    expect(excel.sheet("Sheet1")!.charts.map((c) => c.type)).toEqual(["BarStacked", "BarStacked", "BarStacked"]);
  });

  it("makes a series per column of a chart's source, and deletes charts with their sheet", async () => {
    const excel = new FakeExcel(newWorkbook(["A", "B"]));
    await excel.run(async (ctx: FakeContext) => {
      ctx.workbook.worksheets.getItem("B").charts.add("ColumnClustered", ctx.workbook.worksheets.getItem("B").getRange("B2:C9"), "Columns");
    });
    expect(excel.sheet("B")!.charts[0].series.map((s) => [s.name, s.values?.rect])).toEqual([
      ["Series1", { top: 2, left: 2, bottom: 9, right: 2 }],
      ["Series2", { top: 2, left: 3, bottom: 9, right: 3 }],
    ]);
    await excel.run(async (ctx: FakeContext) => ctx.workbook.worksheets.getItem("B").delete());
    expect(excel.state.sheets.flatMap((s) => s.charts)).toEqual([]);
  });
});
