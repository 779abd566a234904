/**
 * `npm run bench`: speed and size of the add-in, each measured side by side with its baseline in
 * one run (medians of repeated runs), written to bench/results.json with the machine's CPU and
 * Node version. Goals (not asserted here; sizes are asserted in `npm test`):
 *   engine_ratio ≤ 3, workbook_ratio ≤ 1.2, functions_ready_ms < 50, catalog_rendered_ms < 300,
 *   functions_gzip_bytes ≤ 25 KB, taskpane_gzip_bytes ≤ 120 KB.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { HyperFormula } from "hyperformula";
import "../test/fixtures/custom-functions-global";
import { functionsFromSource, registerSfPlugin } from "../test/fixtures/sf-hyperformula";
import { subsidy } from "../src/functions/functions";
import { catalogFor } from "../src/engine";

/** The repository root (this file runs compiled from bench/out/bench/). */
const ROOT = path.resolve(__dirname, "../../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BUDGETS, measureBundles } = require(path.join(ROOT, "scripts/bundle-sizes.cjs"));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Every program/tier pair of the catalog, with the numbers an inline formula would copy. */
const PAIRS = catalogFor(2022).catalog.programs.flatMap((p) =>
  p.tiers.filter((t) => t.maxCostWon === undefined).map((t) => ({ program: p.name, tier: t.name, pct: t.govSharePct, cap: t.capWon })),
);

function engineBench() {
  const N = 1_000_000;
  const programs: string[] = new Array(N);
  const tiers: string[] = new Array(N);
  const costs = new Float64Array(N);
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = 0; i < N; i++) {
    const p = PAIRS[Math.floor(rand() * PAIRS.length)];
    programs[i] = p.program;
    tiers[i] = p.tier;
    costs[i] = Math.floor(rand() * 2_000_000_000);
  }
  // The baseline: what a sheet does by hand, a lookup into a rates table and MIN(ROUNDDOWN(...)).
  const table: Record<string, Record<string, { pct: number; cap: number }>> = {};
  for (const p of PAIRS) (table[p.program] ??= {})[p.tier] = { pct: p.pct, cap: p.cap };
  let sink = 0;
  const viaSf = () => {
    for (let i = 0; i < N; i++) sink += subsidy(programs[i], tiers[i], costs[i]);
  };
  const inline = () => {
    for (let i = 0; i < N; i++) {
      const r = table[programs[i]][tiers[i]];
      sink += Math.min(Math.floor((costs[i] * r.pct) / 100), r.cap);
    }
  };
  viaSf();
  inline(); // warm up both
  const sfTimes: number[] = [];
  const inlineTimes: number[] = [];
  for (let round = 0; round < 7; round++) {
    sfTimes.push(time(viaSf));
    inlineTimes.push(time(inline));
  }
  if (sink === -1) console.log(sink);
  const sfMs = median(sfTimes);
  const inlineMs = median(inlineTimes);
  return { engine_calls_per_s: Math.round(N / (sfMs / 1000)), engine_ratio: round2(sfMs / inlineMs), engine_ms: round2(sfMs), inline_ms: round2(inlineMs) };
}

async function workbookBench() {
  registerSfPlugin(await functionsFromSource());
  const ROWS = 10_000;
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const p = PAIRS[i % PAIRS.length];
    return { program: p.program, tier: p.tier, cost: 10_000_000 + ((i * 7_919_993) % 1_990_000_000) };
  });
  const header = ["사업명", "지원유형", "총사업비", "정부지원금", "정부", "대기업", "중소·중견"];
  const sfSheet = [header, ...rows.map((r, i) => {
    const n = i + 2;
    return [r.program, r.tier, r.cost, `=SF.SUBSIDY(A${n},B${n},C${n})`, `=SF.SPLIT(A${n},B${n},C${n})`, null, null];
  })];
  // Native: a rates table (key, share, cap, adopter max share) and MIN/ROUNDDOWN over VLOOKUP.
  const rates = catalogFor(2022).catalog.programs.flatMap((p) =>
    p.tiers.map((t) => {
      const parties = t.parties ?? p.parties;
      return [`${p.name}|${t.name}`, t.govSharePct / 100, t.capWon, parties.kind === "three-party" ? parties.adopterMaxPct / 100 : 0];
    }),
  );
  const R = `Rates!$A$1:$D$${rates.length}`;
  const nativeSheet = [header, ...rows.map((r, i) => {
    const n = i + 2;
    const key = `A${n}&"|"&B${n}`;
    return [
      r.program,
      r.tier,
      r.cost,
      `=MIN(ROUNDDOWN(C${n}*VLOOKUP(${key},${R},2,FALSE()),0),VLOOKUP(${key},${R},3,FALSE()))`,
      `=MIN(ROUNDDOWN(C${n}*VLOOKUP(${key},${R},2,FALSE()),0),VLOOKUP(${key},${R},3,FALSE()))`,
      `=IF(VLOOKUP(${key},${R},4,FALSE())=0,0,C${n}-E${n}-ROUNDDOWN(C${n}*VLOOKUP(${key},${R},4,FALSE()),0))`,
      `=C${n}-E${n}-F${n}`,
    ];
  })];
  const config = { licenseKey: "gpl-v3", maxRows: 20_000 };
  const sfBook = HyperFormula.buildFromSheets({ Budget: sfSheet }, config);
  const nativeBook = HyperFormula.buildFromSheets({ Budget: nativeSheet, Rates: rates }, config);
  // Both sheets must compute the same numbers, or the comparison means nothing.
  for (const r of [0, 1, 2, 17, ROWS - 1]) {
    for (const c of [3, 4, 5, 6]) {
      const a = sfBook.getCellValue({ sheet: 0, row: r + 1, col: c });
      const b = nativeBook.getCellValue({ sheet: 0, row: r + 1, col: c });
      if (a !== b) throw new Error(`row ${r + 2} col ${c}: SF ${JSON.stringify(a)} ≠ native ${JSON.stringify(b)}`);
    }
  }
  const sfTimes: number[] = [];
  const nativeTimes: number[] = [];
  for (let round = 0; round < 5; round++) {
    sfTimes.push(time(() => sfBook.rebuildAndRecalculate()));
    nativeTimes.push(time(() => nativeBook.rebuildAndRecalculate()));
  }
  sfBook.destroy();
  nativeBook.destroy();
  return { workbook_ratio: round2(median(sfTimes) / median(nativeTimes)), workbook_sf_ms: round2(median(sfTimes)), workbook_native_ms: round2(median(nativeTimes)) };
}

async function browserBench(): Promise<Record<string, number | string>> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const harness = require("../test/e2e/harness") as typeof import("../test/e2e/harness");
    const browser = await harness.launchBrowser();
    const server = await harness.startServer(harness.DIST, harness.BASELINE_FILES);
    try {
      await harness.measureLoad({ browser, server }); // a first load warms the server and the browser, not counted
      const addIn: number[][] = [];
      const floor: number[][] = [];
      // Side by side: each add-in load is followed by a load of the empty baseline page.
      for (let i = 0; i < 10; i++) {
        const a = await harness.measureLoad({ browser, server });
        const b = await harness.measureLoad({ browser, server, path: "/baseline.html" });
        addIn.push([a.functionsReadyMs, a.catalogRenderedMs]);
        floor.push([b.functionsReadyMs, b.catalogRenderedMs]);
      }
      return {
        functions_ready_ms: round2(median(addIn.map((x) => x[0]))),
        functions_ready_baseline_ms: round2(median(floor.map((x) => x[0]))),
        catalog_rendered_ms: round2(median(addIn.map((x) => x[1]))),
        catalog_rendered_baseline_ms: round2(median(floor.map((x) => x[1]))),
      };
    } finally {
      await browser.close();
      await server.close();
    }
  } catch (error) {
    return { browser_error: String(error).slice(0, 300) };
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;

async function main() {
  const sizes = measureBundles(path.join(ROOT, "dist"));
  const results = {
    machine: { cpu: os.cpus()[0]?.model ?? "unknown", cores: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.arch()}` },
    date: new Date().toISOString(),
    ...engineBench(),
    ...(await workbookBench()),
    ...(await browserBench()),
    functions_gzip_bytes: sizes.functions_gzip_bytes,
    taskpane_gzip_bytes: sizes.taskpane_gzip_bytes,
    lazy_chunks_gzip_bytes: sizes.lazy_chunks_gzip_bytes,
  };
  const goals: Record<string, [string, (v: number) => boolean]> = {
    engine_ratio: ["≤ 3", (v) => v <= 3],
    workbook_ratio: ["≤ 1.2", (v) => v <= 1.2],
    functions_ready_ms: ["< 50", (v) => v < 50],
    catalog_rendered_ms: ["< 300", (v) => v < 300],
    functions_gzip_bytes: [`≤ ${BUDGETS.functions_gzip_bytes}`, (v) => v <= BUDGETS.functions_gzip_bytes],
    taskpane_gzip_bytes: [`≤ ${BUDGETS.taskpane_gzip_bytes}`, (v) => v <= BUDGETS.taskpane_gzip_bytes],
  };
  const table = Object.entries(results)
    .filter(([k]) => k !== "machine" && k !== "date")
    .map(([metric, value]) => {
      const goal = goals[metric];
      return { metric, value, goal: goal?.[0] ?? "", met: goal && typeof value === "number" ? (goal[1](value) ? "yes" : "NO") : "" };
    });
  console.log(`${results.machine.cpu} · ${results.machine.cores} cores · Node ${results.machine.node}`);
  console.table(table);
  fs.writeFileSync(path.join(ROOT, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");
  console.log("wrote bench/results.json");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
