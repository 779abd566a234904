import type { UiStrings } from "./types";

/** ₩400M, ₩6.4B, ₩2.52M: short enough for one line in a narrow task pane. */
function compactWon(won: number): string {
  const short = (n: number) => String(Number(n.toFixed(2)));
  if (won >= 1e9) return `₩${short(won / 1e9)}B`;
  if (won >= 1e6) return `₩${short(won / 1e6)}M`;
  if (won >= 1e4) return `₩${short(won / 1e3)}K`;
  return `₩${won.toLocaleString("en-US")}`;
}

export const en: UiStrings = {
  langTag: "en",

  appTitle: "Smart factory programs",
  langToggle: "한국어",
  langToggleTag: "ko",
  langToggleTitle: "한국어로 보기",
  browserOnly: "Opened outside Excel: browse and calculate here; inserting formulas and tables needs Excel.",
  loading: "Loading…",

  searchLabel: "Search programs",
  searchPlaceholder: "Name, alias, English, initials (ㅅㅁㅌ)",
  categoryFilterLabel: "Category",
  categoryAll: "All",
  resultCount: (shown, total) => (shown === total ? `${total} programs` : `${shown} of ${total} programs`),
  emptyTitle: "No programs match",
  emptyBody: (query) =>
    query
      ? `Nothing matches “${query}”. Try another name, an alias or Korean initials, or set the category to All.`
      : "No programs in this category.",
  clearFilters: "Clear search",
  matchedVia: (spelling) => `Found as “${spelling}”`,
  summaryLine: (cap, share, period) => `Cap ${cap} · Gov ${share} · ${period}`,
  range: (low, high) => (low === high ? low : `${low}–${high}`),
  money: compactWon,
  months: (months) => (months >= 24 && months % 12 === 0 ? `${months / 12} yr` : `${months} mo`),
  periodRange: (min, max) => {
    const m = en.months;
    if (min === max) return m(min);
    return m(min).endsWith(" mo") && m(max).endsWith(" mo") ? `${min}–${max} mo` : `${m(min)}–${m(max)}`;
  },
  noPeriod: "no period",

  loadCatalog: "Load a year's catalog",
  catalogFileLabel: "Catalog file (JSON)",
  yearLabel: "Year",
  yearOption: (year) => String(year),
  catalogLoaded: (year, programs) => `Loaded the ${year} catalog (${programs} programs).`,
  catalogRejected: "Could not load the catalog. The catalogs in use are unchanged.",
  catalogNotSaved: (message) => `Not kept with the workbook: ${message}`,
  catalogsRestored: (years) => `Loaded the catalogs kept with this workbook: ${years.join(", ")}.`,
  catalogsRestoreFailed: (messages) => `Could not load the catalogs kept with this workbook: ${messages}`,
};
