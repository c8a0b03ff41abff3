import { findDate } from "../dates/deadline";
import { formatViDate } from "../dates/isoDate";
import { formatViNumber } from "../format/viNumber";
import { byKey } from "../order/compare";
import { looseKey } from "../text/normalize";
import { Aggregation, Milestone, Target } from "./model";

/** "60,5" or "60.5" -> 60.5. */
export function parseDecimal(text: string): number {
  return Number(text.replace(",", "."));
}

/** Dated milestones: "đến ngày 30/9/2021 đạt 60% …, đến ngày 31/01/2022 đạt 100%". */
export function findMilestones(text: string): Milestone[] {
  const re = /đến (?:hết )?(?:ngày )?(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})[^%\d]{0,40}?(\d+(?:[.,]\d+)?)\s*%/giu;
  const found: Milestone[] = [];
  for (const m of text.normalize("NFC").matchAll(re)) {
    const date = findDate(m[1]);
    if (date) found.push({ date, value: parseDecimal(m[2]) });
  }
  return found.sort(byKey((m) => m.date));
}

/**
 * The structured target of an item, from its objective (and its tasks, where plans
 * put milestones). Precedence: milestones, baseline year, fixed level, a rate to raise over the
 * year before, qualitative.
 */
export function parseTarget(objective: string, tasks: readonly string[]): Target {
  const milestones = findMilestones([objective, ...tasks].join("\n"));
  if (milestones.length > 0) return { kind: "milestones", milestones };

  const key = looseKey(objective);
  const baseline = /\bso voi (?:cung ky )?(?:nam )?(\d{4})\b/.exec(key);
  if (baseline) {
    const comparator = keepsLevel(key) ? ">=" : ">";
    return { kind: "baseline", year: Number(baseline[1]), comparator, baseline: null };
  }

  const level = /(\d+(?:[.,]\d+)?)\s*%/.exec(objective);
  if (level) return { kind: "level", value: parseDecimal(level[1]) };

  // "Nâng cao tỷ lệ hồ sơ … trực tuyến" names no year: read like "Nâng cao tỷ lệ hài lòng so với
  // năm 2020", against the year before the one assessed.
  if (/\b(?:nang cao|tang(?! cuong)|cai thien|giu vung)\b.*\b(?:ty le|chi so|muc do)\b/.test(key)) {
    return { kind: "previousYear", comparator: keepsLevel(key) ? ">=" : ">", baseline: null };
  }

  return { kind: "qualitative" };
}

function keepsLevel(key: string): boolean {
  return /\bgiu vung\b|\bkhong thap hon\b|\bduy tri\b/.test(key);
}

/**
 * Rates of dossiers or documents are counts that flow per period; everything else
 * (disbursement, staff meeting the standard, satisfaction surveys) is a level.
 */
export function inferAggregation(title: string, objective: string): Aggregation {
  return /\bho so\b|\bvan ban\b/.test(looseKey(`${title} ${objective}`)) ? "flow" : "level";
}

/**
 * "≥ 100%", "60% đến 30/09/2021; 100% đến 31/01/2022", "Cao hơn năm 2020", "Cao hơn năm trước"
 * (or, given the assessment year, "Cao hơn năm 2020"), "Định tính".
 */
export function describeTarget(target: Target, year?: number): string {
  switch (target.kind) {
    case "level":
      return `≥ ${formatViNumber(target.value)}%`;
    case "milestones":
      return target.milestones.map((m) => `${formatViNumber(m.value)}% đến ${formatViDate(m.date)}`).join("; ");
    case "baseline": {
      const rel = target.comparator === ">" ? "Cao hơn" : "Không thấp hơn";
      const value = target.baseline === null ? "" : ` (${formatViNumber(target.baseline)})`;
      return `${rel} năm ${target.year}${value}`;
    }
    case "previousYear": {
      const rel = target.comparator === ">" ? "Cao hơn" : "Không thấp hơn";
      const value = target.baseline === null ? "" : ` (${formatViNumber(target.baseline)})`;
      return `${rel} năm ${year === undefined ? "trước" : year - 1}${value}`;
    }
    case "qualitative":
      return "Định tính (theo nhiệm vụ)";
  }
}

/**
 * The inverse of describeTarget, for the Chỉ tiêu column a user may edit in Kế hoạch:
 * "≥ 100%", "98,5%", "60% đến 30/09/2021; 100% đến 31/01/2022", "Cao hơn năm 2020 (85,2)",
 * "Không thấp hơn năm 2020", "Cao hơn năm trước", "Định tính …". Null when the text says none of these.
 */
export function parseTargetText(text: string): Target | null {
  const t = text.normalize("NFC").trim();
  if (/^định tính/iu.test(t)) return { kind: "qualitative" };
  const previous = /^(cao hơn|không thấp hơn)\s+năm\s+trước(?:\s*\(([\d.,]+)\s*%?\))?$/iu.exec(t);
  if (previous) {
    return {
      kind: "previousYear",
      comparator: /^cao/iu.test(previous[1]) ? ">" : ">=",
      baseline: previous[2] ? parseDecimal(previous[2]) : null,
    };
  }
  const baseline = /^(cao hơn|không thấp hơn)\s+năm\s+(\d{4})(?:\s*\(([\d.,]+)\s*%?\))?$/iu.exec(t);
  if (baseline) {
    return {
      kind: "baseline",
      year: Number(baseline[2]),
      comparator: /^cao/iu.test(baseline[1]) ? ">" : ">=",
      baseline: baseline[3] ? parseDecimal(baseline[3]) : null,
    };
  }
  const milestones = [...t.matchAll(/([\d.,]+)\s*%\s*đến\s*(\d{1,2}\/\d{1,2}\/\d{4})/giu)]
    .map((m) => ({ date: findDate(m[2]), value: parseDecimal(m[1]) }))
    .filter((m): m is Milestone => m.date !== null);
  if (milestones.length > 0) return { kind: "milestones", milestones };
  const level = /^(?:≥|>=)?\s*([\d.,]+)\s*%?$/u.exec(t);
  if (level) return { kind: "level", value: parseDecimal(level[1]) };
  return null;
}
