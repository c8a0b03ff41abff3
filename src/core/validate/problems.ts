import { compareText } from "../order/compare";
import { Severity } from "../vocab";
import { RULES, RuleCode } from "./rules";

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

/** Problems in the order Kiểm tra lists them (file, sheet, row, column), each once: as consolidate orders them. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const key = (p: Problem) => [p.file, p.sheet, String(p.row ?? 0).padStart(7, "0"), p.column ?? "", p.code, p.message].join("\u0000");
  const unique = new Map(problems.map((p) => [key(p), p]));
  return [...unique.entries()].sort(([a], [b]) => compareText(a, b)).map(([, p]) => p);
}
