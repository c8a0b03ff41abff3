import { Progress, terminalProgress } from "./progress";

/** What the commands print and when they think it is: one seam, so tests can capture it. */
export interface Io {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  usage(problem: string, usage: string): number;
  now(): Date;
  /** A progress line for long work, where the user watches a terminal; absent or null elsewhere. */
  progress?(total: number): Progress | null;
}

export function processIo(): Io {
  return {
    info: (m) => process.stdout.write(`${m}\n`),
    warn: (m) => process.stderr.write(`Cảnh báo: ${m}\n`),
    error: (m) => process.stderr.write(`Lỗi: ${m}\n`),
    usage: (problem, usage) => {
      process.stderr.write(`Lỗi: ${problem}\nCách dùng: ${usage}\n`);
      return 2;
    },
    // CCHC_NOW fixes the clock for tests (a fixed as-of date and file timestamps).
    now: () => (process.env.CCHC_NOW ? new Date(process.env.CCHC_NOW) : new Date()),
    progress: (total) => terminalProgress(process.stderr, total),
  };
}
