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
  return { dossiers, problems };
}
