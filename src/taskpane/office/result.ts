/**
 * What the Excel operations report (0 syncs: types and helpers only). They never throw: a failure
 * comes back as { status: "error" } with the message Excel gave, for the task pane's status line.
 */
export type InsertResult =
  /** `note: "table-skipped"`: the cells were written but Excel refused the table (`message` says why). */
  | { status: "written"; address: string; note?: "table-skipped"; message?: string }
  | { status: "cancelled" }
  | { status: "error"; message: string; code?: ErrorCode };

export type ErrorCode = "no-excel" | "same-cell" | "bad-input";

/** Asks the user whether to overwrite `count` non-empty cells; resolves true to go ahead. */
export type ConfirmOverwrite = (count: number) => Promise<boolean>;

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
