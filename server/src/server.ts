// The Corpus Lens language server: the only file that talks to the LSP connection. It keeps one
// corpus index current (start-up indexing, editor changes, file events, settings) and routes each
// request to its feature module; the table of handlers below sits beside the capabilities that
// announce them. Every handler catches its own errors and logs them with the file and offset.
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeParams,
  type Position,
  type ServerCapabilities,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { exactAnalysis } from './features/exactAnalysis';
import { stdioStreams } from './transport';
import { normalizeSettings, type Settings } from './shared/settings';
import { GapRequest, ReindexRequest, StatusNotification, StatusRequest, type CorpusStatus } from './shared/protocol';
import { Session, toOffset, type FileView } from './features/session';
import { EditableDocument } from './features/editableDocument';
import { canonicalUri, readCorpusFile, refuseText, uriToPath } from './features/corpusFiles';
import { indexFolders, isCorpusUri, type Skipped } from './features/indexing';
import { provideDiagnostics, provideDocumentReport, provideWorkspaceReport } from './features/diagnostics';
import { provideHover } from './features/hover';
import { provideCodeActions } from './features/codeActions';
import { provideDocumentSymbols } from './features/documentSymbols';
import { provideDefinition } from './features/definition';
import { provideReferences } from './features/references';
import { provideDocumentHighlights } from './features/documentHighlight';
import { provideWorkspaceSymbols } from './features/workspaceSymbols';
import { providePrepareRename, provideRename } from './features/rename';
import { LEGEND, provideSemanticTokens } from './features/semanticTokens';
import { provideInlayHints } from './features/inlayHints';
import { corpusStatus, findGap } from './features/status';

const stdio = stdioStreams(process.argv);
const connection = stdio ? createConnection(ProposedFeatures.all, ...stdio) : createConnection(ProposedFeatures.all);
const documents = new TextDocuments(EditableDocument);
const session = new Session();
session.onProvisional = (file) => scheduleExact(file);

// ── State. ──────────────────────────────────────────────────────────────────────────────────
/** What the client can do, read once at initialisation. */
const client = { configuration: false, workspaceFolders: false, watchedFiles: false, configurationChange: false, diagnosticRefresh: false, inlayHintRefresh: false };
let folders: string[] = [];
let skipped: Skipped[] = [];
let indexing = false;
const shownWarnings = new Set<string>();
/** The diagnostics last sent for each open document, to send only what changed. */
const published = new Map<string, { version: number; diagnostics: Diagnostic[]; json?: string }>();
const timers = new Map<string, NodeJS.Timeout>();
/** Pending exact analyses of large documents whose index holds a splice. */
const exactTimers = new Map<string, NodeJS.Timeout>();
let statusTimer: NodeJS.Timeout | undefined;
/** Open documents not analysed (binary or too large), logged once each. */
const refusedFiles = new Set<string>();
const STATUS_DELAY = 100;
/** Quiet time after the last edit before a large document is analysed whole. */
const EXACT_DELAY = 300;

// ── What the server offers, and the handler of each request: one line each, calling one feature. ──
const capabilities: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  hoverProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  documentHighlightProvider: true,
  documentSymbolProvider: { label: 'Corpus Lens' },
  workspaceSymbolProvider: true,
  renameProvider: { prepareProvider: true },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  semanticTokensProvider: { legend: LEGEND, full: true },
  inlayHintProvider: true,
  diagnosticProvider: { identifier: 'corpus-lens', interFileDependencies: true, workspaceDiagnostics: true },
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

connection.onHover(onView('hover', null, (view, p) => provideHover(session, view, p.position)));
connection.onDefinition(onView('definition', null, (view, p) => provideDefinition(session, view, p.position)));
connection.onReferences(onView('references', [], (view, p) => provideReferences(session, view, p.position)));
connection.onDocumentHighlight(onView('documentHighlight', [], (view, p) => provideDocumentHighlights(view, p.position)));
connection.onDocumentSymbol(onView('documentSymbol', [], (view) => provideDocumentSymbols(view, session.settings.language)));
connection.onWorkspaceSymbol((p) => guard('workspaceSymbol', undefined, () => provideWorkspaceSymbols(session, p.query), []));
connection.onPrepareRename(onView('prepareRename', null, (view, p) => providePrepareRename(view, p.position)));
connection.onRenameRequest(onView('rename', null, (view, p) => provideRename(session, view, p.position, p.newName)));
connection.onCodeAction(onView('codeAction', [], (view, p) => provideCodeActions(session, view, p.range)));
connection.languages.semanticTokens.on(onView('semanticTokens', { data: [] }, (view) => provideSemanticTokens(view)));
connection.languages.inlayHint.on(onView('inlayHint', [], (view, p) => provideInlayHints(session, view, p.range)));
connection.languages.diagnostics.on((p) => guard('diagnostic', p.textDocument.uri, () => provideDocumentReport(session, p.textDocument.uri, p.previousResultId), { kind: 'full', items: [] }));
connection.languages.diagnostics.onWorkspace((p) => guard('workspaceDiagnostic', undefined, () => provideWorkspaceReport(session, p), { items: [] }));
connection.onRequest(StatusRequest, () => status());
connection.onRequest(ReindexRequest, async () => (await guard('reindex', undefined, reindex), status()));
connection.onRequest(GapRequest, (p) => guard('gap', p.uri, () => findGap(session, p), null));

connection.onInitialize((params: InitializeParams) => {
  const caps = params.capabilities;
  client.configuration = caps.workspace?.configuration === true;
  client.workspaceFolders = caps.workspace?.workspaceFolders === true;
  client.configurationChange = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  client.watchedFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  client.diagnosticRefresh = caps.workspace?.diagnostics?.refreshSupport === true;
  client.inlayHintRefresh = caps.workspace?.inlayHint?.refreshSupport === true;
  const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  folders = roots.map(uriToPath).filter((p): p is string => p !== undefined);
  return { capabilities, serverInfo: { name: 'corpus-lens' } };
});

connection.onInitialized(async () => {
  await guard('initialized', undefined, async () => {
    await loadSettings();
    if (client.configurationChange) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'corpusLens' });
    await registerWatchers();
    if (client.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders((e) => guard('workspaceFolders', undefined, () => foldersChanged(e)));
    await reindex();
  });
});

// ── Keeping the index current. ──────────────────────────────────────────────────────────────
documents.onDidOpen(({ document }) => guard('open', document.uri, () => openDocument(document)));
documents.onDidChangeContent(({ document }) => {
  const file = canonicalUri(document.uri);
  if (session.open.has(file)) schedule(file);
  else guard('open', document.uri, () => openDocument(document)); // A refused document may have become acceptable.
});
documents.onDidClose(({ document }) => guard('close', document.uri, () => closeDocument(document)));
connection.onDidChangeWatchedFiles((p) => guard('watchedFiles', undefined, () => filesChanged(p.changes)));
connection.onDidChangeConfiguration((p) => guard('configuration', undefined, () => settingsChanged(p.settings)));

function openDocument(document: TextDocument): void {
  const file = canonicalUri(document.uri);
  const refused = refuseText(document.getText(), session.settings.maxFileSize);
  if (refused) {
    if (!refusedFiles.has(file)) connection.console.warn(`Not analysing ${document.uri}: ${refused}`);
    refusedFiles.add(file);
    session.remove(file);
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] });
    return;
  }
  refusedFiles.delete(file);
  session.open.set(file, document);
  session.refresh(file);
  publishAll();
}

async function closeDocument(document: TextDocument): Promise<void> {
  const file = canonicalUri(document.uri);
  session.open.delete(file);
  clearTimeout(exactTimers.get(file));
  exactTimers.delete(file);
  refusedFiles.delete(file);
  published.delete(file);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  // The editor may close without saving: the disk text is the corpus again.
  if (isCorpusUri(session, file, folders)) await reloadFromDisk(file);
  else session.remove(file);
  corpusChanged();
}

/** Edits are analysed once the typing pauses (or sooner, by the first request that needs them). */
function schedule(file: string): void {
  if (!session.open.has(file)) return;
  restartTimer(timers, file, session.settings.debounce, () =>
    guard('analyse', file, () => {
      session.refresh(file);
      corpusChanged();
    }),
  );
}

/** (Re)starts the file's timer in `table`: of calls closer together than `delay`, the last runs. */
function restartTimer(table: Map<string, NodeJS.Timeout>, file: string, delay: number, run: () => void): void {
  clearTimeout(table.get(file));
  table.set(file, setTimeout(() => {
    table.delete(file);
    run();
  }, delay));
}

/**
 * Once typing pauses, a large document spliced around its edits is analysed whole on a worker
 * thread (requests stay answered meanwhile) and the exact result replaces the splice.
 */
function scheduleExact(file: string): void {
  restartTimer(exactTimers, file, Math.max(EXACT_DELAY, session.settings.debounce), () =>
    void guard('exactAnalysis', file, async () => {
      const version = session.indexedVersionOf(file);
      const doc = session.index.get(file);
      const open = session.open.get(file);
      if (!session.provisional.has(file) || version === undefined || !doc || !open || open.version !== version) return;
      const result = await exactAnalysis(doc.text, session.settings.language, (m) => connection.console.warn(m));
      if (session.settle(file, version, open.getText(), result)) corpusChanged();
      else if (session.provisional.has(file)) scheduleExact(file);
    }),
  );
}

async function foldersChanged(e: WorkspaceFoldersChangeEvent): Promise<void> {
  const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
  const added = e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
  folders = [...folders.filter((f) => !removed.has(f)), ...added];
  await reindex();
}

async function filesChanged(changes: { uri: string; type: FileChangeType }[]): Promise<void> {
  for (const change of changes) {
    const file = canonicalUri(change.uri);
    if (session.open.has(file)) continue; // The editor's text wins over the disk's.
    if (change.type === FileChangeType.Deleted) session.remove(file);
    else if (isCorpusUri(session, file, folders)) await reloadFromDisk(file);
  }
  corpusChanged();
}

async function reloadFromDisk(file: string): Promise<void> {
  const outcome = await readCorpusFile(uriToPath(file)!, session.settings.maxFileSize);
  if (outcome.ok) session.update(file, outcome.text);
  else {
    session.remove(file);
    connection.console.warn(`Skipped ${file}: ${outcome.reason}`);
  }
}

/** Re-reads every corpus file from disk (open documents keep their editor text); runs one at a time. */
let indexingQueue: Promise<void> = Promise.resolve();
function reindex(): Promise<void> {
  indexingQueue = indexingQueue.then(indexOnce, indexOnce);
  return indexingQueue;
}

async function indexOnce(): Promise<void> {
  indexing = true;
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin('Corpus Lens: indexing', 0, 'listing files', false);
  try {
    for (const file of session.files()) if (!session.open.has(file)) session.remove(file);
    skipped = await indexFolders(session, folders, progress, (m) => connection.console.warn(m));
    connection.console.info(`Indexed ${session.files().length} corpus files (${skipped.length} skipped) in ${folders.length} folders.`);
  } finally {
    indexing = false;
    progress.done();
    corpusChanged();
  }
}

/** After any change to the index: fresh diagnostics for open files, a pull refresh, new counts. */
function corpusChanged(): void {
  publishAll();
  if (client.diagnosticRefresh) void connection.languages.diagnostics.refresh();
  // Counting walks the whole corpus, so a burst of changes sends one status, not one each.
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => void connection.sendNotification(StatusNotification, status()), STATUS_DELAY);
}

function publishAll(): void {
  for (const [file, document] of session.open) {
    guard('publishDiagnostics', file, () => {
      const view = session.view(file);
      const diagnostics: Diagnostic[] = view ? provideDiagnostics(session, view) : [];
      // A new version is always sent; the same version only if its diagnostics changed (compared
      // as JSON, which a 1 MB article's thousand diagnostics make worth skipping when it can be).
      const last = published.get(file);
      let json: string | undefined;
      if (last && last.version === document.version) {
        json = JSON.stringify(diagnostics);
        if ((last.json ??= JSON.stringify(last.diagnostics)) === json) return;
      }
      published.set(file, { version: document.version, diagnostics, json });
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    });
  }
}

function status(): CorpusStatus {
  const empty = { files: 0, entities: 0, quotations: 0, gaps: 0, skipped: skipped.length, indexing, pending: 0 };
  return guard('status', undefined, () => corpusStatus(session, indexing, skipped.length), empty);
}

// ── Settings. ───────────────────────────────────────────────────────────────────────────────
/** Reads the `corpusLens` section: pulled from the client when it can answer, else what it pushed. */
async function loadSettings(pushed?: unknown): Promise<Settings> {
  const raw: unknown = client.configuration ? await connection.workspace.getConfiguration('corpusLens') : (pushed as { corpusLens?: unknown } | undefined)?.corpusLens;
  const { settings, warnings } = normalizeSettings(raw);
  for (const warning of warnings) {
    connection.console.warn(warning);
    if (!shownWarnings.has(warning)) {
      shownWarnings.add(warning);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Corpus Lens: ${warning}` });
    }
  }
  return (session.settings = settings);
}

async function settingsChanged(pushed: unknown): Promise<void> {
  const before = session.settings;
  const after = await loadSettings(pushed);
  published.clear();
  if (before.language !== after.language) session.rebuild();
  const filesChanged = JSON.stringify([before.include, before.exclude, before.maxFileSize]) !== JSON.stringify([after.include, after.exclude, after.maxFileSize]);
  if (filesChanged) {
    await registerWatchers();
    await reindex();
  } else corpusChanged();
  if (client.inlayHintRefresh) void connection.languages.inlayHint.refresh();
}

let watcherRegistration: { dispose(): void } | undefined;
async function registerWatchers(): Promise<void> {
  if (!client.watchedFiles) return;
  watcherRegistration?.dispose();
  watcherRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: session.settings.include.map((globPattern) => ({ globPattern })),
  });
}

// ── Error boundary. ─────────────────────────────────────────────────────────────────────────
/** Runs one piece of work; an error is logged with its file (and offset) and answered with the fallback. */
function guard<T>(what: string, file: string | undefined, run: () => T, fallback?: T, position?: Position): T {
  const report = (err: unknown): T => {
    if (err instanceof ResponseError) throw err; // A deliberate answer, e.g. "cannot rename this".
    const view = file ? session.index.get(canonicalUri(file)) && session.view(file) : undefined;
    const offset = view && position ? ` at offset ${toOffset(view, position)} (line ${position.line + 1}, column ${position.character + 1})` : '';
    connection.console.error(`${what} failed${file ? ` for ${file}` : ''}${offset}: ${(err as Error)?.stack ?? String(err)}`);
    return fallback as T;
  };
  try {
    const result = run();
    return result instanceof Promise ? (result.catch(report) as T) : result;
  } catch (err) {
    return report(err);
  }
}

/** Wraps a text-document request: finds the file's view, runs the feature, guards it. */
function onView<P extends { textDocument: { uri: string }; position?: Position }, R>(what: string, fallback: R, run: (view: FileView, params: P) => R) {
  return (params: P): R => {
    const uri = params.textDocument.uri;
    return guard(what, uri, () => {
      const view = session.view(uri);
      return view ? run(view, params) : fallback;
    }, fallback, params.position);
  };
}

process.on('uncaughtException', (err) => connection.console.error(`Unexpected error: ${err.stack ?? err}`));
process.on('unhandledRejection', (err) => connection.console.error(`Unexpected rejection: ${(err as Error)?.stack ?? err}`));

documents.listen(connection);
connection.listen();
