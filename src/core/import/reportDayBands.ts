import { endOfMonth, formatViDate, isoDate } from "../dates/isoDate";
import { cleanText, looseKey } from "../text/normalize";
import { Grid, GridCell } from "./grid";

/**
 * Bands of figures headed by the day each report was sent ("Báo cáo ngày 05/10/2021 | Báo cáo ngày
 * 05/11/2021", each over Tử số | Mẫu số | Tỷ lệ), not by the day the figures stand at. Where the
 * sheet's note says each report gives the month before ("số liệu … tính đến hết ngày cuối cùng của
 * tháng trước"), each band is read at that month's last day; otherwise at the report's own day. The
 * headings are rewritten "Đến 30/9/2021", which the table readers date a band by, and the caller says so.
 */
export interface ReportDayBands {
  grid: Grid;
  /** "Báo cáo ngày 05/10/2021 → 30/9/2021", for Kiểm tra. */
  read: string[];
  /** Whether the sheet's note moved each band to the month before. */
  monthBefore: boolean;
}

const HEADER_ROWS = 20;
// "Báo cáo ngày 05/10/2021", "BC ngày 5/10/2021", "Kỳ báo cáo ngày 06/12/2021", "Ngày báo cáo 05/11/2021".
const REPORT_DAY = /^(?:bao cao|bc|ky bao cao|ngay bao cao|ngay gui bao cao|gui ngay)\s+(?:ngay\s+)?(\d{1,2}) (\d{1,2}) (\d{4})$/;
// "… tính đến hết ngày cuối cùng của tháng trước", "số liệu của tháng trước", "số liệu hết tháng liền trước".
const MONTH_BEFORE = /\b(?:cuoi (?:cung )?(?:cua )?thang truoc|het thang truoc|thang lien truoc|so lieu (?:cua )?thang truoc)\b/;

function noteSaysMonthBefore(grid: Grid): boolean {
  for (const row of grid.rows)
    for (const v of row)
      if (typeof v === "string" && v.length < 400 && v.includes("tháng trước") && MONTH_BEFORE.test(looseKey(v))) return true;
  return false;
}

export function withReportDayBands(grid: Grid): ReportDayBands | null {
  for (let r = 1; r <= Math.min(grid.rows.length, HEADER_ROWS); r++) {
    const row = grid.rows[r - 1] ?? [];
    const bands = row.flatMap((v, i) => {
      const m = typeof v === "string" && v.length <= 40 && /\d{4}\s*$/.test(v) ? REPORT_DAY.exec(looseKey(v)) : null;
      const day = m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
      return m && day ? [{ col: i + 1, text: cleanText(v as string), day, y: Number(m[3]), m: Number(m[2]) }] : [];
    });
    if (bands.length < 2) continue;
    const monthBefore = noteSaysMonthBefore(grid);
    const rows = grid.rows.map((x) => x);
    const heading: GridCell[] = [...row];
    const read: string[] = [];
    for (const b of bands) {
      const at = monthBefore ? (b.m === 1 ? endOfMonth(b.y - 1, 12) : endOfMonth(b.y, b.m - 1)) : b.day;
      heading[b.col - 1] = `Đến ${formatViDate(at)}`;
      read.push(`${b.text} → ${formatViDate(at)}`);
    }
    rows[r - 1] = heading;
    return { grid: { ...grid, rows }, read, monthBefore };
  }
  return null;
}
