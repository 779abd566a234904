/** The Excel side of the task pane: the only code that calls Excel.run. */
import type { OfficeApi } from "../components/api";
import { insertBudgetTable } from "./budgetTable";
import { insertFormula } from "./insertFormula";
import { readSelection } from "./selection";

export { insertBudgetTable, insertFormula, readSelection };
export * from "./formulas";
export * from "./result";
export type { SelectionInfo, SelectionResult } from "./selection";

export const excelApi: OfficeApi = { readSelection, insertFormula, insertBudgetTable };
