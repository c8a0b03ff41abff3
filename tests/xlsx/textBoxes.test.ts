import JSZip from "jszip";
import { readFileSync } from "fs";
import { readGrids } from "../../src/xlsx/readGrids";
import { projectPath } from "../helpers/shared";

// A title typed in a text box over the sheet, not in a cell: the reader keeps its lines for the importer.
describe("text boxes drawn over a sheet", () => {
  it("reads each paragraph of a sheet's text boxes, and nothing for a sheet without one", async () => {
    const zip = await JSZip.loadAsync(readFileSync(projectPath("examples", "TCKT_giai-ngan-von-2021.xlsx")));
    zip.file(
      "xl/worksheets/_rels/sheet1.xml.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
    );
    zip.file(
      "xl/drawings/drawing1.xml",
      '<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:sp><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>BÁO CÁO GIẢI NGÂN</a:t></a:r></a:p><a:p><a:r><a:t>Số liệu tính đến </a:t></a:r><a:r><a:t>ngày 30/11/2021</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>',
    );
    const r = await readGrids("hop-chu.xlsx", await zip.generateAsync({ type: "uint8array" }));
    if (!r.ok) throw new Error(JSON.stringify(r.bad));
    expect(r.grids.map((g) => g.textBoxes ?? null)).toEqual(["BÁO CÁO GIẢI NGÂN\nSố liệu tính đến ngày 30/11/2021", null]);
  });
});
