// The word lists entity detection consults, loaded once from data files and turned into Sets and
// Maps so that every lookup during the token scan is O(1). Place and organisation names are
// matched token by token (the entries are tokenised with the same tokenizer as documents), so a
// multi-word name such as "Corée du Nord" or "Côte d’Ivoire" costs one Map lookup on its first
// word. Entries also match without accents ("Etats-Unis" for "États-Unis"), since the press
// often drops accents on capitals.
import type { EntityType } from './types';
import { foldAccents, tokenizeRange, type Token } from './text';
import { keyTable } from './wordKeys';
import places from './data/fr/places.json';
import organisations from './data/fr/organisations.json';
import cues from './data/fr/entityCues.json';
import demonymData from './data/fr/demonyms.json';
import calendar from './data/fr/calendar.json';
import starters from './data/fr/sentenceStarters.json';
import firstNameData from './data/firstNames.json';
import abbreviationData from './data/abbreviations.json';
import communeData from './data/fr/communes.json';
import departementData from './data/fr/departements.json';
import famousData from './data/fr/famous-surnames.json';
import workGenreData from './data/fr/work-genres.json';
import workCueData from './data/fr/work-cues.json';
import nameShapeData from './data/fr/name-shapes.json';
import dativeVerbData from './data/fr/dative-verbs.json';
import { conjugateEr } from './cues';

export interface GazetteerEntry {
  /** Lower-cased words of the entry, apostrophes normalised. */
  words: string[];
  /** The same without accents. */
  folded: string[];
  /** Which words must be capitalised in the text (those capitalised in the entry). */
  upper: boolean[];
  type: EntityType;
  list: string;
  /** Also a common word or first name: a place only away from a sentence start. */
  ambiguous: boolean;
  /** From a long list (French communes): only a hint, that other evidence about the word overrides. */
  weak: boolean;
}

/**
 * The form every list lookup uses: lower case, straight apostrophe, plain hyphen (the same as the
 * tokenizer's normalised word), with OCR line-break hyphens (¬) removed.
 */
export function normWord(word: string): string {
  const w = word.toLowerCase();
  return ODD.test(w) ? w.replace(/[\u2019\u02BC]/g, "'").replace(/[\u2010\u2011]/g, '-').replace(/¬/g, '') : w;
}
const ODD = /[\u2019\u02BC\u2010\u2011¬]/;

function lowerSet(words: readonly string[]): Set<string> {
  return new Set(words.map(normWord));
}

function splitWords(entry: string): Token[] {
  const out: Token[] = [];
  tokenizeRange(entry, 0, entry.length, 0, out);
  return out;
}

const gazetteer = new Map<string, GazetteerEntry[]>();
const ASCII = /^[\x00-\x7f]*$/;
const seenNames = new Set<string>();
/** Letters with inner hyphens only: tokenised as one word. */
const SIMPLE_NAME = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*$/u;

function addEntries(names: readonly string[], type: EntityType, list: string, ambiguous: Set<string>, weak = false, skip?: (words: string[]) => boolean): void {
  for (const name of names) {
    // One plain word (the common case: "Vierzon", "Saint-Nazaire") needs no tokenizer.
    const simple = SIMPLE_NAME.test(name);
    const toks = simple ? null : splitWords(name);
    if (toks && toks.length === 0) continue;
    const words = toks ? toks.map((t) => normWord(t.text)) : [name.toLowerCase()];
    if (skip?.(words)) continue;
    const folded = words.map((w) => (ASCII.test(w) ? w : foldAccents(w)));
    const upper = toks ? toks.map((t) => t.upper) : [name[0] !== name[0].toLowerCase()];
    const entry: GazetteerEntry = { words, folded, upper, type, list, ambiguous: ambiguous.has(name), weak };
    // The first list that names a place wins (Vatican stays a place); a commune spelled like a
    // listed name without its accents adds nothing.
    const exact = words.join(' ');
    const plain = folded.join(' ');
    if (seenNames.has(exact) || (weak && seenNames.has(plain))) continue;
    seenNames.add(exact);
    seenNames.add(plain);
    for (const key of words[0] === folded[0] ? [words[0]] : [words[0], folded[0]]) {
      const bucket = gazetteer.get(key);
      if (bucket) bucket.push(entry);
      else gazetteer.set(key, [entry]);
    }
  }
}

const ambiguousPlaces = new Set(places.ambiguous);
addEntries(places.countries, 'LOC', 'countries', ambiguousPlaces);
addEntries(places.formerStates, 'LOC', 'former-states', ambiguousPlaces);
addEntries(places.cities, 'LOC', 'cities', ambiguousPlaces);
addEntries(places.continents, 'LOC', 'geography', ambiguousPlaces);
addEntries(places.frenchRegions, 'LOC', 'regions', ambiguousPlaces);
addEntries([...departementData.departements, ...departementData.regions], 'LOC', 'regions', ambiguousPlaces);
addEntries(organisations.organisations, 'ORG', 'organisations', ambiguousPlaces);

/** Gazetteer entries whose first word is `word` (lower-cased), longest first. */
export function gazetteerEntries(word: string): GazetteerEntry[] | undefined {
  return gazetteer.get(word);
}

/** French adjective and noun forms of a masculine singular adjective (russe → russes; coréen → coréenne...). */
function inflect(base: string, out: Set<string>): void {
  out.add(base);
  if (base.endsWith('e')) {
    out.add(base + 's');
    return;
  }
  if (base.endsWith('s') || base.endsWith('x')) {
    out.add(base + 'e');
    out.add(base + 'es');
    return;
  }
  if (base.endsWith('al')) out.add(base.slice(0, -2) + 'aux');
  if (base.endsWith('en') || base.endsWith('on')) {
    out.add(base + 'ne');
    out.add(base + 'nes');
  }
  if (base.endsWith('c')) {
    out.add(base + 'que');
    out.add(base + 'ques');
  }
  out.add(base + 's');
  out.add(base + 'e');
  out.add(base + 'es');
}

const demonymForms = new Set<string>();
for (const adj of demonymData.adjectives) inflect(normWord(adj), demonymForms);
for (const form of demonymData.irregular) demonymForms.add(normWord(form));

export const DEMONYMS: ReadonlySet<string> = demonymForms;
export const CALENDAR: ReadonlySet<string> = lowerSet([...calendar.months, ...calendar.weekdays]);
export const STARTERS: ReadonlySet<string> = lowerSet(starters.words);
/** Capitalised after a name word, these start a new sentence (a lost full stop): "Emil Jannings Un nouveau film". */
export const AFTER_NAME_STARTERS: ReadonlySet<string> = lowerSet(starters.afterName);
export const FIRST_NAMES: ReadonlySet<string> = lowerSet(firstNameData.names);
/** Abbreviated given names, as written (capitalised, without the full stop): "Ch.", "Aug.". */
export const GIVEN_NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviationData.givenNames);
/** Surnames of historical figures that the press writes alone (« Hitler », « Kant »). */
export const FAMOUS_SURNAMES: ReadonlySet<string> = lowerSet(famousData.surnames);
/** Genres set in apposition after a work's title (« Sancho, comédie lyrique »). */
export const WORK_GENRES: ReadonlySet<string> = lowerSet(workGenreData.genres);
/** Nouns after which « de » introduces a work's title: « l'auteur de Germinal ». */
export const WORK_CUES: ReadonlySet<string> = lowerSet(workCueData.before);
/** A capital after a lower-case letter inside a word, and the part of the word before it. */
const INNER_CAPITAL = /^(\p{L}*?\p{Ll})\p{Lu}/u;
const INNER_CAPITAL_PREFIXES: ReadonlySet<string> = lowerSet(nameShapeData.innerCapitalPrefixes);
/** A capital inside a word after a part that is no name prefix: "GravDelin", "MarTeau" (not "McCain", "DeSantis"). */
export function strayInnerCapital(word: string): boolean {
  const m = INNER_CAPITAL.exec(word);
  return m !== null && !INNER_CAPITAL_PREFIXES.has(m[1].toLowerCase());
}

/** Titles written before a name as they are printed: abbreviations ("M", "Mme") and the capitalised forms of address ("Monsieur"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([...cues.titleAbbreviations, ...cues.addressTitles]);
export const TITLES: ReadonlySet<string> = lowerSet(cues.titles.filter((t) => !t.includes(' ')));
/** Titles after which "de" starts the name itself ("le duc de Frémeuil"), not a complement. */
export const NOBLE_TITLES: ReadonlySet<string> = lowerSet(cues.nobleTitles);
export const ROLE_MODIFIERS: ReadonlySet<string> = lowerSet(cues.roleModifiers);
/** Capitalised heads that make an organisation name: "Université", "Institut", "College". */
export const ORG_HEADS: ReadonlySet<string> = new Set(cues.orgHeads);
/** Capitalised heads that make a building's or venue's name, a place: "Bibliothèque nationale", "Salle Pleyel". */
export const BUILDING_HEADS: ReadonlySet<string> = new Set(cues.buildingHeads);
/** Heads that name one institution by themselves after an article: "la Chambre", "le Sénat". */
export const STANDALONE_INSTITUTIONS: ReadonlySet<string> = new Set(cues.standaloneInstitutions);
/** Lower-case heads that belong to the name when a "de + Name" complement follows: "université de Leyde". */
export const ORG_HEADS_WITH_COMPLEMENT: ReadonlySet<string> = lowerSet(cues.orgHeadsWithComplement);
/** Of those, the ones that also take a name directly, which then includes the head: "le lycée Condorcet". */
export const ORG_HEADS_WITH_NAME: ReadonlySet<string> = lowerSet(cues.orgHeadsWithName);
/** Nouns that announce an organisation's name without being part of it: "l’agence de presse X". */
export const ORG_DESCRIPTORS: ReadonlySet<string> = lowerSet(cues.orgDescriptors);
export const DESCRIPTOR_LINKS: ReadonlySet<string> = lowerSet(cues.descriptorLinks);
export const PLACE_PREPOSITIONS: ReadonlySet<string> = lowerSet(cues.placeCuePrepositions);
export const PLACE_NOUNS: ReadonlySet<string> = lowerSet(cues.placeNouns);
/** Forms of verbs whose « à » complement is a person, not a place: "succéda à X", "permettre à X". */
export const DATIVE_VERBS: ReadonlySet<string> = lowerSet([
  ...dativeVerbData.regular.flatMap((v) => {
    const f = conjugateEr(v);
    return [v, ...f.finite, ...f.participle];
  }),
  ...dativeVerbData.irregular,
]);
export const SITE_HEADS: ReadonlySet<string> = lowerSet(cues.siteHeads);
/** Lower-case heads named by their adjectives: "le parti socialiste". */
export const LOWER_NAMED_HEADS: ReadonlySet<string> = lowerSet(cues.lowerNamedHeads);
/** Abbreviated street nouns, site heads in addresses: "r. de la Paix", "bd Haussmann". */
export const STREET_ABBREVIATIONS: ReadonlySet<string> = lowerSet(cues.streetAbbreviations);
/** The site heads that begin a street address ("X, rue de Rivoli"). */
export const STREET_HEADS: ReadonlySet<string> = lowerSet(cues.streetHeads);
/** Words announcing a telephone number: "Tél.", "Location :". */
export const TELEPHONE_CUES: ReadonlySet<string> = lowerSet(cues.telephoneCues);
export const PRODUCT_CUES: ReadonlySet<string> = lowerSet(cues.productCues);
/** Abbreviated flags after a ship's name in shipping news: "Patria, fr., New-York". */
export const SHIP_FLAGS: ReadonlySet<string> = lowerSet(cues.shipFlags);
export const MASCULINE_ARTICLES: ReadonlySet<string> = lowerSet(cues.masculineArticles);
export const FEMININE_ARTICLES: ReadonlySet<string> = lowerSet([...cues.femininArticles, ...cues.elidedArticles]);
export const PLURAL_ARTICLES: ReadonlySet<string> = lowerSet(cues.pluralArticles);
export const NAME_PARTICLES: ReadonlySet<string> = lowerSet(cues.nameParticles);
export const NON_ENTITY_ACRONYMS: ReadonlySet<string> = new Set(cues.nonEntityAcronyms);
export const CAPITALISED_COMMON_NOUNS: ReadonlySet<string> = new Set(cues.capitalisedCommonNouns);

// French communes come last, as weak entries: a commune named like a first name, a function word
// or a common capitalised noun is left out, since the word is far more often something else.
// "La Chambre", "Le Palais": an article and an institution's or building's head name a commune
// far less often than the body itself.
const HEADS_LOWER = lowerSet([...cues.orgHeads, ...cues.buildingHeads, ...cues.standaloneInstitutions]);
addEntries(communeData.communes, 'LOC', 'communes', ambiguousPlaces, true, (words) =>
  (words.length === 1 && (FIRST_NAMES.has(words[0]) || STARTERS.has(words[0]) || DEMONYMS.has(words[0]) || CALENDAR.has(words[0]) || TITLES.has(words[0]))) ||
  (words.length === 2 && HEADS_LOWER.has(words[1])),
);
// Longest entries first, so that a match tries "Corée du Nord" before "Corée".
for (const bucket of gazetteer.values()) bucket.sort((a, b) => b.words.length - a.words.length);
/**
 * The wordKeys (wordKeys.ts) of the entries' first words: a word whose key is unmarked (half of
 * the capitalised words of the press) has no entry, and is turned away without probing the Map,
 * whose size makes each probe a cache miss.
 */
export const GAZETTEER_KEYS: Uint8Array = keyTable(gazetteer.keys());

/** Prepositions and articles: a word right after one of them is a complement, not a titled name. */
export const LINKS: ReadonlySet<string> = lowerSet(cues.links);
/** Capitalised articles end a name even inside a run of capitals ("le New York Times Les services"). */
export const INNER_BREAKERS: ReadonlySet<string> = lowerSet(cues.innerBreakers);
/** Determiners and numbers before a capitalised word make it a common noun ("un Ami"). */
export const DETERMINERS: ReadonlySet<string> = lowerSet(cues.determiners);

const endingPattern = (suffixes: readonly string[]) => new RegExp(`(?:${suffixes.join('|')})$`);
/** Endings of French common nouns that are not surnames or place names ("Fédérations"). */
export const COMMON_NOUN_ENDING = endingPattern(cues.commonNounSuffixes);
/** French plural noun endings (not Greek or Latin first names in -s: Kostas, Marcus). */
export const PLURAL_NOUN = endingPattern(cues.pluralNounSuffixes);
export const ADJECTIVE_ENDING = endingPattern(cues.adjectiveSuffixes);
export const INFINITIVE = endingPattern(cues.infinitiveSuffixes);
/** Adjectives a lower-case complement of an organisation's name takes beyond ADJECTIVE_ENDING: "l'industrie meunière". */
export const COMPLEMENT_ADJECTIVE = endingPattern(cues.complementAdjectiveSuffixes);
/** Feminine adjectives that follow a capitalised common noun, not a surname: "Côte occidentale". */
export const FEMININE_ADJECTIVE = endingPattern(cues.feminineAdjectiveSuffixes);
/** Names with a lower-case prefix are still name words: "al-Assad", "ben-Gourion". */
export const PREFIXED_NAME = new RegExp(`^(?:${cues.nameWordPrefixes.join('|')})-\\p{Lu}`, 'u');
const PREFIX_MIN = Math.min(...cues.nameWordPrefixes.map((p) => p.length));
const PREFIX_MAX = Math.max(...cues.nameWordPrefixes.map((p) => p.length));
/** PREFIXED_NAME.test, run only when a hyphen stands where a prefix would end (most words have none). */
export function prefixedName(text: string): boolean {
  for (let k = PREFIX_MIN; k <= PREFIX_MAX && k < text.length; k++) if (text.charCodeAt(k) === 0x2d) return PREFIXED_NAME.test(text);
  return false;
}
/** First elements of a hyphenated place name written with its article: "la Butte-Morvan", "le Val-Fleuri". */
export const PLACE_COMPOUND_HEADS: ReadonlySet<string> = lowerSet(cues.placeCompoundHeads);
/** Compound place names: "Châlons-sur-Marne", "Yzeures-en-Touraine", "Saint-Nazaire". */
export const PLACE_COMPOUND = new RegExp(`-(?:${cues.placeCompoundLinks.join('|')})-|^(?:${cues.placeCompoundStarts.join('|')})-`);
/** Germanic and Dutch particles: never French words, so before a capital they start a name. */
export const FOREIGN_PARTICLES: ReadonlySet<string> = lowerSet(cues.foreignParticles);
