/**
 * The subsidy engine: pure rules over a year's catalog. No Office, no DOM, no React.
 */
export { EngineError, invalid, notFound, type EngineErrorKind } from "./errors";
export { normalizeKey } from "./normalize";
export { UNITS, WON_PER_UNIT, MAX_COST_WON, parseUnit, toWon, fromWon, formatWon, formatPct, type Unit } from "./money";
export { CatalogIndex, closest } from "./lookup";
export { grantFor, grantBound, splitShares, partiesOf, pctOf, type Split, type GrantBound } from "./rules";
export { explain, type Explanation } from "./explain";
export { classifyChange, type ChangeDecision } from "./changes";
export { DEFAULT_YEAR, availableYears, catalogFor, registerCatalog, unregisterCatalog } from "./registry";
