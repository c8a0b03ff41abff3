import { Deadline, parseDeadline } from "../dates/deadline";
import { formatViDate } from "../dates/isoDate";
import { cleanText, looseKey } from "../text/normalize";
import { kindOf, titleOf } from "./items";
import { ItemGroup, PlanItem, PlanTask } from "./model";
import { PlanNote } from "./notes";
import { parseParties } from "./officials";
import { inferAggregation, parseTarget } from "./target";
import { Grid, GridCell, cellText, headingKey, isGridDate, parseDateCell } from "./tableSeam";

/**
 * A plan laid out as a table ("Phụ lục: Danh mục nhiệm vụ": STT | Nội dung nhiệm vụ | Cơ quan
 * chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm), in a Word file or a workbook.
 * Group rows ("I. …", "1. …", "1.2. Tiêu chí …") give the items; the rows under them are the
 * items' tasks, each with its lead, partners, deadline and product.
 */

type Column = "stt" | "code" | "content" | "lead" | "partners" | "deadline" | "product" | "objective" | "note";

/** Headings of a task table, as loose keys. */
const HEADINGS: Record<Column, readonly string[]> = {
  stt: ["stt", "tt", "so tt", "so thu tu"],
  code: ["ma tieu chi", "tieu chi", "ma tc", "ma tctp", "tieu chi thanh phan", "thuoc tieu chi", "ma chi so", "tieu chi chi so"],
  content: [
    "noi dung nhiem vu",
    "nhiem vu",
    "noi dung",
    "ten nhiem vu",
    "noi dung cong viec",
    "nhiem vu giai phap",
    "cong viec",
    "noi dung thuc hien",
    "nhiem vu cu the",
    "ten cong viec",
  ],
  lead: [
    "co quan chu tri",
    "don vi chu tri",
    "chu tri",
    "co quan don vi chu tri",
    "chu tri thuc hien",
    "bo phan chu tri",
    "can bo phu trach",
    "phu trach",
  ],
  partners: ["co quan phoi hop", "don vi phoi hop", "phoi hop", "co quan don vi phoi hop", "bo phan phoi hop", "phoi hop thuc hien"],
  deadline: [
    "thoi gian hoan thanh",
    "thoi han hoan thanh",
    "thoi gian thuc hien",
    "thoi han",
    "tien do",
    "tien do hoan thanh",
    "han hoan thanh",
    "moc thoi gian",
    "thoi gian",
  ],
  product: ["san pham", "san pham dau ra", "ket qua san pham", "hinh thuc san pham", "hinh thuc van ban", "ket qua dau ra"],
  objective: ["chi tieu", "muc tieu", "ket qua can dat", "chi tieu can dat", "muc tieu yeu cau"],
  note: ["ghi chu"],
};
const COLUMNS = Object.keys(HEADINGS) as Column[];
const HEADER_ROWS = 15;

function score(key: string, column: Column): number {
  let best = 0;
  for (const h of HEADINGS[column]) {
    if (key === h) return 3;
    if (h.length <= 3) continue;
    if (key.startsWith(`${h} `)) best = Math.max(best, 2);
    else if (` ${key} `.includes(` ${h} `)) best = Math.max(best, 1);
  }
  return best;
}

/** The value of a cell, taking the merged range it lies in. */
function valueAt(grid: Grid, row: number, col: number): GridCell {
  const m = grid.merges.find((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
  return (m ? grid.rows[m.top - 1]?.[m.left - 1] : grid.rows[row - 1]?.[col - 1]) ?? null;
}

/**
 * A data cell's own value: a cell merged down (one lead over several tasks) gives its value to
 * every row it covers; a cell merged across (a group row written over the table) belongs to its
 * first column only, so the row has no lead or deadline of its own.
 */
function ownValue(grid: Grid, row: number, col: number): GridCell {
  const m = grid.merges.find((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
  if (!m) return grid.rows[row - 1]?.[col - 1] ?? null;
  if (m.left === m.right || col === m.left) return grid.rows[m.top - 1]?.[m.left - 1] ?? null;
  return null;
}

function textAt(grid: Grid, row: number, col: number | undefined): string {
  return col === undefined ? "" : cleanText(cellText(ownValue(grid, row, col)).replace(/\n/g, " ; ")).replace(/^;\s*|\s*;$/g, "");
}

function widthOf(grid: Grid): number {
  return Math.max(0, ...grid.rows.map((r) => r.length), ...grid.merges.map((m) => m.right));
}

export interface Layout {
  top: number;
  bottom: number;
  columns: Partial<Record<Column, number>>;
}

/** Whether a grid is a task table: its header, or null. */
export function findTableLayout(grid: Grid): Layout | null {
  return findLayout(grid);
}

/** The header: one or two rows ("Phân công" over "Chủ trì | Phối hợp") naming at least content and lead or deadline. */
function findLayout(grid: Grid): Layout | null {
  const width = widthOf(grid);
  let best: { layout: Layout; total: number } | null = null;
  for (let top = 1; top <= Math.min(HEADER_ROWS, grid.rows.length); top++) {
    for (const bottom of [top, top + 1]) {
      const candidates: Array<{ column: Column; col: number; s: number }> = [];
      for (let c = 1; c <= width; c++) {
        const upper = cleanText(cellText(valueAt(grid, top, c)));
        const lower = bottom > top ? cleanText(cellText(valueAt(grid, bottom, c))) : "";
        const keys = [headingKey(lower !== "" && lower !== upper ? `${upper} ${lower}` : upper), headingKey(lower)].filter(
          (k) => k !== "" && k.length <= 60,
        );
        for (const column of COLUMNS) {
          const s = Math.max(0, ...keys.map((k) => score(k, column)));
          if (s > 0) candidates.push({ column, col: c, s });
        }
      }
      candidates.sort((a, b) => b.s - a.s || a.col - b.col);
      const columns: Partial<Record<Column, number>> = {};
      const used = new Set<number>();
      let total = bottom > top ? -0.5 : 0;
      for (const c of candidates) {
        if (columns[c.column] !== undefined || used.has(c.col)) continue;
        columns[c.column] = c.col;
        used.add(c.col);
        total += c.s;
      }
      if (columns.content === undefined || (columns.lead === undefined && columns.deadline === undefined)) continue;
      if (!best || total > best.total) best = { layout: { top, bottom, columns }, total };
    }
  }
  return best?.layout ?? null;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12 };

type Label = { kind: "roman" | "letter"; no: number } | { kind: "code"; code: string } | { kind: "arabic"; no: number } | { kind: "mark" };

/** The numbering a row starts with, in its STT cell or at the start of its text. */
function labelOf(stt: string, text: string): { label: Label | null; rest: string } {
  const fromStt = readLabel(stt.replace(/[.)]$/u, ""), true);
  if (fromStt) return { label: fromStt, rest: text };
  const m = /^((?:[IVX]+|[A-ZĐ]|\d+(?:\.\d+)*)[.)]?)\s+(.*)$/u.exec(text);
  const fromText = m ? readLabel(m[1].replace(/[.)]$/u, ""), /[.)]$/u.test(m[1]) || /\./u.test(m[1])) : null;
  return fromText && m ? { label: fromText, rest: m[2] } : { label: null, rest: text };
}

function readLabel(t: string, whole: boolean): Label | null {
  if (t === "") return null;
  if (ROMAN[t] !== undefined) return { kind: "roman", no: ROMAN[t] };
  if (/^[A-H]$/u.test(t) && whole) return { kind: "letter", no: t.charCodeAt(0) - 64 };
  if (/^\d+(?:\.\d+)+$/u.test(t)) return { kind: "code", code: t.split(".").map(Number).join(".") };
  if (/^\d+$/u.test(t) && whole) return { kind: "arabic", no: Number(t) };
  if (/^[-+*•a-zđ]$/u.test(t)) return { kind: "mark" };
  return null;
}

function groupOf(text: string, fallback: ItemGroup): ItemGroup {
  return /\bsipas\b|\bhai long\b/.test(looseKey(text)) ? "SIPAS" : fallback;
}

/** A deadline cell: a date cell, an Excel serial, or a phrase ("Quý II/2025", "Thường xuyên"). */
function deadlineOf(v: GridCell): Deadline {
  if (isGridDate(v) || typeof v === "number") {
    const d = parseDateCell(v);
    if (d.kind === "ok") return { kind: "due", text: formatViDate(d.value), due: d.value, precision: "day", recurs: "none" };
  }
  return parseDeadline(cleanText(cellText(v)));
}

/** One deadline for an item: the tasks' own when they agree, else the latest due date among them. */
function itemDeadline(tasks: readonly PlanTask[]): Deadline {
  const texts = [...new Set(tasks.map((t) => t.deadline.text).filter((t) => t !== ""))];
  if (texts.length === 1) return tasks.find((t) => t.deadline.text === texts[0])?.deadline ?? parseDeadline("");
  const due = tasks.map((t) => t.deadline).filter((d): d is Extract<Deadline, { kind: "due" }> => d.kind === "due");
  if (due.length > 0) return due.reduce((a, b) => (b.due > a.due ? b : a));
  return tasks.map((t) => t.deadline).find((d) => d.kind !== "unparsed") ?? parseDeadline(texts.join("; "));
}

function parties(text: string, unitType: string): string[] {
  return text === "" ? [] : [...new Set(text.split(/\s*;\s*/u).flatMap((p) => parseParties(p, unitType)))];
}

interface Draft {
  code: string;
  heading: string;
  group: ItemGroup;
  objective: string;
  synthesized: boolean;
  row: number;
  tasks: PlanTask[];
}

export interface TablePlan {
  items: PlanItem[];
  /** The rows above the header ("PHỤ LỤC", "(Kèm theo Kế hoạch số …)"), for the identity. */
  captionLines: string[];
}

/**
 * Reads a task table into plan items, or null when the grid is not one. Notes name the sheet
 * and row of the source.
 */
export function readTablePlan(grid: Grid, unitType: string, notes: PlanNote[]): TablePlan | null {
  const layout = findLayout(grid);
  if (!layout) return null;
  const cols = layout.columns;
  const width = widthOf(grid);
  const where = (row: number) => `${grid.sheet ? `bảng "${grid.sheet}", ` : ""}dòng ${row}`;
  const note = (item: string | null, message: string) => notes.push({ level: "Cảnh báo", item, message });

  const captionLines: string[] = [];
  for (let r = 1; r < layout.top; r++) {
    const texts = [
      ...new Set(Array.from({ length: width }, (_, c) => cleanText(cellText(valueAt(grid, r, c + 1)))).filter((t) => t !== "")),
    ];
    if (texts.length > 0) captionLines.push(texts.join(" | "));
  }

  interface Row {
    row: number;
    label: Label | null;
    text: string;
    code: string;
    fields: boolean;
  }
  const rows: Row[] = [];
  for (let r = layout.bottom + 1; r <= grid.rows.length; r++) {
    const cells = COLUMNS.map((c) => [c, textAt(grid, r, cols[c])] as const);
    const get = (c: Column) => cells.find((x) => x[0] === c)?.[1] ?? "";
    // "(1) (2) (3)": the column numbers under a header.
    const filled = cells.filter(([, t]) => t !== "");
    if (filled.length >= 3 && filled.every(([, t]) => /^\(?\d{1,2}\)?$/u.test(t))) continue;
    const fields = ["lead", "partners", "deadline", "product"].some((c) => get(c as Column) !== "");
    // A group row merged over the whole table keeps its text in the STT column.
    const sttText = get("stt");
    const sttIsText = get("content") === "" && labelOf(sttText, "").label === null;
    const { label, rest } = labelOf(sttIsText ? "" : sttText, sttIsText ? sttText : get("content"));
    if (rest === "" && !label) continue;
    const codeCell = get("code");
    const code = /^(\d+(?:\.\d+)+)\.?(?:\s|$)/u.exec(codeCell.replace(/^(?:TC|TCTP|Tiêu chí(?: thành phần)?|Chỉ số)\s*/iu, ""))?.[1] ?? "";
    rows.push({ row: r, label, text: rest, code, fields });
  }

  const drafts: Draft[] = [];
  const byCode = new Map<string, Draft>();
  let group: { no: number; group: ItemGroup; heading: string; row: number } | null = null;
  let current: Draft | null = null;
  const counters: Record<ItemGroup, number> = { CCHC: 0, SIPAS: 0 };
  const open = (code: string, heading: string, row: number, synthesized: boolean, objective = ""): Draft => {
    const existing = byCode.get(code);
    if (existing) return existing;
    const d: Draft = { code, heading, group: groupOf(heading, group?.group ?? "CCHC"), objective, synthesized, row, tasks: [] };
    drafts.push(d);
    byCode.set(code, d);
    return d;
  };
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    const isGroup = !row.fields && row.label !== null && (row.label.kind === "roman" || row.label.kind === "letter");
    const explicitSection = !row.fields && row.label?.kind === "code";
    const arabicSection = !row.fields && row.label?.kind === "arabic" && next !== undefined && next.fields && next.label?.kind !== "arabic";
    if (isGroup && row.label && (row.label.kind === "roman" || row.label.kind === "letter")) {
      group = { no: row.label.no, group: groupOf(row.text, "CCHC"), heading: row.text, row: row.row };
      current = null;
      return;
    }
    if (explicitSection && row.label?.kind === "code") {
      current = open(row.label.code, row.text, row.row, false, textAt(grid, row.row, cols.objective));
      return;
    }
    if (arabicSection && row.label?.kind === "arabic") {
      current = open(`${group?.no ?? 1}.${row.label.no}`, row.text, row.row, true, textAt(grid, row.row, cols.objective));
      return;
    }
    const task: PlanTask = {
      content: row.text,
      lead: parties(textAt(grid, row.row, cols.lead), unitType),
      partners: parties(textAt(grid, row.row, cols.partners), unitType),
      deadline: cols.deadline === undefined ? parseDeadline("") : deadlineOf(valueAt(grid, row.row, cols.deadline)),
      product: textAt(grid, row.row, cols.product),
    };
    let target: Draft | null = row.code !== "" ? (byCode.get(row.code) ?? open(row.code, "", row.row, false)) : current;
    if (!target) {
      // Tasks straight under a group row ("I. CẢI CÁCH THỂ CHẾ"): the group is the item.
      const g: ItemGroup = group?.group ?? "CCHC";
      const heading = group?.heading ?? "";
      target = open(`${g === "SIPAS" ? 2 : 1}.${++counters[g]}`, heading, group?.row ?? row.row, true);
      current = target;
    }
    if (task.lead.length === 0) note(target.code, `Nhiệm vụ "${task.content}" (${where(row.row)}) không có cơ quan chủ trì.`);
    if (task.deadline.kind === "unparsed" && task.deadline.text !== "")
      note(
        target.code,
        `Nhiệm vụ "${task.content}" (${where(row.row)}): không hiểu thời hạn "${task.deadline.text}"; giữ nguyên như văn bản.`,
      );
    target.tasks.push(task);
  });

  const synthesized = drafts.filter((d) => d.synthesized);
  if (synthesized.length > 0) {
    note(
      null,
      `Bảng nhiệm vụ (${where(layout.top)}) không ghi mã tiêu chí: đặt mã ${synthesized.map((d) => d.code).join(", ")} theo thứ tự các mục; hãy kiểm tra.`,
    );
  }
  const items = drafts.map((d) => {
    if (d.heading === "") note(d.code, `Tiêu chí ${d.code} không có tên trong bảng (${where(d.row)}).`);
    if (d.tasks.length === 0) note(d.code, `Tiêu chí ${d.code} không có nhiệm vụ nào trong bảng (${where(d.row)}).`);
    const heading = d.heading === "" ? `Tiêu chí ${d.code}` : d.heading;
    const title = titleOf(heading);
    const tasks = d.tasks.map((t) => t.content);
    const item: PlanItem = {
      code: d.code,
      group: d.group,
      kind: kindOf(heading, d.group),
      title,
      heading,
      objective: d.objective,
      target: parseTarget(d.objective, tasks),
      aggregation: inferAggregation(title, d.objective),
      tasks,
      lead: [...new Set(d.tasks.flatMap((t) => t.lead))],
      coordinators: [...new Set(d.tasks.flatMap((t) => t.partners))],
      implementers: [],
      deadline: itemDeadline(d.tasks),
      taskDetails: d.tasks,
    };
    return item;
  });
  return { items, captionLines };
}
