/**
 * Loading another year's catalog file in the task pane. The loader (src/engine/load, with the
 * schema validator) is imported with a dynamic import() the first time it is needed, so it stays
 * out of the first load and out of functions.js. Inside Excel a loaded file is kept with the
 * workbook (./office/settings) and loaded again when the pane starts, then Excel recalculates.
 */
import { recalculateAll, saveCatalog, savedCatalogs } from "./office/settings";

export type FileLoad =
  | { ok: true; year: number; programs: number; /** Set when keeping it with the workbook failed. */ notSaved?: string }
  | { ok: false; errors: string[] };

const loader = () => import(/* webpackChunkName: "catalog-load" */ "../engine/load");

/** Validates and registers a catalog file's text; inside Excel keeps it with the workbook. */
export async function loadCatalogFile(text: string, inExcel: boolean): Promise<FileLoad> {
  const { loadCatalogText } = await loader();
  const result = loadCatalogText(text);
  if (!result.ok || !inExcel) return result;
  const saved = await saveCatalog(result.year, text);
  return saved.ok ? result : { ...result, notSaved: saved.message };
}

export interface RestoreReport {
  /** Years loaded from the workbook. */
  years: number[];
  /** What failed ("2031: /programs/0/tiers: …"), never thrown. */
  errors: string[];
}

/** Loads the catalogs kept with the workbook and recalculates it; null when there are none. */
export async function restoreCatalogs(): Promise<RestoreReport | null> {
  const saved = Object.entries(savedCatalogs());
  if (saved.length === 0) return null;
  const report: RestoreReport = { years: [], errors: [] };
  try {
    const { loadCatalogText } = await loader();
    for (const [key, text] of saved) {
      const result = loadCatalogText(text);
      if (result.ok) report.years.push(result.year);
      else report.errors.push(`${key}: ${result.errors[0] ?? "?"}`);
    }
  } catch (error) {
    report.errors.push(error instanceof Error ? error.message : String(error));
    return report;
  }
  if (report.years.length > 0) {
    const recalculated = await recalculateAll();
    if (!recalculated.ok) report.errors.push(recalculated.message);
  }
  return report;
}
