import { readFileSync, readdirSync } from "fs";
import { nodeInflate } from "../../src/cli/deflate";
import { readGrids } from "../../src/xlsx/readGrids";
import { readGridsWithExceljs } from "../helpers/exceljsGrids";
import { gridDifferences } from "../helpers/gridDiff";
import { projectPath, sharedAvailable, sharedPath } from "../helpers/shared";

// The product reads workbooks with its own reader (src/xlsx/readPackage.ts on its XML scanner, itself checked against saxes in tests/xlsx/xmlScan.test.ts) instead of
// exceljs. Both read every example and every file of the external corpus here, cell by cell; each
// difference must be one of those listed below, with why ours is right, and each listed one must
// still occur (a stale justification fails too).

interface Justified {
  why: string;
  files: RegExp;
  line: (l: string) => boolean;
}

/** The two format codes of a line "Sheet@3:2: format "a" / "b"" ("" where a reader has none). */
const formats = (l: string): [string, string] => {
  const m = /: format (.*) \/ (.*)$/.exec(l);
  const code = (s: string) => (s === "undefined" ? "" : (JSON.parse(s) as string));
  return m ? [code(m[1]), code(m[2])] : ["", ""];
};
const unescapeFormat = (s: string) => s.replace(/\\(.)/g, "$1");

const JUSTIFIED: Justified[] = [
  {
    why: "a formula's cached result of 0, false or a text: exceljs drops it, Excel shows it (and Office.js reads it)",
    files:
      /^(exceljs__test-issue-880|poi__NewStyleConditionalFormattings|sheetjs__ErrorTypes|sheetjs__formula_stress_test|vietnamdata__PAPI_2011-2016|vietnamdata__PCI_2012|sheetjs__xlsx-stream-d-date-cell)\.xlsx$/,
    line: (l) => /!R\d+C\d+: ∅ \/ /.test(l) || /@\d+:\d+: format undefined \/ /.test(l),
  },
  {
    why: "a format code as the file writes it: exceljs drops its backslash escapes and names built-in 22 'm/d/yy \"h\":mm'",
    files: /./,
    line: (l) => {
      if (!/@\d+:\d+: format /.test(l)) return false;
      const [a, b] = formats(l);
      return a === unescapeFormat(b) || (a === 'm/d/yy "h":mm' && b === "m/d/yy h:mm");
    },
  },
  {
    why: 'a custom format written "GENERAL" is the General format',
    files: /./,
    line: (l) => /@\d+:\d+: format "GENERAL" \/ undefined$/.test(l),
  },
  {
    why: 'OOXML\'s escapes for characters XML cannot hold ("_x0007_") are decoded, as Excel shows them',
    files: /./,
    line: (l) => {
      const m = /!R\d+C\d+: (".*") \/ (".*")$/.exec(l);
      return (
        m !== null &&
        (JSON.parse(m[1]) as string).replace(/_x([0-9A-Fa-f]{4})_/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))) ===
          JSON.parse(m[2])
      );
    },
  },
  {
    why: "words struck through inside a cell are a correction typed over: the value is what was left, the struck words kept apart (Grid.struck)",
    files: /^sheetjs__rich_text_stress\.xlsx$/,
    line: (l) => l === 'Sheet1!R6C2: "this text is stricken sure enough" / "this text is sure enough"',
  },
  {
    why: "a number stored with more digits than Excel keeps (2.3000000000000003) is read as Excel shows it, to 15 significant digits",
    files: /./,
    line: (l) => {
      const m = /!R\d+C\d+: (-?[\d.]+(?:e[-+]?\d+)?) \/ (-?[\d.]+(?:e[-+]?\d+)?)$/.exec(l);
      return m !== null && Number(Number(m[1]).toPrecision(15)) === Number(m[2]);
    },
  },
  {
    why: "an empty text is a blank cell, as Excel shows it",
    files: /./,
    line: (l) => /!R\d+C\d+: "" \/ ∅$/.test(l),
  },
  {
    why: 'a time-only format ("HHM", "MM:SS") shows a time of day, not a day: the number is kept',
    files: /^sheetjs__LONumbers\.xlsx$/,
    line: (l) =>
      /!R\d+C\d+: \{"date":"1900-01-0[01]"\} \/ -?[\d.]+$/.test(l) || /!R\d+C\d+: \{"date":"19\d\d-\d\d-\d\d"\} \/ -?[\d.]+$/.test(l),
  },
  {
    why: "a negative number under a date format is no date: kept as the number (exceljs drops it)",
    files: /^sheetjs__LONumbers\.xlsx$/,
    line: (l) => /!R\d+C\d+: ∅ \/ -[\d.]+$/.test(l),
  },
  {
    why: 'LibreOffice\'s date formats "YY", "YYMM", "D" show numbers as dates: read as dates',
    files: /^sheetjs__LONumbers\.xlsx$/,
    line: (l) => /!R\d+C\d+: -?[\d.]+ \/ \{"date"/.test(l),
  },
  {
    why: "cells past the column limit are counted when they hold a value, not when they only carry a style",
    files: /^poi__58896\.xlsx$/,
    line: (l) => /: notRead \{.*"rows":0.*\} \/ \{.*"rows":0.*\}$/.test(l),
  },
  {
    why: "read by ours, refused by exceljs: inline strings, a namespaced package, a Numbers export, a large sheet",
    files: /^(openpyxl__bigfoot|poi__InlineString|tealeg__macNumbersTest|tealeg__namespaced)\.xlsx$/,
    line: (l) => /^exceljs (unreadable|no-worksheets)( \(.*\))? \/ ours read$/.test(l),
  },
  {
    why: "the XML bomb is refused for its DOCTYPE before any entity is looked at",
    files: /^poi__poc-xmlbomb\.xlsx$/,
    line: (l) => l === "exceljs unsafe (thực thể XML không khai báo) / ours unsafe (khai báo DOCTYPE/ENTITY)",
  },
];

async function differences(path: string, name: string): Promise<string[]> {
  const bytes = readFileSync(path);
  const [a, b] = await Promise.all([
    readGridsWithExceljs(name, bytes, { inflate: nodeInflate }),
    readGrids(name, bytes, { inflate: nodeInflate }),
  ]);
  if (!a.ok || !b.ok) {
    const say = (r: typeof a) => (r.ok ? "read" : `${r.bad.reason}${r.bad.detail ? ` (${r.bad.detail})` : ""}`);
    return say(a) === say(b) ? [] : [`exceljs ${say(a)} / ours ${say(b)}`];
  }
  const out = gridDifferences(a.grids, b.grids);
  if (a.mark !== b.mark) out.push(`mark ${a.mark} / ${b.mark}`);
  return out;
}

const used = new Set<Justified>();

function check(name: string, diffs: readonly string[]): string[] {
  const unexplained: string[] = [];
  for (const l of diffs) {
    const j = JUSTIFIED.find((x) => x.files.test(name) && x.line(l));
    if (j) used.add(j);
    else unexplained.push(l);
  }
  return unexplained;
}

const examples = readdirSync(projectPath("examples")).filter((f) => f.endsWith(".xlsx"));

describe("our reader and exceljs, cell by cell", () => {
  it.each(examples)("the example %s reads the same, but for listed differences", async (name) => {
    expect(check(name, await differences(projectPath("examples", name), name))).toEqual([]);
  });

  // Excel 97-2003 files (.xls), which exceljs does not read, are compared with LibreOffice's reading in tests/xlsx/xls.test.ts.
  const corpus = sharedAvailable() ? readdirSync(sharedPath("corpus", "external")).filter((f) => /\.xls[xmb]$/.test(f)) : [];
  (corpus.length > 0 ? it.each(corpus) : it.skip.each(["(skipped: ../shared is not beside this clone)"]))(
    "the corpus file %s reads the same, but for listed differences",
    async (name) => {
      expect(check(name, await differences(sharedPath("corpus", "external", name), name))).toEqual([]);
    },
    60_000,
  );

  if (corpus.length > 0)
    afterAll(() => {
      // A justification no file needs any more is removed, not kept.
      expect(JUSTIFIED.filter((j) => !used.has(j)).map((j) => j.why)).toEqual([]);
    });
});
