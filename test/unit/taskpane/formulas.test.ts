/** Pure helpers behind the insert buttons: formula strings, addresses, the budget table, the cost field. */
import {
  budgetTableCells,
  buildFormula,
  cellAddress,
  columnLetter,
  countNonEmpty,
  excelString,
  leftNeighbour,
  moneyFormat,
  parseCellRef,
  parseRows,
  refersTo,
  splitAddress,
} from "../../../src/taskpane/office/formulas";
import {
  caretAfter,
  formatAmount,
  formatAmountText,
  parseAmountText,
  parsePercentText,
  removeSignificant,
  significantBefore,
} from "../../../src/taskpane/components/amount";
import { telHref } from "../../../src/taskpane/components/summary";

describe("formula strings", () => {
  test("quote text and double embedded quotes", () => {
    expect(excelString('a"b')).toBe('"a""b"');
  });

  test("SUBSIDY / SPLIT / SHARE / CAP", () => {
    const base = { program: "스마트공장 구축 및 고도화", tier: "고도화1", costCell: "B5" };
    expect(buildFormula({ fn: "SUBSIDY", ...base })).toBe('=SF.SUBSIDY("스마트공장 구축 및 고도화","고도화1",B5)');
    expect(buildFormula({ fn: "SPLIT", ...base, unit: "억원" })).toBe('=SF.SPLIT("스마트공장 구축 및 고도화","고도화1",B5,"억원")');
    expect(buildFormula({ fn: "SHARE", ...base, party: "중소" })).toBe('=SF.SHARE("스마트공장 구축 및 고도화","고도화1",B5,"중소")');
    expect(buildFormula({ fn: "SHARE", ...base })).toContain(',"정부")');
    expect(buildFormula({ fn: "CAP", ...base })).toBe('=SF.CAP("스마트공장 구축 및 고도화","고도화1")');
    expect(buildFormula({ fn: "CAP", program: "K-스마트등대공장", tier: "" })).toBe('=SF.CAP("K-스마트등대공장","")');
  });

  test("SPLIT with a large-company share fills the unit and year slots", () => {
    expect(buildFormula({ fn: "SPLIT", program: "대중소 상생형", tier: "기초", costCell: "b5", largeShare: 0.35, year: 2022 })).toBe(
      '=SF.SPLIT("대중소 상생형","기초",B5,"원",2022,0.35)',
    );
  });

  test("a year other than 2022 is passed, leaving a skipped unit empty; 2022 is left out", () => {
    const base = { program: "스마트공장 구축 및 고도화", tier: "고도화1", costCell: "B5" };
    expect(buildFormula({ fn: "SUBSIDY", ...base, year: 2031 })).toBe('=SF.SUBSIDY("스마트공장 구축 및 고도화","고도화1",B5,,2031)');
    expect(buildFormula({ fn: "SUBSIDY", ...base, unit: "억원", year: 2031 })).toBe('=SF.SUBSIDY("스마트공장 구축 및 고도화","고도화1",B5,"억원",2031)');
    expect(buildFormula({ fn: "SHARE", ...base, party: "중소", year: 2031 })).toBe('=SF.SHARE("스마트공장 구축 및 고도화","고도화1",B5,"중소",,2031)');
    expect(buildFormula({ fn: "CAP", program: base.program, tier: base.tier, year: 2031 })).toBe('=SF.CAP("스마트공장 구축 및 고도화","고도화1",,2031)');
    expect(buildFormula({ fn: "SPLIT", ...base, year: 2031 })).toBe('=SF.SPLIT("스마트공장 구축 및 고도화","고도화1",B5,,2031)');
    expect(buildFormula({ fn: "SPLIT", ...base, year: 2031, largeShare: 0.3 })).toBe('=SF.SPLIT("스마트공장 구축 및 고도화","고도화1",B5,"원",2031,0.3)');
    expect(buildFormula({ fn: "SUBSIDY", ...base, year: 2022 })).toBe('=SF.SUBSIDY("스마트공장 구축 및 고도화","고도화1",B5)');
  });

  test("a missing or bad cost cell throws", () => {
    expect(() => buildFormula({ fn: "SUBSIDY", program: "x", tier: "" })).toThrow();
    expect(() => buildFormula({ fn: "SUBSIDY", program: "x", tier: "", costCell: "B0" })).toThrow();
  });
});

describe("addresses", () => {
  test("column letters", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
    expect(cellAddress(4, 1)).toBe("B5");
    expect(leftNeighbour(4, 2)).toBe("B5");
    expect(leftNeighbour(4, 0)).toBeNull();
  });

  test("parseCellRef tidies single-cell references and rejects the rest", () => {
    expect(parseCellRef(" b5 ")).toBe("B5");
    expect(parseCellRef("$b$5")).toBe("$B$5");
    expect(parseCellRef("Sheet1!c10")).toBe("Sheet1!C10");
    expect(parseCellRef("'My sheet'!A1")).toBe("'My sheet'!A1");
    expect(parseCellRef("ｂ５")).toBe("B5");
    for (const bad of ["", "B", "5", "B0", "B5:C6", "XFE1", "A1048577", "=B5", "B5 C5"]) expect(parseCellRef(bad)).toBeNull();
  });

  test("refersTo compares cells, ignoring $ and case, and the sheet when both name one", () => {
    expect(refersTo("C5", "Sheet1!C5")).toBe(true);
    expect(refersTo("$c$5", "Sheet1!C5")).toBe(true);
    expect(refersTo("Sheet2!C5", "Sheet1!C5")).toBe(false);
    expect(refersTo("B5", "Sheet1!C5")).toBe(false);
    expect(splitAddress("'It''s'!A1")).toEqual(["It's", "A1"]);
  });

  test("countNonEmpty counts formulas or values other than empty", () => {
    expect(countNonEmpty([["", "=A1"], [0, ""]], [["", 1], [0, ""]])).toBe(2);
    expect(countNonEmpty([["", ""]], [["", null as unknown as string]])).toBe(0);
    expect(countNonEmpty(undefined, [["x"]])).toBe(1);
  });

  test("parseRows: whole numbers 1–200", () => {
    expect(parseRows("5")).toBe(5);
    expect(parseRows("200")).toBe(200);
    for (const bad of ["0", "201", "2.5", "", "-1", "abc"]) expect(parseRows(bad)).toBeNull();
  });
});

test("budgetTableCells anchors its formulas at the given cell", () => {
  const cells = budgetTableCells({ program: "P", tier: "T", rows: 2 }, 9, 26); // AA10
  expect(cells).toHaveLength(4);
  expect(cells[1]).toEqual(["항목 1", "P", "T", 0, '=SF.SHARE(AB11,AC11,AD11,"정부")', '=SF.SHARE(AB11,AC11,AD11,"대기업")', '=SF.SHARE(AB11,AC11,AD11,"중소")', ""]);
  expect(cells[3]).toEqual(["합계", "", "", "=SUM(AD11:AD12)", "=SUM(AE11:AE12)", "=SUM(AF11:AF12)", "=SUM(AG11:AG12)", "단위: 원"]);
  expect(moneyFormat("원")).toBe("#,##0");
  expect(moneyFormat("천원")).toBe("#,##0");
  expect(moneyFormat("억원")).toBe("#,##0.00");
});

describe("the cost field", () => {
  test("groups thousands as you type", () => {
    expect(formatAmountText("300000000", false)).toBe("300,000,000");
    expect(formatAmountText("3,00000,000", false)).toBe("300,000,000");
    expect(formatAmountText("0012", false)).toBe("12");
    expect(formatAmountText("1.5", false)).toBe("15");
    expect(formatAmountText("1234.5", true)).toBe("1,234.5");
    expect(formatAmountText("5.", true)).toBe("5.");
    expect(formatAmountText(".5", true)).toBe("0.5");
    expect(formatAmountText("１２３４", false)).toBe("1,234");
    expect(formatAmountText("abc", false)).toBe("");
  });

  test("keeps the caret after the same digit", () => {
    // typing a 4th digit at the end of "123" → "1,234", caret at the end
    expect(caretAfter("1,234", significantBefore("1234", 4))).toBe(5);
    // typing "9" after the first digit of "1,234": raw "19,234" with the caret after the 9
    const raw = "19,234";
    expect(caretAfter(formatAmountText(raw, false), significantBefore(raw, 2))).toBe(2);
    // caret in the middle of a regrouped number
    expect(caretAfter("12,345", 3)).toBe(4);
    expect(caretAfter("12,345", 0)).toBe(0);
    expect(removeSignificant("1,234", 0)).toBe(",234");
  });

  test("reads numbers back", () => {
    expect(parseAmountText("")).toBeNull();
    expect(parseAmountText("300,000,000")).toBe(300_000_000);
    expect(parseAmountText("0.42")).toBe(0.42);
    expect(parseAmountText("1.2.3")).toBeNaN();
    expect(formatAmount(150_000_000)).toBe("150,000,000");
    expect(formatAmount(0.42)).toBe("0.42");
    expect(parsePercentText("35")).toBe(0.35);
    expect(parsePercentText("35 %")).toBe(0.35);
    expect(parsePercentText("")).toBeNull();
    expect(parsePercentText("x")).toBeNaN();
  });
});

test("tel: links dial the first number of a range", () => {
  expect(telHref("044-300-0951")).toBe("tel:044-300-0951");
  expect(telHref("053-210-9552~6")).toBe("tel:053-210-9552");
});

test("budgetTableCells passes a year other than 2022 to every SF.SHARE", () => {
  const cells = budgetTableCells({ program: "P", tier: "T", rows: 1, year: 2031 }, 2, 0); // A3
  expect(cells[1].slice(4, 7)).toEqual(['=SF.SHARE(B4,C4,D4,"정부",,2031)', '=SF.SHARE(B4,C4,D4,"대기업",,2031)', '=SF.SHARE(B4,C4,D4,"중소",,2031)']);
  const inEok = budgetTableCells({ program: "P", tier: "T", rows: 1, unit: "억원", year: 2031 }, 2, 0);
  expect(inEok[1][4]).toBe('=SF.SHARE(B4,C4,D4,"정부","억원",2031)');
  expect(budgetTableCells({ program: "P", tier: "T", rows: 1, year: 2022 }, 2, 0)[1][4]).toBe('=SF.SHARE(B4,C4,D4,"정부")');
});
