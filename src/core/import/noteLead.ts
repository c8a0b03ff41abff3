import { findOfficials, officeOfPerson } from "../plan/officials";

// "Đ/c Lan (VP-TK) phụ trách", "Giao CC Tư pháp - Hộ tịch chủ trì": a note's clause saying who does the work.
const LEAD_IN_NOTE =
  /(?<![\p{L}])(?:phụ trách|chủ trì|giao cho|giao|đảm nhiệm|đảm nhận|thực hiện|người làm|người thực hiện|phu trach|chu tri|thuc hien)(?![\p{L}])/iu;

/** The official a row's Ghi chú names as doing the work, where nothing else names its lead; "phối hợp" clauses are partners. */
export function leadInNote(note: string, unit: string): { title: string; said: string } | null {
  for (const clause of note.split(/[;,.\n]/u)) {
    const said = clause.trim();
    if (!LEAD_IN_NOTE.test(said) || /phối hợp|phoi hop/iu.test(said)) continue;
    const [first] = findOfficials(said, unit);
    if (first) return { title: first.title, said: said.slice(0, 60) };
    // "giao đ/c Lan - VP", "chị Hoa (VP) phụ trách": a person with the office's short name, either side of the word.
    const [before, after] = said.split(LEAD_IN_NOTE).map((x) => x.trim());
    const office = (after ? officeOfPerson(after, unit) : null) ?? (before ? officeOfPerson(before, unit) : null);
    if (office) return { title: office, said: said.slice(0, 60) };
  }
  return null;
}

// "Từ tháng 10 chuyển cho CT UBND trực tiếp chỉ đạo", "Chuyển BP Một cửa chủ trì từ Quý IV", "từ 01/12 giao lại CC VP-TK
// tiếp tục": the work passed on to another, by a word of change ("chuyển", "giao lại", "bàn giao"), or "giao" with the
// time it changed hands; "đ/c Hùng (CC VP-TK) làm tiếp": who carries it on.
// ("Ban giao CC TP-HT tham muu tu 15/8", "Bàn giao cho CC ĐC-XD từ 15/8": typed without marks, or with the day it changed
// hands after whom it passed to.)
const PASSED_TO =
  /(?<!\p{L})(?:chuyển(?:\s+(?:cho|sang|giao(?:\s+cho)?))?|giao lại(?:\s+cho)?|bàn giao(?:\s+cho)?|giao(?:\s+cho)?|chuyen(?:\s+(?:cho|sang|giao(?:\s+cho)?))?|giao lai(?:\s+cho)?|ban giao(?:\s+cho)?)\s+(.{2,60}?)(?:\s+(?:chủ trì|đảm nhận|đảm nhiệm|phụ trách|tiếp tục|trực tiếp chỉ đạo|chỉ đạo|làm tiếp|thực hiện|theo dõi|tham mưu|chu tri|dam nhan|dam nhiem|phu trach|tiep tuc|chi dao|lam tiep|thuc hien|theo doi|tham muu)(?!\p{L})|\s+(?=(?:từ|tu)\s+(?:tháng|thang|quý|quy|ngày|ngay|\d)))/iu;
const CHANGE_WORD =
  /(?<!\p{L})(?:chuyển|giao lại|bàn giao|chuyen|giao lai|ban giao|(?:từ|tu)\s+(?:tháng|thang|quý|quy|ngày|ngay|\d))(?!\p{L})/iu;
const CARRIED_ON = /^(.{2,50}?)\s+(?:làm tiếp|tiếp quản|thay thế|tiếp nhận làm)(?!\p{L})/iu;

/** The official a note says the work was passed to ("Từ tháng 10 chuyển cho CT UBND …"), and the words; null where none. */
export function handedOverIn(note: string, unit: string): { title: string; said: string } | null {
  let found: { title: string; said: string } | null = null;
  for (const clause of note.split(/[;.\n]|,(?!\s*\d)/u)) {
    const said = clause.trim();
    const passed = CHANGE_WORD.test(said) ? PASSED_TO.exec(said) : null;
    const who = passed?.[1] ?? CARRIED_ON.exec(said)?.[1] ?? null;
    if (who === null || /phối hợp/iu.test(who)) continue;
    const [first] = findOfficials(who, unit);
    const title = first?.title ?? officeOfPerson(who, unit);
    // (The latest hand-over written is the one that stands.)
    if (title) found = { title, said: said.slice(0, 80) };
  }
  return found;
}
