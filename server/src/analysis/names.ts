// Name keys: what two spellings of one name have in common. A name is cut into atoms at spaces
// and hyphens ("Kim Jong-un" → Kim | Jong | un), each atom gets a key that forgets accents, case
// and the differences between romanisation systems (Choïgou, Choïgu, Shoigu, Shoygu → "coigu"),
// so linking compares keys with hash maps instead of comparing every pair of names. The keys
// never drop a final letter: Khrouchtchev and Khrouchtcheva are different people.
import data from './data/transliteration.json';
import type { EntityType } from './types';

export interface NameAtom {
  /** The atom as written, and its offsets inside the name string. */
  text: string;
  start: number;
  end: number;
  /** Transliteration-aware key ("" for an atom with no letter or digit). */
  key: string;
  /** What separates it from the previous atom in the name: "" (first), " " or "-". */
  sep: string;
  /** A bare initial ("V." in "Vladimir V. Poutine"). */
  initial: boolean;
}

export interface ParsedName {
  type: EntityType;
  /** Every atom with a non-empty key. */
  atoms: NameAtom[];
  /** The atoms that name the entity: initials, leading articles and company designators dropped. */
  parts: NameAtom[];
  /** Keys of `parts`. */
  keys: string[];
  /** glue[i]: part i is joined to part i - 1 by a hyphen ("Jean-Pierre"), so neither goes without the other. */
  glue: boolean[];
  /** The keys joined: equal full keys mean "the same name, spelled alike up to transliteration". */
  fullKey: string;
  /** The usual written form: `parts` with their own separators ("Vladimir V. Poutine" → "Vladimir Poutine"). */
  form: string;
  /** For an acronym ("ONU", "U.S.A."), its lower-case letters. */
  acronym: string | null;
  /** For a long ORG or LOC name, the acronym its significant words would make ("Organisation des Nations unies" → "onu"). */
  initials: string | null;
}

const RULES: [string, string][] = data.rules as [string, string][];
const RULE_MAP = new Map(RULES);
// One left-to-right pass over an alternation whose order puts longer patterns first: linear.
const RULE_RE = new RegExp(RULES.map(([from]) => from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
const PARTICLES = new Set(data.particles.map((p) => p.toLowerCase()));
const ARTICLES = new Set(data.articles);
const DESIGNATORS = new Set(data.orgDesignators);
const ATOM_RE = /[^\s\u00A0\u202F\u2009\u2007\u200B\-\u2010\u2011]+/gu;
const ELIDED_RE = /^[lLdD][’'ʼ](?=\p{L})/u;

const keyCache = new Map<string, string>();
const parseCache: Record<EntityType, Map<string, ParsedName>> = { PER: new Map(), ORG: new Map(), LOC: new Map() };
let parseCacheSize = 0;
const CACHE_LIMIT = 200_000;

/** Lower case, accents removed, anything but letters and digits dropped: "Sergueï" → "serguei". */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/** The transliteration-aware key of one word: "Choïgou" → "coigu", "Zelenskyy" → "zelenski". */
export function atomKey(word: string): string {
  let key = keyCache.get(word);
  if (key !== undefined) return key;
  key = foldName(word).replace(RULE_RE, (m) => RULE_MAP.get(m) ?? m);
  if (data.collapseDoubles) key = key.replace(/(.)\1+/g, '$1');
  if (keyCache.size > CACHE_LIMIT) keyCache.clear();
  keyCache.set(word, key);
  return key;
}

/** Key of a whole name, separators ignored: "Kim Jong-un" and "Kim Jong Un" → "kimjongun". */
export function nameKey(text: string, type: EntityType = 'PER'): string {
  return parseName(text, type).fullKey;
}

function isInitial(atom: string): boolean {
  // "V." or "V": one capital letter. Two-letter forms with a dot ("Jr.") are not initials.
  const letters = atom.endsWith('.') ? atom.slice(0, -1) : atom;
  return letters.length === 1 && letters !== letters.toLowerCase();
}

function acronymOf(text: string): string | null {
  const letters = text.replace(/\./g, '');
  if (letters.length < 2 || letters.length > 8) return null;
  if (!/^[\p{Lu}\p{N}&]+$/u.test(letters) || !/\p{Lu}.*\p{Lu}/u.test(letters)) return null;
  return foldName(letters);
}

/** Parses a mention's text as a name of the given type. Cached: the same names recur in every file. */
export function parseName(text: string, type: EntityType): ParsedName {
  // Compared, not indexed: a keyed load by a string variable is a slow megamorphic access.
  const cache = type === 'ORG' ? parseCache.ORG : type === 'LOC' ? parseCache.LOC : parseCache.PER;
  const cached = cache.get(text);
  if (cached) return cached;
  const atoms: NameAtom[] = [];
  ATOM_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = -1;
  while ((m = ATOM_RE.exec(text)) !== null) {
    const between = prevEnd < 0 ? '' : text.slice(prevEnd, m.index);
    const sep = prevEnd < 0 ? '' : /[\s\u00A0\u202F\u2009\u2007\u200B]/u.test(between) ? ' ' : '-';
    prevEnd = m.index + m[0].length;
    const key = atomKey(m[0]);
    if (key === '') continue;
    atoms.push({ text: m[0], start: m.index, end: prevEnd, key, sep, initial: false });
  }
  let parts = atoms;
  if (type === 'PER') {
    for (const a of atoms) a.initial = isInitial(a.text);
    const named = atoms.filter((a) => !a.initial);
    if (named.length > 0) parts = named;
  } else {
    let from = 0;
    let to = atoms.length;
    while (to - from > 1 && ARTICLES.has(atoms[from].text.toLowerCase())) from++;
    if (type === 'ORG') while (to - from > 1 && DESIGNATORS.has(atoms[to - 1].text)) to--;
    parts = atoms.slice(from, to);
  }
  const keys = parts.map((a) => a.key);
  // A leading elided article stays in the written form but not in the key ("L’ONU" ~ "ONU").
  if (type !== 'PER' && parts.length > 0 && ELIDED_RE.test(parts[0].text)) keys[0] = atomKey(parts[0].text.replace(ELIDED_RE, ''));
  const glue = parts.map((p, i) => i > 0 && p.sep === '-' && atoms.indexOf(p) === atoms.indexOf(parts[i - 1]) + 1);
  const parsed: ParsedName = {
    type,
    atoms,
    parts,
    keys,
    glue,
    fullKey: keys.join(''),
    form: writtenForm(text, parts, type),
    acronym: parts.length === 1 ? acronymOf(parts[0].text.replace(ELIDED_RE, '')) : null,
    initials: type === 'PER' ? null : initialsOf(parts),
  };
  if (++parseCacheSize > CACHE_LIMIT) {
    for (const t of ['PER', 'ORG', 'LOC'] as const) parseCache[t].clear();
    parseCacheSize = 0;
  }
  cache.set(text, parsed);
  return parsed;
}

function writtenForm(text: string, parts: NameAtom[], type: EntityType): string {
  if (parts.length === 0) return text.trim();
  if (type !== 'PER') {
    const start = parts[0].start + (ELIDED_RE.exec(parts[0].text)?.[0].length ?? 0);
    return text.slice(start, parts[parts.length - 1].end);
  }
  let out = parts[0].text;
  for (let i = 1; i < parts.length; i++) {
    const adjacent = parts[i - 1].end <= parts[i].start && !/[^\-\u2010\u2011]/u.test(text.slice(parts[i - 1].end, parts[i].start));
    out += (adjacent ? text.slice(parts[i - 1].end, parts[i].start) : ' ') + parts[i].text;
  }
  return out;
}

function initialsOf(parts: NameAtom[]): string | null {
  let out = '';
  let words = 0;
  for (const p of parts) {
    const word = p.text.replace(ELIDED_RE, '');
    if (PARTICLES.has(word.toLowerCase())) continue;
    const first = foldName(word)[0];
    if (!first) continue;
    out += first;
    words++;
  }
  return words >= 2 ? out : null;
}

export type SubNamePosition = 'first' | 'last' | 'middle' | 'gapped';

/**
 * Where `short` sits inside `long` ("Poutine" is the last atom of "Vladimir Poutine", "Kim" the
 * first of "Kim Jong-un"), or null when it is not a proper part. With `longGlue`, a name that
 * keeps the first and last atoms and drops middle ones is a part too ("Vladimir Poutine" of
 * "Vladimir Vladimirovitch Poutine": 'gapped'), unless the dropped atoms are hyphenated to kept
 * ones ("Jean Martin" is not "Jean-Pierre Martin").
 */
export function subNamePosition(short: readonly string[], long: readonly string[], longGlue?: readonly boolean[]): SubNamePosition | null {
  if (short.length === 0 || short.length >= long.length) return null;
  const last = long.length - short.length;
  for (let i = 0; i <= last; i++) {
    let j = 0;
    while (j < short.length && long[i + j] === short[j]) j++;
    if (j === short.length) return i === last ? 'last' : i === 0 ? 'first' : 'middle';
  }
  if (!longGlue || short.length < 2) return null;
  if (short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return null;
  const kept = new Array<boolean>(long.length).fill(false);
  kept[0] = kept[long.length - 1] = true;
  let k = 1;
  for (let i = 1; i < long.length - 1 && k < short.length - 1; i++) {
    if (long[i] === short[k]) {
      kept[i] = true;
      k++;
    }
  }
  if (k !== short.length - 1) return null;
  for (let i = 1; i < long.length; i++) if (longGlue[i] && kept[i] !== kept[i - 1]) return null;
  return 'gapped';
}

/** Every gapped part of a name (first and last atoms kept, some middle ones dropped), as key lists. Names of more than 8 atoms give none. */
export function gappedParts(keys: readonly string[], glue: readonly boolean[]): string[][] {
  const n = keys.length;
  if (n < 3 || n > 8) return [];
  const out: string[][] = [];
  const middle = n - 2;
  for (let mask = 0; mask < (1 << middle) - 1; mask++) {
    const kept = (i: number) => i === 0 || i === n - 1 || ((mask >> (i - 1)) & 1) === 1;
    let ok = true;
    for (let i = 1; i < n && ok; i++) if (glue[i] && kept(i) !== kept(i - 1)) ok = false;
    if (ok) out.push(keys.filter((_, i) => kept(i)));
  }
  return out;
}

/** Accent- and transliteration-insensitive form of a search query, for "find an entity by any spelling". */
export function searchKey(query: string): string {
  return parseName(query, 'PER').atoms.map((a) => a.key).join('');
}
