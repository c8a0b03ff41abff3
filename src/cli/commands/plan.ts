import { deadlineSheet, planDeadlines, planSheet } from "../../core/sheets/planSheets";
import { workbookBytes } from "../../xlsx/writeWorkbook";
import { parseArgs } from "../args";
import { nodeCompression } from "../deflate";
import { Io } from "../io";
import { loadPlan, planDateOption, printPlanNotes } from "../loadPlan";
import { produceOutput } from "../safeOutput";
import { PLAN_USAGE } from "../usage";

/**
 * `cchc plan plan.docx -o plan.json`: the plan model as JSON, or the Kế hoạch and Thời hạn
 * sheets. Every note the parser made is printed, also when no item was found (exit 1).
 */
export async function planCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["-o", "--output", "--plan-date"], ["--force"]);
  if ("error" in args) return io.usage(args.error, PLAN_USAGE);
  const [input] = args.positionals;
  const output = args.options.get("-o") ?? args.options.get("--output");
  if (!input || !output || args.positionals.length > 1) return io.usage("Cần đúng một tệp kế hoạch và -o <tệp ra>.", PLAN_USAGE);
  const date = planDateOption(args.options.get("--plan-date"));
  if (!date.ok) return io.usage(date.error, PLAN_USAGE);

  const loaded = await loadPlan(input, { issued: date.issued });
  printPlanNotes(io, input, loaded);
  if (!loaded.ok) {
    io.error(loaded.error);
    return 1;
  }

  const code = await produceOutput({ target: output, kind: "plan", inputs: [input], force: args.flags.has("--force") }, io, async () =>
    output.toLowerCase().endsWith(".xlsx")
      ? workbookBytes([planSheet(loaded.plan), deadlineSheet(planDeadlines(loaded.plan))], {
          timestamp: io.now(),
          compression: nodeCompression,
          kind: "plan",
        })
      : new TextEncoder().encode(`${JSON.stringify(loaded.plan, null, 2)}\n`),
  );
  const id = loaded.plan.identity;
  if (code === 0)
    io.info(`Đã đọc kế hoạch ${id.number}: ${loaded.plan.items.length} tiêu chí (${id.issuer}, cấp ${id.level}) -> ${output}`);
  return code;
}
