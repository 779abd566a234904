import type { ChangeClass, ChangeKind, ChangeRules } from "../catalog/types";
import { invalid } from "./errors";
import { closest } from "./lookup";
import { formatWon } from "./money";
import { normalizeKey } from "./normalize";

export interface ChangeDecision {
  class: ChangeClass;
  kind: ChangeKind;
}

const indexes = new WeakMap<ChangeRules, Map<string, ChangeKind>>();

function kindIndex(rules: ChangeRules): Map<string, ChangeKind> {
  let index = indexes.get(rules);
  if (index === undefined) {
    index = new Map();
    for (const kind of rules.kinds) {
      for (const name of [kind.id, kind.name, kind.nameEn, ...kind.aliases]) index.set(normalizeKey(name), kind);
    }
    indexes.set(rules, index);
  }
  return index;
}

/**
 * Whether a change to a project needs prior approval (승인) or only confirmation (확인).
 * A change of total cost needs approval from the threshold (1,000만원) up, whether it raises or
 * lowers the cost; below it, confirmation.
 */
export function classifyChange(rules: ChangeRules, kindName: string, amountWon?: number | null): ChangeDecision {
  const kind = kindIndex(rules).get(normalizeKey(kindName));
  if (kind === undefined) {
    const near = closest(kindName, rules.kinds.map((k) => k.name), 3);
    throw invalid(
      `변경 종류 "${kindName}"을(를) 알 수 없습니다. 가능한 종류: ${(near.length ? near : rules.kinds.map((k) => k.name)).join(", ")}`,
      `Unknown change "${kindName}". Kinds: ${rules.kinds.map((k) => k.nameEn).join(", ")}`,
    );
  }
  if (kind.class !== "by-amount") return { class: kind.class, kind };
  if (amountWon === null || amountWon === undefined || !Number.isFinite(amountWon)) {
    throw invalid(
      `${kind.name}은(는) 변경 금액(원)이 필요합니다: ${formatWon(rules.thresholdWon)} 이상이면 승인, 미만이면 확인입니다.`,
      `${kind.nameEn} needs the amount of the change in won: ${rules.thresholdWon} or more needs approval.`,
    );
  }
  return { class: Math.abs(amountWon) >= rules.thresholdWon ? "승인" : "확인", kind };
}
