import { spawnSync } from "child_process";
import { existsSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";

/** Converts a workbook or a Word document to PDF with LibreOffice (an independent client) and returns the PDF's text and page facts. */
export function pdfOf(xlsx: string): { pdf: string; text: string; pages: number; pageSize: string } {
  const out = mkdtempSync(join(tmpdir(), "cchc-lo-"));
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${out}/profile`, "--headless", "--convert-to", "pdf", "--outdir", out, xlsx],
    { encoding: "utf8", timeout: 120_000 },
  );
  if (r.error) throw new Error(`LibreOffice is needed for this test (scripts/setup.sh installs it): ${r.error.message}`);
  const pdf = join(out, basename(xlsx).replace(/\.(xlsx|docx)$/, ".pdf"));
  // soffice can exit 0 without writing the output: the file must exist.
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF: ${r.stdout} ${r.stderr}`);
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
  const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
  return { pdf, text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), pageSize: /Page size:\s+(.*)/.exec(info)?.[1] ?? "" };
}

/** Each page of a PDF: its text (layout kept) and its size in points, as poppler reads them. */
export function pdfPages(pdf: string, pages: number): Array<{ text: string; size: string }> {
  const info = spawnSync("pdfinfo", ["-f", "1", "-l", String(pages), pdf], { encoding: "utf8" }).stdout;
  return Array.from({ length: pages }, (_, i) => ({
    text: spawnSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }).stdout,
    size: new RegExp(`Page\\s+${i + 1} size:\\s+(.*)`).exec(info)?.[1] ?? "",
  }));
}
