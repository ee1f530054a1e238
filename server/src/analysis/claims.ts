// Claims: what the reader should be able to trace to someone. Two kinds:
// - reported claims, indirect speech attributed by a reporting cue (X a déclaré que …, selon X, …,
//   …, estiment les analystes), with the speaker's entity id or the source phrase it rests on;
// - conditional claims, news stated in the journalistic conditional (Kim se rendrait…, la Russie
//   manquerait…) with no source in that sentence or the one before: hearsay nobody vouches for.
// Modal conditionals (pourrait, devrait), hypotheticals (si …, que …, quand …) and anything
// inside a quotation are not claims of the article. One pass over cues, quotes and tokens.
import type { Claim, EntityMention, Quote, Source, Span } from './types';
import type { DocContext } from './context';
import { tokenOffsets, type Segmented, type Token } from './text';
import { CONDITIONAL_SHAPE, findReportingCues, wordSet, normalizedWords, tokenClasses, type ReportingCue } from './cues';
import { entitiesByToken } from './tokenIndex';
import { countAtMost, countBelow, countEndingBy } from './spans';
import { keyClass } from './wordKeys';
import condData from './data/fr/conditional.json';

const MODALS = wordSet(condData.modals);
const MODAL_PARTICIPLES = wordSet(condData.modalParticiples);
const NOT_CONDITIONAL = wordSet(condData.notConditional);
const CONDITIONAL_AUX = wordSet(condData.auxiliaries);
const HYPOTHETICAL = wordSet(condData.hypothetical);
/**
 * conditionalClaims asks about every token whether it is que or a hypothetical: the keys turn
 * most words away first.
 */
const GOVERNING = keyClass(['que', "qu'", ...HYPOTHETICAL]);
const NON_HYPOTHETICAL_SI = wordSet(condData.nonHypotheticalSi);
const QUE_CONJUNCTIONS = wordSet(condData.queConjunctions);
const REFLEXIVES = wordSet(condData.reflexives);
const IMPERFECT_R = wordSet(condData.imperfectR.stems);
const ADVERBS = wordSet(condData.adverbs);
const FIRST_PERSON = new Set(['je', "j'", 'nous', 'vous', 'tu']);
const PARTICIPLE_END = /(é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes)$/;
const FINAL_PUNCT = '.!?…;:';
/** How far (in tokens) an inverted verb's named subject may sit: "a déclaré M. Tertitskiy". */
const INVERTED_REACH = 3;

export function findClaims(ctx: DocContext, entities: EntityMention[], sources: Source[], quotes: Quote[]): Claim[] {
  const tokens = ctx.seg.tokens;
  if (tokens.length === 0) return [];
  const words = normalizedWords(ctx);
  const entityAt = entitiesByToken(ctx, entities);
  const inQuote = quoteMask(ctx.seg, quotes);
  const cues = findReportingCues(ctx);
  const sentenceHasQuote = new Set<number>();
  for (const q of quotes) if (q.kind === 'speech') for (const s of sentencesOf(ctx, q)) sentenceHasQuote.add(s);

  const claims: Claim[] = [];
  const claimedSentences = new Set<number>();
  // Sentences with any source: a reporting cue, selon, or a source phrase.
  const sourced = new Set<number>();
  for (const c of cues) if (!c.negated && !inQuote[c.firstToken ?? 0]) sourced.add(c.sentence);
  for (const s of sources) {
    const t = tokenAt(ctx.seg, s.start);
    if (t >= 0) sourced.add(tokens[t].sentence);
  }

  // Pronoun subjects (il a déclaré que) stand for the last one attributed to, named or not,
  // in text order: a quotation's speaker or source, or a previous cue's.
  interface Attributed {
    speaker: string | null;
    source: number | null;
  }
  const events = quotes
    .filter((q) => q.kind === 'speech' && (q.speaker !== null || q.source !== null))
    .map((q) => ({ at: q.start, who: { speaker: q.speaker, source: q.speaker ? null : q.source } as Attributed }))
    .sort((a, b) => a.at - b.at);
  let ev = 0;
  let lastAttributed: Attributed | null = null;

  // "X a rapporté que …, citant des sources non identifiées": X's claim rests on what X cites.
  const citing = new Map<number, number>();
  for (const cue of cues) {
    if (cue.lemma !== 'citer' || cue.negated || inQuote[cue.firstToken ?? 0]) continue;
    const i = sourceOfCue(sources, tokens, cue, ctx.seg.sentences[cue.sentence].start);
    if (i !== null && sources[i].vague) citing.set(cue.sentence, i);
  }

  const deferred: Claim[] = [];
  for (const cue of cues) {
    const first = cue.firstToken ?? 0;
    while (ev < events.length && events[ev].at < cue.start) lastAttributed = events[ev++].who;
    if (cue.negated || inQuote[first]) continue;
    let sourceIndex = sourceOfCue(sources, tokens, cue, ctx.seg.sentences[cue.sentence].start) ?? citing.get(cue.sentence) ?? null;
    const source = sourceIndex === null ? null : sources[sourceIndex];
    let speaker: string | null = null;
    if (source) speaker = source.vague ? null : (source.entity ?? null);
    else if (cue.kind === 'verb') {
      speaker = namedSubject(tokens, words, entityAt, cue);
      if (!speaker && (cue.pronoun === 'il' || cue.pronoun === 'elle') && lastAttributed) {
        speaker = lastAttributed.speaker;
        sourceIndex = lastAttributed.source;
      }
    }
    if (speaker !== null || sourceIndex !== null) lastAttributed = { speaker, source: speaker ? null : sourceIndex };
    if (speaker === null && sourceIndex === null) continue;
    const cueSpan = { start: cue.start, end: cue.end, text: cue.text };
    const sentence = ctx.seg.sentences[cue.sentence];
    if (cue.que && cue.queSpan) {
      // The reported clause: from the word after que to the end of the sentence.
      const start = nextTokenStart(ctx.seg, cue.queSpan.end, sentence.end);
      const end = trimEnd(ctx.text, start, sentence.end);
      if (end > start) {
        claims.push({ start, end, kind: 'reported', speaker, source: sourceIndex, cue: cueSpan });
        claimedSentences.add(cue.sentence);
      }
      continue;
    }
    // No que: the claim is the sentence, unless a quotation there is what is attributed.
    if (sentenceHasQuote.has(cue.sentence)) continue;
    const attribution = source ? { start: Math.min(source.start, cue.start), end: Math.max(source.end, cue.end) } : { start: cue.start, end: cue.end };
    // Fields written out: spreading the clause here cost more than the rest of the loop (profiled).
    const clause = clauseAround(ctx, tokens, sentence, attribution);
    deferred.push({ start: clause.start, end: clause.end, kind: 'reported', speaker, source: sourceIndex, cue: cueSpan });
  }
  for (const c of deferred) {
    const s = tokens[tokenAt(ctx.seg, c.start)]?.sentence;
    if (s === undefined || claimedSentences.has(s)) continue;
    claimedSentences.add(s);
    claims.push(c);
  }

  // Sources found without a verb cue ("Pour les économistes, …", "de sources concordantes"):
  // their sentence is the claim, unless a quotation or another claim already covers it.
  const used = new Set<number>();
  for (const c of claims) if (c.source !== null) used.add(c.source);
  sources.forEach((src, index) => {
    if (used.has(index)) return;
    const t = tokenAt(ctx.seg, src.start);
    if (t < 0 || inQuote[t]) return;
    const s = tokens[t].sentence;
    if (claimedSentences.has(s) || sentenceHasQuote.has(s)) return;
    const sentence = ctx.seg.sentences[s];
    claimedSentences.add(s);
    const clause = clauseAround(ctx, tokens, sentence, src);
    claims.push({ start: clause.start, end: clause.end, kind: 'reported', speaker: src.vague ? null : (src.entity ?? null), source: index });
  });

  claims.push(...conditionalClaims(ctx, tokens, words, inQuote, sourced));
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  return claims;
}

/**
 * The claim beside an attribution set off by a comma: "Selon X, <claim>" or "<claim>, estiment
 * les analystes". An attribution in the middle of the sentence leaves the whole sentence.
 */
function clauseAround(ctx: DocContext, tokens: Token[], sentence: Span, attribution: Span): Span {
  const text = ctx.text;
  const whole = { start: sentence.start, end: trimEnd(text, sentence.start, sentence.end) };
  const a = tokenAt(ctx.seg, attribution.start);
  const z = tokenAt(ctx.seg, attribution.end - 1);
  if (a < 0 || z < 0) return whole;
  const first = tokens[a].start === sentence.start;
  const next = tokens[z + 1];
  if (first && next && next.text === ',' && next.end < whole.end) {
    const start = nextTokenStart(ctx.seg, next.end, whole.end);
    return start < whole.end ? { start, end: whole.end } : whole;
  }
  const prev = tokens[a - 1];
  // A tail attribution: nothing but its own words (estime Lucie Marchal) up to the sentence end.
  let tail = true;
  for (let j = z + 1; j < tokens.length && tokens[j].start < whole.end; j++) {
    if (tokens[j].kind === 'punct') {
      tail = false;
      break;
    }
  }
  if (tail && prev && prev.text === ',' && prev.start > sentence.start) {
    return { start: sentence.start, end: trimEnd(text, sentence.start, prev.start) };
  }
  return whole;
}

/** The source phrase a cue belongs to: it contains the cue, or follows a passive verb (par …). */
function sourceOfCue(sources: Source[], tokens: Token[], cue: ReportingCue, sentenceStart: number): number | null {
  const next = (cue.lastToken ?? 0) + 1;
  const parStart = cue.passive && next < tokens.length ? tokens[next].start : -1;
  // Sources are few and sorted; a binary search keeps this logarithmic per cue.
  const lo = countEndingBy(sources, cue.start);
  for (let i = lo; i < sources.length && i <= lo + 1; i++) {
    const s = sources[i];
    if ((s.start <= cue.start && cue.start < s.end) || s.start === parStart) return i;
  }
  // "Des responsables ont publié des renseignements selon lesquels …": the publisher is the source.
  const relative = tokens[cue.lastToken ?? 0]?.sentence === tokens[next]?.sentence ? tokens[next].text.toLowerCase() : '';
  if (cue.kind === 'selon' && /^(lequel|laquelle|lesquel)/.test(relative)) {
    const before = lo - 1;
    if (before >= 0 && sources[before].start >= sentenceStart) return before;
  }
  return null;
}

/**
 * The entity that says it: just before the verb (Le Pentagone a déclaré), before ", qui"
 * (déclare Breuker, qui souligne), at the head of a sentence whose subject is set off by an
 * apposition (Jon Finer, conseiller …, a déclaré), or just after an inverted verb (estime X).
 */
function namedSubject(tokens: Token[], words: string[], entityAt: (EntityMention | undefined)[], cue: ReportingCue): string | null {
  const first = cue.firstToken ?? 0;
  const last = cue.lastToken ?? first;
  const same = (j: number) => j >= 0 && j < tokens.length && tokens[j].sentence === cue.sentence;
  const speakerAt = (j: number) => (same(j) && entityAt[j] ? entityAt[j]!.id : null);
  let j = first - 1;
  if (same(j) && (words[j] === 'ne' || words[j] === "n'")) j--;
  const before = speakerAt(j);
  if (before) return before;
  if (same(j) && words[j] === 'qui' && words[j - 1] === ',') return speakerAt(j - 2);
  if (same(j) && words[j] === ',') {
    let s = j;
    while (same(s - 1)) s--;
    if (entityAt[s] && entityAt[s]!.type !== 'LOC' && entityAt[s]!.start <= tokens[s].start) return entityAt[s]!.id;
  }
  if (!cue.pronoun) {
    for (let k = last + 1; same(k) && k <= last + INVERTED_REACH; k++) {
      const e = entityAt[k];
      if (e && e.type !== 'LOC') return e.id;
      if (tokens[k].kind === 'word' && tokens[k].upper === false && words[k] !== 'le' && words[k] !== 'la') break;
    }
  }
  return null;
}

/**
 * News in the journalistic conditional with no source in its sentence or the one before.
 * The conditional must be a 3rd-person, non-modal verb of the article's own voice: not in a
 * quotation, not under si/que/quand (hypothesis, indirect question, embedded clause).
 */
function conditionalClaims(ctx: DocContext, tokens: Token[], words: string[], inQuote: Uint8Array, sourced: Set<number>): Claim[] {
  const claims: Claim[] = [];
  const classes = tokenClasses(ctx);
  let sentence = -1;
  let sourcedHere = false;
  // A hypothesis (Si notre vœu était écouté, X verrait…) carries over to the following
  // sentences as long as they go on in the conditional (Il assurerait… Il rallierait…).
  let hypothesis = false;
  let hypothesisNext = false;
  // Whether the sentence has a hypothetical si is only asked at a conditional: most sentences
  // have none, so their words are not read a second time.
  let hypothesisKnown = false;
  let sentenceStart = 0;
  let governed = false;
  let done = false;
  for (let i = 0; i < tokens.length; i++) {
    // Only que, a hypothetical or a word shaped like a conditional changes anything below, so
    // the other tokens are not read at all. A sentence is entered at its first such token: its
    // state does not depend on the words before, and its first token is only looked for when a
    // conditional asks for a hypothetical si.
    const c = classes[i];
    if ((c & (GOVERNING | CONDITIONAL_SHAPE)) === 0) continue;
    const t = tokens[i];
    if (t.sentence !== sentence) {
      // A skipped sentence breaks the carry-over as visiting it would: nothing in it sets
      // hypothesisNext, and the sentence entered next is then not sentence + 1.
      hypothesis = hypothesisNext && t.sentence === sentence + 1;
      hypothesisKnown = hypothesis;
      hypothesisNext = false;
      sentence = t.sentence;
      sentenceStart = -1;
      const prev = sentence - 1;
      sourcedHere = sourced.has(sentence) || (prev >= 0 && sourced.has(prev));
      governed = false;
      done = false;
    }
    if (done) continue;
    const w = words[i];
    if ((c & GOVERNING) !== 0) {
      if (w === 'que' || w === "qu'") {
        // Under que the conditional belongs to whoever governs the clause (or is hypothetical);
        // conjunctions such as "alors que", "bien que" do not govern.
        if (!(i > 0 && QUE_CONJUNCTIONS.has(words[i - 1]))) governed = true;
        continue;
      }
      if (HYPOTHETICAL.has(w) && w !== 'si' && w !== "s'") {
        governed = true;
        continue;
      }
    }
    if ((c & CONDITIONAL_SHAPE) === 0 || t.kind !== 'word' || inQuote[i] || !isConditional(w)) continue;
    if (!hypothesisKnown) {
      if (sentenceStart < 0) {
        sentenceStart = i;
        while (sentenceStart > 0 && tokens[sentenceStart - 1].sentence === sentence) sentenceStart--;
      }
      hypothesis = hasHypotheticalSi(words, tokens, sentenceStart, sentence);
      hypothesisKnown = true;
    }
    if (hypothesis) {
      hypothesisNext = true;
      done = true;
      continue;
    }
    if (sourcedHere || governed) continue;
    // First person is the writer or a speaker; "on dirait", "on serait tenté" are idioms.
    const subject = i > 0 && REFLEXIVES.has(words[i - 1]) ? i - 2 : i - 1;
    if (subject >= 0 && (FIRST_PERSON.has(words[subject]) || words[subject] === 'on')) continue;
    const group = conditionalGroup(tokens, words, i);
    if (!group) continue;
    const s = ctx.seg.sentences[sentence];
    claims.push({
      start: s.start,
      end: trimEnd(ctx.text, s.start, s.end),
      kind: 'conditional',
      speaker: null,
      source: null,
      cue: { start: group.start, end: group.end, text: ctx.text.slice(group.start, group.end) },
    });
    done = true;
  }
  return claims;
}

/**
 * A 3rd-person conditional (manquerait, rendraient, aurait), told apart from the imperfect of
 * verbs in -rer (déclarait, montrait, encadraient) by the letters before "rait": the conditional
 * adds r to a future stem (manque-r-ait, rend-r-ait, met-t-r-ait), the imperfect adds ait to a
 * stem ending in r (déclar-ait, montr-ait). The exceptions are listed stems (tir-ait, serr-ait).
 */
export function isConditional(w: string): boolean {
  // Every -rait/-raient form ends in t: most words leave before any Set lookup.
  if (w.length < 5 || w.charCodeAt(w.length - 1) !== 0x74 || MODALS.has(w) || NOT_CONDITIONAL.has(w)) return false;
  const stem = w.endsWith('raient') ? w.slice(0, -5) : w.endsWith('rait') ? w.slice(0, -3) : null;
  if (stem === null || IMPERFECT_R.has(stem)) return false;
  const base = stem.slice(0, -1);
  const c = base[base.length - 1];
  const c2 = base[base.length - 2] ?? '';
  switch (c) {
    case 'e': // manque-rait, se-rait, fe-rait
    case 'r': // ver-rait, enver-rait, cour-rait
      return true;
    case 'i': // di-rait, fini-rait, croi-rait, produi-rait (not tir-ait: listed)
      return true;
    case 'u': // au-rait, conclu-rait (not dur-ait, assur-ait)
      return base === 'au' || c2 === 'l';
    case 'd': // rend-rait, viend-rait (not encad-rait)
      return c2 !== 'a';
    case 't': // met-trait, connaît-rait (not mont-rait, ent-rait)
      return c2 === 't' || c2 === 'î' || (c2 === 'i' && base[base.length - 3] === 'a');
    case 'v': // suiv-rait, viv-rait, recev-rait (not ouv-rait, couv-rait)
      return c2 === 'i' || c2 === 'e';
    case 'c': // vainc-rait (not consac-rait)
      return c2 === 'n';
    case 'p': // romp-rait
      return c2 === 'm';
    default: // déclar-ait, espér-ait, ignor-ait, célébr-ait, offr-ait, émigr-ait
      return false;
  }
}

/**
 * The conditional verb group: a reflexive before it (se rendrait), and after an auxiliary the
 * participle (se serait rendue, aurait fourni). A modal participle (aurait pu) is no claim, and a
 * copula with an attribute (serait un élément, serait prête) states an opinion or hypothesis.
 */
function conditionalGroup(tokens: Token[], words: string[], i: number): Span | null {
  const sentence = tokens[i].sentence;
  let start = tokens[i].start;
  let end = tokens[i].end;
  if (i > 0 && tokens[i - 1].sentence === sentence && REFLEXIVES.has(words[i - 1])) start = tokens[i - 1].start;
  if (CONDITIONAL_AUX.has(words[i])) {
    for (let j = i + 1; j < tokens.length && j <= i + 3 && tokens[j].sentence === sentence; j++) {
      const w = words[j];
      if (MODAL_PARTICIPLES.has(w)) return null;
      if (ADVERBS.has(w) || (w.length > 5 && w.endsWith('ment'))) continue;
      if (w === 'lieu' && words[i].startsWith('aur')) return { start, end: tokens[j].end };
      if (PARTICIPLE_END.test(w) && tokens[j].kind === 'word' && !tokens[j].upper && w.length > 2) {
        // "aurait été allumé": the passive participle carries the news.
        const k = j + 1;
        if (w === 'été' && k < tokens.length && tokens[k].sentence === sentence && PARTICIPLE_END.test(words[k]) && !ADVERBS.has(words[k])) {
          return { start, end: tokens[k].end };
        }
        return { start, end: tokens[j].end };
      }
      break;
    }
    // A bare auxiliary: "serait un élément", "serait possible". Only avoir + noun reads as news.
    if (words[i].startsWith('ser')) return null;
  }
  return { start, end };
}

function hasHypotheticalSi(words: string[], tokens: Token[], from: number, sentence: number): boolean {
  for (let j = from; j < tokens.length && tokens[j].sentence === sentence; j++) {
    const w = words[j];
    const hypothetical = w === 'si' || (w === "s'" && (words[j + 1] === 'il' || words[j + 1] === 'ils'));
    if (hypothetical && !(j > 0 && NON_HYPOTHETICAL_SI.has(words[j - 1]))) return true;
  }
  return false;
}

/** Tokens inside a quotation (marks included), speech or term alike: 1 inside, 0 outside. */
function quoteMask(seg: Segmented, quotes: Quote[]): Uint8Array {
  // A byte per token: a boolean array would take four and a fill pass.
  const starts = tokenOffsets(seg).starts;
  const mask = new Uint8Array(starts.length);
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  // Quotation by quotation: the tokens starting inside one are found by two binary searches
  // from the last token marked, so the tokens outside quotations are never visited.
  let i = 0;
  for (const q of sorted) {
    const from = Math.max(i, countBelow(starts, q.start, i));
    i = Math.max(from, countBelow(starts, q.end, from));
    mask.fill(1, from, i);
  }
  return mask;
}

function sentencesOf(ctx: DocContext, span: Span): number[] {
  const out: number[] = [];
  const sentences = ctx.seg.sentences;
  for (let i = countEndingBy(sentences, span.start); i < sentences.length && sentences[i].start < span.end; i++) out.push(i);
  return out;
}

/** Index of the token that starts at or covers `offset`, by binary search; -1 if none. */
function tokenAt(seg: Segmented, offset: number): number {
  const ends = tokenOffsets(seg).ends;
  const k = countAtMost(ends, offset);
  return k < ends.length ? k : -1;
}

function nextTokenStart(seg: Segmented, offset: number, limit: number): number {
  const t = tokenAt(seg, offset);
  const start = t >= 0 ? tokenOffsets(seg).starts[t] : limit;
  return start < limit ? start : limit;
}

/** End of a span without trailing spaces and final punctuation (…, ., ?). */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (/\s/.test(text[e - 1]) || FINAL_PUNCT.includes(text[e - 1]))) e--;
  return e;
}
