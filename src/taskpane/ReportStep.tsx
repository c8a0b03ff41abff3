import { Button, Checkbox, Field, Input, Select, Text, Textarea } from "@fluentui/react-components";
import * as React from "react";
import { reportFromMaster } from "../core/report/fromMaster";
import { defaultRecipients } from "../core/report/model";
import { quarterLabel, reportingPeriod } from "../core/report/period";
import { buildSummaryInWorkbook, readMasterGrids } from "../excel/operations";
import { PaneState, Run } from "./paneState";
import { download, toBase64, xlsxBytes } from "./files";
import { Host } from "./host";
import { Words } from "./i18n";
import { ShownError } from "./shown";

export function ReportStep({ host, t, state, run }: { host: Host; t: Words; state: PaneState; run: Run }): React.JSX.Element {
  const years = [state.plan.identity.firstYear, state.plan.identity.firstYear + 1, state.plan.identity.firstYear + 2];
  const [quarter, setQuarter] = React.useState(`${state.asOf.slice(0, 4)}-${Math.floor((Number(state.asOf.slice(5, 7)) - 1) / 3) + 1}`);
  const [calendar, setCalendar] = React.useState(false);
  const [parent, setParent] = React.useState("");
  const [recipients, setRecipients] = React.useState(defaultRecipients(state.plan).join("\n"));

  const summary = () =>
    run("summary", async () => {
      const { compliance } = await buildSummaryInWorkbook(host.run, state.plan, state.asOf);
      return t.summaryDone(compliance.headline.itemsMet, compliance.headline.items, compliance.headline.overdue);
    });
  const exportReport = () =>
    run("report", async () => {
      const [y, q] = quarter.split("-").map(Number);
      const period = reportingPeriod(y, q as 1 | 2 | 3 | 4, calendar ? "calendar" : "state");
      const report = reportFromMaster(await readMasterGrids(host.run), state.plan, period, {
        parentBody: parent,
        recipients: recipients
          .split("\n")
          .map((r) => r.trim())
          .filter((r) => r !== ""),
        reportDate: null,
      });
      if (!report.ok) throw new ShownError(t.nothingYet);
      const bytes = await xlsxBytes(report.specs);
      const name = `bao-cao-${y}-Q${q}.xlsx`;
      download(bytes, name);
      if (host.openWorkbook) await host.openWorkbook(toBase64(bytes));
      return t.reportReady(name);
    });

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Button appearance="primary" onClick={summary}>
        {t.buildSummary}
      </Button>
      <Field label={t.quarter}>
        <Select value={quarter} onChange={(_, d) => setQuarter(d.value)} data-testid="quarter">
          {years.flatMap((y) =>
            [1, 2, 3, 4].map((q) => (
              <option key={`${y}-${q}`} value={`${y}-${q}`}>
                {quarterLabel({ year: y, quarter: q as 1 | 2 | 3 | 4 })}
              </option>
            )),
          )}
        </Select>
      </Field>
      <Checkbox checked={calendar} onChange={(_, d) => setCalendar(d.checked === true)} label={t.calendar} />
      <Field label={t.parent}>
        <Input value={parent} onChange={(_, d) => setParent(d.value)} placeholder="UBND HUYỆN …" />
      </Field>
      <Field label={t.recipients}>
        <Textarea value={recipients} onChange={(_, d) => setRecipients(d.value)} />
      </Field>
      <Button onClick={exportReport}>{t.exportReport}</Button>
      <Text size={200}>{state.plan.identity.number}</Text>
    </div>
  );
}
