/**
 * Words typed in Telex with the Vietnamese keyboard (Unikey) switched off: "DDang thuwcj hieenj" is
 * "Đang thực hiện", "Booj phaanj Mootj cuwar" is "Bộ phận Một cửa". The keys are read as Unikey
 * would: "dd" đ, "aa" â, "aw" ă, "ee" ê, "oo" ô, "ow" ơ, "uw" (and "w") ư, and a last "s f r x j" the
 * tone (sắc, huyền, hỏi, ngã, nặng), set on the vowel Vietnamese spelling puts it on.
 */

const TONES: Record<string, string> = { s: "\u0301", f: "\u0300", r: "\u0309", x: "\u0303", j: "\u0323" };
const MARKED = "ăâêôơư";
// A syllable once its keys are read: consonants, a vowel cluster, a final consonant.
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/;

/** One word's keys read as Unikey would, or null when they make no Vietnamese syllable. */
export function telexWord(word: string): string | null {
  let w = word.toLowerCase();
  let tone = "";
  const last = w[w.length - 1];
  if (w.length > 1 && last in TONES && /[aeiouyw]/.test(w.slice(0, -1))) {
    tone = TONES[last];
    w = w.slice(0, -1);
  }
  w = w
    .replace(/^dd/, "đ")
    .replace(/uow/g, "ươ")
    .replace(/uw/g, "ư")
    .replace(/ow/g, "ơ")
    .replace(/aw/g, "ă")
    .replace(/aa/g, "â")
    .replace(/ee/g, "ê")
    .replace(/oo/g, "ô")
    .replace(/w/g, "ư");
  const m = SYLLABLE.exec(w);
  if (!m) return null;
  const [, onset = "", cluster, coda = ""] = m;
  let out = w;
  if (tone !== "") {
    // "qu", "gi": their u and i belong to the consonant.
    const at = onset.length + toneIndex(cluster, coda !== "");
    out = w.slice(0, at + 1) + tone + w.slice(at + 1);
  }
  out = out.normalize("NFC");
  return restoreCase(word, out);
}

/** Which vowel of a cluster takes the tone: a marked one (ơ of ươ), else the last before a final consonant, else the first of two. */
function toneIndex(cluster: string, closed: boolean): number {
  const marked = [...cluster].map((c, i) => (MARKED.includes(c) ? i : -1)).filter((i) => i >= 0);
  if (marked.length > 0) return marked[marked.length - 1];
  if (cluster.length === 1) return 0;
  if (closed) return cluster.length - 1;
  // "oa", "oe", "uy" open: the second (hoà, khoẻ, thuỷ) as Unikey's new style; other pairs the first (tại, mùa).
  if (cluster.length === 2 && /^(?:oa|oe|uy)$/.test(cluster)) return 1;
  return cluster.length === 3 ? 1 : 0;
}

function restoreCase(typed: string, read: string): string {
  if (typed === typed.toUpperCase() && typed.length > 1 && typed !== typed.toLowerCase()) return read.toUpperCase();
  return /^[A-Z]/.test(typed) ? read[0].toUpperCase() + read.slice(1) : read;
}

// Keys only Telex leaves in a word: a doubled vowel or d, a w after a vowel, a tone key after a vowel or final consonant.
const TELEX_MARK = /^(?:dd|[a-z]*(?:aa|ee|oo|aw|ow|uw)|[a-z]*[aeiouy](?:ch|ng|nh|[cmnpt])?[sfrxj])[a-z]*$/i;

// A key only Telex leaves: a doubled vowel or d, a w after a vowel, or a tone key closing a word.
const QUICK = /dd|aa|ee|oo|[aou]w|[aeiouy](?:ch|ng|nh|[cmnpt])?[sfrxj]\b/i;

/** A cell typed in Telex: no Vietnamese letter in it, and two words or more that only Telex spells so. Null otherwise. */
export function fromTelex(text: string): string | null {
  // Most cells are short codes, numbers or Vietnamese already: out before any word is split.
  if (text.length < 7 || /[^\t\n\r\x20-\x7e]/.test(text) || !QUICK.test(text)) return null;
  const words = text.split(/(\s+|[,.;:()/-])/);
  let marked = 0;
  let changed = false;
  const out = words.map((w) => {
    if (!/^[A-Za-z]+$/.test(w) || !TELEX_MARK.test(w)) return w;
    const read = telexWord(w);
    if (read === null || read === w) return w;
    if (/[A-Za-z]*(?:dd|aa|ee|oo|aw|ow|uw)/i.test(w) || /[sfrxj]$/i.test(w)) marked++;
    changed = true;
    return read;
  });
  return changed && marked >= 2 ? out.join("") : null;
}
