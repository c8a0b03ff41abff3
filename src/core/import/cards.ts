import { cleanText, looseKey } from "../text/normalize";
import { Field, fieldScore, taskFieldOfLabel } from "./columns";
import { BOX, Card, TICKED, UNTICKED, bareLabel, taskForm } from "./cardLabels";
import { cardLog } from "./cardLog";
import { FIGURES_KEY, figureLine, formInParts, valueUnder, withTrailingLog } from "./formParts";
import { Grid, GridCell, cellAt, cellText } from "./grid";

/**
 * One task per card, down the sheet: "NHIỆM VỤ 3", then "Nội dung: | …", "Tiêu chí: | 1.4", "Chủ trì: |
 * ĐC-XD", "Thời hạn: | 15/11/2021", "Kết quả: | …", a blank row, the next card. Read as a table: the
 * labels become the header (in the row above the first card), each card one row on its first label's
 * row, so that Nguồn points at the card; the card's other rows and the cards' titles are left empty.
 */
// "Nhiệm vụ 1:", "Việc số 2:": a card's first label numbered; its words are the label the cards share.
// ("1. Tiêu chí:", "5. Thời hạn hoàn thành:": a form's labels numbered down the sheet, the number no part of them.)
// ("Việc 1 (quý III chuyển sang):": a remark in brackets after the card's number, the card still the same.)
// ("Tiêu chí (KH 49):": a remark in brackets after the label, numbers in it.)
const LABEL = /^(?:\d{1,2}\s*[.)]\s*)?([^\d:]{2,30}?)(?:\s+(?:số\s*)?\d{1,3}(?:\s*\([^():]{1,40}\))?|\s*\([^():]{1,20}\))?\s*:$/u;
const MIN_LABELS = 3;
// "1. Rà soát …", "1.2. Tuyên truyền …", "a) Bổ sung ghế …": a card's task on the line over it.
const NUMBERED_TITLE = /^(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-hđ]\))\s+\S.{8,}$/u;
const TITLE_CODE = /(?:tiêu chí|chỉ số|\btc|\btctp)\s*(?:thành phần\s*)?:?\s*([12]\.\d{1,2})(?![\d/])/iu;
// "NHIỆM VỤ SỐ 1", "Việc 2", "NV 03": a card's title numbering it.
const CARD_TITLE = /^(?:nhiệm vụ|nhiem vu|công việc|cong viec|việc|viec|nv)\s*(?:số|so)?\s*\d{1,3}\s*[:.]?$/iu;
const CONTENT_LABEL = /^(?:noi dung|nhiem vu|ten nhiem vu|viec|cong viec|ten cong viec)\b/;

type LabelPair = { label: string; value: { v: GridCell; at: string | null } };

// (Never a report's line, "   - Thời hạn: 30/6/2021", "→ Hạn: 31/8": its dash, arrow or indent make it one of a list.)
const INLINE_LABEL = /^(\p{L}[^:\d]{1,29}?)\s*:\s*(\S.*)$/su;

// "6. Kết quả thực hiện (đánh dấu ☒ vào ô phù hợp):": a form's label with its instruction in brackets, the label before it.
const LABEL_REMARK = /\s*\([^()]{3,60}\)\s*(?=:\s*$)/u;

function labelRow(given: readonly GridCell[], r: number, inlineOk = false): LabelPair[] {
  // Asked of every row: only a row whose first value is a text ending in ":" (or a field's name) is looked at more.
  const at = given.findIndex((v) => v !== null && v !== "");
  const said = given[at];
  const row =
    typeof said === "string" && said.length > 30 && LABEL_REMARK.test(said)
      ? given.map((v, i) => (i === at ? said.replace(LABEL_REMARK, "") : v))
      : given;
  const head = row[at];
  // "Giao cho: VP-TK chủ trì, Một cửa phối hợp" alone on its row (merged across): a label and its value in one cell.
  const inline = typeof head === "string" && head.length <= 300 ? INLINE_LABEL.exec(head) : null;
  // (In the sheet's first column, as a card's labels stand: "Thuộc tiêu chí: TCTP 1.2" under a task's row in the table's
  // column of work is that row's line, read with it.)
  // (One label to the line: "Chủ trì: CT UBND xã; Phối hợp: CC TC-KT" is a record's line of several, read as such.)
  const oneLabel = inline !== null && !/\p{L}{2,}\s*:\s*\S/u.test(inline[2]);
  // (Only inside a card its other labels began, each in a cell of its own: a sheet of such lines alone is a record's lines.)
  if (inlineOk && inline && oneLabel && at === 0 && bareLabel(inline[1]) && row.filter((v) => cellText(v).trim() !== "").length === 1)
    return [{ label: inline[1].trim(), value: { v: inline[2].trim(), at: `${r}:${at + 1}` } }];
  if (typeof head !== "string" || head.length > 30) return [];
  const colon = head.trimEnd().endsWith(":");
  const filled = row.map((v, i) => ({ v, i })).filter((x) => cellText(x.v).trim() !== "");
  // "NHIỆM VỤ SỐ 1 | Tuyên truyền trên hệ thống loa …": a card's title with its work beside it, the card's first line.
  if (filled.length === 2 && CARD_TITLE.test(head.trim()) && typeof filled[1].v === "string" && filled[1].v.trim().length >= 10)
    return [{ label: "Nội dung", value: { v: filled[1].v, at: `${r}:${filled[1].i + 1}` } }];
  if (!colon && !bareLabel(head)) return [];
  if (filled.length < 1) return [];
  if (filled.length <= 2) {
    const m = colon ? LABEL.exec(cellText(filled[0].v).trim()) : [head, head.trim()];
    if (!m) return [];
    return [{ label: m[1].trim(), value: filled.length === 2 ? { v: filled[1].v, at: `${r}:${filled[1].i + 1}` } : { v: null, at: null } }];
  }
  // "Tình trạng: | ☐ Chưa thực hiện | ☐ Đang thực hiện | ☑ Hoàn thành": a form's choices a cell each, read as one line.
  // ("☐ | Chưa thực hiện | ☒ | Đang thực hiện": each box in a cell of its own, its words in the next.)
  // ("Trạng thái | ☐ Chưa TH | ☐ Đang TH | ☑ Hoàn thành": the field's name without its colon, the same.)
  const after = filled.slice(1);
  if (filled.length >= 3 && after.every((x) => typeof x.v === "string") && after.filter((x) => BOX.test(cellText(x.v))).length >= 2) {
    const m = colon ? LABEL.exec(cellText(filled[0].v).trim()) : [head, head.trim()];
    const choices = after.map((x) => cellText(x.v).trim()).join("  ");
    return m ? [{ label: m[1].trim(), value: { v: choices, at: null } }] : [];
  }
  // "Tiến độ: | Đang thực hiện | 0,75": a label and two values, no other label among them: the values said together.
  const labelled = (x: { v: GridCell }) => typeof x.v === "string" && x.v.trimEnd().endsWith(":");
  if (colon && filled.length === 3 && !filled.slice(1).some(labelled)) {
    const m = LABEL.exec(cellText(filled[0].v).trim());
    if (!m) return [];
    const share = (x: { v: GridCell; i: number }) =>
      typeof x.v === "number" && x.v >= 0 && x.v <= 1 ? `${Math.round(x.v * 1000) / 10}%` : cellText(x.v).trim();
    return [{ label: m[1].trim(), value: { v: `${share(filled[1])} (${share(filled[2])})`, at: null } }];
  }
  if (!colon) return barePairs(filled, r);
  // "Người chủ trì: | Công chức Tư pháp - Hộ tịch | | Phối hợp: | VP-TK": two labels on one row, each with its value.
  // ("Thời hạn: | 31/12/2021 | Ngày hoàn thành: |" : a label left blank on a printed form is still the form's.)
  if (filled.length > 6) return [];
  const labelAt = (k: number) => {
    const x = filled[k];
    const t = x === undefined ? "" : cellText(x.v).trim();
    return x !== undefined && typeof x.v === "string" && t.endsWith(":") ? LABEL.exec(t) : null;
  };
  const pairs: LabelPair[] = [];
  for (let k = 0; k < filled.length;) {
    const m = labelAt(k);
    if (!m) return [];
    const value = filled[k + 1];
    if (value !== undefined && labelAt(k + 1) === null) {
      pairs.push({ label: m[1].trim(), value: { v: value.v, at: `${r}:${value.i + 1}` } });
      k += 2;
    } else {
      pairs.push({ label: m[1].trim(), value: { v: null, at: null } });
      k += 1;
    }
  }
  return pairs;
}

/**
 * "Kết quả | Đang thực hiện | Tiến độ (%) | 80": two fields' names without colons, each with its value. Never a
 * table's header ("Nội dung | Chủ trì | Thời hạn | Trạng thái"): no value may itself name a field.
 */
function barePairs(filled: ReadonlyArray<{ v: GridCell; i: number }>, r: number): LabelPair[] {
  // ("Chủ trì | CC VH-XH | Phối hợp |": the last field named and left blank.)
  if (filled.length < 3 || filled.length > 6) return [];
  const pairs: LabelPair[] = [];
  for (let k = 0; k < filled.length; k += 2) {
    const [label, value] = [filled[k], filled[k + 1] as { v: GridCell; i: number } | undefined];
    if (typeof label.v !== "string" || !bareLabel(label.v)) return [];
    if (value === undefined) {
      // (Only past a field with its value, its name a field's own: "Thời hạn | Trạng thái | Ghi chú" is a header.)
      if (pairs.length === 0 || taskFieldOfLabel(label.v.trim(), 1) === null) return [];
      pairs.push({ label: label.v.trim(), value: { v: null, at: null } });
      continue;
    }
    if (typeof value.v === "string" && bareLabel(value.v)) return [];
    pairs.push({ label: label.v.trim(), value: { v: value.v, at: `${r}:${value.i + 1}` } });
  }
  return pairs;
}

/**
 * A row of two or three of a form's labels ("Người chủ trì | | Thời hạn") over a row of their values, each under its
 * label; null for any other pair of rows. A value left blank is still its label's.
 */
function labelsOver(
  labels: readonly GridCell[],
  values: readonly GridCell[],
  valueRow: number,
  next: ReadonlyArray<readonly GridCell[]>,
): LabelPair[] | null {
  const at = labels.map((v, i) => ({ v, i })).filter((x) => cellText(x.v).trim() !== "");
  if (at.length < 2 || at.length > 5) return null;
  if (!at.every((x) => typeof x.v === "string" && bareLabel(x.v) && !x.v.trim().endsWith(":"))) return null;
  // (A label twice on the row: two cards side by side, each read on its own.)
  if (new Set(at.map((x) => looseKey(cellText(x.v)))).size < at.length) return null;
  const under = values.map((v, i) => ({ v, i })).filter((x) => cellText(x.v).trim() !== "");
  // Each value under a label's own column, never a label itself (a row of boxes a cell each is one label's, read below;
  // the choices printed in one cell under their label are its value).
  if (under.length === 0 || !under.every((x) => at.some((l) => l.i === x.i))) return null;
  if (under.some((x) => typeof x.v === "string" && bareLabel(x.v))) return null;
  if (under.filter((x) => typeof x.v === "string" && BOX.test(x.v)).length > 1) return null;
  // (More values under the same labels on the rows after: a table's header over its rows, no form's.)
  const valuesIn = (row: readonly GridCell[]) =>
    at.filter((l) => cellText(row[l.i] ?? null).trim() !== "" && !bareLabel(cellText(row[l.i] ?? null))).length >= 2;
  // (Read down to the next label or blank row: a card's next labels come before any more values, a table's rows don't.)
  for (const row of next) {
    const texts = row.map((v) => cellText(v).trim()).filter((t) => t !== "");
    if (texts.length === 0 || texts.some((t) => bareLabel(t))) break;
    if (valuesIn(row)) return null;
  }
  return at.map((l) => {
    const value = under.find((x) => x.i === l.i);
    return {
      label: (l.v as string).trim(),
      value: value === undefined ? { v: null, at: null } : { v: value.v, at: `${valueRow}:${value.i + 1}` },
    };
  });
}

/** A row's filled cells, keyed and joined: the same header printed twice has the same key. */
function rowKey(row: readonly GridCell[]): string {
  return row
    .map((v) => looseKey(cellText(v)))
    .filter((k) => k !== "")
    .join("|");
}

/** The keys of rows with two rows or more of values under their cells: tables' headers, wherever printed. */
function headersOverRows(grid: Grid): Set<string> {
  const heads = new Set<string>();
  const filledAt = (row: readonly GridCell[]) => row.map((v, i) => (cellText(v).trim() === "" ? -1 : i)).filter((i) => i >= 0);
  for (let r = 1; r + 2 <= grid.rows.length; r++) {
    const at = filledAt(grid.rows[r - 1] ?? []);
    if (at.length < 2) continue;
    const valued = (row: readonly GridCell[]) =>
      at.filter((i) => {
        const t = cellText(row[i] ?? null).trim();
        return t !== "" && !bareLabel(t);
      }).length >= 2;
    if (valued(grid.rows[r] ?? []) && valued(grid.rows[r + 1] ?? [])) heads.add(rowKey(grid.rows[r - 1] ?? []));
  }
  return heads;
}

/**
 * The field a card's label names ("Chủ trì", "Nguoi chu tri" and "Đơn vị chủ trì" all the lead), else its words:
 * a card typed without marks shares its labels with the others.
 */
function cardKey(label: string): string {
  const field = taskFieldOfLabel(label, 1);
  return field ? `@${field}` : looseKey(label);
}

/** The words after the one ticked box of a form's choices; null where the text is no such line or ticks none or two. */
export function checkedOption(text: string): string | null {
  if (!BOX.test(text) || !UNTICKED.test(text)) return null;
  const parts = text.split(new RegExp(`(${BOX.source})`, "u")).filter((p) => p.trim() !== "");
  const ticked: string[] = [];
  for (let k = 0; k + 1 < parts.length; k++) if (TICKED.test(parts[k].trim())) ticked.push(parts[k + 1].trim());
  return ticked.length === 1 && !BOX.test(ticked[0]) ? ticked[0] : null;
}

export function withCards(
  grid: Grid,
): { grid: Grid; cards: number; labels: string[]; spans?: ReadonlyArray<readonly [number, number]> } | null {
  const cards: Card[] = [];
  let current: Card | null = null;
  // Each key's label as the first card writes it: the header's words.
  const shown = new Map<string, string>();
  // Every block of labels, however few: a form's parts that blank rows set apart are read together.
  const blocks: Card[] = [];
  const close = () => {
    if (current) blocks.push(current);
    if (current && current.values.size >= MIN_LABELS) cards.push(current);
    current = null;
  };
  const more = labelsMergedDown(grid);
  // (Worked out only when a row of labels over values is met: most sheets have none, and this reads every row.)
  let tableHeads: Set<string> | null = null;
  const isTableHead = (row: readonly GridCell[]) => (tableHeads ??= headersOverRows(grid)).has(rowKey(row));
  // The columns headed "Ghi chú" near the top: a remark beside a card's value stands there.
  const noteCols = new Set<number>();
  for (const row of grid.rows.slice(0, 30))
    row.forEach((v, i) => {
      if (typeof v === "string" && /^ghi chu\b/.test(looseKey(v)) && v.length <= 20) noteCols.add(i + 1);
    });
  let lastKey: string | null = null;
  // A line more under one of the card's own keys (its figures, its note), each "; "-joined to the last.
  const addTo = (card: Card, key: string, heading: string, text: string) => {
    const held = cellText(card.values.get(key)?.v ?? null).trim();
    card.values.set(key, { v: held === "" ? text : `${held}; ${text}`, at: null });
    if (!shown.has(key)) shown.set(key, heading);
  };
  for (let r = 1; r <= grid.rows.length; r++) {
    // "Phân công" merged over "Chủ trì: CC VP-TK" and "Thực hiện: …" (a Word form pasted): one label, its lines joined.
    const line = more.get(r);
    // "Diễn biến: | 10/03/2021 | …" and the dated rows under it: one value, a line per step.
    const log = cardLog(grid, r);
    const { row, aside } = log !== null ? { row: log.row, aside: null } : besideLabel(grid.rows[r - 1] ?? [], noteCols);
    const held = lastKey === null ? undefined : current?.values.get(lastKey);
    if (line !== undefined && held !== undefined && current !== null) {
      const v = cellText(held.v).trim();
      current.values.set(lastKey as string, { v: v === "" ? line : `${v}\n${line}`, at: v === "" ? null : held.at });
      current.last = r;
      continue;
    }
    // "Tổng số hồ sơ đã giải quyết | 412", "Tỷ lệ đúng hạn | 99,3%" under a card's lines: the work's figures, its own.
    const figure = current !== null ? figureLine(row) : null;
    if (figure !== null && current !== null) {
      addTo(current, FIGURES_KEY, "Số liệu", figure);
      current.last = r;
      lastKey = null;
      continue;
    }
    // "Người chủ trì | | Thời hạn" over "BP Một cửa | | 30/11/2021": a printed form's labels, each over its value.
    const over = labelsOver(grid.rows[r - 1] ?? [], grid.rows[r] ?? [], r + 1, grid.rows.slice(r + 1, r + 7));
    // (A table's header printed again over its one row is still a table's: "Việc cần làm | Người làm | Hạn" seen over
    // rows elsewhere on the sheet.)
    // (Only inside a card already begun, "Nội dung nhiệm vụ" over its text: a table's header over its first row stays one.)
    const stacked = over === null || current === null || isTableHead(grid.rows[r - 1] ?? []) ? null : over;
    const found = stacked ?? labelRow(row, r, current !== null);
    // "3. Nội dung công việc:" over the work merged across the page, "7. Đánh giá:" over a row of boxes: the label's value.
    const under = found.length === 0 && lastKey !== null ? valueUnder(grid, r, current?.values.get(lastKey)) : null;
    if (under !== null && current !== null) {
      current.values.set(lastKey as string, { v: under.v, at: under.at });
      // ("Tháng 10: 30%; Tháng 11: 60%": a months' table whose latest cell is the value, every month kept.)
      if (under.said !== null) addTo(current, NOTE_KEY, "Ghi chú", under.said);
      current.last = under.last;
      r = under.last;
      continue;
    }
    if (found.length === 0) {
      close();
      lastKey = null;
      continue;
    }
    for (const pair of found) {
      let label = cardKey(pair.label);
      // "Người theo dõi:" and "Chủ trì:" in one card both name a person: the label naming the field the more exactly
      // keeps it, the other its own words (a label written again, the same words, still starts the next card).
      const held = current?.said.get(label);
      if (current !== null && held !== undefined && label.startsWith("@") && looseKey(held) !== looseKey(pair.label)) {
        const field = label.slice(1) as Field;
        if (fieldScore(pair.label, field) > fieldScore(held, field)) {
          const own = looseKey(held);
          current.values.set(own, current.values.get(label) ?? { v: null, at: null });
          current.said.set(own, held);
          current.values.delete(label);
          current.said.delete(label);
          shown.set(own, held);
          shown.set(label, pair.label);
        } else label = looseKey(pair.label);
      }
      if (!shown.has(label)) shown.set(label, pair.label);
      // A label the card already has starts the next card.
      if (current?.values.has(label)) close();
      current ??= { first: r, last: r, values: new Map(), said: new Map() };
      current.values.set(label, pair.value);
      current.said.set(label, pair.label);
      current.last = r;
      lastKey = label;
    }
    // "Tình hình thực hiện | Hoàn thành | Hoàn thành ngày 08/12/2021": the remark beside a value, the card's note.
    if (aside !== null && current !== null) addTo(current, NOTE_KEY, "Ghi chú", aside);
    if (stacked !== null && current !== null) {
      current.last = r + 1;
      r++;
    }
    if (log !== null && current !== null) {
      current.last = log.last;
      r = log.last;
    }
  }
  close();
  const first = cards[0] === undefined ? [] : [...cards[0].values.keys()];
  const several = cards.slice(1).some((c) => first.filter((l) => c.values.has(l)).length >= Math.min(first.length, MIN_LABELS));
  // A form read whole in place of the cards found, its labels' words the header's where no card gave them.
  const adopt = (form: Card) => {
    cards.splice(0, cards.length, form);
    for (const [k, said] of form.said) if (!shown.has(k)) shown.set(k, said);
  };
  // (A form read whole from its first block still takes the parts below it: "7. Đánh giá:" after its months' table.)
  const whole = several ? null : formInParts(grid, blocks);
  if (whole !== null) adopt(whole);
  // A sheet holding one task's form ("PHIẾU THEO DÕI NHIỆM VỤ": its work, who leads, by when, how it stands): a card too.
  const oneForm = cards.length === 1 && taskForm(cards[0]);
  // (Its log right under it, "8. NHẬT KÝ THỰC HIỆN" and its dated rows: the form's steps, never tasks.)
  const logged = oneForm ? withTrailingLog(grid, cards[0]) : null;
  if (logged !== null) adopt(logged);
  if (cards.length < 2 && !oneForm) return null;
  // Cards share their labels: most of the first card's are in every other. Blocks of other labels below (a card of
  // figures, "Kỳ: | Tỷ lệ: | Ngày số liệu:") are no task's card and stay as they are.
  const labels = [...cards[0].values.keys()];
  // (A card naming its work as the first does, and one more of its fields, is a card of the same kind: "Nhiệm vụ |
  // Phối hợp/thực hiện | Thời gian | Kết quả" among cards of "Nhiệm vụ | Chủ trì | Thời gian | Tình trạng".)
  const shares = (c: Card) => {
    const same = labels.filter((l) => c.values.has(l));
    return same.length >= Math.min(labels.length, MIN_LABELS) || (same.length >= 2 && same.includes("@content"));
  };
  if (!oneForm && !cards.slice(1).some(shares)) return null;
  for (let i = cards.length - 1; i > 0; i--) if (!shares(cards[i])) cards.splice(i, 1);
  for (const c of cards) for (const l of c.values.keys()) if (!labels.includes(l)) labels.push(l);
  // "1. Rà soát văn bản QPPL …" alone on the row over each card, no label naming the work: the card's task.
  const titleOf = (c: Card) => {
    const filled = (grid.rows[c.first - 2] ?? []).filter((v) => cellText(v).trim() !== "");
    const t = filled.length === 1 ? cellText(filled[0]).trim() : "";
    return NUMBERED_TITLE.test(t) ? t.replace(/^(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-hđ]\))\s+/u, "") : null;
  };
  const titled = !labels.some((l) => l === "@content" || CONTENT_LABEL.test(looseKey(l))) && cards.every((c) => titleOf(c) !== null);
  // "THẺ SỐ 01 – TC 1.1" over each card with no criterion's label: the card's criterion.
  // ("1. | Tiêu chí thành phần 1.2: …": its number in a cell of its own, the heading beside it.)
  // (Over a card's title line, where its task is its title: "TIÊU CHÍ 1.2 …" over "a) Giải quyết …" and its lines.)
  const top = (c: Card) => (titled ? c.first - 1 : c.first);
  const codeOf = (c: Card) => {
    const filled = (grid.rows[top(c) - 2] ?? []).filter((v) => cellText(v).trim() !== "");
    const heading =
      filled.length === 2 && /^(?:\d{1,2}|[IVX]{1,4}|[a-h])\s*[.)]?$/u.test(cellText(filled[0]).trim()) ? filled[1] : filled[0];
    // ("1.2 | Tỷ lệ hồ sơ TTHC … giải quyết đúng hạn": the criterion's code itself in the cell before its name.)
    const own = filled.length === 2 ? /^([12]\.\d{1,2})\.?$/u.exec(cellText(filled[0]).trim()) : null;
    if (own !== null && typeof filled[1] === "string" && /\p{L}/u.test(filled[1])) return own[1];
    // ("Tiêu chí 1.2 | Tỷ lệ hồ sơ TTHC …": the code's words in a cell of their own, the criterion's name beside.)
    const named = filled.length === 2 && cellText(filled[0]).trim().length <= 20 ? TITLE_CODE.exec(cellText(filled[0])) : null;
    if (named !== null) return named[1];
    return filled.length === 1 || (filled.length === 2 && heading === filled[1]) ? (TITLE_CODE.exec(cellText(heading))?.[1] ?? null) : null;
  };
  // A criterion's heading over several cards ("Tiêu chí 1.2 | …", then "Việc 1:", a blank row, "Việc 2:"): the cards
  // under it, nothing but blank rows between them, are its.
  const groupCode = new Map<Card, string | null>();
  cards.forEach((c, i) => {
    const prev = i > 0 ? cards[i - 1] : null;
    const gapBlank =
      prev !== null &&
      Array.from({ length: top(c) - prev.last - 1 }, (_, k) => prev.last + 1 + k).every((r) =>
        (grid.rows[r - 1] ?? []).every((v) => cellText(v).trim() === ""),
      );
    groupCode.set(c, codeOf(c) ?? (gapBlank && prev !== null ? (groupCode.get(prev) ?? null) : null));
  });
  if (!labels.includes("@code") && cards.every((c) => groupCode.get(c) !== null)) {
    for (const c of cards) c.values.set("@code", { v: groupCode.get(c) ?? null, at: null });
    labels.unshift("@code");
    shown.set("@code", "Tiêu chí");
  }
  if (titled) {
    for (const c of cards) c.values.set("Nội dung", { v: titleOf(c), at: null });
    labels.unshift("Nội dung");
    shown.set("Nội dung", "Nội dung");
  }
  // Each card on its title's row, where it has one; the header in the blank row above the first (over a group line too).
  const rowOf = (c: Card) => (titled ? c.first - 1 : c.first);
  let headerRow = rowOf(cards[0]) - 1;
  // (Over a criterion's heading too, its code taken into each card: the header in the blank row above it.)
  // (Only cards that name their work: a card whose task is its title line is read as a report's lines, elsewhere.)
  const coded = labels[0] === "@code" && !titled && labels.some((l) => l === "@content" || CONTENT_LABEL.test(looseKey(l)));
  // ("STT | Nội dung theo dõi | Kết quả cập nhật | Ghi chú" over the blocks: the sheet's header of labels and values,
  // which the cards' own header takes the place of.)
  const ownHeader = (r: number) => {
    const filled = (grid.rows[r - 1] ?? []).filter((v) => cellText(v).trim() !== "");
    return filled.length >= 3 && filled.every((v) => typeof v === "string" && v.trim().length <= 40 && /\p{L}/u.test(v));
  };
  if (titled || coded)
    while (headerRow > 1 && !ownHeader(headerRow) && (grid.rows[headerRow - 1] ?? []).some((v) => cellText(v).trim() !== "")) headerRow--;
  if (headerRow < 1 || ((grid.rows[headerRow - 1] ?? []).filter((v) => cellText(v).trim() !== "").length > 1 && !ownHeader(headerRow)))
    return null;
  const rows = grid.rows.map((r) => [...r]);
  const inCard = (r: number) => cards.some((c) => r >= c.first && r <= c.last);
  const formats: Record<string, string> = Object.fromEntries(
    Object.entries(grid.formats).filter(([k]) => !inCard(Number(k.slice(0, k.indexOf(":"))))),
  );
  // "- Số liệu:" on a card with no "Kết quả": what the work's figures came to, its result.
  const resultNamed = labels.includes("@result");
  const header = labels.map((l) => {
    const shownAs = (shown.get(l) ?? l).replace(/^\s*[-–•+*]\s*/u, "");
    if (!resultNamed && /^so lieu(?: dat duoc| thuc hien)?$/.test(looseKey(shownAs))) return "Kết quả (số liệu)";
    // ("Số liệu kỳ báo cáo:" beside "Kết quả:": the criterion's figures, read as a "Số liệu" column's are.)
    return resultNamed && /^so lieu (?:ky bao cao|bao cao|cua ky|trong ky)$/.test(looseKey(shownAs)) ? "Số liệu" : shownAs;
  });
  rows[headerRow - 1] = header;
  // (The first card's criterion heading, its code now the cards', goes as the later ones' headings do.)
  if ((coded || (titled && labels.includes("@code"))) && headerRow < top(cards[0]) - 1 && codeOf(cards[0]) !== null)
    rows[top(cards[0]) - 2] = [];
  cards.forEach((c, i) => {
    const at = rowOf(c);
    for (let r = c.first; r <= c.last; r++) rows[r - 1] = [];
    rows[at - 1] = labels.map((l, j) => {
      const got = c.values.get(l);
      const fmt = got?.at ? grid.formats[got.at] : undefined;
      if (fmt !== undefined) formats[`${at}:${j + 1}`] = fmt;
      return typeof got?.v === "string" ? (checkedOption(got.v) ?? got.v) : (got?.v ?? null);
    });
    // The next card's title ("NHIỆM VỤ 2") numbers it, no more.
    const next = cards[i + 1];
    if (
      !titled &&
      next &&
      next.first - 1 > c.last &&
      ((rows[next.first - 2] ?? []).filter((v) => cellText(v).trim() !== "").length === 1 || (coded && codeOf(next) !== null))
    )
      rows[next.first - 2] = [];
  });
  return {
    grid: { ...grid, rows, formats, merges: [] },
    cards: cards.length,
    labels: header,
    spans: cards.map((c) => [c.first, c.last] as const),
  };
}

/**
 * Cards printed two (or more) across the page ("NHIỆM VỤ SỐ 01" at A, "NHIỆM VỤ SỐ 02" at E, each with its
 * "Tiêu chí | …", "Nội dung | …" rows): each band of columns read as cards down, the tables side by side with an
 * empty column between, as tables beside each other are read. Null where the sheet has no such bands.
 */
export function withCardsAcross(grid: Grid): { grid: Grid; cards: number; labels: string[] } | null {
  const starts = cardBands(grid);
  if (starts === null) return null;
  let width = 0;
  for (const row of grid.rows) if (row.length > width) width = row.length;
  const bands = starts.map((from, i) => ({ from, to: i + 1 < starts.length ? starts[i + 1] - 1 : width }));
  const read = bands.map((b) => withCards(band(grid, b.from, b.to)));
  if (read.some((x) => x === null)) return null;
  const done = read as Array<{ grid: Grid; cards: number; labels: string[] }>;
  // Each band's cards say their work ("Việc:", "Nội dung:"): a card's second column of labels ("Thời hạn: | … |
  // Phối hợp:") beside its first is no band of cards of its own.
  if (!done.every((d) => d.labels.some((l) => CONTENT_LABEL.test(looseKey(l))))) return null;
  // Each band's table, then an empty column, then the next: the band's own columns no longer line up with the sheet's.
  // (As wide as the band, where its rows that are no card's hold more cells than the cards have labels: none dropped.)
  const widths = done.map((d, i) => Math.max(d.labels.length, bands[i].to - bands[i].from + 1));
  const offsets = widths.map((_, i) => widths.slice(0, i).reduce((s, w) => s + w + 1, 0));
  const rows = grid.rows.map((_, r) => {
    const out: GridCell[] = [];
    done.forEach((d, i) => {
      const row = d.grid.rows[r] ?? [];
      for (let c = 0; c < widths[i]; c++) out[offsets[i] + c] = row[c] ?? null;
    });
    return Array.from(out, (v) => v ?? null);
  });
  const formats: Record<string, string> = {};
  done.forEach((d, i) =>
    Object.entries(d.grid.formats).forEach(([k, f]) => {
      const [r, c] = k.split(":").map(Number);
      if (c <= widths[i]) formats[`${r}:${c + offsets[i]}`] = f;
    }),
  );
  return {
    grid: { ...grid, rows, formats, merges: [] },
    cards: done.reduce((s, d) => s + d.cards, 0),
    labels: [...new Set(done.flatMap((d) => d.labels))],
  };
}

const NOTE_KEY = "@note";

/**
 * A card's row as its label and value: the block's number before them left out ("1 | Tiêu chí | TCTP 1.4 …", the number
 * merged down the block), a remark after them ("Nhiệm vụ | Họp giao ban … | Đã họp 3 lần trong quý IV") set aside.
 */
function besideLabel(cells: readonly GridCell[], noteCols: ReadonlySet<number>): { row: readonly GridCell[]; aside: string | null } {
  const filled = cells.map((v, i) => ({ v, i })).filter((x) => cellText(x.v).trim() !== "");
  if (filled.length < 2) return { row: cells, aside: null };
  let row = cells;
  let rest = filled;
  const first = cellText(filled[0].v).trim();
  // ("Việc 1 | Nội dung: | …": the card's title in the column before its labels, the same.)
  const isLabel = (v: GridCell) => typeof v === "string" && (bareLabel(v) || LABEL.test(v.trim()));
  if (
    (typeof filled[0].v === "number" || /^\d{1,2}[.)]?$/.test(first) || (CARD_TITLE.test(first) && filled.length >= 3)) &&
    isLabel(filled[1].v)
  ) {
    row = cells.map((v, i) => (i === filled[0].i ? null : v));
    rest = filled.slice(1);
  }
  const [label, value, remark] = rest;
  if (
    rest.length === 3 &&
    // (Only under the sheet's "Ghi chú" heading: "Tình trạng | Hoàn thành | Đang thực hiện" is two tasks' states side by side.)
    noteCols.has(rest[2].i + 1) &&
    typeof label.v === "string" &&
    bareLabel(label.v) &&
    typeof remark.v === "string" &&
    !bareLabel(remark.v) &&
    !remark.v.trimEnd().endsWith(":") &&
    !(typeof value.v === "string" && bareLabel(value.v))
  )
    return { row: row.map((v, i) => (i === remark.i ? null : v)), aside: cleanText(remark.v) };
  return { row, aside: null };
}

/**
 * The rows a card's label is merged down over, with their words: "Kết quả" merged over two rows, "Đang thực hiện."
 * beside the first and "9 tháng: 1.254/1.310 …" beside the second, is one label whose value has two lines.
 */
function labelsMergedDown(grid: Grid): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of grid.merges) {
    if (m.bottom <= m.top || m.right - m.left > 1 || m.bottom - m.top > 6) continue;
    const label = cellText(cellAt(grid, m.top, m.left)).trim();
    // (Only a label's cell, with its words beside it: a number or a lead merged down over several tasks is none.)
    if (label === "" || labelRow(grid.rows[m.top - 1] ?? [], m.top).length !== 1) continue;
    for (let r = m.top + 1; r <= m.bottom; r++) {
      const row = grid.rows[r - 1] ?? [];
      const words = row
        .slice(m.right)
        .map((v) => cellText(v).trim())
        .filter((t) => t !== "");
      // (The row's own words beside the label and nothing before it: a cell left of the merge is another table's.)
      if (words.length === 1 && row.slice(0, m.left - 1).every((v) => cellText(v).trim() === "")) out.set(r, words[0]);
    }
  }
  return out;
}

/** The first column of each band of cards across the sheet: a label column, beside its values, on three rows at least. */
function cardBands(grid: Grid): number[] | null {
  const count = new Map<number, number>();
  for (const row of grid.rows) {
    for (let c = 1; c < row.length; c++) {
      const v = row[c - 1];
      // (The cheap tests first: every cell of a long table's first rows passes here.)
      if (typeof v !== "string" || v.length > 30 || cellText(row[c] ?? null).trim() === "") continue;
      if (c > 1 && cellText(row[c - 2] ?? null).trim() !== "") continue;
      if (!(bareLabel(v) || LABEL.test(v.trim()))) continue;
      count.set(c, (count.get(c) ?? 0) + 1);
    }
  }
  const starts = [...count]
    .filter(([, n]) => n >= MIN_LABELS)
    .map(([c]) => c)
    .sort((a, b) => a - b);
  if (starts.length < 2 || starts.some((c, i) => i > 0 && c - starts[i - 1] < 3)) return null;
  // The column before each later band empty the whole sheet down: a gutter, never a table's own column.
  for (const s of starts.slice(1)) if (grid.rows.some((row) => cellText(row[s - 2] ?? null).trim() !== "")) return null;
  return starts;
}

/** The columns [from, to] of the sheet, moved to start at A. */
/** Number formats of the columns [from, to], moved to start at A. */
export function shiftedFormats(formats: Readonly<Record<string, string>>, from: number, to: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, f] of Object.entries(formats)) {
    const [r, c] = k.split(":").map(Number);
    if (c >= from && c <= to) out[`${r}:${c - from + 1}`] = f;
  }
  return out;
}

function band(grid: Grid, from: number, to: number): Grid {
  return {
    ...grid,
    rows: grid.rows.map((row) => row.slice(from - 1, to)),
    formats: shiftedFormats(grid.formats, from, to),
    merges: grid.merges
      .filter((m) => m.left >= from && m.right <= to)
      .map((m) => ({ ...m, left: m.left - from + 1, right: m.right - from + 1 })),
  };
}
