// What the text tells about each named person, for resolving pronouns and role descriptions
// to speakers: the roles that describe them (« le président russe X », « X, professeur de… »,
// « X, qui est la fille de… », plus any `role` the entity detector set) and evidence of gender
// (M. / Mme, feminine or masculine role nouns, an agreeing participle « X, interrogée… », and a
// sentence opening on « Elle » / « Il » right after a sentence whose subject is X). One pass over
// the mentions, each looking at a few tokens around it, so the cost stays linear.
import type { EntityMention, Quote } from './types';
import type { DocContext } from './context';
import roleData from './data/fr/role-nouns.json';
import givenNames from './data/fr/given-names.json';
import * as tools from './quoteTools';
import { wordSet } from './cues';
import { keyTable, wordKey } from './wordKeys';
import { firstTokenOf } from './text';
// Read once: through a module namespace every use would be a property lookup (a getter
// call under the test runner's CommonJS transform), and these sit in the inner loops.
const { DETERMINERS, FEMALE_TITLES, LEADING, MALE_TITLES, TITLES, normalizeWord, tokenAtOrAfter } = tools;

export type Gender = 'm' | 'f';

export interface RoleNoun {
  /** The masculine form, shared by both genders so that roles compare across them. */
  lemma: string;
  /** Gender the form shows; undefined for epicene nouns (ministre, porte-parole). */
  gender?: Gender;
  /** How many tokens the noun takes (premier ministre: 2). */
  length: number;
}

export interface RoleDescription {
  noun: string;
  /** The word right after the noun when it qualifies it (« russe » in « président russe »). */
  adjective?: string;
  /** Lower-cased words of the description ("président", "russe"). */
  words: string[];
  at: number;
  id: string;
}

export interface PersonProfile {
  id: string;
  female: number;
  male: number;
  /** Offsets of the mentions that open a sentence as its subject. */
  subjectAt: number[];
}

const ROLE_NOUNS = new Map<string, RoleNoun>();
for (const [masc, fem] of roleData.pairs) {
  const length = masc.split(' ').length;
  const epicene = masc === fem;
  ROLE_NOUNS.set(normalizeWord(masc), { lemma: normalizeWord(masc), gender: epicene ? undefined : 'm', length });
  ROLE_NOUNS.set(normalizeWord(fem), { lemma: normalizeWord(masc), gender: epicene ? undefined : 'f', length: fem.split(' ').length });
}
const FEMALE_NAMES = new Set(givenNames.female.map((n) => n.toLowerCase()));
const MALE_NAMES = new Set(givenNames.male.map((n) => n.toLowerCase()));
/** Determiners that show the gender of the role noun after them (la ministre, un porte-parole). */
const FEMININE_DETERMINERS = new Set(['la', 'une', 'cette', 'sa']);
const MASCULINE_DETERMINERS = new Set(['le', 'un', 'ce', 'cet', 'son', 'du', 'au']);
const TWO_WORD_FIRSTS = new Set([...ROLE_NOUNS.values()].filter((r) => r.length === 2).map((r) => r.lemma.split(' ')[0]));
for (const [, fem] of roleData.pairs) if (fem.includes(' ')) TWO_WORD_FIRSTS.add(normalizeWord(fem.split(' ')[0]));
// Generic masculine: a masculine role noun is weak evidence (« Mme X, professeur… » is common).
const MASC_ROLE_WEIGHT = 1;
const FEM_ROLE_WEIGHT = 3;
const AUXILIARIES = new Set(['a', 'ont', 'avait', 'avaient', 'est', 'sont', 'était', 'étaient', 'sera', 'fut', 'va', 'vont', 'aurait', 'serait']);
const MAX_ROLE_TOKENS = 9;
const NP_START = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs']);
const COMPLEMENT_PREPOSITIONS = new Set(['de', "d'", 'à', 'en', 'pour', 'sur', 'contre']);
const QUALIFIER_STOP = new Set(['de', "d'", 'du', 'des', 'à', 'au', 'aux', 'en', 'pour', 'chez', 'qui', 'et', 'ou', 'adjoint', 'principal', 'général']);
const PREPOSITION_BEFORE_NAME = new Set(['de', "d'", 'du', 'des', 'à', 'au', 'aux', 'par', 'pour', 'avec', 'chez']);
/** Words between « X, » and a role or participle: « X, qui est également la fille de… ». */
const APPOSITION_SKIP = new Set(['qui', 'est', 'était', "s'", 'se', 'a', 'été', 'également', 'aussi', 'notamment', 'par', 'ailleurs', 'elle-même', 'lui-même']);

/** First words of role nouns: most words are turned away by their key before any lookup. */
const ROLE_FIRST_KEYS = keyTable([...ROLE_NOUNS.keys(), ...TWO_WORD_FIRSTS]);

/** The role noun starting at token k (two-word nouns first), or undefined. */
export function roleNounAt(words: string[], k: number): RoleNoun | undefined {
  const w = words[k];
  if (w === undefined) return undefined;
  if (ROLE_FIRST_KEYS[wordKey(w)] === 0 && !w.includes('-')) return undefined;
  if (TWO_WORD_FIRSTS.has(w) && k + 1 < words.length) {
    const two = ROLE_NOUNS.get(w + ' ' + words[k + 1]);
    if (two && two.length === 2) return two;
  }
  const one = ROLE_NOUNS.get(w);
  if (one && one.length === 1) return one;
  // arrière-petite-fille, ex-président: the last or first part of a compound carries the role.
  if (w.includes('-')) {
    const parts = w.split('-');
    const last = ROLE_NOUNS.get(parts[parts.length - 1]);
    if (last) return { ...last, length: 1 };
    const rest = ROLE_NOUNS.get(parts.slice(1).join('-'));
    if (rest) return { ...rest, length: 1 };
  }
  return undefined;
}

/** The adjective right after a role noun (président russe), not a complement (président de…). */
export function qualifierAfter(words: string[], nounLength: number): string | undefined {
  const w = words[nounLength];
  if (w === undefined || w.length < 3 || QUALIFIER_STOP.has(w) || DETERMINERS.has(w)) return undefined;
  return w;
}

export const RELATIONAL = wordSet(roleData.relational);

/** A role's normalised words, remembered: the detector repeats a role with each mention of its holder. Bounded. */
const ROLE_WORDS = new Map<string, readonly string[]>();
const MAX_ROLE_WORDS = 5000;

function roleWords(role: string): string[] {
  let words = ROLE_WORDS.get(role);
  if (words === undefined) {
    words = role.split(/[\s\u00A0\u202F]+/).map(normalizeWord);
    if (ROLE_WORDS.size >= MAX_ROLE_WORDS) ROLE_WORDS.clear();
    ROLE_WORDS.set(role, words);
  }
  // A copy: each description keeps its own list.
  return words.slice();
}

export class People {
  readonly byId = new Map<string, PersonProfile>();
  /** Every role description, by role noun, in text order: for resolving « le président russe ». */
  readonly roles: RoleDescription[] = [];
  private readonly namesSeen = new Set<string>();

  constructor(
    private readonly ctx: DocContext,
    readonly words: string[],
    persons: EntityMention[],
    /** The token index where each person mention starts. */
    personTokens: number[],
    private readonly entityAtToken: Map<number, EntityMention>,
    quotes: Quote[],
  ) {
    const tokens = ctx.seg.tokens;
    for (let n = 0; n < persons.length; n++) {
      const m = persons[n];
      const p = this.profile(m.id);
      const ti = personTokens[n];
      if (ti >= tokens.length) continue;
      let tj = ti;
      while (tj + 1 < tokens.length && tokens[tj + 1].end <= m.end) tj++;
      if (m.role) this.addRole(p, m.role, m.start);
      this.givenName(p, m);
      this.titleBefore(p, ti);
      this.roleBefore(p, ti);
      this.appositionAfter(p, tj);
      if (this.opensSentence(ti)) p.subjectAt.push(m.start);
    }
    this.pronounsAfterSubjects(quotes);
  }

  gender(id: string): Gender | undefined {
    const p = this.byId.get(id);
    if (!p) return undefined;
    if (p.female > p.male) return 'f';
    if (p.male > p.female) return 'm';
    return undefined;
  }

  private profile(id: string): PersonProfile {
    let p = this.byId.get(id);
    if (!p) {
      p = { id, female: 0, male: 0, subjectAt: [] };
      this.byId.set(id, p);
    }
    return p;
  }

  private addRole(p: PersonProfile, role: string, at: number): void {
    const words = roleWords(role);
    for (let k = 0; k < words.length; k++) {
      const noun = roleNounAt(words, k);
      if (noun) {
        this.pushRole(p, noun, words, at);
        this.addGender(p, noun);
        return;
      }
    }
  }

  private pushRole(p: PersonProfile, noun: RoleNoun, words: string[], at: number): void {
    this.roles.push({ noun: noun.lemma, adjective: qualifierAfter(words, noun.length), words, at, id: p.id });
  }

  private addGender(p: PersonProfile, noun: RoleNoun): void {
    if (noun.gender === 'f') p.female += FEM_ROLE_WEIGHT;
    else if (noun.gender === 'm') p.male += MASC_ROLE_WEIGHT;
  }

  /** A common given name opening the mention (« Marie Dupont »); one-word mentions are surnames. */
  private givenName(p: PersonProfile, m: EntityMention): void {
    // Read once per mention form: the same name repeats through an article.
    if (this.namesSeen.has(m.text)) return;
    this.namesSeen.add(m.text);
    const space = m.text.search(/[\s\u00A0]/);
    if (space <= 0) return;
    const first = m.text.slice(0, space).toLowerCase();
    if (FEMALE_NAMES.has(first)) p.female += 2;
    else if (MALE_NAMES.has(first)) p.male += 2;
  }

  /** The determiner before a role noun shows its gender: « la ministre », « le porte-parole ». */
  private determinerGender(p: PersonProfile, k: number, noun: RoleNoun): void {
    if (k < 0) return;
    const w = this.words[k];
    if (FEMININE_DETERMINERS.has(w) && noun.gender !== 'f') p.female += FEM_ROLE_WEIGHT;
    else if (MASCULINE_DETERMINERS.has(w) && noun.gender === undefined) p.male += MASC_ROLE_WEIGHT;
  }

  private titleBefore(p: PersonProfile, ti: number): void {
    const tokens = this.ctx.seg.tokens;
    let k = ti - 1;
    if (k >= 0 && tokens[k].text === '.') k--;
    if (k < 0 || tokens[k].sentence !== tokens[ti].sentence) return;
    const w = this.words[k];
    if (FEMALE_TITLES.has(w)) p.female += 3;
    else if (MALE_TITLES.has(w) && tokens[k].upper) p.male += 2;
  }

  /** « le ministre russe de la Défense X », « le dirigeant nord-coréen, X ». */
  private roleBefore(p: PersonProfile, ti: number): void {
    const tokens = this.ctx.seg.tokens;
    const sentence = tokens[ti].sentence;
    let k = ti - 1;
    // « conseiller de X »: X is the complement of the role, not the person it describes.
    if (k >= 0 && PREPOSITION_BEFORE_NAME.has(this.words[k])) return;
    if (k >= 0 && tokens[k].text === ',') k--;
    if (k >= 0 && tokens[k].text === '.') k--;
    if (k >= 0 && TITLES.has(this.words[k])) k--;
    for (let n = 0; k >= 0 && n < MAX_ROLE_TOKENS && tokens[k].sentence === sentence; k--, n++) {
      const t = tokens[k];
      if (t.kind === 'punct' || AUXILIARIES.has(this.words[k])) return;
      // A determiner not inside a complement (de la Défense) closes the phrase: no role in it.
      if (NP_START.has(this.words[k]) && !(k > 0 && COMPLEMENT_PREPOSITIONS.has(this.words[k - 1]))) return;
      const other = this.entityAtToken.get(k);
      if (other && other.type === 'PER') return;
      const noun = roleNounAt(this.words, k);
      if (noun) {
        this.pushRole(p, noun, this.words.slice(k, ti), t.start);
        this.addGender(p, noun);
        if (k > 0 && tokens[k - 1].sentence === sentence) this.determinerGender(p, k - 1, noun);
        return;
      }
    }
  }

  /** « X, professeur de… », « X, qui est également la fille de… », « X, interrogée… ». */
  private appositionAfter(p: PersonProfile, tj: number): void {
    const tokens = this.ctx.seg.tokens;
    const sentence = tokens[tj].sentence;
    let k = tj + 1;
    if (k >= tokens.length || tokens[k].text !== ',' || tokens[k].sentence !== sentence) return;
    k++;
    const firstAfterComma = k;
    while (k < tokens.length && tokens[k].sentence === sentence && APPOSITION_SKIP.has(this.words[k]) && k - firstAfterComma < 5) k++;
    if (k >= tokens.length || tokens[k].sentence !== sentence) return;
    // An agreeing past participle right after the name: « X, interrogée », « X, qui est née ».
    const w = this.words[k];
    if (tokens[k].kind === 'word' && !tokens[k].upper && w.length > 4 && /ées?$/.test(w)) p.female += 2;
    if (DETERMINERS.has(w)) k++;
    if (k >= tokens.length) return;
    const noun = roleNounAt(this.words, k);
    if (!noun) return;
    if (DETERMINERS.has(w)) this.determinerGender(p, k - 1, noun);
    let end = k;
    while (end + 1 < tokens.length && tokens[end + 1].sentence === sentence && end - k < 14 && !',;:()'.includes(tokens[end + 1].text)) end++;
    this.pushRole(p, noun, this.words.slice(k, end + 1), tokens[k].start);
    this.addGender(p, noun);
  }

  /** The mention opens its sentence (after joining words, determiners and titles): its subject. */
  private opensSentence(ti: number): boolean {
    const tokens = this.ctx.seg.tokens;
    const sentence = tokens[ti].sentence;
    const first = firstTokenOf(this.ctx.seg, sentence);
    if (ti - first > 12) return false;
    // « Autre avocat du prévenu, X a appris… » : a name right after an opening apposition or
    // adverbial that ends on a comma is the subject too, when a verb-like word follows it.
    let from = first;
    for (let k = ti - 1; k > first; k--) {
      if (tokens[k].text !== ',') continue;
      from = k + 1;
      break;
    }
    if (ti - from > 6) return false;
    if (from > first) {
      let j = ti;
      while (j < tokens.length && j < ti + 6 && tokens[j].sentence === sentence && tokens[j].upper) j++;
      if (j >= tokens.length || tokens[j].sentence !== sentence || tokens[j].kind !== 'word') return false;
    }
    for (let k = from; k < ti; k++) {
      const w = this.words[k];
      if (LEADING.has(w) || DETERMINERS.has(w) || TITLES.has(w) || w === '.' || roleNounAt(this.words, k)) continue;
      return false;
    }
    return true;
  }

  /** A sentence opening on Elle/Il after a sentence whose subject is a person: that person's gender. */
  private pronounsAfterSubjects(quotes: Quote[]): void {
    const { sentences, tokens } = this.ctx.seg;
    const subjectOf = new Map<number, string>();
    for (const p of this.byId.values()) {
      for (const at of p.subjectAt) {
        const s = tokens[tokenAtOrAfter(this.ctx.seg, at)].sentence;
        if (!subjectOf.has(s)) subjectOf.set(s, p.id);
      }
    }
    let q = 0;
    for (let s = 1; s < sentences.length; s++) {
      const prevSubject = subjectOf.get(s - 1);
      if (prevSubject === undefined) continue;
      const k = firstTokenOf(this.ctx.seg, s);
      if (k >= tokens.length || tokens[k].sentence !== s) continue;
      while (q < quotes.length && quotes[q].end <= tokens[k].start) q++;
      if (q < quotes.length && quotes[q].start <= tokens[k].start) continue;
      const p = this.byId.get(prevSubject)!;
      if (this.words[k] === 'elle') p.female += 2;
      else if (this.words[k] === 'il') p.male += 1;
    }
  }
}
