import { parentPort } from "worker_threads";
import { IsoDate } from "../core/dates/isoDate";
import { readOneFile } from "./readOne";

/**
 * Reads one workbook per message in its own thread, detection and extraction included, and
 * sends back plain records: the parent can stop a file that takes too long or too much memory,
 * and its own thread stays free.
 */
parentPort?.on("message", async (job: { path: string; file: string; asOf: IsoDate }) => {
  parentPort?.postMessage(await readOneFile(job.path, job.file, job.asOf));
});
