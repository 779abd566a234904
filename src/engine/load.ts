import { validateCatalog } from "../catalog/validate";
import { registerCatalog } from "./registry";

export type LoadResult = { ok: true; year: number; programs: number } | { ok: false; errors: string[] };

/**
 * Loads a year's catalog from a file's text (JSON): validated whole against the schema and the
 * catalog rules, then registered, so `=SF.SUBSIDY(…, year)` uses it. A file that fails is
 * rejected whole with messages naming the JSON path, and the catalogs in use stay as they were.
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
  try {
    registerCatalog(checked.catalog);
  } catch (error) {
    return { ok: false, errors: [`/: ${error instanceof Error ? error.message : String(error)}`] };
  }
  return { ok: true, year: checked.catalog.year, programs: checked.catalog.programs.length };
}
