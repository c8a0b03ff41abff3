import { Link, Select, Tab, TabList, Title3 } from "@fluentui/react-components";
import * as React from "react";
import { IsoDate } from "../core/dates/isoDate";
import { FileRead, consolidate } from "../core/import/consolidate";
import { OutcomeBar } from "./controls";
import { layoutOverrides } from "./corrections";
import { Lang } from "./i18n";
import { ImportStep } from "./ImportStep";
import { STEPS, StepId, languageChosen, stepChosen } from "./paneState";
import { PlanStep } from "./PlanStep";
import { ProblemsStep } from "./ProblemsStep";
import { ReportStep } from "./ReportStep";
import { usePageStyles, useStyles } from "./styles";
import { usePane } from "./usePane";
import { PaneWorkbook } from "./workbook";

/**
 * The task pane: four steps, all kept mounted (switching tabs loses nothing typed), over one
 * state. It reaches the workbook only through `workbook`.
 */
export function App({ workbook, language, today }: { workbook: PaneWorkbook; language: Lang; today: IsoDate }): React.JSX.Element {
  const pane = usePane(workbook, language, today);
  const { state, dispatch, t } = pane;
  usePageStyles();
  const styles = useStyles();

  const reads = React.useMemo(() => state.files.flatMap((f): FileRead[] => (f.status === "done" && f.read ? [f.read] : [])), [state.files]);
  const overrides = React.useMemo(() => layoutOverrides(state.corrections), [state.corrections]);
  const consolidation = React.useMemo(
    () => (reads.length === 0 ? null : consolidate(reads, state.plan, state.asOf, { layouts: overrides })),
    [reads, state.plan, state.asOf, overrides],
  );

  const panel = (step: StepId, content: React.ReactNode) => (
    <div role="tabpanel" id={`panel-${step}`} aria-labelledby={`tab-${step}`} hidden={state.step !== step} data-panel={step}>
      {content}
    </div>
  );

  return (
    <main className={styles.main} lang={state.language}>
      <div className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {t.title}
        </Title3>
        <div className={styles.headerTools}>
          <Link href="help.html" target="_blank" rel="noopener">
            {t.help}
          </Link>
          <Select
            size="small"
            aria-label={t.language}
            value={state.language}
            onChange={(_, d) => dispatch(languageChosen(d.value === "en" ? "en" : "vi"))}
            data-testid="language"
          >
            <option value="vi" lang="vi">
              Tiếng Việt
            </option>
            <option value="en" lang="en">
              English
            </option>
          </Select>
        </div>
      </div>
      <TabList
        size="small"
        className={styles.tabs}
        selectedValue={state.step}
        onTabSelect={(_, d) => dispatch(stepChosen(d.value as StepId))}
        aria-label={t.stepsLabel}
      >
        {STEPS.map((v, i) => (
          <Tab key={v} value={v} id={`tab-${v}`} aria-controls={`panel-${v}`} data-step={v}>
            {t.steps[i]}
          </Tab>
        ))}
      </TabList>
      <OutcomeBar job="settings" outcome={state.outcomes.settings} t={t} />
      {panel("plan", <PlanStep pane={pane} />)}
      {panel("import", <ImportStep pane={pane} reads={reads} consolidation={consolidation} />)}
      {panel("check", <ProblemsStep pane={pane} consolidation={consolidation} />)}
      {panel("report", <ReportStep pane={pane} />)}
    </main>
  );
}
