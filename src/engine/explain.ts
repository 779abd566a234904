import type { CapBasis, Program, Ref, SeedTable, Tier } from "../catalog/types";
import { formatPct, formatWon } from "./money";
import { partiesOf, pctOf, splitShares, type Split } from "./rules";

/** A result put into words: which rule applied, which limit bound it, and where the numbers come from. */
export interface Explanation {
  ko: string;
  en: string;
  split: Split;
  /** The seed references behind the cap and the share (and the party bounds, where they apply). */
  refs: Ref[];
}

const TABLE_KO: Readonly<Record<SeedTable, string>> = {
  programs: "사업 개요 표",
  tiers: "지원유형 표",
  levels: "수준 표",
  changes: "변경 절차 표",
  sangsaeng: "대중소 상생형 분담 표",
  "sangsaeng-type2": "대중소 상생형 유형2 분담 표",
  "lighthouse-quota": "등대공장 선정규모 표",
  carbon: "탄소중립형 지원내용",
  testbed: "테스트베드 지원내용",
  meister: "마이스터 지원 표",
  contacts: "연락처 표",
};

const TABLE_EN: Readonly<Record<SeedTable, string>> = {
  programs: "program table",
  tiers: "tier table",
  levels: "level table",
  changes: "change-request table",
  sangsaeng: "win-win split table",
  "sangsaeng-type2": "win-win type 2 split table",
  "lighthouse-quota": "lighthouse quota table",
  carbon: "carbon-neutral support text",
  testbed: "testbed support text",
  meister: "meister table",
  contacts: "contacts table",
};

const CAP_BASIS: Readonly<Record<"ko" | "en", Record<CapBasis, string>>> = {
  ko: { company: "기업당", "company-year": "기업당", consortium: "컨소시엄당", project: "과제당", package: "패키지당" },
  en: { company: "per company", "company-year": "per company", consortium: "per consortium", project: "per project", package: "per package" },
};

/** "한도 12억원(기업당 연 4억원 × 3년)" / "cap 1,200,000,000 won (400,000,000 won a year × 3 years per company)". */
function capPhrase(tier: Tier, lang: "ko" | "en"): string {
  const basis = CAP_BASIS[lang][tier.capBasis];
  const perYear = tier.capBasis === "company-year" && tier.capPerYearWon !== undefined && tier.periodMonths ? tier.capPerYearWon : undefined;
  if (lang === "ko") {
    return perYear === undefined
      ? `한도 ${formatWon(tier.capWon)}(${basis})`
      : `한도 ${formatWon(tier.capWon)}(${basis} 연 ${formatWon(perYear)} × ${(tier.periodMonths as number) / 12}년)`;
  }
  const won = (n: number) => `${n.toLocaleString("en-US")} won`;
  return perYear === undefined
    ? `cap ${won(tier.capWon)} (${basis})`
    : `cap ${won(tier.capWon)} (${won(perYear)} a year × ${(tier.periodMonths as number) / 12} years ${basis})`;
}

const quote = (ref: Ref) => `${TABLE_KO[ref.table]} 「${ref.quote.replace(/\s+/g, " ").trim()}」${ref.external ? " 및 공고 외 자료" : ""}`;
const quoteEn = (ref: Ref) => `${TABLE_EN[ref.table]} "${ref.quote.replace(/\s+/g, " ").trim()}"${ref.external ? " and sources outside the notice" : ""}`;

/** Explains the split of a cost under a program tier, in one Korean and one English paragraph. */
export function explain(program: Program, tier: Tier, costWon: number, largeShare?: number | null): Explanation {
  const split = splitShares(program, tier, costWon, largeShare);
  const parties = partiesOf(program, tier);
  const title = tier.name ? `${program.name} ${tier.name}` : program.name;
  const titleEn = tier.name ? `${program.nameEn}, ${tier.nameEn}` : program.nameEn;
  const byShare = formatWon(pctOf(costWon, tier.govSharePct));
  const pctOfCost = (won: number) => (costWon > 0 ? formatPct(won / costWon) : "0%");
  const en = (won: number) => `${won.toLocaleString("en-US")} won`;

  let ko =
    split.bound === "cap"
      ? `${title}: 총사업비 ${formatWon(costWon)}의 ${tier.govSharePct}%는 ${byShare}이나 ${capPhrase(tier, "ko")}를 넘으므로 정부지원금은 한도 금액 ${formatWon(split.govWon)}(${pctOfCost(split.govWon)})입니다.`
      : `${title}: 총사업비 ${formatWon(costWon)}의 ${tier.govSharePct}%인 ${formatWon(split.govWon)}이 ${capPhrase(tier, "ko")} 이내이므로 정부지원금은 ${formatWon(split.govWon)}입니다.`;
  let english =
    split.bound === "cap"
      ? `${titleEn}: ${tier.govSharePct}% of the total cost ${en(costWon)} would be more than the ${capPhrase(tier, "en")}, so the grant is the cap, ${en(split.govWon)} (${pctOfCost(split.govWon)}).`
      : `${titleEn}: ${tier.govSharePct}% of the total cost ${en(costWon)} is within the ${capPhrase(tier, "en")}, so the grant is ${en(split.govWon)}.`;
  const refs: Ref[] = [tier.refs.cap, tier.refs.share];

  if (parties.kind === "three-party") {
    refs.push(parties.ref);
    const source = split.largeShareSource === "user" ? "지정한 비율에 따라 " : "";
    ko +=
      ` 중소·중견(도입기업) 부담은 ${formatWon(split.adopterWon)}(${pctOfCost(split.adopterWon)}, 상한 ${parties.adopterMaxPct}%),` +
      ` 대기업(주관기관) 부담은 ${source}${formatWon(split.largeWon)}(${pctOfCost(split.largeWon)}, 하한 ${parties.largeMinPct}%)입니다.` +
      ` 이 배분은 공고의 "정부 ${parties.govMaxPct}%, 주관기관 ${parties.largeMinPct}% 이상, 도입기업 ${parties.adopterMaxPct}% 이내"를 해석한 것입니다.`;
    english +=
      ` The adopter pays ${en(split.adopterWon)} (${pctOfCost(split.adopterWon)}, at most ${parties.adopterMaxPct}%),` +
      ` the large company ${en(split.largeWon)} (${pctOfCost(split.largeWon)}, at least ${parties.largeMinPct}%).` +
      ` This split is an interpretation of the notice's bounds, not quoted text.`;
  } else {
    ko += ` 기업부담금은 ${formatWon(split.adopterWon)}입니다.`;
    english += ` The company pays ${en(split.adopterWon)}.`;
  }
  ko += ` (근거: ${quote(tier.refs.cap)})`;
  english += ` (Source: ${quoteEn(tier.refs.cap)})`;
  return { ko, en: english, split, refs };
}
