import catalog2022 from "../catalog/2022.json";
import type { Catalog } from "../catalog/types";
import { invalid, notFound } from "./errors";
import { CatalogIndex } from "./lookup";

/** The year a function uses when none is given. */
export const DEFAULT_YEAR = 2022;

/**
 * Catalogs by year. 2022 ships with the add-in; other years come as catalog files a user loads
 * (validated by src/catalog/validate before they reach here). Indexes are built on first use.
 */
const catalogs = new Map<number, Catalog>([[2022, catalog2022 as unknown as Catalog]]);
const indexes = new Map<number, CatalogIndex>();

export function availableYears(): number[] {
  return [...catalogs.keys()].sort((a, b) => a - b);
}

/** The catalog index for a year (null/undefined: the default year). */
let defaultIndex: CatalogIndex | undefined;

export function catalogFor(year?: number | null): CatalogIndex {
  if ((year === null || year === undefined) && defaultIndex !== undefined) return defaultIndex;
  const y = year === null || year === undefined ? DEFAULT_YEAR : year;
  const cached = indexes.get(y);
  if (cached !== undefined) return cached;
  if (typeof y !== "number" || !Number.isInteger(y)) {
    throw invalid(`연도는 정수로 쓰세요 (예: 2022). 입력: ${y}`, `The year must be a whole number such as 2022 (given ${y}).`);
  }
  const catalog = catalogs.get(y);
  if (catalog === undefined) {
    throw notFound(
      `${y}년 카탈로그가 없습니다 (no catalog for year ${y}). 있는 연도: ${availableYears().join(", ")}`,
      `no catalog for year ${y}. Available: ${availableYears().join(", ")}`,
    );
  }
  const index = new CatalogIndex(catalog);
  indexes.set(y, index);
  if (y === DEFAULT_YEAR) defaultIndex = index;
  return index;
}

/**
 * Adds or replaces a year's catalog (already validated). Builds its index first, so a catalog
 * whose names collide is refused and the catalog in use stays as it was.
 */
export function registerCatalog(catalog: Catalog): CatalogIndex {
  const index = new CatalogIndex(catalog);
  catalogs.set(catalog.year, catalog);
  indexes.set(catalog.year, index);
  if (catalog.year === DEFAULT_YEAR) defaultIndex = index;
  return index;
}

/** Removes a loaded year (the shipped 2022 catalog stays). */
export function unregisterCatalog(year: number): void {
  if (year === DEFAULT_YEAR) return;
  catalogs.delete(year);
  indexes.delete(year);
}
