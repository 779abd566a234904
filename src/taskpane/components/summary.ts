import type { Program } from "../../catalog/types";
import type { UiStrings } from "../../i18n";
import { programFacts } from "../search";

/** The one-line summary of a program in the list: cap, government share and period over its tiers. */
export function summaryLine(program: Program, s: UiStrings): string {
  const f = programFacts(program);
  const cap = s.range(s.money(f.capMin), s.money(f.capMax));
  const share = s.range(`${f.shareMin}%`, `${f.shareMax}%`);
  const period = f.periodMin === null || f.periodMax === null ? s.noPeriod : s.periodRange(f.periodMin, f.periodMax);
  return s.summaryLine(cap, share, period);
}

/** A program's display name in the current language. */
export function programName(program: Program, lang: "ko" | "en"): string {
  return lang === "ko" ? program.name : program.nameEn;
}

/** "053-210-9552~6" → "tel:053-210-9552" (a range of lines: dial the first). */
export function telHref(phone: string): string {
  const first = phone.split("~")[0].trim();
  return `tel:${first.replace(/[^0-9+-]/g, "")}`;
}
