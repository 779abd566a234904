/**
 * A fake Office host for the end-to-end test: served in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js (bundled by test/e2e/harness.ts).
 *
 * Globals it provides, as Excel on the web would after office.js loads:
 * - CustomFunctions: Error, ErrorCode, associate(id, fn), which records the function and the
 *   performance.now() of the call in window.__sfAssociated.
 * - Office: onReady(cb) → Promise<{host: "Excel", platform: "OfficeOnline"}> once the DOM is
 *   ready (and Office.initialize, if the page set one); context.displayLanguage (from
 *   window.__fakeOfficeConfig, ?displayLanguage=…, _host_Info or window.name; default "ko-KR");
 *   context.requirements.isSetSupported() → true; HostType; PlatformType;
 *   context.document.settings: get (null when missing) / set / remove / saveAsync([options,]
 *   callback) → { status: "succeeded" } on a later tick; the saved copy starts from
 *   __fakeOfficeConfig.settings. Values are kept as JSON, as Office stores them.
 * - Excel.run over a one-sheet in-memory workbook ("Sheet1") computed by HyperFormula, with the
 *   associated SF functions as a plugin (see ./excel.ts for the API subset).
 * - OfficeExtension.Error and ErrorCodes.
 * - window.__fakeExcel, the test's side (see ./api-types.ts).
 * Everything else throws "fake Office: … is not implemented".
 */
import { CustomFunctionsError, ErrorCode } from "../../fixtures/custom-functions-global";
import type { CellScalar, FakeExcelApi, FakeOfficeConfig, SfAssociation } from "./api-types";
import { SHEET_NAME, formatAddress, parseAddress } from "./a1";
import { CalculationType, ErrorCodes, Host, OfficeExtensionError, run, strict, type RequestContext } from "./excel";
import { Workbook } from "./workbook";

type Impl = (...args: unknown[]) => unknown;
const startedAt = performance.now();

interface FakeWindow {
  /** When the fake office.js started and finished running (performance.now()). */
  __fakeOfficeTiming: { start: number; end: number };
  __fakeOfficeConfig?: FakeOfficeConfig;
  __sfAssociated: SfAssociation[];
  __fakeExcel: FakeExcelApi;
  CustomFunctions: unknown;
  Office: unknown;
  Excel: unknown;
  OfficeExtension: unknown;
}
const w = window as unknown as FakeWindow;

// ---- CustomFunctions -------------------------------------------------------------------------
const associated = new Map<string, Impl>();
const associations: SfAssociation[] = [];
w.__sfAssociated = associations;

const host = new Host(new Workbook(() => associated));
if (w.__fakeOfficeConfig?.selection) host.selection = parseAddress(w.__fakeOfficeConfig.selection);

w.CustomFunctions = strict(host, "CustomFunctions", {
  Error: CustomFunctionsError,
  ErrorCode,
  associate(id: string | Record<string, Impl>, fn?: Impl): void {
    const at = performance.now();
    if (typeof id !== "string" || typeof fn !== "function") {
      return host.notImplemented("CustomFunctions.associate(mappings) (only associate(id, function))");
    }
    associated.set(id.toUpperCase(), fn);
    associations.push({ id: id.toUpperCase(), at });
  },
});

// ---- Office ----------------------------------------------------------------------------------
function displayLanguage(): string {
  const fromConfig = w.__fakeOfficeConfig?.displayLanguage;
  if (fromConfig) return fromConfig;
  const query = new URLSearchParams(location.search);
  const fromQuery = query.get("displayLanguage");
  if (fromQuery) return fromQuery;
  const hostInfo = query.get("_host_Info"); // Excel$Win32$16.01$en-US$…, as Office passes it
  if (hostInfo && hostInfo.split("$")[3]) return hostInfo.split("$")[3];
  try {
    const fromName = (JSON.parse(window.name) as { fakeOffice?: FakeOfficeConfig }).fakeOffice?.displayLanguage;
    if (fromName) return fromName;
  } catch {
    // window.name is not ours
  }
  return "ko-KR";
}

const HostType = { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" };
const PlatformType = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" };
const info = { host: HostType.Excel, platform: PlatformType.OfficeOnline };

const domReady = new Promise<void>((resolve) => {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => resolve(), { once: true });
  else resolve();
});

// Settings: the document's copy (saved) and the session's (changed by set/remove until saveAsync).
const copy = (value: Record<string, unknown>) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
let savedSettings: Record<string, unknown> = copy(w.__fakeOfficeConfig?.settings ?? {});
const sessionSettings: Record<string, unknown> = copy(savedSettings);
type AsyncCallback = (result: { status: "succeeded"; value: undefined; asyncContext?: unknown }) => void;
const settings = strict(host, "Office.context.document.settings", {
  get(name: string): unknown {
    return name in sessionSettings ? copy({ v: sessionSettings[name] }).v : null;
  },
  set(name: string, value: unknown): void {
    sessionSettings[name] = copy({ v: value }).v;
  },
  remove(name: string): void {
    delete sessionSettings[name];
  },
  saveAsync(optionsOrCallback?: unknown, callback?: AsyncCallback): void {
    const cb = (typeof optionsOrCallback === "function" ? optionsOrCallback : callback) as AsyncCallback | undefined;
    const asyncContext = typeof optionsOrCallback === "object" && optionsOrCallback !== null ? (optionsOrCallback as { asyncContext?: unknown }).asyncContext : undefined;
    setTimeout(() => {
      savedSettings = copy(sessionSettings);
      cb?.({ status: "succeeded", value: undefined, asyncContext });
    }, 0);
  },
});

const officeTarget = {
  initialize: undefined as undefined | ((reason: string) => void),
  HostType,
  PlatformType,
  context: strict(host, "Office.context", {
    get displayLanguage() {
      return displayLanguage();
    },
    host: HostType.Excel,
    platform: PlatformType.OfficeOnline,
    document: strict(host, "Office.context.document", { settings }),
    requirements: strict(host, "Office.context.requirements", {
      isSetSupported(_name: string, _minVersion?: string | number): boolean {
        return true;
      },
    }),
  }),
  onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
    return ready.then(() => {
      callback?.({ ...info });
      return { ...info };
    });
  },
};
const office = strict(host, "Office", officeTarget);
const ready = domReady.then(() => {
  if (typeof officeTarget.initialize === "function") officeTarget.initialize("inserted");
});
w.Office = office;

// ---- Excel and OfficeExtension -----------------------------------------------------------------
w.Excel = strict(host, "Excel", {
  CalculationType,
  run<T>(batch: (context: RequestContext) => Promise<T> | T): Promise<T> {
    return run(host, batch);
  },
});
w.OfficeExtension = strict(host, "OfficeExtension", { Error: OfficeExtensionError, ErrorCodes });

// ---- The test's side ---------------------------------------------------------------------------
function oneCell(address: string): { row: number; col: number } {
  const rect = parseAddress(address);
  if (rect.rows !== 1 || rect.cols !== 1) throw new Error(`fake Excel: ${address} is not one cell`);
  return rect;
}

const api: FakeExcelApi = {
  select(address: string) {
    host.selection = parseAddress(address);
  },
  get selection() {
    return formatAddress(host.selection);
  },
  setCell(address: string, value: CellScalar) {
    const { row, col } = oneCell(address);
    host.workbook.write(row, col, value);
  },
  getValue(address: string) {
    const { row, col } = oneCell(address);
    return host.workbook.read(row, col);
  },
  getFormula(address: string) {
    const { row, col } = oneCell(address);
    return host.workbook.formula(row, col);
  },
  getNumberFormat(address: string) {
    const { row, col } = oneCell(address);
    return host.workbook.numberFormat(row, col);
  },
  isBold(address: string) {
    const { row, col } = oneCell(address);
    return host.workbook.isBold(row, col);
  },
  dump: () => host.workbook.dump(),
  get syncCount() {
    return host.syncCount;
  },
  get syncCalls() {
    return host.syncCalls;
  },
  get runsStarted() {
    return host.runsStarted;
  },
  get runsFinished() {
    return host.runsFinished;
  },
  get runErrors() {
    return [...host.runErrors];
  },
  get tables() {
    return host.tables.map(({ name, style, address, hasHeaders }) => ({ name, style, address, hasHeaders }));
  },
  get autofitCalls() {
    return [...host.autofitCalls];
  },
  get log() {
    return [...host.log];
  },
  get unimplemented() {
    return [...host.unimplemented];
  },
  get engineReady() {
    return host.workbook.ready;
  },
  get calculations() {
    return [...host.calculations];
  },
  get savedSettings() {
    return copy(savedSettings);
  },
};
w.__fakeExcel = api;
w.__fakeOfficeTiming = { start: startedAt, end: performance.now() };

export { SHEET_NAME };
