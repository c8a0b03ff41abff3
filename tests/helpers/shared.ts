import { existsSync } from "fs";
import { join, resolve } from "path";

/** ../shared beside the project: present on the team's machines and in CI, absent in users' clones. */
export const SHARED_DIR = resolve(__dirname, "..", "..", "..", "shared");
export const PROJECT_DIR = resolve(__dirname, "..", "..");

export function sharedAvailable(): boolean {
  if (existsSync(SHARED_DIR)) return true;
  // Under CI these tests must run: a missing ../shared is a failure there, not a skip.
  if (process.env.CI === "true") throw new Error(`CI=true but ${SHARED_DIR} is missing`);
  return false;
}

/** describe() that says it was skipped when ../shared is absent (a user's clone). */
export function describeShared(name: string, body: () => void): void {
  if (sharedAvailable()) describe(name, body);
  else describe.skip(`${name} (skipped: ../shared is not beside this clone)`, body);
}

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

export function projectPath(...parts: string[]): string {
  return join(PROJECT_DIR, ...parts);
}
