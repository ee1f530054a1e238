// Semantic tokens: entity mentions typed person, organisation or place, so a theme can colour
// them apart, and speakers: a mention that names who said a quotation gets the `speaker`
// modifier, and a pronoun or role that does it ("a-t-elle", "le président russe") the `speaker` type.
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { AttributionMethod, EntityType, Span } from '../analysis';
import { toOffset, toPosition, type FileView } from './session';

export const LEGEND: SemanticTokensLegend = {
  tokenTypes: ['person', 'organization', 'place', 'speaker'],
  tokenModifiers: ['speaker', 'declaration'],
};
const TYPE: Record<EntityType, number> = { PER: 0, ORG: 1, LOC: 2 };
const SPEAKER_TYPE = 3;
const NOT_NAMING = new Set<AttributionMethod>(['echo', 'continuation']);
const SPEAKER_MOD = 1 << 0;
const DECLARATION_MOD = 1 << 1;

interface Token extends Span {
  type: number;
  modifiers: number;
}

export function provideSemanticTokens(view: FileView): SemanticTokens {
  const speakerSpans = new Set<string>();
  const tokens: Token[] = [];
  for (const q of view.result.quotes) {
    // Echoes and continuations point at another quotation, not at words naming the speaker.
    const m = q.speaker && !NOT_NAMING.has(q.attribution?.method ?? 'echo') ? q.attribution?.mention : undefined;
    if (m) speakerSpans.add(`${m.start}:${m.end}`);
  }
  const seen = new Set<string>();
  for (const m of view.result.entities) {
    const key = `${m.start}:${m.end}`;
    let modifiers = speakerSpans.has(key) ? SPEAKER_MOD : 0;
    if (!seen.has(m.id)) modifiers |= DECLARATION_MOD;
    seen.add(m.id);
    speakerSpans.delete(key);
    tokens.push({ start: m.start, end: m.end, type: TYPE[m.type], modifiers });
  }
  // A description that holds a name (« le chef du Kremlin ») leaves the name its own colour.
  for (const key of speakerSpans) {
    const [start, end] = key.split(':').map(Number);
    if (!view.result.entities.some((m) => m.start < end && start < m.end)) tokens.push({ start, end, type: SPEAKER_TYPE, modifiers: 0 });
  }
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  const builder = new SemanticTokensBuilder();
  let last = -1;
  for (const t of tokens) {
    if (t.start < last) continue; // Tokens may not overlap; the outer one wins.
    last = t.end;
    pushSplitByLine(view, t, builder);
  }
  return builder.build();
}

/** Tokens cannot span lines in the default encoding, so a mention broken by a line break is split. */
function pushSplitByLine(view: FileView, t: Token, builder: SemanticTokensBuilder): void {
  let start = t.start;
  while (start < t.end) {
    const pos = toPosition(view, start);
    const lineEnd = toOffset(view, { line: pos.line + 1, character: 0 });
    const end = Math.min(t.end, lineEnd);
    const length = view.text.slice(start, end).replace(/[\r\n]+$/, '').length;
    if (length > 0) builder.push(pos.line, pos.character, length, t.type, t.modifiers);
    start = end > start ? end : t.end;
  }
}
