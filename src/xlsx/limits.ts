/**
 * What the reader takes on per workbook. Officials' tracking workbooks are a few hundred kB;
 * these leave room for a hundred times that and stop a bomb long before it costs gigabytes.
 * The README's command-line section states them and what happens at each.
 */
export const READ_LIMITS = {
  /** The file as stored. */
  fileBytes: 200_000_000,
  /** One part (a sheet's XML, the shared strings) once inflated. */
  partBytes: 100_000_000,
  /** All the parts read from one file, once inflated. */
  totalBytes: 250_000_000,
  /** Rows and columns kept per sheet; what lies past them is named in Kiểm tra. */
  rows: 200_000,
  columns: 256,
} as const;

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1e6).toLocaleString("vi-VN")} MB`;
}
