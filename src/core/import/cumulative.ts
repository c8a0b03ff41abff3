import { looseKey } from "../text/normalize";

// "Số liệu lũy kế từ 01/01/2021 đến hết mỗi tháng", "SỐ LIỆU LŨY KẾ CÁC CHỈ SỐ": figures that run on from the year's start.
const CUMULATIVE_TITLE = /\b(?:so lieu luy ke|luy ke tu|luy ke den|luy ke cac chi so|luy ke nam)\b/;
const CUMULATIVE_PERIOD = /\bluy ke\b/;

/** A table's title says each of its figures counts from the start of the year, not the period alone. */
export function isCumulativeTitle(title: string): boolean {
  return CUMULATIVE_TITLE.test(looseKey(title));
}

/** A reading's period says it is a running total ("Tháng 10/2021 (lũy kế)", "Lũy kế đến 31/10"). */
export function isCumulativePeriod(period: string): boolean {
  return CUMULATIVE_PERIOD.test(looseKey(period));
}

/** The period a running total is written under in the master: its own name with "(lũy kế)" once. */
export function cumulativePeriod(period: string): string {
  if (isCumulativePeriod(period)) return period;
  return period === "" ? "Lũy kế" : `${period} (lũy kế)`;
}
