import { looseKey } from "../text/normalize";

/**
 * Whether two task texts are the same task worded slightly differently, as the lead's and a
 * co-ordinator's workbooks write it ("mức độ 3,4" / "mức độ 3, 4", a word added or dropped).
 * Compared without diacritics or punctuation, by the words they share and by their letters.
 */
export function sameTaskText(a: string, b: string): boolean {
  const ka = looseKey(a);
  const kb = looseKey(b);
  if (ka === kb) return true;
  const ta = new Set(ka.split(" "));
  const tb = new Set(kb.split(" "));
  // Numbers tell tasks apart ("tháng 10" and "tháng 11" are two reports): they must be the same.
  const numbers = (t: Set<string>) =>
    [...t]
      .filter((w) => /^\d+$/.test(w))
      .sort()
      .join(" ");
  if (numbers(ta) !== numbers(tb)) return false;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  const jaccard = common / (ta.size + tb.size - common);
  if (jaccard >= 0.75) return true;
  return jaccard >= 0.5 && trigramDice(ka.replace(/ /g, ""), kb.replace(/ /g, "")) >= 0.8;
}

function trigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 3 <= s.length; i++) {
    const g = s.slice(i, i + 3);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

function trigramDice(a: string, b: string): number {
  const ga = trigrams(a);
  const gb = trigrams(b);
  let both = 0;
  let total = 0;
  for (const [g, n] of ga) {
    both += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * both) / total;
}

/**
 * Groups of the same task among items with a criterion and a text: union of pairs that
 * sameTaskText joins, compared only within a criterion and only between items that share one
 * of their rarer words (so thousands of rows are not compared pair by pair).
 */
export function sameTaskGroups<T>(items: readonly T[], codeOf: (x: T) => string | null, textOf: (x: T) => string): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const byCode = new Map<string, number[]>();
  items.forEach((x, i) => {
    const k = codeOf(x) ?? "\u0000";
    const list = byCode.get(k);
    if (list) list.push(i);
    else byCode.set(k, [i]);
  });
  for (const idx of byCode.values()) {
    const words = idx.map((i) => [
      ...new Set(
        looseKey(textOf(items[i]))
          .split(" ")
          .filter((w) => w.length >= 2),
      ),
    ]);
    const df = new Map<string, number>();
    for (const ws of words) for (const w of ws) df.set(w, (df.get(w) ?? 0) + 1);
    // Exact texts first (cheap), then candidates sharing one of their three rarest words.
    const exact = new Map<string, number>();
    const buckets = new Map<string, number[]>();
    idx.forEach((i, n) => {
      const key = looseKey(textOf(items[i]));
      const seen = exact.get(key);
      if (seen !== undefined) union(seen, i);
      else exact.set(key, i);
      const rare = [...words[n]].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || (a < b ? -1 : 1)).slice(0, 3);
      for (const w of rare) {
        const list = buckets.get(w);
        if (list) list.push(i);
        else buckets.set(w, [i]);
      }
    });
    for (const bucket of buckets.values()) {
      if (bucket.length > 200) continue; // a word too common to tell tasks apart
      for (let x = 0; x < bucket.length; x++)
        for (let y = x + 1; y < bucket.length; y++) {
          const i = bucket[x];
          const j = bucket[y];
          if (find(i) !== find(j) && sameTaskText(textOf(items[i]), textOf(items[j]))) union(i, j);
        }
    }
  }
  const groups = new Map<number, T[]>();
  items.forEach((x, i) => {
    const r = find(i);
    const list = groups.get(r);
    if (list) list.push(x);
    else groups.set(r, [x]);
  });
  return [...groups.values()];
}
