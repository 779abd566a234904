/**
 * Catalog files kept with the workbook (Office.context.document.settings, key "sf.catalogs") and
 * the full recalculation after they are loaded again, against office-addin-mock: what is saved,
 * what is restored, and that recalculateAll makes one Excel.run with exactly one sync.
 */
import fs from "node:fs";
import path from "node:path";
import { OfficeMockObject } from "office-addin-mock";
import { availableYears, unregisterCatalog } from "../../../src/engine";
import * as sf from "../../../src/functions/functions";
import { restoreCatalogs } from "../../../src/taskpane/catalogFiles";
import { CATALOGS_SETTING, recalculateAll, saveCatalog, savedCatalogs } from "../../../src/taskpane/office/settings";

const shipped = fs.readFileSync(path.join(__dirname, "../../../src/catalog/2022.json"), "utf8");
const SMART = "스마트공장 구축 및 고도화";

function catalogText(year: number, advanced1Cap = 150_000_000): string {
  const c = JSON.parse(shipped);
  c.year = year;
  c.programs.find((p: { id: string }) => p.id === "smart-factory").tiers.find((t: { id: string }) => t.id === "advanced1").capWon = advanced1Cap;
  return JSON.stringify(c);
}

type G = { Office?: unknown; Excel?: unknown };

/** Office with document settings (office-addin-mock); `saved` is what saveAsync stored. */
function installOffice(initial: Record<string, unknown> = {}, status = "succeeded") {
  const session: Record<string, unknown> = JSON.parse(JSON.stringify(initial));
  const state = { saved: JSON.parse(JSON.stringify(initial)) as Record<string, unknown>, saves: 0 };
  const office = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (name: string) => (name in session ? session[name] : null),
          set: (name: string, value: unknown) => void (session[name] = value),
          remove: (name: string) => void delete session[name],
          saveAsync: (callback: (r: { status: string; error?: { message: string } }) => void) => {
            state.saves++;
            if (status === "succeeded") state.saved = JSON.parse(JSON.stringify(session));
            setTimeout(() => callback(status === "succeeded" ? { status } : { status, error: { message: "The settings could not be saved." } }), 0);
          },
        },
      },
    },
  });
  (globalThis as G).Office = office;
  return state;
}

/** Excel with workbook.application.calculate (office-addin-mock), counting runs, syncs and calculations. */
function installExcel(options: { failSync?: boolean } = {}) {
  const state = { runs: 0, syncs: 0, calculated: [] as string[], queued: [] as string[] };
  const context = new OfficeMockObject({
    workbook: { application: { calculate: (type: string) => void state.queued.push(type) } },
  }) as unknown as { sync: () => Promise<void> };
  context.sync = async () => {
    state.syncs++;
    if (options.failSync) throw new Error("The request failed (simulated).");
    state.calculated.push(...state.queued.splice(0));
  };
  (globalThis as G).Excel = {
    CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
    run: async (batch: (ctx: unknown) => Promise<unknown>) => {
      state.runs++;
      return batch(context);
    },
  };
  return state;
}

afterEach(() => {
  delete (globalThis as G).Office;
  delete (globalThis as G).Excel;
  unregisterCatalog(2030);
  unregisterCatalog(2031);
});

describe("saveCatalog / savedCatalogs", () => {
  test("saves year → text under sf.catalogs with set + saveAsync, adding to what was there", async () => {
    const office = installOffice({ [CATALOGS_SETTING]: { "2030": "old" } });
    expect(await saveCatalog(2031, "{\"year\":2031}")).toEqual({ ok: true });
    expect(office.saves).toBe(1);
    expect(office.saved).toEqual({ [CATALOGS_SETTING]: { "2030": "old", "2031": "{\"year\":2031}" } });
    expect(savedCatalogs()).toEqual({ "2030": "old", "2031": "{\"year\":2031}" });
  });

  test("a failed saveAsync and a missing Office are reported, not thrown", async () => {
    installOffice({}, "failed");
    expect(await saveCatalog(2031, "x")).toEqual({ ok: false, message: "The settings could not be saved." });
    delete (globalThis as G).Office;
    expect(await saveCatalog(2031, "x")).toEqual({ ok: false, message: "Office settings are not available" });
    expect(savedCatalogs()).toEqual({});
  });

  test("ignores a setting of the wrong shape", () => {
    installOffice({ [CATALOGS_SETTING]: ["not", "an", "object"] });
    expect(savedCatalogs()).toEqual({});
    installOffice({ [CATALOGS_SETTING]: { "2031": 5, "2030": "text" } });
    expect(savedCatalogs()).toEqual({ "2030": "text" });
  });
});

describe("recalculateAll", () => {
  test("asks for a full calculation in one Excel.run with exactly 1 sync", async () => {
    const excel = installExcel();
    expect(await recalculateAll()).toEqual({ ok: true });
    expect(excel.runs).toBe(1);
    expect(excel.syncs).toBe(1);
    expect(excel.calculated).toEqual(["Full"]);
  });

  test("a failing sync is reported; no Excel is reported", async () => {
    installExcel({ failSync: true });
    expect(await recalculateAll()).toEqual({ ok: false, message: "The request failed (simulated)." });
    delete (globalThis as G).Excel;
    expect(await recalculateAll()).toEqual({ ok: false, message: "Excel is not available" });
  });
});

describe("restoreCatalogs (start-up inside Excel)", () => {
  test("nothing kept: null, and Excel is not asked to recalculate", async () => {
    installOffice();
    const excel = installExcel();
    expect(await restoreCatalogs()).toBeNull();
    expect(excel.runs).toBe(0);
  });

  test("loads each kept catalog, reports one that fails, then recalculates once (1 sync)", async () => {
    const bad = JSON.parse(catalogText(2030));
    bad.programs[0].tiers[0].capWon = -5;
    installOffice({ [CATALOGS_SETTING]: { "2031": catalogText(2031), "2030": JSON.stringify(bad) } });
    const excel = installExcel();
    const report = await restoreCatalogs();
    expect(report?.years).toEqual([2031]);
    expect(report?.errors).toHaveLength(1);
    expect(report?.errors[0]).toMatch(/^2030: \/programs\/0\/tiers\/0\/capWon/);
    expect(availableYears()).toEqual([2022, 2031]);
    expect(sf.subsidy(SMART, "고도화1", 500_000_000, null, 2031)).toBe(150_000_000);
    expect(excel.runs).toBe(1);
    expect(excel.syncs).toBe(1);
    expect(excel.calculated).toEqual(["Full"]);
  });

  test("a failed recalculation is in the report, not thrown", async () => {
    installOffice({ [CATALOGS_SETTING]: { "2031": catalogText(2031) } });
    installExcel({ failSync: true });
    expect(await restoreCatalogs()).toEqual({ years: [2031], errors: ["The request failed (simulated)."] });
  });
});
