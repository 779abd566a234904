/**
 * The task pane: the catalog list (first screen, in the main bundle) and, when a program is
 * opened, its card (calculator, chart, insert buttons), loaded with a dynamic import() the first
 * time it is needed so the first load stays small. The first screen is styled with Fluent's theme
 * variables (./components/theme) and native controls; the card brings Fluent's components and provider.
 * Above the list, another year's catalog file can be loaded (./components/CatalogFiles; the loader
 * and its validator come with a dynamic import(), see ./catalogFiles) and the year chosen.
 */
import { makeStyles } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from "react";
import type { CategoryId } from "../catalog/types";
import { DEFAULT_YEAR, availableYears, catalogFor } from "../engine";
import { STRINGS, type Lang } from "../i18n";
import type { OfficeApi } from "./components/api";
import { CatalogFiles, type CatalogNote } from "./components/CatalogFiles";
import { CatalogList } from "./components/CatalogList";
import type { RestoreReport } from "./catalogFiles";
import { buildSearchIndex } from "./search";
import { installTheme, v } from "./components/theme";

/** The card's chunk; called on hover/focus of a program too, so it is usually there by the click. */
export const loadProgramCard = () => import("./components/ProgramCard");
const ProgramCard = lazy(loadProgramCard);

export interface AppProps {
  /** Excel is there: show the insert section. False in a plain browser. */
  inExcel: boolean;
  initialLang: Lang;
  /** The Excel operations (tests pass fakes); default: ./office, loaded with the card. */
  api?: OfficeApi;
  /** Inside Excel: the catalogs kept with the workbook being loaded (see ./catalogFiles). */
  restoring?: Promise<RestoreReport | null>;
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: v("colorNeutralBackground2"),
    color: v("colorNeutralForeground1"),
    fontFamily: v("fontFamilyBase"),
    wordBreak: "keep-all",
    overflowWrap: "anywhere",
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: v("spacingHorizontalS"),
    padding: `${v("spacingVerticalS")} ${v("spacingHorizontalM")}`,
    backgroundColor: v("colorNeutralBackground1"),
    borderBottom: `${v("strokeWidthThin")} solid ${v("colorNeutralStroke2")}`,
  },
  titles: { flexGrow: 1, minWidth: 0 },
  title: {
    margin: 0,
    fontSize: v("fontSizeBase400"),
    lineHeight: v("lineHeightBase400"),
    fontWeight: v("fontWeightSemibold"),
  },
  subtitle: {
    margin: 0,
    fontSize: v("fontSizeBase200"),
    lineHeight: v("lineHeightBase200"),
    color: v("colorNeutralForeground3"),
  },
  langToggle: {
    flexShrink: 0,
    height: "24px",
    padding: `0 ${v("spacingHorizontalS")}`,
    font: "inherit",
    fontSize: v("fontSizeBase200"),
    fontWeight: v("fontWeightSemibold"),
    color: v("colorNeutralForeground2"),
    backgroundColor: "transparent",
    border: `${v("strokeWidthThin")} solid ${v("colorNeutralStroke1")}`,
    borderRadius: v("borderRadiusMedium"),
    cursor: "pointer",
    ":hover": { backgroundColor: v("colorSubtleBackgroundHover"), color: v("colorNeutralForeground1") },
    ":focus-visible": { outline: `${v("strokeWidthThick")} solid ${v("colorStrokeFocus2")}`, outlineOffset: "1px" },
  },
  browserOnly: {
    margin: 0,
    padding: `${v("spacingVerticalXS")} ${v("spacingHorizontalM")}`,
    fontSize: v("fontSizeBase200"),
    lineHeight: v("lineHeightBase200"),
    color: v("colorNeutralForeground2"),
    backgroundColor: v("colorNeutralBackground3"),
    borderBottom: `${v("strokeWidthThin")} solid ${v("colorNeutralStroke2")}`,
  },
  main: { padding: `${v("spacingVerticalS")} ${v("spacingHorizontalM")} ${v("spacingVerticalXXL")}` },
  loading: { color: v("colorNeutralForeground3"), fontSize: v("fontSizeBase200") },
});

export function App({ inExcel, initialLang, api, restoring }: AppProps) {
  useState(() => installTheme());
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  // Office may report its display language after the first render: follow it when it changes.
  const [hostLang, setHostLang] = useState<Lang>(initialLang);
  if (hostLang !== initialLang) {
    setHostLang(initialLang);
    setLang(initialLang);
  }
  const s = STRINGS[lang];

  const [year, setYear] = useState(DEFAULT_YEAR);
  const [years, setYears] = useState(availableYears);
  /** Bumped when a catalog is (re)loaded, so a replaced year's index is looked up again. */
  const [version, setVersion] = useState(0);
  const [note, setNote] = useState<CatalogNote | null>(null);
  const index = useMemo(() => {
    void version;
    return catalogFor(year);
  }, [year, version]);
  const searchIndex = useMemo(() => buildSearchIndex(index.catalog), [index]);
  const [query, setQuery] = useState("");
  const [category, setCategory] = useState<CategoryId | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  /** The program to focus in the list after coming back from its card. */
  const [returnTo, setReturnTo] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    restoring?.then((report) => {
      if (!live || report === null) return;
      setYears(availableYears());
      setVersion((n) => n + 1);
      setNote({ kind: "restored", ...report });
    });
    return () => {
      live = false;
    };
  }, [restoring]);

  const loadFile = useCallback(
    async (file: File) => {
      let result: CatalogNote;
      try {
        const { loadCatalogFile } = await import("./catalogFiles");
        const loaded = await loadCatalogFile(await file.text(), inExcel);
        result = loaded.ok ? { kind: "loaded", year: loaded.year, programs: loaded.programs, notSaved: loaded.notSaved } : { kind: "rejected", errors: loaded.errors };
      } catch (error) {
        result = { kind: "rejected", errors: [`/: ${error instanceof Error ? error.message : String(error)}`] };
      }
      if (result.kind === "loaded") {
        setYears(availableYears());
        setVersion((n) => n + 1);
      }
      setNote(result);
    },
    [inExcel],
  );

  useEffect(() => {
    if (typeof document !== "undefined") document.documentElement.lang = s.langTag;
  }, [s.langTag]);

  const program = openId === null ? undefined : index.catalog.programs.find((p) => p.id === openId);
  const open = useCallback((id: string) => {
    setOpenId(id);
    if (typeof window !== "undefined") window.scrollTo?.(0, 0);
  }, []);
  const back = useCallback(() => {
    setReturnTo(openId);
    setOpenId(null);
  }, [openId]);

  return (
    <div className={styles.root} lang={s.langTag}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <h1 className={styles.title}>{s.appTitle}</h1>
          <p className={styles.subtitle}>{lang === "ko" ? index.catalog.title : index.catalog.titleEn}</p>
        </div>
        <button
          type="button"
          className={styles.langToggle}
          lang={s.langToggleTag}
          title={s.langToggleTitle}
          onClick={() => setLang(lang === "ko" ? "en" : "ko")}
        >
          {s.langToggle}
        </button>
      </header>
      {!inExcel && (
        <p className={styles.browserOnly} data-testid="browser-only">
          {s.browserOnly}
        </p>
      )}
      <main className={styles.main}>
        {program ? (
          <Suspense fallback={<p className={styles.loading}>{s.loading}</p>}>
            <ProgramCard key={`${year}-${version}`} program={program} index={index} year={year} lang={lang} inExcel={inExcel} api={api} onBack={back} />
          </Suspense>
        ) : (
          <>
            <CatalogFiles lang={lang} years={years} year={year} onYear={setYear} onFile={(file) => void loadFile(file)} note={note} />
            <CatalogList
              catalog={index.catalog}
              searchIndex={searchIndex}
              lang={lang}
              query={query}
              onQuery={setQuery}
              category={category}
              onCategory={setCategory}
              onOpen={open}
              onPreload={loadProgramCard}
              focusId={returnTo}
            />
          </>
        )}
      </main>
    </div>
  );
}
