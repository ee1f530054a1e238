// The common words of French, from a spelling dictionary (data/fr/common-words.json, MPL-2.0):
// evidence that a capitalised word typed a person by shape alone is a heading, an advertisement's
// word or a title ("Fraîcheur", "Suite", "Pardon"), not a surname. The list is decoded on first use.
import data from './data/fr/common-words.json';

/** The largest shared prefix one entry can record (code 48 + 35 = "S"). */
const MAX_SHARED = 35;

/** Front-codes a sorted list of lower-case words: one length character, then the new letters. */
export function encodeWords(sorted: readonly string[]): string {
  const parts: string[] = [];
  let prev = '';
  for (const w of sorted) {
    let k = 0;
    while (k < prev.length && k < w.length && k < MAX_SHARED && prev.charCodeAt(k) === w.charCodeAt(k)) k++;
    parts.push(String.fromCharCode(48 + k) + w.slice(k));
    prev = w;
  }
  return parts.join('');
}

/**
 * The decoded words, as code units in one typed array (word k is chars[starts[k], starts[k + 1])),
 * searched by bisection. Not a Set of strings: making 66,000 strings on the first page slowed
 * every later analysis in the process by half (bench 11.2 against 5.8 MB/s, separate runs
 * alternated), lookups or not. Node's --min-semi-space-size=16 removed the loss, so it lies in how
 * V8 sized its young generation after that burst; typed arrays keep their contents off the heap.
 */
export interface Lexicon {
  readonly chars: Uint16Array;
  readonly starts: Uint32Array;
  /** The length of the longest word. */
  readonly longest: number;
}

/** Decodes encodeWords' output without making a string per word. */
export function decodeLexicon(coded: string): Lexicon {
  // First pass: how many words, and how many code units they take once their prefixes are copied.
  let count = 0;
  let units = 0;
  for (let i = 0; i < coded.length; ) {
    let j = i + 1;
    while (j < coded.length && coded.charCodeAt(j) - 48 > MAX_SHARED) j++;
    count++;
    units += coded.charCodeAt(i) - 48 + (j - i - 1);
    i = j;
  }
  const chars = new Uint16Array(units);
  const starts = new Uint32Array(count + 1);
  let at = 0;
  let prev = 0;
  let k = 0;
  for (let i = 0; i < coded.length; ) {
    const shared = coded.charCodeAt(i) - 48;
    starts[k++] = at;
    chars.copyWithin(at, prev, prev + shared);
    prev = at;
    at += shared;
    let j = i + 1;
    while (j < coded.length && coded.charCodeAt(j) - 48 > MAX_SHARED) chars[at++] = coded.charCodeAt(j++);
    i = j;
  }
  starts[k] = at;
  let longest = 0;
  for (let w = 0; w < count; w++) longest = Math.max(longest, starts[w + 1] - starts[w]);
  return { chars, starts, longest };
}

/** The words of encodeWords' output, as strings (for tests and tools; lookups use the Lexicon). */
export function decodeWords(coded: string): string[] {
  const { chars, starts } = decodeLexicon(coded);
  const words: string[] = [];
  for (let k = 0; k + 1 < starts.length; k++) words.push(String.fromCharCode(...chars.subarray(starts[k], starts[k + 1])));
  return words;
}

/** Whether the sorted lexicon holds `word` (code-unit order, as Array.prototype.sort leaves it). */
export function lexiconHas(lex: Lexicon, word: string): boolean {
  let lo = 0;
  let hi = lex.starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareAt(lex, mid, word);
    if (order === 0) return true;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Word k of the lexicon against `word`: negative when it sorts first. */
function compareAt(lex: Lexicon, k: number, word: string): number {
  const s = lex.starts[k];
  const len = lex.starts[k + 1] - s;
  const n = Math.min(len, word.length);
  for (let i = 0; i < n; i++) {
    const d = lex.chars[s + i] - word.charCodeAt(i);
    if (d !== 0) return d;
  }
  return len - word.length;
}

let common: Lexicon | null = null;

function commonWords(): Lexicon {
  if (!common) common = decodeLexicon(data.words);
  return common;
}

/** Answers already given: the same capitalised words come back on every page. */
const answers = new Map<string, boolean>();
const MAX_ANSWERS = 50_000;

/**
 * Whether a capitalised word is a common French word: the dictionary has its lower-case form, or
 * its singular ("Hôtels"). The old press drops the accent of a capital ("Ecrire", "Etat", "CAFE"),
 * so an unaccented initial E or A, or any letter of a word in capitals, also tries its accented forms.
 */
export function isCommonWord(word: string): boolean {
  let known = answers.get(word);
  if (known === undefined) {
    known = lookUp(word);
    // A long-running server sees an open vocabulary: forget everything rather than grow without bound.
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(word, known);
  }
  return known;
}

/** The accented letters a capital may stand for, since print drops accents on capitals. */
const ACCENTED: Record<string, readonly string[]> = { e: ['é', 'è', 'ê', 'ë'], a: ['à', 'â'], c: ['ç'], i: ['î', 'ï'], o: ['ô'], u: ['ù', 'û', 'ü'] };

function lookUp(word: string): boolean {
  const lex = commonWords();
  // Longer than every word of the list (plus a plural ending): no variant can be found, and a long
  // run of capitals (OCR debris) must not cost one copy of itself per letter.
  if (word.length > lex.longest + 1) return false;
  // Decomposed accents (a combining mark) are composed first, as the dictionary writes them.
  const low = (/[\u0300-\u036f]/.test(word) ? word.normalize('NFC') : word).toLowerCase();
  const forms = [low];
  // A capital may have lost its accent: the initial E or A ("Ecrire", "Etat"), or any letter of a
  // word in capitals ("CAFE"). One accent is restored at a time.
  const capitals = low.length > 1 && word === word.toUpperCase();
  const initial = word.charCodeAt(0) === 0x45 || word.charCodeAt(0) === 0x41;
  for (let i = 0; i < (capitals ? low.length : initial ? 1 : 0); i++) {
    for (const v of ACCENTED[low[i]] ?? []) forms.push(low.slice(0, i) + v + low.slice(i + 1));
  }
  for (const f of forms) {
    if (lexiconHas(lex, f)) return true;
    const last = f.charCodeAt(f.length - 1);
    if ((last === 0x73 || last === 0x78) && lexiconHas(lex, f.slice(0, -1))) return true;
  }
  return false;
}
