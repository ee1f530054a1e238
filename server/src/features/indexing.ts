// Start-up (and on-demand) indexing: every corpus file of the workspace folders is read from
// disk and analysed, with progress, yielding to the event loop between files so that requests
// are served while a large corpus loads. Refused files are skipped with a reason.
import { makeFilter, relativeToFolders } from '../shared/corpusFilter';
import { listCorpusFiles, pathToUri, readCorpusFile, uriToPath } from './corpusFiles';
import type { Session } from './session';

export interface Skipped {
  file: string;
  reason: string;
}

export interface Progress {
  report(percentage: number, message: string): void;
}

export async function indexFolders(session: Session, folders: string[], progress: Progress, log: (message: string) => void): Promise<Skipped[]> {
  const filter = makeFilter(session.settings.include, session.settings.exclude);
  const files: string[] = [];
  for (const folder of folders) files.push(...(await listCorpusFiles(folder, filter)));
  const skipped: Skipped[] = [];
  for (const [i, file] of files.entries()) {
    progress.report(Math.round((i / Math.max(1, files.length)) * 100), `${i + 1}/${files.length} ${file.slice(file.lastIndexOf('/') + 1)}`);
    const key = pathToUri(file);
    if (session.open.has(key)) continue; // The editor's text is newer than the disk's.
    const outcome = await readCorpusFile(file, session.settings.maxFileSize);
    if (!outcome.ok) {
      skipped.push({ file, reason: outcome.reason });
      log(`Skipped ${file}: ${outcome.reason}`);
      continue;
    }
    try {
      session.update(key, outcome.text);
    } catch (err) {
      skipped.push({ file, reason: `analysis failed (${(err as Error).message})` });
      log(`Analysis of ${file} failed: ${(err as Error).stack ?? err}`);
    }
    if (i % 8 === 7) await new Promise((resolve) => setImmediate(resolve));
  }
  return skipped;
}

/** Whether a URI names a corpus file under the settings (inside a folder, included, not excluded). */
export function isCorpusUri(session: Session, uri: string, folders: string[]): boolean {
  const file = uriToPath(uri);
  const rel = file === undefined ? undefined : relativeToFolders(file, folders);
  return rel !== undefined && makeFilter(session.settings.include, session.settings.exclude).isCorpusFile(rel);
}
