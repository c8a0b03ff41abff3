import { Deadline, parseDeadline } from "../dates/deadline";
import { cleanText, looseKey } from "../text/normalize";
import { SourceLine } from "./lines";
import { ItemGroup, ItemKind, PlanItem } from "./model";
import { PlanNote } from "./notes";
import { parseParties } from "./officials";
import { inferAggregation, parseTarget } from "./target";

/**
 * Items of a plan in the administrative form of Kế hoạch 49/KH-UBND: items "1.1" … under
 * numbered groups, each with a. objective, b. tasks, c. assignment, d. deadline (letters may
 * shift when one is missing), or with its tasks listed "a) …", "b) …" or as bullets.
 */

const ITEM_HEADING = /^(\d+\.\d+)[.)]?\s+(.*)$/u;
const GROUP_HEADING = /^(\d+)\.\s+(.*)$/u;
const ROMAN_HEADING = /^([IVX]+)[.)]\s*(.*)$/u;
const LETTERED = /^(?!v\.v)([a-zđ])[.)]\s*(.*)$/u;
const NUMBERED_TASK = /^\d+\)\s+(.*)$/u;
const BULLET = /^[-–•+*]\s*\S/u;
/** "Chủ trì: …", "- Cơ quan chủ trì: …", "Đơn vị phối hợp: …": an assignment, even without a "Phân công" label. */
const ROLE_LINE = /^(?:[-–•+]\s*)?(?:(?:Cơ quan|Đơn vị|Bộ phận)(?:,? đơn vị)?\s+)?(?:chủ trì|phối hợp|thực hiện)(?![\p{L}])[^:]{0,20}:/iu;
const END_OF_ITEMS = /^(?:Nơi nhận|TM\.|KT\.|Trên đây|[A-ZĐ][.)]\s+\p{Lu}|PHỤ LỤC|Phụ lục\b)/u;

type SectionKind = "objective" | "tasks" | "assignment" | "deadline" | "other";

function sectionKind(label: string): SectionKind | null {
  const k = looseKey(label);
  if (/^muc tieu/.test(k)) return "objective";
  if (/^nhiem vu|^giai phap|^noi dung/.test(k)) return "tasks";
  if (/^phan cong|^to chuc thuc hien|^trach nhiem/.test(k)) return "assignment";
  if (/^thoi gian|^thoi han|^tien do/.test(k)) return "deadline";
  return null;
}

/**
 * "Mục tiêu, yêu cầu: 100% …" -> objective, "100% …"; null when the line has no section label.
 * A label is short: a sentence that merely begins "Thời gian giải quyết …" is not one.
 */
function splitLabel(text: string): { kind: SectionKind; label: string; rest: string } | null {
  const m = /^([^:.]{1,70}?)\s*(?:([:.])\s*(.*))?$/u.exec(text);
  if (!m) return null;
  const words = m[1].split(" ").length;
  if (words > (m[2] === ":" ? 8 : 5)) return null;
  const kind = sectionKind(m[1]);
  return kind ? { kind, label: m[1], rest: m[3] ?? "" } : null;
}

interface RawItem {
  code: string;
  heading: string;
  group: ItemGroup;
  line: number;
  sections: Map<SectionKind, string[]>;
}

export function parseItems(lines: readonly SourceLine[], unitType: string, notes: PlanNote[]): PlanItem[] {
  const raws: RawItem[] = [];
  let group: ItemGroup = "CCHC";
  let current: RawItem | null = null;
  let section: SectionKind | null = null;
  const add = (raw: RawItem, kind: SectionKind, text: string) => {
    const body = raw.sections.get(kind) ?? [];
    if (text !== "") body.push(text);
    raw.sections.set(kind, body);
  };

  for (const { text: line, line: at } of lines) {
    const item = ITEM_HEADING.exec(line);
    if (item) {
      current = { code: item[1], heading: item[2], group: groupOf(item[2], group), line: at, sections: new Map() };
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
    const lettered = LETTERED.exec(line);
    const labelled = splitLabel(lettered?.[2] ?? line);
    if (labelled) {
      section = labelled.kind;
      add(current, section, labelled.rest);
      continue;
    }
    if (lettered && /:$/u.test(line) && lettered[2].split(" ").length <= 8) {
      // "d) Kinh phí thực hiện:": a section the model has no place for.
      notes.push({
        level: "Cảnh báo",
        item: current.code,
        message: `Mục ${current.code}: phần "${lettered[2].replace(/:$/u, "")}" không thuộc mục tiêu, nhiệm vụ, phân công hay thời gian; không đưa vào kế hoạch.`,
        line: at,
      });
      section = "other";
      continue;
    }
    // "a) Thực hiện tốt …", "1) …": a task, also after another task's own "Chủ trì:" or "Thời gian:"
    // lines; "- …" with no section yet: a task too.
    if (lettered || NUMBERED_TASK.test(line) || (section === null && BULLET.test(line))) section = "tasks";
    // "Chủ trì: …" with no "Phân công" label before it.
    if (ROLE_LINE.test(line) && section !== "assignment") section = "assignment";
    if (section) add(current, section, line);
    else current.heading = `${current.heading} ${line}`;
  }
  return raws.map((raw) => buildItem(raw, unitType, notes));
}

function groupOf(heading: string, fallback: ItemGroup): ItemGroup {
  return /\bsipas\b|\bhai long\b/.test(looseKey(heading)) ? "SIPAS" : fallback;
}

export function kindOf(heading: string, group: ItemGroup): ItemKind {
  const k = looseKey(heading);
  if (k.startsWith("tieu chi thanh phan")) return "tiêu chí thành phần";
  if (k.startsWith("tieu chi")) return "tiêu chí";
  if (k.startsWith("chi so")) return "chỉ số";
  return group === "SIPAS" ? "chỉ số" : "tiêu chí";
}

export function titleOf(heading: string): string {
  const quoted = /[“"«]([^”"»]+)[”"»]/u.exec(heading);
  if (quoted) return cleanText(quoted[1]);
  return cleanText(heading).replace(/[.;:]+$/u, "");
}

/** "- …", "+ …", "a) …", "1) …" -> the task's text. */
function stripMark(line: string): string {
  return cleanText(line.replace(/^(?:[-–•+*]|(?!v\.v)[a-zđ][.)]|\d+\))\s*/u, ""));
}

function buildItem(raw: RawItem, unitType: string, notes: PlanNote[]): PlanItem {
  const note = (level: PlanNote["level"], message: string) => notes.push({ level, item: raw.code, message, line: raw.line });
  const heading = cleanText(raw.heading).replace(/[.;]+$/u, "");
  const title = titleOf(heading);

  const objectiveLines = raw.sections.get("objective");
  if (!objectiveLines) note("Cảnh báo", `Mục ${raw.code}: thiếu phần "Mục tiêu, yêu cầu".`);
  const objective = cleanText((objectiveLines ?? []).join(" "));

  const taskLines = raw.sections.get("tasks") ?? [];
  if (taskLines.length === 0) note("Cảnh báo", `Mục ${raw.code}: thiếu phần "Nhiệm vụ, giải pháp".`);
  const tasks = taskLines.map(stripMark).filter((t) => t !== "");

  const assignment = assignmentOf(raw.sections.get("assignment"), unitType);
  if (!raw.sections.has("assignment")) note("Cảnh báo", `Mục ${raw.code}: kế hoạch không có phần "Phân công trách nhiệm".`);
  else if (assignment.lead.length === 0) note("Cảnh báo", `Mục ${raw.code}: không có đơn vị Chủ trì.`);

  const deadlineLines = raw.sections.get("deadline") ?? [];
  const deadlineText = cleanText(deadlineLines.join(" "));
  if (!raw.sections.has("deadline")) note("Cảnh báo", `Mục ${raw.code}: thiếu phần "Thời gian thực hiện/hoàn thành".`);
  const deadline = deadlineOf(deadlineLines, deadlineText);
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

/** Several "Thời gian:" lines (one per task): the latest due date among them, when each is understood. */
function deadlineOf(lines: readonly string[], joined: string): Deadline {
  const each = lines.map(parseDeadline);
  if (each.length < 2 || each.some((d) => d.kind === "unparsed")) return parseDeadline(joined);
  const due = each.filter((d): d is Extract<Deadline, { kind: "due" }> => d.kind === "due");
  return due.length > 0 ? due.reduce((a, b) => (b.due > a.due ? b : a)) : each[0];
}

const ROLE_LABEL =
  /(?:(?:Cơ quan|Đơn vị|Bộ phận)(?:,? đơn vị)?\s+)?(Chủ trì|Phối hợp\s*\/\s*thực hiện|Phối hợp(?:\s+thực hiện)?|Đơn vị thực hiện|Thực hiện)\s*:/giu;

/** "- Chủ trì: …" / "- Phối hợp: …" / "Phối hợp/thực hiện: …", on separate lines or one. */
function assignmentOf(lines: string[] | undefined, unitType: string): Pick<PlanItem, "lead" | "coordinators" | "implementers"> {
  const lead: string[] = [];
  const coordinators: string[] = [];
  const implementers: string[] = [];
  const text = (lines ?? []).map(stripMark).join(" ; ");
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
