/**
 * Searching the catalog as the user types: pure functions, no React, no Office.
 *
 * A program matches when the query (normalised like every other name: case, width, spaces and
 * middle dots folded by the engine's `normalizeKey`) occurs in its official name, an alias, its
 * English name or its id. Korean initial consonants (초성) match the syllables they begin, and may
 * be mixed with whole syllables: "ㅅㅁㅌ" finds 스마트…, "ㄷㅈㅅ" finds 대중소…, "스ㅁ" finds 스마….
 * The 초성 of each syllable come from es-hangul's getChoseong, not from a table of our own.
 *
 * While an IME is composing, the last syllable can carry a final consonant that belongs to the
 * next syllable ("스맡" on the way to "스마트"): that is accepted too.
 */
import { combineCharacter, disassembleCompleteCharacter, getChoseong } from "es-hangul";
import type { Catalog, Category, CategoryId, Program } from "../catalog/types";
import { normalizeKey } from "../engine";

/** Which spelling of a program a query matched. */
export type KeyKind = "name" | "english" | "alias" | "id";

/** One searchable spelling: its normalised characters and, aligned with them, each one's 초성. */
interface Key {
  kind: KeyKind;
  /** The spelling as the catalog writes it. */
  source: string;
  text: string;
  chars: string[];
  initials: string[];
}

export interface SearchEntry {
  program: Program;
  keys: Key[];
}

/** A compatibility jamo that can start a syllable (ㄱ … ㅎ, including ㄲ ㄸ ㅃ ㅆ ㅉ). */
const CHOSEONG = /^[ㄱ-ㅎ]$/u;

function keyOf(kind: KeyKind, source: string): Key {
  const text = normalizeKey(source);
  const chars = [...text];
  // getChoseong drops what is not Hangul, so take it a character at a time to keep positions.
  const initials = chars.map((ch) => getChoseong(ch) || ch);
  return { kind, source, text, chars, initials };
}

/** Builds the search index of a catalog once: the official name first, then English, aliases, id. */
export function buildSearchIndex(catalog: Catalog): SearchEntry[] {
  return catalog.programs.map((program) => {
    const spellings: [KeyKind, string][] = [
      ["name", program.name],
      ["english", program.nameEn],
      ...program.aliases.map((a): [KeyKind, string] => ["alias", a]),
      ["id", program.id],
    ];
    const seen = new Set<string>();
    const keys: Key[] = [];
    for (const [kind, source] of spellings) {
      const key = keyOf(kind, source);
      if (key.text === "" || seen.has(key.text)) continue;
      seen.add(key.text);
      keys.push(key);
    }
    return { program, keys };
  });
}

/** How a query character may match a key character. */
function charMatches(q: string, keyChar: string, keyInitial: string): boolean {
  return q === keyChar || (CHOSEONG.test(q) && keyInitial === q);
}

/**
 * The last query syllable while the IME is still composing: "맡" may be "마" followed by a
 * syllable starting with ㅌ. Returns [syllable without its final, the final as an initial].
 */
function composingSplit(ch: string): [string, string] | null {
  const parts = disassembleCompleteCharacter(ch);
  if (!parts || !parts.jongseong || !CHOSEONG.test(parts.jongseong)) return null;
  try {
    return [combineCharacter(parts.choseong, parts.jungseong), parts.jongseong];
  } catch {
    return null;
  }
}

function keyMatches(key: Key, query: string[], composing: [string, string] | null): boolean {
  if (query.length === 0) return true;
  if (key.text.includes(query.join(""))) return true;
  const n = query.length;
  for (let start = 0; start + n <= key.chars.length; start++) {
    let ok = true;
    for (let j = 0; j < n - 1 && ok; j++) {
      ok = charMatches(query[j], key.chars[start + j], key.initials[start + j]);
    }
    if (!ok) continue;
    const last = start + n - 1;
    if (charMatches(query[n - 1], key.chars[last], key.initials[last])) return true;
    if (composing && key.chars[last] === composing[0] && key.initials[last + 1] === composing[1]) return true;
  }
  return false;
}

/**
 * The query's characters, normalised like names, except initial consonants: NFKC would turn the
 * compatibility jamo users type (ㅅ U+3145) into conjoining jamo (U+1109), which getChoseong does
 * not return.
 */
function queryChars(query: string): string[] {
  return [...query].flatMap((ch) => (CHOSEONG.test(ch) ? [ch] : [...normalizeKey(ch)]));
}

/**
 * The first spelling of an entry the query matches (official name, English name, aliases, id in
 * that order), or null; an empty query matches the official name.
 */
export function matchingKey(entry: SearchEntry, query: string): { kind: KeyKind; text: string } | null {
  const q = queryChars(query);
  if (q.length === 0) return { kind: "name", text: entry.program.name };
  const composing = composingSplit(q[q.length - 1]);
  const key = entry.keys.find((k) => keyMatches(k, q, composing));
  return key ? { kind: key.kind, text: key.source } : null;
}

/** Whether an entry matches the query (an empty query matches everything). */
export function matches(entry: SearchEntry, query: string): boolean {
  return matchingKey(entry, query) !== null;
}

export interface SearchHit {
  program: Program;
  /** The spelling that matched, so the list can show an alias the user would not otherwise see. */
  via: { kind: KeyKind; text: string };
}

/** The programs matching the query and the category (null: every category), in catalog order. */
export function searchHits(index: readonly SearchEntry[], query: string, category: CategoryId | null): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const entry of index) {
    if (category !== null && entry.program.category !== category) continue;
    const via = matchingKey(entry, query);
    if (via) hits.push({ program: entry.program, via });
  }
  return hits;
}

/** The programs matching the query and the category (null: every category), in catalog order. */
export function searchPrograms(index: readonly SearchEntry[], query: string, category: CategoryId | null): Program[] {
  return searchHits(index, query, category).map((h) => h.program);
}

export interface CategoryGroup {
  category: Category;
  programs: Program[];
}

/** Programs grouped by category ①–⑥ in the catalog's category order; empty groups left out. */
export function groupByCategory(categories: readonly Category[], programs: readonly Program[]): CategoryGroup[] {
  return categories
    .map((category) => ({ category, programs: programs.filter((p) => p.category === category.id) }))
    .filter((g) => g.programs.length > 0);
}

/** The ranges a one-line summary shows: cap, government share and period over a program's tiers. */
export interface ProgramFacts {
  capMin: number;
  capMax: number;
  shareMin: number;
  shareMax: number;
  /** null when no tier gives a period. */
  periodMin: number | null;
  periodMax: number | null;
}

export function programFacts(program: Program): ProgramFacts {
  const caps = program.tiers.map((t) => t.capWon);
  const shares = program.tiers.map((t) => t.govSharePct);
  const periods = program.tiers.map((t) => t.periodMonths).filter((m): m is number => m !== null);
  return {
    capMin: Math.min(...caps),
    capMax: Math.max(...caps),
    shareMin: Math.min(...shares),
    shareMax: Math.max(...shares),
    periodMin: periods.length ? Math.min(...periods) : null,
    periodMax: periods.length ? Math.max(...periods) : null,
  };
}
