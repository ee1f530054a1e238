// Reporting cues: the verb groups and introducers by which French news attributes words to
// someone ("a déclaré", "a-t-elle ajouté", "estime", "ont de nouveau averti", "affirmant",
// "selon", "d’après"). Speaker attribution, source phrases and claims all start from these,
// so they are found once, on tokens, in a single left-to-right pass with Map lookups.
// Regular -er verbs are conjugated here by rule from their lemma (the data file lists lemmas
// only); irregular verbs list their forms in the data file.
import type { Span } from './types';
import { recall, remember, type DocContext } from './context';
import { normalizeWord, type Token } from './text';
import { classesOfKey, keyClass, keyClassCount, keyTable, wordKey } from './wordKeys';
import verbData from './data/fr/reporting-verbs.json';

export type SubjectPronoun = 'il' | 'elle' | 'ils' | 'elles' | 'on';

export interface ReportingCue extends Span {
  /** The cue as written: "a déclaré", "a-t-elle déclaré", "selon", "ont de nouveau averti". */
  text: string;
  /** "déclarer", "dire"...; "selon" or "d’après" for introducers. */
  lemma: string;
  kind: 'verb' | 'selon';
  /** Inverted (a-t-elle déclaré, dit-il) or directly preceding subject pronoun (il a répondu). */
  pronoun?: SubjectPronoun;
  /** Followed by que/qu’ (indirect speech). */
  que: boolean;
  /** Index into ctx.seg.sentences. */
  sentence: number;
  /** Indices into ctx.seg.tokens of the first and last token of the cue. */
  firstToken?: number;
  lastToken?: number;
  /** The que/qu’ token when `que` is true. */
  queSpan?: Span;
  /** The verb is negated (n’a pas confirmé, ne dit pas): a denial of speech, not a claim. */
  negated?: boolean;
  /** Passive (a été rapportée par, est cité par): the source follows "par". */
  passive?: boolean;
  /** Present participle (affirmant, citant, notant). */
  gerund?: boolean;
  /** The pronoun was written after the verb (a-t-il déclaré, dit-elle). */
  inverted?: boolean;
}

type FormKind = 'finite' | 'participle' | 'gerund';
interface FormInfo {
  lemma: string;
  kind: FormKind;
}

const NEEDS_NORMALIZING = /[\p{Lu}\u2019\u02BC\u2010\u2011]/u;

/** Lower-cases and unifies apostrophes and hyphens so that lookups see one spelling (text.ts). */
export { normalizeWord };

const WORDS = Symbol('normalized words');

/** The document's tokens, normalised once and shared by cues, sources and claims. */
export function normalizedWords(ctx: DocContext): string[] {
  let words = recall<string[]>(ctx, WORDS);
  if (!words) {
    const tokens = ctx.seg.tokens;
    words = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // The tokenizer normalised the word already; tokens made elsewhere may lack the field.
      // Most words are already lower-case with plain marks: keep the token's own string.
      words[i] = t.norm ?? (t.kind === 'word' && (t.upper || NEEDS_NORMALIZING.test(t.text)) ? normalizeWord(t.text) : t.text);
    }
    remember(ctx, WORDS, words);
  }
  return words;
}

const KEYS = Symbol('word keys');

interface KeysAndClasses {
  keys: Uint16Array;
  classes: Uint8Array;
  /** keyClassCount() when the classes were computed. */
  count: number;
}

/**
 * wordKey of each normalised token (wordKeys.ts), computed once: the token scans test their
 * key tables on this typed array and read a token's string only when its key is marked.
 */
export function tokenKeys(ctx: DocContext): Uint16Array {
  return keysAndClasses(ctx).keys;
}

/**
 * The key-class bits of each token (wordKeys.ts keyClass), plus two bits read from the word's
 * own letters while its key is computed: INVERTED is kept only for a word that ends like an
 * inversion (a-t-il), and CONDITIONAL_SHAPE marks the words conditionalClaims must look at.
 * A loop over every token tests one byte here, in a small array read in order, instead of
 * reading each token's string or probing a 64 KB table per token and per scan.
 */
export function tokenClasses(ctx: DocContext): Uint8Array {
  return keysAndClasses(ctx).classes;
}

function keysAndClasses(ctx: DocContext): KeysAndClasses {
  let kc = recall<KeysAndClasses>(ctx, KEYS);
  if (kc && kc.count === keyClassCount()) return kc;
  const words = normalizedWords(ctx);
  const keys = new Uint16Array(words.length);
  const classes = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const key = wordKey(w);
    keys[i] = key;
    let c = classesOfKey(key);
    if ((c & INVERTED) !== 0 && !mayEndInPronoun(w)) c &= ~INVERTED;
    if (w.length >= 5 && w.charCodeAt(w.length - 1) === 0x74) c |= CONDITIONAL_SHAPE;
    classes[i] = c;
  }
  kc = remember(ctx, KEYS, { keys, classes, count: keyClassCount() });
  return kc;
}

const CONSONANT_END = /([^aeiouyéèêë])e([^aeiouyéèêë])$/;
const ACUTE_BEFORE_CONSONANTS = /é([^aeiouyéèêëîïôûùâà]+)$/;

/** Third-person and participle forms of a regular first-group verb. */
export function conjugateEr(lemma: string): Record<FormKind, string[]> {
  const stem = lemma.slice(0, -2);
  // Before a and o, c becomes ç and g takes an e (annonçait, jugeant).
  const soft = stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem.endsWith('g') ? stem + 'e' : stem;
  // Before a mute e the last vowel opens (considère, martèle) or -peler doubles (appelle).
  let present = stem;
  if (stem.endsWith('pel')) present = stem + 'l';
  else if (ACUTE_BEFORE_CONSONANTS.test(stem)) present = stem.replace(ACUTE_BEFORE_CONSONANTS, 'è$1');
  else if (CONSONANT_END.test(stem)) present = stem.replace(CONSONANT_END, '$1è$2');
  return {
    finite: [present + 'e', present + 'ent', soft + 'ait', soft + 'aient', soft + 'a', stem + 'èrent'],
    participle: [stem + 'é'],
    gerund: [soft + 'ant'],
  };
}

/** A participle with its agreement forms: dit, dite, dits, dites. */
function agreed(participle: string): string[] {
  const forms = [participle, participle + 'e', participle + 'es'];
  if (!participle.endsWith('s')) forms.push(participle + 's');
  return forms;
}

function buildForms(): Map<string, FormInfo[]> {
  const forms = new Map<string, FormInfo[]>();
  const add = (form: string, lemma: string, kind: FormKind) => {
    const key = normalizeWord(form);
    const list = forms.get(key) ?? [];
    if (!list.some((f) => f.lemma === lemma && f.kind === kind)) list.push({ lemma, kind });
    forms.set(key, list);
  };
  const addAll = (lemma: string, table: Record<FormKind, string[]>) => {
    for (const f of table.finite) add(f, lemma, 'finite');
    for (const p of table.participle) for (const f of agreed(p)) add(f, lemma, 'participle');
    for (const f of table.gerund) add(f, lemma, 'gerund');
  };
  for (const lemma of verbData.regular) addAll(lemma, conjugateEr(lemma));
  for (const [lemma, table] of Object.entries(verbData.irregular)) addAll(lemma, table as Record<FormKind, string[]>);
  return forms;
}

const FORMS = buildForms();

interface PhrasalForm extends FormInfo {
  tail: string[];
}

/** Multi-word reporting verbs (a mis en garde, a fait savoir), keyed by the head verb's form. */
function buildPhrasal(): Map<string, PhrasalForm[]> {
  const map = new Map<string, PhrasalForm[]>();
  for (const [lemma, entry] of Object.entries(verbData.phrasal.verbs)) {
    const table = entry as Record<FormKind, string[]> & { tail: string[] };
    const tail = table.tail.map(normalizeWord);
    const add = (form: string, kind: FormKind) => {
      const list = map.get(normalizeWord(form)) ?? [];
      list.push({ lemma, kind, tail });
      map.set(normalizeWord(form), list);
    };
    for (const f of table.finite) add(f, 'finite');
    for (const p of table.participle) for (const f of agreed(p)) add(f, 'participle');
    for (const f of table.gerund) add(f, 'gerund');
  }
  return map;
}

const PHRASAL = buildPhrasal();

/** The phrasal verb whose head is token j and whose tail follows it, with its last token. */
function phrasalAt(tokens: Token[], words: string[], j: number, participle: boolean, list = PHRASAL.get(words[j])): { lemma: string; kind: FormKind; last: number } | null {
  if (!list) return null;
  for (const p of list) {
    if ((p.kind === 'participle') !== participle) continue;
    let k = 0;
    while (k < p.tail.length && words[j + 1 + k] === p.tail[k] && tokens[j + 1 + k].sentence === tokens[j].sentence) k++;
    if (k === p.tail.length) return { lemma: p.lemma, kind: p.kind, last: j + k };
  }
  return null;
}
/** A word list as a set of normalised words, the form tokens are looked up in. */
export const wordSet = (words: readonly string[]): Set<string> => new Set(words.map(normalizeWord));
const AVOIR = wordSet(verbData.auxiliaries.avoir);
const ETRE = wordSet(verbData.auxiliaries.être);
/** Every auxiliary form → whether it is a form of être: one lookup per word in the scan. */
const AUXILIARY = new Map<string, boolean>([...AVOIR, ...ETRE].map((w) => [w, ETRE.has(w)]));
/** Whether a normalised word is a form of avoir or être. */
export const isAuxiliary = (word: string): boolean => AUXILIARY.has(word);
/**
 * The scan's first question about a word, answered by one lookup: auxiliary (être?), verb forms
 * and the head of a multi-word verb.
 */
const HEADS = new Map<string, { etre?: boolean; infos?: FormInfo[]; phrasal?: PhrasalForm[] }>();
for (const [w, etre] of AUXILIARY) HEADS.set(w, { etre });
for (const [w, infos] of FORMS) {
  const head = HEADS.get(w);
  if (head) head.infos = infos;
  else HEADS.set(w, { infos });
}
for (const [w, phrasal] of PHRASAL) {
  const head = HEADS.get(w);
  if (head) head.phrasal = phrasal;
  else HEADS.set(w, { phrasal });
}
/** Most words of a text are no head: their key turns them away before the map of verb forms. */
const HEAD_KEYS = keyTable(HEADS.keys());
/** The same for the words after an auxiliary: a participle's form or a multi-word verb's head. */
const PARTICIPLE_KEYS = keyTable([...FORMS.keys(), ...PHRASAL.keys()]);
/** The keys of every verb form: findQue asks about each word after a cue. */
const FORM_KEYS = keyTable(FORMS.keys());
const PASSIVE = wordSet(verbData.auxiliaries.passive);
const BETWEEN = wordSet(verbData.between);
const CLITICS = wordSet(verbData.clitics);
const NEGATION = wordSet(verbData.negation);
const REFLEXIVES = wordSet(verbData.reflexives);
const AMBIGUOUS = new Set<string>(verbData.ambiguous.lemmas);
const QUOTE_MARKS = new Set<string>(['«', '»', '“', '”', '"', ':']);
const PRONOUNS = new Set<string>(['il', 'elle', 'ils', 'elles', 'on']);
const FIRST_PERSON = new Set<string>(['je', "j'", 'tu', 'nous', 'vous']);
/** A word after one of these is a noun (la note, l’estime, un écrit), not a verb. */
const DETERMINERS = wordSet(verbData.nounDeterminers.words);
const QUE = new Set<string>(['que', "qu'"]);
const QUE_CONJUNCTIONS = wordSet(verbData.queConjunctions.words);
/** Words that end the search for a que belonging to the cue. */
const QUE_STOP = wordSet(verbData.queStop.words);
const MAX_BETWEEN = 4;
const QUE_WINDOW = 8;
const INVERSION_SUFFIXES: [string, SubjectPronoun][] = [
  ['-t-elles', 'elles'], ['-t-ils', 'ils'], ['-t-elle', 'elle'], ['-t-il', 'il'], ['-t-on', 'on'],
  ['-elles', 'elles'], ['-ils', 'ils'], ['-elle', 'elle'], ['-il', 'il'], ['-on', 'on'],
];

/**
 * The key classes of every word scanCues can start a cue on: selon, d’ and each head; and each
 * head with an inverted pronoun (a-t-il, dit-elle), a class several times larger (one entry per
 * head and pronoun), so tokenClasses keeps its bit only for a word that ends like an inversion.
 * A word in neither would leave the loop empty-handed. A new kind of cue start in scanCues
 * must be added here too, or its words are never read.
 */
const CUE_START = keyClass(['selon', "d'", ...HEADS.keys()]);
const INVERTED = keyClass(
  (function* () {
    for (const w of HEADS.keys()) for (const [suffix] of INVERSION_SUFFIXES) yield w + suffix;
  })(),
);
/** Not a key class: a word of five letters or more ending in t, the shape of every -rait/-raient form. */
export const CONDITIONAL_SHAPE = 0x80;

/** Splits "a-t-elle" into ["a", "elle"] and "dit-il" into ["dit", "il"]. */
export function splitInversion(word: string): [string, SubjectPronoun | undefined] {
  if (!word.includes('-')) return [word, undefined];
  for (const [suffix, pronoun] of INVERSION_SUFFIXES) {
    if (word.length > suffix.length && word.endsWith(suffix)) return [word.slice(0, -suffix.length), pronoun];
  }
  return [word, undefined];
}

/**
 * Whether splitInversion could find a pronoun: every suffix puts a hyphen 3 to 6 characters
 * from the end. Cheaper than a substring search on every word of the scan.
 */
function mayEndInPronoun(w: string): boolean {
  const n = w.length;
  if (n < 4) return false;
  if (w.charCodeAt(n - 3) === 0x2d || w.charCodeAt(n - 4) === 0x2d) return true;
  return (n >= 6 && w.charCodeAt(n - 5) === 0x2d) || (n >= 7 && w.charCodeAt(n - 6) === 0x2d);
}

/** The forms of reporting verbs: for other detectors that need to know a word is one. */
export function reportingForms(word: string): readonly FormInfo[] | undefined {
  return FORMS.get(normalizeWord(word));
}

// Speakers, sources and claims all ask for the cues of the same document: compute them once.
const CUES = Symbol('reporting cues');

/** The reporting cues of a document, in text order. Computed once per context: do not mutate. */
export function findReportingCues(ctx: DocContext): ReportingCue[] {
  let cues = recall<ReportingCue[]>(ctx, CUES);
  if (!cues) cues = remember(ctx, CUES, scanCues(ctx));
  return cues;
}

function scanCues(ctx: DocContext): ReportingCue[] {
  const tokens = ctx.seg.tokens;
  const words = normalizedWords(ctx);
  const { keys, classes } = keysAndClasses(ctx);
  const cues: ReportingCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // A word whose key no cue start has (most words) is left without reading it.
    if ((classes[i] & (CUE_START | INVERTED)) === 0) continue;
    const key = keys[i];
    const w = words[i];
    if (tokens[i].kind !== 'word') continue;
    if (w === 'selon') {
      cues.push(makeCue(ctx, tokens, words, i, i, 'selon', 'selon', {}));
      continue;
    }
    if (w === "d'" && words[i + 1] === 'après' && tokens[i + 1].sentence === tokens[i].sentence) {
      cues.push(makeCue(ctx, tokens, words, i, i + 1, 'd’après', 'selon', {}));
      i++;
      continue;
    }
    // Most words are neither an auxiliary nor a reporting form: one Map lookup and move on.
    let base = w;
    let inverted: SubjectPronoun | undefined;
    if (mayEndInPronoun(w)) [base, inverted] = splitInversion(w);
    const head = HEAD_KEYS[base === w ? key : wordKey(base)] === 1 ? HEADS.get(base) : undefined;
    const etre = head?.etre;
    if (etre !== undefined) {
      // "s’est félicité", "se sont dits": a pronominal verb, active, not a passive.
      // « s’en est félicité », « s’y est opposé » : en / y may stand between.
      const reflexive = i > 0 && (REFLEXIVES.has(words[i - 1]) || (i > 1 && (words[i - 1] === 'en' || words[i - 1] === 'y') && REFLEXIVES.has(words[i - 2])));
      const group = auxiliaryGroup(tokens, words, keys, i, etre && !reflexive);
      if (group) {
        pushCue(
          cues,
          tokens,
          words,
          makeCue(ctx, tokens, words, i, group.last, group.lemma, 'verb', {
            pronoun: inverted,
            inverted: inverted !== undefined,
            negated: group.negated,
            passive: group.passive,
          }),
        );
        i = group.last;
        continue;
      }
    }
    const infos = head?.infos;
    if (!infos) {
      const phrasal = inverted || !head?.phrasal ? null : phrasalAt(tokens, words, i, false, head.phrasal);
      if (phrasal) {
        pushCue(cues, tokens, words, makeCue(ctx, tokens, words, i, phrasal.last, phrasal.lemma, 'verb', { gerund: phrasal.kind === 'gerund' }));
        i = phrasal.last;
      }
      continue;
    }
    const finite = infos.find((f) => f.kind === 'finite' || f.kind === 'gerund');
    if (!finite) continue;
    const prev = i > 0 && tokens[i - 1].sentence === tokens[i].sentence ? words[i - 1] : '';
    // After le/la/les a form is a noun (la note, l’estime) unless it can only be a verb: plural
    // and imperfect endings (les experts le disent, on la disait).
    const verbOnly = base.endsWith('ent') || base.endsWith('ait');
    if (!inverted && ((DETERMINERS.has(prev) && !verbOnly) || FIRST_PERSON.has(prev))) continue;
    pushCue(
      cues,
      tokens,
      words,
      makeCue(ctx, tokens, words, i, i, finite.lemma, 'verb', {
        pronoun: inverted,
        inverted: inverted !== undefined,
        gerund: finite.kind === 'gerund',
      }),
    );
  }
  return cues;
}

/**
 * Keeps a cue unless its verb is one with a common non-reporting sense (la Corée soutient la
 * Russie, répond à l’invitation) and nothing around it shows speech: que, an inverted pronoun,
 * a quotation mark or colon just before or after.
 */
function pushCue(cues: ReportingCue[], tokens: Token[], words: string[], cue: ReportingCue): void {
  if (!AMBIGUOUS.has(cue.lemma) || cue.que || cue.inverted || nearQuote(tokens, words, cue)) cues.push(cue);
}

function nearQuote(tokens: Token[], words: string[], cue: ReportingCue): boolean {
  const first = cue.firstToken ?? 0;
  const last = cue.lastToken ?? 0;
  let before = first - 1;
  while (before >= 0 && before >= first - 2 && CLITICS.has(words[before])) before--;
  for (let j = before; j >= 0 && j >= before - 1 && tokens[j].sentence === cue.sentence; j--) {
    if (QUOTE_MARKS.has(words[j])) return true;
    if (words[j] !== ',') break;
  }
  for (let j = last + 1; j < tokens.length && j <= last + 4 && tokens[j].sentence === cue.sentence; j++) {
    if (QUOTE_MARKS.has(words[j])) return true;
  }
  return false;
}

interface AuxGroup {
  last: number;
  lemma: string;
  negated: boolean;
  passive: boolean;
}

/** Auxiliary, then adverbs and negation, then a reporting verb's participle. */
function auxiliaryGroup(tokens: Token[], words: string[], keys: Uint16Array, aux: number, etre: boolean): AuxGroup | null {
  const sentence = tokens[aux].sentence;
  let negated = false;
  let passive = etre;
  let skipped = 0;
  for (let j = aux + 1; j < tokens.length && tokens[j].sentence === sentence; j++) {
    const w = words[j];
    if (tokens[j].kind !== 'word') return null;
    if (!passive && PASSIVE.has(w)) {
      passive = true;
      continue;
    }
    if (PARTICIPLE_KEYS[keys[j]] === 1) {
      const infos = FORMS.get(w);
      const participle = infos?.find((f) => f.kind === 'participle');
      if (participle) return { last: j, lemma: participle.lemma, negated, passive };
      const phrasal = phrasalAt(tokens, words, j, true);
      if (phrasal) return { last: phrasal.last, lemma: phrasal.lemma, negated, passive };
    }
    if (BETWEEN.has(w) || (w.length > 5 && w.endsWith('ment'))) {
      if (NEGATION.has(w)) negated = true;
      if (++skipped > MAX_BETWEEN) return null;
      continue;
    }
    return null;
  }
  return null;
}

/**
 * A cue over tokens first..last with no optional facts yet (the detectors set them). Every
 * optional field is present from the start, undefined: cues then share one hidden class
 * whatever facts they get, where adding them in varying order made ten, and every read of a
 * cue's fields in speakers, sources and claims went megamorphic.
 */
export function baseCue(ctx: DocContext, first: number, last: number, lemma: string, kind: 'verb' | 'selon'): ReportingCue {
  const tokens = ctx.seg.tokens;
  return {
    start: tokens[first].start,
    end: tokens[last].end,
    text: ctx.text.slice(tokens[first].start, tokens[last].end),
    lemma,
    kind,
    pronoun: undefined,
    que: false,
    sentence: tokens[first].sentence,
    firstToken: first,
    lastToken: last,
    queSpan: undefined,
    negated: undefined,
    passive: undefined,
    gerund: undefined,
    inverted: undefined,
  };
}

function makeCue(
  ctx: DocContext,
  tokens: Token[],
  words: string[],
  first: number,
  last: number,
  lemma: string,
  kind: 'verb' | 'selon',
  extra: Partial<ReportingCue>,
): ReportingCue {
  const sentence = tokens[first].sentence;
  const cue = baseCue(ctx, first, last, lemma, kind);
  if (extra.pronoun) cue.pronoun = extra.pronoun;
  if (extra.inverted) cue.inverted = true;
  if (extra.negated) cue.negated = true;
  if (extra.passive) cue.passive = true;
  if (extra.gerund) cue.gerund = true;
  if (kind === 'verb') {
    // Clitics between subject and verb: "il l’a dit", "elle n’a pas confirmé", "il leur a dit".
    let p = first - 1;
    let clitics = 0;
    while (p >= 0 && tokens[p].sentence === sentence && CLITICS.has(words[p]) && clitics < 3) {
      if (words[p] === 'ne' || words[p] === "n'") cue.negated = true;
      p--;
      clitics++;
    }
    if (!cue.pronoun && p >= 0 && tokens[p].sentence === sentence && PRONOUNS.has(words[p])) {
      cue.pronoun = words[p] as SubjectPronoun;
    }
    const q = findQue(tokens, words, keysAndClasses(ctx).keys, last + 1, sentence);
    if (q >= 0) {
      cue.que = true;
      cue.queSpan = { start: tokens[q].start, end: tokens[q].end };
    }
  }
  return cue;
}

/** The que/qu’ that opens the reported clause, if it comes within a few words of the verb. */
function findQue(tokens: Token[], words: string[], keys: Uint16Array, from: number, sentence: number): number {
  for (let j = from; j < tokens.length && j < from + QUE_WINDOW && tokens[j].sentence === sentence; j++) {
    const w = words[j];
    if (QUE.has(w)) return QUE_CONJUNCTIONS.has(words[j - 1]) ? -1 : j;
    if (tokens[j].kind === 'punct' || QUE_STOP.has(w)) return -1;
    const base = w.includes('-') ? splitInversion(w)[0] : w;
    // A word that is its own base is turned away by its key, most words of the window.
    const infos = base !== w || FORM_KEYS[keys[j]] === 1 ? FORMS.get(base) : undefined;
    if (infos && infos.some((f) => f.kind !== 'participle') && !DETERMINERS.has(words[j - 1])) return -1;
  }
  return -1;
}
