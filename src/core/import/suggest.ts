import { ItemGroup, Plan } from "../plan/model";
import { looseKey } from "../text/normalize";

// Words that say nothing about which criterion a task serves.
const STOP = new Set(
  "va cua cac cho voi trong theo tren tai de la duoc co khong nhung mot so ve khi tu den nay do thuc hien tang cuong cong tac viec xa ubnd uy ban nhan dan nam nguoi dan to chuc can bo cong chuc tiep tuc dam bao nang cao day manh trien khai".split(
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

/**
 * The plan item a task most likely belongs to, by the words it shares with the item's
 * title, objective and tasks (weighted by how rare each word is across items).
 * Null when nothing is shared enough to say.
 */
export function suggestCriterion(content: string, plan: Plan, group: ItemGroup | null = null): string | null {
  const docs = plan.items.map((i) => new Set(terms([i.title, i.objective, ...i.tasks].join(" "))));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d) df.set(t, (df.get(t) ?? 0) + 1);
  const query = new Set(terms(content));
  let best: { code: string; score: number } | null = null;
  plan.items.forEach((item, i) => {
    // Under a section naming the group (CCHC or SIPAS), only that group's items.
    if (group !== null && item.group !== group) return;
    let score = 0;
    for (const t of query) if (docs[i].has(t)) score += Math.log(1 + plan.items.length / (df.get(t) ?? 1)) * (t.includes(" ") ? 2 : 1);
    if (!best || score > best.score) best = { code: item.code, score };
  });
  const found = best as { code: string; score: number } | null;
  return found && found.score >= 3 ? found.code : null;
}
