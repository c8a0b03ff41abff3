import { CellStyle, ColumnType, HighlightSpec, NUMBER_FORMATS } from "../core/sheets/spec";
import { XML_HEAD, NS_MAIN, escapeXml } from "./xml";

/** One cell format as the writer needs it; every distinct one becomes a cellXfs entry. */
export interface XfKey {
  type: ColumnType;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  size: number;
  align: "general" | "left" | "center" | "right" | "justify";
  valign: "top" | "center" | "bottom";
  wrap: boolean;
  border: boolean;
  header: boolean;
}

const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "@": 49 };
const TONES: Record<HighlightSpec["tone"], { fill: string; font: string }> = {
  bad: { fill: "FFFFC7CE", font: "FF9C0006" },
  warn: { fill: "FFFFEB9C", font: "FF9C5700" },
  good: { fill: "FFC6EFCE", font: "FF006100" },
};
export const TONE_ORDER: readonly HighlightSpec["tone"][] = ["bad", "warn", "good"];

/** Collects the formats a workbook uses and writes styles.xml. */
export class StyleBook {
  private readonly xfs: string[] = [];
  private readonly xfIndex = new Map<string, number>();
  private readonly fonts: string[] = [];
  private readonly fontIndex = new Map<string, number>();
  private readonly numFmts = new Map<string, number>();

  constructor(
    private readonly fontName: string,
    private readonly fontSize: number,
  ) {
    this.font(false, false, false, fontSize);
    this.xf(this.key({}));
  }

  key(style: CellStyle & { header?: boolean }, type: ColumnType = style.type ?? "text"): XfKey {
    return {
      type,
      bold: style.bold === true || style.header === true,
      italic: style.italic === true,
      underline: style.underline === true,
      size: style.size ?? this.fontSize,
      align: style.align ?? "general",
      valign: style.valign ?? "top",
      wrap: style.wrap === true,
      border: style.border === true,
      header: style.header === true,
    };
  }

  private font(bold: boolean, italic: boolean, underline: boolean, size: number): number {
    const k = `${bold}${italic}${underline}${size}`;
    const found = this.fontIndex.get(k);
    if (found !== undefined) return found;
    const xml = `<font>${bold ? "<b/>" : ""}${italic ? "<i/>" : ""}${underline ? "<u/>" : ""}<sz val="${size}"/><name val="${escapeXml(this.fontName)}"/><family val="1"/></font>`;
    this.fonts.push(xml);
    this.fontIndex.set(k, this.fonts.length - 1);
    return this.fonts.length - 1;
  }

  private numFmt(type: ColumnType): number {
    const code = type === "text" ? "General" : (NUMBER_FORMATS[type] ?? "General");
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const found = this.numFmts.get(code);
    if (found !== undefined) return found;
    const id = 164 + this.numFmts.size;
    this.numFmts.set(code, id);
    return id;
  }

  /** The cellXfs index for a format, adding it on first use. */
  xf(k: XfKey): number {
    const id = JSON.stringify(k);
    const found = this.xfIndex.get(id);
    if (found !== undefined) return found;
    const fontId = this.font(k.bold, k.italic, k.underline, k.size);
    const numFmtId = this.numFmt(k.type);
    const align = `<alignment${k.align === "general" ? "" : ` horizontal="${k.align}"`} vertical="${k.valign}"${k.wrap ? ' wrapText="1"' : ""}/>`;
    const xml = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${k.border ? 1 : 0}" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="${k.border ? 1 : 0}" applyAlignment="1">${align}</xf>`;
    this.xfs.push(xml);
    this.xfIndex.set(id, this.xfs.length - 1);
    return this.xfs.length - 1;
  }

  /** dxf index of a highlight tone (conditional formats). */
  dxf(tone: HighlightSpec["tone"]): number {
    return TONE_ORDER.indexOf(tone);
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join("");
    const dxfs = TONE_ORDER.map(
      (t) =>
        `<dxf><font><color rgb="${TONES[t].font}"/></font><fill><patternFill><bgColor rgb="${TONES[t].fill}"/></patternFill></fill></dxf>`,
    ).join("");
    const thin =
      '<left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/>';
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      (numFmts ? `<numFmts count="${this.numFmts.size}">${numFmts}</numFmts>` : "") +
      `<fonts count="${this.fonts.length}">${this.fonts.join("")}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin}</border></borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      `<dxfs count="${TONE_ORDER.length}">${dxfs}</dxfs>` +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}
