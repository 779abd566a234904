/**
 * Pure helpers for what the task pane writes into Excel: SF formula strings, A1 addresses and the
 * budget table's cells. No Office calls here (0 syncs), so everything is testable in Node.
 *
 * Formula strings use English separators (","), quote text in double quotes and double any quote
 * inside, e.g. =SF.SUBSIDY("스마트공장 구축 및 고도화","고도화1",B5). A single-tier program's tier is "".
 */
import { DEFAULT_YEAR, type Unit } from "../../engine";

export type SfFunction = "SUBSIDY" | "SPLIT" | "SHARE" | "CAP";
export const SF_FUNCTIONS: readonly SfFunction[] = ["SUBSIDY", "SPLIT", "SHARE", "CAP"];

/** Party names SF.SHARE takes. */
export type Party = "정부" | "대기업" | "중소";
export const PARTIES: readonly Party[] = ["정부", "대기업", "중소"];

export interface FormulaSpec {
  fn: SfFunction;
  /** Official Korean program name. */
  program: string;
  /** Korean tier name; "" for a single-tier program. */
  tier: string;
  /** A1 reference of the total cost (not needed by CAP). */
  costCell?: string;
  /** SHARE only (default 정부). */
  party?: Party;
  /** Unit of the cost cell and of the result; 원 (the default) is left out of the formula. */
  unit?: Unit;
  /** SPLIT only: the large company's share as a fraction (대중소 상생형). */
  largeShare?: number | null;
  /**
   * Catalog year: written when it is not the default year (2022), or when a later argument needs
   * the slot (SPLIT with largeShare). A skipped unit before it is left empty: …,B5,,2031).
   */
  year?: number;
}

/** A text argument: "…" with embedded quotes doubled. */
export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** 0 → A, 25 → Z, 26 → AA, 16383 → XFD. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address (no sheet) of a 0-based row and column: (4, 1) → "B5". */
export function cellAddress(rowIndex: number, colIndex: number): string {
  return `${columnLetter(colIndex)}${rowIndex + 1}`;
}

/** The cell left of (row, col), or null in column A. */
export function leftNeighbour(rowIndex: number, colIndex: number): string | null {
  return colIndex > 0 ? cellAddress(rowIndex, colIndex - 1) : null;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const CELL_REF = /^(?:((?:'(?:[^']|'')+')|[^\s!'"()[\]{},;:]+)!)?(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})$/u;

/**
 * A single-cell reference as the user typed it, tidied ("b5" → "B5", "$b$5" → "$B$5",
 * "Sheet1!b5" → "Sheet1!B5"), or null when it is not one cell inside the sheet's bounds.
 */
export function parseCellRef(text: string): string | null {
  const m = CELL_REF.exec(text.normalize("NFKC").trim());
  if (!m) return null;
  const [, sheet, colAbs, letters, rowAbs, digits] = m;
  const row = Number(digits);
  if (row < 1 || row > MAX_ROW || columnIndex(letters) >= MAX_COL) return null;
  return `${sheet ? `${sheet}!` : ""}${colAbs}${letters.toUpperCase()}${rowAbs}${row}`;
}

/** "Sheet1!C5" → ["Sheet1", "C5"]; "C5" → [null, "C5"]; quotes of a quoted sheet name removed. */
export function splitAddress(address: string): [string | null, string] {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return [null, address];
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return [sheet, address.slice(bang + 1)];
}

/** Whether a cost-cell reference names the (single) cell at `address` (as Excel reports it, with its sheet). */
export function refersTo(costCell: string, address: string): boolean {
  const [refSheet, refCell] = splitAddress(costCell);
  const [sheet, cell] = splitAddress(address);
  const bare = (a: string) => a.replace(/\$/g, "").toUpperCase().split(":")[0];
  if (refSheet !== null && sheet !== null && refSheet.toUpperCase() !== sheet.toUpperCase()) return false;
  return bare(refCell) === bare(cell);
}

/** The year argument: "" for the default year (left out of formulas), else the year. */
function yearArg(year: number | undefined): string {
  return year === undefined || year === DEFAULT_YEAR ? "" : String(year);
}

/** The formula for a spec. Throws an Error when a cost cell is needed and is not a cell reference. */
export function buildFormula(spec: FormulaSpec): string {
  const args = [excelString(spec.program), excelString(spec.tier)];
  if (spec.fn !== "CAP") {
    const cell = parseCellRef(spec.costCell ?? "");
    if (cell === null) throw new Error(`not a cell reference: "${spec.costCell ?? ""}"`);
    args.push(cell);
  }
  if (spec.fn === "SHARE") args.push(excelString(spec.party ?? "정부"));
  const unit = spec.unit ?? "원";
  const year = yearArg(spec.year);
  if (spec.fn === "SPLIT" && spec.largeShare !== undefined && spec.largeShare !== null) {
    args.push(excelString(unit), String(spec.year ?? DEFAULT_YEAR), String(spec.largeShare));
  } else if (year !== "") {
    args.push(unit === "원" ? "" : excelString(unit), year);
  } else if (unit !== "원") {
    args.push(excelString(unit));
  }
  return `=SF.${spec.fn}(${args.join(",")})`;
}

/** How many cells hold something: a formula or a value other than "" (null/undefined count as empty). */
export function countNonEmpty(formulas: unknown[][] | undefined, values?: unknown[][]): number {
  const rows = Math.max(formulas?.length ?? 0, values?.length ?? 0);
  let count = 0;
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(formulas?.[r]?.length ?? 0, values?.[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) {
      const f = formulas?.[r]?.[c];
      const v = values?.[r]?.[c];
      const filled = (x: unknown) => x !== undefined && x !== null && x !== "";
      if (filled(f) || filled(v)) count++;
    }
  }
  return count;
}

// ── The budget table ─────────────────────────────────────────────────────────────────────────
//
// Written from the selection's top-left cell, 8 columns wide and rows + 2 tall:
//
//   row 0          header   항목 | 사업명 | 지원유형 | 총사업비 | 정부 | 대기업 | 중소·중견 | 비고
//   rows 1 … N     items    항목 i | program | tier | 0 (input) | =SF.SHARE(B,C,D,"정부") | …"대기업" | …"중소" | ""
//                           (a year other than 2022 is passed too: =SF.SHARE(B,C,D,"정부",,2031))
//   row N + 1      totals   합계 | | | =SUM(D…) | =SUM(E…) | =SUM(F…) | =SUM(G…) | 단위: 원
//
// The header and item rows become an Excel table; the totals row sits under it. The money columns
// (총사업비 … 중소·중견) of the item and totals rows get the number format #,##0 (#,##0.00 for
// sheets kept in 백만원 or 억원, whose amounts have decimals).

export const BUDGET_HEADERS = ["항목", "사업명", "지원유형", "총사업비", "정부", "대기업", "중소·중견", "비고"] as const;
export const BUDGET_COLUMNS = BUDGET_HEADERS.length;
/** First money column (총사업비) and how many money columns there are. */
export const MONEY_FIRST_COLUMN = 3;
export const MONEY_COLUMN_COUNT = 4;
export const MIN_ROWS = 1;
export const MAX_ROWS = 200;
export const TABLE_STYLE = "TableStyleMedium2";

export interface BudgetTableSpec {
  program: string;
  tier: string;
  /** Number of item rows, 1 … 200. */
  rows: number;
  unit?: Unit;
  /** Catalog year; a year other than 2022 is passed to every SF.SHARE (…,"정부",,2031). */
  year?: number;
}

export function moneyFormat(unit: Unit = "원"): string {
  return unit === "백만원" || unit === "억원" ? "#,##0.00" : "#,##0";
}

/** The (rows + 2) × 8 cells of the budget table anchored at a 0-based row and column. */
export function budgetTableCells(spec: BudgetTableSpec, rowIndex: number, colIndex: number): (string | number)[][] {
  const unit = spec.unit ?? "원";
  const col = (offset: number) => columnLetter(colIndex + offset);
  const year = yearArg(spec.year);
  const unitArg = (unit === "원" ? (year ? "," : "") : `,${excelString(unit)}`) + (year ? `,${year}` : "");
  const firstItem = rowIndex + 2; // A1 row number of the first item row
  const lastItem = rowIndex + 1 + spec.rows;
  const cells: (string | number)[][] = [[...BUDGET_HEADERS]];
  for (let i = 0; i < spec.rows; i++) {
    const r = firstItem + i;
    const args = `${col(1)}${r},${col(2)}${r},${col(3)}${r}`;
    const share = (party: Party) => `=SF.SHARE(${args},${excelString(party)}${unitArg})`;
    cells.push([`항목 ${i + 1}`, spec.program, spec.tier, 0, share("정부"), share("대기업"), share("중소"), ""]);
  }
  const sum = (offset: number) => `=SUM(${col(offset)}${firstItem}:${col(offset)}${lastItem})`;
  cells.push(["합계", "", "", sum(3), sum(4), sum(5), sum(6), `단위: ${unit}`]);
  return cells;
}

/** A rows × cols array filled with one value. */
export function filled<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

/** A whole number of rows within 1 … 200, or null. */
export function parseRows(text: string): number | null {
  const t = text.normalize("NFKC").trim();
  if (!/^[0-9]{1,3}$/.test(t)) return null;
  const n = Number(t);
  return n >= MIN_ROWS && n <= MAX_ROWS ? n : null;
}
