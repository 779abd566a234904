// Types for scripts/manifest-check.cjs, so that TypeScript tests can import it.

export interface XmlElement {
  name: string;
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  parent: XmlElement | null;
}

export interface CheckOptions {
  /** Path of the manifest (default: manifest.xml at the repository root). */
  manifestPath?: string;
  /** Manifest text; read from manifestPath when not given. */
  xml?: string;
  /** Folder with the XSDs (default: schemas/office-manifest). */
  schemaDir?: string;
  /** Folder whose files the icon URLs name (default: assets/ beside the manifest). */
  assetsDir?: string;
  /** Where the add-in is served (default: the folder of DefaultSettings/SourceLocation); icons are under `${baseUrl}assets/`. */
  baseUrl?: string;
}

export const ROOT: string;
export const SCHEMA_DIR: string;
export const SCHEMA_ENTRY: string;
export const MANIFEST_PATH: string;
export const ASSETS_DIR: string;
export const DEV_BASE_URL: string;

export function validateXsd(xml: string, options?: { schemaDir?: string; fileName?: string }): Promise<string[]>;
export function checkRules(xml: string, options?: { assetsDir?: string; baseUrl?: string }): string[];
export function checkManifest(options?: CheckOptions): Promise<{ xsd: string[]; rules: string[]; errors: string[] }>;
export function parseXml(xml: string): XmlElement;
export function descendants(el: XmlElement, local?: string): XmlElement[];
export function pngSize(buf: Buffer): { width: number; height: number } | null;
