import type { CapBasis, NoteKind, SeedTable } from "../catalog/types";

/** The task pane's languages. */
export type Lang = "ko" | "en";

/**
 * The strings of the first screen (shell, search, catalog list). `ko` and `en` are both typed
 * `UiStrings`, so a key missing from either language is a compile error. Strings that take values
 * are functions. The program card's strings are `CardStrings` (./card), loaded with the card.
 */
export interface UiStrings {
  /** BCP 47 tag for the `lang` attribute. */
  langTag: string;

  // ── shell ──
  appTitle: string;
  /** The language toggle names the language it switches to. */
  langToggle: string;
  langToggleTag: string;
  langToggleTitle: string;
  browserOnly: string;
  loading: string;

  // ── catalog list ──
  searchLabel: string;
  searchPlaceholder: string;
  categoryFilterLabel: string;
  categoryAll: string;
  resultCount: (shown: number, total: number) => string;
  emptyTitle: string;
  emptyBody: (query: string) => string;
  clearFilters: string;
  /** Shown under a program found through an alias or its English name. */
  matchedVia: (spelling: string) => string;
  /** The one-line summary of a program: cap, government share, period. */
  summaryLine: (cap: string, share: string, period: string) => string;
  /** A range of values ("0.5억~4억원"). */
  range: (low: string, high: string) => string;
  money: (won: number) => string;
  months: (months: number) => string;
  periodRange: (min: number, max: number) => string;
  noPeriod: string;

  // ── another year's catalog ──
  loadCatalog: string;
  catalogFileLabel: string;
  yearLabel: string;
  yearOption: (year: number) => string;
  catalogLoaded: (year: number, programs: number) => string;
  catalogRejected: string;
  catalogNotSaved: (message: string) => string;
  catalogsRestored: (years: number[]) => string;
  catalogsRestoreFailed: (messages: string) => string;
}

/** The program card's strings (calculator, insert section, dialog): loaded with the card. */
export interface CardStrings {
  // ── program card ──
  backToList: string;
  budget: (won: string) => string;
  sectionTiers: string;
  sectionParties: string;
  sectionCalculator: string;
  sectionInsert: string;
  sectionSchedule: string;
  sectionContacts: string;
  sectionNotes: string;
  sectionRefs: string;
  colTier: string;
  colCap: string;
  colShare: string;
  colPeriod: string;
  singleTier: string;
  tierName: (name: string, nameEn: string) => string;
  capBasis: Record<CapBasis, string>;
  capPerYear: (perYear: string) => string;
  maxCost: (won: string) => string;
  twoParty: string;
  threeParty: (govMax: number, largeMin: number, adopterMax: number) => string;
  interpretationNote: (govMax: number, largeMin: number, adopterMax: number) => string;
  colRound: string;
  colNotice: string;
  colIntake: string;
  colEvaluation: string;
  round: (n: number) => string;
  singleRound: string;
  openEndedHint: string;
  callCenter: string;
  contactFor: (tiers: string) => string;
  noteKind: Record<NoteKind, string>;
  refTable: Record<SeedTable, string>;
  refExternal: string;
  refProgram: string;
  refBudget: string;
  refCap: string;
  refShare: string;
  refPeriod: string;
  refParties: string;

  // ── calculator ──
  tierLabel: string;
  costLabel: string;
  costPlaceholder: string;
  unitLabel: string;
  largeShareLabel: string;
  largeShareHint: (adopterMax: number, largeMin: number) => string;
  partyGov: string;
  partyLarge: string;
  partySme: string;
  partyCompany: string;
  notApplicable: string;
  boundCap: string;
  boundShare: string;
  enterCost: string;
  notANumber: string;
  chartLabel: (gov: string, large: string, sme: string) => string;
  resultsLabel: string;

  // ── insert ──
  insertFnLabel: string;
  insertFnOption: Record<"SUBSIDY" | "SPLIT" | "SHARE" | "CAP", string>;
  /** What the chosen function returns: the function metadata's own description (src/i18n/functions.json). */
  insertFnDescription: Record<"SUBSIDY" | "SPLIT" | "SHARE" | "CAP", string>;
  partyLabel: string;
  partyOption: Record<"정부" | "대기업" | "중소", string>;
  costCellLabel: string;
  costCellHint: string;
  costCellInvalid: string;
  useSelection: string;
  targetCell: (address: string) => string;
  noLeftNeighbour: string;
  insertFormula: string;
  formulaPreview: string;
  rowsLabel: string;
  rowsInvalid: string;
  insertTable: string;
  tableHint: string;
  overwriteTitle: string;
  overwriteBody: (count: number) => string;
  /** Added to the overwrite question when the target overlaps existing Excel tables. */
  overwriteInTable: (tableNames: string[]) => string;
  overwrite: string;
  cancel: string;
  working: string;
  formulaDone: (address: string) => string;
  tableDone: (address: string) => string;
  /** After tableDone, when the cells went into existing Excel tables and no new table was made. */
  tableNotAdded: (tableNames: string[]) => string;
  cancelled: string;
  failed: (message: string) => string;
  sameCell: string;
  noExcel: string;
}
