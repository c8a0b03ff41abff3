import { ExcelRun } from "./run";

/** A value kept in the workbook itself (workbook settings), e.g. corrected column mappings. */
export async function loadWorkbookSetting<T>(run: ExcelRun, key: string): Promise<T | null> {
  return run(async (context) => {
    const s = context.workbook.settings.getItemOrNullObject(key);
    s.load("isNullObject,value");
    await context.sync();
    return s.isNullObject ? null : (s.value as T);
  });
}

export async function saveWorkbookSetting(run: ExcelRun, key: string, value: unknown): Promise<void> {
  await run(async (context) => {
    context.workbook.settings.add(key, value as string);
    await context.sync();
  });
}
