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
