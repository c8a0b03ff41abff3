import { IsoDate, endOfMonth, isoDate, ymd } from "../dates/isoDate";
import { byKey } from "../order/compare";
import { DossierRecord, addUp } from "../summary/dossiers";
import { Problem, problem } from "../validate/problems";

/**
 * A desk's daily log (a row per day, or per day and field): each field's days added up into its
 * month, as the one-stop system reports them and as the desk's own tally of one field is read. Each
 * month's record names its first row; the rows added are said.
 */
export function daysIntoMonths(
  records: readonly DossierRecord[],
  place: { file: string; sheet: string },
): { records: DossierRecord[]; problems: Problem[] } {
  const months = new Map<string, { record: DossierRecord; days: DossierRecord[]; rows: number[] }>();
  const out: DossierRecord[] = [];
  for (const r of records) {
    const month = monthOf(r);
    if (month === null) {
      out.push(r);
      continue;
    }
    const key = `${r.field}\u0000${month.from}`;
    const got = months.get(key);
    if (!got) {
      const record: DossierRecord = { ...r, from: month.from, to: month.to };
      months.set(key, { record, days: [r], rows: [r.source.row] });
      out.push(record);
      continue;
    }
    got.days.push(r);
    got.rows.push(r.source.row);
  }
  // Flows added up, the stock carried in the first day's and the stock pending the last day's, as a window's are.
  for (const m of months.values()) {
    const days = [...m.days].sort(byKey((d) => d.from, ""));
    Object.assign(m.record, addUp(days));
    const unread = new Set(days.flatMap((d) => d.unread ?? []));
    if (unread.size > 0) m.record.unread = [...unread];
  }
  const said = [...months.values()].map((m) => `${m.record.field} ${monthName(m.record.from as IsoDate)} (dòng ${rowsSaid(m.rows)})`);
  const problems =
    said.length === 0
      ? []
      : [
          problem(
            "DOSSIER_COUNT_DERIVED",
            { ...place, row: Math.min(...[...months.values()].map((m) => m.rows[0])) },
            String(said.length),
            {
              vi: `sổ ghi hồ sơ theo từng ngày: số của mỗi lĩnh vực được cộng theo tháng: ${said.join("; ")}.`,
              en: `the log gives dossiers day by day: each field's counts were added up by month: ${said.join("; ")}.`,
            },
          ),
        ];
  return { records: out, problems };
}

/** The month a record of one day (or of a span within one month) falls in; null for longer spans or none. */
function monthOf(r: DossierRecord): { from: IsoDate; to: IsoDate } | null {
  if (r.from === null || r.to === null) return null;
  const a = ymd(r.from);
  const b = ymd(r.to);
  if (a.y !== b.y || a.m !== b.m) return null;
  const from = isoDate(a.y, a.m, 1);
  return from === null ? null : { from, to: endOfMonth(a.y, a.m) };
}

function monthName(d: IsoDate): string {
  const { y, m } = ymd(d);
  return `tháng ${m}/${y}`;
}

/** "8–12, 14, 17–18": rows in runs. */
function rowsSaid(rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return runs.join(", ");
}
