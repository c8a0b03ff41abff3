import { columnName } from "../core/import/grid";
import { ChartCells, ChartData, columnPoints, quoteSheet } from "../core/sheets/spec";
import { NS_REL, XML_HEAD, escapeXml } from "./xml";

/**
 * DrawingML charts for the file writer: a drawing part per sheet anchoring each chart at a cell
 * with a fixed size, and a chart part per chart whose series point at the table's cells (Excel and
 * LibreOffice redraw them when the cells change) with a cached copy of the values, so a reader
 * that does not recalculate still draws them.
 */
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const EMU_PER_POINT = 12_700;

export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const DRAWING_REL = `${NS_REL}/drawing`;
const CHART_REL = `${NS_REL}/chart`;

/** An unset column's width in points (8.43 characters: 64 px). */
const DEFAULT_COLUMN_POINTS = 48;

/** Where a chart's values live in its sheet (Excel formulas), so it follows the cells. */
export interface ChartRefs {
  categories: string;
  series: ReadonlyArray<{ name: string; values: string }>;
}

/**
 * A chart placed in the package: its global number (xl/charts/chartN.xml), its values, where they
 * live (null: the values are the chart's own, a report's picture), where it stands (points from the
 * sheet's top-left corner, or a cell) and its size in points.
 */
export interface ChartPart {
  id: number;
  data: ChartData;
  refs: ChartRefs | null;
  place: { left: number; top: number } | { column: number; row: number };
  width: number;
  height: number;
}

/** The refs of a table chart: its categories' and series' cells on `sheet`. */
export function chartRefs(sheet: string, cells: ChartCells): ChartRefs {
  return {
    categories: ref(sheet, cells.categoryColumn, cells.firstRow, cells.lastRow),
    series: cells.seriesColumns.map((col) => ({
      name: ref(sheet, col, cells.headerRow),
      values: ref(sheet, col, cells.firstRow, cells.lastRow),
    })),
  };
}

/**
 * xl/drawings/drawingN.xml: one anchor per chart, in the sheet's order (rId1 is its first chart).
 * Absolute where given in points (charts beside tables stay apart whatever height wrapped rows
 * take), or at a cell (a chart over the row a report keeps for it).
 */
export function drawingXml(charts: readonly ChartPart[]): string {
  const emu = (pt: number) => Math.round(pt * EMU_PER_POINT);
  const anchors = charts.map(({ data, place, width, height }, i) => {
    const frame =
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Biểu đồ ${i + 1}`)}" descr="${escapeXml(data.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame><xdr:clientData/>";
    const ext = `<xdr:ext cx="${emu(width)}" cy="${emu(height)}"/>`;
    return "left" in place
      ? `<xdr:absoluteAnchor><xdr:pos x="${emu(place.left)}" y="${emu(place.top)}"/>${ext}${frame}</xdr:absoluteAnchor>`
      : `<xdr:oneCellAnchor><xdr:from><xdr:col>${place.column - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${place.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>${ext}${frame}</xdr:oneCellAnchor>`;
  });
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_REL}">${anchors.join("")}</xdr:wsDr>`;
}

/** The left edge of a column in points, from the sheet's column widths (an unset column 8.43 characters). */
export function columnLeft(column: number, columnWidths: readonly number[]): number {
  let left = 0;
  for (let c = 0; c < column - 1; c++) left += c < columnWidths.length ? columnPoints(columnWidths[c]) : DEFAULT_COLUMN_POINTS;
  return left;
}

export function drawingRelsXml(charts: readonly ChartPart[]): string {
  const rels = charts.map((c, i) => `<Relationship Id="rId${i + 1}" Type="${CHART_REL}" Target="../charts/chart${c.id}.xml"/>`);
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
}

function ref(sheet: string, column: number, first: number, last = first): string {
  const c = columnName(column);
  return `${quoteSheet(sheet)}!$${c}$${first}${last === first ? "" : `:$${c}$${last}`}`;
}

function rich(text: string, size: number, bold: boolean): string {
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="${size * 100}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`
  );
}

function title(text: string, size: number): string {
  return `<c:title><c:tx>${rich(text, size, true)}</c:tx><c:overlay val="0"/></c:title>`;
}

function strCache(values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly (number | null)[]): string {
  const pts = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

const TEXT_LINE = '<c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>';

function strSource(f: string | null, values: readonly string[]): string {
  return f === null
    ? `<c:strLit>${strCache(values).slice("<c:strCache>".length, -"</c:strCache>".length)}</c:strLit>`
    : `<c:strRef><c:f>${escapeXml(f)}</c:f>${strCache(values)}</c:strRef>`;
}

function numSource(f: string | null, values: readonly (number | null)[]): string {
  return f === null
    ? `<c:numLit>${numCache(values).slice("<c:numCache>".length, -"</c:numCache>".length)}</c:numLit>`
    : `<c:numRef><c:f>${escapeXml(f)}</c:f>${numCache(values)}</c:numRef>`;
}

/**
 * A chart part (c:chartSpace): over the cells `refs` names, with the values cached; or, without
 * refs, with the values as literals (a chart in a report, or in a Word document).
 */
export function chartSpaceXml(data: ChartData, refs: ChartRefs | null): string {
  const stacked = data.kind === "stackedBar";
  const series = data.series
    .map((s, i) => {
      const r = refs?.series[i] ?? null;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        (r === null ? `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` : `<c:tx>${strSource(r.name, [s.name])}</c:tx>`) +
        `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:cat>${strSource(refs?.categories ?? null, data.categories)}</c:cat>` +
        `<c:val>${numSource(r?.values ?? null, s.values)}</c:val>` +
        "</c:ser>"
      );
    })
    .join("");
  const v = data.valueAxis;
  const scaling = `<c:scaling><c:orientation val="minMax"/>${v.max === undefined ? "" : `<c:max val="${v.max}"/>`}${v.min === undefined ? "" : `<c:min val="${v.min}"/>`}</c:scaling>`;
  // A bar chart lists its rows bottom-up unless its category axis runs max to min; the value axis then sits at the bottom by crossing at the maximum.
  const catAx =
    `<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="${stacked ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${stacked ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${TEXT_LINE}<c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="5002"/>${scaling}<c:delete val="0"/><c:axPos val="${stacked ? "b" : "l"}"/>` +
    `<c:majorGridlines>${TEXT_LINE}</c:majorGridlines>${title(v.title, 11)}<c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:crossAx val="5001"/><c:crosses val="${stacked ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_REL}">` +
    '<c:date1904 val="0"/><c:lang val="vi-VN"/><c:roundedCorners val="0"/>' +
    `<c:chart>${title(data.title, 14)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${stacked ? "bar" : "col"}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
    `${series}<c:gapWidth val="${stacked ? 50 : 80}"/>${stacked ? '<c:overlap val="100"/>' : ""}<c:axId val="5001"/><c:axId val="5002"/></c:barChart>` +
    `${catAx}${valAx}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>' +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1100"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>' +
    "</c:chartSpace>"
  );
}
