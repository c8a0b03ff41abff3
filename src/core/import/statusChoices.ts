import { looseKey } from "../text/normalize";
import { TaskStatus } from "../vocab";
import { statusWord } from "./cellFacts";

/** One option of a printed status choice: "☒ Đang thực hiện". */
export interface StatusOption {
  label: string;
  status: TaskStatus;
  ticked: boolean;
}

// Boxes an official ticks or leaves: "☐"/"☒"/"☑", Wingdings' "¨" (empty) and "þ"/"ý" (ticked), "[ ]"/"[x]".
// ("○ Chưa thực hiện  ● Hoàn thành": a printed form's round choices, filled where meant.)
const BOX = /(☐|□|¨|☑|☒|■|⊠|✓|✔|✅|þ|ý|○|◯|●|◉|\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\))/u;
const EMPTY = /^(?:☐|□|¨|○|◯|\[\s*\]|\(\s*\))$/u;

/**
 * A status cell that lists every choice, the one meant ticked ("☐ Chưa thực hiện⏎☒ Đang thực hiện⏎☐ Hoàn
 * thành"): its options, or null when the cell is not such a list (at least two boxes, each before a status word).
 */
export function statusChoices(text: string): StatusOption[] | null {
  const parts = text.trim().split(BOX);
  // split keeps the boxes: ["", box, label, box, label …]; text before the first box means no list.
  // ("Tình trạng: ☐ Đã hoàn thành ☒ Đang thực hiện": the field's label before the choices.)
  if (parts.length < 5 || (parts[0].trim() !== "" && !/^[^:]{2,30}:$/u.test(parts[0].trim()))) return null;
  const options: StatusOption[] = [];
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const label = parts[i + 1].replace(/[\s,;/|]+$/u, "").trim();
    const status = statusWord(looseKey(label));
    if (status === null) return null;
    options.push({ label, status, ticked: !EMPTY.test(parts[i].trim()) });
  }
  return options;
}
