/* eslint-disable @typescript-eslint/no-explicit-any -- office-addin-mock objects are untyped */
/**
 * A small Excel for the office/ tests, built from office-addin-mock's OfficeMockObject: every range
 * the code asks for is a mock whose properties must be loaded and synced before they are read.
 * Writes (formulas, numberFormat, bold, tables, autofit) are applied to the sheet only when a
 * context.sync() succeeds, as in Excel, and every sync is counted. `failSync: n` makes the n-th
 * sync reject before anything queued for it is applied (a request that never reached Excel).
 * `tables` are Excel tables already on the sheet: range.getTables(fullyContained) finds them by
 * address (load("items"), load("items/name"), getCount()), and tables.add refuses to overlap one
 * at sync — as Excel does, after applying the commands queued before it.
 */
import { OfficeMockObject } from "office-addin-mock";

type Cell = { formula: string | number; numberFormat: string; bold: boolean };

export interface FakeTable {
  address: string;
  hasHeaders: boolean;
  name?: string;
  style?: string;
}

export interface FakeExcel {
  /** The Excel.run to install as globalThis.Excel.run. */
  run: (batch: (context: any) => Promise<unknown>) => Promise<unknown>;
  syncs: () => number;
  /** The sheet's cells by A1 address (only cells that were ever set). */
  cell: (a1: string) => Cell | undefined;
  formulaGrid: (a1Range: string) => (string | number)[][];
  snapshot: () => string;
  tables: FakeTable[];
  autofits: () => number;
}

export const SHEET = "Sheet1";

export function colLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function parseA1(a1: string): [number, number] {
  const m = /^([A-Z]+)([0-9]+)$/.exec(a1)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

const a1 = (row: number, col: number) => `${colLetter(col)}${row + 1}`;

interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** "Sheet1!B2:I5" or "B2" → its rectangle. */
function rectOf(address: string): Rect {
  const [from, to] = address.replace(/^.*!/, "").split(":");
  const [r0, c0] = parseA1(from);
  const [r1, c1] = parseA1(to ?? from);
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

const overlaps = (a: Rect, b: Rect) => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
const contains = (outer: Rect, inner: Rect) =>
  inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;

export function makeExcel(options: {
  /** Selected range: top-left A1 and size. */
  selection: string;
  selectionRows?: number;
  selectionCols?: number;
  /** Cells filled before the test, by A1 address. */
  cells?: Record<string, string | number>;
  failSync?: number;
  /** Excel tables already on the sheet ("Sheet1!B2:I5"), with their names. */
  tables?: Array<{ address: string; name: string }>;
}): FakeExcel {
  const cells = new Map<string, Cell>();
  for (const [addr, value] of Object.entries(options.cells ?? {})) {
    cells.set(addr, { formula: value, numberFormat: "General", bold: false });
  }
  const get = (row: number, col: number) => cells.get(a1(row, col));
  const tables: FakeTable[] = (options.tables ?? []).map((t) => ({ ...t, hasHeaders: true }));
  let autofits = 0;
  let syncs = 0;
  const pending: (() => void)[] = [];

  interface Tracked {
    mock: any;
    row: number;
    col: number;
    rows: number;
    cols: number;
    formulas: unknown;
    numberFormat: unknown;
  }
  const ranges: Tracked[] = [];

  const worksheetData = () => ({
    name: SHEET,
    getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => rangeMock(row, col, rows, cols),
    tables: {
      add: (range: any, hasHeaders: boolean) => {
        const table: { name?: string; style?: string } = {};
        const tracked = ranges.find((r) => r.mock === range);
        const address =
          typeof range === "string"
            ? range
            : `${SHEET}!${a1(tracked!.row, tracked!.col)}:${a1(tracked!.row + tracked!.rows - 1, tracked!.col + tracked!.cols - 1)}`;
        pending.push(() => {
          if (tables.some((t) => overlaps(rectOf(t.address), rectOf(address)))) {
            throw Object.assign(new Error("A table can't overlap another table."), {
              code: "InvalidArgument",
              debugInfo: { code: "InvalidArgument", errorLocation: "TableCollection.add" },
            });
          }
          tables.push({ address, hasHeaders, name: `Table${tables.length + 1}`, ...table });
        });
        return table;
      },
    },
  });

  function rangeMock(row: number, col: number, rows: number, cols: number): any {
    if (row < 0 || col < 0 || rows < 1 || cols < 1) throw new Error("invalid range");
    const grid = <T,>(f: (cell: Cell | undefined) => T) =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(get(row + r, col + c))));
    const formulas = grid((cell) => cell?.formula ?? "");
    const values = grid((cell) => (cell === undefined ? "" : typeof cell.formula === "string" && cell.formula.startsWith("=") ? 0 : cell.formula));
    const numberFormat = grid((cell) => cell?.numberFormat ?? "General");
    const address = `${SHEET}!${a1(row, col)}${rows > 1 || cols > 1 ? `:${a1(row + rows - 1, col + cols - 1)}` : ""}`;
    const mock: any = new OfficeMockObject({
      address,
      rowIndex: row,
      columnIndex: col,
      rowCount: rows,
      columnCount: cols,
      formulas,
      values,
      numberFormat,
      format: {
        font: { bold: false },
        autofitColumns: () => {
          pending.push(() => autofits++);
        },
      },
      worksheet: worksheetData(),
      getCell: (r: number, c: number) => rangeMock(row + r, col + c, 1, 1),
      getResizedRange: (dr: number, dc: number) => rangeMock(row, col, rows + dr, cols + dc),
      getOffsetRange: (dr: number, dc: number) => rangeMock(row + dr, col + dc, rows, cols),
      getTables: (fullyContained?: boolean) => tableScopedCollection({ row, col, rows, cols }, fullyContained === true),
    });
    ranges.push({ mock, row, col, rows, cols, formulas, numberFormat });
    return mock;
  }

  /**
   * Range.getTables(fullyContained): the tables overlapping `rect` (or inside it), as an
   * office-addin-mock object whose `items` (each with its name) must be loaded and synced first.
   * office-addin-mock cannot load a path into an array, so "items/name" loads `items`.
   */
  const collections: any[] = [];
  function tableScopedCollection(rect: Rect, fullyContained: boolean): any {
    const found = tables.filter((t) => {
      const r = rectOf(t.address);
      return fullyContained ? contains(rect, r) : overlaps(rect, r);
    });
    const mock: any = new OfficeMockObject({ items: found.map((t) => ({ name: t.name })) });
    const load = mock.load.bind(mock);
    mock.load = (names?: string | string[]) => {
      const list = names === undefined ? ["items"] : (Array.isArray(names) ? names : names.split(",")).map((n) => n.trim());
      for (const n of list) if (n !== "items" && n !== "items/name") throw new Error(`excel-mock: TableScopedCollection.load("${n}") is not supported`);
      return load("items");
    };
    const requestedAt = syncs;
    mock.getCount = () => ({
      get value(): number {
        if (syncs <= requestedAt) throw new Error("excel-mock: getCount().value read before context.sync()");
        return found.length;
      },
    });
    collections.push(mock);
    return mock;
  }

  /** Queues the writes made on range mocks since the last sync. */
  function collectWrites() {
    for (const r of ranges) {
      const { mock } = r;
      if (Array.isArray(mock.formulas) && mock.formulas !== r.formulas) {
        const written = mock.formulas as (string | number)[][];
        r.formulas = written;
        pending.push(() =>
          written.forEach((line, i) =>
            line.forEach((value, j) => {
              const key = a1(r.row + i, r.col + j);
              const cell = cells.get(key) ?? { formula: "", numberFormat: "General", bold: false };
              cells.set(key, { ...cell, formula: value });
            }),
          ),
        );
      }
      if (Array.isArray(mock.numberFormat) && mock.numberFormat !== r.numberFormat) {
        const written = mock.numberFormat as string[][];
        r.numberFormat = written;
        pending.push(() =>
          written.forEach((line, i) =>
            line.forEach((fmt, j) => {
              const key = a1(r.row + i, r.col + j);
              const cell = cells.get(key) ?? { formula: "", numberFormat: "General", bold: false };
              cells.set(key, { ...cell, numberFormat: fmt });
            }),
          ),
        );
      }
      if (mock.format?.font?.bold === true && !(mock as { __bold?: boolean }).__bold) {
        (mock as { __bold?: boolean }).__bold = true;
        pending.push(() => {
          for (let i = 0; i < r.rows; i++)
            for (let j = 0; j < r.cols; j++) {
              const key = a1(r.row + i, r.col + j);
              const cell = cells.get(key) ?? { formula: "", numberFormat: "General", bold: false };
              cells.set(key, { ...cell, bold: true });
            }
        });
      }
    }
  }

  const [selRow, selCol] = parseA1(options.selection);
  const worksheet = new OfficeMockObject(worksheetData());
  const context: any = new OfficeMockObject({
    workbook: {
      getSelectedRange: () => rangeMock(selRow, selCol, options.selectionRows ?? 1, options.selectionCols ?? 1),
      worksheets: { getActiveWorksheet: () => worksheet },
    },
  });
  context.sync = async () => {
    syncs++;
    // tables.add() and autofit queued themselves when called; range writes are collected now and
    // go first (the pane adds its table last in the batch)
    const calls = pending.splice(0);
    collectWrites();
    const queued = [...pending.splice(0), ...calls];
    if (options.failSync === syncs) throw new Error("The request failed (simulated).");
    for (const r of ranges) await r.mock.sync();
    for (const c of collections) await c.sync();
    for (const write of queued) write();
  };

  return {
    run: async (batch) => batch(context),
    syncs: () => syncs,
    cell: (addr) => cells.get(addr),
    formulaGrid: (range) => {
      const [from, to] = range.split(":");
      const [r0, c0] = parseA1(from);
      const [r1, c1] = parseA1(to ?? from);
      return Array.from({ length: r1 - r0 + 1 }, (_, i) =>
        Array.from({ length: c1 - c0 + 1 }, (_, j) => cells.get(a1(r0 + i, c0 + j))?.formula ?? ""),
      );
    },
    snapshot: () => JSON.stringify({ cells: [...cells.entries()].sort(), tables, autofits }),
    tables,
    autofits: () => autofits,
  };
}

/** Installs a fake Excel as the global the office/ modules call. */
export function installExcel(excel: FakeExcel | null): void {
  (globalThis as unknown as { Excel?: unknown }).Excel = excel === null ? undefined : { run: excel.run };
}
