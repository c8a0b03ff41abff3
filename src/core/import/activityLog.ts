import { findDate } from "../dates/deadline";
import { IsoDate } from "../dates/isoDate";
import { looseKey } from "../text/normalize";
import { Grid, cellAt, cellText, isGridDate } from "./grid";
import { TableLayout } from "./header";

/**
 * A log of what was done, a row per day ("Ngày | Nội dung phát | Thời lượng | Người đọc": the
 * broadcasts aired): events that happened, not work to do. Only where the table has nothing of a
 * task but its words (no deadline, state, share or lead column) and a day column all in the past.
 */
export function activityLog(grid: Grid, layout: TableLayout, firstRow: number, lastRow: number, asOf: IsoDate | null): boolean {
  if (layout.kind !== "tasks" || asOf === null) return false;
  const fields = Object.keys(layout.columns).filter((f) => f !== "stt" && f !== "note" && f !== "evidence");
  const mapped = new Set(Object.values(layout.columns));
  // "Người thực hiện" beside "Hình thức | Địa điểm | Thời lượng": who spoke at each event, still a log's.
  const logged = Object.entries(layout.headings).some(
    ([c, h]) =>
      !mapped.has(Number(c)) && /^(?:hinh thuc|dia diem|thoi luong|so luong|so nguoi|thoi luong so luong|doi tuong)\b/.test(looseKey(h)),
  );
  const own = fields.filter((f) => f !== "content" && !(logged && (f === "lead" || f === "partners")));
  if (!fields.includes("content") || own.length > 0) return false;
  const dayCol = Object.entries(layout.headings).find(
    ([c, h]) => !mapped.has(Number(c)) && /^(?:ngay|ngay thang|thoi gian|ngay phat|ngay thuc hien|ngay to chuc)$/.test(looseKey(h)),
  );
  if (!dayCol) return false;
  const col = Number(dayCol[0]);
  let rows = 0;
  let past = 0;
  for (let r = firstRow; r <= lastRow; r++) {
    if (cellText(cellAt(grid, r, layout.columns.content ?? 0)).trim() === "") continue;
    rows++;
    const v = cellAt(grid, r, col);
    const day = isGridDate(v) ? v.date : typeof v === "string" ? findDate(v) : null;
    if (day !== null && day <= asOf) past++;
  }
  return rows >= 3 && past === rows;
}
