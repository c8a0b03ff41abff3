import { cpus } from "os";
import { basename, join } from "path";
import { Worker } from "worker_threads";
import { IsoDate } from "../core/dates/isoDate";
import { formatViNumber } from "../core/format/viNumber";
import { badFile } from "../core/import/badFile";
import { FileOutcome, badOutcome, readOneFile } from "./readOne";

export type { FileOutcome } from "./readOne";

/** A file still being worked on after this long is stopped and named (a pathological file must not hold up the rest). */
export const READ_TIMEOUT_MS = Number(process.env.CCHC_READ_TIMEOUT_MS ?? 60_000);
/** The heap each reading thread may use; a file that needs more is stopped and named. */
export const WORKER_MEMORY_MB = Number(process.env.CCHC_WORKER_MEMORY_MB ?? 1536);

const WORKER = join(__dirname, "readWorker.js");

async function readInProcess(paths: readonly string[], asOf: IsoDate, onRead: (o: FileOutcome, index: number) => void): Promise<void> {
  for (const [i, path] of paths.entries()) onRead(await readOneFile(path, basename(path), asOf), i);
}

function newWorker(): Worker {
  const w = new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB } });
  // Whatever a worker reports after its job was settled (an out-of-memory after its time
  // limit, say) must not become an uncaught error that ends the whole run.
  w.on("error", () => undefined);
  return w;
}

/**
 * One file in one worker: `settled` hears its outcome, and whether the worker can take the next
 * file, synchronously as the worker answers, so the caller can hand the worker its next file
 * before this thread consolidates the last (else the worker idles for that time).
 */
function readIn(w: Worker, path: string, file: string, asOf: IsoDate, settled: (outcome: FileOutcome, reusable: boolean) => void): void {
  let done = false;
  const settle = (outcome: FileOutcome, reusable: boolean) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    w.off("message", onMessage);
    w.off("error", onError);
    w.off("exit", onExit);
    if (!reusable) void w.terminate();
    settled(outcome, reusable);
  };
  const onMessage = (r: FileOutcome) => settle(r, true);
  const onError = (e: Error & { code?: string }) =>
    settle(
      badOutcome(
        e.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? badFile(file, "out-of-memory", `giới hạn ${formatViNumber(WORKER_MEMORY_MB)} MB cho mỗi tệp`)
          : badFile(file, "unreadable", e.message),
      ),
      false,
    );
  const onExit = (code: number) => settle(badOutcome(badFile(file, "unreadable", `luồng đọc tệp dừng bất thường (mã ${code})`)), false);
  const timer = setTimeout(
    () => settle(badOutcome(badFile(file, "timeout", `giới hạn ${formatViNumber(READ_TIMEOUT_MS / 1000, 3)} giây`)), false),
    READ_TIMEOUT_MS,
  );
  w.on("message", onMessage);
  w.on("error", onError);
  w.on("exit", onExit);
  w.postMessage({ path, file, asOf });
}

/**
 * Reads each file once, read-only, as of a date (the importer reads dates by it), in worker threads (one per spare core, at most four), the
 * tables found and rows read there too: a file still being worked on after READ_TIMEOUT_MS, or
 * needing more than WORKER_MEMORY_MB, is stopped with its worker and named, and the rest go on.
 * Under ts-jest (no compiled worker) files are read in this thread. `onRead` hears of each file as
 * it is done (the command line's progress).
 */
export async function readFiles(paths: readonly string[], asOf: IsoDate, onRead?: (o: FileOutcome) => void): Promise<FileOutcome[]> {
  const results: FileOutcome[] = new Array(paths.length);
  await readEach(paths, asOf, (o, i) => {
    results[i] = o;
    onRead?.(o);
  });
  return results;
}

/**
 * How many files are read at once (CCHC_LANES to try others): one per spare core, the main thread
 * keeping one for consolidating and writing, at most four. On two cores both read: while files are
 * read, consolidating each takes the main thread a sixth of the time (measured on the benchmark),
 * so a second reader gains more than the main thread loses.
 */
function readingLanes(): number {
  const cores = cpus().length;
  const fallback = cores <= 1 ? 1 : Math.max(2, cores - 1);
  return Math.min(4, Math.max(1, Number(process.env.CCHC_LANES ?? fallback)));
}

/**
 * readFiles without keeping anything: each file's outcome goes to `onRead` (with its place in
 * `paths`) as soon as it is read, in the order files finish, so this thread can consolidate one
 * workbook while the workers read the next ones and let go of its rows as read.
 */
export async function readEach(paths: readonly string[], asOf: IsoDate, onRead: (o: FileOutcome, index: number) => void): Promise<void> {
  if (!__filename.endsWith(".js") || paths.length === 0) return readInProcess(paths, asOf, onRead);
  let next = 0;
  const lane = () =>
    new Promise<void>((laneDone, laneFailed) => {
      let worker: Worker | null = null;
      const start = () => {
        if (next >= paths.length) {
          if (worker) void worker.terminate().then(() => laneDone(), laneFailed);
          else laneDone();
          return;
        }
        const i = next++;
        worker ??= newWorker();
        readIn(worker, paths[i], basename(paths[i]), asOf, (outcome, reusable) => {
          if (!reusable) worker = null;
          // The worker's next file first, then this thread's work on the last; the lane ends
          // only after that work, so an error in it is not lost.
          const more = next < paths.length;
          if (more) start();
          try {
            onRead(outcome, i);
          } catch (e) {
            laneFailed(e);
            return;
          }
          if (!more) start();
        });
      };
      start();
    });
  await Promise.all(Array.from({ length: Math.min(readingLanes(), paths.length) }, lane));
}
