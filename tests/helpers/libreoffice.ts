import { spawnSync } from "child_process";
import { existsSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";

/** Converts a workbook to PDF with LibreOffice (an independent client) and returns the PDF's text and page facts. */
export function pdfOf(xlsx: string): { pdf: string; text: string; pages: number; pageSize: string } {
  const out = mkdtempSync(join(tmpdir(), "cchc-lo-"));
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${out}/profile`, "--headless", "--convert-to", "pdf", "--outdir", out, xlsx],
    { encoding: "utf8", timeout: 120_000 },
  );
  if (r.error) throw new Error(`LibreOffice is needed for this test (scripts/setup.sh installs it): ${r.error.message}`);
  const pdf = join(out, basename(xlsx).replace(/\.xlsx$/, ".pdf"));
  // soffice can exit 0 without writing the output: the file must exist.
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF: ${r.stdout} ${r.stderr}`);
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
  const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
  return { pdf, text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), pageSize: /Page size:\s+(.*)/.exec(info)?.[1] ?? "" };
}
