import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { officeHost } from "./host";
import { localToday } from "../core/dates/today";

// The Office Add-in template's shape: mount inside Office.onReady, Fluent around the app.
Office.onReady(() => {
  const root = document.getElementById("container");
  if (!root) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App host={officeHost()} today={localToday()} />
    </FluentProvider>,
  );
});
