// Token-level lookups shared by sources and claims: which entity mention covers each token.
// Computed once per document and entity list (both detectors receive the same array), in one
// merge pass over tokens and mentions.
import type { EntityMention } from './types';
import { recall, remember, type DocContext } from './context';
import { tokenOffsets } from './text';
import { countAtMost } from './spans';

const BY_TOKEN = Symbol('entities by token');

/** For each token, the entity mention overlapping it, or undefined. Do not mutate. */
export function entitiesByToken(ctx: DocContext, entities: EntityMention[]): (EntityMention | undefined)[] {
  const cached = recall<{ entities: EntityMention[]; at: (EntityMention | undefined)[] }>(ctx, BY_TOKEN);
  if (cached && cached.entities === entities) return cached.at;
  // The offsets' typed arrays, read in order: the token objects themselves are not touched.
  const { starts, ends } = tokenOffsets(ctx.seg);
  let sorted = entities;
  for (let i = 1; i < entities.length; i++) {
    if (entities[i].start < entities[i - 1].start) {
      sorted = [...entities].sort((a, b) => a.start - b.start);
      break;
    }
  }
  const at: (EntityMention | undefined)[] = new Array(starts.length);
  let e = 0;
  for (let i = 0; i < starts.length; i++) {
    while (e < sorted.length && sorted[e].end <= starts[i]) e++;
    if (e >= sorted.length) break;
    const m = sorted[e];
    if (m.start >= ends[i]) {
      // The tokens before the next mention are no one's: jump to the first that reaches it.
      i = countAtMost(ends, m.start, i) - 1;
      continue;
    }
    if (starts[i] < m.end) at[i] = m;
  }
  remember(ctx, BY_TOKEN, { entities, at });
  return at;
}

