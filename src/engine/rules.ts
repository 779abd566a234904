import type { PartyModel, Program, Tier } from "../catalog/types";
import { invalid } from "./errors";
import { formatWon } from "./money";

/** floor(amount × pct / 100) in exact integer arithmetic (amount × pct may pass 2^53). */
export function pctOf(amountWon: number, pct: number): number {
  const product = amountWon * pct;
  // Below 10^14 the product is exact and product / 100 lands far enough from the next integer
  // (its spacing is under 0.001) for floor to be exact.
  if (product < 1e14) return Math.floor(product / 100);
  const hundreds = Math.floor(amountWon / 100);
  const rest = amountWon - hundreds * 100;
  return hundreds * pct + Math.floor((rest * pct) / 100);
}

/** ceil(amount × pct / 100), exact. */
function pctOfCeil(amountWon: number, pct: number): number {
  const floor = pctOf(amountWon, pct);
  const hundreds = Math.floor(amountWon / 100);
  const rest = amountWon - hundreds * 100;
  return (rest * pct) % 100 === 0 ? floor : floor + 1;
}

/** The party model in force for a tier (a tier may override its program's). */
export function partiesOf(program: Program, tier: Tier): PartyModel {
  return tier.parties ?? program.parties;
}

/** Rejects a cost the tier cannot take (상생형 유형2 is for projects of at most 2,000만원). */
function checkCost(program: Program, tier: Tier, costWon: number): void {
  if (tier.maxCostWon !== undefined && costWon > tier.maxCostWon) {
    throw invalid(
      `${program.name} ${tier.name}의 총사업비는 ${formatWon(tier.maxCostWon)} 이하여야 합니다 (입력 ${formatWon(costWon)}).`,
      `${program.nameEn} ${tier.nameEn} takes a total cost of at most ${tier.maxCostWon} won (given ${costWon}).`,
    );
  }
}

/**
 * The government grant (정부지원금) for a total project cost, in integer won:
 * min(floor(cost × share), cap). A fraction of a won rounds down: the grant may not pass its share.
 */
export function grantFor(tier: Tier, costWon: number): number {
  const byShare = pctOf(costWon, tier.govSharePct);
  return byShare < tier.capWon ? byShare : tier.capWon;
}

/** Which limit set the grant: the share of cost, or the cap (the share would have passed it). */
export type GrantBound = "share" | "cap";

export function grantBound(tier: Tier, costWon: number): GrantBound {
  return pctOf(costWon, tier.govSharePct) > tier.capWon ? "cap" : "share";
}

/** How the cost of a project splits between government, the large company and the adopter. */
export interface Split {
  costWon: number;
  govWon: number;
  /** The large company (주관기관) in 대중소 상생형; 0 where the program has none. */
  largeWon: number;
  /** The adopting SME or mid-size firm (도입기업), or the company in a two-party program. */
  adopterWon: number;
  bound: GrantBound;
  model: PartyModel["kind"];
  /** Whether the large company's share was set by the user or by the default rule. */
  largeShareSource: "default" | "user" | "none";
}

const EPS = 1e-9;

/**
 * Splits a cost into [government, large company, adopter], summing exactly to the cost.
 *
 * Two parties: the company pays what the grant does not cover.
 * Three parties (대중소 상생형, "정부 30% / 대기업 30% 이상 / 중소·중견 40% 이내"): government at its
 * share and cap; the adopter at its upper bound by default; the large company the rest, which is
 * then at least its lower bound. When the cap binds, the shortfall lands on the large company.
 * `largeShare` (a fraction, 0.35 for 35%) sets the large company's share within the bounds; a
 * share outside them is an error that names the bound. This reading of the bounds is an
 * interpretation of the notice, not quoted text.
 */
export function splitShares(program: Program, tier: Tier, costWon: number, largeShare?: number | null): Split {
  checkCost(program, tier, costWon);
  const govWon = grantFor(tier, costWon);
  const bound = grantBound(tier, costWon);
  const parties = partiesOf(program, tier);
  if (parties.kind === "two-party") {
    if (largeShare !== undefined && largeShare !== null) {
      throw invalid(
        `${program.name}에는 대기업 부담이 없습니다: 대기업 비율을 비워 두세요.`,
        `${program.nameEn} has no large-company party: leave the large-company share empty.`,
      );
    }
    return { costWon, govWon, largeWon: 0, adopterWon: costWon - govWon, bound, model: "two-party", largeShareSource: "none" };
  }
  const adopterMax = pctOf(costWon, parties.adopterMaxPct);
  if (largeShare === undefined || largeShare === null) {
    const adopterWon = Math.min(adopterMax, costWon - govWon);
    return {
      costWon,
      govWon,
      largeWon: costWon - govWon - adopterWon,
      adopterWon,
      bound,
      model: "three-party",
      largeShareSource: "default",
    };
  }
  return userSplit(program, parties, costWon, govWon, bound, adopterMax, largeShare);
}

function userSplit(
  program: Program,
  parties: Extract<PartyModel, { kind: "three-party" }>,
  costWon: number,
  govWon: number,
  bound: GrantBound,
  adopterMax: number,
  largeShare: number,
): Split {
  if (!Number.isFinite(largeShare) || largeShare < 0 || largeShare > 1) {
    throw invalid(
      `대기업 부담 비율은 0과 1 사이의 비율로 쓰세요 (예: 35%는 0.35). 입력: ${largeShare}`,
      `Give the large-company share as a fraction between 0 and 1 (35% is 0.35). Given: ${largeShare}`,
    );
  }
  const result: Split = { costWon, govWon, largeWon: 0, adopterWon: 0, bound, model: "three-party", largeShareSource: "user" };
  if (costWon === 0) return result;
  const pct = (x: number) => `${Math.round(x * 10_000) / 100}%`;
  const largeMinFrac = parties.largeMinPct / 100;
  if (largeShare < largeMinFrac - EPS) {
    throw invalid(
      `${program.name}: 대기업(주관기관) 부담은 ${parties.largeMinPct}% 이상이어야 합니다 (입력 ${pct(largeShare)}).`,
      `${program.nameEn}: the large company pays at least ${parties.largeMinPct}% (given ${pct(largeShare)}).`,
    );
  }
  const remainderFrac = (costWon - govWon) / costWon;
  const adopterBoundFrac = remainderFrac - parties.adopterMaxPct / 100;
  if (largeShare < adopterBoundFrac - EPS) {
    throw invalid(
      `${program.name}: 중소·중견(도입기업) 부담이 ${parties.adopterMaxPct}%를 넘게 됩니다. 대기업 부담은 ${pct(adopterBoundFrac)} 이상이어야 합니다.`,
      `${program.nameEn}: the adopter would pay more than ${parties.adopterMaxPct}%. The large company must pay at least ${pct(adopterBoundFrac)}.`,
    );
  }
  if (largeShare > remainderFrac + EPS) {
    throw invalid(
      `${program.name}: 대기업 부담은 정부지원금을 뺀 나머지 ${pct(remainderFrac)}를 넘을 수 없습니다 (입력 ${pct(largeShare)}).`,
      `${program.nameEn}: the large company cannot pay more than the ${pct(remainderFrac)} left after the grant (given ${pct(largeShare)}).`,
    );
  }
  const largeMin = pctOfCeil(costWon, parties.largeMinPct);
  let largeWon = Math.min(Math.max(Math.round(costWon * largeShare), largeMin), costWon - govWon);
  let adopterWon = costWon - govWon - largeWon;
  if (adopterWon > adopterMax) {
    largeWon += adopterWon - adopterMax;
    adopterWon = adopterMax;
  }
  result.largeWon = largeWon;
  result.adopterWon = adopterWon;
  return result;
}
