import { Button, Field, Input, ProgressBar, Select, Text } from "@fluentui/react-components";
import * as React from "react";
import { parseIsoDate } from "../core/dates/isoDate";
import { Field as ColumnField } from "../core/import/columns";
import { Consolidation } from "../core/import/consolidate";
import { columnName } from "../core/import/grid";
import { TableLayout } from "../core/import/header";
import { THIS_WORKBOOK, writeMaster } from "../excel/operations";
import { readActiveSheet } from "../excel/readSheets";
import { saveWorkbookSetting } from "../excel/settings";
import { FileState, LAYOUTS_SETTING, StepProps } from "./paneState";
import { readWorkbookFile } from "./files";
import { ShownError } from "./shown";

interface Props extends StepProps {
  consolidation: Consolidation | null;
  sheetKey: (file: string, sheet: string) => string;
}

const ACTIVE = "Sheet đang mở";

function updateFile(setState: Props["setState"], file: FileState): void {
  setState((s) => ({ ...s, files: [...s.files.filter((f) => f.name !== file.name), file] }));
}

export function ImportStep({ host, t, state, setState, run, consolidation, sheetKey }: Props): React.JSX.Element {
  const pick = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      updateFile(setState, { name: file.name, status: "reading", read: null });
      const read = await readWorkbookFile(file);
      updateFile(setState, { name: file.name, status: read.ok ? "read" : "failed", read });
    }
  };
  const structureActive = () =>
    run("active", async () => {
      const grid = await readActiveSheet(host.run, ACTIVE, host.canReadMerges);
      if (!grid) throw new ShownError(t.nothingYet);
      updateFile(setState, { name: ACTIVE, status: "read", read: { file: ACTIVE, ok: true, grids: [grid] } });
    });
  const correct = (key: string, layout: TableLayout, field: ColumnField, col: number | null) => {
    const columns = { ...layout.columns };
    const was = columns[field];
    if (col === null) delete columns[field];
    else columns[field] = col;
    // A column taken off its field is one the official does not want read at all.
    const ignored = col === null && was !== undefined ? [...(layout.ignored ?? []), was] : (layout.ignored ?? []).filter((c) => c !== col);
    setState((s) => ({ ...s, layouts: { ...s.layouts, [key]: { ...layout, columns, ignored } } }));
  };
  const write = () =>
    run("write", async () => {
      if (!consolidation) throw new ShownError(t.nothingYet);
      await writeMaster(host.run, consolidation);
      await saveWorkbookSetting(host.run, LAYOUTS_SETTING, state.layouts);
      return t.masterWritten(consolidation.tasks.length, consolidation.readings.length, consolidation.problems.length);
    });

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Field label={t.asOf}>
        <Input
          type="date"
          value={state.asOf}
          onChange={(_, d) => parseIsoDate(d.value) && setState((s) => ({ ...s, asOf: parseIsoDate(d.value) ?? s.asOf }))}
        />
      </Field>
      <Button onClick={structureActive}>{t.structureActive}</Button>
      <Field label={t.pickFiles}>
        <input type="file" multiple accept=".xlsx,.xlsm" data-testid="workbook-files" onChange={(e) => void pick(e.target.files)} />
      </Field>
      {state.files.map((f) => (
        <Field
          key={f.name}
          label={f.name}
          validationState={f.status === "failed" ? "error" : "none"}
          validationMessage={f.status === "failed" && f.read && !f.read.ok ? f.read.bad.message : undefined}
        >
          <ProgressBar value={f.status === "reading" ? undefined : 1} data-testid={`progress-${f.status}`} />
          <Text size={200}>{f.status === "reading" ? t.reading : f.status === "read" ? t.read : t.failed}</Text>
        </Field>
      ))}
      {consolidation && (
        <div data-testid="mappings">
          <Text weight="semibold">{t.mapping}</Text>
          {consolidation.sheets
            .filter((r) => r.layout)
            .map((r) => {
              const layout = r.layout as TableLayout;
              const key = sheetKey(r.file, r.sheet);
              const grid = state.files.find((f) => f.name === r.file)?.read;
              const header = grid && grid.ok ? (grid.grids.find((g) => g.sheet === r.sheet)?.rows[layout.headerBottom - 1] ?? []) : [];
              const width = Math.max(header.length, ...Object.values(layout.columns).map((c) => c ?? 0));
              return (
                <div key={key} style={{ borderTop: "1px solid #ddd", paddingTop: 4 }} data-sheet={key}>
                  <Text size={200}>
                    {r.file} › {r.sheet}: {r.kind === "tasks" ? "nhiệm vụ" : "số liệu"}, {r.rows} dòng (tiêu đề dòng {layout.headerTop}
                    {layout.headerBottom > layout.headerTop ? `–${layout.headerBottom}` : ""})
                  </Text>
                  {(Object.entries(layout.columns) as Array<[ColumnField, number]>).map(([field, col]) => (
                    <Field key={field} label={t.fields[field] ?? field} orientation="horizontal" size="small">
                      <Select
                        size="small"
                        value={String(col)}
                        data-field={field}
                        onChange={(_, d) => correct(key, layout, field, d.value === "" ? null : Number(d.value))}
                      >
                        <option value="">{t.notUsed}</option>
                        {Array.from({ length: width }, (_, i) => (
                          <option key={i} value={String(i + 1)}>
                            {columnName(i + 1)}: {layout.headings[i + 1] ?? String(header[i] ?? "")}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  ))}
                </div>
              );
            })}
        </div>
      )}
      <Button appearance="primary" disabled={!consolidation} onClick={write}>
        {t.writeMaster}
      </Button>
      <Text size={200}>{THIS_WORKBOOK}</Text>
    </div>
  );
}
