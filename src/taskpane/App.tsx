import { MessageBar, MessageBarBody, Spinner, Tab, TabList, Title3 } from "@fluentui/react-components";
import * as React from "react";
import { IsoDate } from "../core/dates/isoDate";
import { consolidate, sheetKey } from "../core/import/consolidate";
import { TableLayout } from "../core/import/header";
import { BUILTIN_PLAN } from "../core/plan/builtin";
import { explainExcelError } from "../excel/errors";
import { loadWorkbookSetting } from "../excel/settings";
import { Host } from "./host";
import { words } from "./i18n";
import { ImportStep } from "./ImportStep";
import { PlanStep } from "./PlanStep";
import { ProblemsStep } from "./ProblemsStep";
import { ReportStep } from "./ReportStep";
import { ShownError } from "./shown";
import { LAYOUTS_SETTING, PaneState, Run } from "./paneState";

export function App({ host, today }: { host: Host; today: IsoDate }): React.JSX.Element {
  const t = words(host.language);
  const [step, setStep] = React.useState("plan");
  const [state, setState] = React.useState<PaneState>({ plan: BUILTIN_PLAN, planNotes: [], asOf: today, files: [], layouts: {} });
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<{ intent: "success" | "error"; text: string } | null>(null);

  React.useEffect(() => {
    loadWorkbookSetting<Record<string, TableLayout>>(host.run, LAYOUTS_SETTING)
      .then((layouts) => layouts && setState((s) => ({ ...s, layouts })))
      .catch(() => undefined);
  }, [host]);

  const consolidation = React.useMemo(() => {
    const reads = state.files.flatMap((f) => (f.read ? [f.read] : []));
    return reads.length === 0 ? null : consolidate(reads, state.plan, state.asOf, { layouts: new Map(Object.entries(state.layouts)) });
  }, [state.files, state.plan, state.asOf, state.layouts]);

  // Every side effect goes through here: a spinner while it runs, one plain message after.
  const run: Run = async (_label, action) => {
    setBusy(true);
    setMessage(null);
    try {
      const done = await action();
      if (done) setMessage({ intent: "success", text: done });
    } catch (e) {
      setMessage({ intent: "error", text: e instanceof ShownError ? e.message : explainExcelError(e, host.language) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ padding: 12, display: "flex", flexDirection: "column", gap: 12 }}>
      <Title3>{t.title}</Title3>
      <TabList selectedValue={step} onTabSelect={(_, d) => setStep(String(d.value))}>
        {["plan", "import", "check", "report"].map((v, i) => (
          <Tab key={v} value={v} data-step={v}>
            {t.steps[i]}
          </Tab>
        ))}
      </TabList>
      {busy && <Spinner size="tiny" label={t.working} />}
      {message && (
        <MessageBar intent={message.intent} data-testid="message">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {step === "plan" && <PlanStep host={host} t={t} state={state} setState={setState} run={run} />}
      {step === "import" && (
        <ImportStep host={host} t={t} state={state} setState={setState} run={run} consolidation={consolidation} sheetKey={sheetKey} />
      )}
      {step === "check" && <ProblemsStep host={host} t={t} consolidation={consolidation} />}
      {step === "report" && <ReportStep host={host} t={t} state={state} run={run} />}
    </div>
  );
}
