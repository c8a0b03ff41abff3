import { readFileSync, statSync } from "fs";
import { IsoDate } from "../core/dates/isoDate";
import { formatViNumber } from "../core/format/viNumber";
import { BadFile, badFile } from "../core/import/badFile";
import { FileRead, WorkbookRecords, readWorkbook } from "../core/import/readWorkbook";
import { READ_LIMITS } from "../xlsx/limits";
import { readGrids } from "../xlsx/readGrids";
import { nodeCompression, nodeInflate } from "./deflate";

/** One file as the command line reads it: its records (plan-free), and why it was not read, if it was not. */
export interface FileOutcome {
  file: string;
  records: WorkbookRecords;
  bad: BadFile | null;
}

export function badOutcome(bad: BadFile): FileOutcome {
  return { file: bad.file, records: readWorkbook({ file: bad.file, ok: false, bad }), bad };
}

async function readGridsOf(path: string, file: string): Promise<FileRead> {
  const size = statSync(path).size;
  if (size > READ_LIMITS.fileBytes)
    return {
      file,
      ok: false,
      bad: badFile(file, "too-large", `${formatViNumber(size / 1e6, 1)} MB, giới hạn ${formatViNumber(READ_LIMITS.fileBytes / 1e6)} MB`),
    };
  const r = await readGrids(file, readFileSync(path), { inflate: nodeInflate, compression: nodeCompression });
  return r.ok ? { file, ok: true, grids: r.grids, mark: r.mark } : { file, ok: false, bad: r.bad };
}

/** Reads a file, finds its tables and reads their rows: all the work one file costs. */
export async function readOneFile(path: string, file: string, asOf: IsoDate): Promise<FileOutcome> {
  let read: FileRead;
  try {
    read = await readGridsOf(path, file);
  } catch (e) {
    read = { file, ok: false, bad: badFile(file, "unreadable", (e as Error).message) };
  }
  if (!read.ok) return badOutcome(read.bad);
  return { file, records: readWorkbook(read, { asOf }), bad: null };
}
