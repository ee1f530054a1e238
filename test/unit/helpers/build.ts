// Builds entity mentions and quotes for unit tests from the text itself (spans are found by
// searching, never typed as offsets), so the detectors can be tested before, and independently
// of, the entity and quotation modules.
import type { EntityMention, EntityType, Quote } from '../../../server/src/analysis/types';

/** [surface, type, id?]: every occurrence of `surface` becomes a mention (id defaults to surface). */
export type EntitySpec = [string, EntityType, string?];

export function entitiesIn(text: string, specs: EntitySpec[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [surface, type, id] of specs) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      out.push({ start: at, end: at + surface.length, text: surface, type, id: id ?? surface, confidence: 1, evidence: ['test'] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Every «…», “…” or "…" span of the text as a speech quote with no speaker (or the given one). */
export function quotesIn(text: string, speakers: Record<string, string | null> = {}): Quote[] {
  const out: Quote[] = [];
  const pairs: Record<string, string> = { '«': '»', '“': '”', '"': '"' };
  for (let i = 0; i < text.length; i++) {
    const close = pairs[text[i]];
    if (!close) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0) continue;
    const quoteText = text.slice(i, end + 1);
    const speaker = Object.entries(speakers).find(([k]) => quoteText.includes(k))?.[1] ?? null;
    out.push({
      start: i,
      end: end + 1,
      text: quoteText,
      kind: 'speech',
      speaker,
      confidence: speaker ? 0.9 : 0,
      attribution: null,
      source: null,
      inner: { start: i + 1, end },
      balanced: true,
    });
    i = end;
  }
  return out;
}
