/**
 * The key names are compared by, for lookups (engine) and for collision checks (validator) alike:
 * full-width forms folded (NFKC), lower case, and white space, middle dots (·‧․・ㆍ), the notice's
 * footnote "*", "_" and "-" removed. "고도화 1", "고도화1" and "ＢＡＳＩＣ"/"basic" each share a key.
 */
/** Middle dots the notice mixes; stripped before NFKC too, which turns ․ into "." and ㆍ into a jamo. */
const DOTS = /[·‧․・ㆍ]/gu;
const IGNORED = /[\s·‧․・ㆍ\u119e*_-]+/gu;

export function normalizeKey(text: string): string {
  return text.replace(DOTS, "").normalize("NFKC").toLowerCase().replace(IGNORED, "");
}
