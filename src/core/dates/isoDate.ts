/**
 * Calendar dates as ISO strings ("2021-09-30"): plain data that serialises to JSON,
 * sorts as text and carries no time zone. Renderers turn them into Excel dates.
 */
export type IsoDate = string & { readonly __isoDate: unique symbol };

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Builds an IsoDate, or null when the day does not exist (31/9, 29/2/2021). */
export function isoDate(y: number, m: number, d: number): IsoDate | null {
  if (!isValidYmd(y, m, d)) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` as IsoDate;
}

/** For dates known to be valid (computed ends of months, quarters, years). */
export function mustIsoDate(y: number, m: number, d: number): IsoDate {
  const r = isoDate(y, m, d);
  if (r === null) throw new RangeError(`Ngày không tồn tại: ${d}/${m}/${y}`);
  return r;
}

export function parseIsoDate(text: string): IsoDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function ymd(date: IsoDate): { y: number; m: number; d: number } {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) };
}

export function endOfMonth(y: number, m: number): IsoDate {
  return mustIsoDate(y, m, daysInMonth(y, m));
}

export function endOfQuarter(y: number, q: 1 | 2 | 3 | 4): IsoDate {
  return endOfMonth(y, q * 3);
}

export function endOfYear(y: number): IsoDate {
  return mustIsoDate(y, 12, 31);
}

export function quarterOf(date: IsoDate): 1 | 2 | 3 | 4 {
  return (Math.floor((ymd(date).m - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** Vietnamese display: d/m/yyyy with two-digit day and month, as documents write it. */
export function formatViDate(date: IsoDate): string {
  const { y, m, d } = ymd(date);
  return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
}

/** d/m/yyyy without leading zeros, as running text writes dates ("30/9/2021"). */
export function formatViDateShort(date: IsoDate): string {
  const { y, m, d } = ymd(date);
  return `${d}/${m}/${y}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { y, m, d } = ymd(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return mustIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Excel serial (1900 system, with Excel's phantom 29/2/1900) -> IsoDate. */
export function fromExcelSerial(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (date1904) return dateFromEpoch(Date.UTC(1904, 0, 1), whole);
  if (whole < 1) return null;
  // Serial 60 is 29/2/1900, a day that never was; Excel counts it, so later serials shift by one.
  if (whole === 60) return null;
  return dateFromEpoch(Date.UTC(1899, 11, 31), whole < 60 ? whole : whole - 1);
}

function dateFromEpoch(epochMs: number, days: number): IsoDate | null {
  const t = new Date(epochMs + days * 86_400_000);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function toExcelSerial(date: IsoDate): number {
  const { y, m, d } = ymd(date);
  const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
  return days;
}
