import {
  AlignmentType,
  BorderStyle,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from "docx";

/**
 * Word files built the way commune offices make them: the two-column header and the signature
 * block as borderless tables, items numbered by Word itself (I., 1., 1.1., a., and "-" bullets),
 * an appendix of tasks as a bordered table with merged cells.
 */

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const FONT = "Times New Roman";

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export function para(
  text: string | Run,
  options: { center?: boolean; numbering?: { reference: string; level: number }; pageBreak?: boolean } = {},
): Paragraph {
  const run = typeof text === "string" ? { text } : text;
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    numbering: options.numbering,
    pageBreakBefore: options.pageBreak,
    children: [new TextRun({ text: run.text, bold: run.bold, italics: run.italic, font: FONT, size: 26 })],
  });
}

/** Two columns side by side, no borders: the header (issuer | national title) and the signature block. */
export function twoColumns(rows: Array<[Paragraph[], Paragraph[]]>): Table {
  const cell = (children: Paragraph[]) => new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE } });
  return new Table({
    borders: NO_BORDERS,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(([left, right]) => new TableRow({ children: [cell(left), cell(right)] })),
  });
}

/** A bordered table; a cell is text, or text spanning columns, or the continuation of the cell above. */
export type GridCellSpec = string | { text: string; span: number } | { text: string; mergeDown: true } | "continue";

export function borderedTable(rows: GridCellSpec[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          children: cells.map((c) => {
            if (c === "continue") return new TableCell({ children: [para("")], verticalMerge: VerticalMergeType.CONTINUE });
            if (typeof c === "string") return new TableCell({ children: [para({ text: c, bold: r === 0 })] });
            if ("span" in c) return new TableCell({ children: [para({ text: c.text, bold: true })], columnSpan: c.span });
            return new TableCell({ children: [para(c.text)], verticalMerge: VerticalMergeType.RESTART });
          }),
        }),
    ),
  });
}

/** Word's own list numbering: "I." / "1." / "1.1." / "a." and a "-" bullet list. */
export const NUMBERING = {
  config: [
    {
      reference: "plan",
      levels: [
        { level: 0, format: LevelFormat.UPPER_ROMAN, text: "%1.", alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.DECIMAL, text: "%2.", alignment: AlignmentType.LEFT },
        { level: 2, format: LevelFormat.DECIMAL, text: "%2.%3.", alignment: AlignmentType.LEFT },
        { level: 3, format: LevelFormat.LOWER_LETTER, text: "%4.", alignment: AlignmentType.LEFT },
      ],
    },
    { reference: "dash", levels: [{ level: 0, format: LevelFormat.BULLET, text: "-", alignment: AlignmentType.LEFT }] },
  ],
};

export const numbered = (level: number) => ({ reference: "plan", level });
export const dash = { reference: "dash", level: 0 };

export async function docxBytes(children: Array<Paragraph | Table>): Promise<Uint8Array> {
  const doc = new Document({ numbering: NUMBERING, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
