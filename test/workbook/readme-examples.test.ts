import fs from "node:fs";
import path from "node:path";
import { HyperFormula, type CellValue } from "hyperformula";
import { functionsFromSource, registerSfPlugin } from "../fixtures/sf-hyperformula";

/**
 * The README's worked examples are evaluated as written: each row of the table under "Worked
 * examples" holds a formula and the result it must give (a number with thousands separators, a
 * row separated by │, text, or an Excel error).
 */
const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
const section = readme.slice(readme.indexOf("### Worked examples"));
const rows = [...section.matchAll(/^\| `(=SF\.[^`]+)` \| `([^`]+)` \|/gm)].map((m) => ({ formula: m[1], expected: m[2] }));

function parseExpected(text: string): CellValue[] {
  return text.split("│").map((part) => {
    const t = part.trim();
    if (/^-?[0-9][0-9,]*(\.[0-9]+)?$/.test(t)) return Number(t.replace(/,/g, ""));
    return t;
  });
}

function shown(value: CellValue): CellValue {
  if (value !== null && typeof value === "object" && "value" in value) return (value as { value: string }).value; // an error: "#N/A"
  return value;
}

let hf: HyperFormula;
beforeAll(async () => {
  registerSfPlugin(await functionsFromSource());
  hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  hf.addSheet("Examples");
});
afterAll(() => hf.destroy());

describe("README worked examples", () => {
  it("finds the examples", () => {
    expect(rows.length).toBeGreaterThanOrEqual(15);
  });

  it.each(rows)("$formula → $expected", ({ formula, expected }) => {
    hf.setSheetContent(0, [[formula]]);
    const want = parseExpected(expected);
    const got = want.map((_, col) => shown(hf.getCellValue({ sheet: 0, row: 0, col })));
    expect(got).toEqual(want);
  });
});
