/** Catalog search as you type: names, aliases, English, 초성 (from es-hangul), category filter. */
import { catalogFor } from "../../../src/engine";
import { buildSearchIndex, groupByCategory, matches, programFacts, searchPrograms } from "../../../src/taskpane/search";

const catalog = catalogFor(2022).catalog;
const index = buildSearchIndex(catalog);
const ids = (query: string, category: 1 | 2 | 3 | 4 | 5 | 6 | null = null) => searchPrograms(index, query, category).map((p) => p.id);

describe("searchPrograms", () => {
  test("an empty query lists every program in catalog order", () => {
    expect(ids("")).toEqual(catalog.programs.map((p) => p.id));
    expect(ids("   ")).toHaveLength(catalog.programs.length);
  });

  test("초성: ㅅㅁㅌ finds 스마트…, ㄷㅈㅅ finds 대중소 상생형", () => {
    expect(ids("ㅅㅁㅌ")).toContain("smart-factory");
    expect(ids("ㅅㅁㅌ")).not.toContain("robot");
    expect(ids("ㄷㅈㅅ")).toEqual(["win-win"]);
    expect(ids("ㅅㅁㅌㄱㅈ ㄱㅊ")).toEqual(expect.arrayContaining(["smart-factory"]));
    expect(ids("ㄷㄷㄱㅈ")).toEqual(["lighthouse"]);
  });

  test("초성 mixed with whole syllables, and a syllable still being composed", () => {
    expect(ids("스ㅁㅌ")).toContain("smart-factory");
    expect(ids("대ㅈㅅ")).toEqual(["win-win"]);
    // IME on the way to 스마트: "스맡" — the ㅌ is still the final of 마
    expect(ids("스맡")).toContain("smart-factory");
    expect(ids("상생ㅎ")).toEqual(["win-win"]);
    expect(ids("고돟")).toEqual(expect.arrayContaining(["smart-factory"])); // 고도 + ㅎ on the way to 고도화
  });

  test("official names, aliases with or without spaces, English names and ids", () => {
    expect(ids("스마트공장 구축 및 고도화")).toEqual(["smart-factory"]);
    expect(ids("스마트공장구축")).toEqual(["smart-factory"]);
    expect(ids("대·중소")).toEqual(["win-win"]);
    expect(ids("lighthouse")).toEqual(["lighthouse"]);
    expect(ids("LIGHTHOUSE")).toEqual(["lighthouse"]);
    expect(ids("robot")).toEqual(["robot"]);
    expect(ids("AI")).toEqual(expect.arrayContaining(["ai-consulting", "ai-demo"]));
    expect(ids("테스트베드")).toEqual(["testbed"]);
  });

  test("nonsense finds nothing", () => {
    expect(ids("zzzz없는사업")).toEqual([]);
    expect(ids("ㅋㅋㅋ")).toEqual([]);
  });

  test("filters by category, alone and with a query", () => {
    expect(ids("", 1)).toEqual(["smart-factory", "win-win"]);
    expect(ids("", 5)).toEqual(["testbed"]);
    expect(ids("ㅅㅁㅌ", 6)).toEqual(expect.arrayContaining(["level-check", "after-service"]));
    expect(ids("ㅅㅁㅌ", 6)).not.toContain("smart-factory");
    expect(ids("lighthouse", 1)).toEqual([]);
  });

  test("matches() accepts full-width and case variants", () => {
    const lighthouse = index.find((e) => e.program.id === "lighthouse")!;
    expect(matches(lighthouse, "ＬＩＧＨＴ")).toBe(true);
    expect(matches(lighthouse, "k스마트")).toBe(true);
  });
});

test("groupByCategory keeps the category order and drops empty groups", () => {
  const groups = groupByCategory(catalog.categories, searchPrograms(index, "ㅅㅁㅌ", null));
  expect(groups.map((g) => g.category.symbol)).toEqual(["①", "②", "⑤", "⑥"]);
  expect(groupByCategory(catalog.categories, catalog.programs).map((g) => g.category.id)).toEqual([1, 2, 3, 4, 5, 6]);
});

test("programFacts spans the tiers", () => {
  const smart = catalogFor(2022).program("smart-factory");
  expect(programFacts(smart)).toEqual({ capMin: 50_000_000, capMax: 400_000_000, shareMin: 50, shareMax: 50, periodMin: 6, periodMax: 12 });
  expect(programFacts(catalogFor(2022).program("level-check"))).toMatchObject({ periodMin: null, periodMax: null });
});

test("searchHits says which spelling matched", () => {
  const { searchHits } = jest.requireActual("../../../src/taskpane/search") as typeof import("../../../src/taskpane/search");
  const via = (query: string, id: string) => searchHits(index, query, null).find((h) => h.program.id === id)?.via;
  expect(via("ㅅㅁㅌ", "smart-factory")).toEqual({ kind: "name", text: "스마트공장 구축 및 고도화" });
  expect(via("ㅅㅁㅌ", "win-win")).toEqual({ kind: "alias", text: "대중소 상생형 스마트공장" });
  expect(via("lighthouse", "lighthouse")).toEqual({ kind: "english", text: "K-Smart Lighthouse Factory" });
  expect(via("", "robot")).toEqual({ kind: "name", text: "로봇활용 제조혁신지원" });
});
