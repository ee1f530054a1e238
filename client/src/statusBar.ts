// The status bar item: the corpus counts the server sends (files, entities, quotations, open
// attribution gaps), a spinner while it indexes, and a visible error if it could not start.
// Clicking it opens the Problems panel, where the gaps are listed.
import * as vscode from 'vscode';
import type { CorpusStatus } from '../../server/src/shared/protocol';

export class CorpusStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('corpusLens.status', vscode.StatusBarAlignment.Left, 10);
  private readonly changed = new vscode.EventEmitter<CorpusStatus>();
  /** Fires with every new set of counts. */
  readonly onDidChange = this.changed.event;
  /** The last counts shown, for tests and commands that report them. */
  last: CorpusStatus | undefined;

  constructor() {
    this.item.name = 'Corpus Lens';
    this.item.command = 'workbench.actions.view.problems';
    this.starting();
    this.item.show();
  }

  starting(): void {
    this.item.text = '$(sync~spin) Corpus Lens';
    this.item.tooltip = 'Corpus Lens: starting the language server…';
    this.item.backgroundColor = undefined;
  }

  update(status: CorpusStatus): void {
    this.last = status;
    const busy = status.indexing || status.pending > 0;
    const spin = busy ? '$(sync~spin) ' : '';
    this.item.text = `${spin}$(library) ${plural(status.files, 'file')} · ${plural(status.entities, 'entity', 'entities')} · ${plural(status.quotations, 'quote')} · $(warning) ${plural(status.gaps, 'gap')}`;
    const lines = [
      `**Corpus Lens**${status.indexing ? ' — indexing…' : status.pending > 0 ? ' — analysing the edited article…' : ''}`,
      '',
      `${plural(status.files, 'corpus file')}${status.skipped ? ` (${status.skipped} skipped, see the output)` : ''}`,
      plural(status.entities, 'entity', 'entities'),
      plural(status.quotations, 'quotation'),
      `${plural(status.gaps, 'open attribution gap')} (unattributed quotations, vague sources, unsourced claims)`,
      '',
      'Click to open the Problems panel.',
    ];
    this.item.tooltip = new vscode.MarkdownString(lines.join('  \n'));
    this.item.accessibilityInformation = {
      label: `Corpus Lens: ${plural(status.files, 'file')}, ${plural(status.entities, 'entity', 'entities')}, ${plural(status.quotations, 'quotation')}, ${plural(status.gaps, 'attribution gap')}`,
    };
    this.item.command = 'workbench.actions.view.problems';
    this.item.backgroundColor = undefined;
    this.changed.fire(status);
  }

  failed(message: string): void {
    this.item.text = '$(error) Corpus Lens';
    this.item.tooltip = `Corpus Lens: the language server is not running (${message}). Click to see the output.`;
    this.item.command = 'corpusLens.showOutput';
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
  }

  dispose(): void {
    this.item.dispose();
    this.changed.dispose();
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
