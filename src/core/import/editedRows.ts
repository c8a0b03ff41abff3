import { ImportedRow, importedRowOf } from "./editableCells";
import { Task } from "./records";

/**
 * Of a master's task rows read one by one, the hidden sheet's first and then Nhiệm vụ's, only those
 * a new consolidation can take anything from: rows typed into the master (keepTypedRows) and, of a
 * row from the sources, its two versions when an editable cell differs (keepEdits; as there, the
 * first row of an id counts). A hidden row is dropped once its Nhiệm vụ row matches it, so a master
 * of 200,000 rows is not held through a run; keepMasterEntries gives the same result on these.
 */
export class EditedRows {
  private readonly typed: Task[] = [];
  private readonly edited: Task[] = [];
  private readonly before: ImportedRow[] = [];
  private readonly lastImport = new Map<string, ImportedRow>();
  private readonly seen = new Set<string>();
  /** Whether the master had rows from the sources, and the hidden sheet any row (older masters have none). */
  sourceRows = false;
  importedRows = false;

  /** A row of the hidden sheet: all of them come before Nhiệm vụ's. */
  imported(t: Task): void {
    this.importedRows = true;
    if (t.source.file !== "" && !this.lastImport.has(t.id)) this.lastImport.set(t.id, importedRowOf(t));
  }

  master(t: Task): void {
    if (t.source.file === "") {
      this.typed.push(t);
      return;
    }
    this.sourceRows = true;
    if (this.seen.has(t.id)) return;
    this.seen.add(t.id);
    const before = this.lastImport.get(t.id);
    if (!before) return;
    this.lastImport.delete(t.id);
    if (importedRowOf(t).shown === before.shown) return;
    this.edited.push(t);
    this.before.push(before);
  }

  /** Nhiệm vụ's rows to keep (typed ones first, in their order) and the hidden sheet's. */
  rows(): { tasks: Task[]; imported: ImportedRow[] } {
    return { tasks: [...this.typed, ...this.edited], imported: this.before };
  }
}
