import { cleanText } from "../text/normalize";

/**
 * Text pulled from a signed PDF breaks sentences across lines, puts blank lines between
 * them and page numbers in the middle. These helpers put the logical lines back together.
 */

/** Physical lines: NFC, trimmed, blank lines and bare page numbers ("4") dropped. */
export function physicalLines(text: string): string[] {
  return text
    .normalize("NFC")
    .split(/\r\n|\r|\n|\f|\u2028|\u2029/)
    .map(cleanText)
    .filter((l) => l !== "" && !/^\d{1,3}$/.test(l) && !/^-\s*\d{1,3}\s*-$/.test(l));
}

/** Lines that begin a new paragraph rather than continue the previous one. */
const STARTERS: readonly RegExp[] = [
  /^[-–•+*]\s*\S/u, // bullet
  /^[a-gđ][.)]\s*\S/u, // section a. b. c. d.
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

/** Joins continuation lines onto the line they continue. */
export function logicalLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (out.length === 0 || isStarter(line)) out.push(line);
    else {
      const prev = out[out.length - 1];
      // "42/NQ-" + "HĐND": a hyphen that ends a word joins without a space.
      out[out.length - 1] = /[^\s-]-$/u.test(prev) ? `${prev}${line}` : `${prev} ${line}`;
    }
  }
  return out;
}
