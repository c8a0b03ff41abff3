import { findOfficials } from "../plan/officials";
import { cleanText, looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { Grid, cellText } from "./grid";
import { RawTask } from "./records";
import { StaffList, bareName, staffOf } from "./staffList";

/**
 * A workbook several officials fill, each their own part: a sheet named for the person ("Hùng"), a
 * title line ("PHẦN CẬP NHẬT CỦA Đ/C: HÙNG", "Họ tên: Trần Thu Hiền – CC Tư pháp"), a block headed by
 * a person ("B | Đ/c Rơ Châm H'Bia"). A task that names no Chủ trì of its own is that person's post,
 * read from the line itself or from the workbook's staff list, and Ghi chú says so. A person whose
 * post nothing says is named in Kiểm tra once, never guessed.
 */
interface Owner {
  row: number;
  name: string;
  /** The post as written (on the line or the staff list); null when nothing says it. */
  post: string | null;
  said: string;
}

// "A", "IV.", "2)" before a block's heading.
const ENUMERATOR = /^(?:[IVX]{1,4}|[A-Z]|\d{1,2})(?:\s*[.)/-]\s*|\s+)(?=\S)/u;
const LABEL =
  /^(?:phần (?:cập nhật|báo cáo|việc|nhiệm vụ)(?: của)?|người (?:cập nhật|thực hiện|báo cáo|theo dõi)|cán bộ (?:cập nhật|thực hiện|theo dõi)|công chức (?:thực hiện|theo dõi)|họ (?:và )?tên)\s*:?\s*/iu;
const HONOR = /^(?:đ\/c|đồng chí)\s*[:.]?\s*/iu;
// Two to five capitalised words, or one after a label or "Đ/c" ("HÙNG", "H'Bia").
const NAME = /^(\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,4})(.{0,80})$/u;
const POST_LINE = /^(?:chức danh|chức vụ)\s*:\s*(.{3,80})$/iu;
const POST_HELD = /^([^:]{3,40}):\s*(?:(?:đ\/c|đồng chí|ông|bà)\s+)?(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s*$/u;

// "Đơn vị: Công chức Văn phòng - Thống kê (đầu mối)", "Don vi thuc hien: Bo phan TN&TKQ xa": the post whose part the sheet is.
// ("Đơn vị: UBND xã Tân Bình" names the commune reporting, no post; "Đơn vị tính: %" no one at all.)
// ("Thực hiện: Bộ phận Tiếp nhận và trả kết quả" under a criterion's title: who does the sheet's work.)
const UNIT_LINE = /^(?:(?:don vi|bo phan)(?: (?:thuc hien|chu tri|phu trach|theo doi|cap nhat|dau moi))?|thuc hien|dau moi)$/;

function ownerOfLine(text: string, row: number, staff: StaffList | null): Owner | null {
  let t = cleanText(text);
  const post = POST_LINE.exec(t);
  if (post) return findOfficials(post[1], "xã").length === 1 ? { row, name: "", post: post[1].trim(), said: t } : null;
  const colon = t.indexOf(":");
  if (colon > 0 && UNIT_LINE.test(looseKey(t.slice(0, colon)))) {
    const unit = t
      .slice(colon + 1)
      .replace(/\([^()]*\)\s*$/u, "")
      .trim();
    const found = findOfficials(unit, "xã");
    return found.length === 1 ? { row, name: "", post: found[0].title, said: t } : null;
  }
  // "Xóm trưởng: Nguyễn Văn Bình", "Công chức Tư pháp: Hồ Văn Quang": the post, then who holds it.
  const held = POST_HELD.exec(t);
  const heldBy = held ? findOfficials(held[1], "xã") : [];
  if (held && heldBy.length === 1) return { row, name: held[2], post: heldBy[0].title, said: t };
  t = t.replace(ENUMERATOR, "");
  let marked = false;
  for (const re of [LABEL, HONOR]) {
    const m = re.exec(t);
    if (m) {
      t = t.slice(m[0].length);
      marked = true;
    }
  }
  const m = NAME.exec(t);
  if (!m) return null;
  const name = m[1].trim();
  const rest = m[2].trim();
  // "(Kế toán ngân sách)", "– CC Tư pháp – Hộ tịch": the post beside the name, and nothing after it.
  // ("Đ/c Trần Văn Bình (Chỉ huy trưởng Quân sự) đã hoàn thành lớp …": work the person did, never who fills the part.)
  if (rest !== "" && !/^(?:\([^()]{2,60}\)|[-–:,]\s*[^()]{2,60})\s*[.:]?$/u.test(rest)) return null;
  if (/^[-–:,]\s*/u.test(rest) && /(?:^|\s)(?:đã|đang|chưa|sẽ)\s/iu.test(rest)) return null;
  const beside = rest === "" ? [] : findOfficials(rest, "xã");
  if (rest !== "" && beside.length !== 1) return null;
  const listed = staff ? staffOf(staff, name) : null;
  // Unmarked, a line is a person's only when the list knows the whole name ("Nguyễn Văn Hùng").
  if (!marked && !(listed && name.split(/\s+/).length >= 2)) return null;
  return { row, name, post: beside.length === 1 ? rest.replace(/^[-–(\s]+|[)\s]+$/g, "") : (listed?.post ?? null), said: cleanText(text) };
}

/** The person lines of a sheet, top to bottom: rows of one or two short texts. */
function ownerLines(grid: Grid, staff: StaffList | null): Owner[] {
  const found: Owner[] = [];
  grid.rows.forEach((row, i) => {
    if (!row) return;
    let filled = 0;
    let text = "";
    for (const v of row)
      if (v !== null && v !== undefined && cellText(v).trim() !== "") {
        filled++;
        if (typeof v === "string" && v.length <= 120) text = v;
      }
    if (filled === 0 || filled > 2 || text === "") return;
    const owner = ownerOfLine(text, i + 1, staff);
    if (!owner) return;
    // "Họ và tên: Nguyễn Văn Thắng" over "Chức danh: Công chức Văn phòng - Thống kê": one person.
    const prev = found[found.length - 1];
    if (owner.name === "" && prev && prev.post === null && owner.row - prev.row <= 2) {
      prev.post = owner.post;
      prev.said = `${prev.said}; ${owner.said}`;
    } else found.push(owner);
  });
  return found;
}

/** The person a sheet is named for, on the staff list ("Hùng", or its "Sheet cập nhật" column). */
function sheetOwner(grid: Grid, staff: StaffList | null): Owner | null {
  if (!staff) return null;
  const listed = staff.sheets.get(looseKey(grid.sheet)) ?? (NAME.test(grid.sheet) ? staffOf(staff, grid.sheet) : null);
  return listed ? { row: 0, name: bareName(listed.name), post: listed.post, said: `sheet "${grid.sheet}" của ${listed.name}` } : null;
}

/** Leads given to the tasks that name none, by who fills their part; the problems to name. */
export function leadsByOwner(tasks: RawTask[], grids: readonly Grid[], staff: StaffList | null): Problem[] {
  const problems: Problem[] = [];
  const leadless = new Map<string, RawTask[]>();
  for (const t of tasks) {
    if (t.lead !== "") continue;
    const list = leadless.get(t.source.sheet);
    if (list) list.push(t);
    else leadless.set(t.source.sheet, [t]);
  }
  for (const [sheet, list] of leadless) {
    const grid = grids.find((g) => g.sheet === sheet);
    if (!grid) continue;
    const lines = ownerLines(grid, staff);
    const bySheet = sheetOwner(grid, staff);
    const named = new Set<number>();
    for (const t of list) {
      let owner = bySheet;
      for (const o of lines) if (o.row < t.source.row) owner = o;
      if (!owner) continue;
      if (owner.post !== null) {
        t.lead = owner.name === "" ? owner.post : `${owner.post} (${owner.name})`;
        t.note = [t.note, `Chủ trì lấy theo người cập nhật phần này (${owner.row > 0 ? `dòng ${owner.row}: ` : ""}${owner.said})`]
          .filter((x) => x !== "")
          .join("; ");
        continue;
      }
      t.note = [t.note, `Người cập nhật: ${owner.name} (chưa rõ chức danh)`].filter((x) => x !== "").join("; ");
      if (named.has(owner.row)) continue;
      named.add(owner.row);
      problems.push(
        problem("UNKNOWN_OFFICIAL", { file: grid.file, sheet: grid.sheet, row: owner.row }, owner.said, {
          vi: `phần của ${owner.name}: không rõ chức danh (không ghi bên tên${staff ? ", không có trong danh sách cán bộ của tệp" : ""}); các nhiệm vụ dưới dòng này chưa có Chủ trì theo người cập nhật.`,
          en: `${owner.name}'s part: no post is given (none beside the name${staff ? ", not on the workbook's staff list" : ""}); the tasks below have no lead from who updates them.`,
        }),
      );
    }
  }
  return problems;
}
