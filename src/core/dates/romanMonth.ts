/**
 * Dates with the month in Roman numerals, as military and some older offices write them:
 * "30/IX/2021", "15-XI-2021", "01.XII.2021". The Roman month tells the order, so there is no
 * day/month doubt to settle.
 */
const ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"] as const;

const ROMAN_DATE = /(^|[^\p{L}\d])(\d{1,2})\s*([/.-])\s*(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s*\3\s*(\d{4})(?!\d)/giu;

/** The month a Roman numeral names (1–12), or 0. */
export function romanMonth(numeral: string): number {
  return ROMAN_MONTHS.indexOf(numeral.toUpperCase() as (typeof ROMAN_MONTHS)[number]) + 1;
}

/** The text with each "30/IX/2021" written "30/9/2021"; the text itself when it has none. */
export function withArabicMonths(text: string): string {
  if (!/[/.-]\s*[ivx]/i.test(text)) return text;
  return text.replace(ROMAN_DATE, (_all, before: string, day: string, sep: string, numeral: string, year: string) => {
    return `${before}${day}${sep}${romanMonth(numeral)}${sep}${year}`;
  });
}
