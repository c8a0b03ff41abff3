import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Text, Textarea } from "@fluentui/react-components";
import * as React from "react";
import { parseIsoDate } from "../core/dates/isoDate";
import type { MasterReport, ReportForm } from "../core/report/fromMaster";
import { defaultReportSettings } from "../core/report/model";
import { narrativeTexts } from "../core/report/narrative";
import { PeriodOption, choosePeriod, periodOptions } from "../core/report/periodOptions";
import { NARRATIVE_SECTIONS, NarrativeSection } from "../core/vocab";
import { JobButton } from "./controls";
import { download, loadReportRecipe, toBase64, wordBytes, xlsxBytes } from "./files";
import { ReportFormat } from "./i18n";
import {
  Outcome,
  ReportChoices,
  allSectionsToggled,
  assessmentYear,
  assessmentYears,
  copiesOf,
  narrativeEdited,
  narrativeLoaded,
  narrativeSaved,
  periodChosen,
  reportSettings,
  reportSettingsChanged,
  summaryWarningsShown,
} from "./paneState";
import { useStyles } from "./styles";
import { SummaryWarnings } from "./SummaryWarnings";
import { Pane } from "./usePane";

/** The sections the official writes for every report (I, the causes of III, V); the others are additions, shown on request. */
const MAIN_SECTIONS: readonly NarrativeSection[] = ["I. Công tác chỉ đạo và điều hành", "III. Nguyên nhân", "V. Đề xuất và kiến nghị"];

const sectionsWritten = (texts: Partial<Record<NarrativeSection, string>>) =>
  NARRATIVE_SECTIONS.filter((s) => (texts[s] ?? "").trim() !== "").length;

/**
 * Step 4: Tổng hợp of the assessment year from the tables as they stand; the report of the period
 * chosen (the CCHC cycle from the plan's years up to the as-of date, every quarter where the
 * province asks), with its own words (Nội dung báo cáo) and its settings; exported to Word or
 * Excel, whole or only the plan's section. The period shown selected is the one exported and
 * named on the buttons.
 */
export function ReportStep({ pane }: { pane: Pane }): React.JSX.Element {
  const { state, dispatch, t, workbook, perform } = pane;
  const styles = useStyles();
  const plan = state.plan;
  const choices = state.report;
  const year = assessmentYear(state);
  const years = React.useMemo(() => assessmentYears(plan, state.asOf), [plan, state.asOf]);
  const options = React.useMemo(
    () => periodOptions(plan.identity, state.asOf, { everyQuarter: choices.everyQuarter, rule: choices.calendar ? "calendar" : "state" }),
    [plan, state.asOf, choices.everyQuarter, choices.calendar],
  );
  const period = choosePeriod(options, state.period, state.asOf, choices.assessmentYear === null ? null : year);
  // The report's date decides Kính gửi's default: a district's office is the province's after 1/7/2025.
  const dated = parseIsoDate(choices.reportDate) ?? period?.to ?? null;
  const defaults = React.useMemo(() => defaultReportSettings(plan, dated), [plan, dated]);
  const draft = period ? state.narrative[period.key] : undefined;
  const copies = copiesOf(choices.copies);
  const change = (changes: Partial<ReportChoices>) => dispatch(reportSettingsChanged(changes));

  const summary = () =>
    perform("summary", async (): Promise<Outcome> => {
      const master = await workbook.readMaster(plan, state.asOf);
      if (master.missing.length > 0) return { intent: "warning", say: (w) => w.masterMissing(master.missing.join(", ")) };
      if (master.tasks.length + master.readings.length === 0) return { intent: "warning", say: (w) => w.masterEmpty };
      const { compliance: c, warnings } = await workbook.writeSummary(master, state.asOf, year);
      dispatch(summaryWarningsShown(warnings));
      const h = c.headline;
      return { intent: "success", say: (w) => w.summaryDone(c.year, h.itemsMet, h.items, h.overdue) };
    });

  /** The period's words as Nội dung báo cáo holds them; quiet: said only when there is something. */
  const loadNarrative = (p: PeriodOption, quiet: boolean) =>
    perform("readNarrative", async (): Promise<Outcome | null> => {
      const rows = await workbook.readNarrative(plan, state.asOf);
      const texts = narrativeTexts(rows ?? [], p);
      dispatch(narrativeLoaded(p.key, texts));
      const n = sectionsWritten(texts);
      if (rows === null) return quiet ? null : { intent: "warning", say: (w) => w.narrativeNoSheet };
      if (n === 0) return quiet ? null : { intent: "warning", say: (w) => w.narrativeNone(p) };
      return { intent: "success", say: (w) => w.narrativeRead(p, n) };
    });

  // A period's words are read from the workbook the first time it is shown (and once a read under way ends).
  const reading = state.busy.includes("readNarrative");
  const shown = state.step === "report";
  React.useEffect(() => {
    if (shown && period && !draft && !reading) void loadNarrative(period, true);
    // loadNarrative is made anew each render; what decides a read is listed here.
  }, [shown, period?.key, draft === undefined, reading]);

  /** What was typed for the period, into Nội dung báo cáo; false when there was nothing to write. */
  const saveNarrative = async (p: PeriodOption): Promise<number | false> => {
    const current = state.narrative[p.key];
    if (!current) return false;
    await workbook.writeNarrative(plan, state.asOf, p, current.texts);
    dispatch(narrativeSaved(p.key, current.texts));
    return sectionsWritten(current.texts);
  };

  const writeNarrative = () =>
    perform("writeNarrative", async (): Promise<Outcome | null> => {
      if (!period) return null;
      const n = await saveNarrative(period);
      if (n === false) return null;
      return { intent: "success", say: (w) => w.narrativeWritten(period, n) };
    });

  const exportReport = (format: ReportFormat) =>
    perform(format === "docx" ? "exportWord" : "export", async (): Promise<Outcome | null> => {
      if (!period) return null;
      if (!copies.ok) return { intent: "warning", say: (w) => w.settingsInvalid };
      const form: ReportForm = choices.section ? "section" : "report";
      const reportFromMaster = await loadReportRecipe();
      const make = async (): Promise<MasterReport> =>
        reportFromMaster(await workbook.readMasterGrids(), plan, period, reportSettings(choices), form);
      let report = await make();
      if (!report.ok) {
        const missing = report.missing;
        return { intent: "warning", say: (w) => w.masterMissing(missing.join(", ")) };
      }
      const refusal = report.refusal;
      if (refusal !== null) return { intent: "error", say: (w) => w.reportRefused(refusal) };
      const c = report.model.compliance;
      if (c.headline.tasks === 0 && c.items.every((i) => i.actual === null)) return { intent: "warning", say: (w) => w.masterEmpty };
      // What the official typed for the period goes into the workbook first: the report says it.
      const wrote = draft?.edited === true && (await saveNarrative(period)) !== false;
      if (wrote) report = await make();
      if (!report.ok) return null;
      const name = `${choices.section ? "phan-ke-hoach" : "bao-cao"}-${period.key}.${format}`;
      // What to check before signing (a date before the period's end, no data for it …) rides on the outcome.
      const cautions = report.cautions;
      const intent = cautions.length > 0 ? "warning" : "success";
      const also = (w: Parameters<Outcome["say"]>[0]) =>
        (wrote ? w.alsoNarrative : "") + (cautions.length > 0 ? w.reportCautions(cautions) : "");
      if (format === "docx") {
        download(await wordBytes(report.document), name);
        return { intent, say: (w) => w.wordReady(name) + also(w) };
      }
      const bytes = await xlsxBytes(report.specs);
      download(bytes, name);
      const opened = workbook.openWorkbook !== null;
      if (workbook.openWorkbook) await workbook.openWorkbook(toBase64(bytes));
      return { intent, say: (w) => w.reportReady(name, opened) + also(w) };
    });

  const texts = draft?.texts;
  const sections = state.allSections ? NARRATIVE_SECTIONS : MAIN_SECTIONS;
  const to = choices.to ?? defaults.to.join("\n");
  const recipients = choices.recipients ?? defaults.recipients.join("\n");

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

      <section className={styles.section} aria-labelledby="summary-title">
        <h2 id="summary-title" className={styles.sectionTitle}>
          {t.summaryTitle}
        </h2>
        <Field label={t.assessmentYear} className={styles.shrink}>
          <Select
            className={styles.shrink}
            value={choices.assessmentYear === null ? "" : String(year)}
            onChange={(_, d) => change({ assessmentYear: d.value === "" ? null : Number(d.value) })}
            data-testid="assessment-year"
          >
            <option value="">{t.assessmentYearAuto(assessmentYear({ ...state, report: { ...choices, assessmentYear: null } }))}</option>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <div>
          <JobButton pane={pane} job="summary" appearance="primary" onClick={() => void summary()}>
            {t.buildSummary}
          </JobButton>
        </div>
        {state.summaryWarnings && <SummaryWarnings warnings={state.summaryWarnings} t={t} />}
      </section>

      <section className={styles.section} aria-labelledby="period-title">
        <h2 id="period-title" className={styles.sectionTitle}>
          {t.period}
        </h2>
        <Select
          className={styles.shrink}
          aria-labelledby="period-title"
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
        {period && (
          <Text size={200} className={styles.muted} data-testid="period-days">
            {t.periodDays(period)}
          </Text>
        )}
        <Checkbox checked={choices.everyQuarter} onChange={(_, d) => change({ everyQuarter: d.checked === true })} label={t.everyQuarter} />
        <Checkbox checked={choices.calendar} onChange={(_, d) => change({ calendar: d.checked === true })} label={t.calendar} />
      </section>

      {period && (
        <section className={styles.section} aria-labelledby="narrative-title" data-testid="narrative">
          <h2 id="narrative-title" className={styles.sectionTitle}>
            {t.narrativeTitle(period)}
          </h2>
          <Text size={200} className={styles.muted}>
            {t.narrativeHint}
          </Text>
          {sections.map((s) => (
            <Field key={s} label={t.narrativeSections[s]} className={styles.shrink}>
              <Textarea
                className={styles.shrink}
                value={texts?.[s] ?? ""}
                onChange={(_, d) => dispatch(narrativeEdited(period.key, s, d.value))}
                resize="vertical"
                rows={3}
                data-section={s}
              />
            </Field>
          ))}
          <div>
            <Button appearance="transparent" size="small" aria-expanded={state.allSections} onClick={() => dispatch(allSectionsToggled())}>
              {state.allSections ? t.fewerSections : t.moreSections}
            </Button>
          </div>
          {draft?.edited && (
            <Text size={200} className={styles.statusWarning} data-testid="narrative-unsaved">
              {t.narrativeUnsaved}
            </Text>
          )}
          <div className={styles.section}>
            <JobButton pane={pane} job="writeNarrative" blocked={!draft} onClick={() => void writeNarrative()}>
              {t.writeNarrative}
            </JobButton>
            <JobButton pane={pane} job="readNarrative" onClick={() => void loadNarrative(period, false)}>
              {t.readNarrative}
            </JobButton>
          </div>
        </section>
      )}

      <section className={styles.section} aria-labelledby="settings-title">
        <h2 id="settings-title" className={styles.sectionTitle}>
          {t.settingsTitle}
        </h2>
        <Field label={t.parent} className={styles.shrink}>
          <Input
            className={styles.shrink}
            value={choices.parentBody}
            onChange={(_, d) => change({ parentBody: d.value })}
            placeholder={t.parentPlaceholder}
          />
        </Field>
        <Field
          label={t.to}
          className={styles.shrink}
          validationState={to.trim() === "" && !choices.section ? "warning" : "none"}
          validationMessage={to.trim() === "" && !choices.section ? t.toMissing : undefined}
        >
          <Textarea className={styles.shrink} value={to} onChange={(_, d) => change({ to: d.value })} resize="vertical" rows={2} />
        </Field>
        <Field label={t.recipients} className={styles.shrink}>
          <Textarea
            className={styles.shrink}
            value={recipients}
            onChange={(_, d) => change({ recipients: d.value })}
            resize="vertical"
            rows={3}
          />
        </Field>
        <Field label={t.drafter} className={styles.shrink}>
          <Input
            className={styles.shrink}
            value={choices.draftingUnit ?? defaults.draftingUnit}
            onChange={(_, d) => change({ draftingUnit: d.value })}
          />
        </Field>
        <Field
          label={t.copies}
          className={styles.shrink}
          validationState={copies.ok ? "none" : "error"}
          validationMessage={copies.ok ? undefined : t.copiesInvalid}
        >
          <Input className={styles.shrink} inputMode="numeric" value={choices.copies} onChange={(_, d) => change({ copies: d.value })} />
        </Field>
        <Field label={t.number} className={styles.shrink}>
          <Input className={styles.shrink} value={choices.number} onChange={(_, d) => change({ number: d.value })} />
        </Field>
        <Field label={t.reportDate} className={styles.shrink}>
          <Input
            type="date"
            className={styles.shrink}
            value={parseIsoDate(choices.reportDate) ?? ""}
            onChange={(_, d) => change({ reportDate: d.value })}
          />
        </Field>
      </section>

      <section className={styles.section} aria-labelledby="export-title">
        <h2 id="export-title" className={styles.sectionTitle}>
          {t.exportTitle}
        </h2>
        <Checkbox checked={choices.section} onChange={(_, d) => change({ section: d.checked === true })} label={t.sectionOnly} />
        <div className={styles.section}>
          <JobButton pane={pane} job="exportWord" appearance="primary" blocked={period === null} onClick={() => void exportReport("docx")}>
            {period ? t.exportReport(period, "docx", choices.section) : t.period}
          </JobButton>
          <JobButton pane={pane} job="export" blocked={period === null} onClick={() => void exportReport("xlsx")}>
            {period ? t.exportReport(period, "xlsx", choices.section) : t.period}
          </JobButton>
        </div>
      </section>
    </div>
  );
}
