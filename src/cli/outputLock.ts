import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from "fs";
import { hostname } from "os";
import { basename, dirname, join } from "path";
import { removeStaleTemps } from "./atomicWrite";

/**
 * One run at a time per output: a lock file beside it, made in one step with its content (so two
 * runs cannot both make it, and none reads it half written). The second run refuses rather than waits, naming the first; a lock left
 * by a run that died (its process gone on this machine) is taken over.
 */
export type Lock = { ok: true; release(): void } | { ok: false; message: string };

interface Holder {
  pid: number;
  host: string;
  started: string;
}

export function lockPath(target: string): string {
  return join(dirname(target), `${basename(target)}.cchc-lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, it is someone else's.
    return (e as { code?: string }).code === "EPERM";
  }
}

function readHolder(path: string): Holder | null {
  try {
    const h = JSON.parse(readFileSync(path, "utf8")) as Partial<Holder>;
    return typeof h.pid === "number" && typeof h.host === "string" ? { pid: h.pid, host: h.host, started: String(h.started ?? "") } : null;
  } catch {
    return null;
  }
}

/** A lock nobody holds any more: its process is gone from this machine, or it is unreadable and old. */
function stale(path: string, holder: Holder | null): boolean {
  // Unreadable: a run that died between making the file and writing to it (or one doing so now).
  if (!holder) return ageMs(path) > 10_000;
  return holder.host === hostname() && holder.pid !== process.pid && !alive(holder.pid);
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Makes the lock file with its content in one step (a hard link to a file already written fails
 * if the lock exists), so another run never reads it empty. Where links are not supported (some
 * network shares), O_EXCL and then the content.
 */
function createWithContent(target: string, path: string, content: string): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-lock.cchc-tmp`);
  writeFileSync(temp, content);
  try {
    linkSync(temp, path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "EEXIST" || !["EPERM", "ENOTSUP", "ENOSYS", "EXDEV"].includes(code ?? "")) throw e;
    const fd = openSync(path, "wx");
    writeSync(fd, content);
    closeSync(fd);
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
}

const sameHolder = (a: Holder | null, b: Holder | null) =>
  a === null ? b === null : b !== null && a.pid === b.pid && a.started === b.started;

/**
 * Removes a dead run's lock. It is first moved aside (one step), then checked to be the lock that
 * was judged dead: if another run had meanwhile taken over and made its own, that one is put back.
 */
function clearStale(target: string, path: string, seen: Holder | null): boolean {
  const aside = join(dirname(target), `.${basename(target)}.${process.pid}-stale.cchc-tmp`);
  try {
    renameSync(path, aside);
  } catch {
    return true; // gone already: try to take it
  }
  const moved = readHolder(aside);
  if (!sameHolder(moved, seen)) {
    try {
      linkSync(aside, path);
    } catch {
      // yet another lock is there: it speaks for itself
    }
    unlinkSync(aside);
    return false;
  }
  unlinkSync(aside);
  return true;
}

export function acquireLock(target: string, now: Date): Lock {
  const path = lockPath(target);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      createWithContent(target, path, JSON.stringify({ pid: process.pid, host: hostname(), started: now.toISOString() }));
      // Whatever a killed run left beside the target is now ours to clear.
      removeStaleTemps(target);
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        process.off("exit", release);
        try {
          unlinkSync(path);
        } catch {
          // already gone
        }
      };
      process.on("exit", release);
      return { ok: true, release };
    } catch (e) {
      if ((e as { code?: string }).code !== "EEXIST")
        return { ok: false, message: `Không tạo được tệp khóa ${path}: ${(e as Error).message}` };
    }
    let holder = readHolder(path);
    if (attempt === 0 && stale(path, holder)) {
      if (clearStale(target, path, holder)) continue;
      holder = readHolder(path);
    }
    const who = holder ? `PID ${holder.pid} trên máy ${holder.host}, từ ${holder.started}` : "không rõ";
    return {
      ok: false,
      message: `${target} đang được một lần chạy khác ghi (${who}). Hãy đợi lần đó xong rồi chạy lại; nếu không còn lần chạy nào, hãy xóa ${path}.`,
    };
  }
  return { ok: false, message: `Không tạo được tệp khóa ${path}.` };
}
