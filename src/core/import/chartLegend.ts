import { looseKey } from "../text/normalize";
import { Grid, cellText } from "./grid";

/**
 * A chart's legend (gantt.ts): what the sheet's legend says each symbol means: a state ("✓ - đã hoàn thành trong tháng", "(○) đang thực hiện",
 * "(-) chưa thực hiện"), work done in the period ("x = có thực hiện trong tháng", "☑ đã thực hiện"), the period
 * planned ("☐ theo kế hoạch nhưng chưa thực hiện", "x - tháng dự kiến thực hiện"), or nothing to do ("- không bố trí").
 * A legend is written on one line ("Ký hiệu: ● Đã hoàn thành ○ Đang thực hiện"), a line per symbol under "Ghi chú:",
 * in words ("Dấu + là tháng đó có thực hiện, HT là đã xong hẳn"), as a small table ("Ký hiệu | Ý nghĩa") beside the
 * chart, or on a sheet of its own ("Ký hiệu", `elsewhere`). The cells of a table beside the chart are returned too.
 */
export function legendOf(
  grid: Grid,
  elsewhere: readonly string[] = [],
): { meanings: Map<string, Meaning>; cells: Set<string>; days: boolean } {
  const meanings = new Map<string, Meaning>();
  const cells = new Set<string>();
  // (The first meaning a symbol is given stands: "Việc 1 lần: ☑ là đã hoàn thành" after "☑ = đã thực hiện trong tháng"
  // says when the mark ends the work, not what it is.)
  const read = (line: string) => {
    let n = 0;
    for (const m of line.matchAll(LEGEND_ITEM)) {
      const symbol = symbolKey((m[1] ?? m[3] ?? m[5] ?? m[7]).trim());
      const meaning = meaningOf(looseKey(m[2] ?? m[4] ?? m[6] ?? m[8]));
      if (meaning === null) continue;
      n++;
      if (!meanings.has(symbol)) meanings.set(symbol, meaning);
    }
    return n;
  };
  elsewhere.forEach(read);
  let under = 0;
  let heading = 0;
  const tableCols = new Set<number>();
  grid.rows.forEach((row, i) => {
    const filled = row.map((v, c) => ({ t: cellText(v ?? null).trim(), c: c + 1 })).filter((x) => x.t !== "" && x.t.length <= 300);
    if (filled.length === 0) return;
    // "Ký hiệu | Ý nghĩa" over the table's symbols and their meanings.
    const head = filled.find((x) => /^(?:ký hiệu|ky hieu)$/iu.test(x.t));
    if (head && filled.some((x) => x.c === head.c + 1 && /^(?:ý nghĩa|y nghia|nội dung|diễn giải)$/iu.test(x.t))) {
      tableCols.add(head.c);
      cells.add(`${i + 1}:${head.c}`).add(`${i + 1}:${head.c + 1}`);
      return;
    }
    for (const c of tableCols) {
      const [symbol, words] = [cellText(row[c - 1] ?? null).trim(), cellText(row[c] ?? null).trim()];
      if (symbol.length > 0 && symbol.length <= 3 && /\p{L}{2}/u.test(words)) {
        const meaning = meaningOf(looseKey(words));
        if (meaning && !meanings.has(symbolKey(symbol))) meanings.set(symbolKey(symbol), meaning);
        cells.add(`${i + 1}:${c}`).add(`${i + 1}:${c + 1}`);
      }
    }
    const line = filled.map((x) => x.t).join("  ");
    // "Ghi chú:" alone on its row: the lines under it are the legend's, one symbol each.
    if (filled.length === 1 && /^(?:ghi chú|ghi chu|ký hiệu|ky hieu|chú thích|chu thich|chú giải|quy ước)\s*:?$/iu.test(line)) {
      under = 6;
      heading = i + 1;
      return;
    }
    // A legend's own lines are read, and are no tasks: "x : Tháng dự kiến …" under "Ghi chú:".
    if ((under > 0 || LEGEND_WORDS.test(line)) && read(line) > 0 && filled.length <= 2) {
      for (const x of filled) cells.add(`${i + 1}:${x.c}`);
      if (heading > 0) for (const c of (grid.rows[heading - 1] ?? []).keys()) cells.add(`${heading}:${c + 1}`);
    }
    if (under > 0) under--;
  });
  // "Ô tháng: ghi ngày hoàn thành", "làm xong thì ghi ngày hoàn thành vào ô tháng đó (VD: 18 = ngày 18 của tháng)": a
  // number in a month's cell is the day of it the work was done, never a figure.
  const days = grid.rows.some((row) => row.some((v) => typeof v === "string" && v.length <= 300 && DAY_LEGEND.test(v)));
  return { meanings, cells, days };
}

// ("x" and "X", "HT" and "ht" the same mark.)
export const symbolKey = (symbol: string) => symbol.toLowerCase();

const DAY_LEGEND = /ghi (?:rõ )?(?:ngày|ngay)(?: hoàn thành| hoan thanh| xong| làm xong)?(?! tháng)(?:\s+(?:vào|vao)\s+ô)?/iu;

const LEGEND_WORDS = /(?:ký hiệu|ky hieu|ghi chú|ghi chu|chú thích|chu thich|chú giải|quy ước|(?<!\p{L})dấu(?!\p{L}))/iu;

export type Meaning = { kind: "state"; text: string } | { kind: "did" } | { kind: "planned" } | { kind: "none" };

// "x = …", "✓ - …", "☐: …", "HT : …"; "(+) hoàn thành", "(○) đang thực hiện"; "☑ đã thực hiện", "● Đã hoàn thành ○ Đang …";
// "dấu + là …", "HT là …": a symbol (or a letter or two standing alone) and its words, up to the next symbol.
const SYMBOLS = "☑☐☒✓✔✗✘●○◯■□▲△★☆◆◇";
const LEGEND_ITEM = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])([xvoXVO]|[A-ZĐ]{2,3}|[^\\s\\p{L}\\p{N};,:()]{1,2})(?![\\p{L}\\p{N}])\\s*[-–=:]\\s*([^;,.${SYMBOLS}]+)`,
    `\\(\\s*([xvoXVO]|[A-ZĐ]{2,3}|[^\\s\\p{L}\\p{N}();,]{1,2})\\s*\\)\\s*[-–=:]?\\s*([^;,.()${SYMBOLS}]+)`,
    `([${SYMBOLS}])\\s+(\\p{L}[^;,.()${SYMBOLS}]*)`,
    `(?:(?<!\\p{L})(?:dấu|dau)\\s+)?(?<![\\p{L}\\p{N}])([xvoXVO+*-]|[A-ZĐ]{2,3}|[${SYMBOLS}])\\s+(?:là|la)\\s+([^;,.${SYMBOLS}]+)`,
  ].join("|"),
  "gu",
);

function meaningOf(said: string): Meaning | null {
  // "- không bố trí", "(để trống) không phát sinh": no work that period, no mark.
  if (/\bkhong (?:bo tri|phat sinh|phai lam)\b/.test(said)) return { kind: "none" };
  if (/\b(?:cham|tre)\b/.test(said)) return { kind: "state", text: "Đang thực hiện (chậm tiến độ)" };
  // ("☐ theo kế hoạch nhưng chưa thực hiện", "Việc phải làm trong tháng nhưng chưa làm": a period planned, not yet done.)
  if (/\b(?:ke hoach|du kien|kh|phai lam|can lam|nhung chua)\b/.test(said)) return { kind: "planned" };
  // ("tháng đó không thực hiện được": a period whose work was not done.)
  if (/\bkhong (?:thuc hien|lam)\b/.test(said)) return { kind: "planned" };
  if (/\bchua\b/.test(said)) return /\bchua (?:thuc hien|lam|trien khai)\b/.test(said) ? { kind: "state", text: "Chưa thực hiện" } : null;
  if (/\b(?:da )?hoan thanh\b|\bxong\b/.test(said)) return { kind: "state", text: "Hoàn thành" };
  if (/\bdang (?:thuc hien|lam|trien khai)\b/.test(said)) return { kind: "state", text: "Đang thực hiện" };
  if (/\b(?:co|da) (?:thuc hien|lam|trien khai|to chuc)\b|\bthuc hien trong (?:thang|quy|tuan)\b/.test(said)) return { kind: "did" };
  return null;
}

/** The meanings read, as Kiểm tra says them: "x: đã thực hiện trong kỳ; ●: Hoàn thành; ☐: kỳ theo kế hoạch". */
export function legendSaid(meanings: ReadonlyMap<string, Meaning>): string {
  const said = (m: Meaning) =>
    m.kind === "state" ? m.text : m.kind === "did" ? "đã thực hiện trong kỳ" : m.kind === "planned" ? "kỳ theo kế hoạch" : "không phải làm";
  return [...meanings].map(([symbol, m]) => `${symbol}: ${said(m)}`).join("; ");
}
