import { looseKey } from "../text/normalize";
import { ownCopy } from "../text/ownCopy";

/**
 * The fields a source column can hold, and the one dictionary of how officials head them.
 * Headings are compared without diacritics ("Nội dung công việc" = "Noi dung cong viec"), in
 * Vietnamese or English. Add a synonym to a list to teach the importer a new heading; what a
 * column contains counts as much as its heading (see profile.ts).
 */
export const TASK_FIELDS = [
  "stt",
  "code",
  "content",
  "lead",
  "partners",
  "due",
  "status",
  "progress",
  "doneDate",
  "result",
  "evidence",
  "note",
] as const;
export const READING_FIELDS = [
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
] as const;

export type TaskField = (typeof TASK_FIELDS)[number];
export type ReadingField = (typeof READING_FIELDS)[number];
export type Field = TaskField | ReadingField;

export const SYNONYMS: Record<Field, readonly string[]> = {
  // "Mã NV" (NV01, NV02): the task's own number, never its criterion's code.
  stt: ["stt", "tt", "so tt", "so thu tu", "no", "#", "thu tu", "ma nv", "ma nhiem vu", "ma cv", "ma cong viec", "ma viec", "viec so"],
  code: [
    "ma tieu chi",
    "tieu chi",
    "ma tc",
    "tc",
    "tctp",
    "ma tctp",
    "thuoc tieu chi",
    "thuoc tc",
    "thuoc chi so",
    "thuoc chi so thanh phan",
    "tieu chi so",
    "ma chi so",
    "chi so so",
    "ma",
    "tieu chi thanh phan",
    "criterion",
    "criteria",
    "code",
    "indicator code",
    // Planner's buckets named by criterion ("1.1 DVC trực tuyến").
    "bucket name",
    "bucket",
  ],
  content: [
    "noi dung cong viec",
    "noi dung",
    // A register of work handed out: "Trích yếu nội dung giao việc", the gist of what was given.
    "trich yeu noi dung giao viec",
    "noi dung giao viec",
    "nhiem vu",
    "nhiem vu giai phap",
    // "Tiêu chí / nhiệm vụ": each cell the task, its criterion's code in front ("TC 1.4: Đôn đốc …").
    "tieu chi nhiem vu",
    "nhiem vu tieu chi",
    "cong viec",
    "ten nhiem vu",
    "noi dung nhiem vu",
    "ten cong viec",
    "noi dung thuc hien",
    "giai phap",
    "viec",
    "hoat dong",
    "task",
    "tasks",
    // A task software's export (Microsoft Planner: "Task Name", the longer "Description" beside it).
    "task name",
    "task title",
    "activity",
    "description",
    "work",
  ],
  lead: [
    "chu tri",
    // (The register's "Người nhận": who received the work; "NGƯỜI NHẬN VIỆC" over a signature is none.)
    "nguoi nhan",
    // "Việc | Ai | Khi nào": who, in plain words.
    "ai",
    "ai lam",
    "ai phu trach",
    "nguoi lam",
    "nguoi thuc hien",
    // A chairman's log of instructions: whom each was given to.
    "giao cho",
    "nguoi duoc giao",
    "don vi duoc giao",
    "bo phan duoc giao",
    // "Người TH", "Người T.H": shortened in a narrow column.
    "nguoi th",
    "can bo phu trach",
    "phu trach",
    "nguoi phu trach",
    "don vi chu tri",
    "chu tri thuc hien",
    "ca nhan chu tri",
    "bo phan chu tri",
    "phan cong chu tri",
    // "Phân công | Chủ trì: CC VP-TK; phối hợp: BP Một cửa": whom the work was given to.
    "phan cong",
    "co quan chu tri",
    "nguoi chiu trach nhiem",
    "trach nhiem",
    "can bo thuc hien",
    // "Cán bộ, công chức thực hiện", "CBCC thực hiện": who does it, in the office's own words.
    "can bo cong chuc thuc hien",
    "cbcc thuc hien",
    "cong chuc thuc hien",
    "don vi thuc hien",
    // "Lực lượng thực hiện" (the police's, the militia's words): who does it.
    "luc luong thuc hien",
    "luc luong",
    // Since the 2025 reorganisation communes have offices ("Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ
    // hành chính công"): the column names the office that does the work.
    "bo phan thuc hien",
    "don vi tham muu",
    "bo phan tham muu",
    "co quan tham muu",
    "co quan thuc hien",
    "phong ban thuc hien",
    "phong ban chu tri",
    "don vi tiep nhan",
    // "Đầu mối", "Cán bộ đầu mối": the focal point the work is given to.
    "dau moi",
    "can bo dau moi",
    "nguoi dau moi",
    "don vi dau moi",
    "bo phan dau moi",
    "dau moi thuc hien",
    "nguoi xu ly chinh",
    "xu ly chinh",
    "nguoi xu ly",
    "can bo xu ly",
    "owner",
    "lead",
    "responsible",
    "assigned to",
    "assignee",
    "in charge",
  ],
  partners: [
    "phoi hop",
    "don vi phoi hop",
    "phan cong phoi hop",
    "bo phan phoi hop",
    "co quan phoi hop",
    "nguoi phoi hop",
    "ca nhan phoi hop",
    // "Người giúp việc" beside the vice-chair's own list: who helps, never who leads.
    "nguoi giup viec",
    "giup viec",
    "support",
    "with",
    "co ordinating",
  ],
  due: [
    "han hoan thanh",
    "thoi han",
    "han",
    "thoi han hoan thanh",
    "han chot",
    // "Ngày" over "giao | hết hạn | gia hạn | xong": the day the time given runs out.
    "het han",
    "ngay het han",
    // "Thời gian" over "Bắt đầu | Kết thúc": the day the work is to end.
    "ket thuc",
    "ngay ket thuc",
    "thoi gian hoan thanh theo ke hoach",
    "thoi gian thuc hien",
    // A list of documents to issue: when each is planned to be signed.
    "thoi gian ban hanh du kien",
    "du kien ban hanh",
    "thoi gian ban hanh",
    "ngay ban hanh du kien",
    "ke hoach ban hanh",
    // "TG thực hiện": thời gian, shortened; "T.hạn", "T/hạn": thời hạn.
    "t han",
    "th han",
    "tg thuc hien",
    "tg hoan thanh",
    "moc thoi gian",
    "han xu ly",
    // "Hạn HT": hạn hoàn thành, shortened; "Khi nào" in a youth union's plain words.
    "han ht",
    "khi nao",
    "khi nao xong",
    "bao gio xong",
    "thoi gian hoan thanh",
    "ke hoach hoan thanh",
    "han theo ke hoach",
    "thoi gian",
    // A month to finish in, its number in the cell ("Hoàn thành trong tháng (năm 2021)": 11).
    "hoan thanh trong thang",
    "thang hoan thanh",
    "thang phai hoan thanh",
    // A week's work plan: the day each row is to be done ("Thứ Hai (06/12)").
    "thu ngay",
    "due",
    "due date",
    "deadline",
    "target date",
    "by",
  ],
  status: [
    "trang thai",
    // "Xong chưa?": whether the work is done ("Xong" alone starts many a result: a tick column is told by its ticks).
    "xong chua",
    // "Xong?" (keyed "xong chua"), "Đã làm chưa", "Đã làm (ngày)": a notebook's own ways of asking the same.
    "da xong chua",
    "da lam chua",
    "da lam",
    "hoan thanh chua",
    "tinh trang",
    // "TT" is "Thứ tự" over numbers and "Tình trạng" over "xg", "dg lam", "chua": the cells decide.
    "tt",
    "tinh hinh thuc hien",
    "tinh hinh",
    "trang thai thuc hien",
    "tinh trang thuc hien",
    // "Màu": the colour the state is named by, under a legend of colours ("Xanh = đã xong").
    "mau",
    "mau sac",
    "tinh trang mau",
    "status",
    "state",
  ],
  progress: [
    // A column headed only "%" beside the tasks holds how far each is.
    "%",
    "tien do",
    "tien do %",
    "% hoan thanh",
    "ty le hoan thanh",
    "muc do hoan thanh",
    "tien do thuc hien",
    // "Đã làm được": "đã đăng 7/10 bài", "60%"; "Đã làm/Tổng số": "3/5".
    "da lam duoc",
    // "Làm được (%)": how much of it was done.
    "lam duoc %",
    // "Khối lượng (%)": the share of the work's volume done.
    "khoi luong %",
    "khoi luong hoan thanh %",
    "% khoi luong",
    "da lam duoc %",
    "da lam tong so",
    "da thuc hien tong so",
    "so da lam tong so",
    "da thuc hien duoc",
    "phan tram hoan thanh",
    "ty le",
    "ty le %",
    "% ht",
    "ht %",
    "ty le ht",
    "ty le ht %",
    // "TĐ (%)": tiến độ, shortened.
    "td %",
    "td",
    // "Kết quả (%)", "KQ (%)" beside a task's state: how far it is.
    "ket qua %",
    "kq %",
    // "Kết quả thực hiện (%)" beside the task's state: how far it is.
    "ket qua thuc hien %",
    "kq thuc hien %",
    // "Khối lượng đạt (%)", "Khối lượng hoàn thành (%)": a works list's share built.
    "khoi luong dat %",
    "khoi luong hoan thanh %",
    "khoi luong thuc hien %",
    "progress",
    "% complete",
    "percent complete",
    "% done",
  ],
  doneDate: [
    "ngay hoan thanh",
    // "KẾT QUẢ" over "Tình trạng | Ngày": the day of the result.
    "ket qua ngay",
    "ket qua thuc hien ngay",
    "ngay ht",
    // "Ngày h.thành", "Ng.HT": shortened as a narrow column's heading is.
    "ngay h thanh",
    "ng ht",
    "ng hoan thanh",
    // A list of documents to issue: the day each was signed; "Ngày làm xong" typed in full.
    "ngay ban hanh",
    "ngay ky ban hanh",
    "ngay lam xong",
    // "Đã làm (Y/N) | Ngày làm": a checklist's day the work was done.
    "ngay lam",
    // A document system's day the document was dealt with.
    "ngay xu ly",
    "ngay xu ly xong",
    "ngay hoan thanh thuc te",
    "thoi gian hoan thanh thuc te",
    "hoan thanh ngay",
    // "Đã HT ngày", "HT ngày": "hoàn thành" cut to its letters.
    "da ht ngay",
    "ht ngay",
    "da hoan thanh ngay",
    "da xong ngay",
    "ngay xong",
    "xong ngay",
    "xong vao ngay",
    "ngay thuc hien xong",
    "thuc te hoan thanh",
    "hoan thanh thuc te",
    // "Thực tế HT", "HT thực tế": the day it was actually done, "hoàn thành" cut to its letters.
    "thuc te ht",
    "ht thuc te",
    "thuc te xong",
    "xong thuc te",
    "thoi diem hoan thanh",
    "completed",
    "completed on",
    "completed date",
    "done on",
    "date completed",
    "completion date",
    "finished",
    "actual",
  ],
  result: [
    "ket qua thuc hien",
    "ket qua",
    "ket qua dat duoc",
    // "KQ", "KQ thực hiện": the result shortened (a short synonym also opens a longer heading).
    "kq",
    "tinh hinh ket qua",
    // A log of the work, kept day by day.
    "qua trinh thuc hien",
    "dien bien thuc hien",
    // "Diễn biến (ghi theo ngày)": how the work went, day by day ("Diễn biến" alone labels a card's lines, read apart).
    "dien bien ghi theo ngay",
    "nhat ky thuc hien",
    "cap nhat tien do",
    "result",
    "results",
    "outcome",
  ],
  evidence: [
    "minh chung",
    "co giay to gi",
    "giay to",
    "van ban minh chung",
    "tai lieu kiem chung",
    "so ky hieu van ban",
    "tai lieu minh chung",
    "ho so minh chung",
    "san pham",
    "van ban",
    "evidence",
    "proof",
    "document",
    "reference",
  ],
  // ("Diễn giải", "Giải trình": the official's account of the row, a delay's reason.)
  note: ["ghi chu", "ghi chu khac", "dien giai", "giai trinh", "note", "notes", "remarks", "comment", "comments"],
  indicator: [
    "chi so",
    "ten chi so",
    "noi dung chi so",
    "ten chi tieu",
    "noi dung chi tieu",
    "chi tieu",
    "noi dung",
    // A satisfaction survey's results by what was asked about ("Yếu tố đánh giá": Tiếp cận dịch vụ …).
    "yeu to danh gia",
    "yeu to",
    "noi dung danh gia",
    "linh vuc danh gia",
    "indicator",
    "measure",
  ],
  // ("Đợt khảo sát" | "6 tháng đầu năm 2021": a survey's round named by its period.)
  period: ["ky", "ky bao cao", "quy", "ky so lieu", "thang", "thoi ky", "dot khao sat", "lan khao sat", "period", "quarter", "month"],
  date: [
    "ngay so lieu",
    // A survey's figures stand at the day it was taken.
    "ngay khao sat",
    "ngay dieu tra",
    "ngay lay phieu",
    "thoi diem khao sat",
    "thoi gian khao sat",
    "tinh den ngay",
    "ngay",
    "so lieu den ngay",
    "so lieu tinh den ngay",
    "so lieu tinh den",
    "thoi diem",
    "date",
    "as of",
  ],
  numerator: [
    "dung han",
    // "Đúng, trước hạn", "Trước và đúng hạn": those on time and early together, the on-time rate's count.
    "dung truoc han",
    "dung va truoc han",
    "truoc va dung han",
    "som va dung han",
    "so ho so dung han",
    "giai quyet dung han",
    "da giai ngan",
    "so da giai ngan",
    "giai ngan",
    "tu so",
    "so dat",
    "so luong dat",
    // "Số HS | Tổng | Tỷ lệ" under each period: the dossiers counted, over all of them.
    "so hs",
    // "Số phiếu hài lòng, rất hài lòng": a survey's satisfied answers.
    "so phieu hai long",
    "so phieu hai long rat hai long",
    "truc tuyen",
    "so ho so truc tuyen",
    "da giai quyet dung han",
    "so van ban dien tu",
    // "Tổng số văn bản đi | Văn bản gửi điện tử": the part of 1.5's rate, never a document that shows work done.
    "van ban dien tu",
    "van ban gui dien tu",
    "van ban di dien tu",
    "so van ban gui dien tu",
    "gui dien tu",
    // "Văn bản gửi dưới dạng điện tử": the criterion's own words.
    "van ban gui duoi dang dien tu",
    "so van ban gui duoi dang dien tu",
    "duoi dang dien tu",
    "so dat chuan",
    "thuc hien",
    "so thuc hien",
    "ket qua thuc hien",
    // "KH | TH | %" under each period: the result beside the plan.
    "th",
    "on time",
    "achieved",
  ],
  denominator: [
    "tiep nhan",
    "so ho so tiep nhan",
    "tong so ho so",
    // "Số phiếu trả lời", "Số phiếu hợp lệ": the answers a survey's rate is over.
    "so phieu tra loi",
    "so phieu hop le",
    "so phieu thu ve hop le",
    "so phieu thu ve",
    "tong so phieu",
    "ke hoach von",
    "von duoc giao",
    "ke hoach von giao",
    "mau so",
    "tong so",
    "tong",
    "da giai quyet",
    "so ho so da giai quyet",
    "tong so van ban",
    // "Văn bản đi | Gửi điện tử | Tỷ lệ": all the documents sent, the electronic ones among them.
    "van ban di",
    "so van ban di",
    "tong van ban di",
    "tong so can bo cong chuc",
    "ke hoach",
    "chi tieu ke hoach",
    "so giao",
    "chi tieu giao",
    "received",
    "total",
  ],
  value: [
    "ty le",
    "ty le %",
    // "Kết quả (đạt/tổng)": "118/120" in its cells, the counts of the rate.
    "ket qua dat tong",
    "ket qua dat tong so",
    "dat tong",
    "dat tong so",
    "so dat tong so",
    "gia tri",
    "ty le dung han",
    "ty le giai ngan",
    "ty le hai long",
    "ty le truc tuyen",
    "ket qua %",
    "ket qua",
    "ty le dat",
    // "Kế hoạch | Thực hiện | Đạt %": the share of the plan done.
    "dat %",
    "% dat",
    "ty le dat %",
    // A comparison with the same period a year before: "Cùng kỳ năm trước | Kỳ này" (the earlier one stays in Ghi chú).
    "ky nay",
    "ket qua ky nay",
    "thuc hien ky nay",
    "rate",
    "value",
    "%",
  ],
};

/** Heading text reduced for matching: no diacritics, no "(%)", "(1)", "(triệu đồng)", "(m/d/yyyy)". */
export function headingKey(text: string): string {
  // A table's few headings are keyed again for every row it reads: each is worked out once.
  let k = HEADING_KEYS.get(text);
  if (k === undefined) {
    k = looseKey(
      text
        // "Xong?", "Đã làm?": a question heading asks "… chưa"; "Xong" alone is a row's state, never a heading.
        // "Đã xong (x)", "Hoàn thành (đánh x)": a box to tick, asked the same way.
        .replace(/^\s*(xong|hoàn thành|đã làm|đã xong|đã hoàn thành)\s*(?:\?|\(\s*(?:đánh |ghi )?(?:x|✓|√)\s*\))\s*$/iu, "$1 chưa")
        .replace(/\((?:\d+|[a-z]|triệu đồng|đồng|người|hồ sơ|văn bản|ngày|[dmy]{1,4}[/.-][dmy]{1,4}[/.-][dmy]{1,4})\)/giu, " "),
    )
      // "%HT", "HT%": the share sign written against its word is a word of its own ("% ht").
      .replace(/%(?=[a-z])/g, "% ")
      .replace(/(?<=[a-z])%/g, " %")
      .replace(/\s+/g, " ")
      .trim()
      // "Ngày2", "Ghi chú3": Excel's table renames a second "Ngày" so; the heading is still "Ngày".
      .replace(/(?<=\b(?!(?:dot|lan|quy|thang|tuan|nam|muc|cot|bang|khoi|nhom|thon|to|ap|xom|dia|phu)[2-9]$)[a-z]{3,})[2-9]$/, "");
    if (text.length <= 200 && HEADING_KEYS.size < 20_000) HEADING_KEYS.set(ownCopy(text), ownCopy(k));
  }
  return k;
}

const HEADING_KEYS = new Map<string, string>();

/** Headings are short; a longer cell is data, never a heading (and is not worth matching). */
export const MAX_HEADING_CHARS = 80;

// "Gia hạn đến", "Hạn điều chỉnh" ("Hạn ĐC", "Hạn đ/chỉnh"), "Hạn mới", "Hạn mới (gia hạn)": where a deadline was moved to.
/** "Kế hoạch", "KH 2021", "Chỉ tiêu", "Mục tiêu": what was planned; a whole only where the figures are counts or money. */
export const PLANNED_HEADING = /^(?:ke hoach|kh|chi tieu|muc tieu)\b/;
// "Thực hiện", "TH", "Đạt được" beside a target: what was reached against it.
export const REACHED_HEADING = /^(?:thuc hien|th|ket qua thuc hien|dat duoc|ket qua dat duoc)$/;

export const EXTENSION_HEADING =
  /^(?:gia han(?: lan \d)?(?: den| toi| thoi han)?(?: ngay)?|han (?:gia han|moi|dieu chinh|d chinh|dc|sau gia han|da gia han|duoc gia han|duoc dieu chinh|sau dieu chinh|sau dc|lan [2-9])|dieu chinh han|thoi han (?:dieu chinh|gia han|moi)|ngay gia han|(?:revised|new|extended|adjusted) (?:due date|deadline)|extended to)(?: neu co| gia han| da gia han| dieu chinh)?$/;

/** The task field a short label names best, scoring at least `min` (3 whole, 2 leading, 1 among its words), or null. */
export function taskFieldOfLabel(label: string, min: 1 | 2 | 3): TaskField | null {
  let best: { field: TaskField; score: number } | null = null;
  for (const field of TASK_FIELDS) {
    const score = fieldScore(label, field);
    if (score >= min && (!best || score > best.score)) best = { field, score };
  }
  return best?.field ?? null;
}

/** How well a heading names a field: 3 exact, 2 starts with a synonym, 1 contains one, 0 none. */
export function fieldScore(heading: string, field: Field): number {
  return keyScore(headingKey(heading), field);
}

/** fieldScore on a heading already reduced by headingKey (the hot path: keys are made once). */
export function keyScore(k: string, field: Field): number {
  if (k === "" || k.length > MAX_HEADING_CHARS) return 0;
  // "Hạn (gia hạn)" beside "Hạn HT": the deadline is the first, the extension read over it where filled.
  if (field === "due" && EXTENSION_HEADING.test(k)) return 1;
  // "Kỳ trước chuyển qua", "Kỳ trước chuyển sang": dossiers carried over, a count, never the period.
  if (field === "period" && /^ky (?:truoc|sau)\b/.test(k)) return 0;
  // "Ngày ký báo cáo": the day a report was signed ("ký"), never its period ("kỳ"), though both read "ky" unmarked.
  // (Nor the day the figures stand at: the survey's or the count's day is.)
  if ((field === "period" || field === "date") && /\bngay ky\b/.test(k)) return 0;
  let best = 0;
  for (const syn of SYNONYMS[field]) {
    if (k === syn) return 3;
    // Short synonyms ("tc", "han", "ky", "no") only count as whole headings or whole words at the start.
    if (syn.length <= 3) {
      if (k.startsWith(`${syn} `)) best = Math.max(best, 2);
      continue;
    }
    if (k.startsWith(syn)) best = Math.max(best, 2);
    else if (` ${k} `.includes(` ${syn} `)) best = Math.max(best, 1);
  }
  return best;
}

/** "(m/d/yyyy)", "(mm/dd)" in a heading: the column's dates are month first; "(dd/mm/yyyy)": day first. */
export function dateOrderHint(heading: string): "dm" | "md" | null {
  const m = /\b(d{1,2}|m{1,2})[/.-](d{1,2}|m{1,2})(?:[/.-]y{2,4})?\b/i.exec(heading);
  if (!m) return null;
  return m[1].toLowerCase().startsWith("m") ? "md" : "dm";
}

/** Whether a heading is written in English (the sheet then more likely uses month-first dates). */
export function isEnglishHeading(heading: string): boolean {
  return (
    /^[\x20-\x7e]+$/.test(heading) &&
    /\b(task|owner|due|deadline|status|progress|completed|done|evidence|notes?|date|responsible|description|activity|result)\b/i.test(
      heading,
    )
  );
}
