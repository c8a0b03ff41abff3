import { Plan } from "./model";
import kh49 from "./kh49.json";

/**
 * Kế hoạch 49/KH-UBND (xã Tân Bình, 29/9/2021), the default plan, as the parser reads
 * plans/ke-hoach-49-KH-UBND-2021.txt (scripts/gen-builtin-plan regenerates it; a test keeps
 * the two equal). Shipped as data so the task pane needs neither the text nor the parser.
 */
export const BUILTIN_PLAN: Plan = kh49 as Plan;
