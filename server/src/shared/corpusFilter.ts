// Which paths are corpus files: the include and exclude settings are globs relative to a
// workspace folder (`**/*.txt`), translated by a small glob-to-RegExp so neither side needs an
// extra dependency. The server indexes with these rules and the client picks the documents it
// gives the `news-article` language with them, so both agree on what an article is.
import * as path from 'node:path';

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

/** The path of a corpus file relative to the workspace folder holding it, or undefined if none does. */
export function relativeToFolders(file: string, folders: string[]): string | undefined {
  for (const folder of folders) {
    const rel = path.relative(folder, file);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  }
  return undefined;
}
