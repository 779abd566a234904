import { invalid } from "./errors";

/**
 * Units a sheet may keep its money in. The engine works in integer won; functions convert at the
 * edge: a cost given in a unit is read as that many units, and amounts come back in the unit.
 */
export type Unit = "원" | "천원" | "백만원" | "억원";

export const UNITS: readonly Unit[] = ["원", "천원", "백만원", "억원"];

export const WON_PER_UNIT: Readonly<Record<Unit, number>> = {
  원: 1,
  천원: 1_000,
  백만원: 1_000_000,
  억원: 100_000_000,
};

/** Spellings accepted for each unit (after normalisation: case, spaces and full-width folded). */
const UNIT_ALIASES: ReadonlyArray<[string, Unit]> = [
  ["원", "원"],
  ["won", "원"],
  ["krw", "원"],
  ["천원", "천원"],
  ["천", "천원"],
  ["1000", "천원"],
  ["thousand", "천원"],
  ["백만원", "백만원"],
  ["백만", "백만원"],
  ["million", "백만원"],
  ["억원", "억원"],
  ["억", "억원"],
];

const unitByKey: ReadonlyMap<string, Unit> = new Map(UNIT_ALIASES);

/** The unit a cell argument names; empty or missing means won. */
export function parseUnit(value: string | null | undefined): Unit {
  if (value === null || value === undefined) return "원";
  const key = value.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  if (key === "") return "원";
  const unit = unitByKey.get(key);
  if (unit === undefined) {
    throw invalid(
      `단위 "${value}"를 알 수 없습니다. 원, 천원, 백만원, 억원 중 하나를 쓰세요.`,
      `Unknown unit "${value}". Use 원, 천원, 백만원 or 억원.`,
    );
  }
  return unit;
}

/** The largest cost the engine accepts, in won (10^15: 10,000,000억원 is beyond any project). */
export const MAX_COST_WON = 1e15;

/**
 * A cost in a unit, as integer won. Rounds to the nearest won (a sheet in 억원 holding 1.1 reads as
 * 110,000,000 won, not 110,000,000.00000001). Rejects what is not a finite, non-negative number.
 */
export function toWon(value: number, unit: Unit): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw invalid("총사업비는 숫자여야 합니다.", "The total cost must be a finite number.");
  }
  if (value < 0) {
    throw invalid("총사업비는 0 이상이어야 합니다.", "The total cost must not be negative.");
  }
  const won = Math.round(value * WON_PER_UNIT[unit]);
  if (won > MAX_COST_WON) {
    throw invalid(
      "총사업비가 너무 큽니다 (최대 1,000조원).",
      "The total cost is too large (at most 10^15 won).",
    );
  }
  return won;
}

/** An amount in won expressed in a unit (exact: 42,000,000 won is 0.42 억원). */
export function fromWon(won: number, unit: Unit): number {
  return unit === "원" ? won : won / WON_PER_UNIT[unit];
}

/** 42000000 → "4,200만원"; 1234 → "1,234원"; 250000000 → "2억 5,000만원". */
export function formatWon(won: number): string {
  const sign = won < 0 ? "-" : "";
  let rest = Math.abs(won);
  const eok = Math.floor(rest / 100_000_000);
  rest -= eok * 100_000_000;
  const man = Math.floor(rest / 10_000);
  const il = rest - man * 10_000;
  const parts: string[] = [];
  if (eok > 0) parts.push(`${eok.toLocaleString("en-US")}억`);
  if (man > 0) parts.push(`${man.toLocaleString("en-US")}만`);
  if (il > 0 || parts.length === 0) parts.push(il.toLocaleString("en-US"));
  return `${sign}${parts.join(" ")}원`;
}

/** 0.21 → "21%"; 0.3333 → "33.33%". */
export function formatPct(fraction: number): string {
  const pct = Math.round(fraction * 10_000) / 100;
  return `${pct}%`;
}
