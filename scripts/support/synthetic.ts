import { IsoDate, parseIsoDate } from "../../src/core/dates/isoDate";
import { Consolidation } from "../../src/core/import/consolidate";
import { Task } from "../../src/core/import/records";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";

/** A consolidation of n tasks shaped like real ones (for the sync-budget test and benchmark). */
export function syntheticConsolidation(n: number, asOf = "2021-12-15" as IsoDate): Consolidation {
  const codes = BUILTIN_PLAN.items.map((i) => i.code);
  const tasks: Task[] = Array.from({ length: n }, (_, i) => ({
    id: `NV-${codes[i % 12]}-${String(i).padStart(7, "0")}`,
    code: codes[i % 12],
    codeSuggested: false,
    content: `Nhiệm vụ số ${i + 1}: rà soát, cập nhật hồ sơ thủ tục hành chính và báo cáo kết quả`,
    lead: "Công chức Văn phòng-Thống kê",
    partners: "",
    due: parseIsoDate("2021-11-30"),
    dueText: null,
    status: i % 3 === 0 ? "Hoàn thành" : "Đang thực hiện",
    statusText: null,
    progress: i % 3 === 0 ? 100 : 50,
    doneDate: i % 3 === 0 ? parseIsoDate("2021-11-20") : null,
    doneText: null,
    evidence: i % 3 === 0 ? `Văn bản ${i}/UBND` : "",
    note: "",
    source: { file: `bo-so-${i % 100}.xlsx`, sheet: "Theo dõi", sheetIndex: 0, row: 2 + (i % 500), columns: {} },
    verdict: i % 3 === 0 ? "Đúng hạn" : "Quá hạn",
  }));
  return { plan: BUILTIN_PLAN, asOf, tasks, readings: [], problems: [], sheets: [] };
}
