/**
 * Steps and checks for the task pane test, written against the UI contract (accessible names and
 * data-testids agreed with the task pane; see test/e2e/taskpane.test.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Locator, Page } from "playwright-core";
import type { CellReading, DumpedCell, FakeExcelApi } from "./fake-office/api-types";
import { ROOT, type Pane } from "./harness";

export const SCREENSHOTS = path.join(ROOT, "docs", "screenshots");

/** 스마트공장 구축 및 고도화 in the 2022 notice (seed table): government share and cap per tier. */
export const SMART_FACTORY = "스마트공장 구축 및 고도화";
export const SEED_SMART_FACTORY: Record<string, { pct: number; cap: number; en: string }> = {
  기초: { pct: 50, cap: 50_000_000, en: "Basic" },
  고도화1: { pct: 50, cap: 200_000_000, en: "Advanced 1" },
  고도화2: { pct: 50, cap: 400_000_000, en: "Advanced 2" },
};

/** The seed's rule for a two-party program: min(floor(cost × share), cap); the company pays the rest. */
export function expectedSplit(tier: string, cost: number): { gov: number; large: number; sme: number } {
  const seed = SEED_SMART_FACTORY[tier];
  if (!seed) throw new Error(`no seed numbers typed for tier "${tier}" of ${SMART_FACTORY}`);
  const gov = Math.min(Math.floor((cost * seed.pct) / 100), seed.cap);
  return { gov, large: 0, sme: cost - gov };
}

export const won = (n: number) => n.toLocaleString("en-US");

/** What went on in the page: appended to failures so that a red test says why. */
export async function diagnostics(pane: Pane): Promise<string> {
  let fake = "";
  try {
    fake = await pane.page.evaluate(() => {
      const fx = (window as unknown as { __fakeExcel?: FakeExcelApi }).__fakeExcel;
      if (!fx) return "no fake Excel in the page";
      return [
        `Excel.run: ${fx.runsStarted} started, ${fx.runsFinished} finished; syncs: ${fx.syncCount} round trips, ${fx.syncCalls} calls`,
        `run errors: ${JSON.stringify(fx.runErrors)}`,
        `unimplemented: ${JSON.stringify(fx.unimplemented)}`,
        `API log (last 40): ${fx.log.slice(-40).join(" | ")}`,
      ].join("\n");
    });
  } catch (e) {
    fake = `(could not read the fake host: ${(e as Error).message})`;
  }
  let status = "";
  try {
    // By attribute: a role query would miss a status line inside something aria-hidden.
    status = (await pane.page.locator('[role="status"]').allTextContents()).join(" / ");
  } catch {
    // no status line
  }
  return [`status line: ${JSON.stringify(status)}`, fake, `page problems: ${JSON.stringify(pane.problems.slice(-20), null, 1)}`].join("\n");
}

/** Runs a step; a failure carries the page's diagnostics. */
export async function step<T>(pane: Pane, name: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    const e = error as Error;
    const frames = (e.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l));
    e.message = `[${name}] ${e.message}\n--- diagnostics ---\n${await diagnostics(pane)}`;
    e.stack = [`${e.name}: ${e.message}`, ...frames].join("\n"); // jest prints the stack
    throw e;
  }
}

/** Waits until the locator's text satisfies `ok`; fails with the last text seen. */
export async function waitForText(locator: Locator, ok: (text: string) => boolean, what: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = "(not found)";
  while (Date.now() < deadline) {
    try {
      last = (await locator.textContent({ timeout: 1_000 })) ?? "";
      if (ok(last)) return last;
    } catch {
      // not there yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: not satisfied within ${timeoutMs} ms; last text: ${JSON.stringify(last)}`);
}

/** A formatted amount as a whole token: "150,000,000" but not inside "1,150,000,000". */
export function hasAmount(text: string, amount: number): boolean {
  return new RegExp(`(?<![\\d,.])${won(amount)}(?![\\d,])`).test(text);
}

export async function waitForAmount(page: Page, testId: string, amount: number): Promise<string> {
  return waitForText(page.getByTestId(testId), (t) => hasAmount(t, amount), `data-testid="${testId}" should show ${won(amount)}`);
}

/** Picks an option in a native <select> or an ARIA combobox, by the first of `names` it offers. */
export async function choose(page: Page, label: string, names: string[]): Promise<string> {
  // A native <select> and an ARIA combobox (Fluent Dropdown) both have the role combobox.
  const control = page.getByRole("combobox", { name: label, exact: true });
  await control.waitFor({ state: "visible" });
  const tag = await control.evaluate((el) => el.tagName);
  const pick = (options: string[]) => {
    const trimmed = options.map((o) => o.trim());
    for (const name of names) {
      const exact = trimmed.find((o) => o === name);
      if (exact !== undefined) return exact;
    }
    for (const name of names) {
      const prefixed = trimmed.find((o) => o.startsWith(`${name} `) || o.startsWith(`${name}(`) || o.startsWith(`${name}:`));
      if (prefixed !== undefined) return prefixed;
    }
    throw new Error(`"${label}" offers ${JSON.stringify(trimmed)}, none of ${JSON.stringify(names)}`);
  };
  if (tag === "SELECT") {
    const chosen = pick(await control.locator("option").allTextContents());
    await control.selectOption({ label: chosen });
    return chosen;
  }
  await control.click();
  const listbox = page.getByRole("option");
  await listbox.first().waitFor({ state: "visible" });
  const chosen = pick(await listbox.allTextContents());
  await page.getByRole("option", { name: chosen, exact: true }).click();
  return chosen;
}

/** The <input> with this accessible name (not a section or group labelled the same). */
export function inputNamed(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true }).and(page.locator("input"));
}

/** Types a cost into the cost input the way a user would, and leaves the field. */
export async function enterCost(page: Page, label: string, cost: number): Promise<Locator> {
  const input = inputNamed(page, label);
  await input.fill(String(cost));
  await input.blur();
  return input;
}

/** The program-item for a program, by the Korean official name in its button. */
export function programButton(page: Page, koreanName: string): Locator {
  return page
    .getByTestId("program-item")
    .filter({ hasText: koreanName })
    .getByRole("button", { name: new RegExp(koreanName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })
    .first();
}

export async function openProgram(page: Page, koreanName: string, headingName: string | RegExp = koreanName): Promise<void> {
  await programButton(page, koreanName).click();
  await page.getByRole("heading", { level: 2, name: headingName }).waitFor({ state: "visible" });
}

/** axe in the page; the serious and critical violations, described one a line. */
export async function seriousAxeViolations(page: Page, exclude: string[] = []): Promise<{ all: string[]; serious: string[] }> {
  let builder = new AxeBuilder({ page });
  for (const e of exclude) builder = builder.exclude(e);
  const result = await builder.analyze();
  const describe = (v: (typeof result.violations)[number]) =>
    `${v.impact}: ${v.id} — ${v.help} (${v.nodes.length} nodes: ${v.nodes
      .slice(0, 5)
      .map((n) => `${n.target.join(" ")} → ${n.failureSummary?.replace(/\s+/g, " ")}`)
      .join("; ")})`;
  return {
    all: result.violations.map(describe),
    serious: result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map(describe),
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, name);
  await page.screenshot({ path: file, animations: "disabled" });
  return file;
}

// ---- The fake workbook from the test's side ---------------------------------------------------

export const select = (page: Page, address: string) => page.evaluate((a) => (window as unknown as { __fakeExcel: FakeExcelApi }).__fakeExcel.select(a), address);
export const setCell = (page: Page, address: string, value: string | number) =>
  page.evaluate(([a, v]) => (window as unknown as { __fakeExcel: FakeExcelApi }).__fakeExcel.setCell(a as string, v), [address, value] as const);
export const getValue = (page: Page, address: string): Promise<CellReading> =>
  page.evaluate((a) => (window as unknown as { __fakeExcel: FakeExcelApi }).__fakeExcel.getValue(a), address);
export const dump = (page: Page): Promise<DumpedCell[]> => page.evaluate(() => (window as unknown as { __fakeExcel: FakeExcelApi }).__fakeExcel.dump());
export const counters = (page: Page) =>
  page.evaluate(() => {
    const f = (window as unknown as { __fakeExcel: FakeExcelApi }).__fakeExcel;
    return { syncCount: f.syncCount, runsStarted: f.runsStarted, runsFinished: f.runsFinished };
  });

/** Waits until no Excel.run is in flight and at least `after` have finished. */
export async function excelIdle(page: Page, after: number, timeoutMs = 10_000): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const f = (window as unknown as { __fakeExcel: FakeExcelApi }).__fakeExcel;
      return f.runsFinished >= n && f.runsStarted === f.runsFinished;
    },
    after,
    { timeout: timeoutMs },
  );
}

/** The budget table's layout, found from its header row (the row holding "총사업비"). */
export interface BudgetTable {
  headerRow: number;
  firstCol: number;
  lastCol: number;
  /** header text → column index */
  columns: Record<string, number>;
  cells: DumpedCell[];
}

export function findBudgetTable(cells: DumpedCell[], required: string[]): BudgetTable {
  const anchor = cells.find((c) => typeof c.value === "string" && c.value.trim() === "총사업비");
  if (!anchor) throw new Error(`no header cell "총사업비" in the sheet; cells: ${JSON.stringify(cells.map((c) => [c.address, c.value]))}`);
  const header = cells.filter((c) => c.row === anchor.row && typeof c.value === "string");
  const columns: Record<string, number> = {};
  for (const name of required) {
    const exact = header.find((c) => (c.value as string).trim() === name);
    const loose = exact ?? header.find((c) => (c.value as string).trim().startsWith(name));
    if (!loose) throw new Error(`the header row (row ${anchor.row + 1}) has no "${name}": ${JSON.stringify(header.map((c) => c.value))}`);
    columns[name] = loose.col;
  }
  return {
    headerRow: anchor.row,
    firstCol: Math.min(...header.map((c) => c.col)),
    lastCol: Math.max(...header.map((c) => c.col)),
    columns,
    cells,
  };
}

/** Scrolls the calculator (data-testid="calculator", else the results) to the top of the pane. */
export async function showCalculator(page: Page): Promise<void> {
  const calculator = page.getByTestId("calculator");
  const target = (await calculator.count()) > 0 ? calculator.first() : page.getByTestId("amount-gov");
  await target.evaluate((el) => el.scrollIntoView({ block: "start" }));
}
