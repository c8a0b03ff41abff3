import { IsoDate, formatViDate, ymd } from "../dates/isoDate";
import { cleanText, looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { TaskStatus } from "../vocab";
import { aspectAtStart, statusOfPace, statusWord } from "./cellFacts";
import { LeftOut, rowKeyOf } from "./copySheets";
import { numberOf } from "./joinByNumber";
import { Grid, cellAt, cellText, columnName, formatAt } from "./grid";
import { RawTask } from "./records";
import { sentenceFacts } from "./textFacts";
import { extensionInNote } from "./extract";
import { handedOverIn } from "./noteLead";
import { findOfficials } from "../plan/officials";
import { parseDateCell, parsePercentCell } from "./values";

/**
 * A diary of updates kept beside a list of tasks ("Nhật ký": Ngày | Mã NV | Nội dung cập nhật | Tình trạng),
 * each line naming the task it is about by the list's own number ("NV03", "3"): the list's tasks take their
 * state from their latest line, and the diary's lines are no tasks of their own.
 */

// The diary's columns, by heading.
const KEY_HEADING =
  /^(?:ma nv|ma nhiem vu|ma so nv|ma so nhiem vu|nv so|so nv|nhiem vu so|stt nv|so tt nv|tt nv|ma cv|ma cong viec|ma viec|ma|so hieu nv|ma so)$/;
const DAY_HEADING = /^(?:ngay|ngay cap nhat|ngay ghi|ngay ghi nhan|ngay thang|thoi gian|ngay bao cao|ngay theo doi)$/;
const ENTRY_HEADING =
  /^(?:noi dung cap nhat|noi dung|dien bien|ket qua|cong viec da lam|viec da lam|cap nhat|noi dung thuc hien|ket qua thuc hien|ghi nhan|tinh hinh thuc hien|noi dung cong viec da thuc hien|noi dung da thuc hien)$/;
const STATE_HEADING = /^(?:tinh trang|trang thai|tien do thuc hien|danh gia)$/;
// A list's own columns: a sheet with a lead or a deadline per row is a list of tasks (a month's copy), never a diary.
const LIST_HEADING = /^(?:chu tri|nguoi chu tri|don vi chu tri|bo phan chu tri|han|thoi han|han hoan thanh|han ht|thoi han hoan thanh)$/;
const SHARE_HEADING =
  /^(?:tien do|tien do %|ty le hoan thanh|ty le hoan thanh %|% hoan thanh|muc do hoan thanh|% thuc hien|% ht|ht %|ty le ht|ty le ht %)$/;
// "SỔ NHẬT KÝ CẬP NHẬT TIẾN ĐỘ", a sheet named "Nhật ký", "Cập nhật", "Diễn biến".
const DIARY_NAME = /\b(?:nhat ky|cap nhat tien do|dien bien|lich su cap nhat|so theo doi cap nhat)\b/;
const MIN_LINES = 3;
// Most of the diary's tasks are in the list: a diary of some other list is no diary of this one.
const SHARE_KNOWN = 0.6;

interface DiaryLine {
  row: number;
  key: string;
  written: string;
  day: IsoDate;
  text: string;
  state: string;
  share: number | null;
}

interface Diary {
  grid: Grid;
  headerRow: number;
  keyHeading: string;
  lines: DiaryLine[];
  /** Rows with an entry written that give no task number or no readable day: named, never dropped silently. */
  unread: Array<{ row: number; text: string }>;
}

function headingsOf(grid: Grid, row: number): Map<string, number> {
  const out = new Map<string, number>();
  (grid.rows[row - 1] ?? []).forEach((v, i) => {
    const k = looseKey(cellText(v)).replace(/\s*%$/, " %").trim();
    if (k !== "" && !out.has(k)) out.set(k, i + 1);
  });
  return out;
}

function column(headings: Map<string, number>, re: RegExp): number | undefined {
  for (const [k, c] of headings) if (re.test(k)) return c;
  return undefined;
}

/** The sheet as a diary of dated lines keyed by task number, or null. */
function diaryOf(grid: Grid): Diary | null {
  for (let h = 1; h <= Math.min(grid.rows.length, 8); h++) {
    const headings = headingsOf(grid, h);
    const [keyCol, dayCol, entryCol] = [column(headings, KEY_HEADING), column(headings, DAY_HEADING), column(headings, ENTRY_HEADING)];
    if (keyCol === undefined || dayCol === undefined || entryCol === undefined) continue;
    if (column(headings, LIST_HEADING) !== undefined) return null;
    // "TT" over "HT", "Đang TH", "Chưa TH": the state, shortened ("TT" over numbers is the rows' order).
    const tt = headings.get("tt");
    const stateCol =
      column(headings, STATE_HEADING) ??
      (tt !== undefined &&
      grid.rows.slice(h).every((row) => typeof row[tt - 1] !== "number" && !/^\d+$/.test(cellText(row[tt - 1] ?? null).trim()))
        ? tt
        : undefined);
    const shareCol = column(headings, SHARE_HEADING);
    const lines: DiaryLine[] = [];
    const unread: Diary["unread"] = [];
    for (let r = h + 1; r <= grid.rows.length; r++) {
      const key = numberOf(cellAt(grid, r, keyCol));
      const day = parseDateCell(cellAt(grid, r, dayCol), false);
      if (key === null || day.kind !== "ok") {
        const text = cleanText(cellText(cellAt(grid, r, entryCol)));
        if (text !== "") unread.push({ row: r, text });
        continue;
      }
      const share = shareCol === undefined ? null : parsePercentCell(cellAt(grid, r, shareCol), formatAt(grid, r, shareCol));
      lines.push({
        row: r,
        key,
        written: cleanText(cellText(cellAt(grid, r, keyCol))),
        day: day.value,
        text: cleanText(cellText(cellAt(grid, r, entryCol))),
        state: stateCol === undefined ? "" : cleanText(cellText(cellAt(grid, r, stateCol))),
        share: share?.kind === "ok" ? share.value : null,
      });
    }
    if (lines.length < MIN_LINES) return null;
    // A diary goes back to the same task; a list of one line per task is a task list with dates.
    const keys = new Set(lines.map((l) => l.key));
    const title = looseKey(`${grid.sheet} ${cellText((grid.rows[0] ?? []).find((v) => cellText(v) !== "") ?? null)}`);
    if (keys.size === lines.length && !DIARY_NAME.test(title)) return null;
    return { grid, headerRow: h, keyHeading: cleanText(cellText(cellAt(grid, h, keyCol))), lines, unread };
  }
  return null;
}

/** The list the diary's numbers refer to: another sheet's tasks and the column their numbers are in. */
function listOf(
  diary: Diary,
  tasks: readonly RawTask[],
  grids: readonly Grid[],
): { grid: Grid; col: number; byKey: Map<string, RawTask> } | null {
  const wanted = new Set(diary.lines.map((l) => l.key));
  let best: { grid: Grid; col: number; byKey: Map<string, RawTask> } | null = null;
  for (const g of grids) {
    if (g === diary.grid) continue;
    const own = tasks.filter((t) => t.source.sheet === g.sheet);
    if (own.length === 0) continue;
    const width = Math.max(...own.map((t) => (g.rows[t.source.row - 1] ?? []).length));
    for (let c = 1; c <= width; c++) {
      const byKey = new Map<string, RawTask>();
      for (const t of own) {
        const k = numberOf(cellAt(g, t.source.row, c));
        if (k !== null && wanted.has(k) && !byKey.has(k)) byKey.set(k, t);
      }
      if (byKey.size > (best?.byKey.size ?? 1)) best = { grid: g, col: c, byKey };
    }
  }
  return best !== null && best.byKey.size >= wanted.size * SHARE_KNOWN ? best : null;
}

/** What the latest line says of the work: its state word, else its share, else it is under way (a line was written). */
function stateOf(line: DiaryLine): { status: TaskStatus; doneOn: IsoDate | null; read: boolean } {
  const said = line.state === "" ? null : looseKey(line.state);
  const word = said === null ? null : (statusWord(said) ?? statusOfPace(said) ?? aspectAtStart(said));
  if (word !== null) return { status: word, doneOn: null, read: true };
  // "Chuyên mục hoạt động chính thức. Hoàn thành.": a sentence of the line that is a state word.
  const sentences = line.text.split(/[.;!]\s*/).map((s) => looseKey(s));
  if (sentences.some((s) => s !== "" && statusWord(s) === "Hoàn thành")) return { status: "Hoàn thành", doneOn: null, read: true };
  // "Hoàn thành rà soát ngày 06/10/2021 (trễ 6 ngày)", "Chưa triển khai; …": the line's words say how the work stands,
  // where no share of its own says it ("Đã tuyên truyền trên loa, còn 2 thôn | 80%": under way).
  const facts = said === null ? sentenceFacts(line.text, ymd(line.day).y) : null;
  if (line.share !== null) {
    const status = line.share >= 100 ? "Hoàn thành" : line.share > 0 ? "Đang thực hiện" : "Chưa thực hiện";
    return { status, doneOn: status === "Hoàn thành" ? (facts?.doneDate ?? null) : null, read: true };
  }
  if (facts?.status) return { status: facts.status, doneOn: facts.status === "Hoàn thành" ? facts.doneDate : null, read: true };
  return { status: "Đang thực hiện", doneOn: null, read: false };
}

/**
 * The diaries among the sheets: each list task they name takes its state, share and day done from its latest line where
 * its own row gives none (said in Ghi chú); the diary's rows are left out of the tasks, a line naming no task of the
 * list named in Kiểm tra.
 */
export function journalSheets(tasks: readonly RawTask[], grids: readonly Grid[]): LeftOut {
  const dropped = new Set<string>();
  const problems: Problem[] = [];
  // What reading the diary as a table said of it (its columns unmapped) goes with its rows.
  const sheets = new Set<string>();
  if (grids.length < 2) return { dropped, problems, sheets };
  for (const g of grids) {
    const diary = diaryOf(g);
    if (diary === null) continue;
    const list = listOf(diary, tasks, grids);
    if (list === null) continue;
    for (const t of tasks) if (t.source.sheet === g.sheet) dropped.add(rowKeyOf(g.sheet, t.source.row));
    sheets.add(g.sheet);
    const byTask = new Map<string, DiaryLine[]>();
    for (const l of diary.lines) byTask.set(l.key, [...(byTask.get(l.key) ?? []), l]);
    for (const [key, lines] of byTask) {
      const task = list.byKey.get(key);
      if (task === undefined) {
        const l = lines[0];
        problems.push(
          problem("ROW_SKIPPED", { file: g.file, sheet: g.sheet, row: l.row }, l.written, {
            vi: `nhật ký ghi nhiệm vụ "${l.written}" nhưng sheet "${list.grid.sheet}" không có nhiệm vụ nào mang số này; dòng không được ghép, hãy thêm nhiệm vụ vào danh sách hoặc sửa số.`,
            en: `the diary names task "${l.written}" but sheet "${list.grid.sheet}" has no task of that number; the line is not joined, add the task to the list or fix the number.`,
          }),
        );
        continue;
      }
      // The latest line by its day; of two on one day, the one written lower.
      const latest = [...lines].sort((a, b) => (a.day === b.day ? a.row - b.row : a.day < b.day ? -1 : 1)).at(-1) as DiaryLine;
      const said = `Theo sheet "${g.sheet}" dòng ${latest.row} (ngày ${formatViDate(latest.day)}${lines.length > 1 ? `, dòng mới nhất của ${lines.length} dòng` : ""}): ${latest.text}${latest.state !== "" ? ` - ${latest.state}` : ""}`;
      task.note = task.note === "" ? said : `${task.note}; ${said}`;
      afterLines(task, lines, g, problems);
      if (task.status !== null || task.progress !== null || task.doneDate !== null) continue;
      const { status, doneOn, read } = stateOf(latest);
      task.status = status;
      // (A state read from the line's own words needs no word of doubt; a line that says none is taken as work under way.)
      task.statusText = latest.state !== "" ? latest.state : read && latest.share === null ? null : latest.text;
      // ("Đạt 90%": the line's words give the share where no column of its own does.)
      const share = latest.share ?? (status === "Đang thực hiện" ? sentenceFacts(latest.text, ymd(latest.day).y).progress : null);
      if (share !== null) task.progress = share;
      if (status === "Hoàn thành") task.doneDate = doneOn ?? latest.day;
    }
    for (const u of diary.unread)
      problems.push(
        problem("ROW_SKIPPED", { file: g.file, sheet: g.sheet, row: u.row }, u.text, {
          vi: `dòng nhật ký không ghi số nhiệm vụ hoặc ngày đọc được; không ghép được với nhiệm vụ nào của sheet "${list.grid.sheet}": "${u.text}".`,
          en: `the diary line gives no task number or readable day; it is joined to no task of sheet "${list.grid.sheet}": "${u.text}".`,
        }),
      );
    // "Tình trạng: xem sheet Nhật ký (dòng mới nhất của mỗi NV)." under the list: a pointer to the diary, no task.
    const diaryName = looseKey(g.sheet);
    const pointers = tasks.filter(
      (t) =>
        t.source.sheet === list.grid.sheet &&
        numberOf(cellAt(list.grid, t.source.row, list.col)) === null &&
        looseKey(t.content).includes(diaryName),
    );
    for (const t of pointers) dropped.add(rowKeyOf(t.source.sheet, t.source.row));
    const pointed = pointers
      .map((t) => `; dòng ${t.source.row} của danh sách ("${t.content}") là lời dẫn tới nhật ký, không phải nhiệm vụ`)
      .join("");
    problems.push(
      problem("JOINED_BY_NUMBER", { file: g.file, sheet: g.sheet }, list.grid.sheet, {
        vi: `sheet là nhật ký cập nhật của các nhiệm vụ ở sheet "${list.grid.sheet}" (ghép theo cột "${diary.keyHeading}" với cột ${columnName(list.col)} của danh sách): trạng thái mỗi nhiệm vụ lấy theo dòng nhật ký mới nhất; các dòng nhật ký không đọc thành nhiệm vụ${pointed}.`,
        en: `the sheet is a diary of updates to the tasks of sheet "${list.grid.sheet}" (joined by "${diary.keyHeading}" to the list's column ${columnName(list.col)}): each task's state is its latest line's; the diary's lines are not read as tasks.`,
      }),
    );
  }
  return { dropped, problems, sheets };
}

/**
 * What the lines say beyond the work's state, each the latest written: a new deadline ("chưa xong, gia hạn đến 15/11"),
 * and the work passed on ("chuyển CC VP-TK tiếp tục từ 01/10"), which Kiểm tra asks to look at.
 */
function afterLines(task: RawTask, lines: readonly DiaryLine[], g: Grid, problems: Problem[]): void {
  let handed: { title: string; said: string; row: number } | null = null;
  for (const l of [...lines].sort((a, b) => (a.day === b.day ? a.row - b.row : a.day < b.day ? -1 : 1))) {
    const moved = extensionInNote(l.text, ymd(l.day).y);
    if (moved !== null && (task.due === null || moved.date > task.due)) {
      const was = task.due === null ? (task.dueText ?? "") : formatViDate(task.due);
      task.note = `${task.note}; Hạn gia hạn đến ${formatViDate(moved.date)} theo nhật ký dòng ${l.row} "${moved.said}"${was ? `; hạn ban đầu ${was}` : ""}`;
      task.due = moved.date;
      task.dueText = null;
    }
    const to = handedOverIn(l.text, "xã");
    if (to !== null) handed = { ...to, row: l.row };
  }
  if (handed === null || findOfficials(task.lead, "xã").some((o) => o.title === handed.title)) return;
  problems.push(
    problem("LEAD_UNCLEAR", { file: g.file, sheet: g.sheet, row: handed.row }, handed.said, {
      vi: `nhật ký nói việc đã chuyển: "${handed.said}"; lấy ${handed.title} làm chủ trì thay cho "${task.lead}", hãy kiểm tra.`,
      en: `the diary says the work changed hands: "${handed.said}"; ${handed.title} taken as the lead instead of "${task.lead}", check it.`,
    }),
  );
  task.note = `${task.note}; Chủ trì theo nhật ký dòng ${handed.row}: "${handed.said}" (cột chủ trì ghi: ${task.lead})`;
  task.lead = handed.title;
}
