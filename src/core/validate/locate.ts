import { Field } from "../import/columns";
import { columnName } from "../import/grid";
import { Source } from "../import/records";
import { ProblemPlace } from "./problems";

/** The source cell a field of a record was read from, for a problem's Sheet/Dòng/Cột. */
export function cellOf(source: Source, field: Field): ProblemPlace {
  const col = source.columns[field];
  return { file: source.file, sheet: source.sheet, row: source.row, column: col === undefined ? null : columnName(col) };
}
