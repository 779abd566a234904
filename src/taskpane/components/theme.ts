/**
 * Fluent's light theme for the first screen without Fluent's runtime token object.
 *
 * Fluent's `tokens` is one large object of `var(--name)` strings; webpack keeps every property
 * that any chunk reads, and whatever module holds it on the first screen would grow with every
 * Fluent component the lazily loaded card uses. So the first screen writes the same CSS variables
 * itself (`installTheme`, from `webLightTheme`) and names them with `v("colorNeutralForeground1")`,
 * typed against `tokens` so a misspelt token is a compile error. The program card (lazy) renders
 * inside a FluentProvider of its own and uses Fluent components and `tokens` as usual.
 */
import type { tokens } from "@fluentui/react-components";
import { webLightTheme } from "@fluentui/react-components";

export type TokenName = keyof typeof tokens;

/** The CSS variable of a Fluent token: the same string `tokens[name]` holds. */
export const v = (name: TokenName): string => `var(--${name})`;

const STYLE_ID = "sf-theme";

/** Writes the light theme's CSS variables and the page's base styles once (idempotent). */
export function installTheme(doc: Document | undefined = typeof document === "undefined" ? undefined : document): void {
  if (!doc || doc.getElementById(STYLE_ID)) return;
  const vars = Object.entries(webLightTheme)
    .map(([name, value]) => `--${name}:${value};`)
    .join("");
  const style = doc.createElement("style");
  style.id = STYLE_ID;
  style.textContent =
    `:root{${vars}}` +
    `body{margin:0;font-family:${v("fontFamilyBase")};font-size:${v("fontSizeBase300")};line-height:${v("lineHeightBase300")};` +
    `color:${v("colorNeutralForeground1")};background:${v("colorNeutralBackground2")};-webkit-font-smoothing:antialiased}`;
  doc.head.appendChild(style);
}
