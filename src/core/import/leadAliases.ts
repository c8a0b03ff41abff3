import { resolveOfficial } from "../plan/officials";
import { cleanText, looseKey } from "../text/normalize";
import { RawTask } from "./records";

/**
 * "Đ/c Lan (VP-TK)" on one row and "Đ/c Lan" on another: the workbook itself says whose post the
 * name is. A name written alone is read as the post it was written with elsewhere in the same
 * workbook, said in Ghi chú; a name written with two different posts is left as written.
 */
const HONORIFIC = String.raw`(?:[Đđ]\/[cC]|[Đđ]\.[cC]|[Đđ]ồng chí|[Aa]nh|[Cc]hị|[Ôô]ng|[Bb]à)`;
const NAME = String.raw`\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,3}`;
const NAME_WITH_POST = new RegExp(String.raw`^(?:${HONORIFIC}\s+)?(${NAME})\s*(?:\(([^()]+)\)|[-–]\s*(\S.*))$`, "u");
// Alone, with or without "Đ/c": only a name the workbook wrote with a post is looked up.
const NAME_ALONE = new RegExp(String.raw`^(?:${HONORIFIC}\s+)?(${NAME})$`, "u");

interface Post {
  post: string;
  title: string;
  at: string;
}

export function leadsByNamesWritten(tasks: RawTask[]): void {
  const posts = new Map<string, Post | null>();
  for (const t of tasks) {
    const m = NAME_WITH_POST.exec(cleanText(t.lead));
    if (!m) continue;
    const post = (m[2] ?? m[3]).trim();
    const r = resolveOfficial(post);
    if (!r.ok) continue;
    const key = looseKey(m[1]);
    const known = posts.get(key);
    if (known === undefined) posts.set(key, { post, title: r.title, at: `sheet ${t.source.sheet} dòng ${t.source.row}` });
    else if (known !== null && known.title !== r.title) posts.set(key, null);
  }
  if (posts.size === 0) return;
  for (const t of tasks) {
    const written = cleanText(t.lead);
    const m = NAME_ALONE.exec(written);
    const known = m ? posts.get(looseKey(m[1])) : undefined;
    // "Văn phòng" is an office of its own, whatever a bracket beside it said once.
    if (!known || resolveOfficial(written).ok) continue;
    t.lead = known.post;
    t.note = [t.note, `Chủ trì ghi "${written}": ${known.post} như ${known.at} ghi`, `Người phụ trách: ${written}`]
      .filter((x) => x !== "")
      .join("; ");
  }
}
