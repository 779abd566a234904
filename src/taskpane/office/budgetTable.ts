/**
 * insertBudgetTable(spec, confirm): writes a budget table (layout in ./formulas.ts) at the
 * selection's top-left cell: 8 columns, a header row, `rows` item rows with SF.SHARE formulas for
 * 정부 / 대기업 / 중소·중견, and a totals row.
 * Syncs: at most 2, in one Excel.run — sync 1 reads the selection's position and the target
 * range's formulas and values; if any cell is not empty the user is asked (confirm) and on
 * "cancel" nothing is written (1 sync in all); otherwise every write is queued and sync 2 sends them.
 *
 * The Excel table is the last command of the second batch. Excel runs a batch in order and stops
 * at the first failing command, so when the table cannot be made — typically because the range
 * overlaps a table, such as a budget table inserted here before and now overwritten — the cells
 * are already written; that is reported as written, with the table left out ("table-skipped").
 * Any other failure is reported as an error. (Finding existing tables beforehand would need
 * Range.getTables(), outside the Excel API subset this pane keeps to.)
 */
import {
  BUDGET_COLUMNS,
  MONEY_COLUMN_COUNT,
  MONEY_FIRST_COLUMN,
  TABLE_STYLE,
  budgetTableCells,
  countNonEmpty,
  filled,
  moneyFormat,
  type BudgetTableSpec,
} from "./formulas";
import { excelAvailable, messageOf, noExcel, type ConfirmOverwrite, type InsertResult } from "./result";
import { MAX_ROWS, MIN_ROWS } from "./formulas";

/** Whether a failed batch stopped at the table (Office.js names the command in debugInfo.errorLocation). */
function failedAtTable(error: unknown): boolean {
  const location = (error as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo?.errorLocation;
  return typeof location === "string" && /^(?:TableCollection\.add|Table\.)/.test(location);
}

export async function insertBudgetTable(spec: BudgetTableSpec, confirm: ConfirmOverwrite): Promise<InsertResult> {
  const rows = spec.rows;
  if (!Number.isInteger(rows) || rows < MIN_ROWS || rows > MAX_ROWS) {
    return { status: "error", code: "bad-input", message: `rows must be a whole number from ${MIN_ROWS} to ${MAX_ROWS}` };
  }
  if (!excelAvailable()) return noExcel();
  try {
    return await Excel.run(async (context): Promise<InsertResult> => {
      const selected = context.workbook.getSelectedRange();
      const sheet = selected.worksheet;
      // header + items + totals, 8 columns, from the selection's top-left cell
      const target = selected.getCell(0, 0).getResizedRange(rows + 1, BUDGET_COLUMNS - 1);
      selected.load("rowIndex, columnIndex");
      target.load("address, formulas, values");
      await context.sync(); // sync 1

      const count = countNonEmpty(target.formulas, target.values);
      if (count > 0 && !(await confirm(count))) return { status: "cancelled" };

      const row = selected.rowIndex;
      const col = selected.columnIndex;
      target.formulas = budgetTableCells(spec, row, col);
      sheet.getRangeByIndexes(row + 1, col + MONEY_FIRST_COLUMN, rows + 1, MONEY_COLUMN_COUNT).numberFormat = filled(
        rows + 1,
        MONEY_COLUMN_COUNT,
        moneyFormat(spec.unit),
      );
      sheet.getRangeByIndexes(row, col, 1, BUDGET_COLUMNS).format.font.bold = true;
      sheet.getRangeByIndexes(row + rows + 1, col, 1, BUDGET_COLUMNS).format.font.bold = true;
      target.format.autofitColumns();
      const table = sheet.tables.add(sheet.getRangeByIndexes(row, col, rows + 1, BUDGET_COLUMNS), true);
      table.style = TABLE_STYLE;
      try {
        await context.sync(); // sync 2
      } catch (error) {
        if (failedAtTable(error)) return { status: "written", address: target.address, note: "table-skipped", message: messageOf(error) };
        throw error;
      }
      return { status: "written", address: target.address };
    });
  } catch (error) {
    return { status: "error", message: messageOf(error) };
  }
}
