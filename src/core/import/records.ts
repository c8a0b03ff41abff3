import { IsoDate } from "../dates/isoDate";
import { ItemGroup } from "../plan/model";
import { TaskStatus, TaskVerdict } from "../vocab";
import { Field } from "./columns";

/** Where a row came from: what Nguồn says, and which source column each field was read from. */
export interface Source {
  file: string;
  sheet: string;
  /** The sheet's position in its workbook: a later quarter's sheet comes later. */
  sheetIndex: number;
  row: number;
  /** 1-based source column of each field, so a problem can name its cell. Empty for rows typed into the master. */
  columns: Partial<Record<Field, number>>;
  /** The sheet's rank by the month it stands for, where that differs from its tab's place (core/import/sheetOrder). */
  sheetOrder?: number;
  /** Set when the sheet is hidden in its workbook (an old copy, put away): it never replaces a visible sheet's row. */
  hiddenSheet?: true;
  /** Set when the row is hidden (an old entry, put away): it never corrects a visible row of the same figures. */
  hiddenRow?: true;
  /** The day the block the row is under was brought up to date ("CẬP NHẬT NGÀY 10/12/2021" over it). */
  updated?: IsoDate;
  /** One of several tasks on the sheet's row (a board's cards, a turned table's columns): its lines name its content's cell. */
  sharedRow?: true;
}

/** A task row as read, before the plan is applied. Unknown text is kept as written. */
export interface RawTask {
  code: string | null;
  /** "1.1" in the STT column where the criterion's column holds a name ("Thực hiện kế hoạch CCHC"): the plan's number, if the name is no title. */
  numberCode?: string;
  content: string;
  lead: string;
  partners: string;
  due: IsoDate | null;
  /** The deadline as written when it could not be read as a date. */
  dueText: string | null;
  status: TaskStatus | null;
  statusText: string | null;
  progress: number | null;
  doneDate: IsoDate | null;
  doneText: string | null;
  evidence: string;
  note: string;
  /** The group a section row above it names (CCHC or SIPAS), to suggest a missing criterion within it. */
  group?: ItemGroup | null;
  /** A section row above it naming a criterion by its words alone ("Tiêu chí thành phần Tỷ lệ hồ sơ … đúng hạn"). */
  sectionName?: string;
  /** Under a section of work outside the plan ("B. NHIỆM VỤ PHÁT SINH (ngoài kế hoạch)"): no criterion is its. */
  outsidePlan?: boolean;
  /** The area a section row puts it in ("I. ĐỊA BÀN XÃ PHƯỚC LÂM (CŨ)"): the same work in two areas is two tasks. */
  place?: string;
  /** The words saying the task was cancelled, stopped or merged away: it is named, never counted as a task. */
  cancelled?: string;
  /** A part or step of the task on this row of the same sheet ("a)" under "1", a step beside its task). */
  partOf?: number;
  /** Who updates the row ("Người cập nhật") where no Chủ trì is written: a person the staff list may place. */
  updatedBy?: string;
  source: Source;
}

/** A task in the master workbook (Nhiệm vụ). */
export interface Task extends RawTask {
  id: string;
  /** The code was missing and suggested from the plan by content. */
  codeSuggested: boolean;
  /** Null where the deadline is written but unreadable: nothing to judge against. */
  verdict: TaskVerdict | null;
  /** Nothing on the row says how far the work is (no status, share, day done): its state is only assumed. */
  stateUnwritten?: true;
}

/** An indicator reading (Chỉ số): counts for a period, and the value they give. */
export interface Reading {
  code: string | null;
  /** As the source names the period ("Quý III/2021"), or the date written d/m/yyyy. */
  period: string;
  date: IsoDate | null;
  numerator: number | null;
  denominator: number | null;
  /** Percent 0–100: computed from the counts when both are there. */
  value: number | null;
  evidence: string;
  note: string;
  source: Source;
  /** The criterion was not written but suggested from the words around the figures. */
  codeSuggested?: boolean;
  /** Words around figures that name no criterion (the table's title, its headings): for a suggestion, and kept for Kiểm tra to quote where none is found. */
  hint?: string;
  /** The heading of the rate's own column ("Tỷ lệ đúng hạn"): named before the title when suggesting. */
  hintHeading?: string;
  /** The figures add up rows of categories (projects, hamlets): their labels say nothing of the criterion. */
  partsOf?: boolean;
  /** The row names only its period ("Tháng 10"): its note's first part is a remark ("02 hồ sơ trễ hạn …"), no label. */
  unlabelled?: boolean;
}
