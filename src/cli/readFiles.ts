import { readFileSync } from "fs";
import { basename } from "path";
import { badFile } from "../core/import/badFile";
import { FileRead } from "../core/import/consolidate";
import { readGrids } from "../xlsx/readGrids";

/** Reads each file once, read-only; a file that cannot be read becomes a named reason. */
export async function readFiles(paths: readonly string[]): Promise<FileRead[]> {
  const out: FileRead[] = [];
  for (const path of paths) {
    const file = basename(path);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      out.push({ file, ok: false, bad: badFile(file, "unreadable", (e as Error).message) });
      continue;
    }
    const r = await readGrids(file, bytes);
    out.push(r.ok ? { file, ok: true, grids: r.grids } : { file, ok: false, bad: r.bad });
  }
  return out;
}
