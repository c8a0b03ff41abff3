import { IsoDate, ymd } from "../dates/isoDate";
import { findDate } from "../dates/deadline";
import { DossierRecord, ZERO_COUNTS } from "../summary/dossiers";
import { cleanText, looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { contextPeriod } from "./contextPeriod";
import { titleSpan } from "./dossiersAcross";
import { Grid, GridCell, cellAt, cellText, isBlank, isGridDate } from "./grid";
import { MergeIndex } from "./mergeIndex";
import { periodEnd, periodStart } from "./periods";

/**
 * The one-stop desk's register of dossiers (Sổ theo dõi hồ sơ, Mẫu số 02): one row per dossier
 * with the day it was received, the day promised and the day the result was handed back. Each row
 * is a dossier, never a task or a figure: the register is counted into the period's dossier
 * figures (Hồ sơ TTHC), by field, as the desk counts them.
 */
export interface DossierRegister {
  headerTop: number;
  /** First row under the header band (its sub-headings and "(1) (2) …" numbering). */
  firstRow: number;
  received: number;
  promised: number;
  returned: number | null;
  note: number | null;
  field: number | null;
}

const SCAN_ROWS = 20;

function columnKeys(grid: Grid, merges: MergeIndex, top: number): string[] {
  const width = Math.max(grid.rows[top - 1]?.length ?? 0, grid.rows[top]?.length ?? 0);
  return Array.from({ length: width }, (_, i) => {
    const upper = merges.label(grid, top, i + 1);
    const lower = merges.label(grid, top + 1, i + 1);
    return looseKey(lower && lower !== upper ? `${upper} ${lower}` : upper);
  });
}

export function findDossierRegister(grid: Grid): DossierRegister | null {
  const merges = new MergeIndex(grid.merges);
  for (let r = 1; r <= Math.min(grid.rows.length, SCAN_ROWS); r++) {
    const top = (grid.rows[r - 1] ?? []).map((v) => (typeof v === "string" ? looseKey(v) : ""));
    if (!top.some((k) => /^(?:ma ho so|so ho so|ten (?:tthc|thu tuc))\b/.test(k))) continue;
    const keys = columnKeys(grid, merges, r);
    const find = (re: RegExp) => keys.findIndex((k) => re.test(k)) + 1 || null;
    const received = find(/^(?:nhan ho so|ngay nhan|ngay tiep nhan|tiep nhan ho so)\b/);
    const promised = find(/^(?:hen tra|ngay hen tra)\b/);
    if (received === null || promised === null) continue;
    // "Trả kết quả" over "Ngày, tháng, năm | Ký nhận": the day, not the signature.
    const returned = keys.findIndex((k) => /^(?:tra ket qua|ngay tra)\b/.test(k) && !/\bky nhan\b/.test(k)) + 1 || null;
    let firstRow = r + 1;
    while (firstRow <= grid.rows.length && !rowHasDate(grid, firstRow, received)) {
      if (firstRow > r + 3) break;
      firstRow++;
    }
    return { headerTop: r, firstRow, received, promised, returned, note: find(/^ghi chu\b/), field: find(/^linh vuc\b/) };
  }
  return null;
}

function dayOf(v: GridCell): IsoDate | null {
  if (isGridDate(v)) return v.date;
  return typeof v === "string" ? findDate(v) : null;
}

function rowHasDate(grid: Grid, r: number, col: number): boolean {
  return dayOf(cellAt(grid, r, col)) !== null;
}

const FIELD_IN_TITLE = /lĩnh vực\s*:?\s*([^\-–(,;]{2,40})/iu;

/**
 * The register counted. Received in the period: online where the row says so ("trực tuyến",
 * "DVC"), else in person; received before it: carried over. Handed back: early, on time or late
 * against the day promised. Withdrawn ("rút hồ sơ"): returned. Not handed back: pending, overdue
 * when the day promised is before the period's end.
 */
export function readDossierRegister(
  grid: Grid,
  reg: DossierRegister,
  fallbackYear: number | null,
): { records: DossierRecord[]; problems: Problem[]; rows: number } {
  const span = titleSpan(grid, reg.headerTop);
  const period = span ? null : contextPeriod(grid, reg.headerTop, fallbackYear);
  const label = period?.label;
  const from = span?.from ?? (label && label.year !== null ? periodStart(label, label.year) : null);
  const to = span?.to ?? (label && label.year !== null ? periodEnd(label, label.year) : (period?.date ?? null));
  let titleField: string | null = null;
  for (let t = 1; t < reg.headerTop && titleField === null; t++)
    for (const v of grid.rows[t - 1] ?? []) {
      const m = FIELD_IN_TITLE.exec(cellText(v));
      if (m) titleField = cleanText(m[1]).replace(/\s*[-–]?\s*(?:tháng|quý|năm).*$/iu, "");
    }
  const byField = new Map<string, DossierRecord>();
  const problems: Problem[] = [];
  let rows = 0;
  for (let r = reg.firstRow; r <= grid.rows.length; r++) {
    const receivedCell = cellAt(grid, r, reg.received);
    const received = dayOf(receivedCell);
    if (received === null) {
      // A dossier row whose day received cannot be read is not counted, and is named.
      if (!isBlank(receivedCell))
        problems.push(
          problem("BAD_DATE", { file: grid.file, sheet: grid.sheet, row: r }, cellText(receivedCell), {
            vi: `ngày nhận hồ sơ "${cellText(receivedCell)}" không đọc được; hồ sơ này không được đếm.`,
            en: `the day received "${cellText(receivedCell)}" cannot be read; this dossier is not counted.`,
          }),
        );
      continue;
    }
    rows++;
    const field = (reg.field !== null ? cleanText(cellText(cellAt(grid, r, reg.field))) : "") || titleField || grid.sheet;
    let rec = byField.get(field);
    if (!rec) {
      rec = { field, from, to, ...ZERO_COUNTS, source: { file: grid.file, sheet: grid.sheet, row: r } };
      byField.set(field, rec);
    }
    const says = looseKey((grid.rows[r - 1] ?? []).map((v) => (typeof v === "string" ? v : "")).join(" "));
    if (from !== null && received < from) rec.carriedOver++;
    else if (/\b(?:truc tuyen|dvc|dich vu cong|online|qua mang)\b/.test(says)) rec.online++;
    else rec.inPerson++;
    const promised = dayOf(cellAt(grid, r, reg.promised));
    const back = reg.returned === null ? null : dayOf(cellAt(grid, r, reg.returned));
    if (/\brut ho so\b|\brut lai\b|\btra lai ho so\b/.test(says) && back === null) rec.returned++;
    else if (back !== null && (to === null || back <= to)) {
      if (promised === null || back === promised) rec.onTime++;
      else if (back < promised) rec.early++;
      else rec.late++;
    } else if (promised !== null && to !== null && promised < to) rec.pendingOverdue++;
    else rec.pendingInTime++;
  }
  const records = [...byField.values()];
  if (records.length > 0) {
    const end = to === null ? "ngày cuối kỳ" : `${ymd(to).d}/${ymd(to).m}/${ymd(to).y}`;
    problems.push(
      problem("DOSSIER_COUNT_DERIVED", { file: grid.file, sheet: grid.sheet, row: reg.headerTop }, String(rows), {
        vi: `sheet là sổ theo dõi hồ sơ (mỗi dòng một hồ sơ): ${rows} hồ sơ được đếm vào Hồ sơ TTHC theo lĩnh vực; trực tuyến theo lời ghi trong dòng, trả trước/đúng/quá hạn so với ngày hẹn trả, hồ sơ chưa trả quá hạn nếu ngày hẹn trước ${end}.`,
        en: `the sheet is a register of dossiers (one row each): ${rows} dossiers were counted into the dossier figures by field.`,
      }),
    );
  }
  return { records, problems, rows };
}
