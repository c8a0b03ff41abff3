import { readFileSync } from "fs";
import { parentPort } from "worker_threads";
import { readGrids } from "../xlsx/readGrids";

/** Reads one workbook per message in its own thread, so a file that takes too long can be stopped. */
parentPort?.on("message", async (job: { path: string; file: string }) => {
  try {
    parentPort?.postMessage(await readGrids(job.file, readFileSync(job.path)));
  } catch (e) {
    parentPort?.postMessage({
      ok: false,
      bad: { file: job.file, reason: "unreadable", message: `Không đọc được nội dung tệp. (${(e as Error).message})` },
    });
  }
});
