// Which files are corpus articles and how they are read from disk. The include and exclude
// settings are globs relative to a workspace folder (`**/*.txt`); a small glob-to-RegExp
// translation keeps the server free of extra dependencies. Reading refuses binary files (NUL
// bytes), unreadable ones and files over the size limit, with a reason the server logs.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Translates a glob (`**`, `*`, `?`, `{a,b}`, `[abc]`) into an anchored RegExp over `/` paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/';
      const atSegmentStart = i === 0 || glob[i - 1] === '/';
      if (atSegmentStart && slashAfter) { re += '(?:.*/)?'; i += 2; }
      else if (atSegmentStart && i + 2 === glob.length) { re = re.endsWith('/') ? re.slice(0, -1) + '(?:/.*)?' : re + '.*'; i += 1; }
      else { re += '.*'; i += 1; }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') { re += '(?:'; braces++; }
    else if (c === '}' && braces > 0) { re += ')'; braces--; }
    else if (c === ',' && braces > 0) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) { re += '\\['; continue; }
      const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
      re += `[${body}]`;
      i = close;
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}${')'.repeat(braces)}$`);
}

export interface FileFilter {
  /** True when a path relative to its workspace folder is a corpus file. */
  isCorpusFile(relative: string): boolean;
  /** True when a folder (relative path) is excluded as a whole, so the scan need not enter it. */
  isExcludedFolder(relative: string): boolean;
}

export function makeFilter(include: string[], exclude: string[]): FileFilter {
  const inc = include.map(globToRegExp);
  const exc = exclude.map(globToRegExp);
  // `**/node_modules/**` excludes a folder: its prefix `**/node_modules` must match the folder.
  const excFolders = exclude.filter((g) => g.endsWith('/**')).map((g) => globToRegExp(g.slice(0, -3)));
  return {
    isCorpusFile: (rel) => inc.some((r) => r.test(rel)) && !exc.some((r) => r.test(rel)),
    isExcludedFolder: (rel) => excFolders.some((r) => r.test(rel)),
  };
}

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

/** The path of a corpus file relative to the workspace folder holding it, or undefined if none does. */
export function relativeToFolders(file: string, folders: string[]): string | undefined {
  for (const folder of folders) {
    const rel = path.relative(folder, file);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  }
  return undefined;
}
