/**
 * Vietnamese text comparison. Officials type the same word in several ways:
 * precomposed or decomposed Unicode, "hoà" or "hòa" (old or new tone placement),
 * with or without diacritics. Comparisons go through these keys, never raw text.
 */

/** NFC, non-breaking and odd spaces folded, runs of white space collapsed, trimmed. */
export function cleanText(text: string): string {
  // Most cells are clean already: one scan instead of a normalisation and three replacements.
  if (!needsCleaning(text)) return text;
  return text
    .normalize("NFC")
    .replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** JavaScript's \s, by character code. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * What cleanText changes: combining marks (to compose), odd spaces, runs of white space, ends.
 * Scanned by character code: the regular expression it replaces (an alternation tried at every
 * place) was a twentieth of reading a sheet, every cell's text going through it.
 */
function needsCleaning(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  if (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(n - 1))) return true;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32) {
      if (c >= 9 && c <= 13) return true;
      prevSpace = false;
      continue;
    }
    if (c < 0x7f) {
      if (c === 32) {
        if (prevSpace) return true;
        prevSpace = true;
      } else prevSpace = false;
      continue;
    }
    // Combining marks, and every space but the plain one (folded to it: a lone ideographic or line-separator space too).
    if ((c >= 0x300 && c <= 0x36f) || c === 0x200b || isSpace(c)) return true;
    prevSpace = false;
  }
  return false;
}

// Old-style tone placement ("hoà", "khoẻ", "thuỷ") -> the modern style the plan uses ("hòa",
// "khỏe", "thủy"): in the open diphthongs oa, oe and uy the tone mark moves to the first vowel.
// Closed syllables ("hoàn", "khoét"), other diphthongs ("của", "mùa") and "qu" ("quỷ") are the same in both.
const TONE = "[\u0300\u0301\u0303\u0309\u0323]";
const OLD_PLACEMENT = new RegExp(`([oO])([aAeE])(${TONE})(?![\\p{L}\\p{M}])|(?<![qQ])([uU])([yY])(${TONE})(?![\\p{L}\\p{M}])`, "gu");
// Old placement always ends a word with a toned a/e after o, or a toned y after u: cheap to rule
// out on the composed text first ("soát", "hoàn", "khoản" are closed syllables, written the same
// both ways, and among the commonest words of a task).
const OLD_TONE = /[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ](?![\p{L}\p{M}])|(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ](?![\p{L}\p{M}])/u;

/** Text with tone marks placed the modern way. */
export function modernTone(text: string): string {
  const clean = cleanText(text);
  if (!OLD_TONE.test(clean)) return clean;
  return clean
    .normalize("NFD")
    .replace(OLD_PLACEMENT, (_m, o, a, t1, u, y, t2) => (o ? `${o}${t1}${a}` : `${u}${t2}${y}`))
    .normalize("NFC");
}

/** Removes every diacritic (đ -> d too): "Nội dung công việc" -> "noi dung cong viec". */
export function stripDiacritics(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    // Each letter's base form is found once and remembered: Vietnamese uses a few hundred.
    const ch = text[i];
    let base = BASE.get(ch);
    if (base === undefined) {
      base = ch === "đ" ? "d" : ch === "Đ" ? "D" : ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      if (BASE.size < 4096) BASE.set(ch, base);
    }
    if (base === ch) continue;
    out += text.slice(from, i) + base;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

const BASE = new Map<string, string>();

/** Key for exact-but-forgiving comparison: modern tone, lower case. */
export function textKey(text: string): string {
  // Vietnamese has no locale-specific case rules (unlike Turkish): the plain mapping is the same, and many times faster.
  return modernTone(text).toLowerCase();
}

/**
 * Key for loose comparison (header synonyms, aliases): no diacritics, lower case,
 * punctuation and spaces reduced to single spaces.
 */
export function looseKey(text: string): string {
  const key = keyChars(text);
  // "Tỉ lệ" and "Tỷ lệ" are both correct spellings: one key, so every pattern written for one reads the other.
  return key.includes("ti le") ? key.replace(/\bti le\b/g, "ty le") : key;
}

/**
 * The loose key's letters in one pass: each character's bare lower-case form (found once per character and
 * remembered), every run of anything but a-z, 0-9 and % one space, no space at the ends. It was four passes
 * (clean, strip, lower, replace) over every cell's text, a tenth of a reading thread's own time.
 */
function keyChars(text: string): string {
  let out = "";
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x80) {
      // A combining mark composes with the letter before it (cleanText): that text takes the long way.
      if (c >= 0x300 && c <= 0x36f) return slowKeyChars(text);
      const bare = bareLower(text[i]);
      for (let j = 0; j < bare.length; j++) {
        const b = bare.charCodeAt(j);
        if (isKeyChar(b)) {
          if (gap && out !== "") out += " ";
          gap = false;
          out += bare[j];
        } else gap = true;
      }
      continue;
    }
    if (c >= 65 && c <= 90) c += 32;
    if (isKeyChar(c)) {
      if (gap && out !== "") out += " ";
      gap = false;
      out += String.fromCharCode(c);
    } else gap = true;
  }
  return out;
}

function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 37;
}

function slowKeyChars(text: string): string {
  return stripDiacritics(cleanText(text))
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

const BARE_LOWER = new Map<string, string>();

/** "Ộ" -> "o", "Đ" -> "d": a character's bare lower-case form. */
function bareLower(ch: string): string {
  let bare = BARE_LOWER.get(ch);
  if (bare === undefined) {
    bare = stripDiacritics(ch).toLowerCase();
    if (BARE_LOWER.size < 4096) BARE_LOWER.set(ch, bare);
  }
  return bare;
}
