/**
 * The one door to the host: Excel.run, or a stand-in with the same shape (the in-memory fake
 * in tests and in `npm run preview`). Everything in src/excel/ receives it as a parameter.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const hostRun: ExcelRun = (batch) => Excel.run(batch);
