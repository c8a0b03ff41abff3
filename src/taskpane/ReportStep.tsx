import { Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Text, Textarea } from "@fluentui/react-components";
import * as React from "react";
import { reportFromMaster } from "../core/report/fromMaster";
import { defaultRecipients } from "../core/report/model";
import { reportingPeriod } from "../core/report/period";
import { choosePeriod, periodOptions } from "../core/report/periodOptions";
import { JobButton } from "./controls";
import { download, toBase64, xlsxBytes } from "./files";
import { Outcome, periodChosen, reportSettingsChanged } from "./paneState";
import { useStyles } from "./styles";
import { Pane } from "./usePane";

/**
 * Step 4: Tổng hợp from the tables as they stand, and the report of the period chosen. The
 * list of periods comes from the plan's years and the as-of date, and the period shown
 * selected is the one exported and named on the button.
 */
export function ReportStep({ pane }: { pane: Pane }): React.JSX.Element {
  const { state, dispatch, t, workbook, perform } = pane;
  const styles = useStyles();
  const options = React.useMemo(() => periodOptions(state.plan.identity, state.asOf), [state.plan, state.asOf]);
  const period = choosePeriod(options, state.period, state.asOf);
  const recipients = state.report.recipients ?? defaultRecipients(state.plan).join("\n");

  const summary = () =>
    perform("summary", async (): Promise<Outcome> => {
      const master = await workbook.readMaster(state.plan, state.asOf);
      if (master.missing.length > 0) return { intent: "warning", say: (w) => w.masterMissing(master.missing.join(", ")) };
      if (master.tasks.length + master.readings.length === 0) return { intent: "warning", say: (w) => w.masterEmpty };
      const { headline } = await workbook.writeSummary(master, state.asOf);
      return { intent: "success", say: (w) => w.summaryDone(headline.itemsMet, headline.items, headline.overdue) };
    });

  const exportReport = () =>
    perform("export", async (): Promise<Outcome | null> => {
      if (!period) return null;
      const report = reportFromMaster(
        await workbook.readMasterGrids(),
        state.plan,
        reportingPeriod(period.year, period.quarter, state.report.calendar ? "calendar" : "state"),
        {
          parentBody: state.report.parentBody.trim(),
          recipients: recipients
            .split("\n")
            .map((r) => r.trim())
            .filter((r) => r !== ""),
          reportDate: null,
        },
      );
      if (!report.ok) return { intent: "warning", say: (w) => w.masterMissing(report.missing.join(", ")) };
      const c = report.model.compliance;
      if (c.headline.tasks === 0 && c.items.every((i) => i.actual === null)) return { intent: "warning", say: (w) => w.masterEmpty };
      const bytes = await xlsxBytes(report.specs);
      const name = `bao-cao-${period.key}.xlsx`;
      download(bytes, name);
      const opened = workbook.openWorkbook !== null;
      if (workbook.openWorkbook) await workbook.openWorkbook(toBase64(bytes));
      return { intent: "success", say: (w) => w.reportReady(name, opened) };
    });

  return (
    <div className={styles.panel}>
      <Text size={200} className={styles.muted}>
        {t.asOfNote(state.asOf)}
      </Text>
      {state.planChanged && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.planChanged}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.section}>
        <div>
          <JobButton pane={pane} job="summary" appearance="primary" onClick={() => void summary()}>
            {t.buildSummary}
          </JobButton>
        </div>
      </div>
      <Field label={t.period} className={styles.shrink}>
        <Select
          className={styles.shrink}
          value={period?.key ?? ""}
          onChange={(_, d) => dispatch(periodChosen(d.value))}
          data-testid="period"
        >
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {t.periodLabel(o)}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        checked={state.report.calendar}
        onChange={(_, d) => dispatch(reportSettingsChanged({ calendar: d.checked === true }))}
        label={t.calendar}
      />
      <Field label={t.parent} className={styles.shrink}>
        <Input
          className={styles.shrink}
          value={state.report.parentBody}
          onChange={(_, d) => dispatch(reportSettingsChanged({ parentBody: d.value }))}
          placeholder={t.parentPlaceholder}
        />
      </Field>
      <Field label={t.recipients} className={styles.shrink}>
        <Textarea
          className={styles.shrink}
          value={recipients}
          onChange={(_, d) => dispatch(reportSettingsChanged({ recipients: d.value }))}
          resize="vertical"
          rows={4}
        />
      </Field>
      <div className={styles.section}>
        <div>
          <JobButton pane={pane} job="export" blocked={period === null} onClick={() => void exportReport()}>
            {period ? t.exportReport(period) : t.period}
          </JobButton>
        </div>
      </div>
    </div>
  );
}
