// Per-document diagnostics from the analysis results: the attribution gaps a reader or editor
// should look at. Each carries the data its quick fix needs (where to insert an attribution, a
// missing mark or a placeholder; which speakers are plausible), so the editor layer never has to
// re-analyse the text. `spelling-variant` needs the whole corpus and comes from CorpusIndex.
import type { TextSource } from './pieceText';
import type { AnalysisResult, Diagnostic, EntityMention, Quote, RelatedInfo, Span } from './types';
import type { DocContext } from './context';
import { message } from './messages';
import { countEndingBy } from './spans';

/** Plausible speakers offered for an unattributed quotation. */
const MAX_CANDIDATES = 3;
const PAIRS: Record<string, string> = { '«': '»', '“': '”', '»': '«', '”': '“' };
const OPENERS = new Set(['«', '“']);

/**
 * What a reader (or the quick fix) writes where a source is missing. A gap marked with it has
 * been seen and is not reported again, so applying the fix clears the diagnostic.
 */
export const SOURCE_PLACEHOLDER = '[source ?]';

/** A placeholder just after `at` (one space allowed) or just before it (a span grown over it). */
export function hasPlaceholder(text: TextSource, at: number): boolean {
  const n = SOURCE_PLACEHOLDER.length;
  if (text.slice(Math.max(0, at - n), at) === SOURCE_PLACEHOLDER) return true;
  const after = text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0xa0 ? at + 1 : at;
  return text.slice(after, after + n) === SOURCE_PLACEHOLDER;
}

export interface SpeakerCandidate {
  id: string;
  name: string;
}

export function collectDiagnostics(ctx: DocContext, result: AnalysisResult, unbalanced: Span[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lang = ctx.language;
  const paragraphOf = paragraphLocator(ctx);

  // Entities by paragraph, for the candidates of an unattributed quotation.
  const byParagraph = new Map<number, EntityMention[]>();
  for (const e of result.entities) {
    if (e.type === 'LOC') continue;
    const p = paragraphOf(e.start);
    const list = byParagraph.get(p) ?? [];
    list.push(e);
    byParagraph.set(p, list);
  }

  for (const q of result.quotes) {
    if (q.kind !== 'speech' || q.speaker !== null || q.source !== null || hasPlaceholder(ctx.text, q.end)) continue;
    const candidates = speakerCandidates(q, paragraphOf(q.start), byParagraph);
    out.push({
      start: q.start,
      end: q.end,
      severity: 'warning',
      code: 'unattributed-quote',
      message: message(lang, 'unattributed-quote', { candidates: candidates.map((c) => c.name).join(', ') || undefined }),
      data: { candidates, insertAt: q.end },
    });
  }

  // Vague sources, with what rests on each.
  const resting = new Map<number, RelatedInfo[]>();
  const rest = (index: number | null, span: Span, what: 'quote' | 'claim') => {
    if (index === null || !result.sources[index]?.vague) return;
    const list = resting.get(index) ?? [];
    list.push({ start: span.start, end: span.end, message: relatedMessage(lang, what) });
    resting.set(index, list);
  };
  for (const q of result.quotes) rest(q.source, q, 'quote');
  for (const c of result.claims) rest(c.source, c, 'claim');
  result.sources.forEach((s, i) => {
    // Every source phrase exists because something is attributed to it (a reporting cue or a
    // quotation), so each vague one is flagged, with the quotes and claims linked when known.
    if (!s.vague || hasPlaceholder(ctx.text, s.end)) return;
    const related = resting.get(i);
    out.push({
      start: s.start,
      end: s.end,
      severity: 'information',
      code: 'vague-source',
      message: message(lang, 'vague-source', { source: s.text }),
      ...(related ? { related } : {}),
      data: { source: i, insertAt: s.end },
    });
  });

  const byStart = new Map<number, Quote>();
  const byEnd = new Map<number, Quote>();
  for (const q of result.quotes) {
    byStart.set(q.start, q);
    byEnd.set(q.end, q);
  }
  for (const mark of unbalanced) {
    const d = unbalancedDiagnostic(ctx, byStart, byEnd, mark, paragraphOf);
    if (d) out.push(d);
  }

  for (const c of result.claims) {
    if (c.kind !== 'conditional' || hasPlaceholder(ctx.text, c.end)) continue;
    const at = c.cue ?? c;
    out.push({
      start: at.start,
      end: at.end,
      severity: 'information',
      code: 'unsourced-claim',
      message: message(lang, 'unsourced-claim', { verb: c.cue?.text ?? ctx.text.slice(c.start, c.end) }),
      related: [{ start: c.start, end: c.end, message: lang === 'fr' ? 'Affirmation' : 'Claim' }],
      data: { insertAt: c.end },
    });
  }

  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
}

/** PER/ORG entities of the quote's paragraph and the one before, nearest first, one per id. */
function speakerCandidates(q: Quote, paragraph: number, byParagraph: Map<number, EntityMention[]>): SpeakerCandidate[] {
  const pool: { e: EntityMention; distance: number }[] = [];
  for (const p of [paragraph, paragraph - 1]) {
    for (const e of byParagraph.get(p) ?? []) {
      // A name inside the quotation is talked about, not the one talking.
      if (e.start >= q.start && e.end <= q.end) continue;
      const distance = e.end <= q.start ? q.start - e.end : e.start - q.end;
      pool.push({ e, distance: p === paragraph ? distance : distance + 1e9 });
    }
  }
  pool.sort((a, b) => a.distance - b.distance);
  const seen = new Set<string>();
  const out: SpeakerCandidate[] = [];
  for (const { e } of pool) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    out.push({ id: e.id, name: e.id });
    if (out.length === MAX_CANDIDATES) break;
  }
  return out;
}

/**
 * A mark with no partner. An opening mark lacks its closing mark where its quote was cut off
 * (the paragraph end); a closing mark lacks its opening mark where the quote is taken to begin.
 * A straight " is an opener when a quote starts on it.
 */
function unbalancedDiagnostic(
  ctx: DocContext,
  byStart: Map<number, Quote>,
  byEnd: Map<number, Quote>,
  mark: Span,
  paragraphOf: (offset: number) => number,
): Diagnostic | null {
  const ch = ctx.text.slice(mark.start, mark.end);
  if (!ch) return null;
  const quote = byStart.get(mark.start) ?? byEnd.get(mark.end);
  const opener = OPENERS.has(ch) || (ch === '"' && quote?.start === mark.start);
  const missing = PAIRS[ch] ?? '"';
  let insertAt: number;
  if (opener) insertAt = quote && quote.start === mark.start ? quote.end : ctx.seg.paragraphs[paragraphOf(mark.start)]?.end ?? mark.end;
  else insertAt = quote && quote.end === mark.end ? quote.start : ctx.seg.paragraphs[paragraphOf(mark.start)]?.start ?? mark.start;
  return {
    start: mark.start,
    end: mark.end,
    severity: 'warning',
    code: 'unbalanced-quote',
    message: message(ctx.language, 'unbalanced-quote', { mark: ch, missing }),
    data: { mark: ch, missing, insertAt },
  };
}

function relatedMessage(lang: 'en' | 'fr', what: 'quote' | 'claim'): string {
  if (lang === 'fr') return what === 'quote' ? 'Citation reposant sur cette source' : 'Affirmation reposant sur cette source';
  return what === 'quote' ? 'Quotation resting on this source' : 'Claim resting on this source';
}

/** Offset → paragraph index by binary search (offsets between paragraphs go to the next one). */
function paragraphLocator(ctx: DocContext): (offset: number) => number {
  const paragraphs = ctx.seg.paragraphs;
  return (offset: number) => Math.min(countEndingBy(paragraphs, offset), Math.max(0, paragraphs.length - 1));
}
