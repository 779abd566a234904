/**
 * The insert section of a program card (shown only inside Excel): an SF formula into the selected
 * cell, or a whole budget table at the selection. Writing over non-empty cells or into an existing
 * Excel table asks first (OverwriteDialog, loaded when first needed); the status line says what was
 * written, or why not.
 */
import { Button, Field, Input, Select, mergeClasses } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from "react";
import type { Program, Tier } from "../../catalog/types";
import type { Unit } from "../../engine";
import type { CardStrings } from "../../i18n";
import { excelApi } from "../office";
import { PARTIES, SF_FUNCTIONS, buildFormula, parseCellRef, parseRows, type FormulaSpec, type Party, type SfFunction } from "../office/formulas";
import type { InsertResult, OverwriteInfo } from "../office/result";
import type { SelectionResult } from "../office/selection";
import type { OfficeApi } from "./api";
import { useCardStyles } from "./styles";

const OverwriteDialog = lazy(() => import("./OverwriteDialog"));
/** How long a closed dialog stays mounted (Fluent finishes closing it first). */
const DIALOG_EXIT_MS = 300;

export interface InsertPanelProps {
  program: Program;
  tier: Tier;
  /** The catalog's year: a year other than 2022 goes into the formulas. */
  year: number;
  unit: Unit;
  /** The large company's share set in the calculator (a fraction), for SF.SPLIT. */
  largeShare: number | null;
  c: CardStrings;
  api?: OfficeApi;
}

type Status = { tone: "ok" | "error" | "info"; text: string };
/** What the overwrite dialog says: how many cells are not empty, which tables the target overlaps. */
type Question = { count: number; tableNames: string[] };

export function InsertPanel({ program, tier, year, unit, largeShare, c, api = excelApi }: InsertPanelProps) {
  const styles = useCardStyles();
  const [fn, setFn] = useState<SfFunction>("SUBSIDY");
  const [party, setParty] = useState<Party>("정부");
  const [costCell, setCostCell] = useState("");
  const costTouched = useRef(false);
  const [target, setTarget] = useState<string | null>(null);
  const [noLeft, setNoLeft] = useState(false);
  const [rows, setRows] = useState("5");
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [ask, setAsk] = useState<(Question & { resolve: (ok: boolean) => void }) | null>(null);
  /** The dialog's question, kept while it closes; null until it is first needed (then it stays mounted). */
  const [asked, setAsked] = useState<Question | null>(null);
  const mounted = useRef(true);
  const lastButton = useRef<HTMLButtonElement | null>(null);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const applySelection = useCallback(
    (result: SelectionResult, override: boolean) => {
      if (!mounted.current) return;
      if (!result.ok) {
        setStatus({ tone: "error", text: c.failed(result.message) });
        return;
      }
      setTarget(result.selection.cell);
      if (override || !costTouched.current) {
        setCostCell(result.selection.left ?? "");
        setNoLeft(result.selection.left === null);
        if (override) costTouched.current = false;
      }
    },
    [c],
  );

  // Read the selection once when the card opens (the cost cell's default); the button reads again.
  useEffect(() => {
    void api.readSelection().then((result) => applySelection(result, false));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const rereadSelection = () => {
    void api.readSelection().then((result) => applySelection(result, true));
  };

  const confirm = useCallback(
    (count: number, info?: OverwriteInfo) =>
      new Promise<boolean>((resolve) => {
        if (mounted.current) {
          const question = { count, tableNames: info?.tableNames ?? [] };
          setAsk({ ...question, resolve });
          setAsked(question);
        } else resolve(false);
      }),
    [],
  );

  const answer = (overwrite: boolean) => {
    ask?.resolve(overwrite);
    setAsk(null);
  };

  // Once the dialog has closed, unmount it and go back to the button that asked: Fluent's focus
  // trap leaves helper elements in the page while a dialog is mounted.
  useEffect(() => {
    if (ask !== null || asked === null) return;
    const frame = requestAnimationFrame(() => lastButton.current?.focus());
    const timer = setTimeout(() => {
      setAsked(null);
      lastButton.current?.focus();
    }, DIALOG_EXIT_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ask, asked]);

  const report = (result: InsertResult, done: (address: string) => string) => {
    if (!mounted.current) return;
    if (result.status === "written") {
      const text = done(result.address);
      setStatus({ tone: "ok", text: result.note === "inside-table" ? `${text} ${c.tableNotAdded(result.tables ?? [])}` : text });
    }
    else if (result.status === "cancelled") setStatus({ tone: "info", text: c.cancelled });
    else if (result.code === "same-cell") setStatus({ tone: "error", text: c.sameCell });
    else if (result.code === "no-excel") setStatus({ tone: "error", text: c.noExcel });
    else setStatus({ tone: "error", text: c.failed(result.message) });
  };

  const needsCost = fn !== "CAP";
  const costRef = parseCellRef(costCell);
  const spec: FormulaSpec = {
    fn,
    program: program.name,
    tier: tier.name,
    costCell: costRef ?? undefined,
    party,
    unit,
    largeShare,
    year,
  };
  let preview: string | null = null;
  if (!needsCost || costRef !== null) {
    try {
      preview = buildFormula(spec);
    } catch {
      preview = null;
    }
  }
  const rowCount = parseRows(rows);

  const run = async (button: HTMLButtonElement, job: () => Promise<InsertResult>, done: (address: string) => string) => {
    lastButton.current = button;
    setBusy(true);
    setStatus({ tone: "info", text: c.working });
    const result = await job();
    if (!mounted.current) return;
    setBusy(false);
    report(result, done);
  };

  const costMessage = needsCost && costCell.trim() !== "" && costRef === null ? c.costCellInvalid : noLeft && costCell === "" ? c.noLeftNeighbour : undefined;

  return (
    <div className={styles.form}>
      <Field label={c.insertFnLabel} hint={c.insertFnDescription[fn]}>
        <Select value={fn} onChange={(_, data) => setFn(data.value as SfFunction)}>
          {SF_FUNCTIONS.map((f) => (
            <option key={f} value={f}>
              {c.insertFnOption[f]}
            </option>
          ))}
        </Select>
      </Field>
      {fn === "SHARE" && (
        <Field label={c.partyLabel}>
          <Select value={party} onChange={(_, data) => setParty(data.value as Party)}>
            {PARTIES.map((p) => (
              <option key={p} value={p}>
                {c.partyOption[p]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {needsCost && (
        <Field
          label={c.costCellLabel}
          hint={costMessage ? undefined : c.costCellHint}
          validationMessage={costMessage}
          validationState={costMessage ? (costRef === null && costCell.trim() !== "" ? "error" : "warning") : "none"}
        >
          <Input
            value={costCell}
            autoComplete="off"
            spellCheck={false}
            placeholder="B5"
            onChange={(_, data) => {
              costTouched.current = true;
              setCostCell(data.value);
            }}
          />
        </Field>
      )}
      <div className={styles.actions}>
        <Button size="small" disabledFocusable={busy} onClick={rereadSelection}>
          {c.useSelection}
        </Button>
        {target && <span className={styles.muted}>{c.targetCell(target)}</span>}
      </div>
      {preview && (
        <div>
          <p className={styles.muted}>{c.formulaPreview}</p>
          <code className={styles.code} data-testid="formula-preview">
            {preview}
          </code>
        </div>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={preview === null}
          disabledFocusable={busy}
          onClick={(e) => void run(e.currentTarget, () => api.insertFormula(spec, confirm), c.formulaDone)}
        >
          {c.insertFormula}
        </Button>
      </div>

      <hr className={styles.divider} />

      <div className={styles.actions}>
        <Field label={c.rowsLabel} className={styles.rowsField} validationMessage={rowCount === null ? c.rowsInvalid : undefined}>
          <Input type="number" min={1} max={200} step={1} inputMode="numeric" value={rows} onChange={(_, data) => setRows(data.value)} />
        </Field>
        <Button
          disabled={rowCount === null}
          disabledFocusable={busy}
          onClick={(e) =>
            void run(
              e.currentTarget,
              () => api.insertBudgetTable({ program: program.name, tier: tier.name, rows: rowCount ?? 5, unit, year }, confirm),
              c.tableDone,
            )
          }
        >
          {c.insertTable}
        </Button>
      </div>
      <p className={styles.muted}>{c.tableHint}</p>

      <p
        role="status"
        className={mergeClasses(styles.status, status?.tone === "ok" && styles.statusOk, status?.tone === "error" && styles.statusError)}
        data-testid="insert-status"
      >
        {status?.text ?? ""}
      </p>

      {asked !== null && (
        <Suspense fallback={null}>
          <OverwriteDialog open={ask !== null} count={asked.count} tableNames={asked.tableNames} c={c} onAnswer={answer} />
        </Suspense>
      )}
    </div>
  );
}
