// STUB (to be replaced): reported and conditional claims.
import type { Claim, EntityMention, Quote, Source } from './types';
import type { DocContext } from './context';

export function findClaims(_ctx: DocContext, _entities: EntityMention[], _sources: Source[], _quotes: Quote[]): Claim[] {
  return [];
}
