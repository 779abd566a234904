import * as sf from "../../src/functions/functions";

/** Calls a function and returns the CustomFunctions.Error it threw. */
function excelError(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return { code: e.code, message: e.message ?? "" };
    throw e;
  }
  throw new Error("expected a CustomFunctions.Error");
}

const SF_NAME = "스마트공장 구축 및 고도화";

describe("SF.SUBSIDY", () => {
  it("gives the grant, in the unit of the cost", () => {
    expect(sf.subsidy(SF_NAME, "고도화1", 300_000_000)).toBe(150_000_000);
    expect(sf.subsidy(SF_NAME, "고도화1", 500_000_000)).toBe(200_000_000);
    expect(sf.subsidy(SF_NAME, "고도화1", 5, "억원")).toBe(2);
    expect(sf.subsidy(SF_NAME, "고도화1", 300_000, "천원")).toBe(150_000);
    expect(sf.subsidy(SF_NAME, "고도화1", 300, "백만원", 2022)).toBe(150);
    expect(sf.subsidy("K-스마트등대공장", "", 3_000_000_000)).toBe(1_200_000_000);
    expect(sf.subsidy("K-스마트등대공장", null, 3_000_000_000, null, null)).toBe(1_200_000_000);
  });
  it("reads a 1×1 range as its value", () => {
    expect(sf.subsidy([[SF_NAME]], [["기초"]], [[80_000_000]])).toBe(40_000_000);
  });
  it("reports a missing program as #N/A naming the closest ones", () => {
    const e = excelError(() => sf.subsidy("스마트공장", "기초", 1));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain(SF_NAME);
  });
  it("reports bad arguments as #VALUE! with a message", () => {
    expect(excelError(() => sf.subsidy(SF_NAME, "기초", -1)).code).toBe("#VALUE!");
    expect(excelError(() => sf.subsidy(SF_NAME, "기초", 1, "달러")).code).toBe("#VALUE!");
    expect(excelError(() => sf.subsidy(SF_NAME, "기초", "많이")).message).toContain("1000만");
    expect(excelError(() => sf.subsidy(SF_NAME, "기초", [[1, 2]])).code).toBe("#VALUE!");
  });
  it("reports a year with no catalog as #N/A", () => {
    const e = excelError(() => sf.subsidy(SF_NAME, "기초", 1, null, 2023));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("no catalog for year 2023");
  });
  it("refuses a 상생형 유형2 project over 2,000만원", () => {
    expect(sf.subsidy("대중소 상생형", "유형2", 20_000_000)).toBe(10_000_000);
    expect(excelError(() => sf.subsidy("대중소 상생형", "유형2", 20_000_001)).code).toBe("#VALUE!");
  });
});

describe("costs written as text", () => {
  it.each([
    ["1,000,000", "원", 500_000],
    ["１０００００", "원", 50_000],
    ["1000만", "원", 5_000_000],
    ["1000만원", "원", 5_000_000],
    ["2억 5000만원", "원", 50_000_000],
    ["1.5억", "원", 50_000_000],
    ["8000만", "억원", 0.4],
    ["0.8", "억원", 0.4],
  ])("%s in %s", (text, unit, grant) => {
    expect(sf.subsidy(SF_NAME, "기초", text, unit)).toBe(grant);
  });
  it.each(["-1000", "1e8", "NaN", "Infinity", "1,00,000", "만", "천만원", "12abc", ""])("%s is #VALUE!", (text) => {
    expect(excelError(() => sf.subsidy(SF_NAME, "기초", text)).code).toBe("#VALUE!");
  });
});

describe("SF.SPLIT and SF.SHARE", () => {
  it("SPLIT gives one row: government, large company, adopter", () => {
    expect(sf.split("대중소 상생형", "기초", 200_000_000)).toEqual([[42_000_000, 78_000_000, 80_000_000]]);
    expect(sf.split(SF_NAME, "고도화1", 500_000_000)).toEqual([[200_000_000, 0, 300_000_000]]);
    expect(sf.split("대중소 상생형", "기초", 2, "억원")).toEqual([[0.42, 0.78, 0.8]]);
    expect(sf.split("대중소 상생형", "기초", 200_000_000, null, null, 0.5)).toEqual([[42_000_000, 100_000_000, 58_000_000]]);
    expect(sf.split("대중소 상생형", "기초", 200_000_000, null, null, "50%")).toEqual([[42_000_000, 100_000_000, 58_000_000]]);
  });
  it("SPLIT names the bound a large-company share breaks", () => {
    const e = excelError(() => sf.split("대중소 상생형", "기초", 200_000_000, null, null, 0.2));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("30% 이상");
  });
  it.each([
    ["정부", 42_000_000],
    ["gov", 42_000_000],
    ["대기업", 78_000_000],
    ["Large", 78_000_000],
    ["중소", 80_000_000],
    ["중소·중견", 80_000_000],
    ["sme", 80_000_000],
  ])("SHARE %s", (party, amount) => {
    expect(sf.share("대중소 상생형", "기초", 200_000_000, party)).toBe(amount);
  });
  it("SHARE rejects an unknown party", () => {
    const e = excelError(() => sf.share("대중소 상생형", "기초", 1, "은행"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("gov, large, sme");
  });
});

describe("SF.CAP, SF.RATE, SF.PERIOD", () => {
  it("give the tier's numbers", () => {
    expect(sf.cap(SF_NAME, "고도화2")).toBe(400_000_000);
    expect(sf.cap(SF_NAME, "고도화2", "억원")).toBe(4);
    expect(sf.cap("대중소 상생형", "기초", "억원")).toBe(0.42);
    expect(sf.rate("인공지능솔루션 실증", "")).toBe(0.8);
    expect(sf.rate("대중소 상생형", "고도화1")).toBe(0.3);
    expect(sf.period(SF_NAME, "고도화1")).toBe(9);
    expect(sf.period("K-스마트등대공장", "")).toBe(36);
  });
  it("PERIOD of a program with no period in the notice is #N/A", () => {
    expect(excelError(() => sf.period("스마트공장수준확인", "")).code).toBe("#N/A");
  });
});

describe("SF.PROGRAMS and SF.TIERS", () => {
  it("list names in a column", () => {
    expect(sf.programs()).toHaveLength(16);
    expect(sf.programs(1)).toEqual([[SF_NAME], ["대중소 상생형"]]);
    expect(sf.programs("①")).toEqual(sf.programs(1));
    expect(sf.programs(4).length).toBe(4);
    expect(sf.tiers(SF_NAME)).toEqual([["기초"], ["고도화1"], ["고도화2"]]);
    expect(sf.tiers("로봇활용 제조혁신지원")).toEqual([[""]]);
  });
  it("reject an unknown category", () => {
    expect(excelError(() => sf.programs(9)).code).toBe("#VALUE!");
  });
});

describe("SF.EXPLAIN, SF.CHANGE, SF.CONTACT, SF.SCHEDULE", () => {
  it("EXPLAIN gives one Korean sentence", () => {
    const text = sf.explainText(SF_NAME, "고도화1", 500_000_000);
    expect(text).toContain("한도");
    expect(text).toContain("2억원");
  });
  it("CHANGE classifies a change", () => {
    expect(sf.change("공급기업 변경")).toBe("승인");
    expect(sf.change("대표자 변경")).toBe("확인");
    expect(sf.change("총사업비 변경", 10_000_000)).toBe("승인");
    expect(sf.change("총사업비 변경", -12_000_000)).toBe("승인");
    expect(sf.change("총사업비 변경", 9_999_999)).toBe("확인");
    expect(sf.change("총사업비 변경", "1000만")).toBe("승인");
    expect(excelError(() => sf.change("총사업비 변경")).code).toBe("#VALUE!");
    expect(excelError(() => sf.change("합병")).code).toBe("#VALUE!");
  });
  it("CONTACT gives the agency and phones, by tier where they differ", () => {
    expect(sf.contact(SF_NAME, "고도화2")).toContain("044-300-0944");
    expect(sf.contact(SF_NAME, "고도화2")).not.toContain("044-300-0951");
    expect(sf.contact(SF_NAME, "기초")).toContain("044-300-0951");
    expect(sf.contact("로봇활용 제조혁신지원")).toContain("한국로봇산업진흥원");
    expect(sf.contact("로봇활용 제조혁신지원")).toContain("1357");
  });
  it("SCHEDULE gives notice, intake and evaluation", () => {
    expect(sf.schedule(SF_NAME)).toEqual([["’22.1", "’22.1~2", "’22.3~6"]]);
    expect(sf.schedule(SF_NAME, 2)).toEqual([["’22.6", "’22.6~7", "’22.8~11"]]);
    expect(excelError(() => sf.schedule(SF_NAME, 3)).code).toBe("#N/A");
  });
});
