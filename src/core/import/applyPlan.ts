import { rolesInCell } from "./roleWords";
import { dueAsOf, parseDeadline } from "../dates/deadline";
import { IsoDate, formatViDate, ymd } from "../dates/isoDate";
import { Plan, PlanItem } from "../plan/model";
import { findOfficials, officeOfPerson, officialTitle, parseParties, resolveOfficial } from "../plan/officials";
import { inferStatus, taskVerdict } from "../summary/verdict";
import { shortHash } from "../text/hash";
import { looseKey, textKey } from "../text/normalize";
import { RawTask, Reading, Task } from "./records";
import { criterionByTitle, isOverallSatisfaction, satisfactionAspect, soleSatisfactionAspect, suggestCriterion } from "./suggest";
import { SENTENCE_NOTE } from "./rateSentences";
import { comparable } from "./sameTask";
import { leadInNote } from "./noteLead";
import { periodEnd, periodOfSheet, periodStart } from "./periods";

/**
 * The day a sheet's recurring deadlines are read at ("Trước ngày 05 hằng tháng"): on a sheet named for
 * its period ("T10", "Quý II") its own period's, the as-of day held within it; elsewhere the as-of day.
 */
function sheetNow(sheet: string, asOf: IsoDate): IsoDate {
  const p = periodOfSheet(sheet);
  if (p === null) return asOf;
  const year = p.year ?? ymd(asOf).y;
  const [from, to] = [periodStart(p, year), periodEnd(p, year)];
  return asOf < from ? from : asOf > to ? to : asOf;
}

// "Công chức Văn hóa-Xã hội tăng cường tuyên truyền …": a task's sentence that opens with who does it.
const SUBJECT_OPENING =
  /^(?:[-–•+*]\s*)?(?:\d{1,2}[.)]\s*)?((?:công chức|cán bộ|bộ phận|chủ tịch|phó chủ tịch|văn phòng|công an xã|trưởng công an|chỉ huy trưởng|ban chỉ huy)(?![\p{L}])[^,;:.()]{0,40})/iu;

// "… tại trụ sở (CT UBND)", "… nộp hồ sơ trực tuyến - CC VH-XH": who does it, in brackets or after a dash at the end.
const CLOSING_LEAD = /(?:\(([^()]{2,40})\)|\s[-–]\s+((?:(?!\s[-–]\s)[^()]){2,40}?))\s*\.?$/u;

/** The one official a row's sentence names at its end, alone in brackets or after a dash. */
function closingLead(content: string, unit: string): { title: string; said: string; inContent: true } | null {
  const m = CLOSING_LEAD.exec(content.trim());
  const said = (m?.[1] ?? m?.[2] ?? "").trim();
  const r = said === "" ? null : resolveOfficial(said, unit);
  return r?.ok ? { title: r.title, said, inContent: true } : null;
}

/** The official a row's own sentence opens with, where nothing else names its lead. */
function subjectOpening(content: string, unit: string): { title: string; said: string } | null {
  const m = SUBJECT_OPENING.exec(content.trim());
  const [first] = m ? findOfficials(m[1], unit) : [];
  return m && first ? { title: first.title, said: m[1].trim().slice(0, 60) } : null;
}

/** The stable id of a task: its criterion and a hash of its text (same text, same id, every quarter). */
export function taskId(code: string | null, content: string): string {
  return `NV-${code ?? "X"}-${shortHash(textKey(content))}`;
}

/** A person's name after a title ("PCT Nguyễn Văn Bình"): two to four words, each capitalised. */
function personName(lead: string): string | null {
  // "Đ/c Lan (VP-TK)", "Đ/c Minh - Địa chính": the person, then the post in brackets or after a dash.
  const before =
    /^((?:[Đđ]\/[cC]|[Đđ]\.[cC]|[Đđ]ồng chí)\s+\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,3})\s*(?:\([^()]+\)|[-–]\s*\S.*)$/u.exec(
      lead.trim(),
    );
  if (before) return before[1];
  // "Anh Tuấn (VP)", "chị Hoa VP", "anh Hùng - ĐC": as colleagues call each other, then the post.
  const called =
    /^((?:[Aa]nh|[Cc]hị|[Ee]m|[Cc]ô|[Cc]hú|[Bb]ác|[Ôô]ng|[Bb]à)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})\s*(?:\([^()]+\)|[-–]\s*\S.*|\s+\p{Lu}{2}.*)$/u.exec(
      lead.trim(),
    );
  if (called) return called[1];
  const m = /(?:^|\s)((?:[A-ZÀ-ỸĐ][a-zà-ỹđ]+\s+){1,3}[A-ZÀ-ỸĐ][a-zà-ỹđ]+)\s*$/u.exec(lead.trim());
  return m && m[1] !== lead.trim() ? m[1] : null;
}

/** A person's name alone, two to four capitalised words ("Phan Đức Mạnh"): no title, no office, no "Bà"/"Ông" (someone spoken of). */
const ONLY_A_NAME = /^(?!(?:Bà|Ông|Anh|Chị|Cô|Chú|Bác|Em)\s)(?:[A-ZÀ-ỸĐ][a-zà-ỹđ]+\s+){1,3}[A-ZÀ-ỸĐ][a-zà-ỹđ]+$/u;

/** A hamlet's own file or sheet ("Ap-BinhAn_thang11", "Thôn 3", "Tổ dân phố 5"): its head leads. */
const HAMLET = /^(?:\d+\s+)?(?:ap|thon|xom|buon|khom|to dan pho|khu pho)\s+\S/;

/** An official named by a sheet ("CC TC-KT", "BP Một cửa") or a file ("VPTK_theo-doi", "MotCua_…"). */
function leadFromNames(sheet: string, file: string, unit: string): { title: string; from: "sheet" | "tệp" } | null {
  const bySheet = findOfficials(sheet, unit)[0];
  if (bySheet) return { title: bySheet.title, from: "sheet" };
  // "Chị Lan ĐC", "C. Mai - TP": a shared tracker's sheet per official, named for the person and their office.
  const person = officeOfPerson(sheet, unit);
  if (person !== null) return { title: person, from: "sheet" };
  const name = file
    .replace(/\.[a-z]+$/i, "")
    .replace(/([a-zà-ỹđ])([A-ZÀ-ỸĐ])/gu, "$1 $2")
    .replace(/[_.-]+/g, " ");
  const byFile = findOfficials(name, unit)[0];
  if (byFile) return { title: byFile.title, from: "tệp" };
  for (const [text, from] of [
    [sheet, "sheet"],
    [name, "tệp"],
  ] as const)
    if (HAMLET.test(looseKey(text))) return { title: officialTitle("truong-thon", unit), from };
  return null;
}

/** A rate's heading that says what it measures ("Tỷ lệ trực tuyến"), not only that it is a rate ("Tỷ lệ (%)", "Tỷ lệ đạt"). */
function saysWhat(heading: string): boolean {
  const words = looseKey(heading.replace(/\([^()]*\)/g, " "))
    .replace(/\b(?:ty le|ti le|phan tram|dat|ket qua|so lieu|thuc hien|gia tri)\b|%/g, " ")
    .split(" ")
    .filter((w) => w.length > 1);
  return words.length >= 2;
}

/**
 * Figures that name no criterion, given the one their label and title speak of ("Tỷ lệ hồ sơ trực
 * tuyến" -> 1.1), marked as suggested; the words they were read from are kept only where no criterion is
 * found (as `hint`, for Kiểm tra to quote).
 */
export function applyPlanToReading(reading: Reading, plan: Plan): Reading {
  const applied = criterionOfReading(reading, plan);
  // No criterion found: the words the figures stood under stay, for Kiểm tra to quote.
  const words = reading.hint || reading.hintHeading || "";
  return applied.code === null && words !== "" ? { ...applied, hint: words } : applied;
}

function criterionOfReading(reading: Reading, plan: Plan): Reading {
  const { hint, partsOf, hintHeading, unlabelled, ...r } = reading;
  // "Chỉ số hài lòng về tiếp cận dịch vụ" in the criterion's column: the criterion written by its title; said.
  // ("… mức độ 3, 4" has figures, none of them a code.)
  if (r.code !== null && (!/\d/.test(r.code) || (!/\d\.\d/.test(r.code) && /\p{L}{2,}\s+\p{L}{2,}/u.test(r.code)))) {
    // "… (SIPAS) - chung": the name without its brackets.
    const bare = r.code.replace(/\([^()]*\)/g, " ");
    // Under a survey's table ("Tỷ lệ hài lòng", "khảo sát sự hài lòng"), an aspect's name is a satisfaction criterion's:
    // "Thái độ, năng lực của công chức Bộ phận một cửa" -> the item on officials.
    const survey = /\bhai long\b/.test(looseKey(r.code)) || /\bhai long\b/.test(looseKey(hint ?? ""));
    // ("Về công chức giải quyết công việc" shares "giải quyết" with the item on handling: the aspect's own words first.)
    const byName = (survey ? satisfactionAspect(bare, plan) : null) ?? criterionByTitle(bare, plan, survey ? "SIPAS" : null);
    if (byName !== null)
      return { ...r, code: byName, note: [r.note, `Mã tiêu chí ${byName} theo tên "${r.code}"`].filter((x) => x !== "").join("; ") };
    // "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến mức độ 3, 4" under "Tiêu chí": a rate's name no title repeats word for
    // word, its words still naming one criterion; suggested, and said so.
    const suggested = /^(?:ty le|ti le)\b/.test(looseKey(bare)) ? suggestCriterion(bare, plan, survey ? "SIPAS" : "CCHC") : null;
    if (suggested !== null)
      return {
        ...r,
        code: suggested,
        codeSuggested: true,
        note: [r.note, `Tên ghi ở cột mã tiêu chí: "${r.code}"`].filter((x) => x !== "").join("; "),
      };
    // "Chỉ số hài lòng chung": the survey's overall, no one criterion's.
    if (isOverallSatisfaction(bare))
      return {
        ...r,
        code: null,
        note: [r.note, `"${r.code}" là chỉ số chung của khảo sát, không của tiêu chí nào`].filter((x) => x !== "").join("; "),
      };
    // A measure's name no title holds ("Tỷ lệ phiếu hợp lệ"): never a code; kept in Ghi chú, and Kiểm tra says no criterion.
    if (r.code.trim().split(/\s+/u).length >= 3)
      return {
        ...r,
        code: null,
        note: [r.note, `Cột mã tiêu chí ghi "${r.code}": không khớp tên tiêu chí nào của kế hoạch`].filter((x) => x !== "").join("; "),
      };
  }
  if (r.code !== null || hint === undefined) return r;
  if (partsOf) {
    // Rows of categories added up: only the title says what they measure.
    const code = suggestCriterion(hint, plan);
    return code === null ? r : { ...r, code, codeSuggested: true };
  }
  // The row's own label first; the title only when the label alone says too little. A row naming only its period
  // has no label: its remark ("02 hồ sơ trễ hạn đã có thư xin lỗi") says nothing of what the figures measure.
  const first = unlabelled ? "" : r.note.split("; ")[0];
  // Satisfaction figures (SIPAS, "hài lòng" in the title) are among the SIPAS criteria; other figures never are
  // (a SIPAS criterion is a satisfaction index: "TTHC được công khai" is no one's satisfaction).
  // The row's own words (a sentence's, without the note's lead-in), never the rate column's heading.
  // (Without the line a clause came from, "(dòng: …)": the other clauses' aspects are not its own.)
  const label = first.replace(SENTENCE_NOTE, "").replace(/\s*\(dòng: .*$/u, "");
  // (Under a title of both, "CHẤT LƯỢNG ĐỘI NGŨ CBCC … VÀ KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG", a row naming no satisfaction
  // whose words repeat a CCHC criterion's title, "Tỷ lệ cán bộ, công chức xã đạt chuẩn", is that criterion's.)
  // (Only a rate's own name, "Tỷ lệ …": an aspect's row, "Thủ tục hành chính", shares words with CCHC titles too.)
  const ownCchc =
    /^(?:ty le|ti le)\b/.test(looseKey(label)) && !/\b(?:sipas|hai long)\b/.test(looseKey(label))
      ? (criterionByTitle(label, plan, "CCHC") ?? suggestCriterion(label, plan, "CCHC"))
      : null;
  // (The heading over the rows too: "6. Chỉ số hài lòng … (SIPAS)" over "6.1 Tiếp cận dịch vụ" in a CCHC sheet.)
  const group = ownCchc === null && /\b(?:sipas|hai long)\b/.test(looseKey(`${first} ${hint} ${hintHeading ?? ""}`)) ? "SIPAS" : "CCHC";
  if (group === "SIPAS") {
    // "Riêng về thái độ phục vụ của công chức …": the aspect named; the survey's overall is no one criterion's.
    const aspect = satisfactionAspect(label, plan) ?? (hintHeading ? satisfactionAspect(hintHeading, plan) : null);
    if (aspect !== null) return { ...r, code: aspect, codeSuggested: true };
    if (isOverallSatisfaction(label)) return r;
    // A rating machine's export titled "(đánh giá công chức tiếp nhận hồ sơ …)": the one aspect its title names.
    const titled = hint ? soleSatisfactionAspect(hint, plan) : null;
    if (titled !== null) return { ...r, code: titled, codeSuggested: true };
  }
  // By a title, as strict as across all the plan's items (half the words of a CCHC title, "hồ sơ … tiếp nhận", is
  // not enough: "Hồ sơ tiếp nhận trực tuyến" is no on-time rate); never a SIPAS item for figures of no satisfaction.
  const byTitle = (t: string) => {
    const c = criterionByTitle(t, plan, group === "SIPAS" ? "SIPAS" : null);
    return c !== null && group === "CCHC" && plan.items.find((i) => i.code === c)?.group === "SIPAS" ? null : c;
  };
  // A sentence's rate: what it measures ("trong đó trực tuyến 32 hồ sơ") before the whole sentence's words.
  const measured =
    r.note.startsWith(SENTENCE_NOTE) && hintHeading ? (byTitle(hintHeading) ?? suggestCriterion(hintHeading, plan, group)) : null;
  const code =
    measured ??
    (first !== "" ? byTitle(first) : null) ??
    (first !== "" ? suggestCriterion(first, plan, group) : null) ??
    (r.note !== first && !unlabelled ? suggestCriterion(r.note, plan, group) : null) ??
    // The rate's own heading ("Tỷ lệ đúng hạn") before a title that may name several.
    (hintHeading ? (byTitle(hintHeading) ?? (saysWhat(hintHeading) ? suggestCriterion(hintHeading, plan, group) : null)) : null) ??
    suggestCriterion(unlabelled ? hint : `${r.note} ${hint}`, plan, group) ??
    // ("Tỷ lệ trước hạn và đúng hạn": half a CCHC title's words, where nothing else names one.)
    ownCchc;
  // An item about targets met ("Mức độ thực hiện các chỉ tiêu …") is suggested only for a line that speaks of targets:
  // "Tỷ lệ hộ nghèo cuối năm | 2,1%" under "B. SỐ LIỆU CHỈ TIÊU" is one target's own figure, not the share met.
  const item = code === null ? undefined : plan.items.find((i) => i.code === code);
  // (A heading over the rows saying so, "IV. Chỉ tiêu phát triển KT-XH do HĐND xã giao", speaks for "Tỷ lệ (%)" under it.)
  if (item && TARGETS_ITEM.test(looseKey(item.title)) && first !== "" && !TARGETS_SAID.test(looseKey(`${first} ${hintHeading ?? ""}`)))
    return r;
  return code === null ? r : { ...r, code, codeSuggested: true };
}

const TARGETS_ITEM = /\bchi tieu\b/;
// "II. Tiêu chí thành phần “…”", "Chỉ số hài lòng về …": the words before the criterion's own name.
const SECTION_LEAD =
  /^\s*(?:(?:[IVX]{1,4}|\d{1,2}|[a-zđ])[.)]?\s+)?(?:tiêu chí thành phần|tiêu chí|tieu chi thanh phan|tieu chi|tctp|tc)\s*/iu;

const TARGETS_SAID = /\b(?:chi tieu|nghi quyet|kt ?xh|kinh te ?xa hoi|hdnd|hoi dong nhan dan)\b/;

/**
 * A task row with the plan applied: the criterion (suggested from the content when missing),
 * officials in the plan's titles, the deadline (the plan item's when the row has none), the
 * status (inferred when not written) and Đánh giá as of the date.
 */
export function applyPlan(raw: RawTask, plan: Plan, items: ReadonlyMap<string, PlanItem>, asOf: IsoDate): Task {
  const unit = plan.identity.unitType;
  let code = raw.code;
  let codeSuggested = false;
  // "Tiêu chí thành phần Tỷ lệ hồ sơ TTHC giải quyết đúng hạn" over the row: the criterion the official named, by
  // the plan's title; said in Ghi chú.
  const bySection =
    code === null && raw.sectionName !== undefined
      ? criterionByTitle(raw.sectionName.replace(SECTION_LEAD, ""), plan, raw.group ?? null)
      : null;
  if (bySection !== null) code = bySection;
  if (code === null && raw.outsidePlan !== true) {
    // "(chuyển từ quý II)" says where the task came from, not what it is: the same criterion as its first copy's.
    code = suggestCriterion(comparable(raw.content), plan, raw.group ?? null);
    codeSuggested = code !== null;
  }
  let namedBy: string | null = null;
  let numbered = false;
  // "Thực hiện kế hoạch CCHC (DVC mức độ 3, 4)": a name with a remark in brackets; the name is matched.
  const bare = code === null ? "" : code.replace(/\([^()]*\)/g, " ").trim();
  if (code !== null && !items.has(code) && bare !== "" && !/\d/.test(bare)) {
    // "Văn bản điện tử", "Tiếp cận dịch vụ": the criterion written by its name; read when one title clearly has it, and said.
    // ("Hài lòng về công chức tại Bộ phận TN&TKQ": an aspect of the survey, by the words that name it.)
    const byName =
      criterionByTitle(bare, plan, raw.group ?? null) ?? (/\bhai long\b/.test(looseKey(bare)) ? satisfactionAspect(bare, plan) : null);
    if (byName !== null) {
      namedBy = code;
      code = byName;
    }
  }
  // A name no title matches, the plan's number beside it: the number is the criterion, the name said.
  if (code !== null && namedBy === null && !items.has(code) && raw.numberCode !== undefined && items.has(raw.numberCode)) {
    namedBy = code;
    code = raw.numberCode;
    numbered = true;
  }
  const item = code ? items.get(code) : undefined;
  // Only a criterion the row writes lends it the plan's lead and deadline: a suggested one is a guess, and a
  // deadline or lead drawn from a guess would be a second one (the row kept what it says, blank where it says nothing).
  const planned = codeSuggested ? undefined : item;

  let lead = raw.lead;
  const byWhat = numbered ? `theo cột STT (cột tiêu chí ghi "${namedBy}")` : `theo tên "${namedBy}"`;
  let note = namedBy === null ? raw.note : [raw.note, `Mã tiêu chí ${code} ${byWhat}`].filter((x) => x !== "").join("; ");
  if (bySection !== null)
    note = [note, `Mã tiêu chí ${bySection} theo tên mục "${raw.sectionName ?? ""}"`].filter((x) => x !== "").join("; ");
  let extraPartners: string[] = [];
  if (lead === "") {
    // No Chủ trì on the row: the official the sheet or the file is named for, else the plan's lead;
    // Ghi chú says which, so it is never a silent guess.
    // The row's own Ghi chú ("Đ/c Lan (VP-TK) phụ trách") says it before any sheet, file or plan.
    const noted = leadInNote(raw.note, unit) ?? closingLead(raw.content, unit);
    const found = noted ? null : leadFromNames(raw.source.sheet, raw.source.file, unit);
    const fromPlan = noted ? "" : (planned?.lead.join("; ") ?? "");
    // The row's own sentence naming who does it ("Bộ phận Một cửa hướng dẫn …") before the plan's lead for the criterion.
    const opening = noted || found ? null : subjectOpening(raw.content, unit);
    lead = noted?.title ?? found?.title ?? opening?.title ?? fromPlan;
    const why = noted
      ? `Chủ trì lấy theo ${"inContent" in noted ? "nội dung" : "Ghi chú"}: ${noted.said}`
      : found
        ? `Chủ trì lấy theo tên ${found.from}`
        : opening
          ? `Chủ trì lấy theo nội dung: ${opening.said}`
          : fromPlan !== ""
            ? "Chủ trì lấy theo kế hoạch (dòng không ghi)"
            : "";
    if (why !== "") note = note === "" ? why : `${note}; ${why}`;
  } else {
    const r = resolveOfficial(lead, unit);
    // "VH-XH, Một cửa": the first leads, the others work with them.
    // "ĐC phối hợp TC-KT": the first works with the others.
    // "TC-KT / ĐC-XD": a slash between spaces parts them too (lines of their own come as "; ", see extract's leadText).
    const several = /[,;+]|\s[-/]\s|\bphối hợp\b/u.test(lead) ? parseParties(lead, unit) : [];
    const name = personName(raw.lead);
    // "Phối hợp: VP-TK; Chủ trì: Một cửa", "VH-XH phối hợp; Một cửa chủ trì": the unit the cell calls chủ trì.
    const roles = rolesInCell(lead);
    const roleLead = roles ? parseParties(roles.lead, unit) : [];
    if (roles && roleLead.length > 0) {
      lead = roleLead[0];
      extraPartners = [...roleLead.slice(1), ...roles.partners.flatMap((p) => parseParties(p, unit))].filter((p) => p !== lead);
      // "Một cửa, Công an xã (chủ trì)" says it in brackets; "Phối hợp: …; Chủ trì: …" in words: the note quotes which.
      const said = /\((?:chủ trì|chu tri|ct)\)/iu.test(raw.lead)
        ? 'Chủ trì theo ghi "(chủ trì)" trong ô'
        : `Chủ trì theo ghi "chủ trì" trong ô: ${raw.lead}`;
      if (several[0] !== lead) note = note === "" ? said : `${note}; ${said}`;
    } else if (several.length > 1) {
      // "Một cửa, Công an xã (chủ trì)": the one the cell marks as lead, else the first.
      const marked = /([^,;+]+?)\s*\((?:chủ trì|chu tri|ct)\)/iu.exec(lead);
      const named = marked ? parseParties(marked[1], unit)[0] : undefined;
      const first = named !== undefined && several.includes(named) ? named : several[0];
      lead = first;
      extraPartners = several.filter((p) => p !== first);
      // Otherwise the first is taken as the lead, as plans write it; said, since the sheet may have meant co-leads.
      const why =
        first !== several[0]
          ? `Chủ trì theo ghi "(chủ trì)" trong ô`
          : `Cột Chủ trì ghi ${several.length} đơn vị (${raw.lead.trim()}): lấy đơn vị đầu làm chủ trì, các đơn vị sau đưa vào Phối hợp`;
      note = note === "" ? why : `${note}; ${why}`;
    } else if (r.ok) {
      lead = r.title;
      // "Phó Trưởng CA xã": the deputy's office is the police's, its title the head's; who was named is said.
      if (/^Trưởng /u.test(r.title) && /\bpho truong\b/.test(looseKey(raw.lead)))
        note = [note, `Chủ trì ghi "${raw.lead.trim()}" (cấp phó); đơn vị chủ trì: ${r.title}`].filter((x) => x !== "").join("; ");
    } else if (ONLY_A_NAME.test(lead.trim())) {
      // "Phan Đức Mạnh" and no title: the official the sheet or the file is named for, the person kept in Ghi chú.
      const found = leadFromNames(raw.source.sheet, raw.source.file, unit);
      if (found) {
        lead = found.title;
        note = [note, `Người phụ trách: ${raw.lead.trim()}`, `Chủ trì lấy theo tên ${found.from}`].filter((x) => x !== "").join("; ");
      }
    }
    // "PCT Nguyễn Văn Bình": the title is the lead; the person is kept in Ghi chú.
    if (name !== null && lead !== raw.lead)
      note = note.includes(`Người phụ trách: ${name}`)
        ? note
        : note === ""
          ? `Người phụ trách: ${name}`
          : `${note}; Người phụ trách: ${name}`;
  }
  const partners = [...extraPartners, ...(raw.partners === "" ? [] : parseParties(raw.partners, unit))]
    .filter((p, i, all) => all.indexOf(p) === i)
    .join("; ");
  const written = raw.due === null && raw.dueText !== null ? parseDeadline(raw.dueText) : null;
  // (Asked only of a recurring deadline: the sheet's name is parsed for no other task.)
  const now = written !== null && written.kind === "periodic" ? sheetNow(raw.source.sheet, asOf) : asOf;
  // "Hàng quý" names no day: no deadline (testers and reviewers read it so); "ngày 25 hằng tháng" names this month's.
  const periodDay =
    written !== null && written.kind === "periodic" ? (written.day === undefined ? null : dueAsOf(written, now)) : undefined;
  const due =
    raw.due ??
    (periodDay !== undefined ? periodDay : written !== null ? dueAsOf(written, asOf) : planned ? dueAsOf(planned.deadline, asOf) : null);
  // "Thường xuyên", "Hằng tháng" under Hạn: understood, so Hạn holds a real date (the day "ngày 25 hằng tháng"
  // names) or nothing, as the contract's date column must; the words are kept in Ghi chú.
  const standing = written !== null && (written.kind === "continuous" || written.kind === "periodic");
  const status = inferStatus(raw);
  // What the row did not say and was filled in is told in Ghi chú, never silently.
  const filled: string[] = [];
  if (raw.due === null && raw.dueText === null && due !== null) filled.push(`Hạn lấy theo kế hoạch (${planned?.deadline.text ?? ""})`);
  if (standing)
    filled.push(
      due === null
        ? `Hạn ghi "${raw.dueText}": việc ${written?.kind === "periodic" ? "định kỳ" : "thường xuyên"}, không có hạn cụ thể`
        : `Hạn ghi "${raw.dueText}": lấy hạn của kỳ ${now === asOf ? "hiện tại" : `theo tên sheet "${raw.source.sheet}"`} ${formatViDate(due)}`,
    );
  if (raw.statusText !== null) filled.push(`Trạng thái ghi "${raw.statusText}"; coi là ${status}`);
  else if (raw.status === null) filled.push(`Trạng thái không ghi; coi là ${status}`);
  if (filled.length > 0) note = [note, ...filled].filter((x) => x !== "").join("; ");
  // Written out field by field, in one order, rather than spread from the row: each worker message
  // gives its rows hidden classes of their own, and a spread copy keeps them (nearly one per task,
  // at 200,000 tasks about 0.7 KB each, and every later access a megamorphic lookup). A section's
  // group is kept only on rows that have one.
  return {
    code,
    // "- Niêm yết …", "+ Cập nhật …": the list's bullet is no part of the work.
    content: raw.content.replace(/^[-–•+*]\s+(?=\S)/u, ""),
    lead,
    partners,
    due,
    dueText: standing ? null : raw.dueText,
    status,
    statusText: raw.statusText,
    progress: raw.progress,
    doneDate: raw.doneDate,
    doneText: raw.doneText,
    evidence: raw.evidence,
    note,
    ...(raw.group === undefined ? {} : { group: raw.group }),
    ...(raw.place === undefined ? {} : { place: raw.place }),
    ...(raw.cancelled === undefined ? {} : { cancelled: raw.cancelled }),
    ...(raw.status === null && raw.statusText === null && raw.progress === null && raw.doneDate === null && raw.doneText === null
      ? { stateUnwritten: true as const }
      : {}),
    source: raw.source,
    codeSuggested,
    id: taskId(code, raw.place === undefined ? raw.content : `${raw.content}\u0000${raw.place}`),
    verdict: taskVerdict(status, due, raw.doneDate, asOf, standing ? null : raw.dueText),
  };
}
