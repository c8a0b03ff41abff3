import { closeSync, fsyncSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from "fs";
import { basename, dirname, join } from "path";
import { writeFault } from "./testFaults";

/**
 * Writes a file so that it is either the old file or the whole new one, never a mix or a stub:
 * the bytes go to a temporary file in the same folder, are flushed to disk, and the temporary
 * file is then renamed over the target (one step on the same file system). On any failure the
 * target is untouched and the temporary file removed. A kill leaves only a temporary file,
 * which the next run over the same target removes (see removeStaleTemps).
 */
export class WriteError extends Error {}

const CHUNK = 1 << 20;
const TEMP_SUFFIX = ".cchc-tmp";

function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${Date.now().toString(36)}${TEMP_SUFFIX}`);
}

/** What went wrong, in words the user can act on. */
function explain(target: string, e: unknown): string {
  const code = (e as { code?: string }).code;
  const why =
    code === "ENOSPC" || code === "EDQUOT"
      ? "ổ đĩa đã đầy"
      : code === "EFBIG"
        ? "tệp vượt giới hạn kích thước cho phép"
        : code === "EACCES" || code === "EPERM"
          ? "không có quyền ghi vào thư mục hoặc tệp đang bị khóa"
          : code === "EROFS"
            ? "ổ đĩa chỉ cho đọc"
            : code === "ENOENT"
              ? "thư mục không tồn tại"
              : (e as Error).message;
  return `Không ghi được ${target}: ${why}. Tệp cũ (nếu có) vẫn nguyên vẹn.`;
}

export function writeFileAtomic(target: string, bytes: Uint8Array): void {
  const temp = tempName(target);
  let fd: number | null = null;
  try {
    // The target's permissions are kept; a new file gets the usual ones.
    let mode = 0o666;
    try {
      mode = statSync(target).mode & 0o777;
    } catch {
      // no target yet
    }
    fd = openSync(temp, "wx", mode);
    const fault = writeFault();
    for (let at = 0; at < bytes.length;) {
      if (fault && at >= fault.at) fault.strike();
      const end = Math.min(bytes.length, at + CHUNK, fault && fault.at > at ? fault.at : Infinity);
      at += writeSync(fd, bytes, at, end - at);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, target);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw new WriteError(explain(target, e));
  }
  syncFolder(dirname(target));
}

/** The rename itself is durable once the folder is flushed (POSIX; Windows cannot open a folder). */
function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // not supported here: the rename is still atomic, only not yet flushed
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Temporary files a killed run left beside the target (call while holding the target's lock). */
export function removeStaleTemps(target: string): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue;
    try {
      unlinkSync(join(dirname(target), name));
    } catch {
      // someone else's to clean
    }
  }
}
