import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, Select, Text } from "@fluentui/react-components";
import * as React from "react";
import { Field as ColumnField } from "../core/import/columns";
import { SheetReport, sheetKey } from "../core/import/consolidate";
import { Grid, columnName } from "../core/import/grid";
import { TableLayout } from "../core/import/header";
import { SheetLayouts, columnHeadings, correctColumn, fieldsOf } from "./corrections";
import { columnCorrected, sheetRestored } from "./paneState";
import { useStyles } from "./styles";
import { Pane } from "./usePane";

/**
 * What was found on each sheet, one collapsed line each; opened, every field can be given any
 * column of the sheet (or none), and "Khôi phục" goes back to what was detected.
 */
export function ColumnMapping({
  pane,
  sheets,
  layouts,
}: {
  pane: Pane;
  sheets: readonly SheetReport[];
  layouts: SheetLayouts;
}): React.JSX.Element | null {
  const { state, t } = pane;
  const styles = useStyles();
  const grids = React.useMemo(() => {
    const m = new Map<string, Grid>();
    for (const f of state.files) if (f.read?.ok) for (const g of f.read.grids) m.set(sheetKey(g.file, g.sheet), g);
    return m;
  }, [state.files]);
  const tables = sheets.filter((r): r is SheetReport & { layout: TableLayout } => r.layout !== null);
  if (tables.length === 0) return null;
  const sharing = new Map<string, number>();
  for (const s of layouts.signatures.values()) sharing.set(s, (sharing.get(s) ?? 0) + 1);
  return (
    <section className={styles.section} data-testid="mappings" aria-labelledby="mapping-title">
      <h2 id="mapping-title" className={styles.sectionTitle}>
        {t.mapping}
      </h2>
      <Accordion multiple collapsible>
        {tables.map((r) => {
          const key = sheetKey(r.file, r.sheet);
          const grid = grids.get(key);
          const signature = layouts.signatures.get(key) ?? key;
          return (
            <AccordionItem key={key} value={key} data-sheet={key}>
              <AccordionHeader size="small" button={{ className: styles.mappingHeader }}>
                {r.file} › {r.sheet}: {t.sheetLine(r.layout.kind, r.rows, r.layout.headerTop, r.layout.headerBottom)}
                {layouts.corrected.has(key) ? ` (${t.corrected})` : ""}
              </AccordionHeader>
              <AccordionPanel>
                <SheetFields
                  pane={pane}
                  layout={r.layout}
                  headings={grid ? columnHeadings(grid, r.layout) : []}
                  signature={signature}
                  sheetKey={key}
                  corrected={layouts.corrected.has(key)}
                  sameHeader={sharing.get(signature) ?? 1}
                />
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}

function SheetFields(props: {
  pane: Pane;
  layout: TableLayout;
  headings: string[];
  signature: string;
  sheetKey: string;
  corrected: boolean;
  sameHeader: number;
}): React.JSX.Element {
  const { pane, layout, headings, signature, corrected, sameHeader } = props;
  const { dispatch, t } = pane;
  const styles = useStyles();
  const [refused, setRefused] = React.useState<ColumnField | null>(null);
  const width = Math.max(headings.length, ...Object.values(layout.columns).map((c) => c ?? 0));
  const choose = (field: ColumnField, value: string) => {
    const column = value === "" ? null : Number(value);
    const c = correctColumn(layout, field, column);
    setRefused(c.ok ? null : field);
    if (c.ok) dispatch(columnCorrected(signature, layout, field, column));
  };
  return (
    <div className={styles.mappingFields}>
      {sameHeader > 1 && (
        <Text size={200} className={styles.muted}>
          {t.sameHeader(sameHeader)}
        </Text>
      )}
      {fieldsOf(layout.kind).map((field) => (
        <Field
          key={field}
          label={t.fields[field]}
          orientation="horizontal"
          size="small"
          className={styles.shrink}
          validationState={refused === field ? "error" : "none"}
          validationMessage={refused === field ? t.contentRequired : undefined}
        >
          <Select
            size="small"
            className={styles.shrink}
            value={String(layout.columns[field] ?? "")}
            data-field={field}
            onChange={(_, d) => choose(field, d.value)}
          >
            <option value="">{t.notUsed}</option>
            {Array.from({ length: width }, (_, i) => (
              <option key={i} value={String(i + 1)}>
                {columnName(i + 1)}
                {headings[i] ? `: ${headings[i]}` : ""}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      {corrected && (
        <div>
          <Button size="small" onClick={() => dispatch(sheetRestored(signature, props.sheetKey))}>
            {t.restore}
          </Button>
        </div>
      )}
    </div>
  );
}
