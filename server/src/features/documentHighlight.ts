// Document highlight: every mention in this file of the entity under the cursor; the one that
// introduces it (with a role) is marked as the "write", the others as reads.
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver';
import { mentionAt, toOffset, toRange, type FileView } from './session';

export function provideDocumentHighlights(view: FileView, position: Position): DocumentHighlight[] {
  const mention = mentionAt(view, toOffset(view, position));
  if (!mention) return [];
  return view.result.entities
    .filter((m) => m.id === mention.id)
    .map((m) => ({ range: toRange(view, m), kind: m.role ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
