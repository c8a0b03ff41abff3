import { cleanText, looseKey } from "../text/normalize";

/**
 * Officials of a commune People's Committee, the titles the plan uses for them and the
 * aliases people type. One table, easy to extend: add a row, or a pattern to a row.
 * Patterns run on looseKey() text (no diacritics, lower case, punctuation as spaces).
 */
export type OfficialRole =
  | "chu-tich"
  | "pho-chu-tich"
  | "van-phong-thong-ke"
  | "van-hoa-xa-hoi"
  | "tai-chinh-ke-toan"
  | "dia-chinh-xay-dung"
  | "tu-phap-ho-tich"
  | "mot-cua"
  | "can-bo-cong-chuc"
  | "cong-chuc-lien-quan"
  | "truong-thon"
  | "quan-su"
  | "cong-an"
  | "mat-tran";

interface RoleEntry {
  role: OfficialRole;
  /** The title, with {unit} for "xã" / "phường" / "thị trấn". */
  title: string;
  patterns: RegExp[];
  /** Titles every People's Committee has (its chair and vice-chairs); the rest are a commune's officials. */
  everyLevel?: true;
}

/**
 * The officials above are a commune's (công chức Văn phòng-Thống kê …). A province's or a
 * district's plan names departments ("Sở Nội vụ", "Văn phòng UBND tỉnh"), which must not be read
 * as a commune's officials: only the chair and vice-chairs are common to every level.
 */
const COMMUNE_TYPES: readonly string[] = ["xã", "phường", "thị trấn", "đặc khu"];

export function isCommuneType(unitType: string): boolean {
  return COMMUNE_TYPES.includes(unitType);
}

function rolesFor(unitType: string): readonly RoleEntry[] {
  return isCommuneType(unitType) ? ROLES : ROLES.filter((r) => r.everyLevel);
}

// "Chủ tịch Hội Nông dân", "Phó CT Hội", "Văn phòng Đảng ủy", "Chủ tịch HĐND": another body's post, never the commune
// People's Committee's (a council's chair is no committee's chair either).
const OTHER_BODIES = "hoi|mttq|mat tran|cong doan|dang uy|doan thanh nien|cuu chien binh|ccb|phu nu|nong dan";
const NOT_UBND = `(?! (?:hdnd|${OTHER_BODIES}))`;
// "Văn phòng HĐND và UBND xã" is the commune's own office (since 2025); "Văn phòng Hội", "Văn phòng Đảng ủy" are not.
const NOT_OTHER_OFFICE = `(?! (?:${OTHER_BODIES}))`;

// Order matters: "phó chủ tịch" before "chủ tịch", "công chức có liên quan" before "cán bộ, công chức".
const ROLES: readonly RoleEntry[] = [
  {
    role: "pho-chu-tich",
    title: "Phó Chủ tịch Ủy ban nhân dân {unit}",
    // "Phó CT", "Phó CT (Kinh tế)": the vice-chair written short.
    patterns: [
      new RegExp(`\\bpho chu tich\\b${NOT_UBND}`),
      new RegExp(`\\bpct\\b${NOT_UBND}`),
      new RegExp(`\\bpho ct\\b${NOT_UBND}`),
      // "P.CT UBND", "P. Chủ tịch": "phó" cut to its letter.
      new RegExp(`\\bp (?:ct|chu tich)\\b${NOT_UBND}`),
      /\bvice[ -]?chair(?:man|woman|person)?\b/,
    ],
    everyLevel: true,
  },
  {
    role: "chu-tich",
    everyLevel: true,
    title: "Chủ tịch Ủy ban nhân dân {unit}",
    // "Ctịch": chủ tịch, its first word cut to a letter.
    patterns: [
      new RegExp(`\\bchu tich\\b${NOT_UBND}`),
      /\bctich\b/,
      /\bct ubnd\b/,
      /\bct\b(?= ubnd| xa| phuong|$)/,
      /\bnguoi dung dau\b/,
      /\bchair(?:man|woman|person)?\b/,
    ],
  },
  {
    role: "van-phong-thong-ke",
    title: "Công chức Văn phòng-Thống kê",
    // "Văn phòng HĐND và UBND xã" (since 2025), "VP HĐND-UBND": the office that took its work.
    patterns: [
      /\bvan phong ?thong ke\b/,
      /\bvp ?tk\b/,
      new RegExp(`\\bvan phong\\b${NOT_OTHER_OFFICE}`),
      /\bvp hdnd\b/,
      /\bvp ?thong ke\b/,
    ],
  },
  // "Văn hóa - XH", "VH-Xã hội": a half of the title written out, the other shortened.
  {
    role: "van-hoa-xa-hoi",
    title: "Công chức Văn hóa-Xã hội",
    patterns: [/\bvan hoa ?xa hoi\b/, /\bvh ?xh\b/, /\bvan hoa ?xh\b/, /\bvh ?xa hoi\b/],
  },
  {
    role: "tai-chinh-ke-toan",
    title: "Công chức Tài chính-Kế toán",
    patterns: [/\btai chinh ?ke toan\b/, /\btc ?kt\b/, /\bke toan\b/, /\btai chinh ?kt\b/],
  },
  {
    role: "dia-chinh-xay-dung",
    title: "Công chức Địa chính-Xây dựng",
    patterns: [
      /\bdia chinh\b(?: nong nghiep)? ?xay dung\b/,
      /\bdc ?xd\b/,
      // "DC-NN-XD-MT": Địa chính - Nông nghiệp - Xây dựng - Môi trường, the post's name since 2020.
      /\bdc ?nn\b/,
      /\bdia chinh\b/,
      /\b(?:cv|chuyen vien|cong chuc) xay dung\b/,
      /\bdc ?xay dung\b/,
    ],
  },
  {
    role: "tu-phap-ho-tich",
    title: "Công chức Tư pháp-Hộ tịch",
    patterns: [/\btu phap ?ho tich\b/, /\btp ?ht\b/, /\btu phap\b/, /\btp ?ho tich\b/],
  },
  {
    role: "mot-cua",
    title: "Bộ phận Tiếp nhận và trả kết quả {unit}",
    // Since 1/7/2025 the desk is the commune's "Trung tâm Phục vụ hành chính công" (TTPVHCC) and its service points.
    patterns: [
      /\btiep nhan va tra ket qua\b/,
      /\bmot cua\b/,
      // "BP 1 cửa", "BP1C": the desk's name shortened with its digit.
      /\b(?:bp ?)?1 ?cua\b/,
      /\bbp ?1c\b/,
      // "BPMC", "BP MC": "Bộ phận một cửa" by its initials.
      /\bbp ?mc\b/,
      /\btn ?(?:va )?tkq\b/,
      /\bbp ?tn\b/,
      /\btrung tam phuc vu hanh chinh cong\b/,
      /\b(?:tt ?)?pvhcc\b/,
      /\bdiem phuc vu\b/,
      /\bquay tiep nhan\b/,
    ],
  },
  { role: "cong-chuc-lien-quan", title: "Công chức có liên quan", patterns: [/\bcong chuc co lien quan\b/] },
  { role: "can-bo-cong-chuc", title: "Cán bộ, công chức {unit}", patterns: [/\bcan bo ?cong chuc\b/, /\bcbcc\b/] },
  {
    role: "truong-thon",
    title: "Trưởng thôn",
    // A village's head by its local name: "làng", "buôn", "plei" (Central Highlands), "ấp" (the south); never "Trưởng ban", which "bản" would read as.
    patterns: [
      /\btruong thon\b/,
      /\btruong (?:ap|lang|buon|plei|xom|khom|soc)\b/,
      /\bxom truong (?:xom\b|\d|$)/,
      /\bto truong to dan pho\b/,
    ],
  },
  // "Ban CHQS xã", "BCH Quân sự": the commune's military command.
  {
    role: "quan-su",
    title: "Chỉ huy trưởng Quân sự {unit}",
    // "CHT" alone: the commune's military commander, as the militia's own lists write it.
    patterns: [
      /\bquan su\b/,
      /\b(?:ban )?chqs\b/,
      /\b(?:cht|chi huy truong|ban chi huy) ?qs\b/,
      /^ (?:d c |dc )?(?:cht|chi huy truong|chp|chi huy pho) $/,
    ],
  },
  {
    role: "cong-an",
    title: "Trưởng Công an {unit}",
    // "Tổ CA": the commune police's team.
    patterns: [/\bcong an\b/, /\b(?:truong |pho truong )?ca (?:xa|phuong|thi tran)\b/, /\b(?:pho )?truong ca\b/, /\bto ca\b/],
  },
  // The plan asks the Fatherland Front's committee to take part ("Ủy ban MTTQVN và các đoàn thể xã"); its own lists are its work.
  {
    role: "mat-tran",
    title: "Ủy ban Mặt trận Tổ quốc Việt Nam {unit}",
    patterns: [/\bmttq(?: ?vn)?\b/, /\bmat tran(?: to quoc)?\b/],
  },
];

export function officialTitle(role: OfficialRole, unitType = "xã"): string {
  const entry = ROLES.find((r) => r.role === role);
  if (!entry) throw new Error(`unknown role ${role}`);
  return entry.title.replace("{unit}", unitType);
}

/** Every title the directory knows, for the unit type ("xã", "phường"): the Danh mục list. */
export function allOfficialTitles(unitType = "xã"): string[] {
  return rolesFor(unitType).map((r) => officialTitle(r.role, unitType));
}

export interface OfficialMatch {
  role: OfficialRole;
  title: string;
  /** Where in the loose key the match starts, to keep the text's order. */
  at: number;
}

const GLOBAL_PATTERNS = new Map(ROLES.map((r) => [r.role, r.patterns.map((p) => new RegExp(p.source, "g"))]));
// The same few names recur on thousands of rows: each distinct text is matched once.
const memo = new Map<string, OfficialMatch[]>();

/** Every official named in a piece of text, in the order they appear, each once. */
export function findOfficials(text: string, unitType = "xã"): OfficialMatch[] {
  const memoKey = `${unitType}\u0000${text}`;
  const cached = memo.get(memoKey);
  if (cached) return cached;
  const found = matchOfficials(text, unitType);
  if (memo.size > 50_000) memo.clear();
  memo.set(memoKey, found);
  return found;
}

function matchOfficials(text: string, unitType: string): OfficialMatch[] {
  let key = ` ${looseKey(text)} `;
  const found: OfficialMatch[] = [];
  for (const entry of rolesFor(unitType)) {
    for (const pattern of GLOBAL_PATTERNS.get(entry.role) ?? []) {
      pattern.lastIndex = 0;
      const m = pattern.exec(key);
      if (!m) continue;
      if (!found.some((f) => f.role === entry.role)) {
        found.push({ role: entry.role, title: officialTitle(entry.role, unitType), at: m.index });
      }
      // Mask what matched so "phó chủ tịch" is not read again as "chủ tịch".
      key = key.slice(0, m.index) + " ".repeat(m[0].length) + key.slice(m.index + m[0].length);
      break;
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

export type OfficialResolution = { ok: true; role: OfficialRole; title: string } | { ok: false; text: string };

/**
 * One name typed in a cell ("CC VP-TK", "BP Một cửa", "CT UBND xã") to the plan's title.
 * A cell naming several officials resolves to the first; an unknown name comes back as
 * written so it can be kept and reported.
 */
export function resolveOfficial(text: string, unitType = "xã"): OfficialResolution {
  const [first] = findOfficials(text, unitType);
  if (first) return { ok: true, role: first.role, title: first.title };
  const role = personsOffice(text) ?? (POLICE_RANK.test(text) ? "cong-an" : undefined) ?? shortNameAlone(text);
  if (role) return { ok: true, role, title: officialTitle(role, unitType) };
  return { ok: false, text: cleanText(text) };
}

/**
 * "ĐC", "TP", "TC" alone in a lead's cell: the office's short name (never "tiêu chí" there); so are
 * "ĐC-MT", "CC ĐC-NN" (the office's own later name) and "ĐC (Lộc)" (the person in brackets).
 */
function shortNameAlone(text: string): OfficialRole | undefined {
  const m = /^\s*(?:(?:CC|CB|BP)\s+)?(\p{Lu}{2,4})(?:\s*[-–]\s*\p{Lu}{1,4})?\s*(?:\([^()]*\))?\s*$/u.exec(text);
  return m ? SHORT_NAMES[looseKey(m[1])] : undefined;
}

/**
 * "Đại úy Quan Văn Thịnh", "Trung sĩ Hà Minh Quân": a rank before a person's name is a commune
 * police officer's (the commune's police are regular forces; its militia command is named by its
 * office, "Ban CHQS", which the table above reads first).
 */
const POLICE_RANK =
  /^\s*(?:(?:[Đđ]ại|[Tt]hượng|[Tt]rung|[Tt]hiếu)\s+(?:úy|uý|tá)|(?:[Tt]hượng|[Tt]rung|[Hh]ạ)\s+sĩ)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}\s*$/u;

/**
 * A person named with the office's short name after them: in brackets ("chị Hoa (VP)", "anh Hùng
 * (CA)") or after a dash ("Đ/c An - CT", "chị Lan – TP"). The dash form counts only after a person
 * (đ/c, anh, chị … or a capitalised name), so "Kế hoạch - TC" is not an official.
 */
function personsOffice(text: string): OfficialRole | undefined {
  const bracket = /\(([^()]{1,8})\)\s*$/.exec(text);
  if (bracket) return SHORT_NAMES[looseKey(bracket[1]).replace(/\s+/g, "")];
  // "anh Tuấn ĐC", "chị Hoa VP": the short name in capitals right after a person called so, as colleagues write in a chat.
  // "A.Phúc TC", "C.Ngân TP": anh and chị shortened to their letter.
  const after =
    /^\s*(?:(?:[Đđ]\/c|[Đđ]c|[Aa]nh|[Cc]hị|[Ee]m|[Ôô]ng|[Bb]à|[Cc]ô|[Cc]hú)\s+|[AaCc]\.\s*)\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2}\s+(\p{Lu}[\p{Lu}.-]{1,5})\s*$/u.exec(
      text,
    );
  if (after) return SHORT_NAMES[looseKey(after[1]).replace(/[\s.]+/g, "")];
  // "Hằng VP", "Ngân TC": a given name alone, then the short name in capitals.
  const bare = /^\s*(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{Lu}.-]{1,5})\s*$/u.exec(text);
  if (bare && !NOT_PERSON.test(bare[1])) {
    const role = SHORT_NAMES[looseKey(bare[2]).replace(/[\s.]+/g, "")];
    if (role) return role;
  }
  // "VH - Chị Thu", a sheet of a shared tracker: the office's short name first, then the person.
  const first = /^\s*([\p{L}.]{2,6})\s*[-–—]\s*(.+?)\s*$/u.exec(text);
  const office = first && isPerson(first[2]) ? SHORT_NAMES[looseKey(first[1]).replace(/[\s.]+/g, "")] : undefined;
  if (office) return office;
  const dash = /^\s*(.+?)\s*[-–—]\s*([\p{L}.]{1,6})\s*$/u.exec(text);
  if (!dash || !isPerson(dash[1])) return undefined;
  return SHORT_NAMES[looseKey(dash[2]).replace(/[\s.]+/g, "")];
}

/** The office of a person named with its short name ("Chị Lan ĐC", "C. Mai - TP", "VH - Chị Thu"), as a sheet may be named. */
export function officeOfPerson(text: string, unitType = "xã"): string | null {
  const role = personsOffice(text);
  return role ? officialTitle(role, unitType) : null;
}

const PERSON_TITLE = /^(?:đ\/c|đ\.c|đc|đồng chí|anh|chị|ông|bà|cô|chú|a\.|c\.)\s*\p{L}[\p{L} ]{0,30}$/iu;
const PERSON_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}$/u;
// "Thôn Đông", "Tổ 3", "Ban Văn hóa": places and bodies, not people.
const NOT_PERSON = /^(?:thôn|xóm|ấp|bản|buôn|tổ|khu|khóm|phòng|ban|bộ phận|ủy ban|ubnd|trường|trạm|hội|đoàn)\b/iu;
const isPerson = (text: string) => !NOT_PERSON.test(text) && (PERSON_TITLE.test(text) || PERSON_NAME.test(text));

/** Offices' short names as written in brackets after a person. */
const SHORT_NAMES: Readonly<Record<string, OfficialRole>> = {
  vp: "van-phong-thong-ke",
  vptk: "van-phong-thong-ke",
  vh: "van-hoa-xa-hoi",
  vhxh: "van-hoa-xa-hoi",
  tc: "tai-chinh-ke-toan",
  tckt: "tai-chinh-ke-toan",
  dc: "dia-chinh-xay-dung",
  dcxd: "dia-chinh-xay-dung",
  tp: "tu-phap-ho-tich",
  tpht: "tu-phap-ho-tich",
  ca: "cong-an",
  qs: "quan-su",
  mc: "mot-cua",
  ct: "chu-tich",
  pct: "pho-chu-tich",
};

/**
 * A list of parties as the plan writes it ("Phó Chủ tịch UBND xã phụ trách …, công chức
 * Tài chính-Kế toán, Địa chính-Xây dựng và Trưởng thôn …") into titles. Pieces with no
 * known official are kept as written, so nothing is dropped.
 */
// What parts offices in one cell: ";", "+", " / ", a comma (never "phòng, chống"), "phối hợp (với)".
const PARTIES_APART = /\s*(?:;|\+|\s\/\s|,(?!\s*(?:chống|chong)\b)|\bphối hợp(?: với)?\b)\s*/iu;

export function parseParties(text: string, unitType = "xã"): string[] {
  const body = cleanText(text).replace(/[.;]+$/, "");
  if (body === "") return [];
  if (!isCommuneType(unitType)) {
    // "UBND các xã, phường, đặc khu": commas belong to the names; only ";" separates bodies.
    return body
      .split(/\s*;\s*/)
      .map((s) => s.replace(/[.,]+$/u, ""))
      .filter((s) => s !== "")
      .map((s) => {
        const k = looseKey(s);
        if (/^(?:pho chu tich|pct)\b/.test(k)) return officialTitle("pho-chu-tich", unitType);
        if (/^(?:chu tich|ct ubnd)\b/.test(k)) return officialTitle("chu-tich", unitType);
        return s;
      });
  }
  // "ĐC + BP một cửa", "ĐC phối hợp TC-KT", "TC-KT / ĐC-XD": the pieces, each an office or not.
  const pieces = body.split(PARTIES_APART).filter((p) => p.trim() !== "");
  const titlesOf = (p: string): string[] => {
    const named = findOfficials(p, unitType).map((m) => m.title);
    const short = named.length === 0 ? shortNameAlone(p) : undefined;
    return short ? [officialTitle(short, unitType)] : named;
  };
  const once = (ts: string[]) => ts.filter((t, i, all) => all.indexOf(t) === i);
  // A piece that is an office's short name alone keeps its place.
  if (pieces.length > 1 && pieces.some((p) => findOfficials(p, unitType).length === 0 && shortNameAlone(p)))
    return once(pieces.flatMap(titlesOf));
  const known = findOfficials(body, unitType).map((m) => m.title);
  if (known.length > 0) {
    // "MTTQ xã; Trưởng thôn 2", "TC-KT / Nhà thầu": a piece no office is found in is kept as written, in its place.
    if (pieces.length < 2) return known;
    const ordered = once(pieces.flatMap((p) => (titlesOf(p).length > 0 ? titlesOf(p) : [p.trim()])));
    return known.every((t) => ordered.includes(t)) ? ordered : known;
  }
  // "BCĐ phòng, chống dịch xã": "phòng, chống" is one phrase, its comma no list's.
  return body
    .split(/\s*(?:;|,(?!\s*(?:chống|chong)\b))\s*/iu)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
