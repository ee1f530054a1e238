// STUB (to be replaced): named entity mentions (PER, ORG, LOC).
import type { EntityMention } from './types';
import type { DocContext } from './context';

export function findEntities(_ctx: DocContext): EntityMention[] {
  return [];
}
