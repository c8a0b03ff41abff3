import JSZip from "jszip";
import { ChartBlock } from "../core/report/docModel";
import { CHART_CONTENT_TYPE, chartSpaceXml } from "../xlsx/chartXml";
import { escapeXml } from "../xlsx/xml";

/**
 * Charts in the Word document: the docx package has no charts, so each chart is written as a marked
 * paragraph and, once the document is packed, the mark's run becomes an inline DrawingML chart
 * (word/charts/chartN.xml, with its values as literals, the same chart part the .xlsx writer makes).
 * Word and LibreOffice draw it from those values.
 */
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const EMU_PER_MM = 36_000;

/** The text of the paragraph standing for the i-th chart (1-based) until it is replaced. */
export function chartMark(i: number): string {
  return `cchc-chart-${i}`;
}

function inlineChart(i: number, c: ChartBlock): string {
  const cx = Math.round(c.width * EMU_PER_MM);
  const cy = Math.round(c.height * EMU_PER_MM);
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>` +
    `<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="${1000 + i}" name="Biểu đồ ${i}" descr="${escapeXml(c.chart.title)}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="${NS_A}"><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rIdCchcChart${i}"/></a:graphicData></a:graphic>` +
    "</wp:inline></w:drawing></w:r>"
  );
}

/** The packed document with each marked paragraph's run replaced by its chart, and the chart parts added. */
export async function withCharts(bytes: Uint8Array, charts: readonly ChartBlock[]): Promise<Uint8Array> {
  if (charts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const f = zip.file(name);
    if (!f) throw new Error(`The Word package has no ${name}`);
    return f.async("string");
  };
  let document = await read("word/document.xml");
  let rels = await read("word/_rels/document.xml.rels");
  let types = await read("[Content_Types].xml");
  const date = new Date(0);
  charts.forEach((c, k) => {
    const i = k + 1;
    const run = new RegExp(`<w:r>(?:(?!</w:r>).)*?<w:t[^>]*>${chartMark(i)}</w:t></w:r>`, "s");
    if (!run.test(document)) throw new Error(`Chart ${i} has no place in the document`);
    document = document.replace(run, inlineChart(i, c));
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdCchcChart${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart${i}.xml"/></Relationships>`,
    );
    types = types.replace("</Types>", `<Override PartName="/word/charts/chart${i}.xml" ContentType="${CHART_CONTENT_TYPE}"/></Types>`);
    zip.file(`word/charts/chart${i}.xml`, chartSpaceXml(c.chart, null), { date });
  });
  zip.file("word/document.xml", document, { date });
  zip.file("word/_rels/document.xml.rels", rels, { date });
  zip.file("[Content_Types].xml", types, { date });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
