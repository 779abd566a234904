/**
 * The calculator on a program card: tier, total cost (with a unit), and for 대중소 상생형 the large
 * company's share; the split comes from the engine (explain → splitShares), never from rules here.
 */
import { Field, Input, Select, mergeClasses } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Program, Tier } from "../../catalog/types";
import { EngineError, UNITS, explain, formatPct, fromWon, partiesOf, toWon, type Split, type Unit } from "../../engine";
import type { CardStrings, Lang } from "../../i18n";
import { formatAmount, parseAmountText, parsePercentText } from "./amount";
import { CostInput } from "./CostInput";
import { PARTY_COLORS, SplitChart } from "./SplitChart";
import { useCardStyles } from "./styles";

export interface CalculatorProps {
  program: Program;
  tier: Tier;
  onTier: (tierId: string) => void;
  unit: Unit;
  onUnit: (unit: Unit) => void;
  cost: string;
  onCost: (text: string) => void;
  largeShare: string;
  onLargeShare: (text: string) => void;
  lang: Lang;
  c: CardStrings;
}

type Outcome = { kind: "empty" } | { kind: "error"; message: string } | { kind: "ok"; split: Split; text: string };

function messageOf(error: unknown, lang: Lang): string {
  if (error instanceof EngineError) return lang === "ko" ? error.message : error.messageEn;
  return error instanceof Error ? error.message : String(error);
}

/** The split for the inputs, or why there is none. */
export function computeOutcome(program: Program, tier: Tier, cost: string, unit: Unit, largeShare: string, lang: Lang, c: CardStrings): Outcome {
  const amount = parseAmountText(cost);
  if (amount === null) return { kind: "empty" };
  if (Number.isNaN(amount)) return { kind: "error", message: c.notANumber };
  const share = partiesOf(program, tier).kind === "three-party" ? parsePercentText(largeShare) : null;
  if (share !== null && Number.isNaN(share)) return { kind: "error", message: c.largeShareLabel };
  try {
    const result = explain(program, tier, toWon(amount, unit), share);
    return { kind: "ok", split: result.split, text: lang === "ko" ? result.ko : result.en };
  } catch (error) {
    return { kind: "error", message: messageOf(error, lang) };
  }
}

export function Calculator(props: CalculatorProps) {
  const { program, tier, onTier, unit, onUnit, cost, onCost, largeShare, onLargeShare, lang, c } = props;
  const styles = useCardStyles();
  const parties = partiesOf(program, tier);
  const threeParty = parties.kind === "three-party";
  const outcome = useMemo(
    () => computeOutcome(program, tier, cost, unit, largeShare, lang, c),
    [program, tier, cost, unit, largeShare, lang, c],
  );

  const pctOf = (won: number, total: number) => (total > 0 ? formatPct(won / total) : "0%");
  const amountText = (won: number) => formatAmount(fromWon(won, unit));

  const resultRow = (key: "gov" | "large" | "sme", label: string, won: number, total: number, na = false) => (
    <div className={styles.resultRow} key={key}>
      <dt className={styles.resultLabel}>
        <span className={styles.swatch} style={{ backgroundColor: PARTY_COLORS[key] }} aria-hidden="true" />
        {label}
      </dt>
      <dd className={styles.resultValue}>
        <span className={styles.amount} data-testid={`amount-${key}`}>
          {amountText(won)}
        </span>{" "}
        <span>{unit}</span>
        <span className={styles.pct} data-testid={`pct-${key}`}>
          {na ? c.notApplicable : pctOf(won, total)}
        </span>
      </dd>
    </div>
  );

  return (
    <div className={styles.form}>
      <Field label={c.tierLabel}>
        <Select value={tier.id} onChange={(_, data) => onTier(data.value)}>
          {program.tiers.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name ? c.tierName(t.name, t.nameEn) : c.singleTier}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.rowFields}>
        <Field label={c.costLabel} className={styles.grow}>
          <CostInput value={cost} onValue={onCost} allowDecimal={unit !== "원"} placeholder={c.costPlaceholder} />
        </Field>
        <Field label={c.unitLabel} className={styles.unitField}>
          <Select value={unit} onChange={(_, data) => onUnit(data.value as Unit)}>
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {threeParty && (
        <Field label={c.largeShareLabel} hint={c.largeShareHint(parties.adopterMaxPct, parties.largeMinPct)}>
          <Input
            inputMode="decimal"
            autoComplete="off"
            value={largeShare}
            onChange={(_, data) => onLargeShare(data.value)}
          />
        </Field>
      )}

      <div className={styles.results} aria-live="polite">
        {outcome.kind === "empty" && <p className={styles.muted}>{c.enterCost}</p>}
        {outcome.kind === "error" && (
          <p className={styles.error} data-testid="calc-error">
            {outcome.message}
          </p>
        )}
        {outcome.kind === "ok" && (
          <>
            <dl className={styles.resultList}>
              {resultRow("gov", c.partyGov, outcome.split.govWon, outcome.split.costWon)}
              {resultRow("large", c.partyLarge, outcome.split.largeWon, outcome.split.costWon, !threeParty)}
              {resultRow("sme", threeParty ? c.partySme : c.partyCompany, outcome.split.adopterWon, outcome.split.costWon)}
            </dl>
            <p
              className={mergeClasses(styles.bound, outcome.split.bound === "cap" ? styles.boundCap : styles.boundShare)}
              data-testid="bound"
            >
              {outcome.split.bound === "cap" ? c.boundCap : c.boundShare}
            </p>
            <SplitChart
              govWon={outcome.split.govWon}
              largeWon={outcome.split.largeWon}
              smeWon={outcome.split.adopterWon}
              label={c.chartLabel(
                pctOf(outcome.split.govWon, outcome.split.costWon),
                pctOf(outcome.split.largeWon, outcome.split.costWon),
                pctOf(outcome.split.adopterWon, outcome.split.costWon),
              )}
            />
            <p className={styles.muted} data-testid="explanation">
              {outcome.text}
            </p>
          </>
        )}
        {threeParty && (
          <p className={styles.note}>{c.interpretationNote(parties.govMaxPct, parties.largeMinPct, parties.adopterMaxPct)}</p>
        )}
      </div>
    </div>
  );
}
