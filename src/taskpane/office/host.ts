/**
 * Where the task pane runs (0 syncs: no Excel.run here, only Office.onReady):
 * - inside Excel: Office.onReady reports the host; the language is Office's display language;
 * - office.js not loaded (a plain browser, or the CDN unreachable): browser-only mode at once,
 *   language from the browser;
 * - office.js loaded outside Office: onReady reports no host → browser-only mode.
 * A timeout keeps a silent Office.onReady from holding up the first render; if Office turns up
 * later, `onHost` is called again with the Excel host.
 */
import { langFromTag, type Lang } from "../../i18n";

export interface HostInfo {
  /** Excel is there: the insert buttons can work. */
  inExcel: boolean;
  lang: Lang;
}

export const HOST_TIMEOUT_MS = 1500;

function browserLang(): Lang {
  return langFromTag(typeof navigator !== "undefined" ? navigator.language : undefined);
}

export function browserHost(): HostInfo {
  return { inExcel: false, lang: browserLang() };
}

function isExcel(host: unknown): boolean {
  if (host === null || host === undefined) return false;
  const excel = typeof Office !== "undefined" && Office.HostType ? Office.HostType.Excel : "Excel";
  return host === excel || String(host).toLowerCase() === "excel";
}

/**
 * Calls `onHost` once as soon as the host is known (or after `timeoutMs` without an answer), and
 * once more if Office reports Excel after the timeout.
 */
export function detectHost(onHost: (info: HostInfo) => void, timeoutMs = HOST_TIMEOUT_MS): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    onHost(browserHost());
    return;
  }
  let reported = false;
  const report = (info: HostInfo) => {
    reported = true;
    onHost(info);
  };
  const timer = setTimeout(() => {
    if (!reported) report(browserHost());
  }, timeoutMs);
  try {
    const ready = Office.onReady((info) => {
      clearTimeout(timer);
      if (info && isExcel(info.host)) {
        let display: string | undefined;
        try {
          display = Office.context?.displayLanguage;
        } catch {
          display = undefined;
        }
        report({ inExcel: true, lang: display ? langFromTag(display) : browserLang() });
      } else if (!reported) {
        report(browserHost());
      }
    });
    if (ready && typeof (ready as Promise<unknown>).catch === "function") {
      (ready as Promise<unknown>).catch(() => {
        clearTimeout(timer);
        if (!reported) report(browserHost());
      });
    }
  } catch {
    clearTimeout(timer);
    if (!reported) report(browserHost());
  }
}
