import { ItemGroup, Plan } from "../plan/model";
import { looseKey } from "../text/normalize";

// Words that say nothing about which criterion a task serves.
const STOP = new Set(
  "va cua cac cho voi trong theo tren tai de la duoc co khong nhung mot so ve khi tu den nay do thuc hien tang cuong cong tac viec xa ubnd uy ban nhan dan nam nguoi dan to chuc can bo cong chuc tiep tuc dam bao nang cao day manh trien khai ty le".split(
    " ",
  ),
);

function words(text: string): string[] {
  return looseKey(text)
    .split(" ")
    .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w));
}

/** Two-word phrases carry meaning single words do not ("giai ngan", "mot cua", "dien tu"). */
function terms(text: string): string[] {
  const w = words(text);
  return [...w, ...w.slice(1).map((x, i) => `${w[i]} ${x}`)];
}

// An item's own words: its title and objective. Its tasks' long text shares everyday words ("tuyên truyền",
// "ngân sách", "kiểm tra") with an office's routine duties, and made guesses of those (blind sets 131-136).
// Under a section naming the group (SIPAS: "chỗ ngồi", "tiếp đón" only in 2.1's tasks) the few items' tasks tell them
// apart, and an office's routine duties are not among them: there the tasks' words count too.
interface ItemWords {
  docs: Array<Set<string>>;
  df: Map<string, number>;
}
const ITEM_WORDS = new WeakMap<Plan, { own: ItemWords; withTasks: ItemWords }>();
function wordsOf(texts: string[][]): ItemWords {
  const docs = texts.map((t) => new Set(terms(t.join(" "))));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d) df.set(t, (df.get(t) ?? 0) + 1);
  return { docs, df };
}
function itemWords(plan: Plan, group: ItemGroup | null): ItemWords {
  let got = ITEM_WORDS.get(plan);
  if (!got) {
    got = {
      own: wordsOf(plan.items.map((i) => [i.title, i.objective])),
      withTasks: wordsOf(plan.items.map((i) => [i.title, i.objective, ...i.tasks])),
    };
    ITEM_WORDS.set(plan, got);
  }
  return group === null ? got.own : got.withTasks;
}

// Each item's task lines as their word pairs: a task copied from the plan shares most of its pairs with one.
const TASK_PAIRS = new WeakMap<Plan, Array<Array<Set<string>>>>();
const pairsOf = (text: string): Set<string> => new Set(terms(text).filter((t) => t.includes(" ")));

/** The item whose task line the content copies (half its word pairs, three at least), when no other item's comes near. */
function copiedTask(content: string, plan: Plan, group: ItemGroup | null): string | null {
  let lines = TASK_PAIRS.get(plan);
  if (!lines) {
    lines = plan.items.map((i) => i.tasks.map(pairsOf));
    TASK_PAIRS.set(plan, lines);
  }
  const own = pairsOf(content);
  if (own.size < 3) return null;
  const shares = plan.items.map((item, i) => {
    if (group !== null && item.group !== group) return 0;
    let best = 0;
    for (const line of lines[i]) {
      let common = 0;
      for (const p of own) if (line.has(p)) common++;
      if (common >= 3) best = Math.max(best, common / own.size);
    }
    return best;
  });
  const top = Math.max(...shares);
  const at = shares.indexOf(top);
  return top >= 0.5 && shares.every((x, i) => i === at || top - x >= 0.2) ? plan.items[at].code : null;
}

/**
 * The item whose whole title the text writes ("cải thiện chỉ số hài lòng về tổ chức giải quyết TTHC …" -> 2.2): the
 * longest title written, four words at least, where no other of that length is.
 */
function titleWritten(content: string, plan: Plan, group: ItemGroup | null): string | null {
  const text = ` ${looseKey(content)} `;
  const written = plan.items
    .filter((i) => (group === null || i.group === group) && i.title.trim().split(/\s+/).length >= 4)
    .map((i) => ({ code: i.code, key: looseKey(i.title) }))
    .filter((i) => text.includes(` ${i.key} `))
    .sort((a, b) => b.key.length - a.key.length);
  return written.length > 0 && (written.length === 1 || written[1].key.length < written[0].key.length) ? written[0].code : null;
}

// How far the best item must lead the next: a near tie is no suggestion, only a guess between two.
const MIN_SCORE = 3;
const MIN_LEAD = 4;

/**
 * The plan item a task most likely belongs to, by the words it shares with the item's title and
 * objective (weighted by how rare each word is across items), when it clearly leads every other item.
 * Null when nothing is shared enough to say.
 */
export function suggestCriterion(content: string, plan: Plan, group: ItemGroup | null = null): string | null {
  const named = titleWritten(content, plan, group);
  if (named !== null) return named;
  const copied = copiedTask(content, plan, group);
  if (copied !== null) return copied;
  const { docs, df } = itemWords(plan, group);
  const query = new Set(terms(content));
  const scored: Array<{ code: string; score: number }> = [];
  plan.items.forEach((item, i) => {
    // Under a section naming the group (CCHC or SIPAS), only that group's items.
    if (group !== null && item.group !== group) return;
    let score = 0;
    for (const t of query) if (docs[i].has(t)) score += Math.log(1 + plan.items.length / (df.get(t) ?? 1)) * (t.includes(" ") ? 2 : 1);
    scored.push({ code: item.code, score });
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score < MIN_SCORE) return null;
  return !next || best.score - next.score >= MIN_LEAD ? best.code : null;
}

// Words every indicator's title shares: they tell no criterion from another.
const TITLE_STOP = new Set("chi so hai long ve cua va ty le tai trong cac duoc nha nuoc so".split(" "));

// Short forms officials write in criteria's names, as the plan's titles spell them out.
const SHORT_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/\bkt xh\b/g, "kinh te xa hoi"],
  [/\bhdnd\b/g, "hoi dong nhan dan"],
  [/\bubnd\b/g, "uy ban nhan dan"],
  [/\bdvc\b/g, "dich vu cong"],
  [/\bbpmc\b/g, "bo phan mot cua"],
  [/\bpakn\b/g, "phan anh kien nghi"],
  [/\bvb\b/g, "van ban"],
];

function titleWords(text: string): string[] {
  return SHORT_FORMS.reduce((k, [re, full]) => k.replace(re, full), looseKey(text))
    .split(" ")
    .filter((w) => w.length > 1 && !TITLE_STOP.has(w) && !/^\d+$/.test(w));
}

/**
 * The criterion whose title a short label repeats ("Tổ chức giải quyết TTHC" -> 2.2, "Công chức Bộ
 * phận Một cửa" -> 2.3): the share of the label's words in each title, the best only when it leads
 * clearly and covers half the label, two words at least. Within a group when one is given.
 */
export function criterionByTitle(label: string, plan: Plan, group: ItemGroup | null = null): string | null {
  const words = [...new Set(titleWords(label))];
  if (words.length === 0) return null;
  const scored = plan.items
    .filter((i) => group === null || i.group === group)
    .map((i) => {
      const title = new Set(titleWords(i.title));
      const shared = words.filter((w) => title.has(w)).length;
      return { code: i.code, shared, share: shared / words.length };
    })
    .sort((a, b) => b.share - a.share);
  const [best, next] = scored;
  // Among a group's few titles half the words tell; across all, three quarters must.
  const enough = group === null ? 0.75 : 0.5;
  return best && best.shared >= 2 && best.share >= enough && (!next || best.share > next.share) ? best.code : null;
}

// Words of any satisfaction figure: what is left once they are gone names the aspect, if anything does.
const SATISFACTION_WORDS = new Set(
  "ty le ti le chi so muc do hai long cua nguoi dan to chuc sipas chung tong the toan bo khao sat phieu ve doi voi su danh gia trung binh binh quan dat ket qua trong ky nam quy thang chi tieu %".split(
    " ",
  ),
);

/** A satisfaction figure that names no aspect ("Tỷ lệ hài lòng của người dân (SIPAS)", "khảo sát 50 phiếu, tỷ lệ hài lòng 92 %"): the survey's overall. */
export function isOverallSatisfaction(label: string): boolean {
  const words = looseKey(label)
    .split(" ")
    .filter((w) => w !== "" && !/^\d+$/.test(w));
  return words.includes("long") && words.every((w) => SATISFACTION_WORDS.has(w) || w.length <= 1);
}

// The survey's five aspects, by the words a line uses for each (the first that a line names wins: "công chức
// tại Bộ phận Tiếp nhận và trả kết quả" is about officials), and the words of the plan item's title that name it.
const ASPECTS: ReadonlyArray<{ said: RegExp; title: RegExp }> = [
  { said: /\b(?:phan anh|kien nghi|pakn|gop y)\b/, title: /\bphan anh\b/ },
  { said: /\b(?:thai do|cong chuc|can bo|giao tiep|phuc vu)\b/, title: /\bcong chuc\b/ },
  { said: /\bket qua\b/, title: /\bket qua\b/ },
  { said: /\b(?:co so vat chat|trang thiet bi|ghe cho|noi ngoi|tiep can|dia diem|tru so)\b/, title: /\btiep can\b/ },
  { said: /\b(?:thu tuc|tthc|niem yet|quy trinh|to chuc giai quyet)\b/, title: /\bto chuc giai quyet\b/ },
];

/** Which of the survey's five aspects a line names (0–4, the plan aside); null where it names none. */
export function aspectNamed(label: string): number | null {
  const k = looseKey(label);
  const i = ASPECTS.findIndex((a) => a.said.test(k));
  return i < 0 ? null : i;
}

/** The satisfaction criterion whose aspect a line names ("thái độ phục vụ của công chức" -> the item on officials); null where it names none. */
export function satisfactionAspect(label: string, plan: Plan): string | null {
  const at = aspectNamed(label);
  if (at === null) return null;
  const named = ASPECTS[at];
  const items = plan.items.filter((i) => i.group === "SIPAS" && named.title.test(looseKey(i.title)));
  if (items.length === 1) return items[0].code;
  // "… công chức tại Bộ phận Tiếp nhận và trả kết quả" names results too: the item no other aspect's words name.
  const only = items.filter((i) => !ASPECTS.some((a) => a !== named && a.title.test(looseKey(i.title))));
  return only.length === 1 ? only[0].code : null;
}

/**
 * The aspect a title says is rated ("… (đánh giá công chức tiếp nhận hồ sơ …)"): only the words right after
 * "đánh giá", "khảo sát" or "hài lòng" count (a letterhead's "Bộ phận Tiếp nhận và trả kết quả" names no aspect),
 * and only when they name one aspect; null otherwise.
 */
export function soleSatisfactionAspect(text: string, plan: Plan): string | null {
  const named = new Map<number, string>();
  for (const m of looseKey(text).matchAll(/\b(?:danh gia|khao sat|hai long)((?: [a-z0-9%]+){1,6})/g)) {
    const at = aspectNamed(m[1]);
    if (at !== null) named.set(at, m[1]);
  }
  return named.size === 1 ? satisfactionAspect([...named.values()][0], plan) : null;
}
