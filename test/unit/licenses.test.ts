import fs from "node:fs";
import path from "node:path";

/**
 * Every package the add-in ships (dependencies and what they pull in, as package-lock.json marks
 * them: not dev) carries a permissive licence. GPL tools such as HyperFormula stay in
 * devDependencies: they run only in tests and the benchmark.
 */
const ALLOWED = new Set(["MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "0BSD"]);

/** "MIT", "(MIT OR Apache-2.0)": allowed when some alternative of an OR is allowed. */
function allowed(license: string): boolean {
  return license
    .replace(/[()]/g, "")
    .split(/\s+OR\s+/)
    .some((alt) => alt.split(/\s+AND\s+/).every((part) => ALLOWED.has(part.trim())));
}

describe("licences of shipped dependencies", () => {
  const lock = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package-lock.json"), "utf8")) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean; license?: string }>;
  };
  const shipped = Object.entries(lock.packages).filter(([name, p]) => name !== "" && !p.dev && !p.devOptional);

  it("covers the runtime dependencies", () => {
    const names = shipped.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(["node_modules/react", "node_modules/@fluentui/react-components", "node_modules/es-hangul"]));
  });

  it("are all MIT, Apache, BSD or ISC", () => {
    const bad = shipped.filter(([, p]) => !p.license || !allowed(p.license)).map(([name, p]) => `${name}: ${p.license ?? "no licence"}`);
    expect(bad).toEqual([]);
  });

  it("keep GPL packages out of what ships", () => {
    expect(lock.packages["node_modules/hyperformula"]?.dev).toBe(true);
    expect(allowed("GPL-3.0-only")).toBe(false);
    expect(allowed("(MIT OR GPL-3.0)")).toBe(true);
  });
});
