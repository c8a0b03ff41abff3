/**
 * Regenerates src/core/plan/kh49.json, the built-in default plan, from the shipped plan text.
 * A test checks that the two agree, so a parser change that alters the plan shows up there.
 *   npm run build:cli && node build/scripts/gen-builtin-plan.js
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { parsePlanText } from "../src/core/plan/parser";

const root = join(__dirname, "..", "..");
const text = readFileSync(join(root, "plans", "ke-hoach-49-KH-UBND-2021.txt"), "utf8");
const result = parsePlanText(text);
if (!result.ok) throw new Error(result.error);
writeFileSync(join(root, "src", "core", "plan", "kh49.json"), `${JSON.stringify(result.plan, null, 2)}\n`);
console.log(`kh49.json: ${result.plan.items.length} items`);
