import { cleanText, looseKey } from "../text/normalize";
import { SourceLine, isRule } from "./lines";

/**
 * The lines above a plan's title hold two columns: the issuing body and the number on the left,
 * the national title, the motto and the place-and-date line on the right. Copied from a web page
 * or a PDF, the columns come out one after the other, side by side on one line, or interleaved
 * line by line, and Word wraps the national title wherever the column is narrow ("CỘNG HÒA XÃ
 * HỘI" / "CHỦ NGHĨA VIỆT NAM", "CỘNG" / "HÒA XÃ HỘI …"). These helpers take out what is not the
 * issuer's (national title, motto, rules, stray separators) and join what was broken.
 */

const NATIONAL_TITLE = ["cong", "hoa", "xa", "hoi", "chu", "nghia", "viet", "nam"];
const MOTTO = ["doc", "lap", "tu", "do", "hanh", "phuc"];

interface Token {
  key: string;
  start: number;
  end: number;
}

/** Words of a line with their positions; dashes and other punctuation only separate words. */
function tokens(text: string): Token[] {
  return [...text.matchAll(/[^\s\-–—|,;]+/gu)]
    .map((m) => ({ key: looseKey(m[0]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))
    .filter((t) => t.key !== "");
}

interface Cut {
  line: number;
  start: number;
  end: number;
}

/**
 * Finds `words` in order from `words[from]` on, starting in line `at` at token `tokenAt`.
 * When a line ends first, the rest may continue at the start of one of the next three lines
 * (the columns came out one after the other), or anywhere in the very next line (a PDF line
 * that holds the left column's text, then the right column's).
 */
function match(lines: readonly string[], words: readonly string[], at: number, tokenAt: number, from: number): Cut[] | null {
  const toks = tokens(lines[at]);
  let w = from;
  let t = tokenAt;
  while (w < words.length && t < toks.length && toks[t].key === words[w]) {
    w++;
    t++;
  }
  if (w === from) return null;
  const cut: Cut = { line: at, start: toks[tokenAt].start, end: toks[t - 1].end };
  if (w === words.length) return [cut];
  // The line must end where the match stopped, or this is not the same phrase broken.
  if (t < toks.length) return null;
  for (let next = at + 1; next <= Math.min(at + 3, lines.length - 1); next++) {
    const nextToks = tokens(lines[next]);
    const starts = next === at + 1 ? nextToks.map((_, i) => i) : [0];
    for (const s of starts) {
      if (nextToks[s]?.key !== words[w]) continue;
      const rest = match(lines, words, next, s, w);
      if (rest) return [cut, ...rest];
    }
  }
  return null;
}

/** Removes every occurrence of a phrase, however it is broken over lines. */
function removePhrase(lines: string[], words: readonly string[]): string[] {
  const out = [...lines];
  for (let at = 0; at < out.length; at++) {
    for (;;) {
      const toks = tokens(out[at]);
      const start = toks.findIndex((t, i) => t.key === words[0] && match(out, words, at, i, 0) !== null);
      if (start < 0) break;
      const cuts = match(out, words, at, start, 0) ?? [];
      // Cut from the end of each line first so earlier positions stay valid.
      for (const c of [...cuts].sort((a, b) => b.start - a.start)) {
        out[c.line] = `${out[c.line].slice(0, c.start)} ${out[c.line].slice(c.end)}`;
      }
    }
  }
  return out;
}

/** A line with no letter or digit left: a separator, a bracket, a rule. */
function isDebris(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text) || isRule(text);
}

/** Text that was all one line in the document: "ỦY" + "BAN NHÂN DÂN", "Số:" + "2392/QĐ-UBND" … */
function continues(prev: string, next: string): boolean {
  const p = looseKey(prev);
  const n = looseKey(next);
  // A phrase broken inside: "UỶ" / "BAN NHÂN DÂN", "THÀNH" / "PHỐ HÀ NỘI", "ĐẶC" / "KHU …".
  for (const phrase of ["uy ban nhan dan", "thanh pho", "thi xa", "thi tran", "dac khu"]) {
    const words = phrase.split(" ");
    for (let k = 1; k < words.length; k++) {
      const head = words.slice(0, k).join(" ");
      if ((p === head || p.endsWith(` ${head}`)) && (n === words.slice(k).join(" ") || n.startsWith(`${words.slice(k).join(" ")} `)))
        return true;
    }
  }
  // A unit type with its name on the next line: "ỦY BAN NHÂN DÂN TỈNH" / "QUẢNG NINH".
  if (
    /(?:^|\buy ban nhan dan |\bubnd )(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)$/.test(p) &&
    next === next.toLocaleUpperCase("vi") &&
    !/^so\b/.test(n)
  )
    return true;
  // "Số:" / "2392/QĐ-UBND".
  if (/^so$/.test(p) && /^\d*\s*\//.test(cleanText(next))) return true;
  // "Hà Nội, ngày 14" / "tháng 05 năm 2013", "Hà Nội, ngày" / "tháng" / "năm 2016", "… năm" / "2021".
  if (/\bngay\b/.test(p) && !/\bnam \d{4}\b|\d{1,2} \d{1,2} \d{4}/.test(p)) {
    if (/^(?:\d{1,2} )?(?:thang|nam)\b/.test(n) || (/\bnam$/.test(p) && /^\d{4}$/.test(n))) return true;
  }
  return false;
}

/** "HỒ CHÍ" / "MINH": a short capitals-only piece that names no body of its own. */
function endsName(prev: string, next: string): boolean {
  const upper = (t: string) => t === t.toLocaleUpperCase("vi") && /\p{L}/u.test(t);
  if (!upper(prev) || !upper(next) || next.split(" ").length > 2) return false;
  const n = looseKey(next);
  if (/^(?:uy|ubnd|so|tinh|thanh|huyen|quan|thi|xa|phuong|dac|hoi|ban|chu|ke|doc|phu luc|danh muc|bieu|bang)\b/.test(n)) return false;
  return /\b(?:tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\b \S/.test(looseKey(prev));
}

/**
 * The header lines with national title, motto, rules and separators taken out and broken
 * lines joined. Each keeps the number of the line it (first) came from.
 */
export function cleanHeader(lines: readonly SourceLine[]): SourceLine[] {
  let texts = lines.map((l) => l.text);
  texts = removePhrase(texts, NATIONAL_TITLE);
  texts = removePhrase(texts, MOTTO);
  const kept: SourceLine[] = [];
  texts.forEach((t, i) => {
    const text = cleanText(t.replace(/^[\s\-–—|,;:)(]+(?=\p{L}|\d)/u, "").replace(/[\s\-–—|]+$/u, ""));
    if (!isDebris(text)) kept.push({ text, line: lines[i].line });
  });
  const out: SourceLine[] = [];
  for (const line of kept) {
    const prev = out[out.length - 1];
    if (prev && (continues(prev.text, line.text) || endsName(prev.text, line.text))) prev.text = `${prev.text} ${line.text}`;
    else out.push({ ...line });
  }
  return out;
}
