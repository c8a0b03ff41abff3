/** A small argument reader: positionals, and `--name value` / `-o value` options. */
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  boolean: readonly string[] = [],
): ParsedArgs | { error: string } {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("-") || a === "-") {
      positionals.push(a);
      continue;
    }
    const [name, inline] = a.split("=", 2);
    if (boolean.includes(name)) {
      flags.add(name);
      continue;
    }
    if (!valued.includes(name)) return { error: `Tùy chọn không hợp lệ: ${name}` };
    const value = inline ?? argv[++i];
    if (value === undefined) return { error: `Thiếu giá trị cho ${name}` };
    options.set(name, value);
  }
  return { positionals, options, flags };
}
