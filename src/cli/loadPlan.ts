import { readFileSync } from "fs";
import { IsoDate, parseIsoDate } from "../core/dates/isoDate";
import { BUILTIN_PLAN } from "../core/plan/builtin";
import { Plan } from "../core/plan/model";
import { PlanNote, parsePlanDocument } from "../core/plan/parser";
import { readPlanJson } from "../core/plan/planJson";
import { readPlanFile } from "../documents/readPlanFile";
import { Io } from "./io";

export type LoadedPlan =
  { ok: true; plan: Plan; notes: PlanNote[]; lineNumbers: boolean } | { ok: false; error: string; notes: PlanNote[]; lineNumbers: boolean };

export const PLAN_FORMS = ".txt, .docx, .pdf, .xlsx hoặc plan.json";

/**
 * --plan: a plan's text (.txt), Word file (.docx), PDF, a workbook listing its tasks (.xlsx), a
 * plan.json, or nothing for the built-in KH 49. `issued` is the date to use when the text has
 * none (--plan-date). Messages name the file.
 */
export async function loadPlan(path: string | undefined, options: { issued?: IsoDate } = {}): Promise<LoadedPlan> {
  if (path === undefined) return { ok: true, plan: BUILTIN_PLAN, notes: [], lineNumbers: false };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, error: `Không đọc được tệp kế hoạch ${path}: ${(e as Error).message}`, notes: [], lineNumbers: false };
  }
  if (path.toLowerCase().endsWith(".json")) {
    let data: unknown;
    try {
      data = JSON.parse(new TextDecoder().decode(bytes));
    } catch (e) {
      return { ok: false, error: `${path}: JSON không hợp lệ (${(e as Error).message})`, notes: [], lineNumbers: false };
    }
    const r = readPlanJson(data);
    return r.ok
      ? { ok: true, plan: r.plan, notes: [], lineNumbers: false }
      : { ok: false, error: `${path}: ${r.error}`, notes: [], lineNumbers: false };
  }
  const file = await readPlanFile(path, bytes);
  if (!file.ok) return { ok: false, error: `${path}: ${file.error}`, notes: [], lineNumbers: false };
  // Line numbers mean something to the user only in a text file they can open in an editor.
  const lineNumbers = file.kind === "txt";
  const r = parsePlanDocument(file.doc, options);
  if (r.ok) return { ...r, lineNumbers };
  const ask = r.missing === "issued" ? " Hãy cho biết ngày ban hành bằng --plan-date YYYY-MM-DD." : "";
  return { ok: false, error: `${path}: ${r.error}${ask}`, notes: r.notes, lineNumbers };
}

/** Every note, "file:line: …" where the line means something, as warnings (errors for "Lỗi"). */
export function printPlanNotes(io: Io, path: string, loaded: LoadedPlan): void {
  for (const n of loaded.notes) {
    const where = loaded.lineNumbers && n.line !== undefined ? `${path}:${n.line}` : path;
    (n.level === "Lỗi" ? io.error : io.warn)(`${where}: ${n.message}`);
  }
}

/** --plan-date YYYY-MM-DD, or an error in words. */
export function planDateOption(text: string | undefined): { ok: true; issued?: IsoDate } | { ok: false; error: string } {
  if (text === undefined) return { ok: true };
  const issued = parseIsoDate(text);
  return issued ? { ok: true, issued } : { ok: false, error: `--plan-date phải là ngày dạng YYYY-MM-DD (nhận được "${text}").` };
}

/**
 * The --plan and --plan-date options of consolidate and report: the plan, or false once the
 * reason is printed (notes included).
 */
export async function planFromOptions(options: ReadonlyMap<string, string>, io: Io): Promise<Plan | false> {
  const date = planDateOption(options.get("--plan-date"));
  if (!date.ok) {
    io.error(date.error);
    return false;
  }
  const path = options.get("--plan");
  const loaded = await loadPlan(path, { issued: date.issued });
  if (path !== undefined) printPlanNotes(io, path, loaded);
  if (!loaded.ok) {
    io.error(loaded.error);
    return false;
  }
  return loaded.plan;
}
