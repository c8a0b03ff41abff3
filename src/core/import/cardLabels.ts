import { looseKey } from "../text/normalize";
import { taskFieldOfLabel } from "./columns";
import { GridCell, cellText } from "./grid";

// What a card of labelled rows is and how its labels are told, shared by the card reader and the form's parts.

/** A card: its rows, each label's value and where it was, each label as written. */
export interface Card {
  first: number;
  last: number;
  /** Each label's value and where it was, for its number format. */
  values: Map<string, { v: GridCell; at: string | null }>;
  /** Each label as this card writes it. */
  said: Map<string, string>;
}

// "Nội dung | …", "Thời hạn | …", "Căn cứ | …": a label with no colon, where it names a task's field.
const BARE_LABEL = /^[^\d:]{2,25}$/u;
// ("Mục tiêu | 100% hồ sơ …" over "Nhiệm vụ", "Thực hiện | BP Một cửa" under "Chủ trì": a card's own lines too.)
export const CARD_WORDS = /^(?:can cu|vuong mac|ket qua \/? ?vuong mac|kho khan|de xuat|ghi chu|muc tieu|thuc hien)$/;

export function bareLabel(text: string): boolean {
  // ("Tinh trang (danh dau x)": the field's name, how to fill it in brackets after it.)
  const t = text.trim().replace(/\s*\([^()]{1,30}\)$/u, "");
  // ("Chủ trì / phối hợp": the slash no word.)
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (!BARE_LABEL.test(t) || words > 5) return false;
  // ("Người chủ trì", "Đơn vị thực hiện": a field's word among others, as a card's short label has it.)
  return CARD_WORDS.test(looseKey(t)) || taskFieldOfLabel(t, words <= 4 ? 1 : 3) !== null;
}

/** A card naming a task's work and at least two of who leads it, by when, and how it stands. */
export function taskForm(c: Card): boolean {
  const has = (k: string) => c.values.has(k) && cellText(c.values.get(k)?.v ?? null).trim() !== "";
  return has("@content") && ["@lead", "@due", "@status", "@progress"].filter(has).length >= 2;
}

// "☐ Chưa thực hiện  ☒ Đang thực hiện  ☐ Hoàn thành": a printed form's choices, one box ticked.
// (A printed form's round choices too: "○" left, "●" filled.)
export const BOX = /[☐□☒☑■▣✓✔✗✘○◯●◉]/u;
export const TICKED = /^[☒☑■▣✓✔●◉]$/u;
// A box or a round choice left empty.
export const UNTICKED = /[☐□○◯]/u;
