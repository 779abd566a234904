/**
 * Task pane entry (webpack builds it into taskpane.js, loaded after office.js and functions.js).
 *
 * Renders in three situations (see ./office/host):
 * 1. inside Excel: after Office.onReady, language from Office's display language;
 * 2. office.js not loaded (plain browser, CDN unreachable): at once, browser-only mode;
 * 3. office.js loaded outside Office (onReady without a host): browser-only mode.
 * A short timeout keeps a silent Office from holding up the first render.
 * Inside Excel, catalog files kept with the workbook are loaded again (./catalogFiles, imported
 * lazily) and Excel recalculates; the pane reports how that went in its status line.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { RestoreReport } from "./catalogFiles";
import { detectHost } from "./office/host";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  // Inside Excel, the catalogs kept with the workbook are loaded once (then Excel recalculates).
  let restoring: Promise<RestoreReport | null> | undefined;
  detectHost((host) => {
    if (host.inExcel && restoring === undefined) {
      restoring = import("./catalogFiles").then((m) => m.restoreCatalogs()).catch((error: unknown) => ({ years: [], errors: [String(error)] }));
    }
    root.render(<App inExcel={host.inExcel} initialLang={host.lang} restoring={restoring} />);
  });
}
