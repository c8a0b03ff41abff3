import { parseDeadline } from "../dates/deadline";
import { findOfficials } from "../plan/officials";
import { cleanText, looseKey } from "../text/normalize";
import { TaskStatus } from "../vocab";
import { DateText, parseDateText } from "./dateText";
import { GridCell, isGridDate, isGridError } from "./grid";
import { PeriodLabel, isTotalKey, periodOfLabel } from "./periods";

/**
 * What one cell looks like to someone reading the sheet: a date, a deadline phrase, a percent,
 * a status word, a tick, an official's title, a criterion code, a long sentence … Computed once
 * per distinct text (officials' sheets repeat the same few words thousands of times).
 */
export interface TextFacts {
  text: string;
  key: string;
  /** Sentence-like: several words, the kind of text a task is. */
  long: boolean;
  date: DateText | null;
  /** A deadline phrase that is not a plain date: "Quý IV/2021", "Trong năm 2021", "Thường xuyên". */
  phrase: boolean;
  period: PeriodLabel | null;
  total: boolean;
  /** The whole cell is a status word. */
  status: TaskStatus | null;
  /** A longer text that begins with a status: "Đã hoàn thành ngày 12/10/2021, …". */
  statusLead: TaskStatus | null;
  tick: boolean;
  /** An empty box ("☐", Wingdings "¨"): a tick column's cell, not ticked. */
  emptyBox: boolean;
  official: boolean;
  code: string | null;
  /** A number written as text ("1.850", "98,5%", "35,0 %"); percent tells whether it had "%". */
  number: number | null;
  percent: boolean;
  /** "3/4 nội dung": done parts over all, as a percentage. */
  fraction: number | null;
  /** Names a document: "Báo cáo số 12/BC-UBND", "QĐ 15/QĐ-UBND", "Công văn 123". */
  docRef: boolean;
  /** Roman numeral or letter of a section: "I", "II.", "A", "a)". */
  sectionMark: boolean;
}

const STATUS_WORDS: ReadonlyArray<[RegExp, TaskStatus]> = [
  [
    /^(chua|chua th|cth|c th|chua thuc hien|chua lam|chua trien khai|chua bat dau|chua ht|chua hoan thanh|khong thuc hien|not started|to do|todo|pending|open|chua xong|cho xu ly|chua xu ly|qua han chua xu ly)$/,
    "Chưa thực hiện",
  ],
  [
    /^(dang|dang th|dth|d th|d lam|dang thuc hien|dang lam|dang trien khai|dang xu ly|dang tien hanh|dang ht|dang hoan thien|in progress|ongoing|doing|started|wip|duy tri|dang duy tri|van duy tri|thuc hien thuong xuyen|thuong xuyen thuc hien|qua han dang xu ly|lam deu|van lam|van dang lam|lam do|lam thuong xuyen)$/,
    "Đang thực hiện",
  ],
  [
    /^(da ht|da hoan thanh|hoan thanh|ht|ht tre|ht cham|ht som|ht dung han|ht qua han|ht tre han|xong|da xong|done|da thuc hien|hoan tat|da hoan tat|da th|hoan thanh dung han|hoan thanh tre han|hoan thanh qua han|completed|complete|finished|closed|dat|roi|xong roi|da roi|ok|da xu ly|da xu ly dung han|da xu ly qua han|hoan thanh xu ly)$/,
    "Hoàn thành",
  ],
];

const STATUS_LEAD: ReadonlyArray<[RegExp, TaskStatus]> = [
  // "Đang tổng hợp", "Đang chờ huyện", "Đang vận động": "đang" and what is being done, alone in the cell.
  [/^(?:van |hien )?dang (?!la |co |o )[a-z]+(?: [a-z]+){0,2}$/, "Đang thực hiện"],
  // "Chưa xong, chờ huyện phê duyệt …", "Chưa hoàn thành, còn 3 lĩnh vực": begun, not finished.
  [/^chua (?:xong|hoan thanh)\b.*\b(?:cho|con|dang|da)\b/, "Đang thực hiện"],
  // "Chưa xong, đạt 85%", "Chưa xong, khối lượng mới đạt khoảng 65%": part of it done.
  [/^chua (?:xong|hoan thanh|ht)\b.*\b(?:dat|duoc|lam duoc)(?: khoang| gan| tren)? \d/, "Đang thực hiện"],
  [/^(chua thuc hien|chua trien khai|chua hoan thanh|chua lam|chua xong|chua bat dau|chua th|chua ht|cth)\b/, "Chưa thực hiện"],
  // "Trễ, dự kiến xong 20/12", "Chờ huyện duyệt danh sách từ 10/10": under way, its end expected or awaited.
  [/^(?:(?:tre|cham|qua han)(?: han)? )?du kien (?:xong|hoan thanh|ht)\b/, "Đang thực hiện"],
  // "Chậm, dự kiến 30/11", "Trễ hạn - dự kiến tháng 12": behind, its end expected on a day.
  [/^(?:tre|cham|qua han)(?: han| tien do)? du kien\b/, "Đang thực hiện"],
  // "Tạm dừng do dịch Covid-19 từ 15/7": paused, still work to do.
  [/^tam (?:dung|ngung)\b/, "Đang thực hiện"],
  // "Trình ký 05/10/2021", "Đang trình phê duyệt": drafted, awaiting the signature that ends it.
  [/^(?:dang )?trinh (?:ky|phe duyet|lanh dao ky|chu tich ky|ct ky)\b/, "Đang thực hiện"],
  [/^cho (?:huyen |tinh |cap tren |ubnd (?:huyen|tinh) )?(?:phe duyet|duyet|tham dinh|ky duyet|phan hoi|y kien)\b/, "Đang thực hiện"],
  // "Trễ, đang làm", "Đạt 42/50, đang làm", "Trễ, mới được 20 TK": late or part done, still under way.
  [/^(?:tre|cham|qua han|dat|moi)\b.*\b(?:dang|van dang) (?:lam|thuc hien|trien khai|xu ly|van dong)\b/, "Đang thực hiện"],
  [/^(?:(?:tre|cham|qua han)(?: han)? )?moi (?:duoc|dat|lam duoc|xong|van dong duoc) \d/, "Đang thực hiện"],
  // "Mới 02/04 đ/c hoàn thành": part of it done; "Chậm, ước 85%": behind, under way.
  [/^moi \d+ \d+\b/, "Đang thực hiện"],
  [/^(?:cham|tre)(?: tien do)?\b.*\buoc (?:dat )?\d/, "Đang thực hiện"],
  // "Đã mua, chờ lắp đặt", "Đã thi công xong, chờ nghiệm thu": a step done, the work's end still awaited.
  [
    /^da\b.*\b(?:cho|dang cho) (?:lap|lap dat|nghiem thu|ban giao|thanh toan|quyet toan|phe duyet|duyet|ky|kinh phi|giai ngan|cap kinh phi)\b/,
    "Đang thực hiện",
  ],
  // "OK 2/3, còn 1", "Xong 5 thôn, còn lại 2": some done, a number of them left, so still under way.
  [/^(?:ok|xong|da xong|da lam|da cap|da gui|da hoan thanh)\b.*\bcon(?: lai)? \d+\b/, "Đang thực hiện"],
  // "Gần xong, còn khâu in ấn", "sắp hoàn thành": nearly done, so still under way.
  [/^(?:sap|gan|sap sua|cung sap) (?:xong|hoan thanh|ht)\b/, "Đang thực hiện"],
  // "Duy trì …": standing work kept up, so under way.
  // "Đ.làm 50%": đang làm, shortened.
  [
    // ("ĐTH - 65%", "ĐTH 50%, đã trình PCT": the legend's short form, its share after it.)
    /^(dang thuc hien|dang trien khai|dang xu ly|dang tien hanh|dang hoan thien|dang lam|d lam|duy tri|dang duy tri|dang th|dth|lam deu|van lam|van dang lam)\b/,
    "Đang thực hiện",
  ],
  // "Đã tổ chức 2 đợt, đang chuẩn bị đợt 3", "Đã gửi, hiện đang chờ huyện": a part done, the rest under way.
  [/^da (?:thuc hien|ban hanh|to chuc|gui|niem yet|cap nhat|hoan thien)\b.*\b(?:dang|van dang|tiep tuc) [a-z]/, "Đang thực hiện"],
  // "HT (10/9)", "Đã HT ngày 02/12", "HT 100%": done, shortened, its day or share after it.
  [/^(?:da )?ht(?: ngay)? \d/, "Hoàn thành"],
  // ("HT, nộp Phòng NV ngày 13/9": done, then what was done with it.)
  [/^(?:da )?ht\b(?! \d+ \d)/, "Hoàn thành"],
  [
    /^(da hoan thanh|hoan thanh|da xong|xong|da thuc hien xong|da thuc hien|hoan tat|da hoan tat|da ban hanh|da to chuc|da gui|da niem yet|da cap nhat|da hoan thien|completed|done)\b/,
    "Hoàn thành",
  ],
];

// Vietnamese marks aspect before the verb: "Đã phát 120 tờ" (done), "Đang vận động 3 hộ" (under way),
// "Chưa triển khai" (not started). Read only where no status word is written; "chưa phát sinh" (nothing
// has arisen) says nothing of the task.
// A null state: the words say nothing of the work, whatever their aspect.
const ASPECT: ReadonlyArray<[RegExp, TaskStatus | null]> = [
  // "Còn 01 hồ sơ chưa giải quyết": the rest is done, some is left.
  [/^con(?: lai)? \d+\b.*\bchua\b/, "Đang thực hiện"],
  // "Chưa đến hạn" is about the deadline, not the work: it says nothing of a start.
  [/^chua\b(?! phat sinh| (?:den|toi|het) han\b)/, "Chưa thực hiện"],
  [/^(?:van |hien )?dang\b/, "Đang thực hiện"],
  // "Thường xuyên; Q4 không có hồ sơ trễ hạn" as a duty's result: the standing work goes on.
  [/^(?:duy tri |thuc hien )?thuong xuyen\b/, "Đang thực hiện"],
  // "Đã nhắc tại giao ban", "Đã nhắc nhở": the office reminded someone, which says nothing of the work
  // ("Đã đôn đốc" may be the work itself, a task "Đôn đốc …" done).
  [/^da (?:nhac|nhac nho)\b/, null],
  // "Đã khảo sát quý I, II, III; quý IV đang phát phiếu": a part done, the rest under way.
  // ("Đã đăng ngày 20/9" is posted, "đăng" unmarked as "đang" is: "đã" never stands right before "đang".)
  [/^(?:da|duoc)\b(?! dang\b).*\b(?:dang|van dang|tiep tuc) [a-z]/, "Đang thực hiện"],
  // "Đã rà soát, chờ huyện mở lớp", "Đã cử 02 người đi học, 02 người chờ lớp sau": a step done, the rest awaited.
  [
    /^(?:da|duoc)\b(?! dang\b).*\b(?:(?:dang|con|van) cho|cho (?:huyen|tinh|lop|mo lop|khai giang|ket qua|cap tren|phan hoi|y kien|kinh phi|phe duyet|duyet|ky duyet|thanh toan|nghiem thu|lap dat|dot sau|lop sau))\b/,
    "Đang thực hiện",
  ],
  // "Đã mua 10 ghế, còn biển hiệu", "Đã làm 3 lớp – đạt 60%": a part done, the rest left (a rate measured, "tỷ lệ hài
  // lòng đạt 92%", is no share of the work, nor a figure after the work said done, "đã rà soát xong: 12/15 đạt (80%)").
  [
    /^(?:da|duoc)\b(?! dang\b)(?!.*\b(?:ty le|hai long|dung han|xong|hoan thanh|hoan tat)\b).* (?:con (?!lai \d|0\b)[a-z]|dat [1-9]?\d(?: \d+)?%$)/,
    "Đang thực hiện",
  ],
  [/^(?:da|duoc|xong roi|roi)\b/, "Hoàn thành"],
];

/** The status a text's first word says by its aspect ("đã …", "đang …", "chưa …"), or null. */
export function aspectAtStart(key: string): TaskStatus | null {
  for (const [re, s] of ASPECT) if (re.test(key)) return s;
  return null;
}

// Marks some officials use for a state (a legend beside them says so): "⏳" under way, "✘" not done.
// A tick alone ("✔", "x") is read as done where a tick column is; here only these.
const SYMBOL_STATUS = new Map<string, TaskStatus>([
  ["⏳", "Đang thực hiện"],
  ["⌛", "Đang thực hiện"],
  ["🔄", "Đang thực hiện"],
  ["◐", "Đang thực hiện"],
  ["✅", "Hoàn thành"],
  ["✔", "Hoàn thành"],
  ["✔️", "Hoàn thành"],
  // "✓ 22/6", "√" under "Xong?": a tick in a status column is done.
  ["✓", "Hoàn thành"],
  ["√", "Hoàn thành"],
  ["☑", "Hoàn thành"],
  ["✘", "Chưa thực hiện"],
  ["✗", "Chưa thực hiện"],
  ["❌", "Chưa thực hiện"],
  ["✖", "Chưa thực hiện"],
]);

// Words typed as in a chat ("xg r", "đg lm", "chưa lm"): each short form to its word.
const CHAT_WORDS: Readonly<Record<string, string>> = { xg: "xong", r: "roi", dg: "dang", lm: "lam", ch: "chua", th: "thuc hien" };
const CHAT_FORM = /(?:^| )(?:xg|dg|lm|ch)(?: |$)/;
// The first words of a longer text in those short forms: "dg lam …", "dg th …", "xg r …", "ch lm …".
const CHAT_START = /^(?:xg|dg|ch)(?: (?:lm|th|r|lam))?(?= |$)/;
// "Sắp xong", "gần xong", "sắp hoàn thành": nearly done, so still under way.
// "Cơ bản hoàn thành", "hoàn thành cơ bản", "đã xong phần lớn": mostly done, so still under way.
const NEARLY_DONE =
  /^(?:(?:sap|gan|sap sua|cung sap|co ban|co ban da|da co ban) (?:xong|hoan thanh|ht)|(?:hoan thanh|xong) co ban|(?:da )?xong phan lon|(?:da )?hoan thanh phan lon)$/;

/** A short text typed as in a chat, its short forms in words ("xg r" -> "xong roi"). */
function unchat(key: string): string {
  return key.length <= 12 && CHAT_FORM.test(key)
    ? key
        .split(" ")
        .map((w) => CHAT_WORDS[w] ?? w)
        .join(" ")
    : key;
}

/**
 * "Đang làm Xong", "50% 80%": a new value typed after the old one in the same cell. The later (typed
 * last) with both as written, or null. "Chưa xong", "Chưa HT" are one state, never two.
 */
export function twoStates(key: string): { first: string; last: string; status: TaskStatus } | null {
  const shares = /^(\d{1,3})% (\d{1,3})%$/.exec(key);
  if (shares) {
    const [a, b] = [Number(shares[1]), Number(shares[2])];
    if (a <= 100 && b <= 100 && a !== b)
      return { first: `${a}%`, last: `${b}%`, status: b >= 100 ? "Hoàn thành" : b > 0 ? "Đang thực hiện" : "Chưa thực hiện" };
  }
  const words = key.split(" ");
  if (words.length < 2 || words.length > 6) return null;
  for (let i = 1; i < words.length; i++) {
    const [a, b] = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
    const [sa, sb] = [statusWord(a), statusWord(b)];
    if (sa === null || sb === null || sa === sb || sa === "Chưa thực hiện" || /^(?:dang|da|dg|xong)$/.test(a)) continue;
    if (a === "xong" || b === "chua") continue;
    return { first: a, last: b, status: sb };
  }
  return null;
}

/** The whole text as a status word, or null. */
export function statusWord(key: string): TaskStatus | null {
  // A drop-down's numbered choices: "1. Hoàn thành", "2 - Đang thực hiện", "c) Chưa thực hiện".
  // "Đ.TH" is a word of its own before "d)" is a choice's letter.
  for (const [re, s] of STATUS_WORDS) if (re.test(key)) return s;
  const word = unchat(key.replace(/^(?:\d{1,2}|[a-d]) (?=\D)/, ""));
  for (const [re, s] of STATUS_WORDS) if (re.test(word)) return s;
  return null;
}

// The status words a slip of one letter is read back to ("Hoàn thàng", "Đang thưc hiện").
const NEAR_WORDS: ReadonlyArray<[string, TaskStatus]> = [
  ["hoan thanh", "Hoàn thành"],
  ["da hoan thanh", "Hoàn thành"],
  ["dang thuc hien", "Đang thực hiện"],
  ["chua thuc hien", "Chưa thực hiện"],
];

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

// "Chậm tiến độ", "Đúng tiến độ", "Vượt tiến độ": how the work keeps pace, so it is under way;
// "Thường xuyên", "Định kỳ": standing work, under way too.
// "Chậm tiến độ (đang làm, quá thời gian)": the pace first, what follows explains it.
const PACE =
  /^(?:(?:cham|dung|vuot|kip|dam bao|bao dam|theo|chua dat|khong dat) (?:so voi )?tien do|thuong xuyen|dinh ky|lien tuc)(?: dang lam\b.*| dang thuc hien\b.*| qua (?:thoi gian|han)\b.*)?$/;

/** A judgement of pace ("Chậm tiến độ") or of standing work ("Thường xuyên") in place of a status: under way; null for anything else. */
export function statusOfPace(key: string): TaskStatus | null {
  return PACE.test(key) ? "Đang thực hiện" : null;
}

/** "Sắp xong", "gần xong", "sắp xg" in the status column: nearly done, so under way (in a progress column it is no share). */
export function nearlyDone(key: string): TaskStatus | null {
  return NEARLY_DONE.test(unchat(key)) ? "Đang thực hiện" : null;
}

/** A status word typed with one letter wrong or missing, or null. */
export function statusNear(key: string): TaskStatus | null {
  if (key.length < 8) return null;
  for (const [word, s] of NEAR_WORDS) if (oneEditApart(key, word)) return s;
  return null;
}

/** "✔ 12/11", "✘ chờ ý kiến huyện": a state's mark, then what it says of it; null for anything else. */
function symbolAtStart(text: string): TaskStatus | null {
  const m = /^\s*(\S{1,2}?)\uFE0F?\s+\S/u.exec(text);
  return m ? (SYMBOL_STATUS.get(m[1]) ?? null) : null;
}

/** A status at the start of a longer text, or null. */
// "TT: Hoàn thành", "Tình trạng: đang làm", "Trạng thái - Đang thực hiện (80%)": the state after its own label.
const STATUS_LABEL = /^\s*(?:tt|tình trạng|tinh trang|trạng thái|trang thai|tình hình|tinh hinh)\s*[:–-]\s*(?=\S)/iu;

/** A state written after its label, read as the words after it are; null where no such label opens the text. */
function labelledStatus(text: string): TaskStatus | null {
  const m = STATUS_LABEL.exec(text);
  if (m === null) return null;
  const key = looseKey(text.slice(m[0].length));
  return statusWord(key) ?? statusAtStart(key);
}

export function statusAtStart(key: string): TaskStatus | null {
  for (const [re, s] of STATUS_LEAD) if (re.test(key)) return s;
  // "dg lam, 3 buoi/tuan", "dg th 98%", "xg r, gui huyen": a chat's short forms opening a longer text.
  const start = CHAT_START.exec(key);
  if (start === null) return null;
  const words = unchat(start[0]) + key.slice(start[0].length);
  for (const [re, s] of STATUS_LEAD) if (re.test(words)) return s;
  return null;
}

/** A box ticked in text: "[x]", "(x)", "[✓]". */
const TICKED_BOX = /^[[(]\s*[xX✓✔]\s*[\])]$/u;
// "þ" and "ý" are Wingdings' ticked boxes (☑, ☒) as Insert › Symbol leaves them in the cell's text.
// "TRUE"/"FALSE" typed, or a checkbox of a Google Sheets export kept as text.
const TICKS = new Set([
  "✅",
  "x",
  "X",
  "✓",
  "✔",
  "√",
  "☑",
  "☒",
  "þ",
  "ý",
  "v",
  "V",
  "•",
  "●",
  "có",
  "Có",
  "CÓ",
  "co",
  "Co",
  "CO",
  "yes",
  "Yes",
  "TRUE",
  "true",
]);
/** A box left empty: "☐", "□", and Wingdings' "¨". A column of boxes is a column of ticks, this one not ticked. */
// "Không" under "Đã hoàn thành? (Có/Không)": the answer no, as an empty box is.
const EMPTY_BOXES = new Set(["☐", "□", "¨", "FALSE", "false", "Không", "không", "KHÔNG", "khong", "No", "no"]);
const DOC_REF =
  /\b(?:so|số)\s*\d+\s*\/\s*[A-ZĐ]|\d+\s*\/\s*(?:BC|QĐ|QD|KH|CV|TB|TTr|UBND|NQ|BB|GM|VP)\b|^(?:báo cáo|bao cao|công văn|cong van|quyết định|quyet dinh|kế hoạch số|thông báo|tờ trình|biên bản|qđ|cv|bc|tb)\s+(?:số\s*)?\d/iu;
// A plan's criterion: "1.2", "1.2.", "TC 1.2", "Tiêu chí 1.2"; items run 1.1 … 9.30, never "0.19" or "1.96".
const CODE = /^(?:(?:tieu chi thanh phan|tieu chi|tctp|tc|chi so|cs|muc|ma)\s*)?([1-9])x([1-9]|[12]\d|30)x?$/;

const NUMBER_START = /^[\s\u200b]*(?:-[\s\u200b]*)?\d/;

/** "60,5" / "60.5" / "1.250" / "1,250" / "98,5%" -> number; null when not a number. */
export function parseNumberText(text: string): number | null {
  // Every form below starts with a digit or a minus once spaces are gone: a text is ruled out at its first letter.
  if (!NUMBER_START.test(text)) return null;
  const spaced = cleanText(text);
  // "2 100" is two thousand one hundred; "29 30" is two numbers (an old figure and its correction), never 2930.
  if (/\d\s+\d/.test(spaced) && !/^-?\d{1,3}(?:\s\d{3})+(?:[.,]\d+)?\s*%?$/.test(spaced)) return null;
  const t = spaced.replace(/\s/g, "").replace(/%$/, "");
  // "0,946" is a fraction: no number's thousands start with a 0.
  if (/^-?[1-9]\d{0,2}(?:\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ""));
  if (/^-?[1-9]\d{0,2}(?:\.\d{3})+,\d+$/.test(t)) return Number(t.replace(/\./g, "").replace(",", "."));
  if (/^-?[1-9]\d{0,2}(?:,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ""));
  if (/^-?[1-9]\d{0,2}(?:,\d{3})+\.\d+$/.test(t)) return Number(t.replace(/,/g, ""));
  if (/^-?\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(",", "."));
  return null;
}

/**
 * A cell that names an official rather than mentions one: short, with the title near its start
 * ("CC VP-TK", "Bộ phận Một cửa", "Đ/c Lan - VH-XH"), not a task that speaks of one.
 */
function isOfficialText(text: string, words: number): boolean {
  if (words === 0 || words > 10 || text.length > 90) return false;
  const found = findOfficials(text);
  return found.length > 0 && found[0].at <= 16;
}

/** A cell's text longer than this is read only as long: no date, name or status in it is looked for. */
const LONG_CELL = 400;

/**
 * The facts of one text, each worked out the first time it is asked for: a sheet's hundreds of task
 * texts are asked only whether they are a number, rarely whether they are a date or a name, and
 * working out every fact of every text was most of the time spent reading a sheet.
 */
class Facts implements TextFacts {
  readonly text: string;
  /** Too long to be a heading, a date, a status or a name: only that it is long. */
  private readonly huge: boolean;
  // Each fact once worked out; UNSET until then (a fact may well be null).
  private _key: string | Unset = UNSET;
  private _words: number | Unset = UNSET;
  private _date: DateText | null | Unset = UNSET;
  private _phrase: boolean | Unset = UNSET;
  private _period: PeriodLabel | null | Unset = UNSET;
  private _status: TaskStatus | null | Unset = UNSET;
  private _statusLead: TaskStatus | null | Unset = UNSET;
  private _official: boolean | Unset = UNSET;
  private _code: string | null | Unset = UNSET;
  private _number: number | null | Unset = UNSET;
  private _fraction: number | null | Unset = UNSET;
  private _docRef: boolean | Unset = UNSET;

  constructor(raw: string) {
    // Cells of tens of kilobytes exist; reading them as dates or names costs much and finds nothing.
    this.huge = raw.length > LONG_CELL;
    this.text = cleanText(raw);
  }

  get key(): string {
    if (this._key === UNSET) this._key = looseKey(this.huge ? this.text.slice(0, 200) : this.text);
    return this._key;
  }
  private get words(): number {
    if (this._words === UNSET) this._words = this.key === "" ? 0 : this.key.split(" ").length;
    return this._words;
  }
  get long(): boolean {
    return this.huge || this.words >= 4 || (this.words >= 3 && this.text.length >= 20);
  }
  get date(): DateText | null {
    if (this._date === UNSET) this._date = this.huge ? null : parseDateText(this.text);
    return this._date;
  }
  get phrase(): boolean {
    if (this._phrase === UNSET) {
      const deadline = this.huge || this.date || this.text.length > 60 ? null : parseDeadline(this.text);
      this._phrase = deadline !== null && deadline.kind !== "unparsed" && !/^\d+$/.test(this.key);
    }
    return this._phrase;
  }
  get period(): PeriodLabel | null {
    if (this._period === UNSET) this._period = this.huge ? null : periodOfLabel(this.text, this.key);
    return this._period;
  }
  get total(): boolean {
    return !this.huge && this.words <= 4 && isTotalKey(this.key);
  }
  get status(): TaskStatus | null {
    if (this._status === UNSET) this._status = this.huge ? null : (SYMBOL_STATUS.get(this.text.trim()) ?? statusWord(this.key));
    return this._status;
  }
  get statusLead(): TaskStatus | null {
    if (this._statusLead === UNSET)
      this._statusLead = this.huge
        ? statusAtStart(looseKey(this.text.slice(0, 60)))
        : (this.status ?? (this.words >= 2 ? statusAtStart(this.key) : null) ?? symbolAtStart(this.text) ?? labelledStatus(this.text));
    return this._statusLead;
  }
  get tick(): boolean {
    return !this.huge && (TICKS.has(this.text) || TICKED_BOX.test(this.text));
  }
  get emptyBox(): boolean {
    return EMPTY_BOXES.has(this.text);
  }
  get official(): boolean {
    if (this._official === UNSET) this._official = !this.huge && isOfficialText(this.text, this.words);
    return this._official;
  }
  get code(): string | null {
    if (this._code === UNSET) {
      const text = this.text;
      // A code is short ("Tiêu chí thành phần 1.2" at most): longer texts are not looked at.
      // Dots mark a code; a comma only after a prefix ("TC 1,2"): "1,96" alone is a decimal number, and so is a
      // change with its sign ("+5,8", "-2,0").
      const m =
        this.huge || text.length > 40
          ? null
          : CODE.exec(
              looseKey(text.replace(/^[\p{L}([]/u.test(text) ? /(\d)[.,](?=\d)/g : /(\d)\.(?=\d)/g, "$1x").replace(/(\d)\.$/, "$1x")),
            );
      this._code = m ? `${Number(m[1])}.${Number(m[2])}` : null;
    }
    return this._code;
  }
  get number(): number | null {
    if (this._number === UNSET) this._number = this.huge || this.date ? null : parseNumberText(this.text);
    return this._number;
  }
  get percent(): boolean {
    return this.number !== null && /%\s*$/.test(this.text);
  }
  get fraction(): number | null {
    if (this._fraction === UNSET) {
      const m = this.huge ? null : /^(\d{1,3})\s*\/\s*(\d{1,3})(?:\s+\D.*)?$/.exec(this.text);
      this._fraction = m && Number(m[2]) > 0 && Number(m[1]) <= Number(m[2]) && !this.date ? (Number(m[1]) / Number(m[2])) * 100 : null;
      // "67,86% (2.850/4.200)": the rate first, the counts it comes from in brackets.
      const rated = this._fraction === null && !this.huge ? RATE_OF_COUNTS.exec(this.text) : null;
      const [a, b] = rated ? [parseNumberText(rated[1]), parseNumberText(rated[2])] : [null, null];
      if (a !== null && b !== null && b > 0 && a <= b) this._fraction = (a / b) * 100;
    }
    return this._fraction;
  }
  get docRef(): boolean {
    if (this._docRef === UNSET) this._docRef = DOC_REF.test(this.huge ? this.text.slice(0, 500) : this.text);
    return this._docRef;
  }
  get sectionMark(): boolean {
    return !this.huge && /^(?:[IVX]{1,4}|[A-Z]|[a-zđ])[.)]?$/u.test(this.text);
  }
}

const RATE_OF_COUNTS = /^[\d.,]+\s*%\s*\(\s*([\d.,]+)\s*\/\s*([\d.,]+)\s*\)$/;

const UNSET: unique symbol = Symbol("unset");
type Unset = typeof UNSET;

/**
 * Whether a text tells where work stands: a status word, a text opening with one ("HT (10/9)", "Đang TH -
 * 47%"), or a verb's aspect ("Đã phát 120 tờ"). A plan's mark ("x", "●") or a figure does not.
 */
export function saysState(f: TextFacts): boolean {
  return (f.status ?? f.statusLead ?? aspectAtStart(f.key)) !== null;
}

/** Facts of texts, memoised; one per readWorkbook call so memory stays bounded. */
export class FactsCache {
  private readonly map = new Map<string, TextFacts>();
  of(text: string): TextFacts {
    let f = this.map.get(text);
    if (!f) {
      if (this.map.size > 100_000) this.map.clear();
      f = new Facts(text);
      this.map.set(text, f);
    }
    return f;
  }
}

/** What a cell is, for the column and row profiles. */
export type CellKind = "empty" | "text" | "number" | "date" | "bool" | "error";

export function cellKind(v: GridCell): CellKind {
  if (v === null) return "empty";
  if (typeof v === "string") return v.trim() === "" ? "empty" : "text";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "bool";
  if (isGridDate(v)) return "date";
  if (isGridError(v)) return "error";
  return "empty";
}
