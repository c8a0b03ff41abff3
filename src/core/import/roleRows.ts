import { looseKey } from "../text/normalize";
import { FactsCache } from "./cellFacts";
import { Grid, GridCell, cellText, isGridDate, rowsToEdit } from "./grid";
import { formatViDate } from "../dates/isoDate";

/**
 * One row per unit for each task, so the sheet can be filtered by unit: the task's text repeated,
 * "Vai trò" saying Chủ trì or Phối hợp, and each unit's own result and date. The task is its Chủ trì
 * row: that unit leads, and its result and day are the task's, wherever the row sits in the group.
 * The Phối hợp rows become the task's partners, each with what it reported, in a column of their own.
 */
export interface RoleRows {
  grid: Grid;
  /** Tasks read at their Chủ trì row, and the rows folded into them. */
  tasks: Array<{ row: number; folded: number[] }>;
  /** Groups with no Chủ trì row, or two: read at their first row, named. */
  unclear: Array<{ row: number; leads: string[] }>;
}

const SCAN_ROWS = 30;
const ROLE_HEADING = /^(?:vai tro|vai tro thuc hien|chu tri phoi hop|chu tri hay phoi hop)$/;
const UNIT_HEADING = /\b(?:don vi|ca nhan|bo phan|co quan|nguoi thuc hien|can bo|cong chuc)\b/;
const CONTENT_HEADING = /^(?:noi dung|ten)?\s*(?:nhiem vu|cong viec|noi dung)\b/;

const text = (v: GridCell | undefined): string => cellText(v ?? null).trim();

export function withRoleRows(grid: Grid, facts: FactsCache): RoleRows | null {
  // Keyed only where a cell is as short as a heading "Vai trò" can be: this runs on every sheet's first rows.
  const isRole = (v: GridCell | undefined) => typeof v === "string" && v.length <= 24 && ROLE_HEADING.test(looseKey(v));
  const h = grid.rows.slice(0, SCAN_ROWS).findIndex((row) => row.some(isRole)) + 1;
  if (h === 0) return null;
  const header = grid.rows[h - 1];
  const roleCol = header.findIndex(isRole) + 1;
  const unitCol = header.findIndex((v, i) => i + 1 !== roleCol && UNIT_HEADING.test(looseKey(text(v)))) + 1;
  const contentCol = header.findIndex((v) => CONTENT_HEADING.test(looseKey(text(v)))) + 1;
  if (unitCol === 0 || contentCol === 0) return null;
  const roleOf = (r: number): "lead" | "partner" | null => {
    const k = facts.of(text(grid.rows[r - 1]?.[roleCol - 1])).key;
    return /^(?:chu tri|ct)$/.test(k) ? "lead" : /^(?:phoi hop|ph)$/.test(k) ? "partner" : null;
  };
  // Groups of consecutive rows with the same task text, each row a unit's.
  const groups: number[][] = [];
  for (let r = h + 1; r <= grid.rows.length; r++) {
    const content = facts.of(text(grid.rows[r - 1]?.[contentCol - 1])).key;
    if (content === "" || roleOf(r) === null) continue;
    const last = groups.at(-1);
    const prev = last ? facts.of(text(grid.rows[last[last.length - 1] - 1]?.[contentCol - 1])).key : null;
    if (last && prev === content && last[last.length - 1] === r - 1) last.push(r);
    else groups.push([r]);
  }
  const shared = groups.filter((g) => g.length > 1);
  if (shared.length < 2) return null;
  const width = Math.max(...grid.rows.map((row) => row.length));
  const { rows, put } = rowsToEdit(grid);
  const partnersCol = width + 1;
  const reportsCol = width + 2;
  put(h, partnersCol, "Phối hợp");
  // What each partner reported stays in Ghi chú (or beside the sheet's own Ghi chú, said there).
  const hasNote = header.some((v) => /^ghi chu\b/.test(looseKey(text(v))));
  put(h, reportsCol, hasNote ? "Báo cáo của đơn vị phối hợp" : "Ghi chú");
  // The unit column of the kept rows now names who leads ("Vai trò" stays, an empty column would split the table).
  put(h, unitCol, "Chủ trì");
  const tasks: RoleRows["tasks"] = [];
  const unclear: RoleRows["unclear"] = [];
  for (const g of groups) {
    const leads = g.filter((r) => roleOf(r) === "lead");
    const at = leads.length === 1 ? leads[0] : g[0];
    if (leads.length !== 1 && g.length > 1) unclear.push({ row: at, leads: leads.map((r) => text(grid.rows[r - 1]?.[unitCol - 1])) });
    const others = g.filter((r) => r !== at);
    if (others.length === 0) continue;
    put(at, partnersCol, others.map((r) => text(grid.rows[r - 1]?.[unitCol - 1])).join("; "));
    // Each partner with what it reported: "Đoàn Thanh niên xã (Đã phối hợp)".
    const said = others.map((r) => {
      const row = grid.rows[r - 1] ?? [];
      const parts = row
        .map((v, i) => ({ v, c: i + 1 }))
        .filter(
          ({ v, c }) =>
            c !== unitCol && c !== roleCol && c !== contentCol && text(v) !== "" && text(v) !== text(grid.rows[at - 1]?.[c - 1]),
        )
        .map(({ v }) => (isGridDate(v) ? formatViDate(v.date) : text(v)));
      return `${text(row[unitCol - 1])}${parts.length > 0 ? ` (${parts.join(", ")})` : ""}`;
    });
    put(at, reportsCol, `Đơn vị phối hợp báo cáo: ${said.join("; ")}`);
    // The STT the group's first row carries stays with the task.
    const stt = grid.rows[g[0] - 1]?.[0];
    if (at !== g[0] && text(grid.rows[at - 1]?.[0]) === "" && text(stt) !== "") put(at, 1, stt ?? null);
    for (const r of others) rows[r - 1] = [];
    tasks.push({ row: at, folded: others });
  }
  return { grid: { ...grid, rows }, tasks, unclear };
}
