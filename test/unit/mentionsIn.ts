// Entity mentions built from a text for tests: each spec is searched after the previous one, so
// no test ever types an offset.
import type { EntityMention, EntityType } from '../../server/src/analysis/types';

export type Spec = [text: string, type: EntityType];

export function mentionsIn(text: string, specs: Spec[]): EntityMention[] {
  let from = 0;
  return specs.map(([s, type]) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`"${s}" not found after offset ${from}`);
    from = start + s.length;
    return { start, end: start + s.length, text: s, type, id: s, confidence: 1, evidence: [] };
  });
}
