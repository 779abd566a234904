/**
 * The Excel JavaScript API subset the task pane may use, over the fake workbook, with Office.js's
 * proxy-object model: calls and property writes are queued and run at context.sync(); a property
 * can be read only after load() and a sync that carried it ("PropertyNotLoaded" otherwise); proxy
 * objects die with their Excel.run. Anything outside the subset throws "fake Excel: … is not
 * implemented" (and is recorded in window.__fakeExcel.unimplemented) so that a test fails loudly
 * rather than passing against an Excel that does not exist.
 *
 * Implemented: Excel.run(batch); context.sync(); context.workbook.getSelectedRange();
 * context.workbook.worksheets.getActiveWorksheet(); range.load(string | string[] | nothing) of
 * address, rowIndex, columnIndex, rowCount, columnCount, formulas, values; range.worksheet;
 * range.getOffsetRange / getCell / getResizedRange; worksheet.getRangeByIndexes; setters
 * range.formulas / values / numberFormat (2-D arrays or one value for all cells; null leaves a
 * cell alone); range.format.font.bold; range.format.autofitColumns(); worksheet.tables.add(address
 * or range, true) → table with settable name and style; range.getTables(fullyContained = false)
 * (ExcelApi 1.9) → TableScopedCollection of the tables overlapping (or inside) the range, found
 * by address at the sync, with load("items") / load("items/name") / load("items/style") (then
 * items[i].name / .style) and getCount() (its .value after the sync);
 * context.workbook.application.calculate(Excel.CalculationType.*) (recomputes the HyperFormula
 * workbook at the sync, so SF functions see catalogs loaded since).
 */
import type { CellScalar, FakeTable } from "./api-types";
import { MAX_COLUMNS, MAX_ROWS, formatAddress, inSheet, overlaps, parseAddress, type Rect } from "./a1";
import type { Workbook } from "./workbook";

/** OfficeExtension.Error as Office.js throws it: a code, a message, debugInfo. */
/** The error Office.js throws when a property is read before load() and context.sync(). */
function notLoaded(name: string): OfficeExtensionError {
  return new OfficeExtensionError(
    ErrorCodes.propertyNotLoaded,
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export class OfficeExtensionError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export const ErrorCodes = {
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidObjectPath: "InvalidObjectPath",
  itemAlreadyExists: "ItemAlreadyExists",
  propertyNotLoaded: "PropertyNotLoaded",
  notImplemented: "NotImplemented",
} as const;

/** Shared state of the fake host. */
export class Host {
  selection: Rect = { row: 0, col: 0, rows: 1, cols: 1 };
  syncCount = 0;
  syncCalls = 0;
  runsStarted = 0;
  runsFinished = 0;
  readonly runErrors: string[] = [];
  readonly tables: Array<FakeTable & { rect: Rect }> = [];
  readonly autofitCalls: string[] = [];
  /** Every application.calculate(type) that reached Excel, by type. */
  readonly calculations: string[] = [];
  readonly log: string[] = [];
  readonly unimplemented: string[] = [];
  private tableCounter = 0;

  constructor(readonly workbook: Workbook) {}

  notImplemented(what: string): never {
    const message = `fake Excel: ${what} is not implemented (the e2e fake host supports only the Excel API subset listed in test/e2e/fake-office/excel.ts)`;
    this.unimplemented.push(message);
    console.error(message);
    throw new OfficeExtensionError(ErrorCodes.notImplemented, message);
  }

  nextTableName(): string {
    let name: string;
    do name = `Table${++this.tableCounter}`;
    while (this.tables.some((t) => t.name.toLowerCase() === name.toLowerCase()));
    return name;
  }
}

/** Members every proxy answers without complaint: what await, console and JSON probe for. */
const PASS_THROUGH = new Set(["then", "catch", "finally", "$$typeof", "nodeType", "tagName", "asymmetricMatch"]);

/** Wraps an API object so that any member it does not define throws "not implemented". */
function strict<T extends object>(host: Host, typeName: string, target: T): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === "symbol" || prop in obj) return Reflect.get(obj, prop, receiver);
      if (PASS_THROUGH.has(prop)) return undefined;
      return host.notImplemented(`${typeName}.${prop}`);
    },
    set(obj, prop, value, receiver) {
      if (typeof prop !== "symbol" && !prop.startsWith("_") && !hasSetter(obj, prop)) {
        return host.notImplemented(`setting ${typeName}.${String(prop)}`);
      }
      return Reflect.set(obj, prop, value, receiver);
    },
  });
}

/** Whether assigning prop is part of the API: an accessor with a setter or a plain writable field. */
function hasSetter(obj: object, prop: string): boolean {
  for (let o: object | null = obj; o; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, prop);
    if (d) return typeof d.set === "function" || d.writable === true;
  }
  return false;
}

/** A queued command: runs at sync; may return what to publish once the whole sync succeeded. */
interface Action {
  what: string;
  apply(): void | (() => void);
}

export class RequestContext {
  _queue: Action[] = [];
  _ended = false;
  _workbook: WorkbookProxy;

  constructor(readonly _host: Host) {
    this._workbook = strict(_host, "Workbook", new WorkbookProxy(this));
  }

  get workbook(): WorkbookProxy {
    return this._workbook;
  }

  _check(typeName: string): void {
    if (this._ended) {
      throw new OfficeExtensionError(
        ErrorCodes.invalidObjectPath,
        `fake Excel: a ${typeName} from an Excel.run that has finished was used (Office.js fails with InvalidObjectPath)`,
      );
    }
  }

  _enqueue(what: string, apply: Action["apply"]): void {
    this._check("request context");
    this._host.log.push(what);
    this._queue.push({ what, apply });
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    return this._sync(passThroughValue, "sync");
  }

  async _sync<T>(passThroughValue: T | undefined, label: string): Promise<T | undefined> {
    this._check("request context");
    const host = this._host;
    host.syncCalls++;
    const actions = this._queue.splice(0);
    host.log.push(`${label} (${actions.length} commands)`);
    // A round trip to Excel: the batch never completes synchronously.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (actions.length === 0) return passThroughValue;
    host.syncCount++;
    const publish: Array<() => void> = [];
    for (const action of actions) {
      try {
        const p = action.apply();
        if (p) publish.push(p);
      } catch (error) {
        // Office.js names the failing command without its arguments, e.g. "TableCollection.add".
        const location = action.what.replace(/[(=].*$/, "");
        if (error instanceof OfficeExtensionError) {
          error.debugInfo.errorLocation = location;
          throw error;
        }
        throw new OfficeExtensionError(ErrorCodes.generalException, `${(error as Error)?.message ?? error} (at ${action.what})`, location);
      }
    }
    for (const p of publish) p();
    return passThroughValue;
  }
}

class WorkbookProxy {
  constructor(readonly _ctx: RequestContext) {}

  getSelectedRange(): RangeProxy {
    this._ctx._check("Workbook");
    this._ctx._host.log.push("Workbook.getSelectedRange()");
    const host = this._ctx._host;
    return makeRange(this._ctx, () => ({ ...host.selection }));
  }

  get worksheets(): WorksheetCollectionProxy {
    return strict(this._ctx._host, "WorksheetCollection", new WorksheetCollectionProxy(this._ctx));
  }

  get application(): ApplicationProxy {
    this._ctx._check("Workbook");
    return strict(this._ctx._host, "Application", new ApplicationProxy(this._ctx));
  }
}

/** Excel.CalculationType. */
export const CalculationType = { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" } as const;

class ApplicationProxy {
  constructor(readonly _ctx: RequestContext) {}

  calculate(calculationType: string): void {
    const types: readonly string[] = Object.values(CalculationType);
    if (!types.includes(calculationType)) throw argError(`Application.calculate(${String(calculationType)}): not an Excel.CalculationType`);
    const host = this._ctx._host;
    this._ctx._enqueue(`Application.calculate(${calculationType})`, () => {
      host.workbook.recalculate();
      return () => host.calculations.push(calculationType);
    });
  }
}

class WorksheetCollectionProxy {
  constructor(readonly _ctx: RequestContext) {}

  getActiveWorksheet(): WorksheetProxy {
    this._ctx._check("WorksheetCollection");
    this._ctx._host.log.push("WorksheetCollection.getActiveWorksheet()");
    return makeWorksheet(this._ctx);
  }
}

function makeWorksheet(ctx: RequestContext): WorksheetProxy {
  return strict(ctx._host, "Worksheet", new WorksheetProxy(ctx));
}

function isInt(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n);
}

function argError(message: string): OfficeExtensionError {
  return new OfficeExtensionError(ErrorCodes.invalidArgument, `fake Excel: ${message} (Office.js: "The argument is invalid or missing or has an incorrect format.")`);
}

class WorksheetProxy {
  constructor(readonly _ctx: RequestContext) {}

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    this._ctx._check("Worksheet");
    this._ctx._host.log.push(`Worksheet.getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`);
    return makeRange(this._ctx, () => {
      const rect = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
      if (![startRow, startColumn, rowCount, columnCount].every(isInt) || !inSheet(rect)) {
        throw argError(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is not a range of the sheet`);
      }
      return rect;
    });
  }

  get tables(): TableCollectionProxy {
    return strict(this._ctx._host, "TableCollection", new TableCollectionProxy(this._ctx));
  }
}

const LOADABLE = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "formulas", "values"] as const;
type Loadable = (typeof LOADABLE)[number];
const LOADABLE_SET: ReadonlySet<string> = new Set(LOADABLE);

function makeRange(ctx: RequestContext, resolve: () => Rect): RangeProxy {
  return strict(ctx._host, "Range", new RangeProxy(ctx, resolve));
}

function describeGrid(value: unknown): string {
  if (!Array.isArray(value)) return JSON.stringify(value);
  const cols = Array.isArray(value[0]) ? value[0].length : "?";
  return `[${value.length}x${cols}]`;
}

/** A 2-D array matching the range, or one value for every cell (Office.js broadcasts a scalar). */
function gridFor(value: unknown, rect: Rect, prop: string): unknown[][] {
  if (!Array.isArray(value)) return Array.from({ length: rect.rows }, () => Array.from({ length: rect.cols }, () => value));
  if (!value.every((row) => Array.isArray(row))) throw argError(`Range.${prop} must be a 2-D array (an array of rows), got ${JSON.stringify(value).slice(0, 80)}`);
  const rows = value as unknown[][];
  if (rows.length !== rect.rows || rows.some((row) => row.length !== rect.cols)) {
    throw new OfficeExtensionError(
      ErrorCodes.invalidArgument,
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (fake Excel: Range.${prop} got ${describeGrid(value)} for ${formatAddress(rect)}, which is ${rect.rows}x${rect.cols})`,
    );
  }
  return rows;
}

function cellContent(value: unknown, prop: string): CellScalar | undefined {
  if (value === null) return undefined; // null leaves the cell as it is
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw argError(`Range.${prop} got ${value}`);
    return value;
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  throw argError(`Range.${prop} got a ${typeof value} (${String(value).slice(0, 40)}); cells take numbers, strings and booleans`);
}

class RangeProxy {
  /** Property values the pane may read: loaded at a sync, or set by the pane itself. */
  _props = new Map<string, unknown>();
  _rect: Rect | null = null;

  constructor(
    readonly _ctx: RequestContext,
    readonly _resolver: () => Rect,
  ) {}

  /** Where the range is, worked out when a sync first needs it (like Office.js's object paths). */
  _resolve(): Rect {
    if (this._rect === null) this._rect = this._resolver();
    return this._rect;
  }

  _derive(what: string, f: (r: Rect) => Rect): RangeProxy {
    this._ctx._check("Range");
    this._ctx._host.log.push(`Range.${what}`);
    return makeRange(this._ctx, () => {
      const rect = f(this._resolve());
      if (!inSheet(rect)) throw argError(`Range.${what} of ${formatAddress(this._resolve())} falls outside the sheet`);
      return rect;
    });
  }

  load(propertyNames?: string | string[]): RangeProxy {
    this._ctx._check("Range");
    let names: string[];
    if (propertyNames === undefined) names = [...LOADABLE];
    else if (typeof propertyNames === "string") names = propertyNames.split(",").map((s) => s.trim());
    else if (Array.isArray(propertyNames) && propertyNames.every((s) => typeof s === "string")) names = propertyNames.map((s) => s.trim());
    else return this._ctx._host.notImplemented(`Range.load(${JSON.stringify(propertyNames)}) (only a string or an array of strings)`);
    names = names.filter((n) => n !== "");
    for (const name of names) {
      if (!LOADABLE_SET.has(name)) this._ctx._host.notImplemented(`Range.load("${name}") (loadable: ${LOADABLE.join(", ")})`);
    }
    this._ctx._enqueue(`Range.load(${names.join(",")})`, () => {
      const rect = this._resolve();
      const wb = this._ctx._host.workbook;
      const snapshot = new Map<string, unknown>();
      for (const name of names as Loadable[]) {
        const cells = (f: (r: number, c: number) => unknown) =>
          Array.from({ length: rect.rows }, (_, i) => Array.from({ length: rect.cols }, (_, j) => f(rect.row + i, rect.col + j)));
        if (name === "address") snapshot.set(name, formatAddress(rect));
        else if (name === "rowIndex") snapshot.set(name, rect.row);
        else if (name === "columnIndex") snapshot.set(name, rect.col);
        else if (name === "rowCount") snapshot.set(name, rect.rows);
        else if (name === "columnCount") snapshot.set(name, rect.cols);
        else if (name === "values") snapshot.set(name, cells((r, c) => wb.excelValue(r, c)));
        else if (name === "formulas") snapshot.set(name, cells((r, c) => wb.excelFormula(r, c)));
      }
      return () => snapshot.forEach((v, k) => this._props.set(k, v));
    });
    return this; // called through the strict proxy, so `this` is the proxy
  }

  _read(name: string): unknown {
    if (this._props.has(name)) return this._props.get(name);
    throw notLoaded(name);
  }

  get address(): string {
    return this._read("address") as string;
  }
  get rowIndex(): number {
    return this._read("rowIndex") as number;
  }
  get columnIndex(): number {
    return this._read("columnIndex") as number;
  }
  get rowCount(): number {
    return this._read("rowCount") as number;
  }
  get columnCount(): number {
    return this._read("columnCount") as number;
  }
  get values(): unknown[][] {
    return this._read("values") as unknown[][];
  }
  set values(value: unknown[][]) {
    this._write("values", value);
  }
  get formulas(): unknown[][] {
    return this._read("formulas") as unknown[][];
  }
  set formulas(value: unknown[][]) {
    this._write("formulas", value);
  }
  get numberFormat(): unknown[][] {
    return this._read("numberFormat") as unknown[][];
  }
  set numberFormat(value: unknown[][]) {
    this._ctx._check("Range");
    this._props.set("numberFormat", value);
    this._ctx._enqueue(`Range.numberFormat=${describeGrid(value)}`, () => {
      const rect = this._resolve();
      const grid = gridFor(value, rect, "numberFormat");
      grid.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f === null) return;
          if (typeof f !== "string") throw argError(`Range.numberFormat takes strings such as "#,##0", got ${JSON.stringify(f)}`);
          this._ctx._host.workbook.setNumberFormat(rect.row + i, rect.col + j, f);
        }),
      );
    });
  }

  _write(prop: "values" | "formulas", value: unknown): void {
    this._ctx._check("Range");
    this._props.set(prop, value);
    this._ctx._enqueue(`Range.${prop}=${describeGrid(value)}`, () => {
      const rect = this._resolve();
      const grid = gridFor(value, rect, prop);
      const contents = grid.map((row) => row.map((v) => cellContent(v, prop)));
      contents.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v !== undefined) this._ctx._host.workbook.write(rect.row + i, rect.col + j, v);
        }),
      );
      // Excel keeps a table's header row unique, non-empty text whatever is written into it.
      for (const table of this._ctx._host.tables) {
        const header = { ...table.rect, rows: 1 };
        if (overlaps(header, rect)) normaliseHeaders(this._ctx._host, header, rect);
      }
    });
  }

  get worksheet(): WorksheetProxy {
    this._ctx._check("Range");
    return makeWorksheet(this._ctx);
  }

  get format(): RangeFormatProxy {
    this._ctx._check("Range");
    return strict(this._ctx._host, "RangeFormat", new RangeFormatProxy(this));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    if (!isInt(rowOffset) || !isInt(columnOffset)) throw argError(`Range.getOffsetRange(${rowOffset}, ${columnOffset}) takes integers`);
    return this._derive(`getOffsetRange(${rowOffset}, ${columnOffset})`, (r) => ({ ...r, row: r.row + rowOffset, col: r.col + columnOffset }));
  }

  getCell(row: number, column: number): RangeProxy {
    if (!isInt(row) || !isInt(column)) throw argError(`Range.getCell(${row}, ${column}) takes integers`);
    return this._derive(`getCell(${row}, ${column})`, (r) => ({ row: r.row + row, col: r.col + column, rows: 1, cols: 1 }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    if (!isInt(deltaRows) || !isInt(deltaColumns)) throw argError(`Range.getResizedRange(${deltaRows}, ${deltaColumns}) takes integers`);
    return this._derive(`getResizedRange(${deltaRows}, ${deltaColumns})`, (r) => ({ ...r, rows: r.rows + deltaRows, cols: r.cols + deltaColumns }));
  }

  /** ExcelApi 1.9: the tables with a cell in the range (fullyContained: only those wholly inside). */
  getTables(fullyContained?: boolean): TableScopedCollectionProxy {
    this._ctx._check("Range");
    if (fullyContained !== undefined && typeof fullyContained !== "boolean") throw argError(`Range.getTables(${JSON.stringify(fullyContained)}) takes true or false`);
    const inside = fullyContained === true;
    this._ctx._host.log.push(`Range.getTables(${inside})`);
    return strict(
      this._ctx._host,
      "TableScopedCollection",
      new TableScopedCollectionProxy(this._ctx, () => {
        const rect = this._resolve();
        return this._ctx._host.tables.filter((t) => (inside ? contains(rect, t.rect) : overlaps(t.rect, rect)));
      }),
    );
  }
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
}

const TABLE_LOADABLE = ["name", "style"] as const;
type TableLoadable = (typeof TABLE_LOADABLE)[number];

/**
 * Range.getTables(): which tables it holds is worked out at the sync that carries a load or a
 * getCount (Office.js sorts them top to bottom, then left to right).
 */
class TableScopedCollectionProxy {
  _items: LoadedTable[] | null = null;
  constructor(
    readonly _ctx: RequestContext,
    readonly _find: () => Array<FakeTable & { rect: Rect }>,
  ) {}

  _sorted(): Array<FakeTable & { rect: Rect }> {
    return [...this._find()].sort((a, b) => a.rect.row - b.rect.row || a.rect.col - b.rect.col);
  }

  load(propertyNames?: string | string[]): TableScopedCollectionProxy {
    const ctx = this._ctx;
    ctx._check("TableScopedCollection");
    let names: string[];
    if (propertyNames === undefined) names = ["items"];
    else if (typeof propertyNames === "string") names = propertyNames.split(",").map((s) => s.trim());
    else if (Array.isArray(propertyNames) && propertyNames.every((s) => typeof s === "string")) names = propertyNames.map((s) => s.trim());
    else return ctx._host.notImplemented(`TableScopedCollection.load(${JSON.stringify(propertyNames)}) (only a string or an array of strings)`);
    const props = new Set<TableLoadable>();
    for (const name of names.filter((n) => n !== "")) {
      if (name === "items") TABLE_LOADABLE.forEach((p) => props.add(p));
      else if (name.startsWith("items/") && (TABLE_LOADABLE as readonly string[]).includes(name.slice(6))) props.add(name.slice(6) as TableLoadable);
      else ctx._host.notImplemented(`TableScopedCollection.load("${name}") (loadable: items, ${TABLE_LOADABLE.map((p) => `items/${p}`).join(", ")})`);
    }
    ctx._enqueue(`TableScopedCollection.load(${names.join(",")})`, () => {
      const found = this._sorted().map((t) => new Map<string, unknown>([...props].map((p) => [p, t[p]])));
      return () => {
        this._items = found.map((values) => strict(ctx._host, "Table", new LoadedTable(ctx, values)));
      };
    });
    return this; // called through the strict proxy, so `this` is the proxy
  }

  get items(): LoadedTable[] {
    if (this._items === null) {
      throw notLoaded("items");
    }
    return this._items;
  }

  getCount(): { value: number } {
    const ctx = this._ctx;
    ctx._check("TableScopedCollection");
    const result = new ClientResult<number>();
    ctx._enqueue("TableScopedCollection.getCount()", () => {
      const count = this._find().length;
      return () => result._set(count);
    });
    return strict(ctx._host, "ClientResult", result);
  }
}

/** OfficeExtension.ClientResult: its value can be read once the sync that carried it is done. */
class ClientResult<T> {
  _value: { v: T } | null = null;
  _set(value: T): void {
    this._value = { v: value };
  }
  get value(): T {
    if (this._value === null) {
      throw new OfficeExtensionError(ErrorCodes.propertyNotLoaded, `The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.`);
    }
    return this._value.v;
  }
}

/** A table from a loaded TableScopedCollection: its loaded properties, to read (nothing else). */
class LoadedTable {
  constructor(
    readonly _ctx: RequestContext,
    readonly _values: Map<string, unknown>,
  ) {}

  _read(name: TableLoadable): unknown {
    if (this._values.has(name)) return this._values.get(name);
    throw notLoaded(name);
  }

  get name(): string {
    return this._read("name") as string;
  }

  get style(): string {
    return this._read("style") as string;
  }
}

class RangeFormatProxy {
  constructor(readonly _range: RangeProxy) {}

  get font(): RangeFontProxy {
    return strict(this._range._ctx._host, "RangeFont", new RangeFontProxy(this._range));
  }

  autofitColumns(): void {
    const ctx = this._range._ctx;
    ctx._enqueue("RangeFormat.autofitColumns()", () => {
      ctx._host.autofitCalls.push(formatAddress(this._range._resolve()));
    });
  }
}

class RangeFontProxy {
  _bold: boolean | undefined;
  constructor(readonly _range: RangeProxy) {}

  get bold(): boolean {
    if (this._bold === undefined) {
      return this._range._ctx._host.notImplemented("reading RangeFont.bold (load of format/font is outside the subset)");
    }
    return this._bold;
  }

  set bold(value: boolean) {
    if (typeof value !== "boolean") throw argError(`RangeFont.bold takes true or false, got ${JSON.stringify(value)}`);
    this._bold = value;
    const ctx = this._range._ctx;
    ctx._enqueue(`RangeFont.bold=${value}`, () => {
      const rect = this._range._resolve();
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        for (let c = rect.col; c < rect.col + rect.cols; c++) ctx._host.workbook.setBold(r, c, value);
      }
    });
  }
}

class TableCollectionProxy {
  constructor(readonly _ctx: RequestContext) {}

  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    const ctx = this._ctx;
    ctx._check("TableCollection");
    if (hasHeaders !== true) ctx._host.notImplemented(`TableCollection.add(…, hasHeaders=${JSON.stringify(hasHeaders)}) (only true: Excel would insert a header row)`);
    let resolve: () => Rect;
    if (typeof address === "string") {
      resolve = () => {
        try {
          return parseAddress(address);
        } catch (e) {
          throw argError((e as Error).message);
        }
      };
    } else if (address instanceof RangeProxy) {
      resolve = () => address._resolve();
    } else {
      return ctx._host.notImplemented(`TableCollection.add(${typeof address}) (an address string or a Range)`);
    }
    const table = new TableProxy(ctx);
    ctx._enqueue(`TableCollection.add(${typeof address === "string" ? JSON.stringify(address) : "Range"}, ${hasHeaders})`, () => {
      const rect = resolve();
      const host = ctx._host;
      if (rect.rows < 2) throw argError(`a table with headers needs at least two rows (${formatAddress(rect)})`);
      const clash = host.tables.find((t) => overlaps(t.rect, rect));
      if (clash) {
        throw new OfficeExtensionError(ErrorCodes.invalidArgument, `A table can't overlap another table. (fake Excel: ${formatAddress(rect)} overlaps ${clash.name} at ${clash.address})`);
      }
      normaliseHeaders(host, rect);
      const record = { name: host.nextTableName(), style: "TableStyleMedium2", address: formatAddress(rect), hasHeaders, rect };
      host.tables.push(record);
      table._record = record;
    });
    return strict(ctx._host, "Table", table);
  }
}

/**
 * Excel keeps a table's header row unique, non-empty text (Column1, 정부2, …); formulas there
 * become their text. Cells just written give way to the others (they are the ones renamed).
 */
function normaliseHeaders(host: Host, header: Rect, written: Rect | null = null): void {
  const wb = host.workbook;
  const cols = Array.from({ length: header.cols }, (_, j) => header.col + j);
  const isWritten = (c: number) => written !== null && overlaps({ row: header.row, col: c, rows: 1, cols: 1 }, written);
  const seen = new Set<string>();
  for (const c of [...cols.filter((c) => !isWritten(c)), ...cols.filter(isWritten)]) {
    const v = wb.excelValue(header.row, c);
    let text = v === "" ? `Column${c - header.col + 1}` : String(v);
    if (seen.has(text.toLowerCase())) {
      let n = 2;
      while (seen.has(`${text}${n}`.toLowerCase())) n++;
      text = `${text}${n}`;
    }
    seen.add(text.toLowerCase());
    if (wb.formula(header.row, c) !== null || text !== v) wb.write(header.row, c, text);
  }
}

const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const LOOKS_LIKE_CELL = /^(?:[A-Za-z]{1,3}[0-9]+|[RrCc][0-9]*|R[0-9]+C[0-9]+)$/;

class TableProxy {
  _record: (FakeTable & { rect: Rect }) | null = null;
  _name: string | undefined;
  _style: string | undefined;
  constructor(readonly _ctx: RequestContext) {}

  _table(): FakeTable & { rect: Rect } {
    if (!this._record) throw new OfficeExtensionError(ErrorCodes.invalidObjectPath, "fake Excel: the table was not created");
    return this._record;
  }

  get name(): string {
    if (this._name === undefined) return this._ctx._host.notImplemented("reading Table.name (Table.load is outside the subset)");
    return this._name;
  }

  set name(value: string) {
    this._ctx._check("Table");
    this._name = value;
    this._ctx._enqueue(`Table.name=${JSON.stringify(value)}`, () => {
      const host = this._ctx._host;
      const record = this._table();
      if (typeof value !== "string" || value.length > 255 || !TABLE_NAME.test(value) || LOOKS_LIKE_CELL.test(value)) {
        throw argError(`"${value}" is not a valid table name (a letter, _ or \\ first; then letters, digits, _ and .; not a cell reference)`);
      }
      if (host.tables.some((t) => t !== record && t.name.toLowerCase() === value.toLowerCase())) {
        throw new OfficeExtensionError(ErrorCodes.itemAlreadyExists, `A table named "${value}" already exists. (fake Excel)`);
      }
      record.name = value;
    });
  }

  get style(): string {
    if (this._style === undefined) return this._ctx._host.notImplemented("reading Table.style (Table.load is outside the subset)");
    return this._style;
  }

  set style(value: string) {
    this._ctx._check("Table");
    this._style = value;
    this._ctx._enqueue(`Table.style=${JSON.stringify(value)}`, () => {
      if (typeof value !== "string" || !/^TableStyle(?:Light|Medium|Dark)[0-9]{1,2}$/.test(value)) {
        throw argError(`"${value}" is not a built-in table style (TableStyleLight1…21, TableStyleMedium1…28, TableStyleDark1…11)`);
      }
      this._table().style = value;
    });
  }
}

/** Excel.run(batch): a fresh context; pending commands are synced when the batch returns. */
export async function run<T>(host: Host, batch: (context: RequestContext) => Promise<T> | T): Promise<T> {
  if (typeof batch !== "function") return host.notImplemented("Excel.run with options or an object (only Excel.run(batch))");
  host.workbook.engine(); // registers the associated SF functions on first use
  host.runsStarted++;
  host.log.push("Excel.run");
  const ctx = new RequestContext(host);
  const context = strict(host, "RequestContext", ctx);
  try {
    const result = await batch(context);
    if (ctx._queue.length > 0) await ctx._sync(undefined, "sync at the end of Excel.run");
    return result;
  } catch (error) {
    host.runErrors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    throw error;
  } finally {
    ctx._ended = true;
    host.runsFinished++;
  }
}

export { MAX_COLUMNS, MAX_ROWS, strict };
