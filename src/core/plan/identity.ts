import { findDate } from "../dates/deadline";
import { IsoDate, isoDate } from "../dates/isoDate";
import { cleanText, looseKey } from "../text/normalize";
import { readClosing } from "./closing";
import { cleanHeader } from "./header";
import { SourceLine, isRule } from "./lines";
import { AdminLevel, PlanIdentity, UNIT_TYPES, UnitType } from "./model";
import { PlanNote, lineNote } from "./notes";
import { readTitle, titleWordLine, titleYears } from "./title";
import { Unit, committeeDesignations, isCentralCity, levelOf, parseDesignation } from "./units";

export interface IdentityOptions {
  /** The date of issue, for a text that has none (never the machine's clock). */
  issued?: IsoDate;
}

export type IdentityResult =
  | { ok: true; identity: PlanIdentity }
  /** Neither the text nor the options give a year: the caller must ask for the date. */
  | { ok: false; missing: "issued" };

/** How far into the text the header and the title are looked for. */
const HEAD_LINES = 80;
/** Where the district tier ended (Nghị quyết 202/2025/QH15): a district's body is gone after it. */
export const DISTRICTS_ENDED = "2025-07-01";

const HEADER_END = /^(?:Căn cứ|Thực hiện|Ngày\s+\d|Để\s|Nhằm\s|Theo\s|Trên cơ sở|Kính gửi|[IVX]+[.)]\s|\d+[.)]\s)/u;

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters !== "" && letters === letters.toLocaleUpperCase("vi");
}

/** "Số: 49/KH-UBND", "Số: 128/2025/QĐ-UBND", "Số: /KH-UBND" (not yet numbered). */
const NUMBER = /(?:^|\s)(?:Số|SỐ)\s*:?\s*(\d*)\s*\/\s*([\p{L}\d][\p{L}\d.&/-]*)/u;

interface PlaceDate {
  place: string;
  issued: IsoDate | null;
  year: number | null;
}

/** "Tân Bình, ngày 29 tháng 9 năm 2021", "Hà Nội, ngày    tháng 4 năm 2025", "Huế, ngày 06/4/2025". */
function readPlaceDate(text: string): PlaceDate | null {
  const t = text.replace(/^.*?Số\s*:?\s*\d*\s*\/\s*\S+\s*/u, "");
  const words = /^(.*?)[,\s]*ngày\s*(\d{1,2})?[\s.…_]*tháng\s*(\d{1,2})?[\s.…_]*năm\b\s*(\d{4})?/iu.exec(t);
  const numeric = /^(.*?)[,\s]*ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu.exec(t);
  const m = words ?? numeric;
  if (!m) return null;
  const place = cleanText(m[1]).replace(/[,.;:]+$/u, "");
  if (place.split(" ").length > 6) return null;
  const year = m[4] ? Number(m[4]) : null;
  const issued = year !== null && m[2] && m[3] ? isoDate(year, Number(m[3]), Number(m[2])) : null;
  return { place, issued, year };
}

/** Where the title starts: the "KẾ HOẠCH" line after the number line if there is one, else the first. */
function findTitleLine(lines: readonly SourceLine[]): number {
  const head = lines.slice(0, HEAD_LINES);
  const numberAt = head.findIndex((l) => NUMBER.test(l.text));
  const titles = head.map((l, i) => (titleWordLine(l.text) ? i : -1)).filter((i) => i >= 0);
  return titles.find((i) => i > numberAt) ?? titles[0] ?? -1;
}

const COMMITTEE = /(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|\bUBND\b/iu;

/** The lines that hold the issuing body: from the first that names one, up to the number or the date. */
function issuerLinesOf(header: readonly SourceLine[]): SourceLine[] {
  const names = (l: SourceLine) =>
    COMMITTEE.test(l.text) || (isCapitals(l.text) && (parseDesignation(l.text) !== null || bareUnitType(l.text) !== null));
  const start = header.findIndex(names);
  if (start < 0) return [];
  const out: SourceLine[] = [];
  for (const line of header.slice(start)) {
    if (NUMBER.test(line.text) || readPlaceDate(line.text) || !(isCapitals(line.text) || COMMITTEE.test(line.text))) break;
    // "PHỤ LỤC", "DANH MỤC NHIỆM VỤ …" over an appendix: a heading, not a body.
    if (/^(?:PHỤ LỤC|DANH MỤC|KẾ HOẠCH|BIỂU|BẢNG)\b/u.test(line.text)) break;
    out.push(line);
  }
  return out;
}

/** "PHƯỜNG" alone: the kind is printed, the name was lost in copying. */
function bareUnitType(text: string): UnitType | null {
  const k = looseKey(text);
  return UNIT_TYPES.find((t) => looseKey(t) === k) ?? null;
}

interface HeaderUnit {
  unit: Unit;
  /** Bodies printed above it ("UBND TỈNH AN GIANG" above "UBND ĐẶC KHU PHÚ QUỐC"). */
  parents: number;
  /** The last header line when it names a body that is not a People's Committee ("SỞ NỘI VỤ"). */
  other: SourceLine | null;
}

/**
 * The issuer from its header lines: the last unit named, line by line ("UBND HUYỆN A" / "UBND XÃ B"
 * -> xã B; "ỦY BAN NHÂN DÂN" / "XÃ TÂN BÌNH" -> xã Tân Bình). "bare" when the lines name a
 * committee but no unit ("ỦY BAN NHÂN DÂN" alone).
 */
function unitFromHeader(issuerLines: readonly SourceLine[]): HeaderUnit | "bare" | null {
  const units: Unit[] = [];
  let committee = false;
  let other: SourceLine | null = null;
  for (const line of issuerLines) {
    const parts = COMMITTEE.test(line.text) ? committeeDesignations(line.text) : [line.text];
    committee ||= COMMITTEE.test(line.text);
    other = null;
    for (const part of parts.filter((p) => p !== "")) {
      const bare = bareUnitType(part);
      const unit = bare ? { unitType: bare, unitName: "" } : parseDesignation(part);
      if (unit) units.push(unit);
      else if (!COMMITTEE.test(line.text)) other = line;
    }
  }
  if (units.length === 0) return committee ? "bare" : null;
  return { unit: units[units.length - 1], parents: units.length - 1, other };
}

const TYPE_WORDS = UNIT_TYPES.join("|");
const FROM_PLACE = "lấy từ địa danh ở dòng ngày tháng";

/**
 * A header that prints only "ỦY BAN NHÂN DÂN": the place-and-date line names the unit ("Hà Nội",
 * "Thành phố Hồ Chí Minh"), and the body says which kind it is ("Ủy ban nhân dân tỉnh ban hành …").
 */
function unitFromPlace(place: string, body: readonly string[]): { unit: Unit; how: string } | null {
  const designated = parseDesignation(place);
  if (designated) return { unit: designated, how: FROM_PLACE };
  if (place === "") return null;
  const text = body.join(" ");
  const named = new RegExp(
    `(?:Ủy ban nhân dân|UBND)\\s+(${TYPE_WORDS})\\s+${place.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`,
    "iu",
  ).exec(text);
  if (named) return { unit: { unitType: named[1].toLocaleLowerCase("vi") as UnitType, unitName: place }, how: FROM_PLACE };
  if (isCentralCity(place)) return { unit: { unitType: "thành phố", unitName: place }, how: FROM_PLACE };
  const kind = new RegExp(`(?:Ủy ban nhân dân|UBND)\\s+(${TYPE_WORDS})\\s+(?:ban hành|xây dựng|triển khai)`, "iu").exec(text);
  if (!kind) return null;
  const unitType = kind[1].toLocaleLowerCase("vi") as UnitType;
  // The place of a province's documents is often its capital ("Rạch Giá" for Kiên Giang): take the
  // name the body gives the unit most often, else the place.
  const counts = new Map<string, number>();
  const mention = new RegExp(`(?<![\\p{L}])${unitType}\\s+((?:\\p{Lu}[\\p{Ll}\\p{M}]*\\s?){1,4})`, "gu");
  for (const m of text.normalize("NFC").matchAll(mention)) {
    const name = cleanText(m[1]);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { unit: { unitType, unitName: best ?? place }, how: "đoán từ nội dung văn bản" };
}

/** "(Kèm theo Kế hoạch số 49/KH-UBND ngày 29/9/2021 của UBND xã Tân Bình)": an appendix caption. */
interface Caption {
  number: string;
  issued: IsoDate | null;
  unit: Unit | null;
  line: SourceLine;
}

function readCaption(lines: readonly SourceLine[]): Caption | null {
  for (const line of lines) {
    const m = /Kèm theo\s+Kế hoạch\s+(?:số\s*)?(\d+\s*\/\s*[\p{L}\d.&/-]+)(?:\s+ngày\s+([^)]*?))?(?:\s+của\s+([^)]+))?\)?\s*$/iu.exec(
      line.text,
    );
    if (!m) continue;
    const body = m[3] ? committeeDesignations(m[3]) : [];
    return {
      number: m[1].replace(/\s+/g, ""),
      issued: m[2] ? findDate(m[2]) : null,
      unit: body.length > 0 ? parseDesignation(body[body.length - 1]) : null,
      line,
    };
  }
  return null;
}

/** "Kế hoạch cải thiện … năm 2025" out of "Ủy ban nhân dân xã ban hành Kế hoạch cải thiện … năm 2025 như sau:". */
function titleFromBody(lines: readonly SourceLine[]): { title: string; line: SourceLine } | null {
  for (const line of lines.slice(0, 40)) {
    const m = /\bban hành\s+Kế hoạch\s+(.+?)(?:,?\s*(?:như sau|cụ thể|với (?:các|những) nội dung)|[:.]\s*$)/u.exec(line.text);
    if (m && m[1].length > 10) return { title: cleanText(m[1]), line };
  }
  return null;
}

interface Dated {
  issued: IsoDate | null;
  year: number | null;
}

/** The date of issue: the place-and-date line, an appendix caption, or the caller's option, with notes. */
function dateOf(placeLine: SourceLine | null, caption: Caption | null, options: IdentityOptions, notes: PlanNote[]): Dated {
  const placeDate = placeLine ? readPlaceDate(placeLine.text) : null;
  const fromText = placeDate?.issued ?? caption?.issued ?? null;
  if (fromText && options.issued && options.issued !== fromText) {
    notes.push(lineNote("Cảnh báo", placeLine, `Văn bản ghi ngày ban hành ${fromText}; ngày nhập ${options.issued} không được dùng`));
  }
  if (fromText) return { issued: fromText, year: Number(fromText.slice(0, 4)) };
  if (options.issued) return { issued: options.issued, year: Number(options.issued.slice(0, 4)) };
  if (placeLine) notes.push(lineNote("Cảnh báo", placeLine, "Dòng địa danh, ngày tháng không ghi đủ ngày, tháng, năm ban hành"));
  else
    notes.push({
      level: "Cảnh báo",
      item: null,
      message: 'Không thấy dòng địa danh, ngày tháng ("…, ngày … tháng … năm …") ở đầu văn bản.',
    });
  return { issued: null, year: placeDate?.year ?? null };
}

interface FoundUnit {
  unit: Unit;
  level: AdminLevel;
}

/** The issuing unit and its tier: the header, else an appendix caption, else the place line and the body. */
function unitOf(
  issuerLines: readonly SourceLine[],
  place: string,
  placeLine: SourceLine | null,
  caption: Caption | null,
  body: readonly string[],
  notes: PlanNote[],
): FoundUnit {
  const lastIssuer = issuerLines[issuerLines.length - 1] ?? null;
  const header = unitFromHeader(issuerLines);
  const tier = (unit: Unit, parents: number): FoundUnit => {
    const { level, sure } = levelOf(unit, parents > 0);
    if (!sure)
      notes.push(
        lineNote(
          "Cảnh báo",
          lastIssuer,
          `Thành phố ${unit.unitName} không trực thuộc trung ương và không có dòng cơ quan cấp trên: coi là cấp huyện`,
        ),
      );
    return { unit, level };
  };
  if (header !== null && header !== "bare" && header.other) {
    notes.push(
      lineNote(
        "Cảnh báo",
        header.other,
        `Cơ quan ban hành không phải Ủy ban nhân dân; đơn vị lấy từ dòng trên: ${header.unit.unitType} ${header.unit.unitName}`,
      ),
    );
  }
  if (header !== null && header !== "bare" && header.unit.unitName !== "") return tier(header.unit, header.parents);
  if (header !== null && header !== "bare") {
    // "ỦY BAN NHÂN DÂN" / "PHƯỜNG": the kind is printed; the place line names it.
    const unit = { unitType: header.unit.unitType, unitName: parseDesignation(place)?.unitName ?? place };
    notes.push(
      unit.unitName === ""
        ? lineNote("Cảnh báo", lastIssuer, `Không đọc được tên ${unit.unitType} ban hành kế hoạch`)
        : lineNote(
            "Cảnh báo",
            placeLine,
            `Dòng cơ quan ban hành không ghi tên ${unit.unitType}; tên lấy từ địa danh ở dòng ngày tháng: ${unit.unitName}`,
          ),
    );
    return tier(unit, header.parents);
  }
  if (caption?.unit) {
    notes.push(
      lineNote("Cảnh báo", caption.line, `Đơn vị ban hành (${caption.unit.unitType} ${caption.unit.unitName}) lấy từ dòng "Kèm theo …"`),
    );
    return tier(caption.unit, 0);
  }
  const byPlace = unitFromPlace(place, body);
  if (byPlace) {
    const what = header === "bare" ? 'Dòng cơ quan ban hành chỉ ghi "ỦY BAN NHÂN DÂN"' : "Không thấy tên cơ quan ban hành ở đầu văn bản";
    notes.push(
      lineNote("Cảnh báo", placeLine, `${what}; đơn vị ban hành ${byPlace.how}: ${byPlace.unit.unitType} ${byPlace.unit.unitName}`),
    );
    return tier(byPlace.unit, 0);
  }
  notes.push({
    level: "Cảnh báo",
    item: null,
    message: `Không xác định được cơ quan ban hành (tỉnh, xã, phường …); tạm coi là xã${place === "" ? "" : ` ${place}`}: hãy kiểm tra.`,
  });
  return { unit: { unitType: "xã", unitName: place }, level: "xã" };
}

/** The title: after "KẾ HOẠCH", else the lines under the date, else "ban hành Kế hoạch …" in the body. */
function titleOf(
  lines: readonly SourceLine[],
  titleAt: number,
  header: readonly SourceLine[],
  placeLine: SourceLine | null,
  headEnd: number,
  notes: PlanNote[],
): string {
  if (titleAt >= 0) {
    const title = readTitle(titleWordLine(lines[titleAt].text)?.rest ?? "", lines.slice(titleAt + 1)).title;
    if (title === "") notes.push(lineNote("Cảnh báo", lines[titleAt], 'Không có tên kế hoạch sau dòng "KẾ HOẠCH"'));
    return title;
  }
  const afterDate = placeLine ? header.slice(header.indexOf(placeLine) + 1).filter((l) => !isRule(l.text)) : [];
  const fromHeader = afterDate.length > 0 ? readTitle("", afterDate).title : "";
  if (fromHeader !== "") {
    notes.push(lineNote("Cảnh báo", afterDate[0], 'Không có dòng "KẾ HOẠCH"; tên kế hoạch lấy từ dòng sau ngày tháng'));
    return fromHeader;
  }
  const fromBody = titleFromBody(lines.slice(headEnd));
  if (fromBody) {
    notes.push(lineNote("Cảnh báo", fromBody.line, 'Không có dòng "KẾ HOẠCH"; tên kế hoạch lấy từ câu "ban hành Kế hoạch …"'));
    return fromBody.title;
  }
  notes.push({ level: "Cảnh báo", item: null, message: 'Không tìm thấy tên kế hoạch (dòng "KẾ HOẠCH" và tên ở dưới).' });
  return "";
}

/**
 * The identity of a plan from its opening lines: number, issuing body and its tier, place,
 * date, title and years; the closing block from the end. Where a field is a guess, a note says
 * so, naming the line.
 */
export function parseIdentity(lines: readonly SourceLine[], notes: PlanNote[], options: IdentityOptions = {}): IdentityResult {
  const titleAt = findTitleLine(lines);
  const bodyAt = titleAt >= 0 ? -1 : lines.slice(0, HEAD_LINES).findIndex((l) => HEADER_END.test(l.text));
  const headEnd = titleAt >= 0 ? titleAt : bodyAt >= 0 ? bodyAt : Math.min(lines.length, 20);
  // "ỦY BAN NHÂN DÂN TỈNH X Số: 12/KH-UBND X, ngày …" pasted as one line: the number starts the left column's last line.
  const header = cleanHeader(lines.slice(0, headEnd)).flatMap((l) =>
    l.text.split(/\s(?=Số\s*:?\s*\d*\s*\/)/u).map((text) => ({ text, line: l.line })),
  );
  const body = lines.slice(headEnd).map((l) => l.text);

  // "KẾ HOẠCH SỐ 15/KH-UBND": the number on the title's word line.
  const titleLine = titleAt >= 0 && NUMBER.test(lines[titleAt].text) ? lines[titleAt] : null;
  const numberLine = header.find((l) => NUMBER.test(l.text)) ?? titleLine;
  const numberMatch = numberLine ? NUMBER.exec(numberLine.text) : null;
  let number = numberMatch && numberMatch[1] !== "" ? `${numberMatch[1]}/${numberMatch[2]}` : "";
  if (numberMatch && numberMatch[1] === "") notes.push(lineNote("Cảnh báo", numberLine, "Số hiệu kế hoạch chưa có số (bản chưa ký?)"));
  const placeLine = header.find((l) => readPlaceDate(l.text) !== null) ?? null;
  const place = placeLine ? (readPlaceDate(placeLine.text)?.place ?? "") : "";

  // An appendix on its own ("Kèm theo Kế hoạch số …") names the plan it belongs to.
  const caption = number === "" || !placeLine ? readCaption(lines.slice(0, 200)) : null;
  if (caption && number === "") {
    number = caption.number;
    notes.push(lineNote("Cảnh báo", caption.line, `Số hiệu ${number} lấy từ dòng "Kèm theo Kế hoạch số …"`));
  }
  if (number === "" && !numberMatch)
    notes.push({ level: "Cảnh báo", item: null, message: 'Không đọc được số hiệu kế hoạch (dòng "Số: …/KH-UBND").' });
  const { issued, year } = dateOf(placeLine, caption, options, notes);

  const issuerLines = issuerLinesOf(header);
  const { unit, level } = unitOf(issuerLines, place, placeLine, caption, body, notes);
  if (level === "huyện" && issued && issued >= DISTRICTS_ENDED) {
    notes.push(
      lineNote(
        "Cảnh báo",
        issuerLines[issuerLines.length - 1] ?? null,
        `Từ 1/7/2025 không còn cấp huyện, nhưng kế hoạch ghi ngày ${issued}`,
      ),
    );
  }

  const title = titleOf(lines, titleAt, header, placeLine, headEnd, notes);
  const years = titleYears(title);
  const firstYear = years.firstYear ?? year;
  if (firstYear === null) return { ok: false, missing: "issued" };
  if (!issued && years.firstYear !== null)
    notes.push({ level: "Cảnh báo", item: null, message: `Năm của kế hoạch (${firstYear}) lấy từ tên kế hoạch; hãy nhập ngày ban hành.` });
  const lastYear = years.openEnded ? null : Math.max(firstYear, years.lastYear ?? firstYear);

  const { signature, signer, recipients } = readClosing(lines.map((l) => l.text).filter((t) => !isRule(t)));
  return {
    ok: true,
    identity: {
      number,
      issuerLines: issuerLines.map((l) => l.text),
      issuer: `Ủy ban nhân dân ${unit.unitType} ${unit.unitName}`.trim(),
      unitType: unit.unitType,
      unitName: unit.unitName,
      level,
      place: place !== "" ? place : unit.unitName,
      issued,
      title,
      firstYear,
      lastYear,
      signature,
      signer,
      recipients,
    },
  };
}
