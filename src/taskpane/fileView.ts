import { BadFile } from "../core/import/badFile";
import { SheetReport } from "../core/import/consolidate";
import { isBlank } from "../core/import/grid";
import { Words } from "./i18n";
import { FileEntry } from "./paneState";

/**
 * What step 2 says about one picked file. A file that opened but gave no rows is not "read":
 * it says why (blank sheets, no table recognised, a header without rows).
 */
export type FileView =
  | { kind: "waiting" }
  | { kind: "reading" }
  | { kind: "failed"; bad: BadFile }
  | { kind: "empty"; why: "blank" | "noTable" | "noRows"; sheets: string[] }
  | { kind: "read"; tasks: number; readings: number; dossiers: number };

export function fileView(entry: FileEntry, sheets: readonly SheetReport[]): FileView {
  if (entry.status === "waiting") return { kind: "waiting" };
  if (entry.status === "reading" || entry.read === null) return { kind: "reading" };
  const read = entry.read;
  if (!read.ok) return { kind: "failed", bad: read.bad };
  const own = sheets.filter((s) => s.file === read.file);
  const tasks = own.filter((s) => s.kind === "tasks").reduce((n, s) => n + s.rows, 0);
  const readings = own.filter((s) => s.kind === "readings").reduce((n, s) => n + s.rows, 0);
  // A one-stop statistics sheet gives rows to Hồ sơ TTHC: read, not empty.
  const dossiers = own.reduce((n, s) => n + (s.dossiers ?? 0), 0);
  if (tasks + readings + dossiers > 0) return { kind: "read", tasks, readings, dossiers };
  const filled = read.grids.filter((g) => g.rows.some((r) => r.some((c) => !isBlank(c))));
  if (filled.length === 0) return { kind: "empty", why: "blank", sheets: [] };
  const withHeader = own.filter((s) => s.guess === "header-only" || s.tables.length > 0).map((s) => s.sheet);
  if (withHeader.length > 0) return { kind: "empty", why: "noRows", sheets: withHeader };
  return { kind: "empty", why: "noTable", sheets: filled.map((g) => g.sheet) };
}

/** The view in words, with the tone it is shown in. */
export function fileStatusText(view: FileView, t: Words): { text: string; tone: "normal" | "warning" | "error" } {
  switch (view.kind) {
    case "waiting":
      return { text: t.waiting, tone: "normal" };
    case "reading":
      return { text: t.reading, tone: "normal" };
    case "failed":
      return { text: t.failed(t.badFile(view.bad)), tone: "error" };
    case "empty": {
      const names = view.sheets.join(", ");
      const why = view.why === "blank" ? t.emptyWhy.blank : view.why === "noRows" ? t.emptyWhy.noRows(names) : t.emptyWhy.noTable(names);
      return { text: t.readEmpty(why), tone: "warning" };
    }
    case "read":
      return { text: t.readDone(view.tasks, view.readings, view.dossiers), tone: "normal" };
  }
}
