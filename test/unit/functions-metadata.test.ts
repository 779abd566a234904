import fs from "node:fs";
import path from "node:path";
import texts from "../../src/i18n/functions.json";

/**
 * The function metadata the build generates from the JSDoc in src/functions/functions.ts
 * (custom-functions-metadata-plugin) and its Korean and English versions. Users' formulas depend
 * on these ids and argument orders, so they are pinned here.
 */
interface Param { name: string; description?: string; optional?: boolean }
interface Fn { id: string; name: string; description?: string; helpUrl?: string; parameters: Param[]; result: { dimensionality?: string } }

const dist = (file: string) => JSON.parse(fs.readFileSync(path.join(__dirname, "../../dist", file), "utf8")) as { functions: Fn[] };

const EXPECTED: Record<string, { params: string[]; optional: string[]; matrix: boolean }> = {
  SUBSIDY: { params: ["program", "tier", "cost", "unit", "year"], optional: ["unit", "year"], matrix: false },
  SPLIT: { params: ["program", "tier", "cost", "unit", "year", "largeShare"], optional: ["unit", "year", "largeShare"], matrix: true },
  SHARE: { params: ["program", "tier", "cost", "party", "unit", "year"], optional: ["unit", "year"], matrix: false },
  CAP: { params: ["program", "tier", "unit", "year"], optional: ["unit", "year"], matrix: false },
  RATE: { params: ["program", "tier", "year"], optional: ["year"], matrix: false },
  PERIOD: { params: ["program", "tier", "year"], optional: ["year"], matrix: false },
  PROGRAMS: { params: ["category", "year"], optional: ["category", "year"], matrix: true },
  TIERS: { params: ["program", "year"], optional: ["year"], matrix: true },
  EXPLAIN: { params: ["program", "tier", "cost", "unit", "year"], optional: ["unit", "year"], matrix: false },
  CHANGE: { params: ["kind", "amount"], optional: ["amount"], matrix: false },
  CONTACT: { params: ["program", "tier"], optional: ["tier"], matrix: false },
  SCHEDULE: { params: ["program", "round", "year"], optional: ["round", "year"], matrix: true },
};
const HANGUL = /[가-힣]/;

describe("functions.json", () => {
  const { functions } = dist("functions.json");

  it("has exactly the SF ids users' formulas rely on", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  it.each(Object.entries(EXPECTED))("%s: arguments, optional ones, result shape, descriptions and help URL", (id, want) => {
    const f = functions.find((x) => x.id === id)!;
    expect(f.parameters.map((p) => p.name)).toEqual(want.params);
    expect(f.parameters.filter((p) => p.optional).map((p) => p.name)).toEqual(want.optional);
    expect(f.result.dimensionality === "matrix").toBe(want.matrix);
    expect(f.description).toMatch(HANGUL);
    expect(f.helpUrl).toMatch(/^https:\/\/.+\/help\/functions\.html#[a-z]+$/);
    for (const p of f.parameters) expect(p.description).toMatch(HANGUL);
  });
});

describe.each(["ko", "en"] as const)("functions.%s.json", (lang) => {
  const { functions } = dist(`functions.${lang}.json`);
  const t = texts as unknown as Record<string, Record<string, { description: string; parameters: Record<string, string> }>>;

  it("has the same functions with the strings of src/i18n/functions.json", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of functions) {
      expect(f.description).toBe(t[f.id][lang].description);
      for (const p of f.parameters) expect(p.description).toBe(t[f.id][lang].parameters[p.name]);
    }
  });

  it(lang === "ko" ? "reads in Korean" : "reads in English", () => {
    for (const f of functions) {
      if (lang === "ko") expect(f.description).toMatch(HANGUL);
      else expect(f.description).toMatch(/^[A-Z][A-Za-z ]/);
    }
  });
});
