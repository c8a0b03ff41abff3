import { Consolidation } from "./consolidate";
import { MasterContent } from "./readMaster";

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
