/**
 * The production build (dist/) in headless Chromium, with a fake Office host served in place of
 * office.js (test/e2e/fake-office): search, a program card and its calculator, inserting a budget
 * table whose formulas compute in a HyperFormula workbook, the overwrite question, SF functions in
 * cells; the browser-only mode when office.js cannot load; English; axe; screenshots for the docs;
 * and no request anywhere but the served origin and office.js.
 *
 * The task pane's accessible names and data-testids are a contract with the UI:
 *   search "사업 검색"/"Search programs"; data-testid program-item (a button naming the program in
 *   Korean), empty-state; card heading h2; back "목록으로"/"Back to list"; calculator: "지원유형"/
 *   "Tier", "총사업비"/"Total cost", "단위"/"Unit", amount-gov, amount-large, amount-sme, bound, an
 *   SVG role="img"; insert (Office only): "삽입할 함수", "총사업비 셀", "수식 삽입", "행 수",
 *   "예산표 삽입"; overwrite dialog "덮어쓸까요?" with "덮어쓰기"/"취소"; role="status";
 *   data-testid browser-only; language toggle "English"/"한국어".
 * Expected amounts are worked here from the seed's caps and shares, not taken from the engine.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { cellAddress } from "./fake-office/a1";
import { DIST, OFFICE_JS_URL, buildFakeOffice, foreignRequests, launchBrowser, openPane, startServer, type Pane, type StaticServer } from "./harness";
import {
  SMART_FACTORY,
  SEED_SMART_FACTORY,
  choose,
  counters,
  dump,
  enterCost,
  excelIdle,
  expectedSplit,
  findBudgetTable,
  getValue,
  inputNamed,
  openProgram,
  screenshot,
  select,
  seriousAxeViolations,
  setCell,
  showCalculator,
  step,
  waitForAmount,
  waitForText,
  won,
} from "./pane-helpers";

jest.setTimeout(120_000);

const VIEWPORT = { width: 360, height: 760 };
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing: run `npm run build` first (`npm test` does)");
  }
  browser = await launchBrowser();
  server = await startServer(DIST);
  await buildFakeOffice();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Page problems that are bugs wherever they come from: uncaught errors and CSP violations. */
function seriousProblems(pane: Pane): string[] {
  return pane.problems.filter((p) => p.startsWith("pageerror:") || /Content Security Policy|Refused to/.test(p));
}

function assertOnlyOwnRequests(pane: Pane): void {
  const foreign = foreignRequests(pane, server.origin);
  if (foreign.length > 0) {
    throw new Error(`requests to somewhere other than ${server.origin} and ${OFFICE_JS_URL}:\n${foreign.map((r) => `${r.method} ${r.url} (${r.resourceType})`).join("\n")}`);
  }
  expect(pane.requests.some((r) => r.url.startsWith(`${server.origin}/taskpane.html`))).toBe(true);
}

describe("in Excel, Korean", () => {
  let pane: Pane;
  const costs = [300_000_000, 500_000_000, 80_000_000];

  beforeAll(async () => {
    pane = await openPane(browser, server, { language: "ko-KR", viewport: VIEWPORT, deviceScaleFactor: 2, selection: "Sheet1!F4" });
  }, 60_000);

  afterAll(async () => {
    await pane?.close();
  });

  test("the catalog searches by initial consonants (ㅅㅁㅌ) and shows an empty state", async () => {
    const { page } = pane;
    await step(pane, "search", async () => {
      const search = page.getByLabel("사업 검색", { exact: true });
      await search.fill("없는사업zzz");
      await page.getByTestId("empty-state").waitFor({ state: "visible" });
      await search.fill("");
      await search.pressSequentially("ㅅㅁㅌ", { delay: 40 });
      await page.getByTestId("program-item").filter({ hasText: "인공지능컨설팅" }).waitFor({ state: "detached" });
      const items = await page.getByTestId("program-item").allTextContents();
      expect(items.some((t) => t.includes(SMART_FACTORY))).toBe(true);
      for (const t of items) expect(t).toMatch(/스마트/);
      await screenshot(page, "catalog-ko.png");
    });
  });

  test("axe: the list view has no serious or critical violations", async () => {
    const { serious, all } = await seriousAxeViolations(pane.page);
    if (all.length) console.log(`axe, list view (ko):\n${all.join("\n")}`);
    expect(serious).toEqual([]);
  });

  test("the calculator splits 고도화1: half up to the 2억 cap", async () => {
    const { page } = pane;
    await step(pane, "calculator", async () => {
      await openProgram(page, SMART_FACTORY);
      await choose(page, "지원유형", ["고도화1"]);
      const unit = page.getByRole("combobox", { name: "단위", exact: true });
      await unit.waitFor({ state: "visible" });
      const cost = await enterCost(page, "총사업비", 300_000_000);
      const split300 = expectedSplit("고도화1", 300_000_000);
      await waitForAmount(page, "amount-gov", split300.gov);
      await waitForAmount(page, "amount-sme", split300.sme);
      expect(await cost.inputValue()).toContain("300,000,000");
      await page.locator('svg[role="img"]').first().waitFor({ state: "visible" });
      await showCalculator(page);
      await screenshot(page, "taskpane-ko.png");
    });
  });

  test("axe: an open card with results has no serious or critical violations", async () => {
    const { serious, all } = await seriousAxeViolations(pane.page);
    if (all.length) console.log(`axe, card with results (ko):\n${all.join("\n")}`);
    expect(serious).toEqual([]);
  });

  test("a cost above the cap gives the cap and says so (한도)", async () => {
    const { page } = pane;
    await step(pane, "cap", async () => {
      await enterCost(page, "총사업비", 500_000_000);
      const split = expectedSplit("고도화1", 500_000_000);
      expect(split.gov).toBe(200_000_000);
      await waitForAmount(page, "amount-gov", split.gov);
      await waitForAmount(page, "amount-sme", split.sme);
      await waitForText(page.getByTestId("bound"), (t) => t.includes("한도"), 'data-testid="bound" should mention 한도');
    });
  });

  test("수식 삽입 puts an SF formula at the selection that reads the cost cell", async () => {
    const { page } = pane;
    await step(pane, "insert formula", async () => {
      await setCell(page, "Sheet1!L10", 500_000_000);
      await select(page, "Sheet1!M10");
      await choose(page, "삽입할 함수", ["SF.SUBSIDY"]);
      await inputNamed(page, "총사업비 셀").fill("L10");
      const before = await counters(page);
      await page.getByRole("button", { name: "수식 삽입", exact: true }).click();
      await page.waitForFunction(() => (window as unknown as { __fakeExcel: { getFormula(a: string): string | null } }).__fakeExcel.getFormula("Sheet1!M10") !== null);
      await excelIdle(page, before.runsFinished + 1);
      const formula = await page.evaluate(() => (window as unknown as { __fakeExcel: { getFormula(a: string): string | null } }).__fakeExcel.getFormula("Sheet1!M10"));
      expect(formula).toMatch(/^=SF\.SUBSIDY\(.*L10/i);
      expect(await getValue(page, "Sheet1!M10")).toBe(expectedSplit("고도화1", 500_000_000).gov);
      expect((await counters(page)).syncCount - before.syncCount).toBeLessThanOrEqual(2);
    });
  });

  test("예산표 삽입 writes a budget table at the selection, in at most 2 syncs, whose formulas compute", async () => {
    const { page } = pane;
    await step(pane, "insert budget table", async () => {
      await select(page, "Sheet1!B3");
      await inputNamed(page, "행 수").fill("3");
      const before = await counters(page);
      await page.getByRole("button", { name: "예산표 삽입", exact: true }).click();
      await page.waitForFunction(() => {
        const f = (window as unknown as { __fakeExcel: { dump(): Array<{ value: unknown }> } }).__fakeExcel;
        return f.dump().some((c) => c.value === "총사업비");
      });
      await excelIdle(page, before.runsFinished + 1);
      const after = await counters(page);
      expect(after.syncCount - before.syncCount).toBeLessThanOrEqual(2);

      const cells = await dump(page);
      const table = findBudgetTable(cells, ["사업명", "지원유형", "총사업비", "정부", "대기업", "중소·중견"]);
      // Placed at the selected cell.
      expect(Math.min(...cells.map((c) => c.row))).toBe(2);
      expect(Math.min(...cells.map((c) => c.col))).toBe(1);
      const col = table.columns;
      const at = (row: number, c: number) => `Sheet1!${cellAddress(row, c)}`;
      const itemRows = [1, 2, 3].map((i) => table.headerRow + i);
      const totalRow = table.headerRow + 4;

      // The items name the program and the tier chosen in the calculator.
      for (const row of itemRows) {
        expect(await getValue(page, at(row, col["사업명"]))).toBe(SMART_FACTORY);
        expect(Object.keys(SEED_SMART_FACTORY)).toContain(await getValue(page, at(row, col["지원유형"])));
      }
      // Fill the costs as a user would, then read what the inserted formulas made of them.
      for (const [i, row] of itemRows.entries()) await setCell(page, at(row, col["총사업비"]), costs[i]);
      const totals = { cost: 0, gov: 0, large: 0, sme: 0 };
      for (const [i, row] of itemRows.entries()) {
        const tier = (await getValue(page, at(row, col["지원유형"]))) as string;
        const want = expectedSplit(tier, costs[i]);
        const got = {
          gov: await getValue(page, at(row, col["정부"])),
          large: await getValue(page, at(row, col["대기업"])),
          sme: await getValue(page, at(row, col["중소·중견"])),
        };
        expect({ row: row + 1, tier, ...got }).toEqual({ row: row + 1, tier, ...want });
        totals.cost += costs[i];
        totals.gov += want.gov;
        totals.large += want.large;
        totals.sme += want.sme;
      }
      // 고도화1: 150,000,000 / 200,000,000 (capped) / 40,000,000.
      if ((await getValue(page, at(itemRows[0], col["지원유형"]))) === "고도화1") {
        expect([0, 1, 2].map((i) => won(expectedSplit("고도화1", costs[i]).gov))).toEqual(["150,000,000", "200,000,000", "40,000,000"]);
      }
      const totalsRow = {
        cost: await getValue(page, at(totalRow, col["총사업비"])),
        gov: await getValue(page, at(totalRow, col["정부"])),
        large: await getValue(page, at(totalRow, col["대기업"])),
        sme: await getValue(page, at(totalRow, col["중소·중견"])),
      };
      expect(totalsRow).toEqual(totals);
      const formulas = await dump(page);
      const formulaAt = (row: number, c: number) => formulas.find((x) => x.row === row && x.col === c)?.formula ?? null;
      expect(formulaAt(itemRows[0], col["정부"])).toMatch(/^=.*SF\./i);
      expect(formulaAt(totalRow, col["정부"])).toMatch(/^=.*SUM\(/i);
      for (const name of ["총사업비", "정부", "대기업", "중소·중견"]) {
        const c = formulas.find((x) => x.row === itemRows[0] && x.col === col[name]);
        expect({ column: name, format: c?.numberFormat }).toEqual({ column: name, format: expect.stringContaining("#,##0") });
      }
    });
  });

  test("inserting again over it asks 덮어쓸까요?; 취소 leaves every cell as it was", async () => {
    const { page } = pane;
    await step(pane, "overwrite dialog", async () => {
      const before = await dump(page);
      await select(page, "Sheet1!B3");
      const runs = await counters(page);
      await page.getByRole("button", { name: "예산표 삽입", exact: true }).click();
      const question = page.getByText("덮어쓸까요?");
      await question.waitFor({ state: "visible" });
      // (The pane may keep its Excel.run open while it asks; it must not write before the answer.)
      expect(await dump(page)).toEqual(before);
      const axe = await seriousAxeViolations(page);
      if (axe.all.length) console.log(`axe, overwrite dialog (ko):\n${axe.all.join("\n")}`);
      await page.getByRole("button", { name: "취소", exact: true }).click();
      await question.waitFor({ state: "hidden" });
      await excelIdle(page, runs.runsFinished + 1);
      expect(await dump(page)).toEqual(before);
      expect(axe.serious).toEqual([]);
      // Closed, the dialog must give the pane back to assistive technology (and to getByRole).
      const hiddenControls = () =>
        [...document.querySelectorAll("[aria-hidden='true']")]
          .filter((e) => e.querySelector("button, input, select"))
          .map((e) => `<${e.tagName.toLowerCase()}${e.id ? ` id="${e.id}"` : ""} aria-hidden="true">`)
          .join(", ");
      await page
        .waitForFunction(() => ![...document.querySelectorAll("[aria-hidden='true']")].some((e) => e.querySelector("button, input, select")), null, { timeout: 3_000 })
        .catch(() => undefined);
      expect({ afterDialogClosed: (await page.evaluate(hiddenControls)) || "no controls aria-hidden" }).toEqual({ afterDialogClosed: "no controls aria-hidden" });
      await page.getByRole("button", { name: "예산표 삽입", exact: true }).waitFor({ state: "visible", timeout: 3_000 });
      const after = await seriousAxeViolations(page);
      if (after.all.length) console.log(`axe, after the dialog closed (ko):\n${after.all.join("\n")}`);
      expect(after.serious).toEqual([]);
    });
  });

  test("덮어쓰기 over the earlier budget table rewrites its cells, adds no table and meets no Excel error", async () => {
    const { page } = pane;
    await step(pane, "overwrite", async () => {
      const tables = () => page.evaluate(() => (window as unknown as { __fakeExcel: { tables: unknown[] } }).__fakeExcel.tables);
      const tablesBefore = await tables();
      expect(tablesBefore).toHaveLength(1); // the budget table inserted above
      const old = findBudgetTable(await dump(page), ["총사업비"]);
      const costCell = `Sheet1!${cellAddress(old.headerRow + 1, old.columns["총사업비"])}`;
      expect(await getValue(page, costCell)).toBe(costs[0]); // typed in by the test above
      await select(page, "Sheet1!B3");
      const runs = await counters(page);
      const errorsBefore = await page.evaluate(() => (window as unknown as { __fakeExcel: { runErrors: string[] } }).__fakeExcel.runErrors.length);
      // By text, not role: this test is about the overwrite, whatever the dialog left aria-hidden.
      await page.locator("button", { hasText: /^예산표 삽입$/ }).click();
      await page.getByText("덮어쓸까요?").waitFor({ state: "visible" });
      // The question says the range is inside an existing table and that no new table will be made.
      const dialog = page.getByRole("alertdialog");
      await waitForText(dialog, (t) => t.includes("기존 Excel 표(Table1)") && t.includes("새 표는 만들지 않고"), "the overwrite question should name the existing table");
      await page.getByRole("button", { name: "덮어쓰기", exact: true }).click();
      await page.getByText("덮어쓸까요?").waitFor({ state: "hidden" });
      await excelIdle(page, runs.runsFinished + 1);
      const after = await counters(page);
      expect(after.syncCount - runs.syncCount).toBeLessThanOrEqual(2);
      const errors = await page.evaluate(() => (window as unknown as { __fakeExcel: { runErrors: string[] } }).__fakeExcel.runErrors);
      expect(errors.slice(errorsBefore)).toEqual([]);
      expect(await tables()).toEqual(tablesBefore);
      const table = findBudgetTable(await dump(page), ["사업명", "지원유형", "총사업비", "정부", "대기업", "중소·중견"]);
      expect(table.headerRow).toBe(2);
      // Rewritten: the cost typed in is back to 0, and the formulas are there.
      expect(await getValue(page, costCell)).toBe(0);
      const gov = await dump(page).then((cells) => cells.find((c) => c.row === 3 && c.col === table.columns["정부"]));
      expect(gov?.formula).toMatch(/^=.*SF\./i);
      await waitForText(
        page.getByTestId("insert-status"),
        (t) => t.includes("예산표를 넣었습니다") && t.includes("새 표는 만들지 않고 셀만 썼습니다"),
        "the status line should say the cells were written without a new table",
      );
    });
  });

  test("SF functions compute in cells; an unknown program is #N/A with a message", async () => {
    const { page } = pane;
    await setCell(page, "Sheet1!K1", `=SF.SUBSIDY("${SMART_FACTORY}","고도화1",500000000)`);
    expect(await getValue(page, "Sheet1!K1")).toBe(expectedSplit("고도화1", 500_000_000).gov);
    await setCell(page, "Sheet1!K2", `=SF.SUBSIDY("없는 사업","고도화1",500000000)`);
    const error = await getValue(page, "Sheet1!K2");
    expect(error).toMatchObject({ type: "NA", value: "#N/A" });
    expect((error as { message: string }).message).toMatch(/없는 사업/);
  });

  test("loading a 2031 catalog file: the status says so, 2031 can be picked, and SF functions in cells use it", async () => {
    const { page } = pane;
    await step(pane, "load a year's catalog", async () => {
      const back = page.getByRole("button", { name: "목록으로" });
      if (await back.isVisible()) await back.click();
      const c = JSON.parse(fs.readFileSync(path.join(__dirname, "../../src/catalog/2022.json"), "utf8"));
      c.year = 2031;
      c.programs.find((p: { id: string }) => p.id === "smart-factory").tiers.find((t: { id: string }) => t.id === "advanced1").capWon = 150_000_000;
      const text = JSON.stringify(c);
      await page.getByRole("button", { name: "연도 카탈로그 불러오기" }).waitFor({ state: "visible" });
      await page.locator('input[type="file"]').setInputFiles({ name: "catalog-2031.json", mimeType: "application/json", buffer: Buffer.from(text) });
      await waitForText(page.getByRole("status").first(), (t) => t === "2031년 카탈로그를 불러왔습니다 (사업 16개).", "the status line should say the 2031 catalog was loaded");
      await page.getByRole("combobox", { name: "연도" }).selectOption("2031");
      await openProgram(page, SMART_FACTORY);
      await page.getByTestId("tiers").filter({ hasText: "1억 5,000만원" }).waitFor({ state: "visible" });

      await setCell(page, "Sheet1!K3", `=SF.SUBSIDY("${SMART_FACTORY}","고도화1",500000000,,2031)`);
      expect(await getValue(page, "Sheet1!K3")).toBe(150_000_000);
      expect(await getValue(page, "Sheet1!K1")).toBe(expectedSplit("고도화1", 500_000_000).gov); // 2022 as it was
      // kept with the workbook
      const saved = await page.evaluate(() => (window as unknown as { __fakeExcel: { savedSettings: Record<string, unknown> } }).__fakeExcel.savedSettings);
      expect(saved["sf.catalogs"]).toEqual({ "2031": text });
    });
  });

  test("the page asked only its own origin and office.js; it used no Excel API outside the fake's subset", async () => {
    assertOnlyOwnRequests(pane);
    const fake = await pane.page.evaluate(() => {
      const f = (window as unknown as { __fakeExcel: { unimplemented: string[]; runErrors: string[] } }).__fakeExcel;
      return { unimplemented: f.unimplemented, runErrors: f.runErrors };
    });
    expect(fake.unimplemented).toEqual([]);
    // No Excel.run of the pane failed (over an existing table it adds none rather than meet a refusal).
    expect(fake.runErrors).toEqual([]);
    expect(seriousProblems(pane)).toEqual([]);
  });
});

describe("without office.js (a plain browser)", () => {
  let pane: Pane;

  beforeAll(async () => {
    pane = await openPane(browser, server, { language: "ko-KR", officeReachable: false, viewport: VIEWPORT });
  }, 60_000);

  afterAll(async () => {
    await pane?.close();
  });

  test("shows the browser-only notice and no insert buttons", async () => {
    const { page } = pane;
    await step(pane, "browser-only", async () => {
      await page.getByTestId("browser-only").waitFor({ state: "visible" });
      expect(pane.requests.some((r) => r.url === OFFICE_JS_URL)).toBe(true); // tried, and failed
      await openProgram(page, SMART_FACTORY);
      for (const name of ["수식 삽입", "예산표 삽입"]) {
        expect({ name, byRole: await page.getByRole("button", { name }).count(), inDom: await page.locator("button", { hasText: name }).count() }).toEqual({ name, byRole: 0, inDom: 0 });
      }
    });
  });

  test("the catalog and the calculator still work", async () => {
    const { page } = pane;
    await step(pane, "browser-only calculator", async () => {
      await choose(page, "지원유형", ["고도화1"]);
      await enterCost(page, "총사업비", 300_000_000);
      await waitForAmount(page, "amount-gov", 150_000_000);
      await waitForAmount(page, "amount-sme", 150_000_000);
      await page.getByRole("button", { name: "목록으로", exact: true }).click();
      await page.getByLabel("사업 검색", { exact: true }).waitFor({ state: "visible" });
    });
  });

  test("no uncaught errors or CSP violations, and no request but the origin and office.js", () => {
    assertOnlyOwnRequests(pane);
    expect(seriousProblems(pane)).toEqual([]);
  });
});

describe("in Excel, English", () => {
  let pane: Pane;

  beforeAll(async () => {
    pane = await openPane(browser, server, { language: "en-US", viewport: VIEWPORT, deviceScaleFactor: 2, selection: "Sheet1!F4" });
  }, 60_000);

  afterAll(async () => {
    await pane?.close();
  });

  test("labels are in English and the calculator works", async () => {
    const { page } = pane;
    await step(pane, "english", async () => {
      await page.getByLabel("Search programs", { exact: true }).waitFor({ state: "visible" });
      await openProgram(page, SMART_FACTORY, /.+/);
      await choose(page, "Tier", [SEED_SMART_FACTORY["고도화1"].en, "고도화1"]);
      await page.getByRole("combobox", { name: "Unit", exact: true }).waitFor({ state: "visible" });
      await enterCost(page, "Total cost", 300_000_000);
      await waitForAmount(page, "amount-gov", 150_000_000);
      await waitForAmount(page, "amount-sme", 150_000_000);
      await page.getByRole("button", { name: "Insert budget table", exact: true }).waitFor({ state: "visible" });
      await showCalculator(page);
      await screenshot(page, "taskpane-en.png");
    });
  });

  test("axe: the English card has no serious or critical violations", async () => {
    const { serious, all } = await seriousAxeViolations(pane.page);
    if (all.length) console.log(`axe, card with results (en):\n${all.join("\n")}`);
    expect(serious).toEqual([]);
  });

  test("Back to list, and the language toggle switches to Korean and back", async () => {
    const { page } = pane;
    await step(pane, "toggle", async () => {
      await page.getByRole("button", { name: "Back to list", exact: true }).click();
      await page.getByLabel("Search programs", { exact: true }).waitFor({ state: "visible" });
      await page.getByRole("button", { name: "한국어", exact: true }).click();
      await page.getByLabel("사업 검색", { exact: true }).waitFor({ state: "visible" });
      await page.getByRole("button", { name: "English", exact: true }).click();
      await page.getByLabel("Search programs", { exact: true }).waitFor({ state: "visible" });
    });
  });

  test("no uncaught errors, no foreign requests", () => {
    assertOnlyOwnRequests(pane);
    expect(seriousProblems(pane)).toEqual([]);
  });
});
