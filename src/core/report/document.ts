import { IsoDate, formatViDateShort } from "../dates/isoDate";
import { formatViNumber, formatViPercent } from "../format/viNumber";
import { PlanIdentity, PlanItem, Target } from "../plan/model";
import { Figure } from "../summary/compliance";
import { spanOf } from "../summary/window";
import { DossierCounts, DossierStats, RATE_BASIS, onTimeRate, onlineRate, pending, received, resolved } from "../summary/dossiers";
import { baselineYear } from "../summary/judge";
import { Projection, approxPercent } from "../summary/warnings";
import { looseKey } from "../text/normalize";
import { complianceCharts } from "../sheets/summaryCharts";
import { Block, Cell, ChartBlock, DocModel, Paragraph, Section, Table, cell, para, ruleUnder, textWidth } from "./docModel";
import { ItemReport, ReportModel, TaskLine, placeAndDate } from "./model";
import { ReportPeriod, nextPeriodLabel, periodLabel, periodSpan } from "./period";

/**
 * The periodic report as a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục
 * I): Times New Roman, A4, margins 20/20/30/15 mm, body 14 pt justified with a first-line indent;
 * the issuing body in full on two lines, the national title and motto beside it; Kính gửi; the
 * sections I–V of a periodic report; Nơi nhận and the signature side by side; page numbers top
 * centre from page 2; the figures in appendices ("Phụ lục I, II … Kèm theo Báo cáo số …"), each
 * table's header repeated over its own table only. Nothing internal: no task ids, no sources, no
 * notes meant for the user, and officials by title, never by name.
 */
export const REPORT_FONT = { name: "Times New Roman", size: 14 } as const;
const PORTRAIT: Pick<Section, "orientation" | "marginsMm"> = {
  orientation: "portrait",
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
};
const LANDSCAPE: Pick<Section, "orientation" | "marginsMm"> = {
  orientation: "landscape",
  marginsMm: { top: 20, bottom: 20, left: 20, right: 20 },
};
const INDENT = 12.7;
const ROMAN = ["I", "II", "III", "IV", "V", "VI"] as const;

/** "ỦY BAN NHÂN DÂN" / "XÃ TÂN BÌNH": the issuing body in full, without a parent body the plan's header had. */
export function issuingLines(identity: Pick<PlanIdentity, "issuerLines" | "unitType" | "unitName">): string[] {
  const full = (t: string) => t.replace(/^UBND\b/iu, "ỦY BAN NHÂN DÂN").toLocaleUpperCase("vi");
  const lines = identity.issuerLines.map(full).filter((l) => l.trim() !== "");
  const unit = `${identity.unitType} ${identity.unitName}`.toLocaleUpperCase("vi");
  // A parent body's line ("ỦY BAN NHÂN DÂN QUẬN 7") may come first: the body itself is the last "ỦY BAN NHÂN DÂN …".
  const start = lines.map((l) => l.startsWith("ỦY BAN NHÂN DÂN")).lastIndexOf(true);
  const own = start >= 0 ? lines.slice(start) : [];
  if (own.length === 0) return ["ỦY BAN NHÂN DÂN", unit];
  if (own.length === 1) {
    const rest = own[0].slice("ỦY BAN NHÂN DÂN".length).trim();
    return ["ỦY BAN NHÂN DÂN", rest === "" ? unit : rest];
  }
  return own;
}

/** "Ủy ban nhân dân xã Tân Bình". */
function issuerName(id: PlanIdentity): string {
  return `Ủy ban nhân dân ${id.unitType} ${id.unitName}`;
}

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

/** A body paragraph: justified, first line indented. */
function body(text: string, look: { bold?: boolean; italic?: boolean } = {}): Paragraph {
  return para(text, { align: "justify", indent: INDENT, ...look });
}

function heading(text: string): Paragraph {
  return para(text, { align: "justify", indent: INDENT, bold: true, keepNext: true });
}

function subheading(text: string): Paragraph {
  return para(text, { align: "justify", indent: INDENT, bold: true, italic: true, keepNext: true });
}

/** What a count is of, for running text: "hồ sơ", "văn bản", or nothing. */
function unitOf(item: Pick<PlanItem, "title" | "objective">): string {
  const k = looseKey(`${item.title} ${item.objective}`);
  return /\bho so\b/.test(k) ? "hồ sơ" : /\bvan ban\b/.test(k) ? "văn bản" : "";
}

/** "98,79 % (489/495 hồ sơ)", "82,5 %", "chưa có số liệu". */
function figureText(f: Figure, unit: string): string {
  if (f.value === null) return "chưa có số liệu";
  const counts =
    f.numerator !== null && f.denominator !== null
      ? ` (${formatViNumber(f.numerator)}/${formatViNumber(f.denominator)}${unit ? ` ${unit}` : ""})`
      : "";
  return `${formatViPercent(f.value)}${counts}`;
}

/** A target as a document words it: "100 %", "cao hơn năm 2020", "60 % đến ngày 30/9/2021; 100 % đến ngày 31/01/2022". */
export function targetText(target: Target, year: number): string {
  switch (target.kind) {
    case "level":
      return formatViPercent(target.value);
    case "milestones":
      return target.milestones.map((m) => `${formatViPercent(m.value)} đến ngày ${formatViDateShort(m.date)}`).join("; ");
    case "baseline":
    case "previousYear": {
      const y = baselineYear(target, year);
      const rel = target.comparator === ">" ? "cao hơn" : "không thấp hơn";
      const base = target.baseline === null ? "" : ` (${formatViPercent(target.baseline)})`;
      return `${rel} năm ${y ?? "trước"}${base}`;
    }
    case "qualitative":
      return "hoàn thành các nhiệm vụ của kế hoạch";
  }
}

/**
 * An item's target as the report words it: a qualitative one by the plan's own "Mục tiêu, yêu cầu" (KH 49's
 * 1.5: "hạn chế tối đa văn bản đi được gửi dưới dạng điện tử song song với bản giấy"), never words of ours.
 */
function itemTarget(item: Pick<PlanItem, "target" | "objective">, year: number): string {
  const objective = item.objective
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.;:]+$/u, "");
  if (item.target.kind === "qualitative" && objective !== "") return lowerFirst(objective);
  return targetText(item.target, year);
}

/**
 * The year an item's value is to be compared with when that year's value was never entered (Kế
 * hoạch's "Giá trị năm gốc"), though the item has a value: it cannot be judged yet. Null otherwise.
 */
export function missingBaseline(r: Pick<ItemReport, "item" | "year">, year: number): number | null {
  const t = r.item.target;
  if (t.kind !== "baseline" && t.kind !== "previousYear") return null;
  if (t.baseline !== null || r.year.actual === null) return null;
  return baselineYear(t, year) ?? year - 1;
}

/** "chưa có kết quả năm 2020 để so sánh". */
function baselineReason(year: number): string {
  return `chưa có kết quả năm ${year} để so sánh`;
}

/** "Chưa đạt — mốc 30/9/2021: 57,81 % < 60 %": the verdict and, where it helps, why. */
export function resultText(r: ItemReport, year: number): string {
  // A value without the year to compare it with is not "no data": it cannot be judged yet.
  const base = missingBaseline(r, year);
  if (base !== null) return `Chưa đánh giá được (${baselineReason(base)})`;
  const why = r.year.formal;
  return why === "" ? r.year.result : `${r.year.result} — ${why}`;
}

function leadsText(leads: readonly string[]): string {
  return leads.join(", ");
}

function taskText(t: TaskLine): string {
  const parts = [t.leads.length > 0 ? `chủ trì: ${leadsText(t.leads)}` : "", t.due ? `hạn ${formatViDateShort(t.due)}` : ""].filter(
    (x) => x !== "",
  );
  const content = t.content.replace(/[.;:]+$/u, "");
  return `- ${upperFirst(content)}${parts.length > 0 ? ` (${parts.join("; ")})` : ""}.`;
}

/**
 * The days a figure covers, as it stands: one reading's period and day ("quý III/2021, số liệu ngày 30/9/2021"),
 * counts from a later start ("từ ngày 01/7/2021 đến ngày 30/11/2021"), or from the year's start to its last
 * figure's day. Never the report's end when the figures stop before it.
 */
function figureSpan(f: Figure, end: IsoDate, year: number, sinceStart: string): string {
  if (f.value === null || f.date === null) return `${sinceStart} ${formatViDateShort(end)}`;
  const at = formatViDateShort(f.date);
  if (f.single !== undefined && f.single.trim() !== "") {
    const said = lowerFirst(f.single.trim());
    if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(said)) return `số liệu ngày ${said}`;
    if (/\d{1,2}\/\d{1,2}\/\d{4}/.test(said)) return `số liệu ${said}`;
    // "quý III/2021", "tháng 11/2021": the period says its days; one still running when read, the day it was read.
    if (!/^(?:tháng|quý|năm|6 tháng|9 tháng)\s/u.test(said)) return `${said} (số liệu ngày ${at})`;
    const span = spanOf(f.single, f.date);
    return span !== null && f.date < span.to ? `${said} (số liệu đến ngày ${at})` : said;
  }
  if (f.from !== undefined && f.from > `${year}-01-01`) return `từ ngày ${formatViDateShort(f.from)} đến ngày ${at}`;
  return `${sinceStart} ${at}`;
}

/** Quý I, 6 tháng and năm start where the year does: their figures are the year's so far. */
function sinceYearStart(p: ReportPeriod): boolean {
  return p.from === p.yearFrom;
}

/**
 * What an item's figure measures, when its name does not say it: KH 49's 1.1 is named "Thực hiện kế
 * hoạch CCHC" but measured as "tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4" (its objective).
 * Null when the name is itself a measure ("Tỷ lệ …", "Chỉ số …", "Mức độ …") or the objective names none.
 */
export function indicatorOf(item: Pick<PlanItem, "title" | "objective">): string | null {
  if (/^(?:tỷ lệ|tỉ lệ|chỉ số|mức độ)(?=\s|$)/iu.test(item.title.trim())) return null;
  const m = /\b(tỷ lệ|tỉ lệ)\s+(.+?)(?:\s+so với\b.*)?[.;]?\s*$/iu.exec(item.objective.replace(/\s+/g, " ").trim());
  return m ? `${m[1].toLocaleLowerCase("vi")} ${m[2]}` : null;
}

/** The item's name, with what its figure measures when the name does not say it. */
function itemName(item: PlanItem): string {
  const indicator = indicatorOf(item);
  return indicator ? `${item.title} (${indicator})` : item.title;
}

function itemLine(r: ItemReport, period: ReportPeriod): string {
  const year = period.year;
  const unit = unitOf(r.item);
  const name = `${r.item.code}. ${r.item.title} (chỉ tiêu: ${itemTarget(r.item, year)})`;
  const tasks = r.year.tasks > 0 ? `${r.year.done}/${r.year.tasks} nhiệm vụ hoàn thành` : "";
  const verdict = lowerFirst(resultText(r, year));
  if (r.item.target.kind === "qualitative") return `- ${name}: ${r.year.tasks > 0 ? verdict : "chưa có nhiệm vụ được giao"}.`;
  const figures = sinceYearStart(period)
    ? [`${figureSpan(r.year.figure, period.to, year, "từ đầu năm đến ngày")}: ${figureText(r.year.figure, unit)}`]
    : [`trong kỳ ${figureText(r.period, unit)}`, `từ đầu năm ${figureText(r.year.figure, unit)}`];
  // The figure is named by what it measures where the item's name does not say it.
  const indicator = indicatorOf(r.item);
  if (indicator) figures[0] = `${indicator} ${figures[0]}`;
  const basis = r.year.figure.measure
    ? ` (tỷ lệ tính theo số liệu của Hệ thống thông tin giải quyết TTHC: ${RATE_BASIS[r.year.figure.measure]})`
    : "";
  // "chưa có số liệu" is said once, by the figure.
  const judged = r.year.figure.value === null && verdict === "chưa có số liệu" ? [] : [verdict];
  return `- ${name}: ${[...figures, ...(tasks ? [tasks] : []), ...judged].join("; ")}${basis}.`;
}

function countsSentence(c: DossierCounts): string {
  const n = formatViNumber;
  return (
    `tổng số hồ sơ nhận giải quyết ${n(received(c))} hồ sơ (kỳ trước chuyển sang ${n(c.carriedOver)}; tiếp nhận trực tuyến ${n(c.online)}; ` +
    `trực tiếp, bưu chính ${n(c.inPerson)}); đã giải quyết ${n(resolved(c))} hồ sơ (trước hạn ${n(c.early)}, đúng hạn ${n(c.onTime)}, ` +
    `quá hạn ${n(c.late)}); đang giải quyết ${n(pending(c))} hồ sơ (trong hạn ${n(c.pendingInTime)}, quá hạn ${n(c.pendingOverdue)}); ` +
    `trả lại, rút ${n(c.returned)} hồ sơ`
  );
}

function ratesSentence(c: DossierCounts): string {
  const onTime = onTimeRate(c);
  const online = onlineRate(c);
  return [
    onTime ? `tỷ lệ giải quyết đúng hạn đạt ${formatViPercent(onTime.value)} (${RATE_BASIS.onTime})` : "",
    online ? `tỷ lệ tiếp nhận trực tuyến đạt ${formatViPercent(online.value)} (${RATE_BASIS.online})` : "",
  ]
    .filter((x) => x !== "")
    .join("; ");
}

/** The period's and the year's statistics; the year's alone when the period starts with the year. */
function distinctStats(stats: { period: DossierStats | null; year: DossierStats | null }): {
  period: DossierStats | null;
  year: DossierStats | null;
} {
  const same = stats.period && stats.year && stats.period.window.from === stats.year.window.from;
  return same ? { period: null, year: stats.year } : stats;
}

function dossierParagraphs(all: { period: DossierStats | null; year: DossierStats | null }, appendix: string | null): Paragraph[] {
  const out: Paragraph[] = [];
  const stats = distinctStats(all);
  if (stats.period) {
    const rates = ratesSentence(stats.period.total);
    out.push(body(`Trong kỳ, ${countsSentence(stats.period.total)}.${rates ? ` ${upperFirst(rates)}.` : ""}`));
  }
  if (stats.year) {
    const rates = ratesSentence(stats.year.total);
    const where = appendix ? ` (chi tiết tại ${appendix} kèm theo)` : "";
    const since = `Từ đầu năm đến ngày ${formatViDateShort(stats.year.window.to)}`;
    out.push(body(`${since}, ${countsSentence(stats.year.total)}.${rates ? ` ${upperFirst(rates)}` : ""}${where}.`));
  }
  return out;
}

/** Under the dossier table: each rate, what it divides, in the period and from the start of the year. */
function dossierRateLines(period: DossierStats, year: DossierStats | null): Paragraph[] {
  const line = (name: string, basis: string, f: (c: DossierCounts) => { value: number } | null) => {
    const p = f(period.total);
    const y = year && year.window.from !== period.window.from ? f(year.total) : null;
    if (!p && !y) return [];
    const values = [p ? `trong kỳ đạt ${formatViPercent(p.value)}` : "", y ? `từ đầu năm đạt ${formatViPercent(y.value)}` : ""].filter(
      (x) => x !== "",
    );
    return [para(`${name} (${basis}): ${values.join("; ")}.`, { align: "justify", italic: true, size: 12 })];
  };
  return [
    ...line("Tỷ lệ giải quyết đúng hạn", RATE_BASIS.onTime, onTimeRate),
    ...line("Tỷ lệ tiếp nhận trực tuyến", RATE_BASIS.online, onlineRate),
  ];
}

/** "(Kèm theo Báo cáo số 12/BC-UBND ngày 14/6/2021 của Ủy ban nhân dân xã Tân Bình)". */
function attachedTo(r: ReportModel): string {
  const number = r.settings.number.trim() === "" ? "      " : r.settings.number.trim();
  return `(Kèm theo Báo cáo số ${number}/BC-UBND ngày ${formatViDateShort(r.date)} của ${issuerName(r.plan.identity)})`;
}

function th(text: string, options: Omit<Cell, "paragraphs"> = {}): Cell {
  return cell(para(text, { align: "center", bold: true }), { valign: "center", ...options });
}

/** A header cell of several lines: a name, then its dates in italics. */
function thLines(name: string, ...lines: string[]): Cell {
  return cell([para(name, { align: "center", bold: true }), ...lines.map((l) => para(l, { align: "center", italic: true }))], {
    valign: "center",
  });
}

function td(text: string, align: "left" | "center" | "justify" = "left", bold = false): Cell {
  return cell(para(text, { align, bold }), { valign: "center" });
}

/** The per-item table: Phụ lục I of the report, or inside the plan's section. */
export function itemTable(r: ReportModel, withTasks: boolean): Table {
  const year = r.period.year;
  const both = !sinceYearStart(r.period);
  const head = [
    th("STT"),
    th("Tiêu chí, tiêu chí thành phần"),
    th("Chỉ tiêu"),
    ...(both
      ? [
          thLines("Trong kỳ", `từ ${formatViDateShort(r.period.from)}`, `đến ${formatViDateShort(r.period.to)}`),
          thLines("Từ đầu năm", `từ ${formatViDateShort(r.period.yearFrom)}`),
        ]
      : [thLines("Thực hiện từ đầu năm", `từ ${formatViDateShort(r.period.yearFrom)}`, `đến ${formatViDateShort(r.period.to)}`)]),
    th("Kết quả"),
    ...(withTasks ? [th("Nhiệm vụ hoàn thành"), th("Nhiệm vụ quá hạn")] : []),
  ];
  const rows = r.items.map((it) => {
    const unit = unitOf(it.item);
    const qualitative = it.item.target.kind === "qualitative";
    return [
      td(it.item.code, "center"),
      td(itemName(it.item)),
      td(upperFirst(itemTarget(it.item, year))),
      ...(both ? [td(qualitative ? "-" : upperFirst(figureText(it.period, unit)), "center")] : []),
      td(qualitative ? "-" : upperFirst(figureText(it.year.figure, unit)), "center"),
      td(resultText(it, year), "left", it.year.result === "Chưa đạt"),
      ...(withTasks ? [td(`${it.year.done}/${it.year.tasks}`, "center"), td(String(it.year.overdue), "center")] : []),
    ];
  });
  const figures = both ? [30, 30] : [40];
  // "STT" at 12 pt bold needs 13 mm with the cell's margins (10 mm wrapped it to "ST / T").
  const widths = withTasks ? [13, 57, 32, ...figures, 55, 20, 20] : [12, 43, 24, ...(both ? [22, 22] : [30]), 42];
  return { kind: "table", widths, rows: [head, ...rows], borders: true, headerRows: 1, size: 12 };
}

/** The one-stop system's statistics per field (two-level header), the period's total and the year's. */
export function dossierTable(stats: { period: DossierStats; year: DossierStats | null }): Table {
  const n = (x: number) => formatViNumber(x);
  const top = [
    th("STT", { rowSpan: 2 }),
    th("Lĩnh vực", { rowSpan: 2 }),
    th("Số hồ sơ nhận giải quyết", { span: 4 }),
    th("Số hồ sơ đã giải quyết", { span: 4 }),
    th("Số hồ sơ đang giải quyết", { span: 3 }),
    th("Trả lại, rút hồ sơ", { rowSpan: 2 }),
  ];
  const sub = [
    "Tổng số",
    "Kỳ trước chuyển sang",
    "Trực tuyến",
    "Trực tiếp, bưu chính",
    "Tổng số",
    "Trước hạn",
    "Đúng hạn",
    "Quá hạn",
    "Tổng số",
    "Trong hạn",
    "Quá hạn",
  ].map((t) => th(t));
  const line = (stt: string, name: string, c: DossierCounts, bold = false): Cell[] => [
    td(stt, "center", bold),
    td(name, "left", bold),
    ...[
      received(c),
      c.carriedOver,
      c.online,
      c.inPerson,
      resolved(c),
      c.early,
      c.onTime,
      c.late,
      pending(c),
      c.pendingInTime,
      c.pendingOverdue,
      c.returned,
    ].map((x) => td(n(x), "center", bold)),
  ];
  const rows = stats.period.fields.map((f, i) => line(String(i + 1), f.field, f));
  rows.push(line("", "Tổng cộng trong kỳ", stats.period.total, true));
  if (stats.year && stats.year.window.from !== stats.period.window.from) {
    rows.push(line("", `Từ đầu năm (từ ${formatViDateShort(stats.year.window.from)})`, stats.year.total, true));
  }
  return {
    kind: "table",
    widths: [13, 40, 17, 17, 17, 17, 17, 16, 16, 16, 17, 16, 16, 16],
    rows: [top, sub, ...rows],
    borders: true,
    headerRows: 2,
    size: 11,
  };
}

/** The header block's two columns: the issuing body, the national title. */
const HEADER_WIDTHS = [65, 100];

function headerBlock(r: ReportModel): Table {
  const id = r.plan.identity;
  const parent = r.settings.parentBody.trim();
  const left: Paragraph[] = [
    ...(parent === "" ? [] : [para(parent.toLocaleUpperCase("vi"), { align: "center", size: 12 })]),
    ...issuingLines(id).map((l) => para(l, { align: "center", bold: true, size: 12 })),
  ];
  // NĐ 30: a solid rule under the issuing body's name, 1/3–1/2 of that line.
  const name = issuingLines(id)[issuingLines(id).length - 1];
  left.push(ruleUnder(name, 12, (HEADER_WIDTHS[0] / (HEADER_WIDTHS[0] + HEADER_WIDTHS[1])) * textWidth(PORTRAIT)));
  const right: Paragraph[] = [
    para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { align: "center", bold: true, size: 12 }),
    para("Độc lập - Tự do - Hạnh phúc", { align: "center", bold: true, underline: true, size: 13 }),
  ];
  const number = r.settings.number.trim() === "" ? "      " : r.settings.number.trim();
  return {
    kind: "table",
    widths: HEADER_WIDTHS,
    borders: false,
    headerRows: 0,
    rows: [
      [cell(left), cell(right)],
      [
        cell(para(`Số: ${number}/BC-UBND`, { align: "center", size: 13, before: 6 })),
        cell(para(placeAndDate(id.place, r.date), { align: "center", italic: true, before: 6 })),
      ],
    ],
  };
}

function kinhGui(to: readonly string[]): Paragraph[] {
  if (to.length === 0) return [];
  if (to.length === 1) return [para(`Kính gửi: ${to[0]}.`, { align: "center", before: 6 })];
  return [
    para("Kính gửi:", { align: "center", before: 6 }),
    ...to.map((t, i) => para(`- ${t}${i === to.length - 1 ? "." : ";"}`, { align: "center" })),
  ];
}

/** "Lưu: VT, VP-TK (02b)." */
function archiveLine(r: ReportModel): string {
  const unit = r.settings.draftingUnit.trim();
  const copies = r.settings.archiveCopies === null ? "" : ` (${String(r.settings.archiveCopies).padStart(2, "0")}b)`;
  return `Lưu: VT${unit === "" ? "" : `, ${unit}`}${copies}.`;
}

function signatureBlock(r: ReportModel): Table {
  const id = r.plan.identity;
  const entries = [...(r.settings.to.length > 0 ? ["Như trên"] : []), ...r.settings.recipients];
  const left: Paragraph[] = [
    para("Nơi nhận:", { bold: true, italic: true, size: 12 }),
    ...entries.map((e) => para(`- ${e};`, { size: 11 })),
    para(`- ${archiveLine(r)}`, { size: 11 }),
  ];
  const sign = id.signature.length > 0 ? id.signature : ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"];
  const right: Paragraph[] = [
    ...sign.map((s) => para(s, { align: "center", bold: true })),
    ...[1, 2, 3, 4].map(() => para("", { align: "center" })),
    para(id.signer, { align: "center", bold: true }),
  ];
  return { kind: "table", widths: [80, 85], borders: false, headerRows: 0, rows: [[cell(left), cell(right)]], keepTogether: true };
}

/**
 * "16/27 nhiệm vụ hoàn thành (15 đúng hạn, 1 trễ hạn), 5 nhiệm vụ quá hạn, 6 nhiệm vụ chưa đến hạn":
 * every task accounted for, as Phụ lục I's columns and chart add up.
 */
export function tasksSentence(h: { tasks: number; done: number; doneOnTime: number; overdue: number }): string {
  const late = h.done - h.doneOnTime;
  const notDue = h.tasks - h.done - h.overdue;
  const done =
    late > 0
      ? `${h.done}/${h.tasks} nhiệm vụ hoàn thành (${h.doneOnTime} đúng hạn, ${late} trễ hạn)`
      : `${h.done}/${h.tasks} nhiệm vụ hoàn thành đúng hạn`;
  return [done, `${h.overdue} nhiệm vụ quá hạn`, ...(notDue > 0 ? [`${notDue} nhiệm vụ chưa đến hạn`] : [])].join(", ");
}

/** What III.1 lists: items short of their target, items that could not be judged (and the overdue tasks, in the model). */
export function shortcomings(r: ReportModel): { notMet: ItemReport[]; noData: ItemReport[]; any: boolean } {
  const notMet = r.items.filter((i) => i.year.result === "Chưa đạt");
  // An item with no figure at all is a shortcoming too: the report says it has none, never drops it.
  const noData = r.items.filter((i) => i.year.result === "Chưa có số liệu" && i.item.target.kind !== "qualitative");
  return { notMet, noData, any: notMet.length + noData.length + r.overdue.length > 0 };
}

/** The sections II–IV the figures fill, numbered from `first` (II in the report, 1 in the plan's section). */
function resultSections(
  r: ReportModel,
  numbering: (i: number) => string,
  appendix: { items: string | null; dossiers: string | null },
): Block[] {
  const id = r.plan.identity;
  const comp = r.compliance;
  const h = comp.headline;
  const label = periodLabel(r.period);
  const blocks: Block[] = [];
  const narrative = r.narrative;

  // Under "II." the parts are 1., 2.; under a plan section's "1." they are 1.1., 1.2., never "1." again.
  const part = (top: number, n: number) => (/^\d+$/.test(numbering(top)) ? `${numbering(top)}.${n}` : `${n}`);
  blocks.push(heading(`${numbering(0)}. KẾT QUẢ THỰC HIỆN`));
  blocks.push(subheading(`${part(0, 1)}. Kết quả chung`));
  const where = appendix.items ? ` (chi tiết tại ${appendix.items} kèm theo)` : "";
  blocks.push(
    body(
      `Tính đến ngày ${formatViDateShort(r.period.to)}, có ${h.itemsMet}/${h.items} tiêu chí, tiêu chí thành phần đạt chỉ tiêu của kế hoạch; ` +
        `${tasksSentence(h)}${where}.`,
    ),
  );
  blocks.push(subheading(`${part(0, 2)}. Kết quả từng tiêu chí, tiêu chí thành phần`));
  for (const it of r.items) blocks.push(body(itemLine(it, r.period)));
  let sub = 3;
  if (r.dossiers.period || r.dossiers.year) {
    blocks.push(subheading(`${part(0, sub++)}. Tình hình giải quyết hồ sơ thủ tục hành chính`));
    blocks.push(...dossierParagraphs(r.dossiers, appendix.dossiers));
  }
  if (narrative["II. Kết quả thực hiện"].length > 0) {
    blocks.push(subheading(`${part(0, sub)}. Kết quả khác`));
    blocks.push(...narrative["II. Kết quả thực hiện"].map((t) => body(t)));
  }

  blocks.push(heading(`${numbering(1)}. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN`));
  blocks.push(subheading(`${part(1, 1)}. Tồn tại, hạn chế`));
  const { notMet, noData } = shortcomings(r);
  if (notMet.length === 0 && r.overdue.length === 0)
    blocks.push(body(`Trong ${label}, không có tiêu chí, tiêu chí thành phần chưa đạt và không có nhiệm vụ quá hạn.`));
  if (notMet.length > 0) {
    blocks.push(body("Các tiêu chí, tiêu chí thành phần chưa đạt chỉ tiêu:"));
    for (const it of notMet) blocks.push(body(`- ${it.item.code}. ${it.item.title}: ${it.year.formal || "chưa đạt chỉ tiêu"}.`));
  }
  if (noData.length > 0) {
    blocks.push(body("Các tiêu chí, tiêu chí thành phần chưa đánh giá được:"));
    for (const it of noData) {
      const base = missingBaseline(it, r.period.year);
      blocks.push(
        body(`- ${it.item.code}. ${it.item.title}: ${base === null ? it.year.formal || "chưa có số liệu" : baselineReason(base)}.`),
      );
    }
  }
  if (r.overdue.length > 0) {
    blocks.push(body("Các nhiệm vụ quá hạn:"));
    for (const t of r.overdue) blocks.push(body(taskText(t)));
  }
  blocks.push(...narrative["III. Tồn tại và hạn chế"].map((t) => body(t)));
  blocks.push(subheading(`${part(1, 2)}. Nguyên nhân`));
  blocks.push(...causeParagraphs(r));

  blocks.push(heading(`${numbering(2)}. PHƯƠNG HƯỚNG, NHIỆM VỤ ${nextPeriodLabel(r.period).toLocaleUpperCase("vi")}`));
  if (notMet.length > 0) {
    blocks.push(
      body(
        `Tập trung khắc phục các tiêu chí, tiêu chí thành phần chưa đạt (${notMet.map((i) => i.item.code).join(", ")}); tiếp tục thực hiện Kế hoạch số ${id.number} theo đúng tiến độ.`,
      ),
    );
  }
  blocks.push(...warningParagraphs(r));
  if (r.next.length > 0) {
    blocks.push(body("Tiếp tục thực hiện các nhiệm vụ chưa hoàn thành:"));
    for (const t of r.next) blocks.push(body(taskText(t)));
  } else if (notMet.length === 0) {
    blocks.push(body("Tiếp tục duy trì kết quả các tiêu chí, tiêu chí thành phần đã đạt."));
  }
  blocks.push(...narrative["IV. Phương hướng và nhiệm vụ kỳ tới"].map((t) => body(t)));
  return blocks;
}

/** "đến hết năm 2021" for the year's last day, else "đến ngày 31/1/2022". */
function byWhen(date: IsoDate): string {
  return date.endsWith("-12-31") ? `đến hết năm ${date.slice(0, 4)}` : `đến ngày ${formatViDateShort(date)}`;
}

/** "tiêu chí 1.2 đạt khoảng 99 %, chưa đạt chỉ tiêu 100 %": what the trend gives, in a report's words. */
function forecastClause(code: string, p: Projection): string {
  const t = p.target;
  const strict = t.comparator === ">=";
  const approx = approxPercent(p.projected, t.value, strict);
  const goal = formatViPercent(t.value);
  const short = t.milestone ? `chưa đạt mốc ${goal}` : strict ? `chưa đạt chỉ tiêu ${goal}` : `chưa cao hơn mức năm trước (${goal})`;
  return `tiêu chí ${code} đạt khoảng ${approx} %, ${short}`;
}

/**
 * The early warnings in the next period's tasks, in plain administrative words: items whose trend
 * falls short of their next target ("Dự kiến đến hết năm 2021, tiêu chí 1.2 đạt khoảng 99 %, chưa
 * đạt chỉ tiêu 100 %"), and tasks due soon and not started. How the trend is drawn belongs to the
 * master's Tổng hợp, not to the report; items with too little data are simply not forecast.
 */
function warningParagraphs(r: ReportModel): Paragraph[] {
  const out: Paragraph[] = [];
  const projected = r.warnings.warnings
    .flatMap((w) => (w.kind === "projection" ? [w] : []))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (projected.length > 0) {
    const dates = [...new Set(projected.map((w) => w.date))];
    const clauses = dates.map(
      (date) =>
        `${byWhen(date)}, ${projected
          .filter((w) => w.date === date)
          .map((w) => forecastClause(w.code, w.projection))
          .join("; ")}`,
    );
    const these = projected.length > 1 ? "các tiêu chí này" : `tiêu chí ${projected[0].code}`;
    out.push(body(`Dự kiến ${clauses.join("; ")}. Cần tập trung chỉ đạo, đẩy nhanh tiến độ thực hiện ${these}.`));
  }
  if (r.dueSoon.length > 0) {
    out.push(body("Các nhiệm vụ sắp đến hạn nhưng chưa triển khai:"));
    for (const { line, formal } of r.dueSoon) {
      const lead = line.leads.length > 0 ? ` (chủ trì: ${leadsText(line.leads)})` : "";
      out.push(body(`- ${upperFirst(line.content.replace(/[.;:]+$/u, ""))}${lead}: ${formal}.`));
    }
  }
  return out;
}

/** The form's blank, to be filled in by hand before signing (as "Số: …/BC-UBND" is). */
export const BLANK_LINE = "…".repeat(32);

/**
 * III.2 in the official's words. Unwritten: where there are shortcomings, the form's blanks for the
 * objective and subjective causes, visible on paper so the report is not signed without them (the
 * command line warns); with none, "Không có." as V says.
 */
function causeParagraphs(r: ReportModel): Paragraph[] {
  const written = r.narrative["III. Nguyên nhân"];
  if (written.length > 0) return written.map((t) => body(t));
  if (!shortcomings(r).any) return [body("Không có.")];
  // A line of dots of its own, left-aligned: a justified paragraph would stretch the label apart.
  const blank = para(BLANK_LINE, { align: "left" });
  return [body("- Nguyên nhân khách quan:"), blank, body("- Nguyên nhân chủ quan:"), blank];
}

/** Section I in the official's words, or what the plan itself establishes. */
function directionParagraphs(r: ReportModel): Paragraph[] {
  const written = r.narrative["I. Công tác chỉ đạo và điều hành"];
  if (written.length > 0) return written.map((t) => body(t));
  const id = r.plan.identity;
  const issued = id.issued ? ` ngày ${formatViDateShort(id.issued)}` : "";
  return [
    body(
      `${issuerName(id)} đã ban hành Kế hoạch số ${id.number}${issued} về ${lowerFirst(id.title)}; phân công cán bộ, công chức, ` +
        "bộ phận chủ trì thực hiện từng tiêu chí, tiêu chí thành phần và định kỳ theo dõi, đôn đốc việc thực hiện.",
    ),
  ];
}

function appendixHeading(r: ReportModel, name: string, title: string): Paragraph[] {
  return [
    para(name, { align: "center", bold: true }),
    para(title.toLocaleUpperCase("vi"), { align: "center", bold: true }),
    para(attachedTo(r), { align: "center", italic: true }),
    para("", {}),
  ];
}

/** Tổng hợp's two charts, with the period's values, after the appendix's table (none when there is nothing to plot). */
function chartBlocks(r: ReportModel): Block[] {
  // Officials by title, as the document names them.
  const charts = complianceCharts({ ...r.compliance, officials: r.officials });
  if (charts.length === 0) return [];
  // A bar per official: room for each name, within a landscape page.
  const height = (c: (typeof charts)[number]) => (c.kind === "stackedBar" ? Math.min(150, Math.max(60, 35 + 7 * c.categories.length)) : 72);
  return [para("", {}), ...charts.map((chart): ChartBlock => ({ kind: "chart", chart, width: 230, height: height(chart) }))];
}

/** The stand-alone report on the plan: Báo cáo, then its appendices. */
export function reportDocument(r: ReportModel): DocModel {
  const id = r.plan.identity;
  const label = periodLabel(r.period);
  const issued = id.issued ? ` ngày ${formatViDateShort(id.issued)}` : "";
  const hasDossiers = r.dossiers.period !== null;
  const appendix = { items: "Phụ lục I", dossiers: hasDossiers ? "Phụ lục II" : null };
  const to = r.settings.to;
  const trichYeu = `Kết quả thực hiện Kế hoạch số ${id.number}${issued} của ${issuerName(id)} ${label}`;

  const blocks: Block[] = [
    headerBlock(r),
    para("BÁO CÁO", { align: "center", bold: true, before: 12 }),
    para(trichYeu, { align: "center", bold: true }),
    // NĐ 30: a solid rule under the trích yếu, 1/3–1/2 of its (longest) line.
    ruleUnder(trichYeu, REPORT_FONT.size, textWidth(PORTRAIT)),
    ...kinhGui(to),
    body(
      `Thực hiện Kế hoạch số ${id.number}${issued} của ${issuerName(id)} về ${lowerFirst(id.title)}, ${issuerName(id)} báo cáo kết quả thực hiện ` +
        `${label} (số liệu ${periodSpan(r.period)}${sinceYearStart(r.period) ? "" : `; lũy kế từ ngày ${formatViDateShort(r.period.yearFrom)}`}) như sau:`,
    ),
    heading("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
    ...directionParagraphs(r),
    ...resultSections(r, (i) => ROMAN[i + 1], appendix),
    heading("V. ĐỀ XUẤT, KIẾN NGHỊ"),
    ...(r.narrative["V. Đề xuất và kiến nghị"].length > 0
      ? r.narrative["V. Đề xuất và kiến nghị"].map((t) => body(t))
      : [body("Không có.")]),
    body(
      // "… ngày 29/9/2021 của Ủy ban nhân dân xã Tân Bình năm 2021", as the title: the plan's date and the period's year apart.
      // A commune reports to the higher body's office for it to follow and compile, not to direct ("chỉ đạo").
      `Trên đây là báo cáo kết quả thực hiện Kế hoạch số ${id.number}${issued} của ${issuerName(id)} ${label}` +
        `${to.length > 0 ? `, kính báo cáo ${to.join(", ")} theo dõi, tổng hợp` : ""}./.`,
    ),
    para("", {}),
    signatureBlock(r),
  ];
  const sections: Section[] = [{ name: "Báo cáo", ...PORTRAIT, pageNumbers: "fromSecond", blocks }];
  sections.push({
    name: "Phụ lục I",
    ...LANDSCAPE,
    pageNumbers: "all",
    blocks: [
      ...appendixHeading(r, "Phụ lục I", `Kết quả thực hiện các tiêu chí, tiêu chí thành phần ${label}`),
      itemTable(r, true),
      ...chartBlocks(r),
    ],
  });
  if (r.dossiers.period) {
    sections.push({
      name: "Phụ lục II",
      ...LANDSCAPE,
      pageNumbers: "all",
      blocks: [
        ...appendixHeading(r, "Phụ lục II", `Tình hình giải quyết hồ sơ thủ tục hành chính ${label}`),
        dossierTable({ period: r.dossiers.period, year: r.dossiers.year }),
        para("", {}),
        ...dossierRateLines(r.dossiers.period, r.dossiers.year),
      ],
    });
  }
  return { title: `Báo cáo kết quả thực hiện Kế hoạch số ${id.number} ${label}`, font: REPORT_FONT, sections };
}

/**
 * The plan's section on its own, to paste into the commune's periodic CCHC report (KH 49, III.4:
 * "lồng ghép việc thực hiện kế hoạch này vào báo cáo CCHC"): no header, no signature, the table
 * inside it.
 */
export function planSectionDocument(r: ReportModel): DocModel {
  const id = r.plan.identity;
  const label = periodLabel(r.period);
  const issued = id.issued ? ` ngày ${formatViDateShort(id.issued)}` : "";
  const blocks: Block[] = [
    para(`KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ ${id.number}${issued.toLocaleUpperCase("vi")} ${label.toLocaleUpperCase("vi")}`, {
      align: "center",
      bold: true,
    }),
    para(`(về ${lowerFirst(id.title)})`, { align: "center", italic: true }),
    body(`Số liệu ${periodSpan(r.period)}${sinceYearStart(r.period) ? "" : `; lũy kế từ ngày ${formatViDateShort(r.period.yearFrom)}`}.`),
    ...resultSections(r, (i) => String(i + 1), { items: null, dossiers: null }),
    subheading("Kết quả từng tiêu chí, tiêu chí thành phần"),
    itemTable(r, false),
    ...(r.dossiers.period
      ? [
          para("", {}),
          subheading("Tình hình giải quyết hồ sơ thủ tục hành chính"),
          dossierTable({ period: r.dossiers.period, year: r.dossiers.year }),
        ]
      : []),
  ];
  return {
    title: `Kết quả thực hiện Kế hoạch số ${id.number} ${label} (nội dung lồng ghép)`,
    font: REPORT_FONT,
    sections: [{ name: "Nội dung lồng ghép", ...PORTRAIT, pageNumbers: "none", blocks }],
  };
}
