import { readFileSync, statSync } from "fs";
import { basename, extname } from "path";
import { parseIsoDate } from "../../core/dates/isoDate";
import { localToday } from "../../core/dates/today";
import { OUTPUT_LABELS } from "../../core/outputMark";
import { masterDates, reportRefusal } from "../../core/report/cautions";
import { shortcomings } from "../../core/report/document";
import { reportFromMaster } from "../../core/report/fromMaster";
import { ReportSettings } from "../../core/report/model";
import { PeriodKind, ReportPeriod, parsePeriod, parseQuarter, periodLabel, reportPeriod } from "../../core/report/period";
import { defaultAssessmentYear } from "../../core/summary/window";
import { docxBytes } from "../../docx/reportDocx";
import { READ_LIMITS } from "../../xlsx/limits";
import { readGrids } from "../../xlsx/readGrids";
import { workbookBytes } from "../../xlsx/writeWorkbook";
import { parseArgs } from "../args";
import { nodeCompression, nodeInflate } from "../deflate";
import { Io } from "../io";
import { planFromOptions } from "../loadPlan";
import { produceOutput } from "../safeOutput";
import { REPORT_USAGE } from "../usage";

const list = (text: string | undefined): string[] | undefined =>
  text === undefined
    ? undefined
    : text
        .split(";")
        .map((s) => s.trim())
        .filter((s) => s !== "");

/**
 * `cchc report`: the master workbook as it stands -> the periodic report (quý I, 6 tháng, quý III,
 * năm; any quarter with --quarter) as .docx or .xlsx, or with --section only the plan's section to
 * paste into the commune's CCHC report.
 */
export async function reportCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(
    argv,
    [
      "-o",
      "--output",
      "--period",
      "--quarter",
      "--year",
      "--date",
      "--number",
      "--parent",
      "--to",
      "--recipients",
      "--drafter",
      "--copies",
      "--plan",
      "--plan-date",
    ],
    ["--calendar", "--section", "--force"],
  );
  if ("error" in args) return io.usage(args.error, REPORT_USAGE);
  const [input] = args.positionals;
  const output = args.options.get("-o") ?? args.options.get("--output");
  const periodText = args.options.get("--period");
  const quarterText = args.options.get("--quarter");
  if (!input || !output || args.positionals.length > 1) return io.usage("Cần master.xlsx và -o.", REPORT_USAGE);
  if ((periodText === undefined) === (quarterText === undefined)) return io.usage("Cần một trong --period hoặc --quarter.", REPORT_USAGE);
  const format = extname(output).toLowerCase();
  if (format !== ".docx" && format !== ".xlsx") return io.usage(`-o phải là tệp .docx hoặc .xlsx (nhận được "${output}").`, REPORT_USAGE);

  const dateText = args.options.get("--date");
  const reportDate = dateText === undefined ? null : parseIsoDate(dateText);
  if (dateText !== undefined && !reportDate)
    return io.usage(`--date phải là ngày dạng YYYY-MM-DD (nhận được "${dateText}").`, REPORT_USAGE);
  const yearText = args.options.get("--year");
  if (yearText !== undefined && !/^\d{4}$/.test(yearText))
    return io.usage(`--year phải là năm, ví dụ 2021 (nhận được "${yearText}").`, REPORT_USAGE);
  const copiesText = args.options.get("--copies");
  if (copiesText !== undefined && !/^\d{1,2}$/.test(copiesText))
    return io.usage(`--copies phải là số bản lưu (nhận được "${copiesText}").`, REPORT_USAGE);

  const planned = await planFromOptions(args.options, io);
  if (!planned) return 2;
  const loaded = { plan: planned };
  // A period named without its year ("--period H1") is of --year, or of the year the master assesses
  // (read with it below); never of the computer's year. Its form is checked now, before anything is read.
  const bare = periodText !== undefined && !/^\d{4}/.test(periodText.trim());
  const provisional = yearText !== undefined ? Number(yearText) : defaultAssessmentYear(loaded.plan, localToday(io.now()));
  let chosen: { year: number; kind: PeriodKind };
  if (periodText !== undefined) {
    const p = parsePeriod(bare ? `${provisional}-${periodText}` : periodText);
    if (!p.ok) return io.usage(p.error, REPORT_USAGE);
    chosen = p;
  } else {
    const q = parseQuarter(quarterText as string);
    if (!q.ok) return io.usage(q.error, REPORT_USAGE);
    chosen = { year: q.year, kind: `Q${q.quarter}` };
  }
  const rule = args.flags.has("--calendar") ? "calendar" : "state";
  let period: ReportPeriod = reportPeriod(chosen.year, chosen.kind, rule);

  let summary = "";
  const request = { target: output, kind: "report" as const, inputs: [input], force: args.flags.has("--force") };
  const code = await produceOutput(request, io, async () => {
    let bytes: Uint8Array;
    try {
      if (statSync(input).size > READ_LIMITS.fileBytes) {
        io.error(`${input}: tệp quá lớn (giới hạn ${READ_LIMITS.fileBytes / 1e6} MB).`);
        return 1;
      }
      bytes = readFileSync(input);
    } catch (e) {
      io.error(`${input}: ${(e as Error).message}`);
      return 1;
    }
    const read = await readGrids(basename(input), bytes, { inflate: nodeInflate });
    if (!read.ok) {
      io.error(`${input}: ${read.bad.message}`);
      return 1;
    }
    if (read.mark && read.mark !== "master") {
      io.error(`${input}: đây là ${OUTPUT_LABELS[read.mark]} do cchc tạo ra, không phải bảng tổng hợp.`);
      return 1;
    }
    const dates = masterDates(read.grids);
    if (bare && yearText === undefined) {
      const year = dates.year ?? defaultAssessmentYear(loaded.plan, dates.asOf ?? localToday(io.now()));
      period = reportPeriod(year, chosen.kind, rule);
    }
    // A report on a plan not yet issued cannot be signed: refused, naming the dates (exit 2, nothing written).
    const refusal = reportRefusal(loaded.plan.identity, period, reportDate);
    if (refusal) {
      io.error(refusal);
      return 2;
    }
    const settings: Partial<ReportSettings> = {
      parentBody: args.options.get("--parent"),
      to: list(args.options.get("--to")),
      recipients: list(args.options.get("--recipients")),
      draftingUnit: args.options.get("--drafter"),
      archiveCopies: copiesText === undefined ? undefined : Number(copiesText),
      number: args.options.get("--number"),
      reportDate,
    };
    const report = reportFromMaster(read.grids, loaded.plan, period, settings, args.flags.has("--section") ? "section" : "report");
    if (!report.ok) {
      io.error(`${input}: không phải bảng tổng hợp của cchc (thiếu sheet ${report.missing.join(", ")}).`);
      return 1;
    }
    if (report.model.settings.to.length === 0 && !args.flags.has("--section"))
      io.warn('báo cáo chưa có "Kính gửi" (--to): báo cáo gửi cơ quan cấp trên cần ghi.');
    const section = args.flags.has("--section");
    for (const name of ["I. Công tác chỉ đạo và điều hành", "V. Đề xuất và kiến nghị"] as const) {
      if (report.model.narrative[name].length === 0 && !section)
        io.warn(`mục "${name}" chưa có nội dung cho ${periodLabel(period)} trong sheet Nội dung báo cáo: dùng nội dung mặc định.`);
    }
    // The causes are what a reviewer reads III for: unwritten, the document shows blanks to fill in.
    if (report.model.narrative["III. Nguyên nhân"].length === 0)
      io.warn(
        `mục "III. Nguyên nhân" chưa có nội dung cho ${periodLabel(period)} trong sheet Nội dung báo cáo: ` +
          (shortcomings(report.model).any
            ? "báo cáo để trống (dòng chấm) phần nguyên nhân khách quan, chủ quan, cần điền trước khi ký."
            : 'dùng nội dung mặc định ("Không có.").'),
      );
    for (const caution of report.cautions) io.warn(caution);
    const h = report.model.compliance.headline;
    summary =
      `Đã lập ${args.flags.has("--section") ? "nội dung lồng ghép" : "báo cáo"} ${periodLabel(period)} (${period.from} – ${period.to}): ` +
      `${h.itemsMet}/${h.items} tiêu chí đạt, ${h.overdue} nhiệm vụ quá hạn -> ${output}`;
    // Written whole to a temporary file, flushed, then renamed (safeOutput): never half a report.
    return format === ".docx"
      ? docxBytes(report.document)
      : workbookBytes(report.specs, { timestamp: io.now(), compression: nodeCompression, kind: "report" });
  });
  if (code === 0) io.info(summary);
  return code;
}
