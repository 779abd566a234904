/**
 * The add-in manifest: XSD-valid (offline, xmllint-wasm) and true to the rules a schema cannot
 * see (scripts/manifest-check.cjs, also behind `npm run validate`). The negative cases prove that
 * each check can fail.
 */
import * as fs from "fs";
import * as path from "path";
import { ASSETS_DIR, MANIFEST_PATH, ROOT, SCHEMA_DIR, checkManifest, checkRules, parseXml, pngSize, validateXsd } from "../../scripts/manifest-check.cjs";

const SHARED_SCHEMA_DIR = path.resolve(ROOT, "..", "shared", "office-manifest-schema");
const manifest = fs.readFileSync(MANIFEST_PATH, "utf8");

/** The manifest with `from` replaced by `to`; fails if `from` is not there (so a case cannot pass vacuously). */
function mutate(from: string | RegExp, to: string, xml = manifest): string {
  const changed = xml.replace(from, to);
  expect(changed).not.toBe(xml);
  return changed;
}

const expectRuleError = (xml: string, pattern: RegExp) => expect(checkRules(xml)).toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));

jest.setTimeout(30_000);

describe("manifest.xml", () => {
  test("is valid against the XSDs and passes every rule", async () => {
    const { xsd, rules, errors } = await checkManifest();
    expect(xsd).toEqual([]);
    expect(rules).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("is a shared-runtime Excel task pane add-in with the SF namespace", () => {
    const root = parseXml(manifest);
    expect(root.local).toBe("OfficeApp");
    const text = (name: string) => root.children.find((c) => c.local === name)?.text.trim();
    expect(text("Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text("Id")).not.toBe("ca968be6-628b-4f14-ba3c-3e614effa9bd"); // the template's id
    expect(text("DefaultLocale")).toBe("ko-KR");
    expect(text("Permissions")).toBe("ReadWriteDocument");
    expect(manifest).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="SF"\/>/);
    expect(manifest).toMatch(/<bt:String id="CatalogButton.Label" DefaultValue="지원금 카탈로그">\s*<bt:Override Locale="en-US" Value="Subsidy catalog"\/>/);
  });

  test("names icons that exist in assets/ with the right pixel size", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const png = pngSize(fs.readFileSync(path.join(ASSETS_DIR, `icon-${size}.png`)));
      expect(png).toEqual({ width: size, height: size });
    }
    expect(pngSize(Buffer.from("not a png at all, not even close"))).toBeNull();
  });
});

describe("the schema copies", () => {
  test("hold the entry schema and everything it imports", () => {
    const files = fs.readdirSync(SCHEMA_DIR);
    expect(files).toEqual(expect.arrayContaining(["OfficeAppManifestV1_1.xsd", "TaskPaneAppVersionOverridesV1_0.xsd", "OfficeAppBasicTypesV1_0.xsd", "README.md"]));
    for (const xsd of files.filter((f) => f.endsWith(".xsd"))) {
      for (const [, imported] of fs.readFileSync(path.join(SCHEMA_DIR, xsd), "utf8").matchAll(/schemaLocation="([^"]+)"/g)) {
        expect(files).toContain(imported);
      }
    }
  });

  const sharedExists = fs.existsSync(SHARED_SCHEMA_DIR);
  (sharedExists ? test : test.skip)("equal ../shared/office-manifest-schema (when that folder exists)", () => {
    const shared = fs.readdirSync(SHARED_SCHEMA_DIR).sort();
    expect(fs.readdirSync(SCHEMA_DIR).sort()).toEqual(shared);
    for (const name of shared) {
      expect(fs.readFileSync(path.join(SCHEMA_DIR, name), "utf8")).toBe(fs.readFileSync(path.join(SHARED_SCHEMA_DIR, name), "utf8"));
    }
  });
});

describe("the checks fail when they should", () => {
  test("<Runtimes> after <AllFormFactors> fails XSD validation (and the rule)", async () => {
    const runtimes = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/;
    const block = manifest.match(runtimes)![0];
    const moved = mutate("</AllFormFactors>", `</AllFormFactors>${block}`, mutate(runtimes, ""));
    const errors = await validateXsd(moved);
    expect(errors.join("\n")).toMatch(/Runtimes.*not expected/);
    expectRuleError(moved, /<Runtimes> must be the first child/);
  });

  test("a manifest that is not well-formed fails", async () => {
    const broken = mutate("</DisplayName>", "");
    expect((await validateXsd(broken)).length).toBeGreaterThan(0);
    expect(checkRules(broken)).toEqual([expect.stringMatching(/not well-formed/)]);
  });

  test("a missing required element fails XSD validation", async () => {
    expect((await validateXsd(mutate(/<Id>[^<]*<\/Id>/, ""))).join("\n")).toMatch(/Id/);
  });

  test("a custom functions Page with another resid than the Runtime fails", async () => {
    const xml = mutate(
      '<bt:Url id="Taskpane.Url"',
      '<bt:Url id="Functions.Page.Url" DefaultValue="https://localhost:3000/functions.html"/>\n        <bt:Url id="Taskpane.Url"',
      mutate(/(<Page>\s*<SourceLocation resid=")Taskpane.Url"/, '$1Functions.Page.Url"'),
    );
    expect(await validateXsd(xml)).toEqual([]); // the schema cannot see it
    expect(checkRules(xml)).toEqual([expect.stringMatching(/CustomFunctions <Page> <SourceLocation> resid="Functions.Page.Url".*must equal the <Runtime> resid "Taskpane.Url"/)]);
  });

  test("a FunctionFile with another resid than the Runtime fails", () => {
    expectRuleError(mutate('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'), /<FunctionFile> resid="Functions.Script.Url".*must equal/);
  });

  test("a Runtime with lifetime short fails", () => {
    expectRuleError(mutate('lifetime="long"', 'lifetime="short"'), /lifetime="long"/);
  });

  test("an http:// URL fails", () => {
    const xml = mutate('DefaultValue="https://localhost:3000/functions.json"', 'DefaultValue="http://localhost:3000/functions.json"');
    expect(checkRules(xml)).toEqual([expect.stringMatching(/URL must be https: "http:\/\/localhost:3000\/functions.json"/)]);
  });

  test("a resid without a resource fails", () => {
    const xml = mutate(/\s*<bt:String id="CatalogButton.Tooltip"[\s\S]*?<\/bt:String>/, "");
    expect(checkRules(xml)).toEqual([expect.stringMatching(/resid="CatalogButton.Tooltip" is not defined in <Resources>/)]);
  });

  test("a resid that points to the wrong kind of resource fails", () => {
    expectRuleError(mutate('<Label resid="CatalogButton.Label"/>', '<Label resid="CatalogButton.Tooltip"/>'), /resid="CatalogButton.Tooltip".*must point to a ShortString resource/);
  });

  test("an icon of the wrong size, or with no file, fails", () => {
    expectRuleError(mutate('id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"'), /needs a 80x80 icon, but .*icon-64.png is 64x64/);
    expectRuleError(mutate("assets/icon-16.png", "assets/icon-17.png"), /icon-17.png.*has no file/);
  });

  test("another namespace, permission or host fails", () => {
    expectRuleError(mutate('DefaultValue="SF"', 'DefaultValue="CONTOSO"'), /namespace must be "SF"/);
    expectRuleError(mutate("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"), /<Permissions> must be ReadWriteDocument/);
    expectRuleError(mutate('<Set Name="SharedRuntime" MinVersion="1.1"/>', '<Set Name="ExcelApi" MinVersion="1.1"/>'), /SharedRuntime/);
  });

  test("<AppDomains> fails", () => {
    expectRuleError(mutate("  <Hosts>", "  <AppDomains><AppDomain>https://example.com</AppDomain></AppDomains>\n  <Hosts>"), /<AppDomains> is not needed/);
  });

  test("a missing English override or Korean default fails", () => {
    expectRuleError(mutate(/\s*<Override Locale="en-US" Value="Smart Factory Subsidy"\/>/, ""), /<DisplayName>.*has no en-US <Override>/);
    expectRuleError(mutate('DefaultValue="지원금 카탈로그"', 'DefaultValue="Subsidy catalog"'), /string "CatalogButton.Label".*has no Korean text/);
  });

  test("an unused resource fails", () => {
    expectRuleError(mutate("<bt:Urls>", '<bt:Urls>\n        <bt:Url id="Unused.Url" DefaultValue="https://localhost:3000/unused.html"/>'), /resource "Unused.Url" is never used/);
  });
});
