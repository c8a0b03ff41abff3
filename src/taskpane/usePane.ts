import * as React from "react";
import { IsoDate } from "../core/dates/isoDate";
import { badFile } from "../core/import/badFile";
import { FileRead } from "../core/import/consolidate";
import { explainExcelError } from "../excel/errors";
import { readWorkbookFile } from "./files";
import { Lang, Words, words } from "./i18n";
import {
  JobId,
  Outcome,
  PaneAction,
  PaneState,
  SETTINGS,
  fileRead,
  fileReading,
  filesQueued,
  initialState,
  jobFinished,
  jobStarted,
  paneReducer,
  paneSettings,
  settingsLoaded,
} from "./paneState";
import { ShownError } from "./shown";
import { PaneWorkbook } from "./workbook";

/** What every step receives: the state, the dispatch of named actions, and the side effects. */
export interface Pane {
  state: PaneState;
  dispatch: React.Dispatch<PaneAction>;
  t: Words;
  workbook: PaneWorkbook;
  /**
   * Runs one job of a button: the button is disabled meanwhile (a second click is ignored, so a
   * double click makes one report), and what happened is shown beside it. Distinct from the
   * workbook's Excel batches, which a job may make several of.
   */
  perform: (job: JobId, work: () => Promise<Outcome | null>) => Promise<void>;
  /** Reads picked workbooks one after another; a file that fails is named and the next goes on. */
  pickFiles: (files: readonly File[]) => Promise<void>;
}

/** A failure in words: ours as written, Excel's explained; never a stack. */
export function failureOutcome(e: unknown): Outcome {
  if (e instanceof ShownError) return { intent: "error", say: e.say };
  console.error(e);
  return { intent: "error", say: (t) => explainExcelError(e, t.lang) };
}

function unreadable(name: string, e: unknown): FileRead {
  console.error(e);
  return { file: name, ok: false, bad: badFile(name, "unreadable") };
}

export function usePane(workbook: PaneWorkbook, language: Lang, today: IsoDate): Pane {
  const [state, dispatch] = React.useReducer(paneReducer, undefined, () => initialState(language, today));
  const running = React.useRef(new Set<JobId>());
  const reading = React.useRef<Promise<void>>(Promise.resolve());
  const picks = React.useRef(0);
  const saved = React.useRef<string | null>(null);

  const perform = React.useCallback(async (job: JobId, work: () => Promise<Outcome | null>) => {
    if (running.current.has(job)) return;
    running.current.add(job);
    dispatch(jobStarted(job));
    let outcome: Outcome | null;
    try {
      outcome = await work();
    } catch (e) {
      outcome = failureOutcome(e);
    } finally {
      running.current.delete(job);
    }
    dispatch(jobFinished(job, outcome));
  }, []);

  const pickFiles = React.useCallback((files: readonly File[]) => {
    const entries = files.map((file) => ({ id: `${file.name}#${++picks.current}`, name: file.name, file }));
    if (entries.length === 0) return reading.current;
    dispatch(filesQueued(entries.map(({ id, name }) => ({ id, name }))));
    // One file at a time, and a second pick waits for the first: the pane stays responsive.
    reading.current = reading.current.then(async () => {
      for (const e of entries) {
        dispatch(fileReading(e.id));
        let read: FileRead;
        try {
          read = await readWorkbookFile(e.file);
        } catch (x) {
          read = unreadable(e.name, x);
        }
        dispatch(fileRead(e.id, read));
      }
    });
    return reading.current;
  }, []);

  // The workbook's own settings: corrections and the pane's choices from last time.
  React.useEffect(() => {
    let live = true;
    workbook
      .loadSettings([SETTINGS.corrections, SETTINGS.pane])
      .then((values) => {
        if (live) dispatch(settingsLoaded(values[SETTINGS.corrections], values[SETTINGS.pane]));
      })
      .catch((e: unknown) => live && dispatch(jobFinished("settings", failureOutcome(e))));
    return () => {
      live = false;
    };
  }, [workbook]);

  // Saved a moment after they change (typing in a field makes one write, not one per key). Opening
  // the pane changes nothing: what was loaded counts as saved, so the workbook is not marked edited.
  const toSave = state.settingsLoaded ? JSON.stringify([state.corrections, paneSettings(state)]) : null;
  React.useEffect(() => {
    if (toSave === null) return;
    if (saved.current === null) saved.current = toSave;
    if (toSave === saved.current) return;
    const timer = setTimeout(() => {
      const [corrections, pane] = JSON.parse(toSave) as [unknown, unknown];
      workbook
        .saveSettings({ [SETTINGS.corrections]: corrections, [SETTINGS.pane]: pane })
        .then(() => void (saved.current = toSave))
        .catch((e: unknown) => dispatch(jobFinished("settings", failureOutcome(e))));
    }, 400);
    return () => clearTimeout(timer);
  }, [toSave, workbook]);

  return { state, dispatch, t: words(state.language), workbook, perform, pickFiles };
}
