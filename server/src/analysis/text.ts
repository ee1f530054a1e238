// Text handling shared by every detector: BOM removal, paragraphs, sentences and word tokens,
// all as UTF-16 offsets into the untouched text. Plain-text news puts one paragraph on a line,
// so a line break always ends a sentence and a line is a paragraph. Every scan here is a single
// left-to-right pass (no backtracking patterns), so the cost stays linear in the text length.
import type { Sentence, Span } from './types';
import { countBelow } from './spans';
import abbreviationData from './data/abbreviations.json';

export interface Token extends Span {
  text: string;
  kind: 'word' | 'number' | 'punct';
  /** The word starts with an upper-case letter. */
  upper: boolean;
  /** Index of the sentence holding the token. */
  sentence: number;
  /**
   * The token as lookups see it, computed once here so that no detector normalises again:
   * `normalizeWord(text)` for words (lower case, ’ and ʼ as ', ‐ and ‑ as -), the text itself
   * for numbers and punctuation. Shared with the token's own string when nothing changes.
   */
  norm?: string;
}

export interface Segmented {
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
  /**
   * Indices of the tokens that are quotation marks (« » “ ” "), in text order: the quotation
   * scans visit these instead of every character or token. Absent when segmented elsewhere.
   */
  quoteMarks?: number[];
  /** The index of each sentence's first token, and tokens.length last: read by firstTokenOf(). */
  sentenceTokens?: Int32Array;
  /** Token starts and ends as typed arrays, made on first use by tokenOffsets(). */
  offsets?: TokenOffsets;
}

/**
 * The tokens' start and end offsets, in two small typed arrays: a binary search over them reads
 * a few kilobytes that stay in cache, where one over the token objects touches a scattered
 * object per probe (offset → token lookups run thousands of times per document).
 */
export interface TokenOffsets {
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * The first token at or after the start of sentence `s` (tokens.length past the last one): the
 * tokenizer noted where each sentence's tokens begin, so no search is needed.
 */
export function firstTokenOf(seg: Segmented, s: number): number {
  const at = seg.sentenceTokens;
  if (at !== undefined && at.length === seg.sentences.length + 1) return at[s];
  return s >= seg.sentences.length ? seg.tokens.length : countBelow(tokenOffsets(seg).starts, seg.sentences[s].start);
}

/** The token offsets of a segmentation, computed once; the tokens must not change afterwards. */
export function tokenOffsets(seg: Segmented): TokenOffsets {
  let offsets = seg.offsets;
  if (offsets === undefined || offsets.starts.length !== seg.tokens.length) {
    const tokens = seg.tokens;
    const starts = new Int32Array(tokens.length);
    const ends = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      starts[i] = tokens[i].start;
      ends[i] = tokens[i].end;
    }
    offsets = seg.offsets = { starts, ends };
  }
  return offsets;
}

const ABBREVIATIONS = new Set<string>(abbreviationData.abbreviations);

/** French elided function words: the apostrophe belongs to them (l’ONU → l’ + ONU). */
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);

export const APOSTROPHES = '\u2019\u0027\u02BC';
const SPACE_RE = /[\s\u00A0\u202F\u2009\u2007\u200B\uFEFF]/;

/** Removes a leading UTF-8 BOM. Offsets everywhere are into the returned text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function isSpace(ch: string): boolean {
  // One UTF-16 unit: the character table answers without running the regex.
  return ch !== undefined && ch.length === 1 ? (info(ch.charCodeAt(0)) & 7) === SPACE : SPACE_RE.test(ch);
}

export function isUpper(ch: string): boolean {
  if (ch !== undefined && ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  }
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

const ODD_MARKS = /[\u2019\u02BC\u2010\u2011]/;

/** Lower-cases and unifies apostrophes and hyphens so that lookups see one spelling. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (!ODD_MARKS.test(lower)) return lower;
  return lower.replace(/[\u2019\u02BC]/g, "'").replace(/[\u2010\u2011]/g, '-');
}

const MARKS = /\p{M}+/gu;
/** Folded words, remembered: names repeat across a document and a corpus. Bounded. */
const FOLDED = new Map<string, string>();
const MAX_FOLDED = 50000;

/** Lower-cases and removes diacritics: "Choïgou" → "choigou". */
export function foldAccents(text: string): string {
  if (text.length > 64) return text.normalize('NFD').replace(MARKS, '').toLowerCase();
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    folded = text.normalize('NFD').replace(MARKS, '').toLowerCase();
    if (FOLDED.size >= MAX_FOLDED) FOLDED.clear();
    FOLDED.set(text, folded);
  }
  return folded;
}

/** Paragraphs: maximal runs of non-blank lines' content, split at every line break. */
export function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const n = text.length;
  let lineStart = 0;
  // Without any \r, the line ends are found by the engine's indexOf, far faster than a loop.
  // The two cases are separate loops: one loop that sometimes jumped its index by indexOf ran
  // about 50 times slower once optimised (200 ms for a 1 MB article, measured).
  if (text.indexOf('\r') < 0) {
    for (;;) {
      let i = text.indexOf('\n', lineStart);
      if (i < 0) i = n;
      pushTrimmed(text, lineStart, i, paragraphs);
      if (i >= n) return paragraphs;
      lineStart = i + 1;
    }
  }
  for (let i = 0; i <= n; i++) {
    // Never read past the end: an out-of-range charCodeAt (NaN) is slow in optimised code.
    const c = i < n ? text.charCodeAt(i) : 0x0a;
    if (c === 0x0a || c === 0x0d) {
      pushTrimmed(text, lineStart, i, paragraphs);
      if (c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) i++;
      lineStart = i + 1;
    }
  }
  return paragraphs;
}

/** Adds the line [s, e) without its surrounding spaces, unless nothing is left. */
function pushTrimmed(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
}

// A word: letters and marks, with inner hyphens or apostrophes (Jong-un, a-t-elle, King’s);
// a number: digits with inner separators (2 000, 3,5, 73.13); anything else is one punct char.
// The scan classifies characters through a table filled lazily from Unicode properties, so the
// property regexes run once per distinct character, not once per token.
const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
const OTHER = 4;
const UPPER_FLAG = 8;
/** The character is an upper-case letter (\p{Lu}): the word needs lower-casing for lookups. */
const LU_FLAG = 16;
/** ʼ (U+02BC), a letter (\p{Lm}) that also serves as an apostrophe: elisions and lookups see it. */
const MODIFIER_APOSTROPHE = 32;
const charInfo = new Uint8Array(65536);

function info(code: number): number {
  let v = charInfo[code];
  if (v === 0) {
    const ch = String.fromCharCode(code);
    if (code >= 0xd800 && code <= 0xdfff) v = OTHER;
    else if (/[\p{L}\p{M}]/u.test(ch)) v = LETTER | (isUpper(ch) ? UPPER_FLAG : 0) | (/\p{Lu}/u.test(ch) ? LU_FLAG : 0) | (code === 0x2bc ? MODIFIER_APOSTROPHE : 0);
    else if (/\p{N}/u.test(ch)) v = DIGIT;
    else if (SPACE_RE.test(ch)) v = SPACE;
    else v = OTHER;
    charInfo[code] = v;
  }
  return v;
}

function isJoiner(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x27 || code === 0x2019 || code === 0x2bc;
}

/** Splits `text[start, end)` into tokens, separating French elisions (l’, d’, qu’); notes quotation marks in `marks`. */
export function tokenizeRange(text: string, start: number, end: number, sentence: number, out: Token[], marks?: number[]): void {
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const kind = info(code) & 7;
    if (kind === SPACE) {
      i++;
      continue;
    }
    if (kind === LETTER) {
      // One pass over the word notes what the tokens need: whether any letter is a capital or
      // any joiner an odd mark (else no piece needs normalising), and the first apostrophe
      // (else no elision to peel).
      let marks = info(code);
      let apostrophe = -1;
      let j = i + 1;
      for (;;) {
        let v: number;
        while (j < end && ((v = info(text.charCodeAt(j))) & 7) === LETTER) {
          marks |= v;
          j++;
        }
        if (j + 1 >= end) break;
        const joiner = text.charCodeAt(j);
        if (isJoiner(joiner) && (info(text.charCodeAt(j + 1)) & 7) === LETTER) {
          if (joiner !== 0x2d) {
            if (joiner !== 0x2010 && joiner !== 0x2011 && apostrophe < 0) apostrophe = j;
            if (joiner !== 0x27) marks |= LU_FLAG;
          }
          marks |= info(text.charCodeAt(j + 1));
          j += 2;
          continue;
        }
        break;
      }
      if (apostrophe < 0 && (marks & (UPPER_FLAG | LU_FLAG)) === 0) {
        const word = text.slice(i, j);
        out.push({ start: i, end: j, text: word, kind: 'word', upper: false, sentence, norm: word });
      } else if (apostrophe < 0 && (marks & MODIFIER_APOSTROPHE) === 0) {
        // No apostrophe of any kind, so no elision to peel: what pushWordToken would read again
        // in the word's letters is known from this scan (most capitalised words come here).
        const word = text.slice(i, j);
        const upper = (info(code) & UPPER_FLAG) !== 0;
        const plain = !upper && (marks & LU_FLAG) === 0;
        out.push({ start: i, end: j, text: word, kind: 'word', upper, sentence, norm: plain ? word : normalizedOf(word) });
      } else {
        pushWord(text, i, j, sentence, out);
      }
      i = j;
      continue;
    }
    if (kind === DIGIT) {
      let j = i + 1;
      for (;;) {
        while (j < end && (info(text.charCodeAt(j)) & 7) === DIGIT) j++;
        if (j + 1 >= end) break;
        const sep = text.charCodeAt(j);
        if ((sep === 0x2e || sep === 0x2c) && (info(text.charCodeAt(j + 1)) & 7) === DIGIT) {
          j += 2;
          continue;
        }
        break;
      }
      const num = text.slice(i, j);
      out.push({ start: i, end: j, text: num, kind: 'number', upper: false, sentence, norm: num });
      i = j;
      continue;
    }
    // A surrogate pair is one character: keep both halves in one token.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < end ? 2 : 1;
    const mark = text.slice(i, i + width);
    if (marks !== undefined && (code === 0xab || code === 0xbb || code === 0x201c || code === 0x201d || code === 0x22)) marks.push(out.length);
    out.push({ start: i, end: i + width, text: mark, kind: 'punct', upper: false, sentence, norm: mark });
    i += width;
  }
}

/** Pushes the word text[s, e), peeling elided function words first: "jusqu’à", "l’ONU", "d’Ukraine". */
function pushWord(text: string, s: number, e: number, sentence: number, out: Token[]): void {
  for (;;) {
    let ap = -1;
    for (let k = s + 1; k < e && k - s <= 7; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x27 || c === 0x2019 || c === 0x2bc) {
        ap = k;
        break;
      }
    }
    if (ap < 0 || !ELISIONS.has(text.slice(s, ap).toLowerCase())) break;
    pushWordToken(text, s, ap + 1, sentence, out);
    s = ap + 1;
  }
  pushWordToken(text, s, e, sentence, out);
}

function pushWordToken(text: string, s: number, e: number, sentence: number, out: Token[]): void {
  const word = text.slice(s, e);
  const upper = (info(text.charCodeAt(s)) & UPPER_FLAG) !== 0;
  // Only a capital or an odd apostrophe or hyphen changes the word: most words keep their string.
  let plain = !upper;
  for (let k = s; k < e && plain; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2019 || c === 0x2bc || c === 0x2010 || c === 0x2011 || (info(c) & LU_FLAG) !== 0) plain = false;
  }
  out.push({ start: s, end: e, text: word, kind: 'word', upper, sentence, norm: plain ? word : normalizedOf(word) });
}

/** Normalised capitalised and elided words, remembered (Le, La, l’, d’, names): bounded. */
const NORMALIZED = new Map<string, string>();
const MAX_NORMALIZED = 50000;

function normalizedOf(word: string): string {
  let norm = NORMALIZED.get(word);
  if (norm === undefined) {
    norm = normalizeWord(word);
    if (NORMALIZED.size >= MAX_NORMALIZED) NORMALIZED.clear();
    if (word.length <= 64) NORMALIZED.set(word, norm);
  }
  return norm;
}

const CLOSERS = '»”"’)]\u201D';
const NUMBER_RE = /\p{N}/u;
const OPENERS = '«“"‘(["\u2013\u2014-';

/**
 * Sentence boundaries inside one paragraph. A boundary follows . ! ? … (and any closing marks)
 * when the next word starts a sentence: an upper-case letter, an opening mark or a digit.
 * "M." "Dr" and single-letter initials ("Vladimir V. Poutine") are not boundaries.
 */
function splitSentences(text: string, para: Span, paragraph: number, out: Sentence[], marks: EndMarks): void {
  let start = para.start;
  for (let i = nextEndMark(marks, para.start, para.end); i >= 0; i = nextEndMark(marks, i + 1, para.end)) {
    const ch = text[i];
    let j = i + 1;
    while (j < para.end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    // Closing marks belong to the sentence they close, French spacing included ("fin. »").
    for (;;) {
      while (j < para.end && CLOSERS.includes(text[j])) j++;
      let m = j;
      while (m < para.end && isSpace(text[m])) m++;
      if (m > j && m < para.end && (text[m] === '»' || text[m] === '\u201D')) {
        j = m + 1;
        continue;
      }
      break;
    }
    let k = j;
    while (k < para.end && isSpace(text[k])) k++;
    if (k >= para.end) break;
    const next = text[k];
    const spaced = k > j;
    const startsSentence = isUpper(next) || NUMBER_RE.test(next) || (spaced && OPENERS.includes(next));
    if (!startsSentence) continue;
    if (ch === '.' && j === i + 1) {
      const word = wordBefore(text, i, para.start);
      if (ABBREVIATIONS.has(word)) continue;
      // A single capital before the full stop is an initial ("V."), not the end of a sentence.
      if (word.length === 1 && isUpper(word)) continue;
      // No space: "Ukraine.Un" ends a sentence only between a lower-case and an upper-case word.
      if (!spaced && !(word.length > 1 && !isUpper(word[word.length - 1]) && isLetter(text[k + 1] ?? ''))) continue;
    } else if (!spaced) {
      continue;
    }
    out.push({ start, end: j, paragraph });
    start = k;
    i = k - 1;
  }
  if (start < para.end) out.push({ start, end: para.end, paragraph });
}

/** The offsets of . ! ? … in a document, found by the regex engine, and a cursor over them. */
interface EndMarks {
  at: number[];
  next: number;
}

const END_MARK_RE = /[.!?\u2026]/g;

function endMarks(text: string): EndMarks {
  // The engine's scan for a character class is several times faster than a charCodeAt loop,
  // and sentence ends are rare among characters.
  const at: number[] = [];
  END_MARK_RE.lastIndex = 0;
  while (END_MARK_RE.exec(text) !== null) at.push(END_MARK_RE.lastIndex - 1);
  return { at, next: 0 };
}

/** The first end mark at or after `from` and before `end`, or -1; the cursor only moves forward. */
function nextEndMark(marks: EndMarks, from: number, end: number): number {
  const at = marks.at;
  let n = marks.next;
  while (n < at.length && at[n] < from) n++;
  marks.next = n;
  return n < at.length && at[n] < end ? at[n] : -1;
}

function wordBefore(text: string, dot: number, floor: number): string {
  let s = dot;
  while (s > floor && (info(text.charCodeAt(s - 1)) & 7) === LETTER) s--;
  return text.slice(s, dot);
}

/** Paragraphs, sentences and tokens of a whole document, in one pass each. */
export function segment(text: string): Segmented {
  const paragraphs = findParagraphs(text);
  const sentences: Sentence[] = [];
  const marks = endMarks(text);
  paragraphs.forEach((p, i) => splitSentences(text, p, i, sentences, marks));
  const tokens: Token[] = [];
  const quoteMarks: number[] = [];
  const sentenceTokens = new Int32Array(sentences.length + 1);
  sentences.forEach((s, i) => {
    sentenceTokens[i] = tokens.length;
    tokenizeRange(text, s.start, s.end, i, tokens, quoteMarks);
  });
  sentenceTokens[sentences.length] = tokens.length;
  return { paragraphs, sentences, tokens, quoteMarks, sentenceTokens, offsets: undefined };
}
