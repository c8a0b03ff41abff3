import { formatViNumber } from "../format/viNumber";
import { looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { halfUnitOf } from "./values";
import { Reading } from "./records";

/** The figures of a table's total row ("Cộng", "Tổng cộng"), when it has one. */
export interface TotalRow {
  row: number;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  /** What the total row says beside its figures (its Ghi chú). */
  note?: string;
}

/**
 * A table of figures for one period broken down by category (by recipient, by field, by hamlet):
 * its rows are parts of one reading, not readings of their own. Parts with counts are added up and
 * checked against the table's total row; rates alone cannot be added, so the total row's rate is
 * taken, or nothing and the rows are named.
 */
export function combineParts(
  readings: readonly Reading[],
  totals: readonly TotalRow[],
  uncodedTogether = false,
): { readings: Reading[]; problems: Problem[] } {
  const groups = new Map<string, Reading[]>();
  const out: Reading[] = [];
  for (const r of readings) {
    // Rows of categories with no criterion of their own (projects, hamlets) are the parts of the table's one reading.
    if ((r.code === null && !uncodedTogether) || r.date === null) {
      out.push(r);
      continue;
    }
    const key = `${r.code ?? ""}\u0000${r.date}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  // The total row adds up the whole table: it speaks for a group only when the table is that group,
  // or when it closes the group ("Cộng toàn xã" right under a criterion's rows by field).
  const soleTotal = groups.size === 1 && out.length === 0 && totals.length === 1 ? totals[0] : null;
  const rowsRead = readings.map((r) => r.source.row);
  const closing = (parts: readonly Reading[]): TotalRow | null => {
    const last = Math.max(...parts.map((p) => p.source.row));
    const next = totals.find((t) => t.row > last);
    return next && !rowsRead.some((r) => r > last && r < next.row) ? next : null;
  };
  const problems: Problem[] = [];
  for (const parts of groups.values()) {
    // ("Tỷ lệ hồ sơ nộp trực tuyến" beside "Số TTHC cung cấp DVC trực tuyến / tổng số TTHC", one code: two measures counting
    // different things, never parts of one; each stands, the duplicate named where readings are compared.)
    if (parts.length === 1 || countsOtherThings(parts)) {
      for (const p of parts) out.push(p);
      continue;
    }
    const combined = addUp(parts, soleTotal ?? (totals.length > 1 ? closing(parts) : null), problems);
    if (combined) out.push(combined);
  }
  return { readings: out.sort((a, b) => a.source.row - b.source.row), problems };
}

// What a measure counts, as its words name it: "hồ sơ", "thủ tục", "văn bản", "phiếu", "cán bộ", "chỉ tiêu".
const COUNTED = /\b(ho so|tthc|thu tuc hanh chinh|thu tuc|van ban|phieu|can bo|cong chuc|cbcc|chi tieu)\b/;
const MEASURE_LABEL = /^(?:ty le|ti le|so)\b/;

/** Rows each labelled as a measure of its own ("Tỷ lệ hồ sơ …", "Số TTHC … / tổng số TTHC"), counting different things. */
function countsOtherThings(parts: readonly Reading[]): boolean {
  const counted = parts.map((p) => {
    const label = looseKey(p.note.split("; ")[0]);
    const unit = COUNTED.exec(label)?.[1];
    return MEASURE_LABEL.test(label) && unit !== undefined
      ? unit.replace(/^(?:thu tuc hanh chinh|thu tuc)$/, "tthc").replace(/^(?:cong chuc|cbcc)$/, "can bo")
      : null;
  });
  return counted.every((u) => u !== null) && new Set(counted).size > 1;
}

/**
 * "A. NGUỒN VỐN NGÂN SÁCH TỈNH | 4.800 | 3.900" over its projects: a group's line whose counts are the sum of the
 * lines right under it. Left out of the sum (else every project counts twice); the lines it adds up stay.
 */
function withoutSubtotals(parts: readonly Reading[]): Reading[] {
  const counts = (p: Reading) => p.numerator !== null && p.denominator !== null;
  const sub = new Set<number>();
  // Only a line labelled as a group: in capitals ("NGUỒN VỐN NGÂN SÁCH HUYỆN") or named one; small counts add up by chance.
  const group = (p: Reading) => {
    const label = p.note.split("; ")[0].trim();
    return (/\p{L}{3}/u.test(label) && label === label.toLocaleUpperCase("vi")) || /^(?:nguồn|cộng|tổng|nhóm|khối|vốn)\s/iu.test(label);
  };
  parts.forEach((p, i) => {
    if (!counts(p) || !group(p)) return;
    let num = 0;
    let den = 0;
    for (let k = i + 1; k < parts.length && counts(parts[k]); k++) {
      num += parts[k].numerator as number;
      den += parts[k].denominator as number;
      if (k >= i + 2 && Math.abs(num - (p.numerator as number)) < 1e-6 && Math.abs(den - (p.denominator as number)) < 1e-6) {
        sub.add(i);
        return;
      }
      if (num > (p.numerator as number) + 1e-6 || den > (p.denominator as number) + 1e-6) return;
    }
  });
  return sub.size === 0 ? [...parts] : parts.filter((_, i) => !sub.has(i));
}

function addUp(all: readonly Reading[], total: TotalRow | null, problems: Problem[]): Reading | null {
  const parts = withoutSubtotals(all);
  const first = parts[0];
  const rows = parts.map((p) => p.source.row);
  const place = { file: first.source.file, sheet: first.source.sheet };
  const rowList = rows.join(", ");
  // Each part's own words (its label, the columns carried into its note) stay in the one note.
  const labels = parts.map((p) => p.note).filter((x) => x !== "");
  const counted = parts.every((p) => p.numerator !== null && p.denominator !== null);
  const base = {
    code: first.code,
    period: first.period,
    date: first.date,
    evidence: [...new Set(parts.map((p) => p.evidence).filter((x) => x !== ""))].join("; "),
    ...(first.code === null && first.hint !== undefined ? { hint: first.hint, partsOf: true } : {}),
  };
  if (counted) {
    const num = parts.reduce((s, p) => s + (p.numerator as number), 0);
    const den = parts.reduce((s, p) => s + (p.denominator as number), 0);
    // "Tổng cộng | 181 | … | 98,9" where the rate adds two columns ("Trước hạn" + "Đúng hạn") and the total row's count
    // is one of them: its written rate says the parts' sum is right.
    const rateSaysSum =
      total !== null &&
      total.value !== null &&
      den > 0 &&
      Math.abs((num / den) * 100 - total.value) <= Math.max(halfUnitOf(total.value), 0.05);
    const agrees = total !== null && ((total.numerator === num && total.denominator === den) || rateSaysSum);
    // The groups' own lines left out are said, so no figure of the sheet goes unaccounted for.
    const groups = all.filter((p) => !parts.includes(p)).map((p) => p.source.row);
    const left = groups.length > 0 ? `dòng ${groups.join(", ")} là dòng cộng của nhóm, không cộng thêm` : "";
    const note = [`Cộng ${parts.length} dòng ${rowList}: ${labels.join(" | ")}`, left, total?.note ?? ""]
      .filter((x) => x !== "")
      .join("; ");
    if (total !== null && total.numerator !== null && total.denominator !== null && !agrees) {
      problems.push(
        problem("READING_PARTS", { ...place, row: total.row }, `${formatViNumber(total.numerator)}/${formatViNumber(total.denominator)}`, {
          vi: `dòng tổng ghi ${formatViNumber(total.numerator)}/${formatViNumber(total.denominator)}, cộng các dòng ${rowList} được ${formatViNumber(num)}/${formatViNumber(den)}; dùng số của dòng tổng.`,
          en: `the total row says ${formatViNumber(total.numerator)}/${formatViNumber(total.denominator)}, rows ${rowList} add up to ${formatViNumber(num)}/${formatViNumber(den)}; the total row's figures are used.`,
        }),
      );
      return {
        ...base,
        numerator: total.numerator,
        denominator: total.denominator,
        value: total.denominator > 0 ? (total.numerator / total.denominator) * 100 : total.value,
        note,
        source: { ...first.source, row: total.row },
      };
    }
    if (!agrees)
      problems.push(
        problem("READING_PARTS", { ...place, row: rows[0] }, first.code ?? "", {
          vi: `các dòng ${rowList} cùng mã ${first.code ?? "(không ghi)"}, cùng kỳ ${first.period}: đọc là các phần của một số liệu và cộng lại (${formatViNumber(num)}/${formatViNumber(den)}).`,
          en: `rows ${rowList} have the same criterion ${first.code ?? "(none)"} and period ${first.period}: read as parts of one set of figures and added up (${formatViNumber(num)}/${formatViNumber(den)}).`,
        }),
      );
    return {
      ...base,
      numerator: num,
      denominator: den,
      value: den > 0 ? (num / den) * 100 : null,
      note,
      source: { ...first.source, row: total && agrees ? total.row : first.source.row },
    };
  }
  if (total !== null && total.value !== null) {
    return {
      ...base,
      numerator: total.numerator,
      denominator: total.denominator,
      value: total.value,
      note: `Dòng tổng của ${parts.length} dòng ${rowList}: ${labels.join(" | ")}`,
      source: { ...first.source, row: total.row },
    };
  }
  problems.push(
    problem("READING_PARTS", { ...place, row: rows[0] }, first.code ?? "", {
      vi: `các dòng ${rowList} cùng mã ${first.code ?? "(không ghi)"}, cùng kỳ ${first.period} nhưng chỉ ghi tỷ lệ, không có số đếm hay dòng tổng để cộng; không đọc, hãy ghi tử số và mẫu số hoặc dòng tổng.`,
      en: `rows ${rowList} have the same criterion ${first.code ?? "(none)"} and period ${first.period} but give rates only, with no counts or total row to add up; not read: give the counts or a total row.`,
    }),
  );
  return null;
}
