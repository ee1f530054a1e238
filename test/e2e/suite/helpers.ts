// What the in-editor suites share: the fixture workspace, opening an article the way a reader
// does, waiting for the extension and the server (polling a condition, never sleeping a fixed
// time), and finding positions by searching the text rather than writing lines and columns.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { GAP_CODES as SHARED_GAP_CODES } from '../../../server/src/shared/protocol';

export const EXTENSION_ID = 'corpus-lens.corpus-lens';
export const LANGUAGE_ID = 'news-article';
/** The codes that count as attribution gaps, as the server and the status bar count them. */
export const GAP_CODES: readonly string[] = SHARED_GAP_CODES;

/** The shape `activate` returns (client/src/extension.ts). */
export interface CorpusLensApi {
  ready: Promise<void>;
  status(): { files: number; entities: number; quotations: number; gaps: number; skipped: number; indexing: boolean } | undefined;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the end-to-end tests need the fixture workspace open');
  return folder.uri;
}

/** The sample article whose file name starts with `prefix` ("000", "001"…). */
export async function articleUri(prefix: string): Promise<vscode.Uri> {
  const entries = await vscode.workspace.fs.readDirectory(workspaceFolder());
  const name = entries.map(([n]) => n).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  assert.ok(name, `no article ${prefix}*.txt in the fixture workspace`);
  return vscode.Uri.joinPath(workspaceFolder(), name);
}

export async function allArticles(): Promise<vscode.Uri[]> {
  const entries = await vscode.workspace.fs.readDirectory(workspaceFolder());
  return entries.filter(([n, t]) => t === vscode.FileType.File && n.endsWith('.txt')).map(([n]) => vscode.Uri.joinPath(workspaceFolder(), n)).sort((a, b) => a.path.localeCompare(b.path));
}

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

/** Polls `probe` until it returns something other than undefined/false; fails with `what` on timeout. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, options: WaitOptions = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out waiting for ${what}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
}

/** Polls `read` until it gives the same answer (compared as JSON) `times` polls in a row. */
export async function waitStable<T>(what: string, read: () => T | Promise<T>, accept: (value: T) => boolean = () => true, options: WaitOptions & { times?: number } = {}): Promise<T> {
  let last = '';
  let same = 0;
  return waitFor(
    what,
    async () => {
      const value = await read();
      const key = JSON.stringify(value);
      same = key === last ? same + 1 : 0;
      last = key;
      return accept(value) && same >= (options.times ?? 4) ? value : undefined;
    },
    { intervalMs: 150, ...options },
  );
}

export function extension(): vscode.Extension<CorpusLensApi> {
  const ext = vscode.extensions.getExtension<CorpusLensApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this editor`);
  return ext;
}

/** Set once the extension failed to come up, so later suites fail at once instead of waiting again. */
let broken: string | undefined;

/** Waits until the extension is active and its language server has started. */
export async function serverReady(): Promise<CorpusLensApi> {
  if (broken) throw new Error(`the extension is not running: ${broken}`);
  const ext = extension();
  try {
    await waitFor('the extension to activate', () => ext.isActive, { timeoutMs: 60_000 });
    await ext.exports.ready;
  } catch (err) {
    broken = err instanceof Error ? err.message : String(err);
    throw err;
  }
  return ext.exports;
}

/** Opens an article in an editor, as a reader does, and waits until it is a news-article. */
export async function openArticle(prefix: string): Promise<vscode.TextDocument> {
  if (broken) throw new Error(`the extension is not running: ${broken}`);
  const uri = await articleUri(prefix);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  return waitFor(`${prefix} to become a ${LANGUAGE_ID} document`, () => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return doc?.languageId === LANGUAGE_ID ? doc : undefined;
  }).catch((err: Error) => {
    broken = err.message;
    throw err;
  });
}

/** The position `offsetInMatch` characters into the `occurrence`-th match of `needle`. */
export function positionOf(doc: vscode.TextDocument, needle: string, occurrence = 0, offsetInMatch = 1): vscode.Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${occurrence}) not found in ${doc.uri.path}`);
  }
  return doc.positionAt(at + offsetInMatch);
}

export function rangeOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const start = positionOf(doc, needle, occurrence, 0);
  return new vscode.Range(start, doc.positionAt(doc.offsetAt(start) + needle.length));
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'corpus-lens');
}

/** The article's corpus-lens diagnostics once they stop changing (at least one unless `allowNone`). */
export async function settledDiagnostics(uri: vscode.Uri, allowNone = false): Promise<vscode.Diagnostic[]> {
  return waitStable(`the diagnostics of ${uri.path} to settle`, () => ours(uri).map(plain), (list) => allowNone || list.length > 0).then(() => ours(uri));
}

function plain(d: vscode.Diagnostic) {
  return [codeOf(d), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity];
}

/** Text of a hover result, whatever form its contents take. */
export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Sets a `corpusLens.*` setting in the fixture workspace and returns a function that restores it. */
export async function withSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('corpusLens');
  const before = config.inspect(key)?.workspaceValue;
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  return async () => vscode.workspace.getConfiguration('corpusLens').update(key, before, vscode.ConfigurationTarget.Workspace);
}

/** Reverts every open editor's unsaved changes, so one test's edits do not leak into the next. */
export async function revertAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}
