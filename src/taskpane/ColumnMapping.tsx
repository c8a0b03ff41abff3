import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, Select, Text } from "@fluentui/react-components";
import * as React from "react";
import { Field as ColumnField } from "../core/import/columns";
import { SheetReport, sheetKey } from "../core/import/consolidate";
import { columnName } from "../core/import/grid";
import { TableReport } from "../core/import/extract";
import { TableLayout } from "../core/import/header";
import { columnHeadings, correctColumn, correctionKey, fieldsOf, isCorrected } from "./corrections";
import { columnCorrected, sheetRestored } from "./paneState";
import { useStyles } from "./styles";
import { Pane } from "./usePane";

interface Found {
  /** "file›sheet", and "#2" … for a sheet's second and later tables. */
  id: string;
  file: string;
  sheet: string;
  layout: TableLayout;
  report: TableReport;
  rows: number;
  corrected: boolean;
}

/**
 * What was found on each sheet, one collapsed line per table; opened, every field can be given
 * any column of the table (or none), and "Khôi phục" goes back to what was detected.
 */
export function ColumnMapping({ pane, sheets }: { pane: Pane; sheets: readonly SheetReport[] }): React.JSX.Element | null {
  const { state, t } = pane;
  const styles = useStyles();
  const found: Found[] = sheets.flatMap((r) =>
    r.tables.map(({ layout, report }, i) => ({
      id: i === 0 ? sheetKey(r.file, r.sheet) : `${sheetKey(r.file, r.sheet)}#${i + 1}`,
      file: r.file,
      sheet: r.sheet,
      layout,
      report,
      rows: report.rows,
      corrected: isCorrected(state.corrections, layout, r.file, r.sheet, r.tables.length === 1),
    })),
  );
  if (found.length === 0) return null;
  const sharing = new Map<string, number>();
  for (const f of found) sharing.set(f.layout.signature, (sharing.get(f.layout.signature) ?? 0) + 1);
  return (
    <section className={styles.section} data-testid="mappings" aria-labelledby="mapping-title">
      <h2 id="mapping-title" className={styles.sectionTitle}>
        {t.mapping}
      </h2>
      <Accordion multiple collapsible>
        {found.map((f) => (
          <AccordionItem key={f.id} value={f.id} data-sheet={f.id}>
            <AccordionHeader size="small" button={{ className: styles.mappingHeader }}>
              {f.file} › {f.sheet}: {t.sheetLine(f.layout.kind, f.rows, f.layout.headerTop, f.layout.headerBottom)}
              {f.corrected ? ` (${t.corrected})` : ""}
            </AccordionHeader>
            <AccordionPanel>
              <TableFields pane={pane} found={f} sameHeader={sharing.get(f.layout.signature) ?? 1} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}

function TableFields({ pane, found, sameHeader }: { pane: Pane; found: Found; sameHeader: number }): React.JSX.Element {
  const { dispatch, t } = pane;
  const { layout } = found;
  const styles = useStyles();
  const [refused, setRefused] = React.useState<ColumnField | null>(null);
  const headings = columnHeadings(layout);
  const key = correctionKey(layout);
  const choose = (field: ColumnField, value: string) => {
    const column = value === "" ? null : Number(value);
    const c = correctColumn(layout, field, column);
    setRefused(c.ok ? null : field);
    if (c.ok) dispatch(columnCorrected(key, layout, field, column));
  };
  const { sections, unpivoted, skipped } = found.report;
  const rowList = (xs: ReadonlyArray<{ row: number; text: string }>) => xs.map((x) => `${x.row} (${x.text})`).join("; ");
  return (
    <div className={styles.mappingFields}>
      {sections.length > 0 && (
        <Text size={200} data-testid="sections-found">
          {t.sectionsFound(rowList(sections.map((s) => ({ row: s.row, text: s.code ? `${s.code}: ${s.label}` : s.label }))))}
        </Text>
      )}
      {unpivoted && (
        <Text size={200} data-testid="unpivoted-found">
          {t.unpivotedFound(unpivoted.periods.join(", "), unpivoted.readings)}
        </Text>
      )}
      {skipped.length > 0 && (
        <Text size={200} className={styles.muted}>
          {t.skippedFound(rowList(skipped.map((s) => ({ row: s.row, text: t.skipReason[s.why] }))))}
        </Text>
      )}
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
            {headings.map((h, i) => (
              <option key={i} value={String(i + 1)}>
                {columnName(i + 1)}
                {h ? `: ${h}` : ""}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      {found.corrected && (
        <div>
          <Button size="small" onClick={() => dispatch(sheetRestored(key, sheetKey(found.file, found.sheet)))}>
            {t.restore}
          </Button>
        </div>
      )}
    </div>
  );
}
