import { parseDeadline } from "../dates/deadline";
import { IsoDate, isoDate } from "../dates/isoDate";
import { cleanText, looseKey } from "../text/normalize";
import { logicalLines, physicalLines } from "./lines";
import { ItemGroup, ItemKind, Plan, PlanIdentity, PlanItem } from "./model";
import { parseParties } from "./officials";
import { inferAggregation, parseTarget } from "./target";

/** Something the parser noticed: kept for the user, never silently dropped. */
export interface PlanNote {
  level: "Lỗi" | "Cảnh báo";
  /** The item's code, when the note is about one item. */
  item: string | null;
  message: string;
}

export type PlanParseResult = { ok: true; plan: Plan; notes: PlanNote[] } | { ok: false; error: string; notes: PlanNote[] };

const ITEM_HEADING = /^(\d+\.\d+)[.)]?\s+(.*)$/u;
const GROUP_HEADING = /^(\d+)[.)]\s+(.*)$/u;
const ROMAN_HEADING = /^([IVX]+)[.)]\s*(.*)$/u;
const SECTION = /^([a-gđ])[.)]\s*(.*)$/u;
const END_OF_ITEMS = /^(?:Nơi nhận|TM\.|KT\.|Trên đây)/u;

/**
 * Reads a commune plan in the administrative form of Kế hoạch 49/KH-UBND: a header with
 * the issuing body and the number, items "1.1" … under numbered groups, each with
 * a. objective, b. tasks, c. assignment, d. deadline (letters may shift when one is missing).
 */
export function parsePlanText(text: string): PlanParseResult {
  const notes: PlanNote[] = [];
  const lines = physicalLines(text);
  const identity = parseIdentity(lines, notes);
  const items = parseItems(logicalLines(lines), identity.unitType, notes);

  if (items.length === 0) {
    return { ok: false, error: 'Không tìm thấy tiêu chí nào (dạng "1.1. Tiêu chí …") trong văn bản kế hoạch.', notes };
  }
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.code)) notes.push({ level: "Lỗi", item: item.code, message: `Mã ${item.code} xuất hiện hai lần.` });
    seen.add(item.code);
  }
  return { ok: true, plan: { identity, items }, notes };
}

function parseIdentity(lines: readonly string[], notes: PlanNote[]): PlanIdentity {
  const titleAt = lines.findIndex((l) => /^KẾ HOẠCH\b/u.test(l.toLocaleUpperCase("vi")) && l.length < 40);
  const head = (titleAt >= 0 ? lines.slice(0, titleAt) : lines.slice(0, 6)).map(stripNational).filter((l) => l !== "");

  const numberAt = head.findIndex((l) => /^Số\s*:/u.test(l));
  const numberLine = numberAt >= 0 ? head[numberAt] : "";
  const number = cleanText(/^Số\s*:\s*([^\s]+)/u.exec(numberLine)?.[1] ?? "");
  if (number === "") notes.push({ level: "Cảnh báo", item: null, message: 'Không đọc được số hiệu kế hoạch (dòng "Số: …/KH-UBND").' });

  // The place-and-date line: on the number's line, or on a line of its own.
  const dateLine = head.find((l) => /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/u.test(l)) ?? "";
  const dateMatch = /^(?:Số\s*:\s*\S+\s*)?(.*?),?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(dateLine);
  const issued: IsoDate | null = dateMatch ? isoDate(Number(dateMatch[4]), Number(dateMatch[3]), Number(dateMatch[2])) : null;
  const place = cleanText(dateMatch?.[1] ?? "").replace(/,$/, "");
  if (!issued) notes.push({ level: "Cảnh báo", item: null, message: "Không đọc được ngày ban hành kế hoạch." });

  const issuerLines = (numberAt >= 0 ? head.slice(0, numberAt) : head).filter((l) => !/ngày\s+\d/u.test(l));
  const unitLine =
    [...issuerLines].reverse().find((l) => /(?:^|\s)(XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s+\S/u.test(l.toLocaleUpperCase("vi"))) ?? "";
  const unit = /(?:^|\s)(XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s+(.+)$/u.exec(unitLine.toLocaleUpperCase("vi"));
  const unitType = unit ? unit[1].toLocaleLowerCase("vi") : "xã";
  const unitName = unit ? titleCase(unit[2]) : place;
  if (!unit) notes.push({ level: "Cảnh báo", item: null, message: "Không xác định được tên xã/phường ban hành kế hoạch." });

  const title = titleAt >= 0 ? readTitle(lines.slice(titleAt + 1)) : "";
  const years = [...title.matchAll(/\b(19|20)(\d{2})\b/g)].map((m) => Number(m[1] + m[2]));
  const firstYear = years[0] ?? (issued ? Number(issued.slice(0, 4)) : new Date().getFullYear());
  const openEnded = /\bnhung nam tiep theo\b|\bcac nam tiep theo\b/.test(looseKey(title));
  const lastYear = openEnded ? null : Math.max(firstYear, ...years);

  const { signature, signer, recipients } = readClosing(lines);
  return {
    number,
    issuerLines,
    issuer: `Ủy ban nhân dân ${unitType} ${unitName}`,
    unitType,
    unitName,
    place: place === "" ? unitName : place,
    issued,
    title,
    firstYear,
    lastYear,
    signature,
    signer,
    recipients,
  };
}

/** Removes the national title and motto that share header lines with the issuing body. */
function stripNational(line: string): string {
  return cleanText(
    line
      .replace(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM/u, "")
      .replace(/Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc/u, "")
      .replace(/^[-_–—\s]+$/u, ""),
  );
}

function readTitle(after: readonly string[]): string {
  const parts: string[] = [];
  for (const line of after) {
    if (/^(?:Thực hiện|Căn cứ|Để|Nhằm|Ủy ban nhân dân|UBND|[IVX]+[.)]|\d+[.)])/u.test(line)) break;
    parts.push(line);
    if (parts.length > 5) break;
  }
  return cleanText(parts.join(" "));
}

function titleCase(upper: string): string {
  return cleanText(upper)
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1))
    .join(" ");
}

/**
 * "Nơi nhận" and the signature block sit side by side in the document, so extracted text
 * can interleave them ("Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- UBND Quận 7; CHỦ TỊCH").
 * Split such lines first, then bullets are recipients and capitals the signature.
 */
function readClosing(lines: readonly string[]): { signature: string[]; signer: string; recipients: string[] } {
  const at = lines.findIndex((l) => /^Nơi nhận\b/u.test(l));
  const from = at >= 0 ? at : lines.findIndex((l) => /^(?:TM|KT)\.\s/u.test(l));
  if (from < 0) return { signature: [], signer: "", recipients: [] };
  const isUpper = (t: string) => t === t.toLocaleUpperCase("vi") && /\p{L}{2}/u.test(t);
  const pieces = lines.slice(from).flatMap((line) => {
    const parts = line.split(/\s+(?=(?:TM|KT|TL|Q)\.\s)/u);
    return parts.flatMap((p) => {
      const tail = /^([-–+].*[;.,])\s+(\S.*)$/u.exec(p);
      return tail && isUpper(tail[2]) ? [tail[1], tail[2]] : [p];
    });
  });
  const recipients: string[] = [];
  const signature: string[] = [];
  let signer = "";
  for (const piece of pieces) {
    const body = cleanText(piece.replace(/^Nơi nhận\s*:?/u, ""));
    if (body === "") continue;
    if (/^[-–+]/u.test(body)) recipients.push(cleanText(body.replace(/^[-–+]\s*/u, "")).replace(/[;.,]+$/u, ""));
    else if (/^(?:TM|KT|TL|Q)\.\s/u.test(body) || (signature.length > 0 && isUpper(body) && signature.length < 3)) signature.push(body);
    else if (signature.length > 0 && !isUpper(body)) signer = body;
  }
  return { signature, signer, recipients };
}

type SectionKind = "objective" | "tasks" | "assignment" | "deadline";

function sectionKind(label: string): SectionKind | null {
  const k = looseKey(label);
  if (/^muc tieu/.test(k)) return "objective";
  if (/^nhiem vu|^giai phap|^noi dung/.test(k)) return "tasks";
  if (/^phan cong|^to chuc thuc hien|^trach nhiem/.test(k)) return "assignment";
  if (/^thoi gian|^thoi han|^tien do/.test(k)) return "deadline";
  return null;
}

/** "Mục tiêu, yêu cầu: 100% …" -> objective, "100% …"; null when the line has no section label. */
function splitLabel(text: string): { kind: SectionKind; rest: string } | null {
  const m = /^([^:.]{1,70}?)\s*(?:[:.]\s*(.*))?$/u.exec(text);
  const kind = m ? sectionKind(m[1]) : null;
  return m && kind ? { kind, rest: m[2] ?? "" } : null;
}

interface RawItem {
  code: string;
  heading: string;
  group: ItemGroup;
  sections: Map<SectionKind, string[]>;
}

function parseItems(lines: readonly string[], unitType: string, notes: PlanNote[]): PlanItem[] {
  const raws: RawItem[] = [];
  let group: ItemGroup = "CCHC";
  let current: RawItem | null = null;
  let section: SectionKind | null = null;

  for (const line of lines) {
    const item = ITEM_HEADING.exec(line);
    if (item) {
      current = { code: item[1], heading: item[2], group: groupOf(item[2], group), sections: new Map() };
      raws.push(current);
      section = null;
      continue;
    }
    const groupHeading = GROUP_HEADING.exec(line);
    if (groupHeading || ROMAN_HEADING.test(line) || END_OF_ITEMS.test(line)) {
      if (groupHeading) group = groupOf(groupHeading[2], "CCHC");
      current = null;
      section = null;
      continue;
    }
    if (!current) continue;

    // A section starts with "a." … or with its label alone ("Mục tiêu, yêu cầu: …").
    const labelled = splitLabel(SECTION.exec(line)?.[2] ?? line);
    if (labelled) {
      section = labelled.kind;
      const body = current.sections.get(section) ?? [];
      if (labelled.rest !== "") body.push(labelled.rest);
      current.sections.set(section, body);
      continue;
    }
    if (section) current.sections.get(section)?.push(line);
    else current.heading = `${current.heading} ${line}`;
  }
  return raws.map((raw) => buildItem(raw, unitType, notes));
}

function groupOf(heading: string, fallback: ItemGroup): ItemGroup {
  return /\bsipas\b|\bhai long\b/.test(looseKey(heading)) ? "SIPAS" : fallback;
}

function kindOf(heading: string, group: ItemGroup): ItemKind {
  const k = looseKey(heading);
  if (k.startsWith("tieu chi thanh phan")) return "tiêu chí thành phần";
  if (k.startsWith("tieu chi")) return "tiêu chí";
  if (k.startsWith("chi so")) return "chỉ số";
  return group === "SIPAS" ? "chỉ số" : "tiêu chí";
}

function titleOf(heading: string): string {
  const quoted = /[“"«]([^”"»]+)[”"»]/u.exec(heading);
  if (quoted) return cleanText(quoted[1]);
  return cleanText(heading).replace(/[.;:]+$/u, "");
}

function stripBullet(line: string): string {
  return cleanText(line.replace(/^[-–•+*]\s*/u, ""));
}

function buildItem(raw: RawItem, unitType: string, notes: PlanNote[]): PlanItem {
  const note = (level: PlanNote["level"], message: string) => notes.push({ level, item: raw.code, message });
  const heading = cleanText(raw.heading).replace(/[.;]+$/u, "");
  const title = titleOf(heading);

  const objectiveLines = raw.sections.get("objective");
  if (!objectiveLines) note("Cảnh báo", `Mục ${raw.code}: thiếu phần "Mục tiêu, yêu cầu".`);
  const objective = cleanText((objectiveLines ?? []).join(" "));

  const taskLines = raw.sections.get("tasks") ?? [];
  if (taskLines.length === 0) note("Cảnh báo", `Mục ${raw.code}: thiếu phần "Nhiệm vụ, giải pháp".`);
  const tasks = taskLines.map(stripBullet).filter((t) => t !== "");

  const assignment = assignmentOf(raw.sections.get("assignment"), unitType);
  if (!raw.sections.has("assignment")) note("Cảnh báo", `Mục ${raw.code}: kế hoạch không có phần "Phân công trách nhiệm".`);
  else if (assignment.lead.length === 0) note("Cảnh báo", `Mục ${raw.code}: không có đơn vị Chủ trì.`);

  const deadlineText = cleanText((raw.sections.get("deadline") ?? []).join(" "));
  if (!raw.sections.has("deadline")) note("Cảnh báo", `Mục ${raw.code}: thiếu phần "Thời gian thực hiện/hoàn thành".`);
  const deadline = parseDeadline(deadlineText);
  if (deadline.kind === "unparsed" && deadlineText !== "") {
    note("Cảnh báo", `Mục ${raw.code}: không hiểu thời hạn "${deadline.text}"; giữ nguyên như văn bản.`);
  }

  const group = raw.group;
  return {
    code: raw.code,
    group,
    kind: kindOf(heading, group),
    title,
    heading,
    objective: objective.replace(/\s*\.$/u, "."),
    target: parseTarget(objective, tasks),
    aggregation: inferAggregation(title, objective),
    tasks,
    ...assignment,
    deadline,
  };
}

const ROLE_LABEL = /(Chủ trì|Phối hợp\s*\/\s*thực hiện|Phối hợp(?:\s+thực hiện)?|Đơn vị thực hiện|Thực hiện)\s*:/giu;

/** "- Chủ trì: …" / "- Phối hợp: …" / "Phối hợp/thực hiện: …", on separate lines or one. */
function assignmentOf(lines: string[] | undefined, unitType: string): Pick<PlanItem, "lead" | "coordinators" | "implementers"> {
  const lead: string[] = [];
  const coordinators: string[] = [];
  const implementers: string[] = [];
  const text = (lines ?? []).map(stripBullet).join(" ; ");
  const labels = [...text.matchAll(ROLE_LABEL)];
  labels.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < labels.length ? (labels[i + 1].index ?? text.length) : text.length;
    const parties = parseParties(text.slice(start, end).replace(/^[\s;]+|[\s;]+$/gu, ""), unitType);
    const role = looseKey(m[1]);
    if (role === "chu tri") lead.push(...parties);
    else if (role === "phoi hop") coordinators.push(...parties);
    else if (role === "thuc hien" || role === "don vi thuc hien") implementers.push(...parties);
    else {
      coordinators.push(...parties);
      implementers.push(...parties);
    }
  });
  const unique = (xs: string[]) => [...new Set(xs)];
  return { lead: unique(lead), coordinators: unique(coordinators), implementers: unique(implementers) };
}
