import { existsSync, readFileSync } from "fs";
import { basename } from "path";
import { IsoDate } from "../core/dates/isoDate";
import { IMPORTED_TASKS, MASTER } from "../core/contract";
import { EditedRows } from "../core/import/editedRows";
import { MASTER_INPUT_SHEETS, MasterContent, readMaster, taskRowSink } from "../core/import/readMaster";
import { OUTPUT_LABELS } from "../core/outputMark";
import { Plan } from "../core/plan/model";
import { readGrids } from "../xlsx/readGrids";
import { nodeInflate } from "./deflate";

/**
 * The master being replaced, when -o names one: what the official entered in it must survive a
 * new consolidation, as in the add-in (see core/import/keepTyped). A file there that is not a
 * master (someone's workbook, or a report we wrote) is not overwritten.
 */
export type PreviousMaster =
  | { kind: "none" }
  | { kind: "foreign"; reason: string }
  /** `olderVersion`: written before the hidden sheet of imported values, so no edit can be told yet. */
  | { kind: "master"; content: MasterContent; olderVersion: boolean };

export async function readPreviousMaster(path: string, base: Plan, asOf: IsoDate): Promise<PreviousMaster> {
  if (!existsSync(path)) return { kind: "none" };
  // Only the sheets an official's edits live in: Kiểm tra, Thời hạn and Tổng hợp are written anew, so reading
  // them would be work (and memory) for nothing. The two sheets of task rows (200,000 rows each at 400
  // workbooks) are read row by row, keeping only the rows typed or edited in the master.
  const rows = new EditedRows();
  const streams = [
    { sheet: IMPORTED_TASKS.sheet, sink: taskRowSink(asOf, true, (t) => rows.imported(t)) },
    { sheet: MASTER.tasks.sheet, sink: taskRowSink(asOf, false, (t) => rows.master(t)) },
  ];
  const read = await readGrids(basename(path), readFileSync(path), {
    inflate: nodeInflate,
    sheets: (name) => MASTER_INPUT_SHEETS.has(name),
    streams,
  });
  if (!read.ok) return { kind: "foreign", reason: read.bad.message };
  if (read.mark && read.mark !== "master") return { kind: "foreign", reason: `đây là ${OUTPUT_LABELS[read.mark]} do cchc tạo ra` };
  // A master saved as .xls or .ods by hand comes back as grids (only the .xlsx reader streams rows).
  const streamed = new Set(read.streamed ?? []);
  for (const { sheet, sink } of streams) {
    const grid = read.grids.find((g) => g.sheet === sheet);
    if (!grid) continue;
    grid.rows.forEach((cells, i) => cells && sink(i + 1, cells));
    streamed.add(sheet);
  }
  const master = readMaster(read.grids, base, asOf, { sheets: streamed, ...rows.rows() });
  if (master.missing.length > 0) return { kind: "foreign", reason: `không có sheet ${master.missing.join(", ")}` };
  return { kind: "master", content: master, olderVersion: rows.sourceRows && !rows.importedRows };
}
