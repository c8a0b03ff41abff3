import { IsoDate } from "../dates/isoDate";
import { Target } from "../plan/model";

/** The number an item must reach in the year (a milestone target's last), null when it has none (yet). */
export function targetValue(target: Target): number | null {
  switch (target.kind) {
    case "level":
      return target.value;
    case "milestones":
      return target.milestones[target.milestones.length - 1]?.value ?? null;
    case "baseline":
    case "previousYear":
      return target.baseline;
    case "qualitative":
      return null;
  }
}

/** The next milestone's value after the as-of date, for milestone targets. */
export function nextMilestoneValue(target: Target, asOf: IsoDate): number | null {
  return target.kind === "milestones" ? (target.milestones.find((m) => m.date > asOf)?.value ?? null) : null;
}
