import JSZip from "jszip";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { nodeCompression, nodeInflate } from "../../src/cli/deflate";
import { IsoDate } from "../../src/core/dates/isoDate";
import { Consolidator, FileRead, consolidate } from "../../src/core/import/consolidate";
import { readWorkbook } from "../../src/core/import/readWorkbook";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { masterWorkbookSpecs } from "../../src/core/sheets/masterWorkbook";
import { TableSheetSpec } from "../../src/core/sheets/spec";
import { workbookBytes } from "../../src/xlsx/writeWorkbook";
import { readGrids } from "../../src/xlsx/readGrids";
import { runCli, tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";

/**
 * The command line consolidates each workbook as a worker hands it over, in whatever order they
 * finish, and writes the big sheets' rows as it makes them (lazyRows). Its master must be the one
 * the plain path gives (every workbook read, consolidated at once in input order, every row held
 * in the specs): the same parts, byte for byte, apart from the document's timestamps.
 */
const AS_OF = "2021-12-15" as IsoDate;
const NOW = new Date("2021-12-16T08:00:00Z");
const EXAMPLES = projectPath("examples");

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    // Created/modified times are the run's own.
    if (name === "docProps/core.xml" || zip.files[name].dir) continue;
    out.set(name, await zip.files[name].async("string"));
  }
  return out;
}

async function fileReads(): Promise<FileRead[]> {
  const names = readdirSync(EXAMPLES)
    .filter((n) => n.endsWith(".xlsx"))
    .sort();
  const reads: FileRead[] = [];
  for (const file of names) {
    const r = await readGrids(file, readFileSync(join(EXAMPLES, file)), { inflate: nodeInflate });
    reads.push(r.ok ? { file, ok: true, grids: r.grids, mark: r.mark } : { file, ok: false, bad: r.bad });
  }
  return reads;
}

/** Every row of every sheet held as an ordinary array, as before lazyRows. */
function held(specs: readonly TableSheetSpec[]): TableSheetSpec[] {
  return specs.map((s) => ({
    ...s,
    rows: s.rows.map((r) => [...r]),
    more: s.more?.map((m) => ({ ...m, rows: m.rows.map((r) => [...r]) })),
  }));
}

test("the command line's master is byte-identical to the plain path's, part by part", async () => {
  const dir = tempDir("cchc-bytes-");
  const out = join(dir, "master.xlsx");
  const run = await runCli(["consolidate", EXAMPLES, "-o", out, "--as-of", AS_OF], NOW);
  expect(run.code).toBe(0);

  const plain = consolidate(await fileReads(), BUILTIN_PLAN, AS_OF);
  const bytes = await workbookBytes(held(masterWorkbookSpecs(plain)), { timestamp: NOW, compression: nodeCompression, kind: "master" });

  const got = await parts(readFileSync(out));
  const want = await parts(bytes);
  expect([...got.keys()]).toEqual([...want.keys()]);
  for (const [name, text] of want) expect({ name, same: got.get(name) === text }).toEqual({ name, same: true });
});

test("the workbooks' arrival order does not change the consolidation", async () => {
  const books = (await fileReads()).map((f) => readWorkbook(f, { asOf: AS_OF }));
  const inOrder = new Consolidator(BUILTIN_PLAN, AS_OF);
  books.forEach((b, i) => inOrder.add(b, i));
  const reversed = new Consolidator(BUILTIN_PLAN, AS_OF);
  [...books.entries()].reverse().forEach(([i, b]) => reversed.add(b, i));
  expect(reversed.finish()).toEqual(inOrder.finish());
});
