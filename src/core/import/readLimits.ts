import { formatViNumber } from "../format/viNumber";
import { EXCEL_CELL_CHARS } from "../text/excelCell";
import { Problem, problem } from "../validate/problems";
import { Grid, columnName } from "./grid";

/**
 * What a sheet holds that the product cannot carry whole, said rather than dropped: rows and
 * cells past the reader's limits, and texts longer than an Excel cell (cut in the master and
 * the report, see text/excelCell).
 */
export function limitProblems(grid: Grid): Problem[] {
  const out: Problem[] = [];
  const at = { file: grid.file, sheet: grid.sheet };
  const cut = grid.notRead;
  if (cut && cut.rows > 0)
    out.push(
      problem(
        "ROWS_NOT_READ",
        { ...at, row: cut.afterRow + 1 },
        formatViNumber(cut.rows),
        `${formatViNumber(cut.rows)} dòng sau dòng ${formatViNumber(cut.afterRow)} không được đọc (mỗi sheet đọc tối đa ${formatViNumber(cut.afterRow)} dòng); hãy tách sheet thành nhiều sheet nhỏ hơn.`,
      ),
    );
  if (cut && cut.cells > 0)
    out.push(
      problem(
        "ROWS_NOT_READ",
        { ...at, column: columnName(cut.afterColumn + 1) },
        formatViNumber(cut.cells),
        `${formatViNumber(cut.cells)} ô sau cột ${columnName(cut.afterColumn)} không được đọc (mỗi sheet đọc tối đa ${cut.afterColumn} cột).`,
      ),
    );
  grid.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== "string" || v.length <= EXCEL_CELL_CHARS) return;
      out.push(
        problem(
          "CELL_TOO_LONG",
          { ...at, row: r + 1, column: columnName(c + 1) },
          `${v.slice(0, 60)}…`,
          `ô dài ${formatViNumber(v.length)} ký tự, Excel giữ tối đa ${formatViNumber(EXCEL_CELL_CHARS)}: sổ tổng hợp và báo cáo chỉ ghi phần đầu, kèm ghi chú đã cắt.`,
        ),
      );
    }),
  );
  return out;
}
