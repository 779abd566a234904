import { validateCatalog } from "../catalog/validate";
import { DEFAULT_YEAR, registerCatalog } from "./registry";

export type LoadResult = { ok: true; year: number; programs: number } | { ok: false; errors: string[] };

/**
 * Loads a year's catalog from a file's text (JSON): validated whole against the schema and the
 * catalog rules, then registered, so `=SF.SUBSIDY(…, year)` uses it. A file that fails is
 * rejected whole with messages naming the JSON path, and the catalogs in use stay as they were.
 * The shipped year (2022) cannot be replaced.
 * Kept apart from the registry so that functions.js does not carry the validator.
 */
export function loadCatalogText(text: string): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`/: not JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const checked = validateCatalog(data);
  if (!checked.ok) return checked;
  if (checked.catalog.year === DEFAULT_YEAR) {
    // The shipped year's numbers are the ones traced to the notice; a file may not change them.
    return {
      ok: false,
      errors: [`/year: ${DEFAULT_YEAR} is the catalog that ships with the add-in and cannot be replaced; load another year's file`],
    };
  }
  try {
    registerCatalog(checked.catalog);
  } catch (error) {
    return { ok: false, errors: [`/: ${error instanceof Error ? error.message : String(error)}`] };
  }
  return { ok: true, year: checked.catalog.year, programs: checked.catalog.programs.length };
}
