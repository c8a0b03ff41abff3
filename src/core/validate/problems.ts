import { compareText } from "../order/compare";
import { Severity } from "../vocab";
import { ADVISORY_RULES, RULES, RuleCode } from "./rules";

export { RULES } from "./rules";
export type { RuleCode } from "./rules";

/** Values a problem's text is made from; kept so the pane can say it in the user's language. */
export type ProblemParams = Readonly<Record<string, string | number | null>>;

export interface Problem {
  severity: Severity;
  code: RuleCode;
  file: string;
  sheet: string;
  /** Source row, 1-based; null for a whole file or sheet. */
  row: number | null;
  /** Source column letter; null when not about one cell. */
  column: string | null;
  value: string;
  /** The Vietnamese text written to Kiểm tra: "<title>: <detail>". */
  message: string;
  /** The detail in English (the pane's English), where the rule gives one. */
  detailEn?: string;
}

/** Where a problem is: a file, a sheet, and where known a row and a column letter. */
export interface ProblemPlace {
  file: string;
  sheet: string;
  row?: number | null;
  column?: string | null;
}

/** A detail in both languages. */
export interface Said {
  vi: string;
  en: string;
}

/**
 * A problem at a place. `detail` says what is wrong there: in Vietnamese only (the English pane
 * then shows the English title and the Vietnamese detail), or in both languages.
 */
export function problem(code: RuleCode, at: ProblemPlace, value: string, detail: string | Said): Problem {
  const vi = typeof detail === "string" ? detail : detail.vi;
  return {
    severity: RULES[code].severity,
    code,
    file: at.file,
    sheet: at.sheet,
    row: at.row ?? null,
    column: at.column ?? null,
    value,
    message: `${RULES[code].title}: ${vi}`,
    ...(typeof detail === "string" ? {} : { detailEn: detail.en }),
  };
}

/** A problem's text in the user's language: "<title>: <detail>". */
export function problemText(p: Problem, lang: "vi" | "en"): string {
  if (lang === "vi") return p.message;
  const vi = p.message.slice(RULES[p.code].title.length + 2);
  return `${RULES[p.code].en}: ${p.detailEn ?? vi}`;
}

/** A rule's title in the user's language. */
export function ruleTitle(code: RuleCode, lang: "vi" | "en"): string {
  return lang === "vi" ? RULES[code].title : RULES[code].en;
}

/**
 * "file › sheet › row N", the Nguồn of every row and problem (the contract fixes this form, other
 * tools parse it); empty for a row typed into the master.
 */
export function sourceLabel(file: string, sheet: string, row: number | null): string {
  if (file === "") return "";
  // Every task row's Nguồn: concatenated, not joined from an array.
  const inSheet = sheet === "" ? file : `${file} › ${sheet}`;
  return row === null ? inSheet : `${inSheet} › row ${row}`;
}

/** The same place in running text: "file › sheet › dòng N" (Vietnamese) or "… › row N". */
export function placeLabel(file: string, sheet: string, row: number | null, lang: "vi" | "en" = "vi"): string {
  const r = row === null ? null : lang === "vi" ? `dòng ${row}` : `row ${row}`;
  return [file, sheet, r].filter((x) => x !== null && x !== "").join(" › ");
}

/** Where a problem stands in Kiểm tra: errors, then warnings to act on, then advisory ones (ADVISORY_RULES). */
export function problemRank(p: Problem): number {
  if (p.severity === "Lỗi") return 0;
  return ADVISORY_RULES.has(p.code) ? 2 : 1;
}

/**
 * Problems in the order Kiểm tra lists them (rank, then file, sheet, row, column), each listed once
 * (the last of equals). The pane's list relies on this order to find a problem's row in Kiểm tra.
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  // Compared field by field rather than by a joined key: no key string per problem (at 400
  // workbooks there are hundreds of thousands). A stable sort keeps equals in their order.
  const sorted = [...problems].sort(compareProblems);
  const out: Problem[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (i + 1 < sorted.length && compareProblems(sorted[i], sorted[i + 1]) === 0) continue;
    out.push(sorted[i]);
  }
  return out;
}

function compareProblems(a: Problem, b: Problem): number {
  return (
    problemRank(a) - problemRank(b) ||
    compareText(a.file, b.file) ||
    compareText(a.sheet, b.sheet) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    compareText(a.column ?? "", b.column ?? "") ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  );
}
