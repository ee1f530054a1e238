// Small shared helpers for the quotation detectors (quoteKinds, speakers, persons): the
// reporting cues computed once per document, offset → token lookup by binary search, and the
// word lists of speaker-words.json as sets. Kept apart so that each detector stays short.
import type { DocContext } from './context';
import type { Span } from './types';
import { tokenOffsets, type Segmented } from './text';
import { findReportingCues, normalizeWord, wordSet, type ReportingCue } from './cues';
import { countBelow, countStartingBefore } from './spans';
import words from './data/fr/speaker-words.json';

export type { ReportingCue };

export const DETERMINERS = wordSet(words.determiners);
export const PLURAL_DETERMINERS = wordSet(words.pluralDeterminers);
export const TITLES = wordSet(words.titles);
export const FEMALE_TITLES = wordSet(words.femaleTitles);
export const MALE_TITLES = wordSet(words.maleTitles);
export const SUBJECT_PRONOUNS = new Map<string, string>(Object.entries(words.subjectPronouns));
export const LEADING = wordSet(words.leading);
export const RELATIVES = wordSet(words.relatives);
export const PREPOSITIONS = wordSet(words.prepositions);
export const STATEMENT_NOUNS = wordSet(words.statementNouns);
export const COORDINATORS = wordSet(words.coordinators);
export const INTRODUCERS = wordSet(words.introducers);
export const ORGANISATION_NOUNS = wordSet(words.organisationNouns);
export const OBJECT_CLITICS = wordSet(words.objectClitics);
/** Stems, compared with a word's start: décrit, décrite, qualifié, caractérise… */
export const DESCRIBING_STEMS = words.describingVerbs.map(normalizeWord);
/** Whole forms, where a stem would also match other words (parle / parlement). */
export const DESCRIBING_FORMS = wordSet(words.describingForms);
/** Forms that describe only with an object (traite sa fille de, l’a traité de), not alone (traite de). */
export const NAMING_FORMS = wordSet(words.namingForms);
/** Passive participles whose subject is the one quoted: « X est cité par l’AFP ». */
export const QUOTED_SUBJECT_PASSIVES = wordSet(words.quotedSubjectPassives);
/** Forms of the verbs by which a body issues a statement: émis, publié, diffuse. */
export const ISSUING_VERB_FORMS = wordSet(words.issuingVerbForms);
export const ENGLISH_PRONOUNS = new Map<string, string>(Object.entries(words.englishPronouns));

export { normalizeWord };

/** The document's reporting cues (cues.ts caches them per document); never throws. */
export function reportingCues(ctx: DocContext): ReportingCue[] {
  try {
    return findReportingCues(ctx);
  } catch {
    return [];
  }
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function tokenAtOrAfter(seg: Segmented, offset: number): number {
  return countBelow(tokenOffsets(seg).starts, offset);
}

/** Index of the last span starting before `offset` in a list sorted by start (-1 when none). */
export function lastStartingBefore(spans: readonly Span[], offset: number): number {
  return countStartingBefore(spans, offset) - 1;
}

/** The span of a sorted, non-overlapping list that contains `offset`, or -1. */
export function spanContaining(spans: readonly Span[], offset: number): number {
  const k = lastStartingBefore(spans, offset + 1);
  return k >= 0 && offset < spans[k].end ? k : -1;
}

/** Only spaces and the given punctuation between `from` and `to`. */
export function onlyBetween(text: string, from: number, to: number, allowed: string): boolean {
  if (to - from > 12) return false;
  for (let k = from; k < to; k++) {
    const ch = text[k];
    // Spaces only within the line: adjacency never crosses a paragraph.
    if (ch === '\n' || ch === '\r') return false;
    if (!/\s/.test(ch) && ch !== '\u00A0' && ch !== '\u202F' && !allowed.includes(ch)) return false;
  }
  return true;
}
