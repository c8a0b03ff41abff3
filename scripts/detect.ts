/**
 * What the importer finds in a workbook, sheet by sheet: each table's header rows, the field of
 * each column, sections, skipped rows, unpivoted periods, and the records and problems:
 *   node build/scripts/detect.js file.xlsx [as-of YYYY-MM-DD]
 */
import { readFileSync } from "fs";
import { basename } from "path";
import { IsoDate } from "../src/core/dates/isoDate";
import { columnName } from "../src/core/import/grid";
import { readWorkbook } from "../src/core/import/readWorkbook";
import { readGrids } from "../src/xlsx/readGrids";

async function main(): Promise<void> {
  const [path, asOf = "2021-12-15"] = process.argv.slice(2);
  const read = await readGrids(basename(path), readFileSync(path));
  const wb = readWorkbook(
    read.ok ? { file: basename(path), ok: true, grids: read.grids } : { file: basename(path), ok: false, bad: read.bad },
    {
      asOf: asOf as IsoDate,
    },
  );
  for (const s of wb.sheets) {
    console.log(`== ${s.sheet}: ${s.reason ?? ""}`);
    for (const { layout, report } of s.tables) {
      const cols = Object.entries(layout.columns)
        .map(([f, c]) => `${f}=${columnName(c as number)}`)
        .join(" ");
      console.log(`  ${layout.kind} header ${layout.headerTop}-${layout.headerBottom} rows ${report.firstRow}-${report.lastRow}: ${cols}`);
      if (layout.statusTicks) console.log(`  ticks ${JSON.stringify(layout.statusTicks)}`);
      if (layout.tasksBeside) console.log(`  tasks beside ${JSON.stringify(layout.tasksBeside)}`);
      if (layout.across) console.log(`  across ${JSON.stringify(layout.across)}`);
      if (report.sections.length) console.log(`  sections ${JSON.stringify(report.sections)}`);
      if (report.skipped.length) console.log(`  skipped ${JSON.stringify(report.skipped)}`);
      if (report.unpivoted) console.log(`  unpivoted ${JSON.stringify(report.unpivoted)}`);
    }
  }
  for (const t of wb.tasks)
    console.log(
      `T r${t.source.row} [${t.code}] ${t.content.slice(0, 40)} | ${t.lead} | ${t.due ?? t.dueText} | ${t.status ?? t.statusText} | ${t.progress} | ${t.doneDate ?? t.doneText} | ${t.evidence} | ${t.note}`,
    );
  for (const r of wb.readings)
    console.log(`R r${r.source.row} [${r.code}] ${r.period} ${r.date} ${r.numerator}/${r.denominator} = ${r.value} | ${r.note}`);
  for (const p of wb.problems) console.log(`P ${p.code} ${p.sheet}!${p.column ?? ""}${p.row ?? ""} ${p.message}`);
}

void main();
