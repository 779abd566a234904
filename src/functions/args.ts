import { invalid } from "../engine/errors";
import { MAX_COST_WON, parseUnit, toWon, type Unit } from "../engine/money";

/**
 * Turning what a cell passes into what the engine takes. Excel passes numbers, strings, booleans,
 * null (an empty cell or an omitted optional argument), and for a range, a 2-D array. Anything
 * that cannot be read by the rules below is a #VALUE! with a message that says how to write it.
 */

/** A single value from a cell: a 1×1 range counts as its value. */
function single(value: unknown, what: string): unknown {
  if (Array.isArray(value)) {
    if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
    throw invalid(`${what}에는 셀 하나를 넣으세요 (범위가 들어왔습니다).`, `${what} takes a single cell, not a range.`);
  }
  return value;
}

/** A name (program, tier, kind, party): text, or a number written as text (a tier named 1). */
export function asText(value: unknown, what: string): string {
  const v = single(value, what);
  if (v === null || v === undefined) return "";
  if (typeof v === "string") {
    if (v.length > 200) throw invalid(`${what}이(가) 너무 깁니다.`, `${what} is too long.`);
    return v;
  }
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  throw invalid(`${what}은(는) 글자로 쓰세요.`, `${what} must be text.`);
}

/** An optional name: null when the argument was omitted or the cell is empty. */
export function asOptionalText(value: unknown, what: string): string | null {
  const text = asText(value, what);
  return text.trim() === "" ? null : text;
}

export function asUnit(value: unknown): Unit {
  return parseUnit(asOptionalText(value, "단위"));
}

/** An optional whole number (year, round); null when omitted. */
export function asOptionalInteger(value: unknown, what: string): number | null {
  const v = single(value, what);
  if (v === null || v === undefined || v === "") return null;
  const n = typeof v === "string" && v.trim() !== "" ? Number(v.normalize("NFKC").trim()) : v;
  if (typeof n !== "number" || !Number.isInteger(n)) {
    throw invalid(`${what}은(는) 정수로 쓰세요. 입력: ${String(v).slice(0, 40)}`, `${what} must be a whole number.`);
  }
  return n;
}

/** An optional fraction (the large company's share); null when omitted. */
export function asOptionalFraction(value: unknown, what: string): number | null {
  const v = single(value, what);
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string") {
    const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*%\s*$/.exec(v.normalize("NFKC"));
    if (m) return Number(m[1]) / 100;
  }
  throw invalid(`${what}은(는) 비율로 쓰세요 (예: 0.35 또는 35%).`, `${what} must be a fraction such as 0.35 or 35%.`);
}

const HOW_TO_WRITE_COST =
  '총사업비는 숫자로 쓰세요. 글자로 쓸 때는 "1,000,000", "１０００", "1000만", "2억 5000만원"처럼 쓸 수 있습니다.';
const HOW_TO_WRITE_COST_EN =
  'Write the total cost as a number; as text, "1,000,000", full-width digits, "1000만" or "2억 5000만원" are read.';

const PLAIN_NUMBER = /^[0-9]+(?:\.[0-9]+)?$/;
const GROUPED_NUMBER = /^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$/;
const KOREAN_AMOUNT = /^(?:([0-9]+(?:\.[0-9]+)?)조)?(?:([0-9]+(?:\.[0-9]+)?)억)?(?:([0-9]+(?:\.[0-9]+)?)만)?([0-9]+)?원?$/;

/**
 * A total cost in won. Numbers are read in the unit. Text is read by these rules, after folding
 * full-width forms and removing spaces:
 * - digits, with or without thousands commas ("1,000,000", "１０００"): a number in the unit;
 * - Korean magnitudes 조/억/만 with an optional trailing 원 ("1000만", "2억 5000만원", "1.5억"):
 *   an amount in won, whatever the unit.
 * Anything else (including a negative, "NaN", "Infinity", 1e5 notation) is #VALUE! saying how to write it.
 */
export function asCostWon(value: unknown, unit: Unit): number {
  const v = single(value, "총사업비");
  if (typeof v === "number") return toWon(v, unit);
  if (v === null || v === undefined || v === "") {
    throw invalid("총사업비가 비어 있습니다. " + HOW_TO_WRITE_COST, "The total cost is empty. " + HOW_TO_WRITE_COST_EN);
  }
  if (typeof v !== "string") throw invalid(HOW_TO_WRITE_COST, HOW_TO_WRITE_COST_EN);
  const text = v.normalize("NFKC").replace(/\s+/g, "");
  if (text.length <= 40) {
    if (PLAIN_NUMBER.test(text) || GROUPED_NUMBER.test(text)) return toWon(Number(text.replace(/,/g, "")), unit);
    const m = KOREAN_AMOUNT.exec(text.replace(/,/g, ""));
    if (m && (m[1] ?? m[2] ?? m[3]) !== undefined) {
      const won = Number(m[1] ?? 0) * 1e12 + Number(m[2] ?? 0) * 1e8 + Number(m[3] ?? 0) * 1e4 + Number(m[4] ?? 0);
      if (won <= MAX_COST_WON) return toWon(won, "원");
    }
  }
  throw invalid(`"${v.slice(0, 40)}"을(를) 금액으로 읽을 수 없습니다. ${HOW_TO_WRITE_COST}`, HOW_TO_WRITE_COST_EN);
}
