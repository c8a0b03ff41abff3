import { existsSync, readFileSync } from "fs";
import { basename } from "path";
import { IsoDate } from "../core/dates/isoDate";
import { MASTER_INPUT_SHEETS, MasterContent, readMaster } from "../core/import/readMaster";
import { OUTPUT_LABELS } from "../core/outputMark";
import { Plan } from "../core/plan/model";
import { readGrids } from "../xlsx/readGrids";
import { nodeInflate } from "./deflate";

/**
 * The master being replaced, when -o names one: what the official entered in it must survive a
 * new consolidation, as in the add-in (see core/import/keepTyped). A file there that is not a
 * master (someone's workbook, or a report we wrote) is not overwritten.
 */
export type PreviousMaster = { kind: "none" } | { kind: "foreign"; reason: string } | { kind: "master"; content: MasterContent };

export async function readPreviousMaster(path: string, base: Plan, asOf: IsoDate): Promise<PreviousMaster> {
  if (!existsSync(path)) return { kind: "none" };
  // Only the sheets an official's edits live in: Kiểm tra, Thời hạn and Tổng hợp are written anew, so reading
  // them would be work (and memory) for nothing.
  const read = await readGrids(basename(path), readFileSync(path), {
    inflate: nodeInflate,
    sheets: (name) => MASTER_INPUT_SHEETS.has(name),
  });
  if (!read.ok) return { kind: "foreign", reason: read.bad.message };
  if (read.mark && read.mark !== "master") return { kind: "foreign", reason: `đây là ${OUTPUT_LABELS[read.mark]} do cchc tạo ra` };
  const master = readMaster(read.grids, base, asOf);
  if (master.missing.length > 0) return { kind: "foreign", reason: `không có sheet ${master.missing.join(", ")}` };
  return { kind: "master", content: master };
}
