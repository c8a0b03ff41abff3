import { looseKey } from "../text/normalize";
import { Grid, cellAt, cellText } from "./grid";

/**
 * The plan itself pasted into a column, one line per row, with progress typed beside it. Each
 * criterion's part of the plan runs "a. Mục tiêu, yêu cầu: …", "b. Nhiệm vụ, giải pháp:", its
 * tasks ("- …"), "c. Phân công trách nhiệm:" with "- Chủ trì: …" and "- Phối hợp: …", then
 * "d. Thời gian thực hiện/hoàn thành: …". The tasks are the lines under b.; who leads them and by
 * when come after them, under c. and d.
 */
export type PlanLine =
  | { kind: "objective" }
  | { kind: "tasks-head" }
  | { kind: "assign-head" }
  | { kind: "lead"; text: string }
  | { kind: "partners"; text: string }
  | { kind: "time"; text: string };

// On loose keys, where "a." and "a)" are "a ".
const OBJECTIVE = /^a muc tieu\b/;
const TASKS = /^b (?:nhiem vu|giai phap)\b/;
const ASSIGN = /^c phan cong\b/;
// "c. Thời gian thực hiện/hoàn thành" where the plan skipped its "Phân công" head (its 1.3 does).
const TIME = /^[cd] thoi gian\b/;
const LEAD = /^(?:don vi )?chu tri\b/;
const PARTNERS = /^(?:phoi hop|thuc hien|don vi phoi hop)\b/;

/** What follows the label's ":" ("- Chủ trì: Công chức Văn hóa-Xã hội." -> "Công chức Văn hóa-Xã hội"). */
function afterLabel(text: string): string {
  const i = text.indexOf(":");
  return (i < 0 ? text : text.slice(i + 1)).trim().replace(/\.$/, "");
}

/** The role of each of the plan's own lines in the content column, or null when the sheet is no pasted plan. */
export function planLines(grid: Grid, col: number, first: number, last: number): Map<number, PlanLine> | null {
  const heads = { a: 0, b: 0, c: 0, d: 0 };
  const texts = new Map<number, string>();
  for (let r = first; r <= last; r++) {
    const t = cellText(cellAt(grid, r, col)).trim();
    if (t === "") continue;
    texts.set(r, t);
    // The plan's heads open with their letter ("b. Nhiệm vụ …"): no key for the other lines.
    if (!/^[a-dA-D]\s*[.)]/.test(t)) continue;
    const k = looseKey(t);
    if (OBJECTIVE.test(k)) heads.a++;
    else if (TASKS.test(k)) heads.b++;
    else if (ASSIGN.test(k)) heads.c++;
    else if (TIME.test(k)) heads.d++;
  }
  // Two criteria's parts at least, each with its heads; or one criterion's whole part (an official who pasted only theirs).
  const twoParts = Math.min(heads.b, heads.c, heads.d) >= 2;
  const onePart = heads.b >= 1 && heads.d >= 1 && heads.a + heads.c >= 1;
  if (!twoParts && !onePart) return null;
  const out = new Map<number, PlanLine>();
  let inAssign = false;
  for (const [r, t] of texts) {
    const k = looseKey(t);
    const said = t.replace(/^[-–•+]\s*/, "");
    if (OBJECTIVE.test(k)) {
      out.set(r, { kind: "objective" });
      inAssign = false;
    } else if (TASKS.test(k)) {
      out.set(r, { kind: "tasks-head" });
      inAssign = false;
    } else if (ASSIGN.test(k)) {
      out.set(r, { kind: "assign-head" });
      inAssign = true;
    } else if (TIME.test(k)) {
      out.set(r, { kind: "time", text: t.replace(/^d[.)]\s*[^:]*:\s*/iu, "").replace(/\.$/, "") });
      inAssign = false;
    } else if (inAssign) {
      const ks = looseKey(said);
      if (LEAD.test(ks)) out.set(r, { kind: "lead", text: afterLabel(said) });
      else out.set(r, { kind: "partners", text: PARTNERS.test(ks) ? afterLabel(said) : said.replace(/\.$/, "") });
    }
  }
  return out;
}
