import { IsoDate, mustIsoDate } from "../core/dates/isoDate";

/** Today on the user's own calendar (not UTC: a commune works in its own day). */
export function localToday(now = new Date()): IsoDate {
  return mustIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
