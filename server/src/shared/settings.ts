// The `corpusLens.*` settings as one TypeScript type, and the one normaliser that reads them.
// The client declares the same settings in package.json; both sides import this module so a
// setting has one name, one default and one rule. A broken value never stops the server: it
// falls back to the default and produces a warning the server shows once.
import type { DiagnosticCode, Language } from '../analysis/types';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

export const DIAGNOSTIC_CODES: readonly DiagnosticCode[] = [
  'unattributed-quote',
  'vague-source',
  'unbalanced-quote',
  'spelling-variant',
  'unsourced-claim',
];

export interface Settings {
  /** Globs, relative to a workspace folder, of the corpus files. */
  include: string[];
  /** Globs of files and folders never indexed. */
  exclude: string[];
  /** Files larger than this many bytes are skipped (and logged). */
  maxFileSize: number;
  /** Language of diagnostic messages. */
  language: Language;
  /** Severity per diagnostic code; "off" hides the code. */
  diagnostics: Record<DiagnosticCode, SeveritySetting>;
  inlayHints: { speakers: boolean };
  /** Milliseconds to wait after the last keystroke before re-analysing and publishing. */
  debounce: number;
}

export const DEFAULT_SETTINGS: Settings = {
  include: ['**/*.txt'],
  exclude: ['**/node_modules/**', '**/.git/**'],
  maxFileSize: 2 * 1024 * 1024,
  language: 'en',
  diagnostics: {
    'unattributed-quote': 'warning',
    'vague-source': 'information',
    'unbalanced-quote': 'warning',
    'spelling-variant': 'information',
    'unsourced-claim': 'information',
  },
  inlayHints: { speakers: true },
  debounce: 200,
};

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface NormalizedSettings {
  settings: Settings;
  /** One human-readable message per bad value, naming the setting and the default used. */
  warnings: string[];
}

/** Turns whatever the client sent for the `corpusLens` section into valid settings. */
export function normalizeSettings(raw: unknown): NormalizedSettings {
  const warnings: string[] = [];
  const src = isObject(raw) ? raw : {};
  const bad = (name: string, value: unknown, fallback: unknown): void => {
    warnings.push(`Setting corpusLens.${name} has an invalid value ${JSON.stringify(value)}; using ${JSON.stringify(fallback)}.`);
  };
  const pick = <T>(name: string, value: unknown, fallback: T, valid: (v: unknown) => v is T): T => {
    if (value === undefined || value === null) return fallback;
    if (valid(value)) return value;
    bad(name, value, fallback);
    return fallback;
  };

  const diagnosticsRaw = isObject(src.diagnostics) ? src.diagnostics : {};
  if (src.diagnostics !== undefined && src.diagnostics !== null && !isObject(src.diagnostics)) bad('diagnostics', src.diagnostics, DEFAULT_SETTINGS.diagnostics);
  const diagnostics = { ...DEFAULT_SETTINGS.diagnostics };
  for (const code of DIAGNOSTIC_CODES) {
    diagnostics[code] = pick(`diagnostics.${code}`, diagnosticsRaw[code], DEFAULT_SETTINGS.diagnostics[code], isSeverity);
  }
  const inlayRaw = isObject(src.inlayHints) ? src.inlayHints : {};

  return {
    settings: {
      include: pick('include', src.include, DEFAULT_SETTINGS.include, isGlobList),
      exclude: pick('exclude', src.exclude, DEFAULT_SETTINGS.exclude, isGlobList),
      maxFileSize: pick('maxFileSize', src.maxFileSize, DEFAULT_SETTINGS.maxFileSize, isPositiveInteger),
      language: pick('language', src.language, DEFAULT_SETTINGS.language, isLanguage),
      diagnostics,
      inlayHints: { speakers: pick('inlayHints.speakers', inlayRaw.speakers, DEFAULT_SETTINGS.inlayHints.speakers, isBoolean) },
      debounce: pick('debounce', src.debounce, DEFAULT_SETTINGS.debounce, isDelay),
    },
    warnings,
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isGlobList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((g) => typeof g === 'string' && g.trim() !== '');
}
function isPositiveInteger(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0;
}
function isDelay(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 10_000;
}
function isLanguage(v: unknown): v is Language {
  return v === 'en' || v === 'fr';
}
function isBoolean(v: unknown): v is boolean {
  return typeof v === 'boolean';
}
function isSeverity(v: unknown): v is SeveritySetting {
  return SEVERITIES.includes(v as SeveritySetting);
}
