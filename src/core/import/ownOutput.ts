import { MASTER } from "../contract";
import { OutputKind } from "../outputMark";
import { cleanText } from "../text/normalize";
import { Grid, cellText } from "./grid";

/** Where a contract table's header is looked for. */
const HEADER_ROWS = 30;

/** The report's appendix (Phụ lục, Phụ lục I) begins its table with these headings (the older ones first). */
const APPENDIX_HEADERS = [
  ["Mã", "Tiêu chí", "Chỉ tiêu", "Thực hiện", "Kết quả"],
  ["STT", "Tiêu chí, tiêu chí thành phần", "Chỉ tiêu"],
];

function hasHeader(grid: Grid | undefined, headings: readonly string[]): boolean {
  if (!grid) return false;
  return grid.rows.slice(0, HEADER_ROWS).some((row) => headings.every((h, i) => cleanText(cellText(row[i] ?? null)) === h));
}

/**
 * One of our own outputs, recognised by its sheets when it carries no mark (written before
 * outputs were marked): a master has the contract's Nhiệm vụ table and another contract table,
 * a plan export has Kế hoạch and Thời hạn, a report has Báo cáo and an appendix (Phụ lục …) with its table.
 */
export function outputKindBySheets(grids: readonly Grid[]): OutputKind | null {
  const sheet = (name: string) => grids.find((g) => g.sheet === name);
  const table = (def: { sheet: string; columns: readonly string[] }) => hasHeader(sheet(def.sheet), def.columns);
  const others = [MASTER.readings, MASTER.problems, MASTER.plan, MASTER.summary].filter(table).length;
  if (table(MASTER.tasks) && others >= 1) return "master";
  if (table(MASTER.plan) && table(MASTER.deadlines)) return "plan";
  const appendices = grids.filter((g) => /^Phụ lục\b/u.test(g.sheet));
  if (sheet("Báo cáo") && appendices.some((g) => APPENDIX_HEADERS.some((h) => hasHeader(g, h)))) return "report";
  return null;
}
