#!/usr/bin/env node
// The command line runs the compiled core: `npm run build:cli` first (the README's commands do).
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "build", "src", "cli", "main.js");
if (!fs.existsSync(entry)) {
  console.error("Chưa biên dịch: hãy chạy `npm run build:cli` trước.");
  process.exit(2);
}
// Bounded heap growth for batch runs (src/cli/heapGrowth.ts).
require(path.join(__dirname, "..", "build", "src", "cli", "heapGrowth.js")).boundHeapGrowth();
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
