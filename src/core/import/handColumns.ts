import { keyScore, headingKey } from "./columns";
import { DossierLayout } from "./dossiers";
import { Grid, GridCell, cellText, columnsView } from "./grid";

/**
 * "Việc cần làm (VP ghi thêm) | Người làm | Hạn" added by hand to the right of a system's dossier
 * counts: the official's own tasks beside the figures. The columns past the export's, header rows
 * and all, as a sheet of their own to read as a task table; null where nothing of the kind is there.
 */
export function handColumns(grid: Grid, layout: DossierLayout): Grid | null {
  const used = [
    ...Object.values(layout.columns),
    ...(layout.unread ?? []).map((u) => u.col),
    ...(layout.inPersonMore ?? []),
    ...(layout.onlineMore ?? []),
  ].filter((c): c is number => typeof c === "number");
  if (used.length === 0) return null;
  const last = Math.max(...used);
  const heading = (c: number) => {
    const parts: string[] = [];
    for (let r = layout.headerTop; r <= layout.headerBottom; r++) parts.push(cellText(grid.rows[r - 1]?.[c - 1] ?? null));
    return parts.filter((t) => t.trim() !== "").join(" ");
  };
  const width = Math.max(...grid.rows.map((row) => row.length));
  // A task's words under a heading that names them ("Việc cần làm", "Nội dung công việc"), on some row at least.
  const sentences = (c: number) => {
    for (let r = layout.headerBottom + 1; r <= grid.rows.length; r++) {
      const v = grid.rows[r - 1]?.[c - 1];
      if (typeof v === "string" && v.trim().split(/\s+/).length >= 4) return true;
    }
    return false;
  };
  let content = false;
  for (let c = last + 1; c <= width; c++) if (keyScore(headingKey(heading(c)), "content") >= 2 && sentences(c)) content = true;
  if (!content) return null;
  const keep = (c: number) => c > last;
  const rows = grid.rows.map((row, i): GridCell[] => (i + 1 < layout.headerTop ? [] : row.map((v, k) => (keep(k + 1) ? v : null))));
  return columnsView(
    grid,
    keep,
    rows,
    grid.merges.filter((m) => keep(m.left) && m.top >= layout.headerTop),
  );
}
