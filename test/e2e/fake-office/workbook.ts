/**
 * The fake host's one-sheet workbook, backed by HyperFormula. The SF functions are the ones
 * functions.js passed to CustomFunctions.associate, registered as a HyperFormula plugin the first
 * time the workbook is needed (and again, rebuilding the sheet, if more functions arrive later).
 *
 * HyperFormula is required lazily so that the fake office.js costs little before functions.js runs.
 */
import type { HyperFormula as HyperFormulaClass, RawCellContent, SimpleCellAddress } from "hyperformula";
import type { CellReading, CellScalar, DumpedCell } from "./api-types";
import { SHEET_NAME, cellAddress, type Rect } from "./a1";

type Impl = (...args: unknown[]) => unknown;
type HyperFormulaModule = typeof import("hyperformula");
type PluginModule = typeof import("../../fixtures/sf-hyperformula");

function loadHyperFormula(): { hfModule: HyperFormulaModule; plugin: PluginModule } {
  /* eslint-disable @typescript-eslint/no-require-imports -- evaluated on first use, not at load */
  const hfModule = require("hyperformula") as HyperFormulaModule;
  const plugin = require("../../fixtures/sf-hyperformula") as PluginModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  return { hfModule, plugin };
}

const key = (row: number, col: number) => `${row},${col}`;

export class Workbook {
  private hf: HyperFormulaClass | null = null;
  private registeredIds = "";
  private hfModule: HyperFormulaModule | null = null;
  /** Formulas exactly as written (HyperFormula normalises the text it gives back). */
  private readonly formulas = new Map<string, string>();
  private readonly numberFormats = new Map<string, string>();
  private readonly bold = new Map<string, boolean>();

  constructor(private readonly functions: () => ReadonlyMap<string, Impl>) {}

  get ready(): boolean {
    return this.hf !== null;
  }

  /** Builds the workbook, or rebuilds it when the set of associated functions changed. */
  engine(): HyperFormulaClass {
    const fns = this.functions();
    const ids = [...fns.keys()].sort().join(",");
    if (this.hf && ids === this.registeredIds) return this.hf;
    const { hfModule, plugin } = loadHyperFormula();
    this.hfModule = hfModule;
    if (fns.size > 0) plugin.registerSfPlugin(Object.fromEntries(fns));
    const sheet = this.hf ? this.hf.getSheetSerialized(0) : [];
    this.hf?.destroy();
    this.hf = hfModule.HyperFormula.buildFromSheets({ [SHEET_NAME]: sheet }, { licenseKey: "gpl-v3" });
    this.registeredIds = ids;
    return this.hf;
  }

  /** Recomputes every formula (as Excel's full calculation does), SF functions included. */
  recalculate(): void {
    this.engine().rebuildAndRecalculate();
  }

  private at(row: number, col: number): SimpleCellAddress {
    return { sheet: 0, row, col };
  }

  /** Writes what a user would type: a string starting with "=" is a formula; "" or null clears. */
  write(row: number, col: number, content: CellScalar): void {
    const hf = this.engine();
    const raw: RawCellContent = content === "" ? null : content;
    hf.setCellContents(this.at(row, col), [[raw]]);
    if (typeof content === "string" && content.startsWith("=")) this.formulas.set(key(row, col), content);
    else this.formulas.delete(key(row, col));
  }

  read(row: number, col: number): CellReading {
    const value = this.engine().getCellValue(this.at(row, col));
    if (value instanceof this.hfModule!.DetailedCellError) {
      return { type: String(value.type), value: value.value, message: value.message ?? "" };
    }
    return value as CellScalar;
  }

  /** The value as Office.js reports it in Range.values: errors as "#N/A", empty as "". */
  excelValue(row: number, col: number): number | string | boolean {
    const v = this.read(row, col);
    if (v === null) return "";
    if (typeof v === "object") return v.value;
    return v;
  }

  formula(row: number, col: number): string | null {
    const own = this.formulas.get(key(row, col));
    if (own !== undefined && this.engine().doesCellHaveFormula(this.at(row, col))) return own;
    return this.engine().getCellFormula(this.at(row, col)) ?? null;
  }

  /** Range.formulas: the formula, else the constant (a spilled cell gives its value). */
  excelFormula(row: number, col: number): number | string | boolean {
    return this.formula(row, col) ?? this.excelValue(row, col);
  }

  setNumberFormat(row: number, col: number, format: string): void {
    this.numberFormats.set(key(row, col), format);
  }

  numberFormat(row: number, col: number): string {
    return this.numberFormats.get(key(row, col)) ?? "General";
  }

  setBold(row: number, col: number, bold: boolean): void {
    this.bold.set(key(row, col), bold);
  }

  isBold(row: number, col: number): boolean {
    return this.bold.get(key(row, col)) ?? false;
  }

  /** Every cell with content, row by row. */
  dump(): DumpedCell[] {
    const hf = this.engine();
    const { width, height } = hf.getSheetDimensions(0);
    const cells: DumpedCell[] = [];
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < width; col++) {
        const value = this.read(row, col);
        if (value === null && !hf.doesCellHaveFormula(this.at(row, col))) continue;
        cells.push({
          address: `${SHEET_NAME}!${cellAddress(row, col)}`,
          row,
          col,
          value,
          formula: this.formula(row, col),
          numberFormat: this.numberFormat(row, col),
          bold: this.isBold(row, col),
        });
      }
    }
    return cells;
  }

  /** Whether every cell of the rectangle is empty (no value, no formula). */
  isEmpty(rect: Rect): boolean {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (!this.engine().isCellEmpty(this.at(r, c))) return false;
      }
    }
    return true;
  }
}
