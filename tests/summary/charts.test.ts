import JSZip from "jszip";
import { writeFileSync } from "fs";
import { join } from "path";
import { IsoDate } from "../../src/core/dates/isoDate";
import { Consolidation, consolidate, consolidateRecords } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { masterWorkbookSpecs } from "../../src/core/sheets/masterWorkbook";
import { TableSheetSpec, chartCells } from "../../src/core/sheets/spec";
import { summaryCharts } from "../../src/core/sheets/summaryCharts";
import { collectInputs } from "../../src/cli/inputs";
import { readFiles } from "../../src/cli/readFiles";
import { workbookBytes } from "../../src/xlsx/writeWorkbook";
import { readGrids } from "../../src/xlsx/readGrids";
import { pdfOf, pdfPages } from "../helpers/libreoffice";
import { projectPath } from "../helpers/shared";
import { tempDir } from "../helpers/cli";

const AS_OF = "2021-12-15" as IsoDate;

async function examples(): Promise<Consolidation> {
  const { files } = collectInputs([projectPath("examples")], "/nonexistent.xlsx");
  return consolidateRecords(
    (await readFiles(files, AS_OF)).map((o) => o.records),
    BUILTIN_PLAN,
    AS_OF,
  );
}

const empty = (): Consolidation => consolidate([], BUILTIN_PLAN, AS_OF);

function summaryOf(c: Consolidation): TableSheetSpec {
  return masterWorkbookSpecs(c)[0];
}

describe("Tổng hợp's charts, as core decides them", () => {
  it("plots each item's value against its targets and each official's tasks, beside the tables", async () => {
    const spec = summaryOf(await examples());
    expect(spec.charts?.map((c) => [c.kind, c.table, c.categories, c.series.map((s) => s.column)])).toEqual([
      ["clusteredColumn", "TongHop", "Mã", ["Thực hiện", "Chỉ tiêu (%)", "Mốc tiếp theo (%)"]],
      ["stackedBar", "TongHopCanBo", "Cán bộ, bộ phận chủ trì", ["Đúng hạn", "Trễ hạn", "Quá hạn", "Chưa đến hạn"]],
    ]);
    // After the last column and a blank one; one above the other, never overlapping.
    const [values, people] = spec.charts ?? [];
    expect(values.anchor.column).toBe(spec.columns.length + 2);
    expect(people.anchor.top).toBeGreaterThanOrEqual(values.anchor.top + values.anchor.height);
    expect(spec.print).toEqual({ orientation: "landscape", scale: expect.any(Number), breakBeforeColumn: spec.columns.length + 1 });
    // The stacked parts add up to each official's tasks.
    const cells = chartCells(spec, people);
    const assigned = spec.more?.[0].rows.map((r) => r[2]);
    expect(cells.categories.map((_, i) => cells.values.reduce((s, v) => s + (v[i] ?? 0), 0))).toEqual(assigned);
    // 1.4's targets: 100 % for the year, the next milestone (31/01/2022) 100 %.
    const row14 = spec.rows.find((r) => r[0] === "1.4");
    expect(row14?.slice(-2)).toEqual([100, 100]);
  });

  it("draws no chart over an empty table, nor of targets alone", () => {
    const spec = summaryOf(empty());
    expect(spec.charts).toEqual([]);
    expect(spec.print).toEqual({ orientation: "landscape" });
  });

  it("keeps a series only where it has a number", async () => {
    const spec = summaryOf(await examples());
    const noMilestones = { ...spec, rows: spec.rows.map((r) => [...r.slice(0, -1), null]) };
    expect(summaryCharts(noMilestones)[0].series.map((s) => s.column)).toEqual(["Thực hiện", "Chỉ tiêu (%)"]);
  });

  it("keeps the contract's columns first and in order", async () => {
    const spec = summaryOf(await examples());
    expect(spec.columns.map((c) => c.header)).toEqual([
      "Mã",
      "Tên tiêu chí",
      "Chỉ tiêu",
      "Thực hiện",
      "Kết quả",
      "Số nhiệm vụ",
      "Hoàn thành",
      "Quá hạn",
      "Chủ trì",
      "Lý do",
      "Chỉ tiêu (%)",
      "Mốc tiếp theo (%)",
    ]);
    expect(spec.more?.[0].columns.map((c) => c.header).slice(0, 6)).toEqual([
      "STT",
      "Cán bộ, bộ phận chủ trì",
      "Được giao",
      "Hoàn thành",
      "Đúng hạn",
      "Quá hạn",
    ]);
  });
});

describe("Tổng hợp's charts in the .xlsx file", () => {
  let bytes: Uint8Array;
  let spec: TableSheetSpec;
  beforeAll(async () => {
    const specs = masterWorkbookSpecs(await examples());
    spec = specs[0];
    bytes = await workbookBytes(specs, { timestamp: new Date(0) });
  });

  it("holds a drawing with two DrawingML charts over the table's cells, with the values cached", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const text = (name: string) => zip.file(name)?.async("string") ?? Promise.resolve("");
    expect(Object.keys(zip.files).filter((n) => /drawing|chart/.test(n))).toEqual([
      "xl/drawings/drawing1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
    ]);
    const types = await text("[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    expect(await text("xl/worksheets/_rels/sheet1.xml.rels")).toContain('Target="../drawings/drawing1.xml"');
    const sheet = await text("xl/worksheets/sheet1.xml");
    // The schema's order: headerFooter, colBreaks, drawing, tableParts.
    expect(sheet).toMatch(
      /<pageSetup [^>]*scale="\d+"[^>]*\/><colBreaks count="1" manualBreakCount="1"><brk id="12" [^>]*\/><\/colBreaks><drawing r:id="rIdDr1"\/><tableParts/,
    );
    expect(await text("xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart2.xml"');

    const chart = await text("xl/charts/chart1.xml");
    const last = 8 + spec.rows.length;
    expect(chart).toContain(`<c:f>'Tổng hợp'!$A$9:$A$${last}</c:f>`);
    expect(chart).toContain(`<c:f>'Tổng hợp'!$D$9:$D$${last}</c:f>`);
    expect(chart).toContain("<c:f>'Tổng hợp'!$D$8</c:f>");
    // The cache holds the table's own values (12 items; 1.3 and 1.5 have none).
    const thucHien = /<c:f>'Tổng hợp'!\$D\$9:[^<]*<\/c:f><c:numCache>(.*?)<\/c:numCache>/.exec(chart)?.[1] ?? "";
    const cached = [...thucHien.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const expected = spec.rows.flatMap((r, i) => (typeof r[3] === "number" ? [[i, r[3]]] : []));
    expect(cached).toEqual(expected);
    expect(chart).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(await text("xl/charts/chart2.xml")).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
  });

  it("is read back as a master with the charts in it", async () => {
    const read = await readGrids("master.xlsx", bytes);
    expect(read.ok).toBe(true);
  });

  it("writes no drawing for a summary with nothing to plot", async () => {
    const zip = await JSZip.loadAsync(await workbookBytes(masterWorkbookSpecs(empty()), { timestamp: new Date(0) }));
    expect(Object.keys(zip.files).filter((n) => /drawing|chart/.test(n))).toEqual([]);
    expect(await zip.file("xl/worksheets/sheet1.xml")?.async("string")).not.toContain("<drawing");
  });

  it("prints in LibreOffice: the tables on a landscape A4 page, the two charts on the next", () => {
    const dir = tempDir();
    const path = join(dir, "master.xlsx");
    writeFileSync(path, bytes);
    const { pdf, pages } = pdfOf(path);
    const all = pdfPages(pdf, pages);
    const tables = all.findIndex((p) => p.text.includes("TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH"));
    const charts = all.findIndex((p) => p.text.includes("Thực hiện so với chỉ tiêu và mốc tiếp theo (%)"));
    expect(tables).toBe(0);
    expect(all[0].size).toMatch(/^841\.\d+ x 595\.\d+ pts/);
    // The tables are whole on their page's width (its last column there); the charts come on a page after them.
    expect(all[0].text).toContain("Mốc tiếp");
    expect(charts).toBeGreaterThan(tables);
    // The charts' titles, axis titles, categories and legends are drawn as text.
    for (const t of ["Nhiệm vụ theo cán bộ, bộ phận chủ trì", "Số nhiệm vụ", "Chưa đến hạn", "Đúng hạn"])
      expect(all[charts].text).toContain(t);
    expect(all[charts].text).toMatch(/1\.1\s+1\.2\s+1\.3\s+1\.4/);
  }, 120_000);
});
