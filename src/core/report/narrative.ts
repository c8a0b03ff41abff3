import { looseKey } from "../text/normalize";
import { NARRATIVE_SECTIONS, NarrativeSection } from "../vocab";
import { PeriodKind, periodKey, periodLabel, periodOfText } from "./period";

/** A row of Nội dung báo cáo: what the official wrote for a section of a period's report. */
export interface NarrativeRow {
  /** Kỳ báo cáo as written: "6 tháng đầu năm 2021", "2021-H1". */
  period: string;
  /** Mục as written (one of NARRATIVE_SECTIONS, when recognised). */
  section: string;
  text: string;
}

/** A section's name however it was typed ("V. Đề xuất kiến nghị", "de xuat, kien nghi"). */
export function narrativeSection(text: string): NarrativeSection | null {
  const k = looseKey(text).replace(/^(?:i|ii|iii|iv|v)\s+/, "");
  for (const s of NARRATIVE_SECTIONS) if (looseKey(s).replace(/^(?:i|ii|iii|iv|v)\s+/, "") === k) return s;
  if (/^nguyen nhan/.test(k)) return "III. Nguyên nhân";
  if (/^(?:ton tai|han che)/.test(k)) return "III. Tồn tại và hạn chế";
  if (/^(?:cong tac )?chi dao/.test(k)) return "I. Công tác chỉ đạo và điều hành";
  if (/^(?:de xuat|kien nghi)/.test(k)) return "V. Đề xuất và kiến nghị";
  if (/^(?:phuong huong|nhiem vu)/.test(k)) return "IV. Phương hướng và nhiệm vụ kỳ tới";
  if (/^ket qua/.test(k)) return "II. Kết quả thực hiện";
  return null;
}

export type Narrative = Record<NarrativeSection, string[]>;

export function emptyNarrative(): Narrative {
  return Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s, []])) as unknown as Narrative;
}

/**
 * The paragraphs written for one period, by section, in the sheet's order; a cell's line breaks
 * start new paragraphs.
 */
export function narrativeFor(rows: readonly NarrativeRow[], period: { year: number; kind: PeriodKind }): Narrative {
  const out = emptyNarrative();
  const key = periodKey(period);
  for (const r of rows) {
    const p = periodOfText(r.period);
    const section = narrativeSection(r.section);
    if (!p || !section || periodKey(p) !== key) continue;
    out[section].push(
      ...r.text
        .split(/\r?\n/)
        .map((t) => t.trim())
        .filter((t) => t !== ""),
    );
  }
  return out;
}

/** "6 tháng đầu năm 2021" with a capital: how Kỳ báo cáo is written in the sheet. */
export function periodCell(p: { year: number; kind: PeriodKind }): string {
  const label = periodLabel(p);
  return label.charAt(0).toLocaleUpperCase("vi") + label.slice(1);
}

/** What was written for each section of a period, a paragraph a line: what the pane shows to edit. */
export function narrativeTexts(
  rows: readonly NarrativeRow[],
  period: { year: number; kind: PeriodKind },
): Record<NarrativeSection, string> {
  const n = narrativeFor(rows, period);
  return Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s, n[s].join("\n")])) as Record<NarrativeSection, string>;
}

/**
 * Nội dung báo cáo's rows with a period's sections as typed (in the pane): the rows of that period
 * and of those sections give way to one row each, in the report's order, whose lines are the
 * paragraphs (a section typed empty keeps an empty row, ready to be filled in the sheet). Every
 * other row (other periods, sections not given, rows whose period or section is not understood)
 * stays as it was, in its place; the period's rows go where its first row was, else at the end.
 */
export function withNarrative(
  rows: readonly NarrativeRow[],
  period: { year: number; kind: PeriodKind },
  texts: Partial<Record<NarrativeSection, string>>,
): NarrativeRow[] {
  const key = periodKey(period);
  const ofPeriod = (r: NarrativeRow) => {
    const p = periodOfText(r.period);
    return p !== null && periodKey(p) === key;
  };
  const replaced = (r: NarrativeRow) => {
    const s = narrativeSection(r.section);
    return ofPeriod(r) && s !== null && texts[s] !== undefined;
  };
  const fresh: NarrativeRow[] = NARRATIVE_SECTIONS.flatMap((s) => {
    const given = texts[s];
    if (given === undefined) return [];
    const text = given
      .split(/\r?\n/)
      .map((t) => t.trim())
      .filter((t) => t !== "")
      .join("\n");
    return [{ period: periodCell(period), section: s, text }];
  });
  const at = rows.findIndex(ofPeriod);
  const kept = rows.filter((r) => !replaced(r));
  // Where the period's first row was, counted among the rows kept.
  const place = at < 0 ? kept.length : rows.slice(0, at).filter((r) => !replaced(r)).length;
  return [...kept.slice(0, place), ...fresh, ...kept.slice(place)];
}
