import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { Io } from "../../src/cli/io";

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

/** Runs the command line in-process, capturing what it prints. */
export async function runCli(argv: string[], now = new Date("2021-10-20T00:00:00Z")): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    info: (m) => out.push(m),
    warn: (m) => err.push(`Cảnh báo: ${m}`),
    error: (m) => err.push(`Lỗi: ${m}`),
    usage: (problem) => {
      err.push(`Lỗi: ${problem}`);
      return 2;
    },
    now: () => now,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

export function tempDir(prefix = "cchc-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
