/**
 * Benchmark of the Office.js path against the in-memory Excel: syncs, calls and request bytes
 * to write the master and to rebuild Tổng hợp, for 1,000 and 20,000 task rows.
 *   npm run bench:excel
 */
import { IsoDate } from "../src/core/dates/isoDate";
import { BUILTIN_PLAN } from "../src/core/plan/builtin";
import { FakeExcel } from "../src/excel/fake/fakeExcel";
import { buildSummaryInWorkbook, writeMaster } from "../src/excel/operations";
import { ExcelRun } from "../src/excel/run";
import { syntheticConsolidation } from "./support/synthetic";

async function run(): Promise<void> {
  for (const n of [1_000, 20_000]) {
    const excel = new FakeExcel();
    const runFake = excel.run as unknown as ExcelRun;
    const t0 = performance.now();
    await writeMaster(runFake, syntheticConsolidation(n));
    const write = { ...excel.stats, ms: performance.now() - t0 };
    excel.resetStats();
    await buildSummaryInWorkbook(runFake, BUILTIN_PLAN, "2021-12-15" as IsoDate);
    const summary = excel.stats;
    const mb = (b: number[]) => (Math.max(...b) / 1e6).toFixed(2);
    console.log(
      `${n.toLocaleString("en")} task rows: write ${write.syncs} syncs, ${write.calls} calls, largest request ${mb(write.requestBytes)} MB, total ${(write.requestBytes.reduce((a, b) => a + b, 0) / 1e6).toFixed(2)} MB; ` +
        `summary ${summary.syncs} syncs, ${summary.calls} calls, largest request ${mb(summary.requestBytes)} MB, largest answer ${mb(summary.responseBytes)} MB`,
    );
  }
}
void run();
