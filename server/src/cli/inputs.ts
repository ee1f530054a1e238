// Finding and reading the input files. Folders are walked recursively for *.txt in sorted order
// (plain code-unit order, so every machine lists them alike); files named on the command line are
// read whatever their extension. Reading decides whether the bytes are text at all: a NUL byte or
// mostly invalid UTF-8 means a binary or wrongly encoded file, which is reported and skipped
// rather than analysed into nonsense offsets.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Larger files are refused: a news corpus file is kilobytes; this guards memory, not speed. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface Inputs {
  /** Files to analyse, as given or as found under a given folder, without duplicates. */
  files: string[];
  /** Paths that could not be used at all (missing, unreadable): each message names the path. */
  errors: string[];
  /** Folders that held no .txt file. */
  warnings: string[];
}

export function collectInputs(paths: readonly string[]): Inputs {
  const out: Inputs = { files: [], errors: [], warnings: [] };
  const seen = new Set<string>();
  const addFile = (file: string) => {
    const key = resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      out.files.push(file);
    }
  };
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (err) {
      out.errors.push(`cannot read ${path}: ${describeError(err)}`);
      continue;
    }
    if (!isDir) {
      addFile(path);
      continue;
    }
    const found: string[] = [];
    walk(path, found, out.errors, new Set());
    if (found.length === 0) out.warnings.push(`no .txt files in folder ${path}`);
    for (const f of found) addFile(f);
  }
  return out;
}

function walk(dir: string, found: string[], errors: string[], visiting: Set<string>): void {
  let real: string;
  let names: string[];
  try {
    real = realpathSync(dir);
    names = readdirSync(dir);
  } catch (err) {
    errors.push(`cannot read folder ${dir}: ${describeError(err)}`);
    return;
  }
  // A symbolic link back to an ancestor would loop forever; the real path breaks the cycle.
  if (visiting.has(real)) return;
  visiting.add(real);
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const path = join(dir, name);
    let isDir = false;
    let isFile = false;
    try {
      const st = statSync(path);
      isDir = st.isDirectory();
      isFile = st.isFile();
    } catch {
      // A dangling symbolic link found while walking is not an input the user named.
      continue;
    }
    if (isDir) walk(path, found, errors, visiting);
    else if (isFile && name.toLowerCase().endsWith('.txt')) found.push(path);
  }
  visiting.delete(real);
}

export type ReadOutcome = { ok: true; text: string; warning?: string } | { ok: false; error: string };

export function readInput(file: string): ReadOutcome {
  let bytes: Buffer;
  try {
    const st = statSync(file);
    if (st.isDirectory()) return { ok: false, error: `cannot read ${file}: is a folder` };
    if (st.size > MAX_FILE_BYTES) {
      return { ok: false, error: `skipped ${file}: too large (${mb(st.size)} MB, the limit is ${mb(MAX_FILE_BYTES)} MB); split it into articles` };
    }
    bytes = readFileSync(file);
  } catch (err) {
    return { ok: false, error: `cannot read ${file}: ${describeError(err)}` };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: `skipped ${file}: ${decoded.error}` };
  return decoded.warning ? { ok: true, text: decoded.text, warning: `${file}: ${decoded.warning}` } : decoded;
}

/**
 * UTF-8 bytes to text, BOM kept (the analysis removes it, so offsets are after it either way).
 * A few invalid sequences are replaced and reported; a file that is mostly invalid is refused.
 */
export function decodeText(bytes: Uint8Array): { ok: true; text: string; warning?: string } | { ok: false; error: string } {
  if (bytes.indexOf(0) >= 0) return { ok: false, error: 'binary file (contains NUL bytes), not plain text' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    // Fall through: count how much of the non-ASCII content is broken.
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let invalid = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) invalid++;
    if (c > 0x7f) nonAscii++;
  }
  if (invalid * 2 >= nonAscii) {
    return {
      ok: false,
      error: `not UTF-8 text (${invalid} invalid byte sequences; Latin-1 or Windows-1252?): convert it to UTF-8`,
    };
  }
  return { ok: true, text, warning: `${invalid} invalid UTF-8 sequence(s) replaced by U+FFFD` };
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

function describeError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
