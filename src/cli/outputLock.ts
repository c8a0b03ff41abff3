import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from "fs";
import { hostname } from "os";
import { basename, dirname, join } from "path";
import { removeStaleTemps } from "./atomicWrite";

/**
 * One run at a time per output: a lock file beside it, made with O_EXCL (one step, so two runs
 * cannot both make it). The second run refuses rather than waits, naming the first; a lock left
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

export function acquireLock(target: string, now: Date): Lock {
  const path = lockPath(target);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      const me: Holder = { pid: process.pid, host: hostname(), started: now.toISOString() };
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
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
    const holder = readHolder(path);
    if (attempt === 0 && stale(path, holder)) {
      try {
        unlinkSync(path);
      } catch {
        // taken by another run meanwhile: the next attempt says so
      }
      continue;
    }
    const who = holder ? `PID ${holder.pid} trên máy ${holder.host}, từ ${holder.started}` : "không rõ";
    return {
      ok: false,
      message: `${target} đang được một lần chạy khác ghi (${who}). Hãy đợi lần đó xong rồi chạy lại; nếu không còn lần chạy nào, hãy xóa ${path}.`,
    };
  }
  return { ok: false, message: `Không tạo được tệp khóa ${path}.` };
}
