import { FakeExcel } from "../../src/excel/fake/fakeExcel";
import { ExcelRun } from "../../src/excel/run";

/** The fake's run in the place of Excel.run (its context has the subset of the API we use). */
export function runOf(excel: FakeExcel): ExcelRun {
  return excel.run as unknown as ExcelRun;
}
