/**
 * Above the catalog list: "Load a year's catalog" (a button opening a visually hidden native file
 * input), the year selector once there is more than one year, and what loading said — a status
 * line, or an alert listing the first errors (they name JSON paths). Native controls, like the rest
 * of the first screen; the loader itself is imported only when a file is chosen (../catalogFiles).
 */
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { useId, useRef } from "react";
import { STRINGS, type Lang } from "../../i18n";
import { v } from "./theme";

export type CatalogNote =
  | { kind: "loaded"; year: number; programs: number; notSaved?: string }
  | { kind: "rejected"; errors: string[] }
  | { kind: "restored"; years: number[]; errors: string[] };

export interface CatalogFilesProps {
  lang: Lang;
  years: readonly number[];
  year: number;
  onYear: (year: number) => void;
  onFile: (file: File) => void;
  note: CatalogNote | null;
}

const control = {
  height: "24px",
  font: "inherit",
  fontSize: v("fontSizeBase200"),
  color: v("colorNeutralForeground1"),
  backgroundColor: v("colorNeutralBackground1"),
  border: `${v("strokeWidthThin")} solid ${v("colorNeutralStroke1")}`,
  borderRadius: v("borderRadiusMedium"),
  ":focus-visible": { outline: `${v("strokeWidthThick")} solid ${v("colorStrokeFocus2")}`, outlineOffset: "1px" },
} as const;

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: v("spacingHorizontalS"), paddingTop: v("spacingVerticalS") },
  button: { ...control, padding: `0 ${v("spacingHorizontalS")}`, fontWeight: v("fontWeightSemibold"), cursor: "pointer" },
  select: { ...control },
  label: { display: "flex", alignItems: "center", gap: v("spacingHorizontalXS"), fontSize: v("fontSizeBase200") },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  note: { margin: `${v("spacingVerticalXS")} 0 0`, fontSize: v("fontSizeBase200"), lineHeight: v("lineHeightBase200") },
  error: { color: v("colorPaletteRedForeground1") },
  errors: { margin: 0, paddingLeft: v("spacingHorizontalL"), fontFamily: v("fontFamilyMonospace") },
});

export function CatalogFiles({ lang, years, year, onYear, onFile, note }: CatalogFilesProps) {
  const styles = useStyles();
  const s = STRINGS[lang];
  const input = useRef<HTMLInputElement>(null);
  const yearId = useId();

  let status: string | null = null;
  let alert: { title: string; errors: string[] } | null = null;
  if (note?.kind === "loaded") {
    status = s.catalogLoaded(note.year, note.programs) + (note.notSaved ? ` ${s.catalogNotSaved(note.notSaved)}` : "");
  } else if (note?.kind === "rejected") {
    alert = { title: s.catalogRejected, errors: note.errors.slice(0, 5) };
  } else if (note?.kind === "restored") {
    status = [note.years.length > 0 ? s.catalogsRestored(note.years) : "", note.errors.length > 0 ? s.catalogsRestoreFailed(note.errors.join("; ")) : ""]
      .filter(Boolean)
      .join(" ");
  }

  return (
    <div>
      <div className={styles.bar}>
        <button type="button" className={styles.button} onClick={() => input.current?.click()}>
          {s.loadCatalog}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className={styles.hidden}
          tabIndex={-1}
          aria-label={s.catalogFileLabel}
          data-testid="catalog-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) onFile(file);
          }}
        />
        {years.length > 1 && (
          <label className={styles.label} htmlFor={yearId}>
            {s.yearLabel}
            <select id={yearId} className={styles.select} value={year} onChange={(e) => onYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {s.yearOption(y)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p role="status" className={styles.note}>
        {status}
      </p>
      {alert && (
        <div role="alert" className={mergeClasses(styles.note, styles.error)}>
          <p className={styles.note}>{alert.title}</p>
          <ul className={styles.errors}>
            {alert.errors.map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
