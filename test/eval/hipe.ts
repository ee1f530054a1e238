// Strict PER/ORG/LOC scores on HIPE-2022 newseye French (OCR'd newspapers, 1854-1946), data
// no one here annotated. Each document's text is rebuilt from its tokens, `analyze` runs on it,
// predicted character spans are mapped to the tokens they overlap, and a prediction is right
// when it covers exactly the gold token span with the gold type (the HIPE "strict" regime).
// Before mapping, predicted spans are converted to the gold's span conventions (hipeSpan,
// mergeAddressTowns, mergeAffiliations: newseye's PER mentions take in titles, roles,
// appositions and affiliations, its street addresses their house number and town); the analysis
// keeps names only, per GUIDELINES, so this converts conventions and finds nothing. The
// unconverted score is reported beside it.
//
// Rebuilding the text: the MISC column says NoSpaceAfter and EndOfLine. EndOfLine only follows
// a word hyphenated with "¬" at a line end, so the "¬" is dropped and the halves are joined into
// one word (Poin¬ + caré → Poincaré; both tokens map into it), or by a hyphen or a space where
// the capitals say so (hyphenSeam). NoSpaceAfter is also set where the OCR lost a line break
// between two words ("des" + "impôts" → "desimpôts", "M." +
// "Millerand"); since a real word is never split into two letter tokens by the tokenizer, a
// space is put back between a word or closing punctuation and a following word. Documents
// are analysed one at a time, on one line, as the analysis treats every line as a paragraph.
import type { AnalysisResult } from '../../server/src/analysis/types';
import titleData from './hipeTitles.json';
import { FIRST_NAMES } from '../../server/src/analysis/gazetteer';
import roleData from '../../server/src/analysis/data/fr/role-nouns.json';
import cueData from '../../server/src/analysis/data/fr/entityCues.json';
import calendarData from '../../server/src/analysis/data/fr/calendar.json';
import { addCounts, iobSpans, matchExact, matchOverlap, NO_COUNTS, scores, tokenRange, type Counts, type Scores, type SpanLike } from './metrics';

export interface HipeToken {
  text: string;
  /** NE-COARSE-LIT: IOB2 tag. */
  tag: string;
  misc: string;
  /** NEL-LIT: the mention's Wikidata id ("Q90"), "NIL" or "_" (absent in hand-made rows). */
  id?: string;
}

export interface HipeDoc {
  id: string;
  tokens: HipeToken[];
}

/** hipe2020 and letemps write types in lower case ("B-pers"); newseye as "B-PER". */
function upperType(tag: string): string {
  if (tag.length < 3 || tag[1] !== '-') return tag;
  const type = tag.slice(2);
  return tag.slice(0, 2) + (type === 'pers' ? 'PER' : type === 'org' || type === 'loc' ? type.toUpperCase() : type);
}

/** Parses a HIPE-2022 TSV file into documents (metadata lines start with "#"). */
export function parseHipe(tsv: string): HipeDoc[] {
  const docs: HipeDoc[] = [];
  let doc: HipeDoc | null = null;
  const lines = tsv.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i === 0 && line.startsWith('TOKEN\t')) continue;
    if (line.startsWith('#')) {
      const m = /^#\s*hipe2022:document_id\s*=\s*(.*)$/.exec(line);
      if (m) {
        doc = { id: m[1].trim(), tokens: [] };
        docs.push(doc);
      }
      continue;
    }
    if (line.trim() === '') continue;
    const cols = line.split('\t');
    if (!doc) {
      doc = { id: `doc${docs.length + 1}`, tokens: [] };
      docs.push(doc);
    }
    doc.tokens.push({ text: cols[0] ?? '', tag: upperType(cols[1] ?? 'O'), misc: cols[9] ?? '_', id: cols[7] ?? '_' });
  }
  return docs.filter((d) => d.tokens.length > 0);
}

/**
 * A word hyphenated at a line end is two tokens in HIPE ("Poin¬" + "caré"), and newseye's gold
 * restarts the mention at the second half: "M. Poin¬" I-PER, "caré" B-PER, both linked to the
 * same Wikidata entity. On dev and dev2, 29 of the 30 B- tags right after such a break carry
 * the type of the half before it, 28 of them with the same entity id: one mention cut by the
 * line, which no system reading words could reproduce, since rebuildText joins the halves into
 * one word (the 30th, "Mou¬" ORG + "Pierre" PER, is left as it is). The second half's B- becomes I- when the half before it carries the same
 * type. Returns how many mentions were rejoined.
 */
export function rejoinLineEndSplits(doc: HipeDoc): number {
  let rejoined = 0;
  const t = doc.tokens;
  for (let i = 1; i < t.length; i++) {
    const prev = t[i - 1];
    if (!t[i].tag.startsWith('B-') || !prev.text.endsWith('¬') || !prev.misc.split('|').includes('EndOfLine')) continue;
    if (joinToPrevious(t, i)) rejoined++;
  }
  return rejoined;
}

/** Makes the B- tag at i an I- when the token before carries the same type; whether it did. */
function joinToPrevious(t: HipeToken[], i: number): boolean {
  const prev = t[i - 1];
  if (prev.tag.length < 3 || prev.tag.slice(2) !== t[i].tag.slice(2)) return false;
  t[i] = { ...t[i], tag: `I-${t[i].tag.slice(2)}` };
  return true;
}

/**
 * The same cut at a line break the OCR lost (NoSpaceAfter between two words, where rebuildText
 * puts the space back): "M." I-PER, "Gambetta" B-PER; "l'Union des Intérêts" I-PER,
 * "Economiques" B-PER, inside one apposition. The second part becomes I- only when both parts
 * carry the same type and the same Wikidata id, and the second part repeats no word of the first:
 * a heading and the body or dateline after it name the same entity twice on consecutive lines
 * ("Cours des métaux de Londres" | "LONDRES, 14 janvier"), and those are two mentions. On dev and
 * dev2, 25 B- tags follow a NoSpaceAfter token with the type and id of the part before: 19 continue
 * one mention and are joined; 4 repeat the name (two datelines, a heading, "du Havre" | "LE
 * HAVRE") and stay; 2 follow a plain hyphen, not a lost break ("Phi-" | "lippe"; see below). Whatever
 * the ids, a part that ends in a preposition, an article or "et" continues in the next: no mention
 * ends there ("Vélo-Club de" | "Neuilly", "barrière du" | "Roule"; 8 on dev and dev2, all one
 * mention read across the break); so does a part that is a house number alone ("10," | "rue de
 * Tholozé"), a part followed by one that starts with a lower-case word that no mention starts
 * with (gold mentions start with articles, particles, titles, roles and heads: "la Flèche",
 * "docteur X", "rue Y", "parti Z"; not with "départementale" or "et": "la Fédération" |
 * "départementale", "« Arts" | "et Lettres »"), or by the rest of a word after a line-end hyphen
 * the OCR kept as a plain one ("Phi-" | "lippe Berthelot"): 4 more on dev and dev2, all one
 * mention. Returns how many mentions were rejoined.
 */
export function rejoinLostLineBreakSplits(doc: HipeDoc): number {
  let rejoined = 0;
  const t = doc.tokens;
  for (let i = 1; i < t.length; i++) {
    const prev = t[i - 1];
    const flags = prev.misc.split('|');
    if (!t[i].tag.startsWith('B-') || !flags.includes('NoSpaceAfter') || flags.includes('EndOfLine')) continue;
    // "Phi-" | "lippe Berthelot": the OCR kept the line-end hyphen as a plain one.
    const hyphenated = prev.text === '-' && /^\p{Ll}/u.test(t[i].text);
    if (!hyphenated && !lostLineBreak(t, i - 1)) continue;
    const id = t[i].id;
    const sameEntity = id && id !== '_' && id !== 'NIL' && prev.id === id && !repeatsWord(t, i);
    // No mention ends in a preposition, an article or "et" ("Vélo-Club de" | "Neuilly"), nor starts
    // with a lower-case word other than an article or a particle ("la Fédération" | "départementale",
    // "« Arts" | "et Lettres »"; not "Angers" | "la Flèche").
    const continued = hyphenated || DANGLING.has(prev.text.toLowerCase()) || houseNumberAlone(t, i) || (/^\p{Ll}/u.test(t[i].text) && !NAME_START.has(t[i].text) && !MENTION_HEADS.has(t[i].text));
    if ((sameEntity || continued) && joinToPrevious(t, i)) rejoined++;
  }
  return rejoined;
}

/** Lower-case words a mention may start with: articles and particles ("la Flèche", "de Gaulle", "van Luyten"). */
const NAME_START = new Set(['la', 'le', 'les', 'l', 'de', 'd', 'du', 'des', 'van', 'von', 'der', 'den', 'ter', 'da', 'di', 'del', 'dos', 'el', 'al', 'ben', 'ibn']);

/**
 * A gold mention never starts or ends with a comma, a semicolon or a colon: where one does ("M.
 * Fréhel ,", ", boulevard X"), the mark is an annotation slip and is taken out (2 such ends on dev,
 * 2 ends and 1 start on dev2). Returns how many mentions were trimmed.
 */
export function trimPunctuationEdges(doc: HipeDoc): number {
  let trimmed = 0;
  const t = doc.tokens;
  const mark = (k: number) => /^[,;:]$/.test(t[k].text);
  for (let i = 0; i < t.length; i++) {
    if (!t[i].tag.startsWith('B-')) continue;
    let e = i + 1;
    while (e < t.length && t[e].tag.startsWith('I-')) e++;
    if (e - i < 2) continue;
    const type = t[i].tag.slice(2);
    let s = i;
    let end = e;
    while (end - s > 1 && mark(end - 1)) end--;
    while (end - s > 1 && mark(s)) s++;
    if (s === i && end === e) continue;
    for (let k = i; k < e; k++) t[k] = { ...t[k], tag: k < s || k >= end ? 'O' : k === s ? `B-${type}` : `I-${type}` };
    trimmed++;
  }
  return trimmed;
}

/** Whether the mention ending before token i is a house number and its comma alone: "10,". */
function houseNumberAlone(t: readonly HipeToken[], i: number): boolean {
  let k = i - 1;
  if (t[k].text === ',') k--;
  return k >= 0 && /^\d{1,4}$/.test(t[k].text) && t[k].tag.startsWith('B-');
}

/** Words no mention ends with: prepositions, articles and "et" that need what follows. */
const DANGLING = new Set(['de', 'du', 'des', 'd\'', 'd’', 'la', 'le', 'les', 'l\'', 'l’', 'et', 'à', 'au', 'aux', 'en', 'pour', 'sur', 'par']);

/** Whether the mention starting at token `at` repeats a word (2+ letters, any case) of the mention ending before it. */
function repeatsWord(t: readonly HipeToken[], at: number): boolean {
  const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const before = new Set<string>();
  for (let k = at - 1; k >= 0 && t[k].tag !== 'O'; k--) {
    if (/\p{L}{2}/u.test(t[k].text)) before.add(fold(t[k].text));
    if (t[k].tag.startsWith('B-')) break;
  }
  for (let k = at; k < t.length && (k === at || t[k].tag.startsWith('I-')); k++) if (before.has(fold(t[k].text))) return true;
  return false;
}

const WORD_END = /[\p{L}\p{N}.,;:!?»)\]]$/u;
const WORD_START = /^[\p{L}\p{N}«(]/u;

/**
 * After token i, marked NoSpaceAfter without a line-end hyphen: a line break the OCR lost between
 * two words ("desimpôts", "M.Millerand"), where rebuildText puts a space back.
 */
function lostLineBreak(tokens: readonly HipeToken[], i: number): boolean {
  return WORD_END.test(tokens[i].text) && WORD_START.test(tokens[i + 1].text) && !isDecimalMark(tokens, i);
}

/** "3" + "," + "5": the comma or point is inside a number, not a lost line break. */
function isDecimalMark(tokens: readonly HipeToken[], i: number): boolean {
  const t = tokens[i].text;
  return (t === ',' || t === '.') && i > 0 && /\d$/.test(tokens[i - 1].text) && /^\d/.test(tokens[i + 1]?.text ?? '');
}

/**
 * What joins the halves of a word hyphenated at a line end ("Poin¬" + "caré"): nothing, as a
 * rule; a hyphen in a compound name whose halves are both capitalised ("Saint¬" + "Nazaire",
 * "New¬" + "York", "Folies¬" + "Bergère"); a space when a capital follows a lower-case half
 * ("journalis¬" + "W. CHURCHILL", "Mou¬" + "Pierre BOCHOT"): the word goes on in another block of
 * the page, and a new one starts here. Anything else joins as it is ("GOUVER¬" + "NEMENT").
 */
export function hyphenSeam(half: string, next: string): '' | '-' | ' ' {
  if (!/^\p{Lu}/u.test(next)) return '';
  const capitalised = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
  if (capitalised.test(half) && capitalised.test(next)) return '-';
  return /^\p{Ll}/u.test(half) ? ' ' : '';
}

/** The document text and, for each token, the character span it maps to. */
export function rebuildText(tokens: readonly HipeToken[]): { text: string; spans: SpanLike[] } {
  const parts: string[] = [];
  const spans: SpanLike[] = [];
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const flags = t.misc.split('|');
    const endOfLine = flags.includes('EndOfLine');
    let word = t.text;
    if (endOfLine && word.endsWith('¬')) word = word.slice(0, -1);
    parts.push(word);
    spans.push({ start: at, end: at + word.length });
    at += word.length;
    if (i === tokens.length - 1) break;
    let space: boolean;
    if (endOfLine && t.text.endsWith('¬')) {
      const seam = hyphenSeam(word, tokens[i + 1].text);
      if (seam === '-') {
        parts.push('-');
        at += 1;
      }
      space = seam === ' ';
    } else if (!flags.includes('NoSpaceAfter')) space = true;
    else space = lostLineBreak(tokens, i);
    if (space) {
      parts.push(' ');
      at += 1;
    }
  }
  return { text: parts.join(''), spans };
}

const TITLES = new Set(titleData.titles);
const ABBREVIATED = new Set(titleData.abbreviations);

/**
 * HIPE counts a title that directly precedes a person's name as part of the mention
 * ("M. Chéron", "docteur Funck"); Corpus Lens, per its GUIDELINES, leaves it out. To compare
 * like with like, a predicted PER span is widened leftwards over adjacent titles (at most
 * three: "M. le" is not adjacent, "Mgr" + name is). This converts conventions; it finds nothing.
 */
export function widenOverTitles(text: string, start: number): number {
  let s = start;
  for (let n = 0; n < 3; n++) {
    let i = s;
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00A0')) i--;
    if (i === s) break;
    let end = i;
    const dot = text[end - 1] === '.';
    if (dot) end--;
    let w = end;
    while (w > 0 && /\p{L}/u.test(text[w - 1])) w--;
    const word = text.slice(w, end).toLowerCase();
    // A full stop after a whole word ends a sentence ("le ministre. Paris"); only "M." and the
    // like carry one as part of the title.
    if (w === end || !(ABBREVIATED.has(word) || (!dot && TITLES.has(word)))) break;
    s = w;
  }
  return s;
}

/**
 * Which span conventions the gold follows: newseye's (hipeSpan), or only titles inside PER
 * mentions (hipe2020 and letemps, annotated under the impresso guidelines, keep roles, appositions
 * and house numbers out).
 */
export type HipeConventions = 'newseye' | 'titles';

/** A street noun (or its abbreviation) that starts an address: "rue", "r.", "boulevard", "quai". */
const STREET_HEAD = /^(?:rue|r\.|avenue|av\.|boulevard|boul\.|bd|quai|place|square|impasse|passage|faubourg|faub\.|allée|cité|chaussée|route)\s/i;
/** A house number before the street: "10, rue", "55. rue", "10 bis rue", "130 de la rue". */
const NUMBER_BEFORE = /(?<!\d)\d{1,3}(?: ?(?:bis|ter))?(?:[,.]? | de la | de l['’]| du )$|(?<!\d)\d{4}(?: ?(?:bis|ter))?[,.]? $/;
/** The arrondissement after an address: "rue Bénard (XIVe)", "rue de Bièvre, 5e", "9°". */
const ARRONDISSEMENT_AFTER = /^(?: \((?:\d{1,2}(?:e|°|er)|[IVX]{1,5}e)(?: arr\.?)?\)|,? ?-? ?(?:\d{1,2}(?:e|°|er)|[IVX]{1,5}e)(?: arr\.?)?(?= ?[.,;)]| ?$))/u;
const NUMBER_AFTER = /^,? \d{1,4}\b/;
/** Article + lower-case noun before a person's name: "l'expert Gebelin", "le metteur en scène Henri Chomette", "le juge d'instruction X" (not "du Figaro Jean X": a name). */
const NOUN_BEFORE = /(?:^|[\s'’])(?:[Ll]e|[Ll]a|[Ll]|[Ll]es|[Dd]u|[Aa]u|[Uu]n|[Uu]ne|LE|LA|L|LES|DU|AU|UN|UNE)[\s'’]([a-zà-ÿœ-]{3,}(?: (?:en|de) [a-zà-ÿœ-]{3,}| d['’][a-zà-ÿœ-]{3,})?) $/;
/** "M. le [général Campenon]": a title and an article before a role that is already in the span. */
const TITLE_ARTICLE = /(?:M|MM|Mme|Mmes|Mlle|Mlles)\. ?(?:le|la|les|LE|LA) $|(?:Mme|Mlle) (?:la) $/;
/** Function words that may stand after an article but are no descriptive noun. */
const NOT_A_NOUN = /^(?:de|des|qui|que|dont|par|pour|avec|sur|dans|sans|chez|est|sont|fait|dit|et|ou|même|autre)$/;
/** Nouns that designate a person: the analysis's role nouns and title words, the titles, and agent-noun endings ("sculpteur", "doctoresse", "royaliste", "bâtonnier", "horloger", "honorable"). */
const ROLE_NOUNS = new Set<string>([...roleData.pairs.flat(), ...cueData.titles]);
/** Lower-case words that start gold mentions: titles, roles, and the heads of sites and bodies ("docteur X", "rue Y", "parti Z"). */
const MENTION_HEADS = new Set<string>([
  ...ROLE_NOUNS,
  ...TITLES,
  ...cueData.siteHeads,
  ...cueData.orgHeadsWithComplement,
  ...cueData.lowerNamedHeads,
  ...cueData.streetAbbreviations,
]);
/** Months end like agent nouns ("janvier", "février"): "Paris, 14 janvier : X" is no function. */
const MONTHS = new Set<string>(calendarData.months);
const AGENT_ENDING = /(?:eur|euse|trice|esse|iste|ier|ière|ien|ienne|ger|gère|able)$/;
function personNoun(word: string): boolean {
  const w = word.toLowerCase();
  if ((/[sx]$/.test(w) && !ROLE_NOUNS.has(w)) || MONTHS.has(w)) return false; // a plural describes no single person: "les danseurs Ariel Page"
  return ROLE_NOUNS.has(w) || TITLES.has(w) || AGENT_ENDING.test(w);
}
/** An honorific of address before a titled name: "S. Exc. M. Buffet", "Son Excellence Pierre Dupong". */
const HONORIFIC = /(?<=^|[\s(])(?:[Ss]\. ?(?:EXC?|Exc?)\.?|(?:Son|Sa|SON|SA) (?:Excellence|EXCELLENCE|Majesté|MAJESTÉ|Altesse|ALTESSE|Sainteté|SAINTETÉ|Éminence|Eminence|ÉMINENCE)(?: [Rr]oyale| ROYALE)?) $/;
/** A function heading a name in a list: "Président : Rougelot Henri ; Trésorier : Fourlon Pierre". */
const ROLE_COLON = /(?<=^|[\s;:,.])(\p{L}[\p{L}-]*) ?: $/u;
/** Birth in apposition: "Lorenzo Villars, né en 1896 à Corenza (Espagne)". */
const BIRTH = /^, née? (?:en \d{4}|le \d{1,2}(?:er)? \p{L}+ \d{4}) à \p{Lu}[\p{L}-]+(?: \(\p{Lu}[\p{L}-]+\))?/u;
/** A generation after the name: "J.-H. Rosny aîné", "Dumas fils". */
const GENERATION = /^ (?:aîné|ainé|jeune|cadet|fils|père)(?!\p{L})/u;
const PAREN_FIRST_NAME = /^ \((\p{Lu}[\p{L}-]+)\)/u;
/** The number after a telephone exchange, which newseye keeps in the LOC: "Louvre 49-49", "Gutenb. 67-82, 67-83". */
const PHONE_AFTER = /^\.? ?\d{2}-\d{2}(?:, ?\d{2}-\d{2})*/;
/** An age in apposition: "Henriette Labet, 30 ans". */
const AGE = /^, \d{1,3} ans\b/;
const MAIDEN_NAME = /^, née? \p{Lu}[\p{L}-]+(?: \(\p{Lu}[\p{L}-]+\))?/u;

/**
 * The span HIPE (newseye) would give a predicted mention. Its PER mentions are whole noun
 * phrases: titles (widenOverTitles) and honorifics ("S. Exc. M. Buffet"), a noun designating the
 * person after an article ("l'[expert Gebelin]", not "l'affaire Dreyfus" or "les danseurs X"), a
 * function heading a name in a list ("Président : Rougelot Henri"), a birth ("X, né en 1896 à
 * Corenza") or generation ("Rosny aîné") after the name,
 * a title and article before a role already taken in ("M. le général Campenon"),
 * a first name in brackets ("Guyot (Palmyre)"), a maiden name ("Mme Leclerre, née Caron"), an age ("Henriette Labet, 30 ans") and a
 * role in apposition ("M. Monier, juge d'instruction", the role the analysis itself found after
 * the name); its street LOC mentions carry the house number ("10, rue Fouarre", "rue Ordener,
 * 80", "47 de la rue Bénard") and the arrondissement ("(XIVe)", ", 5e"); a telephone exchange its number ("Louvre 49-49"). Checked on newseye dev and dev2, where gold spans follow these rules. Like the titles,
 * this converts conventions on spans the analysis found; it finds nothing.
 */
export function hipeSpan(
  text: string,
  e: { start: number; end: number; type: string; role?: string; evidence?: string[] },
  conventions: HipeConventions = 'newseye',
): { start: number; end: number } {
  let start = e.start;
  let end = e.end;
  if (e.type === 'PER') start = widenOverTitles(text, start);
  if (conventions === 'titles') return { start, end };
  if (e.type === 'PER') {
    const noun = NOUN_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (noun && !NOT_A_NOUN.test(noun[1]) && (personNoun(noun[1].split(/[ '’]/)[0]))) start -= noun[1].length + 1;
    const honorific = HONORIFIC.exec(text.slice(Math.max(0, start - 24), start));
    if (honorific) start -= honorific[0].length;
    const colon = ROLE_COLON.exec(text.slice(Math.max(0, start - 30), start));
    if (colon && personNoun(colon[1])) start -= colon[0].length;
    const titled = TITLE_ARTICLE.exec(text.slice(Math.max(0, start - 12), start));
    if (titled && start < e.start) start -= titled[0].length;
    const paren = PAREN_FIRST_NAME.exec(text.slice(end, end + 30));
    if (paren && paren[1].split('-').every((w) => FIRST_NAMES.has(w.toLowerCase()))) end += paren[0].length;
    const maiden = MAIDEN_NAME.exec(text.slice(end, end + 50));
    if (maiden) end += maiden[0].length;
    const age = AGE.exec(text.slice(end, end + 12));
    if (age) end += age[0].length;
    const birth = BIRTH.exec(text.slice(end, end + 60));
    if (birth) end += birth[0].length;
    const generation = GENERATION.exec(text.slice(end, end + 8));
    if (generation) end += generation[0].length;
    if (e.role && e.evidence?.includes('apposition')) {
      const at = text.indexOf(e.role, end);
      if (at >= 0 && at - end <= 8) end = at + e.role.length;
    }
  } else if (e.type === 'LOC' && e.evidence?.[0] === 'phone-exchange' && PHONE_AFTER.test(text.slice(end, end + 24))) {
    end += PHONE_AFTER.exec(text.slice(end, end + 24))![0].length;
  } else if (e.type === 'LOC' && STREET_HEAD.test(text.slice(e.start, e.end + 1))) {
    const before = NUMBER_BEFORE.exec(text.slice(Math.max(0, start - 14), start));
    if (before) start -= before[0].length;
    else {
      const after = NUMBER_AFTER.exec(text.slice(end, end + 8));
      if (after) end += after[0].length;
    }
    const arrondissement = ARRONDISSEMENT_AFTER.exec(text.slice(end, end + 16));
    if (arrondissement) end += arrondissement[0].length;
  }
  return { start, end };
}

export interface TypedRange {
  start: number;
  end: number;
  type: string;
}

export interface HipeDocScore {
  counts: Counts;
  /** HIPE's "fuzzy" regime: same type and at least one token in common. */
  fuzzy: Counts;
  byType: Record<string, Counts>;
  fp: TypedRange[];
  fn: TypedRange[];
  /**
   * Per predicted entity (same order), how it scored: 'tp' (exact span and type), 'overlap'
   * (wrong span or type but touching a gold mention), 'spurious', or null (not scored: nested,
   * merged into an address, inside a HumanProd, or a duplicate).
   */
  status: ('tp' | 'overlap' | 'spurious' | null)[];
}

const KEPT = new Set(['PER', 'ORG', 'LOC']);

/** What separates a street address from the town that ends it: "rue Vivienne, 17, Paris", "16, rue du Croissant. PARIS" (not "…, à Choisy-le-Roi"). */
const ADDRESS_TOWN_GAP = /^[,.] $/;

/**
 * newseye ends a street address with its town (8 of 8 in dev and dev2 where a comma or full stop
 * separates them): a predicted street LOC (already widened over its house number) takes in a
 * town the analysis found in its gazetteers right after it, which then counts no more on its own
 * (its widened span is emptied).
 */
export function mergeAddressTowns(
  text: string,
  predicted: readonly { start: number; end: number; type: string; evidence?: string[] }[],
  widened: { start: number; end: number }[],
): void {
  for (let i = 0; i + 1 < predicted.length; i++) {
    if (predicted[i].type !== 'LOC' || !STREET_HEAD.test(text.slice(predicted[i].start, predicted[i].end + 1))) continue;
    const j = i + 1;
    const town = predicted[j].evidence?.[0] ?? '';
    if (predicted[j].type !== 'LOC' || !/^gazetteer:(?:cities|communes)/.test(town) || !ADDRESS_TOWN_GAP.test(text.slice(widened[i].end, predicted[j].start))) continue;
    widened[i].end = predicted[j].end;
    widened[j] = { start: predicted[j].start, end: predicted[j].start };
  }
}

/** What links a person to the body or house they belong to in apposition: ", de l'", ", du ", ", des ", ", de la " (not ", de Lyon"). */
const AFFILIATION_GAP = /^, (?:de l['’]|de la |du |des )$/;

/**
 * newseye's PER mentions take in the body or the house a performer or a member belongs to, in
 * apposition ("Jany Delille, de l'Opéra-Comique", "Lily Jessua, des Concerts Classiques"): a
 * predicted PER (already widened) followed by such a link and the next predicted ORG or LOC
 * (widened too, predictions in text order) ends where that name ends; it then counts no more on
 * its own, as a nested mention. A town after ", du" is taken in as well ("X, du Havre"): dev and
 * dev2 have no such case to say otherwise.
 */
export function mergeAffiliations(
  text: string,
  predicted: readonly { start: number; end: number; type: string }[],
  widened: { start: number; end: number }[],
): void {
  for (let i = 0; i + 1 < predicted.length; i++) {
    if (predicted[i].type !== 'PER' || widened[i].end <= widened[i].start) continue;
    const j = i + 1;
    if ((predicted[j].type !== 'ORG' && predicted[j].type !== 'LOC') || widened[j].end <= widened[j].start) continue;
    if (!AFFILIATION_GAP.test(text.slice(widened[i].end, widened[j].start))) continue;
    widened[i].end = widened[j].end;
  }
}

/**
 * HIPE's coarse column holds only the outermost mention: a name inside a widened PER span ("M.
 * Jules Mahias, préfet de l'[Ardèche]", "Mme Leclerre, née [Caron]") belongs to the nested
 * column, which is not scored. Once spans are widened (hipeSpan), a predicted span lying inside
 * another, longer one is emptied. One sweep over the spans sorted by start, longest first.
 */
export function dropNested(widened: { start: number; end: number }[]): void {
  const order = widened.map((_, i) => i).filter((i) => widened[i].end > widened[i].start);
  order.sort((a, b) => widened[a].start - widened[b].start || widened[b].end - widened[a].end);
  let reach = -1;
  for (const i of order) {
    const w = widened[i];
    if (w.end <= reach) widened[i] = { start: w.start, end: w.start };
    else reach = w.end;
  }
}

/**
 * Scores one document: gold PER/ORG/LOC token spans against the predicted ones. HumanProd is
 * ignored on both sides: it is not a gold type we predict, and a prediction lying wholly inside
 * a gold HumanProd span (a newspaper title tagged ORG, say) is neither right nor wrong.
 */
export function scoreHipeDoc(
  tokens: readonly HipeToken[],
  spans: readonly SpanLike[],
  predicted: AnalysisResult['entities'],
  text: string | null = null,
  conventions: HipeConventions = 'newseye',
): HipeDocScore {
  const all = iobSpans(tokens.map((t) => t.tag));
  const gold = all.filter((g) => KEPT.has(g.type));
  const ignored = all.filter((g) => !KEPT.has(g.type));
  const seen = new Set<string>();
  const pred: TypedRange[] = [];
  const origin: number[] = [];
  const widened = predicted.map((e) => (text !== null ? hipeSpan(text, e, conventions) : { start: e.start, end: e.end }));
  if (text !== null && conventions === 'newseye') {
    mergeAddressTowns(text, predicted, widened);
    mergeAffiliations(text, predicted, widened);
    dropNested(widened);
  }
  for (let i = 0; i < predicted.length; i++) {
    const e = predicted[i];
    if (widened[i].end <= widened[i].start) continue; // merged into the address before it, or nested
    const r = tokenRange(spans, widened[i]);
    if (!r) continue;
    if (ignored.some((h) => h.start <= r.start && r.end <= h.end)) continue;
    const key = `${r.start}:${r.end}:${e.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    pred.push({ ...r, type: e.type });
    origin.push(i);
  }
  const key = (x: TypedRange) => `${x.start}:${x.end}:${x.type}`;
  const m = matchExact(gold, pred, key, key);
  const byType: Record<string, Counts> = {};
  for (const t of KEPT) {
    byType[t] = { tp: m.pairs.filter(([g]) => g.type === t).length, fp: m.spurious.filter((p) => p.type === t).length, fn: m.missed.filter((g) => g.type === t).length };
  }
  let fuzzy: Counts = NO_COUNTS;
  for (const t of KEPT) fuzzy = addCounts(fuzzy, matchOverlap(gold.filter((g) => g.type === t), pred.filter((p) => p.type === t)));
  const status: HipeDocScore['status'] = predicted.map(() => null);
  const spurious = new Set(m.spurious);
  for (let k = 0; k < pred.length; k++) {
    const p = pred[k];
    status[origin[k]] = !spurious.has(p) ? 'tp' : gold.some((g) => g.start < p.end && p.start < g.end) ? 'overlap' : 'spurious';
  }
  return { counts: { tp: m.tp, fp: m.fp, fn: m.fn }, fuzzy, byType, fp: m.spurious, fn: m.missed, status };
}

export interface HipeEval {
  docs: number;
  tokens: number;
  chars: number;
  /** Strict scores with predicted spans converted to HIPE's conventions (hipeSpan). */
  overall: Scores;
  byType: Record<string, Scores>;
  /** Strict scores of the spans exactly as predicted (no titles, roles or house numbers, per GUIDELINES). */
  raw: Scores;
  fuzzy: Scores;
  /** Gold mentions cut in two at a line-end hyphen and scored as one (rejoinLineEndSplits). */
  rejoined: number;
  /** Gold mentions cut in two at a lost line break and scored as one (rejoinLostLineBreakSplits). */
  rejoinedLines: number;
  /** Gold mentions with a comma, semicolon or colon at an edge, trimmed (trimPunctuationEdges). */
  trimmed: number;
  seconds: number;
  /** Per type, readable false positives and negatives with their context, for --errors. */
  errors: Record<string, { fp: string[]; fn: string[] }>;
  /**
   * Per rule that typed a prediction (its type and first evidence, "PER capitalised"): how many
   * predictions it made, how many were exactly right, how many touched a gold mention. A rule
   * whose precision is below half the F1 lowers the F1; --evidence prints this table.
   */
  byEvidence: Map<string, { n: number; tp: number; overlap: number; examples: string[] }>;
  /** Per type, how often each surface form is a false positive / negative, for --errors. */
  surfaces: Record<string, { fp: Map<string, number>; fn: Map<string, number> }>;
}

export function evaluateHipe(docs: readonly HipeDoc[], analyzeText: (text: string) => AnalysisResult, conventions: HipeConventions = 'newseye'): HipeEval {
  let counts: Counts = NO_COUNTS;
  let raw: Counts = NO_COUNTS;
  let fuzzy: Counts = NO_COUNTS;
  const byType: Record<string, Counts> = { PER: NO_COUNTS, ORG: NO_COUNTS, LOC: NO_COUNTS };
  const errors: HipeEval['errors'] = { PER: { fp: [], fn: [] }, ORG: { fp: [], fn: [] }, LOC: { fp: [], fn: [] } };
  const surfaces: HipeEval['surfaces'] = {};
  for (const t of KEPT) surfaces[t] = { fp: new Map(), fn: new Map() };
  let tokens = 0;
  let chars = 0;
  let seconds = 0;
  let rejoined = 0;
  let rejoinedLines = 0;
  let trimmed = 0;
  const byEvidence: HipeEval['byEvidence'] = new Map();
  for (const original of docs) {
    const doc = { ...original, tokens: [...original.tokens] };
    rejoined += rejoinLineEndSplits(doc);
    rejoinedLines += rejoinLostLineBreakSplits(doc);
    trimmed += trimPunctuationEdges(doc);
    const { text, spans } = rebuildText(doc.tokens);
    tokens += doc.tokens.length;
    chars += text.length;
    const t0 = process.hrtime.bigint();
    const result = analyzeText(text);
    seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    const s = scoreHipeDoc(doc.tokens, spans, result.entities, text, conventions);
    raw = addCounts(raw, scoreHipeDoc(doc.tokens, spans, result.entities).counts);
    counts = addCounts(counts, s.counts);
    for (let i = 0; i < result.entities.length; i++) {
      const e = result.entities[i];
      const st = s.status[i];
      if (st === null) continue;
      const k = `${e.type} ${e.evidence[0] ?? '-'}`;
      const row = byEvidence.get(k) ?? { n: 0, tp: 0, overlap: 0, examples: [] };
      row.n++;
      if (st === 'tp') row.tp++;
      else if (st === 'overlap') row.overlap++;
      else if (row.examples.length < 5) row.examples.push(e.text);
      byEvidence.set(k, row);
    }
    fuzzy = addCounts(fuzzy, s.fuzzy);
    for (const t of Object.keys(byType)) byType[t] = addCounts(byType[t], s.byType[t]);
    const show = (r: TypedRange) => {
      const from = spans[r.start].start;
      const to = spans[r.end - 1].end;
      return `${doc.id}  "${text.slice(from, to)}"  …${text.slice(Math.max(0, from - 40), from)}[[${text.slice(from, to)}]]${text.slice(to, to + 40)}…`;
    };
    const surface = (r: TypedRange) => text.slice(spans[r.start].start, spans[r.end - 1].end);
    const tally = (m: Map<string, number> | undefined, r: TypedRange) => m?.set(surface(r), (m.get(surface(r)) ?? 0) + 1);
    for (const r of s.fp) {
      errors[r.type]?.fp.push(show(r));
      tally(surfaces[r.type]?.fp, r);
    }
    for (const r of s.fn) {
      errors[r.type]?.fn.push(show(r));
      tally(surfaces[r.type]?.fn, r);
    }
  }
  return {
    docs: docs.length,
    tokens,
    chars,
    overall: scores(counts),
    raw: scores(raw),
    fuzzy: scores(fuzzy),
    rejoined,
    rejoinedLines,
    trimmed,
    byEvidence,
    byType: { PER: scores(byType.PER), ORG: scores(byType.ORG), LOC: scores(byType.LOC) },
    seconds,
    errors,
    surfaces,
  };
}
