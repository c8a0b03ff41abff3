import { nodeCompression } from "../deflate";
import { mkdirSync, writeFileSync } from "fs";
import { dirname } from "path";
import { parseIsoDate } from "../../core/dates/isoDate";
import { localToday } from "../../core/dates/today";
import { consolidate } from "../../core/import/consolidate";
import { keepTypedRows } from "../../core/import/keepTyped";
import { masterWorkbookSpecs } from "../../core/sheets/masterWorkbook";
import { workbookBytes } from "../../xlsx/writeWorkbook";
import { parseArgs } from "../args";
import { collectInputs } from "../inputs";
import { Io } from "../io";
import { planFromOptions } from "../loadPlan";
import { readPreviousMaster } from "../previousMaster";
import { rowsRead } from "../progress";
import { readFiles } from "../readFiles";

export const CONSOLIDATE_USAGE =
  "cchc consolidate <tệp|thư mục>... -o master.xlsx [--plan kế-hoạch.txt|.docx|.pdf|.xlsx|plan.json] [--plan-date YYYY-MM-DD] [--as-of YYYY-MM-DD] [--year 2021]";

/** `cchc consolidate`: officials' workbooks -> the master workbook. Sources are only read. */
export async function consolidateCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["-o", "--output", "--plan", "--plan-date", "--as-of", "--year"]);
  if ("error" in args) return io.usage(args.error, CONSOLIDATE_USAGE);
  const output = args.options.get("-o") ?? args.options.get("--output");
  if (!output || args.positionals.length === 0)
    return io.usage("Cần ít nhất một tệp hoặc thư mục, và -o <master.xlsx>.", CONSOLIDATE_USAGE);
  const asOfText = args.options.get("--as-of");
  const asOf = asOfText === undefined ? localToday(io.now()) : parseIsoDate(asOfText);
  if (!asOf) return io.usage(`--as-of phải là ngày dạng YYYY-MM-DD (nhận được "${asOfText}").`, CONSOLIDATE_USAGE);
  // The assessment year Tổng hợp evaluates; by default the plan's (see defaultAssessmentYear).
  const yearText = args.options.get("--year");
  if (yearText !== undefined && !/^\d{4}$/.test(yearText))
    return io.usage(`--year phải là năm, ví dụ 2021 (nhận được "${yearText}").`, CONSOLIDATE_USAGE);

  const planned = await planFromOptions(args.options, io);
  if (!planned) return 2;
  const loaded = { plan: planned };
  const { files, missing } = collectInputs(args.positionals, output);
  for (const m of missing) io.error(`${m}: không tìm thấy tệp hoặc thư mục.`);
  if (files.length === 0) {
    io.error("Không có tệp nào để tổng hợp.");
    return 1;
  }

  const progress = io.progress?.(files.length) ?? null;
  const reads = await readFiles(files, (r) => progress?.file(rowsRead(r)));
  progress?.done();
  for (const r of reads) if (!r.ok) io.error(`${r.file}: ${r.bad.message}`);
  const readable = reads.filter((r) => r.ok).length;
  if (readable === 0) {
    io.error("Không đọc được tệp nào.");
    return 1;
  }

  // Re-consolidating into an existing master keeps what was entered in it.
  const previous = await readPreviousMaster(output, loaded.plan, asOf);
  if (previous.kind === "foreign") {
    io.error(`${output}: tệp đã có và không phải bảng tổng hợp của cchc (${previous.reason}); hãy chọn tên khác để không ghi đè.`);
    return 2;
  }
  const plan = previous.kind === "master" && !args.options.has("--plan") ? previous.content.plan : loaded.plan;
  const fresh = consolidate(reads, plan, asOf);
  const { consolidation: result, kept } =
    previous.kind === "master" ? keepTypedRows(fresh, previous.content) : { consolidation: fresh, kept: 0 };
  if (kept > 0) io.info(`Giữ lại ${kept} dòng nhập tay trong ${output}.`);
  const specs = masterWorkbookSpecs(result, { year: yearText === undefined ? undefined : Number(yearText) });
  mkdirSync(dirname(output) || ".", { recursive: true });
  writeFileSync(output, await workbookBytes(specs, { timestamp: io.now(), compression: nodeCompression }));

  const errors = result.problems.filter((p) => p.severity === "Lỗi").length;
  io.info(
    `Đã tổng hợp ${readable}/${reads.length} tệp: ${result.tasks.length} nhiệm vụ, ${result.readings.length} số liệu chỉ số, ` +
      `${result.problems.length} vấn đề (${errors} lỗi) tính đến ${asOf} -> ${output}`,
  );
  return 0;
}
