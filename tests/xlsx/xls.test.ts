import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { Grid } from "../../src/core/import/grid";
import { readGrids } from "../../src/xlsx/readGrids";
import { describeShared, projectPath, sharedPath } from "../helpers/shared";

// Excel 97-2003 workbooks (.xls, BIFF8), as district templates are still sent, read like an .xlsx.

function convert(files: string[], to: "xls" | "xlsx"): string {
  const out = mkdtempSync(join(tmpdir(), `cchc-${to}-`));
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${out}/profile`, "--headless", "--convert-to", to, "--outdir", out, ...files],
    {
      encoding: "utf8",
      timeout: 180_000,
    },
  );
  if (r.error) throw new Error(`LibreOffice is needed for this test (scripts/setup.sh installs it): ${r.error.message}`);
  return out;
}

async function gridsOf(name: string, bytes: Uint8Array): Promise<Grid[]> {
  const r = await readGrids(name, bytes);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.bad)}`);
  return r.grids;
}

/** A sheet as both readers must agree on it: cells (trailing blanks dropped; 12 significant digits), merges, hidden rows. */
function shape(g: Grid) {
  const rows = g.rows.map((row) =>
    row.slice(0, row.map((v) => v !== null).lastIndexOf(true) + 1).map((v) => (typeof v === "number" ? Number(v.toPrecision(12)) : v)),
  );
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  const merges = g.merges.map((m) => [m.top, m.left, m.bottom, m.right]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { sheet: g.sheet, hidden: g.hidden, rows, merges, hiddenRows: g.hiddenRows };
}

describe("Excel 97-2003 workbooks (.xls)", () => {
  const examples = readdirSync(projectPath("examples"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => projectPath("examples", f));
  let dir = "";
  beforeAll(() => {
    dir = convert(examples, "xls");
  }, 240_000);
  const xlsOf = (x: string) => join(dir, basename(x).replace(/\.xlsx$/, ".xls"));

  it("reads each example saved as .xls by LibreOffice to the same cells, merges and hidden rows as the .xlsx", async () => {
    for (const x of examples) {
      const fromXlsx = (await gridsOf("a.xlsx", readFileSync(x))).map(shape);
      const fromXls = (await gridsOf("a.xls", readFileSync(xlsOf(x)))).map(shape);
      expect(fromXls).toEqual(fromXlsx);
    }
  });

  it("names a compound file whose sector chain loops, or that is cut short, as damaged and never hangs", async () => {
    const bytes = new Uint8Array(readFileSync(xlsOf(examples[0])));
    const dv = new DataView(bytes.buffer);
    // The directory's first sector made to point to itself in the FAT.
    const fatSector = dv.getInt32(76, true);
    const dirSector = dv.getInt32(48, true);
    const looped = bytes.slice();
    new DataView(looped.buffer).setInt32((fatSector + 1) * 512 + dirSector * 4, dirSector, true);
    const a = await readGrids("vong.xls", looped);
    expect(a.ok ? null : a.bad.reason).toBe("damaged");
    const cut = await readGrids("cat-cut.xls", bytes.slice(0, Math.floor(bytes.length / 3)));
    expect(cut.ok ? null : cut.bad.reason).toBe("damaged");
  });
});

describeShared("Excel 97-2003 workbooks nobody here wrote (../shared/corpus)", () => {
  const names = ["vietnamdata__Plan_2010.xls", "sheetjs__1904.xls"];

  it("reads real .xls files (a ministry's budget appendix, the 1904 date system) to the cells LibreOffice reads", async () => {
    const dir = convert(
      names.map((n) => sharedPath("corpus", "external", n)),
      "xlsx",
    );
    for (const n of names) {
      const ours = (await gridsOf(n, readFileSync(sharedPath("corpus", "external", n)))).map(shape);
      const theirs = (await gridsOf("a.xlsx", readFileSync(join(dir, n.replace(/\.xls$/, ".xlsx"))))).map(shape);
      expect(ours).toEqual(theirs);
    }
  }, 240_000);

  it("names a password-protected .xls as such, and an Excel 5.0/95 one as too old", async () => {
    const reasons = [];
    for (const n of ["sheetjs__password_2002_40_xor.xls", "poi__testEXCEL_95.xls"]) {
      const r = await readGrids(n, readFileSync(sharedPath("corpus", "external", n)));
      reasons.push(r.ok ? "ok" : r.bad.reason);
    }
    expect(reasons).toEqual(["encrypted", "old-xls"]);
  });
});
