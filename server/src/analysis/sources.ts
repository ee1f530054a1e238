// Source phrases: who a claim or quotation is attributed to. The reader's question is "can I
// check this?", so the detector separates vague sources (les analystes estiment, selon certaines
// informations, citant des sources … non identifiées, l’agence de presse officielle
// nord-coréenne, ils disent) from named ones (selon X where X is an entity, selon lui resolved
// to a person, "selon le professeur" resolved through an apposition elsewhere in the text).
// Everything starts from the reporting cues: a source is only a source when something is
// reported (ont publié une vidéo is not a claim; n’ont pas confirmé denies one).
// Noun phrases are parsed on demand, only where a cue or a quotation mark asks, each bounded in
// length, so the cost follows the number of cues and stays linear in the text.
import type { EntityMention, Source } from './types';
import type { DocContext } from './context';
import { tokenOffsets, type Segmented, type Token } from './text';
import { findReportingCues, normalizeWord, wordSet, normalizedWords, tokenKeys, type ReportingCue } from './cues';
import { keyTable, wordKey } from './wordKeys';
import { entitiesByToken } from './tokenIndex';
import { countAtMost, countStartingBefore } from './spans';
import nounData from './data/fr/source-nouns.json';
import { ISSUING_VERB_FORMS, PREPOSITIONS, STATEMENT_NOUNS } from './quoteTools';

type NounClass = 'people' | 'body' | 'report';

interface NounInfo {
  cls: NounClass;
  plural: boolean;
}

function buildNouns(): Map<string, NounInfo> {
  const nouns = new Map<string, NounInfo>();
  const add = (list: string[], cls: NounClass) => {
    for (const entry of list) {
      const [sg, pl] = entry.split('|').map(normalizeWord);
      if (!nouns.has(sg)) nouns.set(sg, { cls, plural: false });
      if (pl && pl !== sg) nouns.set(pl, { cls, plural: true });
    }
  };
  add(nounData.people, 'people');
  add(nounData.bodies, 'body');
  add(nounData.reports, 'report');
  return nouns;
}

const NOUNS = buildNouns();

/** Whether a normalised word is a noun of a person, a body or a report that may stand as a source ("porte-parole", "communiqué"). */
export function isSourceNoun(word: string): boolean {
  return NOUNS.has(word);
}
const PEOPLE_SUFFIXES = nounData.peopleSuffixes.suffixes;

/** A feminine form of a listed person noun: enseignante(s) → enseignant(s). */
function feminine(word: string): NounInfo | undefined {
  let base: string | undefined;
  if (word.endsWith('es')) base = word.slice(0, -2) + 's';
  else if (word.endsWith('e')) base = word.slice(0, -1);
  const info = base ? NOUNS.get(base) : undefined;
  return info && info.cls === 'people' ? info : undefined;
}

/** nounInfo's answers, remembered: the phrase parser asks about the same words again and again. Bounded. */
const NOUN_INFO = new Map<string, NounInfo | null>();
const MAX_NOUN_INFO = 20000;

/** A source noun: listed, or a person by its suffix (climatologue, journaliste). Do not mutate. */
function nounInfo(word: string): NounInfo | undefined {
  let info = NOUN_INFO.get(word);
  if (info === undefined) {
    info = findNounInfo(word) ?? null;
    if (NOUN_INFO.size >= MAX_NOUN_INFO) NOUN_INFO.clear();
    if (word.length <= 64) NOUN_INFO.set(word, info);
  }
  return info ?? undefined;
}

function findNounInfo(word: string): NounInfo | undefined {
  const listed = NOUNS.get(word) ?? feminine(word);
  if (listed || word.length < nounData.peopleSuffixes.minLength) return listed;
  for (const suffix of PEOPLE_SUFFIXES) if (word.endsWith(suffix)) return { cls: 'people', plural: word.endsWith('s') };
  return undefined;
}
const DEFINITE = wordSet(nounData.definite);
const INDEFINITE = wordSet(nounData.indefinite);
const PRE_ADJECTIVES = wordSet(nounData.preAdjectives);
const STOP = wordSet(nounData.stopWords);
const ADJ_EXCEPTIONS = wordSet(nounData.adjectiveVerbExceptions);
const QUANTIFIERS = wordSet(nounData.quantifierPronouns);
const PUBLICATION = wordSet(nounData.publication.forms);
const ON_VERBS = new Set(nounData.onVerbs.lemmas);
const NUMBER_WORDS = wordSet(nounData.numberWords);
/** Every word parsePhrase can start from (a determiner or number word): one lookup per token. */
const PHRASE_STARTS = new Set([...DEFINITE, ...INDEFINITE, ...NUMBER_WORDS]);
/** The keys of PHRASE_STARTS: the backward search for a phrase start reads few words' strings. */
const PHRASE_START_KEYS = keyTable(PHRASE_STARTS);
const COMPLEMENT = new Set(['de', "d'", 'du', 'des']);
const COMPLEMENT_DET = new Set(['la', "l'", 'les', 'le']);
const RELATIVE_SELON = new Set(['lequel', 'laquelle', 'lesquels', 'lesquelles']);
const PLAIN_AUX = new Set(['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient']);
const CLOSING = new Set([',', '»', '”', '"', ':', '(', '–', '—']);
/** How far back a statement's clause is read for the name that issued it. */
const MAX_CLAUSE_WALK = 8;
const OPENING_QUOTES = new Set(['«', '“', '"']);
const MAX_PHRASE = 16;
const MAX_INCISE = 10;
const ROLE_DETERMINERS = new Set(['un', 'une', 'le', 'la', "l'"]);
const SUBJECT_CLITICS = new Set(['le', 'la', "l'", 'les', 'lui', 'leur', 'y', 'en']);
const MAX_COMPLEMENTS = 3;
/** How far back (in paragraphs) a pronoun (ils disent, selon lui) looks for what it stands for. */
const PRONOUN_REACH = 2;

/** A noun phrase whose head can stand for a source: "les responsables américains de l’époque". */
interface NounPhrase {
  first: number;
  last: number;
  head: number;
  cls: NounClass | 'quantifier';
  plural: boolean;
  definite: boolean;
  /** A proper name right after the phrase (l’agence de presse russe TASS). */
  appositive: EntityMention | null;
  /** A proper name inside a de-complement (un communiqué du Kremlin). */
  complementEntity: EntityMention | null;
}

/** A name introduced with a role, and the words around it (président russe → Vladimir Poutine). */
interface RoleEntry {
  entity: EntityMention;
  start: number;
  context: Set<string>;
}

interface Scan {
  ctx: DocContext;
  tokens: Token[];
  words: string[];
  /** For each token, the entity mention covering it, or undefined. */
  entityAt: (EntityMention | undefined)[];
  /** Tokens that start a reporting cue: a noun phrase never swallows them. */
  cueStarts: Set<number>;
  /** Entity mentions that look introduced with a role: "analyste" → ids, in text order. */
  roles: Map<string, RoleEntry[]>;
  /** PER mentions in text order, for "selon lui". */
  persons: EntityMention[];
  /** parsePhrase's answers by first token: the phrases ending at nearby tokens start at the same determiners. */
  phrases: Map<number, NounPhrase | null>;
}

export function findSources(ctx: DocContext, entities: EntityMention[]): Source[] {
  const tokens = ctx.seg.tokens;
  if (tokens.length === 0) return [];
  const cues = findReportingCues(ctx);
  const scan: Scan = {
    ctx,
    tokens,
    words: normalizedWords(ctx),
    entityAt: entitiesByToken(ctx, entities),
    cueStarts: new Set(cues.map((c) => c.firstToken ?? -1)),
    roles: new Map(),
    persons: entities.filter((e) => e.type === 'PER').sort((a, b) => a.start - b.start),
    phrases: new Map(),
  };
  indexRoles(scan, entities);
  const phrasesEndingAt = new PhraseIndex(scan);

  const sources: Source[] = [];
  // What the last attributing cue rested on, for "ils disent" and "selon eux".
  let last: { vague: boolean; paragraph: number } | null = null;
  for (const cue of cues) {
    if (cue.negated) continue;
    const found = sourceOfCue(scan, cue, phrasesEndingAt, last);
    const paragraph = ctx.seg.sentences[cue.sentence].paragraph;
    if (found) {
      sources.push(found);
      last = { vague: found.vague, paragraph };
    } else if (cue.kind === 'verb' && (hasNamedSubject(scan, cue) || cue.pronoun === 'il' || cue.pronoun === 'elle')) {
      last = { vague: false, paragraph };
    }
  }
  sources.push(...introducedSources(scan));
  // Only opening quotation marks can make a phrase the source of a quote: look back from them.
  // The tokenizer lists the quotation marks: visit those, not every token.
  const marks = ctx.seg.quoteMarks;
  for (let n = 0, end = marks ? marks.length : tokens.length; n < end; n++) {
    const q = marks ? marks[n] : n;
    if (!OPENING_QUOTES.has(scan.words[q])) continue;
    for (let verb = q - 1; verb >= 0 && verb >= q - 3 && tokens[verb].sentence === tokens[q].sentence; verb--) {
      const np = phrasesEndingAt.get(verb - 1);
      const quoted = np ? quotedBy(scan, np) : null;
      if (quoted) {
        sources.push(quoted);
        break;
      }
    }
  }
  sources.sort((a, b) => a.start - b.start || b.end - a.end);
  // Two cues may yield one phrase (a-t-il cité … affirmant): keep the first of overlapping spans.
  const out: Source[] = [];
  for (const s of sources) if (out.length === 0 || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

function sourceOfCue(
  scan: Scan,
  cue: ReportingCue,
  phrasesEndingAt: PhraseIndex,
  last: { vague: boolean; paragraph: number } | null,
): Source | null {
  const { tokens, words } = scan;
  const first = cue.firstToken ?? 0;
  const lastTok = cue.lastToken ?? first;
  const paragraph = scan.ctx.seg.sentences[cue.sentence].paragraph;
  const recent = last !== null && paragraph - last.paragraph <= PRONOUN_REACH;
  const next = lastTok + 1 < tokens.length && tokens[lastTok + 1].sentence === cue.sentence ? lastTok + 1 : -1;

  if (cue.kind === 'selon') {
    if (next < 0) return null;
    const w = words[next];
    if (RELATIVE_SELON.has(w)) return publishedBy(scan, cue, phrasesEndingAt);
    if (w === 'lui' || w === 'elle') {
      const person = previousPerson(scan, first, paragraph);
      return person ? named(scan, first, next, person) : null;
    }
    if (w === 'eux' || w === 'elles') return recent && last?.vague ? vague(scan, first, next) : null;
    const entity = entityStartingAt(scan, next) ?? (DEFINITE.has(w) ? entityStartingAt(scan, next + 1) : undefined);
    if (entity) return named(scan, first, lastTokenOf(scan, entity, next), entity);
    const np = parsePhrase(scan, next);
    return np ? classify(scan, np, first, np.last, cue) : null;
  }

  // Passive: "a été rapportée par l’agence de presse officielle nord-coréenne".
  if (cue.passive) {
    if (next < 0 || words[next] !== 'par' || next + 1 >= tokens.length) return null;
    const entity = entityStartingAt(scan, next + 1) ?? (DEFINITE.has(words[next + 1]) ? entityStartingAt(scan, next + 2) : undefined);
    if (entity) return named(scan, next, lastTokenOf(scan, entity, next + 1), entity);
    const np = parsePhrase(scan, next + 1);
    return np ? classify(scan, np, next, np.last, cue) : null;
  }

  // The source before its verb: "Les analystes estiment", "des responsables russes affirmant",
  // with object clitics (les experts le disent), a relative (des experts qui estiment) or an
  // incise (des responsables, sous couvert d’anonymat, ont affirmé) in between.
  const subjectEnd = subjectEndBefore(scan, first, cue.sentence);
  const subject = subjectEnd >= 0 ? phrasesEndingAt.get(subjectEnd) : undefined;
  if (subject && tokens[subject.first].sentence === cue.sentence) return issuedByName(scan, subject) ? null : classify(scan, subject, subject.first, lastTok, cue);

  const before = first > 0 && tokens[first - 1].sentence === cue.sentence ? first - 1 : -1;
  if (before >= 0 && !cue.inverted) {
    const w = words[before];
    // "Certains craignent", "d’autres affirment", "la plupart estiment".
    if (QUANTIFIERS.has(w) || (w === 'autres' && before > 0 && words[before - 1] === "d'") || (w === 'plupart' && words[before - 1] === 'la')) {
      const start = w === 'autres' || w === 'plupart' ? before - 1 : before;
      return vague(scan, start, lastTok);
    }
  }
  // Impersonal inverted "dit-on", "a-t-on appris": hearsay with no one behind it.
  if (cue.inverted && cue.pronoun === 'on' && ON_VERBS.has(cue.lemma)) return vague(scan, first, lastTok);
  // Pronouns standing for an unnamed source: "ils disent", "on affirme".
  if (cue.pronoun && !cue.inverted && before >= 0) {
    const p = pronounToken(scan, first, cue.sentence);
    if (p >= 0 && cue.pronoun === 'on') return ON_VERBS.has(cue.lemma) ? vague(scan, p, lastTok) : null;
    if (p >= 0 && (cue.pronoun === 'ils' || cue.pronoun === 'elles') && recent && last?.vague) return vague(scan, p, lastTok);
  }
  if (cue.pronoun) return null;

  // "Citant des sources gouvernementales … non identifiées", "a cité des responsables".
  if (cue.lemma === 'citer' && next >= 0) {
    const np = parsePhrase(scan, next);
    if (!np) return null;
    const after = np.last + 1;
    // The participle that follows carries the claim: "des responsables russes affirmant".
    if (scan.cueStarts.has(after)) return null;
    return classify(scan, np, first, np.last, cue);
  }

  // Inverted noun subject after a quotation or a comma: "…, estiment les analystes".
  if (next >= 0 && (before < 0 || CLOSING.has(words[before]))) {
    const np = parsePhrase(scan, next);
    if (np) return classify(scan, np, first, np.last, cue);
  }
  return null;
}

/**
 * A vague source whose verb takes a quotation as its object, whatever the verb: "Les services
 * de renseignement sud-coréens envisagent également « une éventuelle visite »". The phrase must
 * stand as a subject (sentence start, after punctuation, or a capitalised determiner).
 */
function quotedBy(scan: Scan, np: NounPhrase): Source | null {
  const { tokens, words } = scan;
  if (np.appositive || np.complementEntity || (np.cls === 'people' && !np.plural && np.definite)) return null;
  const sentence = tokens[np.first].sentence;
  const prev = np.first - 1;
  const subjectLike = prev < 0 || tokens[prev].sentence !== sentence || CLOSING.has(words[prev]) || tokens[np.first].upper;
  const verb = np.last + 1;
  if (!subjectLike || verb >= tokens.length || tokens[verb].sentence !== sentence || scan.cueStarts.has(verb)) return null;
  const v = words[verb];
  if (tokens[verb].kind !== 'word' || STOP.has(v) || !(np.plural ? v.endsWith('ent') : /[et]$/.test(v))) return null;
  for (let j = verb + 1; j < tokens.length && j <= verb + 3 && tokens[j].sentence === sentence; j++) {
    if (OPENING_QUOTES.has(words[j])) return vague(scan, np.first, verb);
    if (!(words[j].endsWith('ment') || STOP.has(words[j]))) return null;
  }
  return null;
}

/** Where a subject phrase would end before a verb: skipping clitics, "qui", or an incise. */
function subjectEndBefore(scan: Scan, first: number, sentence: number): number {
  const { tokens, words } = scan;
  let j = first - 1;
  while (j >= 0 && j >= first - 3 && tokens[j].sentence === sentence && SUBJECT_CLITICS.has(words[j])) j--;
  if (j >= 0 && words[j] === 'qui') j--;
  if (j >= 0 && words[j] === ',' && tokens[j].sentence === sentence) {
    // "Des responsables, sous couvert d’anonymat, ont affirmé": back to the opening comma.
    for (let k = j - 1; k >= 0 && k >= j - MAX_INCISE && tokens[k].sentence === sentence; k--) {
      if (words[k] === ',') return k - 1;
      if (scan.cueStarts.has(k) || tokens[k].kind !== 'word') break;
    }
    return -1;
  }
  return j;
}

/**
 * Introducers outside the verb list: "Pour les experts, …" at the head of a clause, and
 * "de source(s) diplomatique(s)". Few tokens start them, so the scan stays cheap.
 */
const POUR_KEY = wordKey('pour');
const DE_KEY = wordKey('de');

function introducedSources(scan: Scan): Source[] {
  const { tokens, words } = scan;
  const keys = tokenKeys(scan.ctx);
  const out: Source[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    // Only pour and de open one: other words are left by their key, unread.
    if (keys[i] !== POUR_KEY && keys[i] !== DE_KEY) continue;
    const w = words[i];
    if (w === 'pour') {
      const prev = i - 1;
      const clauseStart = prev < 0 || tokens[prev].sentence !== tokens[i].sentence || CLOSING.has(words[prev]);
      if (!clauseStart) continue;
      const q = words[i + 1];
      if (QUANTIFIERS.has(q) && words[i + 2] === ',') {
        out.push(vague(scan, i, i + 1));
        continue;
      }
      const np = parsePhrase(scan, i + 1);
      if (!np || np.appositive || np.cls === 'report' || words[np.last + 1] !== ',') continue;
      if (np.cls !== 'people' || !np.plural) continue;
      out.push(vague(scan, i, np.last));
    } else if (w === 'de' && (words[i + 1] === 'source' || words[i + 1] === 'sources') && i + 2 < tokens.length && isAdjective(scan, i + 2)) {
      let last = i + 2;
      while (last + 1 < tokens.length && tokens[last + 1].sentence === tokens[i].sentence && isAdjective(scan, last + 1)) last++;
      out.push(vague(scan, i, last));
    }
  }
  return out;
}

/** "Des responsables américains ont publié … des renseignements selon lesquels …". */
function publishedBy(scan: Scan, cue: ReportingCue, phrasesEndingAt: PhraseIndex): Source | null {
  const { tokens, words } = scan;
  const selon = cue.firstToken ?? 0;
  for (let j = selon - 1; j >= 0 && j >= selon - 12 && tokens[j].sentence === cue.sentence; j--) {
    if (!PUBLICATION.has(words[j])) continue;
    let aux = j - 1;
    while (aux > 0 && aux >= j - 4 && !PLAIN_AUX.has(words[aux]) && tokens[aux].kind === 'word' && !STOP.has(words[aux])) aux--;
    const verbStart = PLAIN_AUX.has(words[aux]) ? aux : j;
    const subject = phrasesEndingAt.get(verbStart - 1);
    if (!subject) return null;
    return classify(scan, subject, subject.first, j, cue);
  }
  return null;
}

/**
 * Vague, named or no source at all. A phrase
 * naming its entity in apposition (l’analyste X a déclaré) is a named subject, the speaker's
 * business: it becomes a source only after an introducer (selon, par, citant).
 */
function classify(scan: Scan, np: NounPhrase, start: number, end: number, cue: ReportingCue): Source | null {
  if (np.appositive) return np.first > start ? named(scan, start, end, np.appositive) : null;
  if (np.cls === 'quantifier') return vague(scan, start, end);
  if (np.cls !== 'people' && np.complementEntity) return named(scan, start, end, np.complementEntity);
  // "le chef du Kremlin", "le porte-parole de l’ONU": one identifiable holder of a named
  // body's office, a description the speaker attribution resolves, not an unnamed source.
  if (np.cls === 'people' && !np.plural && np.definite && np.complementEntity && np.complementEntity.type !== 'LOC') return null;
  if ((np.cls === 'people' || np.cls === 'body') && !np.plural) {
    // One person or body described by a role ("le professeur", "le journal"): resolved when the
    // text names someone with that role; otherwise described but never named, a vague source.
    const heading = isHeading(scan, cue.sentence);
    if (np.definite || heading) {
      const referent = resolveRole(scan, np, scan.tokens[start].start, heading);
      if (referent) return named(scan, start, end, referent);
    }
  }
  return vague(scan, start, end);
}

function vague(scan: Scan, first: number, last: number): Source {
  const start = scan.tokens[first].start;
  const end = scan.tokens[last].end;
  return { start, end, text: scan.ctx.text.slice(start, end), vague: true, entity: null };
}

function named(scan: Scan, first: number, last: number, entity: EntityMention): Source {
  const start = scan.tokens[first].start;
  const end = Math.max(scan.tokens[last].end, scan.tokens[first].end);
  return { start, end, text: scan.ctx.text.slice(start, end), vague: false, entity: entity.id };
}

/**
 * The source noun phrase starting at token `at`, parsed once per document (the phrases ending
 * at neighbouring tokens are looked for from the same determiners). Do not mutate.
 */
function parsePhrase(scan: Scan, at: number): NounPhrase | null {
  let np = scan.phrases.get(at);
  if (np === undefined) {
    np = parsePhraseAt(scan, at);
    scan.phrases.set(at, np);
  }
  return np;
}

/**
 * Parses a noun phrase from a determiner: det, pre-nominal adjectives, a source noun as head,
 * then adjectives (coordinated with et, negated with non) and de-complements, then a proper
 * name in apposition. Returns null unless the head is a source noun.
 */
function parsePhraseAt(scan: Scan, at: number): NounPhrase | null {
  const { tokens, words } = scan;
  const sentence = tokens[at]?.sentence;
  if (sentence === undefined) return null;
  const part = partitive(scan, at);
  if (part) return part;
  const inSentence = (j: number) => j < tokens.length && tokens[j].sentence === sentence && j - at < MAX_PHRASE;
  let j = at;
  const det = words[j];
  let definite: boolean;
  if (DEFINITE.has(det)) definite = true;
  else if (INDEFINITE.has(det) || NUMBER_WORDS.has(det) || tokens[j].kind === 'number') definite = false;
  else return null;
  j++;
  let pre = 0;
  while (inSentence(j) && PRE_ADJECTIVES.has(words[j]) && !NOUNS.has(words[j]) && pre < 3) {
    j++;
    pre++;
  }
  if (!inSentence(j)) return null;
  const info = nounInfo(words[j]);
  if (!info) return null;
  const head = j;
  let last = j;
  let complements = 0;
  let complementEntity: EntityMention | null = null;
  j++;
  while (inSentence(j)) {
    const w = words[j];
    if (isAdjective(scan, j)) {
      last = j++;
      continue;
    }
    if ((w === 'non' || w === 'et') && inSentence(j + 1) && isAdjective(scan, j + 1)) {
      last = j + 1;
      j += 2;
      continue;
    }
    if (COMPLEMENT.has(w) && complements < MAX_COMPLEMENTS && inSentence(j + 1)) {
      let k = j + 1;
      if (COMPLEMENT_DET.has(words[k]) && inSentence(k + 1)) k++;
      const entity = scan.entityAt[k];
      if (entity) {
        complementEntity ??= entity;
        last = lastTokenOf(scan, entity, k);
      } else if (tokens[k].kind === 'word' && !STOP.has(words[k]) && !scan.cueStarts.has(k)) {
        last = k;
      } else break;
      complements++;
      j = last + 1;
      continue;
    }
    break;
  }
  const after = last + 1;
  let appositive = after < tokens.length && tokens[after].sentence === sentence ? entityStartingAt(scan, after) ?? null : null;
  if (appositive) last = lastTokenOf(scan, appositive, after);
  else if (words[after] === ',' && after + 1 < tokens.length && tokens[after + 1].sentence === sentence) {
    // "la ministre du Travail, Ana Ferreira": a name set off by commas, closing the phrase.
    const e = entityStartingAt(scan, after + 1);
    if (e && e.type !== 'LOC') {
      const end = lastTokenOf(scan, e, after + 1);
      const next = end + 1;
      if (next >= tokens.length || tokens[next].sentence !== sentence || tokens[next].kind === 'punct') {
        appositive = e;
        last = end;
      }
    }
  }
  // "porte-parole" has one form for both numbers: the determiner decides.
  const plural = info.plural || det === 'les' || det === 'des' || det === 'ces' || det === 'certains' || det === 'certaines' || det === 'plusieurs';
  return { first: at, last, head, cls: info.cls, plural, definite, appositive, complementEntity };
}

/** A post-nominal adjective: a lower-case word that is no function word, verb or name. */
/**
 * One of a group: "l’un d’eux", "l’une d’entre elles", "l’un des manifestants", "un de ses
 * proches". Always one unnamed member, so always vague.
 */
function partitive(scan: Scan, at: number): NounPhrase | null {
  const { tokens, words } = scan;
  let j = at;
  if (words[j] === "l'") j++;
  if (words[j] !== 'un' && words[j] !== 'une') return null;
  const of = j + 1;
  if (words[of] !== 'de' && words[of] !== "d'" && words[of] !== 'des') return null;
  if (of + 1 >= tokens.length || tokens[of + 1].sentence !== tokens[at].sentence) return null;
  let k = of + 1;
  if (words[k] === 'entre') k++;
  if (words[k] === 'eux' || words[k] === 'elles') {
    if (j === at) return null;
    return { first: at, last: k, head: j, cls: 'quantifier', plural: false, definite: false, appositive: null, complementEntity: null };
  }
  const group = words[of] === 'des' ? parsePhrase(scan, of) : parsePhrase(scan, of + 1);
  if (!group || group.first === at || group.cls === 'quantifier' || group.appositive) return null;
  return { first: at, last: group.last, head: group.head, cls: 'quantifier', plural: false, definite: false, appositive: null, complementEntity: null };
}

function isAdjective(scan: Scan, j: number): boolean {
  const t = scan.tokens[j];
  const w = scan.words[j];
  if (t.kind !== 'word' || t.upper || scan.entityAt[j] || scan.cueStarts.has(j)) return false;
  if (STOP.has(w)) return false;
  // Third-person plural verbs (restent, envisagent) end a subject phrase.
  if ((w.endsWith('ent') || w.endsWith('ait') || w.endsWith('aient')) && !ADJ_EXCEPTIONS.has(w)) return false;
  return true;
}

/**
 * Source noun phrases by their last token, parsed on demand: only the few places before a cue
 * or a quotation ask, so the cost follows the number of cues, not of tokens. Of the phrases
 * ending at a token, the longest (earliest determiner) wins.
 */
class PhraseIndex {
  private readonly cache = new Map<number, NounPhrase | null>();
  constructor(private readonly scan: Scan) {}

  get(end: number): NounPhrase | undefined {
    if (end < 0 || end >= this.scan.tokens.length) return undefined;
    let np = this.cache.get(end);
    if (np === undefined) {
      np = this.parseEndingAt(end);
      this.cache.set(end, np);
    }
    return np ?? undefined;
  }

  private parseEndingAt(end: number): NounPhrase | null {
    const { tokens, words } = this.scan;
    const keys = tokenKeys(this.scan.ctx);
    const sentence = tokens[end].sentence;
    let from = end;
    while (from > 0 && from > end - MAX_PHRASE && tokens[from - 1].sentence === sentence) from--;
    for (let i = from; i <= end; i++) {
      if (PHRASE_START_KEYS[keys[i]] === 0) continue;
      const w = words[i];
      if (!PHRASE_STARTS.has(w)) continue;
      const np = parsePhrase(this.scan, i);
      if (np && np.last === end) return np;
    }
    return null;
  }
}

/**
 * « La chaîne X a publié un communiqué affirmant… » : a statement that a named body issues (the
 * object of a clause it opens, with a verb of issuing) speaks for that body, not for someone
 * unnamed. A few tokens back, at most.
 */
function issuedByName(scan: Scan, np: NounPhrase): boolean {
  const { tokens, words } = scan;
  if (!STATEMENT_NOUNS.has(words[np.head])) return false;
  const sentence = tokens[np.first].sentence;
  // A word, not a preposition (« selon un communiqué ») nor punctuation, right before the phrase.
  const before = np.first - 1;
  if (before < 1 || tokens[before].sentence !== sentence || tokens[before].kind !== 'word' || PREPOSITIONS.has(words[before])) return false;
  let c = before;
  while (c > 0 && c > before - MAX_CLAUSE_WALK && tokens[c - 1].sentence === sentence && !CLOSING.has(words[c - 1])) c--;
  if (c > 0 && tokens[c - 1].sentence === sentence && !CLOSING.has(words[c - 1])) return false;
  // Issued, not received or quoted: « a publié un rapport affirmant », not « a cité un rapport affirmant ».
  let issued = false;
  for (let k = c; k <= before && !issued; k++) issued = ISSUING_VERB_FORMS.has(words[k]);
  if (!issued) return false;
  const subject = entityStartingAt(scan, c) ?? (DEFINITE.has(words[c]) ? entityStartingAt(scan, c + 1) : undefined);
  return subject !== undefined && subject.type !== 'LOC';
}

function entityStartingAt(scan: Scan, j: number): EntityMention | undefined {
  const e = scan.entityAt[j];
  return e && e.start >= scan.tokens[j].start ? e : undefined;
}

function lastTokenOf(scan: Scan, entity: EntityMention, from: number): number {
  let j = from;
  while (j + 1 < scan.tokens.length && scan.entityAt[j + 1] === entity) j++;
  return j;
}

/** An entity just before the cue (X a déclaré) or just after an inverted verb (estime X). */
function hasNamedSubject(scan: Scan, cue: ReportingCue): boolean {
  const first = cue.firstToken ?? 0;
  const last = cue.lastToken ?? first;
  for (let j = first - 1; j >= 0 && j >= first - 2; j--) if (scan.entityAt[j]) return true;
  for (let j = last + 1; j < scan.tokens.length && j <= last + 2; j++) if (scan.entityAt[j]) return true;
  return false;
}

function pronounToken(scan: Scan, first: number, sentence: number): number {
  for (let j = first - 1; j >= 0 && j >= first - 4 && scan.tokens[j].sentence === sentence; j--) {
    const w = scan.words[j];
    if (w === 'il' || w === 'elle' || w === 'ils' || w === 'elles' || w === 'on') return j;
  }
  return -1;
}

/** The nearest person named before token `from`, in the same paragraph or the few before it. */
function previousPerson(scan: Scan, from: number, paragraph: number): EntityMention | undefined {
  const e = lastBefore(scan.persons, scan.tokens[from].start);
  if (!e) return undefined;
  const t = tokenIndexAt(scan.ctx.seg, e.start);
  return paragraph - scan.ctx.seg.sentences[scan.tokens[t].sentence].paragraph <= PRONOUN_REACH ? e : undefined;
}

/** The last mention (of a list sorted by start) that starts before `offset`. */
function lastBefore(list: EntityMention[], offset: number): EntityMention | undefined {
  const n = countStartingBefore(list, offset);
  return n > 0 ? list[n - 1] : undefined;
}


/** The first token ending after `offset`, clamped to the last token (0 when there is none). */
function tokenIndexAt(seg: Segmented, offset: number): number {
  const ends = tokenOffsets(seg).ends;
  return Math.max(0, Math.min(countAtMost(ends, offset), ends.length - 1));
}

/**
 * People introduced with a role: "l’analyste politique russe Sergueï Markov", "Ramon Pacheco
 * Pardo, professeur de …", or the entity's own `role`. Lets "selon le professeur" and a
 * heading's "selon un analyste" resolve to the person the body names.
 */
function indexRoles(scan: Scan, entities: EntityMention[]): void {
  const { tokens, words } = scan;
  const ends = tokenOffsets(scan.ctx.seg).ends;
  let j = 0;
  for (const e of inTextOrder(entities)) {
    if (e.type === 'LOC') continue;
    const context: string[] = e.role ? roleWords(e.role) : [];
    // The first token ending after the name's start, found by binary search from the last one.
    j = countAtMost(ends, e.start, j);
    if (j >= tokens.length) break;
    const sentence = tokens[j].sentence;
    // Before the name: "l’analyste politique russe Sergueï Markov", "le président russe, X";
    // never across another name or a coordination (le président X et Kim).
    let k = j - 1;
    if (words[k] === ',') k--;
    for (const floor = k - 4; k >= 0 && k >= floor && tokens[k].sentence === sentence && tokens[k].kind === 'word'; k--) {
      if (scan.entityAt[k] || words[k] === 'et' || words[k] === 'ou') break;
      context.push(words[k]);
    }
    // After it, set off by a comma: "Ramon Pacheco Pardo, professeur de …", "X, le chercheur".
    let after = j;
    while (after + 1 < tokens.length && scan.entityAt[after + 1] === e) after++;
    if (words[after + 1] === ',') {
      let r = after + 2;
      if (ROLE_DETERMINERS.has(words[r])) r++;
      if (PRE_ADJECTIVES.has(words[r])) r++;
      for (const end = r + 3; r < tokens.length && r <= end && tokens[r].sentence === sentence && tokens[r].kind === 'word'; r++) context.push(words[r]);
    }
    // The set of context words is only built for a name that has a role noun among them (few do).
    let set: Set<string> | undefined;
    for (let n = 0; n < context.length; n++) {
      const noun = context[n];
      if (context.indexOf(noun) < n) continue;
      const info = nounInfo(noun);
      if (!info || info.cls !== (e.type === 'PER' ? 'people' : 'body')) continue;
      set ??= new Set(context);
      const list = scan.roles.get(noun) ?? [];
      list.push({ entity: e, start: e.start, context: set });
      scan.roles.set(noun, list);
    }
  }
}

/** The list itself when already sorted by start (as the entity detector returns it), else a sorted copy. */
function inTextOrder(entities: EntityMention[]): EntityMention[] {
  for (let i = 1; i < entities.length; i++) if (entities[i].start < entities[i - 1].start) return [...entities].sort((a, b) => a.start - b.start);
  return entities;
}

/** A role's normalised words, remembered: a role is repeated with each mention of its holder. Bounded. */
const ROLE_WORDS = new Map<string, readonly string[]>();
const MAX_ROLE_WORDS = 5000;

/** A fresh array of the role's words (the caller appends the words around the name to it). */
function roleWords(role: string): string[] {
  let words = ROLE_WORDS.get(role);
  if (words === undefined) {
    words = role.split(/\s+/).map(normalizeWord);
    if (ROLE_WORDS.size >= MAX_ROLE_WORDS) ROLE_WORDS.clear();
    ROLE_WORDS.set(role, words);
  }
  return words.slice();
}

/** How far back or forward a role description looks among the names holding that role. */
const ROLE_CANDIDATES = 20;

/**
 * The person (or body) a description stands for: the nearest one introduced with the same role
 * and modifiers ("le président russe" needs "russe" beside the name). A heading announces the
 * section below it, so it looks forward first; body text looks back.
 */
function resolveRole(scan: Scan, np: NounPhrase, offset: number, heading: boolean): EntityMention | undefined {
  const list = scan.roles.get(scan.words[np.head]);
  if (!list) return undefined;
  const modifiers: string[] = [];
  for (let j = np.head + 1; j <= np.last; j++) if (scan.tokens[j].kind === 'word' && !STOP.has(scan.words[j])) modifiers.push(scan.words[j]);
  const fits = (r: RoleEntry) => modifiers.every((m) => r.context.has(m));
  const lo = countStartingBefore(list, offset);
  let before: EntityMention | undefined;
  for (let i = lo - 1; i >= 0 && i >= lo - ROLE_CANDIDATES; i--) {
    if (fits(list[i])) {
      before = list[i].entity;
      break;
    }
  }
  if (!heading) return before;
  for (let i = lo; i < list.length && i < lo + ROLE_CANDIDATES; i++) if (fits(list[i])) return list[i].entity;
  return before;
}

/** A heading: a short paragraph with no closing punctuation ("…, selon le professeur"). */
function isHeading(scan: Scan, sentence: number): boolean {
  const para = scan.ctx.seg.paragraphs[scan.ctx.seg.sentences[sentence].paragraph];
  const lastChar = scan.ctx.text[para.end - 1];
  return para.end - para.start < 200 && !'.!?…»”"'.includes(lastChar);
}
