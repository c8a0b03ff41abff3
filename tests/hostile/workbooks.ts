import { RawEntry, rawZip, repeatedDeflate } from "./rawZip";

/**
 * Hostile workbooks, generated: each is a real .xlsx package around one attack. The tests run
 * them through the command line beside an ordinary official's workbook, which must still be read.
 */

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function escape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function colName(c: number): string {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** One row of inline-string and number cells. */
export function rowXml(r: number, values: ReadonlyArray<string | number | null>): string {
  const cells = values
    .map((v, i) => {
      if (v === null) return "";
      const ref = `${colName(i + 1)}${r}`;
      return typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${escape(v)}</t></is></c>`;
    })
    .join("");
  return `<row r="${r}">${cells}</row>`;
}

export const TASK_HEADER = ["STT", "Mã tiêu chí", "Nội dung công việc", "Chủ trì", "Thời hạn", "Trạng thái"];

/** An official's ordinary task rows (criterion 1.2), from row 2. */
export function taskRows(n: number, from = 2, what = "Niêm yết thủ tục hành chính"): string {
  return Array.from({ length: n }, (_, i) =>
    rowXml(from + i, [i + 1, "1.2", `${what} đợt ${i + 1}`, "CC VP-TK", "31/12/2021", "Đang thực hiện"]),
  ).join("");
}

export function sheetXml(rows: string, tail = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS} ${NS_R}><sheetData>${rows}</sheetData>${tail}</worksheet>`;
}

/** The package parts around sheets: content types, relationships, workbook. */
export function packageParts(sheets: ReadonlyArray<{ name: string; target?: string }>): RawEntry[] {
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  return [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${NS_R}><sheets>${sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`).join("")}</Relationships>`,
    },
  ];
}

/** A one-sheet workbook whose sheet is given as a raw entry (bytes, or a bomb). */
function oneSheet(sheet: Omit<RawEntry, "name">, extra: RawEntry[] = []): Uint8Array {
  return rawZip([...packageParts([{ name: "Theo dõi" }]), { name: "xl/worksheets/sheet1.xml", ...sheet }, ...extra]);
}

/** An ordinary official's workbook: a header and `rows` task rows. */
export function ordinaryWorkbook(rows = 3): Uint8Array {
  return oneSheet({ data: sheetXml(rowXml(1, TASK_HEADER) + taskRows(rows)) });
}

const BOMB_ROW = "0".repeat(4_000_000);

/**
 * A sheet that inflates to about `gb` GB from ~1 MB per GB of deflate data (a real bomb's
 * ratio); the headers declare the real size, or `lie` bytes.
 */
export function zipBomb(gb: number, lie?: number): Uint8Array {
  const times = Math.round((gb * 1e9) / BOMB_ROW.length);
  const bomb = repeatedDeflate(
    `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`,
    BOMB_ROW,
    times,
    "</t></is></c></row></sheetData></worksheet>",
  );
  const size = lie ?? Math.min(bomb.size, 0xffffffff);
  return oneSheet({ deflated: bomb.deflated, size });
}

/** Many parts, each under any per-part cap, together far over any sane total. */
export function manyPartBomb(parts: number, mbEach: number): Uint8Array {
  const times = Math.round((mbEach * 1e6) / BOMB_ROW.length);
  const bomb = repeatedDeflate("<x>", BOMB_ROW, times, "</x>");
  const extra: RawEntry[] = Array.from({ length: parts }, (_, i) => ({ name: `xl/worksheets/sheet${i + 2}.xml`, ...bomb }));
  return rawZip([
    ...packageParts(Array.from({ length: parts + 1 }, (_, i) => ({ name: `S${i + 1}` }))),
    { name: "xl/worksheets/sheet1.xml", data: sheetXml(rowXml(1, TASK_HEADER) + taskRows(2)) },
    ...extra,
  ]);
}

const LAUGHS = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">${Array.from(
  { length: 8 },
  (_, i) => `<!ENTITY lol${i + 2} "${`&lol${i + 1};`.repeat(10)}">`,
).join("")}]>`;

/** Billion laughs: nested entities in the sheet, or in the shared strings. */
export function billionLaughs(where: "sheet" | "sharedStrings"): Uint8Array {
  if (where === "sheet")
    return oneSheet({ data: `<?xml version="1.0"?>${LAUGHS}<worksheet ${NS}><sheetData>${rowXml(1, ["&lol9;"])}</sheetData></worksheet>` });
  return oneSheet({ data: sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`) }, [
    {
      name: "xl/sharedStrings.xml",
      data: `<?xml version="1.0"?>${LAUGHS}<sst ${NS} count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>`,
    },
  ]);
}

/** An external entity pointing at a local file. */
export function externalEntity(): Uint8Array {
  return oneSheet({
    data: `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet ${NS}><sheetData>${rowXml(1, ["&xxe;"])}</sheetData></worksheet>`,
  });
}

/** Part names and a sheet target that climb out of the package (never written anywhere by us). */
export function pathTraversal(marker: string): Uint8Array {
  return rawZip([
    ...packageParts([{ name: "Theo dõi" }, { name: "Ngoài", target: "../../../../../../tmp/" + marker }]),
    { name: "xl/worksheets/sheet1.xml", data: sheetXml(rowXml(1, TASK_HEADER) + taskRows(2)) },
    { name: `../../../../../../tmp/${marker}`, data: sheetXml(rowXml(1, ["thoát ra ngoài"])) },
    { name: `/tmp/${marker}-abs`, data: "x" },
  ]);
}

/**
 * Tens of thousands of merged ranges in a few hundred kB: the title block's eleven rows and the
 * rows below the table merged out to XFD, thousands of small merges further down, all the wide ones
 * listed last (a lookup that scans the list passes every other range first).
 */
export function hugeMerges(count: number): Uint8Array {
  const wide = [...Array.from({ length: 11 }, (_, i) => 1 + i), ...Array.from({ length: 30 }, (_, i) => 16 + i)].map(
    (r) => `<mergeCell ref="A${r}:XFD${r}"/>`,
  );
  const small: string[] = [];
  for (let i = 0; small.length < count - wide.length; i++) {
    const r = 60 + Math.floor(i / 8);
    const c = 1 + (i % 8) * 2;
    small.push(`<mergeCell ref="${colName(c)}${r}:${colName(c + 1)}${r}"/>`);
  }
  const title = ["UBND XÃ TÂN BÌNH", "", "BẢNG THEO DÕI NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", "Năm 2021", "", "Kèm theo Kế hoạch 49/KH-UBND"];
  const rows =
    title.map((t, i) => (t ? rowXml(1 + i, [t]) : "")).join("") + rowXml(12, TASK_HEADER) + taskRows(3, 13, "Rà soát hồ sơ một cửa");
  const merges = [...small, ...wide];
  return oneSheet({ data: sheetXml(rows, `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>`) });
}

/** An ordinary workbook whose sheet's deflate data has garbage in the middle. */
export function corruptDeflate(): Uint8Array {
  const zip = oneSheet({ data: sheetXml(rowXml(1, TASK_HEADER) + taskRows(400)) });
  // The sheet is the last entry: its data ends where the central directory begins.
  const view = Buffer.from(zip);
  const cdOffset = view.readUInt32LE(view.length - 22 + 16);
  for (let i = cdOffset - 600; i < cdOffset - 300; i++) view[i] = (i * 7919) & 0xff;
  return new Uint8Array(view);
}

/** An ordinary workbook cut short (a copy interrupted). */
export function truncated(): Uint8Array {
  const zip = ordinaryWorkbook(50);
  return zip.subarray(0, Math.floor(zip.length / 2));
}

/** `rows` task rows on one sheet (past the reader's row limit, when large enough). */
export function manyRows(rows: number): Uint8Array {
  const body: string[] = [rowXml(1, TASK_HEADER)];
  for (let r = 2; r <= rows + 1; r++)
    body.push(
      `<row r="${r}"><c r="B${r}" t="inlineStr"><is><t>1.2</t></is></c><c r="C${r}" t="inlineStr"><is><t>Việc ${r}</t></is></c></row>`,
    );
  return oneSheet({ data: sheetXml(body.join("")) });
}

/**
 * An overdue task whose text is longer than an Excel cell can hold (written by a tool that is
 * not Excel): it lands in the master's Nhiệm vụ and in the report's list of overdue tasks.
 */
export function longCell(chars: number): Uint8Array {
  const text = "Rà soát thủ tục hành chính. ".repeat(Math.ceil(chars / 28)).slice(0, chars);
  return oneSheet({
    data: sheetXml(rowXml(1, TASK_HEADER) + rowXml(2, [1, "1.2", text, "CC VP-TK", "30/09/2021", "Đang thực hiện"])),
  });
}

/** Rows far down a sheet, past the reader's row limit (a sparse sheet: small, quick to read). */
export function rowsPastLimit(limit: number, past: number): Uint8Array {
  const far = Array.from({ length: past + 5 }, (_, i) => rowXml(limit - 4 + i, [null, "1.2", `Việc ở dòng ${limit - 4 + i}`])).join("");
  return oneSheet({ data: sheetXml(rowXml(1, TASK_HEADER) + taskRows(2) + far) });
}

/** Two entries of the same name with different content: which one a reader sees is up to it. */
export function duplicateParts(): Uint8Array {
  return rawZip([
    ...packageParts([{ name: "Theo dõi" }]),
    { name: "xl/worksheets/sheet1.xml", data: sheetXml(rowXml(1, TASK_HEADER) + taskRows(2)) },
    { name: "xl/worksheets/sheet1.xml", data: sheetXml(rowXml(1, ["khác"])) },
  ]);
}
