import { readdirSync, statSync } from "fs";
import { basename, join, resolve } from "path";

const WORKBOOK_LIKE = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods|csv)$/i;

/**
 * Files and folders given on the command line -> the workbook files to read, sorted.
 * Folders are walked; Excel's "~$" lock files and the output itself are left out.
 */
export function collectInputs(paths: readonly string[], output: string): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  const out = resolve(output);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (WORKBOOK_LIKE.test(name) && !name.startsWith("~$") && resolve(full) !== out) files.add(full);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else if (resolve(p) !== out && !basename(p).startsWith("~$")) files.add(p);
  }
  return { files: [...files].sort(), missing };
}
