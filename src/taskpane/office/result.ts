/**
 * What the Excel operations report (0 syncs: types and helpers only). They never throw: a failure
 * comes back as { status: "error" } with the message Excel gave, for the task pane's status line.
 */
export type InsertResult =
  /**
   * `note: "inside-table"`: the target overlaps existing Excel tables (`tables`, by name), so the
   * cells were written without adding a new table; the existing tables were left as they were.
   */
  | { status: "written"; address: string; note?: "inside-table"; tables?: string[] }
  | { status: "cancelled" }
  | { status: "error"; message: string; code?: ErrorCode };

export type ErrorCode = "no-excel" | "same-cell" | "bad-input";

/** What else the user should know before the write (passed only when there is something). */
export interface OverwriteInfo {
  /** Existing Excel tables the target overlaps, by name (not empty). */
  tableNames: string[];
}

/**
 * Asks the user whether to write over `count` non-empty cells (0 when the only reason to ask is
 * an existing table, see `info`); resolves true to go ahead.
 */
export type ConfirmOverwrite = (count: number, info?: OverwriteInfo) => Promise<boolean>;

/** Whether the Excel JavaScript API is there (it is not in a plain browser). */
export function excelAvailable(): boolean {
  return typeof Excel !== "undefined" && typeof Excel.run === "function";
}

export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "object" && error !== null && "message" in error) return String((error as { message: unknown }).message);
  return String(error);
}

export const noExcel = (): InsertResult => ({ status: "error", code: "no-excel", message: "Excel is not available" });
