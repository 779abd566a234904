/**
 * Validates a year's catalog: first its shape against schema.json (compiled ahead of time into
 * schema-validator.generated.js, so no schema is compiled at run time and no eval is needed),
 * then the rules a schema cannot say (unique ids, names that do not collide, caps that add up).
 * Every message starts with the JSON path of the value it is about, e.g.
 * "/programs/3/tiers/0/capWon: must be integer".
 *
 * A catalog that fails is rejected whole; validateCatalog never throws.
 */
import validateCatalogSchema, { type SchemaError } from "./schema-validator.generated";
import { normalizeKey } from "./normalize";
import type { Catalog, Program } from "./types";

export type CatalogValidation = { ok: true; catalog: Catalog } | { ok: false; errors: string[] };

/** At most this many messages are returned (a file of junk could produce thousands). */
const MAX_ERRORS = 100;

/** The key two names are compared by (see ./normalize). */
export const normalizeName = normalizeKey;

export function validateCatalog(data: unknown): CatalogValidation {
  try {
    let plain: unknown;
    try {
      // A private, plain-JSON copy: no prototypes, getters or shared references survive, and
      // later changes to the caller's object cannot reach the catalog in use.
      const text = JSON.stringify(data);
      if (text === undefined) return { ok: false, errors: ["/: must be a JSON object (got " + describe(data) + ")"] };
      plain = JSON.parse(text);
    } catch (e) {
      return { ok: false, errors: ["/: is not JSON data (" + errorText(e) + ")"] };
    }
    if (!validateCatalogSchema(plain)) {
      return { ok: false, errors: limit(schemaMessages(validateCatalogSchema.errors ?? [])) };
    }
    const catalog = plain as Catalog;
    const errors = semanticErrors(catalog);
    return errors.length === 0 ? { ok: true, catalog } : { ok: false, errors: limit(errors) };
  } catch (e) {
    return { ok: false, errors: ["/: could not be validated (" + errorText(e) + ")"] };
  }
}

// ------------------------------------------------------------------------------- schema errors

function pointer(base: string, key: string): string {
  return `${base}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

const at = (path: string) => (path === "" ? "/" : path);

function schemaMessages(errors: readonly SchemaError[]): string[] {
  const out: string[] = [];
  for (const e of errors) {
    const path = e.instancePath;
    const params = e.params ?? {};
    switch (e.keyword) {
      case "if": // "must match then/else schema": the errors of that branch say what is wrong
        continue;
      case "required":
        out.push(`${pointer(path, String(params.missingProperty))}: is required but missing`);
        break;
      case "additionalProperties":
        out.push(`${pointer(path, String(params.additionalProperty))}: is not allowed (unknown property)`);
        break;
      case "enum":
        out.push(`${at(path)}: must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`);
        break;
      case "const":
        out.push(`${at(path)}: must be ${JSON.stringify(params.allowedValue)}`);
        break;
      default:
        out.push(`${at(path)}: ${e.message ?? e.keyword}`);
    }
  }
  return [...new Set(out)];
}

function limit(errors: string[]): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more`];
}

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

// ----------------------------------------------------------------------------- semantic checks

interface Named {
  path: string;
  text: string;
  owner: string;
}

/**
 * Records names by normalised key; reports a name whose key another owner already holds, and a
 * name that normalises to nothing.
 */
class NameTable {
  private readonly byKey = new Map<string, Named>();
  constructor(private readonly errors: string[], private readonly what: string) {}

  add(path: string, text: string, owner: string, allowEmpty = false): void {
    const key = normalizeName(text);
    if (key === "") {
      if (!allowEmpty) this.errors.push(`${path}: "${text}" is empty once spaces and punctuation are ignored`);
      return;
    }
    const seen = this.byKey.get(key);
    if (seen === undefined) {
      this.byKey.set(key, { path, text, owner });
    } else if (seen.owner !== owner) {
      this.errors.push(
        `${path}: "${text}" collides with ${seen.path} ("${seen.text}", ${this.what} ${seen.owner}) once spaces and punctuation are ignored`,
      );
    }
  }
}

function semanticErrors(catalog: Catalog): string[] {
  const errors: string[] = [];

  const categoryIds = new Set<number>();
  catalog.categories.forEach((c, i) => {
    if (categoryIds.has(c.id)) errors.push(`/categories/${i}/id: duplicate category id ${c.id}`);
    categoryIds.add(c.id);
  });

  const programIds = new Map<string, number>();
  const programNames = new NameTable(errors, "program");
  catalog.programs.forEach((p, i) => {
    const base = `/programs/${i}`;
    const first = programIds.get(p.id);
    if (first !== undefined) errors.push(`${base}/id: duplicate program id "${p.id}" (also /programs/${first}/id)`);
    else programIds.set(p.id, i);
    const owner = `${p.id}#${i}`;
    programNames.add(`${base}/id`, p.id, owner);
    programNames.add(`${base}/name`, p.name, owner);
    programNames.add(`${base}/nameEn`, p.nameEn, owner);
    p.aliases.forEach((a, j) => programNames.add(`${base}/aliases/${j}`, a, owner));
    if (!categoryIds.has(p.category)) errors.push(`${base}/category: no category ${p.category} in /categories`);
    programErrors(p, base, errors);
  });

  const kindIds = new Map<string, number>();
  const kindNames = new NameTable(errors, "change kind");
  catalog.changeRules.kinds.forEach((k, i) => {
    const base = `/changeRules/kinds/${i}`;
    const first = kindIds.get(k.id);
    if (first !== undefined) errors.push(`${base}/id: duplicate change kind id "${k.id}" (also /changeRules/kinds/${first}/id)`);
    else kindIds.set(k.id, i);
    const owner = `${k.id}#${i}`;
    kindNames.add(`${base}/id`, k.id, owner);
    kindNames.add(`${base}/name`, k.name, owner);
    kindNames.add(`${base}/nameEn`, k.nameEn, owner);
    k.aliases.forEach((a, j) => kindNames.add(`${base}/aliases/${j}`, a, owner));
  });

  return errors;
}

function programErrors(p: Program, base: string, errors: string[]): void {
  const tierIds = new Map<string, number>();
  const tierNames = new Map<string, number>();
  const tierKeys = new NameTable(errors, "tier");
  const several = p.tiers.length > 1;

  p.tiers.forEach((t, i) => {
    const tb = `${base}/tiers/${i}`;
    const firstId = tierIds.get(t.id);
    if (firstId !== undefined) errors.push(`${tb}/id: duplicate tier id "${t.id}" (also ${base}/tiers/${firstId}/id)`);
    else tierIds.set(t.id, i);
    const firstName = tierNames.get(t.name);
    if (firstName !== undefined) errors.push(`${tb}/name: duplicate tier name "${t.name}" (also ${base}/tiers/${firstName}/name)`);
    else tierNames.set(t.name, i);
    if (several && normalizeName(t.name) === "") {
      errors.push(`${tb}/name: a program with several tiers must name each tier (got "${t.name}")`);
    }

    const owner = `${t.id}#${i}`;
    tierKeys.add(`${tb}/id`, t.id, owner);
    tierKeys.add(`${tb}/name`, t.name, owner, !several);
    tierKeys.add(`${tb}/nameEn`, t.nameEn, owner);
    t.aliases.forEach((a, j) => tierKeys.add(`${tb}/aliases/${j}`, a, owner));

    if (t.capPerYearWon !== undefined) {
      if (t.capBasis !== "company-year") {
        errors.push(`${tb}/capPerYearWon: only a company-year cap has a cap per year (capBasis is "${t.capBasis}")`);
      }
      if (t.periodMonths === null) {
        errors.push(`${tb}/periodMonths: a cap per year needs a period (capWon = capPerYearWon × periodMonths / 12)`);
      } else if (BigInt(t.capPerYearWon) * BigInt(t.periodMonths) !== BigInt(t.capWon) * BigInt(12)) {
        errors.push(
          `${tb}/capWon: ${t.capWon} is not capPerYearWon × periodMonths / 12 = ${t.capPerYearWon} × ${t.periodMonths} / 12`,
        );
      }
    } else if (t.capBasis === "company-year") {
      errors.push(`${tb}/capPerYearWon: is required for a company-year cap`);
    }
    if (t.maxCostWon !== undefined && t.capWon > t.maxCostWon) {
      errors.push(`${tb}/capWon: ${t.capWon} is more than the tier's maximum project cost ${t.maxCostWon}`);
    }
  });

  const tierRefs = new Set<string>();
  for (const t of p.tiers) {
    tierRefs.add(t.id);
    if (t.name !== "") tierRefs.add(t.name);
  }
  p.contacts.forEach((c, i) => {
    c.tiers?.forEach((name, j) => {
      if (!tierRefs.has(name)) errors.push(`${base}/contacts/${i}/tiers/${j}: no tier "${name}" in ${base}/tiers`);
    });
  });

  const rounds = new Map<number, number>();
  p.schedule.forEach((r, i) => {
    if (r.round === null) return;
    const first = rounds.get(r.round);
    if (first !== undefined) errors.push(`${base}/schedule/${i}/round: duplicate round ${r.round} (also ${base}/schedule/${first}/round)`);
    else rounds.set(r.round, i);
  });
}
