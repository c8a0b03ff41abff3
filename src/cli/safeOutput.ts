import { mkdirSync } from "fs";
import { dirname } from "path";
import { OutputKind } from "../core/outputMark";
import { WriteError, writeFileAtomic } from "./atomicWrite";
import { Io } from "./io";
import { checkOutputKind, checkOutputPath } from "./outputGuard";
import { acquireLock } from "./outputLock";

export interface OutputRequest {
  target: string;
  kind: OutputKind;
  /** The command's inputs: never overwritten, --force or not. */
  inputs: readonly string[];
  force: boolean;
}

/**
 * Produces an output safely, for the commands whose output does not depend on what it replaces
 * (report, plan): checks the target (not an input, not open in Excel, an earlier output of the
 * same kind unless --force), holds its lock while `make` runs, then writes atomically.
 * `make` returns the bytes, or an exit code when it has nothing to write.
 */
export async function produceOutput(req: OutputRequest, io: Io, make: () => Promise<Uint8Array | number>): Promise<number> {
  const path = checkOutputPath(req.target, req.inputs);
  if (!path.ok) {
    io.error(path.message);
    return 2;
  }
  mkdirSync(dirname(req.target) || ".", { recursive: true });
  const lock = acquireLock(req.target, io.now());
  if (!lock.ok) {
    io.error(lock.message);
    return 2;
  }
  try {
    const kind = await checkOutputKind(req.target, req.kind, req.force);
    if (!kind.ok) {
      io.error(kind.message);
      return 2;
    }
    const made = await make();
    if (typeof made === "number") return made;
    writeFileAtomic(req.target, made);
    return 0;
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    io.error(e.message);
    return 1;
  } finally {
    lock.release();
  }
}
