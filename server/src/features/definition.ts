// Go to definition: where the corpus introduces the entity. That is the first mention that
// carries a role ("le président russe Vladimir Poutine"), else the first mention of all, in
// corpus order (files sorted by name, mentions by offset).
import type { Location, Position } from 'vscode-languageserver';
import type { CorpusMention } from '../analysis';
import { mentionAt, toLocation, toOffset, type FileView, type Session } from './session';

export function provideDefinition(session: Session, view: FileView, position: Position): Location | null {
  const mention = mentionAt(view, toOffset(view, position));
  if (!mention) return null;
  const first = introduction(session, mention.id);
  const target = first && session.view(first.file);
  return target ? toLocation(target, first.mention) : null;
}

export function introduction(session: Session, id: string): CorpusMention | undefined {
  const mentions = sortMentions(session.index.mentionsOf(id));
  return mentions.find((m) => m.mention.role) ?? mentions[0];
}

export function sortMentions(mentions: CorpusMention[]): CorpusMention[] {
  return mentions.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.mention.start - b.mention.start));
}
