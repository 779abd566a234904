import { en } from "./en";
import { ko } from "./ko";
import type { Lang, UiStrings } from "./types";

export type { CardStrings, Lang, UiStrings } from "./types";

export const STRINGS: Readonly<Record<Lang, UiStrings>> = { ko, en };

/** Korean for a Korean language tag ("ko", "ko-KR"), English for anything else. */
export function langFromTag(tag: string | null | undefined): Lang {
  return typeof tag === "string" && /^ko(?:[-_]|$)/i.test(tag.trim()) ? "ko" : "en";
}
