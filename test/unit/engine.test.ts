import {
  EngineError,
  catalogFor,
  classifyChange,
  explain,
  formatWon,
  fromWon,
  grantBound,
  grantFor,
  parseUnit,
  pctOf,
  splitShares,
  toWon,
} from "../../src/engine";

const index = catalogFor(2022);
const find = (program: string, tier = "") => {
  const p = index.program(program);
  return { program: p, tier: index.tier(p, tier) };
};
const grant = (program: string, tier: string, costWon: number) => grantFor(find(program, tier).tier, costWon);
const 억 = 100_000_000;
const 만 = 10_000;

function engineError(fn: () => unknown): EngineError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error("expected an EngineError");
}

describe("finding programs and tiers", () => {
  it.each([
    ["smart-factory", "smart-factory"],
    ["스마트공장 구축 및 고도화", "smart-factory"],
    ["스마트공장구축 및 고도화", "smart-factory"],
    ["스마트공장구축및고도화", "smart-factory"],
    ["  스마트공장 구축 및  고도화 ", "smart-factory"],
    ["대중소 상생형", "win-win"],
    ["대중소상생형", "win-win"],
    ["K-스마트등대공장", "lighthouse"],
    ["ｋ－스마트등대공장", "lighthouse"],
    ["업종별특화스마트공장", "industry-specific"],
    ["SMART-FACTORY", "smart-factory"],
  ])("%s is %s", (query, id) => {
    expect(index.program(query).id).toBe(id);
  });

  it.each([
    ["고도화1", "advanced1"],
    ["고도화 1", "advanced1"],
    ["고도화１", "advanced1"],
    ["advanced1", "advanced1"],
    ["Advanced 2", "advanced2"],
    ["basic", "basic"],
    ["기초", "basic"],
  ])("tier %s is %s", (query, id) => {
    expect(find("스마트공장 구축 및 고도화", query).tier.id).toBe(id);
  });

  it("an empty tier picks the only tier of a single-tier program", () => {
    expect(find("K-스마트등대공장", "").tier.capWon).toBe(12 * 억);
    expect(find("로봇활용 제조혁신지원", "단일").tier.capWon).toBe(3 * 억);
  });

  it("an empty tier of a multi-tier program is not found and lists the tiers", () => {
    const e = engineError(() => find("스마트공장 구축 및 고도화", ""));
    expect(e.kind).toBe("notFound");
    expect(e.message).toContain("기초, 고도화1, 고도화2");
  });

  it("an unknown program names the closest matches", () => {
    const e = engineError(() => index.program("스마트공장 구축 고도화"));
    expect(e.kind).toBe("notFound");
    expect(e.message).toContain("스마트공장 구축 및 고도화");
    const typo = engineError(() => index.program("대중소 상샹형"));
    expect(typo.message).toContain("대중소 상생형");
  });

  it("an unknown tier names the tiers the program has", () => {
    const e = engineError(() => find("업종별특화스마트공장", "고도화2"));
    expect(e.kind).toBe("notFound");
    expect(e.message).toContain("기초");
    expect(e.message).toContain("고도화1");
  });

  it("a named tier for a single-tier program says to leave it empty", () => {
    expect(engineError(() => find("K-스마트등대공장", "고도화1")).message).toContain('""');
  });

  it("names that are Object.prototype members are not programs", () => {
    for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(engineError(() => index.program(name)).kind).toBe("notFound");
      expect(engineError(() => find("스마트공장 구축 및 고도화", name)).kind).toBe("notFound");
    }
  });

  it("a year with no catalog is not found, saying so", () => {
    const e = engineError(() => catalogFor(2023));
    expect(e.kind).toBe("notFound");
    expect(e.message).toContain("no catalog for year 2023");
  });
});

describe("the grant: min(floor(cost × share), cap)", () => {
  // [program, tier, cost in won, grant in won] — worked by hand from the seed's tables.
  const cases: Array<[string, string, number, number]> = [
    ["스마트공장 구축 및 고도화", "기초", 8_000 * 만, 4_000 * 만],
    ["스마트공장 구축 및 고도화", "기초", 1 * 억, 5_000 * 만],
    ["스마트공장 구축 및 고도화", "기초", 99_999_999, 49_999_999],
    ["스마트공장 구축 및 고도화", "고도화1", 3 * 억, 1.5 * 억],
    ["스마트공장 구축 및 고도화", "고도화1", 5 * 억, 2 * 억],
    ["스마트공장 구축 및 고도화", "고도화2", 6 * 억, 3 * 억],
    ["스마트공장 구축 및 고도화", "고도화2", 10 * 억, 4 * 억],
    ["대중소 상생형", "기초", 1 * 억, 3_000 * 만],
    ["대중소 상생형", "기초", 2 * 억, 4_200 * 만],
    ["대중소 상생형", "고도화1", 3 * 억, 9_000 * 만],
    ["대중소 상생형", "고도화1", 5 * 억, 1.2 * 억],
    ["대중소 상생형", "고도화2", 10 * 억, 2.4 * 억],
    ["대중소 상생형", "유형2", 2_000 * 만, 1_000 * 만],
    ["대중소 상생형", "유형2", 1_500 * 만, 750 * 만],
    ["K-스마트등대공장", "", 20 * 억, 10 * 억],
    ["K-스마트등대공장", "", 30 * 억, 12 * 억],
    ["로봇활용 제조혁신지원", "", 4 * 억, 2 * 억],
    ["로봇활용 제조혁신지원", "", 8 * 억, 3 * 억],
    ["업종별특화스마트공장", "기초", 2 * 억, 5_000 * 만],
    ["업종별특화스마트공장", "고도화1", 3 * 억, 1.5 * 억],
    ["업종별특화스마트공장", "고도화1", 5 * 억, 2 * 억],
    ["탄소중립형스마트공장", "", 3 * 억, 1.5 * 억],
    ["탄소중립형스마트공장", "", 5 * 억, 2 * 억],
    ["디지털 클러스터 선도형", "", 100 * 억, 50 * 억],
    ["디지털 클러스터 선도형", "", 200 * 억, 64 * 억],
    ["디지털 클러스터 일반형", "기초", 6_000 * 만, 3_000 * 만],
    ["디지털 클러스터 일반형", "고도화1", 5 * 억, 2 * 억],
    ["디지털 클러스터 일반형", "고도화2", 10 * 억, 4 * 억],
    ["인공지능컨설팅", "", 2_000 * 만, 1_800 * 만],
    ["인공지능컨설팅", "", 3_000 * 만, 2_000 * 만],
    ["인공지능솔루션 실증", "", 5_000 * 만, 4_000 * 만],
    ["인공지능솔루션 실증", "", 12_345_679, 9_876_543],
    ["인공지능솔루션 실증", "", 1 * 억, 5_000 * 만],
    ["지역특화제조데이터", "", 100 * 억, 50 * 억],
    ["지역특화제조데이터", "", 200 * 억, 60 * 억],
    ["제조데이터촉진자양성", "", 800 * 만, 800 * 만],
    ["제조데이터촉진자양성", "", 2_000 * 만, 1_000 * 만],
    ["테스트베드구축사업", "", 50 * 억, 30 * 억],
    ["테스트베드구축사업", "", 100 * 억, 48 * 억],
    ["스마트공장수준확인", "", 100 * 만, 100 * 만],
    ["스마트공장수준확인", "", 150 * 만, 100 * 만],
    ["스마트마이스터활용지원", "기본", 280 * 만, 252 * 만],
    ["스마트마이스터활용지원", "기본", 200 * 만, 180 * 만],
    ["스마트마이스터활용지원", "심화", 1_260 * 만, 1_134 * 만],
    ["스마트공장 AS지원", "", 3_000 * 만, 1_500 * 만],
    ["스마트공장 AS지원", "", 5_000 * 만, 2_000 * 만],
  ];
  it.each(cases)("%s %s: cost %d → %d", (program, tier, cost, expected) => {
    expect(grant(program, tier, cost)).toBe(expected);
  });

  it("every program and tier appears in the worked cases", () => {
    const covered = new Set(cases.map(([p, t]) => { const f = find(p, t); return `${f.program.id}/${f.tier.id}`; }));
    const all = index.catalog.programs.flatMap((p) => p.tiers.map((t) => `${p.id}/${t.id}`));
    expect(all.filter((k) => !covered.has(k))).toEqual([]);
  });

  it("says which limit bound the grant", () => {
    expect(grantBound(find("스마트공장 구축 및 고도화", "고도화1").tier, 3 * 억)).toBe("share");
    expect(grantBound(find("스마트공장 구축 및 고도화", "고도화1").tier, 4 * 억)).toBe("share");
    expect(grantBound(find("스마트공장 구축 및 고도화", "고도화1").tier, 4 * 억 + 2)).toBe("cap");
  });

  it("computes shares exactly past 2^53", () => {
    expect(pctOf(999_999_999_999_999, 50)).toBe(499_999_999_999_999);
    expect(pctOf(999_999_999_999_999, 90)).toBe(899_999_999_999_999);
    expect(pctOf(101, 30)).toBe(30);
    expect(pctOf(0, 100)).toBe(0);
  });
});

describe("the split", () => {
  it("two-party: the company pays the rest", () => {
    const { program, tier } = find("스마트공장 구축 및 고도화", "고도화1");
    expect(splitShares(program, tier, 5 * 억)).toMatchObject({ govWon: 2 * 억, largeWon: 0, adopterWon: 3 * 억, bound: "cap" });
  });

  it("대중소 상생형 기초 2억: the guide's example (정부 4,200만, 중소 8,000만, 대기업 7,800만)", () => {
    const { program, tier } = find("대중소 상생형", "기초");
    expect(splitShares(program, tier, 2 * 억)).toMatchObject({ govWon: 4_200 * 만, adopterWon: 8_000 * 만, largeWon: 7_800 * 만, bound: "cap" });
  });

  it("대중소 상생형 within the cap: 30 / 30 / 40", () => {
    const { program, tier } = find("대중소 상생형", "고도화1");
    expect(splitShares(program, tier, 3 * 억)).toMatchObject({ govWon: 9_000 * 만, largeWon: 9_000 * 만, adopterWon: 1.2 * 억 });
  });

  it("대중소 상생형 유형2: government and the large company 50% each, the adopter nothing", () => {
    const { program, tier } = find("대중소 상생형", "유형2");
    expect(splitShares(program, tier, 2_000 * 만)).toMatchObject({ govWon: 1_000 * 만, largeWon: 1_000 * 만, adopterWon: 0 });
    const e = engineError(() => splitShares(program, tier, 2_000 * 만 + 1));
    expect(e.kind).toBe("invalid");
    expect(e.message).toContain("2,000만원");
  });

  it("a large-company share within the bounds moves money from the adopter", () => {
    const { program, tier } = find("대중소 상생형", "기초");
    expect(splitShares(program, tier, 2 * 억, 0.5)).toMatchObject({ govWon: 4_200 * 만, largeWon: 1 * 억, adopterWon: 5_800 * 만, largeShareSource: "user" });
  });

  it("a large-company share outside the bounds names the bound", () => {
    const { program, tier } = find("대중소 상생형", "고도화1");
    expect(engineError(() => splitShares(program, tier, 3 * 억, 0.25)).message).toContain("30% 이상");
    const basic = find("대중소 상생형", "기초");
    // cap binds: government 21%, so the large company must pay at least 39% to keep the adopter at 40%
    const e = engineError(() => splitShares(basic.program, basic.tier, 2 * 억, 0.35));
    expect(e.message).toContain("40%");
    expect(e.message).toContain("39%");
    expect(engineError(() => splitShares(basic.program, basic.tier, 2 * 억, 0.8)).message).toContain("79%");
    expect(engineError(() => splitShares(basic.program, basic.tier, 2 * 억, 1.5)).kind).toBe("invalid");
  });

  it("a large-company share for a two-party program is an error", () => {
    const { program, tier } = find("스마트공장 구축 및 고도화", "기초");
    expect(engineError(() => splitShares(program, tier, 1 * 억, 0.3)).kind).toBe("invalid");
  });
});

describe("money and units", () => {
  it("reads costs in a unit as integer won and gives amounts back in it", () => {
    expect(toWon(1.1, parseUnit("억원"))).toBe(110_000_000);
    expect(toWon(300_000, parseUnit("천원"))).toBe(300_000_000);
    expect(toWon(300, parseUnit("백만원"))).toBe(300_000_000);
    expect(fromWon(42_000_000, "억원")).toBe(0.42);
    expect(fromWon(42_000_000, "천원")).toBe(42_000);
  });
  it("accepts unit spellings and rejects unknown ones", () => {
    expect(parseUnit(null)).toBe("원");
    expect(parseUnit("")).toBe("원");
    expect(parseUnit(" 억 ")).toBe("억원");
    expect(parseUnit("KRW")).toBe("원");
    expect(engineError(() => parseUnit("달러")).kind).toBe("invalid");
  });
  it("rejects negative and non-finite costs", () => {
    for (const bad of [-1, NaN, Infinity, -Infinity]) expect(engineError(() => toWon(bad, "원")).kind).toBe("invalid");
  });
  it("formats won the Korean way", () => {
    expect(formatWon(42_000_000)).toBe("4,200만원");
    expect(formatWon(250_000_000)).toBe("2억 5,000만원");
    expect(formatWon(1_234)).toBe("1,234원");
    expect(formatWon(0)).toBe("0원");
  });
});

describe("explanations", () => {
  it("says the cap bound the grant and cites the table", () => {
    const { program, tier } = find("스마트공장 구축 및 고도화", "고도화1");
    const { ko, en } = explain(program, tier, 5 * 억);
    expect(ko).toContain("2억 5,000만원");
    expect(ko).toContain("한도 2억원");
    expect(ko).toContain("기업부담금은 3억원");
    expect(ko).toContain("근거");
    expect(en).toContain("cap");
  });
  it("says the share bound the grant", () => {
    const { program, tier } = find("스마트공장 구축 및 고도화", "고도화1");
    expect(explain(program, tier, 3 * 억).ko).toContain("이내이므로 정부지원금은 1억 5,000만원");
  });
  it("calls the 상생형 split an interpretation", () => {
    const { program, tier } = find("대중소 상생형", "기초");
    const { ko, en } = explain(program, tier, 2 * 억);
    expect(ko).toContain("해석");
    expect(ko).toContain("7,800만원");
    expect(en).toContain("interpretation");
  });
  it("shows the per-year cap of the lighthouse program", () => {
    const { program, tier } = find("K-스마트등대공장");
    expect(explain(program, tier, 30 * 억).ko).toContain("연 4억원 × 3년");
  });
});

describe("change requests", () => {
  const rules = index.catalog.changeRules;
  it.each([
    ["공급기업 변경", null, "승인"],
    ["구축시스템 변경", null, "승인"],
    ["주소지 이전", null, "승인"],
    ["대표자 변경", null, "확인"],
    ["명칭 변경", null, "확인"],
    ["계좌 변경", null, "확인"],
    ["사업기간 연장", null, "확인"],
    ["총사업비 변경", 10_000_000, "승인"],
    ["총사업비 변경", 9_999_999, "확인"],
    ["총사업비 변경", -10_000_000, "승인"],
    ["총사업비 변경", -9_999_999, "확인"],
    ["총사업비 변경", 0, "확인"],
  ] as const)("%s %s → %s", (kind, amount, expected) => {
    expect(classifyChange(rules, kind, amount).class).toBe(expected);
  });
  it("a change of cost without an amount, or an unknown kind, is an error", () => {
    expect(engineError(() => classifyChange(rules, "총사업비 변경")).message).toContain("1,000만원");
    expect(engineError(() => classifyChange(rules, "회사 매각")).kind).toBe("invalid");
  });
});
