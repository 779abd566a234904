// ESLint 9 flat config: typescript-eslint's recommended rules everywhere, React hooks rules in the
// task pane. Type checking itself is `tsc --noEmit` (the second half of `npm run lint`).
import { defineConfig } from "eslint/config";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["dist/", "node_modules/", "coverage/", "bench/out/", "test-results/", "**/*.generated.js"] },
  tseslint.configs.recommended,
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "test/**/*.tsx"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Node-side CommonJS: config files and the .cjs helpers.
    files: ["**/*.cjs", "*.config.js", "test/fixtures/**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
);
