import { IsoDate, isoDate } from "../dates/isoDate";
import { cleanText, looseKey } from "../text/normalize";
import { TaskStatus } from "../vocab";
import { FactsCache, aspectAtStart, statusAtStart } from "./cellFacts";

/**
 * Facts officials write inside a sentence instead of their own column: "Đã hoàn thành ngày
 * 12/10/2021, báo cáo số 15/BC-UBND", "Xong ngày 05/11/2021", "hoàn thành 20/10". The sentence
 * itself is kept (in Ghi chú); these only fill fields the row leaves empty.
 */
export interface SentenceFacts {
  status: TaskStatus | null;
  doneDate: IsoDate | null;
  evidence: string[];
  /** "3/4 nội dung", "đã làm 2/5 việc", "đang thực hiện 60%": the share done, as a percentage. */
  progress: number | null;
  /** How the sentence gave it: parts done over all, or a percentage written out. */
  progressBy: "parts" | "percent" | null;
  /** The status was read from the aspect of its first word ("Đã phát …"), not from a status word. */
  byAspect: boolean;
  /** Two days given as the day done ("hoàn thành 10/9 hoặc 25/10"): neither is taken; the words, to be named. */
  daysInDoubt: string | null;
  /** "Xong 31/9/2021": the day done as written, where it is no real day. */
  badDoneDay: string | null;
}

// What is counted in "3/4 thôn", "2/3 vụ": a share of things done, never a day and month.
const COUNT_UNITS =
  "noi dung|nhiem vu|viec|cong viec|du an|hang muc|phan|chi tieu|tieu chi|buoc|dot|lop|xa|thon|ap|to dan pho|ho so|thu tuc|tthc|cong trinh|van ban|hoat dong|bai|bo|ho|phieu|quyen|phan anh|kien nghi|truong hop|lan|buoi|nguoi|cuoc|hop dong|diem|tuyen|nam so|so|cuon|tap|thua|khu|tram|diem truong|tin|ban tin|tin bai|san pham|ky|thu xin loi|hoi nghi|lop hoc|mau|dia diem|co quan|don vi|d c|dong chi|can bo|cong chuc|cb|cc|to|trang|muc|tai khoan|vu|mo hinh|nhom|hoc vien|don|km|ha";

// "10/9 hoặc 25/10", "20/10 hay 25/10": another day offered right after the one matched.
const TWO_DAYS =
  /\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s+(?:hoặc|hay|or)(?:\s+là)?\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?/iu;
const OTHER_DAY = /^\s*(?:hoac|hay|hoac la|hay la|or)\s+(?:ngay\s+)?\d{1,2}x\d{1,2}/;

// "hoàn thành (vào) ngày 12/10/2021", "xong ngày 5/11", "HT 20/10/21", "completed on 10/12/2021".
// Matched on a key where a date's separators became "x" ("12x10x2021"), so they survive looseKey.
// "Xong 3/4 thôn" is three hamlets of four, not 3 April: no date when a unit follows.
// "xong ngày 12/11", "đã xong hôm 12/11", "xong từ hôm thứ Sáu 26/11", "xong rồi (08/10)": the day it was done.
// "Đã đăng ngày 20/9/2021", "đăng tải ngày …": an article's day online, the day that work was done.
// ("nộp danh sách ngày 10/8/2021": sent, a few words of what, then the day; "nộp trước ngày …" is a deadline.)
const DONE_ON = new RegExp(
  String.raw`(?:hoan thanh|xong|hoan tat|da thuc hien|nghiem thu|\bht\b|completed|done|finished|(?:gui|nop|trinh|ban hanh|phat hanh|da dang|dang tai)(?:\s+(?!truoc\b|han\b|cham\b|den\b|toi\b|sau\b|tu\b|ngay\b)[a-z]+){0,3}(?=\s+ngay))(?:\s+roi)?\s+(?:vao\s+|tu\s+|luc\s+)?(?:hom\s+)?(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)\s+)?(?:ngay\s+|on\s+)?(\d{1,2})x(\d{1,2})(?:x(\d{4}|\d{2}))?(?![\dx])(?!\s+(?:${COUNT_UNITS})\b)`,
);
const DAY_IN_WORDS = /\b(?:ngày|ngay)\s+(\d{1,2})\s+(?:tháng|thang)\s+(\d{1,2})(?:\s+(?:năm|nam)\s+(?=\d{4}\b))?(\d{4})?/giu;
const DONE_ON_WORDS = /(?:hoan thanh|xong|hoan tat)\s+(?:vao\s+)?ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?/;
// "HT 100% ngày 03/12", "hoàn thành 100% vào 30/11": all of it done, on that day.
const ALL_DONE_ON = /(?:hoan thanh|\bht|xong)\s+100\s?%\s+(?:vao\s+)?(?:ngay\s+)?(\d{1,2})x(\d{1,2})(?:x(\d{4}|\d{2}))?(?![\dx])/;
// A sentence that says a thing was done ("Đã gửi ngày 06/12/2021", "Đã ban hành ngày …"): its first date.
const FIRST_DATE = /(?:ngay|on)\s+(\d{1,2})x(\d{1,2})(?:x(\d{4}|\d{2}))?(?![\dx])/;
// "Đã niêm yết 12/11/2021": a done verb and a full date right after it.
const DONE_VERB_DATE = /^(?:da|duoc)\s+(?:[a-z]+\s+){1,3}(\d{1,2})x(\d{1,2})x(\d{4}|\d{2})(?![\dx])/;
const POSTED_ON =
  /(?<!\p{L})(?:đã\s+)?đăng(?:\s+tải)?\s+(?:vào\s+)?ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?![\d/])/iu;
// ("01/10 (áp dụng mẫu mới)": "áp dụng" is no hamlet, "ấp".)
// ("nghỉ sinh từ 01/7, đ/c Hùng làm tiếp": a day after its word, never one of seven.)
const PARTS_DONE = new RegExp(
  String.raw`(?<![\dx])(?<!\b(?:tu|ngay|den|toi|het|truoc|sau)\s)(\d{1,6})x(\d{1,6})\s+(?!ap dung\b)(?:${COUNT_UNITS})\b`,
);
// "phát được 300 tờ (60%)": the share a count of things is of the whole (a sum of money's is a
// disbursement's figure, not how far the work is).
const SHARE_OF_COUNT = /\d\s+(?!(?:triệu|tỷ|đồng|nghìn|ngàn|tr\.?đ|trđ)(?!\p{L}))\p{L}[\p{L}\s]{0,15}\((\d{1,3}(?:[.,]\d{1,2})?)\s?%\)/u;
// "Đang thực hiện 60%", "hoàn thành 80% khối lượng", "tiến độ đạt 45%": the share done, said in words.
// A share as written, its decimal comma or point a space or an "x" in the key ("80,9%"), never
// the decimal part alone of another number (which read "80,9%" as 9 %).
const SHARE = String.raw`(?<!\d[x ]?)(\d{1,3}(?:[x ]\d{1,2})?)\s?`;
const PERCENT_DONE = new RegExp(
  String.raw`(?:dang thuc hien|dang th|\bdth|^th|dang trien khai|da thuc hien|hoan thanh|\bht|tien do|khoi luong|da lam)\s+(?:(?:duoc|dat|khoang|khoi luong)\s+){0,2}${SHARE}%`,
);

const AIMED = /\b(?:phan dau|du kien|muc tieu|chi tieu|ke hoach giao)\b/;

// "Đạt 95%", "mới số hóa được 40% hồ sơ": the share reached, said at the start or after a verb.
// "Đến 30/9 đạt 58,6%": the day the share stood at, before it; "Chưa xong, được khoảng 50%": not all of it yet.
const PERCENT_REACHED =
  /^(?:(?:den|tinh den) (?:ngay )?\d{1,2}x\d{1,2}(?:x\d{2,4})?\s+)?(?:chua (?:xong|hoan thanh|ht|dat)\s+)?(?:(?:moi|da|van|hien|hien nay)\s+(?:[a-z]+\s+){0,3})?(?:dat|duoc)\s+(?:khoang\s+)?(\d{1,3}(?:[x ]\d{1,2})?)\s?(?:%|phan tram)/;

// "Chưa đạt, mới 80%": short of the whole, by the share said.
const SHORT_BY =
  /^chua (?:xong|hoan thanh|ht|dat)(?:\s+(?:yeu cau|ke hoach|chi tieu))?\s+moi\s+(?:(?:dat|duoc|lam duoc)\s+)?(?:khoang\s+)?(\d{1,3}(?:[x ]\d{1,2})?)\s?(?:%|phan tram)/;

// "đang làm, đạt 85%", "đang triển khai, được 40%": the share reached, said after the work in progress.
const PERCENT_WHILE_DOING = new RegExp(
  String.raw`\bdang [a-z]+(?: [a-z]+)?\b[^.;]{0,30}?\b(?:(?:dat|duoc|khoang)\s+(?:khoang\s+)?)?${SHARE}(?:%|phan tram)`,
);

// "Hoàn thành, đạt 63% KH", "Hoàn thành (đạt 62,4%)": done, the figure its result reached.
const DONE_THEN_FIGURE = /^(?:đã\s+)?(?:hoàn thành|xong|ht)\s*[,;:–(-]\s*(?:đạt|được)\s+\d/iu;
// "Đạt 62% - Hoàn thành (ngày 28/9/2021)": the figure the work reached, then that it is done.
const FIGURE_THEN_DONE =
  /^(?:đã\s+)?(?:đạt|được)\s+[\d.,]+\s?%[^,;:–-]{0,20}[,;:–-]\s*(?:đã\s+)?(?:hoàn thành|xong)(?!\s+\d+\s*\/)(?!\p{L})/iu;

const DOC =
  /(?<!\p{L})(?:(?:báo cáo|công văn|quyết định|kế hoạch|thông báo|tờ trình|biên bản|giấy mời|nghị quyết|hướng dẫn|chỉ thị|hợp đồng|giấy chứng nhận|bc|cv|qđ|kh|tb|ttr|nq|hđ)\s*(?:số\s*)?|số\s*)\d+(?:\s*\/\s*[a-zđ0-9]+(?:-[a-zđ0-9]+)*)+(?:\s+ngày\s+\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{2,4})?/giu;
/** A date that is a plan, not a fact: "dự kiến xong 30/12", "chưa xong", "hạn hoàn thành 30/12" ("đúng hạn ngày 15/10" is done). */
const NOT_DONE_BEFORE =
  /(?:du kien|se|chua|(?<![a-z])(?:phai|can|de nghi)|(?<!(?:dung|truoc|tre|qua|cham) )han|ke hoach|expected|planned|by)\s*$/;

/**
 * The share a later clause says was reached ("…; đạt 30%"), where no clause after it says the work was then done
 * ("…; đến 30/6 đạt 70%; …; đã hoàn thành ngày 27/9/2021": a step on the way, all of it done since).
 */
function clauseShare(clean: string): RegExpExecArray | null {
  const keys = clean.split(/;\s*/).map(clauseKey);
  for (let i = keys.length - 1; i >= 1; i--) {
    const m = PERCENT_REACHED.exec(keys[i]);
    if (m) return keys.slice(i + 1).some((k) => /\b(?:hoan thanh|hoan tat|xong)\b/.test(k)) ? null : m;
  }
  return null;
}

/** A clause keyed as a sentence's key is (a thousands separator gone, a decimal comma an "x"). */
function clauseKey(clause: string): string {
  return looseKey(
    clause.replace(/(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])/g, (n) => n.replace(/\./g, "")).replace(/(\d)\s*[/.-]\s*(?=\d)/g, "$1x"),
  );
}

function partsKey(clean: string): string {
  return looseKey(clean.replace(/\b\d{1,2}\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{2,4})?\s*:/g, " ").replace(/(\d)\s*[/.-]\s*(?=\d)/g, "$1x"));
}

/** What a sentence says of a task; `year` completes a date written without one ("20/10"). */
// "đạt 97% hồ sơ", "đạt 95% văn bản": a rate of things counted (a criterion's figure), never how far the work is.
const THINGS_AFTER = /^\s*(?:(?:so\s+)?ho so|hs|van ban|vb|phieu|tthc|nguoi dan|luot)\b/;

/**
 * A share matched, unless it is reached ("đạt") and things counted follow it. ("Số hóa được 40% hồ sơ": the records
 * done so far, the work's own share.)
 */
function ofThings(key: string, m: RegExpExecArray | null): RegExpExecArray | null {
  const reachedRate = m !== null && /\bdat\s+(?:khoang\s+)?[\d x]+\s?%$/.test(m[0]);
  return m !== null && reachedRate && THINGS_AFTER.test(key.slice(m.index + m[0].length)) ? null : m;
}

// ("ĐTH - 65%", "Đang TH 50%, đã trình PCT": the legend's short form for under way, then the share.)
const LEADING_SHARE =
  /^\s*(?:(?:đth|dth|đang th)\s*[-–:,]?\s*(?:~\s*|khoảng\s+|gần\s+)?(\d{1,3}(?:[.,]\d{1,2})?)\s*%|(\d{1,3}(?:[.,]\d{1,2})?)\s*%\s*[-–,;]\s*\p{L})/iu;

/** Done, where a text's last sentence is a few words saying so alone ("Đã hoàn thành."); else null. */
function closingState(clean: string): TaskStatus | null {
  // ("- Đến 30/9 giải ngân đạt 62%. - Đã HT chỉ tiêu 60%.": a list's lines, each after its dash.)
  const sentences = clean.split(/[.;!]\s+(?=[-–•+]?\s*\p{L})/u);
  const last = sentences.length < 2 ? "" : (sentences.at(-1) ?? "").replace(/[.!]\s*$/, "").replace(/^[-–•+]\s*/u, "");
  // (Only done: "…; chưa hoàn thành" after work reported is under way, which the words before tell.)
  const said = last !== "" && last.split(/\s+/).length <= 4 ? statusAtStart(looseKey(last)) : null;
  // ("Đã HT chỉ tiêu 60%": the target met, the work done; "Hoàn thành 60%" alone is how far it got.)
  const met =
    /^(?:da )?(?:ht|hoan thanh|xong|dat)\s+(?:chi tieu|muc tieu|ke hoach)\b/.test(looseKey(last)) && last.split(/\s+/).length <= 7;
  return said === "Hoàn thành" || met ? "Hoàn thành" : null;
}

export function sentenceFacts(text: string, year: number | null): SentenceFacts {
  const clean = cleanText(text);
  // "1.215 hồ sơ": a thousands separator, never a part over a whole ("1/215"); the evidence keeps the text as written.
  const figures = clean.replace(/(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])/g, (n) => n.replace(/\./g, ""));
  // "ngày 3 tháng 12 năm 2021": a day written out, read as "ngày 3/12/2021" is.
  const key = looseKey(
    figures
      .replace(DAY_IN_WORDS, (_, d: string, m: string, y?: string) => `ngày ${d}/${m}${y ? `/${y}` : ""}`)
      .replace(/(\d)\s*[/.-]\s*(?=\d)/g, "$1x"),
  );
  // ("Đăng ngày 26/11", "đăng 5 tin": posted, never "đang" (under way), which it keys the same as.)
  const lead = looseKey(clean.replace(/^(\s*)đăng(?!\p{L})/iu, "$1đưa"));
  const figureThenDone = FIGURE_THEN_DONE.test(clean);
  const stated = statusAtStart(lead) ?? (figureThenDone ? "Hoàn thành" : null);
  const aspect = stated ? null : aspectAtStart(lead);
  // "100% văn bản đi được gửi điện tử (trừ văn bản mật). Đã hoàn thành.": a short sentence of state closing the text.
  const status = stated ?? aspect ?? closingState(clean);
  const first =
    DONE_ON.exec(key) ??
    DONE_ON_WORDS.exec(key) ??
    ALL_DONE_ON.exec(key) ??
    (status === "Hoàn thành" ? (FIRST_DATE.exec(key) ?? DONE_VERB_DATE.exec(key)) : null);
  // "HT 4/4, xong 26/11": the parts done ("HT" a part over a whole, no year), then the day done; the later day is the day.
  const offset = first === null ? 0 : first.index + first[0].length;
  const partsFirst = first !== null && first[3] === undefined && first[0].startsWith("ht") && Number(first[1]) <= Number(first[2]);
  const later = partsFirst ? DONE_ON.exec(key.slice(offset)) : null;
  if (later !== null) later.index += offset;
  const m = later ?? first;
  let doneDate: IsoDate | null = null;
  let daysInDoubt: string | null = null;
  let badDoneDay: string | null = null;
  if (m && status !== "Đang thực hiện" && status !== "Chưa thực hiện" && !NOT_DONE_BEFORE.test(key.slice(0, m.index))) {
    const y = m[3] === undefined ? year : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    doneDate = y === null ? null : isoDate(y, Number(m[2]), Number(m[1]));
    if (y !== null && doneDate === null) badDoneDay = `${m[1]}/${m[2]}${m[3] ? `/${m[3]}` : ""}`;
    const other = OTHER_DAY.exec(key.slice(m.index + m[0].length));
    if (other) {
      doneDate = null;
      daysInDoubt = TWO_DAYS.exec(clean)?.[0] ?? `${m[1]}/${m[2]}${m[3] ? `/${m[3]}` : ""} ${other[0].trim().replace(/x/g, "/")}`;
    }
  }
  // "đăng ngày 26/11": posted that day ("đăng" keyed is "dang", as "đang" is: read from the words as written).
  const posted = m === null && status !== "Đang thực hiện" && status !== "Chưa thực hiện" ? POSTED_ON.exec(clean) : null;
  if (posted) {
    const y = posted[3] === undefined ? year : posted[3].length === 2 ? 2000 + Number(posted[3]) : Number(posted[3]);
    doneDate = y === null ? null : isoDate(y, Number(posted[2]), Number(posted[1]));
  }
  const evidence = [...clean.matchAll(DOC)].map((x) => cleanText(x[0]));
  // "01/10: bổ sung …" opens a log's line with its day: never a share of parts ("1/10 bộ").
  const parts = PARTS_DONE.exec(key.includes(":") || /\d\s*[/.]\s*\d{1,2}\s*:/.test(figures) ? partsKey(figures) : key);
  // "còn 2/7 hộ chưa đồng ý": the parts still to do, the share done the rest (5 of 7).
  const left =
    parts !== null &&
    (/(?:^|\s)con\s+(?:lai\s+)?$/.test(key.slice(0, parts.index)) ||
      // ("03/04 người; 01 người chưa có lớp": a count of its own before "chưa" is another clause's.)
      /^\s*[a-z]+(?:\s+[a-z]+)?\s+chua\b/.test(key.slice(parts.index + parts[0].length)));
  // (The parts left said: the share done is the others.)
  const byParts =
    parts && Number(parts[2]) > 0 && Number(parts[1]) <= Number(parts[2])
      ? Math.round(((left ? Number(parts[2]) - Number(parts[1]) : Number(parts[1])) / Number(parts[2])) * 10000) / 100
      : null;
  // "Hoàn thành, đạt 63% KH": done, and the share is the result's figure, not how far the work is.
  // "đạt khoảng 85-90%": a range, no one share (its dash is a space in the key, as a decimal comma is).
  const range = /(\d{1,3})\s*[-–]\s*(\d{1,3})(?:[.,]\d+)?\s*%/.exec(clean);
  const ranged = range !== null;
  // ("đang thực hiện; phấn đấu giải ngân 100% trước 31/01/2022": the share aimed at, never the share reached.)
  const reachedNotAimed = (m: RegExpExecArray | null) => (m !== null && !AIMED.test(m[0]) ? m : null);
  const percent =
    DONE_THEN_FIGURE.test(clean) || figureThenDone || ranged
      ? null
      : (reachedNotAimed(ofThings(key, PERCENT_DONE.exec(key))) ?? reachedNotAimed(ofThings(key, PERCENT_WHILE_DOING.exec(key))));
  // "Đã khảo sát, lập dự toán; đạt 30%": the share reached, said as a clause of its own after the work done.
  const reached =
    percent || figureThenDone || ranged
      ? null
      : (ofThings(key, PERCENT_REACHED.exec(key)) ?? SHORT_BY.exec(key) ?? (clean.includes(";") ? clauseShare(clean) : null));
  const percentValue = percent ? Number(percent[1].replace(/[x ]/, ".")) : null;
  const byPercent = percentValue !== null && percentValue <= 100 ? percentValue : null;
  // "Mới làm được 1 nửa", "xong một nửa": half the work.
  const byHalf = /\b(?:duoc|lam duoc|xong|dat|hoan thanh)\s+(?:1|mot)\s+nua\b/.test(key) ? 50 : null;
  // "Đạt 85,5%": the decimal comma is a space (or an "x") in the key.
  const reachedValue = reached ? Number(reached[1].replace(/[x ]/, ".")) : null;
  const ofCount = reachedValue === null && percent === null ? SHARE_OF_COUNT.exec(figures) : null;
  const countShare = ofCount ? Number(ofCount[1].replace(",", ".")) : null;
  const byReached =
    reachedValue !== null && reachedValue <= 100 ? reachedValue : countShare !== null && countShare <= 100 ? countShare : byHalf;
  // "80% - còn 1 dự án chưa kiểm tra", "65%, đã trình PCT": the share opening the cell, then words on it.
  const opening = byParts === null && byPercent === null && byReached === null && !ranged ? LEADING_SHARE.exec(clean) : null;
  const leadShare = opening ? Number((opening[1] ?? opening[2]).replace(",", ".")) : null;
  const byLeading = leadShare !== null && leadShare <= 100 ? leadShare : null;
  const progress = byParts ?? byPercent ?? byReached ?? byLeading;
  const progressBy = byParts !== null ? "parts" : progress !== null ? "percent" : null;
  // A share reached and nothing else said: under way until it is all.
  const share = byReached ?? byPercent ?? byLeading;
  // A range below the whole ("khoảng 85-90%"): part done, how far not told.
  const rangeUnder = range !== null && Number(range[2]) < 100 && Number(range[1]) > 0 ? "Đang thực hiện" : null;
  const fromShare = share === null ? rangeUnder : share >= 100 ? "Hoàn thành" : share > 0 ? "Đang thực hiện" : null;
  // "Chưa đạt, mới 80%": not all of it, yet part of it done: under way.
  const partly = aspect === "Chưa thực hiện" && progress !== null && progress > 0 && progress < 100;
  return {
    status: partly ? "Đang thực hiện" : (status ?? (doneDate ? "Hoàn thành" : fromShare)),
    doneDate,
    evidence,
    progress,
    progressBy,
    byAspect: aspect !== null,
    daysInDoubt,
    badDoneDay,
  };
}

// Status and progress cells repeat the same few sentences ("Đã HT", "đang TH") down a sheet: each is
// read once per workbook, with the workbook's cache of cell facts.
const SENTENCES = new WeakMap<FactsCache, Map<string, SentenceFacts>>();

/** sentenceFacts, remembered for the workbook `cache` belongs to. */
export function sentenceFactsIn(cache: FactsCache, text: string, year: number | null): SentenceFacts {
  let known = SENTENCES.get(cache);
  if (!known) SENTENCES.set(cache, (known = new Map()));
  const key = `${year ?? ""}\u0000${text}`;
  let facts = known.get(key);
  if (!facts) {
    facts = sentenceFacts(text, year);
    if (known.size < 100_000) known.set(key, facts);
  }
  return facts;
}
