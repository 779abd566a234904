/**
 * Excel provides the CustomFunctions global (office.js defines it in the shared runtime before
 * functions.js runs). Opened outside Excel — the task pane in a plain browser, or with office.js
 * unreachable — there is none, and the CustomFunctions.associate calls appended to functions.js
 * would throw. Then a stand-in takes its place: associate does nothing, and Error carries a code
 * and a message as Excel's does. Inside Excel this module does nothing.
 */
const g = globalThis as { CustomFunctions?: unknown };

if (typeof g.CustomFunctions === "undefined") {
  const ErrorCode = {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  };
  class CustomFunctionsError extends Error {
    readonly code: string;
    constructor(code: string, message?: string) {
      super(message ?? "");
      this.code = code;
    }
  }
  g.CustomFunctions = { Error: CustomFunctionsError, ErrorCode, associate: () => undefined };
}

export {};
