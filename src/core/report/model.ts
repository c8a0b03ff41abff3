import { IsoDate, ymd } from "../dates/isoDate";
import { Reading, Task } from "../import/records";
import { byKey } from "../order/compare";
import { Plan } from "../plan/model";
import { Compliance, compliance } from "../summary/compliance";
import { ReportPeriod } from "./period";

/** What the user decides about a report (the task pane and the command line expose them). */
export interface ReportSettings {
  /** The body above the commune ("UBND HUYỆN …" before 1/7/2025, "UBND TỈNH …" after); empty: none. */
  parentBody: string;
  /** Nơi nhận, in order. Since 1/7/2025 there is no district level: this is a setting, not a constant. */
  recipients: readonly string[];
  /** The date on the place-and-date line; the period's last day when absent. */
  reportDate: IsoDate | null;
}

export interface ReportModel {
  plan: Plan;
  period: ReportPeriod;
  settings: ReportSettings;
  date: IsoDate;
  compliance: Compliance;
  /** Tasks not finished as of the period's end: next quarter's work. */
  nextTasks: Task[];
}

/** Default Nơi nhận: the plan's first recipient (the body it reports to), the committee's leaders, the archive. */
export function defaultRecipients(plan: Plan): string[] {
  const first = plan.identity.recipients.find((r) => !/^lưu/iu.test(r));
  return [first ?? "Cơ quan cấp trên", "CT, các PCT UBND " + plan.identity.unitType, "Lưu: VT"];
}

export function buildReport(
  plan: Plan,
  tasks: readonly Task[],
  readings: readonly Reading[],
  period: ReportPeriod,
  settings: ReportSettings,
): ReportModel {
  const comp = compliance(plan, tasks, readings, period.to);
  const nextTasks = tasks.filter((t) => t.status !== "Hoàn thành").sort(byKey((t) => t.due, "9999"));
  return { plan, period, settings, date: settings.reportDate ?? period.to, compliance: comp, nextTasks };
}

/** "Tân Bình, ngày 14 tháng 12 năm 2021": day below 10 and month below 3 written with a zero. */
export function placeAndDate(place: string, date: IsoDate): string {
  const { y, m, d } = ymd(date);
  return `${place}, ngày ${String(d).padStart(2, "0")} tháng ${m < 3 ? String(m).padStart(2, "0") : m} năm ${y}`;
}
