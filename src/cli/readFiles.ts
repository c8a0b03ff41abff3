import { readFileSync } from "fs";
import { cpus } from "os";
import { basename, join } from "path";
import { Worker } from "worker_threads";
import { formatViNumber } from "../core/format/viNumber";
import { badFile } from "../core/import/badFile";
import { FileRead } from "../core/import/consolidate";
import { ReadResult, readGrids } from "../xlsx/readGrids";

/** A file still being parsed after this long is stopped and named (exceljs can hang on odd files). */
export const READ_TIMEOUT_MS = Number(process.env.CCHC_READ_TIMEOUT_MS ?? 60_000);

const WORKER = join(__dirname, "readWorker.js");

function toFileRead(file: string, r: ReadResult): FileRead {
  return r.ok ? { file, ok: true, grids: r.grids } : { file, ok: false, bad: r.bad };
}

async function readInProcess(paths: readonly string[], onRead?: (r: FileRead) => void): Promise<FileRead[]> {
  const out: FileRead[] = [];
  for (const path of paths) {
    const file = basename(path);
    try {
      out.push(toFileRead(file, await readGrids(file, readFileSync(path))));
    } catch (e) {
      out.push({ file, ok: false, bad: badFile(file, "unreadable", (e as Error).message) });
    }
    onRead?.(out[out.length - 1]);
  }
  return out;
}

/**
 * Reads each file once, read-only, in worker threads (one per spare core, at most four): a file
 * that is still parsing after READ_TIMEOUT_MS is stopped with its worker and named, and the
 * rest go on. Under ts-jest (no compiled worker) files are read in this thread. `onRead` hears of
 * each file as it is done (the command line's progress).
 */
export async function readFiles(paths: readonly string[], onRead?: (r: FileRead) => void): Promise<FileRead[]> {
  if (!__filename.endsWith(".js") || paths.length === 0) return readInProcess(paths, onRead);
  const results: FileRead[] = new Array(paths.length);
  let next = 0;
  const lane = async () => {
    let worker: Worker | null = null;
    while (next < paths.length) {
      const i = next++;
      const file = basename(paths[i]);
      worker ??= new Worker(WORKER);
      const w: Worker = worker;
      results[i] = await new Promise<FileRead>((resolve) => {
        const timer = setTimeout(() => {
          w.removeAllListeners();
          void w.terminate();
          worker = null;
          resolve({ file, ok: false, bad: badFile(file, "timeout", `giới hạn ${formatViNumber(READ_TIMEOUT_MS / 1000, 3)} giây`) });
        }, READ_TIMEOUT_MS);
        w.once("message", (r: ReadResult) => {
          clearTimeout(timer);
          resolve(toFileRead(file, r));
        });
        w.once("error", (e) => {
          clearTimeout(timer);
          worker = null;
          resolve({ file, ok: false, bad: badFile(file, "unreadable", e.message) });
        });
        w.postMessage({ path: paths[i], file });
      });
      w.removeAllListeners("error");
      onRead?.(results[i]);
    }
    if (worker) await (worker as Worker).terminate();
  };
  // One lane per spare core: the main thread keeps a core for consolidating and writing.
  await Promise.all(Array.from({ length: Math.min(4, Math.max(1, cpus().length - 1), paths.length) }, lane));
  return results;
}
