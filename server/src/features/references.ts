// Find all references: every mention of the same corpus entity in every corpus file, opened or
// not, in corpus order. Unopened files are converted through their indexed disk text.
import type { Location, Position } from 'vscode-languageserver';
import { mentionAt, toLocation, toOffset, type FileView, type Session } from './session';
import { sortMentions } from './definition';

export function provideReferences(session: Session, view: FileView, position: Position): Location[] {
  const mention = mentionAt(view, toOffset(view, position));
  if (!mention) return [];
  const out: Location[] = [];
  for (const { file, mention: m } of sortMentions(session.index.mentionsOf(mention.id))) {
    const target = file === view.file ? view : session.view(file);
    if (target) out.push(toLocation(target, m));
  }
  return out;
}
