import { IsoDate, formatViDate } from "../dates/isoDate";
import { findDate } from "../dates/deadline";
import { Grid, rowsToEdit } from "./grid";

/**
 * A survey's rounds as column bands ("Đợt 1 | Đợt 2", each over "Số phiếu hài lòng | Số phiếu trả
 * lời | Tỷ lệ"), their days in lines above the table ("- Đợt 2: từ ngày 15/11/2021 đến ngày
 * 26/11/2021"): each band is headed by the day its round ended, so it is read as that day's figures.
 * Before, the second round went to Ghi chú, or took the first line's dates.
 */
export interface SurveyRounds {
  grid: Grid;
  /** Each round relabelled, as said: "Đợt 2 = 15/11/2021 – 26/11/2021". */
  rounds: string[];
}

const SCAN_ROWS = 30;
const ROUND = /^\s*(?:đợt|dot|lần|lan)\s*(\d{1,2}|[ivx]{1,4})\s*$/iu;
// ("Đợt 1 thực hiện từ ngày 14/6/2021 đến ngày 25/6/2021; Đợt 2 từ ngày …": every round of a line, a few words between.)
const SCHEDULE =
  /(?:đợt|dot|lần|lan)\s*(\d{1,2}|[ivx]{1,4})\s*[:.)-]?\s*(?:(?:thực hiện|tiến hành|khảo sát)\s+)?(?:từ\s*(?:ngày)?\s*)?([\d/.-]{6,10})\s*(?:đến|-|–)\s*(?:ngày)?\s*([\d/.-]{6,10})/giu;

const key = (n: string) => n.toLowerCase();

export function withRoundDates(grid: Grid): SurveyRounds | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  const spans = new Map<string, { from: IsoDate; to: IsoDate; line: string; at: [number, number] }>();
  for (let r = 1; r <= last; r++)
    (grid.rows[r - 1] ?? []).forEach((v, i) => {
      for (const m of typeof v === "string" ? v.matchAll(SCHEDULE) : []) {
        const from = findDate(m[2]);
        const to = findDate(m[3]);
        if (from && to && from <= to && !spans.has(key(m[1]))) spans.set(key(m[1]), { from, to, line: m[0].trim(), at: [r, i + 1] });
      }
    });
  if (spans.size < 2) return null;
  const { rows, put } = rowsToEdit(grid);
  const rounds: string[] = [];
  // The schedule's lines are said in Kiểm tra, whole; left in the title they would date every round as the first.
  for (const s of spans.values()) put(s.at[0], s.at[1], null);
  for (let r = 1; r <= last; r++)
    (grid.rows[r - 1] ?? []).forEach((v, i) => {
      const m = typeof v === "string" ? ROUND.exec(v) : null;
      const span = m ? spans.get(key(m[1])) : undefined;
      if (!m || !span) return;
      put(r, i + 1, `Đến ${formatViDate(span.to)}`);
      rounds.push(span.line.replace(/^[-–•\s]+/u, "").replace(/[.;]$/, ""));
    });
  return rounds.length >= 2 ? { grid: { ...grid, rows }, rounds } : null;
}
