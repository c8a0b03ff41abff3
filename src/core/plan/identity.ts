import { findDate } from "../dates/deadline";
import { IsoDate, isoDate } from "../dates/isoDate";
import { cleanText } from "../text/normalize";
import { readClosing } from "./closing";
import { cleanHeader } from "./header";
import { SourceLine, isRule } from "./lines";
import { AdminLevel, PlanIdentity, UnitType } from "./model";
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
/** Where the district tier ended (Nghị quyết 202/2025/QH15). */
const DISTRICTS_ENDED = "2025-07-01";

const HEADER_END = /^(?:Căn cứ|Thực hiện|Ngày\s+\d|Để\s|Nhằm\s|Theo\s|Trên cơ sở|Kính gửi|[IVX]+[.)]\s|\d+[.)]\s)/u;

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters !== "" && letters === letters.toLocaleUpperCase("vi");
}

/** "Số: 49/KH-UBND", "Số: 128/2025/QĐ-UBND", "Số: /KH-UBND" (not yet numbered). */
const NUMBER = /(?:^|\s)Số\s*:?\s*(\d*)\s*\/\s*([\p{L}\d][\p{L}\d.&/-]*)/u;

interface PlaceDate {
  place: string;
  issued: IsoDate | null;
  year: number | null;
}

/** "Tân Bình, ngày 29 tháng 9 năm 2021", "Hà Nội, ngày    tháng 4 năm 2025", "Huế, ngày 06/4/2025". */
function readPlaceDate(text: string): PlaceDate | null {
  const t = text.replace(/^.*?Số\s*:?\s*\d*\s*\/\s*\S+\s*/u, "");
  const words = /^(.*?)[,\s]*ngày\s*(\d{1,2})?[\s.…_]*tháng\s*(\d{1,2})?[\s.…_]*năm\s*(\d{4})/iu.exec(t);
  const numeric = /^(.*?)[,\s]*ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu.exec(t);
  const m = words ?? numeric;
  if (!m) return null;
  const place = cleanText(m[1]).replace(/[,.;:]+$/u, "");
  if (place.split(" ").length > 6) return null;
  const year = Number(m[4]);
  const issued = m[2] && m[3] ? isoDate(year, Number(m[3]), Number(m[2])) : null;
  return { place, issued, year };
}

/** Where the title starts: the "KẾ HOẠCH" line after the number line if there is one, else the first. */
function findTitleLine(lines: readonly SourceLine[]): number {
  const head = lines.slice(0, HEAD_LINES);
  const numberAt = head.findIndex((l) => NUMBER.test(l.text));
  const titles = head.map((l, i) => (titleWordLine(l.text) ? i : -1)).filter((i) => i >= 0);
  return titles.find((i) => i > numberAt) ?? titles[0] ?? -1;
}

/** The lines that hold the issuing body: from the first that names one, up to the number or the date. */
function issuerLinesOf(header: readonly SourceLine[]): SourceLine[] {
  const names = (l: SourceLine) =>
    isCapitals(l.text) &&
    (committeeDesignations(l.text).length > 0 || /\b(?:UBND|ỦY BAN|UỶ BAN)\b/u.test(l.text) || parseDesignation(l.text) !== null);
  const start = header.findIndex(names);
  if (start < 0) return [];
  const out: SourceLine[] = [];
  for (const line of header.slice(start)) {
    if (NUMBER.test(line.text) || readPlaceDate(line.text) || !isCapitals(line.text)) break;
    out.push(line);
  }
  return out;
}

interface FoundUnit {
  unit: Unit;
  level: AdminLevel;
  levelSure: boolean;
}

/** The issuer from its header lines: the last People's Committee named ("UBND HUYỆN A" / "UBND XÃ B" -> xã B). */
function unitFromHeader(issuerLines: readonly SourceLine[]): FoundUnit | null | "bare" {
  const text = issuerLines.map((l) => l.text).join(" ");
  const designations = committeeDesignations(text);
  const units = (designations.length > 0 ? designations : issuerLines.map((l) => l.text))
    .map(parseDesignation)
    .filter((u): u is Unit => u !== null);
  if (units.length === 0) return designations.length > 0 ? "bare" : null;
  const unit = units[units.length - 1];
  const { level, sure } = levelOf(unit, units.length > 1);
  return { unit, level, levelSure: sure };
}

const TYPE_WORDS = "tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu";

/**
 * A header that prints only "ỦY BAN NHÂN DÂN": the place-and-date line names the unit ("Hà Nội",
 * "Thành phố Hồ Chí Minh"), and the body says which kind it is ("Ủy ban nhân dân tỉnh ban hành …").
 */
function unitFromPlace(place: string, body: readonly string[]): { unit: Unit; how: string } | null {
  const designated = parseDesignation(place);
  if (designated) return { unit: designated, how: "theo dòng địa danh, ngày tháng" };
  if (place === "") return null;
  const text = body.join(" ");
  const named = new RegExp(
    `(?:Ủy ban nhân dân|UBND)\\s+(${TYPE_WORDS})\\s+${place.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`,
    "iu",
  ).exec(text);
  if (named)
    return { unit: { unitType: named[1].toLocaleLowerCase("vi") as UnitType, unitName: place }, how: "theo dòng địa danh, ngày tháng" };
  if (isCentralCity(place)) return { unit: { unitType: "thành phố", unitName: place }, how: "theo dòng địa danh, ngày tháng" };
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
  return { unit: { unitType, unitName: best ?? place }, how: "theo nội dung văn bản" };
}

/** "(Kèm theo Kế hoạch số 49/KH-UBND ngày 29/9/2021 của UBND xã Tân Bình)": an appendix caption. */
function readCaption(lines: readonly SourceLine[]): { number: string; issued: IsoDate | null; unit: Unit | null; line: SourceLine } | null {
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

/**
 * The identity of a plan from its opening lines: number, issuing body and its tier, place,
 * date, title and years; the closing block from the end. Where a field is a guess, a note says
 * so, naming the line.
 */
export function parseIdentity(lines: readonly SourceLine[], notes: PlanNote[], options: IdentityOptions = {}): IdentityResult {
  const titleAt = findTitleLine(lines);
  const bodyAt = titleAt >= 0 ? -1 : lines.slice(0, HEAD_LINES).findIndex((l) => HEADER_END.test(l.text));
  const headEnd = titleAt >= 0 ? titleAt : bodyAt >= 0 ? bodyAt : Math.min(lines.length, 20);
  const header = cleanHeader(lines.slice(0, headEnd));
  const body = lines.slice(headEnd).map((l) => l.text);

  // Number.
  const numberLine = header.find((l) => NUMBER.test(l.text)) ?? null;
  const numberMatch = numberLine ? NUMBER.exec(numberLine.text) : null;
  let number = numberMatch && numberMatch[1] !== "" ? `${numberMatch[1]}/${numberMatch[2]}` : "";
  if (numberMatch && numberMatch[1] === "") notes.push(lineNote("Cảnh báo", numberLine, "Số hiệu kế hoạch chưa có số (bản chưa ký?)"));

  // Place and date.
  const placeLine = header.find((l) => readPlaceDate(l.text) !== null) ?? null;
  const placeDate = placeLine ? readPlaceDate(placeLine.text) : null;
  let issued = placeDate?.issued ?? null;
  if (placeDate && !issued) notes.push(lineNote("Cảnh báo", placeLine, "Ngày ban hành thiếu ngày hoặc tháng"));

  // An appendix on its own ("Kèm theo Kế hoạch số …") names the plan it belongs to.
  const caption = number === "" || !issued ? readCaption(lines.slice(0, 200)) : null;
  if (caption && number === "") {
    number = caption.number;
    notes.push(lineNote("Cảnh báo", caption.line, `Số hiệu ${number} lấy từ dòng "Kèm theo Kế hoạch số …"`));
  }
  if (caption?.issued && !issued) issued = caption.issued;
  if (number === "" && !numberMatch)
    notes.push({ level: "Cảnh báo", item: null, message: 'Không đọc được số hiệu kế hoạch (dòng "Số: …/KH-UBND").' });

  if (issued && options.issued && options.issued !== issued) {
    notes.push(lineNote("Cảnh báo", placeLine, `Văn bản ghi ngày ban hành ${issued}; ngày nhập ${options.issued} không được dùng`));
  }
  if (!issued && options.issued) issued = options.issued;

  // Issuer, unit and tier.
  const issuerLines = issuerLinesOf(header);
  const fromHeader = unitFromHeader(issuerLines);
  let found: FoundUnit | null = fromHeader === "bare" ? null : fromHeader;
  if (!found && caption?.unit) {
    const { level, sure } = levelOf(caption.unit, false);
    found = { unit: caption.unit, level, levelSure: sure };
    notes.push(
      lineNote("Cảnh báo", caption.line, `Đơn vị ban hành (${caption.unit.unitType} ${caption.unit.unitName}) lấy từ dòng "Kèm theo …"`),
    );
  }
  if (!found) {
    const byPlace = unitFromPlace(placeDate?.place ?? "", body);
    if (byPlace) {
      const { level, sure } = levelOf(byPlace.unit, false);
      found = { unit: byPlace.unit, level, levelSure: sure };
      const what =
        fromHeader === "bare" ? 'Dòng cơ quan ban hành chỉ ghi "ỦY BAN NHÂN DÂN"' : "Không thấy tên cơ quan ban hành ở đầu văn bản";
      notes.push(
        lineNote("Cảnh báo", placeLine, `${what}; đơn vị ban hành: ${byPlace.unit.unitType} ${byPlace.unit.unitName} (${byPlace.how})`),
      );
    }
  }
  if (!found) {
    const place = placeDate?.place ?? "";
    found = { unit: { unitType: "xã", unitName: place }, level: "xã", levelSure: false };
    notes.push({
      level: "Cảnh báo",
      item: null,
      message: `Không xác định được cơ quan ban hành (tỉnh, xã, phường …); tạm coi là xã${place === "" ? "" : ` ${place}`}: hãy kiểm tra.`,
    });
  } else if (!found.levelSure) {
    notes.push(
      lineNote(
        "Cảnh báo",
        issuerLines[issuerLines.length - 1] ?? null,
        `"Thành phố ${found.unit.unitName}" không phải thành phố trực thuộc trung ương và không có dòng cơ quan cấp trên: coi là cấp huyện`,
      ),
    );
  }
  const { unit, level } = found;
  if (level === "huyện" && issued && issued >= DISTRICTS_ENDED) {
    notes.push(
      lineNote(
        "Cảnh báo",
        issuerLines[issuerLines.length - 1] ?? null,
        `Từ 1/7/2025 không còn cấp huyện, nhưng kế hoạch ghi ngày ${issued}`,
      ),
    );
  }

  // Title and years.
  let title = "";
  if (titleAt >= 0) {
    title = readTitle(titleWordLine(lines[titleAt].text)?.rest ?? "", lines.slice(titleAt + 1)).title;
    if (title === "") notes.push(lineNote("Cảnh báo", lines[titleAt], 'Không có tên kế hoạch sau dòng "KẾ HOẠCH"'));
  } else {
    const afterDate = placeLine ? header.slice(header.indexOf(placeLine) + 1).filter((l) => !isRule(l.text)) : [];
    const fromHeaderTitle = afterDate.length > 0 ? readTitle("", afterDate) : { title: "", used: 0 };
    const fromBody = fromHeaderTitle.title === "" ? titleFromBody(lines.slice(headEnd)) : null;
    title = fromHeaderTitle.title || fromBody?.title || "";
    if (fromHeaderTitle.title !== "")
      notes.push(lineNote("Cảnh báo", afterDate[0], 'Không có dòng "KẾ HOẠCH"; tên kế hoạch lấy từ dòng sau ngày tháng'));
    else if (fromBody)
      notes.push(lineNote("Cảnh báo", fromBody.line, 'Không có dòng "KẾ HOẠCH"; tên kế hoạch lấy từ câu "ban hành Kế hoạch …"'));
    else notes.push({ level: "Cảnh báo", item: null, message: 'Không tìm thấy tên kế hoạch (dòng "KẾ HOẠCH" và tên ở dưới).' });
  }
  const years = titleYears(title);
  const dateYear = issued ? Number(issued.slice(0, 4)) : (placeDate?.year ?? null);
  const firstYear = years.firstYear ?? dateYear;
  if (!issued && !options.issued) {
    notes.push(
      lineNote(
        "Cảnh báo",
        placeLine,
        firstYear === null
          ? "Văn bản không ghi ngày ban hành và tên kế hoạch không ghi năm: cần nhập ngày ban hành"
          : `Văn bản không ghi ngày ban hành; năm của kế hoạch (${firstYear}) lấy từ ${years.firstYear !== null ? "tên kế hoạch" : "dòng ngày tháng"}, hãy nhập ngày ban hành nếu cần`,
      ),
    );
  }
  if (firstYear === null) return { ok: false, missing: "issued" };
  const lastYear = years.openEnded ? null : Math.max(firstYear, years.lastYear ?? firstYear);

  const { signature, signer, recipients } = readClosing(lines.map((l) => l.text).filter((t) => !isRule(t)));
  return {
    ok: true,
    identity: {
      number,
      issuerLines: issuerLines.map((l) => l.text),
      issuer: `Ủy ban nhân dân ${unit.unitType} ${unit.unitName}`,
      unitType: unit.unitType,
      unitName: unit.unitName,
      level,
      place: placeDate && placeDate.place !== "" ? placeDate.place : unit.unitName,
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
