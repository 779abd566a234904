/**
 * What the fake Office host exposes to the test (window.__fakeExcel, window.__sfAssociated), shared
 * by the in-page bundle and the Node side of the test.
 */
export type CellScalar = number | string | boolean | null;

/** A cell's computed value as the test sees it; an error is {type: "NA", value: "#N/A", message}. */
export type CellReading = CellScalar | { type: string; value: string; message: string };

export interface FakeTable {
  name: string;
  style: string | null;
  address: string;
  hasHeaders: boolean;
}

export interface DumpedCell {
  address: string;
  row: number;
  col: number;
  value: CellReading;
  formula: string | null;
  numberFormat: string;
  bold: boolean;
}

export interface FakeExcelApi {
  /** Makes `address` the selection (what getSelectedRange() returns at the next sync). */
  select(address: string): void;
  readonly selection: string;
  /** Writes a value or a formula (a string starting with "=") as a user would type it. */
  setCell(address: string, value: CellScalar): void;
  getValue(address: string): CellReading;
  /** The formula as written, or null when the cell holds a constant or nothing. */
  getFormula(address: string): string | null;
  getNumberFormat(address: string): string;
  isBold(address: string): boolean;
  /** Every non-empty cell of Sheet1, row by row. */
  dump(): DumpedCell[];
  /** context.sync() round trips that carried at least one queued command. */
  readonly syncCount: number;
  /** Every context.sync() call, empty or not (and the implicit sync at the end of Excel.run). */
  readonly syncCalls: number;
  readonly runsStarted: number;
  readonly runsFinished: number;
  /** Excel.run batches that rejected, with their error messages. */
  readonly runErrors: string[];
  readonly tables: FakeTable[];
  readonly autofitCalls: string[];
  /** Every API call the pane made, e.g. "Range.load(values)", "Range.formulas=", "sync". */
  readonly log: string[];
  /** Every use of something outside the implemented subset (also thrown where it happened). */
  readonly unimplemented: string[];
  /** Whether the HyperFormula workbook exists yet (it is built lazily). */
  readonly engineReady: boolean;
  /** application.calculate(type) calls that reached Excel, by type ("Full", …). */
  readonly calculations: string[];
  /** Office.context.document.settings as last saved with saveAsync (what the workbook keeps). */
  readonly savedSettings: Record<string, unknown>;
}

export interface SfAssociation {
  id: string;
  /** performance.now() at the CustomFunctions.associate call (ms since navigation start). */
  at: number;
}

export interface FakeOfficeConfig {
  displayLanguage?: string;
  /** The selection when the page loads (default "Sheet1!A1", as in a new workbook). */
  selection?: string;
  /** Document settings the workbook was saved with (Office.context.document.settings). */
  settings?: Record<string, unknown>;
}
