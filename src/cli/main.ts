import { CONSOLIDATE_USAGE, consolidateCommand } from "./commands/consolidate";
import { PLAN_USAGE, planCommand } from "./commands/plan";
import { REPORT_USAGE, reportCommand } from "./commands/report";
import { Io, processIo } from "./io";

const HELP = [
  "cchc: theo dõi kế hoạch cải thiện Chỉ số CCHC và SIPAS của UBND xã.",
  "",
  "Cách dùng:",
  `  ${CONSOLIDATE_USAGE}`,
  `  ${REPORT_USAGE}`,
  `  ${PLAN_USAGE}`,
].join("\n");

type Command = (argv: readonly string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  consolidate: consolidateCommand,
  plan: planCommand,
  report: reportCommand,
};

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.info(HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) return io.usage(`Lệnh không có: ${name}`, HELP);
  try {
    return await command(rest, io);
  } catch (e) {
    // Anything unexpected still reaches the user as one readable line, not a stack.
    io.error(e instanceof Error ? e.message : String(e));
    return 1;
  }
}
