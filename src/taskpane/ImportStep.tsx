import { Field, Input, Text } from "@fluentui/react-components";
import * as React from "react";
import { parseIsoDate } from "../core/dates/isoDate";
import { Consolidation, FileRead, consolidate } from "../core/import/consolidate";
import { ColumnMapping } from "./ColumnMapping";
import { FilePicker, JobButton } from "./controls";
import { layoutOverrides } from "./corrections";
import { FilesPanel } from "./FilesPanel";
import { ACTIVE, Outcome, asOfChanged, assessmentYear, fileRead, filesQueued, invalidBaselines } from "./paneState";
import { useStyles } from "./styles";
import { Pane } from "./usePane";

interface Props {
  pane: Pane;
  reads: readonly FileRead[];
  consolidation: Consolidation | null;
}

/** Step 2: the as-of date, the officials' workbooks (or the open sheet), their columns, and the master written. */
export function ImportStep({ pane, reads, consolidation }: Props): React.JSX.Element {
  const { state, dispatch, t, workbook, perform, pickFiles } = pane;
  const styles = useStyles();
  const reading = state.files.some((f) => f.status !== "done");

  const structureActive = () =>
    perform("structure", async (): Promise<Outcome> => {
      const grid = await workbook.readActiveSheet(ACTIVE);
      if (!grid) return { intent: "warning", say: (w) => w.activeEmpty };
      const read: FileRead = { file: ACTIVE, ok: true, grids: [grid] };
      const id = `${ACTIVE}#${grid.sheet}#${Date.now()}`;
      dispatch(filesQueued([{ id, name: ACTIVE }]));
      dispatch(fileRead(id, read));
      const c = consolidate([read], state.plan, state.asOf, { layouts: layoutOverrides(state.corrections) });
      return {
        intent: c.tasks.length + c.readings.length > 0 ? "success" : "warning",
        say: (w) => w.structured(grid.sheet, c.tasks.length, c.readings.length),
      };
    });

  const write = () =>
    perform("writeMaster", async (): Promise<Outcome> => {
      if (!consolidation || !reads.some((r) => r.ok)) return { intent: "warning", say: (w) => w.noReadableFile };
      if (consolidation.tasks.length + consolidation.readings.length === 0) return { intent: "warning", say: (w) => w.noRows };
      const invalid = invalidBaselines(state);
      if (invalid.length > 0) return { intent: "warning", say: (w) => w.baselinesInvalid(invalid.join(", ")) };
      const { consolidation: written, kept } = await workbook.writeMaster(consolidation, assessmentYear(state));
      const [tasks, readings, problems] = [written.tasks.length, written.readings.length, written.problems.length];
      if (tasks === 0) return { intent: "warning", say: (w) => w.noTasks(readings), wrotePlan: true };
      return { intent: "success", say: (w) => w.masterWritten(tasks, readings, problems, kept), wrotePlan: true };
    });

  return (
    <div className={styles.panel}>
      <Field label={t.asOf} className={styles.shrink}>
        <Input
          type="date"
          className={styles.shrink}
          value={state.asOf}
          onChange={(_, d) => {
            const date = parseIsoDate(d.value);
            if (date) dispatch(asOfChanged(date));
          }}
        />
      </Field>
      <div className={styles.section}>
        <div>
          <JobButton pane={pane} job="structure" onClick={() => void structureActive()}>
            {t.structureActive}
          </JobButton>
        </div>
      </div>
      <FilePicker
        label={t.pickFiles}
        button={t.chooseFile}
        accept=".xlsx,.xlsm,.ods,.xls,.csv"
        multiple
        testId="workbook-files"
        onFiles={(files) => void pickFiles(files)}
      />
      <FilesPanel pane={pane} sheets={consolidation?.sheets ?? []} />
      {consolidation && <ColumnMapping pane={pane} sheets={consolidation.sheets} />}
      <div className={styles.section}>
        <Text size={200} className={styles.muted}>
          {t.writeMasterHint}
        </Text>
        <div>
          <JobButton pane={pane} job="writeMaster" appearance="primary" blocked={reading} onClick={() => void write()}>
            {t.writeMaster}
          </JobButton>
        </div>
      </div>
    </div>
  );
}
