import { ExcelRun } from "./run";

/**
 * Values kept in the workbook itself (workbook settings): corrected column mappings, the
 * pane's language and report choices. They travel with the file, so a colleague who opens it
 * next quarter finds them. One batch and one sync for any number of keys.
 */
export async function loadWorkbookSettings(run: ExcelRun, keys: readonly string[]): Promise<Record<string, unknown>> {
  return run(async (context) => {
    const items = keys.map((k) => context.workbook.settings.getItemOrNullObject(k));
    items.forEach((s) => s.load("isNullObject,value"));
    await context.sync();
    return Object.fromEntries(keys.flatMap((k, i) => (items[i].isNullObject ? [] : [[k, items[i].value as unknown]])));
  });
}

export async function saveWorkbookSettings(run: ExcelRun, values: Readonly<Record<string, unknown>>): Promise<void> {
  await run(async (context) => {
    // Settings hold any JSON value; the type says string only.
    for (const [k, v] of Object.entries(values)) context.workbook.settings.add(k, v as string);
    await context.sync();
  });
}
