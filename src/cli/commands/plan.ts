import { deadlineSheet, planDeadlines, planSheet } from "../../core/sheets/planSheets";
import { workbookBytes } from "../../xlsx/writeWorkbook";
import { parseArgs } from "../args";
import { nodeDeflate } from "../deflate";
import { Io } from "../io";
import { loadPlan } from "../loadPlan";
import { produceOutput } from "../safeOutput";

export const PLAN_USAGE = "cchc plan <kế-hoạch.txt> -o <plan.json | kế-hoạch.xlsx> [--force]";

/** `cchc plan plan.txt -o plan.json`: the plan model as JSON, or the Kế hoạch and Thời hạn sheets. */
export async function planCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["-o", "--output"], ["--force"]);
  if ("error" in args) return io.usage(args.error, PLAN_USAGE);
  const [input] = args.positionals;
  const output = args.options.get("-o") ?? args.options.get("--output");
  if (!input || !output || args.positionals.length > 1) return io.usage("Cần đúng một tệp kế hoạch và -o <tệp ra>.", PLAN_USAGE);

  const loaded = loadPlan(input);
  if (!loaded.ok) {
    io.error(loaded.error);
    return 1;
  }
  for (const n of loaded.notes) (n.level === "Lỗi" ? io.error : io.warn)(`${input}: ${n.message}`);

  const code = await produceOutput({ target: output, kind: "plan", inputs: [input], force: args.flags.has("--force") }, io, async () =>
    output.toLowerCase().endsWith(".xlsx")
      ? workbookBytes([planSheet(loaded.plan), deadlineSheet(planDeadlines(loaded.plan))], {
          timestamp: io.now(),
          deflate: nodeDeflate,
          kind: "plan",
        })
      : new TextEncoder().encode(`${JSON.stringify(loaded.plan, null, 2)}\n`),
  );
  if (code === 0) io.info(`Đã đọc kế hoạch ${loaded.plan.identity.number}: ${loaded.plan.items.length} tiêu chí -> ${output}`);
  return code;
}
