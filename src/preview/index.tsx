import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { IsoDate, parseIsoDate } from "../core/dates/isoDate";
import { localToday } from "../core/dates/today";
import { FakeExcel } from "../excel/fake/fakeExcel";
import { newWorkbook } from "../excel/fake/state";
import { ExcelRun } from "../excel/run";
import { App } from "../taskpane/App";
import { Host } from "../taskpane/host";
import { excelWorkbook } from "../taskpane/workbook";

/**
 * `npm run preview`: the task pane over an in-memory workbook, for people without Excel and
 * for the end-to-end tests. The workbook starts with a small tracking sheet to structure.
 * ?lang=en: Office in English; ?today=2021-12-15: the day the pane starts on; ?settings={…}: the
 * workbook's settings as a saved workbook would bring them (next quarter's session).
 */
const excel = new FakeExcel(newWorkbook(["Theo dõi"]));
const seed = excel.sheet("Theo dõi");
if (seed) {
  const rows: Array<Array<string | number>> = [
    ["Nội dung công việc", "Tiêu chí", "Chủ trì", "Thời hạn", "Trạng thái"],
    ["Niêm yết công khai TTHC tại Bộ phận Một cửa", "2.2", "BP TN&TKQ", "Quý IV/2021", "Đã HT"],
    ["Tuyên truyền dịch vụ công trực tuyến trên loa", "1.1", "CC VH-XH", "Trong năm 2021", "đang TH"],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => seed.cells.set(`${i + 1},${j + 1}`, { value: v })));
}

const query = new URLSearchParams(window.location.search);
const settings = JSON.parse(query.get("settings") ?? "{}") as Record<string, unknown>;
for (const [k, v] of Object.entries(settings)) excel.state.settings.set(k, JSON.stringify(v));
const host: Host = {
  run: excel.run as unknown as ExcelRun,
  openWorkbook: excel.createWorkbook,
  sheetApis: { merges: true, cellProperties: true, comments: true, notes: true },
  language: query.get("lang") === "en" ? "en" : "vi",
};
const today: IsoDate = parseIsoDate(query.get("today") ?? "") ?? localToday();
// For the end-to-end tests and the curious: the workbook behind the pane.
Object.assign(window, { cchcPreview: { excel } });

const root = document.getElementById("container");
if (root) {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App workbook={excelWorkbook(host)} language={host.language} today={today} />
    </FluentProvider>,
  );
}
