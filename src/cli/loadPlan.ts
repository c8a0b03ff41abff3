import { readFileSync } from "fs";
import { BUILTIN_PLAN } from "../core/plan/builtin";
import { Plan } from "../core/plan/model";
import { PlanNote, parsePlanText } from "../core/plan/parser";
import { readPlanJson } from "../core/plan/planJson";

export type LoadedPlan = { ok: true; plan: Plan; notes: PlanNote[] } | { ok: false; error: string };

/** --plan: a plan text (.txt), a plan.json, or nothing for the built-in KH 49. */
export function loadPlan(path: string | undefined): LoadedPlan {
  if (path === undefined) return { ok: true, plan: BUILTIN_PLAN, notes: [] };
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    return { ok: false, error: `Không đọc được tệp kế hoạch ${path}: ${(e as Error).message}` };
  }
  if (path.toLowerCase().endsWith(".json")) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return { ok: false, error: `${path}: JSON không hợp lệ (${(e as Error).message})` };
    }
    const r = readPlanJson(data);
    return r.ok ? { ok: true, plan: r.plan, notes: [] } : { ok: false, error: `${path}: ${r.error}` };
  }
  const r = parsePlanText(text);
  return r.ok ? r : { ok: false, error: `${path}: ${r.error}` };
}
