import { MASTER } from "../contract";
import { IsoDate } from "../dates/isoDate";
import { NarrativeRow, narrativeSection, periodCell } from "../report/narrative";
import { currentPeriod, periodKey, periodOfText, reportPeriods } from "../report/period";
import { NARRATIVE_SECTIONS } from "../vocab";
import { contractColumns, contractRow, namesOf } from "./contractTable";
import { ColumnSpec, TableSheetSpec } from "./spec";

const narrativeRow = contractRow(MASTER.narrative);

export function narrativeColumns(plan: { identity: { firstYear: number; lastYear: number | null } }, asOf: IsoDate): ColumnSpec[] {
  const periods = reportPeriods(plan, asOf).map(periodCell);
  return contractColumns(MASTER.narrative, {
    // Not strict: a province may ask for another period ("Quý IV năm 2021", "2021-Q4").
    "Kỳ báo cáo": { type: "text", width: 24, validation: { kind: "list", values: periods } },
    Mục: { type: "text", width: 34, validation: { kind: "list", values: NARRATIVE_SECTIONS } },
    "Nội dung": { type: "text", width: 100, wrap: true },
  });
}

/**
 * Nội dung báo cáo: what the official writes for the report's own words (I. chỉ đạo, điều hành;
 * the causes of III; V. đề xuất, kiến nghị; additions to II and IV), one row per paragraph or
 * section. Their rows are kept across re-imports; the period being prepared gets an empty row for
 * each section that has none yet, to be filled in.
 */
export function narrativeSheet(
  plan: { identity: { firstYear: number; lastYear: number | null } },
  rows: readonly NarrativeRow[],
  asOf: IsoDate,
): TableSheetSpec {
  const now = currentPeriod(reportPeriods(plan, asOf), asOf);
  const written = new Set(
    rows.flatMap((r) => {
      const p = periodOfText(r.period);
      const s = narrativeSection(r.section);
      return p && s ? [`${periodKey(p)}|${s}`] : [];
    }),
  );
  const blanks: NarrativeRow[] = now
    ? NARRATIVE_SECTIONS.filter((s) => !written.has(`${periodKey(now)}|${s}`)).map((s) => ({
        period: periodCell(now),
        section: s,
        text: "",
      }))
    : [];
  return {
    kind: "table",
    ...namesOf("narrative"),
    columns: narrativeColumns(plan, asOf),
    rows: [...rows, ...blanks].map((r) => narrativeRow({ "Kỳ báo cáo": r.period, Mục: r.section, "Nội dung": r.text })),
    print: { orientation: "landscape" },
  };
}
