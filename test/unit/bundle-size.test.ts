import path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BUDGETS, measureBundles } = require("../../scripts/bundle-sizes.cjs");

/** Size budgets on the production build (`npm test` builds first). */
describe("bundle sizes (gzip -9)", () => {
  const sizes = measureBundles(path.join(__dirname, "../../dist"));

  it("functions.js stays within 25 KB", () => {
    expect(sizes.functions_gzip_bytes).toBeGreaterThan(1_000);
    expect(sizes.functions_gzip_bytes).toBeLessThanOrEqual(BUDGETS.functions_gzip_bytes);
  });

  it("everything taskpane.html loads at start stays within 120 KB", () => {
    expect(sizes.taskpane_scripts).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    expect(sizes.taskpane_gzip_bytes).toBeLessThanOrEqual(BUDGETS.taskpane_gzip_bytes);
  });
});
