import fc from "fast-check";
import * as sf from "../../src/functions/functions";

/**
 * Hostile input: every SF function, called with arbitrary Excel values, returns a value of its
 * declared kind or throws a CustomFunctions.Error with a message. Nothing else is thrown, and no
 * NaN or Infinity comes out. 100,000 cases in CI (CI=true), 10,000 locally; the seed is fixed so a
 * failure is reproducible.
 */
const TOTAL_RUNS = process.env.CI ? 100_000 : 10_000;

const specialStrings = fc.constantFrom(
  "",
  " ",
  "   ",
  "１０００",
  "1,000,000",
  "1000만",
  "2억 5000만원",
  "-1000",
  "1e308",
  "NaN",
  "Infinity",
  "한글",
  "😀🏭💰",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "x".repeat(5_000),
  "스".repeat(5_000),
  "0",
  "-0",
  "50%",
  "억원",
  "천원",
  "gov",
  "대기업",
);
const programNames = fc.constantFrom("스마트공장 구축 및 고도화", "대중소 상생형", "K-스마트등대공장", "스마트마이스터활용지원", "smart-factory", "win-win");
const tierNames = fc.constantFrom("기초", "고도화1", "고도화 2", "유형2", "기본", "심화", "", "advanced1");
const numbers = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 5e-324, 2 ** 53, 1e15, 1e16, 0.3, 2022, 2023, 1, 2, 3),
  fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000_000 }),
);
const scalar = fc.oneof(
  numbers,
  specialStrings,
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 10 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const cell = fc.oneof({ weight: 6, arbitrary: scalar }, { weight: 1, arbitrary: fc.array(fc.array(scalar, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }) });
const programArg = fc.oneof({ weight: 2, arbitrary: programNames }, { weight: 1, arbitrary: cell });
const tierArg = fc.oneof({ weight: 2, arbitrary: tierNames }, { weight: 1, arbitrary: cell });
// Arguments biased toward valid values, so that calls also get past the first check.
const costArg = fc.oneof({ weight: 2, arbitrary: fc.integer({ min: 0, max: 10_000_000_000 }) }, { weight: 2, arbitrary: cell });
const unitArg = fc.oneof(fc.constant(null), fc.constantFrom("원", "천원", "백만원", "억원"), cell);
const yearArg = fc.oneof(fc.constant(null), fc.constant(2022), cell);

type Kind = "number" | "string" | "numberRow" | "stringColumn" | "stringRow";
type Fn = (...args: unknown[]) => unknown;

const FUNCTIONS: Array<{ name: string; fn: Fn; args: fc.Arbitrary<unknown>[]; kind: Kind }> = [
  { name: "SUBSIDY", fn: sf.subsidy as Fn, args: [programArg, tierArg, costArg, unitArg, yearArg], kind: "number" },
  { name: "SPLIT", fn: sf.split as Fn, args: [programArg, tierArg, costArg, unitArg, yearArg, fc.oneof(fc.constant(null), cell)], kind: "numberRow" },
  { name: "SHARE", fn: sf.share as Fn, args: [programArg, tierArg, costArg, fc.oneof(fc.constantFrom("정부", "대기업", "중소"), cell), unitArg, yearArg], kind: "number" },
  { name: "CAP", fn: sf.cap as Fn, args: [programArg, tierArg, unitArg, yearArg], kind: "number" },
  { name: "RATE", fn: sf.rate as Fn, args: [programArg, tierArg, yearArg], kind: "number" },
  { name: "PERIOD", fn: sf.period as Fn, args: [programArg, tierArg, yearArg], kind: "number" },
  { name: "PROGRAMS", fn: sf.programs as Fn, args: [cell, yearArg], kind: "stringColumn" },
  { name: "TIERS", fn: sf.tiers as Fn, args: [programArg, yearArg], kind: "stringColumn" },
  { name: "EXPLAIN", fn: sf.explainText as Fn, args: [programArg, tierArg, costArg, unitArg, yearArg], kind: "string" },
  { name: "CHANGE", fn: sf.change as Fn, args: [fc.oneof(fc.constantFrom("총사업비 변경", "공급기업 변경"), cell), cell], kind: "string" },
  { name: "CONTACT", fn: sf.contact as Fn, args: [programArg, fc.oneof(tierArg, fc.constant(null))], kind: "string" },
  { name: "SCHEDULE", fn: sf.schedule as Fn, args: [programArg, fc.oneof(fc.constantFrom(null, 1, 2), cell), yearArg], kind: "stringRow" },
];

function checkKind(value: unknown, kind: Kind): void {
  const finite = (v: unknown) => typeof v === "number" && Number.isFinite(v);
  switch (kind) {
    case "number":
      expect(finite(value)).toBe(true);
      break;
    case "string":
      expect(typeof value).toBe("string");
      break;
    case "numberRow":
      expect(Array.isArray(value) && value.length === 1 && (value[0] as unknown[]).length === 3 && (value[0] as unknown[]).every(finite)).toBe(true);
      break;
    case "stringRow":
      expect(Array.isArray(value) && value.length === 1 && (value[0] as unknown[]).every((v) => typeof v === "string")).toBe(true);
      break;
    case "stringColumn":
      expect(Array.isArray(value) && value.length >= 1 && (value as unknown[][]).every((row) => row.length === 1 && typeof row[0] === "string")).toBe(true);
      break;
  }
}

describe.each(FUNCTIONS)("SF.$name with arbitrary Excel values", ({ fn, args, kind }) => {
  it("returns its declared kind or a CustomFunctions.Error with a message", () => {
    let errors = 0;
    let values = 0;
    fc.assert(
      fc.property(fc.tuple(...args), (tuple) => {
        let result: unknown;
        try {
          result = fn(...tuple);
        } catch (e) {
          expect(e).toBeInstanceOf(CustomFunctions.Error);
          const err = e as CustomFunctions.Error;
          expect(["#VALUE!", "#N/A"]).toContain(err.code);
          expect(typeof err.message).toBe("string");
          expect((err.message ?? "").length).toBeGreaterThan(0);
          errors++;
          return;
        }
        checkKind(result, kind);
        values++;
      }),
      { numRuns: Math.ceil(TOTAL_RUNS / FUNCTIONS.length), seed: 5_000_001 },
    );
    // Both paths must be reached, or the generators are not exercising the function.
    expect(values).toBeGreaterThan(0);
    expect(errors).toBeGreaterThan(0);
  });
});
