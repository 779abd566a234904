/** The program card's strings, imported only by the card's lazily loaded code. */
import { cardEn } from "./card-en";
import { cardKo } from "./card-ko";
import type { CardStrings, Lang } from "./types";

export type { CardStrings } from "./types";

export const CARD_STRINGS: Readonly<Record<Lang, CardStrings>> = { ko: cardKo, en: cardEn };
