import { looseKey } from "../text/normalize";
import { IsoDate, addDays, endOfMonth, ymd } from "./isoDate";

/**
 * A deadline said from the day the sheet was updated, as a to-do list says it: "thứ Hai tuần sau",
 * "thứ Sáu tuần này", "trong tuần này", "cuối tháng này", "cuối tháng sau", "2 tuần nữa", "10 ngày
 * tới". Weeks run Monday to Sunday, as Vietnamese calendars print them. Null for anything else
 * ("đầu tháng sau" names no day).
 */
const WEEKDAY: Record<string, number> = { hai: 0, ba: 1, tu: 2, nam: 3, sau: 4, bay: 5 };

/** Days from Monday: 0 for Monday … 6 for Sunday. */
function fromMonday(day: IsoDate): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

export function relativeDay(text: string, from: IsoDate): IsoDate | null {
  const k = looseKey(text);
  const monday = addDays(from, -fromMonday(from));
  const weekday = /^(?:truoc |han )?(?:thu (hai|ba|tu|nam|sau|bay)|(chu nhat|cn)) (tuan nay|tuan sau|tuan toi)$/.exec(k);
  if (weekday) {
    const offset = weekday[2] ? 6 : WEEKDAY[weekday[1]];
    return addDays(monday, offset + (weekday[3] === "tuan nay" ? 0 : 7));
  }
  if (/^(?:trong|cuoi) tuan (?:nay|nay xong)$/.test(k)) return addDays(monday, 6);
  if (/^(?:trong|cuoi) tuan (?:sau|toi)$/.test(k)) return addDays(monday, 13);
  const { y, m } = ymd(from);
  if (/^(?:cuoi|trong) thang nay$/.test(k)) return endOfMonth(y, m);
  if (/^(?:cuoi|trong) thang (?:sau|toi)$/.test(k)) return m === 12 ? endOfMonth(y + 1, 1) : endOfMonth(y, m + 1);
  const span = /^(?:trong )?(\d{1,2}) (ngay|tuan) (?:nua|toi)$/.exec(k);
  if (span) return addDays(from, Number(span[1]) * (span[2] === "tuan" ? 7 : 1));
  return null;
}
