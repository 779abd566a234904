import fc from "fast-check";
import { EngineError, catalogFor, grantFor, splitShares } from "../../src/engine";

const catalog = catalogFor(2022).catalog;
const pairs = catalog.programs.flatMap((program) => program.tiers.map((tier) => ({ program, tier })));
const pair = fc.constantFrom(...pairs);
const cost = fc.integer({ min: 0, max: 10_000_000_000_000 }); // 0 … 10^13 won
const runs = { numRuns: 2_000, seed: 20220101 };

/** An independent oracle: the same rule in BigInt arithmetic. */
function oracleGrant(costWon: number, pct: number, capWon: number): number {
  const byShare = (BigInt(costWon) * BigInt(pct)) / 100n;
  return Number(byShare < BigInt(capWon) ? byShare : BigInt(capWon));
}

describe("grant properties (every program and tier, cost 0 … 10^13 won)", () => {
  it("is min(floor(cost × share), cap), never more than either", () => {
    fc.assert(
      fc.property(pair, cost, ({ tier }, c) => {
        const g = grantFor(tier, c);
        expect(Number.isInteger(g)).toBe(true);
        expect(g).toBe(oracleGrant(c, tier.govSharePct, tier.capWon));
        expect(BigInt(g) * 100n).toBeLessThanOrEqual(BigInt(c) * BigInt(tier.govSharePct));
        expect(g).toBeLessThanOrEqual(tier.capWon);
      }),
      runs,
    );
  });

  it("never falls as the cost rises", () => {
    fc.assert(
      fc.property(pair, cost, cost, ({ tier }, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(grantFor(tier, lo)).toBeLessThanOrEqual(grantFor(tier, hi));
      }),
      runs,
    );
  });
});

describe("split properties", () => {
  it("sums exactly to the cost, in non-negative integers, with the program's bounds", () => {
    fc.assert(
      fc.property(pair, cost, ({ program, tier }, c) => {
        if (tier.maxCostWon !== undefined && c > tier.maxCostWon) return;
        const s = splitShares(program, tier, c);
        expect(s.govWon + s.largeWon + s.adopterWon).toBe(c);
        for (const v of [s.govWon, s.largeWon, s.adopterWon]) {
          expect(Number.isInteger(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
        }
        expect(s.govWon).toBe(grantFor(tier, c));
        const parties = tier.parties ?? program.parties;
        if (parties.kind === "two-party") {
          expect(s.largeWon).toBe(0);
        } else {
          const C = BigInt(c);
          expect(BigInt(s.govWon) * 100n).toBeLessThanOrEqual(C * BigInt(parties.govMaxPct));
          expect(BigInt(s.largeWon) * 100n).toBeGreaterThanOrEqual(C * BigInt(parties.largeMinPct));
          expect(BigInt(s.adopterWon) * 100n).toBeLessThanOrEqual(C * BigInt(parties.adopterMaxPct));
        }
      }),
      runs,
    );
  });

  it("대중소 상생형 with any large-company share: the bounds hold or the share is refused", () => {
    const winWin = pairs.filter(({ program, tier }) => (tier.parties ?? program.parties).kind === "three-party");
    expect(winWin.length).toBeGreaterThanOrEqual(3);
    fc.assert(
      fc.property(fc.constantFrom(...winWin), fc.integer({ min: 1, max: 10_000_000_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), ({ program, tier }, c, share) => {
        if (tier.maxCostWon !== undefined && c > tier.maxCostWon) return;
        const parties = tier.parties ?? program.parties;
        if (parties.kind !== "three-party") throw new Error("unreachable");
        let s;
        try {
          s = splitShares(program, tier, c, share);
        } catch (e) {
          expect(e).toBeInstanceOf(EngineError);
          return;
        }
        const C = BigInt(c);
        expect(s.govWon + s.largeWon + s.adopterWon).toBe(c);
        expect(s.adopterWon).toBeGreaterThanOrEqual(0);
        expect(BigInt(s.largeWon) * 100n).toBeGreaterThanOrEqual(C * BigInt(parties.largeMinPct));
        expect(BigInt(s.adopterWon) * 100n).toBeLessThanOrEqual(C * BigInt(parties.adopterMaxPct));
        expect(Math.abs(s.largeWon - c * share)).toBeLessThanOrEqual(1);
      }),
      runs,
    );
  });
});
