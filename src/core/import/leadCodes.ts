import { findOfficials } from "../plan/officials";
import { cleanText } from "../text/normalize";
import { headingKey } from "./columns";
import { Grid, cellAt, cellText, isBlank } from "./grid";
import { TableLayout } from "./header";

/**
 * A lead written as a number ("Chủ trì (mã)": 3) that a code table beside the task table explains
 * ("Mã | Đơn vị / chức danh": 3 | Công chức Văn phòng - Thống kê), apart from it by empty columns.
 */
export interface LeadCodes {
  /** The task table's column holding the codes. */
  column: number;
  /** The code table's two columns, not the task table's. */
  table: [number, number];
  names: ReadonlyMap<string, string>;
}

const CODE_HEADING = /^(?:ma|ma so|so|ky hieu|ma don vi|ma can bo)$/;
const CODED_LEAD = /^(?:chu tri|don vi chu tri|nguoi chu tri|can bo chu tri|phu trach|don vi thuc hien)\b.*\bma\b/;

export function leadCodes(grid: Grid, layout: TableLayout, firstRow: number, lastRow: number): LeadCodes | null {
  const headings = Object.entries(layout.headings).map(([c, h]) => [Number(c), headingKey(h)] as const);
  const coded = headings.find(([, k]) => CODED_LEAD.test(k))?.[0];
  if (coded === undefined) return null;
  for (const [c, k] of headings) {
    if (c <= coded + 1 || !CODE_HEADING.test(k)) continue;
    // Apart from the task table: the column before the code table is empty all down.
    let apart = true;
    for (let r = layout.headerTop; r <= lastRow && apart; r++) apart = isBlank(cellAt(grid, r, c - 1));
    if (!apart) continue;
    const names = new Map<string, string>();
    let officials = 0;
    for (let r = firstRow; r <= lastRow; r++) {
      const code = cleanText(cellText(cellAt(grid, r, c)));
      const name = cleanText(cellText(cellAt(grid, r, c + 1)));
      if (code === "" || name === "") continue;
      names.set(code, name);
      if (findOfficials(name, "xã").length > 0) officials++;
    }
    if (names.size >= 3 && officials >= names.size * 0.8) return { column: coded, table: [c, c + 1], names };
  }
  return null;
}
