// Who said each speech quotation, and the evidence a hover shows. The reporting cues (cues.ts,
// plus the implied ones of impliedCues.ts) anchor everything; from a cue we read its subject: a
// name (« … », a déclaré X / X a ajouté :), a pronoun resolved to the nearest compatible named
// person (a-t-elle déclaré, il a répondu que), a role description resolved to the person it
// describes (a précisé le président russe), a statement through which an organisation speaks
// (un communiqué du X indique), or an unnamed group (des responsables ont averti), which leaves
// the speaker null and points at the vague source. Order of evidence for one quote: a cue right
// after it, a cue right before it, an incise inside its marks (« …, a-t-il dit, … »), the nearest
// cue in its sentence, then the speaker of the previous sentence or paragraph (a quote that
// stands alone continues it); then, over the whole document, « echoes » (a headline or lead
// quote that an attributed quote in the body repeats takes its speaker) and, last, the subject
// of a clause ending in a colon before the quote. Every search is bounded (a few tokens around a
// cue, a window of recent mentions or roles), so the whole pass is linear in the text.
// Attribution.mention is the text naming the speaker (name, pronoun, role); for an echo, the
// attributed quote it repeats.
import type { AttributionMethod, EntityMention, Quote, Source, Span } from './types';
import type { DocContext } from './context';
import { firstTokenOf, tokenOffsets, type Token } from './text';
import { normalizedWords } from './cues';
import { withImpliedCues } from './impliedCues';
import { People, RELATIONAL, qualifierAfter, roleNounAt, type Gender } from './persons';
import * as tools from './quoteTools';
import type { ReportingCue } from './quoteTools';
// Read once: through a module namespace every use would be a property lookup (a getter
// call under the test runner's CommonJS transform), and these sit in the inner loops.
const { DETERMINERS, LEADING, OBJECT_CLITICS, ORGANISATION_NOUNS, PLURAL_DETERMINERS, PREPOSITIONS, RELATIVES, STATEMENT_NOUNS, SUBJECT_PRONOUNS, TITLES, lastStartingBefore, onlyBetween, reportingCues, spanContaining, tokenAtOrAfter } = tools;

/** What names the subject of a cue, before it is resolved to an entity. */
type Found =
  | { kind: 'entity'; entity: EntityMention; mention: Span; via?: 'statement' | 'apposition' | 'anaphor' }
  | { kind: 'pronoun'; gender: Gender | 'p'; mention: Span }
  | { kind: 'role'; noun: string; gender?: Gender; words: string[]; indefinite: boolean; org?: EntityMention; complement?: EntityMention; mention: Span }
  | { kind: 'vague'; mention: Span };

interface Resolution {
  speaker: string | null;
  confidence: number;
  method: AttributionMethod;
  cue?: Span;
  mention?: Span;
  source: number | null;
}

const CONFIDENCE = {
  adjacent: 0.95,
  selon: 0.9,
  sentence: 0.85,
  statement: 0.8,
  role: 0.75,
  pronoun: 0.75,
  continuation: 0.7,
  echo: 0.6,
  colon: 0.55,
  introduced: 0.5,
};
const MAX_SEGMENT_WALK = 60;
/** Bounds on the cues tried for one quote, so that a run-on line costs no more than prose. */
const MAX_CUES_TRIED = 6;
const CUE_WINDOW = 600;
/** How far after a passive « cité » a « comme » makes the agent a describer: « cité par Y comme « … » ». */
const DESCRIPTION_REACH = 8;
const MAX_NP_TOKENS = 12;
const PRONOUN_WINDOW_MENTIONS = 40;
const PRONOUN_WINDOW_PARAGRAPHS = 3;
/** Words before the author of a statement: le communiqué du X, un rapport de X, publié par X. */
const AUTHOR_LINKS = new Set(['de', 'du', "d'", 'des', 'par']);
/** Before a verb, le / la / les / l’ are object pronouns (« comme le rappelle X »). */
const CLITIC_ARTICLES = new Set(['le', 'la', 'les', "l'"]);
const BOUNDARY = new Set([',', ';', ':', '(', ')', '–', '—', '-', '[', ']']);
/** A dash opening a sentence after a dateline (« 6 juillet 2031. - Le quotidien X annonce »). */
const DASHES = new Set(['-', '–', '—']);
const HEADING_MAX_WORDS = 16;
/** How far back an anaphoric « l’ONG », « le quotidien » looks for its organisation. */
const ORG_WINDOW_PARAGRAPHS = 4;
const ORG_WINDOW_MENTIONS = 80;
/** How many role descriptions before and after a role mention are compared with it. */
const ROLE_WINDOW = 24;

export function attributeSpeakers(ctx: DocContext, entities: EntityMention[], quotes: Quote[], sources: Source[]): void {
  if (quotes.length === 0) return;
  try {
    new Attributor(ctx, entities, quotes, sources).run();
  } catch {
    // Attribution is best effort: a surprise in odd text leaves quotes unattributed, never throws.
  }
}

class Attributor {
  private readonly tokens: Token[];
  private readonly words: string[];
  private readonly entities: EntityMention[];
  private readonly entityAtToken = new Map<number, EntityMention>();
  /** PER mentions outside quotations, in text order: the candidates for pronouns. */
  private readonly persons: EntityMention[] = [];
  private readonly people: People;
  private readonly cues: ReportingCue[];
  private readonly incisesInside: ReportingCue[];
  /** Score margin of the last pronoun resolution over the runner-up. */
  private lastPronounMargin = Infinity;
  private readonly cueResolution = new Map<ReportingCue, Resolution | null>();
  /** Offsets at which each person was resolved as the subject of a cue or a quote. */
  private readonly spoke = new Map<string, number[]>();
  private readonly quoteSpoke = new Map<string, number[]>();
  private readonly vague: { source: Source; index: number; start: number; end: number }[];

  constructor(
    private readonly ctx: DocContext,
    entities: EntityMention[],
    private readonly quotes: Quote[],
    sources: Source[],
  ) {
    this.tokens = ctx.seg.tokens;
    this.words = normalizedWords(ctx);
    this.entities = isSorted(entities) ? entities : [...entities].sort((a, b) => a.start - b.start);
    // One merged walk over tokens, entities and quotes (all in text order).
    const personTokens: number[] = [];
    const ends = tokenOffsets(ctx.seg).ends;
    let ti = 0;
    let qi = 0;
    for (const m of this.entities) {
      while (ti < ends.length && ends[ti] <= m.start) ti++;
      if (ti >= ends.length) break;
      if (!this.entityAtToken.has(ti)) this.entityAtToken.set(ti, m);
      while (qi < quotes.length && quotes[qi].end <= m.start) qi++;
      if (m.type === 'PER' && !(qi < quotes.length && quotes[qi].start <= m.start)) {
        this.persons.push(m);
        personTokens.push(ti);
      }
    }
    this.people = new People(ctx, this.words, this.persons, personTokens, this.entityAtToken, quotes);
    const all = withImpliedCues(ctx, this.words, reportingCues(ctx), quotes, (k) => {
      // People and organisations speak (« Pour la CGT, … », « …, tranche Greenpeace »).
      const type = this.entityAtToken.get(k)?.type;
      return type === 'PER' || type === 'ORG';
    });
    this.cues = all.filter((c) => !c.negated && !this.inQuote(c.start));
    // « Nous partirons, a-t-il dit, dès demain » : an incise set inside the marks.
    this.incisesInside = all.filter((c) => !c.negated && c.kind === 'verb' && this.inQuote(c.start) && this.tokens[(c.firstToken ?? 1) - 1]?.text === ',');
    this.vague = sources
      .map((source, index) => ({ source, index, start: source.start, end: source.end }))
      .filter((s) => s.source.vague)
      .sort((a, b) => a.start - b.start);
    // Named subjects of cues first: they make a person salient for later pronouns.
    for (const cue of this.cues) {
      const found = this.subjectOf(cue);
      if (found?.kind === 'entity' && found.entity.type === 'PER') this.noteSpoke(found.entity.id, cue.start);
    }
  }

  run(): void {
    for (const q of this.quotes) {
      if (q.kind !== 'speech') continue;
      // In the body, the clause ending on the colon before a quote is nearer evidence than a
      // cue earlier in the sentence (« Selon Le Monde, X a défendu sa décision : « … » »); in a
      // headline it is weak, and echoes of the body come first (see colons()).
      const r = this.adjacentAfter(q) ?? this.adjacentBefore(q) ?? this.inciseInside(q) ?? (this.headlineLike(q.start) ? null : this.colonBefore(q)) ?? this.sameSentence(q) ?? this.continuation(q);
      if (r) this.apply(q, r);
    }
    // A quote introduced by the sentence before it is nearer evidence than an echo of a later
    // quote (a reply in a debate repeats the words it answers); a stand-alone quote after one
    // attributed only now continues it.
    this.introducedBefore();
    this.continueLate();
    this.echoes();
    this.colons();
  }

  private continueLate(): void {
    for (const q of this.quotes) {
      if (q.kind !== 'speech' || q.attribution !== null) continue;
      const r = this.continuation(q);
      if (r) this.apply(q, r);
    }
  }

  /**
   * Last of all: a quote that makes up a whole sentence (or a whole paragraph), after a
   * sentence with no reporting verb whose subject is named (« La porte-parole a nuancé les
   * chiffres. « … » »): that subject introduced it. Weak evidence, so it only fills what
   * nothing else explained.
   */
  private introducedBefore(): void {
    const sentences = this.ctx.seg.sentences;
    const text = this.ctx.text;
    for (const q of this.quotes) {
      if (q.kind !== 'speech' || q.attribution !== null) continue;
      const s = this.sentenceOf(q.start);
      if (s === 0 || sentences[s].start !== q.start) continue;
      if (!onlyBetween(text, q.end, sentences[s].end, '.!?…')) continue;
      // Across paragraphs only for a quote that fills its own, after a paragraph of prose.
      if (sentences[s - 1].paragraph !== sentences[s].paragraph) {
        const para = this.ctx.seg.paragraphs[sentences[s].paragraph];
        if (!onlyBetween(text, q.end, para.end, '.!?…') || this.headlineLike(sentences[s - 1].start)) continue;
      }
      const found = this.sentenceSubject(s - 1);
      if (!found || found.kind === 'vague') continue;
      const cue = { start: sentences[s - 1].start, end: sentences[s - 1].start, text: '', lemma: '', kind: 'verb' as const, que: false, sentence: s - 1 };
      const r = this.resolveFound(found, cue, CONFIDENCE.colon, q);
      if (r && r.speaker !== null) this.apply(q, { ...r, cue: undefined, method: 'continuation', confidence: Math.min(r.confidence, CONFIDENCE.introduced) });
    }
  }

  /**
   * Last resort, after echoes: « X a regretté l’absence de calendrier : « … » ». The clause before
   * a colon introduces the quote even when its verb is not a reporting verb; weak evidence,
   * since a headline (« X envisage un voyage : « … » ») may quote someone else.
   */
  private colons(): void {
    for (const q of this.quotes) {
      if (q.kind !== 'speech' || q.attribution !== null) continue;
      const r = this.colonBefore(q);
      if (r) this.apply(q, r);
    }
  }

  /** The subject of the clause that ends on a colon right before the quote, if it names someone. */
  private colonBefore(q: Quote): Resolution | null {
    const text = this.ctx.text;
    let c = q.start - 1;
    while (c > 0 && (text[c] === ' ' || text[c] === '\u00A0' || text[c] === '\u202F')) c--;
    if (text[c] !== ':') return null;
    const colon = tokenAtOrAfter(this.ctx.seg, c);
    if (colon >= this.tokens.length || this.tokens[colon].start !== c) return null;
    const found = this.subjectBefore(colon, this.tokens[colon].sentence);
    if (!found || found.kind === 'vague') return null;
    const cue = { start: c, end: c + 1, text: ':', lemma: ':', kind: 'verb' as const, que: false, sentence: this.tokens[colon].sentence };
    const r = this.resolveFound(found, cue, CONFIDENCE.colon, q);
    if (!r || r.speaker === null) return null;
    return { ...r, method: found.kind === 'entity' ? 'verb-before' : r.method, confidence: Math.min(r.confidence, CONFIDENCE.colon) };
  }


  /** The subject opening a sentence, past an adverbial or two (« Pour terminer, la porte-parole… »). */
  private sentenceSubject(s: number): Found | null {
    let start = firstTokenOf(this.ctx.seg, s);
    // The tokens of a sentence end where the next sentence's begin.
    const end = firstTokenOf(this.ctx.seg, s + 1);
    for (let tries = 0; tries < 3 && start < end; tries++) {
      const found = this.readSegment(start, Math.min(start + MAX_NP_TOKENS, end), s, false);
      if (found) return found;
      let k = start;
      while (k < end && k < start + MAX_NP_TOKENS && this.tokens[k].text !== ',') k++;
      if (k >= end || this.tokens[k].text !== ',') return null;
      start = k + 1;
    }
    return null;
  }

  private apply(q: Quote, r: Resolution): void {
    const text = this.ctx.text;
    q.speaker = r.speaker;
    q.confidence = r.speaker === null ? 0 : r.confidence;
    q.source = r.source;
    q.attribution = {
      method: r.method,
      ...(r.cue ? { cue: { start: r.cue.start, end: r.cue.end, text: text.slice(r.cue.start, r.cue.end) } } : {}),
      ...(r.mention ? { mention: { start: r.mention.start, end: r.mention.end, text: text.slice(r.mention.start, r.mention.end) } } : {}),
    };
    if (r.speaker !== null) this.noteSpoke(r.speaker, q.start, this.quoteSpoke);
  }

  // ---- where the cue is -------------------------------------------------------------------

  private adjacentAfter(q: Quote): Resolution | null {
    const k = lastStartingBefore(this.cues, q.end) + 1;
    const cue = this.cues[k];
    // « … », notant que… : a participle after a quote comments on it, it does not introduce it.
    if (!cue || cue.gerund || !onlyBetween(this.ctx.text, q.end, cue.start, ',–—-')) return null;
    return this.resolveCue(cue, q, CONFIDENCE.adjacent);
  }

  private adjacentBefore(q: Quote): Resolution | null {
    const k = lastStartingBefore(this.cues, q.start);
    const cue = this.cues[k];
    if (!cue || cue.end > q.start) return null;
    const from = cue.que && cue.queSpan ? cue.queSpan.end : cue.end;
    if (!onlyBetween(this.ctx.text, from, q.start, ':,')) return null;
    return this.resolveCue(cue, q, CONFIDENCE.adjacent);
  }

  private inciseInside(q: Quote): Resolution | null {
    for (let k = lastStartingBefore(this.incisesInside, q.start) + 1; k < this.incisesInside.length; k++) {
      const cue = this.incisesInside[k];
      if (cue.start >= q.end) break;
      const last = cue.lastToken ?? tokenAtOrAfter(this.ctx.seg, cue.end) - 1;
      const found: Found | null = cue.pronoun
        ? { kind: 'pronoun', gender: SUBJECT_PRONOUNS.get(cue.pronoun) as Gender | 'p', mention: this.pronounSpan(cue, cue.firstToken ?? last, last) }
        : this.parseNP(last + 1, cue.sentence, true);
      // The incise closes on a comma or a full stop right after its subject.
      const r = found ? this.resolveFound(found, cue, CONFIDENCE.sentence, q) : null;
      if (r) return { ...r, method: r.method === 'same-sentence' ? 'verb-after' : r.method };
    }
    return null;
  }

  private sameSentence(q: Quote): Resolution | null {
    const first = this.sentenceOf(q.start);
    const last = this.sentenceOf(q.end - 1);
    const before = lastStartingBefore(this.cues, q.start);
    for (let k = before; k >= 0 && k > before - MAX_CUES_TRIED && this.cues[k].sentence === first; k--) {
      const cue = this.cues[k];
      if (cue.end < q.start - CUE_WINDOW) break;
      if (cue.end > q.start) continue;
      const r = this.resolveCue(cue, q, CONFIDENCE.sentence);
      if (!r) continue;
      // An unnamed group named between the cue and the quote speaks instead (X confirme…
      // les services de renseignement envisagent « … »).
      const next = this.vague[lastStartingBefore(this.vague, cue.end) + 1];
      const between = next !== undefined && next.end <= q.start ? next : undefined;
      if (between && r.method !== 'vague') return this.vagueResolution(between.index, cue, between.source);
      return r;
    }
    const after = lastStartingBefore(this.cues, q.end) + 1;
    for (let k = after; k < this.cues.length && k < after + MAX_CUES_TRIED && this.cues[k].sentence <= last && this.cues[k].start < q.end + CUE_WINDOW; k++) {
      const r = this.resolveCue(this.cues[k], q, CONFIDENCE.sentence);
      if (r) return r;
    }
    return null;
  }

  /** A quote with no cue of its own continues the speaker of the previous sentence or paragraph. */
  private continuation(q: Quote): Resolution | null {
    const s = this.sentenceOf(q.start);
    const sentences = this.ctx.seg.sentences;
    const para = sentences[s].paragraph;
    const paragraph = this.ctx.seg.paragraphs[para];
    const text = this.ctx.text;
    let from: number;
    let to: number;
    if (q.start === paragraph.start && onlyBetween(text, q.end, paragraph.end, '.,;!?…')) {
      if (para === 0) return null;
      from = this.ctx.seg.paragraphs[para - 1].start;
      to = this.ctx.seg.paragraphs[para - 1].end;
    } else if (q.start === sentences[s].start && s > 0 && sentences[s - 1].paragraph === para) {
      from = sentences[s - 1].start;
      to = sentences[s - 1].end;
    } else {
      return null;
    }
    const prev = this.lastSpeakerIn(from, to);
    if (!prev) return null;
    return {
      speaker: prev.speaker,
      confidence: prev.speaker === null ? 0 : Math.min(prev.confidence, CONFIDENCE.continuation),
      method: prev.speaker === null ? 'vague' : 'continuation',
      mention: prev.mention,
      cue: prev.cue,
      source: prev.source,
    };
  }

  /** The last attribution made inside [from, to): a quote's speaker or a cue's subject. */
  private lastSpeakerIn(from: number, to: number): Resolution | null {
    let best: Resolution | null = null;
    let bestAt = -1;
    const qk = lastStartingBefore(this.quotes, to);
    for (let k = qk; k >= 0 && k > qk - MAX_CUES_TRIED && this.quotes[k].start >= from; k--) {
      const q = this.quotes[k];
      if (q.kind === 'speech' && q.attribution && (q.speaker !== null || q.source !== null)) {
        best = {
          speaker: q.speaker,
          confidence: q.confidence,
          method: q.attribution.method,
          cue: q.attribution.cue,
          mention: q.attribution.mention,
          source: q.source,
        };
        bestAt = q.start;
        break;
      }
    }
    const ck = lastStartingBefore(this.cues, to);
    for (let k = ck; k >= 0 && k > ck - MAX_CUES_TRIED && this.cues[k].start >= from; k--) {
      if (this.cues[k].start < bestAt) break;
      const r = this.resolveCue(this.cues[k], null, CONFIDENCE.continuation);
      if (r) return r;
    }
    return best;
  }

  /** Unattributed quotes that repeat an attributed one (headline, lead) take its speaker. */
  private echoes(): void {
    // Index the few unattributed quotes' words, then read each attributed quote once against it.
    const open = this.quotes.filter((q) => q.kind === 'speech' && q.speaker === null && q.source === null);
    if (open.length === 0) return;
    const bags = open.map((q) => this.contentWords(q));
    const index = new Map<string, number[]>();
    bags.forEach((bag, u) => {
      for (const w of bag) {
        const list = index.get(w) ?? [];
        if (list.length < 64) list.push(u);
        index.set(w, list);
      }
    });
    const best = open.map(() => ({ score: 0, quote: null as Quote | null }));
    const shared = new Array<number>(open.length);
    for (const a of this.quotes) {
      if (a.kind !== 'speech' || a.speaker === null) continue;
      const bag = this.contentWords(a);
      shared.fill(0);
      for (const w of bag) for (const u of index.get(w) ?? []) shared[u]++;
      for (let u = 0; u < open.length; u++) {
        const n = shared[u];
        if (n < 3) continue;
        const score = n / Math.min(bags[u].size, bag.size);
        if (score >= 0.5 && score > best[u].score) best[u] = { score, quote: a };
      }
    }
    open.forEach((q, u) => {
      const source = best[u].quote;
      if (source === null) return;
      this.apply(q, {
        speaker: source.speaker,
        confidence: CONFIDENCE.echo * Math.min(1, best[u].score + 0.2),
        method: 'echo',
        mention: { start: source.start, end: source.end },
        source: null,
      });
    });
  }

  /** Words of four letters or more inside a quote: enough to recognise it repeated or paraphrased. */
  private contentWords(q: Quote): Set<string> {
    const out = new Set<string>();
    for (let k = tokenAtOrAfter(this.ctx.seg, q.inner.start); k < this.tokens.length && this.tokens[k].end <= q.inner.end; k++) {
      if (this.tokens[k].kind === 'word' && this.words[k].length >= 4) out.add(this.words[k]);
    }
    return out;
  }

  // ---- from a cue to a speaker ------------------------------------------------------------

  private resolveCue(cue: ReportingCue, q: Quote | null, confidence: number): Resolution | null {
    if (q === null && this.cueResolution.has(cue)) return this.cueResolution.get(cue)!;
    const found = this.subjectOf(cue);
    let r = found?.kind === 'pronoun' && cue.kind === 'selon' ? this.earlierSubjectInSentence(cue, found.mention) : null;
    r ??= found ? this.resolveFound(found, cue, confidence, q) : null;
    if (r === null) {
      // The source detector may know the unnamed subject we could not read (« L’ONG estime »).
      const v = this.vagueNear(cue.start, cue.end);
      if (v) r = this.vagueResolution(v.index, cue, v.source);
    }
    if (q === null) this.cueResolution.set(cue, r);
    return r;
  }

  /**
   * « X précise que le produit est, selon lui, rare » : selon + pronoun inside a sentence whose
   * reporting verb has a named subject stands for that subject.
   */
  private earlierSubjectInSentence(cue: ReportingCue, mention: Span): Resolution | null {
    const k = lastStartingBefore(this.cues, cue.start);
    for (let j = k; j >= 0 && j > k - 3 && this.cues[j].sentence === cue.sentence; j--) {
      if (this.cues[j].kind === 'selon') continue;
      const r = this.resolveCue(this.cues[j], null, CONFIDENCE.pronoun);
      if (r && r.speaker !== null && r.method !== 'pronoun') return { ...r, method: 'pronoun', confidence: Math.min(r.confidence, CONFIDENCE.pronoun), cue, mention };
    }
    return null;
  }

  private resolveFound(found: Found, cue: ReportingCue, confidence: number, q: Quote | null): Resolution | null {
    const named: AttributionMethod =
      cue.kind === 'selon' ? 'selon' : confidence === CONFIDENCE.adjacent ? (q && cue.start >= q.end ? 'verb-after' : 'verb-before') : 'same-sentence';
    const base = cue.kind === 'selon' ? Math.min(confidence, CONFIDENCE.selon) : confidence;
    switch (found.kind) {
      case 'entity': {
        const c = found.via === 'statement' ? Math.min(base, CONFIDENCE.statement) : found.via === 'anaphor' ? Math.min(base, CONFIDENCE.role) : found.entity.type === 'PER' ? base : base - 0.1;
        return { speaker: found.entity.id, confidence: c, method: named, cue, mention: found.mention, source: null };
      }
      case 'pronoun': {
        if (found.gender === 'p') {
          const v = this.vagueNear(Math.min(cue.start, found.mention.start), Math.max(cue.end, found.mention.end));
          return v ? this.vagueResolution(v.index, cue, found.mention) : null;
        }
        const id = this.resolvePronoun(found.gender, found.mention.start);
        if (id === null) return null;
        const sure = this.lastPronounMargin >= 1 ? 1 : 0.8;
        return { speaker: id, confidence: Math.min(base, CONFIDENCE.pronoun) * sure, method: 'pronoun', cue, mention: found.mention, source: null };
      }
      case 'role': {
        const id = this.resolveRole(found, q ?? cue);
        if (id !== null) return { speaker: id, confidence: Math.min(base, CONFIDENCE.role), method: 'role', cue, mention: found.mention, source: null };
        // « un conseiller de l’Élysée », « le porte-parole du président X »: someone unnamed.
        if (found.indefinite || found.complement) {
          const v = this.vagueNear(Math.min(cue.start, found.mention.start), Math.max(cue.end, found.mention.end));
          return this.vagueResolution(v ? v.index : null, cue, found.mention);
        }
        if (found.org) return { speaker: found.org.id, confidence: 0.5, method: 'role', cue, mention: found.mention, source: null };
        return null;
      }
      case 'vague': {
        const v = this.vagueNear(Math.min(cue.start, found.mention.start), Math.max(cue.end, found.mention.end));
        return this.vagueResolution(v ? v.index : null, cue, found.mention);
      }
    }
  }

  private vagueResolution(index: number | null, cue: Span, mention: Span): Resolution {
    return { speaker: null, confidence: 0, method: 'vague', cue, mention, source: index };
  }

  private vagueNear(start: number, end: number): { source: Source; index: number } | undefined {
    if (this.vague.length === 0) return undefined;
    // Sources do not nest: the last one starting before `end` is the only candidate, or the one before it.
    const k = lastStartingBefore(this.vague, end);
    for (let j = k; j >= 0 && j >= k - 1; j--) if (this.vague[j].end > start) return this.vague[j];
    return undefined;
  }

  /** Whether « comme » follows the verb at `last` within a few words of its sentence: a description. */
  private describedAfter(last: number, sentence: number): boolean {
    const tokens = this.ctx.seg.tokens;
    for (let k = last + 1; k < tokens.length && k <= last + DESCRIPTION_REACH && tokens[k].sentence === sentence; k++) if (this.words[k] === 'comme') return true;
    return false;
  }

  /** The subject of a cue: after it when the verb comes first (« … », a déclaré X), else before. */
  private subjectOf(cue: ReportingCue): Found | null {
    const first = cue.firstToken ?? tokenAtOrAfter(this.ctx.seg, cue.start);
    const last = cue.lastToken ?? first;
    if (cue.kind === 'selon') return this.parseNP(last + 1, cue.sentence, true);
    // « les prisonniers sont gardés dans « … » », « il a été annoncé que » : the subject of a
    // passive is what is reported on; only an agent after par speaks. Not with citer: « X est
    // cité par l’AFP : « … » » quotes X, unless the agent describes X (« cité par Y comme « … » »).
    if (cue.passive && !(tools.QUOTED_SUBJECT_PASSIVES.has(this.words[last]) && !this.describedAfter(last, cue.sentence))) {
      return this.words[last + 1] === 'par' ? this.parseNP(last + 2, cue.sentence, true) : null;
    }
    if (cue.pronoun) {
      const gender = SUBJECT_PRONOUNS.get(cue.pronoun) as Gender | 'p';
      return { kind: 'pronoun', gender, mention: this.pronounSpan(cue, first, last) };
    }
    // A participle (« …, affirmant que ») shares the subject of its clause: the verb before it
    // in the sentence, or the clause's own subject.
    if (cue.gerund) {
      const k = lastStartingBefore(this.cues, cue.start + 1);
      const before = k > 0 ? this.cues[k - 1] : undefined;
      if (before && before.sentence === cue.sentence && !before.gerund) return this.subjectOf(before);
      return this.subjectBefore(first, cue.sentence);
    }
    const antecedent = this.relativeAntecedent(first, cue.sentence);
    if (antecedent) return antecedent;
    // Object pronouns sit between the comma and an inverted verb (« … », lui a dit X) and
    // between the subject and the verb (X le rappelle): look past them.
    let prev = first - 1;
    while (prev >= 0 && prev > first - 3 && this.tokens[prev].sentence === cue.sentence && (OBJECT_CLITICS.has(this.words[prev]) || (prev === first - 1 && CLITIC_ARTICLES.has(this.words[prev])))) prev--;
    const inverted = prev < 0 || this.tokens[prev].sentence !== cue.sentence || this.tokens[prev].kind === 'punct';
    // Before que/qu’ the subject follows the verb only when a name comes right after it.
    const after = !cue.que || this.entityAtToken.has(last + 1) || TITLES.has(this.words[last + 1] ?? '');
    if (inverted && after) return this.parseNP(last + 1, cue.sentence, true) ?? this.subjectBefore(first, cue.sentence);
    return this.subjectBefore(first, cue.sentence) ?? (after ? this.parseNP(last + 1, cue.sentence, true) : null);
  }

  /**
   * « Le ministre a reçu Force X, qui affirme « … » » : the subject of a verb right after qui is
   * the name just before it, not the subject of the main clause. Only a name not governed by a
   * preposition (« la sœur de X, qui affirme » may be the sister).
   */
  private relativeAntecedent(first: number, sentence: number): Found | null {
    let r = first - 1;
    while (r >= 0 && r > first - 3 && (OBJECT_CLITICS.has(this.words[r]) || CLITIC_ARTICLES.has(this.words[r]) || this.words[r] === 'ne' || this.words[r] === "n'")) r--;
    if (r < 1 || this.words[r] !== 'qui' || this.tokens[r].sentence !== sentence) return null;
    const before = this.tokens[r - 1].text === ',' ? r - 2 : r - 1;
    if (before < 0 || this.tokens[before].sentence !== sentence) return null;
    const e = this.entities[lastStartingBefore(this.entities, this.tokens[before].end)];
    if (!e || e.end !== this.tokens[before].end || (e.type !== 'PER' && e.type !== 'ORG') || this.inQuote(e.start)) return null;
    const head = tokenAtOrAfter(this.ctx.seg, e.start);
    if (head > 0 && this.tokens[head - 1].sentence === sentence && PREPOSITIONS.has(this.words[head - 1])) return null;
    return { kind: 'entity', entity: e, mention: e };
  }

  private pronounSpan(cue: ReportingCue, first: number, last: number): Span {
    for (let k = first; k <= last; k++) if (this.tokens[k].text.includes('-')) return this.tokens[k];
    for (let k = first - 1; k >= 0 && k >= first - 4; k--) if (SUBJECT_PRONOUNS.has(this.words[k])) return this.tokens[k];
    return cue;
  }

  /**
   * The subject before a verb: walk back over comma-delimited segments of the sentence (quotes
   * are opaque) and read each from its start; appositions and relative clauses (« X, professeur
   * à…, qui…, a déclaré ») and adverbials (« Depuis lors, ») give nothing, so the walk goes on.
   */
  private subjectBefore(first: number, sentence: number): Found | null {
    let end = first;
    let k = first - 1;
    const floor = Math.max(0, first - MAX_SEGMENT_WALK);
    while (k >= floor && this.tokens[k].sentence === sentence) {
      // Skip a quotation as one block.
      const qi = spanContaining(this.quotes, this.tokens[k].start);
      if (qi >= 0) {
        k = tokenAtOrAfter(this.ctx.seg, this.quotes[qi].start) - 1;
        continue;
      }
      // « X (PS) a écrit » : a parenthesis after a name glosses it (party, age, place); it is
      // never the subject, so skip it as one block.
      if (this.tokens[k].text === ')') {
        const open = this.openingParen(k, floor);
        if (open >= 0) {
          k = open - 1;
          continue;
        }
      }
      if (BOUNDARY.has(this.tokens[k].text)) {
        const found = this.readSegment(k + 1, end, sentence, end === first);
        if (found) return found;
        end = k;
      }
      k--;
    }
    if (k < 0 || this.tokens[k].sentence !== sentence) return this.readSegment(k + 1, end, sentence, end === first);
    return null;
  }

  /** The « ( » matching the « ) » at token k, a few tokens back in the same sentence, or -1. */
  private openingParen(k: number, floor: number): number {
    for (let j = k - 1; j >= floor && j >= k - 8 && this.tokens[j].sentence === this.tokens[k].sentence; j--) {
      const t = this.tokens[j].text;
      if (t === '(') return j;
      if (t === ')' || t === ':') return -1;
    }
    return -1;
  }

  private readSegment(start: number, end: number, sentence: number, nearest: boolean): Found | null {
    while (start < end && DASHES.has(this.tokens[start].text)) start++;
    if (start >= end) return null;
    const w = this.words[start];
    if (RELATIVES.has(w) && !LEADING.has(w)) return null;
    // « X, de la CGT, a dit » : a segment opening on « de » glosses the name before it.
    if (w === 'de' || w === "d'") return null;
    // An apposition starts with a bare role noun: « X, conseiller de Y, a déclaré ».
    if (roleNounAt(this.words, start) && !this.entityAtToken.has(start)) return null;
    const found = this.parseNP(start, sentence, false, end);
    if (found || !nearest) return found;
    // Right before the verb, a described but unnamed body (« la direction du port dénonce »)
    // is the subject: it speaks, unnamed; a name further back must not be taken instead.
    let k = start;
    while (k < end && LEADING.has(this.words[k])) k++;
    if (k + 1 < end && DETERMINERS.has(this.words[k]) && this.tokens[k + 1].kind === 'word' && !this.tokens[k + 1].upper) {
      return { kind: 'vague', mention: span(this.tokens[k].start, this.tokens[end - 1].end) };
    }
    return null;
  }

  /** Reads a noun phrase naming a speaker from token i on. */
  private parseNP(i: number, sentence: number, after: boolean, limit = this.tokens.length): Found | null {
    const tokens = this.tokens;
    const words = this.words;
    const stop = Math.min(limit, i + MAX_NP_TOKENS);
    const inSentence = (k: number) => k < stop && tokens[k].sentence === sentence;
    let k = i;
    if (!after) while (inSentence(k) && LEADING.has(words[k]) && k - i < 4) k++;
    else while (inSentence(k) && k - i < 2 && tokens[k].kind === 'word' && !tokens[k].upper && !DETERMINERS.has(words[k]) && !PREPOSITIONS.has(words[k]) && !SUBJECT_PRONOUNS.has(words[k]) && !roleNounAt(words, k) && !this.entityAtToken.has(k)) k++;
    if (!inSentence(k)) return null;
    // « …, a déclaré à la radio Jean X » : past a prepositional phrase, only a person will do.
    if (after && PREPOSITIONS.has(words[k]) && !PLURAL_DETERMINERS.has(words[k])) {
      for (let j = k + 1; inSentence(j) && tokens[j].kind !== 'punct'; j++) {
        const e = this.entityAtToken.get(j);
        if (e?.type === 'PER') return { kind: 'entity', entity: e, mention: e };
      }
      return null;
    }
    const npStart = tokens[k].start;
    if (SUBJECT_PRONOUNS.has(words[k])) {
      return { kind: 'pronoun', gender: SUBJECT_PRONOUNS.get(words[k]) as Gender | 'p', mention: tokens[k] };
    }
    let indefinite = false;
    let plural = false;
    while (inSentence(k) && (DETERMINERS.has(words[k]) || PLURAL_DETERMINERS.has(words[k])) && !this.entityAtToken.has(k)) {
      if (words[k] === 'un' || words[k] === 'une') indefinite = true;
      if (PLURAL_DETERMINERS.has(words[k])) plural = true;
      k++;
    }
    if (!inSentence(k)) return plural ? { kind: 'vague', mention: span(npStart, tokens[k - 1].end) } : null;
    if (TITLES.has(words[k]) && tokens[k].upper) {
      k++;
      if (inSentence(k) && tokens[k].text === '.') k++;
    }
    // A first name the entity detector left out before the rest of the name (« Jean-Marie »
    // + « Le Pen ») still introduces that name.
    const entity = this.entityAtToken.get(k) ?? (tokens[k]?.upper && tokens[k].kind === 'word' && inSentence(k + 1) ? this.entityAtToken.get(k + 1) : undefined);
    if (entity && inSentence(k)) return { kind: 'entity', entity, mention: entity.start > tokens[k].start ? span(tokens[k].start, entity.end) : entity };
    const noun = inSentence(k) ? roleNounAt(words, k) : undefined;
    if (noun) {
      let j = k + noun.length;
      let org: EntityMention | undefined;
      // « le conseiller du président X »: a second role after de/du describes X, not the speaker.
      let complement: EntityMention | undefined;
      let second = false;
      while (inSentence(j) && tokens[j].kind !== 'punct') {
        const e = this.entityAtToken.get(j);
        if (e?.type === 'PER') {
          if (!second && !PREPOSITIONS.has(words[j - 1])) return { kind: 'entity', entity: e, mention: e, via: 'apposition' };
          complement ??= e;
        } else if (e && !org) org = e;
        // « la porte-parole de la fédération » : the body named earlier.
        else if (!e && !org && j <= k + noun.length + 2 && ORGANISATION_NOUNS.has(words[j]) && DETERMINERS.has(words[j - 1] ?? '')) org = this.organisationBefore(words[j], tokens[j].start);
        if (!e && PREPOSITIONS.has(words[j - 1] ?? '') && roleNounAt(words, j)) second = true;
        j++;
      }
      // « le porte-parole du ministère, Jean X, a déclaré » / « a déclaré le porte-parole, Jean X ».
      const appos = j < tokens.length && tokens[j].text === ',' && tokens[j].sentence === sentence ? this.entityAtToken.get(j + 1) : undefined;
      if (appos?.type === 'PER') return { kind: 'entity', entity: appos, mention: appos, via: 'apposition' };
      if (plural) return { kind: 'vague', mention: span(npStart, tokens[j - 1].end) };
      const roleWords = words.slice(k, j);
      // « la ministre » : the determiner shows the gender an epicene noun hides.
      const det = k > 0 ? words[k - 1] : '';
      const gender = noun.gender ?? (det === 'la' || det === 'une' ? 'f' : det === 'le' || det === 'un' ? 'm' : undefined);
      return { kind: 'role', noun: noun.lemma, gender, words: roleWords, indefinite, org, complement, mention: span(npStart, tokens[j - 1].end) };
    }
    // « l’ONG précise », « indique le quotidien », « le syndicat X affirme » : an organisation
    // named in the phrase, set beside it after a comma, or else the one the noun refers back to.
    if (inSentence(k) && ORGANISATION_NOUNS.has(words[k]) && !indefinite && !plural) {
      const named = this.organisationInPhrase(k + 1, inSentence);
      if (named) return { kind: 'entity', entity: named, mention: span(npStart, named.end), via: 'apposition' };
      // « le ministère de l’Intérieur » left unnamed by the entity detector is a body of its
      // own: only an earlier mention of the same noun may stand for it, not any organisation.
      const named2 = inSentence(k + 2) && (words[k + 1] === 'de' || words[k + 1] === "d'" || words[k + 1] === 'du') && (tokens[k + 2].upper || (inSentence(k + 3) && tokens[k + 3].upper));
      const org = this.organisationBefore(words[k], tokens[k].start, named2);
      return org ? { kind: 'entity', entity: org, mention: span(npStart, tokens[k].end), via: 'anaphor' } : null;
    }
    // « un bref communiqué publié sur le site du X indique » : the organisation speaks; « le
    // rapport conclut » alone speaks for the organisation that wrote it, named earlier.
    for (let a = k; inSentence(a) && a < k + 3 && tokens[a].kind === 'word'; a++) {
      if (!STATEMENT_NOUNS.has(words[a])) continue;
      // The author follows de / du / par (« publié sur le site Internet du X »); another name
      // in the phrase (a medium, a place) only when no author is given.
      let other: EntityMention | undefined;
      for (let j = a + 1; inSentence(j) && tokens[j].kind !== 'punct'; j++) {
        const e = this.entityAtToken.get(j);
        if (!e) continue;
        if (e.type !== 'LOC' && AUTHOR_LINKS.has(words[j - 1])) return { kind: 'entity', entity: e, mention: span(npStart, e.end), via: 'statement' };
        other ??= e;
      }
      if (other) return { kind: 'entity', entity: other, mention: span(npStart, other.end), via: 'statement' };
      const org = indefinite || plural ? undefined : this.organisationBefore(words[a], tokens[a].start);
      return org ? { kind: 'entity', entity: org, mention: span(npStart, tokens[a].end), via: 'statement' } : null;
    }
    if (plural && inSentence(k) && tokens[k].kind === 'word' && !tokens[k].upper) {
      let j = k;
      while (inSentence(j + 1) && tokens[j + 1].kind === 'word' && !tokens[j + 1].upper && !this.isVerbLike(j + 1)) j++;
      return { kind: 'vague', mention: span(npStart, tokens[j].end) };
    }
    // « l’agence de presse X », « le journal X »: a descriptor then the name.
    if (after || k > i) {
      for (let j = k; inSentence(j) && j < k + 5 && tokens[j].kind !== 'punct' && !this.isVerbLike(j); j++) {
        const e = this.entityAtToken.get(j);
        if (e && e.type !== 'LOC') return { kind: 'entity', entity: e, mention: span(npStart, e.end), via: 'apposition' };
      }
    }
    return null;
  }

  /** An organisation named inside a descriptive phrase (« le syndicat X ») or right after its comma. */
  private organisationInPhrase(j: number, inSentence: (k: number) => boolean): EntityMention | undefined {
    const end = j + 6;
    for (; inSentence(j) && j < end && this.tokens[j].kind !== 'punct' && !this.isVerbLike(j); j++) {
      const e = this.entityAtToken.get(j);
      // « le parti de X » names a member; « le syndicat X » the body itself, whatever its type.
      if (e && e.type !== 'LOC' && (e.type === 'ORG' || !PREPOSITIONS.has(this.words[j - 1]))) return e;
      if (e) j = tokenAtOrAfter(this.ctx.seg, e.end) - 1;
    }
    // « selon la fédération des banques, X, … »
    const appos = inSentence(j) && this.tokens[j].text === ',' ? this.entityAtToken.get(j + 1) : undefined;
    return appos && appos.type !== 'LOC' ? appos : undefined;
  }

  /**
   * The organisation an anaphoric noun (« l’ONG », « le documentaire ») refers back to: the
   * nearest ORG that the same noun introduced or named (« l’ONG X », « le documentaire d’X »,
   * « le ministère de … »), else the nearest ORG of the last paragraphs. Bounded walk back.
   */
  private organisationBefore(noun: string, at: number, sameNounOnly = false): EntityMention | undefined {
    const paragraphs = this.ctx.seg.paragraphs;
    const para = this.ctx.seg.sentences[this.sentenceOf(at)].paragraph;
    const floor = paragraphs[Math.max(0, para - ORG_WINDOW_PARAGRAPHS)].start;
    const near = paragraphs[Math.max(0, para - 1)].start;
    let nearest: EntityMention | undefined;
    const top = lastStartingBefore(this.entities, at);
    for (let k = top; k >= 0 && k > top - ORG_WINDOW_MENTIONS; k--) {
      const e = this.entities[k];
      if (e.start < floor) break;
      if (e.type !== 'ORG' || this.inQuote(e.start)) continue;
      if (normalizedIncludes(e.text, noun)) return e;
      const t = tokenAtOrAfter(this.ctx.seg, e.start);
      for (let j = t - 1; j >= 0 && j >= t - 3 && this.tokens[j].sentence === this.tokens[t].sentence; j--) if (this.words[j] === noun) return e;
      if (!nearest && e.start >= near) nearest = e;
    }
    return sameNounOnly ? undefined : nearest;
  }

  private isVerbLike(k: number): boolean {
    const c = this.cues[lastStartingBefore(this.cues, this.tokens[k].start + 1)];
    return (c !== undefined && c.start <= this.tokens[k].start && this.tokens[k].end <= c.end) || ['a', 'ont', 'est', 'sont'].includes(this.words[k]);
  }

  // ---- pronouns and roles -----------------------------------------------------------------

  /** The nearest compatible named person before `at`, preferring recent speakers and subjects. */
  private resolvePronoun(gender: Gender | undefined, at: number): string | null {
    const atSentence = this.sentenceOf(at);
    const atPara = this.ctx.seg.sentences[atSentence].paragraph;
    const seen = new Set<string>();
    let best: string | null = null;
    let bestScore = -Infinity;
    let secondScore = -Infinity;
    let rank = 0;
    let windowStart = at;
    for (let k = lastStartingBefore(this.persons, at); k >= 0 && rank < PRONOUN_WINDOW_MENTIONS; k--, rank++) {
      const m = this.persons[k];
      const s = this.sentenceOf(m.start);
      const para = this.ctx.seg.sentences[s].paragraph;
      if (atPara - para > PRONOUN_WINDOW_PARAGRAPHS) break;
      windowStart = m.start;
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      const g = this.people.gender(m.id);
      if (gender && g && g !== gender) continue;
      let score = gender && g === gender ? 1 : 0;
      score += s === atSentence ? 2 : para === atPara ? 1 : -(atPara - para - 1);
      score -= rank * 0.01;
      // A recent speaker, and the subject of the preceding discourse, are the likeliest « il »;
      // both count most inside the pronoun's own paragraph, where a new subject takes over
      // from a speaker of the paragraphs before.
      const paraStart = this.ctx.seg.paragraphs[atPara].start;
      if (this.spokeBetween(m.id, paraStart, at)) score += 1.5;
      else if (this.spokeBetween(m.id, Math.max(0, this.ctx.seg.paragraphs[Math.max(0, atPara - PRONOUN_WINDOW_PARAGRAPHS)].start), at)) score += 0.75;
      const subjects = this.people.byId.get(m.id)?.subjectAt ?? [];
      const sk = firstAtOrAfter(subjects, windowStart);
      if (sk < subjects.length && subjects[sk] < at) score += subjects[lastBelow(subjects, at)] >= paraStart ? 1.5 : 0.5;
      if (score > bestScore) {
        secondScore = bestScore;
        bestScore = score;
        best = m.id;
      } else if (score > secondScore) {
        secondScore = score;
      }
    }
    // A close runner-up makes the choice less sure: the confidence says so.
    this.lastPronounMargin = bestScore - secondScore;
    return best;
  }

  /**
   * A role description (« le président russe », « selon le professeur ») names the person it
   * was attached to earlier; an indefinite one (« un analyste ») or one in a heading announces
   * a person introduced next. Failing that, the most recent compatible person.
   */
  private resolveRole(role: Extract<Found, { kind: 'role' }>, anchor: Span): string | null {
    const at = anchor.start;
    const forward = role.indefinite || this.inHeading(at);
    let bestBack: { id: string; score: number; at: number } | null = null;
    let bestFwd: { id: string; score: number; at: number } | null = null;
    const list = this.people.roles;
    let split = 0;
    for (let hiB = list.length; split < hiB; ) {
      const mid = (split + hiB) >> 1;
      if (list[mid].at < at) split = mid + 1;
      else hiB = mid;
    }
    const lo = Math.max(0, split - ROLE_WINDOW);
    const hi = Math.min(list.length, split + ROLE_WINDOW);
    const adjective = qualifierAfter(role.words, 1);
    for (let k = lo; k < hi; k++) {
      const r = list[k];
      // The same noun, or a relational one (« son homologue française ») matched by qualifiers.
      let score = r.noun === role.noun ? 2 : RELATIONAL.has(r.noun) ? 0 : -1;
      if (score < 0) continue;
      for (const w of role.words) if (w.length > 3 && w !== role.noun && r.words.includes(w)) score++;
      // « la ministre française » is not « la ministre chilienne ».
      if (adjective && r.adjective && adjective !== r.adjective) score -= 2;
      if (score < 1) continue;
      const g = this.people.gender(r.id);
      // A feminine role noun never names a man; the generic masculine may name a woman.
      if (role.gender === 'f' && g === 'm') continue;
      if (r.at < at) {
        if (!bestBack || score >= bestBack.score) bestBack = { id: r.id, score, at: r.at };
      } else if (!bestFwd || score > bestFwd.score) {
        bestFwd = { id: r.id, score, at: r.at };
      }
    }
    if (forward && bestFwd) return bestFwd.id;
    if (bestBack) return bestBack.id;
    if (bestFwd && forward) return bestFwd.id;
    // « le négociateur palestinien » that no earlier description matches is someone unnamed,
    // not whoever was mentioned last.
    if (role.indefinite || role.complement || qualifierAfter(role.words, roleNounAt(role.words, 0)?.length ?? 1)) return null;
    return this.resolvePronoun(role.gender === 'f' ? 'f' : undefined, at);
  }

  /** A paragraph that ends on no sentence punctuation, even inside its last quote: a title. */
  private headlineLike(at: number): boolean {
    const para = this.ctx.seg.paragraphs[this.ctx.seg.sentences[this.sentenceOf(at)].paragraph];
    const text = this.ctx.text;
    let e = para.end - 1;
    while (e > para.start && ' \t\r\n\u00A0\u202F»”"'.includes(text[e])) e--;
    return !'.!?…'.includes(text[e]);
  }

  /** A short paragraph without a final full stop: a headline or sub-heading. */
  private inHeading(at: number): boolean {
    const s = this.sentenceOf(at);
    const para = this.ctx.seg.paragraphs[this.ctx.seg.sentences[s].paragraph];
    const last = this.ctx.text[para.end - 1];
    if ('.!?…'.includes(last)) return false;
    let n = 0;
    for (let k = tokenAtOrAfter(this.ctx.seg, para.start); k < this.tokens.length && this.tokens[k].start < para.end; k++) {
      if (this.tokens[k].kind === 'word' && ++n > HEADING_MAX_WORDS) return false;
    }
    return true;
  }

  // ---- bookkeeping --------------------------------------------------------------------------

  /** Appends in text order (cue subjects first, then quotes in order): each list stays sorted. */
  private noteSpoke(id: string, at: number, lists = this.spoke): void {
    const list = lists.get(id) ?? [];
    if (list.length === 0 || list[list.length - 1] <= at) list.push(at);
    lists.set(id, list);
  }

  private spokeBetween(id: string, from: number, to: number): boolean {
    for (const lists of [this.spoke, this.quoteSpoke]) {
      const list = lists.get(id);
      if (list === undefined) continue;
      const k = firstAtOrAfter(list, from);
      if (k < list.length && list[k] < to) return true;
    }
    return false;
  }

  private inQuote(offset: number): boolean {
    return spanContaining(this.quotes, offset) >= 0;
  }

  private sentenceOf(offset: number): number {
    return Math.max(0, lastStartingBefore(this.ctx.seg.sentences, offset + 1));
  }
}

function isSorted(spans: readonly Span[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k].start < spans[k - 1].start) return false;
  return true;
}

/** Index of the last number < x in a sorted list (-1 when none). */
function lastBelow(list: number[], x: number): number {
  return firstAtOrAfter(list, x) - 1;
}

/** Index of the first number >= x in a sorted list. */
function firstAtOrAfter(list: number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a name contains the word, ignoring case: « Syndicat national X » for « syndicat ». */
function normalizedIncludes(name: string, word: string): boolean {
  const at = name.toLowerCase().indexOf(word);
  return at >= 0 && !/\p{L}/u.test(name[at - 1] ?? ' ') && !/\p{L}/u.test(name[at + word.length] ?? ' ');
}

function span(start: number, end: number): Span {
  return { start, end };
}


