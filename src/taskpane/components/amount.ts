/**
 * The total-cost field's text: thousands separators as you type, the caret kept after the same
 * digit, and the number read back. Pure functions (tested in Node).
 */

/** Digits, and the decimal point when the unit allows fractions, out of whatever was typed or pasted. */
export function formatAmountText(raw: string, allowDecimal: boolean): string {
  const cleaned = raw.normalize("NFKC").replace(allowDecimal ? /[^0-9.]/g : /[^0-9]/g, "");
  const dot = cleaned.indexOf(".");
  const intPart = (dot < 0 ? cleaned : cleaned.slice(0, dot)).replace(/^0+(?=[0-9])/, "");
  const grouped = intPart.replace(/\B(?=(?:[0-9]{3})+(?![0-9]))/g, ",");
  if (dot < 0) return grouped;
  const fraction = cleaned.slice(dot + 1).replace(/\./g, "").slice(0, 8);
  return `${grouped === "" ? "0" : grouped}.${fraction}`;
}

const SIGNIFICANT = /[0-9.]/;

/** How many digits (and decimal points) stand before position `caret` of `text`. */
export function significantBefore(text: string, caret: number): number {
  let n = 0;
  for (const ch of text.normalize("NFKC").slice(0, caret)) if (SIGNIFICANT.test(ch)) n++;
  return n;
}

/** The position in `formatted` just after its `count`-th digit or decimal point. */
export function caretAfter(formatted: string, count: number): number {
  if (count <= 0) {
    // keep the caret before the first digit, not before a leading "0." we added
    return 0;
  }
  let seen = 0;
  for (let i = 0; i < formatted.length; i++) {
    if (SIGNIFICANT.test(formatted[i])) seen++;
    if (seen === count) return i + 1;
  }
  return formatted.length;
}

/** Removes the `index`-th digit/point (0-based) of a formatted text: for deleting over a separator. */
export function removeSignificant(text: string, index: number): string {
  let seen = -1;
  for (let i = 0; i < text.length; i++) {
    if (SIGNIFICANT.test(text[i])) seen++;
    if (seen === index) return text.slice(0, i) + text.slice(i + 1);
  }
  return text;
}

/** The number in the field; null when it is empty, NaN when it is not a number. */
export function parseAmountText(text: string): number | null {
  const t = text.replace(/,/g, "").trim();
  if (t === "") return null;
  if (!/^[0-9]*\.?[0-9]*$/.test(t) || t === ".") return Number.NaN;
  return Number(t);
}

/** 150000000 → "150,000,000"; 0.42 → "0.42" (amounts in a unit may have decimals). */
export function formatAmount(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 8 });
}

/** "35", "35%", "35.5" → 0.35, 0.355; "" → null; anything else → NaN. */
export function parsePercentText(text: string): number | null {
  const t = text.normalize("NFKC").replace(/%/g, "").trim();
  if (t === "") return null;
  if (!/^[0-9]+(?:\.[0-9]+)?$/.test(t)) return Number.NaN;
  return Number(t) / 100;
}
