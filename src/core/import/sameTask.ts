import { looseKey } from "../text/normalize";

/** A task text reduced once for comparing: its key, its words, its numbers. */
interface Words {
  key: string;
  words: Set<string>;
  numbers: string;
}

/** The numbers of a key, in the order written: "số 5 của tệp 7" and "số 7 của tệp 5" are two tasks. */
function numbersOf(key: string): string {
  // Scanned in place: splitting every task's key into its words was most of what dedupe allocated.
  let out = "";
  for (let start = 0; start < key.length;) {
    let end = key.indexOf(" ", start);
    if (end < 0) end = key.length;
    let digits = end > start;
    for (let i = start; i < end && digits; i++) {
      const c = key.charCodeAt(i);
      digits = c >= 48 && c <= 57;
    }
    if (digits) out = out === "" ? key.slice(start, end) : `${out} ${key.slice(start, end)}`;
    start = end + 1;
  }
  return out;
}

// "(chuyển từ Q3)", "(Q3 chuyển sang)", "(tiếp)": where a task came from, not what it is.
const CARRIED = /\((?:[^()]*(?<![\p{L}])chuyển\s+(?:từ|sang|qua)(?![\p{L}])[^()]*|tiếp(?: theo)?|chuyển tiếp)\)/giu;

/** A task's text as compared (and its criterion suggested): without the note of the quarter it was carried from. */
export function comparable(text: string): string {
  return text.includes("(") ? text.replace(CARRIED, " ") : text;
}

/** The numbers a task's text holds, which tell tasks apart (worked out as each workbook arrives). */
export function taskNumbers(text: string): string {
  const t = comparable(text);
  return scanNumbers(t) ?? numbersOf(looseKey(t));
}

// How a character counts in a loose key: a digit, another letter of a word, a mark that joins the
// letter before it, or a break between words. Known once per character.
const DIGIT = 0;
const LETTER = 1;
const MARK = 2;
const BREAK = 3;
const MIXED = 4;
const KINDS = new Map<string, number>();

function kindOf(code: number, ch: string): number {
  if (code >= 48 && code <= 57) return DIGIT;
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 37 ? LETTER : BREAK;
  let kind = KINDS.get(ch);
  if (kind === undefined) {
    const base = looseKey(`a${ch}a`);
    // The letter as looseKey reads it between two letters: gone (a mark), one letter, or a break.
    kind = base === "aa" ? MARK : base === "a a" ? BREAK : /^a[a-z%]a$/.test(base) ? LETTER : /^a[0-9]a$/.test(base) ? DIGIT : MIXED;
    if (KINDS.size < 4096) KINDS.set(ch, kind);
  }
  return kind;
}

/**
 * numbersOf(looseKey(text)) in one pass over the text, with no key built: the words made only of
 * digits. Null for a character whose key is more than one letter (looseKey then decides).
 */
function scanNumbers(text: string): string | null {
  let out = "";
  let start = -1;
  let digits = true;
  let word = "";
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const kind = kindOf(code, text[i]);
    if (kind === MIXED) return null;
    if (kind === BREAK) {
      if (start >= 0 && digits && word !== "") out = out === "" ? word : `${out} ${word}`;
      start = -1;
      digits = true;
      word = "";
      continue;
    }
    if (start < 0) start = i;
    if (kind === LETTER) digits = false;
    else if (kind === DIGIT && digits) word += text[i];
  }
  return out;
}

function wordsOf(text: string): Words {
  return withWords(looseKey(comparable(text)));
}

function withWords(key: string): Words {
  return { key, words: new Set(key.split(" ")), numbers: numbersOf(key) };
}

/**
 * Whether two task texts are the same task worded slightly differently, as the lead's and a
 * co-ordinator's workbooks write it ("mức độ 3,4" / "mức độ 3, 4", a word added or dropped).
 * Compared without diacritics or punctuation, by the words they share and by their letters.
 * Numbers tell tasks apart ("tháng 10" and "tháng 11" are two reports): they must be the same.
 */
export function sameTaskText(a: string, b: string): boolean {
  return sameWords(wordsOf(a), wordsOf(b));
}

// Words that join a sentence and name nothing: adding or dropping one does not make another task.
const FILLER = new Set(
  "cac va cua cho tai tren theo de trong ve viec nhung duoc da se cong tac thuc hien tien hanh trien khai to chuc day manh tang cuong kip thoi nham".split(
    " ",
  ),
);

/** Words one text has and the other not, fillers left out. */
function ownWords(a: Words, b: Words): string[] {
  return [...a.words].filter((w) => !b.words.has(w) && !FILLER.has(w));
}

function sameWords(a: Words, b: Words): boolean {
  if (a.key === b.key) return true;
  if (a.numbers !== b.numbers) return false;
  // One thing named in place of another ("lĩnh vực hộ tịch" / "lĩnh vực chứng thực") is another task,
  // unless the words are the same word mistyped.
  const onlyA = ownWords(a, b);
  const onlyB = ownWords(b, a);
  if (onlyA.length > 0 && onlyB.length > 0 && !mistyped(onlyA.join(" "), onlyB.join(" "))) return false;
  // "quý II" / "quý III", "đợt 1" / "đợt 2" a letter apart: the next period's task, never a typo.
  if (onlyA.length > 0 && onlyB.length > 0 && [...onlyA, ...onlyB].some((w) => PERIOD_WORD.test(w))) return false;
  let common = 0;
  for (const t of a.words) if (b.words.has(t)) common++;
  const jaccard = common / (a.words.size + b.words.size - common);
  if (jaccard >= 0.75) return true;
  return jaccard >= 0.5 && trigramDice(a.key.replace(/ /g, ""), b.key.replace(/ /g, "")) >= 0.8;
}

// Words that tell one period's task from the next ("quý III" / "quý IV", "đợt 2"): never retyped into each other.
const PERIOD_WORD = /^(?:i|ii|iii|iv|v|vi|q\d|t\d{1,2}|\d+|dot|lan|ky)$/;

/**
 * A row retyped from one quarter's sheet to the next ("Rà soát đội ngũ CBCC theo từng chức danh" /
 * "Rà soát tổng thể đội ngũ CBCC về số lượng, chất lượng theo từng chức danh"): one's words within
 * the other's, or most of them shared, and no period word of its own either side.
 */
function retyped(a: Words, b: Words): boolean {
  const onlyA = ownWords(a, b);
  const onlyB = ownWords(b, a);
  if ([...onlyA, ...onlyB].some((w) => PERIOD_WORD.test(w))) return false;
  const [short] = [a, b].sort((x, y) => x.words.size - y.words.size);
  if ((onlyA.length === 0 || onlyB.length === 0) && short.words.size >= 3) return true;
  let common = 0;
  for (const t of a.words) if (b.words.has(t)) common++;
  return common / (a.words.size + b.words.size - common) >= 0.6;
}

/** Whether two short texts are one text mistyped: a letter or two apart (edit distance). */
function mistyped(a: string, b: string): boolean {
  const limit = 1 + Math.floor(Math.max(a.length, b.length) / 6);
  if (Math.abs(a.length - b.length) > limit) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length] <= limit;
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
 * Groups of the same task among items with a criterion and a text: union of the pairs sameTaskText
 * joins, compared only within a criterion and the same numbers, and only between items that share
 * one of their rarer words (so thousands of rows are not compared pair by pair). Items of one place
 * (`placeOf`, a sheet) are joined only by the same words.
 */
export function sameTaskGroups<T>(
  items: readonly T[],
  codeOf: (x: T) => string | null,
  textOf: (x: T) => string,
  numbersOfItem: (x: T) => string = (x) => taskNumbers(textOf(x)),
  placeOf: (x: T) => string | null = () => null,
  kinOf: (x: T) => string | null = () => null,
): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const union = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  // Blocks by criterion, then by numbers; a block of one (most tasks) is its index alone. Keys and
  // word sets only for a block that can hold the same task twice, and only while it is compared (at
  // 200,000 rows those of every row would be hundreds of megabytes).
  const byCode = new Map<string, Map<string, number | number[]>>();
  items.forEach((x, i) => {
    const code = codeOf(x) ?? "";
    const numbers = numbersOfItem(x);
    let blocks = byCode.get(code);
    if (!blocks) byCode.set(code, (blocks = new Map()));
    const list = blocks.get(numbers);
    if (list === undefined) blocks.set(numbers, i);
    else if (typeof list === "number") blocks.set(numbers, [list, i]);
    else list.push(i);
  });
  const blocks = [...byCode.values()].flatMap((m) => [...m.values()]);
  for (const idx of blocks) {
    if (typeof idx === "number") continue;
    const reduced = new Map<number, Words>();
    const places = new Map(idx.map((i) => [i, placeOf(items[i])] as const));
    for (const i of idx) reduced.set(i, wordsOf(textOf(items[i])));
    const words = (i: number) => reduced.get(i) as Words;
    const df = new Map<string, number>();
    for (const i of idx) for (const w of words(i).words) df.set(w, (df.get(w) ?? 0) + 1);
    const exact = new Map<string, number>();
    const buckets = new Map<string, number[]>();
    for (const i of idx) {
      const { key } = words(i);
      const seen = exact.get(key);
      if (seen !== undefined) {
        union(seen, i);
        continue;
      }
      exact.set(key, i);
      const rare = [...words(i).words]
        .filter((w) => w.length >= 2)
        .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || (a < b ? -1 : 1))
        .slice(0, 3);
      for (const w of rare) {
        const list = buckets.get(w);
        if (list) list.push(i);
        else buckets.set(w, [i]);
      }
    }
    for (const bucket of buckets.values()) {
      if (bucket.length > 200) continue; // a word too common to tell tasks apart
      for (let x = 0; x < bucket.length; x++)
        for (let y = x + 1; y < bucket.length; y++) {
          const i = bucket[x];
          const j = bucket[y];
          // Two rows of one table worded apart are two tasks the official wrote ("Ban hành Kế hoạch CCHC" and
          // "Ban hành Kế hoạch tuyên truyền CCHC"): only the same words make the same task there.
          const here = places.get(i) ?? null;
          if (here !== null && here === places.get(j)) continue;
          if (find(i) !== find(j) && sameWords(words(i), words(j))) union(i, j);
        }
    }
    // One workbook's quarter sheets, a row retyped between them under the same criterion, lead and deadline: their
    // own words are the ones that differ, so they share no rare word to be met by; compared kin by kin (a handful).
    const kins = new Map<string, number[]>();
    for (const i of idx) {
      const kin = kinOf(items[i]);
      if (kin !== null) kins.set(kin, [...(kins.get(kin) ?? []), i]);
    }
    for (const kin of kins.values())
      for (let x = 0; x < kin.length && kin.length <= 50; x++)
        for (let y = x + 1; y < kin.length; y++) {
          const [i, j] = [kin[x], kin[y]];
          const here = places.get(i) ?? null;
          if (here !== null && here === places.get(j)) continue;
          if (find(i) !== find(j) && retyped(words(i), words(j))) union(i, j);
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
