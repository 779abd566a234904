/**
 * The load measurement the benchmark uses (harness.measureLoad) works on the production build:
 * a few cold loads give plausible times. The benchmark itself (10 loads, medians) is `npm run bench`.
 */
import { closeHarness, measureLoads } from "./harness";

jest.setTimeout(180_000);

afterAll(async () => {
  await closeHarness();
});

test("measureLoad reports when the functions are registered and the catalog is painted", async () => {
  const { runs, median } = await measureLoads(3);
  console.log(`3 cold loads: ${runs.map((r) => `functions ${r.functionsReadyMs.toFixed(0)} ms, catalog ${r.catalogRenderedMs.toFixed(0)} ms`).join("; ")}`);
  for (const r of runs) {
    expect(r.functionsReadyMs).toBeGreaterThan(0);
    expect(r.catalogRenderedMs).toBeGreaterThan(0);
    expect(r.functionsReadyMs).toBeLessThan(10_000);
    expect(r.catalogRenderedMs).toBeLessThan(10_000);
  }
  // functions.js runs before taskpane.js, so the functions are in before the list is painted.
  expect(median.functionsReadyMs).toBeLessThan(median.catalogRenderedMs);
});
