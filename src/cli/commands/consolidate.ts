import { mkdirSync } from "fs";
import { dirname, resolve } from "path";
import { IsoDate, parseIsoDate } from "../../core/dates/isoDate";
import { Plan } from "../../core/plan/model";
import { localToday } from "../../core/dates/today";
import { Consolidator } from "../../core/import/consolidate";
import { keepMasterEntries } from "../../core/import/keepTyped";
import { OUTPUT_LABELS } from "../../core/outputMark";
import { masterWorkbookSpecs } from "../../core/sheets/masterWorkbook";
import { workbookBytes } from "../../xlsx/writeWorkbook";
import { parseArgs } from "../args";
import { WriteError, writeFileAtomic } from "../atomicWrite";
import { nodeCompression } from "../deflate";
import { collectInputs } from "../inputs";
import { Io } from "../io";
import { planFromOptions } from "../loadPlan";
import { checkOutputPath } from "../outputGuard";
import { acquireLock } from "../outputLock";
import { readPreviousMaster } from "../previousMaster";
import { rowsRead } from "../progress";
import { FileOutcome, readEach } from "../readFiles";
import { CONSOLIDATE_USAGE } from "../usage";

interface Job {
  files: string[];
  output: string;
  asOf: IsoDate;
  plan: Plan;
  planGiven: boolean;
  force: boolean;
  /** The assessment year Tổng hợp evaluates (--year); the plan's by default. */
  year: number | undefined;
  /** The output is one of the workbooks the arguments name (collectInputs leaves it out of `files`). */
  amongInputs: boolean;
}

/** What is kept of a file once it is consolidated: what to tell the user about it. */
interface FileSummary {
  file: string;
  bad: FileOutcome["bad"];
  skipped: FileOutcome["records"]["skipped"];
  /** Read, but no task, reading or dossier came of it: its sheets' reasons are in Kiểm tra. */
  empty: boolean;
}

/** `cchc consolidate`: officials' workbooks -> the master workbook. Sources are only read. */
export async function consolidateCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["-o", "--output", "--plan", "--plan-date", "--as-of", "--year"], ["--force"]);
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
  const { files, missing } = collectInputs(args.positionals, output);
  for (const m of missing) io.error(`${m}: không tìm thấy tệp hoặc thư mục.`);
  if (files.length === 0) {
    io.error("Không có tệp nào để tổng hợp.");
    return 1;
  }
  const path = checkOutputPath(output, files);
  if (!path.ok) {
    io.error(path.message);
    return 2;
  }
  mkdirSync(dirname(output) || ".", { recursive: true });
  // From reading the old master to replacing it, no other run may write it.
  const lock = acquireLock(output, io.now());
  if (!lock.ok) {
    io.error(lock.message);
    return 2;
  }
  try {
    return await consolidateInto(
      {
        files,
        output,
        asOf,
        plan: planned,
        planGiven: args.options.has("--plan"),
        force: args.flags.has("--force"),
        year: yearText === undefined ? undefined : Number(yearText),
        amongInputs: collectInputs(args.positionals, "").files.some((f) => resolve(f) === resolve(output)),
      },
      io,
    );
  } finally {
    lock.release();
  }
}

async function consolidateInto(job: Job, io: Io): Promise<number> {
  const { output, asOf } = job;
  // Re-consolidating into an existing master keeps what was entered in it.
  const previous = await readPreviousMaster(output, job.plan, asOf);
  if (previous.kind === "foreign") {
    // A master beside the workbooks is consolidated into; anything else there is an input.
    if (job.amongInputs) {
      io.error(`${output}: là một sổ theo dõi trong các tệp đầu vào nên không bị ghi đè, kể cả với --force; hãy chọn tên khác cho -o.`);
      return 2;
    }
    if (!job.force) {
      io.error(
        `${output}: tệp đã có và không phải bảng tổng hợp của cchc (${previous.reason}); hãy chọn tên khác để không ghi đè, hoặc thêm --force nếu thật sự muốn thay nó.`,
      );
      return 2;
    }
    io.warn(`${output}: không phải bảng tổng hợp của cchc (${previous.reason}); ghi đè vì có --force.`);
  }

  const plan = previous.kind === "master" && !job.planGiven ? previous.content.plan : job.plan;
  // Each workbook is consolidated as it arrives, while the workers read the next; only what it
  // gave is kept, not its rows as read.
  const consolidator = new Consolidator(plan, asOf);
  const outcomes: FileSummary[] = new Array(job.files.length);
  const progress = io.progress?.(job.files.length) ?? null;
  await readEach(job.files, asOf, (o, i) => {
    const r = o.records;
    const empty = r.tasks.length === 0 && r.readings.length === 0 && (r.dossiers?.length ?? 0) === 0;
    outcomes[i] = { file: o.file, bad: o.bad, skipped: r.skipped, empty };
    progress?.file(rowsRead(o));
    // An unreadable or skipped file is named in Kiểm tra: its records hold just that problem.
    consolidator.add(o.records, i);
  });
  progress?.done();
  for (const o of outcomes) {
    if (o.bad) io.error(`${o.file}: ${o.bad.message}`);
    else if (o.skipped) io.warn(`${o.file}: bỏ qua: đây là ${OUTPUT_LABELS[o.skipped]} do cchc tạo ra, không phải sổ theo dõi của cán bộ.`);
    // Read, yet nothing came of it: said here, not only among Kiểm tra's warnings, so the count below is not misread.
    else if (o.empty)
      io.warn(`${o.file}: đọc được tệp nhưng không lấy được nhiệm vụ, số liệu hay hồ sơ nào; xem lý do trong sheet Kiểm tra.`);
  }
  const skipped = outcomes.filter((o) => o.skipped).length;
  const readable = outcomes.filter((o) => !o.bad && !o.skipped).length;
  const empties = outcomes.filter((o) => !o.bad && !o.skipped && o.empty).length;
  if (readable === 0) {
    io.error(outcomes.some((o) => o.bad) ? "Không đọc được tệp nào." : "Không có sổ theo dõi nào của cán bộ để tổng hợp.");
    return 1;
  }

  const fresh = consolidator.finish();
  const {
    consolidation: result,
    imported,
    kept,
    edited,
  } = previous.kind === "master"
    ? keepMasterEntries(fresh, previous.content)
    : { consolidation: fresh, imported: undefined, kept: 0, edited: 0 };
  if (kept > 0) io.info(`Giữ lại ${kept} dòng nhập tay trong ${output}.`);
  if (edited > 0) io.info(`Giữ lại ${edited} ô sửa tay trong ${output} (xem Kiểm tra: EDITED_IN_MASTER).`);
  if (previous.kind === "master" && previous.olderVersion)
    io.warn(
      `${output} được tạo bởi phiên bản cũ, chưa lưu giá trị nhập: lần này chưa nhận ra ô nào sửa tay; từ lần sau các ô sửa tay được giữ.`,
    );
  const bytes = await workbookBytes(masterWorkbookSpecs(result, { year: job.year, imported }), {
    timestamp: io.now(),
    compression: nodeCompression,
    kind: "master",
  });
  try {
    writeFileAtomic(output, bytes);
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    io.error(e.message);
    return 1;
  }

  const errors = result.problems.filter((p) => p.severity === "Lỗi").length;
  io.info(
    `Đã tổng hợp ${readable}/${outcomes.length - skipped} tệp${skipped > 0 ? ` (bỏ qua ${skipped} tệp do cchc tạo ra)` : ""}` +
      `${empties > 0 ? ` (${empties} tệp không lấy được gì)` : ""}: ` +
      `${result.tasks.length} nhiệm vụ, ${result.readings.length} số liệu chỉ số, ` +
      `${result.problems.length} vấn đề (${errors} lỗi) tính đến ${asOf} -> ${output}`,
  );
  return 0;
}
