import { IsoDate, addDays } from "./isoDate";

/**
 * Tết Nguyên đán (the lunar new year's first day) by Gregorian year, as the State calendar
 * publishes it: a deadline "Trước Tết" is the day before. Years outside the table are not read.
 */
const TET_DAYS: Readonly<Record<number, string>> = {
  2019: "2019-02-05",
  2020: "2020-01-25",
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
  2029: "2029-02-13",
  2030: "2030-02-03",
  2031: "2031-01-23",
  2032: "2032-02-11",
  2033: "2033-01-31",
  2034: "2034-02-19",
  2035: "2035-02-08",
};
const tetOf = (year: number): IsoDate | undefined => TET_DAYS[year] as IsoDate | undefined;

// "Trước Tết", "trước Tết Nguyên đán", "Trước Tết Nhâm Dần", "trước Tết 2022" (loose keys).
const BEFORE_TET =
  /^(?:truoc|den truoc|cham nhat truoc|hoan thanh truoc|xong truoc)\s+tet(?:\s+nguyen dan|\s+am lich|\s+co truyen)?(?:\s+[a-z]+\s+[a-z]+)??(?:\s+(?:nam\s+)?(\d{4}))?$/;

export interface TetDeadline {
  due: IsoDate;
  tet: IsoDate;
  /** Whether the year was chosen (the first Tết after the reference day), not written. */
  assumed: boolean;
}

/** "Trước Tết (Nguyên đán) [2022]": the day before that Tết; without a year, the first Tết after `reference`. */
export function tetDeadline(key: string, reference: IsoDate | null): TetDeadline | null {
  const m = BEFORE_TET.exec(key);
  if (!m) return null;
  if (m[1] !== undefined) {
    const tet = tetOf(Number(m[1]));
    return tet ? { due: addDays(tet, -1), tet, assumed: false } : null;
  }
  if (reference === null) return null;
  const tet = Object.keys(TET_DAYS)
    .map((y) => tetOf(Number(y)))
    .find((t): t is IsoDate => t !== undefined && t > reference);
  return tet ? { due: addDays(tet, -1), tet, assumed: true } : null;
}
