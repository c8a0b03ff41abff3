import { IsoDate, endOfMonth, formatViDate, isoDate, mustIsoDate, ymd } from "../dates/isoDate";
import { findDate } from "../dates/deadline";
import { DossierRecord, ZERO_COUNTS } from "../summary/dossiers";
import { cleanText, looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { contextPeriod } from "./contextPeriod";
import { titleSpan } from "./dossiersAcross";
import { TOTAL_ROW } from "./dossiers";
import { Grid, GridCell, cellAt, cellText, isBlank, isGridDate } from "./grid";
import { FIELD_HEAD } from "./dossierLines";
import { MergeIndex } from "./mergeIndex";
import { periodEnd, periodStart } from "./periods";

/**
 * The one-stop desk's register of dossiers (Sổ theo dõi hồ sơ, Mẫu số 02): one row per dossier
 * with the day it was received, the day promised and the day the result was handed back. Each row
 * is a dossier, never a task or a figure: the register is counted into the period's dossier
 * figures (Hồ sơ TTHC), by field, as the desk counts them.
 */
export interface DossierRegister {
  headerTop: number;
  /** First row under the header band (its sub-headings and "(1) (2) …" numbering). */
  firstRow: number;
  received: number;
  promised: number;
  returned: number | null;
  note: number | null;
  field: number | null;
  /** A system's state of each dossier ("Đã trả kết quả", "Đang xử lý", "Trả lại"). */
  state: number | null;
  /** A system's verdict on time ("Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn"), found by its values. */
  timeliness: number | null;
}

const SCAN_ROWS = 20;

/** Each column's heading, its group's label before its own; and its own alone ("Thời gian" over "Hẹn trả": "hen tra"). */
function columnKeys(grid: Grid, merges: MergeIndex, top: number): Array<[string, string, string]> {
  const width = Math.max(grid.rows[top - 1]?.length ?? 0, grid.rows[top]?.length ?? 0);
  // "Lĩnh vực: Hộ tịch" alone on the row under the header is a group of dossiers, not a row of sub-headings.
  const under = (grid.rows[top] ?? []).filter((v) => cellText(v).trim() !== "").length;
  return Array.from({ length: width }, (_, i) => {
    const upper = merges.label(grid, top, i + 1);
    const lower = under >= 2 ? merges.label(grid, top + 1, i + 1) : "";
    const own = lower && lower !== upper ? looseKey(lower) : looseKey(upper);
    // The row under a one-row header is data: the heading alone is the key too.
    return [looseKey(lower && lower !== upper ? `${upper} ${lower}` : upper), own, looseKey(upper)];
  });
}

// A one-stop system's export: "dossier_code", "received_at", "appointment_at", "completed_at", "returned_at".
const REGISTER_START =
  /^(?:ma ho so|so ho so|ma hs|so hs|so bien nhan|ma bien nhan|ten (?:tthc|thu tuc)|dossier (?:code|id|no)|procedure name)\b/;
const SIGNED_ON = /^[\p{L}\s.'’-]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$/iu;
const DOSSIER_CODE = /^(?:ma ho so|so ho so|ma hs|so hs|so bien nhan|ma bien nhan|dossier (?:code|id|no))\b/;
const RECEIVED =
  /^(?:nhan ho so|ngay nhan|ngay tiep nhan|tiep nhan ho so|thoi gian tiep nhan|ngay nop(?: ho so)?|tiep nhan|received(?: at| date| on)?)$|^(?:ngay nhan|ngay tiep nhan|thoi gian tiep nhan|thoi gian nhan)\b/;
const PROMISED =
  /^(?:hen tra|ngay hen tra|thoi gian hen tra|han tra ket qua|han giai quyet|han xu ly|thoi han (?:giai quyet|tra ket qua)|appointment(?: at| date)?|due(?: at| date)?|promised(?: at| date)?)\b/;
// The day the result was ready ("Ngày có kết quả", "completed_at") before the day it was handed over ("Ngày trả").
const RESULT_READY =
  /^(?:ngay co ket qua|co ket qua|ngay (?:hoan thanh|ket thuc|xu ly xong|giai quyet xong)|thoi gian (?:co ket qua|hoan thanh)|completed(?: at| date| on)?|finished(?: at| date| on)?|resolved(?: at| date| on)?)\b/;
const HANDED_BACK = /^(?:tra ket qua|ngay tra|thoi gian tra|returned(?: at| date)?)\b/;

export function findDossierRegister(grid: Grid): DossierRegister | null {
  const merges = new MergeIndex(grid.merges);
  for (let r = 1; r <= Math.min(grid.rows.length, SCAN_ROWS); r++) {
    const top = (grid.rows[r - 1] ?? []).map((v) => (typeof v === "string" ? looseKey(v) : ""));
    if (!top.some((k) => REGISTER_START.test(k))) continue;
    const pairs = columnKeys(grid, merges, r);
    const keys = pairs.map(([joined]) => joined);
    const find = (re: RegExp) => pairs.findIndex((ks) => ks.some((k) => re.test(k))) + 1 || null;
    const received = find(RECEIVED);
    const promised = find(PROMISED);
    if (received === null || promised === null) continue;
    // "Trả kết quả" over "Ngày, tháng, năm | Ký nhận": the day, not the signature.
    const returned =
      find(RESULT_READY) ?? (pairs.findIndex((ks) => ks.some((k) => HANDED_BACK.test(k)) && !/\bky nhan\b/.test(ks[0])) + 1 || null);
    let firstRow = r + 1;
    while (firstRow <= grid.rows.length && !rowHasDate(grid, firstRow, received)) {
      if (firstRow > r + 3) break;
      firstRow++;
    }
    const state =
      keys.findIndex(
        (k, i) => /^(?:trang thai|tinh trang|status)\b/.test(k) && !TIMELINESS_HEADING.test(k) && !saysTimeliness(grid, firstRow, i + 1),
      ) + 1 || null;
    return {
      headerTop: r,
      firstRow,
      received,
      promised,
      returned,
      note: find(/^ghi chu\b/),
      field: find(/^(?:linh vuc|sector(?: name)?|field(?: name)?)\b/),
      state,
      timeliness: keys.findIndex((k, i) => TIMELINESS_HEADING.test(k) || saysTimeliness(grid, firstRow, i + 1)) + 1 || null,
    };
  }
  return null;
}

// A system's date-time as text: "2021-11-04 14:32:05", "2021-11-04T14:32:05".
const ISO_DAY = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*$/;

function dayOf(v: GridCell): IsoDate | null {
  if (isGridDate(v)) return v.date;
  if (typeof v !== "string") return null;
  const iso = ISO_DAY.exec(v);
  return iso ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : findDate(v);
}

// "Tình trạng xử lý", "Tiến độ giải quyết", "Đúng hạn/Quá hạn": the system's word on time.
const TIMELINESS_HEADING =
  /^(?:tinh trang (?:xu ly|giai quyet|han)|tien do(?: giai quyet| xu ly)?|dung han ?qua han|thoi han xu ly|danh gia (?:thoi han|tien do)|processing result|timeliness)$/;
type OnTime = "early" | "onTime" | "late" | "inTime" | "overdue";
const ON_TIME: ReadonlyArray<[RegExp, OnTime]> = [
  [/^(?:da giai quyet |da tra |hoan thanh )?(?:truoc han|som han|som hon han)$|^early$/, "early"],
  [/^(?:da giai quyet |da tra |hoan thanh )?dung han$|^on ?time$/, "onTime"],
  [/^(?:da giai quyet |da tra |hoan thanh )?(?:qua han|tre han|cham|cham tra)$|^late$/, "late"],
  [/^(?:dang (?:xu ly|giai quyet) )?(?:trong han|con han|chua den han)$/, "inTime"],
  [/^(?:dang (?:xu ly|giai quyet) )?(?:qua han|da qua han)$/, "overdue"],
];
function onTimeOf(v: GridCell): OnTime | null {
  const k = typeof v === "string" && v.length < 40 ? looseKey(v) : "";
  return k === "" ? null : (ON_TIME.find(([re]) => re.test(k))?.[1] ?? null);
}

/** Whether most of a column's first filled cells are words on time ("Đúng hạn", "Trong hạn"). */
function saysTimeliness(grid: Grid, from: number, col: number): boolean {
  let filled = 0;
  let said = 0;
  for (let r = from; r < from + 30 && r <= grid.rows.length; r++) {
    const v = cellAt(grid, r, col);
    if (isBlank(v)) continue;
    filled++;
    if (onTimeOf(v) !== null) said++;
  }
  return filled >= 2 && said * 2 > filled;
}

type State = "resolved" | "pending" | "returned";
// "Đã trả kết quả", "Hoàn thành", "Đang xử lý", "Chờ bổ sung", "Trả lại", "Công dân rút hồ sơ".
function stateOf(v: GridCell): State | null {
  const k = typeof v === "string" ? looseKey(v) : "";
  if (
    /^(?:da )?(?:tra lai|rut|cong dan rut|to chuc rut|tu choi|khong tiep nhan|huy|dung xu ly|khong giai quyet)\b|^(?:returned|withdrawn|rejected|cancelled)$/.test(
      k,
    )
  )
    return "returned";
  if (
    /^(?:da tra ket qua|da tra kq|da tra|da giai quyet|da xu ly|hoan thanh|da hoan thanh|co ket qua|da co ket qua|cho tra ket qua|ket thuc)\b|^(?:completed|done|resolved|finished)$/.test(
      k,
    )
  )
    return "resolved";
  if (/^(?:dang|cho|moi tiep nhan|tiep nhan|da tiep nhan|bo sung|yeu cau bo sung|tam dung)\b|^(?:processing|pending|in progress)$/.test(k))
    return "pending";
  return null;
}

// "Trả lại hồ sơ (thiếu giấy xác nhận …)", "Công dân rút hồ sơ, …": a note opening with the dossier given back or withdrawn.
const RETURNED_NOTE = /^(?:da )?(?:tra lai (?:ho so|hs)|(?:cong dan |to chuc |nguoi dan )?rut (?:ho so|hs))\b/;

function rowHasDate(grid: Grid, r: number, col: number): boolean {
  return dayOf(cellAt(grid, r, col)) !== null;
}

const FIELD_IN_TITLE = /lĩnh vực\s*:?\s*([^\-–(,;]{2,40})/iu;

/**
 * The register counted. Received in the period: online where the row says so ("trực tuyến",
 * "DVC"), else in person; received before it: carried over. Handed back: early, on time or late
 * against the day promised. Withdrawn ("rút hồ sơ"): returned. Not handed back: pending, overdue
 * when the day promised is before the period's end.
 */
export function readDossierRegister(
  grid: Grid,
  reg: DossierRegister,
  fallbackYear: number | null,
): { records: DossierRecord[]; problems: Problem[]; rows: number } {
  const span = titleSpan(grid, reg.headerTop);
  const period = span ? null : contextPeriod(grid, reg.headerTop, fallbackYear);
  const label = period?.label;
  const from = span?.from ?? (label && label.year !== null ? periodStart(label, label.year) : null);
  const to = span?.to ?? (label && label.year !== null ? periodEnd(label, label.year) : (period?.date ?? null));
  let titleField: string | null = null;
  for (let t = 1; t < reg.headerTop && titleField === null; t++)
    for (const v of grid.rows[t - 1] ?? []) {
      const m = FIELD_IN_TITLE.exec(cellText(v));
      if (m) titleField = cleanText(m[1]).replace(/\s*[-–]?\s*(?:tháng|quý|năm).*$/iu, "");
    }
  const problems: Problem[] = [];
  const dossiers: Dossier[] = [];
  // "Lĩnh vực: Hộ tịch (11 hồ sơ)" alone on a row: the field of the dossiers under it.
  let fieldAbove: string | null = null;
  const fieldHead = (r: number): string | null => {
    const texts = (grid.rows[r - 1] ?? []).filter((v) => cellText(v).trim() !== "");
    const m = texts.length === 1 ? FIELD_HEAD.exec(cleanText(cellText(texts[0]))) : null;
    return m ? cleanText(m[1].replace(/\(\s*\d+\s*(?:hồ sơ|hs)?\s*\)\s*$/iu, "")) : null;
  };
  for (let r = reg.headerTop + 1; r < reg.firstRow; r++) fieldAbove = fieldHead(r) ?? fieldAbove;
  // "Mã hồ sơ" 000.00.23.H18-1017-921 on two rows: one dossier exported twice, counted once.
  const codeCol =
    (grid.rows[reg.headerTop - 1] ?? []).findIndex((v) => typeof v === "string" && DOSSIER_CODE.test(looseKey(v))) + 1 || null;
  const seen = new Map<string, number>();
  for (let r = reg.firstRow; r <= grid.rows.length; r++) {
    // "Ia Băng, ngày 01 tháng 11 năm 2021" under the register: its signature block begins; nothing after it is a dossier.
    if ((grid.rows[r - 1] ?? []).some((v) => typeof v === "string" && SIGNED_ON.test(v))) break;
    const receivedCell = cellAt(grid, r, reg.received);
    const received = dayOf(receivedCell);
    const head = received === null ? fieldHead(r) : null;
    if (head !== null) {
      fieldAbove = head;
      continue;
    }
    if (received === null) {
      // "Tổng số hồ sơ tiếp nhận: | 29" under the register: its count, no dossier.
      const first = (grid.rows[r - 1] ?? []).find((v) => typeof v === "string" && v.trim() !== "");
      if (typeof first === "string" && TOTAL_ROW.test(looseKey(first))) continue;
      // A dossier row whose day received cannot be read is not counted, and is named.
      if (!isBlank(receivedCell))
        problems.push(
          problem("BAD_DATE", { file: grid.file, sheet: grid.sheet, row: r }, cellText(receivedCell), {
            vi: `ngày nhận hồ sơ "${cellText(receivedCell)}" không đọc được; hồ sơ này không được đếm.`,
            en: `the day received "${cellText(receivedCell)}" cannot be read; this dossier is not counted.`,
          }),
        );
      continue;
    }
    const code = codeCol === null ? "" : cleanText(cellText(cellAt(grid, r, codeCol)));
    const first = code.length >= 4 ? seen.get(code) : undefined;
    if (first !== undefined) {
      problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, code, {
          vi: `hồ sơ mã "${code}" đã có ở dòng ${first}: dòng ghi lặp, không đếm lại.`,
          en: `the dossier "${code}" is already on row ${first}: a repeated line, not counted again.`,
        }),
      );
      continue;
    }
    if (code.length >= 4) seen.set(code, r);
    const says = looseKey((grid.rows[r - 1] ?? []).map((v) => (typeof v === "string" ? v : "")).join(" "));
    const back = reg.returned === null ? null : dayOf(cellAt(grid, r, reg.returned));
    // "Rút HS", "Trả lại HS" as a cell of its own (the result column beside "Trả KQ", "Trễ hẹn"): withdrawn, returned.
    const state =
      (reg.state === null ? null : stateOf(cellAt(grid, r, reg.state))) ??
      ((grid.rows[r - 1] ?? []).some(
        (v) => typeof v === "string" && ((v.trim().length <= 25 && stateOf(v) === "returned") || RETURNED_NOTE.test(looseKey(v))),
      )
        ? "returned"
        : null);
    // A result handed back before the dossier came in: a day mistyped, counted as written and named.
    if (back !== null && back < received)
      problems.push(
        problem("BAD_DATE", { file: grid.file, sheet: grid.sheet, row: r }, cellText(cellAt(grid, r, reg.returned as number)), {
          vi: `hồ sơ trả kết quả ngày ${formatViDate(back)}, trước ngày nhận ${formatViDate(received)}: một trong hai ngày ghi nhầm; vẫn đếm theo ngày ghi, hãy kiểm tra.`,
          en: `the result was handed back on ${back}, before the dossier was received on ${received}: one of the days is wrong; counted as written, check it.`,
        }),
      );
    dossiers.push({
      row: r,
      field: (reg.field !== null ? cleanText(cellText(cellAt(grid, r, reg.field))) : "") || fieldAbove || titleField || grid.sheet,
      received,
      online: /\b(?:truc tuyen|dvc|dich vu cong|online|qua mang)\b/.test(says),
      promised: dayOf(cellAt(grid, r, reg.promised)),
      back,
      returned: state === "returned" || (/\brut (?:ho so|hs)\b|\brut lai\b|\btra lai (?:ho so|hs)\b/.test(says) && back === null),
      resolvedUndated: state === "resolved" && back === null,
      // The system's own word on time, where it gives one, over the days compared here.
      said: reg.timeliness === null ? null : onTimeOf(cellAt(grid, r, reg.timeliness)),
    });
  }
  const rows = dossiers.length;
  // A register over whole months ("QUÝ III/2021": 1/7 to 30/9) is counted month by month, as the desk reports; its
  // carried-over and pending dossiers worked out at each month's edge. Over any other span, once for the span.
  const months = from !== null && to !== null && !dossiers.some((d) => d.resolvedUndated) ? wholeMonths(from, to) : null;
  const windows = months ?? [{ from, to }];
  const records: DossierRecord[] = [];
  let undated = 0;
  const undatedRows = new Set<number>();
  for (const w of windows) {
    const byField = new Map<string, DossierRecord>();
    for (const d of dossiers) {
      const counted = countInto(d, w.from, w.to, months !== null);
      if (counted === null) continue;
      let rec = byField.get(d.field);
      if (!rec) {
        rec = { field: d.field, from: w.from, to: w.to, ...ZERO_COUNTS, source: { file: grid.file, sheet: grid.sheet, row: d.row } };
        byField.set(d.field, rec);
      }
      rec[counted.came]++;
      if (counted.outcome !== null) rec[counted.outcome]++;
      if (counted.undated) {
        undated++;
        undatedRows.add(d.row);
      }
    }
    records.push(...byField.values());
  }
  if (records.length > 0) {
    const end = to === null ? "ngày cuối kỳ" : `${ymd(to).d}/${ymd(to).m}/${ymd(to).y}`;
    problems.push(
      problem("DOSSIER_COUNT_DERIVED", { file: grid.file, sheet: grid.sheet, row: reg.headerTop }, String(rows), {
        vi: `sheet là sổ theo dõi hồ sơ (mỗi dòng một hồ sơ): ${rows} hồ sơ được đếm vào Hồ sơ TTHC theo lĩnh vực${months !== null ? ` và theo từng tháng (${months.length} tháng; hồ sơ kỳ trước chuyển sang và đang giải quyết tính ở đầu, cuối mỗi tháng)` : ""}; trực tuyến theo lời ghi trong dòng, trả trước/đúng/quá hạn ${reg.timeliness === null ? "so với ngày hẹn trả" : `theo cột "${cellText(cellAt(grid, reg.headerTop, reg.timeliness))}" (nơi không ghi: so với ngày hẹn trả)`}, hồ sơ chưa trả quá hạn nếu ngày hẹn trước ${end}${reg.state === null ? "" : `; trả lại, rút theo cột "${cellText(cellAt(grid, reg.headerTop, reg.state))}"`}.${undated > 0 ? ` ${undated} hồ sơ đã có kết quả nhưng không ghi ngày trả và không ghi đúng hay quá hạn (dòng ${[...undatedRows].slice(0, 10).join(", ")}): tạm tính đúng hạn, hãy kiểm tra.` : ""}`,
        en: `the sheet is a register of dossiers (one row each): ${rows} dossiers were counted into the dossier figures by field.`,
      }),
    );
  }
  return { records, problems, rows };
}

interface Dossier {
  row: number;
  field: string;
  received: IsoDate;
  online: boolean;
  promised: IsoDate | null;
  back: IsoDate | null;
  returned: boolean;
  /** Marked resolved with no day handed back. */
  resolvedUndated: boolean;
  said: OnTime | null;
}

type Came = "carriedOver" | "online" | "inPerson";
type Outcome = "early" | "onTime" | "late" | "pendingInTime" | "pendingOverdue" | "returned";

/** The calendar months a span covers whole, two or more ("1/7/2021" to "30/9/2021": July, August, September); else null. */
function wholeMonths(from: IsoDate, to: IsoDate): Array<{ from: IsoDate; to: IsoDate }> | null {
  const [a, b] = [ymd(from), ymd(to)];
  if (a.d !== 1 || endOfMonth(b.y, b.m) !== to) return null;
  const count = (b.y - a.y) * 12 + (b.m - a.m) + 1;
  if (count < 2) return null;
  return Array.from({ length: count }, (_, k) => {
    const [y, m] = [a.y + Math.floor((a.m - 1 + k) / 12), ((a.m - 1 + k) % 12) + 1];
    return { from: mustIsoDate(y, m, 1), to: endOfMonth(y, m) };
  });
}

/**
 * How one dossier counts in a window: how it came (carried over from before, or received in it) and how it stood at
 * the window's end (resolved in it and how, pending, returned). Null where it is none of the window's (received
 * after it, or settled before it). Over the register's whole span (`byMonth` false) as the desk counts a period.
 */
function countInto(
  d: Dossier,
  from: IsoDate | null,
  to: IsoDate | null,
  byMonth: boolean,
): { came: Came; outcome: Outcome | null; undated: boolean } | null {
  if (byMonth && to !== null && d.received > to) return null;
  const settled = d.back ?? (d.returned ? d.received : null);
  if (byMonth && from !== null && settled !== null && settled < from) return null;
  const came: Came = from !== null && d.received < from ? "carriedOver" : d.online ? "online" : "inPerson";
  const doneBy = (day: IsoDate | null) => day !== null && (to === null || day <= to);
  if (d.returned) return { came, outcome: !byMonth || doneBy(settled) ? "returned" : pendingAt(d, to), undated: false };
  if (doneBy(d.back) || (!byMonth && d.resolvedUndated)) {
    const verdict =
      d.said === "early" || d.said === "onTime" || d.said === "late"
        ? d.said
        : d.back === null
          ? null
          : d.promised === null || d.back === d.promised
            ? "onTime"
            : d.back < d.promised
              ? "early"
              : "late";
    return { came, outcome: verdict ?? "onTime", undated: verdict === null };
  }
  // The system's word on a dossier still open speaks of the register's last day, not of an earlier month's.
  if (!byMonth && d.said === "overdue") return { came, outcome: "pendingOverdue", undated: false };
  if (!byMonth && d.said === "inTime") return { came, outcome: "pendingInTime", undated: false };
  return { came, outcome: pendingAt(d, to), undated: false };
}

function pendingAt(d: Dossier, to: IsoDate | null): Outcome {
  return d.promised !== null && to !== null && d.promised < to ? "pendingOverdue" : "pendingInTime";
}
