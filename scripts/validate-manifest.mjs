#!/usr/bin/env node
// `npm run validate [-- path/to/manifest.xml]`: validates the add-in manifest offline, against the
// XSDs in schemas/office-manifest/ (xmllint-wasm, no network) and the rules in manifest-check.cjs.
// (`office-addin-manifest validate` posts the manifest to an online service instead.)
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const { checkManifest, MANIFEST_PATH } = require("./manifest-check.cjs");

const manifestPath = process.argv[2] ? path.resolve(process.argv[2]) : MANIFEST_PATH;
try {
  const { errors } = await checkManifest({ manifestPath });
  if (errors.length === 0) {
    console.log(`OK: ${path.relative(process.cwd(), manifestPath) || manifestPath} is valid (XSD and add-in rules).`);
  } else {
    console.error(`${manifestPath}: ${errors.length} problem${errors.length === 1 ? "" : "s"}:`);
    for (const e of errors) console.error(`  - ${e}`);
    process.exitCode = 1;
  }
} catch (err) {
  console.error(`Could not validate ${manifestPath}: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
}
