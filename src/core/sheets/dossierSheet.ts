import { MASTER } from "../contract";
import { DossierCounts, DossierRecord } from "../summary/dossiers";
import { sourceLabel } from "../validate/problems";
import { contractColumns, contractRow, namesOf } from "./contractTable";
import { ColumnSpec, TableSheetSpec, ValidationSpec } from "./spec";

const COUNT: ValidationSpec = { kind: "decimal", min: 0, max: 1_000_000 };
const count = (width = 12) => ({ type: "integer" as const, width, validation: COUNT, wrap: true });

export const DOSSIER_COLUMNS: readonly ColumnSpec[] = contractColumns(MASTER.dossiers, {
  "Lĩnh vực": { type: "text", width: 30, wrap: true },
  "Từ ngày": { type: "date", width: 12 },
  "Đến ngày": { type: "date", width: 12 },
  "Kỳ trước chuyển sang": count(),
  "Tiếp nhận trực tuyến": count(),
  "Tiếp nhận trực tiếp, bưu chính": count(14),
  "Giải quyết trước hạn": count(),
  "Giải quyết đúng hạn": count(),
  "Giải quyết quá hạn": count(),
  "Đang giải quyết trong hạn": count(),
  "Đang giải quyết quá hạn": count(),
  "Trả lại, rút hồ sơ": count(),
  Nguồn: { type: "text", width: 40 },
});

const dossierRow = contractRow(MASTER.dossiers);

/**
 * Hồ sơ TTHC: the one-stop system's statistics, one row per field and period, as read from its
 * exports or typed in (no Nguồn). The on-time and online rates of the report come from here.
 */
export function dossierSheet(records: readonly DossierRecord[]): TableSheetSpec {
  return {
    kind: "table",
    ...namesOf("dossiers"),
    columns: DOSSIER_COLUMNS,
    rows: records.map((r) => {
      // A count nobody could read stays empty, as the workbook left it unknown.
      const n = (k: keyof DossierCounts): number | null => (r.unread?.includes(k) ? null : r[k]);
      return dossierRow({
        "Lĩnh vực": r.field,
        "Từ ngày": r.from,
        "Đến ngày": r.to,
        "Kỳ trước chuyển sang": n("carriedOver"),
        "Tiếp nhận trực tuyến": n("online"),
        "Tiếp nhận trực tiếp, bưu chính": n("inPerson"),
        "Giải quyết trước hạn": n("early"),
        "Giải quyết đúng hạn": n("onTime"),
        "Giải quyết quá hạn": n("late"),
        "Đang giải quyết trong hạn": n("pendingInTime"),
        "Đang giải quyết quá hạn": n("pendingOverdue"),
        "Trả lại, rút hồ sơ": n("returned"),
        Nguồn: sourceLabel(r.source.file, r.source.sheet, r.source.row),
      });
    }),
    print: { orientation: "landscape" },
  };
}
