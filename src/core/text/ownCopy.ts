/**
 * A string equal to `text` that keeps no larger string alive. V8 makes a substring of 13 or more
 * characters a view into its parent: a cache keyed by a cell's text sliced from a sheet's XML kept
 * that whole sheet in memory for the rest of the run (a reading thread grew ~0.1 MB a workbook,
 * 40 MB over 200). Module-level caches store their keys through this.
 */
export function ownCopy(text: string): string {
  // The concatenation is flattened into a new string of its own; the slice is a view of that alone.
  return text.length < 13 ? text : (" " + text).slice(1);
}
