import { formatViDate } from "../dates/isoDate";
import { CellRange, Grid, GridCell, cellAt, cellText, isBlank, isGridDate } from "./grid";
import type { TableLayout } from "./header";
import { MergeIndex } from "./mergeIndex";

/**
 * A Word table pasted into Excel: each paragraph of a cell lands on a row of its own, and the cells of one
 * paragraph (the number, the lead, the deadline) are merged down over those rows. "1.4.1 | Triển khai … :" over
 * "| - Đến 30/9 …;" over "| - Đến 31/01/2022 …" with "CT UBND xã" and "31/01/2022" merged over the three rows is one
 * task, not three. Such a group's rows are folded into its first: each column's lines joined in order, the merges
 * down over the group dropped, the rows under it left blank (row numbers stay the sheet's).
 */
export interface ParagraphGroup {
  top: number;
  bottom: number;
  /** Merged down over the rows (a Word cell's paragraphs), or the words wrapped with the work's facts on the last row. */
  kind: "merged" | "wrapped";
  /** The work merged down over its log, a line a row ("02/8/2021 | Lập dự trù …"). */
  log?: true;
}

/** Columns naming who does what by when: merged down together over a group, they make its rows one piece of work. */
const IDENTITY = ["stt", "code", "lead", "due"] as const;
// "Chủ trì: BP Một cửa", "- Thời hạn: 30/6/2021": a labelled line of the cell.
const LABEL_LINE = /^[-+•]?\s*[\p{L} ]{2,30}:\s/u;
// "a) …", "b. …": an item's own mark.
const ITEM_MARK = /^[a-zđ][).]\s/u;

export function foldParagraphRows(
  grid: Grid,
  layout: TableLayout,
  firstRow: number,
  lastRow: number,
  isState: (text: string) => boolean,
): { grid: Grid; groups: ParagraphGroup[] } | null {
  const content = layout.columns.content;
  if (layout.kind !== "tasks" || content === undefined) return null;
  const identity = IDENTITY.map((f) => layout.columns[f]).filter((c): c is number => c !== undefined && c !== content);
  const down = grid.merges.filter((m) => m.bottom > m.top && m.top >= firstRow && m.bottom <= lastRow);
  // (Forms carry tens of thousands of merges: each span's merges found by key, each cell's through the index.)
  const bySpan = new Map<string, CellRange[]>();
  for (const m of down) bySpan.set(`${m.top}:${m.bottom}`, [...(bySpan.get(`${m.top}:${m.bottom}`) ?? []), m]);
  const exact = (c: number, top: number, bottom: number) => (bySpan.get(`${top}:${bottom}`) ?? []).some((m) => m.left <= c && m.right >= c);
  const index = new MergeIndex(grid.merges);
  const mergedAt = (r: number, c: number) => index.at(r, c) !== undefined;
  const groups: ParagraphGroup[] = [];
  const spans = [...new Map(down.map((m) => [`${m.top}:${m.bottom}`, { top: m.top, bottom: m.bottom }])).values()];
  for (const { top, bottom } of spans.sort((a, b) => a.top - b.top)) {
    if (groups.some((g) => g.bottom >= top)) continue;
    const rows = Array.from({ length: bottom - top + 1 }, (_, k) => top + k);
    // "Cải thiện nơi làm việc … | BP Một cửa | 30/9/2021" merged down over "02/8 | Lập dự trù …", "15/9 | Lắp xong …",
    // "11/10 | … - hoàn thành": one piece of work and its log, a line a row; the log's lines joined, the latest last.
    if (exact(content, top, bottom) && identity.some((c) => exact(c, top, bottom))) {
      // (Lines of words, three at least, on two rows or more: "KH" over "TH" and their marks are a plan's, no log.)
      const width = Math.max(...rows.map((r) => (grid.rows[r - 1] ?? []).length));
      const planned = rows.some((r) => (grid.rows[r - 1] ?? []).some((v) => typeof v === "string" && PLAN_LINE.test(v.trim())));
      const logged =
        !planned &&
        Array.from({ length: width }, (_, i) => i + 1).some(
          (c) =>
            !mergedAt(top, c) &&
            rows.filter(
              (r) =>
                cellText(cellAt(grid, r, c))
                  .trim()
                  .split(/\s+/).length >= 3,
            ).length >= 2,
        );
      if (logged) groups.push({ top, bottom, kind: "merged", log: true });
      continue;
    }
    // The work's words in a cell per row (a paragraph each), at least two of them, none merged.
    if (rows.some((r) => mergedAt(r, content))) continue;
    if (rows.filter((r) => !isBlank(cellAt(grid, r, content))).length < 2 || isBlank(cellAt(grid, top, content))) continue;
    // The number, lead or deadline merged over exactly these rows, with another column (a note) merged the same way;
    // none of them written again under.
    const spanning = identity.filter((c) => exact(c, top, bottom));
    const alike = (bySpan.get(`${top}:${bottom}`) ?? []).flatMap((m) => columnsOf(m));
    if (spanning.length === 0 || new Set(alike).size < 2) continue;
    if (identity.some((c) => !spanning.includes(c) && rows.slice(1).some((r) => !isBlank(cellAt(grid, r, c))))) continue;
    // Each line under the first carries the words on (a bullet of the list the first opens, a sentence wrapped, a
    // labelled line "Chủ trì: …"); lines that each read as work of its own are tasks sharing a lead and deadline.
    if (!rows.slice(1).every((r, k) => carriesOn(cellText(cellAt(grid, r, content)).trim(), lastLine(grid, rows.slice(0, k + 1), content))))
      continue;
    // A tick on two of its rows ("x" under "Đang TH" on each): each row's own state, so each its own task.
    const ticks = Object.keys(layout.statusTicks ?? {}).map(Number);
    if (rows.filter((r) => ticks.some((c) => !isBlank(cellAt(grid, r, c)))).length > 1) continue;
    // Two rows each with a state of their own that differ ("Hoàn thành" | "Chưa thực hiện"): two tasks under one number.
    const status = layout.columns.status;
    const states =
      status === undefined || exact(status, top, bottom)
        ? []
        : rows.map((r) => cellText(cellAt(grid, r, status)).trim()).filter((t) => t !== "" && t.length <= 20 && isState(t));
    if (new Set(states).size > 1) continue;
    groups.push({ top, bottom, kind: "merged" });
  }
  groups.push(...wrappedGroups(grid, layout, firstRow, lastRow, groups));
  groups.sort((a, b) => a.top - b.top);
  if (groups.length === 0) return null;
  const rowsOut: GridCell[][] = grid.rows.map((row) => [...row]);
  const formats: Record<string, string> = { ...grid.formats };
  for (const g of groups) {
    const width = Math.max(...Array.from({ length: g.bottom - g.top + 1 }, (_, k) => (grid.rows[g.top + k - 1] ?? []).length));
    const first = rowsOut[g.top - 1] ?? [];
    // A log's column of days: each line of the others opens with its row's day ("11/10: Nhận và lắp 10 ghế chờ - hoàn thành").
    const dayCol = g.log ? logDays(grid, g, width, (c) => exact(c, g.top, g.bottom)) : null;
    for (let c = 1; c <= width; c++) {
      if (exact(c, g.top, g.bottom)) continue;
      const filled: number[] = [];
      for (let r = g.top; r <= g.bottom; r++) if (!isBlank(cellAt(grid, r, c))) filled.push(r);
      if (filled.length === 0 || (filled.length === 1 && filled[0] === g.top)) continue;
      const dated = (r: number) => {
        const day = dayCol === null || c === dayCol ? "" : lineOf(cellAt(grid, r, dayCol));
        return day === "" ? lineOf(cellAt(grid, r, c)) : `${day}: ${lineOf(cellAt(grid, r, c))}`;
      };
      // One value under the first row: moved up whole (a date stays a date); several: their lines joined (a log's, a line each).
      first[c - 1] =
        filled.length === 1
          ? cellAt(grid, filled[0], c)
          : dayCol !== null && c !== dayCol
            ? filled.map(dated).join("\n")
            : joinLines(filled.map((r) => lineOf(cellAt(grid, r, c))));
      const format = grid.formats[`${filled[0]}:${c}`];
      if (filled.length === 1 && format !== undefined) formats[`${g.top}:${c}`] = format;
      for (let r = g.top + 1; r <= g.bottom; r++) {
        const row = rowsOut[r - 1];
        if (row !== undefined && c - 1 < row.length) row[c - 1] = null;
        delete formats[`${r}:${c}`];
      }
    }
    rowsOut[g.top - 1] = first;
  }
  const within = (m: CellRange) => groups.some((g) => m.top === g.top && m.bottom === g.bottom);
  // The merges down over a group stand for one cell now: kept on its first row only.
  const merges = grid.merges.map((m) => (within(m) ? { ...m, bottom: m.top } : m)).filter((m) => m.bottom > m.top || m.right > m.left);
  return { grid: { ...grid, rows: rowsOut, formats, merges }, groups };
}

/**
 * A task's words wrapped by hand over the rows under it, its lead, deadline or state written on the last of them:
 * "1 | Tuyên truyền … TTHC được" over "| cung cấp dịch vụ công … (phát 02 buổi/tuần" over "| vào sáng thứ 2 và thứ 5) |
 * CC VH-XH | Trong năm 2021 | Đang thực hiện". Each line under the first carries the words on (it opens in lower case,
 * the line above is left open, or it is the rest of a bullet's item); none but the last says who, when or how far.
 */
function wrappedGroups(
  grid: Grid,
  layout: TableLayout,
  firstRow: number,
  lastRow: number,
  merged: readonly ParagraphGroup[],
): ParagraphGroup[] {
  const content = layout.columns.content as number;
  const { stt, code } = layout.columns;
  const ticks = Object.keys(layout.statusTicks ?? {}).map(Number);
  const factCols = [
    ...Object.entries(layout.columns)
      .filter(([f]) => f !== "stt" && f !== "code" && f !== "content")
      .map(([, c]) => c as number),
    ...ticks,
  ];
  const whoWhenState = [layout.columns.lead, layout.columns.due, layout.columns.status, layout.columns.progress, ...ticks].filter(
    (c): c is number => c !== undefined,
  );
  const filled = (r: number, c: number) => !isBlank(cellAt(grid, r, c));
  const line = (r: number) => cellText(cellAt(grid, r, content)).trim();
  // (Rows under a merge are the merged groups' to read, never these.)
  const underMerge = new Set<number>();
  for (const m of grid.merges) if (m.bottom > m.top) for (let r = m.top; r <= m.bottom; r++) underMerge.add(r);
  const inMerge = (r: number) => underMerge.has(r);
  const out: ParagraphGroup[] = [];
  for (let head = firstRow; head <= lastRow; head++) {
    if (line(head) === "" || inMerge(head) || merged.some((g) => g.top <= head && g.bottom >= head)) continue;
    let bottom = 0;
    for (let r = head + 1; r <= Math.min(lastRow, head + 5); r++) {
      const words = line(r);
      if (words === "" || inMerge(r) || (stt !== undefined && filled(r, stt)) || (code !== undefined && filled(r, code))) break;
      if (!wrapsOn(words, line(r - 1), line(head), stt !== undefined && filled(head, stt))) break;
      if (factCols.some((c) => filled(r, c))) {
        bottom = r;
        break;
      }
    }
    if (bottom === 0) continue;
    // A bullet's item with more bullets under it, each with its facts: the list's items, each its own task.
    if (/^[-+•–]\s*\S/u.test(line(bottom)) && /^[-+•–]\s*\S/u.test(line(bottom + 1))) continue;
    // The last row says who, when or how far where the first does not (the first's own facts stand apart from it).
    if (factCols.some((c) => filled(head, c) && filled(bottom, c))) continue;
    if (!whoWhenState.some((c) => filled(bottom, c) && !filled(head, c))) continue;
    out.push({ top: head, bottom, kind: "wrapped" });
    head = bottom;
  }
  return out;
}

/** Whether a line without facts of its own carries on the words above it, rather than starting a task or a section. */
function wrapsOn(line: string, above: string, head: string, numbered: boolean): boolean {
  // ("b) Lập sổ …": an item of its own list, never the words above carried on.)
  if (ITEM_MARK.test(line)) return false;
  if (/^[\p{Ll}(]/u.test(line) || leftOpen(above)) return true;
  // "- Phân công PCT UBND … của Bộ phận" over "Tiếp nhận và trả kết quả; …": the rest of a bullet's item, no bullet of
  // its own; "+ …" items under a numbered task's words ending in a colon are the list the task opens.
  if (/^[-+•–]\s*\p{L}/u.test(head) && !/^[-+•–*]/u.test(line) && !SECTION_LIKE.test(line)) return true;
  // (Only under a numbered task: "b. Nhiệm vụ, giải pháp:" over its bullets heads a list of tasks.)
  return numbered && /:\s*$/.test(head) && /^[-+•–]\s*\S/u.test(line);
}

// "2.5. Chỉ số hài lòng …", "II. TIÊU CHÍ …", "* Tiêu chí 1.4": a section's heading, never a task's words.
const SECTION_LIKE = /^(?:\d+(?:\.\d+)*\.?\s|[IVX]{1,4}[.)]\s|\*|\p{Lu}{3,}\s+\p{Lu}{2,})/u;

/** A task's words that stop mid-sentence: a bracket not closed, a comma, or a last word that joins. */
function leftOpen(text: string): boolean {
  const open = (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
  return open || /(?:,|\s(?:và|với|của|cho|về|tại|theo|các|những|trên|đến|từ|hoặc))$/iu.test(text.trim());
}

/** The last words written in a column over some rows (blank rows passed over). */
function lastLine(grid: Grid, rows: readonly number[], col: number): string {
  const filled = rows.map((r) => cellText(cellAt(grid, r, col)).trim()).filter((t) => t !== "");
  return filled.at(-1) ?? "";
}

/** Whether a line continues the one above it in the same cell, rather than starting work of its own. */
function carriesOn(line: string, above: string): boolean {
  if (line === "") return true;
  if ((/^[\p{Ll}(]/u.test(line) && !ITEM_MARK.test(line)) || /^[-+•–*]\s*\S/u.test(line) || LABEL_LINE.test(line)) return true;
  // "a) …", "1. …" under "… các nội dung sau:": the list its colon opens; anything under words left open.
  return /:\s*$/.test(above) || leftOpen(above);
}

function columnsOf(m: CellRange): number[] {
  return Array.from({ length: m.right - m.left + 1 }, (_, k) => m.left + k);
}

// "KH" over "TH" beside a task merged down over both: its plan's line and its actual's, no log.
const PLAN_LINE = /^(?:KH|TH|Kế hoạch|Thực hiện|K\.H|T\.H)$/iu;
// "02/8/2021", "11/10", "Tháng 7": a log line's day as written.
const LOG_DAY = /^(?:\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|tháng\s+\d{1,2}(?:\s*\/\s*\d{4})?)$/iu;

/** The column of a log's days: on every row of the group that writes a line, a day (a date, "11/10", "Tháng 7"). */
function logDays(grid: Grid, g: ParagraphGroup, width: number, merged: (c: number) => boolean): number | null {
  for (let c = 1; c <= width; c++) {
    if (merged(c)) continue;
    const cells = Array.from({ length: g.bottom - g.top + 1 }, (_, k) => cellAt(grid, g.top + k, c)).filter((v) => !isBlank(v));
    if (cells.length >= 2 && cells.every((v) => isGridDate(v) || LOG_DAY.test(cellText(v).trim()))) return c;
  }
  return null;
}

function lineOf(v: GridCell): string {
  return isGridDate(v) ? formatViDate(v.date) : cellText(v).trim();
}

/** A sentence carried on ("Kiểm soát tốt dịch bệnh Covid-19," over "không để lây lan …") joins with a space; a new line stays one. */
function joinLines(lines: readonly string[]): string {
  let out = "";
  for (const line of lines) {
    if (line === "") continue;
    // ("Chủ trì: …", "Thời hạn: …": a labelled line of its own, whatever ends the line before.)
    const labelled = LABEL_LINE.test(line);
    const carried = out !== "" && !labelled && (/^[\p{Ll}(]/u.test(line) || leftOpen(out));
    out = out === "" ? line : `${out}${carried ? " " : "\n"}${line}`;
  }
  return out;
}
