/**
 * A PDF's text layer in reading order. pdf.js gives text pieces with their position; pieces on
 * one baseline make a line, and a wide gap within a line separates columns (the issuer and the
 * national title of a plan's header, "Nơi nhận" and the signature), written " | " so the plan
 * parser reads them as cells. A PDF with no text layer (a scan) is named as such.
 */

export type PdfResult = { ok: true; text: string } | { ok: false; reason: string; problem: "scanned" | "password" | "damaged" };

interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** The parts of pdf.js this reader uses (its types come with the package, but not for the CJS path). */
interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}
interface PdfJs {
  GlobalWorkerOptions: { workerSrc: string };
  getDocument(src: { data: Uint8Array; isEvalSupported: boolean; disableFontFace: boolean; verbosity: number }): {
    promise: Promise<PdfDocument>;
  };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: TextItemLike[] }> }>;
  destroy(): Promise<void>;
}

let pdfjs: Promise<PdfJs> | null = null;

/**
 * pdf.js 3 (the CommonJS legacy build, which runs under Node 20 and in browsers), loaded on first
 * use. Loaded in Node it warns that it cannot polyfill DOMMatrix and Path2D, which only rendering
 * needs; those two warnings are kept off the user's screen.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const log = console.log;
    console.log = (...args: unknown[]) => {
      if (!/Cannot polyfill `(?:DOMMatrix|Path2D)`/.test(String(args[0]))) log(...args);
    };
    try {
      return (await import("pdfjs-dist/legacy/build/pdf.js")) as unknown as PdfJs;
    } finally {
      console.log = log;
    }
  })();
  return pdfjs;
}

/** A list label ("1.", "1.1.", "a)", "-") stands apart from its text by a tab, not a column. */
const LABEL = /^(?:[-–•+*]|\d+(?:\.\d+)*[.)]?|[a-zđ][.)]|[IVX]+[.)])$/u;

function pageLines(pieces: Piece[]): string[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Piece[][] = [];
  for (const p of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - p.y) <= 0.5 * Math.max(line[0].size, p.size)) line.push(p);
    else lines.push([p]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = "";
    let segment = "";
    let end = -Infinity;
    for (const p of line) {
      const gap = p.x - end;
      if (text !== "" || segment !== "") {
        if (gap > 2.5 * p.size && !LABEL.test(segment.trim())) {
          text += `${segment.trim()} | `;
          segment = "";
        } else if (gap > 0.15 * p.size && !/\s$/.test(segment) && !/^\s/.test(p.str)) segment += " ";
      }
      segment += p.str;
      end = p.x + p.width;
    }
    return `${text}${segment.trim()}`.trim();
  });
}

/**
 * `workerSrc`: in a browser, pdf.js parses in a worker loaded from this URL (the pane must ship
 * pdfjs-dist/legacy/build/pdf.worker.min.js and give its address); Node needs none.
 */
export async function readPdf(bytes: Uint8Array, workerSrc?: string): Promise<PdfResult> {
  const lib = await loadPdfJs();
  if (workerSrc !== undefined) lib.GlobalWorkerOptions.workerSrc = workerSrc;
  let doc: PdfDocument;
  try {
    // A plain Uint8Array copy: pdf.js refuses a Node Buffer and takes ownership of what it is given.
    // isEvalSupported: false closes pdf.js 3's font-program eval hole (CVE-2024-4367).
    doc = await lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  } catch (e) {
    const name = e instanceof Error ? e.name : "";
    if (name === "PasswordException")
      return {
        ok: false,
        reason: "PDF có mật khẩu; hãy mở bằng trình đọc PDF và lưu bản không mật khẩu",
        problem: "password",
      };
    return { ok: false, reason: "không phải tệp PDF hợp lệ hoặc tệp bị hỏng", problem: "damaged" };
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (typeof item.str !== "string" || item.str.trim() === "" || !item.transform) continue;
        const [a, b, , , x, y] = item.transform;
        pieces.push({ str: item.str, x, y, width: item.width ?? 0, size: Math.hypot(a, b) || (item.height ?? 10) });
      }
      pages.push(pageLines(pieces).join("\n"));
    }
    const text = pages.join("\f");
    if (text.replace(/\s/g, "").length === 0) {
      return {
        ok: false,
        reason: `PDF dạng ảnh quét, không có lớp chữ (${doc.numPages} trang): hãy dùng bản Word hoặc PDF xuất từ Word, hoặc nhận dạng chữ (OCR) trước`,
        problem: "scanned",
      };
    }
    return { ok: true, text };
  } finally {
    await doc.destroy();
  }
}
