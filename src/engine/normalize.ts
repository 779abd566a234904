/** Name normalisation is defined with the catalog, whose validator needs the same keys. */
export { normalizeKey } from "../catalog/normalize";
