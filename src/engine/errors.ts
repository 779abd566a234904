/**
 * Errors the engine reports. They carry a Korean message (shown in Excel) and an English one.
 * `notFound` becomes #N/A in a cell, `invalid` becomes #VALUE!.
 */
export type EngineErrorKind = "notFound" | "invalid";

export class EngineError extends Error {
  readonly kind: EngineErrorKind;
  readonly messageEn: string;

  constructor(kind: EngineErrorKind, messageKo: string, messageEn: string) {
    super(messageKo);
    this.name = "EngineError";
    this.kind = kind;
    this.messageEn = messageEn;
  }
}

export const notFound = (ko: string, en: string): EngineError => new EngineError("notFound", ko, en);
export const invalid = (ko: string, en: string): EngineError => new EngineError("invalid", ko, en);
