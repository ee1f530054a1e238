// STUB (to be replaced): source phrases, vague ("selon des experts") or named.
import type { EntityMention, Source } from './types';
import type { DocContext } from './context';

export function findSources(_ctx: DocContext, _entities: EntityMention[]): Source[] {
  return [];
}
