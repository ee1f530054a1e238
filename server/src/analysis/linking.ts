// STUB (to be replaced): document-level canonical ids for entity mentions.
import type { EntityMention } from './types';
import type { DocContext } from './context';

export function linkDocumentEntities(_ctx: DocContext, mentions: EntityMention[]): EntityMention[] {
  return mentions;
}
