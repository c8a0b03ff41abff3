import { looseKey } from "../text/normalize";

/**
 * The one dictionary of column headings. Headings are compared without diacritics, so
 * "Nội dung công việc" and "Noi dung cong viec" are one. Add a synonym to a list to teach
 * the importer a new layout.
 */
export type TaskField = "stt" | "code" | "content" | "lead" | "partners" | "due" | "status" | "progress" | "doneDate" | "evidence" | "note";
export type ReadingField = "stt" | "code" | "indicator" | "period" | "date" | "numerator" | "denominator" | "value" | "evidence" | "note";
export type Field = TaskField | ReadingField;

export const SYNONYMS: Record<Field, readonly string[]> = {
  stt: ["stt", "tt", "so tt", "so thu tu"],
  code: ["ma tieu chi", "tieu chi", "ma tc", "tc", "tctp", "ma tctp", "thuoc tieu chi", "tieu chi so", "ma chi so", "chi so so", "ma"],
  content: [
    "noi dung cong viec",
    "noi dung",
    "nhiem vu",
    "nhiem vu giai phap",
    "cong viec",
    "ten nhiem vu",
    "noi dung nhiem vu",
    "ten cong viec",
    "noi dung thuc hien",
    "giai phap",
  ],
  lead: [
    "chu tri",
    "nguoi thuc hien",
    "can bo phu trach",
    "phu trach",
    "nguoi phu trach",
    "don vi chu tri",
    "chu tri thuc hien",
    "ca nhan chu tri",
    "bo phan chu tri",
    "phan cong chu tri",
  ],
  partners: ["phoi hop", "don vi phoi hop", "phan cong phoi hop", "bo phan phoi hop"],
  due: [
    "han hoan thanh",
    "thoi han",
    "han",
    "thoi han hoan thanh",
    "han chot",
    "thoi gian hoan thanh theo ke hoach",
    "thoi gian thuc hien",
    "moc thoi gian",
    "han xu ly",
  ],
  status: ["trang thai", "tinh trang", "tinh hinh thuc hien", "ket qua thuc hien", "trang thai thuc hien"],
  progress: ["tien do", "tien do %", "% hoan thanh", "ty le hoan thanh", "muc do hoan thanh", "tien do thuc hien", "phan tram hoan thanh"],
  doneDate: ["ngay hoan thanh", "ngay ht", "ngay hoan thanh thuc te", "thoi gian hoan thanh", "hoan thanh ngay"],
  evidence: ["minh chung", "van ban minh chung", "tai lieu kiem chung", "so ky hieu van ban", "tai lieu minh chung", "ho so minh chung"],
  note: ["ghi chu", "ghi chu khac"],
  indicator: ["chi so", "ten chi so", "noi dung chi so", "chi tieu"],
  period: ["ky", "ky bao cao", "quy", "ky so lieu", "thang", "thoi ky"],
  date: ["ngay so lieu", "tinh den ngay", "ngay bao cao", "ngay", "so lieu den ngay", "thoi diem"],
  numerator: [
    "dung han",
    "so ho so dung han",
    "giai quyet dung han",
    "da giai ngan",
    "so da giai ngan",
    "giai ngan",
    "tu so",
    "so dat",
    "so luong dat",
    "truc tuyen",
    "so ho so truc tuyen",
    "da giai quyet dung han",
    "so van ban dien tu",
    "so dat chuan",
  ],
  denominator: [
    "tiep nhan",
    "so ho so tiep nhan",
    "tong so ho so",
    "ke hoach von",
    "von duoc giao",
    "ke hoach von giao",
    "mau so",
    "tong so",
    "da giai quyet",
    "so ho so da giai quyet",
    "tong so van ban",
    "tong so can bo cong chuc",
  ],
  value: ["ty le", "ty le %", "gia tri", "ty le dung han", "ty le giai ngan", "ty le truc tuyen", "ket qua %", "ty le dat"],
};

export const TASK_FIELDS: readonly TaskField[] = [
  "stt",
  "code",
  "content",
  "lead",
  "partners",
  "due",
  "status",
  "progress",
  "doneDate",
  "evidence",
  "note",
];
export const READING_FIELDS: readonly ReadingField[] = [
  "stt",
  "code",
  "indicator",
  "period",
  "date",
  "numerator",
  "denominator",
  "value",
  "evidence",
  "note",
];

/** Heading text reduced for matching: no diacritics, no "(%)", "(1)", "(triệu đồng)". */
export function headingKey(text: string): string {
  const k = looseKey(text.replace(/\((?:\d+|[a-z]|triệu đồng|đồng|người|hồ sơ|văn bản|ngày|dd\/mm\/yyyy)\)/giu, " "));
  return k.replace(/\s+/g, " ").trim();
}

/** Headings are short; a longer cell is data, never a heading (and is not worth matching). */
export const MAX_HEADING_CHARS = 80;

/** How well a heading names a field: 3 exact, 2 starts with a synonym, 1 contains one, 0 none. */
export function fieldScore(heading: string, field: Field): number {
  return keyScore(headingKey(heading), field);
}

/** fieldScore on a heading already reduced by headingKey (the hot path: keys are made once). */
export function keyScore(k: string, field: Field): number {
  if (k === "" || k.length > MAX_HEADING_CHARS) return 0;
  let best = 0;
  for (const syn of SYNONYMS[field]) {
    if (k === syn) return 3;
    // Short synonyms ("tc", "han", "ky") only count as whole headings or whole words at the start.
    if (syn.length <= 3) {
      if (k.startsWith(`${syn} `)) best = Math.max(best, 2);
      continue;
    }
    if (k.startsWith(syn)) best = Math.max(best, 2);
    else if (` ${k} `.includes(` ${syn} `)) best = Math.max(best, 1);
  }
  return best;
}
