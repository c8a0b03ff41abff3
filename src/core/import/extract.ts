import { formatViDate } from "../dates/isoDate";
import { cleanText, looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { Field } from "./columns";
import { Grid, GridCell, cellAt, cellText, columnName, formatAt, isBlank, isGridError } from "./grid";
import { TableLayout } from "./header";
import { Reading, RawTask, Source } from "./records";
import { findCriterion, parseCountCell, parseCriterion, parseDateCell, parsePercentCell, parseStatus } from "./values";
import { parseDeadline } from "../dates/deadline";

export interface Extracted {
  tasks: RawTask[];
  readings: Reading[];
  problems: Problem[];
}

// Signature footers and total rows are short rows whose first text is a label, never a task
// that happens to start with the same word ("Xác nhận hồ sơ …", "Công khai …").
const FOOTER = /^(nguoi lap|nguoi lap bieu|lap bieu|thu truong|xac nhan|ky ten|ky va ghi ro|can bo tong hop|nguoi tong hop|t m|tm|kt)( |$)/;
const TOTAL = /^(tong cong|tong so|tong|cong)(\s+\d|$)/;
const LABEL_ROW_MAX_CELLS = 3;
const LABEL_MAX_CHARS = 40;
/** "…, ngày … tháng … năm …" at the foot of a form. */
const DATE_LINE = /ngay\s*\.*\s*thang\s*\.*\s*nam/;

function rowCells(grid: Grid, r: number): GridCell[] {
  return grid.rows[r - 1] ?? [];
}

/** "(1) (2) (3)", "1 2 3 4" or "A B C" right under a header: column numbers, not data. */
function isNumberingRow(cells: readonly GridCell[]): boolean {
  const labels = cells
    .filter((c) => !isBlank(c))
    .map((c) =>
      cellText(c)
        .trim()
        .replace(/^\((.*)\)$/, "$1"),
    );
  if (labels.length < 3) return false;
  const numbers = labels.every((l, i) => l === String(i + 1));
  const letters = labels.every((l, i) => l.toUpperCase() === String.fromCharCode(65 + i));
  return numbers || letters;
}

/** A criterion named in a sheet's name or in the title rows above its table. */
export function contextCriterion(grid: Grid, layout: TableLayout): string | null {
  const fromName = findCriterion(grid.sheet);
  if (fromName) return fromName;
  for (let r = 1; r < layout.headerTop; r++) {
    for (const c of rowCells(grid, r)) {
      const k = cleanText(cellText(c));
      if (/(tiêu chí|chỉ số|\btc\b|\btctp\b)/iu.test(k)) {
        const found = findCriterion(k);
        if (found) return found;
      }
    }
  }
  return null;
}

/** Reads the data rows below a detected header into task or reading records. */
export function extractRows(grid: Grid, layout: TableLayout, sheetIndex: number): Extracted {
  const out: Extracted = { tasks: [], readings: [], problems: [] };
  const col = layout.columns;
  let sectionCode = contextCriterion(grid, layout);

  for (let r = layout.headerBottom + 1; r <= grid.rows.length; r++) {
    const cells = rowCells(grid, r);
    const filled = cells.filter((c) => !isBlank(c));
    if (filled.length === 0 || (r === layout.headerBottom + 1 && isNumberingRow(cells))) continue;
    const labelRow = filled.length <= LABEL_ROW_MAX_CELLS;
    const texts = filled.map((c) => looseKey(cellText(c)));
    const isLabel = (re: RegExp) => texts.some((t) => t.length <= LABEL_MAX_CHARS && re.test(t));
    if (labelRow && (isLabel(FOOTER) || DATE_LINE.test(texts.join(" ")))) break;
    if (labelRow && isLabel(TOTAL)) continue;

    const at = (f: Field): GridCell => (col[f] === undefined ? null : cellAt(grid, r, col[f] as number));
    const text = (f: Field): string => cleanText(cellText(at(f)));
    const source: Source = { file: grid.file, sheet: grid.sheet, sheetIndex, row: r, columns: col };
    const isError = (f: Field) => isGridError(at(f));
    const where = (f: Field) => ({
      file: grid.file,
      sheet: grid.sheet,
      row: r,
      column: col[f] === undefined ? null : columnName(col[f] as number),
    });

    // A lone text outside the main column, or merged across the row ("Tiêu chí 1.2 – …",
    // "Quý III"), is a section label; one that names a criterion applies to the rows below.
    if (filled.length === 1 && typeof filled[0] === "string") {
      const only = cells.indexOf(filled[0]) + 1;
      const mentioned = /(tiêu chí|chỉ số|\btc\b|\btctp\b)/iu.test(filled[0]) ? findCriterion(filled[0]) : null;
      const spans = grid.merges.some((m) => m.top <= r && m.bottom >= r && m.left <= only && m.right > only);
      const main = layout.kind === "tasks" ? col.content : col.numerator;
      if (mentioned || only !== main || spans) {
        if (mentioned) sectionCode = mentioned;
        continue;
      }
    }

    for (const [f, c] of Object.entries(col) as Array<[Field, number]>) {
      const v = cellAt(grid, r, c);
      if (isGridError(v))
        out.problems.push(problem("FORMULA_ERROR", where(f), v.error, `ô ${columnName(c)}${r} có giá trị lỗi ${v.error}.`));
    }

    const codeCell = parseCriterion(at("code"));
    const code = codeCell.kind === "ok" ? codeCell.value : codeCell.kind === "bad" ? codeCell.text : sectionCode;

    if (layout.kind === "tasks") {
      const content = text("content");
      if (content === "") continue;
      const due = parseDateCell(at("due"));
      const done = parseDateCell(at("doneDate"), false);
      const status = parseStatus(at("status"));
      const progress = parsePercentCell(at("progress"), col.progress === undefined ? undefined : formatAt(grid, r, col.progress));
      // "Thường xuyên", "hàng quý" are deadlines without a fixed date: kept as written, not errors.
      if (due.kind === "bad" && !isError("due") && parseDeadline(due.text).kind === "unparsed") {
        out.problems.push(
          problem("BAD_DATE", where("due"), due.text, `không đọc được hạn hoàn thành "${due.text}"; giữ nguyên như đã ghi.`),
        );
      }
      if (done.kind === "bad" && !isError("doneDate"))
        out.problems.push(problem("BAD_DATE", where("doneDate"), done.text, `không đọc được ngày hoàn thành "${done.text}".`));
      if (status.kind === "bad")
        out.problems.push(
          problem(
            "UNKNOWN_STATUS",
            where("status"),
            status.text,
            `"${status.text}" không phải Chưa thực hiện / Đang thực hiện / Hoàn thành.`,
          ),
        );
      if (progress.kind === "bad" && !isError("progress"))
        out.problems.push(problem("BAD_NUMBER", where("progress"), progress.text, `tiến độ "${progress.text}" không phải là số.`));
      out.tasks.push({
        code,
        content,
        lead: text("lead"),
        partners: text("partners"),
        due: due.kind === "ok" ? due.value : null,
        dueText: due.kind === "bad" ? due.text : null,
        status: status.kind === "ok" ? status.value : null,
        statusText: status.kind === "bad" ? status.text : null,
        progress: progress.kind === "ok" ? progress.value : null,
        doneDate: done.kind === "ok" ? done.value : null,
        doneText: done.kind === "bad" ? done.text : null,
        evidence: text("evidence"),
        note: text("note"),
        source,
      });
      continue;
    }

    // Indicator readings: the period names the date the figures stand at.
    const numerator = parseCountCell(at("numerator"));
    const denominator = parseCountCell(at("denominator"));
    const given = parsePercentCell(at("value"), col.value === undefined ? undefined : formatAt(grid, r, col.value));
    if (numerator.kind !== "ok" && denominator.kind !== "ok" && given.kind !== "ok") continue;
    for (const [f, p] of [
      ["numerator", numerator],
      ["denominator", denominator],
      ["value", given],
    ] as const) {
      if (p.kind === "bad" && !isError(f)) out.problems.push(problem("BAD_NUMBER", where(f), p.text, `"${p.text}" không phải là số.`));
    }
    const dated = parseDateCell(at("date"), false);
    const periodText = text("period");
    const periodDeadline = periodText === "" ? null : parseDeadline(periodText);
    const date = dated.kind === "ok" ? dated.value : periodDeadline?.kind === "due" ? periodDeadline.due : null;
    if (dated.kind === "bad" && !isError("date"))
      out.problems.push(problem("BAD_DATE", where("date"), dated.text, `không đọc được ngày số liệu "${dated.text}".`));
    const num = numerator.kind === "ok" ? numerator.value : null;
    const den = denominator.kind === "ok" ? denominator.value : null;
    const value = num !== null && den !== null && den > 0 ? (num / den) * 100 : given.kind === "ok" ? given.value : null;
    out.readings.push({
      code,
      period: periodText !== "" ? periodText : date ? formatViDate(date) : "",
      date,
      numerator: num,
      denominator: den,
      value,
      evidence: text("evidence"),
      note: text("note"),
      source,
    });
  }
  return out;
}
