import { josa } from "es-hangul";
import { formatWon } from "../engine/money";
import type { UiStrings } from "./types";

export const ko: UiStrings = {
  langTag: "ko",

  appTitle: "스마트공장 지원사업",
  langToggle: "English",
  langToggleTag: "en",
  langToggleTitle: "Switch to English",
  browserOnly: "브라우저에서는 조회와 계산만 됩니다. 수식·예산표 삽입은 Excel에서 열어 사용하세요.",
  loading: "불러오는 중…",

  searchLabel: "사업 검색",
  searchPlaceholder: "사업명, 별칭, 영문, 초성 (예: ㅅㅁㅌ)",
  categoryFilterLabel: "분류",
  categoryAll: "전체",
  resultCount: (shown, total) => (shown === total ? `사업 ${total}개` : `사업 ${total}개 중 ${shown}개`),
  emptyTitle: "맞는 사업이 없습니다",
  emptyBody: (query) =>
    query ? `“${query}”에 맞는 사업이 없습니다. 다른 이름·별칭·초성으로 찾거나 분류를 ‘전체’로 바꿔 보세요.` : "이 분류에 맞는 사업이 없습니다.",
  clearFilters: "검색 지우기",
  matchedVia: (spelling) => `‘${spelling}’${josa.pick(spelling, "으로/로")} 찾음`,
  summaryLine: (cap, share, period) => `한도 ${cap} · 정부 ${share} · ${period}`,
  range: (low, high) => (low === high ? low : `${low}~${high}`),
  money: (won) => formatWon(won),
  months: (months) => (months >= 24 && months % 12 === 0 ? `${months / 12}년` : `${months}개월`),
  periodRange: (min, max) => {
    const m = ko.months;
    if (min === max) return m(min);
    return m(min).endsWith("개월") && m(max).endsWith("개월") ? `${min}~${max}개월` : `${m(min)}~${m(max)}`;
  },
  noPeriod: "기간 없음",

  loadCatalog: "연도 카탈로그 불러오기",
  catalogFileLabel: "카탈로그 파일 (JSON)",
  yearLabel: "연도",
  yearOption: (year) => `${year}년`,
  catalogLoaded: (year, programs) => `${year}년 카탈로그를 불러왔습니다 (사업 ${programs}개).`,
  catalogRejected: "카탈로그를 불러오지 못했습니다. 사용 중인 카탈로그는 그대로입니다.",
  catalogNotSaved: (message) => `통합 문서에 저장하지 못했습니다: ${message}`,
  catalogsRestored: (years) => `통합 문서에 저장된 카탈로그를 불러왔습니다: ${years.map((y) => `${y}년`).join(", ")}.`,
  catalogsRestoreFailed: (messages) => `통합 문서에 저장된 카탈로그를 불러오지 못했습니다: ${messages}`,
};
