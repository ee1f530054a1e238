// Text handling shared by every detector: BOM removal, paragraphs, sentences and word tokens,
// all as UTF-16 offsets into the untouched text. Plain-text news puts one paragraph on a line,
// so a line break always ends a sentence and a line is a paragraph. Every scan here is a single
// left-to-right pass (no backtracking patterns), so the cost stays linear in the text length.
import type { Sentence, Span } from './types';
import abbreviationData from './data/abbreviations.json';

export interface Token extends Span {
  text: string;
  kind: 'word' | 'number' | 'punct';
  /** The word starts with an upper-case letter. */
  upper: boolean;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Segmented {
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
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
  return SPACE_RE.test(ch);
}

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

/** Lower-cases and removes diacritics: "Choïgou" → "choigou". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Paragraphs: maximal runs of non-blank lines' content, split at every line break. */
export function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n' || text[i] === '\r') {
      let s = lineStart;
      let e = i;
      while (s < e && isSpace(text[s])) s++;
      while (e > s && isSpace(text[e - 1])) e--;
      if (e > s) paragraphs.push({ start: s, end: e });
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      lineStart = i + 1;
    }
  }
  return paragraphs;
}

// A word: letters and marks, with inner hyphens or apostrophes (Jong-un, a-t-elle, King’s);
// a number: digits with inner separators (2 000, 3,5, 73.13); anything else is one punct char.
const TOKEN_RE = /[\p{L}\p{M}]+(?:[-\u2010\u2011'\u2019\u02BC][\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*|\S/gu;

/** Splits `text[start, end)` into tokens, separating French elisions (l’, d’, qu’). */
export function tokenizeRange(text: string, start: number, end: number, sentence: number, out: Token[]): void {
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    const word = m[0];
    let s = start + m.index;
    const first = word[0];
    if (/\p{N}/u.test(first)) {
      out.push({ start: s, end: s + word.length, text: word, kind: 'number', upper: false, sentence });
      continue;
    }
    if (!/\p{L}/u.test(first)) {
      out.push({ start: s, end: s + 1, text: word, kind: 'punct', upper: false, sentence });
      continue;
    }
    let rest = word;
    // Peel elided function words: "jusqu’à", "l’ONU", "d’Ukraine".
    for (;;) {
      const ap = indexOfApostrophe(rest);
      if (ap <= 0 || !ELISIONS.has(rest.slice(0, ap).toLowerCase())) break;
      out.push({ start: s, end: s + ap + 1, text: rest.slice(0, ap + 1), kind: 'word', upper: isUpper(rest[0]), sentence });
      s += ap + 1;
      rest = rest.slice(ap + 1);
    }
    out.push({ start: s, end: s + rest.length, text: rest, kind: 'word', upper: isUpper(rest[0]), sentence });
  }
}

function indexOfApostrophe(word: string): number {
  for (let i = 0; i < word.length; i++) if (APOSTROPHES.includes(word[i])) return i;
  return -1;
}

const CLOSERS = '»”"’)]\u201D';
const OPENERS = '«“"‘(["\u2013\u2014-';

/**
 * Sentence boundaries inside one paragraph. A boundary follows . ! ? … (and any closing marks)
 * when the next word starts a sentence: an upper-case letter, an opening mark or a digit.
 * "M." "Dr" and single-letter initials ("Vladimir V. Poutine") are not boundaries.
 */
function splitSentences(text: string, para: Span, paragraph: number, out: Sentence[]): void {
  let start = para.start;
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < para.end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    while (j < para.end && CLOSERS.includes(text[j])) j++;
    let k = j;
    while (k < para.end && isSpace(text[k])) k++;
    if (k >= para.end) break;
    const next = text[k];
    const spaced = k > j;
    const startsSentence = isUpper(next) || /\p{N}/u.test(next) || (spaced && OPENERS.includes(next));
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

function wordBefore(text: string, dot: number, floor: number): string {
  let s = dot;
  while (s > floor && /[\p{L}\p{M}]/u.test(text[s - 1])) s--;
  return text.slice(s, dot);
}

/** Paragraphs, sentences and tokens of a whole document, in one pass each. */
export function segment(text: string): Segmented {
  const paragraphs = findParagraphs(text);
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, i) => splitSentences(text, p, i, sentences));
  const tokens: Token[] = [];
  sentences.forEach((s, i) => tokenizeRange(text, s.start, s.end, i, tokens));
  return { paragraphs, sentences, tokens };
}
