import { execFileSync } from "child_process";
import { projectPath } from "../helpers/shared";

// V8 never hands a function of more than 61,440 bytes of bytecode to its optimising compiler
// (--max-optimized-bytecode-size): such a function runs unoptimised for every row of every sheet.
// The importer's per-row functions grow with each layout it learns; this says when one crosses.
const V8_LIMIT = 61_440;
const PER_ROW = ["readTask", "extractTable", "readOneSheet", "readSheet", "rowRole", "readReading"] as const;

/** Reads the examples with the compiled importer, V8 printing the bytecode of `fn` as it compiles it. */
function bytecodeLength(fn: string): number {
  const script = `
    const { readFileSync, readdirSync } = require("fs");
    const { join } = require("path");
    const { readGrids } = require("./build/src/xlsx/readGrids.js");
    const { nodeInflate } = require("./build/src/cli/deflate.js");
    const { readWorkbook } = require("./build/src/core/import/readWorkbook.js");
    (async () => {
      for (const f of readdirSync("examples")) {
        const r = await readGrids(f, readFileSync(join("examples", f)), { inflate: nodeInflate });
        if (r.ok) readWorkbook({ file: f, ok: true, grids: r.grids, mark: r.mark }, { asOf: "2021-12-15" });
      }
    })();`;
  const out = execFileSync(process.execPath, ["--print-bytecode", `--print-bytecode-filter=${fn}`, "-e", script], {
    cwd: projectPath(),
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const lengths = [...out.matchAll(/^Bytecode length: (\d+)$/gm)].map((m) => Number(m[1]));
  if (lengths.length === 0) throw new Error(`${fn} was never compiled: the examples no longer reach it, or it was renamed`);
  return Math.max(...lengths);
}

describe("the importer's per-row functions", () => {
  it.each(PER_ROW)("%s stays small enough for V8 to optimise", (fn) => {
    expect(bytecodeLength(fn)).toBeLessThan(V8_LIMIT);
  });
});
