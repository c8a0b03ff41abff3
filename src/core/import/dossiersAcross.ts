import { COUNT_KEYS, DossierCounts, DossierRecord } from "../summary/dossiers";
import { cleanText, looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { Grid, GridCell, cellAt, cellText, columnName, formatAt, isBlank, isGridDate, wordsOfRows } from "./grid";
import { IsoDate, formatViDate, ymd } from "../dates/isoDate";
import { findDate } from "../dates/deadline";
import { contextPeriod } from "./contextPeriod";
import { PeriodLabel, isTotalLabel, parsePeriod, periodEnd, periodName, periodStart, yearIn } from "./periods";
import { parseCountCell } from "./values";
import { parseNumberText } from "./cellFacts";

/**
 * Dossier counts turned on their side, as a field's officer keeps them: the months (or quarters)
 * across, the measures down ("Hồ sơ tiếp nhận", "Trong đó trực tuyến", "Đã giải quyết", "Đúng hạn",
 * "Quá hạn"). One record per period column.
 */
type RowMeasure = keyof DossierCounts | "receivedTotal" | "resolvedTotal" | "pendingTotal";

export interface DossierAcrossLayout {
  headerRow: number;
  labelCol: number;
  /**
   * A record per column: its period, and where the fields are across ("Hộ tịch | Chứng thực | Đất
   * đai" under a title giving the period) the column's field and the title's own days.
   */
  periods: Array<{ col: number; p: PeriodLabel; field?: string; from?: IsoDate; to?: IsoDate }>;
  rows: Array<{ row: number; measure: RowMeasure }>;
  year: number | null;
  field: string;
  /** The ways in across instead of fields ("Nộp trực tuyến | Nộp trực tiếp | Qua dịch vụ BCCI | Cộng"): one record for the sheet's field. */
  channels?: { online: number[]; inPerson: number[]; total: number | null };
}

/** A way dossiers come in, as a column heading: online, or in person (at the desk, by post). */
function channelOf(text: string): "online" | "inPerson" | null {
  const k = looseKey(text);
  if (/\btruc tuyen\b|\bonline\b|\bdich vu cong\b/.test(k)) return "online";
  if (/\btruc tiep\b|\bbuu chinh\b|\bbcci\b|\bbuu dien\b/.test(k)) return "inPerson";
  return null;
}

const SCAN_ROWS = 30;

/** What a row's label counts. "Quá hạn" under "Đã giải quyết" is a resolved one, late. */
export function dossierRowOf(label: string): RowMeasure | null {
  // "Đang GQ trong hạn", "GQ quá hạn", "HS tồn": the desk's short forms, in words.
  const k = looseKey(label)
    .replace(/\bgq\b/g, "giai quyet")
    .replace(/\bhs\b/g, "ho so");
  // A rate or an index is a reading's, not a count of dossiers.
  // ("TL GQ đúng hạn": "TL" is tỷ lệ shortened.)
  if (k === "" || k.length > 80 || /\b(?:ty le|tl|chi so|phan tram|rate)\b|%/.test(`${k} ${label}`)) return null;
  if (/\btra lai\b|\brut\b/.test(k)) return "returned";
  if (/\bky truoc\b|\bton\b|\bchuyen (?:qua|sang)\b/.test(k)) return "carriedOver";
  if (/\bdang giai quyet\b|\bchua giai quyet\b|\bdang xu ly\b|\bcon ton\b/.test(k)) {
    if (/\btrong han\b|\bchua den han\b|\bcon han\b/.test(k)) return "pendingInTime";
    if (/\bqua han\b/.test(k)) return "pendingOverdue";
    return "pendingTotal";
  }
  if (/\btruc tuyen\b|\bonline\b/.test(k)) return "online";
  if (/\btruc tiep\b|\bbuu chinh\b|\bbcci\b|\bbuu dien\b/.test(k)) return "inPerson";
  if (/\btruoc han\b/.test(k)) return "early";
  if (/\bdung (?:thoi )?han\b|\bdung hen\b/.test(k)) return "onTime";
  if (/\bqua han\b|\btre han\b|\btre hen\b/.test(k)) return "late";
  // "Tổng số hồ sơ đã giải quyết": those resolved, whatever "tổng số hồ sơ" sounds like.
  if (/\bda giai quyet\b|\bgiai quyet xong\b|\bda tra ket qua\b/.test(k)) return "resolvedTotal";
  if (/\btiep nhan\b|\bnhan giai quyet\b|\bho so nhan\b|\btong so ho so\b/.test(k)) return "receivedTotal";
  return null;
}

/** The whole desk's figures, where the title says they are every field's. */
export const ALL_FIELDS = "Tất cả lĩnh vực";

// "LĐ-TB&XH", "LĐTBXH": the field's usual short form, in words.
const SHORT_FIELDS: ReadonlyArray<[RegExp, string]> = [[/^lđ\s*-?\s*tb\s*(?:&|và)?\s*xh$/iu, "Lao động - Thương binh và Xã hội"]];

/** A field's short form in words ("LĐ-TB&XH"), else the name as it is. */
export function fieldInWords(field: string): string {
  return SHORT_FIELDS.find(([re]) => re.test(field))?.[1] ?? field;
}

/** A field's heading across: its short form in words ("LĐ-TB&XH", never "Lđ-tb&xh"), else its name. */
function fieldAcross(heading: string): string {
  const said = fieldInWords(cleanText(heading));
  return said !== cleanText(heading) ? said : fieldName(heading);
}

/** "CHỨNG THỰC - QUÝ III NĂM 2021" -> "Chứng thực": the field's name without its period, in sentence case. */
function fieldName(text: string): string {
  const name = cleanText(text)
    .replace(/\s*[-–:]?\s*(?:quý|tháng|năm|6 tháng|9 tháng|từ ngày|đến ngày)(?=\s|$).*$/iu, "")
    .trim();
  return name === name.toUpperCase() ? name.charAt(0) + name.slice(1).toLowerCase() : name;
}

/** The field the title names ("… (lĩnh vực Cư trú)", "Thống kê hồ sơ hộ tịch"), else the sheet's name. */
export function fieldOf(grid: Grid, above: number): string {
  // Only the lines over the table (a title, "Lĩnh vực: | Hộ tịch"): a task's row above saying "(lĩnh vực đất đai)" names
  // no field of the table's.
  const lines = (r: number) => {
    const row = grid.rows[r - 1] ?? [];
    return new Set(row.map((v) => cellText(v ?? null).trim()).filter((t) => t !== "")).size <= 2 ? row : [];
  };
  for (let r = 1; r < above; r++)
    for (const v of lines(r)) {
      // "SỐ LIỆU HỒ SƠ TTHC QUÝ III (tất cả lĩnh vực)": the whole desk, no one field.
      if (/\b(?:tất cả|toàn bộ|các)\s+(?:các\s+)?lĩnh vực\b/iu.test(cellText(v))) return ALL_FIELDS;
      const m = /lĩnh vực\s*:?\s*([^()\n,;]+)/iu.exec(cellText(v));
      if (m) return fieldName(m[1]);
    }
  // "SỐ LIỆU HỒ SƠ ĐĂNG KÝ CƯ TRÚ NĂM 2021": a field the title names by its own words, where it names one alone.
  const named = new Set<string>();
  for (let r = 1; r < above; r++)
    for (const v of lines(r)) {
      const k = ` ${looseKey(cellText(v))} `;
      for (const [key, name] of KNOWN_FIELDS) if (k.includes(` ${key} `)) named.add(name);
    }
  if (named.size === 1) return [...named][0];
  return cleanText(grid.sheet.replace(/\b(?:19|20)\d{2}\b/g, "")) || grid.sheet;
}

// A commune desk's fields, by the words a title names them with.
const KNOWN_FIELDS: ReadonlyArray<[string, string]> = [
  ["ho tich", "Hộ tịch"],
  ["chung thuc", "Chứng thực"],
  ["dat dai", "Đất đai"],
  ["cu tru", "Cư trú"],
  ["nuoi con nuoi", "Nuôi con nuôi"],
  ["bao tro xa hoi", "Bảo trợ xã hội"],
  ["nguoi co cong", "Người có công"],
];

/** A header row with two or more periods right of a label column, and measure rows under it. */
const NOT_A_FIELD =
  /^(?:dvt|don vi tinh|th|dat|dat %|%|danh gia|(?:ke hoach|kh|thuc hien|ty le|ti le|chi tieu|muc tieu|so sanh|uoc|uoc thuc hien|luy ke|ket qua)(?: .*)?)$/;
const TASK_HEADING = /^(?:thoi han|han hoan thanh|ket qua|ket qua thuc hien|trang thai|tinh trang|noi dung cong viec|nhiem vu)$/;

export function findDossiersAcross(grid: Grid): DossierAcrossLayout | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  const words = wordsOfRows(grid, 0, last + 10);
  // ("GQ", "TN": the desk's short forms of giải quyết, tiếp nhận.)
  if (!/\b(?:giai quyet|gq)\b/.test(words) || !/\b(?:tiep nhan|truc tuyen|tn)\b/.test(words)) return null;
  for (let r = 1; r <= last; r++) {
    const cells = grid.rows[r - 1] ?? [];
    let periods: DossierAcrossLayout["periods"] = [];
    let before: number[] = [];
    let channels: DossierAcrossLayout["channels"];
    cells.forEach((v, i) => {
      if (isBlank(v)) return;
      const p = typeof v === "string" ? parsePeriod(v) : null;
      if (p) periods.push({ col: i + 1, p });
      else if (periods.length === 0 && typeof v === "string" && !isTotalLabel(v)) before.push(i + 1);
    });
    if (periods.length < 2) {
      // Fields across instead ("Chỉ tiêu | Hộ tịch | Chứng thực | Đất đai | Tổng cộng"), the period in the title.
      const across = fieldsAcross(grid, r);
      if (!across) continue;
      ({ periods, before, channels } = across);
    }
    if ((periods.length < 2 && !channels) || before.length === 0) continue;
    // "Quý I | Quý II …" merged over "T1 | T2 | T3 | T4 …": the months under the quarters are the columns' periods.
    let h = r;
    const finer = (grid.rows[r] ?? []).flatMap((v, i) => {
      const p = typeof v === "string" ? parsePeriod(v) : null;
      return p ? [{ col: i + 1, p }] : [];
    });
    if (!channels && finer.length > periods.length) {
      periods = finer;
      h = r + 1;
    }
    // A heading row names its columns in a few words: a task's sentence with its deadline ("Niêm yết … | 20/10/2021")
    // over a month's counts is the task table's row, never the counts' header.
    if (
      before.some(
        (c) =>
          cellText(cellAt(grid, r, c))
            .trim()
            .split(/\s+/).length > 5,
      )
    )
      continue;
    // "Nội dung | Thời hạn | Kết quả": a task table's header, its columns no fields of the desk's.
    if (cells.some((v) => typeof v === "string" && TASK_HEADING.test(looseKey(v)))) continue;
    // The label column is the one whose rows name the counts ("TT | Chỉ tiêu | Tháng 7 …": Chỉ tiêu).
    const measuresIn = (c: number) => {
      const rows: DossierAcrossLayout["rows"] = [];
      let parent = "";
      for (let rr = h + 1; rr <= grid.rows.length; rr++) {
        const label = cellText(cellAt(grid, rr, c));
        if (label.trim() === "") {
          if (rows.length > 0) break;
          continue;
        }
        // "   - Quá hạn" under "4. Hồ sơ đang giải quyết", or "b | Quá hạn" under "3 | Số hồ sơ đang giải quyết"
        // (the sub-item's letter in the numbering column): a part of the numbered line above it.
        const numbering = c > 1 ? cellText(cellAt(grid, rr, c - 1)).trim() : "";
        const lettered = /^[a-zđ][).]?$/i.test(numbering) && parent !== "";
        const part = /^\s*[-+–•]/.test(label) || lettered;
        if (!part) parent = label;
        const measure = dossierRowOf(part ? `${parent} ${label}` : label);
        if (measure === null) break;
        rows.push({ row: rr, measure });
      }
      return rows;
    };
    const [labelCol, rows] = before.map((c) => [c, measuresIn(c)] as const).sort((a, b) => b[1].length - a[1].length)[0];
    const has = (m: RowMeasure) => rows.some((x) => x.measure === m);
    const receivedKnown = has("receivedTotal") || (has("online") && has("inPerson"));
    const resolvedKnown = has("resolvedTotal") || has("onTime") || has("late");
    // Counts of a dossier flow: what came in, what went out, and how (online, on time, pending …).
    const detail = rows.filter((x) => !["receivedTotal", "resolvedTotal"].includes(x.measure)).length;
    if (!receivedKnown || !resolvedKnown || rows.length < 3 || detail < 2) continue;
    let year: number | null = null;
    for (let t = 1; t <= r && year === null; t++) for (const v of grid.rows[t - 1] ?? []) year ??= yearIn(cellText(v));
    year ??= yearIn(grid.sheet);
    return { headerRow: h, labelCol, periods, rows, year, field: fieldOf(grid, r), ...(channels ? { channels } : {}) };
  }
  return null;
}

// "(Từ ngày 15/9/2021 đến ngày 14/12/2021)": the days a report covers, said in its title.
// (Typed without marks too: "Tu ngay 15/12/2020 den ngay 14/6/2021".)
const SPAN =
  /t[ừu]\s+(?:ng[àa]y\s*:?\s*)?(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})\s*(?:đến|den|-|–)\s*(?:ng[àa]y\s*:?\s*)?(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/iu;

// A system's report parameters: "tu_ngay = 01/10/2021; den_ngay = 31/10/2021", "from_date=01/10/2021, to_date=31/10/2021".
const SPAN_PARAMS =
  /(?:t[uừ]_?\s?ng[aà]y|from(?:_?date)?)\s*[=:]\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})[^\d]{1,20}?(?:đ[eế]n_?\s?ng[aà]y|den_?\s?ngay|to(?:_?date)?)\s*[=:]\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/iu;

// "Report period: 01/10/2021 - 31/10/2021", "Kỳ báo cáo: 01/10/2021 - 31/10/2021".
const SPAN_LABELLED =
  /(?:report(?:ing)? period|period|kỳ báo cáo|kỳ số liệu|thời gian)\s*:\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})\s*(?:-|–|to|đến)\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/iu;

/** The days a title line says ("Từ ngày 01/11/2021 đến ngày 30/11/2021"), in one cell or over two ("Từ ngày: 01/11/2021" | "Đến ngày: 30/11/2021"). */
export function rowSpan(cells: readonly GridCell[]): { from: IsoDate; to: IsoDate } | null {
  // "Từ ngày: | 15/12/2020 | Đến ngày: | 14/06/2021" with real date cells: each day as the official sees it.
  const texts = cells.map((c) => (isGridDate(c) ? formatViDate(c.date) : cellText(c))).filter((x) => x !== "");
  for (const text of texts.length > 1 ? [...texts, texts.join(" ")] : texts) {
    const m = SPAN.exec(text) ?? SPAN_PARAMS.exec(text) ?? SPAN_LABELLED.exec(text);
    const from = m ? findDate(m[1]) : null;
    const to = m ? findDate(m[2]) : null;
    if (from && to && from <= to) return { from, to };
  }
  return null;
}

/** The days the title lines above row `r` say the sheet covers. */
export function titleSpan(grid: Grid, r: number): { from: IsoDate; to: IsoDate } | null {
  for (let t = 1; t < r; t++) {
    const span = rowSpan(grid.rows[t - 1] ?? []);
    if (span) return span;
  }
  return null;
}

/** A header row of fields (not periods) right of its first text, with the title giving the period. */
/** The label column of a header whose row above holds "Lĩnh vực" merged over the fields from `first`; null when none. */
function fieldsUnderBand(grid: Grid, r: number, first: number): number | null {
  if (r < 2) return null;
  const bands = grid.merges.filter((m) => m.top === r - 1 && m.bottom === r - 1 && m.right > m.left && m.left >= first);
  const band = bands.find((m) => m.left === first);
  // (Or groups of fields, "Tư pháp - Hộ tịch" over "Hộ tịch | Chứng thực", "Tài nguyên - Môi trường" over the next two.)
  if (!band || (!/^(?:cac )?linh vuc$/.test(looseKey(cellText(cellAt(grid, r - 1, band.left)))) && bands.length < 2)) return null;
  const above = grid.rows[r - 2] ?? [];
  for (let c = first - 1; c >= 1; c--) {
    const v = above[c - 1];
    if (typeof v === "string" && !isBlank(v) && !/^(?:stt|tt|so tt|so thu tu)$/.test(looseKey(v))) return c;
  }
  return null;
}

function fieldsAcross(
  grid: Grid,
  r: number,
): { periods: DossierAcrossLayout["periods"]; before: number[]; channels?: DossierAcrossLayout["channels"] } | null {
  // ("LĐ-TB&XH" merged down beside the groups' fields on the row below: its own field, read on that row too.)
  // (Only on a row of fields' names of its own: a row of days under "Tuần" merged over them is no such row.)
  const row = grid.rows[r - 1] ?? [];
  const named =
    row.filter((v) => typeof v === "string" && !isBlank(v)).length >= 2 && !row.some((v) => typeof v === "number" || isGridDate(v));
  const width = Math.max(row.length, r > 1 && named ? (grid.rows[r - 2] ?? []).length : 0);
  const cells = Array.from({ length: width }, (_, i) => {
    const own = row[i] ?? null;
    if (!isBlank(own) || r < 2 || !named) return own;
    const down = grid.merges.find((m) => m.left === i + 1 && m.right === i + 1 && m.top === r - 1 && m.bottom >= r);
    return down ? cellAt(grid, down.top, down.left) : own;
  });
  const texts = cells.map((v, i) => ({ v, col: i + 1 })).filter((x) => typeof x.v === "string" && !isBlank(x.v));
  if (texts.length < 3 || cells.some((v) => typeof v === "number")) return null;
  // Groups of fields merged over the fields themselves on the row below: the fields are the next row's.
  const grouped = grid.merges.filter((m) => m.top === r && m.bottom === r && m.right > m.left);
  if (grouped.length >= 2 && grouped.every((m) => !isBlank(cellAt(grid, r + 1, m.left)) && !isBlank(cellAt(grid, r + 1, m.right))))
    return null;
  // "STT | Chỉ tiêu thống kê | Hộ tịch | …": the numbering column is no field, the label column follows it.
  const numbering = texts.length > 0 && /^(?:stt|tt|so tt|so thu tu)$/.test(looseKey(texts[0].v as string)) ? 1 : 0;
  // "STT | Nội dung | Lĩnh vực (merged) | Tổng cộng" over "Hộ tịch | Chứng thực | …": every text under the band is a
  // field, the label column the band row's "Nội dung".
  const underBand = fieldsUnderBand(grid, r, texts[0]?.col ?? 0);
  const [label, ...rest] = underBand !== null ? [{ v: "", col: underBand }, ...texts] : texts.slice(numbering);
  if (!label) return null;
  const fields = rest.filter((x) => !isTotalLabel(x.v as string) && !parsePeriod(x.v as string));
  if (fields.length < 2 || fields.length < rest.length - 1) return null;
  // "ĐVT | Kế hoạch | Thực hiện | Đạt (%)": a table of figures against their plan, its columns no fields of the desk's.
  if (rest.some((x) => NOT_A_FIELD.test(looseKey(x.v as string)))) return null;
  const span = titleSpan(grid, r);
  const period = contextPeriod(grid, r, span ? ymd(span.to).y : null);
  const p: PeriodLabel | undefined = period?.label ?? (span ? { kind: "day", index: 0, year: ymd(span.to).y } : undefined);
  if (!p) return null;
  // "Nộp trực tuyến | Nộp trực tiếp | Qua dịch vụ BCCI | Cộng": the ways in, not fields; one record of the sheet's field.
  if (fields.every((f) => channelOf(f.v as string) !== null)) {
    const total = rest.find((x) => isTotalLabel(x.v as string))?.col ?? null;
    return {
      before: [label.col],
      periods: [{ col: total ?? fields[0].col, p, ...(span ?? {}) }],
      channels: {
        online: fields.filter((f) => channelOf(f.v as string) === "online").map((f) => f.col),
        inPerson: fields.filter((f) => channelOf(f.v as string) === "inPerson").map((f) => f.col),
        total,
      },
    };
  }
  return {
    before: [label.col],
    periods: fields.map((f) => ({ col: f.col, p, field: fieldAcross(f.v as string), ...(span ?? {}) })),
  };
}

/**
 * One record per period. What the sheet leaves out is worked out from its other rows (direct =
 * received − online; pending = received − resolved); where that needs a choice the sheet does not
 * make (pending in time or overdue), the choice is named in Kiểm tra.
 */
export function readDossiersAcross(
  grid: Grid,
  layout: DossierAcrossLayout,
  fallbackYear: number | null,
): { records: DossierRecord[]; problems: Problem[] } {
  const records: DossierRecord[] = [];
  const problems: Problem[] = [];
  const year = layout.year ?? fallbackYear;
  if (layout.year === null && fallbackYear !== null && layout.periods.some((x) => x.p.year === null))
    problems.push(
      problem("YEAR_ASSUMED", { file: grid.file, sheet: grid.sheet, row: layout.headerRow }, String(fallbackYear), {
        vi: `các kỳ trên dòng tiêu đề không ghi năm; lấy năm ${fallbackYear} theo ngày báo cáo.`,
        en: `the periods in the header give no year; ${fallbackYear} was taken from the as-of date.`,
      }),
    );
  const count = (row: number, c: number) => {
    const n = parseCountCell(cellAt(grid, row, c));
    return n.kind === "ok" ? n.value : null;
  };
  const sum = (row: number, cols: readonly number[]) =>
    cols.reduce<number | null>((s, c) => (count(row, c) === null ? s : (s ?? 0) + (count(row, c) as number)), null);
  // "Đúng hạn, trước hạn" on one row holds both: nothing is left out, and a resolved total they do not add up to is
  // named, never filled in.
  const both = layout.rows.some(
    (x) => x.measure === "early" && /\bdung (?:thoi )?han\b|\bdung hen\b/.test(looseKey(cellText(cellAt(grid, x.row, layout.labelCol)))),
  );
  for (const column of layout.periods) {
    const { col, p } = column;
    const got: Partial<Record<RowMeasure, number>> = {};
    const unreadHere = new Set<RowMeasure>();
    const ch = layout.channels;
    for (const { row, measure } of layout.rows) {
      // Ways in across: each count is the row's total (or its ways added up); what came in is split by way.
      if (ch && measure === "receivedTotal") {
        const online = sum(row, ch.online);
        const inPerson = sum(row, ch.inPerson);
        if (online !== null) got.online = (got.online ?? 0) + online;
        if (inPerson !== null) got.inPerson = (got.inPerson ?? 0) + inPerson;
        continue;
      }
      const n = ch ? (ch.total !== null ? count(row, ch.total) : sum(row, [...ch.online, ...ch.inPerson])) : count(row, col);
      if (n !== null) got[measure] = (got[measure] ?? 0) + n;
      // "#REF!" where September's carried-over count goes: no count anyone can read, named, never a 0.
      const written = ch ? null : parseCountCell(cellAt(grid, row, col));
      if (written?.kind === "bad" && !/^[-–]$/.test(written.text)) {
        unreadHere.add(measure);
        problems.push(
          problem("BAD_NUMBER", { file: grid.file, sheet: grid.sheet, row, column: columnName(col) }, written.text, {
            vi: `"${written.text}" không phải là số hồ sơ: ô này để trống trong Hồ sơ TTHC, khi cộng và tính tỷ lệ coi là 0`,
            en: `"${written.text}" is not a number of dossiers: left empty in Hồ sơ TTHC, counted as 0 in sums and rates`,
          }),
        );
      }
    }
    if (Object.keys(got).length === 0) continue;
    const y = p.year ?? year;
    const at = { file: grid.file, sheet: grid.sheet, row: layout.headerRow, column: columnName(col) };
    const derived: string[] = [];
    const carriedOver = got.carriedOver ?? 0;
    const online = got.online ?? 0;
    const receivedTotal = got.receivedTotal ?? carriedOver + online + (got.inPerson ?? 0);
    let inPerson = got.inPerson;
    // Received is online plus direct: what is not online was handed in directly.
    if (inPerson === undefined) inPerson = Math.max(0, receivedTotal - online - carriedOver);
    const early = got.early ?? 0;
    let onTime = got.onTime;
    let late = got.late;
    const resolvedTotal = got.resolvedTotal;
    // Resolved is early, on time and late: one left out is what the others leave (never where one row holds two).
    if (onTime === undefined && resolvedTotal !== undefined && !both) onTime = Math.max(0, resolvedTotal - early - (late ?? 0));
    if (late === undefined && resolvedTotal !== undefined) late = Math.max(0, resolvedTotal - early - (onTime ?? 0));
    const resolved = early + (onTime ?? 0) + (late ?? 0);
    const returned = got.returned ?? 0;
    let pendingInTime = got.pendingInTime ?? 0;
    const pendingOverdue = got.pendingOverdue ?? 0;
    if (got.pendingInTime === undefined && got.pendingOverdue === undefined) {
      const left = got.pendingTotal ?? Math.max(0, receivedTotal - resolved - returned);
      pendingInTime = left;
      if (left > 0)
        derived.push(
          `${left} hồ sơ đang giải quyết (${got.pendingTotal === undefined ? "= tiếp nhận − đã giải quyết" : "như ghi"}), bảng không ghi trong hạn hay quá hạn: tính là trong hạn`,
        );
    }
    if (resolvedTotal !== undefined && resolvedTotal !== resolved)
      problems.push(
        problem(
          "DOSSIER_TOTAL_MISMATCH",
          { ...at, row: layout.rows.find((x) => x.measure === "resolvedTotal")?.row ?? at.row },
          String(resolvedTotal),
          {
            vi: `đã giải quyết ghi ${resolvedTotal}, cộng trước hạn, đúng hạn, quá hạn được ${resolved}`,
            en: `resolved is written ${resolvedTotal}; early, on time and late add up to ${resolved}`,
          },
        ),
      );
    if (derived.length > 0)
      problems.push(
        problem("DOSSIER_COUNT_DERIVED", at, String(receivedTotal), {
          vi: `cột ${columnName(col)}: ${derived.join("; ")}.`,
          en: `column ${columnName(col)}: dossiers still pending are not split into in time and overdue; counted as in time.`,
        }),
      );
    records.push({
      field: column.field ?? layout.field,
      from: column.from ?? (y === null ? null : periodStart(p, y)),
      to: column.to ?? (y === null ? null : periodEnd(p, y)),
      carriedOver,
      online,
      inPerson,
      early,
      onTime: onTime ?? 0,
      late: late ?? 0,
      pendingInTime,
      pendingOverdue,
      returned,
      ...(unreadCounts(unreadHere).length > 0 ? { unread: unreadCounts(unreadHere) } : {}),
      source: { file: grid.file, sheet: grid.sheet, row: layout.headerRow },
    });
  }
  return { records, problems };
}

/** The master's counts a row's unreadable cells leave unknown (a total's, such as "Đã giải quyết", leave none of them). */
function unreadCounts(measures: ReadonlySet<RowMeasure>): Array<keyof DossierCounts> {
  return [...measures].filter((m): m is keyof DossierCounts => (COUNT_KEYS as readonly string[]).includes(m));
}

/** A rate written under the counts of a table turned on its side, one per period column. */
export interface AcrossRate {
  row: number;
  col: number;
  code: string | null;
  label: string;
  period: string;
  date: IsoDate;
  numerator: number | null;
  denominator: number | null;
  value: number;
  /** Its parts written in its own cell ("45/48"), none taken from the counts above. */
  partsWritten: boolean;
}

// The rates the desk writes under its counts, and the counts each is made of.
// The whole is the first of its ways the table keeps: "Đã giải quyết", else its parts written one by one.
const RATE_PARTS: ReadonlyArray<{ words: RegExp; code: string; parts: RowMeasure[]; whole: RowMeasure[][] }> = [
  { words: /\btruc tuyen\b/, code: "1.1", parts: ["online"], whole: [["receivedTotal"], ["online", "inPerson"]] },
  {
    words: /\b(?:dung han|dung hen|truoc han)\b/,
    code: "1.2",
    parts: ["early", "onTime"],
    whole: [["resolvedTotal"], ["early", "onTime", "late"]],
  },
];

/**
 * "Tỷ lệ giải quyết đúng hạn (%) | 98,59 | 99,35 | 100 | 99,46" under the months' counts: a reading per
 * period, its parts the counts of the same column where they give the written rate; a "Lũy kế" column
 * too where the sheet says the day it runs to ("lũy kế năm tính từ 15/12/2020 đến 14/12/2021").
 */
export function acrossRates(
  grid: Grid,
  layout: DossierAcrossLayout,
  year: number | null,
): { rates: AcrossRate[]; unread: Array<{ row: number; col: number; label: string; text: string }> } {
  const out: AcrossRate[] = [];
  const unread: Array<{ row: number; col: number; label: string; text: string }> = [];
  // The ways in across ("Nộp trực tuyến | Nộp trực tiếp"), the period in the title: no period columns to read rates by.
  if (layout.channels) return { rates: out, unread };
  const end = Math.max(...layout.rows.map((x) => x.row));
  const header = grid.rows[layout.headerRow - 1] ?? [];
  const columns: Array<{ col: number; period: string; date: IsoDate }> = [];
  for (const x of layout.periods) {
    const y = x.p.year ?? layout.year ?? year;
    // "T1" under a title of 2021: "Tháng 1/2021", as every other reading names its period.
    const written = cleanText(cellText(header[x.col - 1] ?? null));
    if (y !== null && !x.field)
      columns.push({ col: x.col, period: /\d{4}/.test(written) ? written : periodName(x.p, y), date: periodEnd(x.p, y) });
  }
  const runsTo = runningTotalDay(grid, layout.headerRow, end + 6);
  header.forEach((v, i) => {
    if (runsTo !== null && typeof v === "string" && isTotalLabel(v) && !columns.some((c) => c.col === i + 1))
      columns.push({ col: i + 1, period: cleanText(v), date: runsTo });
  });
  const measures = new Map<RowMeasure, number>();
  for (const x of layout.rows) if (!measures.has(x.measure)) measures.set(x.measure, x.row);
  for (let r = end + 1; r <= end + rateRowsUnder(grid, layout); r++) {
    const label = cleanText(cellText(cellAt(grid, r, layout.labelCol)));
    const k = looseKey(label);
    const kind = RATE_PARTS.find((x) => x.words.test(k)) ?? null;
    // 0,19 | 0,248 | 0,326 with no percent format: the rates kept as fractions of 1 (a formula's result), read ×100.
    const figures = columns.map((c) => cellAt(grid, r, c.col)).filter((v): v is number => typeof v === "number");
    const fractions = figures.length > 0 && figures.every((v) => v >= 0 && v <= 1) && figures.some((v) => !Number.isInteger(v));
    for (const c of columns) {
      const v = cellAt(grid, r, c.col);
      // 0.9859 under a percent format is the 98.59 the desk sees.
      const shown = typeof v === "number" && (formatAt(grid, r, c.col)?.includes("%") || fractions) ? Math.round(v * 100 * 1e6) / 1e6 : v;
      // "45/48": the parts written, the rate theirs.
      const parts = typeof shown === "string" ? PARTS.exec(shown) : null;
      const value =
        parts !== null
          ? Math.round((Number(parts[1]) / Number(parts[2])) * 10000) / 100
          : typeof shown === "number"
            ? shown
            : typeof shown === "string"
              ? parseNumberText(shown.replace("%", ""))
              : null;
      // "chưa chốt", "—": written, not a figure; named, never dropped without a word.
      if (value === null) {
        const t = cleanText(cellText(v));
        if (t !== "" && !/^[-–—]$/.test(t)) unread.push({ row: r, col: c.col, label, text: t });
        continue;
      }
      const count = (ms: readonly RowMeasure[]) => {
        let sum = 0;
        for (const m of ms) {
          const row = measures.get(m);
          const x = row === undefined ? null : cellAt(grid, row, c.col);
          if (typeof x !== "number") return null;
          sum += x;
        }
        return sum;
      };
      const num = kind ? count(kind.parts.filter((m) => measures.has(m))) : null;
      // "Giải quyết trước hạn, đúng hạn" is one row as often as two: on time may be counted with early.
      const way = kind?.whole.find((ms) => ms.every((m) => measures.has(m) || m === "onTime")) ?? [];
      const den = kind ? count(way.filter((m) => measures.has(m))) : null;
      const fits = num !== null && den !== null && den > 0 && Math.abs((num / den) * 100 - value) <= 0.5;
      out.push({
        row: r,
        col: c.col,
        code: kind?.code ?? codeWritten(grid, r, layout) ?? null,
        label,
        period: c.period,
        date: c.date,
        numerator: parts !== null ? Number(parts[1]) : fits ? num : null,
        denominator: parts !== null ? Number(parts[2]) : fits ? den : null,
        value,
        partsWritten: parts !== null,
      });
    }
  }
  return { rates: out, unread };
}

const PARTS = /^\s*(\d{1,6})\s*\/\s*([1-9]\d{0,5})\s*$/;

/** "2.3" in a column of its own between the row's label and its periods: the criterion the row's rates are of. */
function codeWritten(grid: Grid, r: number, layout: DossierAcrossLayout): string | null {
  const first = Math.min(...layout.periods.map((p) => p.col));
  for (let c = layout.labelCol + 1; c < first; c++) {
    const t = cellText(cellAt(grid, r, c)).trim();
    if (/^[12]\.\d{1,2}$/.test(t)) return t;
  }
  return null;
}

/** How many rates run down the label column right under the counts ("Tỷ lệ hồ sơ trực tuyến (%)" after "Giải quyết quá hạn"). */
export function rateRowsUnder(grid: Grid, layout: DossierAcrossLayout): number {
  const end = Math.max(...layout.rows.map((x) => x.row));
  let n = 0;
  // "3. Tỷ lệ tiếp nhận trực tuyến [1.1]": numbered as the counts above it are.
  // ("Phiếu hài lòng / tổng phiếu | 2.3 | 45/48 | 52/55": a rate written as its parts in each period's column.)
  const rate = (r: number) =>
    /^(?:(?:\d{1,2}|[a-z])\s+)?(?:ty le|ti le)\b/.test(looseKey(cellText(cellAt(grid, r, layout.labelCol)))) ||
    layout.periods.filter((p) => PARTS.test(cellText(cellAt(grid, r, p.col)))).length >= 2;
  while (end + n + 1 <= grid.rows.length && rate(end + n + 1)) n++;
  return n;
}

/** The day a sheet's note says its running totals reach ("lũy kế … đến 14/12/2021"), if it says. */
function runningTotalDay(grid: Grid, from: number, to: number): IsoDate | null {
  for (let r = from; r <= Math.min(grid.rows.length, to); r++)
    for (const v of grid.rows[r - 1] ?? []) {
      const t = typeof v === "string" && v.length <= 300 ? v : "";
      const m = /lũy kế|luỹ kế|luy ke/iu.test(t) ? /đến(?: ngày)?\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})/iu.exec(t) : null;
      const d = m ? findDate(m[1]) : null;
      if (d) return d;
    }
  return null;
}
