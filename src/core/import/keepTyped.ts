import { Consolidation } from "./consolidate";
import { keepEdits } from "./keepEdits";
import { MasterContent } from "./readMaster";
import { Task } from "./records";

/**
 * Rows an official typed straight into the master's Nhiệm vụ and Chỉ số (no Nguồn: they came
 * from no source workbook) survive a new consolidation, after the rebuilt rows. A typed task
 * whose id the sources now give is the sources' row. The command line and the pane both use this.
 */
export function keepTypedRows(c: Consolidation, previous: MasterContent): { consolidation: Consolidation; kept: number } {
  const ids = new Set(c.tasks.map((t) => t.id));
  const tasks = previous.tasks.filter((t) => t.source.file === "" && !ids.has(t.id));
  const readings = previous.readings.filter((r) => r.source.file === "");
  return {
    consolidation: { ...c, tasks: [...c.tasks, ...tasks], readings: [...c.readings, ...readings] },
    kept: tasks.length + readings.length,
  };
}

/**
 * Everything the official entered in the master, through a new consolidation: cells edited over
 * rows from the sources (keepEdits) and rows typed in (keepTypedRows). `imported` is what the
 * sources gave, for the master's hidden sheet. The command line and the pane both use this.
 */
export function keepMasterEntries(
  fresh: Consolidation,
  previous: MasterContent,
): { consolidation: Consolidation; imported: Task[]; kept: number; edited: number } {
  const edits = keepEdits(fresh, previous);
  const typed = keepTypedRows(edits.consolidation, previous);
  return { consolidation: typed.consolidation, imported: edits.imported, kept: typed.kept, edited: edits.edited };
}
