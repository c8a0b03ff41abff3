import { looseKey } from "../text/normalize";
import { TaskStatus } from "../vocab";

/**
 * What a section row that sorts tasks by their state says of the tasks under it: a state, or
 * "unfinished" ("CHƯA HOÀN THÀNH", "Việc còn tồn"), which rules out done but says no more.
 */
export type SectionState = TaskStatus | "unfinished";

// "I. CÁC NHIỆM VỤ ĐÃ HOÀN THÀNH", "Việc đang triển khai:", "B. NHỮNG VIỆC CHƯA THỰC HIỆN (02)".
const NUMBERING = /^(?:(?:[ivxlc]{1,5}|[a-h]|\d{1,2}(?: \d{1,2})*) )?/;
const NOUN = /^(?:(?:cac|nhung) )?(?:(?:nhiem vu|cong viec|viec|noi dung|phan viec|hoat dong|muc)(?: cchc| cai cach hanh chinh)? )?/;
const STATES: ReadonlyArray<[RegExp, SectionState]> = [
  [/^(?:da hoan thanh|da thuc hien xong|da thuc hien|da xong|da trien khai xong|hoan thanh)\b/, "Hoàn thành"],
  [/^(?:dang trien khai|dang thuc hien|dang lam|dang tien hanh|dang giai quyet)\b/, "Đang thực hiện"],
  [/^(?:chua thuc hien|chua trien khai|chua lam|chua bat dau|chua tien hanh)\b/, "Chưa thực hiện"],
  [/^(?:chua hoan thanh|chua xong|con ton dong|ton dong|con lai|con dang do)\b/, "unfinished"],
];
// What may follow the state: when, how many, how timely, why not. Never the words of a task.
const REST =
  /^(?:(?:dung han|truoc han|som|qua han|cham|tre han|dung tien do|trong (?:ky|quy|thang|nam|dot)|(?:tinh )?den (?:ngay|nay|thoi diem)|nam|quy|thang|tuan|ly do|nguyen nhan|va ly do|co ly do|[ivx]+|\d+|viec|nhiem vu|nv)\b ?)*$/;

/** The state a section row's label sorts its tasks by; null for any other section. */
export function stateOfSection(label: string): SectionState | null {
  if (label.length > 90) return null;
  const key = looseKey(label);
  const body = key.replace(NUMBERING, "").replace(NOUN, "");
  for (const [re, state] of STATES) {
    const m = re.exec(body);
    if (m && REST.test(body.slice(m[0].length).trim())) return state;
  }
  return null;
}

/**
 * How a section's label is written: its numbering and its case. A section written like the one that
 * gave the state ("IV. KIẾN NGHỊ" after "III. CHƯA THỰC HIỆN") ends it; one written otherwise
 * ("1. Tiêu chí 1.1" under "I. ĐÃ HOÀN THÀNH") is inside it.
 */
export function sectionStyle(label: string): string {
  const t = label.trim();
  // ("C" alone after "A", "B" is a letter; a commune's sections never reach a hundred.)
  const numbering = /^(?!C[.)/ ])[IVXLC]{1,5}[.)/ ]/.test(t)
    ? "roman"
    : /^[A-H][.)/ ]/.test(t)
      ? "letter"
      : /^[a-h][.)/ ]/.test(t)
        ? "small-letter"
        : /^\d{1,2}\.\d/.test(t)
          ? "dotted"
          : /^\d{1,2}[.)/ ]/.test(t)
            ? "number"
            : /^[-–+*•]/.test(t)
              ? "bullet"
              : "none";
  return `${numbering}:${t === t.toLocaleUpperCase("vi") ? "upper" : "mixed"}`;
}
