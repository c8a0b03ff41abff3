import * as React from "react";
import { IsoDate } from "../core/dates/isoDate";
import { FileRead } from "../core/import/consolidate";
import { TableLayout } from "../core/import/header";
import { Plan } from "../core/plan/model";
import { PlanNote } from "../core/plan/parser";
import { Host } from "./host";
import { Words } from "./i18n";

/** Corrected column mappings are kept in the workbook, for next quarter. */
export const LAYOUTS_SETTING = "cchc.layouts";

export interface FileState {
  name: string;
  status: "reading" | "read" | "failed";
  read: FileRead | null;
}

export interface PaneState {
  plan: Plan;
  planNotes: PlanNote[];
  asOf: IsoDate;
  files: FileState[];
  layouts: Record<string, TableLayout>;
}

export type Run = (label: string, action: () => Promise<string | void>) => Promise<void>;

/** What a step that reads and changes the pane's state receives. */
export interface StepProps {
  host: Host;
  t: Words;
  state: PaneState;
  setState: React.Dispatch<React.SetStateAction<PaneState>>;
  run: Run;
}
