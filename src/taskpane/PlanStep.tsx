import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, Text, Textarea } from "@fluentui/react-components";
import * as React from "react";
import { parsePlanText } from "../core/plan/parser";
import { planDeadlines } from "../core/sheets/planSheets";
import { FilePicker, JobButton, NumberField } from "./controls";
import { baselineSet, builtinKept, builtinRequested, invalidBaselines, Outcome, planChosen, planTextEdited } from "./paneState";
import { ShownError } from "./shown";
import { useStyles } from "./styles";
import { Pane } from "./usePane";

/** Step 1: which plan, its baselines, and Kế hoạch and Thời hạn written into the workbook. */
export function PlanStep({ pane }: { pane: Pane }): React.JSX.Element {
  const { state, dispatch, t, workbook, perform } = pane;
  const styles = useStyles();
  const plan = state.plan;

  const readPlan = (source: () => Promise<string>) =>
    perform("readPlan", async () => {
      const r = parsePlanText(await source());
      if (!r.ok) {
        const error = r.error;
        throw new ShownError((w) => w.planUnreadable(error));
      }
      dispatch(planChosen(r.plan, r.notes));
      return {
        intent: r.notes.length > 0 ? "warning" : "success",
        say: (w) => w.planRead(r.plan.identity.number, r.plan.items.length, r.notes.length),
      };
    });

  const writePlan = () =>
    perform("writePlan", async (): Promise<Outcome> => {
      const invalid = invalidBaselines(state);
      if (invalid.length > 0) return { intent: "warning", say: (w) => w.baselinesInvalid(invalid.join(", ")) };
      await workbook.writePlan(plan);
      const deadlines = planDeadlines(plan).length;
      return { intent: "success", say: (w) => w.planWritten(plan.items.length, deadlines), wrotePlan: true };
    });

  const typed = Object.entries(state.baselines)
    .filter(([, v]) => v.trim() !== "")
    .map(([code, v]) => `${code}: ${v}`)
    .join("; ");

  return (
    <div className={styles.panel}>
      <section className={styles.section} aria-labelledby="plan-in-use">
        <h2 id="plan-in-use" className={styles.sectionTitle}>
          {t.planInUse}
        </h2>
        <Text weight="semibold" data-testid="plan-title">
          {t.planOf(plan.identity.number, plan.items.length)}
        </Text>
        {state.planNotes.map((n, i) => (
          <Text key={i} size={200} className={styles.wrapText}>
            {t.noteLevel(n.level)}: {n.message}
          </Text>
        ))}
        <div>
          <Button onClick={() => dispatch(builtinRequested())}>{t.builtin}</Button>
        </div>
        {state.askBuiltin && (
          <MessageBar intent="warning" layout="multiline" data-testid="ask-builtin">
            <MessageBarBody>{t.builtinQuestion(typed)}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => dispatch(builtinRequested())}>{t.builtinConfirm}</Button>
              <Button appearance="primary" onClick={() => dispatch(builtinKept())}>
                {t.builtinKeep}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <FilePicker
          label={t.loadTxt}
          button={t.chooseFile}
          accept=".txt,text/plain"
          multiple={false}
          testId="plan-file"
          onFiles={(files) => files[0] && void readPlan(() => files[0].text())}
        />
        <Field label={t.pasteHere}>
          <Textarea value={state.planText} onChange={(_, d) => dispatch(planTextEdited(d.value))} resize="vertical" />
        </Field>
        <div>
          <JobButton
            pane={pane}
            job="readPlan"
            blocked={state.planText.trim() === ""}
            onClick={() => void readPlan(async () => state.planText)}
          >
            {t.readPasted}
          </JobButton>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="plan-items">
        <h2 id="plan-items" className={styles.sectionTitle}>
          {t.planItems}
        </h2>
        <ul className={styles.items} data-testid="plan-items">
          {plan.items.map((i) => (
            <li key={i.code} className={styles.item}>
              <span className={styles.code}>{i.code}</span>
              <div className={styles.section}>
                <Text size={200}>{i.title}</Text>
                <Text size={200} className={styles.muted}>
                  {t.target(i.target)} · {i.lead.join("; ") || t.noLead} · {i.deadline.text}
                </Text>
                {i.target.kind === "baseline" && (
                  <NumberField
                    label={`${i.code} ${t.baseline(i.target.year)}`}
                    value={state.baselines[i.code] ?? ""}
                    onChange={(text) => dispatch(baselineSet(i.code, text))}
                    t={t}
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>

      {state.planChanged && (
        <MessageBar intent="warning" layout="multiline" data-testid="plan-changed">
          <MessageBarBody>{t.planChanged}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.section}>
        <JobButton pane={pane} job="writePlan" appearance="primary" onClick={() => void writePlan()}>
          {t.writePlan}
        </JobButton>
      </div>
    </div>
  );
}
