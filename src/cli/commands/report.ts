import { readFileSync, statSync } from "fs";
import { basename } from "path";
import { parseIsoDate } from "../../core/dates/isoDate";
import { OUTPUT_LABELS } from "../../core/outputMark";
import { reportFromMaster } from "../../core/report/fromMaster";
import { parseQuarter, quarterLabel, reportingPeriod } from "../../core/report/period";
import { READ_LIMITS } from "../../xlsx/limits";
import { readGrids } from "../../xlsx/readGrids";
import { workbookBytes } from "../../xlsx/writeWorkbook";
import { parseArgs } from "../args";
import { nodeCompression, nodeInflate } from "../deflate";
import { Io } from "../io";
import { planFromOptions } from "../loadPlan";
import { produceOutput } from "../safeOutput";

export const REPORT_USAGE =
  'cchc report master.xlsx --quarter 2021-Q3 -o bao-cao.xlsx [--calendar] [--date YYYY-MM-DD] [--parent "UBND HUYỆN …"] [--recipients "Phòng Nội vụ huyện; Lưu: VT"] [--plan kế-hoạch.txt|.docx|.pdf|.xlsx|plan.json] [--plan-date YYYY-MM-DD] [--force]';

/** `cchc report`: the master workbook as it stands -> the quarterly report (Báo cáo + Phụ lục). */
export async function reportCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(
    argv,
    ["-o", "--output", "--quarter", "--date", "--parent", "--recipients", "--plan", "--plan-date"],
    ["--calendar", "--force"],
  );
  if ("error" in args) return io.usage(args.error, REPORT_USAGE);
  const [input] = args.positionals;
  const output = args.options.get("-o") ?? args.options.get("--output");
  const quarterText = args.options.get("--quarter");
  if (!input || !output || !quarterText || args.positionals.length > 1) return io.usage("Cần master.xlsx, --quarter và -o.", REPORT_USAGE);
  const quarter = parseQuarter(quarterText);
  if (!quarter.ok) return io.usage(quarter.error, REPORT_USAGE);
  const dateText = args.options.get("--date");
  const reportDate = dateText === undefined ? null : parseIsoDate(dateText);
  if (dateText !== undefined && !reportDate)
    return io.usage(`--date phải là ngày dạng YYYY-MM-DD (nhận được "${dateText}").`, REPORT_USAGE);

  const planned = await planFromOptions(args.options, io);
  if (!planned) return 2;
  const loaded = { plan: planned };
  const period = reportingPeriod(quarter.year, quarter.quarter, args.flags.has("--calendar") ? "calendar" : "state");
  let summary = "";
  const code = await produceOutput({ target: output, kind: "report", inputs: [input], force: args.flags.has("--force") }, io, async () => {
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
    const recipients = (args.options.get("--recipients") ?? "")
      .split(";")
      .map((s) => s.trim())
      .filter((s) => s !== "");
    const report = reportFromMaster(read.grids, loaded.plan, period, {
      parentBody: args.options.get("--parent") ?? "",
      recipients,
      reportDate,
    });
    if (!report.ok) {
      io.error(`${input}: không phải bảng tổng hợp của cchc (thiếu sheet ${report.missing.join(", ")}).`);
      return 1;
    }
    const h = report.model.compliance.headline;
    summary = `Đã lập báo cáo ${quarterLabel(period)} (${period.from} – ${period.to}): ${h.itemsMet}/${h.items} tiêu chí đạt, ${h.overdue} nhiệm vụ quá hạn -> ${output}`;
    return workbookBytes(report.specs, { timestamp: io.now(), compression: nodeCompression, kind: "report" });
  });
  if (code === 0) io.info(summary);
  return code;
}
