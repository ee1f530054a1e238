// Features of one token for the learned name tagger: the word, its affixes and shape, the words
// and shapes around it (±2), the word lists it belongs to and the title or place cue before it.
// Each feature is a short string ("w=paris", "sh-1=Xx") that the weights map keys on; the tagger
// adds the previous tags itself. Everything here reads a bounded window, so a document costs
// O(tokens), and no pattern is compiled per token.
import type { Token } from '../text';
import * as gz from '../gazetteer';

const FIRST_NAMES = gz.FIRST_NAMES;
const TITLES = gz.TITLES;
const TITLE_ABBREVIATIONS = gz.TITLE_ABBREVIATIONS;
const DEMONYMS = gz.DEMONYMS;
const CALENDAR = gz.CALENDAR;
const STARTERS = gz.STARTERS;
const PLACE_PREPOSITIONS = gz.PLACE_PREPOSITIONS;
const ORG_HEADS = gz.ORG_HEADS;
const gazetteerEntries = gz.gazetteerEntries;

/** What the tagger reads of a document: the tokens, their lookup form and the sentence starts. */
export interface TaggerInput {
  toks: readonly Token[];
  low: readonly string[];
  /** 1 where a token starts a sentence (or follows opening punctuation). */
  initial: Uint8Array;
  /**
   * What the rules found, when the tagger runs after them: per token the rules' BIO tag (tagger
   * tag indices) and, on a name's tokens, the kind of its first evidence ("gazetteer", "title"...).
   * The tagger then learns where the rules are right on its training data and where not.
   */
  rules?: {
    tags: Uint8Array;
    evidence: (string | undefined)[];
    /** 1 on tokens whose rule tag the tagger takes as it is (names the rules are sure of). */
    fixed?: Uint8Array;
  };
}

/**
 * The word's shape with runs collapsed: "Paris" → "Xx", "ONU" → "X", "Saint-Denis" → "Xx-Xx",
 * "1914" → "d", "M." → "X."; long words keep at most six classes.
 */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (let k = 0; k < word.length && out.length < 6; k++) {
    const c = word.charCodeAt(k);
    let cls: string;
    // ASCII by code, the rest by case mapping (no string is built for the common letters).
    if (c >= 0x61 && c <= 0x7a) cls = 'x';
    else if (c >= 0x41 && c <= 0x5a) cls = 'X';
    else if (c >= 0x30 && c <= 0x39) cls = 'd';
    else if (c === 0x2d || c === 0x2010 || c === 0x2011) cls = '-';
    else if (c === 0x2e) cls = '.';
    else if (c === 0x27 || c === 0x2019) cls = "'";
    else if (c < 0x80) cls = '#';
    else {
      const ch = word[k];
      cls = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : '#';
    }
    if (cls !== last) out += cls;
    last = cls;
  }
  return out;
}

/**
 * Per-document memo of each token's shape and word list, filled on first use: the tagger only
 * reads the tokens around capitalised words, so most tokens are never looked at.
 */
export class TokenMemo {
  private readonly sh: (string | undefined)[];
  private readonly lists: (string | undefined)[];
  constructor(readonly input: TaggerInput) {
    this.sh = new Array(input.toks.length);
    this.lists = new Array(input.toks.length);
  }
  shape(i: number): string {
    let v = this.sh[i];
    if (v === undefined) v = this.sh[i] = wordShape(this.input.toks[i].text);
    return v;
  }
  list(i: number): string {
    let v = this.lists[i];
    if (v === undefined) {
      const t = this.input.toks[i];
      // Title abbreviations are listed as written ("M", "Mme"), not lower-cased.
      v = this.lists[i] = t.kind !== 'word' ? '' : TITLE_ABBREVIATIONS.has(t.text) ? 'title' : listOf(this.input.low[i]);
    }
    return v;
  }
}

const BOUNDARY = '<s>';
const RULE_TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];

function lowAt(input: TaggerInput, i: number, sentence: number): string {
  return i >= 0 && i < input.toks.length && input.toks[i].sentence === sentence ? input.low[i] : BOUNDARY;
}

function inSentence(input: TaggerInput, i: number, sentence: number): boolean {
  return i >= 0 && i < input.toks.length && input.toks[i].sentence === sentence;
}

/** The list a word belongs to, as one feature value ("" when none). */
function listOf(w: string): string {
  const bucket = gazetteerEntries(w);
  if (bucket) {
    const e = bucket[0];
    return e.weak ? 'commune' : e.words.length > 1 ? `${e.type}+` : e.type;
  }
  if (FIRST_NAMES.has(w)) return 'first';
  if (TITLES.has(w)) return 'title';
  if (DEMONYMS.has(w)) return 'demonym';
  if (CALENDAR.has(w)) return 'calendar';
  if (STARTERS.has(w)) return 'starter';
  if (PLACE_PREPOSITIONS.has(w)) return 'place-prep';
  if (ORG_HEADS.has(w)) return 'org-head';
  return '';
}

/**
 * Feature templates. A feature is a template and a value; the weights file keys it as
 * "template=value". The tagger keeps one Map per template keyed by the value, so most lookups
 * use a string that already exists (the token's lower-case form, its shape) and no key is built.
 */
export const TEMPLATES = [
  'b', 'w', 'sh', 'p3', 's3', 's2', 'init', 'w-1', 'w-2', 'w+1', 'w+2', 'w-1|w', 'w|w+1',
  'sh-1', 'sh+1', 'sh-1|sh|sh+1', 'sh-2', 'sh+2', 'L', 'L-1', 'L+1', 'L-2',
  'R', 'R|ev', 'R|sh', 'R-1|R|R+1', 'p1', 'p2|p1', 'p1|sh', 'p1|w',
] as const;
export const TEMPLATE_INDEX: ReadonlyMap<string, number> = new Map(TEMPLATES.map((t, k) => [t, k]));
const T = Object.fromEntries(TEMPLATES.map((t, k) => [t, k])) as Record<(typeof TEMPLATES)[number], number>;

/** The features of one token: parallel arrays of template indices and values, reused. */
export class Features {
  tmpl: number[] = [];
  vals: string[] = [];
  clear(): void {
    this.tmpl.length = 0;
    this.vals.length = 0;
  }
  push(t: number, v: string): void {
    this.tmpl.push(t);
    this.vals.push(v);
  }
  /** The features as weights-file keys ("w-1=paris"), for training. */
  keys(): string[] {
    return this.tmpl.map((t, k) => TEMPLATES[t] + '=' + this.vals[k]);
  }
}

/** Writes the features of token i into `out` (cleared first). */
export function tokenFeatures(memo: TokenMemo, i: number, out: Features): void {
  out.clear();
  const input = memo.input;
  const t = input.toks[i];
  const s = t.sentence;
  const w = input.low[i];
  const shape = memo.shape(i);
  out.push(T.b, '');
  out.push(T.w, w);
  out.push(T.sh, shape);
  if (w.length > 3) {
    out.push(T.p3, w.slice(0, 3));
    out.push(T.s3, w.slice(-3));
    out.push(T.s2, w.slice(-2));
  }
  if (input.initial[i] === 1) out.push(T.init, shape);
  const w1 = lowAt(input, i - 1, s);
  const w2 = lowAt(input, i - 2, s);
  const n1 = lowAt(input, i + 1, s);
  const n2 = lowAt(input, i + 2, s);
  out.push(T['w-1'], w1);
  out.push(T['w-2'], w2);
  out.push(T['w+1'], n1);
  out.push(T['w+2'], n2);
  out.push(T['w-1|w'], w1 + '|' + w);
  out.push(T['w|w+1'], w + '|' + n1);
  const sh1 = inSentence(input, i - 1, s) ? memo.shape(i - 1) : BOUNDARY;
  const shn = inSentence(input, i + 1, s) ? memo.shape(i + 1) : BOUNDARY;
  out.push(T['sh-1'], sh1);
  out.push(T['sh+1'], shn);
  out.push(T['sh-1|sh|sh+1'], sh1 + '|' + shape + '|' + shn);
  out.push(T['sh-2'], inSentence(input, i - 2, s) ? memo.shape(i - 2) : BOUNDARY);
  out.push(T['sh+2'], inSentence(input, i + 2, s) ? memo.shape(i + 2) : BOUNDARY);
  const list = memo.list(i);
  if (list) out.push(T.L, list);
  const list1 = w1 === BOUNDARY ? '' : memo.list(i - 1);
  if (list1) out.push(T['L-1'], list1);
  const listn = n1 === BOUNDARY ? '' : memo.list(i + 1);
  if (listn) out.push(T['L+1'], listn);
  if (w2 !== BOUNDARY && memo.list(i - 2) === 'title') out.push(T['L-2'], 'title');
  const rules = input.rules;
  if (rules) {
    const r = RULE_TAGS[rules.tags[i]];
    const ev = rules.evidence[i] ?? '-';
    out.push(T.R, r);
    out.push(T['R|ev'], r + '|' + ev);
    out.push(T['R|sh'], r + '|' + shape);
    out.push(T['R-1|R|R+1'], (i > 0 ? RULE_TAGS[rules.tags[i - 1]] : BOUNDARY) + '|' + r + '|' + (i + 1 < rules.tags.length ? RULE_TAGS[rules.tags[i + 1]] : BOUNDARY));
  }
}

/** Adds the previous-tag features ("p1=B-PER", ...) for token i to `out`. */
export function historyFeatures(memo: TokenMemo, i: number, p1: string, p2: string, out: Features): void {
  out.push(T.p1, p1);
  out.push(T['p2|p1'], p2 + '|' + p1);
  out.push(T['p1|sh'], p1 + '|' + memo.shape(i));
  out.push(T['p1|w'], p1 + '|' + memo.input.low[i]);
}
