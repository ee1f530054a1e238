// The "Corpus Lens: …" commands. Each one asks the server (or VS Code's own reference view) and
// only moves the cursor or shows a message: the work happens in the language server, which the
// protocol tests cover. A command never throws at the reader; failures become messages.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { GapRequest, isGapCode, ReindexRequest } from '../../server/src/shared/protocol';
import { LANGUAGE_ID } from './languageAssociation';
import type { CorpusStatusBar } from './statusBar';

export const COMMANDS = {
  nextGap: 'corpusLens.nextGap',
  previousGap: 'corpusLens.previousGap',
  showMentions: 'corpusLens.showMentions',
  reindex: 'corpusLens.reindex',
  showOutput: 'corpusLens.showOutput',
} as const;

export function registerCommands(client: LanguageClient, statusBar: CorpusStatusBar): vscode.Disposable {
  const run = (name: string, body: () => Promise<void>, needsServer = true) =>
    vscode.commands.registerCommand(name, async () => {
      try {
        // A request to a server that is down would wait for a restart that may never come.
        if (needsServer && !client.isRunning()) {
          offerOutput(client, vscode.window.showWarningMessage('Corpus Lens: the language server is not running.', 'Show output'));
          return;
        }
        await body();
      } catch (err) {
        client.error(`Command ${name} failed`, err, false);
        offerOutput(client, vscode.window.showErrorMessage(`Corpus Lens: ${errorText(err)}`, 'Show output'));
      }
    });

  return vscode.Disposable.from(
    run(COMMANDS.nextGap, () => goToGap(client, 'next')),
    run(COMMANDS.previousGap, () => goToGap(client, 'previous')),
    run(COMMANDS.showMentions, () => showMentions()),
    run(COMMANDS.reindex, async () => {
      const status = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Corpus Lens: re-indexing the corpus' },
        () => client.sendRequest(ReindexRequest),
      );
      statusBar.update(status);
      const skipped = status.skipped ? `, ${status.skipped} skipped (see the output)` : '';
      void vscode.window.showInformationMessage(`Corpus Lens: indexed ${status.files} files${skipped}: ${status.entities} entities, ${status.quotations} quotations, ${status.gaps} attribution gaps.`);
    }),
    run(COMMANDS.showOutput, async () => client.outputChannel.show(true), false),
  );
}

async function goToGap(client: LanguageClient, direction: 'next' | 'previous'): Promise<void> {
  const editor = activeArticle('open a corpus article to move between attribution gaps.');
  if (!editor) return;
  const location = await client.sendRequest(GapRequest, {
    uri: editor.document.uri.toString(),
    position: client.code2ProtocolConverter.asPosition(editor.selection.active),
    direction,
  });
  if (!location) {
    void vscode.window.showInformationMessage('Corpus Lens: no attribution gap in the corpus.');
    return;
  }
  const target = client.protocol2CodeConverter.asLocation(location);
  const document = await vscode.workspace.openTextDocument(target.uri);
  const cursor = new vscode.Selection(target.range.start, target.range.start);
  const shown = await vscode.window.showTextDocument(document, { selection: cursor, preserveFocus: false });
  shown.revealRange(target.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const diagnostic = vscode.languages
    .getDiagnostics(target.uri)
    .find((d) => d.source === 'corpus-lens' && isGapCode(codeOf(d)) && d.range.start.isEqual(target.range.start));
  if (diagnostic) vscode.window.setStatusBarMessage(`$(warning) ${diagnostic.message}`, 5000);
}

/** Every mention of the entity under the cursor, across the corpus, in the references view. */
async function showMentions(): Promise<void> {
  const editor = activeArticle('put the cursor on a name in a corpus article to see all its mentions.');
  if (!editor) return;
  const position = editor.selection.active;
  const found = await vscode.commands.executeCommand<vscode.Location[] | undefined>('vscode.executeReferenceProvider', editor.document.uri, position);
  if (!found?.length) {
    void vscode.window.showInformationMessage('Corpus Lens: the cursor is not on a person, organisation or place.');
    return;
  }
  // The references view (a built-in extension, activated by its command) lists them by file;
  // where it is missing, the peek view shows the same locations.
  try {
    await vscode.commands.executeCommand('references-view.findReferences');
  } catch {
    await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, position, found);
  }
}

/** The active editor when it shows a corpus article; otherwise tells the reader what to do and gives undefined. */
function activeArticle(hint: string): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document.languageId === LANGUAGE_ID) return editor;
  void vscode.window.showInformationMessage(`Corpus Lens: ${hint}`);
  return undefined;
}

/** Opens the output if the reader clicks the message's button; the command does not wait for it. */
function offerOutput(client: LanguageClient, choice: Thenable<string | undefined>): void {
  choice.then((picked) => picked && client.outputChannel.show(true), () => undefined);
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
