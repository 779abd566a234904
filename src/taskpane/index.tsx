/**
 * Task pane entry (webpack builds it into taskpane.js, loaded after office.js and functions.js).
 *
 * Renders in three situations (see ./office/host):
 * 1. inside Excel: after Office.onReady, language from Office's display language;
 * 2. office.js not loaded (plain browser, CDN unreachable): at once, browser-only mode;
 * 3. office.js loaded outside Office (onReady without a host): browser-only mode.
 * A short timeout keeps a silent Office from holding up the first render.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./office/host";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  detectHost((host) => {
    root.render(<App inExcel={host.inExcel} initialLang={host.lang} />);
  });
}
