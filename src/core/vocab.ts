/** Closed vocabularies of the master-workbook contract: exact strings other tools rely on. */

export const TASK_STATUSES = ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Đánh giá of a task against the as-of date. */
export const TASK_VERDICTS = ["Đúng hạn", "Trễ hạn", "Quá hạn", "Chưa đến hạn"] as const;
export type TaskVerdict = (typeof TASK_VERDICTS)[number];

/** Kết quả of an item or a reading against its target. */
export const RESULTS = ["Đạt", "Chưa đạt", "Chưa có số liệu"] as const;
export type Result = (typeof RESULTS)[number];

export const SEVERITIES = ["Lỗi", "Cảnh báo"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const GROUPS = ["CCHC", "SIPAS"] as const;

/** How an item's readings add up over the year, as the Kế hoạch sheet writes it. */
export const AGGREGATION_LABELS = { flow: "Cộng các kỳ", level: "Lấy kỳ mới nhất" } as const;

/**
 * Mục of Nội dung báo cáo: the sections of a periodic report the official writes, or adds to,
 * in their own words (the figures of II–IV are the product's). No commas: Excel's drop-down list
 * cannot hold one ("I. Công tác chỉ đạo, điều hành" typed by hand is still recognised).
 */
export const NARRATIVE_SECTIONS = [
  "I. Công tác chỉ đạo và điều hành",
  "II. Kết quả thực hiện",
  "III. Tồn tại và hạn chế",
  "III. Nguyên nhân",
  "IV. Phương hướng và nhiệm vụ kỳ tới",
  "V. Đề xuất và kiến nghị",
] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];
