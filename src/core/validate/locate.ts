import { Field } from "../import/columns";
import { columnName } from "../import/grid";
import { Source } from "../import/records";
import { ProblemPlace } from "./problems";

/** The source cell a field of a record was read from, for a problem's Sheet/Dòng/Cột. */
export function cellOf(source: Source, field: Field): ProblemPlace {
  // Several tasks on one row (a board's cards): a line about one names its content's cell, so each is told apart.
  const col = source.columns[field] ?? (source.sharedRow ? source.columns.content : undefined);
  return { file: source.file, sheet: source.sheet, row: source.row, column: col === undefined ? null : columnName(col) };
}
