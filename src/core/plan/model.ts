import { Deadline } from "../dates/deadline";
import { IsoDate } from "../dates/isoDate";

/** The two halves of a commune's plan: the PAR index and the citizen-satisfaction index. */
export type ItemGroup = "CCHC" | "SIPAS";

/** What the plan calls the item: tiêu chí, tiêu chí thành phần, chỉ số. */
export type ItemKind = "tiêu chí" | "tiêu chí thành phần" | "chỉ số";

/**
 * How the year's value comes out of several readings.
 * - "flow": counts that flow per period (dossiers received / resolved on time):
 *   the year's rate is Σ numerators / Σ denominators.
 * - "level": a cumulative level (disbursement, staff meeting the standard, a survey score):
 *   the latest reading is the year's value.
 */
export type Aggregation = "flow" | "level";

export interface Milestone {
  date: IsoDate;
  /** Percent, 0–100. */
  value: number;
}

/** What "done" means for an item. Percent values are 0–100. */
export type Target =
  /** "100% hồ sơ TTHC được giải quyết đúng hạn": the value must reach `value`. */
  | { kind: "level"; value: number }
  /** "đến ngày 30/9/2021 đạt 60%, đến ngày 31/01/2022 đạt 100%": each milestone judged on its date. */
  | { kind: "milestones"; milestones: Milestone[] }
  /**
   * "tăng so với năm 2020" (">"), "giữ vững hoặc nâng cao so với năm 2020" (">="):
   * compared with the baseline year's value, which the user enters later.
   */
  | { kind: "baseline"; year: number; comparator: ">" | ">="; baseline: number | null }
  /**
   * "Nâng cao tỷ lệ hồ sơ … trực tuyến" (no year named): a rate to raise over the year before the
   * assessment year, judged like "baseline" once that year is known (KH 49 evaluated for 2021: 2020).
   */
  | { kind: "previousYear"; comparator: ">" | ">="; baseline: number | null }
  /** "Hạn chế tối đa văn bản giấy": no number; judged by its tasks alone. */
  | { kind: "qualitative" };

export interface PlanItem {
  /** "1.1" … "2.5". */
  code: string;
  group: ItemGroup;
  kind: ItemKind;
  /** The criterion's name, as the plan writes it (quotes removed). */
  title: string;
  /** The item's whole heading line, for the report. */
  heading: string;
  /** Section a: Mục tiêu, yêu cầu. */
  objective: string;
  target: Target;
  aggregation: Aggregation;
  /** Section b: one entry per "- " bullet, or the paragraph when there are none. */
  tasks: string[];
  /** Chủ trì, in the plan's own titles. Empty when the plan assigns none. */
  lead: string[];
  /** Phối hợp (and "Phối hợp/thực hiện"). */
  coordinators: string[];
  /** Thực hiện (and "Phối hợp/thực hiện"). */
  implementers: string[];
  /** Section d: the deadline as written and what it means. */
  deadline: Deadline;
  /**
   * Present when the plan gives each task its own lead, deadline and product (a plan laid out
   * as a table): one entry per task, in the order of `tasks`.
   */
  taskDetails?: PlanTask[];
}

/** One task of a plan laid out as a table ("Phụ lục: Danh mục nhiệm vụ"). */
export interface PlanTask {
  content: string;
  /** Cơ quan chủ trì, in the plan's own titles. */
  lead: string[];
  /** Cơ quan phối hợp. */
  partners: string[];
  deadline: Deadline;
  /** Sản phẩm ("Kế hoạch", "Báo cáo" …); "" when the table has none. */
  product: string;
}

/**
 * The kinds of administrative unit that issue plans of this family, as their headers name them.
 * "huyện", "quận" and "thị xã" (and "thành phố" under a province) existed until 30/6/2025.
 */
export const UNIT_TYPES = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu"] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/**
 * The tier (cấp) of the issuing unit: "tỉnh" for provinces and centrally-run cities, "huyện" for
 * districts, towns and provincial cities (until 30/6/2025), "xã" for communes, wards, townships and
 * special zones.
 */
export const ADMIN_LEVELS = ["tỉnh", "huyện", "xã"] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

export interface PlanIdentity {
  /** "49/KH-UBND". */
  number: string;
  /**
   * The issuing body's header lines as printed, top left: ["ỦY BAN NHÂN DÂN", "XÃ TÂN BÌNH"]; a
   * parent body's line comes first (["ỦY BAN NHÂN DÂN QUẬN 7", "ỦY BAN NHÂN DÂN PHƯỜNG AN PHÚ"]).
   * Words broken over lines are joined; national title, rules and table separators removed.
   */
  issuerLines: string[];
  /** "Ủy ban nhân dân xã Tân Bình", "Ủy ban nhân dân thành phố Hà Nội". */
  issuer: string;
  /** The administrative unit's kind and name: "xã" "Tân Bình", "tỉnh" "Quảng Ninh", "thành phố" "Hà Nội". */
  unitType: UnitType;
  unitName: string;
  /** The unit's tier: "xã" for a commune or ward, "tỉnh" for a province or centrally-run city. */
  level: AdminLevel;
  /** The place in the place-and-date line: "Tân Bình", "Hà Nội", "Rạch Giá". */
  place: string;
  /** Null when the text has no date (and none was given). */
  issued: IsoDate | null;
  /** The plan's title after "KẾ HOẠCH", as written (capitals kept). */
  title: string;
  /** First year covered, last year (null: "và những năm tiếp theo", "và năm tiếp theo"). */
  firstYear: number;
  lastYear: number | null;
  /** Signature block: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"] and the signer's name. */
  signature: string[];
  signer: string;
  /** "Nơi nhận:" entries as written. */
  recipients: string[];
}

export interface Plan {
  identity: PlanIdentity;
  items: PlanItem[];
}
