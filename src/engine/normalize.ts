/**
 * Normalising names for lookup: full-width forms folded (NFKC), case folded, and white space,
 * middle dots and the notice's footnote asterisk ignored, so "고도화 1", "고도화1" and
 * "ＢＡＳＩＣ" find what they mean.
 */
const IGNORED = /[\s·‧․・ㆍ*_\-]+/gu;

export function normalizeKey(text: string): string {
  // Dots go before NFKC too: it turns "․" into "." and "ㆍ" into another letter.
  return text.replace(IGNORED, "").normalize("NFKC").toLowerCase().replace(IGNORED, "");
}
