/**
 * Normalising names for lookup: full-width forms folded (NFKC), case folded, and white space,
 * middle dots and the notice's footnote asterisk ignored, so "고도화 1", "고도화1" and
 * "ＢＡＳＩＣ" find what they mean.
 */
const IGNORED = /[\s·‧․・ㆍ*_\-]+/gu;

export function normalizeKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(IGNORED, "");
}
