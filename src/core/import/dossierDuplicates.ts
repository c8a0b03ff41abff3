import { IsoDate, formatViDate } from "../dates/isoDate";
import { COUNT_KEYS, DossierRecord } from "../summary/dossiers";
import { Problem, problem } from "../validate/problems";

/**
 * The same field's counts for the same period from two sheets ("Quý II" and its copy "Quý II (2)", a
 * hidden sheet left beside the one shown): the same figures are read once, the copy named; different
 * figures are both kept (which is right cannot be told) and named, so nothing is added twice unseen.
 */
export function dedupeDossiers(records: readonly DossierRecord[]): { dossiers: DossierRecord[]; problems: Problem[] } {
  const first = new Map<string, DossierRecord>();
  const dossiers: DossierRecord[] = [];
  const problems: Problem[] = [];
  for (const r of records) {
    const key = r.from === null ? null : `${r.field}\u0000${r.from}\u0000${r.to}`;
    const seen = key === null ? undefined : first.get(key);
    if (key !== null && seen === undefined) first.set(key, r);
    if (seen === undefined || (seen.source.file === r.source.file && seen.source.sheet === r.source.sheet)) {
      dossiers.push(r);
      continue;
    }
    const same = COUNT_KEYS.every((k) => seen[k] === r[k]);
    const period = `${formatViDate(r.from as IsoDate)} – ${formatViDate(r.to as IsoDate)}`;
    const where = `${seen.source.file} › ${seen.source.sheet} › dòng ${seen.source.row}`;
    if (!same) dossiers.push(r);
    problems.push(
      problem("DUPLICATE_READING", { file: r.source.file, sheet: r.source.sheet, row: r.source.row }, r.field, {
        vi: same
          ? `số hồ sơ lĩnh vực "${r.field}" kỳ ${period} trùng hẳn với ${where}: chỉ tính một lần.`
          : `số hồ sơ lĩnh vực "${r.field}" kỳ ${period} khác với ${where} cùng lĩnh vực, cùng kỳ: cả hai được cộng; hãy xóa bản cũ.`,
        en: same
          ? `the dossier counts of "${r.field}" for ${period} are the same as ${where}: counted once.`
          : `the dossier counts of "${r.field}" for ${period} differ from ${where}, same field and period: both are added; remove the old one.`,
      }),
    );
  }
  problems.push(...copiedSheets(dossiers));
  return { dossiers, problems };
}

/**
 * "T11-2021" holding every count of "T10-2021" in the same workbook, for another period: most likely last month's sheet
 * copied and its title changed, its figures not yet. Kept (nobody can prove them stale), and said on the copy's first row.
 */
function copiedSheets(records: readonly DossierRecord[]): Problem[] {
  const bySheet = new Map<string, DossierRecord[]>();
  for (const r of records) {
    const key = `${r.source.file}\u0000${r.source.sheet}`;
    bySheet.set(key, [...(bySheet.get(key) ?? []), r]);
  }
  const countsOf = (rs: readonly DossierRecord[]) =>
    rs
      .map((r) => `${r.field}\u0000${COUNT_KEYS.map((k) => r[k]).join(",")}`)
      .sort()
      .join("\u0001");
  const sheets = [...bySheet.values()].filter((rs) => rs.length >= 2 && rs.some((r) => COUNT_KEYS.some((k) => r[k] !== 0)));
  const problems: Problem[] = [];
  sheets.forEach((rs, i) => {
    const copy = sheets
      .slice(0, i)
      .find((o) => o[0].source.file === rs[0].source.file && o[0].from !== rs[0].from && countsOf(o) === countsOf(rs));
    if (copy === undefined) return;
    const first = rs.reduce((a, b) => (b.source.row < a.source.row ? b : a));
    problems.push(
      problem("DUPLICATE_READING", { file: first.source.file, sheet: first.source.sheet, row: first.source.row }, first.source.sheet, {
        vi: `sheet "${first.source.sheet}" ghi đúng mọi số hồ sơ của sheet "${copy[0].source.sheet}" (kỳ khác): có thể là bản sao chưa sửa số liệu; vẫn đọc, hãy kiểm tra.`,
        en: `sheet "${first.source.sheet}" holds every dossier count of sheet "${copy[0].source.sheet}" (another period): likely a copy not yet updated; read all the same, check it.`,
      }),
    );
  });
  return problems;
}
