import fs from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

describe("the add-in's surface", () => {
  const files = sourceFiles(path.join(ROOT, "src"));

  it("renders no raw HTML and builds no code from strings", () => {
    const offenders = files.filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(|\beval\(|new Function\(/.test(fs.readFileSync(file, "utf8")),
    );
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it("makes no network request of its own (no fetch, XMLHttpRequest, WebSocket or beacon in src/)", () => {
    const offenders = files.filter((file) => /\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|EventSource/.test(fs.readFileSync(file, "utf8")));
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it("allows scripts only from itself and the Office.js CDN", () => {
    const html = fs.readFileSync(path.join(ROOT, "dist/taskpane.html"), "utf8");
    const csp = /Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html)?.[1] ?? "";
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1].trim().split(/\s+/);
    expect(scriptSrc).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(csp).toMatch(/default-src 'self'/);
    const external = [...html.matchAll(/<script[^>]*\ssrc=["']?(https?:[^"'\s>]+)/g)].map((m) => m[1]);
    expect(external).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });

  it("asks for ReadWriteDocument only, over https only, with no AppDomains", () => {
    const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect([...manifest.matchAll(/<Permissions>([^<]+)<\/Permissions>/g)].map((m) => m[1])).toEqual(["ReadWriteDocument"]);
    expect(manifest).not.toMatch(/<AppDomain/);
    // XML namespaces are http: names, not URLs; every URL the add-in loads is a DefaultValue or Value.
    expect(manifest).not.toMatch(/(DefaultValue|Value)="http:\/\//);
    expect(manifest).toMatch(/DefaultValue="https:\/\//);
  });
});
