import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { importedRowOf } from "../../src/core/import/editableCells";
import { EditedRows } from "../../src/core/import/editedRows";
import { GridCell } from "../../src/core/import/grid";
import { keepMasterEntries } from "../../src/core/import/keepTyped";
import { MasterContent } from "../../src/core/import/readMaster";
import { Task } from "../../src/core/import/records";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { gridOf } from "../helpers/grids";

// A previous master is read row by row (the hidden sheet of imported values first): only the rows a
// new consolidation can take anything from are kept, and keeping them gives what keeping all gives.
const AS_OF = "2021-12-15" as IsoDate;
const HEAD: GridCell[] = ["Nội dung công việc", "Chủ trì", "Hạn hoàn thành", "Trạng thái", "Tiến độ (%)"];
const due = { date: "2021-12-31" as IsoDate };

function fresh() {
  const rows: GridCell[][] = [
    HEAD,
    ["Niêm yết thủ tục hành chính tại Bộ phận Một cửa", "CC VP-TK", due, "Đang thực hiện", 50],
    ["Cập nhật Cổng thông tin điện tử của xã", "CC VH-XH", due, "Đang thực hiện", 30],
  ];
  return consolidate([{ file: "so.xlsx", ok: true, grids: [gridOf(rows)] }], BUILTIN_PLAN, AS_OF);
}

const typed = (content: string, t: Task): Task => ({ ...t, id: `typed-${content}`, content, source: { ...t.source, file: "" } });

function content(tasks: Task[], imported: Task[]): MasterContent {
  return {
    plan: BUILTIN_PLAN,
    tasks,
    readings: [],
    imported: imported.map(importedRowOf),
    dossiers: [],
    narrative: [],
    officials: [],
    missing: [],
  };
}

describe("EditedRows: what of a previous master's task rows is kept", () => {
  it("keeps rows typed into the master and both versions of an edited row, nothing of an unchanged one", () => {
    const [a, b] = fresh().tasks;
    const edited = { ...a, status: "Hoàn thành" as const, progress: 100 };
    const mine = typed("Họp rà soát kế hoạch CCHC", a);
    const rows = new EditedRows();
    [a, b].forEach((t) => rows.imported(t));
    [edited, b, mine].forEach((t) => rows.master(t));
    expect(rows.rows()).toEqual({ tasks: [mine, edited], imported: [importedRowOf(a)] });
  });

  it("counts the first row of an id, as keepEdits does", () => {
    const [a] = fresh().tasks;
    const rows = new EditedRows();
    rows.imported(a);
    rows.master(a);
    rows.master({ ...a, note: "sửa ở dòng trùng" });
    expect(rows.rows().tasks).toEqual([]);
  });

  it("says a master is older than the hidden sheet when it has source rows and the sheet none", () => {
    const rows = new EditedRows();
    rows.master(fresh().tasks[0]);
    expect([rows.sourceRows, rows.importedRows]).toEqual([true, false]);
  });

  it("gives keepMasterEntries the same consolidation as the whole master would", () => {
    const now = fresh();
    const [a, b] = now.tasks;
    const edited = { ...a, note: "Đã niêm yết ngày 10/12", evidence: "Ảnh chụp bảng niêm yết" };
    const mine = typed("Họp rà soát kế hoạch CCHC", a);
    const rows = new EditedRows();
    [a, b].forEach((t) => rows.imported(t));
    [edited, b, mine].forEach((t) => rows.master(t));
    const whole = keepMasterEntries(now, content([edited, b, mine], [a, b]));
    const kept = rows.rows();
    const reduced = keepMasterEntries(now, { ...content(kept.tasks, []), imported: kept.imported });
    expect(reduced.edited).toBe(2);
    expect(reduced.consolidation).toEqual(whole.consolidation);
  });
});
