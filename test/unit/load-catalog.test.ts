import fs from "node:fs";
import path from "node:path";
import * as sf from "../../src/functions/functions";
import { availableYears, unregisterCatalog } from "../../src/engine";
import { loadCatalogText } from "../../src/engine/load";

const shipped = fs.readFileSync(path.join(__dirname, "../../src/catalog/2022.json"), "utf8");

/** A made-up 2031 catalog: the 2022 file with the year changed and one cap lowered. */
function catalog2031(): Record<string, unknown> {
  const c = JSON.parse(shipped);
  c.year = 2031;
  const sfProgram = c.programs.find((p: { id: string }) => p.id === "smart-factory");
  sfProgram.tiers.find((t: { id: string }) => t.id === "advanced1").capWon = 150_000_000;
  return c;
}

afterEach(() => unregisterCatalog(2031));

describe("loading a year's catalog file", () => {
  it("makes the year available to the functions", () => {
    expect(loadCatalogText(JSON.stringify(catalog2031()))).toEqual({ ok: true, year: 2031, programs: 16 });
    expect(availableYears()).toContain(2031);
    expect(sf.subsidy("스마트공장 구축 및 고도화", "고도화1", 500_000_000, null, 2031)).toBe(150_000_000);
    expect(sf.subsidy("스마트공장 구축 및 고도화", "고도화1", 500_000_000)).toBe(200_000_000);
  });

  it("rejects a bad file whole, naming the path, and keeps what was in use", () => {
    const bad = catalog2031();
    (bad.programs as Array<{ tiers: Array<{ capWon: number }> }>)[0].tiers[0].capWon = -5;
    const result = loadCatalogText(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join("\n")).toMatch(/\/programs\/0\/tiers\/0\/capWon/);
    expect(availableYears()).not.toContain(2031);
    expect(sf.subsidy("스마트공장 구축 및 고도화", "고도화1", 500_000_000)).toBe(200_000_000);
  });

  it("refuses to replace the shipped 2022 catalog", () => {
    const altered = JSON.parse(shipped);
    altered.programs[0].tiers[1].capWon = 1;
    const result = loadCatalogText(JSON.stringify(altered));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^\/year: 2022/);
    expect(sf.subsidy("스마트공장 구축 및 고도화", "고도화1", 500_000_000)).toBe(200_000_000);
  });

  it("rejects text that is not JSON", () => {
    const result = loadCatalogText("{ not json");
    expect(result.ok).toBe(false);
  });

  it("replacing a loaded year is all or nothing", () => {
    expect(loadCatalogText(JSON.stringify(catalog2031())).ok).toBe(true);
    const broken = catalog2031();
    delete (broken as { programs?: unknown }).programs;
    expect(loadCatalogText(JSON.stringify(broken)).ok).toBe(false);
    expect(sf.subsidy("스마트공장 구축 및 고도화", "고도화1", 500_000_000, null, 2031)).toBe(150_000_000);
  });
});
