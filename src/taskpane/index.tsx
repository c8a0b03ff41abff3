import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { localToday } from "../core/dates/today";
import { App } from "./App";
import { officeHost } from "./host";
import { StartupProblem, StartupTrouble } from "./StartupProblem";
import { excelWorkbook } from "./workbook";

// The Office Add-in template's shape: mount inside Office.onReady, Fluent around the app. When
// office.js is missing (offline, blocked) or never answers, say so instead of a blank page.
const OFFICE_TIMEOUT_MS = 20_000;
const container = document.getElementById("container");
const root = container ? createRoot(container) : null;
const show = (node: React.ReactNode) => root?.render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const trouble = (t: StartupTrouble) => show(<StartupProblem trouble={t} />);

if (typeof Office === "undefined") trouble("officeMissing");
else {
  const slow = setTimeout(() => trouble("officeSlow"), OFFICE_TIMEOUT_MS);
  void Office.onReady((info) => {
    clearTimeout(slow);
    if (info.host !== Office.HostType.Excel) return trouble("notInExcel");
    const host = officeHost();
    show(<App workbook={excelWorkbook(host)} language={host.language} today={localToday()} />);
  });
}
