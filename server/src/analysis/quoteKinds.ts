// Speech or term: tells quoted words someone said from quotation marks around a name, a title,
// a form of address or a document's wording that no one is quoted as saying (« camarade X »,
// d’un « traité d’amitié », le journal « Le Soir »). The decision rests on the shape of the quote
// and on its sentence, never on the quoted words themselves:
// - a reporting cue right before or after the quote makes it speech, whatever it looks like;
// - a form of address (title word + proper name) or a short run of capitalised words set inside
//   a sentence is a name: term;
// - a short noun phrase set inside a sentence (a word, not a colon, before it; no sentence
//   punctuation inside) with no reporting cue anywhere in its sentence is a term;
// - everything else (a sentence, a long passage, a fragment inside reported speech) is speech.
import type { Quote } from './types';
import type { DocContext } from './context';
import type { Token } from './text';
import { isUpper } from './text';
import addressData from './data/fr/address-titles.json';
import { normalizedWords, wordSet } from './cues';
import { withImpliedCues } from './impliedCues';
import * as tools from './quoteTools';
import type { ReportingCue } from './quoteTools';
// Read once: through a module namespace every use would be a property lookup (a getter
// call under the test runner's CommonJS transform), and these sit in the inner loops.
const { normalizeWord, onlyBetween, reportingCues, tokenAtOrAfter } = tools;

const ADDRESS = wordSet(addressData.titles);
const POSSESSIVES = wordSet(addressData.possessives);
/** Lower-case words allowed inside a proper name (Conseil de l’Europe, Chosun Ilbo, The Times). */
const NAME_LINKS = new Set(['de', 'du', 'des', "d'", "l'", 'la', 'le', 'les', 'et', 'of', 'the', 'and', 'en', 'sur', 'à']);
const SENTENCE_PUNCT = '.!?;:…';
const MAX_TERM_WORDS = 6;
/** How far (in UTF-16 units) a cue may be from the quote and still govern it: keeps run-on lines linear. */
const WINDOW = 600;

export function classifyQuotes(ctx: DocContext, quotes: Quote[]): void {
  if (quotes.length === 0) return;
  const tokens = ctx.seg.tokens;
  // Without entities yet, a capitalised word inside a sentence stands for a name.
  const isName = (k: number) => k > 0 && tokens[k].upper && tokens[k - 1].sentence === tokens[k].sentence;
  const cues = withImpliedCues(ctx, normalizedWords(ctx), reportingCues(ctx), quotes, isName).filter(
    (c) => !c.negated && !insideAny(quotes, c.start),
  );
  let c0 = 0;
  for (const q of quotes) {
    const sq = sentenceOf(ctx, q.start);
    while (c0 < cues.length && (cues[c0].sentence < sq || cues[c0].end < q.start - WINDOW)) c0++;
    q.kind = isTerm(ctx, q, cues, c0) ? 'term' : 'speech';
  }
}

function isTerm(ctx: DocContext, q: Quote, cues: ReportingCue[], from: number): boolean {
  const { text } = ctx;
  const tokens = ctx.seg.tokens;
  const first = tokenAtOrAfter(ctx.seg, q.inner.start);
  const inner: Token[] = [];
  let count = 0;
  for (let k = first; k < tokens.length && tokens[k].end <= q.inner.end; k++) {
    inner.push(tokens[k]);
    // A long passage is speech: stop reading it.
    if ((tokens[k].kind !== 'punct' && ++count > MAX_TERM_WORDS + 1) || inner.length > 4 * MAX_TERM_WORDS) return false;
  }
  const words = inner.filter((t) => t.kind !== 'punct');
  if (words.length === 0 || words.length > MAX_TERM_WORDS + 1) return false;
  if (inner.some((t, k) => t.kind === 'punct' && SENTENCE_PUNCT.includes(t.text) && k < inner.length - 1)) return false;
  if (inner.length > 0 && inner[inner.length - 1].kind === 'punct' && '.!?…'.includes(inner[inner.length - 1].text)) return false;

  const sBefore = sentenceOf(ctx, q.start);
  const sAfter = sentenceOf(ctx, Math.max(q.start, q.end - 1));
  let cueInSentence = false;
  // « X » a révélé… (no comma): the quote may be the verb's subject, a name; decided below.
  let adjacentNoComma = false;
  for (let k = from; k < cues.length; k++) {
    const c = cues[k];
    if (c.sentence > sAfter || c.start > q.end + WINDOW) break;
    if (c.sentence < sBefore) continue;
    if (c.start >= q.end && onlyBetween(text, q.end, c.start, ',–—-')) {
      if (!onlyBetween(text, q.end, c.start, '')) return false;
      // « Non » a répondu Marc: a name right after the verb is its subject, so the quote is speech.
      const next = tokens[(c.lastToken ?? tokenAtOrAfter(ctx.seg, c.end) - 1) + 1];
      if (next !== undefined && next.sentence === c.sentence && next.upper) return false;
      adjacentNoComma = true;
    }
    if (c.end <= q.start && onlyBetween(text, c.end, q.start, ':,')) return false;
    cueInSentence = true;
  }

  // Set inside a sentence: a word (not a colon or nothing) right before the opening mark.
  const prevIdx = tokenAtOrAfter(ctx.seg, q.start) - 1;
  const prev = prevIdx >= 0 ? tokens[prevIdx] : undefined;
  const embedded = prev !== undefined && prev.sentence === sBefore && prev.kind !== 'punct' && prev.end <= q.start;

  let w = 0;
  if (POSSESSIVES.has(words[0].text.toLowerCase()) && words.length > 1) w = 1;
  const rest = words.slice(w + 1);
  if (ADDRESS.has(words[w].text.toLowerCase()) && rest.length > 0 && rest.length <= 3 && rest.every((t) => t.upper)) return true;

  if (words.length > MAX_TERM_WORDS) return false;
  const capitalised = words[0].upper && words.every((t) => t.upper || t.kind === 'number' || NAME_LINKS.has(normalizeWord(t.text)));
  // « Le Monde » a révélé… : a name as the subject of the verb right after it.
  if (capitalised && !embedded && adjacentNoComma && words.length > 1) return true;
  if (!embedded) return false;
  if (capitalised && (words.length > 1 || !cueInSentence || adjacentNoComma)) return true;
  return !cueInSentence && !isUpper(words[0].text[0]);
}

function insideAny(quotes: Quote[], offset: number): boolean {
  return tools.spanContaining(quotes, offset) >= 0;
}

function sentenceOf(ctx: DocContext, offset: number): number {
  return Math.max(0, tools.lastStartingBefore(ctx.seg.sentences, offset + 1));
}
