/**
 * The production build in dist/ (`npm test` runs `npm run build` first): every file the manifest
 * names is there, the page loads office.js, then functions.js, then taskpane.js, and functions.js
 * is a self-contained, DOM-free bundle that registers every function in functions.json.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { ROOT, checkManifest, descendants, parseXml } from "../../scripts/manifest-check.cjs";

const DIST = path.join(ROOT, "dist");
const distPath = (...parts: string[]) => path.join(DIST, ...parts);
const read = (...parts: string[]) => fs.readFileSync(distPath(...parts), "utf8");

const REQUIRED = [
  "manifest.xml",
  "functions.js",
  "functions.json",
  "taskpane.js",
  "taskpane.html",
  "assets/icon-16.png",
  "assets/icon-32.png",
  "assets/icon-64.png",
  "assets/icon-80.png",
  "assets/icon-128.png",
  "help/index.html",
  "help/functions.html",
];

interface FunctionMetadata {
  id: string;
  name: string;
  helpUrl?: string;
}

beforeAll(() => {
  if (!fs.existsSync(distPath("manifest.xml")) || !fs.existsSync(distPath("functions.js"))) {
    throw new Error(`dist/ is missing or incomplete (${DIST}). Run \`npm run build\` first (\`npm test\` does it for you).`);
  }
});

/** The URL the build is served from: the folder of the manifest's DefaultSettings/SourceLocation. */
function servedFrom(): string {
  const root = parseXml(read("manifest.xml"));
  const source = descendants(root, "DefaultSettings").flatMap((d) => descendants(d, "SourceLocation"))[0];
  return source.attrs.DefaultValue.replace(/[^/]*$/, "");
}

/** The dist file a served URL names (without its #fragment), or undefined for another origin. */
function fileFor(url: string, base = servedFrom()): string | undefined {
  return url.startsWith(base) ? distPath(...url.slice(base.length).replace(/[#?].*$/, "").split("/")) : undefined;
}

describe("dist/", () => {
  test.each(REQUIRED)("has %s", (file) => {
    expect(fs.existsSync(distPath(file))).toBe(true);
  });

  test("manifest.xml passes the manifest checks against the built assets", async () => {
    const { errors } = await checkManifest({ manifestPath: distPath("manifest.xml") });
    expect(errors).toEqual([]);
  });

  test("every URL in manifest.xml and functions.json names a file in dist/", () => {
    const base = servedFrom();
    const manifestUrls = [...read("manifest.xml").matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    const helpUrls = (JSON.parse(read("functions.json")).functions as FunctionMetadata[]).map((f) => f.helpUrl ?? "");
    const urls = [...manifestUrls, ...helpUrls].filter((u) => u.startsWith(base));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect({ url, exists: fs.existsSync(fileFor(url, base)!) }).toEqual({ url, exists: true });
    }
  });

  test("every function has a help URL whose anchor exists in help/functions.html", () => {
    const help = read("help", "functions.html");
    for (const f of JSON.parse(read("functions.json")).functions as FunctionMetadata[]) {
      expect(f.helpUrl).toMatch(/\/help\/functions\.html#[a-z]+$/);
      const anchor = f.helpUrl!.split("#")[1];
      expect({ id: f.id, anchorInPage: new RegExp(`id=["']?${anchor}["'\\s>]`).test(help) }).toEqual({ id: f.id, anchorInPage: true });
    }
  });

  test("help pages are self-contained: no scripts, no external resources", () => {
    for (const page of ["index.html", "functions.html"]) {
      const html = read("help", page);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<link[^>]+stylesheet/i);
      expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//i);
    }
  });
});

describe("taskpane.html", () => {
  const html = () => read("taskpane.html");
  const scripts = () => [...html().matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
  const srcOf = (attrs: string) => /\bsrc=["']?([^"'\s>]+)/.exec(attrs)?.[1] ?? "";

  test("loads office.js, then functions.js, then taskpane.js", () => {
    const srcs = scripts().map(srcOf);
    const at = (re: RegExp) => srcs.findIndex((s) => re.test(s));
    expect(srcs[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(at(/(^|\/)functions\.js$/)).toBeGreaterThan(0);
    expect(at(/(^|\/)taskpane\.js$/)).toBeGreaterThan(at(/(^|\/)functions\.js$/));
  });

  test("office.js is a plain blocking script in <head>; the bundles are deferred", () => {
    const [office, ...bundles] = scripts();
    expect(office).not.toMatch(/\b(defer|async|type=["']?module)/);
    expect(html().indexOf("office.js")).toBeLessThan(html().indexOf("</head>"));
    for (const attrs of bundles) expect(attrs).toMatch(/\bdefer\b/);
  });

  test("every local script exists in dist/", () => {
    for (const src of scripts().map(srcOf).filter((s) => !/^https?:/.test(s))) {
      expect(fs.existsSync(distPath(src.replace(/^\//, "")))).toBe(true);
    }
  });

  test("has the Content-Security-Policy and the #root element", () => {
    const csp = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html())?.[1];
    expect(csp).toBeDefined();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(csp).not.toContain("unsafe-eval");
    expect(html()).toMatch(/<div id=["']?root["']?>/);
    expect(html()).toMatch(/<html lang=["']?ko/);
  });
});

describe("functions.js", () => {
  /** Loads functions.js in a bare context: no window, document, self or Office; only CustomFunctions. */
  function load() {
    const associated = new Map<string, unknown>();
    class CustomFunctionsError extends Error {
      constructor(
        readonly code: string,
        message?: string,
      ) {
        super(message);
      }
    }
    const context = vm.createContext({
      console,
      CustomFunctions: {
        associate: (id: string, fn: unknown) => {
          if (associated.has(id)) throw new Error(`${id} associated twice`);
          associated.set(id, fn);
        },
        Error: CustomFunctionsError,
        ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
      },
    });
    vm.runInContext(read("functions.js"), context, { filename: "functions.js" });
    return associated;
  }

  test("loads without a DOM and associates exactly the ids in functions.json", () => {
    const associated = load();
    const ids = (JSON.parse(read("functions.json")).functions as FunctionMetadata[]).map((f) => f.id);
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect([...associated.keys()].sort()).toEqual([...ids].sort());
    for (const fn of associated.values()) expect(typeof fn).toBe("function");
  });

  test("computes in that bare context (the documented examples)", () => {
    const subsidy = load().get("SUBSIDY") as (...args: unknown[]) => number;
    expect(subsidy("스마트공장 구축 및 고도화", "고도화1", 300000000, null, null)).toBe(150000000);
    expect(subsidy("스마트공장 구축 및 고도화", "고도화1", 500000000, null, null)).toBe(200000000);
  });

  test("does not carry the task pane (React) with it", () => {
    const js = read("functions.js");
    expect(js).not.toMatch(/react\.(transitional\.)?element/);
    expect(js).not.toMatch(/__CLIENT_INTERNALS_DO_NOT_USE|__SECRET_INTERNALS/);
  });

  test("its own sources touch no window or document", () => {
    // The modules bundled into functions.js from src/, found by following relative imports.
    const seen = new Set<string>();
    const resolve = (from: string, spec: string) =>
      [".ts", ".tsx", "/index.ts", ""].map((ext) => path.resolve(path.dirname(from), spec + ext)).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    const visit = (file: string) => {
      if (seen.has(file) || file.endsWith(".json")) return;
      seen.add(file);
      const source = fs.readFileSync(file, "utf8");
      for (const [, spec] of source.matchAll(/(?:from|import\()\s*["'](\.{1,2}\/[^"']+)["']/g)) {
        const target = resolve(file, spec);
        if (target) visit(target);
      }
    };
    visit(path.join(ROOT, "src", "functions", "functions.ts"));
    expect(seen.size).toBeGreaterThan(1);
    for (const file of seen) {
      const code = fs
        .readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
      const uses = code.match(/\b(window|document|self|localStorage|navigator)\s*[.[]/g);
      expect({ file: path.relative(ROOT, file), uses }).toEqual({ file: path.relative(ROOT, file), uses: null });
    }
  });
});

describe("bundles", () => {
  test("no dist/*.js uses eval or new Function (the page's CSP forbids both)", () => {
    const files = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
    expect(files).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    for (const file of files) {
      const js = read(file);
      const found = js.match(/\beval\s*\(|\bnew\s+Function\b|(?:^|[^\w$.])Function\(\s*["'`]/g);
      expect({ file, found }).toEqual({ file, found: null });
    }
  });
});
