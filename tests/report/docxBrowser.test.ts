import { existsSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { chromium } from "playwright-core";
import webpack from "webpack";
import { tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The Word writer bundled as the pane would bundle it (webpack, target web, no Node polyfills). */
function bundle(out: string): Promise<string> {
  return new Promise((resolve, reject) =>
    webpack(
      {
        // Not minified: the test is about running in the browser, not about size.
        mode: "development",
        devtool: false,
        target: "web",
        entry: projectPath("tests", "report", "browser", "docxEntry.ts"),
        output: { path: out, filename: "docx-entry.js" },
        resolve: { extensions: [".ts", ".js"] },
        performance: { hints: false },
        module: {
          rules: [
            {
              test: /\.ts$/,
              exclude: /node_modules/,
              use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } } },
            },
          ],
        },
      },
      (err, stats) => {
        if (err || !stats || stats.hasErrors()) reject(err ?? new Error(stats?.toString({ all: false, errors: true })));
        else resolve(join(out, "docx-entry.js"));
      },
    ),
  );
}

describe("the Word writer in the browser", () => {
  it("makes the same .docx in Chromium as in Node", async () => {
    const script = await bundle(tempDir("cchc-docx-web-"));
    expect(existsSync(script)).toBe(true);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto("about:blank");
      await page.addScriptTag({ path: script });
      const bytes = await page.evaluate(() => (window as unknown as { makeDocx: () => Promise<number[]> }).makeDocx());
      expect(errors).toEqual([]);
      const zip = await JSZip.loadAsync(Uint8Array.from(bytes));
      const xml = await zip.file("word/document.xml")!.async("string");
      for (const s of ["ỦY BAN NHÂN DÂN", "XÃ TÂN BÌNH", "Số: 7/BC-UBND", "6 tháng đầu năm 2021", "Phụ lục I"]) expect(xml).toContain(s);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
