import { disassemble } from "es-hangul";
import { distance as levenshtein } from "fastest-levenshtein";
import type { Catalog, Program, Tier } from "../catalog/types";
import { notFound } from "./errors";
import { normalizeKey } from "./normalize";

/** English spellings of tier names, matched for every program that has the tier. */
const TIER_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  basic: ["basic", "기초"],
  advanced1: ["advanced1", "advanced 1", "adv1", "고도화1"],
  advanced2: ["advanced2", "advanced 2", "adv2", "고도화2"],
};

/**
 * A catalog made ready for lookups: every name, alias and id of a program or tier normalised
 * once into maps that cannot reach Object.prototype, and a cache from the exact text a cell
 * passes to what it found, so the hot path costs one Map lookup.
 */
export class CatalogIndex {
  readonly catalog: Catalog;
  private readonly programsByKey = new Map<string, Program>();
  private readonly programCache = new Map<string, Program>();
  private readonly tierIndex = new Map<Program, TierIndex>();
  private readonly pairCache = new Map<string, Map<string, Tier>>();

  constructor(catalog: Catalog) {
    this.catalog = catalog;
    for (const program of catalog.programs) {
      for (const name of [program.id, program.name, program.nameEn, ...program.aliases]) {
        const key = normalizeKey(name);
        const existing = this.programsByKey.get(key);
        if (existing !== undefined && existing !== program) {
          throw new Error(`catalog ${catalog.year}: "${name}" names both ${existing.id} and ${program.id}`);
        }
        this.programsByKey.set(key, program);
      }
      this.tierIndex.set(program, new TierIndex(program));
    }
  }

  /** The program a name, alias or id refers to; #N/A-kind error naming the closest matches. */
  program(query: string): Program {
    const cached = this.programCache.get(query);
    if (cached !== undefined) return cached;
    const found = this.programsByKey.get(normalizeKey(query));
    if (found === undefined) {
      const names = this.catalog.programs.map((p) => p.name);
      const near = closest(query, names, 3);
      throw notFound(
        `사업 "${query}"을(를) ${this.catalog.year}년 목록에서 찾을 수 없습니다.` +
          (near.length ? ` 비슷한 사업: ${near.join(", ")}` : ""),
        `No program "${query}" in the ${this.catalog.year} catalog.` +
          (near.length ? ` Closest: ${near.join(", ")}` : ""),
      );
    }
    if (this.programCache.size < 10_000) this.programCache.set(query, found);
    return found;
  }

  /**
   * The hot path of a budget sheet: the tier named by a program text and a tier text, cached by
   * the exact texts a cell passes (one Map lookup each once warm).
   */
  tierFor(programText: string, tierText: string): Tier {
    let byTier = this.pairCache.get(programText);
    const cached = byTier?.get(tierText);
    if (cached !== undefined) return cached;
    const tier = this.tier(this.program(programText), tierText);
    if (byTier === undefined && this.pairCache.size < 10_000) {
      byTier = new Map();
      this.pairCache.set(programText, byTier);
    }
    if (byTier !== undefined && byTier.size < 100) byTier.set(tierText, tier);
    return tier;
  }

  /** The tier of a program; "" (or null) picks the only tier of a single-tier program. */
  tier(program: Program, query: string | null | undefined): Tier {
    return (this.tierIndex.get(program) as TierIndex).find(query ?? "");
  }
}

class TierIndex {
  private readonly byKey = new Map<string, Tier>();
  private readonly cache = new Map<string, Tier>();

  constructor(private readonly program: Program) {
    for (const tier of program.tiers) {
      const names = [tier.id, tier.name, tier.nameEn, ...tier.aliases, ...(TIER_ENGLISH[tier.id] ?? [])];
      for (const name of names) {
        const key = normalizeKey(name);
        if (key !== "") this.byKey.set(key, tier);
      }
    }
  }

  find(query: string): Tier {
    const cached = this.cache.get(query);
    if (cached !== undefined) return cached;
    const key = normalizeKey(query);
    let tier: Tier | undefined;
    if (key === "") {
      if (this.program.tiers.length === 1) tier = this.program.tiers[0];
    } else {
      tier = this.byKey.get(key);
      // "단일", "single" or the program's only tier by any name
      if (tier === undefined && this.program.tiers.length === 1 && (key === "단일" || key === "single")) {
        tier = this.program.tiers[0];
      }
    }
    if (tier === undefined) throw this.missing(query);
    if (this.cache.size < 1_000) this.cache.set(query, tier);
    return tier;
  }

  private missing(query: string): Error {
    const names = this.program.tiers.map((t) => t.name);
    if (normalizeKey(query) === "") {
      return notFound(
        `${this.program.name}은(는) 지원유형을 골라야 합니다: ${names.join(", ")}`,
        `${this.program.nameEn} needs a tier: ${this.program.tiers.map((t) => t.nameEn).join(", ")}`,
      );
    }
    if (this.program.tiers.length === 1) {
      return notFound(
        `${this.program.name}은(는) 지원유형이 하나뿐입니다. 유형 칸을 비워 두세요 ("${query}" 대신 "").`,
        `${this.program.nameEn} has a single tier: leave the tier empty ("" instead of "${query}").`,
      );
    }
    const near = closest(query, names, names.length);
    const ordered = [...near, ...names.filter((n) => !near.includes(n))];
    return notFound(
      `${this.program.name}에 지원유형 "${query}"이(가) 없습니다. 가능한 유형: ${ordered.join(", ")}`,
      `${this.program.nameEn} has no tier "${query}". Tiers: ${this.program.tiers.map((t) => t.nameEn).join(", ")}`,
    );
  }
}

/**
 * Up to `limit` candidates closest to the query: those containing it (or contained in it) first,
 * then by edit distance over Hangul letters (jamo), so a one-letter slip in a syllable costs one.
 */
export function closest(query: string, candidates: readonly string[], limit: number): string[] {
  const q = normalizeKey(query);
  if (q === "") return [];
  const qj = disassemble(q);
  const scored = candidates.map((name) => {
    const k = normalizeKey(name);
    const contains = k.includes(q) || q.includes(k);
    const distance = contains ? 0 : levenshtein(qj, disassemble(k));
    return { name, distance, contains };
  });
  const maxDistance = Math.max(2, Math.ceil(qj.length / 2));
  return scored
    .filter((s) => s.contains || s.distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map((s) => s.name);
}
