/**
 * A program's card (loaded lazily with the calculator, chart and insert section): tiers with cap,
 * share, period and meaning; the party model; the calculator; inserting into Excel (inside Excel
 * only); schedule; contacts with tel: links; notes and ambiguities; the seed reference behind each
 * number. It renders inside a FluentProvider of its own (the first screen has none: see ./theme).
 */
import { Button, FluentProvider, mergeClasses, webLightTheme } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { Program, Ref } from "../../catalog/types";
import { partiesOf, type CatalogIndex, type Unit } from "../../engine";
import { STRINGS, type Lang } from "../../i18n";
import { CARD_STRINGS } from "../../i18n/card";
import { parsePercentText } from "./amount";
import type { OfficeApi } from "./api";
import { Calculator } from "./Calculator";
import { InsertPanel } from "./InsertPanel";
import { useCardStyles } from "./styles";
import { programName, summaryLine, telHref } from "./summary";

export interface ProgramCardProps {
  program: Program;
  index: CatalogIndex;
  /** The catalog's year, passed to the formulas inserted. */
  year: number;
  lang: Lang;
  inExcel: boolean;
  api?: OfficeApi;
  onBack: () => void;
}

export default function ProgramCard({ program, index, year, lang, inExcel, api, onBack }: ProgramCardProps) {
  const styles = useCardStyles();
  const s = STRINGS[lang];
  const c = CARD_STRINGS[lang];
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const [tierId, setTierId] = useState(program.tiers[0].id);
  const [unit, setUnit] = useState<Unit>("원");
  const [cost, setCost] = useState("");
  const [largeShare, setLargeShare] = useState("");
  const tier = program.tiers.find((t) => t.id === tierId) ?? program.tiers[0];

  useEffect(() => {
    headingRef.current?.focus();
  }, [program.id]);

  const category = index.catalog.categories.find((cat) => cat.id === program.category);
  const tierLabel = (name: string, nameEn: string) => (name ? c.tierName(name, nameEn) : c.singleTier);
  const threeParty = [program.parties, ...program.tiers.map((t) => t.parties)].find((p) => p?.kind === "three-party");
  const openEnded = program.schedule.some((r) => [r.notice, r.intake, r.evaluation].some((d) => d.endsWith("~")));
  const share = parsePercentText(largeShare);
  const largeShareForFormula = partiesOf(program, tier).kind === "three-party" && share !== null && !Number.isNaN(share) ? share : null;

  const section = (key: string, title: string, body: ReactNode, testId?: string) => (
    <section className={styles.section} data-testid={testId}>
      <h3 id={`${id}-${key}`} className={styles.sectionTitle}>
        {title}
      </h3>
      {body}
    </section>
  );

  const refText = (ref: Ref) => (
    <>
      {c.refTable[ref.table]}
      {ref.external ? ` · ${c.refExternal}` : ""}
      <q className={styles.quote} lang="ko">
        {ref.quote.replace(/\s+/g, " ").trim()}
      </q>
    </>
  );

  /** Seed references: the program row, the budget, then each tier's cap/share/period (identical quotes merged). */
  const refRows: { label: string; ref: Ref }[] = [
    { label: c.refProgram, ref: program.ref },
    { label: c.refBudget, ref: program.budgetRef },
  ];
  for (const t of program.tiers) {
    const name = program.tiers.length > 1 ? `${tierLabel(t.name, t.nameEn)} ` : "";
    const parts: [string, Ref | null][] = [
      [c.refCap, t.refs.cap],
      [c.refShare, t.refs.share],
      [c.refPeriod, t.refs.period],
    ];
    const merged = new Map<string, { labels: string[]; ref: Ref }>();
    for (const [label, ref] of parts) {
      if (!ref) continue;
      const key = `${ref.table}|${ref.quote}`;
      const entry = merged.get(key);
      if (entry) entry.labels.push(label);
      else merged.set(key, { labels: [label], ref });
    }
    for (const { labels, ref } of merged.values()) refRows.push({ label: `${name}${labels.join("·")}`, ref });
  }
  if (threeParty && threeParty.kind === "three-party") refRows.push({ label: c.refParties, ref: threeParty.ref });

  return (
    <FluentProvider theme={webLightTheme} className={styles.provider} lang={s.langTag}>
    <article className={styles.card} aria-labelledby={`${id}-title`} data-testid="program-card">
      <Button className={styles.back} appearance="subtle" size="small" onClick={onBack} icon={<span aria-hidden="true">‹</span>}>
        {c.backToList}
      </Button>

      <header>
        {category && (
          <p className={styles.eyebrow}>
            {category.symbol} {lang === "ko" ? category.name : category.nameEn}
          </p>
        )}
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className={styles.heading}>
          {programName(program, lang)}
        </h2>
        {lang === "en" && (
          <p className={styles.subheading} lang="ko">
            {program.name}
          </p>
        )}
        <p className={styles.lead}>{lang === "ko" ? program.summary : program.summaryEn}</p>
        <p className={styles.muted}>
          {summaryLine(program, s)} · {c.budget(s.money(program.budgetWon))}
        </p>
      </header>

      {section(
        "tiers",
        c.sectionTiers,
        <table className={styles.table} data-testid="tiers">
          <thead>
            <tr>
              <th scope="col">{c.colTier}</th>
              <th scope="col">{c.colCap}</th>
              <th scope="col">{c.colShare}</th>
              <th scope="col">{c.colPeriod}</th>
            </tr>
          </thead>
          {program.tiers.map((t) => {
            const meaning = lang === "ko" ? t.meaning : t.meaningEn;
            const extra = t.maxCostWon !== undefined ? c.maxCost(s.money(t.maxCostWon)) : null;
            const hasMeaning = Boolean(meaning || extra);
            return (
              <tbody key={t.id} data-testid="tier-row">
                <tr className={mergeClasses(hasMeaning && styles.withMeaning)}>
                  <th scope="row">{tierLabel(t.name, t.nameEn)}</th>
                  <td className={styles.numeric}>
                    {s.money(t.capWon)}
                    <span className={styles.quote}>
                      {c.capBasis[t.capBasis]}
                      {t.capPerYearWon !== undefined ? `, ${c.capPerYear(s.money(t.capPerYearWon))}` : ""}
                    </span>
                  </td>
                  <td className={styles.numeric}>{t.govSharePct}%</td>
                  <td className={styles.numeric}>{t.periodMonths === null ? "—" : s.months(t.periodMonths)}</td>
                </tr>
                {hasMeaning && (
                  <tr className={styles.meaningRow}>
                    <td colSpan={4}>{[meaning, extra].filter(Boolean).join(" · ")}</td>
                  </tr>
                )}
              </tbody>
            );
          })}
        </table>,
      )}

      {section(
        "parties",
        c.sectionParties,
        <>
          <p className={styles.text}>
            {program.parties.kind === "three-party"
              ? c.threeParty(program.parties.govMaxPct, program.parties.largeMinPct, program.parties.adopterMaxPct)
              : c.twoParty}
          </p>
          {program.tiers
            .filter((t) => t.parties !== undefined && t.parties.kind === "three-party")
            .map((t) =>
              t.parties && t.parties.kind === "three-party" ? (
                <p key={t.id} className={styles.muted}>
                  {tierLabel(t.name, t.nameEn)}: {c.threeParty(t.parties.govMaxPct, t.parties.largeMinPct, t.parties.adopterMaxPct)}
                </p>
              ) : null,
            )}
        </>,
      )}

      {section(
        "calc",
        c.sectionCalculator,
        <Calculator
          program={program}
          tier={tier}
          onTier={setTierId}
          unit={unit}
          onUnit={setUnit}
          cost={cost}
          onCost={setCost}
          largeShare={largeShare}
          onLargeShare={setLargeShare}
          lang={lang}
          c={c}
        />,
        "calculator",
      )}

      {inExcel &&
        section(
          "insert",
          c.sectionInsert,
          <InsertPanel program={program} tier={tier} year={year} unit={unit} largeShare={largeShareForFormula} c={c} api={api} />,
          "insert-section",
        )}

      {section(
        "schedule",
        c.sectionSchedule,
        <>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{c.colRound}</th>
                <th scope="col">{c.colNotice}</th>
                <th scope="col">{c.colIntake}</th>
                <th scope="col">{c.colEvaluation}</th>
              </tr>
            </thead>
            <tbody>
              {program.schedule.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{r.round === null ? c.singleRound : c.round(r.round)}</th>
                  <td className={styles.numeric}>{r.notice}</td>
                  <td className={styles.numeric}>{r.intake}</td>
                  <td className={styles.numeric}>{r.evaluation}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {openEnded && <p className={styles.muted}>{c.openEndedHint}</p>}
        </>,
      )}

      {section(
        "contacts",
        c.sectionContacts,
        <ul className={styles.list}>
          {program.contacts.map((contact, i) => (
            <li key={i}>
              <div>
                <strong lang="ko">{contact.agency}</strong>
                {contact.tiers && contact.tiers.length > 0 ? ` ${c.contactFor(contact.tiers.join(", "))}` : ""}
              </div>
              <div className={styles.phones}>
                {contact.phones.map((phone) => (
                  <a key={phone} className={styles.link} href={telHref(phone)}>
                    {phone}
                  </a>
                ))}
                {contact.callCenter1357 && (
                  <span>
                    {c.callCenter}{" "}
                    <a className={styles.link} href="tel:1357">
                      1357
                    </a>
                  </span>
                )}
              </div>
            </li>
          ))}
        </ul>,
        "contacts",
      )}

      {program.notes.length > 0 &&
        section(
          "notes",
          c.sectionNotes,
          <ul className={styles.list}>
            {program.notes.map((note, i) => (
              <li key={i}>
                <span
                  className={mergeClasses(
                    styles.badge,
                    (note.kind === "ambiguity" || note.kind === "inconsistency") && styles.badgeWarn,
                    note.kind === "interpretation" && styles.badgeInfo,
                  )}
                >
                  {c.noteKind[note.kind]}
                </span>
                {lang === "ko" ? note.text : note.textEn}
                {note.ref && <span className={styles.quote}>{refText(note.ref)}</span>}
              </li>
            ))}
          </ul>,
          "notes",
        )}

      {section(
        "refs",
        c.sectionRefs,
        <ul className={styles.list}>
          {refRows.map((row, i) => (
            <li key={i}>
              <strong>{row.label}</strong>: {refText(row.ref)}
            </li>
          ))}
        </ul>,
        "refs",
      )}
    </article>
    </FluentProvider>
  );
}
