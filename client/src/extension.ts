// The VS Code side of Corpus Lens: starts the bundled language server (`dist/server.js`) over
// stdio for `news-article` documents and wires the status bar, the commands and the switch of
// corpus `.txt` files to the news-article language. Everything a reader sees in an article
// (diagnostics, hovers, outline, navigation, tokens) comes from the server; this file only
// connects the two. Activation never throws: a server that cannot start shows up in the
// status bar and the output channel instead.
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { StatusNotification, StatusRequest, type CorpusStatus } from '../../server/src/shared/protocol';
import { registerCommands } from './commands';
import { LANGUAGE_ID, registerLanguageAssociation } from './languageAssociation';
import { CorpusStatusBar } from './statusBar';

/** What `activate` returns: lets the end-to-end tests wait for the server instead of sleeping. */
export interface CorpusLensApi {
  /** Resolves once the language server has started (rejects if it could not). */
  ready: Promise<void>;
  /** The latest corpus counts the server sent, if any. */
  status(): CorpusStatus | undefined;
  /** Resolves with the counts once the server has finished indexing the corpus. */
  indexed(): Promise<CorpusStatus>;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): CorpusLensApi {
  const module = context.asAbsolutePath('dist/server.js');
  // Over stdio the server writes each message straight into one kept buffer (server/src/transport.ts);
  // over IPC Node's channel would stringify every keystroke's diagnostics into fresh memory.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    // Open articles get their diagnostics pushed; the server answers pulls (empty for open
    // articles) so that the Problems panel also lists every unopened corpus file.
    // Settings reach the server through `workspace/configuration`; the server registers for changes.
  };
  client = new LanguageClient('corpusLens', 'Corpus Lens', serverOptions, clientOptions);
  const statusBar = new CorpusStatusBar();
  context.subscriptions.push(
    statusBar,
    registerLanguageAssociation((message) => client?.warn(message, undefined, false)),
    registerCommands(client, statusBar),
    client.onNotification(StatusNotification, (status) => statusBar.update(status)),
    client.onDidChangeState(({ newState }) => {
      // After a crash the client restarts the server by itself: show the counts again once it is back.
      if (newState === State.Running) client?.sendRequest(StatusRequest).then((status) => statusBar.update(status), () => undefined);
      else if (newState === State.Stopped) statusBar.failed('stopped');
    }),
  );

  const ready = start(client, statusBar);
  ready.catch(() => undefined); // Reported in start(); the promise is for callers who wait.
  return { ready, status: () => statusBar.last, indexed: () => whenIndexed(statusBar) };
}

function whenIndexed(statusBar: CorpusStatusBar): Promise<CorpusStatus> {
  return new Promise((resolve) => {
    if (statusBar.last && !statusBar.last.indexing) return resolve(statusBar.last);
    const subscription = statusBar.onDidChange((status) => {
      if (status.indexing) return;
      subscription.dispose();
      resolve(status);
    });
  });
}

async function start(languageClient: LanguageClient, statusBar: CorpusStatusBar): Promise<void> {
  try {
    await languageClient.start();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    statusBar.failed(message);
    languageClient.error('The Corpus Lens language server could not start', err, false);
    void vscode.window.showErrorMessage(`Corpus Lens: the language server could not start (${message}).`, 'Show output').then((choice) => {
      if (choice) languageClient.outputChannel.show(true);
    });
    throw err;
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
