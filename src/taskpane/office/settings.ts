/**
 * Catalog files kept with the workbook, and recalculating it (Office API; never throws: failures
 * come back as { ok: false, message } for the task pane's status line).
 *
 * - savedCatalogs(): the catalogs kept in the document's settings under "sf.catalogs", an object
 *   year → the file's JSON text ({} when there are none or settings are not available). 0 syncs.
 * - saveCatalog(year, text): adds or replaces a year there (settings.set + settings.saveAsync).
 * - recalculateAll(): a full recalculation, so formulas using a restored year refresh.
 *   Syncs: exactly 1 (one Excel.run, one context.sync()).
 */
import { excelAvailable, messageOf } from "./result";

export const CATALOGS_SETTING = "sf.catalogs";

export type OfficeOutcome = { ok: true } | { ok: false; message: string };

function documentSettings(): Office.Settings | null {
  try {
    if (typeof Office === "undefined") return null;
    return Office.context?.document?.settings ?? null;
  } catch {
    return null;
  }
}

/** The kept catalogs, year → JSON text (only string entries). */
export function savedCatalogs(): Record<string, string> {
  const settings = documentSettings();
  if (settings === null) return {};
  try {
    const value: unknown = settings.get(CATALOGS_SETTING);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"));
  } catch {
    return {};
  }
}

export async function saveCatalog(year: number, text: string): Promise<OfficeOutcome> {
  const settings = documentSettings();
  if (settings === null) return { ok: false, message: "Office settings are not available" };
  try {
    settings.set(CATALOGS_SETTING, { ...savedCatalogs(), [String(year)]: text });
    return await new Promise<OfficeOutcome>((resolve) => {
      settings.saveAsync((result) => {
        resolve(String(result?.status) === "succeeded" ? { ok: true } : { ok: false, message: messageOf(result?.error ?? "settings were not saved") });
      });
    });
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}

export async function recalculateAll(): Promise<OfficeOutcome> {
  if (!excelAvailable()) return { ok: false, message: "Excel is not available" };
  try {
    await Excel.run(async (context) => {
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync(); // sync 1 of 1
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}
