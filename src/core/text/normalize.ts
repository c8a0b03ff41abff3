/**
 * Vietnamese text comparison. Officials type the same word in several ways:
 * precomposed or decomposed Unicode, "hoà" or "hòa" (old or new tone placement),
 * with or without diacritics. Comparisons go through these keys, never raw text.
 */

/** NFC, non-breaking and odd spaces folded, runs of white space collapsed, trimmed. */
export function cleanText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// Old-style tone placement ("hoà", "thuý") -> new style ("hòa", "thúy"): in the
// diphthongs oa, oe, uy the tone mark moves from the first vowel to the second.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;
function moveTone(word: string): string {
  const d = word.normalize("NFD");
  const m = /^(.*?)([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?![\u0302\u0306\u031b])(.*)$/.exec(d);
  if (!m) return word;
  const [, before, v1, tone, v2, after] = m;
  // Only when the diphthong ends the syllable (hoà, khoẻ, thuỷ), as in the old rule.
  if (after && /^[a-zA-Z]/.test(after.normalize("NFD").replace(TONE_MARKS, ""))) return word;
  return (before + v1 + v2 + tone + after).normalize("NFC");
}

/** Text with tone marks placed the modern way, word by word. */
export function modernTone(text: string): string {
  return cleanText(text)
    .split(" ")
    .map(moveTone)
    .join(" ");
}

/** Removes every diacritic (đ -> d too): "Nội dung công việc" -> "noi dung cong viec". */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** Key for exact-but-forgiving comparison: modern tone, lower case. */
export function textKey(text: string): string {
  return modernTone(text).toLocaleLowerCase("vi");
}

/**
 * Key for loose comparison (header synonyms, aliases): no diacritics, lower case,
 * punctuation and spaces reduced to single spaces.
 */
export function looseKey(text: string): string {
  return stripDiacritics(cleanText(text))
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}
