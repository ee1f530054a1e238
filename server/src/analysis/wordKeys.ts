// A constant-time pre-check for word lists that a scan asks about on every token. A word's
// first, second and last letters and its length are hashed to 16 bits; a table marks the keys
// of the list's words. A word whose key is unmarked is certainly not in the list, so most words
// of a text (le, de, pays, guerre…) are turned away by one typed-array read, without the string
// hashing and probing of a Set or Map lookup. A marked key still needs the real lookup.

/** The 16-bit key of a word (0 for the empty string). */
export function wordKey(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  return (w.charCodeAt(0) * 961 + (n > 1 ? w.charCodeAt(1) : 0) * 31 + w.charCodeAt(n - 1) + n * 7919) & 0xffff;
}

/**
 * Key classes: up to seven word lists that scans over every token ask about, each given a bit.
 * `classesOfKey(k)` has a list's bit when some word of the list has key k, so one table read
 * answers for all of them at once; cues.ts stores the answer per token (tokenClasses).
 */
const CLASS_BY_KEY = new Uint8Array(0x10000);
let classCount = 0;

/** Gives a word list a class bit (at module load): the bit is set for the keys of its words. */
export function keyClass(words: Iterable<string>): number {
  // The top bit is left to cues.ts for a class read from the letters (CONDITIONAL_SHAPE).
  if (classCount >= 7) throw new Error('wordKeys: more than seven key classes');
  const bit = 1 << classCount++;
  for (const w of words) CLASS_BY_KEY[wordKey(w)] |= bit;
  return bit;
}

/** The class bits of a key (a clear bit: no word of that list has this key). */
export function classesOfKey(key: number): number {
  return CLASS_BY_KEY[key];
}

/** How many classes exist: per-document class arrays made before a registration are stale. */
export function keyClassCount(): number {
  return classCount;
}

/** The table of a list's keys: `table[wordKey(w)] === 1` for every word of the list. */
export function keyTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const w of words) table[wordKey(w)] = 1;
  return table;
}
