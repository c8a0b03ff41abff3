import JSZip from "jszip";
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { Grid } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { MAX_ROWS, readGrids } from "../../src/xlsx/readGrids";
import { projectPath } from "../helpers/shared";

// LibreOffice Calc's own format (.ods), the default save on many commune machines, read like an .xlsx.
const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"';

async function ods(body: string, styles = ""): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  zip.file(
    "META-INF/manifest.xml",
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
  );
  zip.file(
    "content.xml",
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:spreadsheet>${body}</office:spreadsheet></office:body></office:document-content>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

const p = (t: string) => `<table:table-cell office:value-type="string"><text:p>${t}</text:p></table:table-cell>`;
const n = (v: number, type = "float") =>
  `<table:table-cell office:value-type="${type}" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
const d = (iso: string) =>
  `<table:table-cell office:value-type="date" office:date-value="${iso}"><text:p>${iso}</text:p></table:table-cell>`;
const gap = (k: number) => `<table:table-cell table:number-columns-repeated="${k}"/>`;

async function gridsOf(bytes: Uint8Array): Promise<Grid[]> {
  const r = await readGrids("so.ods", bytes);
  if (!r.ok) throw new Error(JSON.stringify(r.bad));
  return r.grids;
}

describe("OpenDocument spreadsheets (.ods)", () => {
  it("reads values by their type, repeats, spans, spaces and hidden rows and sheets into the grid an .xlsx gives", async () => {
    const body =
      `<table:table table:name="Theo dõi">` +
      `<table:table-row><table:table-cell table:number-columns-spanned="3" office:value-type="string"><text:p>UBND XÃ</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>` +
      `<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>` +
      `<table:table-row>${p("Nội<text:s/> dung")}${n(0.725, "percentage")}${d("2021-11-30T00:00:00")}</table:table-row>` +
      `<table:table-row table:visibility="collapse">${gap(1)}${n(12)}<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell></table:table-row>` +
      `<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>` +
      `</table:table><table:table table:name="Cũ" table:style-name="ta2"><table:table-row>${p("x")}</table:table-row></table:table>`;
    const grids = await gridsOf(
      await ods(body, '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>'),
    );
    expect(grids.map((g) => [g.sheet, g.hidden])).toEqual([
      ["Theo dõi", false],
      ["Cũ", true],
    ]);
    const g = grids[0];
    expect(g.rows).toEqual([["UBND XÃ"], [], [], ["Nội  dung", 0.725, { date: "2021-11-30" }], [null, 12, true]]);
    expect(g.formats["4:2"]).toBe("0.00%");
    expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect(g.hiddenRows).toEqual([5]);
  });

  it("consolidates a tracking sheet saved as .ods, late and overdue tasks as from the .xlsx", async () => {
    const header = ["STT", "Nội dung công việc", "Tiêu chí", "Chủ trì", "Thời hạn", "Tình trạng", "Ngày hoàn thành"].map(p).join("");
    const body =
      `<table:table table:name="Viec CT giao"><table:table-row>${header}</table:table-row>` +
      `<table:table-row>${n(1)}${p("Tổ chức đối thoại với nhân dân về CCHC")}${p("2.5")}${p("VP-TK")}${d("2021-11-15")}${p("Hoàn thành")}${d("2021-11-22")}</table:table-row>` +
      `<table:table-row>${n(2)}${p("Gửi thư xin lỗi hồ sơ đất đai quá hạn")}${p("1.2")}${p("ĐC-XD")}${d("2021-11-30")}${p("Đang thực hiện")}</table:table-row>` +
      `</table:table>`;
    const c = consolidate([{ file: "so.ods", ok: true, grids: await gridsOf(await ods(body)) }], BUILTIN_PLAN, "2021-12-15" as IsoDate);
    expect(c.tasks.map((t) => [t.code, t.due, t.doneDate, t.verdict]).sort()).toEqual([
      ["1.2", "2021-11-30", null, "Quá hạn"],
      ["2.5", "2021-11-15", "2021-11-22", "Trễ hạn"],
    ]);
  });

  it("keeps a filled row repeated past the row limit only up to it, and counts the rest as not read", async () => {
    const body = `<table:table table:name="Dài"><table:table-row table:number-rows-repeated="${MAX_ROWS + 5}">${p("x")}</table:table-row></table:table>`;
    const [g] = await gridsOf(await ods(body));
    expect([g.rows.length, g.truncated, g.notRead?.rows, g.notRead?.afterRow]).toEqual([MAX_ROWS, true, 5, MAX_ROWS]);
  });

  it("never lets a few bytes of repeated rows become millions of cells", async () => {
    const wide = `<table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="256"/>`;
    const body = `<table:table table:name="Bom">${`<table:table-row table:number-rows-repeated="${MAX_ROWS}">${wide}</table:table-row>`}</table:table>`;
    const [g] = await gridsOf(await ods(body));
    expect(g.rows.length * 256).toBeLessThanOrEqual(4_000_000);
    expect(g.notRead?.rows).toBe(MAX_ROWS - g.rows.length);
  });

  it("still names an OpenDocument text (.odt) as a file to save again, never reads it", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.text", { compression: "STORE" });
    zip.file("content.xml", "<x/>");
    const r = await readGrids("bao-cao.odt", await zip.generateAsync({ type: "uint8array" }));
    expect(r.ok ? null : r.bad.reason).toBe("ods");
  });

  it("reads each example workbook saved by LibreOffice as .ods to the same cells as the .xlsx itself", async () => {
    const out = mkdtempSync(join(tmpdir(), "cchc-ods-"));
    const examples = readdirSync(projectPath("examples"))
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => projectPath("examples", f));
    const r = spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${out}/profile`, "--headless", "--convert-to", "ods", "--outdir", out, ...examples],
      {
        encoding: "utf8",
        timeout: 180_000,
      },
    );
    if (r.error) throw new Error(`LibreOffice is needed for this test (scripts/setup.sh installs it): ${r.error.message}`);
    for (const x of examples) {
      const fromXlsx = await gridsOf(readFileSync(x));
      const fromOds = await gridsOf(readFileSync(join(out, basename(x).replace(/\.xlsx$/, ".ods"))));
      expect(fromOds.map((g) => g.sheet)).toEqual(fromXlsx.map((g) => g.sheet));
      fromXlsx.forEach((g, i) => {
        // Trailing empty cells are how each writer ends a row, not content; LibreOffice keeps a formula's
        // result to 15 significant digits where Excel keeps 17.
        const trim = (rows: Grid["rows"]) =>
          rows.map((row) =>
            row
              .slice(0, row.map((v) => v !== null).lastIndexOf(true) + 1)
              .map((v) => (typeof v === "number" ? Number(v.toPrecision(12)) : v)),
          );
        expect(trim(fromOds[i].rows)).toEqual(trim(g.rows));
        expect([...fromOds[i].merges].sort((a, b) => a.top - b.top || a.left - b.left)).toEqual(
          [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left),
        );
        expect([fromOds[i].hidden, fromOds[i].hiddenRows]).toEqual([g.hidden, g.hiddenRows]);
      });
    }
  }, 240_000);
});
