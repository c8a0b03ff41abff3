import { DossierCounts, DossierRecord, ZERO_COUNTS } from "../summary/dossiers";
import { cleanText, looseKey } from "../text/normalize";
import { Grid, cellText, isBlank } from "./grid";
import { dossierRowOf } from "./dossiersAcross";

/**
 * One field's counts written as a sentence under the desk's table ("Ghi chú: Lĩnh vực Đất đai (…): kỳ trước chuyển
 * sang 2 hồ sơ; trong kỳ tiếp nhận 9 hồ sơ (trực tuyến 1, trực tiếp 8); đã giải quyết 8 hồ sơ (trước hạn 2, đúng hạn
 * 5, quá hạn 1); đang giải quyết 3 hồ sơ trong hạn; không có hồ sơ trả lại."): each clause's words name what its number
 * counts, the words in brackets the parts of the clause before them.
 */
const FIELD_SAID = /lĩnh vực\s+([^():;,]{2,60}?)\s*(?:\([^)]*\))?\s*:\s*(.+)$/iu;

type Count = keyof DossierCounts;
type Measure = NonNullable<ReturnType<typeof dossierRowOf>>;

// A total the sentence does not split, written where its parts go as the desk's tables do (and said): the pending ones
// in time, the resolved ones on time. New dossiers not split by the way they came cannot be told apart: not read.
const TOTAL_AS: Partial<Record<Measure, Count>> = { pendingTotal: "pendingInTime", resolvedTotal: "onTime" };

function countOf(measure: Measure | null): Count | null {
  if (measure === null) return null;
  return measure in ZERO_COUNTS ? (measure as Count) : (TOTAL_AS[measure] ?? null);
}

function clauseCount(words: string): { measure: Measure | null; value: number } | null {
  const m = /^(.*?)(\d{1,5})\s*(?:hồ sơ|hs)?\s*(.*)$/iu.exec(words.trim());
  // "không có hồ sơ trả lại": none of them.
  if (!m) {
    const none = /^(?:không có|chưa có|không)\s+(?:hồ sơ\s+)?(.+)$/iu.exec(words.trim());
    const measure = none ? dossierRowOf(none[1]) : null;
    return measure !== null ? { measure, value: 0 } : null;
  }
  return { measure: dossierRowOf(`${m[1]} ${m[3]}`.trim()), value: Number(m[2]) };
}

export interface SentenceCounts {
  field: string;
  counts: DossierCounts;
  /** Totals written where their parts go ("đang giải quyết 3 hồ sơ" as in time). */
  asParts: string[];
  /** Clauses with a figure that could not be told what it counts, kept out of the counts. */
  unread: string[];
}

/** The counts a sentence gives one field, or null where it names no field or fewer than three counts. */
export function dossierSentence(text: string): SentenceCounts | null {
  const m = FIELD_SAID.exec(cleanText(text));
  if (!m) return null;
  const counts: DossierCounts = { ...ZERO_COUNTS };
  const asParts: string[] = [];
  const unread: string[] = [];
  let read = 0;
  for (const clause of m[2].replace(/\.\s*$/, "").split(/;/)) {
    const inner = /\(([^)]*)\)/.exec(clause);
    const outer = clause.replace(/\([^)]*\)/, " ");
    const parts = inner ? inner[1].split(/,/).map((p) => clauseCount(`${outer.replace(/\d.*$/, "")} ${p}`)) : [];
    const knownParts = parts.flatMap((p) => {
      const count = p === null ? null : countOf(p.measure);
      return p !== null && count !== null && p.measure === count ? [{ count, value: p.value }] : [];
    });
    // The parts say it all ("trực tuyến 1, trực tiếp 8"; "trước hạn 2, đúng hạn 5, quá hạn 1"); else the clause itself.
    if (knownParts.length >= 2) {
      for (const p of knownParts) counts[p.count] += p.value;
      read += knownParts.length;
      continue;
    }
    const whole = clauseCount(outer);
    const count = whole === null ? null : countOf(whole.measure);
    if (whole === null || count === null) {
      if (/\d/.test(clause)) unread.push(cleanText(clause));
      continue;
    }
    counts[count] += whole.value;
    if (whole.measure !== count) asParts.push(cleanText(clause));
    read++;
  }
  if (read < 3) return null;
  const field = cleanText(m[1]);
  return { field: field.charAt(0).toUpperCase() + field.slice(1), counts, asParts, unread };
}

/** Sentences of counts on the rows after a table (up to `to`), each a record of its field for the table's days. */
export function dossierSentencesAfter(
  grid: Grid,
  from: number,
  to: number,
  period: { from: DossierRecord["from"]; to: DossierRecord["to"] },
): { records: Array<DossierRecord & { asParts: string[]; unreadClauses: string[] }>; unread: Array<{ row: number; text: string }> } {
  const records: Array<DossierRecord & { asParts: string[]; unreadClauses: string[] }> = [];
  const unread: Array<{ row: number; text: string }> = [];
  for (let r = from; r <= Math.min(to, grid.rows.length); r++) {
    for (const v of grid.rows[r - 1] ?? []) {
      if (typeof v !== "string" || isBlank(v) || !/lĩnh vực/iu.test(v)) continue;
      const said = dossierSentence(v);
      if (said)
        records.push({
          field: said.field,
          ...period,
          ...said.counts,
          source: { file: grid.file, sheet: grid.sheet, row: r },
          asParts: said.asParts,
          unreadClauses: said.unread,
        });
      else if ((v.match(/\d+/g) ?? []).length >= 3 && /\bho so\b/.test(looseKey(v))) unread.push({ row: r, text: cellText(v) });
    }
  }
  return { records, unread };
}
