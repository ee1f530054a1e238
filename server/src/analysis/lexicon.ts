// The common words of French, from a spelling dictionary (data/fr/common-words.json, MPL-2.0):
// evidence that a capitalised word typed a person by shape alone is a heading, an advertisement's
// word or a title ("Fraîcheur", "Suite", "Pardon"), not a surname. The set is decoded on first use.
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

/** The words of encodeWords' output: a code below "a" starts a word (letters are all lower case). */
export function decodeWords(coded: string): string[] {
  const words: string[] = [];
  let prev = '';
  let i = 0;
  while (i < coded.length) {
    const shared = coded.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < coded.length && coded.charCodeAt(j) - 48 > MAX_SHARED) j++;
    prev = prev.slice(0, shared) + coded.slice(i + 1, j);
    words.push(prev);
    i = j;
  }
  return words;
}

let common: Set<string> | null = null;

function commonWords(): Set<string> {
  if (!common) common = new Set(decodeWords(data.words));
  return common;
}

/** Answers already given: the same capitalised words come back on every page. */
const answers = new Map<string, boolean>();
const MAX_ANSWERS = 50_000;

/**
 * Whether a capitalised word is a common French word: the dictionary has its lower-case form, or
 * its singular ("Hôtels"). The old press drops the accent of a capital ("Ecrire", "Etat"), so an
 * unaccented initial E or A also tries é, è, ê, à and â.
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

function lookUp(word: string): boolean {
  const set = commonWords();
  // Decomposed accents (a combining mark) are composed first, as the dictionary writes them.
  const low = (/[\u0300-\u036f]/.test(word) ? word.normalize('NFC') : word).toLowerCase();
  const first = word.charCodeAt(0);
  const variants = first === 0x45 ? ['e', 'é', 'è', 'ê'] : first === 0x41 ? ['a', 'à', 'â'] : null;
  const forms = variants ? variants.map((v) => v + low.slice(1)) : [low];
  for (const f of forms) {
    if (set.has(f)) return true;
    const last = f.charCodeAt(f.length - 1);
    if ((last === 0x73 || last === 0x78) && set.has(f.slice(0, -1))) return true;
  }
  return false;
}
