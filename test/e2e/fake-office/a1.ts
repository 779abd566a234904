/**
 * A1 addresses for the fake Excel host: "Sheet1!B3", "Sheet1!B3:I10", "$B$3", "'Sheet1'!A1".
 * Rows and columns are zero-based inside; Excel's limits apply (1,048,576 rows, 16,384 columns).
 */
export const SHEET_NAME = "Sheet1";
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, zero-based and inclusive. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

function parseCell(text: string): { row: number; col: number } {
  const m = CELL.exec(text);
  if (!m) throw new Error(`fake Excel: cannot read the cell address "${text}" (use A1 style, e.g. B3)`);
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLUMNS) throw new Error(`fake Excel: "${text}" is outside the sheet`);
  return { row, col };
}

/** Parses "Sheet1!B3:I10", "B3", "'Sheet1'!$B$3"; any sheet other than Sheet1 is an error. */
export function parseAddress(address: string): Rect {
  const text = address.trim();
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    const sheet = text.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    if (sheet !== SHEET_NAME) throw new Error(`fake Excel: the workbook has only "${SHEET_NAME}", not "${sheet}" (${address})`);
  }
  const [a, b] = text.slice(bang + 1).split(":");
  const start = parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  const row = Math.min(start.row, end.row);
  const col = Math.min(start.col, end.col);
  return { row, col, rows: Math.abs(end.row - start.row) + 1, cols: Math.abs(end.col - start.col) + 1 };
}

export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** The address Excel reports: "Sheet1!B3" for one cell, "Sheet1!B3:I10" for more. */
export function formatAddress(rect: Rect): string {
  const first = cellAddress(rect.row, rect.col);
  if (rect.rows === 1 && rect.cols === 1) return `${SHEET_NAME}!${first}`;
  return `${SHEET_NAME}!${first}:${cellAddress(rect.row + rect.rows - 1, rect.col + rect.cols - 1)}`;
}

export function inSheet(rect: Rect): boolean {
  return (
    Number.isInteger(rect.row) &&
    Number.isInteger(rect.col) &&
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.rows >= 1 &&
    rect.cols >= 1 &&
    rect.row + rect.rows <= MAX_ROWS &&
    rect.col + rect.cols <= MAX_COLUMNS
  );
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
