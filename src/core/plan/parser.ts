import { IsoDate } from "../dates/isoDate";
import { cellText } from "./tableSeam";
import { parseIdentity } from "./identity";
import { parseItems } from "./items";
import { SourceLine, isRule, logicalLines, sourceLines } from "./lines";
import { Plan, PlanItem } from "./model";
import { PlanNote } from "./notes";
import { PlanDocument } from "./planDocument";
import { findTableLayout, readTablePlan } from "./tablePlan";
import { Grid } from "./tableSeam";

export type { PlanNote } from "./notes";

export interface PlanParseOptions {
  /** The date of issue, for a plan whose text has none (a CLI option, a pane field; never the clock). */
  issued?: IsoDate;
}

export type PlanParseResult =
  | { ok: true; plan: Plan; notes: PlanNote[] }
  /** `missing: "issued"`: the text gives no date and no year; ask for the date and parse again. */
  | { ok: false; error: string; notes: PlanNote[]; missing?: "issued" };

const NO_ITEMS =
  'Không tìm thấy tiêu chí nào (dạng "1.1. Tiêu chí …", hoặc bảng nhiệm vụ "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | …") trong văn bản kế hoạch.';
const NO_DATE = "Văn bản kế hoạch không ghi ngày ban hành và tên kế hoạch không ghi năm: cần nhập ngày ban hành.";

/** A plan's text (.txt, or pasted): see parsePlanDocument. */
export function parsePlanText(text: string, options: PlanParseOptions = {}): PlanParseResult {
  return parsePlanDocument({ blocks: [{ kind: "text", text }] }, options);
}

/** A table that is not a task table (the two-column header of a Word file) is read as its cells' lines. */
function gridLines(grid: Grid): string {
  const out: string[] = [];
  grid.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const covered = grid.merges.some(
        (m) => r + 1 >= m.top && r + 1 <= m.bottom && c + 1 >= m.left && c + 1 <= m.right && (r + 1 !== m.top || c + 1 !== m.left),
      );
      if (!covered) out.push(cellText(cell));
    }),
  );
  return out.join("\n");
}

/** Text items and table items of the same code are one item: the text's objective, the table's tasks. */
function mergeItems(fromText: readonly PlanItem[], fromTables: readonly PlanItem[]): PlanItem[] {
  const tables = new Map(fromTables.map((i) => [i.code, i]));
  const merged = fromText.map((t) => {
    const table = tables.get(t.code);
    if (!table) return t;
    tables.delete(t.code);
    return {
      ...t,
      tasks: table.tasks,
      taskDetails: table.taskDetails,
      lead: t.lead.length > 0 ? t.lead : table.lead,
      coordinators: t.coordinators.length > 0 ? t.coordinators : table.coordinators,
      deadline: t.deadline.kind === "unparsed" ? table.deadline : t.deadline,
    };
  });
  return [...merged, ...tables.values()];
}

/**
 * Reads a plan from its document: identity from the opening and closing lines, items from the
 * text in the administrative form of Kế hoạch 49/KH-UBND, from task tables ("Phụ lục: Danh mục
 * nhiệm vụ"), or both. Whatever it is unsure of comes back as a note; nothing is guessed silently.
 */
export function parsePlanDocument(doc: PlanDocument, options: PlanParseOptions = {}): PlanParseResult {
  const notes: PlanNote[] = [];
  const taskTables: Grid[] = [];
  const texts: string[] = [];
  for (const block of doc.blocks) {
    if (block.kind === "text") texts.push(block.text);
    else if (findTableLayout(block.grid)) taskTables.push(block.grid);
    else texts.push(gridLines(block.grid));
  }
  // A workbook alone has no text: the rows above its table ("Kèm theo Kế hoạch số …") stand for it.
  const captions = taskTables.flatMap((g) => readTablePlan(g, "xã", [])?.captionLines ?? []);
  const lines: SourceLine[] = sourceLines([...texts, ...(texts.length === 0 ? captions : [])].join("\n"));

  const identity = parseIdentity(lines, notes, options);
  const unitType = identity.ok ? identity.identity.unitType : "xã";
  const textItems = parseItems(logicalLines(lines.filter((l) => !isRule(l.text))), unitType, notes);
  const tableItems = taskTables.flatMap((g) => readTablePlan(g, unitType, notes)?.items ?? []);
  const items = mergeItems(textItems, tableItems);

  if (items.length === 0) return { ok: false, error: NO_ITEMS, notes };
  if (!identity.ok) return { ok: false, error: NO_DATE, notes, missing: "issued" };
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.code)) notes.push({ level: "Lỗi", item: item.code, message: `Mã ${item.code} xuất hiện hai lần.` });
    seen.add(item.code);
  }
  return { ok: true, plan: { identity: identity.identity, items }, notes };
}
