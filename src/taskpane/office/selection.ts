/**
 * readSelection(): where the user is in the sheet, for the cost-cell default.
 * Syncs: exactly 1 (one Excel.run, one context.sync()).
 *
 * The left neighbour is computed from the loaded row and column indexes rather than with
 * getOffsetRange(0, -1), which would fail the whole batch when the selection is in column A.
 */
import { cellAddress, leftNeighbour } from "./formulas";
import { excelAvailable, messageOf } from "./result";

export interface SelectionInfo {
  /** The selection as Excel reports it, with its sheet ("Sheet1!C5:D7"). */
  address: string;
  /** Its top-left cell, without the sheet ("C5"): where a formula goes. */
  cell: string;
  /** The cell left of the top-left cell ("B5"), or null in column A. */
  left: string | null;
}

export type SelectionResult = { ok: true; selection: SelectionInfo } | { ok: false; message: string };

export async function readSelection(): Promise<SelectionResult> {
  if (!excelAvailable()) return { ok: false, message: "Excel is not available" };
  try {
    return await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address, rowIndex, columnIndex");
      await context.sync(); // sync 1 of 1
      return {
        ok: true as const,
        selection: {
          address: range.address,
          cell: cellAddress(range.rowIndex, range.columnIndex),
          left: leftNeighbour(range.rowIndex, range.columnIndex),
        },
      };
    });
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}
