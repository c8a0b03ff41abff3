import { IsoDate } from "../dates/isoDate";
import { DossierRecord, ZERO_COUNTS } from "../summary/dossiers";
import { cleanText, looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { contextPeriod } from "./contextPeriod";
import { percentShown } from "./formatText";
import { ALL_FIELDS, dossierRowOf, titleSpan } from "./dossiersAcross";
import { Grid, GridCell, cellText, isBlank } from "./grid";
import { PeriodLabel, parsePeriod, periodEnd, periodStart } from "./periods";

/**
 * A one-stop desk's report written as lines under each field ("I. LĨNH VỰC HỘ TỊCH", then "- Số hồ
 * sơ đã giải quyết:" | "63 hồ sơ (trước hạn: 50; đúng hạn: 12; quá hạn: 1)"): each field's lines are
 * its dossier figures for the days the title gives. Other lines of the sheet (rates, difficulties)
 * are left to the other readers.
 */
export interface DossierLines {
  blocks: Array<{
    field: string;
    head: number;
    lines: Array<{ row: number; measure: Measure; value: GridCell; cells: GridCell[] }>;
    /** Headed as all the desk's figures ("SỐ LIỆU HỒ SƠ TTHC QUÝ III/2021"), no field named. */
    all?: boolean;
    /** "Tỷ lệ giải quyết đúng hạn: | 98,66%" among the block's lines: its rates, each as the sentence that states it. */
    rates: Array<{ row: number; col: number; text: string }>;
  }>;
  /** "Chỉ tiêu | Tháng 10/2021 | Tháng 11/2021" over the blocks: a record per field and period, from its column. */
  periods?: Array<{ col: number; label: PeriodLabel }>;
}

type Measure = NonNullable<ReturnType<typeof dossierRowOf>>;

/** "I. LĨNH VỰC HỘ TỊCH", "Lĩnh vực: Hộ tịch": a field named on a line of its own. */
export const FIELD_HEAD = /^(?:[IVX]{1,4}|\d{1,2}|[A-Z])?[.)]?\s*lĩnh vực\s*:?\s*(.{2,60})$/iu;

function texts(row: readonly GridCell[]): Array<{ col: number; text: string }> {
  return row.flatMap((v, i) => (isBlank(v) ? [] : [{ col: i + 1, text: cellText(v).trim() }]));
}

// "SỐ LIỆU HỒ SƠ TTHC QUÝ III/2021 (từ 15/6 đến 14/9/2021)", "B. Kết quả giải quyết hồ sơ TTHC": the commune's dossier
// figures, all its fields together, under a heading of their own.
const ALL_HEAD =
  /^(?:(?:[IVX]{1,4}|\d{1,2}|[A-Z])[.)]\s*)?(?:số liệu|kết quả|tình hình|thống kê)\s+(?:tiếp nhận,?\s+(?:và\s+)?)?(?:giải quyết\s+)?(?:hồ sơ|hs)(?!\p{L})/iu;

/** The field a heading names: "I. LĨNH VỰC HỘ TỊCH" its own, "SỐ LIỆU HỒ SƠ TTHC QUÝ III/2021" all of them; else null. */
function headOf(text: string): string | null {
  const head = FIELD_HEAD.exec(text);
  if (head) {
    const name = cleanText(head[1]);
    return name === name.toUpperCase() ? name.charAt(0) + name.slice(1).toLowerCase() : name;
  }
  return ALL_HEAD.test(text) ? ALL_FIELDS : null;
}

/** Whether a row is one text naming a field ("I. LĨNH VỰC HỘ TỊCH") or all: looked at before anything else is. */
function fieldHeadAt(row: readonly GridCell[]): boolean {
  let text: string | null = null;
  for (const v of row) {
    if (isBlank(v)) continue;
    if (text !== null || typeof v !== "string") return false;
    text = v;
  }
  return text !== null && /lĩnh vực|hồ sơ|hs/iu.test(text) && headOf(text.trim()) !== null;
}

export function findDossierLines(grid: Grid): DossierLines | null {
  // Most sheets name no field on a line of its own: nothing more is read of them.
  if (!grid.rows.some(fieldHeadAt)) return null;
  const blocks: DossierLines["blocks"] = [];
  let current: DossierLines["blocks"][number] | null = null;
  // "- Số hồ sơ đang giải quyết:" over "+ Trong hạn:", "+ Quá hạn:": a "+" line is a part of the "-" line above it.
  let parent = "";
  let heading = "";
  grid.rows.forEach((row, i) => {
    const cells = texts(row);
    if (cells.length === 0) return;
    const head = cells.length === 1 ? headOf(cells[0].text) : null;
    if (head !== null) {
      current = { field: head, head: i + 1, lines: [], rates: [], ...(FIELD_HEAD.test(cells[0].text) ? {} : { all: true }) };
      heading = cells[0].text;
      blocks.push(current);
      return;
    }
    if (current === null || cells.length < 2) {
      current = cells.length === 1 && /^(?:[IVX]{1,4}|\d{1,2})[.)]\s/u.test(cells[0].text) ? null : current;
      return;
    }
    const label = cells[0].text.replace(/^[-–+•*]\s*/u, "").replace(/:\s*$/u, "");
    const sub = /^\+/u.test(cells[0].text);
    if (!sub) parent = label;
    const measure = dossierRowOf(sub && parent !== "" ? `${parent} ${label}` : label) ?? dossierRowOf(label);
    if (measure !== null) current.lines.push({ row: i + 1, measure, value: row[cells[1].col - 1] ?? null, cells: [...row] });
    else if (cells.length === 2 && /^(?:=>\s*)?tỷ lệ\s/iu.test(label)) {
      // ("=> Tỷ lệ đúng hạn: | 100%" under "SỐ LIỆU HỒ SƠ THÁNG 10/2021": the period its heading names, said with it.)
      const rate = rateShown(grid, i + 1, cells[1].col);
      const period = current.all === true && /\d{4}/.test(heading) ? ` (${cleanText(heading)})` : "";
      if (rate !== null) current.rates.push({ row: i + 1, col: cells[0].col, text: `${label.replace(/^=>\s*/u, "")}: ${rate}${period}` });
    }
  });
  // (All the desk's figures under a heading of their own are lines, "- Đã giải quyết: | 149 | hồ sơ", each its label
  // and one count: a table of counts across the months under such a title is read as the table it is.)
  const asLines = (b: DossierLines["blocks"][number]) =>
    b.lines.every((l) => {
      const cells = texts(l.cells);
      return cells.length <= 2 || (cells.length === 3 && /^(?:hồ sơ|hs|bộ|trường hợp)$/iu.test(cells[2].text));
    }) && b.lines.filter((l) => /:\s*$|^\s*(?:[-–+•*]|=>)/u.test(texts(l.cells)[0]?.text ?? "")).length * 2 >= b.lines.length;
  const kept = blocks.filter((b) => b.lines.length >= 2 && (b.all !== true || asLines(b)));
  if (kept.length === 0) return null;
  // Periods across the columns, named on a row above the first field.
  for (let r = kept[0].head - 1; r >= Math.max(1, kept[0].head - 6); r--) {
    const cells = texts(grid.rows[r - 1] ?? []);
    const periods = cells.flatMap((c) => {
      const label = parsePeriod(c.text);
      return label && label.year !== null ? [{ col: c.col, label }] : [];
    });
    // (A row of periods and at most its label: "Chỉ tiêu | Tháng 10/2021 | Tháng 11/2021", never a task's row due in a quarter.)
    if (periods.length >= 1 && periods.every((p) => p.col > 1) && cells.length - periods.length <= 1) return { blocks: kept, periods };
  }
  return { blocks: kept };
}

/** A rate as a sentence says it: 0.9866 shown as a percentage as "98,66%", "21,3%" as typed; else null. */
function rateShown(grid: Grid, r: number, c: number): string | null {
  const v = grid.rows[r - 1]?.[c - 1] ?? null;
  if (typeof v === "number") return percentShown(grid, r, c);
  return typeof v === "string" && /^\s*\d{1,3}(?:[.,]\d+)?\s*%\s*$/.test(v) ? v.trim() : null;
}

/** "63 hồ sơ (trước hạn: 50; đúng hạn: 12; quá hạn: 1)" -> the total and its named parts; "không" is none. */
function countsIn(v: GridCell): { total: number | null; parts: Array<{ name: string; n: number | null; share: number | null }> } {
  if (typeof v === "number") return { total: v, parts: [] };
  const text = cellText(v).trim();
  const key = looseKey(text);
  if (/^(?:khong|khong co|0)$/.test(key)) return { total: 0, parts: [] };
  const lead = /^(\d{1,7})\b/.exec(text.replace(/[.,](?=\d{3}\b)/g, ""));
  const parts: Array<{ name: string; n: number | null; share: number | null }> = [];
  for (const m of text.matchAll(/(\p{L}[\p{L} ]{1,30}?)\s*:?\s*(\d{1,7})(\s*%)?(?=\s*[;,)]|\s*$)/gu))
    if (!/hồ sơ$/iu.test(m[1].trim()))
      parts.push({ name: looseKey(m[1]), n: m[3] ? null : Number(m[2]), share: m[3] ? Number(m[2]) : null });
  // "100% trước hạn": a share before its name.
  for (const m of text.matchAll(/(\d{1,3})\s*%\s*(\p{L}[\p{L} ]{1,30})/gu))
    parts.push({ name: looseKey(m[2]), n: null, share: Number(m[1]) });
  return { total: lead ? Number(lead[1]) : null, parts };
}

function part(parts: ReturnType<typeof countsIn>["parts"], re: RegExp, total: number | null): number | null {
  const p = parts.find((x) => re.test(x.name));
  if (!p) return null;
  if (p.n !== null) return p.n;
  return p.share !== null && total !== null ? Math.round((p.share / 100) * total) : null;
}

export function readDossierLines(
  grid: Grid,
  layout: DossierLines,
  year: number | null,
): { records: DossierRecord[]; problems: Problem[]; rows: number[] } {
  const first = layout.blocks[0].head;
  // ("SỐ LIỆU HỒ SƠ TTHC QUÝ III/2021 (từ 15/6/2021 đến 14/9/2021)": the days the block's own heading gives first.)
  const span = titleSpan(grid, first + 1);
  const period = span ? null : contextPeriod(grid, first, year);
  const label = period?.label;
  const from: IsoDate | null = span?.from ?? (label && label.year !== null ? periodStart(label, label.year) : null);
  const to: IsoDate | null = span?.to ?? (label && label.year !== null ? periodEnd(label, label.year) : (period?.date ?? null));
  const records: DossierRecord[] = [];
  const problems: Problem[] = [];
  const rows: number[] = [];
  // One pass per period column where the sheet has them, else one for the days the title gives.
  const passes = layout.periods
    ? layout.periods.map((p) => ({
        from: periodStart(p.label, p.label.year as number),
        to: periodEnd(p.label, p.label.year as number),
        pick: (line: DossierLines["blocks"][number]["lines"][number]) => line.cells[p.col - 1] ?? null,
      }))
    : [{ from, to, pick: (line: DossierLines["blocks"][number]["lines"][number]) => line.value }];
  for (const pass of passes)
    for (const block of layout.blocks) {
      const rec: DossierRecord = {
        field: block.field,
        from: pass.from,
        to: pass.to,
        ...ZERO_COUNTS,
        source: { file: grid.file, sheet: grid.sheet, row: block.head },
      };
      const derived: string[] = [];
      // Totals are parted at the block's end: "Trong đó trực tuyến" and "Trước hạn" may come after them.
      let receivedSaid: number | null = null;
      let resolvedSaid: number | null = null;
      let inPersonSaid = false;
      let onTimeSaid = false;
      // "+ Trong hạn:" / "+ Quá hạn:" lines under the pending total split it: nothing is worked out.
      const splitBelow = block.lines.some((l) => l.measure === "pendingInTime" || l.measure === "pendingOverdue");
      rows.push(block.head);
      for (const line of block.lines) {
        rows.push(line.row);
        const value = pass.pick(line);
        // A period's cell left empty says nothing of it.
        if (layout.periods && isBlank(value)) continue;
        const { total, parts } = countsIn(value);
        if (total === null && parts.length === 0) {
          // "khoảng sáu chục": a count that cannot be read is left empty in the master (0 in the sums), and said.
          const said = cellText(value).trim();
          const into =
            line.measure === "receivedTotal"
              ? "inPerson"
              : line.measure === "resolvedTotal"
                ? "onTime"
                : line.measure === "pendingTotal"
                  ? "pendingInTime"
                  : line.measure;
          rec.unread = [...(rec.unread ?? []), into];
          problems.push(
            problem("BAD_NUMBER", { file: grid.file, sheet: grid.sheet, row: line.row }, said, {
              vi: `"${said}" không đọc được thành số hồ sơ của lĩnh vực ${block.field}: để trống trong Hồ sơ TTHC, khi cộng và tính tỷ lệ coi là 0.`,
              en: `"${said}" cannot be read as a number of dossiers of ${block.field}: left empty in Hồ sơ TTHC, counted as 0 in sums and rates.`,
            }),
          );
        }
        switch (line.measure) {
          case "carriedOver":
            rec.carriedOver = total ?? 0;
            break;
          case "returned":
            rec.returned = total ?? 0;
            break;
          case "receivedTotal":
          case "online":
          case "inPerson": {
            const online = line.measure === "online" ? total : part(parts, /\btruc tuyen\b|\bonline\b/, total);
            const direct = line.measure === "inPerson" ? total : part(parts, /\btruc tiep\b|\bbuu chinh\b/, total);
            if (online !== null) rec.online = online;
            if (direct !== null) {
              rec.inPerson = direct;
              inPersonSaid = true;
            } else if (line.measure === "receivedTotal" && total !== null) receivedSaid = total;
            break;
          }
          case "resolvedTotal":
          case "early":
          case "onTime":
          case "late": {
            const early = line.measure === "early" ? total : part(parts, /\btruoc han\b/, total);
            const onTime = line.measure === "onTime" ? total : part(parts, /\bdung (?:thoi )?han\b|\bdung hen\b/, total);
            const late = line.measure === "late" ? total : part(parts, /\bqua han\b|\btre han\b/, total);
            if (early !== null) rec.early = early;
            if (late !== null) rec.late = late;
            if (onTime !== null) {
              rec.onTime = onTime;
              onTimeSaid = true;
            } else if (line.measure === "resolvedTotal" && total !== null) resolvedSaid = total;
            break;
          }
          default: {
            const inTime = line.measure === "pendingInTime" ? total : part(parts, /\btrong han\b|\bchua den han\b|\bcon han\b/, total);
            const overdue = line.measure === "pendingOverdue" ? total : part(parts, /\bqua han\b/, total);
            if (overdue !== null) rec.pendingOverdue = overdue;
            if (inTime !== null) rec.pendingInTime = inTime;
            // Only a line of all pending ("Đang giải quyết: 7") leaves the part in time to work out.
            else if (total !== null && line.measure !== "pendingOverdue") {
              rec.pendingInTime = Math.max(0, total - (overdue ?? 0));
              if (overdue === null && total > 0 && !splitBelow)
                derived.push(`${total} hồ sơ đang giải quyết không ghi trong hạn hay quá hạn: tính là trong hạn`);
            }
          }
        }
      }
      if (receivedSaid !== null && !inPersonSaid) rec.inPerson = Math.max(0, receivedSaid - rec.online);
      if (resolvedSaid !== null && !onTimeSaid) rec.onTime = Math.max(0, resolvedSaid - rec.early - rec.late);
      if (derived.length > 0)
        problems.push(
          problem("DOSSIER_COUNT_DERIVED", { file: grid.file, sheet: grid.sheet, row: block.head }, block.field, {
            vi: `lĩnh vực ${block.field}: ${derived.join("; ")}.`,
            en: `field ${block.field}: dossiers still pending are not split into in time and overdue; counted as in time.`,
          }),
        );
      records.push(rec);
    }
  return { records, problems, rows };
}
