// How corpus files are found and read from disk (which paths count is `shared/corpusFilter.ts`).
// Reading refuses binary files (NUL bytes), unreadable ones and files over the size limit, with
// a reason the server logs.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileFilter } from '../shared/corpusFilter';

/** Every corpus file under a folder, as absolute paths, in a stable (sorted) order. */
export async function listCorpusFiles(root: string, filter: FileFilter): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return; // An unreadable folder holds no readable articles.
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        if (!filter.isExcludedFolder(rel)) await walk(full);
      } else if (entry.isFile() && filter.isCorpusFile(rel)) out.push(full);
    }
  };
  await walk(root);
  return out.sort();
}

export type ReadOutcome = { ok: true; text: string } | { ok: false; reason: string };

/** Reads an article as UTF-8, refusing what is not one. */
export async function readCorpusFile(file: string, maxFileSize: number): Promise<ReadOutcome> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > maxFileSize) return { ok: false, reason: `larger than corpusLens.maxFileSize (${stat.size} > ${maxFileSize} bytes)` };
    const bytes = await fs.readFile(file);
    if (bytes.includes(0)) return { ok: false, reason: 'binary (contains NUL bytes)' };
    return { ok: true, text: bytes.toString('utf8') };
  } catch (err) {
    return { ok: false, reason: `unreadable (${(err as Error).message})` };
  }
}

/** Checks text that arrives from the editor with the same rules as a file from disk. */
export function refuseText(text: string, maxFileSize: number): string | undefined {
  if (text.length > maxFileSize) return `larger than corpusLens.maxFileSize (${text.length} > ${maxFileSize} characters)`;
  if (text.includes('\0')) return 'binary (contains NUL characters)';
  return undefined;
}

export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

/**
 * One spelling per file URI: editors and Node percent-encode paths differently (`%3A`, `%20`),
 * so the index is keyed by the URI Node makes from the decoded path.
 */
export function canonicalUri(uri: string): string {
  const file = uriToPath(uri);
  return file === undefined ? uri : pathToUri(file);
}
