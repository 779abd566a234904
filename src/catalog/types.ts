/**
 * The shape of a year's program catalog (src/catalog/<year>.json).
 *
 * The catalog is data, not code: every number carries a reference to the table of the source
 * notice it was read from (`Ref.quote` is a verbatim excerpt of that table, so a test can find it
 * in the seed). `schema.json` validates the same shape for files a user loads.
 */

/** Where a number comes from: which table of the source notice, and a verbatim excerpt of it. */
export interface Ref {
  /** The table of the source notice. */
  table: SeedTable;
  /**
   * A verbatim excerpt of that table holding the number (white space aside: the seed's extract
   * lost its layout, so matching ignores spaces and line breaks).
   */
  quote: string;
  /** Set when the fact rests on outside sources rather than the seed (see domain guide, [ext]). */
  external?: boolean;
}

/** The tables of the 2022 notice, in the order the seed gives them. */
export type SeedTable =
  | "programs" // 세부사업명 / 지원규모 / 지원기간 / 지원한도 / 지원금 비중 / 사업공고 / 신청접수 / 평가선정
  | "tiers" // 사업명 / 지원 유형 / 지원내용 / 정부지원금(기업당, 최대) / 지원비율 / 지원기간
  | "levels" // 고도화2 (4억원) 생산공정 실시간 제어 …
  | "changes" // 승인 사항 / 확인 사항
  | "sangsaeng" // 구분 정부 대기업 중소·중견 (30% / 30%이상 / 40%이내)
  | "sangsaeng-type2" // 구분 정부 대기업 (50% / 50%)
  | "lighthouse-quota" // 주력업종 / 기타업종
  | "carbon" // 에너지 진단·설계 컨설팅 …
  | "testbed" // ① 탄소중립형 테스트베드 구축 …
  | "meister" // 기본 / 심화
  | "contacts"; // 전문(관리)기관 / 연락처

export type CategoryId = 1 | 2 | 3 | 4 | 5 | 6;

export interface Category {
  id: CategoryId;
  /** The circled numeral the notice uses: ① … ⑥ */
  symbol: string;
  name: string;
  nameEn: string;
}

/** What the cap is counted against. */
export type CapBasis = "company" | "company-year" | "consortium" | "project" | "package";

/**
 * How the cost of a project is split between the parties.
 * - two-party: government grant and the company's share (the adopting SME/mid-size firm).
 * - three-party (대중소 상생형): government at most `govMaxPct` (and the cap), the large company
 *   (주관기관) at least `largeMinPct`, the adopter (도입기업) at most `adopterMaxPct`.
 */
export type PartyModel =
  | { kind: "two-party" }
  | {
      kind: "three-party";
      govMaxPct: number;
      largeMinPct: number;
      adopterMaxPct: number;
      ref: Ref;
    };

export interface Tier {
  /** Stable ASCII id: basic, advanced1, advanced2, single, standard, deep, type2 … */
  id: string;
  /** Korean name as the notice writes it: 기초, 고도화1, 고도화2, 기본, 심화, 유형2; "" for the only tier of a single-tier program. */
  name: string;
  nameEn: string;
  /** Other spellings users type (English ids are matched too). */
  aliases: string[];
  /** The most the government pays, in integer won, over the whole support period. */
  capWon: number;
  capBasis: CapBasis;
  /** For a company-year cap: the cap per year, in won (capWon = capPerYearWon × years). */
  capPerYearWon?: number;
  /** The most the government pays as a share of the total project cost, an integer percent. */
  govSharePct: number;
  /** Support period in months; null where the notice gives none ("-"). */
  periodMonths: number | null;
  /** A project larger than this is not eligible for the tier (won). */
  maxCostWon?: number;
  /** Overrides the program's party model for this tier (상생형 유형2). */
  parties?: PartyModel;
  /** What the tier is for (기초: 생산정보 디지털화 …). */
  meaning?: string;
  meaningEn?: string;
  refs: {
    cap: Ref;
    share: Ref;
    period: Ref | null;
  };
}

export interface ScheduleRound {
  /** 1, 2 … for a program with numbered rounds (1차, 2차); null for a single round. */
  round: number | null;
  /** As the notice writes it, quote marks normalised to ’: "’22.1", "’22.1~2", "’22.3~". */
  notice: string;
  intake: string;
  evaluation: string;
  ref: Ref;
}

export interface Contact {
  /** The tiers this contact is for; absent for the whole program. */
  tiers?: string[];
  agency: string;
  phones: string[];
  /** The notice also lists 중소기업 통합 콜센터 1357 for this row. */
  callCenter1357: boolean;
  ref: Ref;
}

export type NoteKind = "ambiguity" | "inconsistency" | "interpretation" | "info";

export interface Note {
  kind: NoteKind;
  text: string;
  textEn: string;
  ref?: Ref;
}

export interface Program {
  /** Stable ASCII id, e.g. smart-factory. */
  id: string;
  /** Official Korean name (세부사업명). */
  name: string;
  /** Other spellings: the seed writes names with and without spaces. */
  aliases: string[];
  nameEn: string;
  category: CategoryId;
  /** One-line summary of what is supported. */
  summary: string;
  summaryEn: string;
  /** 2022 budget (지원규모) in won. */
  budgetWon: number;
  budgetRef: Ref;
  parties: PartyModel;
  /** At least one tier. */
  tiers: Tier[];
  schedule: ScheduleRound[];
  contacts: Contact[];
  notes: Note[];
  /** Where the program row comes from. */
  ref: Ref;
}

export type ChangeClass = "승인" | "확인";

export interface ChangeKind {
  id: string;
  name: string;
  nameEn: string;
  aliases: string[];
  /** A fixed class, or "by-amount": 승인 when |amount| ≥ thresholdWon, else 확인. */
  class: ChangeClass | "by-amount";
  ref: Ref;
}

export interface ChangeRules {
  thresholdWon: number;
  kinds: ChangeKind[];
  ref: Ref;
}

export interface Catalog {
  /** The year the numbers hold for. */
  year: number;
  title: string;
  titleEn: string;
  /** The source document. */
  source: string;
  categories: Category[];
  programs: Program[];
  changeRules: ChangeRules;
}
