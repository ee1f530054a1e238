// A small LSP client for the protocol tests: it copies the sample corpus (plus any extra files)
// into a temporary workspace folder, starts the bundled `dist/server.js --stdio`, answers the
// server's own requests (configuration, registrations, progress) and records what it pushes.
// Positions are always found by searching the text, never written as line and column.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SERVER = process.env.CORPUS_LENS_SERVER ?? path.join(ROOT, 'dist/server.js');
export const SAMPLES = path.join(ROOT, 'samples/corpus');

/** One long article: the sample articles, in name order, repeated until it has `length` characters. */
export function longArticle(length: number): string {
  const samples = readdirSync(SAMPLES).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(path.join(SAMPLES, n), 'utf8'));
  let text = '';
  for (let copy = 1; text.length < length; copy++) text += samples.map((s) => `${s}\n\nCopie ${copy}.\n\n`).join('');
  return text;
}

export interface StartOptions {
  /** The `corpusLens` section the client answers to `workspace/configuration`. */
  settings?: Record<string, unknown>;
  /** Extra files (relative path → content) written into the workspace beside the samples. */
  files?: Record<string, string | Buffer>;
}

export interface Pushed {
  diagnostics: Map<string, Diagnostic[]>;
  logs: string[];
  messages: string[];
  progress: unknown[];
  status: { files: number; entities: number; quotations: number; gaps: number; skipped: number; indexing: boolean; pending: number }[];
}

export class LspClient {
  readonly pushed: Pushed = { diagnostics: new Map(), logs: [], messages: [], progress: [], status: [] };
  settings: Record<string, unknown>;
  /** How long `until` waits by default; the benchmark raises it for very large documents. */
  timeoutMs = 10_000;
  private waiters: (() => void)[] = [];
  private configurationRequests = 0;
  private exited = false;

  private constructor(
    readonly folder: string,
    readonly rpc: MessageConnection,
    readonly child: ChildProcess,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-protocol-'));
    cpSync(SAMPLES, folder, { recursive: true });
    for (const [name, content] of Object.entries(options.files ?? {})) {
      mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      writeFileSync(path.join(folder, name), content);
    }
    // CORPUS_LENS_SERVER_ARGS: extra Node options for the server, e.g. --cpu-prof when profiling a benchmark.
    const child = spawn(process.execPath, [...(process.env.CORPUS_LENS_SERVER_ARGS ?? '').split(' ').filter(Boolean), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(folder, rpc, child, options.settings ?? {});
    child.on('exit', () => (client.exited = true));
    child.stderr!.on('data', (d) => client.pushed.logs.push(String(d)));
    client.listen();
    rpc.listen();
    const died = new Promise<never>((_, reject) => child.on('exit', (code) => reject(new Error(`server exited (${code}) during start-up\n${client.pushed.logs.join('\n')}`))));
    await Promise.race([client.initialize(), died]);
    return client;
  }

  private listen(): void {
    const { rpc, pushed } = this;
    rpc.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      this.configurationRequests++;
      return p.items.map(() => this.settings);
    });
    rpc.onRequest('client/registerCapability', () => null);
    rpc.onRequest('client/unregisterCapability', () => null);
    rpc.onRequest('window/workDoneProgress/create', () => null);
    rpc.onRequest('workspace/diagnostic/refresh', () => null);
    rpc.onRequest('workspace/inlayHint/refresh', () => null);
    rpc.onRequest('workspace/semanticTokens/refresh', () => null);
    rpc.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      pushed.diagnostics.set(p.uri, p.diagnostics);
      this.wake();
    });
    rpc.onNotification('window/logMessage', (p: { message: string }) => void pushed.logs.push(p.message));
    rpc.onNotification('window/showMessage', (p: { message: string }) => void pushed.messages.push(p.message));
    rpc.onNotification('$/progress', (p: unknown) => {
      pushed.progress.push(p);
      this.wake();
    });
    rpc.onNotification('corpusLens/status', (p: Pushed['status'][number]) => {
      pushed.status.push(p);
      this.wake();
    });
  }

  private async initialize(): Promise<void> {
    await this.rpc.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: [{ uri: pathToFileURL(this.folder).href, name: 'corpus' }],
      capabilities: {
        window: { workDoneProgress: true },
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          diagnostics: { refreshSupport: true },
          inlayHint: { refreshSupport: true },
          workspaceEdit: { documentChanges: false },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          rename: { prepareSupport: true },
          publishDiagnostics: { relatedInformation: true },
          diagnostic: { relatedDocumentSupport: false },
        },
      },
    });
    await this.rpc.sendNotification('initialized', {});
    await this.until(() => this.pushed.status.some((s) => !s.indexing && s.files > 0), 'start-up indexing');
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Waits until a condition holds, re-checking on every notification (and every 50 ms). */
  async until(condition: () => boolean, what: string, timeoutMs = this.timeoutMs): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (this.exited) throw new Error(`server exited while waiting for ${what}\n${this.pushed.logs.join('\n')}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  uri(name: string): string {
    return pathToFileURL(path.join(this.folder, name)).href;
  }

  read(name: string): string {
    return readFileSync(path.join(this.folder, name), 'utf8');
  }

  /** Opens a workspace file (or given text) and waits for its first diagnostics. */
  async open(name: string, text = this.read(name)): Promise<OpenFile> {
    const uri = this.uri(name);
    this.pushed.diagnostics.delete(uri);
    await this.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
    await this.until(() => this.pushed.diagnostics.has(uri), `diagnostics of ${name}`);
    return new OpenFile(this, name, uri, text);
  }

  /** Sends a request; a server that never answers fails the test instead of hanging it. */
  async request<R>(method: string, params: unknown): Promise<R> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer to ${method} within ${this.timeoutMs * 3} ms`)), this.timeoutMs * 3);
    });
    try {
      return await Promise.race([this.rpc.sendRequest(method, params) as Promise<R>, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Changes the settings and returns once the server applied them: it has pulled them, and a
   * status request sent after that (so handled after them) says no indexing is running.
   */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    const before = this.configurationRequests;
    await this.rpc.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await this.until(() => this.configurationRequests > before, 'the server to read the new settings');
    for (let i = 0; (await this.request<{ indexing: boolean }>('corpusLens/status', null)).indexing; i++) {
      if (i > 200) throw new Error('indexing never ended after a settings change');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  alive(): boolean {
    return !this.exited && this.child.exitCode === null;
  }

  async stop(): Promise<void> {
    try {
      if (this.alive()) {
        await this.request('shutdown', null).catch(() => undefined); // The kill below ends it anyway.
        await this.rpc.sendNotification('exit');
      }
    } finally {
      this.rpc.dispose();
      if (this.child.exitCode === null) this.child.kill();
      rmSync(this.folder, { recursive: true, force: true });
    }
  }
}

/** An open document: its text as the client sees it, kept in step with the edits it sends. */
export class OpenFile {
  version = 1;
  doc: TextDocument;

  constructor(readonly client: LspClient, readonly name: string, readonly uri: string, text: string) {
    this.doc = TextDocument.create(uri, 'news-article', 1, text);
  }

  get text(): string {
    return this.doc.getText();
  }

  get diagnostics(): Diagnostic[] {
    return this.client.pushed.diagnostics.get(this.uri) ?? [];
  }

  /** The position inside the `nth` occurrence of `needle` (`at` characters into it). */
  positionOf(needle: string, nth = 0, at = 1): Position {
    return this.doc.positionAt(offsetOf(this.text, needle, nth) + at);
  }

  rangeText(range: Range): string {
    return this.text.slice(this.doc.offsetAt(range.start), this.doc.offsetAt(range.end));
  }

  /** Applies edits locally, sends them as incremental changes and waits for fresh diagnostics. */
  /** Applies the edits here and sends them; resolves with the milliseconds from sending to the diagnostics' arrival. */
  async edit(edits: TextEdit[]): Promise<number> {
    const { diagnostics } = this.client.pushed;
    diagnostics.delete(this.uri);
    const sent = await this.send(edits);
    await this.client.until(() => diagnostics.has(this.uri), `diagnostics after editing ${this.name}`);
    return performance.now() - sent;
  }

  /** Applies the edits here and sends them, without waiting for anything; resolves with the time it sent them. */
  async send(edits: TextEdit[]): Promise<number> {
    const sorted = [...edits].sort((a, b) => this.doc.offsetAt(b.range.start) - this.doc.offsetAt(a.range.start));
    this.version++;
    const contentChanges = sorted.map((e) => ({ range: e.range, text: e.newText }));
    // Incremental changes apply in order, so they go from the end of the text to its start.
    this.doc = TextDocument.update(this.doc, contentChanges, this.version);
    const sent = performance.now();
    await this.client.rpc.sendNotification('textDocument/didChange', { textDocument: { uri: this.uri, version: this.version }, contentChanges });
    return sent;
  }

  request<R>(method: string, params: Record<string, unknown> = {}): Promise<R> {
    return this.client.request<R>(method, { textDocument: { uri: this.uri }, ...params });
  }
}

export function offsetOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${nth}) not found`);
  }
  return at;
}

/** The edits of a workspace edit for one URI (empty if none). */
export function editsFor(edit: WorkspaceEdit | null, uri: string): TextEdit[] {
  return edit?.changes?.[uri] ?? [];
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plain', 0, text), edits);
}
