import { IsoDate } from "../../src/core/dates/isoDate";
import { TableLayout } from "../../src/core/import/header";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { parsePlanText } from "../../src/core/plan/parser";
import { NARRATIVE_SECTIONS, NarrativeSection } from "../../src/core/vocab";
import { words } from "../../src/taskpane/i18n";
import {
  DEFAULT_REPORT,
  PaneState,
  allSectionsToggled,
  asOfChanged,
  assessmentYear,
  assessmentYears,
  copiesOf,
  narrativeEdited,
  narrativeLoaded,
  narrativeSaved,
  planDateEdited,
  planPending,
  reportSettings,
  baselineSet,
  builtinKept,
  builtinRequested,
  columnCorrected,
  fileRead,
  fileReading,
  fileRemoved,
  filesQueued,
  initialState,
  invalidBaselines,
  jobFinished,
  jobStarted,
  paneReducer,
  paneSettings,
  planChosen,
  reportSettingsChanged,
  settingsLoaded,
  sheetRestored,
  summaryWarningsShown,
} from "../../src/taskpane/paneState";
import { EarlyWarnings } from "../../src/core/summary/warnings";
import { readFileSync } from "fs";
import { projectPath } from "../helpers/shared";

const TODAY = "2021-12-15" as IsoDate;
const run = (...actions: Parameters<typeof paneReducer>[1][]) => actions.reduce(paneReducer, initialState("vi", TODAY));
const baselineOf = (s: PaneState, code: string) => {
  const t = s.plan.items.find((i) => i.code === code)?.target;
  return t?.kind === "baseline" || t?.kind === "previousYear" ? t.baseline : undefined;
};
const texts = (over: Partial<Record<NarrativeSection, string>> = {}) =>
  ({ ...Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s, ""])), ...over }) as Record<NarrativeSection, string>;

/** What a summary of the examples on 15/12/2021 computes (1.2's points are its running on-time rates), with a task due soon added. */
const WARNINGS: EarlyWarnings = {
  asOf: "2021-12-15" as IsoDate,
  method: "",
  warnings: [
    {
      kind: "projection",
      code: "1.2",
      lead: ["Công chức Văn phòng-Thống kê"],
      date: "2021-12-31" as IsoDate,
      projection: {
        target: { date: "2021-12-31" as IsoDate, value: 100, comparator: ">=", milestone: false },
        points: [
          { date: "2021-03-31" as IsoDate, value: (118 / 120) * 100 },
          { date: "2021-11-30" as IsoDate, value: (489 / 495) * 100 },
        ],
        projected: 98.9286,
        slope: 0.00228,
        likelyMissed: true,
      },
      text: "1.2: theo tốc độ hiện nay, đến 31/12/2021 đạt khoảng 99 % < 100 % (xu hướng của 2 lần số liệu từ 31/03/2021 đến 30/11/2021)",
      formal: "",
    },
    {
      kind: "dueSoon",
      code: "1.5",
      lead: ["Chủ tịch UBND xã"],
      date: "2021-12-16" as IsoDate,
      task: { id: "NV-007", content: "Kiểm tra công vụ", due: "2021-12-16" as IsoDate },
      daysLeft: 1,
      text: "NV-007 (1.5, Chủ tịch UBND xã): hạn 16/12/2021, còn 1 ngày, chưa thực hiện: Kiểm tra công vụ",
      formal: "",
    },
  ],
  notes: [
    {
      code: "1.7",
      readings: 1,
      text: "1.7: chưa đủ số liệu để dự báo (mới có 1 lần số liệu trong năm; cần ít nhất 2 lần, ở 2 ngày khác nhau)",
    },
  ],
};

const layout: TableLayout = {
  kind: "tasks",
  headerTop: 4,
  headerBottom: 4,
  headings: {},
  columns: { content: 2, code: 3, note: 9 },
  signature: "tt|noi dung",
  dateHint: null,
  english: false,
};

describe("the pane's reducer", () => {
  it("takes a baseline with a decimal comma as the number, and keeps the text typed", () => {
    const s = run(baselineSet("2.1", "80,5"));
    expect(baselineOf(s, "2.1")).toBe(80.5);
    expect(s.baselines["2.1"]).toBe("80,5");
    expect(s.planChanged).toBe(true);
    expect(invalidBaselines(s)).toEqual([]);
  });

  it("takes the value of the year before for a rate to raise over it (1.1), like a baseline", () => {
    const s = run(baselineSet("1.1", "25,5"));
    expect(baselineOf(s, "1.1")).toBe(25.5);
    expect(s.plan.items.find((i) => i.code === "1.1")?.target.kind).toBe("previousYear");
    expect(invalidBaselines(paneReducer(s, baselineSet("1.1", "25,5,1")))).toEqual(["1.1"]);
    // An item without an earlier year's value takes none.
    expect(run(baselineSet("1.2", "90")).plan).toBe(BUILTIN_PLAN);
  });

  it("refuses a baseline that is not a number: the plan keeps the last value understood and the code is named", () => {
    const s = run(baselineSet("2.1", "80,5"), baselineSet("2.1", "80,5,1"));
    expect(baselineOf(s, "2.1")).toBe(80.5);
    expect(s.baselines["2.1"]).toBe("80,5,1");
    expect(invalidBaselines(s)).toEqual(["2.1"]);
  });

  it("asks before the built-in plan drops typed baselines; keeping leaves them, confirming replaces the plan", () => {
    const asked = run(baselineSet("2.1", "80"), builtinRequested());
    expect(asked.askBuiltin).toBe(true);
    expect(baselineOf(asked, "2.1")).toBe(80);
    const kept = paneReducer(asked, builtinKept());
    expect([kept.askBuiltin, baselineOf(kept, "2.1")]).toEqual([false, 80]);
    const replaced = paneReducer(asked, builtinRequested());
    expect([replaced.askBuiltin, baselineOf(replaced, "2.1"), replaced.plan]).toEqual([false, null, BUILTIN_PLAN]);
  });

  it("a new plan replaces the old one's baselines and outcomes, and marks Kế hoạch as to be written again", () => {
    const parsed = parsePlanText(readFileSync(projectPath("tests", "fixtures", "plans", "xa-tien-thang-2024.txt"), "utf8"));
    if (!parsed.ok) throw new Error(parsed.error);
    const done = { intent: "success" as const, say: () => "ok", wrotePlan: true };
    const written = run(jobStarted("writePlan"), jobFinished("writePlan", done));
    expect(written.planChanged).toBe(false);
    const s = paneReducer(written, planChosen(parsed.plan, parsed.notes));
    expect(s.plan.identity.firstYear).toBe(2024);
    expect(s.planChanged).toBe(true);
    expect(s.outcomes.writePlan).toBeUndefined();
  });

  it("lists picked files as waiting, reading and read; a file picked again replaces the old entry; removed ones go", () => {
    let s = run(
      filesQueued([
        { id: "a#1", name: "a.xlsx" },
        { id: "b#2", name: "b.xlsx" },
      ]),
      fileReading("a#1"),
    );
    expect(s.files.map((f) => [f.name, f.status])).toEqual([
      ["a.xlsx", "reading"],
      ["b.xlsx", "waiting"],
    ]);
    s = paneReducer(s, fileRead("a#1", { file: "a.xlsx", ok: true, grids: [] }));
    s = paneReducer(s, filesQueued([{ id: "a#3", name: "a.xlsx" }]));
    expect(s.files.map((f) => [f.id, f.status, f.batch])).toEqual([
      ["b#2", "waiting", 1],
      ["a#3", "waiting", 2],
    ]);
    // The result of the replaced entry arrives late: nothing changes.
    expect(paneReducer(s, fileRead("a#1", { file: "a.xlsx", ok: true, grids: [] })).files).toEqual(s.files);
    expect(paneReducer(s, fileRemoved("b#2")).files.map((f) => f.id)).toEqual(["a#3"]);
  });

  it("keeps column corrections by header signature, refuses to drop the content column, and restores detection", () => {
    let s = run(columnCorrected("tt|noi dung", layout, "note", null));
    expect(s.corrections["tt|noi dung"].columns).toEqual({ content: 2, code: 3 });
    expect(s.corrections["tt|noi dung"].ignored).toEqual([9]);
    s = paneReducer(s, columnCorrected("tt|noi dung", s.corrections["tt|noi dung"], "content", null));
    expect(s.corrections["tt|noi dung"].columns).toEqual({ content: 2, code: 3 });
    s = paneReducer(s, columnCorrected("tt|noi dung", s.corrections["tt|noi dung"], "evidence", 12));
    expect(s.corrections["tt|noi dung"].columns).toEqual({ content: 2, code: 3, evidence: 12 });
    s = paneReducer(s, columnCorrected("tt|noi dung", s.corrections["tt|noi dung"], "note", 9));
    expect([s.corrections["tt|noi dung"].columns.note, s.corrections["tt|noi dung"].ignored]).toEqual([9, []]);
    expect(paneReducer(s, sheetRestored("tt|noi dung", "a.xlsx›Q4")).corrections).toEqual({});
  });

  it("takes stored settings that have the right shape, and ignores the rest", () => {
    const s = run(
      settingsLoaded(
        { "tt|noi dung": layout, broken: { kind: "other" } },
        { language: "en", report: { parentBody: "UBND TỈNH TÂY NINH", recipients: 7, calendar: true } },
      ),
    );
    expect(Object.keys(s.corrections)).toEqual(["tt|noi dung"]);
    expect(s.language).toBe("en");
    expect(s.report).toEqual({ ...DEFAULT_REPORT, parentBody: "UBND TỈNH TÂY NINH", recipients: null, calendar: true });
    expect(paneSettings(paneReducer(s, reportSettingsChanged({ recipients: "A\nLưu: VT" })))).toEqual({
      language: "en",
      report: { ...DEFAULT_REPORT, parentBody: "UBND TỈNH TÂY NINH", recipients: "A\nLưu: VT", calendar: true },
    });
    const full = run(
      settingsLoaded(
        {},
        {
          report: {
            to: "Phòng Nội vụ\nVăn phòng UBND huyện",
            draftingUnit: null,
            copies: "2",
            number: "125",
            reportDate: "2021-12-16",
            everyQuarter: true,
            assessmentYear: 2021,
            section: true,
            calendar: "yes",
          },
        },
      ),
    );
    expect(full.report).toEqual({
      ...DEFAULT_REPORT,
      to: "Phòng Nội vụ\nVăn phòng UBND huyện",
      copies: "2",
      number: "125",
      reportDate: "2021-12-16",
      everyQuarter: true,
      assessmentYear: 2021,
      section: true,
    });
    expect(run(settingsLoaded({}, { report: { assessmentYear: 21.5, copies: 2 } })).report).toEqual(DEFAULT_REPORT);
  });

  it("marks a job busy until it finishes, once, with its outcome in the pane's language", () => {
    const started = run(jobStarted("export"), jobStarted("export"));
    expect(started.busy).toEqual(["export"]);
    const done = paneReducer(started, jobFinished("export", { intent: "warning", say: (t) => t.masterEmpty }));
    expect(done.busy).toEqual([]);
    expect(done.outcomes.export?.say(words("en"))).toMatch(/^The Nhiệm vụ and Chỉ số sheets have no rows/);
    expect(paneReducer(done, asOfChanged("2022-01-10" as IsoDate)).asOf).toBe("2022-01-10");
  });

  it("keeps a plan without a date waiting for its date, and a plan chosen says where it came from", () => {
    const doc = { blocks: [{ kind: "text" as const, text: "KẾ HOẠCH" }] };
    const waiting = run(planPending({ source: { name: "kh.xlsx", lineNumbers: false }, doc, notes: [] }), planDateEdited("2025-02-10"));
    expect([waiting.pendingPlan?.source.name, waiting.planDate]).toEqual(["kh.xlsx", "2025-02-10"]);
    const chosen = paneReducer(waiting, planChosen(BUILTIN_PLAN, [], { name: "kh.xlsx", lineNumbers: false }));
    expect([chosen.pendingPlan, chosen.planSource]).toEqual([null, { name: "kh.xlsx", lineNumbers: false }]);
    // A new read drops the waiting plan and what its date's read said.
    const said = paneReducer(waiting, jobFinished("planDate", { intent: "warning", say: (t) => t.planDateMissing }));
    expect(said.outcomes.planDate).toBeDefined();
    const next = paneReducer(said, planPending(null));
    expect([next.pendingPlan, next.outcomes.planDate]).toEqual([null, undefined]);
  });

  it("keeps what was typed for a period's report until it is written; the sheet's words do not replace it", () => {
    let s = run(narrativeLoaded("2021-Y", texts({ "V. Đề xuất và kiến nghị": "Từ sổ." })));
    expect(s.narrative["2021-Y"]).toEqual({ texts: texts({ "V. Đề xuất và kiến nghị": "Từ sổ." }), edited: false });
    s = paneReducer(s, narrativeEdited("2021-Y", "I. Công tác chỉ đạo và điều hành", "Gõ trong ngăn."));
    expect(s.narrative["2021-Y"].edited).toBe(true);
    expect(paneReducer(s, narrativeLoaded("2021-Y", texts())).narrative["2021-Y"].texts["I. Công tác chỉ đạo và điều hành"]).toBe(
      "Gõ trong ngăn.",
    );
    const written = s.narrative["2021-Y"].texts;
    // Typed on while it was being written: still to write.
    const more = paneReducer(s, narrativeEdited("2021-Y", "III. Nguyên nhân", "Thiếu người."));
    expect(paneReducer(more, narrativeSaved("2021-Y", written)).narrative["2021-Y"].edited).toBe(true);
    expect(paneReducer(s, narrativeSaved("2021-Y", written)).narrative["2021-Y"].edited).toBe(false);
    // Another period's words are its own.
    expect(paneReducer(s, narrativeEdited("2021-H1", "III. Nguyên nhân", "x")).narrative["2021-Y"]).toEqual(s.narrative["2021-Y"]);
    expect(run(allSectionsToggled()).allSections).toBe(true);
  });

  it("gives the report the settings typed, and the plan's defaults for those left alone", () => {
    expect(reportSettings(DEFAULT_REPORT)).toEqual({ parentBody: "", archiveCopies: null, number: "", reportDate: null });
    expect(
      reportSettings({
        ...DEFAULT_REPORT,
        to: " Phòng Nội vụ \n\n",
        recipients: "Đảng ủy xã\nCT, các PCT UBND xã",
        draftingUnit: " VP-TK ",
        copies: "02",
        number: " 125 ",
        reportDate: "2021-12-16",
      }),
    ).toEqual({
      parentBody: "",
      to: ["Phòng Nội vụ"],
      recipients: ["Đảng ủy xã", "CT, các PCT UBND xã"],
      draftingUnit: "VP-TK",
      archiveCopies: 2,
      number: "125",
      reportDate: "2021-12-16",
    });
    expect([copiesOf(""), copiesOf("3"), copiesOf("hai"), copiesOf("0"), copiesOf("100")]).toEqual([
      { ok: true, value: null },
      { ok: true, value: 3 },
      { ok: false },
      { ok: false },
      { ok: false },
    ]);
  });

  it("keeps the early warnings of the summary built until it is rebuilt or the plan changes, said in the pane's language", () => {
    expect(run().summaryWarnings).toBeNull();
    const built = run(jobStarted("summary"), summaryWarningsShown(WARNINGS), jobFinished("summary", { intent: "success", say: () => "" }));
    expect(built.summaryWarnings).toBe(WARNINGS);
    // Other jobs and steps leave them; a summary being rebuilt or another plan takes them away with the outcome line.
    expect(paneReducer(paneReducer(built, jobStarted("export")), asOfChanged("2021-12-20" as IsoDate)).summaryWarnings).toBe(WARNINGS);
    expect(paneReducer(built, jobStarted("summary")).summaryWarnings).toBeNull();
    expect(paneReducer(built, planChosen(BUILTIN_PLAN, [])).summaryWarnings).toBeNull();

    // Vietnamese: the very words of Tổng hợp's TongHopCanhBao; English: the same figures, rounded alike.
    const [trend, due] = WARNINGS.warnings;
    expect(WARNINGS.warnings.map(words("vi").earlyWarning)).toEqual([trend.text, due.text]);
    expect(WARNINGS.warnings.map(words("en").earlyWarning)).toEqual([
      "1.2: at the current pace, about 99% < 100% by 31/12/2021 (trend of 2 readings from 31/03/2021 to 30/11/2021)",
      "NV-007 (1.5, Chủ tịch UBND xã): due 16/12/2021, 1 day left, not started: Kiểm tra công vụ",
    ]);
    expect(words("vi").warningNote(WARNINGS.notes[0])).toBe(WARNINGS.notes[0].text);
    expect(words("en").warningNote(WARNINGS.notes[0])).toBe(
      "1.7: too little data to project (only 1 reading in the year; at least 2 are needed, on 2 different days)",
    );
    // 99.96 against 100 is never shown as "100% < 100%".
    if (trend.kind !== "projection") throw new Error("1.2 is a projection");
    const close = { ...trend, projection: { ...trend.projection, projected: 99.96 } };
    expect(words("en").earlyWarning(close)).toMatch(/^1\.2: at the current pace, about 99\.96% < 100% by/);
  });

  it("evaluates the assessment year chosen while the plan has it, else the year the as-of date gives", () => {
    expect(assessmentYears(BUILTIN_PLAN, "2022-02-15" as IsoDate)).toEqual([2021, 2022]);
    const s = initialState("vi", "2022-02-15" as IsoDate);
    expect(assessmentYear(s)).toBe(2021);
    expect(assessmentYear(paneReducer(s, reportSettingsChanged({ assessmentYear: 2022 })))).toBe(2022);
    expect(assessmentYear(paneReducer(s, reportSettingsChanged({ assessmentYear: 2019 })))).toBe(2021);
  });
});
