import { parseIsoDate } from "../dates/isoDate";
import { Plan, PlanItem } from "./model";

export type PlanJsonResult = { ok: true; plan: Plan } | { ok: false; error: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

/** Checks a plan.json (as written by `cchc plan`) before it is trusted. */
export function readPlanJson(data: unknown): PlanJsonResult {
  if (!isRecord(data) || !isRecord(data.identity) || !Array.isArray(data.items)) {
    return { ok: false, error: 'Tệp kế hoạch JSON phải có "identity" và "items" (xem docs/plan-json.md).' };
  }
  if (data.items.length === 0) return { ok: false, error: "Tệp kế hoạch JSON không có tiêu chí nào." };
  for (const [i, raw] of data.items.entries()) {
    const where = `items[${i}]`;
    if (!isRecord(raw)) return { ok: false, error: `${where} không phải là một đối tượng.` };
    if (typeof raw.code !== "string" || !/^\d+(\.\d+)+$/.test(raw.code)) return { ok: false, error: `${where}.code phải có dạng "1.2".` };
    if (raw.group !== "CCHC" && raw.group !== "SIPAS") return { ok: false, error: `${where}.group phải là "CCHC" hoặc "SIPAS".` };
    if (typeof raw.title !== "string" || typeof raw.objective !== "string") return { ok: false, error: `${where} thiếu title/objective.` };
    for (const k of ["tasks", "lead", "coordinators", "implementers"] as const) {
      if (!isStringArray(raw[k])) return { ok: false, error: `${where}.${k} phải là danh sách chuỗi.` };
    }
    if (!isRecord(raw.target) || typeof raw.target.kind !== "string") return { ok: false, error: `${where}.target không hợp lệ.` };
    if (!isRecord(raw.deadline) || typeof raw.deadline.text !== "string") return { ok: false, error: `${where}.deadline không hợp lệ.` };
    if (raw.deadline.kind === "due" && (typeof raw.deadline.due !== "string" || !parseIsoDate(raw.deadline.due))) {
      return { ok: false, error: `${where}.deadline.due phải là ngày dạng YYYY-MM-DD.` };
    }
    if (raw.aggregation !== "flow" && raw.aggregation !== "level")
      return { ok: false, error: `${where}.aggregation phải là "flow" hoặc "level".` };
  }
  const items = data.items as PlanItem[];
  return { ok: true, plan: { identity: data.identity as unknown as Plan["identity"], items } };
}
