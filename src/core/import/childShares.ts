import { looseKey } from "../text/normalize";
import { CellRange, Grid, GridCell, cellText, formatAt, isBlank } from "./grid";
import { parseCountCell, parsePercentCell } from "./values";

/**
 * A district form's counts with their shares of a parent row, in bands over "Số lượng | Tỷ lệ (%)":
 *
 *   1 | Hồ sơ TTHC tiếp nhận            | 214 |      | 190 |
 *     | Trong đó:
 *     | a) Tiếp nhận trực tuyến mức độ 3 | 52  | 24,3 | 21  | 11,1
 *
 * Each share is a rate of its own, the child's count over its parent's: the child's rate cell is rewritten
 * "52/214" and its name says what it measures, then its parent; each band's label moves onto its rate column,
 * merged down over the sub-headings, and the count columns' headings go, so every band is one period's column.
 * The parents' rows go too (their counts are in the ratios, a note they wrote moves to their first child).
 * Only where the written rate agrees with the two counts: a rate of something else stays as the sheet has it.
 */
const COUNT_HEAD = /^(?:so luong|sl|so|so ho so|so van ban|so nguoi|so tien|gia tri|thuc hien|th)$/;
const RATE_HEAD = /^(?:ty le|tl|ty le %|%|%\s*so voi tong)$/;
const NAME_HEAD = /\b(?:noi dung|chi tieu|ten chi tieu|danh muc)\b/;
const CHILD_MARK = /^\s*(?:[a-zđ]\s*\)|[-+•–*]|\(\d+\))\s*/iu;
const IN_WHICH = /^trong do\b/;

interface Band {
  count: number;
  rate: number;
  label: string;
}

export interface ChildShares {
  grid: Grid;
  /** Rows whose shares were read, child row → parent row. */
  shares: Map<number, number>;
  /** Rows that are the rest of a split ("b) Trực tiếp" beside "a) Trực tuyến"), not read: row, its parent, its words. */
  rests: Array<{ row: number; parent: number; name: string }>;
  /** A share whose written rate its counts do not give, on a row whose other shares agree: kept as written, said. */
  mismatches: Array<{ row: number; col: number; rate: number; part: number; whole: number; parent: number }>;
}

// The rest of a split, beside the share a plan measures: late beside on time, in person beside online.
const REST = /\b(?:qua han|tre han|cham|truc tiep|buu chinh|ban giay|giay|chua|khong dat|con lai|khac)\b/;

function text(grid: Grid, r: number, c: number): string {
  return cellText(grid.rows[r - 1]?.[c - 1] ?? null).trim();
}

function mergeAt(grid: Grid, r: number, c: number): CellRange | undefined {
  return grid.merges.find((m) => m.top <= r && m.bottom >= r && m.left <= c && m.right >= c);
}

/** The header row holding "Số lượng | Tỷ lệ" pairs, each under a band's label. */
function bandsRow(grid: Grid): { row: number; bands: Band[] } | null {
  for (let r = 2; r <= Math.min(grid.rows.length, 30); r++) {
    const row = grid.rows[r - 1] ?? [];
    const bands: Band[] = [];
    for (let c = 1; c < row.length; c++) {
      if (
        !COUNT_HEAD.test(looseKey(text(grid, r, c))) ||
        !RATE_HEAD.test(
          looseKey(text(grid, r, c + 1))
            .replace(/\s*%$/, " %")
            .trim(),
        )
      )
        continue;
      const band = mergeAt(grid, r - 1, c);
      const top = band ? text(grid, band.top, band.left) : text(grid, r - 1, c);
      // The band must cover both columns: a label over the count alone is no pair's.
      if (top === "" || (band !== undefined && band.right < c + 1)) continue;
      bands.push({ count: c, rate: c + 1, label: top });
      c++;
    }
    if (bands.length > 0) return { row: r, bands };
  }
  return null;
}

function nameColumn(grid: Grid, head: number, first: number): number | null {
  for (const r of [head - 1, head]) for (let c = 1; c < first; c++) if (NAME_HEAD.test(looseKey(text(grid, r, c)))) return c;
  return null;
}

/** A count as the desk writes it ("214", "1.520", "52 hồ sơ"), else null. */
function countAt(grid: Grid, r: number, c: number): number | null {
  const n = parseCountCell(grid.rows[r - 1]?.[c - 1] ?? null);
  return n.kind === "ok" ? n.value : null;
}

/** A rate as written ("24,3", "86,96%", 0.243 under a % format, shown 24,3 %), else null. */
function rateAt(grid: Grid, r: number, c: number): number | null {
  const n = parsePercentCell(grid.rows[r - 1]?.[c - 1] ?? null, formatAt(grid, r, c));
  return n.kind === "ok" ? n.value : null;
}

/** The written rate agrees with part over whole, as a percentage or a fraction (rounded as officials round). */
function agrees(rate: number, part: number, whole: number): boolean {
  const share = (part / whole) * 100;
  return Math.abs(rate - share) <= 0.6 || (rate <= 1 && Math.abs(rate * 100 - share) <= 0.6);
}

// "Hồ sơ", "Văn bản", "Triệu đồng": a row's unit, said by the child's own.
function isUnit(v: string): boolean {
  return v.trim().split(/\s+/).length <= 2 && v.trim().length <= 12;
}

export function withChildShares(grid: Grid): ChildShares | null {
  const head = bandsRow(grid);
  if (!head) return null;
  const nameCol = nameColumn(grid, head.row, head.bands[0].count);
  if (nameCol === null) return null;
  const rows = grid.rows.map((r) => r.slice());
  const put = (r: number, c: number, v: GridCell) => {
    const row = rows[r - 1];
    while (row.length < c) row.push(null);
    row[c - 1] = v;
  };
  const shares = new Map<number, number>();
  const mismatches: ChildShares["mismatches"] = [];
  let parent: number | null = null;
  let inWhich = false;
  for (let r = head.row + 1; r <= grid.rows.length; r++) {
    const name = text(grid, r, nameCol);
    const mark = nameCol > 1 ? text(grid, r, nameCol - 1) : "";
    if (name === "") continue;
    // "Trong đó:" alone opens the children; "Trong đó: gửi dưới dạng điện tử" is one.
    const within = IN_WHICH.test(looseKey(name));
    if (within && looseKey(name) === "trong do") {
      inWhich = true;
      continue;
    }
    const child = within || CHILD_MARK.test(name) || CHILD_MARK.test(mark) || (inWhich && mark === "");
    if (!child) {
      // A row of its own: a parent where it counts something in a band and writes no share there.
      inWhich = false;
      // (Its own share blank, or the whole, "100".)
      const whole = (b: Band) => {
        const v = grid.rows[r - 1]?.[b.rate - 1] ?? null;
        return isBlank(v) || rateAt(grid, r, b.rate) === 100;
      };
      parent = head.bands.some((b) => Number.isInteger(countAt(grid, r, b.count)) && whole(b)) ? r : null;
      continue;
    }
    if (parent === null) continue;
    let read = false;
    const off: ChildShares["mismatches"] = [];
    for (const b of head.bands) {
      const part = countAt(grid, r, b.count);
      const whole = countAt(grid, parent, b.count);
      const rate = rateAt(grid, r, b.rate);
      if (part === null || whole === null || rate === null || !Number.isInteger(part) || !Number.isInteger(whole)) continue;
      if (whole <= 0 || part > whole) continue;
      if (!agrees(rate, part, whole)) {
        off.push({ row: r, col: b.rate, rate, part, whole, parent });
        continue;
      }
      put(r, b.count, null);
      put(r, b.rate, `${part}/${whole}`);
      read = true;
    }
    if (read) mismatches.push(...off);
    if (!read) continue;
    shares.set(r, parent);
    const own = name
      .replace(CHILD_MARK, "")
      .replace(/^\s*trong đó\s*:?\s*/iu, "")
      .trim();
    // The child's own words first (what the rate measures), then its parent's, apart: "Tổng số hồ sơ TTHC tiếp
    // nhận" would make any share of it look like the on-time rate's.
    put(r, nameCol, `Tỷ lệ ${own.charAt(0).toLowerCase()}${own.slice(1)}; trên ${text(grid, parent, nameCol)} (dòng ${parent})`);
  }
  if (shares.size === 0) return null;
  // A parent split whole among its children: the one saying it is the rest is no rate of the plan's.
  const rests: ChildShares["rests"] = [];
  const first = head.bands[0];
  for (const p of new Set(shares.values())) {
    const kids = [...shares].filter(([, q]) => q === p).map(([r]) => r);
    const count = (r: number) => countAt(grid, r, first.count) ?? 0;
    if (kids.length < 2 || kids.reduce((t, r) => t + count(r), 0) !== count(p)) continue;
    const rest = kids.filter((r) => REST.test(looseKey(text(grid, r, nameCol))));
    if (rest.length === 0 || rest.length === kids.length) continue;
    for (const r of rest) {
      rests.push({ row: r, parent: p, name: text(grid, r, nameCol) });
      shares.delete(r);
      rows[r - 1] = [];
    }
    // What is left is one share ("+ Trước hạn", "+ Đúng hạn" beside "+ Quá hạn"): their counts added, on the first's row.
    const kept = kids.filter((r) => !rest.includes(r));
    if (kept.length < 2) continue;
    const [lead, ...others] = kept;
    for (const b of head.bands) {
      const parts = kept.map((r) => countAt(grid, r, b.count));
      const whole = countAt(grid, p, b.count);
      put(lead, b.rate, parts.every((x) => x !== null) && whole !== null ? `${parts.reduce((t, x) => t + (x ?? 0), 0)}/${whole}` : null);
      put(lead, b.count, null);
    }
    const words = kept.map((r) => text(grid, r, nameCol).replace(CHILD_MARK, "").trim().toLowerCase());
    put(lead, nameCol, `Tỷ lệ ${words.join(" và ")}; trên ${text(grid, p, nameCol)} (dòng ${p}; dòng ${kept.join(" + ")})`);
    for (const r of others) {
      shares.delete(r);
      rows[r - 1] = [];
    }
  }
  // The parents' rows go: their counts are in the ratios, their names in the children's; a note they wrote
  // ("Theo QĐ giao vốn của huyện") goes with their first child's name.
  const firstChild = new Map<number, number>();
  for (const [r, p] of shares) if (!firstChild.has(p)) firstChild.set(p, r);
  const bandCols = new Set(head.bands.flatMap((b) => [b.count, b.rate]));
  for (const [p, r] of firstChild) {
    const notes = (grid.rows[p - 1] ?? [])
      .map((v, i) => ({ v, c: i + 1 }))
      .filter(({ v, c }) => c > nameCol && !bandCols.has(c) && typeof v === "string" && /\p{L}{3}/u.test(v) && !isUnit(v))
      .map(({ v }) => cellText(v).trim());
    if (notes.length > 0) put(r, nameCol, `${cellText(rows[r - 1][nameCol - 1]).trim()}; ${notes.join("; ")}`);
    rows[p - 1] = [];
  }
  // Each band one column, its label over its rate column down to the sub-headings' row; the count columns go.
  const bandRow = head.row - 1;
  const merges = grid.merges.filter(
    (m) => !head.bands.some((b) => m.top <= head.row && m.bottom >= bandRow && m.left <= b.rate && m.right >= b.count),
  );
  for (const b of head.bands) {
    put(bandRow, b.rate, b.label);
    put(head.row, b.rate, null);
    put(bandRow, b.count, null);
    put(head.row, b.count, null);
    merges.push({ top: bandRow, left: b.rate, bottom: head.row, right: b.rate });
  }
  const restRows = new Set(rests.map((x) => x.row));
  return { grid: { ...grid, rows, merges }, shares, rests, mismatches: mismatches.filter((x) => !restRows.has(x.row)) };
}
