import type { FormulaSpec, BudgetTableSpec } from "../office/formulas";
import type { ConfirmOverwrite, InsertResult } from "../office/result";
import type { SelectionResult } from "../office/selection";

/**
 * What the insert section needs from Excel. The real implementation is ../office (loaded with the
 * program card); tests pass their own. Types only here, so the first screen's bundle stays lean.
 */
export interface OfficeApi {
  readSelection(): Promise<SelectionResult>;
  insertFormula(spec: FormulaSpec, confirm: ConfirmOverwrite): Promise<InsertResult>;
  insertBudgetTable(spec: BudgetTableSpec, confirm: ConfirmOverwrite): Promise<InsertResult>;
}
