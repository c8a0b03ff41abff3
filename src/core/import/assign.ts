/**
 * The best whole assignment of columns to fields: each column gets at most one field, each field
 * at most one column, and the sum of the scores is as high as it can be (the Hungarian method).
 * Matching field by field, strongest first, takes a column another field needed more.
 */
export function bestAssignment<F extends string>(
  columns: readonly number[],
  fields: readonly F[],
  score: (col: number, field: F) => number,
  minScore: number,
): Map<F, number> {
  const n = columns.length;
  const m = fields.length + n; // one "no field" option per column, worth 0
  const BLOCKED = 1e6;
  // Costs to minimise: -score; a score under the bar may not be chosen.
  const cost: number[][] = columns.map((c, i) => [
    ...fields.map((f) => {
      const s = score(c, f);
      return s >= minScore ? -s : BLOCKED;
    }),
    ...columns.map((_, j) => (j === i ? 0 : BLOCKED)),
  ]);
  const assigned = hungarian(cost, n, m);
  const out = new Map<F, number>();
  assigned.forEach((j, i) => {
    if (j < fields.length && cost[i][j] < BLOCKED) out.set(fields[j], columns[i]);
  });
  return out;
}

/** Minimum-cost assignment of n rows to m ≥ n columns; returns each row's column. O(n²m). */
function hungarian(a: readonly number[][], n: number, m: number): number[] {
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(INF);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = a[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const rowToCol = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j] !== 0) rowToCol[p[j] - 1] = j - 1;
  return rowToCol;
}
