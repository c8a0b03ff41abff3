import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Text, Textarea } from "@fluentui/react-components";
import * as React from "react";
import { IsoDate, parseIsoDate } from "../core/dates/isoDate";
import { PlanNote, parsePlanDocument } from "../core/plan/parser";
import { PlanDocument } from "../core/plan/planDocument";
import { planDeadlines } from "../core/sheets/planSheets";
import { FilePicker, JobButton, NumberField, OutcomeBar } from "./controls";
import { readPlanFileBytes } from "./files";
import { Words } from "./i18n";
import {
  JobId,
  Outcome,
  PlanSource,
  assessmentYear,
  baselineSet,
  builtinKept,
  builtinRequested,
  invalidBaselines,
  planChosen,
  planDateEdited,
  planPending,
  planTextEdited,
  takesBaseline,
} from "./paneState";
import { ShownError } from "./shown";
import { useStyles } from "./styles";
import { Pane } from "./usePane";

/** Accepted by the plan's file picker: text, Word, PDF and workbook files. */
const PLAN_FILES = [
  ".txt",
  ".docx",
  ".pdf",
  ".xlsx",
  "text/plain",
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
].join(",");

/** The parser's notes, each with its level and, where the line means something to the user (a text), its line. */
function PlanNotes({ notes, source, t }: { notes: readonly PlanNote[]; source: PlanSource; t: Words }): React.JSX.Element | null {
  const styles = useStyles();
  if (notes.length === 0) return null;
  return (
    <ul className={styles.notes} data-testid="plan-notes">
      {notes.map((n, i) => (
        <li key={i} className={styles.wrapText} data-line={source.lineNumbers && n.line !== undefined ? n.line : undefined}>
          <Text size={200}>
            {source.lineNumbers && n.line !== undefined ? t.noteAt(n.level, n.line) : t.noteLevel(n.level)}: {n.message}
          </Text>
        </li>
      ))}
    </ul>
  );
}

/** A plan read without any date: the question, the parser's notes, the date's field and the button that reads it again. */
function PlanDate({ pane, notes, onRead }: { pane: Pane; notes: React.ReactNode; onRead: () => void }): React.JSX.Element {
  const { state, dispatch, t } = pane;
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  // Brought into view when it appears, as an outcome is.
  React.useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "nearest" });
  }, []);
  return (
    <div ref={ref} className={styles.section} data-testid="plan-date">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t.planNeedsDate(state.pendingPlan?.source.name ?? null)}</MessageBarBody>
      </MessageBar>
      {notes}
      <Field label={t.planDate} className={styles.shrink}>
        <Input type="date" className={styles.shrink} value={state.planDate} onChange={(_, d) => dispatch(planDateEdited(d.value))} />
      </Field>
      <div>
        <JobButton pane={pane} job="planDate" appearance="primary" outcomeElsewhere onClick={onRead}>
          {t.readWithDate}
        </JobButton>
      </div>
    </div>
  );
}

/** Step 1: which plan, its baselines, and Kế hoạch and Thời hạn written into the workbook. */
export function PlanStep({ pane }: { pane: Pane }): React.JSX.Element {
  const { state, dispatch, t, workbook, perform } = pane;
  const styles = useStyles();
  const plan = state.plan;
  const pending = state.pendingPlan;
  // The date's field, and what reading with it said, go below what was read: the file's button or the pasted text.
  const dateFrom = (pending?.source ?? state.planSource).name === null ? "text" : "file";

  /**
   * The document read parsed into the plan in use; a text without any date is kept, and the
   * pane asks for the plan's date (never the machine's year) before parsing it again.
   */
  const parse = (doc: PlanDocument, source: PlanSource, issued?: IsoDate): Outcome | null => {
    const r = parsePlanDocument(doc, issued ? { issued } : {});
    if (!r.ok && r.missing === "issued") {
      // The question and the date's field take the outcome's place, right below what was read.
      dispatch(planPending({ source, doc, notes: r.notes }));
      return null;
    }
    if (!r.ok) {
      const error = r.error;
      throw new ShownError((w) => w.planUnreadable(error));
    }
    dispatch(planChosen(r.plan, r.notes, source));
    return {
      intent: r.notes.length > 0 ? "warning" : "success",
      say: (w) => w.planRead(r.plan.identity.number, r.plan.items.length, r.notes.length),
    };
  };

  const readFile = (file: File) =>
    perform("readPlan", async () => {
      dispatch(planPending(null));
      const r = await readPlanFileBytes(file);
      if (!r.ok) {
        const { problem, error } = r;
        throw new ShownError((w) => w.planFileUnreadable(file.name, problem, error));
      }
      // Line numbers mean something to the user only in a text they can open in an editor.
      return parse(r.doc, { name: file.name, lineNumbers: r.kind === "txt" });
    });

  const readText = () =>
    perform("readText", async () => {
      dispatch(planPending(null));
      return parse({ blocks: [{ kind: "text", text: state.planText }] }, { name: null, lineNumbers: true });
    });

  const readWithDate = () =>
    perform("planDate", async (): Promise<Outcome | null> => {
      if (!pending) return null;
      const issued = parseIsoDate(state.planDate);
      if (!issued) return { intent: "warning", say: (w) => w.planDateMissing };
      return parse(pending.doc, pending.source, issued);
    });

  const writePlan = () =>
    perform("writePlan", async (): Promise<Outcome> => {
      const invalid = invalidBaselines(state);
      if (invalid.length > 0) return { intent: "warning", say: (w) => w.baselinesInvalid(invalid.join(", ")) };
      await workbook.writePlan(plan);
      const deadlines = planDeadlines(plan).length;
      return { intent: "success", say: (w) => w.planWritten(plan.items.length, deadlines), wrotePlan: true };
    });

  const dateBlock = (
    <>
      {pending && <PlanDate pane={pane} notes={<PlanNotes notes={pending.notes} source={pending.source} t={t} />} onRead={readWithDate} />}
      {/* Below the date's field, and still there once the plan is read and the field gone. */}
      <OutcomeBar job="planDate" outcome={state.outcomes.planDate} t={t} />
    </>
  );

  const year = assessmentYear(state);
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
        <PlanNotes notes={state.planNotes} source={state.planSource} t={t} />
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
          label={t.loadPlanFile}
          button={t.chooseFile}
          accept={PLAN_FILES}
          multiple={false}
          testId="plan-file"
          onFiles={(files) => files[0] && void readFile(files[0])}
          job={{ pane, id: "readPlan" satisfies JobId }}
        />
        {dateFrom === "file" && dateBlock}
        <Field label={t.pasteHere}>
          <Textarea value={state.planText} onChange={(_, d) => dispatch(planTextEdited(d.value))} resize="vertical" />
        </Field>
        <div>
          <JobButton pane={pane} job="readText" blocked={state.planText.trim() === ""} onClick={() => void readText()}>
            {t.readPasted}
          </JobButton>
        </div>
        {dateFrom === "text" && dateBlock}
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
                {takesBaseline(i.target) && (
                  <NumberField
                    label={`${i.code} ${i.target.kind === "baseline" ? t.baseline(i.target.year) : t.previousYearValue(year - 1)}`}
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
