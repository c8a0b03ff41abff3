import { formatViPercent } from "../format/viNumber";
import { Task } from "../import/records";
import { describeTarget } from "../plan/target";
import { sourceLabel } from "../validate/problems";
import { CellStyle, DocCell, DocRow, DocumentSheetSpec, TableSheetSpec } from "../sheets/spec";
import { OFFICIAL_COLUMNS, officialRows } from "../sheets/summarySheet";
import { ReportModel, placeAndDate } from "./model";
import { periodSpan, quarterLabel, viDateShort } from "./period";

/**
 * The quarterly report as a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP):
 * Times New Roman, A4 portrait, margins 20/20/30/15 mm, body 13 pt, the results table's
 * header repeated on every printed page.
 */
export const REPORT_FONT = { name: "Times New Roman", size: 13 };
/** Seven columns, about 165 mm together: STT, tiêu chí, chỉ tiêu, thực hiện, kết quả, nhiệm vụ, quá hạn. */
export const REPORT_COLUMNS = [5, 31, 15, 11, 11, 10, 8] as const;
const WIDTH = REPORT_COLUMNS.reduce((a, b) => a + b, 0);
const LEFT = 2; // the issuing body's block spans the first two columns
const LINE_PT = 18;

/** Rough lines a text takes in a cell `chars` wide at 13 pt (Times New Roman runs ~1.15 chars per width unit). */
function lines(text: string, chars: number): number {
  return Math.max(1, Math.ceil(text.length / Math.max(4, chars * 1.1)));
}

function line(text: string, style: CellStyle = {}): DocRow {
  return {
    cells: [{ value: text, style: { wrap: true, align: "justify", ...style }, span: REPORT_COLUMNS.length }],
    height: lines(text, WIDTH) * LINE_PT,
  };
}

function centered(text: string, style: CellStyle = {}): DocRow {
  return line(text, { align: "center", ...style });
}

/** A row of two blocks: the left one over the first columns, the right one over the rest. */
function twoBlocks(left: string, right: string, l: CellStyle, r: CellStyle): DocRow {
  const leftChars = REPORT_COLUMNS.slice(0, LEFT).reduce((a, b) => a + b, 0);
  const cell = (value: string, style: CellStyle, span: number): DocCell => ({
    value: value === "" ? null : value,
    style: { align: "center", wrap: true, ...style },
    span,
  });
  return {
    cells: [cell(left, l, LEFT), cell(right, r, REPORT_COLUMNS.length - LEFT)],
    height: Math.max(lines(left, leftChars), lines(right, WIDTH - leftChars)) * LINE_PT,
  };
}

const blank: DocRow = { cells: [] };

function taskLine(t: Task, withDue: boolean): string {
  const who = t.lead === "" ? "" : `chủ trì: ${t.lead}`;
  const due = withDue && t.due ? `hạn ${viDateShort(t.due)}` : "";
  const extra = [who, due].filter((x) => x !== "").join("; ");
  return `- ${t.content}${t.code ? ` (tiêu chí ${t.code}${extra ? `; ${extra}` : ""})` : extra ? ` (${extra})` : ""}.`;
}

export function reportDocument(r: ReportModel): DocumentSheetSpec {
  const id = r.plan.identity;
  const comp = r.compliance;
  const unit = `${id.unitType} ${id.unitName}`;
  const q = quarterLabel(r.period);
  const rows: DocRow[] = [];
  const body = `UBND ${unit.toLocaleUpperCase("vi")}`;

  // Header: issuing body left, national title and motto right (NĐ 30/2020, Phụ lục I).
  if (r.settings.parentBody.trim() !== "") {
    rows.push(
      twoBlocks(
        r.settings.parentBody.toLocaleUpperCase("vi"),
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        { size: 12 },
        { bold: true, size: 12 },
      ),
    );
    rows.push(twoBlocks(body, "Độc lập - Tự do - Hạnh phúc", { bold: true, size: 12 }, { bold: true, underline: true }));
  } else {
    rows.push(twoBlocks(body, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 12 }, { bold: true, size: 12 }));
    rows.push(twoBlocks("", "Độc lập - Tự do - Hạnh phúc", {}, { bold: true, underline: true }));
  }
  rows.push(blank);
  rows.push(twoBlocks("Số:       /BC-UBND", placeAndDate(id.place, r.date), {}, { italic: true }));
  rows.push(blank);
  rows.push(centered("BÁO CÁO", { bold: true, size: 14 }));
  const issued = id.issued ? ` ngày ${viDateShort(id.issued)}` : "";
  rows.push(centered(`Kết quả thực hiện Kế hoạch số ${id.number}${issued} của Ủy ban nhân dân ${unit} ${q}`, { bold: true }));
  rows.push(blank);
  rows.push(
    line(
      `Thực hiện Kế hoạch số ${id.number}${issued} của Ủy ban nhân dân ${unit} về ${lowerFirst(id.title)}, Ủy ban nhân dân ${unit} báo cáo kết quả thực hiện ${q} (số liệu ${periodSpan(r.period)}) như sau:`,
    ),
  );

  const h = comp.headline;
  rows.push(line("I. KẾT QUẢ THỰC HIỆN", { bold: true }));
  rows.push(
    line(
      `Có ${h.itemsMet}/${h.items} tiêu chí đạt chỉ tiêu; ${h.doneOnTime}/${h.tasks} nhiệm vụ hoàn thành đúng hạn; ${h.overdue} nhiệm vụ quá hạn. Kết quả từng tiêu chí:`,
    ),
  );
  const headerRow = rows.length + 1;
  const th: CellStyle = { bold: true, border: true, align: "center", valign: "center", wrap: true, size: 12 };
  rows.push({
    cells: ["STT", "Tiêu chí", "Chỉ tiêu", "Thực hiện", "Kết quả", "Nhiệm vụ hoàn thành", "Quá hạn"].map((v) => ({ value: v, style: th })),
    height: 2 * LINE_PT,
  });
  const td: CellStyle = { border: true, wrap: true, size: 12 };
  comp.items.forEach((ic) => {
    const title = `${ic.item.code}. ${ic.item.title}`;
    const target = describeTarget(ic.item.target).replace(/(\d)\.(\d)/g, "$1,$2");
    const cells: DocCell[] = [
      { value: ic.item.code, style: { ...td, align: "center" } },
      { value: ic.item.title, style: td },
      { value: target, style: td },
      { value: ic.actual === null ? "-" : formatViPercent(ic.actual), style: { ...td, align: "center" } },
      { value: ic.result, style: { ...td, align: "center", bold: ic.result === "Chưa đạt" } },
      { value: `${ic.done}/${ic.tasks}`, style: { ...td, align: "center" } },
      { value: ic.overdue, style: { ...td, align: "center", type: "integer" } },
    ];
    rows.push({ cells, height: Math.max(lines(title, REPORT_COLUMNS[1]), lines(target, REPORT_COLUMNS[2])) * 16 + 4 });
  });

  rows.push(blank);
  rows.push(line("II. TỒN TẠI, HẠN CHẾ", { bold: true }));
  const notMet = comp.items.filter((i) => i.result === "Chưa đạt");
  rows.push(line("1. Các tiêu chí chưa đạt chỉ tiêu:", { italic: true }));
  if (notMet.length === 0) rows.push(line("Không có."));
  for (const ic of notMet) rows.push(line(`- ${ic.item.code}. ${ic.item.title}: ${ic.reason}.`));
  rows.push(line("2. Các nhiệm vụ quá hạn:", { italic: true }));
  if (comp.overdueTasks.length === 0) rows.push(line("Không có."));
  for (const t of comp.overdueTasks) rows.push(line(taskLine(t, true)));

  rows.push(line(`III. NHIỆM VỤ TRỌNG TÂM ${nextQuarter(r).toLocaleUpperCase("vi")}`, { bold: true }));
  if (r.nextTasks.length === 0) rows.push(line("Tiếp tục duy trì kết quả các tiêu chí đã đạt."));
  for (const t of r.nextTasks) rows.push(line(taskLine(t, true)));
  rows.push(line(`Trên đây là báo cáo kết quả thực hiện Kế hoạch số ${id.number} ${q} của Ủy ban nhân dân ${unit}./.`));
  rows.push(blank);

  // Nơi nhận on the left, the signature block on the right.
  const sign = id.signature.length > 0 ? id.signature : ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"];
  const left = ["Nơi nhận:", ...r.settings.recipients.map((x, i) => `- ${x}${i === r.settings.recipients.length - 1 ? "." : ";"}`)];
  const right = [...sign, "", "", "", id.signer];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const leftStyle: CellStyle = i === 0 ? { bold: true, italic: true, size: 12 } : { size: 11 };
    rows.push({
      cells: [
        { value: left[i] ?? null, style: leftStyle, span: LEFT },
        {
          value: right[i] === undefined || right[i] === "" ? null : right[i],
          style: { bold: true, align: "center" },
          span: REPORT_COLUMNS.length - LEFT,
        },
      ],
      height: LINE_PT,
    });
  }

  return {
    kind: "document",
    sheet: "Báo cáo",
    font: REPORT_FONT,
    columnWidths: [...REPORT_COLUMNS],
    rows,
    page: { orientation: "portrait", marginsMm: { top: 20, bottom: 20, left: 30, right: 15 }, repeatRows: [headerRow, headerRow] },
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

function nextQuarter(r: ReportModel): string {
  const q = r.period.quarter === 4 ? 1 : ((r.period.quarter + 1) as 1 | 2 | 3 | 4);
  return quarterLabel({ year: r.period.quarter === 4 ? r.period.year + 1 : r.period.year, quarter: q });
}

/** Phụ lục: the figures behind the report, as tables. */
export function reportAppendix(r: ReportModel): TableSheetSpec {
  const comp = r.compliance;
  return {
    kind: "table",
    sheet: "Phụ lục",
    table: "PhuLucTieuChi",
    preamble: [
      { label: `PHỤ LỤC: SỐ LIỆU ${quarterLabel(r.period).toLocaleUpperCase("vi")} (${periodSpan(r.period)})`, style: "title" },
      { label: `Kèm theo Báo cáo của Ủy ban nhân dân ${r.plan.identity.unitType} ${r.plan.identity.unitName}` },
    ],
    columns: [
      { header: "Mã", type: "text", width: 8 },
      { header: "Tiêu chí", type: "text", width: 40, wrap: true },
      { header: "Chỉ tiêu", type: "text", width: 22, wrap: true },
      { header: "Thực hiện", type: "percent", width: 11 },
      { header: "Kết quả", type: "text", width: 14 },
      { header: "Lý do", type: "text", width: 36, wrap: true },
      { header: "Số nhiệm vụ", type: "integer", width: 10 },
      { header: "Hoàn thành", type: "integer", width: 10 },
      { header: "Quá hạn", type: "integer", width: 9 },
    ],
    rows: comp.items.map((ic) => [
      ic.item.code,
      ic.item.title,
      describeTarget(ic.item.target),
      ic.actual === null ? null : Math.round(ic.actual * 100) / 100,
      ic.result,
      ic.reason,
      ic.tasks,
      ic.done,
      ic.overdue,
    ]),
    highlights: [{ column: "Kết quả", values: ["Chưa đạt"], tone: "bad" }],
    more: [
      {
        title: "Theo cán bộ, bộ phận chủ trì",
        table: "PhuLucCanBo",
        columns: OFFICIAL_COLUMNS,
        rows: officialRows(comp),
      },
      {
        title: "Nhiệm vụ quá hạn",
        table: "PhuLucQuaHan",
        columns: [
          { header: "Mã NV", type: "text", width: 8 },
          { header: "Nội dung", type: "text", width: 40, wrap: true },
          { header: "Mã tiêu chí", type: "text", width: 22 },
          { header: "Chủ trì", type: "text", width: 11, wrap: true },
          { header: "Hạn hoàn thành", type: "date", width: 14 },
          { header: "Nguồn", type: "text", width: 36, wrap: true },
        ],
        rows: comp.overdueTasks.map((t) => [
          t.id,
          t.content,
          t.code,
          t.lead,
          t.due,
          sourceLabel(t.source.file, t.source.sheet, t.source.row),
        ]),
      },
    ],
    print: { orientation: "landscape" },
  };
}
