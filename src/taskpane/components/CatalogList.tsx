/**
 * The first screen: search as you type (names, aliases, English, 초성), a category filter ①–⑥
 * and every program grouped by category with a one-line summary (cap, share, period).
 *
 * Its controls are native elements styled with Fluent's theme variables (see ./theme): Fluent's
 * provider, SearchBox, Button and ToggleButton would add some 20 KB gzip to the first load, which
 * has to stay within 120 KB together with functions.js. The program card uses Fluent components.
 */
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { useEffect, useId, useMemo, useRef } from "react";
import type { Catalog, CategoryId, Program } from "../../catalog/types";
import { STRINGS, type Lang } from "../../i18n";
import { groupByCategory, searchHits, type SearchEntry, type SearchHit } from "../search";
import { v } from "./theme";
import { summaryLine } from "./summary";

export interface CatalogListProps {
  catalog: Catalog;
  searchIndex: readonly SearchEntry[];
  lang: Lang;
  query: string;
  onQuery: (query: string) => void;
  category: CategoryId | null;
  onCategory: (category: CategoryId | null) => void;
  onOpen: (programId: string) => void;
  /** Starts loading the card's code before the click. */
  onPreload?: () => Promise<unknown>;
  /** A program whose button gets the focus (coming back from its card). */
  focusId?: string | null;
}

/** Griffel takes border colours as longhands. */
const borderColor = (color: string) => ({
  borderTopColor: color,
  borderRightColor: color,
  borderBottomColor: color,
  borderLeftColor: color,
});

/** The small outlined buttons of the list (category filter, clear search). */
const smallButton = {
  font: "inherit",
  fontSize: v("fontSizeBase200"),
  fontWeight: v("fontWeightSemibold"),
  color: v("colorNeutralForeground1"),
  backgroundColor: v("colorNeutralBackground1"),
  border: `${v("strokeWidthThin")} solid ${v("colorNeutralStroke1")}`,
  borderRadius: v("borderRadiusMedium"),
  cursor: "pointer",
  ":focus-visible": { outline: `${v("strokeWidthThick")} solid ${v("colorStrokeFocus2")}`, outlineOffset: "1px" },
} as const;

const useStyles = makeStyles({
  controls: {
    display: "flex",
    flexDirection: "column",
    gap: v("spacingVerticalS"),
    position: "sticky",
    top: 0,
    zIndex: 1,
    padding: `${v("spacingVerticalS")} 0`,
    backgroundColor: v("colorNeutralBackground2"),
  },
  searchWrap: {
    position: "relative",
    display: "flex",
    alignItems: "center",
  },
  searchIcon: {
    position: "absolute",
    left: v("spacingHorizontalS"),
    width: "16px",
    height: "16px",
    color: v("colorNeutralForeground3"),
    pointerEvents: "none",
  },
  search: {
    boxSizing: "border-box",
    width: "100%",
    height: "32px",
    margin: 0,
    padding: `0 ${v("spacingHorizontalS")} 0 30px`,
    font: "inherit",
    fontSize: v("fontSizeBase300"),
    color: v("colorNeutralForeground1"),
    backgroundColor: v("colorNeutralBackground1"),
    border: `${v("strokeWidthThin")} solid ${v("colorNeutralStroke1")}`,
    borderBottomColor: v("colorNeutralStrokeAccessible"),
    borderRadius: v("borderRadiusMedium"),
    outline: "none",
    "::placeholder": { color: v("colorNeutralForeground4") },
    ":hover": { ...borderColor(v("colorNeutralStroke1Hover")), borderBottomColor: v("colorNeutralStrokeAccessibleHover") },
    ":focus": {
      borderBottomColor: v("colorCompoundBrandStroke"),
      boxShadow: `inset 0 -1px 0 0 ${v("colorCompoundBrandStroke")}`,
    },
  },
  filter: { display: "flex", flexWrap: "wrap", gap: v("spacingHorizontalXS") },
  filterButton: {
    minWidth: "32px",
    height: "24px",
    margin: 0,
    padding: `0 ${v("spacingHorizontalS")}`,
    ...smallButton,
    ":hover": { backgroundColor: v("colorNeutralBackground1Hover"), ...borderColor(v("colorNeutralStroke1Hover")) },
  },
  filterOn: {
    color: v("colorNeutralForegroundOnBrand"),
    backgroundColor: v("colorBrandBackground"),
    ...borderColor(v("colorBrandBackground")),
    ":hover": { backgroundColor: v("colorBrandBackgroundHover"), ...borderColor(v("colorBrandBackgroundHover")) },
  },
  count: {
    margin: 0,
    fontSize: v("fontSizeBase200"),
    lineHeight: v("lineHeightBase200"),
    color: v("colorNeutralForeground3"),
  },
  group: { marginTop: v("spacingVerticalM") },
  groupHeading: {
    margin: `0 0 ${v("spacingVerticalXS")}`,
    fontSize: v("fontSizeBase300"),
    lineHeight: v("lineHeightBase300"),
    fontWeight: v("fontWeightSemibold"),
    color: v("colorNeutralForeground2"),
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    backgroundColor: v("colorNeutralBackground1"),
    borderRadius: v("borderRadiusMedium"),
    boxShadow: v("shadow2"),
    overflow: "hidden",
  },
  item: {
    position: "relative",
    display: "flex",
    alignItems: "center",
    gap: v("spacingHorizontalS"),
    padding: `${v("spacingVerticalS")} ${v("spacingHorizontalM")}`,
    borderBottom: `${v("strokeWidthThin")} solid ${v("colorNeutralStroke3")}`,
    ":last-child": { borderBottom: "none" },
    ":hover": { backgroundColor: v("colorNeutralBackground1Hover") },
    ":active": { backgroundColor: v("colorNeutralBackground1Pressed") },
  },
  /** The program's name is the button; its ::after stretches over the whole row, so the row is clickable. */
  rowButton: {
    display: "block",
    margin: 0,
    padding: 0,
    border: "none",
    background: "none",
    textAlign: "left",
    font: "inherit",
    color: "inherit",
    cursor: "pointer",
    outline: "none",
    "::after": { content: '""', position: "absolute", top: 0, right: 0, bottom: 0, left: 0 },
    ":focus-visible::after": {
      outline: `${v("strokeWidthThick")} solid ${v("colorStrokeFocus2")}`,
      outlineOffset: "-2px",
    },
  },
  rowText: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, gap: "2px" },
  name: {
    display: "block",
    fontSize: v("fontSizeBase300"),
    lineHeight: v("lineHeightBase300"),
    fontWeight: v("fontWeightSemibold"),
    color: v("colorNeutralForeground1"),
  },
  nameKo: { display: "block", fontSize: v("fontSizeBase200"), lineHeight: v("lineHeightBase200"), color: v("colorNeutralForeground2") },
  via: { fontSize: v("fontSizeBase200"), lineHeight: v("lineHeightBase200"), color: v("colorBrandForeground1") },
  summary: { fontSize: v("fontSizeBase200"), lineHeight: v("lineHeightBase200"), color: v("colorNeutralForeground3") },
  chevron: { color: v("colorNeutralForeground3"), fontSize: v("fontSizeBase400"), flexShrink: 0 },
  empty: {
    marginTop: v("spacingVerticalL"),
    padding: v("spacingHorizontalL"),
    textAlign: "center",
    backgroundColor: v("colorNeutralBackground1"),
    borderRadius: v("borderRadiusMedium"),
    boxShadow: v("shadow2"),
  },
  emptyTitle: { margin: `0 0 ${v("spacingVerticalXS")}`, fontWeight: v("fontWeightSemibold"), fontSize: v("fontSizeBase300") },
  clearButton: {
    height: "24px",
    padding: `0 ${v("spacingHorizontalM")}`,
    ...smallButton,
    ":hover": { backgroundColor: v("colorNeutralBackground1Hover") },
  },
  emptyBody: {
    margin: `0 0 ${v("spacingVerticalM")}`,
    fontSize: v("fontSizeBase200"),
    lineHeight: v("lineHeightBase200"),
    color: v("colorNeutralForeground2"),
  },
});

export function CatalogList(props: CatalogListProps) {
  const { catalog, searchIndex, lang, query, onQuery, category, onCategory, onOpen, onPreload, focusId } = props;
  const styles = useStyles();
  const s = STRINGS[lang];
  const idBase = useId();
  const listRef = useRef<HTMLDivElement>(null);

  const hits = useMemo(() => searchHits(searchIndex, query, category), [searchIndex, query, category]);
  const found = useMemo(() => hits.map((h) => h.program), [hits]);
  const viaById = useMemo(() => new Map(hits.map((h) => [h.program.id, h.via])), [hits]);
  const groups = useMemo(() => groupByCategory(catalog.categories, found), [catalog.categories, found]);

  useEffect(() => {
    if (!focusId) return;
    const button = listRef.current?.querySelector<HTMLButtonElement>(`button[data-program-id="${focusId}"]`);
    button?.focus();
  }, [focusId]);

  const preload = () => {
    onPreload?.().catch(() => undefined);
  };

  /** An alias (or, in Korean, the English name) that matched: shown, or the hit would look random. */
  const shownVia = (via: SearchHit["via"] | undefined): string | null => {
    if (!via || via.kind === "name" || via.kind === "id") return null;
    if (via.kind === "english" && lang === "en") return null;
    return s.matchedVia(via.text);
  };

  const row = (program: Program) => {
    const summaryId = `${idBase}-${program.id}-summary`;
    const via = shownVia(viaById.get(program.id));
    return (
      <li key={program.id} className={styles.item} data-testid="program-item">
        <span className={styles.rowText}>
          <button
            type="button"
            className={styles.rowButton}
            data-program-id={program.id}
            aria-describedby={summaryId}
            onClick={() => onOpen(program.id)}
            onPointerEnter={preload}
            onFocus={preload}
          >
            {lang === "ko" ? (
              <span className={styles.name}>{program.name}</span>
            ) : (
              <>
                <span className={styles.name}>{program.nameEn}</span>{" "}
                <span className={styles.nameKo} lang="ko">
                  {program.name}
                </span>
              </>
            )}
          </button>
          {via && <span className={styles.via}>{via}</span>}
          <span className={styles.summary} id={summaryId}>
            {summaryLine(program, s)}
          </span>
        </span>
        <span className={styles.chevron} aria-hidden="true">
          ›
        </span>
      </li>
    );
  };

  return (
    <div ref={listRef}>
      <div className={styles.controls}>
        <div className={styles.searchWrap}>
          <svg className={styles.searchIcon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M9.1 10.16a4.5 4.5 0 1 1 1.06-1.06l3.62 3.62a.75.75 0 1 1-1.06 1.06L9.1 10.16ZM6.5 10a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Z"
            />
          </svg>
          <input
            type="search"
            className={styles.search}
            aria-label={s.searchLabel}
            placeholder={s.searchPlaceholder}
            value={query}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => onQuery(e.target.value)}
          />
        </div>
        <div className={styles.filter} role="group" aria-label={s.categoryFilterLabel}>
          <button
            type="button"
            className={mergeClasses(styles.filterButton, category === null && styles.filterOn)}
            aria-pressed={category === null}
            onClick={() => onCategory(null)}
          >
            {s.categoryAll}
          </button>
          {catalog.categories.map((c) => (
            <button
              type="button"
              key={c.id}
              className={mergeClasses(styles.filterButton, category === c.id && styles.filterOn)}
              aria-pressed={category === c.id}
              title={lang === "ko" ? c.name : `${c.nameEn} (${c.name})`}
              onClick={() => onCategory(category === c.id ? null : c.id)}
            >
              {c.symbol}
            </button>
          ))}
        </div>
        <p className={styles.count} aria-live="polite">
          {s.resultCount(found.length, catalog.programs.length)}
        </p>
      </div>

      {groups.length === 0 ? (
        <div className={styles.empty} data-testid="empty-state">
          <p className={styles.emptyTitle}>{s.emptyTitle}</p>
          <p className={styles.emptyBody}>{s.emptyBody(query.trim())}</p>
          <button
            type="button"
            className={styles.clearButton}
            onClick={() => {
              onQuery("");
              onCategory(null);
            }}
          >
            {s.clearFilters}
          </button>
        </div>
      ) : (
        groups.map((g) => {
          const headingId = `${idBase}-cat-${g.category.id}`;
          return (
            <section key={g.category.id} className={styles.group} aria-labelledby={headingId}>
              <h2 id={headingId} className={styles.groupHeading}>
                {g.category.symbol} {lang === "ko" ? g.category.name : g.category.nameEn}
              </h2>
              <ul className={styles.list}>{g.programs.map(row)}</ul>
            </section>
          );
        })
      )}
    </div>
  );
}
