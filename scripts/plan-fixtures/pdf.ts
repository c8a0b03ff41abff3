import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";

/** A Word file printed to PDF by LibreOffice (its own profile; it can exit 0 without writing). */
export function pdfFromWord(docx: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), "cchc-lo-profile-"));
  try {
    const r = spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, docx],
      {
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    if (r.error) throw new Error(`LibreOffice (soffice) is needed to build the PDF fixtures: ${r.error.message}`);
    const pdf = join(outDir, basename(docx).replace(/\.docx$/, ".pdf"));
    if (!existsSync(pdf))
      throw new Error(`LibreOffice wrote no PDF for ${docx} (is libreoffice-writer installed?): ${r.stdout} ${r.stderr}`);
    return pdf;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Width, height and colour components of a JPEG, from its start-of-frame marker. */
function jpegSize(jpeg: Uint8Array): { width: number; height: number; components: number } {
  for (let i = 2; i + 9 < jpeg.length;) {
    if (jpeg[i] !== 0xff) throw new Error("not a JPEG");
    const marker = jpeg[i + 1];
    const length = (jpeg[i + 2] << 8) | jpeg[i + 3];
    if (marker >= 0xc0 && marker <= 0xc3) {
      return { height: (jpeg[i + 5] << 8) | jpeg[i + 6], width: (jpeg[i + 7] << 8) | jpeg[i + 8], components: jpeg[i + 9] };
    }
    i += 2 + length;
  }
  throw new Error("JPEG without a frame header");
}

/**
 * A scan: the first page of a PDF rendered to a picture (poppler's pdftoppm), wrapped alone in a
 * new PDF, as a scanner or a phone app makes it. There is no text layer left.
 */
export function scannedFrom(pdf: string, out: string): string {
  const dir = mkdtempSync(join(tmpdir(), "cchc-scan-"));
  try {
    const prefix = join(dir, "page");
    const r = spawnSync("pdftoppm", ["-jpeg", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, prefix], { encoding: "utf8" });
    if (r.error || !existsSync(`${prefix}.jpg`))
      throw new Error(`pdftoppm (poppler-utils) is needed for the scanned PDF: ${r.error?.message ?? r.stderr}`);
    const jpeg = new Uint8Array(readFileSync(`${prefix}.jpg`));
    writeFileSync(out, imagePdf(jpeg));
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A one-page PDF (A4) holding one JPEG image and nothing else. */
export function imagePdf(jpeg: Uint8Array): Uint8Array {
  const { width, height, components } = jpegSize(jpeg);
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (p: Uint8Array | string) => {
    const bytes = typeof p === "string" ? enc.encode(p) : p;
    parts.push(bytes);
    length += bytes.length;
  };
  const object = (n: number, body: Array<Uint8Array | string>) => {
    offsets[n] = length;
    push(`${n} 0 obj\n`);
    body.forEach(push);
    push("\nendobj\n");
  };
  const draw = "q 595 0 0 842 0 0 cm /Im0 Do Q";
  push("%PDF-1.4\n");
  object(1, ["<< /Type /Catalog /Pages 2 0 R >>"]);
  object(2, ["<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]);
  object(3, ["<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>"]);
  object(4, [
    `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /${components === 1 ? "DeviceGray" : "DeviceRGB"} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
    jpeg,
    "\nendstream",
  ]);
  object(5, [`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`]);
  const xref = length;
  push(
    `xref\n0 6\n0000000000 65535 f \n${offsets
      .slice(1)
      .map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)
      .join("")}`,
  );
  push(`trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
