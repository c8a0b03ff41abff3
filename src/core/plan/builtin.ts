import { Plan } from "./model";
import kh49 from "./kh49.json";

/**
 * Kế hoạch 49/KH-UBND (xã Tân Bình, 29/9/2021), the default plan, as the parser reads
 * plans/ke-hoach-49-KH-UBND-2021.txt (scripts/gen-builtin-plan regenerates it; a test keeps
 * the two equal). Shipped as data so the task pane needs neither the text nor the parser.
 */
export const BUILTIN_PLAN: Plan = kh49 as Plan;

/**
 * Whether a plan is the built-in one: itself, or read back from a master made with it (same number, issuer and
 * criteria; the official's own figures typed into its Kế hoạch sheet kept), so a re-run names it as the first run did.
 */
export function isBuiltinPlan(plan: Plan): boolean {
  return (
    plan === BUILTIN_PLAN ||
    (plan.identity.number === BUILTIN_PLAN.identity.number &&
      plan.identity.issuer === BUILTIN_PLAN.identity.issuer &&
      plan.items.length === BUILTIN_PLAN.items.length &&
      plan.items.every((item, i) => item.code === BUILTIN_PLAN.items[i].code))
  );
}
