import { ColumnOf, MASTER, MasterColumn, MasterSheetKey, TableDef, columnOrder } from "../contract";
import { CellValue, ColumnSpec, ValidationSpec } from "./spec";

/** How a column looks and what it accepts; its header comes from the contract. */
export type ColumnLook = Omit<ColumnSpec, "header">;

/**
 * A contract table's ColumnSpecs in the contract's order. Every column must be given a look and
 * no other name is accepted, so the sheet cannot drift from the contract.
 */
export function contractColumns<D extends TableDef>(def: D, look: { readonly [C in ColumnOf<D>]: ColumnLook }): ColumnSpec[] {
  return columnOrder(def).map((header) => ({ header, ...look[header] }));
}

/** Turns a row given by column name into the cells of a contract table, in order. */
export function contractRow<D extends TableDef>(def: D): (values: { readonly [C in ColumnOf<D>]: CellValue }) => CellValue[] {
  const order = columnOrder(def);
  return (values) => order.map((c) => values[c]);
}

/**
 * contractRow for many rows of one kind: a cell function per column, applied in the contract's
 * order to each record, with no row object made on the way (Nhiệm vụ has 200,000 rows).
 */
export function contractCells<D extends TableDef, T>(
  def: D,
  cells: { readonly [C in ColumnOf<D>]: (x: T) => CellValue },
): (x: T) => CellValue[] {
  const order = columnOrder(def).map((c) => cells[c]);
  return (x) => {
    const row: CellValue[] = new Array(order.length);
    for (let i = 0; i < order.length; i++) row[i] = order[i](x);
    return row;
  };
}

/** The sheet and table names of a master sheet, for a spec. */
export function namesOf(key: MasterSheetKey): { sheet: string; table: string } {
  return { sheet: MASTER[key].sheet, table: MASTER[key].table };
}

/** A drop-down fed by a column of another master sheet (Mã tiêu chí from Kế hoạch's Mã). */
export function listFrom<K extends MasterSheetKey>(key: K, column: MasterColumn<K>, strict = true): ValidationSpec {
  return strict
    ? { kind: "listFromColumn", sheet: MASTER[key].sheet, column }
    : { kind: "listFromColumn", sheet: MASTER[key].sheet, column, strict };
}
