import { BadFile, badFile } from "../core/import/badFile";
import { Grid } from "../core/import/grid";
import { OutputKind } from "../core/outputMark";
import { formatViNumber } from "../core/format/viNumber";
import { READ_LIMITS } from "./limits";
import { PackageError, PackageParts, PartLimits } from "./packageParts";
import { SheetStream, readPackage } from "./readPackage";
import { readXls } from "./readXls";
import { sniff } from "./sniff";
import { Inflate, streamInflate } from "./zipReader";

/** The grids, and the mark of one of our own outputs when the file carries it. */
/** `streamed`: the sheets of `streams` the workbook had, whose rows went to their sinks. */
export type ReadResult = { ok: true; grids: Grid[]; mark: OutputKind | null; streamed?: string[] } | { ok: false; bad: BadFile };

/** Tracking sheets never need more; what lies past them is counted and named (Kiểm tra). */
export const MAX_COLS = READ_LIMITS.columns;
export const MAX_ROWS = READ_LIMITS.rows;

export interface ReadOptions {
  /** How to inflate parts: Node's zlib in the command line's workers, DecompressionStream otherwise. */
  inflate?: Inflate;
  limits?: PartLimits;
  /** Only the sheets this says yes to are read (the others are not even inflated). */
  sheets?: (name: string) => boolean;
  /** Sheets read row by row into a sink instead of a grid, before the others and in this order (.xlsx only). */
  streams?: readonly SheetStream[];
}

/** What is told from the bytes before unpacking: not a zip package (and what it is), or too large. */
export function refuseBeforeUnpacking(file: string, bytes: Uint8Array): BadFile | null {
  const sniffed = sniff(bytes);
  if (sniffed.kind === "bad") return badFile(file, sniffed.reason);
  if (bytes.length > READ_LIMITS.fileBytes)
    return badFile(
      file,
      "too-large",
      `${formatViNumber(bytes.length / 1e6, 1)} MB, giới hạn ${formatViNumber(READ_LIMITS.fileBytes / 1e6)} MB`,
    );
  return null;
}

/**
 * A workbook file's bytes -> one Grid per worksheet, or the reason it cannot be read. The zip is
 * opened by PackageParts (each part inflated within its declared size and the caps, only the parts
 * needed) and the XML parsed by readPackage. Works on the bytes in memory: the source file is only
 * ever read.
 */
export async function readGrids(file: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const refused = refuseBeforeUnpacking(file, bytes);
  // An Excel 97-2003 workbook (.xls): read from its compound file; a BIFF5 or damaged one is named.
  if (refused?.reason === "old-xls" && bytes.length <= READ_LIMITS.fileBytes) {
    const xls = readXls(file, bytes, { maxRows: MAX_ROWS, maxCols: MAX_COLS });
    return xls.ok ? { ok: true, grids: xls.grids, mark: null } : { ok: false, bad: badFile(file, xls.reason, xls.detail) };
  }
  if (refused) return { ok: false, bad: refused };
  let parts: PackageParts;
  try {
    parts = PackageParts.open(bytes, options.inflate ?? streamInflate, options.limits ?? READ_LIMITS);
  } catch (e) {
    if (e instanceof PackageError) return { ok: false, bad: badFile(file, e.reason, e.detail) };
    throw e;
  }
  const read = await readPackage(file, parts, { maxRows: MAX_ROWS, maxCols: MAX_COLS }, options.sheets, options.streams);
  if (!read.ok) return { ok: false, bad: badFile(file, read.reason, read.detail) };
  return { ok: true, grids: read.grids, mark: read.mark, streamed: read.streamed };
}
