import { existsSync, readFileSync } from "fs";
import { basename } from "path";
import { IsoDate } from "../core/dates/isoDate";
import { Consolidation } from "../core/import/consolidate";
import { readMaster } from "../core/import/master";
import { Plan } from "../core/plan/model";
import { readGrids } from "../xlsx/readGrids";

/**
 * The master being replaced, when -o names one: what the official entered in it must survive a
 * new consolidation, as in the add-in: Kế hoạch edits (baselines, Cách tính, Chỉ tiêu) and rows
 * typed straight into Nhiệm vụ and Chỉ số (those without Nguồn). A file there that is not a
 * master is not overwritten.
 */
export type PreviousMaster =
  | { kind: "none" }
  | { kind: "foreign"; reason: string }
  | { kind: "master"; plan: Plan; keep: (c: Consolidation) => { consolidation: Consolidation; kept: number } };

export async function readPreviousMaster(path: string, base: Plan, asOf: IsoDate): Promise<PreviousMaster> {
  if (!existsSync(path)) return { kind: "none" };
  const read = await readGrids(basename(path), readFileSync(path));
  if (!read.ok) return { kind: "foreign", reason: read.bad.message };
  const master = readMaster(read.grids, base, asOf);
  if (master.missing.length > 0) return { kind: "foreign", reason: `không có sheet ${master.missing.join(", ")}` };
  const typedTasks = master.tasks.filter((t) => t.source.file === "");
  const typedReadings = master.readings.filter((r) => r.source.file === "");
  return {
    kind: "master",
    plan: master.plan,
    keep: (c) => {
      const ids = new Set(c.tasks.map((t) => t.id));
      const tasks = typedTasks.filter((t) => !ids.has(t.id));
      return {
        consolidation: { ...c, tasks: [...c.tasks, ...tasks], readings: [...c.readings, ...typedReadings] },
        kept: tasks.length + typedReadings.length,
      };
    },
  };
}
