// Inlay hints: after each closing quotation mark, who said it (« … » — Tertitskiy), so a reader
// sees attributions at a glance. Switched off by `corpusLens.inlayHints.speakers`.
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import { toOffset, toPosition, type FileView, type Session } from './session';

export function provideInlayHints(session: Session, view: FileView, range: Range): InlayHint[] {
  if (!session.settings.inlayHints.speakers) return [];
  const from = toOffset(view, range.start);
  const to = toOffset(view, range.end);
  const names = new Map<string, string>();
  const hints: InlayHint[] = [];
  for (const q of view.result.quotes) {
    if (!q.speaker || !q.balanced || q.end < from || q.end > to) continue;
    let label = names.get(q.speaker);
    if (label === undefined) names.set(q.speaker, (label = shortName(session, q.speaker)));
    hints.push({
      position: toPosition(view, q.end),
      label: `— ${label}`,
      kind: InlayHintKind.Parameter,
      paddingLeft: true,
      tooltip: `${q.speaker} (${q.attribution?.method ?? 'attributed'}, ${Math.round(q.confidence * 100)} %)`,
    });
  }
  return hints;
}

/** The surname for a person, the whole name for an organisation or a place. */
function shortName(session: Session, id: string): string {
  if (session.index.entity(id)?.type !== 'PER') return id;
  const words = id.split(/\s+/);
  return words[words.length - 1] || id;
}
