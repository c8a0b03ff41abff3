import { COUNT_COLUMNS } from "./dossiers";
import { DossierRecord } from "../summary/dossiers";
import { Problem, problem } from "../validate/problems";

/**
 * A workbook's sheet that adds up its other sheets' dossiers ("Tổng toàn xã" over the service points'
 * sheets "Điểm 1", "Điểm 2", "Điểm 3"): each of its records, field by field and period by period,
 * is the sum of two sheets' or more. Read as well, it would count every dossier twice; it is left
 * out and named.
 */
export function withoutTotalSheets(records: readonly DossierRecord[]): { records: DossierRecord[]; problems: Problem[] } {
  const sheets = [...new Set(records.map((r) => `${r.source.file}\u0000${r.source.sheet}`))];
  if (sheets.length < 3) return { records: [...records], problems: [] };
  const key = (r: DossierRecord) => `${r.source.file}\u0000${r.field}\u0000${r.from ?? ""}\u0000${r.to ?? ""}`;
  const sheetOf = (r: DossierRecord) => `${r.source.file}\u0000${r.source.sheet}`;
  const dropped = new Set<string>();
  const problems: Problem[] = [];
  for (const sheet of sheets) {
    const own = records.filter((r) => sheetOf(r) === sheet);
    const others = records.filter((r) => sheetOf(r) !== sheet && !dropped.has(sheetOf(r)) && r.source.file === own[0].source.file);
    const periods = new Set(own.map((r) => `${r.from ?? ""}\u0000${r.to ?? ""}`));
    const parts = others.filter((r) => periods.has(`${r.from ?? ""}\u0000${r.to ?? ""}`));
    const partSheets = new Set(parts.map(sheetOf));
    if (partSheets.size < 2) continue;
    // Every field the parts give is in the total, and every total is the parts' sum.
    const ownKeys = new Set(own.map(key));
    if (!parts.every((p) => ownKeys.has(key(p)))) continue;
    const sums = own.every((t) => {
      const same = parts.filter((p) => key(p) === key(t));
      return same.length > 0 && COUNT_COLUMNS.every((c) => same.reduce((n, p) => n + p[c], 0) === t[c]);
    });
    if (!sums) continue;
    dropped.add(sheet);
    const names = [...partSheets].map((s) => `"${s.split("\u0000")[1]}"`).join(", ");
    problems.push(
      problem("DOSSIER_COUNT_DERIVED", { file: own[0].source.file, sheet: own[0].source.sheet }, String(own.length), {
        vi: `sheet cộng số hồ sơ của các sheet ${names} (từng lĩnh vực, từng kỳ): không đọc lại, để không tính hai lần.`,
        en: `the sheet adds up the dossiers of sheets ${names} (field by field, period by period): not read again, so nothing is counted twice.`,
      }),
    );
  }
  return { records: records.filter((r) => !dropped.has(sheetOf(r))), problems };
}
