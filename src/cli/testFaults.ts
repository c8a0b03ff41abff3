/**
 * A seam for the tests: CCHC_TEST_WRITE_FAULT="enospc@N" makes a write fail as a full disk
 * would once N bytes are written, "kill@N" kills the process there (as a power cut or Ctrl+C
 * would). Unset, it does nothing.
 */
export interface WriteFault {
  /** Bytes written before the fault. */
  at: number;
  strike(): never;
}

export function writeFault(): WriteFault | null {
  const m = /^(enospc|kill)@(\d+)$/.exec(process.env.CCHC_TEST_WRITE_FAULT ?? "");
  if (!m) return null;
  return {
    at: Number(m[2]),
    strike: () => {
      if (m[1] === "kill") process.kill(process.pid, "SIGKILL");
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    },
  };
}
