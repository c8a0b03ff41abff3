import { readFileSync } from "fs";
import { FileRead, consolidate } from "../../src/core/import/consolidate";
import { IsoDate } from "../../src/core/dates/isoDate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { readGrids } from "../../src/xlsx/readGrids";
import { fileStatusText, fileView } from "../../src/taskpane/fileView";
import { words } from "../../src/taskpane/i18n";
import { arrangements } from "../../scripts/fixtures/importClasses";
import { tempDir } from "../helpers/cli";

// Step 2's line for a picked file, from what the importer made of its sheets.
describe("what step 2 says about a file", () => {
  it("counts the rows a dossier sheet gave to Hồ sơ TTHC, so a statistics-only file is read, not empty", async () => {
    const path = await arrangements.build(tempDir("cchc-fileview-"));
    const r = await readGrids("11-bo-tri.xlsx", readFileSync(path));
    if (!r.ok) throw new Error(r.bad.message);
    // Only the dossier counts on their side: the sheet "Cư trú".
    const read: FileRead = { file: "11-bo-tri.xlsx", ok: true, grids: r.grids.filter((g) => g.sheet === "Cư trú") };
    const c = consolidate([read], BUILTIN_PLAN, "2021-12-15" as IsoDate);
    const view = fileView({ id: "1", name: read.file, batch: 1, status: "done", read }, c.sheets);
    expect(view).toEqual({ kind: "read", tasks: 0, readings: 0, dossiers: 2 });
    expect(fileStatusText(view, words("vi")).text).toBe("Đã đọc: 0 nhiệm vụ, 0 số liệu, 2 dòng hồ sơ TTHC");
    expect(fileStatusText(view, words("en")).text).toBe("Read: 0 tasks, 0 readings, 2 dossier rows");
  });
});
