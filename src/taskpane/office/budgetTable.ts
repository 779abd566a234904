/**
 * insertBudgetTable(spec, confirm): writes a budget table (layout in ./formulas.ts) at the
 * selection's top-left cell: 8 columns, a header row, `rows` item rows with SF.SHARE formulas for
 * 정부 / 대기업 / 중소·중견, and a totals row; the header and item rows become an Excel table.
 * Syncs: at most 2, in one Excel.run — sync 1 reads the selection's position, the target range's
 * formulas and values, and the names of the Excel tables overlapping the target
 * (Range.getTables(false), ExcelApi 1.9). If any cell is not empty, or a table overlaps, the user
 * is asked (confirm, told the table names) and on "cancel" nothing is written (1 sync in all);
 * otherwise every write is queued and sync 2 sends them.
 *
 * Everything is decided before writing, so the second batch holds no command Excel is known to
 * refuse: over an existing table (such as a budget table inserted here before and now
 * overwritten) Excel would refuse a new table, so none is added — the cells are written and the
 * result says so (note "inside-table"); the existing table is neither deleted nor changed (beyond
 * the cells the user agreed to overwrite). A failing sync is reported as an error.
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
      const overlapping = target.getTables(false); // tables with at least one cell in the target
      selected.load("rowIndex, columnIndex");
      target.load("address, formulas, values");
      overlapping.load("items/name");
      await context.sync(); // sync 1

      const count = countNonEmpty(target.formulas, target.values);
      const tableNames = overlapping.items.map((t) => t.name);
      const inTable = tableNames.length > 0;
      if (count > 0 || inTable) {
        const ok = inTable ? await confirm(count, { tableNames }) : await confirm(count);
        if (!ok) return { status: "cancelled" };
      }

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
      if (!inTable) {
        // Only when no table overlaps the target: Excel refuses a table over another one, and the
        // user's table is not to be changed.
        const table = sheet.tables.add(sheet.getRangeByIndexes(row, col, rows + 1, BUDGET_COLUMNS), true);
        table.style = TABLE_STYLE;
      }
      await context.sync(); // sync 2
      return inTable ? { status: "written", address: target.address, note: "inside-table", tables: tableNames } : { status: "written", address: target.address };
    });
  } catch (error) {
    return { status: "error", message: messageOf(error) };
  }
}
