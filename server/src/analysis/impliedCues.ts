// Reporting cues that a verb list cannot know, found from their position alone, for the quote
// detectors (quoteKinds, speakers):
// - an incise right after a quotation and a comma: « … », a répliqué X / tranche-t-elle /
//   tonne X. French puts nothing else there, so that verb reports the quote whatever it is;
// - a past participle followed by que: X a rétorqué que… (indirect speech with any verb);
// - « Pour X, … » opening a sentence: X's view, read like selon.
// Each pattern looks at two or three tokens, so the scan is linear.
import type { Quote } from './types';
import { recall, remember, type DocContext } from './context';
import type { ReportingCue } from './cues';
import { baseCue, splitInversion, tokenClasses, tokenKeys } from './cues';
import { keyClass, wordKey } from './wordKeys';
import { roleNounAt } from './persons';
import { firstTokenOf } from './text';
import * as tools from './quoteTools';
import verbData from './data/fr/reporting-verbs.json';

const { DESCRIBING_FORMS, DESCRIBING_STEMS, DETERMINERS, NAMING_FORMS, ORGANISATION_NOUNS, ENGLISH_PRONOUNS, LEADING, PREPOSITIONS, RELATIVES, SUBJECT_PRONOUNS, TITLES, INTRODUCERS, lastStartingBefore, tokenAtOrAfter } = tools;

/** Whether a person's name starts at token k (the entity detector's answer, or a guess). */
export type IsName = (k: number) => boolean;

const AUXILIARIES = new Set(['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient']);
/** A past participle's look: a déclaré, a admis, a conclu, a écrit, a tranché. */
const PARTICIPLE = /^[\p{Ll}'-]{2,}(é|ée|i|ie|u|ue|is|it|int|ert|ait)$/u;
const CLOSED_CLASS = new Set([...DETERMINERS, ...LEADING, ...RELATIVES, ...PREPOSITIONS, ...SUBJECT_PRONOUNS.keys(), 'ne', "n'", 'pas', 'plus', 'très', 'avec', 'sans']);
/** Adverbs between a verb and its que (reconnaît tout de même que, estime aussi que). */
const ADVERBS = new Set([...verbData.between, 'tout', 'bien', 'toutefois', 'quand']);
/** After « Pour » opening a sentence: pronouns and articles of one speaker (not « pour eux », a group). */
const INTRODUCED_PRONOUNS = new Set(['lui', 'elle']);
const SINGULAR_DETERMINERS = new Set(['le', 'la', "l'"]);
const STRESSED = new Set(['elle', 'lui', 'eux', 'elles', 'lui-même', 'elle-même']);
/** How many tokens before a quote a verb of describing may govern it (décrit sa fille comme « … »). */
const DESCRIBER_REACH = 6;

/** The listed cues plus the implied ones that overlap none of them, in text order. */
export function withImpliedCues(ctx: DocContext, words: string[], cues: ReportingCue[], quotes: Quote[], isName: IsName): ReportingCue[] {
  const implied = [...incises(ctx, words, quotes, isName), ...queClauses(ctx, words), ...introducers(ctx, words, isName), ...describers(ctx, words, quotes), ...commeClauses(ctx, words, isName)];
  if (implied.length === 0) return cues;
  const extra = implied.filter((c) => {
    const k = lastStartingBefore(cues, c.end);
    if (k >= 0 && cues[k].end > c.start) return false;
    // « Pour X, … » is the weakest cue: an incise in the same sentence speaks instead (« Pour le
    // syndicat, le plan prévoit « … », a précisé le ministre »); a later clause of its own does not
    // (« …, alors que le ministre a déclaré la veille que… »).
    return c.lemma !== 'pour' || !cues.some((d) => d.sentence === c.sentence && d.inverted);
  });
  return extra.length === 0 ? cues : [...cues, ...extra].sort((a, b) => a.start - b.start);
}

function cue(ctx: DocContext, first: number, last: number, lemma: string, kind: 'verb' | 'selon', extra: Partial<ReportingCue> = {}): ReportingCue {
  return Object.assign(baseCue(ctx, first, last, lemma, kind), extra);
}

/**
 * An incise candidate, decided as far as it can be without IsName: `last` is the verb group's
 * last token (-1: none), unless `byName`, where an incise stands only if a name follows k.
 */
interface InciseSite {
  k: number;
  last: number;
  pronoun?: ReportingCue['pronoun'];
  english: boolean;
  byName: boolean;
}

const INCISE_SITES = Symbol('incise sites');

function incises(ctx: DocContext, words: string[], quotes: Quote[], isName: IsName): ReportingCue[] {
  const out: ReportingCue[] = [];
  for (const site of inciseSites(ctx, words, quotes)) {
    if (site.byName) {
      if (isName(site.k + 1)) out.push(cue(ctx, site.k, site.k, words[site.k], 'verb', {}));
    } else if (site.english) {
      out.push(cue(ctx, site.k, site.last, words[site.last], 'verb', { pronoun: site.pronoun, inverted: true }));
    } else {
      out.push(cue(ctx, site.k, site.last, words[site.last], 'verb', site.pronoun ? { pronoun: site.pronoun, inverted: true } : {}));
    }
  }
  return out;
}

/**
 * The places an incise may start (after a comma inside a quote or right after one), each read
 * once per document: both callers ask with a different IsName, which one case alone consults.
 */
function inciseSites(ctx: DocContext, words: string[], quotes: Quote[]): InciseSite[] {
  const cached = recall<{ quotes: Quote[]; sites: InciseSite[] }>(ctx, INCISE_SITES);
  if (cached && cached.quotes === quotes) return cached.sites;
  const tokens = ctx.seg.tokens;
  const sites: InciseSite[] = [];
  const add = (k: number) => {
    const site = inciseAt(ctx, words, k);
    if (site) sites.push(site);
  };
  for (const q of quotes) {
    // Inside the marks: « Nous partirons, a-t-il dit, dès demain. »
    let k = tokenAtOrAfter(ctx.seg, q.inner.start);
    for (; k < tokens.length && tokens[k].end <= q.inner.end; k++) if (tokens[k].text === ',') add(k + 1);
    // After them: « … », a dit X — or the English “…,” said X, the comma inside the marks.
    k = tokenAtOrAfter(ctx.seg, q.end);
    if (k < tokens.length && tokens[k].text === ',') add(k + 1);
    else if (ctx.text[q.inner.end - 1] === ',' && q.inner.end === q.end - 1) add(k);
  }
  return remember(ctx, INCISE_SITES, { quotes, sites }).sites;
}

/** The verb group of an incise starting at token k, if there is one (or may be, given a name). */
function inciseAt(ctx: DocContext, words: string[], k: number): InciseSite | null {
  const tokens = ctx.seg.tokens;
  if (k + 1 >= tokens.length || tokens[k].kind !== 'word' || tokens[k].upper) return null;
  const sentence = tokens[k].sentence;
  const same = (j: number) => j < tokens.length && tokens[j].sentence === sentence;
  const [, pronoun] = splitInversion(words[k]);
  const english = ENGLISH_PRONOUNS.get(words[k]) as ReportingCue['pronoun'];
  if (english && same(k + 1) && tokens[k + 1].kind === 'word' && !tokens[k + 1].upper) {
    // “…,” she said.
    return { k, last: k + 1, pronoun: english, english: true, byName: false };
  }
  let last = -1;
  if (pronoun) last = k;
  else if (AUXILIARIES.has(words[k]) && same(k + 1) && PARTICIPLE.test(words[k + 1])) last = k + 1;
  else if ((words[k] === "s'" || words[k] === 'se') && same(k + 2) && (words[k + 1] === 'est' || words[k + 1] === 'sont') && PARTICIPLE.test(words[k + 2])) last = k + 2;
  else if (words[k].length > 2 && !CLOSED_CLASS.has(words[k]) && same(k + 1)) {
    if (TITLES.has(words[k + 1]) && tokens[k + 1].upper) last = k;
    else return { k, last: k, english: false, byName: true };
  }
  if (last < 0) return null;
  return { k, last, pronoun, english: false, byName: false };
}

const QUE_CLAUSES = Symbol('que clauses');

/** Participle + que: the same for every caller of a document, so found once. */
function queClauses(ctx: DocContext, words: string[]): ReportingCue[] {
  return recall<ReportingCue[]>(ctx, QUE_CLAUSES) ?? remember(ctx, QUE_CLAUSES, scanQueClauses(ctx, words));
}

const QUE_KEY = wordKey('que');
const QU_KEY = wordKey("qu'");
const COMME_KEY = wordKey('comme');
const INTRODUCER = keyClass(INTRODUCERS);

function scanQueClauses(ctx: DocContext, words: string[]): ReportingCue[] {
  const tokens = ctx.seg.tokens;
  const keys = tokenKeys(ctx);
  const out: ReportingCue[] = [];
  for (let k = 2; k < tokens.length; k++) {
    // Only que opens one: other words are left by their key, unread.
    if (keys[k] !== QUE_KEY && keys[k] !== QU_KEY) continue;
    // « X reconnait tout de même que » : a name, then any verb, a few adverbs, then que.
    const w = words[k];
    const que = w === 'que' || w === "qu'";
    if (que) {
      let v = k - 1;
      while (v > 0 && v >= k - 4 && ADVERBS.has(words[v])) v--;
      if (v > 0 && v < k && tokens[v].kind === 'word' && !tokens[v].upper && words[v].length > 2 && !CLOSED_CLASS.has(words[v]) && !AUXILIARIES.has(words[v])) {
        const n = v - 1;
        if (tokens[n].upper && tokens[n].kind === 'word' && tokens[n].sentence === tokens[k].sentence && !SUBJECT_PRONOUNS.has(words[n]) && (n === 0 || tokens[n - 1].sentence === tokens[n].sentence)) {
          out.push(cue(ctx, v, v, words[v], 'verb', { que: true, queSpan: { start: tokens[k].start, end: tokens[k].end } }));
          continue;
        }
      }
    }
    if (!que) continue;
    // « X a elle relevé que » : a stressed pronoun may stand between auxiliary and participle.
    // « X a condamné… et estimé que » : a second participle shares the first one's auxiliary.
    const aux = AUXILIARIES.has(words[k - 2]) || words[k - 2] === 'et' ? k - 2 : k >= 3 && STRESSED.has(words[k - 2]) && AUXILIARIES.has(words[k - 3]) ? k - 3 : -1;
    // The participle's pattern last: most que have no auxiliary two words before.
    if (aux < 0 || tokens[aux].sentence !== tokens[k].sentence || !PARTICIPLE.test(words[k - 1])) continue;
    out.push(cue(ctx, aux, k - 1, words[k - 1], 'verb', { que: true, queSpan: { start: tokens[k].start, end: tokens[k].end } }));
  }
  return out;
}

// Both callers (quoteKinds, speakers) ask about the same document with a different IsName:
// what does not depend on it is found once per document.
const INTRODUCER_STARTS = Symbol('introducer starts');
const COMME = Symbol('comme le/l’');
const DESCRIBERS = Symbol('describers');

/** Tokens that may open a « Pour X, … »: an introducer first in its sentence or after a colon. */
function introducerStarts(ctx: DocContext, words: string[]): number[] {
  const cached = recall<number[]>(ctx, INTRODUCER_STARTS);
  if (cached) return cached;
  const tokens = ctx.seg.tokens;
  // Only a sentence's first word can open it, or the first after a colon (a headline's
  // « Sujet : pour X, … »): look at those alone.
  const all: number[] = [];
  for (let s = 0; s < ctx.seg.sentences.length; s++) all.push(firstTokenOf(ctx.seg, s));
  const classes = tokenClasses(ctx);
  for (let k = 1; k < tokens.length; k++) if ((classes[k] & INTRODUCER) !== 0 && tokens[k - 1].text === ':' && INTRODUCERS.has(words[k])) all.push(k);
  return remember(ctx, INTRODUCER_STARTS, all.filter((k) => k + 1 < tokens.length && INTRODUCERS.has(words[k])));
}

function introducers(ctx: DocContext, words: string[], isName: IsName): ReportingCue[] {
  const tokens = ctx.seg.tokens;
  const out: ReportingCue[] = [];
  for (const k of introducerStarts(ctx, words)) {
    let j = k + 1;
    if (TITLES.has(words[j]) && tokens[j].upper) j += tokens[j + 1]?.text === '.' ? 2 : 1;
    else if (DETERMINERS.has(words[j]) && roleNounAt(words, j + 1)) {
      // « Pour l’économiste Martin Hale, » : a role, a few qualifying words, then the name.
      j += 2;
      for (let n = 0; n < 4 && j < tokens.length && tokens[j].kind === 'word' && !isName(j); n++) j++;
    } else if (DETERMINERS.has(words[j]) && j + 1 < tokens.length && tokens[j + 1].upper) j++; // « Pour la CGT, »
    else if (j + 1 < tokens.length && tokens[j + 1].sentence === tokens[k].sentence && (INTRODUCED_PRONOUNS.has(words[j]) ? tokens[j + 1].text === ',' : SINGULAR_DETERMINERS.has(words[j]) && ORGANISATION_NOUNS.has(words[j + 1]))) {
      // « Pour lui, … », « Pour l’ONG, … » : a person or body the text names elsewhere.
      out.push(cue(ctx, k, k, words[k], 'selon'));
      continue;
    }
    if (j < tokens.length && tokens[j].sentence === tokens[k].sentence && isName(j)) out.push(cue(ctx, k, k, words[k], 'selon'));
  }
  return out;
}

/**
 * « X décrit sa fille comme « … » », « le qualifie de « … » », « le caractérise d’être « … » » : a
 * verb of describing governs the short quote after comme / de; the quoted words are the
 * describer's, so the verb reports them. Looks at a few tokens before each quote.
 */
function describers(ctx: DocContext, words: string[], quotes: Quote[]): ReportingCue[] {
  const cached = recall<{ quotes: Quote[]; cues: ReportingCue[] }>(ctx, DESCRIBERS);
  if (cached && cached.quotes === quotes) return cached.cues;
  return remember(ctx, DESCRIBERS, { quotes, cues: findDescribers(ctx, words, quotes) }).cues;
}

function findDescribers(ctx: DocContext, words: string[], quotes: Quote[]): ReportingCue[] {
  const tokens = ctx.seg.tokens;
  const out: ReportingCue[] = [];
  for (const q of quotes) {
    const open = tokenAtOrAfter(ctx.seg, q.start);
    const prev = open - 1;
    if (prev < 1 || tokens[prev].sentence !== tokens[open]?.sentence) continue;
    // The word right before the mark links the description: comme, de, d’, d’être, en.
    let link = words[prev] === 'être' && (words[prev - 1] === "d'" || words[prev - 1] === 'de') ? prev - 1 : prev;
    // « comme une « usine à gaz » » : an article may stand between the link and the mark.
    if (INDEFINITES.has(words[link]) && link > 1 && DESCRIBER_LINKS.has(words[link - 1])) link--;
    if (!DESCRIBER_LINKS.has(words[link])) continue;
    let reach = DESCRIBER_REACH;
    let apposition = false;
    for (let k = link - 1; k >= 0 && k >= link - reach && tokens[k].sentence === tokens[prev].sentence; k--) {
      if (tokens[k].kind === 'punct') {
        // « décrit sa fille, Marine X, comme « … » » : one apposition between commas is passed over.
        const opening = tokens[k].text === ',' && !apposition ? openingComma(ctx, k) : -1;
        if (opening < 0) break;
        apposition = true;
        reach += k - opening + 1;
        k = opening;
        continue;
      }
      if (!isDescribing(words[k]) && !(NAMING_FORMS.has(words[k]) && namesObject(ctx, words, k, link, open))) continue;
      out.push(cue(ctx, k, k, words[k], 'verb'));
      break;
    }
  }
  return out;
}

/** The comma opening an apposition closed by the comma at token k, a few words back, or -1. */
function openingComma(ctx: DocContext, k: number): number {
  const tokens = ctx.seg.tokens;
  for (let j = k - 1; j >= 0 && j >= k - APPOSITION_MAX - 1 && tokens[j].sentence === tokens[k].sentence; j--) {
    if (tokens[j].text === ',') return j > k - 2 ? -1 : j;
    if (tokens[j].kind === 'punct') return -1;
  }
  return -1;
}

/**
 * Traiter names only with an object, between it and de (traite sa fille de « … ») or a clitic
 * before it (l’a traité de « … »), and before a bare attribute: « traite la question de « la
 * dette » » deals with a subject.
 */
function namesObject(ctx: DocContext, words: string[], k: number, link: number, open: number): boolean {
  if (DETERMINERS.has(words[open + 1] ?? '')) return false;
  if (k < link - 1) return true;
  // A participle takes its clitic with an auxiliary (l’a traité de): "le traité de « … »" is the treaty.
  const participle = /é(?:e|s|es)?$/.test(words[k]);
  if (participle && !AUXILIARIES.has(words[k - 1])) return false;
  const before = AUXILIARIES.has(words[k - 1]) ? k - 2 : k - 1;
  return before >= 0 && NAMED_OBJECTS.has(words[before]);
}

const DESCRIBER_LINKS = new Set(['comme', 'de', "d'", 'en']);
/** The longest apposition passed over between a verb of describing and its link. */
const APPOSITION_MAX = 5;
/** Object clitics before traiter: l’a traité de, les traite de, nous a traités de. */
const NAMED_OBJECTS = new Set(['le', 'la', "l'", 'les', 'me', "m'", 'te', "t'", 'nous', 'vous']);
const INDEFINITES = new Set(['un', 'une', 'des']);

function isDescribing(word: string): boolean {
  if (DESCRIBING_FORMS.has(word)) return true;
  for (const stem of DESCRIBING_STEMS) if (word.startsWith(stem)) return true;
  return false;
}

/**
 * « comme le rappelle X, « … » » / « comme l’a souligné X » : the verb comes before its subject,
 * whatever the verb, and the clause vouches for what follows. From « comme » to the verb.
 */
function commeClauses(ctx: DocContext, words: string[], isName: IsName): ReportingCue[] {
  const tokens = ctx.seg.tokens;
  const out: ReportingCue[] = [];
  let comme = recall<number[]>(ctx, COMME);
  if (!comme) {
    comme = remember(ctx, COMME, []);
    const keys = tokenKeys(ctx);
    for (let k = 0; k + 3 < tokens.length; k++) if (keys[k] === COMME_KEY && words[k] === 'comme' && (words[k + 1] === 'le' || words[k + 1] === "l'")) comme.push(k);
  }
  for (const k of comme) {
    let v = k + 2;
    if (AUXILIARIES.has(words[v]) || words[v] === 'a') v++;
    if (v + 1 >= tokens.length || tokens[v].kind !== 'word' || tokens[v].upper || CLOSED_CLASS.has(words[v]) || words[v].length < 3) continue;
    const s = tokens[k].sentence;
    if (tokens[v + 1].sentence !== s) continue;
    // The subject right after: a name, a title, or a determiner opening a noun phrase (l’ONG).
    // Any capitalised word there is a name: organisations speak in this frame as often as people.
    if (!isName(v + 1) && !tokens[v + 1].upper && !DETERMINERS.has(words[v + 1])) continue;
    out.push(cue(ctx, k, v, words[v], 'verb', { inverted: true }));
  }
  return out;
}
