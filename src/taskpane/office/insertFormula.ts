/**
 * insertFormula(spec, confirm): puts one SF formula into the selected cell (its top-left cell).
 * Syncs: at most 2 — sync 1 reads the target's address and formulas; if the target is not empty
 * the user is asked (confirm), and on "cancel" nothing is written (1 sync in all); otherwise the
 * formula is written and sync 2 sends it.
 *
 * SF.SPLIT spills one row of three values, so its target is the cell and the two to its right:
 * all three must be empty (or confirmed), and the two are cleared so the result can spill.
 */
import { buildFormula, refersTo, type FormulaSpec } from "./formulas";
import { excelAvailable, messageOf, noExcel, type ConfirmOverwrite, type InsertResult } from "./result";
import { countNonEmpty } from "./formulas";

export async function insertFormula(spec: FormulaSpec, confirm: ConfirmOverwrite): Promise<InsertResult> {
  let formula: string;
  try {
    formula = buildFormula(spec);
  } catch (error) {
    return { status: "error", code: "bad-input", message: messageOf(error) };
  }
  if (!excelAvailable()) return noExcel();
  try {
    return await Excel.run(async (context): Promise<InsertResult> => {
      const cell = context.workbook.getSelectedRange().getCell(0, 0);
      const target = spec.fn === "SPLIT" ? cell.getResizedRange(0, 2) : cell;
      cell.load("address");
      target.load("formulas");
      await context.sync(); // sync 1
      if (spec.fn !== "CAP" && spec.costCell && refersTo(spec.costCell, cell.address)) {
        return { status: "error", code: "same-cell", message: `the cost cell ${spec.costCell} is the target cell` };
      }
      const count = countNonEmpty(target.formulas);
      if (count > 0 && !(await confirm(count))) return { status: "cancelled" };
      target.formulas = spec.fn === "SPLIT" ? [[formula, "", ""]] : [[formula]];
      await context.sync(); // sync 2
      return { status: "written", address: cell.address };
    });
  } catch (error) {
    return { status: "error", message: messageOf(error) };
  }
}
