import { HyperFormula, type CellValue } from "hyperformula";
import { functionsFromSource, registerSfPlugin } from "../fixtures/sf-hyperformula";

/**
 * A 20-row budget sheet as finance staff build it: line items with program, tier and cost; the
 * government grant and the three shares from SF functions; SUM totals. Expected numbers come from
 * the seed's caps and shares typed here, worked with the rule min(floor(cost × share), cap), not
 * from the engine.
 */
const SEED: Record<string, { pct: number; cap: number }> = {
  "스마트공장 구축 및 고도화|기초": { pct: 50, cap: 50_000_000 },
  "스마트공장 구축 및 고도화|고도화1": { pct: 50, cap: 200_000_000 },
  "스마트공장 구축 및 고도화|고도화2": { pct: 50, cap: 400_000_000 },
  "대중소 상생형|기초": { pct: 30, cap: 42_000_000 },
  "대중소 상생형|고도화1": { pct: 30, cap: 120_000_000 },
  "로봇활용 제조혁신지원|": { pct: 50, cap: 300_000_000 },
  "인공지능솔루션 실증|": { pct: 80, cap: 50_000_000 },
  "테스트베드구축사업|": { pct: 60, cap: 4_800_000_000 },
};
const ROWS: Array<[string, string, number]> = [
  ["스마트공장 구축 및 고도화", "기초", 80_000_000],
  ["스마트공장 구축 및 고도화", "기초", 150_000_000],
  ["스마트공장 구축 및 고도화", "고도화1", 300_000_000],
  ["스마트공장 구축 및 고도화", "고도화1", 500_000_000],
  ["스마트공장 구축 및 고도화", "고도화2", 600_000_000],
  ["스마트공장 구축 및 고도화", "고도화2", 1_000_000_000],
  ["대중소 상생형", "기초", 100_000_000],
  ["대중소 상생형", "기초", 200_000_000],
  ["대중소 상생형", "고도화1", 300_000_000],
  ["대중소 상생형", "고도화1", 555_555_555],
  ["로봇활용 제조혁신지원", "", 400_000_000],
  ["로봇활용 제조혁신지원", "", 900_000_001],
  ["인공지능솔루션 실증", "", 12_345_679],
  ["인공지능솔루션 실증", "", 70_000_000],
  ["테스트베드구축사업", "", 5_000_000_000],
  ["테스트베드구축사업", "", 9_000_000_000],
  ["스마트공장 구축 및 고도화", "고도화1", 0],
  ["스마트공장 구축 및 고도화", "기초", 99_999_999],
  ["대중소 상생형", "고도화1", 1_000_000_000],
  ["스마트공장 구축 및 고도화", "고도화2", 777_777_777],
];

function expected(program: string, tier: string, cost: number) {
  const { pct, cap } = SEED[`${program}|${tier}`];
  const gov = Math.min(Math.floor((cost * pct) / 100), cap);
  if (program !== "대중소 상생형") return { gov, large: 0, sme: cost - gov };
  const sme = Math.floor((cost * 40) / 100);
  return { gov, large: cost - gov - sme, sme };
}

let hf: HyperFormula;
const sheet = 0;
const FIRST = 2; // data starts on row 2 (index 1); row 1 holds the headers
const LAST = FIRST + ROWS.length - 1;
const TOTAL = LAST + 1;
const value = (a1col: number, row: number): CellValue => hf.getCellValue({ sheet, col: a1col, row: row - 1 });

beforeAll(async () => {
  registerSfPlugin(await functionsFromSource());
  const data: (string | number | null)[][] = [["항목", "사업명", "지원유형", "총사업비", "정부", "대기업", "중소·중견", "정부지원금 확인"]];
  ROWS.forEach(([program, tier, cost], i) => {
    const r = FIRST + i;
    data.push([`항목 ${i + 1}`, program, tier, cost, `=SF.SPLIT(B${r},C${r},D${r})`, null, null, `=SF.SUBSIDY(B${r},C${r},D${r})`]);
  });
  data.push(["합계", "", "", `=SUM(D${FIRST}:D${LAST})`, `=SUM(E${FIRST}:E${LAST})`, `=SUM(F${FIRST}:F${LAST})`, `=SUM(G${FIRST}:G${LAST})`, `=SUM(H${FIRST}:H${LAST})`]);
  hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3" });
});

afterAll(() => hf.destroy());

describe("a 20-row budget sheet in HyperFormula", () => {
  it("computes every row's split and grant", () => {
    ROWS.forEach(([program, tier, cost], i) => {
      const r = FIRST + i;
      const e = expected(program, tier, cost);
      expect([value(4, r), value(5, r), value(6, r), value(7, r)]).toEqual([e.gov, e.large, e.sme, e.gov]);
    });
  });

  it("totals add up: the three shares sum to the total cost", () => {
    const totals = ROWS.map(([p, t, c]) => expected(p, t, c)).reduce(
      (acc, e) => ({ gov: acc.gov + e.gov, large: acc.large + e.large, sme: acc.sme + e.sme }),
      { gov: 0, large: 0, sme: 0 },
    );
    expect(value(4, TOTAL)).toBe(totals.gov);
    expect(value(5, TOTAL)).toBe(totals.large);
    expect(value(6, TOTAL)).toBe(totals.sme);
    expect((value(4, TOTAL) as number) + (value(5, TOTAL) as number) + (value(6, TOTAL) as number)).toBe(value(3, TOTAL));
  });

  it("recalculates when a cost changes", () => {
    const r = FIRST + 2; // 고도화1, 3억 → 1.5억
    expect(value(4, r)).toBe(150_000_000);
    const before = value(4, TOTAL) as number;
    hf.setCellContents({ sheet, col: 3, row: r - 1 }, [[600_000_000]]); // now capped at 2억
    expect(value(4, r)).toBe(200_000_000);
    expect(value(6, r)).toBe(400_000_000);
    expect(value(4, TOTAL)).toBe(before + 50_000_000);
    expect(value(7, TOTAL)).toBe(value(4, TOTAL));
  });

  it("shows a message-carrying #N/A for an unknown program and #VALUE! for a negative cost", () => {
    hf.setCellContents({ sheet, col: 1, row: FIRST - 1 }, [["없는 사업"]]);
    const na = value(7, FIRST) as { type: string; message: string };
    expect(na.type).toBe("NA");
    expect(na.message).toContain("없는 사업");
    hf.setCellContents({ sheet, col: 1, row: FIRST - 1 }, [["스마트공장 구축 및 고도화"]]);
    hf.setCellContents({ sheet, col: 3, row: FIRST - 1 }, [[-5]]);
    const bad = value(7, FIRST) as { type: string; message: string };
    expect(bad.type).toBe("VALUE");
    expect(bad.message).toContain("0 이상");
  });
});
