import ExcelJS from "exceljs";
import { join } from "path";
import { getHeapStatistics, setFlagsFromString } from "v8";
import { runInNewContext } from "vm";
import { readOneFile } from "../../src/cli/readOne";
import { IsoDate } from "../../src/core/dates/isoDate";
import { tempDir } from "../helpers/cli";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function liveHeapMb(): number {
  gc();
  gc();
  return getHeapStatistics().used_heap_size / 1048576;
}

/** A task list of long shared strings, its headings its own (a cache keys them anew). */
async function bigTaskList(path: string, n: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Theo dõi");
  ws.addRow(["STT", `Nội dung nhiệm vụ đợt ${n}`, `Đơn vị chủ trì đợt ${n}`, `Thời hạn hoàn thành đợt ${n}`, "Kết quả"]);
  for (let i = 1; i <= 8000; i++) {
    ws.addRow([
      i,
      `Rà soát, cập nhật quy trình nội bộ giải quyết thủ tục hành chính số ${n}-${i} `.repeat(3),
      "Văn phòng-Thống kê",
      new Date(Date.UTC(2021, 11, 15)),
      "Đang thực hiện",
    ]);
  }
  await wb.xlsx.writeFile(path);
}

// A reading thread reads hundreds of workbooks one after another: what it caches between them
// (heading keys, XML names) must not hold on to the text of the workbook it was cut from.
describe("reading workbook after workbook", () => {
  it("keeps no earlier workbook's text alive", async () => {
    const dir = tempDir("cchc-retain-");
    const paths = [0, 1, 2, 3].map((n) => join(dir, `so-theo-doi-${n}.xlsx`));
    for (const [n, p] of paths.entries()) await bigTaskList(p, n);
    const asOf = "2021-12-15" as IsoDate;
    await readOneFile(paths[0], "so-theo-doi-0.xlsx", asOf);
    const before = liveHeapMb();
    for (const p of paths.slice(1)) await readOneFile(p, p, asOf);
    // Each workbook's shared strings kept alive were ~1.7 MB more each (5.2 MB for three); freed, under 0.5.
    expect(liveHeapMb() - before).toBeLessThan(2.5);
  }, 120_000);
});
