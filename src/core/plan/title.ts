import { cleanText, looseKey } from "../text/normalize";
import { SourceLine, isRule } from "./lines";

/**
 * The plan's title: the paragraph after "KẾ HOẠCH", which may itself begin "Thực hiện …", may
 * be in capitals, may wrap over several lines, and ends where the body begins ("Căn cứ …",
 * "Thực hiện …", "Ngày 06/4/2025, …", "A. KẾT QUẢ …", "I. MỤC ĐÍCH …").
 */

/** Lines that begin the body of a plan, never a title's continuation. */
const BODY_START =
  /^(?:Thực hiện|Căn cứ|Ngày\s+\d|Để\s|Nhằm\s|Theo\s|Trên cơ sở|Triển khai|Xét\s|Sau khi|Qua\s|Năm\s+\d{4}\s*,|Kính gửi|(?:Ủy|Uỷ|ỦY|UỶ) ban nhân dân|(?:ỦY|UỶ) BAN NHÂN DÂN|UBND|CHỦ TỊCH|[IVX]+[.)\s-]|[A-ZĐ][.)]\s|\d+[.)]\s|PHẦN\b|Phần\s)/u;

/** The first line of a title may begin like a body line ("Thực hiện Chỉ thị …"), but not like these. */
const NOT_A_TITLE = /^(?:Căn cứ|Ngày\s+\d|Kính gửi|[IVX]+[.)]|[A-ZĐ][.)]\s|\d+[.)]\s|PHẦN\b|Phần\s|\()/u;

/** A title line that ends on one of these words goes on on the next line, whatever it starts with. */
const OPEN_END = /(?:\s(?:của|và|về|trong|tại|cho|đối với|năm|giai đoạn|trên|thực hiện|nâng cao|cải thiện|giữa|các|những)|[,–-])$/iu;

const MAX_LINES = 6;
const MAX_CHARS = 320;

function isCapitals(text: string): boolean {
  return text === text.toLocaleUpperCase("vi") && /\p{Lu}/u.test(text);
}

/**
 * "KẾ HOẠCH" alone, or "KẾ HOẠCH" followed by the title on the same line. "KẾ HOẠCH SỐ 15/KH-UBND"
 * carries the plan's number, not its title: the title is on the lines under it.
 */
export function titleWordLine(text: string): { rest: string } | null {
  const m = /^KẾ\s*HOẠCH\b[\s.:]*(.*)$/u.exec(text);
  if (!m) return null;
  return { rest: cleanText(m[1].replace(/^(?:SỐ|Số)\s*:?\s*\d*\s*\/\s*\S*/u, "")) };
}

/** Reads the title from its first line on; returns it and how many lines it took. */
export function readTitle(first: string, after: readonly SourceLine[]): { title: string; used: number } {
  if (first === "" && after.length === 0) return { title: "", used: 0 };
  const parts: string[] = [];
  let used = 0;
  let rest = after;
  if (first !== "") parts.push(first);
  else {
    const head = after[0];
    if (!head || NOT_A_TITLE.test(head.text) || isRule(head.text)) return { title: "", used: 0 };
    parts.push(head.text);
    used = 1;
    rest = after.slice(1);
  }
  const capitals = isCapitals(parts[0]);
  for (const line of rest) {
    const prev = parts[parts.length - 1];
    const text = line.text;
    if (parts.length >= MAX_LINES || isRule(text)) break;
    const total = parts.join(" ").length + text.length;
    if (OPEN_END.test(prev) && total <= MAX_CHARS && !/^\(/u.test(text)) {
      parts.push(text);
      used++;
      continue;
    }
    if (BODY_START.test(text) || /^\(/u.test(text) || total > MAX_CHARS) break;
    if (capitals) {
      if (!isCapitals(text)) break;
    } else if (/[.:;]$/u.test(prev) || (!/^\p{Ll}/u.test(text) && (text.length > 100 || /[.:;]$/u.test(text)))) break;
    parts.push(text);
    used++;
  }
  return { title: cleanText(parts.join(" ")).replace(/[.;:]+$/u, ""), used };
}

export interface TitleYears {
  firstYear: number | null;
  lastYear: number | null;
  openEnded: boolean;
}

/**
 * The years a title covers. Dates and document numbers in it ("Kế hoạch số 12/KH-UBND ngày
 * 20/01/2025", "Nghị định 118/2025/NĐ-CP") say nothing of the plan's years and are skipped.
 * "năm 2025" beats a programme's range ("giai đoạn 2021-2030 năm 2025"); "đến năm 2030" is the
 * last year only; "… và (những) năm tiếp theo" is open-ended.
 */
export function titleYears(title: string): TitleYears {
  const t = title
    .normalize("NFC")
    .replace(/ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/giu, " ")
    .replace(/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/gu, " ")
    .replace(/\d+\/\d{4}\/[\p{L}\d-]+/gu, " ");
  const k = looseKey(t);
  const openEnded = /\b(?:va )?(?:nhung |cac )?nam tiep theo\b/.test(k);
  const ranges = [...k.matchAll(/\b((?:19|20)\d{2}) (?:den (?:nam )?)?((?:19|20)\d{2})\b/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const withoutRanges = k.replace(/\b((?:19|20)\d{2}) (?:den (?:nam )?)?((?:19|20)\d{2})\b/g, " ");
  const named = [...withoutRanges.matchAll(/\b(den )?nam ((?:19|20)\d{2})\b/g)];
  const plain = named.filter((m) => !m[1]).map((m) => Number(m[2]));
  const until = named.filter((m) => m[1]).map((m) => Number(m[2]));
  const last = (first: number, end: number) => (openEnded ? null : Math.max(first, end));
  if (plain.length > 0)
    return { firstYear: Math.min(...plain), lastYear: last(Math.min(...plain), Math.max(...plain, ...until)), openEnded };
  if (ranges.length > 0) return { firstYear: ranges[0][0], lastYear: last(ranges[0][0], ranges[0][1]), openEnded };
  if (until.length > 0) return { firstYear: null, lastYear: openEnded ? null : Math.max(...until), openEnded };
  const bare = [...withoutRanges.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
  if (bare.length > 0) return { firstYear: Math.min(...bare), lastYear: last(Math.min(...bare), Math.max(...bare)), openEnded };
  return { firstYear: null, lastYear: null, openEnded };
}
