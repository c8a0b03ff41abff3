import { cleanText } from "../text/normalize";

/**
 * Text pulled from a signed PDF breaks sentences across lines, puts blank lines between
 * them and page numbers in the middle; text copied from a web page or a PDF reader puts a
 * two-column header on one line with "|" between the cells. These helpers put the logical
 * lines back together, keeping where each came from so notes can name the line.
 */

export interface SourceLine {
  text: string;
  /** 1-based line number in the text as read. */
  line: number;
}

/** A rule drawn under a header or a title: "-------", "___", "—–". */
export function isRule(text: string): boolean {
  return /^[-_–—=~*.·\s]{3,}$/u.test(text);
}

/**
 * Physical lines: NFC, trimmed, table cells ("A | B") on lines of their own, blank lines and
 * bare page numbers ("4", "- 4 -") dropped. Rules are kept: they end a header and a title.
 */
export function sourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  text
    .normalize("NFC")
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .forEach((raw, i) => {
      for (const piece of raw.split(/\f|\|/)) {
        const t = cleanText(piece);
        if (t === "" || /^\d{1,3}$/.test(t) || /^-\s*\d{1,3}\s*-$/.test(t)) continue;
        out.push({ text: t, line: i + 1 });
      }
    });
  return out;
}

/** The texts of sourceLines, for callers that do not need line numbers. */
export function physicalLines(text: string): string[] {
  return sourceLines(text).map((l) => l.text);
}

/** Lines that begin a new paragraph rather than continue the previous one. */
const STARTERS: readonly RegExp[] = [
  /^[-–•+*]\s*\S/u, // bullet
  /^(?!v\.v)[a-zđ][.)]\s*\S/u, // section or task a. b. c. … (not "v.v.")
  /^[A-ZĐ][.)]\s+\p{Lu}/u, // part A. KẾT QUẢ …
  /^\d+(?:\.\d+)*[.)]\s+\S/u, // "1. …", "1.1. …", "2)"
  /^\d+(?:\.\d+)+\s+\S/u, // "1.1 …" (no trailing dot)
  /^[IVX]+[.)]\s*\S/u, // roman section
  /^(?:Chủ trì|Phối hợp|Thực hiện|Đơn vị thực hiện)(?:\s*\/\s*[^\s:]+(?: [^\s:]+)?)?\s*:/u, // role label
  /^(?:Nơi nhận|TM\.|KT\.|Trên đây)/u,
  // Section labels written without a letter: "Mục tiêu, yêu cầu: …".
  /^(?:Mục tiêu|Nhiệm vụ,? (?:và )?giải pháp|Phân công|Thời gian thực hiện|Thời hạn|Tiến độ)[^:]{0,40}:/u,
];

export function isStarter(line: string): boolean {
  return STARTERS.some((r) => r.test(line));
}

/** Joins continuation lines onto the line they continue; a joined line keeps the first one's number. */
export function logicalLines(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    if (out.length === 0 || isStarter(line.text)) out.push({ ...line });
    else {
      const prev = out[out.length - 1];
      // "42/NQ-" + "HĐND": a hyphen that ends a word joins without a space.
      prev.text = /[^\s-]-$/u.test(prev.text) ? `${prev.text}${line.text}` : `${prev.text} ${line.text}`;
    }
  }
  return out;
}
