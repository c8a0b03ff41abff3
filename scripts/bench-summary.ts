/**
 * Tổng hợp with its charts and early warnings: the time to build it (compliance, warnings, charts)
 * for 20,000 tasks, its size in the .xlsx with and without the charts, and the Office.js path's
 * syncs and calls. Figures, not tests.   npm run bench:summary
 */
import { IsoDate, addDays } from "../src/core/dates/isoDate";
import { Reading } from "../src/core/import/records";
import { BUILTIN_PLAN } from "../src/core/plan/builtin";
import { masterWorkbookSpecs } from "../src/core/sheets/masterWorkbook";
import { summarySheet } from "../src/core/sheets/summarySheet";
import { compliance } from "../src/core/summary/compliance";
import { earlyWarnings } from "../src/core/summary/warnings";
import { FakeExcel } from "../src/excel/fake/fakeExcel";
import { writeSummary } from "../src/excel/operations";
import { ExcelRun } from "../src/excel/run";
import { nodeCompression } from "../src/cli/deflate";
import { workbookBytes } from "../src/xlsx/writeWorkbook";
import { syntheticConsolidation } from "./support/synthetic";

const AS_OF = "2021-12-15" as IsoDate;
const LEADS = [
  "Công chức Văn phòng-Thống kê",
  "Công chức Văn hóa-Xã hội",
  "Công chức Tài chính-Kế toán",
  "Chủ tịch Ủy ban nhân dân xã",
  "Phó Chủ tịch Ủy ban nhân dân xã",
];

function data(n: number) {
  const c = syntheticConsolidation(n, AS_OF);
  const tasks = c.tasks.map((t, i) => ({ ...t, lead: LEADS[i % LEADS.length] }));
  // A reading per item each month, rising slowly.
  const readings: Reading[] = BUILTIN_PLAN.items.flatMap((item, k) =>
    Array.from({ length: 11 }, (_, m) => {
      const date = addDays("2021-01-31" as IsoDate, m * 30);
      return {
        code: item.code,
        period: date,
        date,
        numerator: 50 + m * 4 + k,
        denominator: 100,
        value: 50 + m * 4 + k,
        evidence: "",
        note: "",
        source: { file: "so-lieu.xlsx", sheet: "Chỉ số", sheetIndex: 0, row: 2 + m, columns: {} },
      };
    }),
  );
  return { ...c, tasks, readings };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  for (const n of [1_000, 20_000]) {
    const c = data(n);
    const times: number[] = [];
    let spec = summarySheet(c.plan, compliance(c.plan, c.tasks, c.readings, AS_OF), { asOf: AS_OF, method: "", warnings: [], notes: [] });
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const comp = compliance(c.plan, c.tasks, c.readings, AS_OF);
      spec = summarySheet(c.plan, comp, earlyWarnings(comp, c.tasks, c.readings));
      times.push(performance.now() - t0);
    }
    const meta = { timestamp: new Date(0), compression: nodeCompression };
    const t1 = performance.now();
    const withCharts = await workbookBytes([spec], meta);
    const writeMs = performance.now() - t1;
    const without = await workbookBytes([{ ...spec, charts: [] }], meta);
    const master = masterWorkbookSpecs(c);
    const masterWith = await workbookBytes(master, meta);
    const masterWithout = await workbookBytes([{ ...master[0], charts: [] }, ...master.slice(1)], meta);

    const excel = new FakeExcel();
    const run = excel.run as unknown as ExcelRun;
    const content = { plan: c.plan, tasks: c.tasks, readings: c.readings, missing: [] } as unknown as Parameters<typeof writeSummary>[1];
    await writeSummary(run, content, AS_OF);
    console.log(
      `${n.toLocaleString("en")} tasks: Tổng hợp built (compliance, warnings, charts) in ${median(times).toFixed(1)} ms (median of 5), written in ${writeMs.toFixed(1)} ms; ` +
        `${spec.charts?.length ?? 0} charts, ${spec.more?.[1]?.rows.length ?? 0} warning rows; ` +
        `Tổng hợp alone ${(without.length / 1024).toFixed(1)} KB -> ${(withCharts.length / 1024).toFixed(1)} KB with charts; ` +
        `the master ${(masterWithout.length / 1024).toFixed(1)} KB -> ${(masterWith.length / 1024).toFixed(1)} KB; ` +
        `Office.js: ${excel.stats.syncs} syncs, ${excel.stats.calls} calls for Tổng hợp`,
    );
  }
}

void main();
