/**
 * The 2022 catalog against the seed (test/fixtures/seed-2022.txt), and the catalog validator.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import catalogJson from "../../src/catalog/2022.json";
import type { Catalog, Ref, SeedTable } from "../../src/catalog/types";
import { normalizeName, validateCatalog } from "../../src/catalog/validate";

const ROOT = resolve(__dirname, "../..");
const SEED_PATH = resolve(ROOT, "test/fixtures/seed-2022.txt");
const SHARED_SEED_DIR = resolve(ROOT, "../shared/seed");
const SHARED_SEED = resolve(SHARED_SEED_DIR, "000_368f9124931c89b9.txt");
const seed = readFileSync(SEED_PATH, "utf8");

const 억 = 100_000_000;
const 만 = 10_000;

/** A fresh, mutable copy of the shipped catalog. */
const fresh = (): Catalog => JSON.parse(JSON.stringify(catalogJson)) as Catalog;
const catalog = fresh();

// ------------------------------------------------------------------------- seed quote matching

/** Quote matching ignores white space (the extract lost its layout) and folds ‘ ’ ‛ ' together. */
const squash = (text: string) => text.replace(/\s+/g, "").replace(/[‘’‛']/g, "'");

/**
 * The seed split into its tables, in the order they appear, each starting at a heading (after
 * squashing). A quote must be found in the table its Ref names.
 */
const TABLE_STARTS: ReadonlyArray<[SeedTable, string | null]> = [
  ["programs", null],
  ["tiers", "사업명지원유형지원내용"],
  ["levels", "구분내용고도화2"],
  ["changes", "'22년사업프로세스"],
  ["sangsaeng", "구분정부대기업중소"],
  ["sangsaeng-type2", "구분정부대기업구축비용50%"],
  ["lighthouse-quota", "지원유형세부업종"],
  ["carbon", "에너지진단"],
  ["testbed", "①탄소중립형테스트베드"],
  ["meister", "구분지원기간및지원한도"],
  ["contacts", "구분세부사업명전문(관리)기관"],
];

function seedTables(text: string): Record<SeedTable, string> {
  const all = squash(text);
  const starts: number[] = [];
  let from = 0;
  for (const [table, heading] of TABLE_STARTS) {
    const start = heading === null ? 0 : all.indexOf(squash(heading), from);
    if (start < 0) throw new Error(`seed: the heading of table ${table} ("${heading}") was not found`);
    starts.push(start);
    from = start + 1;
  }
  const out = {} as Record<SeedTable, string>;
  TABLE_STARTS.forEach(([table], i) => {
    out[table] = all.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : all.length);
  });
  return out;
}
const tables = seedTables(seed);

/** Whether a quote is a verbatim excerpt of the named seed table (white space and quote marks aside). */
function quoteFound(ref: Ref): boolean {
  const q = squash(ref.quote);
  return q.length > 0 && tables[ref.table] !== undefined && tables[ref.table].includes(q);
}

/** Every Ref in a value, with its JSON path: any object with a table and a quote. */
function refsIn(value: unknown, path = ""): Array<[string, Ref]> {
  if (Array.isArray(value)) return value.flatMap((v, i) => refsIn(v, `${path}/${i}`));
  if (value === null || typeof value !== "object") return [];
  const obj = value as Record<string, unknown>;
  const own: Array<[string, Ref]> = typeof obj.table === "string" && typeof obj.quote === "string" ? [[path, obj as unknown as Ref]] : [];
  return [...own, ...Object.entries(obj).flatMap(([k, v]) => refsIn(v, `${path}/${k}`))];
}

// ------------------------------------------------------------------------------------- tests

describe("the seed", () => {
  it("is split into its eleven tables in order", () => {
    for (const [table] of TABLE_STARTS) expect(tables[table].length).toBeGreaterThan(10);
    expect(tables.programs).toContain("2,230");
    expect(tables.contacts).toContain("055-751-9292");
  });

  const sharedPresent = existsSync(SHARED_SEED_DIR);
  (sharedPresent ? it : it.skip)("equals the shared copy of the seed byte for byte", () => {
    expect(existsSync(SHARED_SEED)).toBe(true);
    expect(readFileSync(SEED_PATH).equals(readFileSync(SHARED_SEED))).toBe(true);
  });
});

describe("the 2022 catalog", () => {
  it("passes the validator", () => {
    const result = validateCatalog(catalogJson);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.catalog.year).toBe(2022);
  });

  it("has the 16 programs of the seed's first table, in its order", () => {
    expect(catalog.programs.map((p) => p.id)).toEqual([
      "smart-factory",
      "win-win",
      "lighthouse",
      "robot",
      "industry-specific",
      "carbon-neutral",
      "cluster-leading",
      "cluster-general",
      "ai-consulting",
      "ai-demo",
      "regional-data",
      "data-facilitator",
      "testbed",
      "level-check",
      "meister",
      "after-service",
    ]);
  });

  it("budgets sum to 3,663억원", () => {
    expect(catalog.programs.reduce((sum, p) => sum + p.budgetWon, 0)).toBe(366_300_000_000);
  });

  /** My own reading of the seed's first table: program, category, 지원규모 (억원). */
  const BUDGETS: ReadonlyArray<[string, number, number]> = [
    ["smart-factory", 1, 2230],
    ["win-win", 1, 300],
    ["lighthouse", 2, 100],
    ["robot", 2, 181],
    ["industry-specific", 2, 230],
    ["carbon-neutral", 2, 40],
    ["cluster-leading", 3, 92],
    ["cluster-general", 3, 200],
    ["ai-consulting", 4, 20],
    ["ai-demo", 4, 50],
    ["regional-data", 4, 20],
    ["data-facilitator", 4, 10],
    ["testbed", 5, 15],
    ["level-check", 6, 15],
    ["meister", 6, 90],
    ["after-service", 6, 70],
  ];
  it.each(BUDGETS)("%s: category %d, budget %d억원", (id, category, eok) => {
    const p = catalog.programs.find((x) => x.id === id);
    expect(p?.category).toBe(category);
    expect(p?.budgetWon).toBe(eok * 억);
  });

  /**
   * Every tier, typed from my own reading of the seed (tables 1–3 and the meister table) and the
   * domain guide's [ext] facts for 상생형 유형2: program, tier name, cap (won), share %, months.
   */
  const TIERS: ReadonlyArray<[string, string, number, number, number | null]> = [
    ["smart-factory", "기초", 5_000 * 만, 50, 6],
    ["smart-factory", "고도화1", 2 * 억, 50, 9],
    ["smart-factory", "고도화2", 4 * 억, 50, 12],
    ["win-win", "기초", 4_200 * 만, 30, 6],
    ["win-win", "고도화1", 12_000 * 만, 30, 9],
    ["win-win", "고도화2", 24_000 * 만, 30, 12],
    ["win-win", "유형2", 1_000 * 만, 50, null],
    ["lighthouse", "", 12 * 억, 50, 36],
    ["robot", "", 3 * 억, 50, 8],
    ["industry-specific", "기초", 5_000 * 만, 50, 6],
    ["industry-specific", "고도화1", 2 * 억, 50, 9],
    ["carbon-neutral", "", 2 * 억, 50, 9],
    ["cluster-leading", "", 64 * 억, 50, 36],
    ["cluster-general", "기초", 5_000 * 만, 50, 12],
    ["cluster-general", "고도화1", 2 * 억, 50, 12],
    ["cluster-general", "고도화2", 4 * 억, 50, 12],
    ["ai-consulting", "", 2_000 * 만, 90, 2],
    ["ai-demo", "", 5_000 * 만, 80, 4],
    ["regional-data", "", 60 * 억, 50, 36],
    ["data-facilitator", "", 1_000 * 만, 100, 8],
    ["testbed", "", 48 * 억, 60, 24],
    ["level-check", "", 100 * 만, 100, null],
    ["meister", "기본", 252 * 만, 90, 3],
    ["meister", "심화", 1_134 * 만, 90, 6],
    ["after-service", "", 2_000 * 만, 50, 12],
  ];
  const key = (program: string, tier: string) => `${program}/${tier === "" ? "(single)" : tier}`;
  const actual = new Map(
    catalog.programs.flatMap((p) => p.tiers.map((t) => [key(p.id, t.name), [t.capWon, t.govSharePct, t.periodMonths]] as const)),
  );
  const expected = new Map(TIERS.map(([p, t, cap, pct, months]) => [key(p, t), [cap, pct, months]] as const));

  it("has exactly the tiers of the independent table (none missing, none extra)", () => {
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  });
  it.each(TIERS)("%s %s: cap %d won, %d%%, %p months", (program, tier, cap, pct, months) => {
    expect(actual.get(key(program, tier))).toEqual([cap, pct, months]);
  });

  it("uses the tier ids and names of the brief", () => {
    const tiers = (id: string) => catalog.programs.find((p) => p.id === id)!.tiers.map((t) => `${t.id}:${t.name}`);
    expect(tiers("smart-factory")).toEqual(["basic:기초", "advanced1:고도화1", "advanced2:고도화2"]);
    expect(tiers("win-win")).toEqual(["basic:기초", "advanced1:고도화1", "advanced2:고도화2", "type2:유형2"]);
    expect(tiers("industry-specific")).toEqual(["basic:기초", "advanced1:고도화1"]);
    expect(tiers("cluster-general")).toEqual(["basic:기초", "advanced1:고도화1", "advanced2:고도화2"]);
    expect(tiers("meister")).toEqual(["standard:기본", "deep:심화"]);
    for (const p of catalog.programs.filter((x) => x.tiers.length === 1)) {
      expect(p.tiers[0]).toMatchObject({ id: "single", name: "", nameEn: "Single tier", aliases: ["단일"] });
    }
  });

  it("counts caps on the right basis", () => {
    const basis = Object.fromEntries(catalog.programs.map((p) => [p.id, [...new Set(p.tiers.map((t) => t.capBasis))].join()]));
    expect(basis).toMatchObject({
      "smart-factory": "company",
      lighthouse: "company-year",
      "cluster-leading": "consortium",
      testbed: "project",
      "regional-data": "project",
      meister: "package",
      "after-service": "company",
    });
    const lighthouse = catalog.programs.find((p) => p.id === "lighthouse")!.tiers[0];
    expect(lighthouse.capPerYearWon).toBe(4 * 억);
  });

  it("splits 대중소 상생형 three ways and every other program two ways", () => {
    for (const p of catalog.programs) {
      if (p.id === "win-win") {
        expect(p.parties).toMatchObject({ kind: "three-party", govMaxPct: 30, largeMinPct: 30, adopterMaxPct: 40 });
      } else {
        expect(p.parties).toEqual({ kind: "two-party" });
      }
    }
    const type2 = catalog.programs.find((p) => p.id === "win-win")!.tiers.find((t) => t.id === "type2")!;
    expect(type2).toMatchObject({ maxCostWon: 2_000 * 만, parties: { kind: "three-party", govMaxPct: 50, largeMinPct: 50, adopterMaxPct: 0 } });
    expect(type2.refs.cap.external).toBe(true);
    expect(type2.refs.period).toBeNull();
  });

  it("spells names as the seed does among its aliases", () => {
    const names = (id: string) => {
      const p = catalog.programs.find((x) => x.id === id)!;
      return [p.name, ...p.aliases];
    };
    expect(names("smart-factory")).toEqual(expect.arrayContaining(["스마트공장 구축 및 고도화", "스마트공장구축 및 고도화"]));
    expect(names("industry-specific")).toEqual(expect.arrayContaining(["업종별특화스마트공장", "업종별 특화"]));
    expect(names("cluster-leading")).toEqual(expect.arrayContaining(["디지털 클러스터 선도형", "디지털 클러스터(선도형)", "선도형"]));
    expect(names("cluster-general")).toEqual(expect.arrayContaining(["디지털 클러스터 일반형", "디지털 클러스터(일반형)", "일반형"]));
    expect(names("robot")).toEqual(expect.arrayContaining(["로봇활용 제조혁신지원", "로봇활용제조혁신지원"]));
  });

  it("has schedules with normalised quote marks, and contacts as the seed lists them", () => {
    const sf = catalog.programs.find((p) => p.id === "smart-factory")!;
    expect(sf.schedule.map((r) => [r.round, r.notice, r.intake, r.evaluation])).toEqual([
      [1, "’22.1", "’22.1~2", "’22.3~6"],
      [2, "’22.6", "’22.6~7", "’22.8~11"],
    ]);
    expect(sf.contacts.map((c) => [c.tiers, c.phones, c.callCenter1357])).toEqual([
      [["기초", "고도화1"], ["044-300-0951", "044-300-0957", "044-300-0959"], true],
      [["고도화2"], ["044-300-0944", "031-703-9101"], false],
    ]);
    for (const p of catalog.programs) {
      for (const r of p.schedule) {
        for (const s of [r.notice, r.intake, r.evaluation]) expect(s).toMatch(/^’22\.\d+(~\d*)?$/);
      }
    }
    const robot = catalog.programs.find((p) => p.id === "robot")!;
    expect(robot.contacts[0].phones).toEqual(["053-210-9552~6"]);
  });

  it("notes the known ambiguities", () => {
    const notes = (id: string) => catalog.programs.find((p) => p.id === id)!.notes;
    expect(notes("win-win").some((n) => n.kind === "interpretation" && n.text.includes("4,200만원") && n.text.includes("7,800만원"))).toBe(true);
    expect(notes("meister").some((n) => n.kind === "inconsistency")).toBe(true);
    expect(notes("smart-factory").some((n) => n.text.includes("’22,8~11"))).toBe(true);
    expect(notes("testbed").some((n) => n.text.includes("AAS"))).toBe(true);
    for (const p of catalog.programs) expect(p.notes.some((n) => n.text.includes("부가가치세"))).toBe(true);
  });

  it("classifies change requests as the seed's process table does", () => {
    const rules = catalog.changeRules;
    expect(rules.thresholdWon).toBe(1_000 * 만);
    expect(rules.kinds.map((k) => [k.id, k.name, k.class])).toEqual([
      ["supplier", "공급기업 변경", "승인"],
      ["system", "구축시스템 변경", "승인"],
      ["cost", "총사업비 변경", "by-amount"],
      ["relocation", "주소지 이전", "승인"],
      ["representative", "대표자 변경", "확인"],
      ["name", "명칭 변경", "확인"],
      ["account", "계좌 변경", "확인"],
      ["extension", "사업기간 연장", "확인"],
    ]);
  });
});

describe("references", () => {
  const refs = refsIn(catalog);

  it("are everywhere a number is", () => {
    // 16 programs × (ref, budgetRef) at least, plus tiers, schedule, contacts, change rules
    expect(refs.length).toBeGreaterThan(100);
  });

  it.each(refs)("%s quotes its seed table", (path, ref) => {
    if (!quoteFound(ref)) {
      throw new Error(`${path}: quote not found in seed table "${ref.table}": ${JSON.stringify(ref.quote)}`);
    }
  });

  it("hold the number they support", () => {
    for (const p of catalog.programs) {
      const eok = String(p.budgetWon / 억);
      const withComma = Number(eok).toLocaleString("en-US");
      expect(squash(p.budgetRef.quote)).toContain(withComma);
    }
    expect(squash(catalog.programs[0].budgetRef.quote)).toBe(squash("스마트공장구축 및 고도화 (기초, 고도화) 2,230"));
  });

  it("the matcher rejects what is not in the seed, or is in another table", () => {
    expect(quoteFound({ table: "tiers", quote: "고도화1 2억원 50% 9개월" })).toBe(true);
    expect(quoteFound({ table: "tiers", quote: "고도화1 3억원 50% 9개월" })).toBe(false);
    expect(quoteFound({ table: "programs", quote: "고도화1 2억원 50% 9개월" })).toBe(false);
    expect(quoteFound({ table: "programs", quote: "’22.1 ’22.1~2 ’22.2~5" })).toBe(true);
    expect(quoteFound({ table: "programs", quote: "" })).toBe(false);
  });
});

describe("validateCatalog", () => {
  const errorsOf = (data: unknown): string[] => {
    const result = validateCatalog(data);
    if (result.ok) throw new Error("expected the catalog to be rejected");
    return result.errors;
  };

  it("rejects a negative cap, naming its path", () => {
    const c = fresh();
    c.programs[0].tiers[0].capWon = -1;
    expect(errorsOf(c)).toContain("/programs/0/tiers/0/capWon: must be >= 0");
  });

  it("rejects a cap that is not an integer", () => {
    const c = fresh();
    c.programs[3].tiers[0].capWon = 1.5;
    expect(errorsOf(c)).toContain("/programs/3/tiers/0/capWon: must be integer");
  });

  it("rejects a program without its tier list", () => {
    const c = fresh() as unknown as { programs: Array<Record<string, unknown>> };
    delete c.programs[3].tiers;
    expect(errorsOf(c)).toContain("/programs/3/tiers: is required but missing");
  });

  it("rejects an empty tier list", () => {
    const c = fresh();
    c.programs[2].tiers = [];
    expect(errorsOf(c)).toContain("/programs/2/tiers: must NOT have fewer than 1 items");
  });

  it("rejects an alias that another program already uses (after normalisation)", () => {
    const c = fresh();
    c.programs[4].aliases.push("스마트공장 구축및 고도화");
    const errors = errorsOf(c);
    const at = c.programs[4].aliases.length - 1;
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^/programs/4/aliases/${at}: .*collides with /programs/0/name`))]);
  });

  it("rejects a share of 150%", () => {
    const c = fresh();
    c.programs[1].tiers[2].govSharePct = 150;
    expect(errorsOf(c)).toContain("/programs/1/tiers/2/govSharePct: must be <= 100");
  });

  it("rejects unknown properties, bad enums and bad party models", () => {
    const c = fresh() as unknown as Record<string, unknown> & Catalog;
    (c.programs[0] as unknown as Record<string, unknown>).extra = 1;
    (c.programs[0].tiers[0] as unknown as Record<string, unknown>).capBasis = "household";
    (c.programs[0].tiers[0].refs.cap as unknown as Record<string, unknown>).table = "appendix";
    (c.programs[5] as unknown as Record<string, unknown>).parties = { kind: "three-party", govMaxPct: 30 };
    (c.programs[6].tiers[0] as unknown as Record<string, unknown>).periodMonths = "3년";
    const errors = errorsOf(c);
    expect(errors).toEqual(
      expect.arrayContaining([
        "/programs/0/extra: is not allowed (unknown property)",
        expect.stringMatching(/^\/programs\/0\/tiers\/0\/capBasis: must be one of "company"/),
        expect.stringMatching(/^\/programs\/0\/tiers\/0\/refs\/cap\/table: must be one of "programs"/),
        "/programs/5/parties/largeMinPct: is required but missing",
        "/programs/5/parties/ref: is required but missing",
        "/programs/6/tiers/0/periodMonths: must be integer,null",
      ]),
    );
  });

  it("rejects duplicate ids, unnamed tiers among several, and caps that do not add up", () => {
    const c = fresh();
    c.programs[9].id = c.programs[8].id;
    c.programs[0].tiers[1].name = "";
    c.programs[0].tiers[2].id = "basic";
    c.programs[2].tiers[0].capWon = 11 * 억;
    c.programs[0].contacts[1].tiers = ["고도화3"];
    const errors = errorsOf(c);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/programs\/9\/id: duplicate program id "ai-consulting"/),
        expect.stringMatching(/^\/programs\/0\/tiers\/1\/name: a program with several tiers must name each tier/),
        expect.stringMatching(/^\/programs\/0\/tiers\/2\/id: duplicate tier id "basic"/),
        expect.stringMatching(/^\/programs\/2\/tiers\/0\/capWon: 1100000000 is not capPerYearWon × periodMonths \/ 12/),
        '/programs/0/contacts/1/tiers/0: no tier "고도화3" in /programs/0/tiers',
      ]),
    );
  });

  it("rejects change kinds whose names collide", () => {
    const c = fresh();
    c.changeRules.kinds[1].aliases.push("공급기업");
    expect(errorsOf(c)).toEqual([expect.stringMatching(/^\/changeRules\/kinds\/1\/aliases\/\d+: "공급기업" collides with \/changeRules\/kinds\/0\//)]);
  });

  it("never throws on junk", () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const junk: unknown[] = [
      null,
      undefined,
      42,
      "x",
      [],
      {},
      true,
      () => 1,
      BigInt(1),
      Symbol("s"),
      circular,
      JSON.parse('{"__proto__": {"year": 2022}, "programs": [{"__proto__": null}]}'),
      { __proto__: fresh() },
      Object.create(null),
      { ...fresh(), programs: [JSON.parse('{"__proto__": {"id": "x"}}')] },
      { ...fresh(), programs: "lots" },
      { ...fresh(), categories: [null, 1, "①"] },
      new Proxy({}, { ownKeys: () => { throw new Error("trap"); } }),
    ];
    for (const value of junk) {
      const result = validateCatalog(value);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) expect(e).toMatch(/^\/\S*: /);
      }
    }
  });

  it("reports the root path for a value of the wrong type", () => {
    expect(errorsOf(42)).toEqual(["/: must be object"]);
    expect(errorsOf(null)).toEqual(["/: must be object"]);
    expect(errorsOf({})).toContain("/programs: is required but missing");
  });

  it("returns a private copy", () => {
    const c = fresh();
    const result = validateCatalog(c);
    expect(result.ok).toBe(true);
    if (result.ok) {
      c.programs[0].tiers[0].capWon = 1;
      expect(result.catalog.programs[0].tiers[0].capWon).toBe(5_000 * 만);
    }
  });

  it("normalises names as the brief says", () => {
    expect(normalizeName("스마트공장 구축 및 고도화")).toBe(normalizeName("스마트공장구축및고도화"));
    expect(normalizeName("K-스마트등대공장")).toBe("k스마트등대공장");
    expect(normalizeName("ＳＭＡＲＴ_Factory*")).toBe("smartfactory");
    for (const dot of ["·", "‧", "․", "・", "ㆍ"]) expect(normalizeName(`중소${dot}중견`)).toBe("중소중견");
    expect(normalizeName("0.5억")).toBe("0.5억");
  });
});

describe("the generated schema validator", () => {
  const generated = resolve(ROOT, "src/catalog/schema-validator.generated.js");

  it("is up to date with schema.json", () => {
    const run = spawnSync(process.execPath, [resolve(ROOT, "scripts/gen-catalog-validator.mjs"), "--check"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
  });

  it("has no imports, eval or new Function", () => {
    const source = readFileSync(generated, "utf8");
    expect(source).toMatch(/^\/\* eslint-disable \*\/\n\/\/ GENERATED FILE/);
    expect(source).not.toMatch(/\brequire\s*\(/);
    expect(source).not.toMatch(/\bimport\b/);
    expect(source).not.toMatch(/\beval\s*\(/);
    expect(source).not.toMatch(/new\s+Function/);
  });
});
