// Gives corpus articles the `news-article` language. Articles are `.txt` files, which VS Code
// opens as plaintext; claiming every `.txt` on the machine through the language's `extensions`
// would take over unrelated notes and logs, so instead an opened plaintext file is switched only
// when `corpusLens.include` matches it and `corpusLens.exclude` does not, with the same glob
// rules the server uses to index (so the editor and the index agree on what an article is).
// A reader who switches an article back to plaintext is not overruled.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../server/src/shared/settings';
import { makeFilter, relativeToFolders, type FileFilter } from '../../server/src/shared/corpusFilter';

export const LANGUAGE_ID = 'news-article';

export function registerLanguageAssociation(log: (message: string) => void): vscode.Disposable {
  let filter = readFilter();
  /** Articles this extension switched to news-article, so a settings change can switch them back. */
  const switched = new Set<string>();
  /** Articles the reader switched back to plaintext this session. */
  const declined = new Set<string>();
  /** A language change is a close immediately followed by an open of the same URI. */
  let justClosed: { uri: string; languageId: string } | undefined;

  const isArticle = (doc: vscode.TextDocument): boolean => {
    if (doc.uri.scheme !== 'file') return false;
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
    // A file opened on its own (no folder) is matched by its absolute path, so `**/*.txt` still applies.
    const relative = relativeToFolders(doc.uri.fsPath, folders) ?? doc.uri.fsPath.split(path.sep).join('/').replace(/^\/+/, '');
    return filter.isCorpusFile(relative);
  };

  const setLanguage = (doc: vscode.TextDocument, languageId: string): void => {
    vscode.languages.setTextDocumentLanguage(doc, languageId).then(
      () => undefined,
      (err: unknown) => log(`Could not set the language of ${doc.uri.toString()} to ${languageId}: ${String(err)}`),
    );
  };

  const consider = (doc: vscode.TextDocument): void => {
    const uri = doc.uri.toString();
    if (doc.languageId !== 'plaintext' || declined.has(uri) || !isArticle(doc)) return;
    switched.add(uri);
    setLanguage(doc, LANGUAGE_ID);
  };

  const subscriptions = [
    vscode.workspace.onDidCloseTextDocument((doc) => {
      justClosed = { uri: doc.uri.toString(), languageId: doc.languageId };
      queueMicrotask(() => (justClosed = undefined));
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      const uri = doc.uri.toString();
      const reverted = justClosed?.uri === uri && justClosed.languageId === LANGUAGE_ID && doc.languageId === 'plaintext';
      justClosed = undefined;
      if (reverted) {
        declined.add(uri);
        switched.delete(uri);
        return;
      }
      consider(doc);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('corpusLens.include') && !e.affectsConfiguration('corpusLens.exclude')) return;
      filter = readFilter();
      for (const doc of vscode.workspace.textDocuments) {
        if (doc.languageId === LANGUAGE_ID && switched.has(doc.uri.toString()) && !isArticle(doc)) {
          switched.delete(doc.uri.toString());
          setLanguage(doc, 'plaintext');
        } else consider(doc);
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => vscode.workspace.textDocuments.forEach(consider)),
  ];
  vscode.workspace.textDocuments.forEach(consider);
  return vscode.Disposable.from(...subscriptions);
}

/** Reads the globs through the server's normaliser: a broken value falls back to the default. */
function readFilter(): FileFilter {
  const config = vscode.workspace.getConfiguration('corpusLens');
  const { settings } = normalizeSettings({ include: config.get('include'), exclude: config.get('exclude') });
  try {
    return makeFilter(settings.include, settings.exclude);
  } catch {
    return makeFilter(DEFAULT_SETTINGS.include, DEFAULT_SETTINGS.exclude);
  }
}
