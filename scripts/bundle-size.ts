/**
 * Prints the gzip size of the JavaScript the task pane loads first (the scripts of
 * dist/taskpane.html) and of the chunks loaded on demand. Target: first load <= 250 KB gzip.
 *   npm run build && npm run build:cli && npm run bundle-size
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

const dist = join(process.cwd(), "dist");
const html = readFileSync(join(dist, "taskpane.html"), "utf8");
const initial = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)"?/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
const size = (f: string) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
const total = initial.reduce((n, f) => n + size(f), 0);
console.log(`task pane, first load: ${initial.join(", ")} = ${(total / 1024).toFixed(1)} KB gzip (target <= 250 KB)`);
for (const f of readdirSync(dist)
  .filter((n) => n.endsWith(".js") && !initial.includes(n))
  .sort())
  console.log(`  on demand or other page: ${f} ${(size(f) / 1024).toFixed(1)} KB gzip`);
