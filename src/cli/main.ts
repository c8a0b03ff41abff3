import { Io, processIo } from "./io";
import { CONSOLIDATE_USAGE, PLAN_USAGE, REPORT_USAGE } from "./usage";

const HELP = [
  "cchc: theo dõi kế hoạch cải thiện Chỉ số CCHC và SIPAS của UBND xã.",
  "",
  "Cách dùng:",
  `  ${CONSOLIDATE_USAGE}`,
  `  ${REPORT_USAGE}`,
  `  ${PLAN_USAGE}`,
].join("\n");

type Command = (argv: readonly string[], io: Io) => Promise<number>;

// Each command's code is loaded when it is run: consolidating never waits for the report's.
const COMMANDS: Record<string, () => Promise<Command>> = {
  consolidate: async () => (await import("./commands/consolidate")).consolidateCommand,
  plan: async () => (await import("./commands/plan")).planCommand,
  report: async () => (await import("./commands/report")).reportCommand,
};

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.info(HELP);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) return io.usage(`Lệnh không có: ${name}`, HELP);
  try {
    return await (
      await load()
    )(rest, io);
  } catch (e) {
    // Anything unexpected still reaches the user as one readable line, not a stack.
    io.error(e instanceof Error ? e.message : String(e));
    return 1;
  }
}
