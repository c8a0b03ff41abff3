/**
 * A note typed without diacritics ("Gia han den 31/12/2021 theo y kien PCT") with the few words that name a
 * deadline's change given their marks back, so the patterns written for Vietnamese read it too. Each word keeps
 * its length (every marked letter is one character), so what is found can be quoted from the note as typed.
 */
const WORDS: ReadonlyArray<[string, string]> = [
  ["dieu chinh", "điều chỉnh"],
  ["thoi gian", "thời gian"],
  ["thoi han", "thời hạn"],
  ["thuc hien", "thực hiện"],
  ["chuyen sang", "chuyển sang"],
  ["keo dai", "kéo dài"],
  ["de nghi", "đề nghị"],
  ["kien nghi", "kiến nghị"],
  ["de xuat", "đề xuất"],
  ["chap thuan", "chấp thuận"],
  ["nhat tri", "nhất trí"],
  ["dong y", "đồng ý"],
  ["da duyet", "đã duyệt"],
  ["chua duoc", "chưa được"],
  ["han moi", "hạn mới"],
  ["gia han", "gia hạn"],
  ["lui han", "lùi hạn"],
  ["doi han", "dời hạn"],
  ["duoc", "được"],
  ["den", "đến"],
  ["toi", "tới"],
  ["lan", "lần"],
  ["dot", "đợt"],
  ["ngay", "ngày"],
  ["tiep", "tiếp"],
  ["han", "hạn"],
  ["lui", "lùi"],
];

const PATTERN = new RegExp(`(?<![\\p{L}\\d])(?:${WORDS.map(([plain]) => plain.replace(" ", "\\s")).join("|")})(?![\\p{L}\\d])`, "giu");
const BY_PLAIN = new Map(WORDS.map(([plain, marked]) => [plain, marked]));

/** The note with the deadline's words marked, when it was typed with no diacritics at all; else the note itself. */
export function withDeadlineMarks(note: string): string {
  if (/[^ -~\t\n\r]/.test(note)) return note;
  return note.replace(PATTERN, (word) => {
    const marked = BY_PLAIN.get(word.toLowerCase().replace(/\s/, " ")) ?? word;
    // "Gia han": the capital kept.
    return word[0] === word[0].toUpperCase() && word[0] !== word[0].toLowerCase() ? marked[0].toUpperCase() + marked.slice(1) : marked;
  });
}
