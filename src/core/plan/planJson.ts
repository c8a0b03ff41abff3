import { parseIsoDate } from "../dates/isoDate";
import { ADMIN_LEVELS, AdminLevel, Plan, PlanIdentity, PlanItem, UNIT_TYPES, UnitType } from "./model";
import { levelOf } from "./units";

export type PlanJsonResult = { ok: true; plan: Plan } | { ok: false; error: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

function isOneOf<T extends string>(v: unknown, values: readonly T[]): v is T {
  return typeof v === "string" && (values as readonly string[]).includes(v);
}

/**
 * The identity's unit fields. A plan.json written before the tier was kept has no "level": it is
 * derived from the unit type (such files were all communes, wards and townships).
 */
function readIdentity(raw: Record<string, unknown>): { ok: true; identity: PlanIdentity } | { ok: false; error: string } {
  if (!isOneOf(raw.unitType, UNIT_TYPES)) return { ok: false, error: `identity.unitType phải là một trong: ${UNIT_TYPES.join(", ")}.` };
  if (raw.level !== undefined && !isOneOf(raw.level, ADMIN_LEVELS))
    return { ok: false, error: `identity.level phải là một trong: ${ADMIN_LEVELS.join(", ")}.` };
  if (typeof raw.firstYear !== "number" || !(raw.lastYear === null || typeof raw.lastYear === "number"))
    return { ok: false, error: "identity.firstYear phải là số năm, lastYear là số năm hoặc null." };
  if (!(raw.issued === null || (typeof raw.issued === "string" && parseIsoDate(raw.issued))))
    return { ok: false, error: "identity.issued phải là ngày dạng YYYY-MM-DD hoặc null." };
  const unitType: UnitType = raw.unitType;
  const unitName = typeof raw.unitName === "string" ? raw.unitName : "";
  const level: AdminLevel = isOneOf(raw.level, ADMIN_LEVELS) ? raw.level : levelOf({ unitType, unitName }, false).level;
  return { ok: true, identity: { ...(raw as unknown as PlanIdentity), level } };
}

function taskDetailsError(v: unknown): string | null {
  if (v === undefined) return null;
  if (!Array.isArray(v)) return "phải là danh sách";
  for (const [i, t] of v.entries()) {
    if (!isRecord(t) || typeof t.content !== "string" || typeof t.product !== "string") return `[${i}] thiếu content/product`;
    if (!isStringArray(t.lead) || !isStringArray(t.partners)) return `[${i}].lead/partners phải là danh sách chuỗi`;
    if (!isRecord(t.deadline) || typeof t.deadline.text !== "string") return `[${i}].deadline không hợp lệ`;
  }
  return null;
}

/** Checks a plan.json (as written by `cchc plan`) before it is trusted. */
export function readPlanJson(data: unknown): PlanJsonResult {
  if (!isRecord(data) || !isRecord(data.identity) || !Array.isArray(data.items)) {
    return { ok: false, error: 'Tệp kế hoạch JSON phải có "identity" và "items" (xem docs/plan-json.md).' };
  }
  const identity = readIdentity(data.identity);
  if (!identity.ok) return identity;
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
    const details = taskDetailsError(raw.taskDetails);
    if (details) return { ok: false, error: `${where}.taskDetails${details}.` };
  }
  const items = data.items as PlanItem[];
  return { ok: true, plan: { identity: identity.identity, items } };
}
