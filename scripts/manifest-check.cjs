"use strict";
/**
 * Offline checks of the add-in manifest (manifest.xml), shared by `npm run validate`
 * (scripts/validate-manifest.mjs) and the unit tests (test/unit/manifest.test.ts).
 *
 * 1. XSD validation with xmllint-wasm (libxml2 in WebAssembly: no system xmllint needed) against
 *    the schemas in schemas/office-manifest/ (copied from ../shared/office-manifest-schema).
 * 2. Rules the schema cannot express: resids resolve to resources of the right kind, the shared
 *    runtime uses one resid everywhere, https only, icon files exist with the stated pixel size,
 *    namespace SF, ReadWriteDocument, no AppDomains, ko-KR and en-US strings.
 *
 * Every check returns a list of messages; an empty list means the manifest passed.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const SCHEMA_DIR = path.join(ROOT, "schemas", "office-manifest");
const SCHEMA_ENTRY = "OfficeAppManifestV1_1.xsd";
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const ASSETS_DIR = path.join(ROOT, "assets");
const DEV_BASE_URL = "https://localhost:3000/";

const NAMESPACE = "SF";
const PERMISSION = "ReadWriteDocument";
const DEFAULT_LOCALE = "ko-KR";
const OVERRIDE_LOCALE = "en-US";
const HANGUL = /[\uAC00-\uD7A3]/;

// ---------------------------------------------------------------------------------------------
// XSD validation

/**
 * Validates manifest XML against the Office add-in manifest XSDs.
 * @param {string} xml the manifest text
 * @param {{ schemaDir?: string, fileName?: string }} [options]
 * @returns {Promise<string[]>} error messages, empty when valid
 */
async function validateXsd(xml, options = {}) {
  const { validateXML } = require("xmllint-wasm");
  const schemaDir = options.schemaDir || SCHEMA_DIR;
  const fileName = options.fileName || "manifest.xml";
  const xsdFiles = fs.readdirSync(schemaDir).filter((name) => name.endsWith(".xsd"));
  if (!xsdFiles.includes(SCHEMA_ENTRY)) {
    return [`${SCHEMA_ENTRY} not found in ${schemaDir}`];
  }
  const read = (name) => ({ fileName: name, contents: fs.readFileSync(path.join(schemaDir, name), "utf8") });
  let result;
  try {
    result = await validateXML({
      xml: [{ fileName, contents: xml }],
      schema: [read(SCHEMA_ENTRY)],
      // The entry schema imports the others by relative file name.
      preload: xsdFiles.filter((name) => name !== SCHEMA_ENTRY).map(read),
    });
  } catch (err) {
    // xmllint exits with an unexpected code, e.g. when the document is not well-formed XML.
    return [`${fileName}: xmllint failed: ${String(err && err.message ? err.message : err).trim()}`];
  }
  if (result.valid) return [];
  const errors = result.errors.map((e) => e.rawMessage.trim()).filter(Boolean);
  return errors.length > 0 ? errors : [result.rawOutput.trim() || `${fileName}: invalid (no message from xmllint)`];
}

// ---------------------------------------------------------------------------------------------
// A small XML reader: enough for a manifest (elements, attributes, text, comments, CDATA,
// the five predefined entities and character references). Well-formedness is xmllint's job.

/**
 * @typedef {{ name: string, local: string, attrs: Record<string, string>, children: XmlElement[],
 *             text: string, line: number, parent: XmlElement | null }} XmlElement
 */

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e];
  });
}

/**
 * @param {string} xml
 * @returns {XmlElement} the root element
 */
function parseXml(xml) {
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  const attrToken = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  /** @type {XmlElement | null} */
  let root = null;
  /** @type {XmlElement[]} */
  const stack = [];
  let line = 1;
  let m;
  while ((m = token.exec(xml)) !== null) {
    const [whole, cdata, closeName, openName, attrText, selfClose, text] = m;
    const startLine = line;
    line += (whole.match(/\n/g) || []).length;
    const top = stack[stack.length - 1];
    if (openName) {
      const attrs = {};
      let a;
      attrToken.lastIndex = 0;
      while ((a = attrToken.exec(attrText)) !== null) attrs[a[1]] = decodeEntities(a[2] !== undefined ? a[2] : a[3]);
      const el = { name: openName, local: openName.replace(/^.*:/, ""), attrs, children: [], text: "", line: startLine, parent: top || null };
      if (top) top.children.push(el);
      else if (!root) root = el;
      else throw new Error(`line ${startLine}: more than one root element`);
      if (!selfClose) stack.push(el);
    } else if (closeName) {
      if (!top || top.name !== closeName) throw new Error(`line ${startLine}: unexpected </${closeName}>`);
      stack.pop();
    } else if (top && (text !== undefined || cdata !== undefined)) {
      top.text += text !== undefined ? decodeEntities(text) : cdata;
    }
  }
  if (!root) throw new Error("no root element");
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1].name}> is not closed`);
  return root;
}

/** All elements below `el` (depth first, document order), optionally only those named `local`. */
function descendants(el, local) {
  const out = [];
  const walk = (e) => {
    for (const c of e.children) {
      if (!local || c.local === local) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

const child = (el, local) => (el ? el.children.find((c) => c.local === local) : undefined);
const path_ = (el) => {
  const parts = [];
  for (let e = el; e; e = e.parent) parts.unshift(e.local);
  return parts.join("/");
};
const where = (el) => `line ${el.line} (${path_(el)})`;

// ---------------------------------------------------------------------------------------------
// PNG size

/**
 * Reads a PNG's width and height from its IHDR chunk.
 * @param {Buffer} buf
 * @returns {{ width: number, height: number } | null} null when not a PNG
 */
function pngSize(buf) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(signature) || buf.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

// ---------------------------------------------------------------------------------------------
// Rules the schema cannot check

/** The element that holds the resid's value, by the kind of resource it must point to. */
const RESID_KIND_BY_ELEMENT = {
  Runtime: "Url",
  SourceLocation: "Url",
  FunctionFile: "Url",
  LearnMoreUrl: "Url",
  Image: "Image",
  Namespace: "ShortString",
  Label: "ShortString",
  Title: "ShortString",
  Description: "LongString",
};

const RESOURCE_GROUPS = { Images: "Image", Urls: "Url", ShortStrings: "ShortString", LongStrings: "LongString" };

/** The folder URL the add-in is served from: that of <DefaultSettings><SourceLocation>. */
function servedFrom(root) {
  const source = child(child(root, "DefaultSettings"), "SourceLocation");
  const url = source && source.attrs.DefaultValue;
  return url && /^https?:\/\/[^/]+\//i.test(url) ? url.replace(/[^/]*$/, "") : undefined;
}

/**
 * Checks what the XSD cannot.
 * @param {string} xml the manifest text
 * @param {{ assetsDir?: string, baseUrl?: string }} [options] baseUrl: where the add-in is served
 *   (default: the folder of <DefaultSettings><SourceLocation>, e.g. https://localhost:3000/); icon
 *   URLs under `${baseUrl}assets/` must name files in assetsDir (default: assets/ beside the manifest).
 * @returns {string[]} error messages, empty when all rules hold
 */
function checkRules(xml, options = {}) {
  const assetsDir = options.assetsDir || ASSETS_DIR;
  const errors = [];
  let root;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [`manifest is not well-formed XML: ${e.message}`];
  }
  const baseUrl = options.baseUrl || servedFrom(root) || DEV_BASE_URL;
  if (root.local !== "OfficeApp" || root.attrs["xsi:type"] !== "TaskPaneApp") {
    errors.push(`root must be <OfficeApp xsi:type="TaskPaneApp">, found <${root.name}> ${root.attrs["xsi:type"] || ""}`);
  }
  const all = descendants(root);

  // --- resources
  /** @type {Map<string, { kind: string, el: XmlElement }>} */
  const resources = new Map();
  const versionOverrides = child(root, "VersionOverrides");
  const resourcesEl = child(versionOverrides, "Resources");
  for (const group of resourcesEl ? resourcesEl.children : []) {
    const kind = RESOURCE_GROUPS[group.local];
    if (!kind) continue;
    for (const res of group.children) {
      const id = res.attrs.id;
      if (resources.has(id)) errors.push(`resource id "${id}" is defined twice (${where(res)})`);
      else resources.set(id, { kind, el: res });
    }
  }
  const resourceValue = (id) => (resources.has(id) ? resources.get(id).el.attrs.DefaultValue : undefined);

  // --- every resid resolves to a resource of the right kind
  const used = new Set();
  for (const el of all) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const want = RESID_KIND_BY_ELEMENT[el.local];
    const res = resources.get(resid);
    if (!want) errors.push(`resid="${resid}" on an element this check does not know (${where(el)})`);
    else if (!res) errors.push(`resid="${resid}" is not defined in <Resources> (${where(el)}); expected a bt:${want === "Image" || want === "Url" ? want : "String"} in bt:${want}s`);
    else if (res.kind !== want) errors.push(`resid="${resid}" (${where(el)}) must point to a ${want} resource, but "${resid}" is a ${res.kind}`);
  }
  for (const [id, { el }] of resources) {
    if (!used.has(id)) errors.push(`resource "${id}" is never used (${where(el)})`);
  }

  // --- shared runtime: one Runtime, lifetime long, first in Host; same resid for Page, FunctionFile and the task pane
  const vHosts = descendants(versionOverrides || root, "Host").filter((h) => h.attrs["xsi:type"] === "Workbook");
  if (vHosts.length !== 1) errors.push(`VersionOverrides must have exactly one <Host xsi:type="Workbook">, found ${vHosts.length}`);
  const host = vHosts[0];
  if (host) {
    if (!host.children.length || host.children[0].local !== "Runtimes") {
      errors.push(`<Runtimes> must be the first child of <Host xsi:type="Workbook"> (${where(host)}), found <${host.children[0] ? host.children[0].local : "nothing"}>`);
    }
    const runtimes = descendants(host, "Runtime");
    if (runtimes.length !== 1) errors.push(`expected exactly one <Runtime>, found ${runtimes.length}`);
    const runtime = runtimes[0];
    const runtimeResid = runtime && runtime.attrs.resid;
    if (runtime && runtime.attrs.lifetime !== "long") errors.push(`<Runtime> must have lifetime="long" (${where(runtime)}), found "${runtime.attrs.lifetime || ""}"`);

    const cf = descendants(host, "ExtensionPoint").filter((e) => e.attrs["xsi:type"] === "CustomFunctions");
    if (cf.length !== 1) errors.push(`expected exactly one CustomFunctions <ExtensionPoint>, found ${cf.length}`);
    const page = cf[0] && child(child(cf[0], "Page"), "SourceLocation");
    const functionFiles = descendants(host, "FunctionFile");
    const taskpaneActions = descendants(host, "Action").filter((a) => a.attrs["xsi:type"] === "ShowTaskpane");
    const mustShare = [
      ["CustomFunctions <Page> <SourceLocation>", page],
      ...functionFiles.map((f) => ["<FunctionFile>", f]),
      ...taskpaneActions.map((a) => ["ShowTaskpane <SourceLocation>", child(a, "SourceLocation")]),
    ];
    if (!page) errors.push("the CustomFunctions extension point has no <Page><SourceLocation>");
    if (functionFiles.length === 0) errors.push("no <FunctionFile>: the shared runtime needs one, with the Runtime's resid");
    if (taskpaneActions.length === 0) errors.push('no ShowTaskpane action: the ribbon button must open the task pane');
    if (runtimeResid !== undefined) {
      for (const [label, el] of mustShare) {
        if (el && el.attrs.resid !== runtimeResid) {
          errors.push(`${label} resid="${el.attrs.resid}" (${where(el)}) must equal the <Runtime> resid "${runtimeResid}"; otherwise it does not run in the shared runtime`);
        }
      }
      const defaultSource = child(child(root, "DefaultSettings"), "SourceLocation");
      if (defaultSource && resourceValue(runtimeResid) !== undefined && defaultSource.attrs.DefaultValue !== resourceValue(runtimeResid)) {
        errors.push(`<DefaultSettings><SourceLocation> "${defaultSource.attrs.DefaultValue}" should be the runtime page "${resourceValue(runtimeResid)}"`);
      }
    }
    // --- namespace
    const ns = cf[0] && child(cf[0], "Namespace");
    if (cf[0] && !ns) errors.push("the CustomFunctions extension point has no <Namespace>");
    if (ns && resourceValue(ns.attrs.resid) !== undefined && resourceValue(ns.attrs.resid) !== NAMESPACE) {
      errors.push(`custom functions namespace must be "${NAMESPACE}", found "${resourceValue(ns.attrs.resid)}"`);
    }
  }

  // --- requirements, hosts, permission, AppDomains
  const sets = descendants(child(root, "Requirements") || { children: [] }, "Set");
  const shared = sets.find((s) => s.attrs.Name === "SharedRuntime");
  if (!shared) errors.push('<Requirements> must include <Set Name="SharedRuntime" MinVersion="1.1"/>');
  else if ((shared.attrs.MinVersion || "1.1") !== "1.1") errors.push(`SharedRuntime MinVersion should be 1.1, found ${shared.attrs.MinVersion}`);
  const hostNames = descendants(child(root, "Hosts") || { children: [] }, "Host").map((h) => h.attrs.Name);
  if (hostNames.join() !== "Workbook") errors.push(`<Hosts> must be exactly Workbook, found [${hostNames.join(", ")}]`);
  const permissions = child(root, "Permissions");
  if (!permissions || permissions.text.trim() !== PERMISSION) errors.push(`<Permissions> must be ${PERMISSION}, found "${permissions ? permissions.text.trim() : ""}"`);
  if (child(root, "AppDomains")) errors.push("<AppDomains> is not needed (everything is served from one origin); remove it");

  // --- https only: every URL-looking value anywhere
  const urlish = /^[a-z][a-z0-9+.-]*:\/\//i;
  for (const el of [root, ...all]) {
    const values = Object.entries(el.attrs).filter(([k]) => !k.startsWith("xmlns") && k !== "xsi:type").map(([, v]) => v);
    if (el.text.trim()) values.push(el.text.trim());
    for (const v of values) {
      if (urlish.test(v) && !v.toLowerCase().startsWith("https://")) errors.push(`URL must be https: "${v}" (${where(el)})`);
    }
  }
  for (const el of all.filter((e) => ["Url", "Image", "IconUrl", "HighResolutionIconUrl", "SupportUrl"].includes(e.local) || (e.local === "SourceLocation" && e.attrs.DefaultValue !== undefined))) {
    for (const v of [el.attrs.DefaultValue, ...el.children.filter((c) => c.local === "Override").map((c) => c.attrs.Value)]) {
      if (v !== undefined && !v.startsWith("https://")) errors.push(`URL must be https: "${v}" (${where(el)})`);
    }
  }

  // --- icons: files exist, are PNGs, and have the size their name (icon-N.png) and their use state
  const assetsUrl = `${baseUrl}assets/`;
  /** @type {Map<string, { width: number, height: number } | null>} */
  const iconSizes = new Map();
  const iconSize = (url, el) => {
    if (iconSizes.has(url)) return iconSizes.get(url);
    let size = null;
    if (!url || !url.startsWith(assetsUrl)) {
      errors.push(`icon URL "${url}" (${where(el)}) is not under ${assetsUrl}`);
    } else {
      const name = url.slice(assetsUrl.length);
      const file = path.join(assetsDir, name);
      if (!fs.existsSync(file)) errors.push(`icon "${url}" (${where(el)}) has no file ${file}`);
      else if (!(size = pngSize(fs.readFileSync(file)))) errors.push(`icon ${name} (${where(el)}) is not a PNG`);
      const named = /^icon-(\d+)\.png$/.exec(name);
      if (size && named && (size.width !== Number(named[1]) || size.height !== Number(named[1]))) {
        errors.push(`icon ${name} is ${size.width}x${size.height}, but its name says ${named[1]}x${named[1]}`);
      }
    }
    iconSizes.set(url, size);
    return size;
  };
  const checkIcon = (url, want, el) => {
    const size = iconSize(url, el);
    if (size && want !== undefined && (size.width !== want || size.height !== want)) {
      errors.push(`${where(el)} needs a ${want}x${want} icon, but ${url} is ${size.width}x${size.height}`);
    }
  };
  const iconUrl = child(root, "IconUrl");
  const hiResIconUrl = child(root, "HighResolutionIconUrl");
  if (!iconUrl) errors.push("<IconUrl> is missing");
  else checkIcon(iconUrl.attrs.DefaultValue, 32, iconUrl);
  if (!hiResIconUrl) errors.push("<HighResolutionIconUrl> is missing");
  else checkIcon(hiResIconUrl.attrs.DefaultValue, 64, hiResIconUrl);
  for (const { kind, el } of resources.values()) {
    if (kind === "Image") checkIcon(el.attrs.DefaultValue, undefined, el);
  }
  for (const img of all.filter((e) => e.local === "Image" && e.attrs.resid !== undefined)) {
    const res = resources.get(img.attrs.resid);
    if (res && res.kind === "Image") checkIcon(res.el.attrs.DefaultValue, Number(img.attrs.size), img);
  }

  // --- locales: Korean default, English override
  const defaultLocale = child(root, "DefaultLocale");
  if (!defaultLocale || defaultLocale.text.trim() !== DEFAULT_LOCALE) errors.push(`<DefaultLocale> must be ${DEFAULT_LOCALE}`);
  const bilingual = (label, el) => {
    if (!el) {
      errors.push(`${label} is missing`);
      return;
    }
    const ko = el.attrs.DefaultValue || "";
    if (!HANGUL.test(ko)) errors.push(`${label} (${where(el)}): the ${DEFAULT_LOCALE} default "${ko}" has no Korean text`);
    const en = el.children.find((c) => c.local === "Override" && c.attrs.Locale === OVERRIDE_LOCALE);
    if (!en || !(en.attrs.Value || "").trim()) errors.push(`${label} (${where(el)}) has no ${OVERRIDE_LOCALE} <Override>`);
  };
  bilingual("<DisplayName>", child(root, "DisplayName"));
  bilingual("<Description>", child(root, "Description"));
  const buttonStrings = new Set();
  for (const control of all.filter((e) => e.local === "Control" || e.local === "Group")) {
    for (const el of [child(control, "Label"), child(child(control, "Supertip"), "Title"), child(child(control, "Supertip"), "Description")]) {
      if (el && el.attrs.resid !== undefined) buttonStrings.add(el.attrs.resid);
    }
  }
  if (buttonStrings.size === 0) errors.push("no ribbon button labels found");
  for (const id of buttonStrings) {
    const res = resources.get(id);
    if (res) bilingual(`string "${id}"`, res.el);
  }

  return [...new Set(errors)];
}

/**
 * Runs the XSD validation and the rules on a manifest.
 * @param {{ manifestPath?: string, xml?: string, schemaDir?: string, assetsDir?: string, baseUrl?: string }} [options]
 * @returns {Promise<{ xsd: string[], rules: string[], errors: string[] }>}
 */
async function checkManifest(options = {}) {
  const manifestPath = options.manifestPath || MANIFEST_PATH;
  const xml = options.xml !== undefined ? options.xml : fs.readFileSync(manifestPath, "utf8");
  const xsd = await validateXsd(xml, { schemaDir: options.schemaDir, fileName: path.basename(manifestPath) });
  const assetsDir = options.assetsDir || path.join(path.dirname(path.resolve(manifestPath)), "assets");
  const rules = checkRules(xml, { ...options, assetsDir });
  return { xsd, rules, errors: [...xsd.map((e) => `XSD: ${e}`), ...rules] };
}

module.exports = {
  ROOT,
  SCHEMA_DIR,
  SCHEMA_ENTRY,
  MANIFEST_PATH,
  ASSETS_DIR,
  DEV_BASE_URL,
  validateXsd,
  checkRules,
  checkManifest,
  parseXml,
  descendants,
  pngSize,
};
