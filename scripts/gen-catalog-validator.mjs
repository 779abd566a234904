#!/usr/bin/env node
/**
 * Compiles src/catalog/schema.json ahead of time into src/catalog/schema-validator.generated.js
 * with Ajv's standalone code generation, so the add-in's bundles validate catalogs without
 * compiling a schema at run time (no eval / new Function, no Ajv in the bundle).
 *
 *   node scripts/gen-catalog-validator.mjs           write the generated file
 *   node scripts/gen-catalog-validator.mjs --check   exit 1 if the committed file is out of date
 *
 * The output is CommonJS with no imports (ts-jest loads it as is; webpack bundles it), so the
 * schema must avoid keywords whose generated code needs Ajv's runtime helpers (minLength /
 * maxLength, formats, uniqueItems over objects): the script refuses output that requires anything.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SCHEMA_PATH = resolve(root, "src/catalog/schema.json");
export const OUTPUT_PATH = resolve(root, "src/catalog/schema-validator.generated.js");

const HEADER = `/* eslint-disable */
// GENERATED FILE - do not edit by hand.
// Ajv standalone validator for src/catalog/schema.json (JSON Schema draft-07).
// Regenerate with: node scripts/gen-catalog-validator.mjs   (check: --check)
`;

/** The source of the generated validator for a schema (deterministic for a given Ajv version). */
export function generateCatalogValidator(schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8"))) {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    code: { source: true, esm: false, lines: true, optimize: true },
  });
  const validate = ajv.compile(schema);
  const code = standaloneCode(ajv, validate);
  if (/\brequire\s*\(/.test(code)) {
    throw new Error("the generated validator needs Ajv runtime helpers (require); drop the schema keyword that causes it");
  }
  if (/\beval\s*\(|new\s+Function\b/.test(code)) {
    throw new Error("the generated validator contains eval or new Function");
  }
  return HEADER + code.replace(/\r\n/g, "\n").trimEnd() + "\n";
}

function main(argv) {
  const source = generateCatalogValidator();
  if (argv.includes("--check")) {
    let current = null;
    try {
      current = readFileSync(OUTPUT_PATH, "utf8");
    } catch {
      // missing file: out of date
    }
    if (current !== source) {
      console.error(`${OUTPUT_PATH} is out of date: run node scripts/gen-catalog-validator.mjs`);
      process.exit(1);
    }
    console.log("catalog validator is up to date");
    return;
  }
  writeFileSync(OUTPUT_PATH, source);
  console.log(`wrote ${OUTPUT_PATH}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
