/**
 * The end-to-end harness, shared by test/e2e/*.test.ts and the load benchmark:
 *
 *   buildFakeOffice()    bundles test/e2e/fake-office/office.ts (webpack, target web) once per
 *                        process, reusing node_modules/.cache/sf-e2e/office.js while its inputs
 *                        are unchanged; the test serves it in place of office.js.
 *   startServer()        a static server for dist/ on 127.0.0.1 and a random port.
 *   launchBrowser()      Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH), headless;
 *                        fails with how to install it when it is missing.
 *   openPane()           a fresh context and page on taskpane.html, office.js routed to the fake
 *                        host (or aborted: officeReachable false), every request recorded.
 *   measureLoad()        one cold load of the production build: ms from navigation to the last
 *                        CustomFunctions.associate call and to the first program-item painted.
 *   measureLoads(n)      n of those and their medians.  closeHarness() ends the shared browser
 *                        and server that measureLoad() starts when it is given none.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { SfAssociation } from "./fake-office/api-types";

/** The repository root: the nearest folder up with package.json (this file also runs compiled, from bench/out/). */
export const ROOT = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();
/** The build under test: dist/, or E2E_DIST (e.g. a private build while dist/ is being rebuilt). */
export const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(ROOT, "dist");
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_ORIGIN_PATTERN = "https://appsforoffice.microsoft.com/**";
const CACHE_DIR = path.join(ROOT, "node_modules", ".cache", "sf-e2e");
const FAKE_OFFICE_DIR = path.join(__dirname, "fake-office");

// ---- The fake office.js --------------------------------------------------------------------------

/** Files whose change means the fake host must be rebuilt. */
function fakeOfficeInputs(): string[] {
  const own = fs
    .readdirSync(FAKE_OFFICE_DIR)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(FAKE_OFFICE_DIR, f));
  return [
    ...own,
    path.join(ROOT, "test", "fixtures", "sf-hyperformula.ts"),
    path.join(ROOT, "test", "fixtures", "custom-functions-global.ts"),
    path.join(ROOT, "node_modules", "hyperformula", "package.json"),
    path.join(ROOT, "node_modules", "webpack", "package.json"),
    __filename,
  ];
}

function inputsKey(): string {
  return fakeOfficeInputs()
    .sort()
    .map((f) => {
      const s = fs.statSync(f);
      return `${path.relative(ROOT, f)}:${s.size}:${s.mtimeMs}`;
    })
    .join("\n");
}

async function compileFakeOffice(outFile: string): Promise<void> {
  // Loaded here so that importing the harness (e.g. for measureLoad) does not load webpack.
  const webpack = (await import("webpack")).default;
  const compiler = webpack({
    mode: "production",
    target: ["web", "es2020"],
    context: ROOT,
    entry: path.join(FAKE_OFFICE_DIR, "office.ts"),
    devtool: false, // no eval: taskpane.html's CSP allows no unsafe-eval
    output: { path: path.dirname(outFile), filename: path.basename(outFile), iife: true, clean: false },
    resolve: {
      extensions: [".ts", ".js", ".mjs", ".json"],
      // One HyperFormula: the plugin module imports it and the workbook requires it lazily, and
      // "import" and "require" would otherwise resolve to two copies (ES and CommonJS builds).
      alias: { hyperformula$: path.join(ROOT, "node_modules", "hyperformula", "es", "index.mjs") },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            onlyCompileBundledFiles: true,
            configFile: path.join(ROOT, "tsconfig.json"),
            compilerOptions: { module: "esnext", sourceMap: false },
          },
        },
      ],
    },
    plugins: [
      // sf-hyperformula.ts can also import the functions from source; in the browser the fake
      // host registers what functions.js associated, so that import must not be bundled.
      new webpack.IgnorePlugin({ resourceRegExp: /src[\\/]functions[\\/]functions$/ }),
      // One file: the only URL the fake may be loaded from is office.js's.
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
    ],
    optimization: { splitChunks: false },
    performance: { hints: false },
    infrastructureLogging: { level: "error" },
    cache: false,
  });
  await new Promise<void>((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(`fake office.js failed to build:\n${stats.toString({ all: false, errors: true })}`));
      resolve();
    });
  });
}

let fakeOffice: Promise<string> | null = null;

/** The fake office.js source (built at most once per process; cached on disk by input mtimes). */
export function buildFakeOffice(): Promise<string> {
  fakeOffice ??= (async () => {
    const outFile = path.join(CACHE_DIR, "office.js");
    const keyFile = `${outFile}.key`;
    const key = inputsKey();
    if (!(fs.existsSync(outFile) && fs.existsSync(keyFile) && fs.readFileSync(keyFile, "utf8") === key)) {
      // Jest runs test files in parallel workers: build privately, then rename into place.
      fs.mkdirSync(CACHE_DIR, { recursive: true });
      const tmpDir = fs.mkdtempSync(path.join(CACHE_DIR, "build-"));
      try {
        await compileFakeOffice(path.join(tmpDir, "office.js"));
        fs.writeFileSync(path.join(tmpDir, "office.js.key"), key);
        fs.renameSync(path.join(tmpDir, "office.js"), outFile);
        fs.renameSync(path.join(tmpDir, "office.js.key"), keyFile);
      } finally {
        fs.rmSync(tmpDir, { recursive: true, force: true });
      }
    }
    return fs.readFileSync(outFile, "utf8");
  })();
  fakeOffice.catch(() => {
    fakeOffice = null;
  });
  return fakeOffice;
}

// ---- Static server -------------------------------------------------------------------------------

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

export interface StaticServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Paths requested, in order, with the status served. */
  requests: Array<{ path: string; status: number }>;
  close(): Promise<void>;
}

/** Serves `root` (dist/ by default) on 127.0.0.1 at a random port, plus `extra` files (path → text). */
export async function startServer(root: string = DIST, extra: Record<string, string> = {}): Promise<StaticServer> {
  const base = path.resolve(root);
  const requests: StaticServer["requests"] = [];
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.resolve(base, `.${urlPath === "/" ? "/taskpane.html" : urlPath}`);
    const send = (status: number, body: Buffer | string, type = "text/plain; charset=utf-8") => {
      requests.push({ path: urlPath, status });
      res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed");
    if (file !== base && !file.startsWith(base + path.sep)) return send(403, "forbidden");
    if (Object.prototype.hasOwnProperty.call(extra, urlPath)) {
      return send(200, extra[urlPath], CONTENT_TYPES[path.extname(urlPath).toLowerCase()] ?? "text/plain; charset=utf-8");
    }
    fs.readFile(file, (err, data) => {
      if (err) return send(404, "not found");
      send(200, data, CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---- Browser -------------------------------------------------------------------------------------

/** Debian's Chromium, headless. Never downloads a browser. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}. The e2e tests need Debian's Chromium: run "apt-get install -y chromium fonts-noto-cjk" ` +
        `(CI's .ci/run does), or set CHROMIUM_PATH. Do not run "npx playwright install".`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

// ---- The task pane -------------------------------------------------------------------------------

/**
 * In every page, before any script: records when the first program-item becomes visible
 * (catalogInDom) and the next frame after it (catalogPainted), in performance.now() ms.
 */
const TIMING_SCRIPT = `(() => {
  const marks = (window.__paneTimings = {});
  const seen = () => {
    const el = document.querySelector('[data-testid="program-item"]');
    if (!el || el.getClientRects().length === 0) return false;
    marks.catalogInDom = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { marks.catalogPainted = performance.now(); };
      channel.port2.postMessage(0);
    });
    return true;
  };
  const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** The "timing" stand-in for office.js: Office.onReady and a CustomFunctions.associate that records. */
const TIMING_OFFICE_JS = `(() => {
  const associated = (window.__sfAssociated = []);
  class CustomFunctionsError extends Error { constructor(code, message) { super(message || ""); this.code = code; } }
  window.CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    associate(id, fn) { associated.push({ id, at: performance.now() }); },
  };
  const info = { host: "Excel", platform: "OfficeOnline" };
  window.Office = {
    HostType: { Excel: "Excel" },
    context: { displayLanguage: (window.__fakeOfficeConfig || {}).displayLanguage || "ko-KR", requirements: { isSetSupported: () => true } },
    onReady(cb) { return new Promise((resolve) => { const go = () => { if (cb) cb(info); resolve(info); }; if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", go); else go(); }); },
  };
})();`;

export interface PaneOptions {
  /** Office.context.displayLanguage and the browser locale (default "ko-KR"). */
  language?: string;
  /** false: office.js cannot be loaded (the request is aborted), as in a plain browser. */
  officeReachable?: boolean;
  /**
   * "workbook" (default): the fake Office host with an in-memory workbook (HyperFormula).
   * "timing": a few hundred bytes of Office and CustomFunctions stand-ins that only record when
   * each function is associated, so load timings measure the add-in rather than the fake host.
   */
  officeStub?: "workbook" | "timing";
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  /** Wait for the first program-item to be visible (default true). */
  waitForCatalog?: boolean;
  timeoutMs?: number;
  /** The page to open (default "/taskpane.html"). */
  path?: string;
  /** The workbook's selection when the pane loads (default "Sheet1!A1"). */
  selection?: string;
}

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
}

export interface Pane {
  page: Page;
  context: BrowserContext;
  url: string;
  /** Every request the page made (page.on("request")), including aborted ones. */
  requests: RecordedRequest[];
  /** console errors and warnings, and uncaught page errors. */
  problems: string[];
  close(): Promise<void>;
}

/** Opens taskpane.html from `server` in a fresh context with the fake Office host. */
export async function openPane(browser: Browser, server: StaticServer, options: PaneOptions = {}): Promise<Pane> {
  const language = options.language ?? "ko-KR";
  const officeReachable = options.officeReachable ?? true;
  const officeJs = !officeReachable ? "" : options.officeStub === "timing" ? TIMING_OFFICE_JS : await buildFakeOffice();
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 360, height: 760 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: language,
    serviceWorkers: "block",
  });
  context.setDefaultTimeout(options.timeoutMs ?? 15_000);
  await context.addInitScript({ content: `window.__fakeOfficeConfig = ${JSON.stringify({ displayLanguage: language, selection: options.selection })};\n${TIMING_SCRIPT}` });
  await context.route(OFFICE_ORIGIN_PATTERN, async (route) => {
    if (officeReachable && route.request().url() === OFFICE_JS_URL) {
      await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: officeJs, headers: { "Cache-Control": "no-store" } });
    } else {
      await route.abort("internetdisconnected");
    }
  });
  const page = await context.newPage();
  const requests: RecordedRequest[] = [];
  const problems: string[] = [];
  page.on("request", (r) => requests.push({ url: r.url(), method: r.method(), resourceType: r.resourceType() }));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  const url = `${server.origin}${options.path ?? "/taskpane.html"}`;
  await page.goto(url, { waitUntil: "load" });
  if (options.waitForCatalog ?? true) {
    await page.locator('[data-testid="program-item"]').first().waitFor({ state: "visible" });
  }
  return { page, context, url, requests, problems, close: () => context.close() };
}

/** Requests that went anywhere but the served origin and office.js (data: and blob: are fine). */
export function foreignRequests(pane: Pane, origin: string): RecordedRequest[] {
  return pane.requests.filter((r) => {
    if (r.url.startsWith("data:") || r.url.startsWith("blob:")) return false;
    if (r.url === OFFICE_JS_URL) return false;
    try {
      return new URL(r.url).origin !== origin;
    } catch {
      return true;
    }
  });
}

// ---- Load measurement ----------------------------------------------------------------------------

export interface LoadTiming {
  /** ms from navigation start to the last CustomFunctions.associate call. */
  functionsReadyMs: number;
  /** ms from navigation start to the frame after the first program-item became visible. */
  catalogRenderedMs: number;
}

let shared: { browser: Promise<Browser>; server: Promise<StaticServer> } | null = null;

function sharedHarness(): { browser: Promise<Browser>; server: Promise<StaticServer> } {
  shared ??= { browser: launchBrowser(), server: startServer(DIST) };
  return shared;
}

/** Closes the browser and server that measureLoad() started for itself. */
export async function closeHarness(): Promise<void> {
  if (!shared) return;
  const { browser, server } = shared;
  shared = null;
  await Promise.allSettled([browser.then((b) => b.close()), server.then((s) => s.close())]);
}

function expectedFunctionCount(): number {
  const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as { functions: unknown[] };
  return metadata.functions.length;
}

/**
 * One cold load of dist/ (a fresh browser context, so nothing cached) with the "timing" Office
 * stand-in: the add-in's own cost, without the fake host's workbook engine or real office.js.
 */
export async function measureLoad(options: { browser?: Browser; server?: StaticServer; language?: string; path?: string } = {}): Promise<LoadTiming> {
  const browser = options.browser ?? (await sharedHarness().browser);
  const server = options.server ?? (await sharedHarness().server);
  const count = expectedFunctionCount();
  const pane = await openPane(browser, server, { language: options.language, path: options.path, waitForCatalog: false, timeoutMs: 30_000, officeStub: "timing" });
  try {
    await pane.page.waitForFunction(
      (n) => {
        const w = window as unknown as { __sfAssociated?: SfAssociation[]; __paneTimings?: { catalogPainted?: number } };
        return (w.__sfAssociated?.length ?? 0) >= n && w.__paneTimings?.catalogPainted !== undefined;
      },
      count,
      { timeout: 30_000 },
    );
    return await pane.page.evaluate(() => {
      const w = window as unknown as { __sfAssociated: SfAssociation[]; __paneTimings: { catalogPainted: number } };
      return {
        functionsReadyMs: Math.max(...w.__sfAssociated.map((a) => a.at)),
        catalogRenderedMs: w.__paneTimings.catalogPainted,
      };
    });
  } finally {
    await pane.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** n loads (default 10) and their medians. */
export async function measureLoads(n = 10, options: { browser?: Browser; server?: StaticServer; path?: string } = {}): Promise<{ runs: LoadTiming[]; median: LoadTiming }> {
  const runs: LoadTiming[] = [];
  for (let i = 0; i < n; i++) runs.push(await measureLoad(options));
  return {
    runs,
    median: { functionsReadyMs: median(runs.map((r) => r.functionsReadyMs)), catalogRenderedMs: median(runs.map((r) => r.catalogRenderedMs)) },
  };
}

/**
 * The floor of the load measurement: a page with the same office.js stand-in and nothing else — a
 * script that associates as many do-nothing functions and puts one program-item on the page. What
 * the add-in adds on top of it is its own cost. Serve these files with startServer(DIST, BASELINE_FILES)
 * and measure "/baseline.html".
 */
export const BASELINE_FILES: Record<string, string> = {
  "/baseline.html": `<!doctype html><html><head><meta charset="utf-8"><script src="${OFFICE_JS_URL}"></script><script defer src="baseline.js"></script></head><body><div id="root"></div></body></html>`,
  "/baseline.js": `(() => {
  const ids = JSON.parse(${JSON.stringify(JSON.stringify(["SUBSIDY", "SPLIT", "SHARE", "CAP", "RATE", "PERIOD", "PROGRAMS", "TIERS", "EXPLAIN", "CHANGE", "CONTACT", "SCHEDULE"]))});
  for (const id of ids) CustomFunctions.associate(id, () => 0);
  const item = document.createElement("div");
  item.setAttribute("data-testid", "program-item");
  item.textContent = "program";
  document.getElementById("root").appendChild(item);
})();`,
};
