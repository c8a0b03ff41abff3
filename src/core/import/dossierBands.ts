import { IsoDate } from "../dates/isoDate";
import { DossierCounts, DossierRecord } from "../summary/dossiers";
import { cleanText, looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { COUNT_COLUMNS, DossierColumn, TOTAL_ROW, dossierColumnOf, periodOf } from "./dossiers";
import { Grid, cellAt, cellText } from "./grid";
import { MergeIndex } from "./mergeIndex";
import { parseCountCell } from "./values";

/**
 * Dossier counts by place (a row per hamlet, "Thôn Đông Yên" …) with the fields as bands of columns
 * ("HỘ TỊCH" over "Tiếp nhận mới: Trực tuyến | Trực tiếp", "Đã giải quyết: Trước hạn | Đúng hạn | Quá
 * hạn", then "ĐẤT ĐAI" over the same): one record per field, from the "Cộng" row (the places added
 * up where there is none). Counts the table does not give (carried over, pending) are 0, and said.
 */
export interface DossierBands {
  headerTop: number;
  headerBottom: number;
  bands: Array<{ field: string; columns: Partial<Record<DossierColumn, number>> }>;
  labelCol: number;
  period: { from: IsoDate; to: IsoDate } | null;
}

const SCAN_ROWS = 30;

export function findDossierBands(grid: Grid): DossierBands | null {
  const index = new MergeIndex(grid.merges);
  for (let top = 1; top <= Math.min(grid.rows.length, SCAN_ROWS); top++) {
    const wide = grid.merges.filter((m) => m.top === top && m.bottom === top && m.right - m.left >= 2);
    if (wide.length < 2) continue;
    for (let bottom = top + 1; bottom <= Math.min(top + 2, grid.rows.length); bottom++) {
      const bands = wide.map((m) => {
        const columns: Partial<Record<DossierColumn, number>> = {};
        for (let c = m.left; c <= m.right; c++) {
          const parts: string[] = [];
          for (let r = top + 1; r <= bottom; r++) {
            const at = index.at(r, c);
            const t = cleanText(cellText(at ? cellAt(grid, at.top, at.left) : cellAt(grid, r, c)));
            if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
          }
          const col = dossierColumnOf(parts.join(" "));
          if (col && columns[col] === undefined) columns[col] = c;
        }
        return { field: cleanText(cellText(cellAt(grid, top, m.left))), columns };
      });
      const full = (b: { columns: Partial<Record<DossierColumn, number>> }) =>
        (["online", "inPerson", "onTime", "late"] as const).every((k) => b.columns[k] !== undefined);
      if (bands.filter(full).length < 2 || bands.some((b) => b.field === "" || dossierColumnOf(b.field) !== null)) continue;
      const labelCol = Math.min(...wide.map((m) => m.left)) - 1;
      if (labelCol < 1) continue;
      const span = periodOf(grid, top - 1);
      return { headerTop: top, headerBottom: bottom, bands: bands.filter(full), labelCol, period: span };
    }
  }
  return null;
}

/** A table's rows by their label down to its total row ("Cộng", "Tổng số"), which ends it; a blank label after rows too. */
export function rowsToTotal(grid: Grid, first: number, labelCol: number): { rows: number[]; total: number | null } {
  const rows: number[] = [];
  for (let r = first; r <= grid.rows.length; r++) {
    const label = looseKey(cellText(cellAt(grid, r, labelCol)));
    if (label === "") {
      if (rows.length > 0) break;
      continue;
    }
    if (TOTAL_ROW.test(label)) return { rows, total: r };
    rows.push(r);
  }
  return { rows, total: null };
}

export function readDossierBands(grid: Grid, layout: DossierBands): { records: DossierRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const { rows, total } = rowsToTotal(grid, layout.headerBottom + 1, layout.labelCol);
  const count = (r: number, c: number | undefined) => {
    if (c === undefined) return 0;
    const n = parseCountCell(cellAt(grid, r, c));
    return n.kind === "ok" ? n.value : 0;
  };
  const from = total !== null ? [total] : rows;
  const records = layout.bands.map((b): DossierRecord => {
    const counts = Object.fromEntries(
      COUNT_COLUMNS.map((k) => [k, from.reduce((s, r) => s + count(r, b.columns[k]), 0)]),
    ) as unknown as DossierCounts;
    return {
      field: b.field,
      from: layout.period?.from ?? null,
      to: layout.period?.to ?? null,
      ...counts,
      source: { file: grid.file, sheet: grid.sheet, row: total ?? rows[0] ?? layout.headerBottom + 1 },
    };
  });
  const missing = COUNT_COLUMNS.filter((k) => layout.bands.every((b) => b.columns[k] === undefined));
  const fields = layout.bands.map((b) => b.field).join(", ");
  problems.push(
    problem("DOSSIER_COUNT_DERIVED", { file: grid.file, sheet: grid.sheet, row: total ?? layout.headerTop }, fields, {
      vi: `bảng số hồ sơ theo nơi (mỗi dòng một nơi), mỗi lĩnh vực một khối cột (${fields}): mỗi lĩnh vực một dòng, lấy theo ${total !== null ? `dòng Cộng (dòng ${total})` : `tổng các dòng ${rows.join(", ")}`}${missing.length > 0 ? `; bảng không ghi ${missing.map(missingName).join(", ")}, tính là 0` : ""}.`,
      en: `dossiers by place, a band of columns per field (${fields}): one record per field, from ${total !== null ? `the total row (${total})` : "the places added up"}${missing.length > 0 ? `; the table gives no ${missing.join(", ")}, counted as 0` : ""}.`,
    }),
  );
  if (layout.period === null)
    problems.push(
      problem("READING_WITHOUT_PERIOD", { file: grid.file, sheet: grid.sheet, row: layout.headerTop }, grid.sheet, {
        vi: 'bảng thống kê hồ sơ không ghi kỳ số liệu (cần dòng "Từ ngày … đến ngày …" ở tiêu đề)',
        en: "the dossier table names no period",
      }),
    );
  return { records, problems };
}

// Every count's name in Vietnamese: a message names what a table left out, never a field's code ("early").
const NAMES: Record<keyof DossierCounts, string> = {
  carriedOver: "hồ sơ kỳ trước chuyển sang",
  online: "hồ sơ tiếp nhận trực tuyến",
  inPerson: "hồ sơ tiếp nhận trực tiếp, bưu chính",
  early: "hồ sơ giải quyết trước hạn",
  onTime: "hồ sơ giải quyết đúng hạn",
  late: "hồ sơ giải quyết quá hạn",
  pendingInTime: "hồ sơ đang giải quyết trong hạn",
  pendingOverdue: "hồ sơ đang giải quyết quá hạn",
  returned: "hồ sơ trả lại, rút",
};

function missingName(k: keyof DossierCounts): string {
  return NAMES[k];
}
