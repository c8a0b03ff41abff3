import { spawn } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { projectPath } from "./shared";

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

/**
 * Runs the compiled command line (built by tests/global-setup.js) in its own process, as a user
 * would: files are read in worker threads. `now` is the clock the run sees (CCHC_NOW).
 */
export function runCli(argv: string[], now = new Date("2021-10-20T00:00:00Z"), env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [projectPath("bin", "cchc.js"), ...argv], {
      env: { ...process.env, CCHC_NOW: now.toISOString(), ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const lines = (s: string) => s.split("\n").filter((l) => l !== "");
      resolve({ code: code ?? -1, out: lines(stdout), err: lines(stderr) });
    });
  });
}

export function tempDir(prefix = "cchc-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
