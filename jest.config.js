/**
 * Test projects:
 * - unit: the engine, catalog, functions adapters, manifest and Excel code (office-addin-mock), in Node.
 * - dom: React components with @testing-library/react, in jsdom.
 * - workbook: whole budget sheets in HyperFormula with the SF functions registered as a plugin.
 * - e2e: the production build in headless Chromium (needs `npm run build` first; `npm test` does it).
 */
const tsJest = [
  "ts-jest",
  { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true }, diagnostics: { warnOnly: false } },
];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  setupFiles: ["<rootDir>/test/fixtures/custom-functions-global.ts"],
  moduleNameMapper: {
    // office-addin-mock only needs the OfficeApp enum from office-addin-manifest, whose ESM-only
    // dependencies jest cannot load.
    "^office-addin-manifest$": "<rootDir>/test/fixtures/office-addin-manifest-stub.js",
  },
};

module.exports = {
  projects: [
    { ...common, displayName: "unit", testEnvironment: "node", testMatch: ["<rootDir>/test/unit/**/*.test.ts"] },
    { ...common, displayName: "dom", testEnvironment: "jsdom", testMatch: ["<rootDir>/test/unit/**/*.test.tsx"] },
    { ...common, displayName: "workbook", testEnvironment: "node", testMatch: ["<rootDir>/test/workbook/**/*.test.ts"] },
    { ...common, displayName: "e2e", testEnvironment: "node", testMatch: ["<rootDir>/test/e2e/**/*.test.ts"] },
  ],
};
