/* eslint-disable @typescript-eslint/no-explicit-any -- cell arguments arrive as whatever Excel passes */
/**
 * The SF.* custom functions: thin adapters from cell arguments to the engine. Each one reads its
 * arguments (./args), calls the engine, and turns engine errors into CustomFunctions.Error:
 * not found → #N/A with a message, a bad argument → #VALUE! with a message. Nothing else escapes.
 *
 * The JSDoc blocks are the function metadata (custom-functions-metadata-plugin writes
 * functions.json from them and appends CustomFunctions.associate calls): keep `export function`
 * declarations, ids upper-case, descriptions Korean first.
 */
import "./runtime-guard"; // first: outside Excel, a stand-in for the CustomFunctions global
// Modules imported one by one (not through ../engine/index) keep the hot path free of re-export indirection.
import { classifyChange } from "../engine/changes";
import { EngineError, invalid } from "../engine/errors";
import { explain } from "../engine/explain";
import type { CatalogIndex } from "../engine/lookup";
import { fromWon } from "../engine/money";
import { normalizeKey } from "../engine/normalize";
import { catalogFor } from "../engine/registry";
import { grantFor, splitShares } from "../engine/rules";
import { asCostWon, asOptionalFraction, asOptionalInteger, asOptionalText, asText, asUnit } from "./args";

/** Turns anything thrown into the Excel error a cell should show. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof EngineError) {
    const code = error.kind === "notFound" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  if (error instanceof CustomFunctions.Error) return error;
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "계산할 수 없습니다 (내부 오류).");
}

/** Runs a function body, reporting failures as Excel errors (thrown, as Excel expects). */
function run<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw toExcelError(error);
  }
}

function lookup(programArg: any, tierArg: any, yearArg: any) {
  const index: CatalogIndex = catalogFor(asOptionalInteger(yearArg, "연도"));
  const program = index.program(asText(programArg, "사업명"));
  const tier = index.tier(program, asText(tierArg, "지원유형"));
  return { index, program, tier };
}

/**
 * 정부지원금: 총사업비 × 지원비율과 지원한도 중 작은 금액 (원 미만 버림). Government grant: the smaller of cost × share and the cap.
 * @customfunction SUBSIDY
 * @helpurl https://localhost:3000/help/functions.html#subsidy
 * @param program 사업명 또는 별칭 (예: "스마트공장 구축 및 고도화"). Program name or alias.
 * @param tier 지원유형 (기초, 고도화1, 고도화2 …; 유형이 하나인 사업은 ""). Tier; "" for single-tier programs.
 * @param cost 총사업비 (unit 단위의 숫자). Total project cost, in the unit.
 * @param [unit] 금액 단위: 원(기본), 천원, 백만원, 억원. Unit of cost and result: 원 (default), 천원, 백만원, 억원.
 * @param [year] 공고 연도 (기본 2022). Program year (default 2022).
 * @returns 정부지원금 (unit 단위).
 */
export function subsidy(program: any, tier: any, cost: any, unit?: any, year?: any): number {
  // The hot path of a budget sheet: no closure and no object built per call.
  try {
    const index = catalogFor(year === null || year === undefined ? null : asOptionalInteger(year, "연도"));
    const programText = typeof program === "string" ? program : asText(program, "사업명");
    const t = index.tierFor(programText, typeof tier === "string" ? tier : asText(tier, "지원유형"));
    const u = unit === null || unit === undefined ? "원" : asUnit(unit);
    const costWon = asCostWon(cost, u);
    if (t.maxCostWon !== undefined) splitShares(index.program(programText), t, costWon);
    return fromWon(grantFor(t, costWon), u);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * 분담액 한 행: 정부, 대기업, 중소·중견 (없는 쪽은 0). One row: government, large company, SME/mid-size adopter.
 * @customfunction SPLIT
 * @helpurl https://localhost:3000/help/functions.html#split
 * @param program 사업명 또는 별칭. Program name or alias.
 * @param tier 지원유형 (유형이 하나인 사업은 ""). Tier; "" for single-tier programs.
 * @param cost 총사업비 (unit 단위). Total project cost, in the unit.
 * @param [unit] 금액 단위: 원(기본), 천원, 백만원, 억원. Unit: 원 (default), 천원, 백만원, 억원.
 * @param [year] 공고 연도 (기본 2022). Program year (default 2022).
 * @param [largeShare] 대중소 상생형에서 대기업 부담 비율 (예: 0.35; 비우면 도입기업 40% 기준). Large company's share in 대중소 상생형 (e.g. 0.35).
 * @returns 정부, 대기업, 중소·중견 금액 한 행.
 */
export function split(program: any, tier: any, cost: any, unit?: any, year?: any, largeShare?: any): number[][] {
  return run(() => {
    const found = lookup(program, tier, year);
    const u = asUnit(unit);
    const s = splitShares(found.program, found.tier, asCostWon(cost, u), asOptionalFraction(largeShare, "대기업 비율"));
    return [[fromWon(s.govWon, u), fromWon(s.largeWon, u), fromWon(s.adopterWon, u)]];
  });
}

/** Party names SF.SHARE accepts, normalised like every other name (spaces, dots, case, width). */
const PARTIES: ReadonlyMap<string, "gov" | "large" | "sme"> = new Map(
  (
    [
      ["gov", ["정부", "정부지원금", "gov", "government"]],
      ["large", ["대기업", "주관기관", "대기업부담금", "large"]],
      ["sme", ["중소", "중소·중견", "중견", "도입기업", "기업", "기업부담금", "sme", "adopter", "company"]],
    ] as const
  ).flatMap(([party, names]) => names.map((name) => [normalizeKey(name), party] as const)),
);

/**
 * 한 주체의 분담액: 정부, 대기업, 중소 (gov/large/sme). One party's amount.
 * @customfunction SHARE
 * @helpurl https://localhost:3000/help/functions.html#share
 * @param program 사업명 또는 별칭. Program name or alias.
 * @param tier 지원유형 (유형이 하나인 사업은 ""). Tier; "" for single-tier programs.
 * @param cost 총사업비 (unit 단위). Total project cost, in the unit.
 * @param party 주체: 정부, 대기업, 중소 (gov, large, sme). Party.
 * @param [unit] 금액 단위: 원(기본), 천원, 백만원, 억원. Unit: 원 (default), 천원, 백만원, 억원.
 * @param [year] 공고 연도 (기본 2022). Program year (default 2022).
 * @returns 그 주체의 금액 (unit 단위).
 */
export function share(program: any, tier: any, cost: any, party: any, unit?: any, year?: any): number {
  return run(() => {
    const partyText = asText(party, "주체");
    const who = PARTIES.get(normalizeKey(partyText));
    if (who === undefined) {
      throw invalid(
        `주체 "${partyText}"을(를) 알 수 없습니다. 정부, 대기업, 중소 (gov, large, sme) 중 하나를 쓰세요.`,
        `Unknown party "${partyText}". Use 정부, 대기업 or 중소 (gov, large, sme).`,
      );
    }
    const found = lookup(program, tier, year);
    const u = asUnit(unit);
    const s = splitShares(found.program, found.tier, asCostWon(cost, u));
    return fromWon(who === "gov" ? s.govWon : who === "large" ? s.largeWon : s.adopterWon, u);
  });
}

/**
 * 지원한도 (정부지원금 최대액). Grant cap.
 * @customfunction CAP
 * @helpurl https://localhost:3000/help/functions.html#cap
 * @param program 사업명 또는 별칭. Program name or alias.
 * @param tier 지원유형 (유형이 하나인 사업은 ""). Tier; "" for single-tier programs.
 * @param [unit] 금액 단위: 원(기본), 천원, 백만원, 억원. Unit: 원 (default), 천원, 백만원, 억원.
 * @param [year] 공고 연도 (기본 2022). Program year (default 2022).
 * @returns 지원한도 (unit 단위).
 */
export function cap(program: any, tier: any, unit?: any, year?: any): number {
  return run(() => fromWon(lookup(program, tier, year).tier.capWon, asUnit(unit)));
}

/**
 * 지원비율: 총사업비 중 정부지원금 최대 비중 (예: 0.5). Government share of the cost as a fraction.
 * @customfunction RATE
 * @helpurl https://localhost:3000/help/functions.html#rate
 * @param program 사업명 또는 별칭. Program name or alias.
 * @param tier 지원유형 (유형이 하나인 사업은 ""). Tier; "" for single-tier programs.
 * @param [year] 공고 연도 (기본 2022). Program year (default 2022).
 * @returns 비율 (0.5 = 50%).
 */
export function rate(program: any, tier: any, year?: any): number {
  return run(() => lookup(program, tier, year).tier.govSharePct / 100);
}

/**
 * 지원기간 (개월). Support period in months.
 * @customfunction PERIOD
 * @helpurl https://localhost:3000/help/functions.html#period
 * @param program 사업명 또는 별칭. Program name or alias.
 * @param tier 지원유형 (유형이 하나인 사업은 ""). Tier; "" for single-tier programs.
 * @param [year] 공고 연도 (기본 2022). Program year (default 2022).
 * @returns 개월 수.
 */
export function period(program: any, tier: any, year?: any): number {
  return run(() => {
    const { program: p, tier: t } = lookup(program, tier, year);
    if (t.periodMonths === null) {
      throw new EngineError("notFound", `${p.name}은(는) 공고에 지원기간이 정해져 있지 않습니다.`, `${p.nameEn} has no period in the notice.`);
    }
    return t.periodMonths;
  });
}

/**
 * 사업명 목록 (세로 한 열; 데이터 유효성 목록에 쓰기 좋음). A column of program names.
 * @customfunction PROGRAMS
 * @helpurl https://localhost:3000/help/functions.html#programs
 * @param [category] 분류 1~6 (또는 ①~⑥, 분류명). 비우면 전체. Category 1–6; empty for all.
 * @param [year] 공고 연도 (기본 2022). Program year (default 2022).
 * @returns 사업명 한 열.
 */
export function programs(category?: any, year?: any): string[][] {
  return run(() => {
    const index = catalogFor(asOptionalInteger(year, "연도"));
    const wanted = asOptionalText(category, "분류");
    let list = index.catalog.programs;
    if (wanted !== null) {
      const key = wanted.normalize("NFKC").replace(/\s+/g, "");
      const cat = index.catalog.categories.find(
        (c) => String(c.id) === key || c.symbol.normalize("NFKC") === key || c.name.replace(/\s+/g, "") === key || c.nameEn.replace(/\s+/g, "").toLowerCase() === key.toLowerCase(),
      );
      if (cat === undefined) {
        throw invalid(`분류 "${wanted}"을(를) 알 수 없습니다. 1~6 또는 ①~⑥으로 쓰세요.`, `Unknown category "${wanted}": use 1–6.`);
      }
      list = list.filter((p) => p.category === cat.id);
    }
    return list.map((p) => [p.name]);
  });
}

/**
 * 사업의 지원유형 목록 (세로 한 열). A column of the program's tiers.
 * @customfunction TIERS
 * @helpurl https://localhost:3000/help/functions.html#tiers
 * @param program 사업명 또는 별칭. Program name or alias.
 * @param [year] 공고 연도 (기본 2022). Program year (default 2022).
 * @returns 지원유형 한 열 (유형이 하나인 사업은 빈 문자열 하나).
 */
export function tiers(program: any, year?: any): string[][] {
  return run(() => {
    const index = catalogFor(asOptionalInteger(year, "연도"));
    return index.program(asText(program, "사업명")).tiers.map((t) => [t.name]);
  });
}

/**
 * 계산 설명: 적용한 규칙, 한도 적용 여부, 근거 (한 문장). One Korean sentence explaining the computation.
 * @customfunction EXPLAIN
 * @helpurl https://localhost:3000/help/functions.html#explain
 * @param program 사업명 또는 별칭. Program name or alias.
 * @param tier 지원유형 (유형이 하나인 사업은 ""). Tier; "" for single-tier programs.
 * @param cost 총사업비 (unit 단위). Total project cost, in the unit.
 * @param [unit] 금액 단위: 원(기본), 천원, 백만원, 억원. Unit: 원 (default), 천원, 백만원, 억원.
 * @param [year] 공고 연도 (기본 2022). Program year (default 2022).
 * @returns 설명 문장.
 */
export function explainText(program: any, tier: any, cost: any, unit?: any, year?: any): string {
  return run(() => {
    const found = lookup(program, tier, year);
    return explain(found.program, found.tier, asCostWon(cost, asUnit(unit))).ko;
  });
}

/**
 * 사업 변경이 승인 사항인지 확인 사항인지 (총사업비 변경은 1,000만원 기준). Whether a change needs approval (승인) or confirmation (확인).
 * @customfunction CHANGE
 * @helpurl https://localhost:3000/help/functions.html#change
 * @param kind 변경 종류: 공급기업 변경, 구축시스템 변경, 총사업비 변경, 주소지 이전, 대표자 변경, 명칭 변경, 계좌 변경, 사업기간 연장. Kind of change.
 * @param [amount] 총사업비 변경 금액 (원, 증액·감액 모두). Size of a cost change in won.
 * @returns 승인 또는 확인.
 */
export function change(kind: any, amount?: any): string {
  return run(() => {
    const rules = catalogFor(null).catalog.changeRules;
    const amountWon = amount === null || amount === undefined || amount === "" ? null : asSignedWon(amount);
    return classifyChange(rules, asText(kind, "변경 종류"), amountWon).class;
  });
}

/** A change of cost may be negative (a decrease): read its size, keep it signed. */
function asSignedWon(value: any): number {
  if (typeof value === "number" && value < 0) return -asCostWon(-value, "원");
  if (typeof value === "string" && value.trim().startsWith("-")) return -asCostWon(value.trim().slice(1), "원");
  return asCostWon(value, "원");
}

/**
 * 전담(관리)기관과 연락처. Agency and phone numbers.
 * @customfunction CONTACT
 * @helpurl https://localhost:3000/help/functions.html#contact
 * @param program 사업명 또는 별칭. Program name or alias.
 * @param [tier] 지원유형 (유형별로 연락처가 다른 사업). Tier, where contacts differ by tier.
 * @returns 기관명과 전화번호.
 */
export function contact(program: any, tier?: any): string {
  return run(() => {
    const index = catalogFor(null);
    const p = index.program(asText(program, "사업명"));
    const tierText = asOptionalText(tier, "지원유형");
    const t = tierText === null ? null : index.tier(p, tierText);
    const rows = t === null ? p.contacts : p.contacts.filter((c) => c.tiers === undefined || c.tiers.includes(t.name));
    return rows
      .map((c) => `${c.agency} ${c.phones.join(", ")}${c.callCenter1357 ? ", 중소기업 통합 콜센터 1357" : ""}${t === null && c.tiers ? ` (${c.tiers.join("·")})` : ""}`)
      .join(" / ");
  });
}

/**
 * 사업 일정 한 행: 사업공고, 신청접수, 평가선정. One row: notice, intake, evaluation.
 * @customfunction SCHEDULE
 * @helpurl https://localhost:3000/help/functions.html#schedule
 * @param program 사업명 또는 별칭. Program name or alias.
 * @param [round] 차수 (1, 2; 비우면 1차). Round (default the first).
 * @param [year] 공고 연도 (기본 2022). Program year (default 2022).
 * @returns 공고, 접수, 평가 한 행.
 */
export function schedule(program: any, round?: any, year?: any): string[][] {
  return run(() => {
    const index = catalogFor(asOptionalInteger(year, "연도"));
    const p = index.program(asText(program, "사업명"));
    const wanted = asOptionalInteger(round, "차수");
    const rounds = p.schedule;
    const r = wanted === null ? rounds[0] : rounds.find((x) => (x.round ?? 1) === wanted);
    if (r === undefined) {
      const have = rounds.map((x) => `${x.round ?? 1}차`).join(", ");
      throw new EngineError("notFound", `${p.name}에 ${wanted}차 일정이 없습니다. 있는 차수: ${have}`, `${p.nameEn} has no round ${wanted}.`);
    }
    return [[r.notice, r.intake, r.evaluation]];
  });
}
