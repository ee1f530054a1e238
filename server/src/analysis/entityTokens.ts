// The token view entity detection reads: each token lower-cased once with its word key (shared
// with the cue detectors), and the small questions the detector asks about the words around a
// name (does it start its sentence? is this a run of name words? a gazetteer entry? a role or
// descriptor before it? a place cue?). Every question looks at a bounded window of tokens, so
// asking it costs O(1) (the sentence-start question walks back over punctuation only, a run it
// crosses once per name after it); a table of key bits answers "not in this list" for most
// words before any Set lookup.
import { foldAccents, normalizeWord, type Token } from './text';
import * as gz from './gazetteer';
import type { GazetteerEntry } from './gazetteer';
import { wordKey } from './wordKeys';
import { countBelow } from './spans';

// Local bindings: the hot loops read these on every token, and under a CommonJS transform (tsx,
// the tests and the benchmark) each read through the module namespace would be a getter call.
const ADJECTIVE_ENDING = gz.ADJECTIVE_ENDING;
const COMPLEMENT_ADJECTIVE = gz.COMPLEMENT_ADJECTIVE;
const CALENDAR = gz.CALENDAR;
const CAPITALISED_COMMON_NOUNS = gz.CAPITALISED_COMMON_NOUNS;
const DEMONYMS = gz.DEMONYMS;
const FIRST_NAMES = gz.FIRST_NAMES;
const DESCRIPTOR_LINKS = gz.DESCRIPTOR_LINKS;
const FEMININE_ARTICLES = gz.FEMININE_ARTICLES;
const INFINITIVE = gz.INFINITIVE;
const INNER_BREAKERS = gz.INNER_BREAKERS;
const LINKS = gz.LINKS;
const MASCULINE_ARTICLES = gz.MASCULINE_ARTICLES;
const NAME_PARTICLES = gz.NAME_PARTICLES;
const NON_ENTITY_ACRONYMS = gz.NON_ENTITY_ACRONYMS;
const ORG_DESCRIPTORS = gz.ORG_DESCRIPTORS;
const ORG_HEADS = gz.ORG_HEADS;
const PLACE_NOUNS = gz.PLACE_NOUNS;
const PLACE_PREPOSITIONS = gz.PLACE_PREPOSITIONS;
const DATIVE_VERBS = gz.DATIVE_VERBS;
const SITE_HEADS = gz.SITE_HEADS;
const STREET_ABBREVIATIONS = gz.STREET_ABBREVIATIONS;
const STREET_HEADS = gz.STREET_HEADS;
const PLURAL_ARTICLES = gz.PLURAL_ARTICLES;
const prefixedName = gz.prefixedName;
const ROLE_MODIFIERS = gz.ROLE_MODIFIERS;
const STARTERS = gz.STARTERS;
const TITLES = gz.TITLES;
/** The titles without accents, for roles in capitals, which old print writes without them ("PRESIDENT"). */
const FOLDED_TITLES: ReadonlySet<string> = new Set([...TITLES].map(foldAccents));
const TITLE_ABBREVIATIONS = gz.TITLE_ABBREVIATIONS;
const gazetteerEntries = gz.gazetteerEntries;
const GAZETTEER_KEYS = gz.GAZETTEER_KEYS;
const normWord = gz.normWord;

/** Punctuation after which a capital says nothing (the next word starts a sentence or a quote). */
const OPENING_PUNCT = new Set(['«', '“', '"', '—', '–', '-', ':', '‘', '.', '!', '?', '…', '•', '|', '*']);
/** Punctuation that ends an apposition ("X, chercheur à Y, a dit"). */
const APPOSITION_END = new Set([',', '.', ';', ')', '«', '»', '“', '”', '"', ':', '(', '—', '–', '!', '?', '…']);
/** What ends an item of a programme listing before the next venue: "Tartuffe. FLORIDOR", "(Lamorlière). CORMORAN". */
const ITEM_ENDS = new Set(['.', ';', ':', ')', '!', '?', '—', '–']);
/** How far back a role or descriptor may stand from the name ("le ministre russe de la Défense X"). */
const MAX_ROLE_WORDS = 10;
const MAX_APPOSITION_WORDS = 30;
/** Lower-case complements an organisation's name runs on over: "Ecole des secrétaires de direction". */
const MAX_LOWER_COMPLEMENTS = 3;
const ODD_MARKS = /[\u2019\u02BC\u2010\u2011¬A-Z]/;
/**
 * A long gazetteer bucket ("le", "la": hundreds of communes named Le X, La Y) split by the
 * entries' second word, so that a capitalised article tries only the names whose second word
 * follows it. Indices into the bucket, in bucket order, so the first match stays the same.
 */
interface SplitBucket {
  bySecond: Map<string, number[]>;
  singles: number[];
}
const SPLIT_BUCKETS = new WeakMap<GazetteerEntry[], SplitBucket>();
const LONG_BUCKET = 8;
const NO_INDICES: number[] = [];

function splitBucket(bucket: GazetteerEntry[]): SplitBucket {
  let split = SPLIT_BUCKETS.get(bucket);
  if (!split) {
    split = { bySecond: new Map(), singles: [] };
    for (let idx = 0; idx < bucket.length; idx++) {
      const entry = bucket[idx];
      if (entry.words.length < 2) {
        split.singles.push(idx);
        continue;
      }
      for (const key of entry.words[1] === entry.folded[1] ? [entry.words[1]] : [entry.words[1], entry.folded[1]]) {
        const list = split.bySecond.get(key);
        if (list) list.push(idx);
        else split.bySecond.set(key, [idx]);
      }
    }
    SPLIT_BUCKETS.set(bucket, split);
  }
  return split;
}

/** isBreaker's word lists merged: one lookup for the lower-cased form, one for the written form. */
export const BREAKERS_LOW: ReadonlySet<string> = new Set([...CALENDAR, ...DEMONYMS, ...INNER_BREAKERS]);
export const BREAKERS_TEXT: ReadonlySet<string> = new Set([...CAPITALISED_COMMON_NOUNS, ...NON_ENTITY_ACRONYMS]);
/**
 * Bits by wordKey (wordKeys.ts) of the words of the lists the scan asks about on many tokens: a
 * token whose key lacks a list's bit is not in that list, and is turned away by one read of this
 * table instead of a Set lookup. Lists of written forms are marked by their normalised forms, a
 * token's `low` word being its text normalised as the tokenizer does (normalizeWord).
 */
export const KEY_BITS = new Uint8Array(0x10000);
export const BREAKER_BIT = 1;
/** Title abbreviations (by their normalised forms) and noble titles. */
export const TITLE_BIT = 2;
export const NAME_PARTICLE_BIT = 4;
export const LINK_OR_DETERMINER_BIT = 8;
export const DEMONYM_BIT = 16;
/** Left to entities.ts: sentence starters, organisation and building heads (bit 32 is free). */
export const STARTER_BIT = 64;
export const HEAD_BIT = 128;
export function markKeys(words: Iterable<string>, bit: number): void {
  for (const w of words) KEY_BITS[wordKey(w)] |= bit;
}
markKeys([...BREAKERS_LOW, ...[...BREAKERS_TEXT].map(normalizeWord)], BREAKER_BIT);
// The bit is shared with noble titles (two short lists; a bit only has to cover its lists' keys).
markKeys([...[...TITLE_ABBREVIATIONS].map(normalizeWord), ...gz.NOBLE_TITLES], TITLE_BIT);
markKeys(NAME_PARTICLES, NAME_PARTICLE_BIT);
markKeys([...LINKS, ...gz.DETERMINERS], LINK_OR_DETERMINER_BIT);
markKeys(DEMONYMS, DEMONYM_BIT);

/** A candidate name: a token range, end exclusive, and whether it starts a sentence. */
export interface NameSpan {
  s: number;
  e: number;
  initial: boolean;
}

/**
 * The token as lookups see it (lower case, straight apostrophe, plain hyphen), the same form as
 * the word lists; taken from the tokenizer when it provides it, so that no word is lower-cased twice.
 */
function lowerWord(t: Token): string {
  const norm = (t as { norm?: string }).norm;
  if (norm !== undefined) return norm;
  return !t.upper && !ODD_MARKS.test(t.text) ? t.text : normWord(t.text);
}

/**
 * At least two characters, no lower-case letter and some upper-case one: the same answer as
 * `w === w.toUpperCase() && w !== w.toLowerCase()`, without the copies. Letters of Latin-1, Œ œ
 * and general punctuation are classified code by code (most words fail at their first or second
 * letter); any other character defers to the case mappings.
 */
export function allCaps(w: string): boolean {
  const n = w.length;
  if (n < 2) return false;
  let cased = false;
  for (let k = 0; k < n; k++) {
    const c = w.charCodeAt(k);
    const kind = c < 0x100 ? LATIN1_CASE[c] : c === 0x152 ? UPPER : c === 0x153 ? LOWER : c >= 0x2000 && c <= 0x206f ? NEUTRAL : OTHER;
    if (kind === LOWER) return false;
    if (kind === UPPER) cased = true;
    else if (kind === OTHER) return w === w.toUpperCase() && w !== w.toLowerCase();
  }
  return cased;
}

const NEUTRAL = 0;
const UPPER = 1;
/** Changed by upper-casing: a lower-case letter, ß, ÿ, µ. */
const LOWER = 2;
const OTHER = 3;
/** How each Latin-1 character behaves under the case mappings. */
const LATIN1_CASE = (() => {
  const table = new Uint8Array(0x100);
  for (let c = 0; c < 0x100; c++) {
    const ch = String.fromCharCode(c);
    table[c] = ch.toUpperCase() !== ch ? LOWER : ch.toLowerCase() !== ch ? UPPER : NEUTRAL;
  }
  return table;
})();

export class TokenView {
  readonly toks: Token[];
  readonly n: number;
  readonly low: string[];
  /** wordKey of each `low` word (wordKeys.ts): key tables turn most words away before a Set lookup. */
  readonly keys: Uint16Array;
  /**
   * `shared`: the document's lower-cased words and their keys as the other detectors read them
   * (cues.ts normalizedWords, tokenKeys), the same as this view's when the tokenizer made the
   * tokens; without it the view computes its own.
   */
  constructor(readonly text: string, toks: Token[], shared?: { low: string[]; keys: Uint16Array }) {
    this.toks = toks;
    this.n = toks.length;
    if (shared) {
      this.low = shared.low;
      this.keys = shared.keys;
      return;
    }
    this.low = new Array<string>(this.n);
    this.keys = new Uint16Array(this.n);
    for (let i = 0; i < this.n; i++) {
      const t = toks[i];
      this.low[i] = t.kind === 'word' ? lowerWord(t) : t.text;
      this.keys[i] = wordKey(this.low[i]);
    }
  }

  private marks: Uint8Array | undefined;

  /** initialAt of every token, as the tagger's features read it (model/): made on first use. */
  get initial(): Uint8Array {
    if (!this.marks) {
      // One forward pass (initialAt on every token would walk back over runs of marks).
      const marks = (this.marks = new Uint8Array(this.n));
      let sentence = -1;
      let seenWord = false;
      for (let i = 0; i < this.n; i++) {
        const t = this.toks[i];
        if (t.sentence !== sentence) {
          sentence = t.sentence;
          seenWord = false;
        }
        const prev = i > 0 && this.toks[i - 1].sentence === sentence ? this.toks[i - 1] : null;
        marks[i] = !seenWord || (prev !== null && prev.kind === 'punct' && OPENING_PUNCT.has(prev.text)) ? 1 : 0;
        if (t.kind !== 'punct') seenWord = true;
      }
    }
    return this.marks;
  }

  /**
   * The token starts its sentence (no word or number before it in the sentence) or follows an
   * opening mark. Asked of candidate names only, so it walks back instead of marking every token:
   * the walk stops at the first word, so it crosses a run of marks once per name after it.
   */
  initialAt(i: number): boolean {
    if (i < 0 || i >= this.n) return false;
    const sentence = this.toks[i].sentence;
    if (i > 0) {
      const prev = this.toks[i - 1];
      if (prev.sentence === sentence && prev.kind === 'punct' && OPENING_PUNCT.has(prev.text)) return true;
    }
    for (let j = i - 1; j >= 0 && this.toks[j].sentence === sentence; j--) if (this.toks[j].kind !== 'punct') return false;
    return true;
  }

  same(i: number, j: number): boolean {
    return i >= 0 && j >= 0 && i < this.n && j < this.n && this.toks[i].sentence === this.toks[j].sentence;
  }

  isUpperWord(i: number): boolean {
    return i >= 0 && i < this.n && this.toks[i].kind === 'word' && (this.toks[i].upper || prefixedName(this.toks[i].text));
  }

  isAllCaps(i: number): boolean {
    return allCaps(this.toks[i].text);
  }

  /** A capital letter followed by a full stop and another name word, or a particle and a surname: "V." in "Vladimir V. Poutine", "G." in "G. de la Fouchardière". */
  isInitial(i: number): boolean {
    const t = this.toks[i];
    // "Ch. Dupuy", "Aug. Blanqui": an abbreviated given name is an initial too.
    return (t.text.length === 1 || gz.GIVEN_NAME_ABBREVIATIONS.has(t.text)) && t.upper && i + 2 < this.n && this.toks[i + 1].text === '.' && (this.isUpperWord(i + 2) || this.compoundInitial(i) || this.particleSurname(i + 2)) && this.same(i, i + 2);
  }

  /** A particle and the surname it starts, "de la Fouchardière", "d'Ennery", at j: what may follow an initial. */
  particleSurname(j: number): boolean {
    const w = this.low[j];
    if (w !== 'de' && w !== "d'" && w !== 'du') return false;
    const k = w === 'de' && (this.low[j + 1] === 'la' || this.low[j + 1] === "l'") ? j + 2 : j + 1;
    return this.isUpperWord(k) && this.same(j, k);
  }

  /** "J.-L. Bonnet": the initial at i is joined by a hyphen to another one. */
  compoundInitial(i: number): boolean {
    const h = i + 2;
    if (h + 3 >= this.n || this.toks[h].text !== '-' || this.toks[h].start !== this.toks[i + 1].end) return false;
    const t = this.toks[h + 1];
    return t.text.length === 1 && t.upper && this.toks[h + 2].text === '.' && this.isUpperWord(h + 3);
  }

  /** Words that never start a name by themselves and end a name they follow. */
  isBreaker(i: number): boolean {
    const t = this.toks[i];
    // CALENDAR, DEMONYMS, INNER_BREAKERS by the lower-cased word; CAPITALISED_COMMON_NOUNS, NON_ENTITY_ACRONYMS as written.
    return (KEY_BITS[this.keys[i]] & BREAKER_BIT) !== 0 && (BREAKERS_LOW.has(this.low[i]) || BREAKERS_TEXT.has(t.text));
  }

  /** The token is a title abbreviation as written: "M", "Mme", "Dr"… */
  isTitleAbbreviation(i: number): boolean {
    return (KEY_BITS[this.keys[i]] & TITLE_BIT) !== 0 && TITLE_ABBREVIATIONS.has(this.toks[i].text);
  }

  /** Longest gazetteer entry starting at token i and ending before `limit`. */
  matchGazetteer(i: number, limit: number): GazetteerEntry | undefined {
    let bucket: GazetteerEntry[] | null | undefined;
    if (i >= 0 && i < this.n) {
      bucket = GAZETTEER_KEYS[this.keys[i]] === 0 ? null : gazetteerEntries(this.low[i]);
    } else {
      bucket = gazetteerEntries(this.low[i]);
    }
    if (!bucket) return undefined;
    if (bucket.length <= LONG_BUCKET) {
      for (const entry of bucket) if (this.entryAt(entry, i, limit)) return entry;
      return undefined;
    }
    // Only names whose second word is the next token's can match, besides one-word names:
    // both lists in bucket order, merged.
    const split = splitBucket(bucket);
    const multi = (i + 1 < this.n ? split.bySecond.get(this.low[i + 1]) : undefined) ?? NO_INDICES;
    const singles = split.singles;
    let a = 0;
    let b = 0;
    while (a < multi.length || b < singles.length) {
      const idx = b >= singles.length || (a < multi.length && multi[a] < singles[b]) ? multi[a++] : singles[b++];
      if (this.entryAt(bucket[idx], i, limit)) return bucket[idx];
    }
    return undefined;
  }

  /** The gazetteer entry is written at token i, ending before `limit`. */
  private entryAt(entry: GazetteerEntry, i: number, limit: number): boolean {
    const len = entry.words.length;
    if (i + len > limit) return false;
    for (let k = 0; k < len; k++) {
      const j = i + k;
      const w = this.low[j];
      if (k > 0 && !this.same(i, j)) return false;
      if (w !== entry.words[k] && w !== entry.folded[k]) return false;
      if (entry.upper[k] && !this.toks[j].upper) return false;
    }
    return true;
  }

  /** End (exclusive) of the run of name words starting at i: capitals, initials, particles between capitals. */
  runEnd(i: number): number {
    let j = i;
    let last = i;
    while (j < this.n && this.same(i, j)) {
      const t = this.toks[j];
      // "Paris M. Jean X", "Etude de Me X" (not "A.-M. X"): a title starts another name.
      if (j > i && this.isTitleAbbreviation(j) && (this.toks[j + 1]?.text === '.' || (t.text.length > 1 && t.text !== t.text.toUpperCase() && this.isUpperWord(j + 1))) && this.toks[j - 1].text !== '-') break;
      if (this.isUpperWord(j)) {
        if (this.isInitial(j)) {
          j += this.compoundInitial(j) ? 3 : 2;
          continue;
        }
        j++;
        last = j;
        continue;
      }
      if (t.kind === 'word' && j > i && (KEY_BITS[this.keys[j]] & NAME_PARTICLE_BIT) !== 0 && NAME_PARTICLES.has(this.low[j])) {
        let k = j + 1;
        if (this.low[j] === 'de' && (this.low[k] === 'la' || this.low[k] === "l'")) k++;
        else if (NAME_PARTICLES.has(this.low[k]) && k - j < 3) k++; // von der, van den
        // "Assassinat de Antoine X": a first name after "de" starts another name, it is no particle.
        const genitive = (this.low[j] === 'de' || this.low[j] === "d'") && FIRST_NAMES.has(this.low[k]);
        if (this.isUpperWord(k) && this.same(j, k) && !genitive) {
          j = k;
          continue;
        }
      }
      break;
    }
    return last;
  }

  /** Index of the capitalised word a complement starts with: "de Leyde", "de la Concorde", "d’Ivoire". */
  complementAt(j: number): number {
    if (j >= this.n) return -1;
    let k = j;
    const w = this.low[k];
    if (w === 'de' || w === "d'" || w === 'du' || w === 'des' || w === 'of') {
      k++;
      if (w === 'de' && (this.low[k] === 'la' || this.low[k] === "l'")) k++;
      else if (w === 'of' && this.low[k] === 'the') k++;
    }
    // "de la République", "de la Guerre": an institutional word is a name's complement here.
    return this.isUpperWord(k) && this.same(j, k) && (!this.isBreaker(k) || this.institutionalWord(k)) ? k : -1;
  }

  /** A capitalised institutional common noun ("République", "Guerre", "Travail"): no name alone, but a name's complement. */
  institutionalWord(i: number): boolean {
    return CAPITALISED_COMMON_NOUNS.has(this.toks[i].text) && !BREAKERS_LOW.has(this.low[i]);
  }

  /** Extends an organisation name over its complements: "Conseil de sécurité de l’ONU", "Compagnie générale d'électricité". */
  extendOrg(e: number, adjectives = true): number {
    // Adjectives after the last noun (two at most), and lower-case complements ("des secrétaires
    // de direction": MAX_LOWER_COMPLEMENTS at most), each with its own adjectives.
    let adjectivesLeft = adjectives ? 2 : 0;
    let lowerComplements = adjectives ? 0 : MAX_LOWER_COMPLEMENTS;
    let end = e;
    for (let guard = 0; guard < 12 && end < this.n && this.same(end - 1, end); guard++) {
      const w = this.low[end];
      const t = this.toks[end];
      if (t.kind === 'word' && !t.upper && adjectivesLeft > 0 && (ADJECTIVE_ENDING.test(w) || (lowerComplements > 0 && COMPLEMENT_ADJECTIVE.test(w)) || ((KEY_BITS[this.keys[end]] & DEMONYM_BIT) !== 0 && DEMONYMS.has(w))) && !STARTERS.has(w)) {
        end++;
        adjectivesLeft--;
        continue;
      }
      if (w === 'pour' && end === e && adjectives && ORG_HEADS.has(this.toks[end - 1].text)) {
        // "Association pour le tourisme populaire", "Ligue pour le Droit au Travail": the aim, right after the head.
        let q = end + 1;
        if (this.low[q] === 'le' || this.low[q] === 'la' || this.low[q] === "l'" || this.low[q] === 'les') q++;
        if (q > end + 1 && q < this.n && this.same(end, q) && this.toks[q].kind === 'word' && !STARTERS.has(this.low[q]) && !LINKS.has(this.low[q]) && !INFINITIVE.test(this.low[q])) {
          end = this.isUpperWord(q) ? this.runEnd(q) : q + 1;
          lowerComplements++;
          adjectivesLeft = 2;
          continue;
        }
        break;
      }
      if (w === 'de' || w === "d'" || w === 'du' || w === 'des' || w === 'of') {
        const k = this.complementAt(end);
        if (k >= 0) {
          end = this.runEnd(k);
          adjectivesLeft = adjectives ? 2 : 0;
          // "… des Libres Penseurs Fédération de la Seine": another head right after a capital starts another body.
          for (let h = k + 1; h < end; h++) {
            if (ORG_HEADS.has(this.toks[h].text) && this.toks[h - 1].upper && this.toks[h - 1].kind === 'word') {
              end = h;
              break;
            }
          }
          continue;
        }
        // A lower-case complement noun: "Conseil de sécurité", "Ecole des secrétaires de direction"
        // (not a verb: "la Chambre actuelle d'être unie").
        let q = end + 1;
        if (w === 'de' && (this.low[q] === 'la' || this.low[q] === "l'") && this.same(end, q + 1)) q++;
        if (lowerComplements < MAX_LOWER_COMPLEMENTS && q < this.n && this.same(end, q) && this.toks[q].kind === 'word' && !this.toks[q].upper && !STARTERS.has(this.low[q]) && !LINKS.has(this.low[q]) && !INFINITIVE.test(this.low[q]) && this.low[q] !== 'être' && !CALENDAR.has(this.low[q])) {
          end = q + 1;
          lowerComplements++;
          adjectivesLeft = adjectives ? 2 : 0;
          continue;
        }
      }
      break;
    }
    return end;
  }

  /** Role noun phrase before a name: "le président russe X", "le ministre de la Défense, X". */
  roleBefore(c: NameSpan): string | undefined {
    let p = c.s - 1;
    if (!this.same(p, c.s)) return undefined;
    const comma = this.toks[p].text === ',';
    if (comma) p--;
    const end = p;
    if (!this.same(p, c.s) || this.toks[p].kind !== 'word' || LINKS.has(this.low[p])) return undefined;
    for (let steps = 0; steps < MAX_ROLE_WORDS && this.same(p, c.s); steps++, p--) {
      const w = this.low[p];
      if (this.toks[p].kind !== 'word') return undefined;
      if (TITLES.has(w) && !(this.toks[p].upper && !this.initialAt(p) && ORG_HEADS.has(this.toks[p].text))) {
        // "X, député, ancien ministre, Y": a role between two commas is the apposition of the name before it.
        let b = p - 1;
        while (b >= 0 && ROLE_MODIFIERS.has(this.low[b])) b--;
        if (comma && b >= 0 && this.toks[b].text === ',' && this.same(b, c.s)) return undefined;
        return this.text.slice(this.toks[p].start, this.toks[end].end);
      }
      if (DEMONYMS.has(w) || ROLE_MODIFIERS.has(w) || LINKS.has(w)) continue;
      if (p > 0 && LINKS.has(this.low[p - 1])) continue; // "de la défense", "du Kremlin"
      return undefined;
    }
    return undefined;
  }

  /** Apposition after a name: "X, chercheur principal à l’Université Y de Z," → the role. */
  roleAfter(c: NameSpan): string | undefined {
    let q = c.e;
    if (q >= this.n || this.toks[q].text !== ',' || !this.same(q, c.s)) return undefined;
    q++;
    // An age may come first: "M. Canton, 25 ans, négociant à Marseille".
    if (q + 2 < this.n && this.toks[q].kind === 'number' && this.low[q + 1] === 'ans' && this.toks[q + 2].text === ',') q += 3;
    const start = this.roleStart(q, c.s);
    if (start < 0) return undefined;
    let r = this.roleEnd(start, c.s);
    // A second role after the first: "X, député, ancien ministre, a dit" (not "X, député, Y, sénateur").
    if (this.toks[r + 1]?.text === ',' && this.same(r + 1, c.s)) {
      const next = this.roleStart(r + 2, c.s);
      if (next >= 0) r = this.roleEnd(next, c.s);
    }
    return this.text.slice(this.toks[start].start, this.toks[r].end);
  }

  /** A street address after the name and a comma: "X, rue de Rivoli", "X, r. Richelieu", "X, 26, boulevard …". */
  addressAfter(c: NameSpan): boolean {
    let q = c.e;
    if (this.toks[q]?.text !== ',' || !this.same(q, c.s)) return false;
    q++;
    if (this.toks[q]?.kind === 'number' && this.toks[q + 1]?.text === ',') q += 2;
    const w = this.low[q];
    return q < this.n && this.toks[q].kind === 'word' && !this.toks[q].upper && (STREET_HEADS.has(w) || (STREET_ABBREVIATIONS.has(w) && this.toks[q + 1]?.text === '.'));
  }

  /** Start of a role noun phrase at q (an article, modifiers, a lower-case role noun that no name follows), or -1. */
  private roleStart(q: number, s: number): number {
    if (q < this.n && (this.low[q] === 'le' || this.low[q] === 'la' || this.low[q] === "l'")) q++;
    const start = q;
    while (q < this.n && ROLE_MODIFIERS.has(this.low[q]) && q - start < 3) q++;
    // A role is written in lower case, or in capitals after a name in capitals ("M. BUFFET, MINISTRE DES FINANCES :").
    if (q >= this.n || !this.same(q, s)) return -1;
    const capitals = this.toks[q].upper && this.isAllCaps(q) && this.isAllCaps(s);
    if ((this.toks[q].upper && !capitals) || !(TITLES.has(this.low[q]) || (capitals && FOLDED_TITLES.has(foldAccents(this.low[q]))))) return -1;
    // "X, monsieur Y", "Duff Cooper, lord Lloyd": a title before a name is another person, no role (not "député UDF").
    if (q + 1 < this.n && this.isUpperWord(q + 1) && !this.isAllCaps(q + 1) && this.same(q, q + 1)) return -1;
    if (gz.NOBLE_TITLES.has(this.low[q]) && NAME_PARTICLES.has(this.low[q + 1]) && this.isUpperWord(q + 2) && this.same(q, q + 2)) return -1; // "monsieur de Belgarde"
    return start;
  }

  /** Last token of the role phrase starting at q: up to the punctuation that ends an apposition. */
  private roleEnd(q: number, s: number): number {
    let r = q;
    while (r + 1 < this.n && this.same(r + 1, s) && r - q < MAX_APPOSITION_WORDS && (!APPOSITION_END.has(this.toks[r + 1].text) || this.initialsGoOn(r + 1))) r++;
    return r;
  }

  /**
   * The full stop at k closes one of a run of initials that goes on: another initial follows, or a
   * name after two initials or more ("président du F. C. Metz"). One initial alone may end the
   * sentence ("l'équipe A. Le match…").
   */
  private initialsGoOn(k: number): boolean {
    // isInitial(i) reads the full stop at i + 1 and the same sentence up to i + 2.
    if (!this.isInitial(k - 1) || !this.isUpperWord(k + 1)) return false;
    return this.isInitial(k + 1) || (k >= 3 && this.isInitial(k - 3));
  }

  /** A descriptor announcing an organisation: "l’agence de presse russe X", "le journal X". */
  descriptorBefore(c: NameSpan): string | undefined {
    let p = c.s - 1;
    if (!this.same(p, c.s) || this.toks[p].kind !== 'word') return undefined;
    if (LINKS.has(this.low[p])) return undefined;
    for (let steps = 0; steps < 6 && this.same(p, c.s) && this.toks[p].kind === 'word'; steps++, p--) {
      const w = this.low[p];
      if (ORG_DESCRIPTORS.has(w)) return w;
      if (!(DESCRIPTOR_LINKS.has(w) || DEMONYMS.has(w) || ROLE_MODIFIERS.has(w))) return undefined;
    }
    return undefined;
  }

  /** A place cue before the name: "à X", "en X", "vers X", "la région de X", "près de X". */
  placeCue(c: NameSpan): string | undefined {
    let p = c.s - 1;
    if (!this.same(p, c.s)) return undefined;
    const w0 = this.low[p];
    const article = w0 === 'la' || w0 === "l'" || w0 === 'le' || w0 === 'les';
    if (article) p--;
    if (!this.same(p, c.s)) return undefined;
    const w = this.low[p];
    // Towns take no article ("à Lyon"); "à la X", "au X" are as often institutions ("à la Sorbonne", "au Palais").
    if (PLACE_PREPOSITIONS.has(w) && !article) {
      // "intima à X", "succédé à X", "pour permettre à X": the verb's indirect object is a person.
      if (w === 'à' && this.same(p - 1, c.s) && DATIVE_VERBS.has(this.low[p - 1])) return undefined;
      return w;
    }
    if (w === 'de' || w === "d'" || w === 'du' || w === 'des') {
      for (let q = p - 1, steps = 0; steps < 3 && this.same(q, c.s); q--, steps++) {
        const v = this.low[q];
        if (PLACE_NOUNS.has(v)) return v + ' de';
        if (!(DEMONYMS.has(v) || ROLE_MODIFIERS.has(v))) return undefined;
      }
    }
    return undefined;
  }

  articleBefore(c: NameSpan): string | undefined {
    const p = c.s - 1;
    if (!this.same(p, c.s) || this.toks[p].kind !== 'word') return undefined;
    const w = this.low[p];
    return MASCULINE_ARTICLES.has(w) || FEMININE_ARTICLES.has(w) || PLURAL_ARTICLES.has(w) ? w : undefined;
  }

  /**
   * A venue in a listing: a name in capitals followed by a time, "FLORIDOR, 8 h. 30",
   * "OPÉRA-COMIQUE. 8. 30", "SCALA. — 8 h. 45". Newspapers print theatre and cinema programmes this way.
   */
  venueListing(c: NameSpan, inProgramme = false): boolean {
    let q = c.e;
    if (inProgramme && this.toks[q]?.text === '(') q = this.afterBrackets(q); // "TAMARIS (Salle Bréval), 9 h."
    if (q < this.n && (this.toks[q].text === ',' || this.toks[q].text === '.')) q++;
    if (q < this.n && (this.toks[q].text === '—' || this.toks[q].text === '–')) q++; // "SCALA. — 8 h. 45"
    if (q >= this.n || this.toks[q].kind !== 'number' || !/^\d{1,2}(?:[.,]\d\d)?$/.test(this.toks[q].text)) return false;
    if (parseInt(this.toks[q].text, 10) > 24) return false; // a price ("LOUÉE 35,00 francs"), no hour
    if (this.toks[q].start === this.toks[c.e - 1].end) return false; // "TF1, 21 h": a digit of the name, no time
    if (this.toks[q].text.length > 2) return true; // "8.30", "9,15"
    const after = this.toks[q + 1]?.text;
    // "FRANCE 3, 20 h 50": a number straight after the name, without "h", numbers a channel, no time.
    if (q === c.e && after !== 'h') return false;
    // "CAVE DUPRÉ, 11, rue Laffitte": a shop's house number, no show time.
    if ((after === '.' || after === ',') && q + 2 < this.n && (SITE_HEADS.has(this.low[q + 2]) || STREET_ABBREVIATIONS.has(this.low[q + 2]))) return false;
    return after === 'h' || after === '.' || after === ',';
  }

  /** Whether a line break separates token k from the one before it (the gap is scanned, not the text). */
  lineBreakBefore(k: number): boolean {
    for (let c = this.toks[k - 1].end; c < this.toks[k].start; c++) if (this.text.charCodeAt(c) === 10) return true;
    return false;
  }

  /** After the ")" that closes the "(" at q, within a few tokens of the same line, else q. */
  afterBrackets(q: number): number {
    for (let k = q + 1; k < this.n && k <= q + 6 && !this.lineBreakBefore(k); k++) {
      const t = this.toks[k].text;
      if (t === ')') return k + 1;
      if (t === '(' || t === ';') break;
    }
    return q;
  }

  private programmeHeads: Int32Array | undefined;

  /**
   * Whether token k sits inside a programme listing: the page prints at least two other venues
   * before their times ("FLORIDOR, 8 h. 30") within 60 tokens (names of five letters or more: "ARTE,
   * 20.55", "LCI, 18 h" list television channels). The layout, not one line, says that a
   * word in capitals at the head of an item is a venue.
   */
  inProgramme(k: number): boolean {
    let heads = this.programmeHeads;
    if (!heads) {
      const found: number[] = [];
      for (let i = 0; i < this.n; i++) {
        const t = this.toks[i];
        if (t.kind === 'word' && t.upper && t.text.length >= 5 && i + 1 < this.n && this.toks[i + 1].kind !== 'word' && this.isAllCaps(i) && this.venueListing({ s: i, e: i + 1, initial: false })) found.push(i);
      }
      heads = this.programmeHeads = Int32Array.from(found);
    }
    let others = 0;
    for (let i = countBelow(heads, k - 60); i < heads.length && heads[i] <= k + 60; i++) if (heads[i] !== k && ++others >= 2) return true;
    return false;
  }

  /** "MARCEAU. Relâche.", "CO.-VERNIER. Rel.": a venue closed tonight, as a programme prints it. */
  closedTonight(e: number): boolean {
    if (e + 1 >= this.n || (this.toks[e].text !== '.' && this.toks[e].text !== ',')) return false;
    // Capitalised and alone, as the item's whole text: "sans relâche", "Relâche ce soir pour cause de grève" are prose.
    const w = this.low[e + 1];
    return this.toks[e + 1].upper && (w === 'relâche' || w === 'rel') && (this.toks[e + 2]?.text === '.' || this.toks[e + 2]?.text === ';');
  }

  /**
   * The head of an item of a programme listing, in capitals, without a time: "MARCEAU. Relâche.",
   * "PLANTIN. — La Nuit de mai.", "TOURNESOL, Lucienne Varet, Marc Doré.", or with one in a capitalised name:
   * "Mirabelle-Palace, 3 h.". It starts the item (after a full stop, a bracket, or the title before it
   * that lost its full stop) and is followed by the play, the cast or the closing.
   */
  programmeItemHead(c: NameSpan, s: number): boolean {
    const p = s - 1;
    if (p >= 0 && !(this.toks[p].kind === 'word' ? !this.isAllCaps(p) : ITEM_ENDS.has(this.toks[p].text))) return false;
    const caps = this.isAllCaps(c.s) && this.isAllCaps(c.e - 1) && this.toks[c.e - 1].text.length >= 3;
    if (caps && this.closedTonight(c.e)) return true;
    if (!this.inProgramme(c.s)) return false;
    if (this.venueListing(c, true)) return true;
    if (!caps) return false;
    let q = c.e;
    if (this.toks[q]?.text !== '.' && this.toks[q]?.text !== ',') return false;
    q++;
    if (this.toks[q]?.text === '—' || this.toks[q]?.text === '–') q++;
    return q < this.n && this.toks[q].kind === 'word' && this.toks[q].upper && !this.isAllCaps(q);
  }

  /**
   * Start of a venue's name in capitals with abbreviated words before s, in a programme:
   * "COM. CH. VARÈSE", "S.-VERNIER", "STUDIO R.-DORVAL", "3-BAUDETS"; else s.
   */
  abbreviatedVenueStart(s: number): number {
    const glued = (a: number, b: number) => this.toks[a].end === this.toks[b].start;
    let start = s;
    for (let steps = 0; steps < 3; steps++) {
      let p = start - 1;
      if (p >= 1 && this.toks[p].text === '-' && glued(p, start)) {
        if (this.toks[p - 1].kind === 'number' && this.toks[p - 1].text.length <= 2 && glued(p - 1, p)) {
          start = p - 1;
          break;
        }
        if (this.toks[p - 1].text !== '.' || !glued(p - 1, p)) break;
        p--;
      } else if (!(p >= 1 && this.toks[p].text === '.' && this.toks[start].start - this.toks[p].end === 1)) break;
      // p may have stepped back onto the first token (".-LEÉ" opening a text): nothing before it.
      if (!(p >= 1 && glued(p - 1, p) && this.toks[p - 1].kind === 'word' && this.toks[p - 1].text.length <= 4 && (this.isAllCaps(p - 1) || (this.toks[p - 1].text.length === 1 && this.toks[p - 1].upper)))) break;
      // Unless joined by a hyphen, an abbreviation right after a word ends what comes before, not
      // the venue: "au REX. CH. X", "de la NBA. CH. X".
      if (this.toks[p].text === '.' && p + 1 === start && p >= 2 && this.toks[p - 2].kind === 'word') break;
      start = p - 1;
    }
    // "STUDIO R.-DORVAL": a word in capitals before the abbreviations belongs to the name.
    if (start < s && start > 0 && this.toks[start - 1].kind === 'word' && this.toks[start - 1].text.length >= 3 && this.isAllCaps(start - 1) && this.toks[start].start - this.toks[start - 1].end === 1) start--;
    return start;
  }

  /** All capitals with an all-capitals neighbour: a headline, where capitals say nothing. */
  inCapsHeadline(c: NameSpan): boolean {
    for (const j of [c.s - 1, c.e]) {
      if (this.same(j, c.s) && this.toks[j].kind === 'word' && this.isAllCaps(j)) return true;
    }
    return false;
  }

  upperWords(c: NameSpan): number {
    let count = 0;
    for (let k = c.s; k < c.e; k++) if (this.toks[k].kind === 'word' && this.toks[k].upper) count++;
    return count;
  }

}
