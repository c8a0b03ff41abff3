import { Consolidation } from "./consolidate";
import { MasterContent, MasterExtras } from "./readMaster";

/** A consolidation with what the master holds besides tasks and readings (each may be absent). */
export type MasterData = Consolidation & Partial<MasterExtras>;
import { keepEdits } from "./keepEdits";
import { Task } from "./records";

/**
 * Rows an official typed straight into the master's Nhiệm vụ, Chỉ số and Hồ sơ TTHC (no Nguồn:
 * they came from no source workbook) survive a new consolidation, after the rebuilt rows. A typed
 * task whose id the sources now give is the sources' row. Nội dung báo cáo and the names of Danh
 * mục are the official's own and are kept whole. The command line and the pane both use this.
 */
export function keepTypedRows(c: MasterData, previous: MasterContent): { consolidation: Consolidation & MasterExtras; kept: number } {
  const ids = new Set(c.tasks.map((t) => t.id));
  const tasks = previous.tasks.filter((t) => t.source.file === "" && !ids.has(t.id));
  const readings = previous.readings.filter((r) => r.source.file === "");
  const dossiers = previous.dossiers.filter((r) => r.source.file === "");
  const officials = previous.officials.filter((o) => o.name !== "");
  return {
    consolidation: {
      ...c,
      tasks: [...c.tasks, ...tasks],
      readings: [...c.readings, ...readings],
      dossiers: [...(c.dossiers ?? []), ...dossiers],
      narrative: [...(c.narrative ?? []), ...previous.narrative],
      officials: [...(c.officials ?? []), ...previous.officials],
    },
    kept: tasks.length + readings.length + dossiers.length + previous.narrative.length + officials.length,
  };
}

/**
 * Everything the official entered in the master, through a new consolidation: cells edited over
 * rows from the sources (keepEdits) and rows typed in (keepTypedRows). `imported` is what the
 * sources gave, for the master's hidden sheet. The command line and the pane both use this.
 */
export function keepMasterEntries(
  fresh: MasterData,
  previous: MasterContent,
): { consolidation: Consolidation & MasterExtras; imported: Task[]; kept: number; edited: number } {
  const edits = keepEdits(fresh, previous);
  const typed = keepTypedRows({ ...fresh, ...edits.consolidation }, previous);
  return { consolidation: typed.consolidation, imported: edits.imported, kept: typed.kept, edited: edits.edited };
}
