import { Grid, GridCell } from "./grid";

/**
 * A table a scan was read back from (OCR): digits taken for letters, "3O/11/2021", "l.1", "2O10",
 * "8O%". A number-like run of characters, not joined to letters, with an O, o, l or I among its
 * digits is read with those as 0 and 1; a criterion code's "S" as 5 ("2.S"). Only where the sheet
 * has three cells or more so read, so that no ordinary sheet is touched.
 */
const RUN = /(?<![\p{L}\d])(?=[0-9OolI]*[0-9])(?=[0-9OolI]*[OolI])[0-9OolI]+(?:[./-][0-9OolI]+)*(?![\p{L}\d])/gu;
const CODE_S = /^([1-9lI])\.(S|[0-9lIO]{1,2})$/;
const NEAR = /\d[./-]?[OolI]|[OolI][./-]?\d/;

function digits(run: string): string {
  return run.replace(/[Oo]/g, "0").replace(/[lI]/g, "1");
}

/** One cell's text with its misread digits mended, or null when it has none. */
export function mendedDigits(text: string): string | null {
  // The cheap look first: almost no cell has a digit beside an O, o, l or I, or is a code as short as "2.S".
  if (!NEAR.test(text) && !(text.length <= 6 && /^\s*[1-9lI]\.[0-9lIOS]/.test(text))) return null;
  const code = CODE_S.exec(text.trim());
  if (code && /[lIOS]/.test(text)) return `${digits(code[1])}.${code[2] === "S" ? "5" : digits(code[2])}`;
  let changed = false;
  const out = text.replace(RUN, (run) => {
    // A run of letters and separators only ("lO", "I/O") is no number.
    if (!/\d/.test(run.replace(/[./-]/g, ""))) return run;
    changed = true;
    return digits(run);
  });
  return changed ? out : null;
}

export function withOcrDigits(grid: Grid): { grid: Grid; cells: number; examples: string[] } | null {
  const found: Array<[number, number, string]> = [];
  grid.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== "string" || v.length > 400) return;
      const m = mendedDigits(v);
      if (m !== null) found.push([r, c, m]);
    }),
  );
  if (found.length < 3) return null;
  const rows: GridCell[][] = grid.rows.slice();
  const examples: string[] = [];
  for (const [r, c, m] of found) {
    if (rows[r] === grid.rows[r]) rows[r] = grid.rows[r].slice();
    if (examples.length < 2) examples.push(`"${String(grid.rows[r][c])}" → "${m}"`);
    rows[r][c] = m;
  }
  return { grid: { ...grid, rows }, cells: found.length, examples };
}
