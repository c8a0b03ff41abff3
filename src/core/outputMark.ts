/**
 * The product marks each file it writes (a master, a report, a plan) with a custom document
 * property, so that it never reads one as an official's workbook, nor overwrites one it did not
 * mean to. Custom properties survive Excel's and Word's saves (app.xml's Application does not).
 * Every writer of a file (the .xlsx writer, the .docx writer) calls outputProperty.
 */
export type OutputKind = "master" | "report" | "plan";

export const OUTPUT_PROPERTY_NAME = "cchc-tracker";

const KINDS: readonly OutputKind[] = ["master", "report", "plan"];

/** What each kind is called in messages. */
export const OUTPUT_LABELS: Record<OutputKind, string> = {
  master: "sổ tổng hợp",
  report: "báo cáo",
  plan: "kế hoạch",
};

/** The custom property marking a file as this kind of output (name, text value). */
export function outputProperty(kind: OutputKind): { name: string; value: string } {
  return { name: OUTPUT_PROPERTY_NAME, value: kind };
}

/** The kind a property's value names, or null for anything else. */
export function outputKindOf(value: string): OutputKind | null {
  const v = value.trim().toLowerCase();
  return KINDS.find((k) => k === v) ?? null;
}
