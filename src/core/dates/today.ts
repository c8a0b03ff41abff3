import { IsoDate, mustIsoDate } from "./isoDate";

/**
 * Today on the user's own calendar: the machine's local day, not UTC. A commune works in its
 * own day; before 07:00 in Việt Nam the UTC date is still yesterday's. The pane and the command
 * line both take their default as-of date from here.
 */
export function localToday(now: Date = new Date()): IsoDate {
  return mustIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
