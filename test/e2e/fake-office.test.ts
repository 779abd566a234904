/**
 * The fake Office host itself, in Chromium, on a bare page (the fake office.js and dist/functions.js,
 * no task pane): it must behave like Office.js where the task pane test relies on it — queued
 * writes, PropertyNotLoaded, one round trip per non-empty sync, objects dying with their
 * Excel.run, loud errors outside the subset — and compute SF functions in cells.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import type { FakeExcelApi, SfAssociation } from "./fake-office/api-types";
import { DIST, OFFICE_JS_URL, launchBrowser, openPane, startServer, type Pane, type StaticServer } from "./harness";

jest.setTimeout(180_000);

const BARE_PAGE = `<!doctype html><html><head><meta charset="utf-8">
<script src="${OFFICE_JS_URL}"></script><script src="functions.js"></script></head><body>bare</body></html>`;

let browser: Browser;
let server: StaticServer;
let pane: Pane;

/** Runs `body` in the page with Excel, OfficeExtension and __fakeExcel in scope. */
type InPage = { Excel: typeof Excel; fx: FakeExcelApi; OfficeExtension: typeof OfficeExtension };

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "functions.js"))) throw new Error("dist/functions.js is missing: run `npm run build` first (npm test does)");
  browser = await launchBrowser();
  server = await startServer(DIST, { "/fake-host.html": BARE_PAGE });
  pane = await openPane(browser, server, { path: "/fake-host.html", waitForCatalog: false });
});

afterAll(async () => {
  await pane?.close();
  await browser?.close();
  await server?.close();
});

async function inPage<T>(body: (g: InPage) => Promise<T> | T): Promise<T> {
  const source = body.toString();
  return pane.page.evaluate(async (src) => {
    const w = window as unknown as { Excel: unknown; __fakeExcel: unknown; OfficeExtension: unknown };
    // The test's own function, rebuilt in the page (this bare page has no CSP).
    const fn = (0, eval)(`(${src})`) as (g: unknown) => unknown;
    return fn({ Excel: w.Excel, fx: w.__fakeExcel, OfficeExtension: w.OfficeExtension });
  }, source) as Promise<T>;
}

test("CustomFunctions.associate records every SF function with its time", async () => {
  const associated = await pane.page.evaluate(() => (window as unknown as { __sfAssociated: SfAssociation[] }).__sfAssociated);
  const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as { functions: Array<{ id: string }> };
  expect(associated.map((a) => a.id).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  for (const a of associated) expect(a.at).toBeGreaterThan(0);
});

test("Office.onReady resolves Excel on the web; displayLanguage defaults to ko-KR", async () => {
  const result = await pane.page.evaluate(async () => {
    const info = await Office.onReady();
    return { info, language: Office.context.displayLanguage, supported: Office.context.requirements.isSetSupported("ExcelApi", "1.12") };
  });
  expect(result).toEqual({ info: { host: "Excel", platform: "OfficeOnline" }, language: "ko-KR", supported: true });
});

test("properties need load and sync; writes wait for sync; one round trip per non-empty sync", async () => {
  const r = await inPage(async ({ Excel, fx }) => {
    fx.select("Sheet1!B3");
    const before = fx.syncCount;
    return Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      const errors: string[] = [];
      try {
        void range.address;
      } catch (e) {
        errors.push((e as { code: string }).code);
      }
      range.load("address, rowIndex, columnIndex");
      try {
        void range.address;
      } catch (e) {
        errors.push((e as { code: string }).code);
      }
      await context.sync();
      await context.sync(); // empty: no round trip
      const out = { address: range.address, row: range.rowIndex, col: range.columnIndex };
      const block = range.getResizedRange(1, 2);
      block.values = [
        [1, 2, "=B3+C3"],
        [3, 4, "=SUM(B3:C4)"],
      ];
      block.numberFormat = [["#,##0", "#,##0", "#,##0"], ["#,##0", "#,##0", "#,##0"]];
      block.format.font.bold = true;
      const beforeSync = fx.getValue("Sheet1!D4");
      block.load(["address", "values", "formulas"]);
      await context.sync();
      return {
        errors,
        out,
        beforeSync,
        blockAddress: block.address,
        values: block.values,
        formulas: block.formulas,
        rounds: fx.syncCount - before,
        calls: fx.syncCalls,
        format: fx.getNumberFormat("Sheet1!D4"),
        bold: fx.isBold("Sheet1!C3"),
      };
    });
  });
  expect(r.errors).toEqual(["PropertyNotLoaded", "PropertyNotLoaded"]);
  expect(r.out).toEqual({ address: "Sheet1!B3", row: 2, col: 1 });
  expect(r.beforeSync).toBeNull();
  expect(r.blockAddress).toBe("Sheet1!B3:D4");
  expect(r.values).toEqual([
    [1, 2, 3],
    [3, 4, 10],
  ]);
  expect(r.formulas).toEqual([
    [1, 2, "=B3+C3"],
    [3, 4, "=SUM(B3:C4)"],
  ]);
  expect(r.rounds).toBe(2);
  expect(r.format).toBe("#,##0");
  expect(r.bold).toBe(true);
});

test("offsets, cells and indexes resolve like Excel; a single value fills a range", async () => {
  const r = await inPage(async ({ Excel, fx }) => {
    fx.select("Sheet1!C5");
    return Excel.run(async (context) => {
      const sel = context.workbook.getSelectedRange();
      const a = sel.getOffsetRange(1, -1).load("address");
      const b = sel.getCell(2, 3).load("address");
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const c = sheet.getRangeByIndexes(9, 0, 2, 3).load("address, rowCount, columnCount");
      const d = sel.worksheet.getRangeByIndexes(20, 20, 1, 1).load("address");
      c.values = 7 as unknown as number[][];
      c.load("values");
      await context.sync();
      return { a: a.address, b: b.address, c: c.address, size: [c.rowCount, c.columnCount], d: d.address, values: c.values };
    });
  });
  expect(r).toEqual({ a: "Sheet1!B6", b: "Sheet1!F7", c: "Sheet1!A10:C11", size: [2, 3], d: "Sheet1!U21", values: [[7, 7, 7], [7, 7, 7]] });
});

test("a wrong-sized array rejects the sync with InvalidArgument", async () => {
  const r = await inPage(async ({ Excel }) =>
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(30, 0, 2, 2);
      range.values = [[1, 2, 3]];
      try {
        await context.sync();
        return "synced";
      } catch (e) {
        const error = e as { code: string; debugInfo: { errorLocation: string } };
        return `${error.code} at ${error.debugInfo.errorLocation}`;
      }
    }),
  );
  expect(r).toBe("InvalidArgument at Range.values");
});

test("anything outside the subset throws a clear error and is recorded", async () => {
  const r = await inPage(async ({ Excel, fx }) => {
    const before = fx.unimplemented.length;
    const messages: string[] = [];
    await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      for (const attempt of [
        () => (range as unknown as { select(): void }).select(),
        () => range.load("text"),
        () => ((range.format as unknown as { fill: { color: string } }).fill.color = "red"),
        () => context.workbook.worksheets.getItem("Sheet1"),
      ]) {
        try {
          attempt();
          messages.push("no error");
        } catch (e) {
          messages.push((e as Error).message);
        }
      }
    });
    return { messages, recorded: fx.unimplemented.length - before };
  });
  expect(r.recorded).toBe(4);
  for (const m of r.messages) expect(m).toMatch(/^fake Excel: .* is not implemented/);
  expect(r.messages[0]).toContain("Range.select");
  expect(r.messages[3]).toContain("WorksheetCollection.getItem");
});

test("proxies die with their Excel.run; the batch's last commands are synced for it", async () => {
  const r = await inPage(async ({ Excel, fx }) => {
    const before = fx.syncCount;
    const range = await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(40, 0, 1, 1);
      cell.values = [["written without sync"]];
      return cell;
    });
    let code = "";
    try {
      range.values = [["late"]];
    } catch (e) {
      code = (e as { code: string }).code;
    }
    return { code, value: fx.getValue("Sheet1!A41"), rounds: fx.syncCount - before };
  });
  expect(r).toEqual({ code: "InvalidObjectPath", value: "written without sync", rounds: 1 });
});

test("tables: add with headers, name and style; an overlapping table is refused", async () => {
  const r = await inPage(async ({ Excel, fx }) => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRangeByIndexes(49, 0, 1, 3).values = [["사업명", "정부", "정부"]];
      const t = sheet.tables.add("Sheet1!A50:C52", true);
      t.name = "예산표";
      t.style = "TableStyleMedium2";
      await context.sync();
    });
    await Excel.run(async (context) => {
      // Written into the header row later, a duplicate is renamed too.
      context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(49, 0, 1, 1).values = [["정부"]];
      await context.sync();
    });
    let refused = "";
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().tables.add(context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(50, 1, 3, 3), true);
        await context.sync();
      });
    } catch (e) {
      refused = (e as Error).message;
    }
    return { tables: fx.tables, headers: [fx.getValue("Sheet1!A50"), fx.getValue("Sheet1!B50"), fx.getValue("Sheet1!C50")], refused };
  });
  expect(r.tables).toEqual([{ name: "예산표", style: "TableStyleMedium2", address: "Sheet1!A50:C52", hasHeaders: true }]);
  expect(r.headers).toEqual(["정부3", "정부", "정부2"]);
  expect(r.refused).toMatch(/overlap/);
});

test("Range.getTables finds tables by address after the sync: overlapping or fully contained, items and getCount", async () => {
  const r = await inPage(async ({ Excel, fx }) => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.tables.add("Sheet1!A60:B61", true); // inside A60:D65
      sheet.tables.add("Sheet1!D64:E66", true); // across its edge
      sheet.tables.add("Sheet1!G60:H61", true); // beside it
      await context.sync();
    });
    const names = fx.tables.slice(-3).map((t) => t.name);
    const before = fx.syncCount;
    const seen = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(59, 0, 6, 4); // A60:D65
      const overlapping = range.getTables(false);
      const inside = range.getTables(true);
      const byDefault = range.getTables();
      overlapping.load("items/name");
      inside.load("items");
      byDefault.load(["items/name"]);
      const count = overlapping.getCount();
      const early: string[] = [];
      for (const read of [() => overlapping.items, () => count.value]) {
        try {
          read();
        } catch (e) {
          early.push((e as { code: string }).code);
        }
      }
      await context.sync();
      let styleNotLoaded = "";
      try {
        void overlapping.items[0].style;
      } catch (e) {
        styleNotLoaded = (e as { code: string }).code;
      }
      return {
        overlapping: overlapping.items.map((t) => t.name),
        inside: inside.items.map((t) => [t.name, t.style]),
        byDefault: byDefault.items.map((t) => t.name),
        count: count.value,
        early,
        styleNotLoaded,
      };
    });
    return { names, seen, rounds: fx.syncCount - before };
  });
  const [a, d] = r.names;
  expect(r.seen).toEqual({
    overlapping: [a, d],
    inside: [[a, "TableStyleMedium2"]],
    byDefault: [a, d],
    count: 2,
    early: ["PropertyNotLoaded", "PropertyNotLoaded"],
    styleNotLoaded: "PropertyNotLoaded",
  });
  expect(r.rounds).toBe(1);
});

test("SF functions compute in cells; an unknown program is #N/A with a message", async () => {
  const r = await inPage(({ fx }) => {
    fx.setCell("Sheet1!K1", '=SF.SUBSIDY("스마트공장 구축 및 고도화","고도화1",500000000)');
    fx.setCell("Sheet1!K2", '=SF.SUBSIDY("없는 사업","고도화1",500000000)');
    fx.setCell("Sheet1!K3", '=SF.SPLIT("스마트공장 구축 및 고도화","고도화1",300000000)');
    return {
      k1: fx.getValue("Sheet1!K1"),
      k2: fx.getValue("Sheet1!K2"),
      split: [fx.getValue("Sheet1!K3"), fx.getValue("Sheet1!L3"), fx.getValue("Sheet1!M3")],
      formula: fx.getFormula("Sheet1!K1"),
    };
  });
  expect(r.k1).toBe(200_000_000);
  expect(r.k2).toMatchObject({ type: "NA", value: "#N/A" });
  expect((r.k2 as { message: string }).message).toContain("없는 사업");
  expect(r.split).toEqual([150_000_000, 0, 150_000_000]);
  expect(r.formula).toBe('=SF.SUBSIDY("스마트공장 구축 및 고도화","고도화1",500000000)');
});

test("the bare page made no request but its own origin and office.js, and logged no errors", () => {
  const foreign = pane.requests.filter((q) => !q.url.startsWith(server.origin) && q.url !== OFFICE_JS_URL);
  expect(foreign).toEqual([]);
  expect(pane.problems.filter((p) => !p.includes("fake Excel:"))).toEqual([]);
});
