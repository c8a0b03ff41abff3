/**
 * Vietnamese typed in the legacy 8-bit encodings officials' old templates still use, and that
 * Excel keeps as the Latin letters they are stored as: VNI-Windows ("Coâng vieäc", font VNI-Times),
 * where a letter is a base vowel and a mark after it, and TCVN3 / ABC ("C«ng viÖc", font .VnTime),
 * one byte per letter. Decoded to Unicode (NFC).
 */
export type LegacyEncoding = "VNI" | "TCVN3";

const ACUTE = "\u0301";
const GRAVE = "\u0300";
const HOOK = "\u0309";
const TILDE = "\u0303";
const DOT = "\u0323";
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";
const HORN = "\u031b";

// VNI: the tone written after a vowel; the circumflex (with its tone) and the breve (with its tone) after a, e, o.
const VNI_TONE: Readonly<Record<string, string>> = {
  ù: ACUTE,
  ø: GRAVE,
  û: HOOK,
  õ: TILDE,
  ï: DOT,
  Ù: ACUTE,
  Ø: GRAVE,
  Û: HOOK,
  Õ: TILDE,
  Ï: DOT,
};
const VNI_CIRCUMFLEX: Readonly<Record<string, string>> = {
  â: "",
  á: ACUTE,
  à: GRAVE,
  å: HOOK,
  ã: TILDE,
  ä: DOT,
  Â: "",
  Á: ACUTE,
  À: GRAVE,
  Å: HOOK,
  Ã: TILDE,
  Ä: DOT,
};
const VNI_BREVE: Readonly<Record<string, string>> = {
  ê: "",
  é: ACUTE,
  è: GRAVE,
  ú: HOOK,
  ü: TILDE,
  ë: DOT,
  Ê: "",
  É: ACUTE,
  È: GRAVE,
  Ú: HOOK,
  Ü: TILDE,
  Ë: DOT,
};
// Letters that are one byte: ơ ư (which still take a tone after them), đ, and i, y with some tones.
const VNI_HORN: Readonly<Record<string, string>> = { ô: "o", ö: "u", Ô: "O", Ö: "U" };
const VNI_SINGLE: Readonly<Record<string, string>> = { ñ: "đ", Ñ: "Đ", æ: "ỉ", ó: "ĩ", ò: "ị", Æ: "Ỉ", Ó: "Ĩ", Ò: "Ị", î: "ỵ", Î: "Ỵ" };
const VOWEL = /[aeouyAEOUY]/;

export function decodeVni(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1] ?? "";
    if (VNI_HORN[c] !== undefined) {
      const tone = VNI_TONE[next];
      out += (VNI_HORN[c] + HORN + (tone ?? "")).normalize("NFC");
      if (tone !== undefined) i++;
    } else if (VNI_SINGLE[c] !== undefined) out += VNI_SINGLE[c];
    else if (VOWEL.test(c) && next !== "") {
      const lower = c.toLowerCase();
      if (VNI_CIRCUMFLEX[next] !== undefined && "aeo".includes(lower)) {
        out += (c + CIRCUMFLEX + VNI_CIRCUMFLEX[next]).normalize("NFC");
        i++;
      } else if (VNI_BREVE[next] !== undefined && lower === "a") {
        out += (c + BREVE + VNI_BREVE[next]).normalize("NFC");
        i++;
      } else if (VNI_TONE[next] !== undefined) {
        out += (c + VNI_TONE[next]).normalize("NFC");
        i++;
      } else out += c;
    } else out += c;
  }
  return out;
}

// TCVN3: each lowercase letter one byte; capitals are mostly the same bytes in a capitals font, but for these.
const TCVN3_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂÊÔƠƯĐ";
const TCVN3_BYTES = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢£¤¥¦§";
const TCVN3 = new Map<string, string>([...TCVN3_BYTES].map((b, i) => [b, [...TCVN3_LETTERS][i]]));

export function decodeTcvn3(text: string): string {
  let out = "";
  for (const c of text) out += TCVN3.get(c) ?? c;
  return out;
}

export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === "VNI" ? decodeVni(text) : decodeTcvn3(text);
}

// Letters only Unicode Vietnamese has: a text holding one is not in a legacy encoding.
const UNICODE_VIETNAMESE = /[ăđơưĂĐƠƯ\u1ea0-\u1ef9]/;
// Marks of each encoding that ordinary text does not hold.
const VNI_MARKS = /[aeouyAEOUY][øùûõïâêäåãëèéúüÂÊÄÅÃËÈÉÚÜØÙÛÕÏ]|[ñÑöÖ]|[ôÔ][ùøûõï]/g;
const TCVN3_MARKS = /[µ¸¶·¹¨»¾¼½©ª«¬®¡¢£¤¥¦§]/g;

/** How strongly a text reads as each legacy encoding: its marks counted; 0 for Unicode Vietnamese or plain text. */
export function legacyMarks(text: string): { vni: number; tcvn3: number } {
  if (UNICODE_VIETNAMESE.test(text)) return { vni: 0, tcvn3: 0 };
  return { vni: text.match(VNI_MARKS)?.length ?? 0, tcvn3: text.match(TCVN3_MARKS)?.length ?? 0 };
}

/** Whether a text holds Unicode Vietnamese letters (it is then never decoded). */
export function isUnicodeVietnamese(text: string): boolean {
  return UNICODE_VIETNAMESE.test(text);
}
