import pdfjs from "pdfjs-dist/package.json";
import { PlanFileResult, readPlanFile } from "../documents/readPlanFile";

/**
 * The plan-file readers in the pane, a chunk of its own (each reader inside it is one more, loaded
 * for its kind of file). pdf.js parses in a worker whose script the build copies beside the pane
 * (webpack.config.js), named by pdf.js's version, and serves from the add-in's own origin, which
 * the pages' Content-Security-Policy allows.
 */
export const PDF_WORKER = `pdf.worker.${pdfjs.version}.min.js`;

export function readPlanBytes(name: string, bytes: Uint8Array): Promise<PlanFileResult> {
  return readPlanFile(name, bytes, { pdfWorkerSrc: new URL(PDF_WORKER, document.baseURI).href });
}
