import { formatViDate } from "../dates/isoDate";
import { looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { Reading } from "./records";

/** What a sheet of counts holds when a rate's two parts are kept on two sheets ("Tu so", "Mau so"). */
export type RatePart = "numerator" | "denominator";

/** "TỬ SỐ" or "MẪU SỐ" in the sheet's name or title, not both: the part its figures are. */
export function ratePartOf(title: string): RatePart | null {
  // "Biểu mẫu số 03", "Mẫu số 05/BC": a form's number, no denominator ("Mẫu số 1.2", a criterion's, stays one).
  const k = looseKey(title).replace(/\bbieu mau so\b(?: \d+)?|\bmau so \d+\b(?! \d)/g, " ");
  const tu = /\btu so\b/.test(k);
  const mau = /\bmau so\b/.test(k);
  return tu === mau ? null : tu ? "numerator" : "denominator";
}

const keyOf = (r: Reading) => `${r.code}\u0000${r.date}`;

/**
 * A rate's numerator on one sheet and its denominator on another of the same workbook, each a count
 * per criterion and period: joined by criterion and period into one reading (the numerator's row
 * its source), said; a count with no partner is named, never read as a rate.
 */
export function joinRateSheets(
  readings: readonly Reading[],
  parts: ReadonlyMap<string, RatePart>,
): { readings: Reading[]; problems: Problem[] } | null {
  const sheets = new Set(parts.values());
  if (!sheets.has("numerator") || !sheets.has("denominator")) return null;
  const part = (r: Reading) => (r.source.file !== "" ? parts.get(r.source.sheet) : undefined);
  const dens = new Map(readings.filter((r) => part(r) === "denominator" && r.code !== null && r.date !== null).map((r) => [keyOf(r), r]));
  const out: Reading[] = [];
  const problems: Problem[] = [];
  const used = new Set<Reading>();
  const count = (r: Reading) => r.numerator ?? r.value;
  for (const r of readings) {
    const p = part(r);
    if (p === undefined) {
      out.push(r);
      continue;
    }
    if (p === "denominator") {
      // A whole with no criterion or period cannot be paired: named.
      if (r.code === null || r.date === null) problems.push(unpaired(r, "tử số"));
      continue;
    }
    const den = r.code !== null && r.date !== null ? dens.get(keyOf(r)) : undefined;
    const n = count(r);
    const d = den ? count(den) : null;
    if (den && n !== null && d !== null && d > 0) {
      used.add(den);
      out.push({
        ...r,
        numerator: n,
        denominator: d,
        value: (n / d) * 100,
        note: [
          r.note,
          `Tử số ở sheet "${r.source.sheet}" dòng ${r.source.row}, mẫu số ở sheet "${den.source.sheet}" dòng ${den.source.row}`,
        ]
          .filter((x) => x !== "")
          .join("; "),
      });
    } else problems.push(unpaired(r, "mẫu số"));
  }
  for (const d of dens.values()) if (!used.has(d)) problems.push(unpaired(d, "tử số"));
  return { readings: out, problems };
}

function unpaired(r: Reading, missing: string): Problem {
  const when = r.date ? formatViDate(r.date) : r.period;
  return problem("ROW_SKIPPED", { file: r.source.file, sheet: r.source.sheet, row: r.source.row }, `${r.code ?? ""} ${when}`, {
    vi: `số của mã ${r.code ?? "?"} kỳ ${when} không có ${missing} tương ứng ở sheet kia; không đọc thành tỷ lệ.`,
    en: `the count of ${r.code ?? "?"} for ${when} has no matching ${missing === "mẫu số" ? "denominator" : "numerator"} on the other sheet; not read as a rate.`,
  });
}
