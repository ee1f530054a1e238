// Named entities (PER, ORG, LOC): proper names only, the span without titles, articles or
// descriptors. Capitalisation is the first clue but not enough (sentence starts, headlines,
// capitalised common nouns), so each candidate name is typed by combining evidence: general
// gazetteers, organisation heads (Université, Institut, College), titles and role nouns
// (M., président russe), descriptors (l’agence de presse X), place cues (à, région de),
// articles (le Kremlin), acronyms, name shape, and what the rest of the document says about
// the same word (Poutine after Vladimir Poutine). The older press (HIPE newseye, 1850-1950) adds
// page layouts with their own cues: theatre programmes (venue before the time, play after it),
// market reports, shipping news (ship, flag, port), signatures in capitals, parliamentary
// speakers (M. LE COMTE DE X). Two passes over the tokens, Set and Map
// lookups only, so the cost stays linear in the document length. The word lists are loaded by
// gazetteer.ts; the questions asked about the tokens around a name live in entityTokens.ts;
// this file finds the candidate names and weighs the evidence. The learned tagger in model/ is
// not in the pipeline: trained on one HIPE split and scored on the other it gained 0.001 F1, so
// its cost (10-20% of analyze) buys nothing that generalises; it stays as a tested experiment.
import type { EntityMention, EntityType } from './types';
import type { Token } from './text';
import type { DocContext } from './context';
import { foldAccents, normalizeWord } from './text';
import { isAuxiliary, normalizedWords, reportingForms, tokenClasses, tokenKeys } from './cues';
import * as gz from './gazetteer';
import type { GazetteerEntry } from './gazetteer';
import { DEMONYM_BIT, HEAD_BIT, KEY_BITS, LINK_OR_DETERMINER_BIT, markKeys, NAME_PARTICLE_BIT, STARTER_BIT, TITLE_BIT, TokenView } from './entityTokens';
import { keyClass, wordKey } from './wordKeys';
import { PREPOSITIONS } from './quoteTools';
import { isCommonWord } from './lexicon';
import { isSourceNoun } from './sources';

// Local bindings: the hot loops read these on every token, and under a CommonJS transform (tsx,
// the tests and the benchmark) each read through the module namespace would be a getter call.
const AFTER_NAME_STARTERS = gz.AFTER_NAME_STARTERS;
const BUILDING_HEADS = gz.BUILDING_HEADS;
const FIRST_NAMES = gz.FIRST_NAMES;
const FAMOUS_SURNAMES = gz.FAMOUS_SURNAMES;
const MASCULINE_ARTICLES = gz.MASCULINE_ARTICLES;
const NAME_PARTICLES = gz.NAME_PARTICLES;
const NOBLE_TITLES = gz.NOBLE_TITLES;
const NON_ENTITY_ACRONYMS = gz.NON_ENTITY_ACRONYMS;
const ORG_HEADS = gz.ORG_HEADS;
const ORG_HEADS_WITH_COMPLEMENT = gz.ORG_HEADS_WITH_COMPLEMENT;
const ORG_HEADS_WITH_NAME = gz.ORG_HEADS_WITH_NAME;
const PLURAL_ARTICLES = gz.PLURAL_ARTICLES;
const PRODUCT_CUES = gz.PRODUCT_CUES;
const SHIP_FLAGS = gz.SHIP_FLAGS;
const SITE_HEADS = gz.SITE_HEADS;
const STANDALONE_INSTITUTIONS = gz.STANDALONE_INSTITUTIONS;
const STARTERS = gz.STARTERS;
const STREET_ABBREVIATIONS = gz.STREET_ABBREVIATIONS;
const TELEPHONE_CUES = gz.TELEPHONE_CUES;
/** Words after which a subject may start: conjunctions ("et Boulanger a dit", "mais Blanc promet"). */
const SUBJECT_OPENERS = new Set(['et', 'mais', 'puis', 'ou', 'donc', 'car', 'que', "qu'", 'qu’', 'quand', 'lorsque', 'alors', 'ensuite']);
const LOWER_NAMED_HEADS = gz.LOWER_NAMED_HEADS;
const DEMONYMS = gz.DEMONYMS;
const TITLES = gz.TITLES;
const normWord = gz.normWord;
const LINKS = gz.LINKS;
const DETERMINERS = gz.DETERMINERS;
const COMMON_NOUN_ENDING = gz.COMMON_NOUN_ENDING;
const PLURAL_NOUN = gz.PLURAL_NOUN;
const ADJECTIVE_ENDING = gz.ADJECTIVE_ENDING;
const prefixedName = gz.prefixedName;
const PLACE_COMPOUND = gz.PLACE_COMPOUND;
const PLACE_COMPOUND_HEADS = gz.PLACE_COMPOUND_HEADS;
const FOREIGN_PARTICLES = gz.FOREIGN_PARTICLES;
const CALENDAR = gz.CALENDAR;
const INFINITIVE = gz.INFINITIVE;
const WORK_GENRES = gz.WORK_GENRES;
const WORK_CUES = gz.WORK_CUES;
const strayInnerCapital = gz.strayInnerCapital;

/** Punctuation after a name that closes the title of a work rather than naming an institution ("« Le Radeau »"). */
const TITLE_CLOSERS = new Set(['»', '”', ')', '(']);
/** Words between "TH." and a venue's name: "TH. DES ARTS". */
const THEATRE_LINKS = new Set(['de', 'des', 'du', "d'"]);
/** Roman ordinals: "XVe siècle", "IIIe République". */
const ROMAN_ORDINAL = /^[IVXLC]+(?:e|er|ème|re)$/;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
/**
 * Endings of feminine adjectives (data: entityCues.json), which follow common nouns and not
 * surnames ("Côte occidentale"). Verbs end so too ("Hidalgo explique", "Faure signale"): a
 * reporting verb's form is never taken for one, and -elle (rappelle, interpelle) is not listed.
 */
const FEMININE_ADJECTIVE = gz.FEMININE_ADJECTIVE;
/** A year after a name: "Victor Hugo, 1802". */
const YEAR = /^(?:1[5-9]|20)\d\d$/;
/** Any vowel: a word without one is an abbreviation or OCR noise, not a name. */
const VOWEL = /[aeiouyàâäéèêëîïôöùûüÿæœ]/;

interface Candidate {
  /** Token range, end exclusive. */
  s: number;
  e: number;
  type: EntityType | null;
  /** Typed by evidence strong enough to type other occurrences of the same word. */
  strong: boolean;
  confidence: number;
  evidence: string[];
  role?: string;
  initial: boolean;
  gaz?: GazetteerEntry;
  /** Index of an organisation head inside the name. */
  head: number;
  /** A place name followed by more capitalised words ("New York Times"). */
  gazPrefix: boolean;
  /** Dropped only for want of evidence at a sentence start: the same word elsewhere may type it. */
  unproven?: boolean;
  /** Starts with a Germanic or Dutch particle ("van Luyten"). */
  particleName?: boolean;
  /** A title noun right before a particle that starts the name ("duc de X"). */
  titleNoun?: string;
  /** A weak gazetteer match (a French commune): typed LOC only if nothing else is known of the word. */
  placeHint?: string;
  /** An acronym written with full stops: "R. A. F.". */
  dottedAcronym?: boolean;
  /** Built from a lower-case head ("université de Leyde", "cosmodrome de X"). */
  lowerHead?: EntityType;
  /** A surname with its first name in brackets, as registers list people: "Guyot (Palmyre)". */
  bracketedFirstName?: boolean;
  /** A name of unknown words, all of them common French words ("Compte Chèques"): no person unless listed with persons. */
  dictionaryWords?: boolean;
  drop: boolean;
}


/** Lower-case words that may start a name construction: title nouns, lower-case heads, foreign particles. */
const LOWER_TRIGGERS = new Set<string>([...TITLES, ...ORG_HEADS_WITH_COMPLEMENT, ...SITE_HEADS, ...FOREIGN_PARTICLES, ...STREET_ABBREVIATIONS, ...LOWER_NAMED_HEADS]);
/**
 * Their key class turns away 95% of lower-case words before any string hashing; the scan reads
 * it on every token from the document's class array (cues.ts tokenClasses), in order, not from
 * the 64 KB key-bit table.
 */
const LOWER_TRIGGER_CLASS = keyClass(LOWER_TRIGGERS);
markKeys([...STARTERS, ...AFTER_NAME_STARTERS], STARTER_BIT);
// Heads are written forms: marked by their normalised forms, as a token's `low` word is its text normalised.
markKeys([...ORG_HEADS, ...BUILDING_HEADS, ...STANDALONE_INSTITUTIONS].map(normalizeWord), HEAD_BIT);

/** Finds candidate names in one pass, then types them; one scanner per document. */
class Scanner extends TokenView {
  /** `classes`: the tokens' key classes (cues.ts tokenClasses). */
  constructor(text: string, toks: Token[], shared: { low: string[]; keys: Uint16Array }, readonly classes: Uint8Array) {
    super(text, toks, shared);
  }

  /** Title abbreviation ("M.", "Mme") standing before the token at this index. */
  readonly titleAt = new Map<number, string>();
  readonly cands: Candidate[] = [];
  /** State of segmentRun, kept on the scanner so that no closure is made per run. */
  readonly st: { segStart: number; segLast: number; head: number; gaz: GazetteerEntry | undefined; gazPrefix: boolean; maxEnd: number } = {
    segStart: -1,
    segLast: -1,
    head: -1,
    gaz: undefined,
    gazPrefix: false,
    maxEnd: 0,
  };

  push(c: Partial<Candidate> & { s: number; e: number }): Candidate {
    // Every field present, in one order: the typing passes read candidates of a single shape.
    const cand: Candidate = {
      s: c.s,
      e: c.e,
      type: null,
      strong: false,
      confidence: 0,
      evidence: [],
      role: undefined,
      initial: c.initial ?? this.initialAt(c.s),
      gaz: c.gaz,
      head: c.head ?? -1,
      gazPrefix: c.gazPrefix ?? false,
      unproven: undefined,
      particleName: c.particleName,
      titleNoun: c.titleNoun,
      placeHint: undefined,
      dottedAcronym: c.dottedAcronym,
      lowerHead: c.lowerHead,
      bracketedFirstName: undefined,
      drop: false,
    };
    this.cands.push(cand);
    return cand;
  }

  /** Emits the name being built by segmentRun, if any, and resets the state. */
  flushSegment(): void {
    const st = this.st;
    if (st.segStart >= 0 && st.segLast > st.segStart) {
      let e = st.segLast;
      if (st.head >= 0 && !st.gaz) e = Math.max(e, this.extendOrg(e));
      else if (st.gaz && st.gaz.type === 'ORG' && this.complementAt(e) >= 0) {
        // "Conseil de sécurité de la Maison Blanche": a listed body with a complement is a longer name.
        e = this.extendOrg(e, false);
        st.head = st.segStart;
        st.gaz = undefined;
      }
      st.maxEnd = Math.max(st.maxEnd, e);
      this.push({ s: st.segStart, e, head: st.gaz ? -1 : st.head, gaz: st.gazPrefix ? undefined : st.gaz, gazPrefix: st.gazPrefix });
    }
    st.segStart = -1;
    st.segLast = -1;
    st.head = -1;
    st.gaz = undefined;
    st.gazPrefix = false;
  }

  /** Splits the run [s0, e0) into names: strips sentence-start words, cuts at breakers and before "de + Place". */
  segmentRun(s0: number, e0: number): number {
    const st = this.st;
    st.segStart = -1;
    st.segLast = -1;
    st.head = -1;
    st.gaz = undefined;
    st.gazPrefix = false;
    st.maxEnd = e0;
    let k = s0;
    while (k < e0) {
      const t = this.toks[k];
      if (t.kind !== 'word') {
        k++;
        continue;
      }
      if (!t.upper && !prefixedName(t.text)) {
        k++; // a particle between two capitals: kept only if a capital follows in the same name
        continue;
      }
      const found = this.matchGazetteer(k, this.n);
      // Inside a name a commune is just a word ("Quai d’Orsay").
      const g = found && found.weak && (st.segStart >= 0 || this.isUpperWord(k + found.words.length) && k + found.words.length < e0) ? undefined : found;
      if (g) {
        const len = g.words.length;
        if (k + len > e0) {
          // The entry runs on over lower-case words ("Union soviétique"): the run ends with it.
          this.flushSegment();
          st.segStart = k;
          st.segLast = k + len;
          st.gaz = g;
          st.maxEnd = Math.max(st.maxEnd, k + len);
          this.flushSegment();
          break;
        }
        if (st.segStart < 0) {
          st.segStart = k;
          st.segLast = k + len;
          st.gaz = g;
          k += len;
          // A place name followed by more unknown capitals is the start of an organisation's name.
          let m = k;
          let tailHead = false;
          while (m < e0 && this.isUpperWord(m) && !this.isBreaker(m) && !this.matchGazetteer(m, e0)) {
            if (ORG_HEADS.has(this.toks[m].text)) tailHead = true;
            m++;
          }
          // Only a st.head word makes it a name ("New York Times", "Washington Post"); otherwise the
          // capitals after the place start another name ("France Ajoutons" has lost a full stop).
          if (m > k && tailHead && g.type === 'LOC' && !FIRST_NAMES.has(this.low[st.segStart])) {
            st.segLast = m;
            st.gazPrefix = true;
            k = m;
          }
          this.flushSegment();
          continue;
        }
        const afterParticle = !this.toks[k - 1].upper && this.toks[k - 1].kind === 'word';
        // In a heading in capitals, a known place is a name of its own: "MARCHÉS ÉTRANGERS LONDRES".
        const capsHeading = this.isAllCaps(k) && this.isAllCaps(k - 1);
        if ((afterParticle || capsHeading) && st.head < 0) {
          this.flushSegment();
          continue;
        }
        if (!afterParticle && !FIRST_NAMES.has(this.low[st.segStart]) && st.head < 0 && st.segLast === k) {
          // Two names side by side ("Moscou Pyongyang") or an unknown word before a place ("Radio Canada").
          if (this.matchGazetteer(st.segStart, st.segLast)?.words.length === st.segLast - st.segStart) {
            this.flushSegment();
            continue;
          }
          // "Concarneau à Rosporden Quimper à Pont-l'Abbé": in a chain of stops, a town listed without
          // ambiguity after one unknown word is a second stop whose comma was lost (elsewhere it may be a
          // surname: "Cindy Santos"; nor after an initial, an acronym, a site or a title: "J. Paris", "HP France").
          const w0 = this.low[st.segStart];
          const chain = st.segStart > 0 && this.low[st.segStart - 1] === 'à' && (this.low[k + len] === 'à' || this.low[k + len] === 'au' || this.low[k + len] === 'aux');
          if (chain && g.type === 'LOC' && !g.ambiguous && len === 1 && st.segLast - st.segStart === 1 && !this.isInitial(st.segStart) && !this.isAllCaps(st.segStart) && !SITE_HEADS.has(w0) && !STREET_ABBREVIATIONS.has(w0) && !TITLES.has(w0)) {
            this.flushSegment();
            continue;
          }
        }
        st.segLast = k + len;
        k += len;
        continue;
      }
      if (this.isInitial(k)) {
        // "Pâte de J. P. Luroze": after a particle an initial starts another name ("X de J. Y" is no one's).
        if (st.segStart >= 0 && this.toks[k - 1].kind === 'word' && !this.toks[k - 1].upper) this.flushSegment();
        if (st.segStart < 0) st.segStart = k;
        k += 2;
        continue;
      }
      if (st.segStart >= 0 && (ROMAN_NUMERAL.test(t.text) || t.text === 'Ier' || t.text === 'Ire') && st.segLast === k) {
        st.segLast = k + 1; // "Louis XIV", "Charles XI", "Albert Ier"
        k++;
        continue;
      }
      // A capitalised particle inside a sentence starts a name: "la De Beers", "Charles De Gaulle".
      const particleStart = st.segStart < 0 && (KEY_BITS[this.keys[k]] & NAME_PARTICLE_BIT) !== 0 && !this.initialAt(k) && NAME_PARTICLES.has(this.low[k]) && this.isUpperWord(k + 1) && k + 1 < e0 && !this.matchGazetteer(k + 1, e0);
      // A nationality after an organisation's head is part of its name: "Crédit Lyonnais", "Banque Française".
      const orgAdjective = st.head >= 0 && st.segLast === k && DEMONYMS.has(this.low[k]);
      if (!particleStart && !orgAdjective && this.capitalisedArticleInName(k, e0)) {
        if (st.segStart < 0) st.segStart = k;
        st.segLast = k + 1;
        k++;
        continue;
      }
      // "Théâtre de la République", "Conseil d'État": after a head and a particle, an institutional word completes the name.
      const headComplement = st.head >= 0 && st.segLast < k && this.institutionalWord(k);
      if (
        !particleStart &&
        !orgAdjective &&
        !headComplement &&
        (this.isBreaker(k) || ((KEY_BITS[this.keys[k]] & STARTER_BIT) !== 0 && (st.segStart < 0 ? STARTERS : AFTER_NAME_STARTERS).has(this.low[k]))) &&
        // "FRANÇAIS, 8 h.": in a programme a word in capitals before the time is a venue, whatever else it is.
        !(st.segStart < 0 && k + 1 === e0 && this.isAllCaps(k) && this.venueListing({ s: k, e: k + 1, initial: false }))
      ) {
        this.flushSegment();
        k++;
        continue;
      }
      const isHead = this.headWord(k);
      // "Ligue des Droits de l'Homme Fédération de la Seine": a second head right after a capital starts another body.
      if (isHead && st.head >= 0 && st.segLast === k && k > st.head + 1 && this.toks[k - 1].upper) this.flushSegment();
      if (st.segStart < 0) st.segStart = k;
      if (isHead && st.head < 0) st.head = k;
      st.segLast = k + 1;
      k++;
    }
    this.flushSegment();
    return st.maxEnd;
  }

  scan(): void {
    let i = 0;
    while (i < this.n) {
      const t = this.toks[i];
      if (t.kind !== 'word') {
        i++;
        continue;
      }
      if (t.upper && this.isTitleAbbreviation(i)) {
        const dot = this.toks[i + 1]?.text === '.' && this.same(i, i + 1) ? 1 : 0;
        const at = i + 1 + dot;
        // "MM. A. d'Ennery": an initial, then the particle and the surname.
        const p = this.low[at + 2];
        if (this.toks[at]?.text.length === 1 && this.toks[at].upper && this.toks[at + 1]?.text === '.' && (p === 'de' || p === "d'" || p === 'du') && this.isUpperWord(at + 3) && this.same(i, at + 3)) {
          const e = this.runEnd(at + 3);
          this.titleAt.set(at, t.text + (dot ? '.' : ''));
          this.push({ s: at, e, initial: false });
          i = e;
          continue;
        }
        if (this.isUpperWord(at) && this.same(i, at)) {
          this.titleAt.set(at, t.text + (dot ? '.' : ''));
          i = at;
          continue;
        }
        // "M. de Lasteyrie": after a title the particle belongs to the name.
        const w = this.low[at];
        if ((w === 'de' || w === "d'" || w === 'du') && this.isUpperWord(at + 1) && this.same(i, at + 1)) {
          const e = this.runEnd(at + 1);
          this.titleAt.set(at, t.text + (dot ? '.' : ''));
          this.push({ s: at, e, initial: false });
          i = e;
          continue;
        }
      }
      if (!t.upper) {
        const w = this.low[i];
        if ((this.classes[i] & LOWER_TRIGGER_CLASS) === 0 || !LOWER_TRIGGERS.has(w)) {
          i++;
          continue;
        }
        if (FOREIGN_PARTICLES.has(w)) {
          let k = i + 1;
          while (k < i + 3 && FOREIGN_PARTICLES.has(this.low[k])) k++; // "von der"
          if (this.isUpperWord(k) && this.same(i, k) && !this.initialAt(k)) {
            // "dit van Luyten", "von der Leyen": these particles are no French words, so they start the name.
            const e = this.runEnd(k);
            this.push({ s: i, e, initial: false, particleName: true });
            i = e;
            continue;
          }
          i++;
          continue;
        }
        const particle = this.low[i + 1];
        const nameParticle = particle === 'de' || particle === "d'" ? NOBLE_TITLES.has(w) : NAME_PARTICLES.has(particle) && !LINKS.has(particle);
        if (TITLES.has(w) && nameParticle && this.same(i, i + 2)) {
          // "le duc de Frémeuil", "le peintre van Luyten": after a title the particle belongs to the name.
          let k = i + 2;
          if (this.low[i + 1] === 'de' && (this.low[k] === 'la' || this.low[k] === "l'")) k++;
          const place = this.isUpperWord(k) ? this.matchGazetteer(k, this.n) : undefined;
          // "secrétaire général de la Fédération": a body's head after the particle names no person.
          const head = this.headWord(k);
          if (this.isUpperWord(k) && this.same(i, k) && (!place || place.weak) && !this.isBreaker(k) && !FIRST_NAMES.has(this.low[k]) && !head) {
            const e = this.runEnd(k);
            this.push({ s: i + 1, e, initial: false, titleNoun: w });
            i = e;
            continue;
          }
        }
        if (LOWER_NAMED_HEADS.has(w)) {
          const e = this.lowerNamedEnd(i);
          if (e > 0) {
            this.push({ s: i, e, lowerHead: 'ORG', initial: false });
            i = e;
            continue;
          }
        }
        // "12, r. de la Paix", "bd Haussmann": a one-letter abbreviation only with its full stop.
        // The splitter may end a sentence at "r." before a capital ("r. Ste-Berthilde, 14"): by position then,
        // before a whole word (not "r. E.-Tourvel", an initial, nor "pl. Œ. 12", an abbreviation).
        const dotted = this.toks[i + 1]?.text === '.' && (this.same(i, i + 2) || (STREET_ABBREVIATIONS.has(w) && this.streetAfterSplit(i + 2)));
        const street = STREET_ABBREVIATIONS.has(w) && (dotted || w.length > 1);
        if (ORG_HEADS_WITH_COMPLEMENT.has(w) || SITE_HEADS.has(w) || street) {
          // "tribunal correctionnel de Reims", "parti communiste d’Allemagne": adjectives may come first.
          let a = street && dotted ? i + 2 : i + 1;
          if (ORG_HEADS_WITH_COMPLEMENT.has(w)) while (a < i + 3 && this.same(i, a) && this.toks[a].kind === 'word' && !this.toks[a].upper && ADJECTIVE_ENDING.test(this.low[a]) && !STARTERS.has(this.low[a])) a++;
          const k = this.complementAt(a);
          const direct = k === a;
          // A lower-case head names a body only after an article or a preposition: "la préfecture de X", not
          // "est parti de X", nor "une banque de Francfort", "un tribunal de Moscou", which describe one.
          const determined = ORG_HEADS_WITH_COMPLEMENT.has(w) ? i > 0 && this.same(i - 1, i) && LINKS.has(this.low[i - 1]) && this.low[i - 1] !== 'en' : true;
          if (k >= 0 && determined && (!direct || SITE_HEADS.has(w) || ORG_HEADS_WITH_NAME.has(w) || street) && !this.isInitial(k)) {
            const e = this.runEnd(k);
            if (!this.matchGazetteer(k, e) || this.matchGazetteer(k, e)!.type === 'LOC') {
              const type: EntityType = ORG_HEADS_WITH_COMPLEMENT.has(w) ? 'ORG' : 'LOC';
              const end = type === 'ORG' ? this.extendOrg(e) : e;
              this.push({ s: i, e: end, lowerHead: type, initial: false });
              i = end;
              continue;
            }
          }
        }
        i++;
        continue;
      }
      if ((this.classes[i] & LOWER_TRIGGER_CLASS) !== 0 && !this.titleAt.has(i)) {
        // "Quai d'Orsay", "Rue de Rivoli", "Bd Haussmann", "Lac Léman": a capitalised site head names the site.
        const e = this.capitalSiteEnd(i);
        if (e > 0) {
          this.push({ s: i, e, lowerHead: 'LOC', initial: false });
          i = e;
          continue;
        }
      }
      const noble = this.capsNobleName(i);
      if (noble > 0) {
        // "M. LE COMTE DE BUTENVAL": the name starts at the particle, the title is its role.
        const j = noble - 1;
        const e = this.runEnd(j + 2);
        this.push({ s: j + 1, e, initial: false, titleNoun: this.low[j] });
        i = e;
        continue;
      }
      const dotted = this.dottedAcronymEnd(i);
      if (dotted > 0) {
        this.push({ s: i, e: dotted, dottedAcronym: true, initial: false });
        i = dotted;
        continue;
      }
      const e = this.runEnd(i);
      i = Math.max(this.segmentRun(i, e), i + 1);
    }
  }

  /** A body's or building's head word at k, as written: "Fédération", "Théâtre", "Chambre". */
  headWord(k: number): boolean {
    const text = this.toks[k].text;
    return (KEY_BITS[this.keys[k]] & HEAD_BIT) !== 0 && (ORG_HEADS.has(text) || BUILDING_HEADS.has(text) || STANDALONE_INSTITUTIONS.has(text));
  }

  /** A whole capitalised word at k right after a street abbreviation's full stop, that the splitter put in the next sentence. */
  streetAfterSplit(k: number): boolean {
    if (!this.isUpperWord(k) || this.toks[k].text.length < 3 || this.toks[k].start - this.toks[k - 1].end > 1) return false;
    return !(this.toks[k + 1]?.text === '.' && this.toks[k + 2]?.text === '-');
  }

  /**
   * End of a site named by a capitalised site head and its capitalised complement, "Quai
   * d'Orsay", "Place Vendôme", "Bd. Haussmann"; 0 if none ("Place aux jeunes", a lone "Rue").
   */
  capitalSiteEnd(i: number): number {
    const w = this.low[i];
    const dotted = this.toks[i + 1]?.text === '.' && this.same(i, i + 2);
    // A capital "R." is an initial ("R. Jalewicz"), not "rue".
    const street = STREET_ABBREVIATIONS.has(w) && w.length > 1;
    if (!SITE_HEADS.has(w) && !street) return 0;
    const a = street && dotted ? i + 2 : i + 1;
    const k = this.complementAt(a);
    if (k < 0 || this.isInitial(k) || !this.same(i, k)) return 0;
    const e = this.runEnd(k);
    const place = this.matchGazetteer(k, e);
    return !place || place.type === 'LOC' ? e : 0;
  }

  /**
   * A capitalised "Le" or "La" after a title, or inside a sentence right after a name that is
   * only a first name, and before another capital, is part of a surname: "Marine Le Pen",
   * "M. Le Royer" (not an article making "Pen" a body).
   */
  capitalisedArticleInName(k: number, e0: number): boolean {
    const w = this.low[k];
    // Not "M. LE COMTE", "M. le ministre": a capital then small letters, and after a title no title
    // after it ("M. Le Comte de X"); after a first name a title word is a surname ("Bruno Le Maire"),
    // unless the press capitalises it as an office ("Pierre Le Ministre").
    if ((w !== 'le' && w !== 'la') || this.toks[k].text[1] !== w[1] || k + 1 >= e0 || !this.isUpperWord(k + 1) || !this.same(k, k + 1) || gz.CAPITALISED_COMMON_NOUNS.has(this.toks[k + 1].text)) return false;
    const titleAfter = TITLES.has(this.low[k + 1]);
    if (this.titleAt.has(k)) return !titleAfter;
    const st = this.st;
    // "Jean de La Fontaine", "M. Louis de La Brosse": after a first name or a title and "de", the article starts the surname.
    if (!titleAfter && this.low[k - 1] === 'de' && !this.toks[k - 1].upper && st.segStart >= 0 && st.segLast === k - 1 && !st.gaz && st.head < 0 && (this.titleAt.has(st.segStart) || FIRST_NAMES.has(this.low[st.segStart]))) return true;
    if (this.initialAt(k) || st.segStart !== k - 1 || st.segLast !== k || st.gaz) return false;
    const prev = this.low[k - 1];
    if (!firstNameOrCompound(prev)) return false;
    st.head = -1; // "Marine" is a first name here, no organisation's head
    return true;
  }

  /**
   * End of a body named by a lower-case head and its adjectives after an article or determiner,
   * "le parti démocratique chrétien"; 0 if none. A capitalised complement ("le parti communiste
   * d'Allemagne") is left to the general head rule.
   */
  lowerNamedEnd(i: number): number {
    const before = this.low[i - 1];
    if (!(i > 0 && this.same(i - 1, i) && (LINKS.has(before) || DETERMINERS.has(before)) && before !== 'en')) return 0;
    // A name takes the definite article: "le parti radical", "au parti socialiste", not "un parti
    // politique", "son parti", "régime de parti unique".
    if (!MASCULINE_ARTICLES.has(before) && before !== 'au') return 0;
    let a = i + 1;
    while (a < i + 4 && this.same(i, a) && this.toks[a].kind === 'word' && !this.toks[a].upper && this.adjective(this.low[a])) a++;
    if (a === i + 1 || this.complementAt(a) >= 0) return 0;
    return a;
  }

  /**
   * End (after the last full stop) of an acronym written with full stops after an article or a
   * preposition: "la R. A. F.", "des P. T. T.", "l'A. S."; 0 if none. Initials before a name
   * ("de J. L. Bonnet") are no acronym.
   */
  dottedAcronymEnd(i: number): number {
    const before = this.low[i - 1];
    if (!(i > 0 && this.same(i - 1, i) && this.toks[i - 1].kind === 'word' && (KEY_BITS[this.keys[i - 1]] & LINK_OR_DETERMINER_BIT) !== 0 && (LINKS.has(before) || DETERMINERS.has(before)))) return 0;
    let j = i;
    let letters = 0;
    while (j + 1 < this.n && this.toks[j].text.length === 1 && this.toks[j].upper && this.toks[j + 1].text === '.' && this.toks[j + 1].start === this.toks[j].end && this.same(i, j + 1)) {
      letters++;
      j += 2;
    }
    if (letters < 2) return 0;
    if (this.isUpperWord(j) && this.same(i, j) && !STARTERS.has(this.low[j])) return 0;
    return j;
  }

  /** Start of "TH. [DE|DES|DU] X", the abbreviated "théâtre" that belongs to a venue's name, else s. */
  theatreAbbreviation(s: number): number {
    // The sentence splitter may end a sentence at "TH.": only adjacency counts here.
    if (s >= this.n) return s;
    let p = s - 1;
    if (p >= 0 && this.same(p, s) && THEATRE_LINKS.has(this.low[p])) p--;
    const near = p >= 1 && this.toks[p].text === '.' && this.toks[p - 1].end === this.toks[p].start && this.toks[p + 1].start - this.toks[p].end <= 1;
    return near && this.low[p - 1] === 'th' && this.toks[p - 1].upper ? p - 1 : s;
  }

  /**
   * A first name written in small letters, or an initial, then a surname in capitals (with a
   * lower-case particle between, "John dos PASSOS"): how the press signs an article.
   */
  capsSurname(c: Candidate, firstName: boolean): boolean {
    let k: number;
    if (firstName && !this.isAllCaps(c.s)) k = c.s + 1;
    else if (this.isInitial(c.s)) k = c.s + 2;
    else return false;
    let caps = 0;
    for (; k < c.e; k++) {
      const t = this.toks[k];
      if (t.kind !== 'word') return false;
      if (!t.upper && NAME_PARTICLES.has(this.low[k])) continue;
      if (t.text.length < 4 || !this.isAllCaps(k) || ROMAN_NUMERAL.test(t.text)) return false; // not "S. EXC."
      caps++;
    }
    return caps >= 1 && caps <= 2;
  }

  /**
   * A noble title in capitals before "DE" and a name in capitals, as parliamentary reports print
   * speakers ("LE BARON DE HEECKEREN"): one past the title's index, else 0.
   */
  capsNobleName(i: number): number {
    let j = i;
    if (this.low[j] === 'le' || this.low[j] === 'la') j++;
    // The cheap Set test first: most capitalised words are no title.
    if ((KEY_BITS[this.keys[j]] & TITLE_BIT) === 0 || !NOBLE_TITLES.has(this.low[j]) || !this.isAllCaps(j) || (j > i && !this.isAllCaps(i))) return 0;
    const particle = this.low[j + 1];
    if ((particle !== 'de' && particle !== "d'") || !this.isUpperWord(j + 2) || !this.isAllCaps(j + 2) || !this.same(i, j + 2)) return 0;
    return j + 1;
  }

  /** A ship: followed by its abbreviated flag ("Patria, fr., New-York"), or after a ship noun and a nationality ("steamer russe Eptitia"). */
  shipEntry(c: Candidate): boolean {
    const q = c.e;
    if (q + 2 < this.n && this.toks[q].text === ',' && SHIP_FLAGS.has(this.low[q + 1]) && !this.toks[q + 1].upper && (this.toks[q + 2].text === '.' || this.toks[q + 2].text === ',') && this.toks[q + 2].start === this.toks[q + 1].end) return true;
    const p = c.s - 1;
    return p > 0 && this.same(p - 1, c.s) && (KEY_BITS[this.keys[p]] & DEMONYM_BIT) !== 0 && DEMONYMS.has(this.low[p]) && PRODUCT_CUES.has(this.low[p - 1]);
  }

  /**
   * Reads "Guyot (Palmyre)": a single capitalised word, then only a first name in brackets, is a
   * surname with its first name, as registers and lists of people print them (not "Pat Sullivan
   * (Félix)", a cartoon's author and its character, nor "Lyon (Rhône)").
   */
  joinBracketedFirstNames(): void {
    const cands = this.cands;
    for (let idx = 0; idx + 1 < cands.length; idx++) {
      const c = cands[idx];
      const f = cands[idx + 1];
      const open = c.e;
      if (c.e - c.s !== 1 || f.s !== open + 1 || f.e !== open + 2 || this.toks[open].text !== '(' || this.toks[f.e]?.text !== ')') continue;
      if (!this.same(c.s, f.e) || this.isAllCaps(c.s) || c.head >= 0 || c.lowerHead || (c.gaz && !c.gaz.weak)) continue;
      const first = this.low[f.s];
      if (!firstNameOrCompound(first)) continue;
      // The span stays the surname (GUIDELINES: the name, no brackets); the first name in
      // brackets is the evidence, not a second person.
      c.gaz = undefined;
      c.bracketedFirstName = true;
      f.drop = true;
      idx++;
    }
  }

  /**
   * A name whose words a "des", "de la" or "de l'" joins, a "du" after a noun, or a "de" before a
   * plural ("Cycle de Conférences"): the shape of a body's or a thing's name; a person's takes
   * these particles after a first name or a title ("Joachim du Bellay", "M. de la Tour").
   */
  linkedName(c: Candidate): boolean {
    const head = this.low[c.s];
    // "du" also joins old surnames to unlisted first names ("Bertrand du Guesclin"): only after a noun's shape.
    const nounFirst = COMMON_NOUN_ENDING.test(head) || head.endsWith('s') || head.endsWith('x');
    for (let k = c.s + 1; k < c.e - 1; k++) {
      if (this.toks[k].upper) continue;
      const w = this.low[k];
      if (w === 'des' || (w === 'du' && nounFirst)) return true;
      if ((w === 'de' || w === "d'") && (this.low[k + 1] === 'la' || this.low[k + 1] === "l'" || (this.toks[k + 1].upper && PLURAL_NOUN.test(this.low[k + 1])))) return true;
    }
    return false;
  }

  /** A second word that agrees in the plural with the first ("Bêtes Humaines"), or a first name after it. */
  pluralPhrase(c: Candidate): boolean {
    const k = c.s + 1;
    return k < c.e && this.toks[k].kind === 'word' && (PLURAL_NOUN.test(this.low[k]) || FIRST_NAMES.has(this.low[k]));
  }

  /**
   * A word in capitals (three letters or more) or a stray letter among the tokens [from, to): a
   * heading or OCR noise ("PATE de NAFÉ de DELANGRENIER", "VA E U C UO"), not an acronym before a
   * name ("HP France").
   */
  capsOrLetters(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const t = this.toks[k];
      if (t.kind !== 'word') continue;
      if ((t.text.length >= 3 && this.isAllCaps(k) && !ROMAN_NUMERAL.test(t.text)) || (t.text.length === 1 && !this.isInitial(k))) return true;
    }
    return false;
  }

  /** A comma and a work's genre at q: ", comédie en 3 actes", ", opéra-bouffe". */
  genreAfter(q: number): boolean {
    if (q + 1 >= this.n || this.toks[q].text !== ',' || this.toks[q + 1].kind !== 'word' || this.toks[q + 1].upper) return false;
    const w = this.low[q + 1];
    const dash = w.indexOf('-');
    return WORK_GENRES.has(w) || (dash > 0 && WORK_GENRES.has(w.slice(0, dash)));
  }

  /** "l'auteur de X": a noun before "de" that makes X a work's title. */
  workCueBefore(s: number): boolean {
    const p = s - 1;
    return p > 0 && this.same(p - 1, s) && (this.low[p] === 'de' || this.low[p] === "d'") && WORK_CUES.has(this.low[p - 1]);
  }

  /** After a ship's abbreviated flag in shipping news, the port: "Tafna, fr., Alger", "Meurthe, fr., Mogador". */
  portAfterFlag(c: Candidate): boolean {
    let p = c.s - 1;
    // Not a heading's label after the entry: "Wilberforce, ang., Départ : 3 janvier".
    if (p < 3 || this.toks[p].text !== ',' || this.toks[c.e]?.text === ':') return false;
    p--;
    if (this.toks[p].text === '.' || this.toks[p].text === ',') p--;
    return this.toks[p].kind === 'word' && !this.toks[p].upper && SHIP_FLAGS.has(this.low[p]) && this.toks[p - 1].text === ',' && this.toks[c.s].start - this.toks[p].end <= 4;
  }

  /**
   * A word of capitalised parts joined by hyphens after a preposition and an article, led by a
   * place's first element ("à la Plaine-Verdier", "de la Butte-Morvan", "du Pré-Fleuri"): a place.
   * Other compounds after an article are clubs, events, periods or bodies ("au Real-Madrid", "au
   * Grand-Prix", "de la Belle-Époque", "la Haute-Autorité"), so the first element must be listed
   * (entityCues.json placeCompoundHeads); not a body's ("au Vélo-Club") nor a town's.
   */
  articleCompound(c: Candidate): boolean {
    const text = this.toks[c.s].text;
    if (c.e - c.s !== 1 || text.indexOf('-') < 0) return false;
    let p = c.s - 1;
    if (!this.same(p, c.s)) return false;
    const w = this.low[p];
    if (w === 'la' || w === 'le' || w === "l'" || w === 'les') {
      p--;
      if (!this.same(p, c.s) || (this.low[p] !== 'à' && this.low[p] !== 'de' && this.low[p] !== "d'")) return false;
    } else if (w !== 'au' && w !== 'aux' && w !== 'du' && w !== 'des') return false;
    const parts = text.split('-');
    if (!PLACE_COMPOUND_HEADS.has(normWord(parts[0]))) return false;
    if (!parts.every((x) => x.length > 1 && x[0] !== x[0].toLowerCase() && !ORG_HEADS.has(x))) return false;
    return !oneWordPlace(parts[0]);
  }

  /**
   * A town whose name starts with an article that the text writes in lower case or contracts
   * after "à" ("à la Flèche", "au Croisic" for "La Flèche", "Le Croisic"): the start of the town's
   * name (the article's token when it is written), -1 if none. Only after "à": many such towns
   * are also common nouns ("La Couronne", "Le Port", "La Force"), and "l'héritier de la Couronne"
   * names none of them.
   */
  articleTown(c: Candidate): number {
    const p = c.s - 1;
    if (!this.same(p, c.s) || this.toks[p].kind !== 'word' || this.toks[p].upper) return -1;
    const a = this.low[p];
    const article = a === 'au' ? 'le' : a === 'aux' ? 'les' : a;
    if (article === a && (!this.same(p - 1, c.s) || this.low[p - 1] !== 'à')) return -1;
    if (article !== 'la' && article !== 'le' && article !== 'les' && article !== "l'") return -1;
    const len = c.e - c.s;
    for (const g of gz.gazetteerEntries(article) ?? []) {
      if (g.type !== 'LOC' || g.words.length !== len + 1 || g.words[0] !== article) continue;
      let k = 0;
      while (k < len && (g.words[k + 1] === this.low[c.s + k] || g.folded[k + 1] === this.low[c.s + k])) k++;
      if (k === len) return article === a ? p : c.s;
    }
    return -1;
  }

  /** "de X à Y" with Y a known place: a journey's start. */
  fromTo(c: Candidate): boolean {
    const p = c.s - 1;
    const q = c.e;
    if (!this.same(p, q + 1) || (this.low[p] !== 'de' && this.low[p] !== "d'") || this.low[q] !== 'à') return false;
    return this.matchGazetteer(q + 1, this.n)?.type === 'LOC';
  }

  /** Start of "TH. DE X", "THEATRE DE X", "CASINO DE X" (capitals) ending at s, else s. */
  capsVenueStart(s: number): number {
    const th = this.theatreAbbreviation(s);
    if (th < s) return th;
    const link = s - 1;
    const head = s - 2;
    const linked = head >= 0 && THEATRE_LINKS.has(this.low[link]) && this.isAllCaps(link) && this.isAllCaps(head) && this.toks[head].text.length >= 4;
    return linked && this.toks[s].start - this.toks[head].end <= 5 ? head : s;
  }

  /** The name is all that stands between opening and closing quotation marks. */
  wholeQuotation(c: Candidate): boolean {
    const open = this.toks[c.s - 1]?.text;
    const close = this.toks[c.e]?.text;
    return (open === '«' || open === '“') && (close === '»' || close === '”');
  }

  /** An adjective by its ending or a nationality ("social-démocrate", "chrétien", "allemand"). */
  adjective(w: string): boolean {
    if (STARTERS.has(w)) return false;
    const dash = w.indexOf('-');
    const first = dash > 0 ? w.slice(0, dash) : w;
    return ADJECTIVE_ENDING.test(w) || ADJECTIVE_ENDING.test(first) || DEMONYMS.has(w) || DEMONYMS.has(first);
  }

  setType(c: Candidate, type: EntityType, confidence: number, evidence: string, strong: boolean): void {
    c.type = type;
    c.confidence = confidence;
    c.strong = strong;
    // A first push into an empty array reserves 17 slots; most candidates keep one or two items.
    if (c.evidence.length === 0) c.evidence = [evidence];
    else c.evidence.push(evidence);
  }

  /**
   * A telephone number of the exchange era after the one-word name at s: two figures, a hyphen, two
   * figures, written together ("Louvre 49-49", "Dor. 60-25"), and something that says it is one
   * (a score or a range has the same shape: "Stormers 24-10", "Kovalenko 21-18, 21-15", "12-14
   * ans"): the exchange's abbreviating full stop ("Gutenb. 67-82") or a telephone word just before
   * ("Tél. Wagram 71-44", "Location : Louvre 49-49").
   */
  phoneNumberAfter(s: number): boolean {
    let k = s + 1;
    const abbreviated = this.toks[k]?.text === '.';
    if (abbreviated) k++;
    if (!this.figurePair(k)) return false;
    // Not a range: "12-14 ans", "1914-1918".
    const after = this.toks[k + 3];
    if (after && ((after.kind === 'number' && after.start === this.toks[k + 2].end) || (after.kind === 'word' && !after.upper && this.low[k + 3] !== 'et' && this.low[k + 3] !== 'ou'))) return false;
    if (abbreviated) return true;
    for (let j = s - 1; j >= Math.max(0, s - 3); j--) if (TELEPHONE_CUES.has(this.low[j])) return true;
    return false;
  }

  /** Two figures, a hyphen and two figures written together at k: "49-49". */
  figurePair(k: number): boolean {
    const a = this.toks[k];
    const dash = this.toks[k + 1];
    const b = this.toks[k + 2];
    if (!a || !dash || !b || a.kind !== 'number' || b.kind !== 'number' || a.text.length !== 2 || b.text.length !== 2) return false;
    return dash.text === '-' && dash.start === a.end && b.start === dash.end;
  }

  /**
   * Whether the name stands where a person acts in its sentence: the subject of a reporting verb
   * right before it ("« … », a déclaré Boulanger"), or of an auxiliary or a reporting verb right
   * after it ("Boulanger a reconnu", "Blanc promet"), in a subject's place
   * (at the sentence start, after a mark or a conjunction; not after a noun: "le cheval Espoir a
   * gagné", nor after a preposition: "le secret de Polichinelle a été"); or the source after
   * "selon" ("selon Berger", "selon Marin Blanc"; a named source, even when it is a firm: "selon
   * Total" is then a person, as it was before the common-word rule, rather than no source).
   */
  speaksOrActs(c: Candidate): boolean {
    const before = c.s - 1;
    if (before >= 0 && this.same(before, c.s) && this.toks[before].kind === 'word') {
      const w = this.low[before];
      if (w === 'selon') return true;
      // The subject after the reporting verb of an incise: "« … », a déclaré Boulanger", "…, assure
      // Berger" (not "l'entreprise annonce Printemps": no mark before the verb).
      if (!this.toks[before].upper && reportingForms(w) !== undefined) return this.inciseBefore(before);
      if (!SUBJECT_OPENERS.has(w)) return false;
    }
    const next = this.toks[c.e];
    if (!next || next.kind !== 'word' || next.upper || !this.same(c.e, c.s)) return false;
    return isAuxiliary(this.low[c.e]) || reportingForms(this.low[c.e]) !== undefined;
  }

  /** Whether the reporting verb at v opens an incise: a comma, a dash or a closing quotation mark before it, or before its auxiliary. */
  inciseBefore(v: number): boolean {
    let k = v - 1;
    if (k >= 0 && this.same(k, v) && isAuxiliary(this.low[k])) k--;
    if (k < 0) return false;
    const t = this.toks[k].text;
    return t === ',' || t === '»' || t === '”' || t === '"' || t === '—' || t === '–';
  }

  /** The plural at k of a head that names a body or a building after a person ("Laboratoires", "Lycées"). */
  private namingHead(k: number): boolean {
    const singular = this.toks[k].text.replace(/[sx]$/, '');
    const low = singular.toLowerCase();
    return ORG_HEADS.has(singular) || BUILDING_HEADS.has(singular) || ORG_HEADS_WITH_NAME.has(low) || SITE_HEADS.has(low) || ORG_HEADS_WITH_COMPLEMENT.has(low);
  }

  /** A noun of a person, a body or a report ending at k, over the adjectives after it ("porte-parole américain"). */
  private sourceNounBefore(k: number): boolean {
    while (k >= 0 && (gz.DEMONYMS.has(this.low[k]) || gz.ROLE_MODIFIERS.has(this.low[k]))) k--;
    return k >= 0 && (isSourceNoun(this.low[k]) || TITLES.has(this.low[k]));
  }

  /** The strong gazetteer entry that the letters of a dotted acronym spell, if any. */
  private spelledPlace(c: Candidate): gz.GazetteerEntry | undefined {
    let letters = '';
    for (let k = c.s; k < c.e; k++) if (this.toks[k].kind === 'word') letters += this.toks[k].text.replace(/\./g, '');
    return gz.gazetteerEntries(gz.normWord(letters))?.find((g) => g.words.length === 1 && !g.weak);
  }

  /** First pass: evidence carried by the name and its immediate context. */
  typeByContext(c: Candidate): void {
    if (c.bracketedFirstName) {
      this.setType(c, 'PER', 0.85, 'bracketed-first-name', true);
      return;
    }
    if (c.dottedAcronym) {
      // "U. R. S. S.", "U.S.A.": the letters may spell a place of the gazetteers ("URSS", "USA").
      const place = this.spelledPlace(c);
      if (place) this.setType(c, place.type, 0.9, `gazetteer:${place.list}`, true);
      else this.setType(c, 'ORG', 0.7, 'dotted-acronym', false);
      return;
    }
    const single = c.e - c.s === 1;
    if (single && (this.toks[c.s].text.length === 1 || this.isTitleAbbreviation(c.s)) && !this.titleAt.has(c.s)) {
      c.drop = true; // a lone letter or title: "au S.-O.", "Mme et Mlle X"
      return;
    }
    const allCaps = single && this.isAllCaps(c.s);
    if (single && this.phoneNumberAfter(c.s)) {
      this.setType(c, 'LOC', 0.7, 'phone-exchange', false); // "Loc. : Louvre 49-49", "tél. Wagram 71-44": the exchange bears its district's name
      return;
    }
    if (this.dateline(c)) {
      this.setType(c, 'LOC', 0.7, 'dateline', false); // "Nancy, 14 janvier. —", "LONDRES, 3 mars"
      return;
    }
    if (c.lowerHead) {
      this.setType(c, c.lowerHead, 0.8, c.lowerHead === 'ORG' ? `org-head:${this.low[c.s]}` : `site:${this.low[c.s]}`, true);
      return;
    }
    if (c.head >= 0) {
      const complement = c.e - c.s > 1;
      if (!complement) {
        const article = this.articleBefore(c);
        const au = c.s > 0 && this.low[c.s - 1] === 'au';
        if (STANDALONE_INSTITUTIONS.has(this.toks[c.s].text) && ((article && !PLURAL_ARTICLES.has(article)) || au) && !c.initial) {
          this.setType(c, 'ORG', 0.6, `institution:${this.toks[c.s].text}`, false); // "la Chambre", "le Sénat"
          return;
        }
        c.drop = true; // a head alone ("la Bibliothèque", "Centre") names no one in particular
        return;
      }
      const head = this.toks[c.head].text;
      if (BUILDING_HEADS.has(head)) this.setType(c, 'LOC', 0.85, `building:${head}`, true);
      else this.setType(c, 'ORG', 0.85, `org-head:${head}`, true);
      return;
    }
    const titled = this.titleAt.get(c.s);
    if (c.gaz && c.gaz.weak) {
      if (!titled) c.placeHint = c.gaz.list;
      c.gaz = undefined;
      if (c.e - c.s > 1 && !titled) return; // a multi-word commune is typed in the second pass
    }
    if (this.low[c.e] === 'et' && (this.toks[c.e + 1]?.text === 'Cie' || this.toks[c.e + 1]?.text === 'Co') && this.same(c.s, c.e + 1)) {
      c.e += 2; // "Schneider et Cie": a firm
      this.setType(c, 'ORG', 0.8, 'firm', true);
      return;
    }
    if (this.shipEntry(c)) {
      c.drop = true; // a ship in shipping news, "Patria, fr., New-York", "trois-mâts anglais Glencorse"
      return;
    }
    if (c.gaz && this.isAllCaps(c.s) && this.venueListing(c)) {
      // "THEATRE DE PARIS 8 h. 30", "TH. DE PARIS. — 8 h. 30": a place that ends a venue's name.
      const start = this.capsVenueStart(c.s);
      if (start < c.s) {
        c.s = start;
        this.setType(c, 'LOC', 0.6, 'venue-listing', false);
        return;
      }
    }
    if (c.gaz && !titled) {
      if (c.gaz.ambiguous && c.initial && !this.placeCue(c)) {
        c.drop = true;
        return;
      }
      this.setType(c, c.gaz.type, c.gaz.ambiguous ? 0.7 : 0.95, `gazetteer:${c.gaz.list}`, true);
      return;
    }
    const prev = c.s - 1;
    if (this.same(prev, c.s) && PRODUCT_CUES.has(this.low[prev])) {
      c.drop = true;
      return;
    }
    if (titled) {
      this.setType(c, 'PER', 0.9, `title:${titled}`, true);
      return;
    }
    if (c.particleName) {
      this.setType(c, 'PER', 0.75, 'particle-name', true);
      return;
    }
    if (c.titleNoun) {
      c.role = c.titleNoun;
      this.setType(c, 'PER', 0.8, `role:${c.titleNoun}`, true);
      return;
    }
    if (single && (TITLES.has(this.low[c.s]) || ROMAN_ORDINAL.test(this.toks[c.s].text))) {
      c.drop = true; // a capitalised title alone: "Trésorier : X", "Président"
      return;
    }
    const descriptor = this.descriptorBefore(c);
    if (descriptor) {
      this.setType(c, 'ORG', 0.85, `descriptor:${descriptor}`, true);
      return;
    }
    const role = this.roleBefore(c);
    if (role) {
      c.role = role;
      this.setType(c, 'PER', 0.85, `role:${firstWord(role).toLowerCase()}`, true);
      return;
    }
    if (c.gazPrefix) {
      this.setType(c, 'ORG', 0.7, 'place-prefixed-name', true);
      return;
    }
    if (!this.isAllCaps(c.s) && c.e - c.s <= 4 && this.isAllCaps(c.e - 1) && this.venueListing(c)) {
      // "Mélo MADELEINE. 9 h.": the end of a play's title has lost its full stop before the next venue.
      let s = c.e - 1;
      while (s > c.s && this.isAllCaps(s - 1)) s--;
      c.s = s;
      this.setType(c, 'LOC', 0.6, 'venue-listing', false);
      return;
    }
    // A short acronym before a time is a venue only in a theatre programme: "ARTE, 20.55" is a channel.
    if (this.isAllCaps(c.s) && c.e - c.s <= 4 && this.venueListing(c) && (c.e - c.s > 1 || this.toks[c.s].text.length >= 5 || this.theatreAbbreviation(c.s) < c.s || this.inProgramme(c.s))) {
      const th = this.theatreAbbreviation(c.s);
      c.s = th < c.s || !this.inProgramme(c.s) ? th : this.abbreviatedVenueStart(c.s);
      this.setType(c, 'LOC', 0.6, 'venue-listing', false);
      return;
    }
    if (c.e - c.s <= 4 && this.programmeItemHead(c, this.abbreviatedVenueStart(c.s))) {
      // The layout of a programme: "MARCEAU. Relâche.", "FLORIDOR. — Le Billet perdu.", "CO.-VERNIER. Relâche."
      c.s = this.abbreviatedVenueStart(c.s);
      this.setType(c, 'LOC', 0.55, 'programme-item', false);
      return;
    }
    if (allCaps) {
      const w = this.toks[c.s].text;
      // "ADOLPHE, médecin, r. St-Martin": a word in capitals with a trade in apposition is a person, as small ads sign.
      const trade = w.length > 2 && !this.inCapsHeadline(c) && !ROMAN_NUMERAL.test(w) ? this.roleAfter(c) : undefined;
      if (trade) {
        c.role = trade;
        this.setType(c, 'PER', 0.7, 'caps-name-role', true);
        c.evidence.push('apposition');
        return;
      }
      if (w.length > 4 && !this.articleBefore(c) && !this.inCapsHeadline(c) && !ROMAN_NUMERAL.test(w) && this.addressAfter(c) && !isCommonWord(w)) {
        // "PELLETIER, rue de Rivoli, 116": a name in capitals signing a small ad with its address is the advertiser
        // (not "CAFE, rue …", a word, nor "la CGT, rue …", an acronym of the length or with the article of a body).
        this.setType(c, 'PER', 0.6, 'caps-name-address', true);
        return;
      }
      const next = this.toks[c.e];
      // A heading word ("SUCRE. —", "TH. ANTOINE"), an accented or long capitalised word is no acronym.
      // (By position, not sentence: the splitter may end a sentence at the full stop.)
      const after = this.toks[c.e + 1];
      const heading = next?.text === '.' && after !== undefined && after.start - next.end <= 1 && (after.text === '—' || this.isAllCaps(c.e + 1));
      const theatre = this.theatreAbbreviation(c.s + 1) === c.s || this.theatreAbbreviation(c.s + 2) === c.s; // "TH. ANTOINE", "TH. DES ARTS"
      // Nor is a word of the language in capitals ("CAFE à céder"), unless an article makes it a body ("le RAID").
      if (this.inCapsHeadline(c) || ROMAN_NUMERAL.test(w) || w.length > 4 || heading || theatre || w !== foldAccents(w).toUpperCase() || (isCommonWord(w) && !this.articleBefore(c))) {
        c.drop = true;
        return;
      }
      this.setType(c, 'ORG', 0.75, 'acronym', true);
      return;
    }
    const words = this.upperWords(c);
    if (words >= 2 && ROMAN_ORDINAL.test(this.toks[c.s].text)) {
      c.drop = true; // "XIe Quatuor", "IIIe Symphonie": an ordinal numbers a work or an event, no person
      return;
    }
    if (words >= 2) {
      if (this.inCapsHeadline(c) && this.isAllCaps(c.s)) {
        c.drop = true;
        return;
      }
      const site = this.low[c.s];
      const siteArticle = this.articleBefore(c);
      if ((SITE_HEADS.has(site) || STREET_ABBREVIATIONS.has(site)) && site.length > 1 && !this.isAllCaps(c.s) && this.toks[c.s + 1]?.text !== '.' && !(siteArticle && MASCULINE_ARTICLES.has(siteArticle))) {
        // "Bd Haussmann", "Rue Lepic", "Place Vendôme": a street or a site written with a capital (not "Col. Smith";
        // "le Quai d'Orsay" after a masculine article stands for the body housed there).
        this.setType(c, 'LOC', 0.75, `site:${site}`, true);
        return;
      }
      const firstName = FIRST_NAMES.has(this.low[c.s]);
      if (this.isAllCaps(c.s) && this.toks[c.s].text.length <= 5 && !NON_ENTITY_ACRONYMS.has(this.toks[c.s].text) && !this.isAllCaps(c.s + 1) && !this.capsOrLetters(c.s + 1, c.e)) {
        this.setType(c, 'ORG', 0.65, 'acronym-name', true); // "HP France", "RIA Novosti"
        return;
      }
      if (this.capsSurname(c, firstName)) {
        this.setType(c, 'PER', 0.75, 'caps-surname', true); // a byline or signature: "Jean FREVILLE", "W. CHURCHILL"
        return;
      }
      for (let k = c.s; k < c.e; k++) {
        const t = this.toks[k];
        if (t.kind !== 'word') continue;
        // Capitals-only words or stray letters: a heading or OCR noise, not a name ("NAVIRES RENCONTRÉS", "R Reine").
        if ((t.text.length >= 3 && this.isAllCaps(k) && !ROMAN_NUMERAL.test(t.text)) || (t.text.length === 1 && !this.isInitial(k))) {
          c.drop = true;
          return;
        }
      }
      if (this.wholeQuotation(c)) {
        c.drop = true; // a title of a work that fills its quotation marks: « Manhattan Transfer », « Joe Williams »
        return;
      }
      const first = this.low[c.s];
      if (!firstName && PLURAL_NOUN.test(first) && !this.isInitial(c.s)) {
        // A plural first word names a firm or a body, not a person: "Chargeurs Réunis", "Galeries Lafayette",
        // "Moteurs Gnome ........ 495 .. 485". Not a plural noun that an adjective agrees with, that "des",
        // "du", "de la" join to another noun, or before a person's name (out of a stock list): a heading, a
        // work's title or a common noun ("Locations Saisonnières", "Locations d'Immeubles", "Halles Jean X").
        if (this.tableRow(c) !== 'stock' && (this.pluralPhrase(c) || this.linkedName(c))) {
          if (c.e - c.s >= 3 && FIRST_NAMES.has(this.low[c.s + 1]) && this.upperWords(c) === c.e - c.s && !this.namingHead(c.s)) {
            // "aux Halles Yves Picart": the plural noun goes, the person's name after it stays (not "les
            // Laboratoires Pierre Fabre", "les Écoles Jules Ferry": a body or a building named after a person).
            c.s++;
            c.initial = false;
            c.placeHint = undefined;
            this.typeByContext(c);
            return;
          }
          c.drop = true;
          return;
        }
        this.setType(c, 'ORG', 0.55, 'plural-name', false);
        return;
      }
      const article = firstName ? undefined : this.articleBefore(c);
      if (article && this.afterClock(c.s - 1)) {
        c.drop = true; // a play in a programme: "8 h. 45 : Le Fruit vert"
        return;
      }
      if (article && !PLURAL_ARTICLES.has(article)) {
        if (!this.isInitial(c.s) && this.linkedName(c)) {
          // Without a head word, "des", "du", "de la" join the words of a work's or an event's title
          // ("la Fête des Lilas", "La Chanson de l'Aube"), which bodies name with a head ("la Ligue des X").
          c.drop = true;
          return;
        }
        // People take no article: "le Quai d’Orsay", "la Libre Pensée" name bodies.
        this.setType(c, 'ORG', 0.6, `article:${article}`, false);
        return;
      }
      const row = firstName ? undefined : this.tableRow(c);
      if (row === 'stock') {
        this.setType(c, 'ORG', 0.5, 'table-row', false); // a row of a stock list: "Vieille Montagne ........ 1415 .. 1420"
        return;
      }
      if (row) {
        c.drop = true; // a row of another table: "Mount Elliott ........... ... .."
        return;
      }
      const share = firstName ? 0 : this.stockQuote(c);
      if (share) {
        c.e = share;
        this.setType(c, 'ORG', 0.5, 'stock-quote', false); // "; Canadian Pacific, 202 ;"
        return;
      }
      if (this.afterClock(c.s)) {
        c.drop = true; // the title of a work in a programme: "8 h. 45 : Georges Dandin", "8.15 Peer Gynt"
        return;
      }
      if (!firstName && !this.isInitial(c.s) && this.linkedName(c)) {
        // "Cycle de Conférences", "Infirmière des Hôpitaux": without a first name, "du", "des", "de la"
        // join the words of a heading, a title or a body, not a person's name; with no head word to type it, no entity.
        c.drop = true;
        return;
      }
      if (!firstName && this.afterSplitCapital(c)) {
        c.drop = true; // "My Lady Dainty", "The Great Marcel": the rest of a title or a longer name
        return;
      }
      if (!firstName && this.figureAfter(c)) {
        c.drop = true; // "Royal Dutch 1/10e", "Miss Deeds, 12, r. Magellan": a share or an address in a list
        return;
      }
      this.setType(c, 'PER', firstName ? 0.85 : 0.7, firstName ? 'first-name' : 'multiword-name', true);
      return;
    }
  }

  /** Second pass: single words with no evidence of their own, typed by the rest of the document. */
  typeByDocument(c: Candidate, perWords: Set<string>, known: Map<string, EntityType>, common: Set<string>): void {
    const w = this.low[c.s];
    if (this.isAllCaps(c.s) && this.inCapsHeadline(c)) {
      c.drop = true;
      return;
    }
    if (perWords.has(w)) {
      this.setType(c, 'PER', 0.8, 'repeats-person-name', false);
      return;
    }
    const seen = known.get(w);
    if (seen) {
      this.setType(c, seen, 0.75, 'repeats-name', false);
      return;
    }
    // "; Shell, 4 25/32 ;": a share, named after its company (not "Cuivre: Comptant, 71 18 9 ;",
    // where an adjective or a participle says how the metal is sold, unless a class of share follows: "Steel common").
    const share = this.stockQuote(c);
    if (share && (share > c.e || (!ADJECTIVE_ENDING.test(w) && !w.endsWith('ant')))) {
      c.e = share;
      this.setType(c, 'ORG', 0.5, 'stock-quote', false);
      return;
    }
    if (FAMOUS_SURNAMES.has(w) && !(c.placeHint && this.placeCue(c))) {
      this.setType(c, 'PER', 0.75, 'famous-surname', false); // "Face à Mussolini", not "à Thiers" the town
      return;
    }
    // A commune named like a word of the language ("Etain" in a metals report) needs a place cue too.
    if (c.placeHint && !common.has(w) && ((!c.initial && !(c.placeHint === 'communes' && isCommonWord(this.toks[c.s].text))) || this.placeCue(c))) {
      this.setType(c, 'LOC', 0.7, `gazetteer:${c.placeHint}`, false);
      return;
    }
    if (FIRST_NAMES.has(w)) {
      this.setType(c, 'PER', 0.6, 'first-name', false);
      return;
    }
    if (this.portAfterFlag(c)) {
      this.setType(c, 'LOC', 0.7, 'ship-port', false); // "Meurthe, fr., Mogador": the port a ship sails to or from
      return;
    }
    if (this.fromTo(c)) {
      this.setType(c, 'LOC', 0.7, 'from-to', false); // "de Cardif à Constantinople"
      return;
    }
    const cue = this.placeCue(c);
    if (cue) {
      this.setType(c, 'LOC', 0.7, `place-cue:${cue}`, false);
      return;
    }
    const text = this.toks[c.s].text;
    if (PLACE_COMPOUND.test(text) && !c.initial) {
      this.setType(c, 'LOC', 0.6, 'place-compound', false);
      return;
    }
    if (this.articleCompound(c)) {
      this.setType(c, 'LOC', 0.6, 'article-compound', false); // "à la Plaine-Verdier", "de la Butte-Rouge"
      return;
    }
    const townStart = common.has(w) ? -1 : this.articleTown(c);
    if (townStart >= 0) {
      c.s = townStart;
      this.setType(c, 'LOC', 0.7, 'article-town', false); // "à la Flèche", "au Croisic"
      return;
    }
    const prev = c.s - 1;
    const afterDeterminer = this.same(prev, c.s) && (DETERMINERS.has(this.low[prev]) || this.toks[prev].kind === 'number' || this.afterTime(c.s));
    if (common.has(w) || afterDeterminer || COMMON_NOUN_ENDING.test(w)) {
      c.drop = true; // a common noun: written in lower case elsewhere, after a determiner, or with a noun suffix
      return;
    }
    const article = this.articleBefore(c);
    if (article && MASCULINE_ARTICLES.has(article)) {
      const next = this.toks[c.e];
      const quoted = c.s > 1 && this.same(c.s - 2, c.s) && (this.toks[c.s - 2].text === '«' || this.toks[c.s - 2].text === '“');
      if (quoted || this.afterClock(c.s - 1) || (next && this.same(c.e, c.s) && (TITLE_CLOSERS.has(next.text) || next.upper))) {
        c.drop = true; // the title of a work: « Le Radeau », Le Robot, "EMPIRE, 8.30, Le Robot"
        return;
      }
      // "du X de …" with X a word of the language is a common noun with its complement ("la réforme du Code
      // d'instruction", "celles du Fonds de renouvellement"), unless a person, a body or a report of X comes
      // before ("le porte-parole américain du Pentagone de …"). Alone, "du Pentagone", "du Monde" name bodies.
      if (article === 'du' && (this.low[c.e] === 'de' || this.low[c.e] === "d'") && this.same(c.s, c.e) && !this.sourceNounBefore(c.s - 2) && isCommonWord(this.toks[c.s].text)) {
        c.drop = true;
        return;
      }
      // "le X" names a body as the subject of a verb ("le Kremlin a déclaré", "Le Rio-Tinto clôture") or as a
      // source ("selon le Pentagone,"); before a mark, a link or nothing it is as often a work, a commodity or a
      // hotel ("le Voleur.", "le Ruhl, le Royal").
      const verbAfter = next !== undefined && this.same(c.e, c.s) && next.kind === 'word' && !next.upper && !LINKS.has(this.low[c.e]) && this.low[c.e] !== 'et' && this.low[c.e] !== 'ou';
      if (article === 'le' && !verbAfter && !(this.same(c.s - 2, c.s) && this.low[c.s - 2] === 'selon')) {
        c.drop = true;
        return;
      }
      this.setType(c, 'ORG', 0.6, `article:${article}`, false);
      return;
    }
    if (prev >= 0 && this.same(prev, c.s) && (this.low[prev] === 'née' || this.low[prev] === 'né')) {
      this.setType(c, 'PER', 0.6, 'birth-name', false); // "Mme Leclerre, née Caron"
      return;
    }
    const next0 = this.toks[c.e];
    if (next0 && next0.text === ',' && this.same(c.e + 1, c.s) && this.low[c.e + 1] === 'qui' && !article) {
      this.setType(c, 'PER', 0.6, 'relative-qui', false); // "Muller, qui a pris part"
      return;
    }
    const contracted = c.s > 0 && this.same(c.s - 1, c.s) && (this.low[c.s - 1] === 'au' || this.low[c.s - 1] === 'aux');
    if (c.initial || article || contracted) {
      c.drop = true; // no evidence at a sentence start; "la X", "au X" are mostly titles of works, institutions or common nouns
      c.unproven = !article && c.initial;
      return;
    }
    // A word joined to another by a slash is a photo credit: "Kremlin/Associated Press", "X/AFP".
    if ((this.same(prev, c.s) && this.toks[prev].text === '/') || (this.toks[c.e]?.text === '/' && this.isUpperWord(c.e + 1))) {
      this.setType(c, 'ORG', 0.6, 'credit', false);
      return;
    }
    const next = this.toks[c.e];
    const row = this.tableRow(c);
    if (row === 'stock') {
      this.setType(c, 'ORG', 0.5, 'table-row', false); // a row of a stock list: "Métropolitain .......... 1304 .. 1290"
      return;
    }
    if (row) {
      c.drop = true; // a row of a price list: "Etranger ......... 25 » 50 »"
      return;
    }
    if (next && this.same(c.e, c.s) && next.kind === 'number') {
      c.drop = true; // "Studio 28", "Messerschmitt 109"
      return;
    }
    if (PLURAL_NOUN.test(w)) {
      c.drop = true; // a plural noun, capitalised as a heading or a people: "Offres", "Celtes"
      return;
    }
    if (this.firmCompound(c, perWords)) {
      this.setType(c, 'ORG', 0.5, 'firm-compound', false); // "Tobis-Klang-Film", "Rhône-Poulenc"
      return;
    }
    if (!VOWEL.test(w)) {
      c.drop = true; // "Px", "Chrpn": an abbreviation or OCR noise, no name
      return;
    }
    if (this.toks[c.e]?.text === ':' && c.e + 1 < this.n && (this.toks[c.e + 1].kind === 'number' || CALENDAR.has(this.low[c.e + 1]))) {
      c.drop = true; // a label before a date or a figure: "Départ : 3 janvier", "Tirage : 12 000"
      return;
    }
    if (this.nounComplement(c)) {
      c.drop = true; // "Fonds de commerce", "Réunion d'information": a common noun and its complement
      return;
    }
    if (prev > 1 && this.low[prev] === 'et' && this.same(prev - 1, c.s) && this.toks[prev - 1].upper && this.afterClock(prev - 1)) {
      c.drop = true; // "OPÉRA, 8.30, Persée et Andromède": the rest of a programme's title
      return;
    }
    const adj = this.toks[c.e];
    if (adj && adj.kind === 'word' && !adj.upper && this.same(c.s, c.e) && FEMININE_ADJECTIVE.test(this.low[c.e]) && !this.low[c.e].includes('-') && !reportingForms(this.low[c.e])) {
      c.drop = true; // "Côte occidentale", "Adresse télégraphique": a noun and its adjective
      return;
    }
    this.setType(c, 'PER', 0.4, 'capitalised', false);
  }

  /**
   * A figure right after the name or after its comma or full stop, as market reports, tables and
   * small ads print shares, firms and shops ("Rio Tinto, 47", "Réors. 1175", "Mazer, 48, rue
   * Richer"); a person's name takes no figure there but an age ("Durand, 32 ans") or a year
   * ("Victor Hugo, 1802"). By position, not sentence: the splitter may end one at the full stop.
   */
  figureAfter(c: Candidate): boolean {
    let q = c.e;
    const stop = q < this.n && this.toks[q].text === '.';
    if (stop || (q < this.n && this.toks[q].text === ',')) q++;
    if (q >= this.n || this.toks[q].kind !== 'number' || this.toks[q].start - this.toks[c.e - 1].end > 3 || YEAR.test(this.toks[q].text)) return false;
    const after = q + 1 < this.n ? this.toks[q + 1] : undefined;
    if (!after) return !stop;
    // An ordinal ("4e acte", "2e"), an age; after a full stop, a figure that a word follows starts the next sentence.
    if (after.kind === 'word' && (after.start === this.toks[q].end || stop || this.low[q + 1] === 'ans' || this.low[q + 1] === 'an')) return false;
    return true;
  }

  /**
   * Right after a capitalised word of the same sentence that the scan kept out of the name: a
   * place ("Baltimore Ohio", "Liverpool Stadium"), an English article ("The Vagabond"), a
   * capitalised noun ("Industrie Nationale", "Jeudi Vendr."). A person's name has no reason to be
   * cut there: the name is the rest of a longer one (a share, a venue, a title), no person's on its
   * own. Not after the sentence's first word ("Mais Durand", "C'était Lavinia"), a heading in
   * capitals ("L'UNITÉ POLONAISE Paderewski") or a verb, whose sentence start a caption may lose
   * ("REGARDER | Voir Kim Jong-un arriver").
   */
  afterSplitCapital(c: Candidate): boolean {
    const p = c.s - 1;
    return p > 0 && this.same(p, c.s) && this.toks[p].kind === 'word' && this.toks[p].upper && this.toks[p].text.length > 1 && !this.isAllCaps(p) && !this.initialAt(p) && !this.isTitleAbbreviation(p) && !INFINITIVE.test(this.low[p]);
  }

  /**
   * A word of three or more capitalised parts joined by hyphens ("Tobis-Klang-Film"), or of a
   * place and an unknown word ("Rhône-Poulenc") that the document does not give a person: the
   * shape of a firm's name, not of a person's (whose hyphens join two first names or two
   * surnames) nor of a place (listed whole).
   */
  firmCompound(c: Candidate, perWords: Set<string>): boolean {
    const text = this.toks[c.s].text;
    if (c.e - c.s !== 1 || text.indexOf('-') < 0) return false;
    const parts = text.split('-');
    // Not a place's ("St-Pétersbourg", "Saint-Jean-Pied") nor a name with particles ("Mohamed-Ben-Ismaël").
    if (PLACE_COMPOUND.test(text) || FIRST_NAMES.has(normWord(parts[0]))) return false;
    if (parts.some((p) => p.length < 3 || p[0] === p[0].toLowerCase() || NAME_PARTICLES.has(normWord(p)) || FOREIGN_PARTICLES.has(normWord(p)))) return false;
    // Two parts are as often a meeting or a route ("sommet Hollande-Merkel", "rencontre
    // Kim-Poutine": two people, per GUIDELINES); three, when none is a place ("Paris-Lyon-
    // Marseille", "Bourgogne-Franche-Comté") nor a person the document names, a firm.
    if (parts.length < 3) return false;
    return !parts.some((p) => oneWordPlace(p) || perWords.has(normWord(p)));
  }

  /**
   * "de" or "d'" and a noun after the word: a capitalised common noun with its complement
   * ("Crépuscule de gloire", "Hôtels de Nice"), which a surname alone seldom takes; not before a
   * verb or a pronoun ("demanda à Durand de venir", "permit à X de s'évader").
   */
  nounComplement(c: Candidate): boolean {
    const d = c.e;
    if (d + 1 >= this.n || (this.low[d] !== 'de' && this.low[d] !== "d'") || !this.same(c.s, d + 1) || this.toks[d + 1].kind !== 'word') return false;
    if (this.toks[d + 1].upper) return true;
    const w = this.low[d + 1];
    return !INFINITIVE.test(w) && !STARTERS.has(w);
  }

  /**
   * An item of a market report: after ";" or ":", the name, a comma and a price that a ";", a
   * fraction or another figure follows ("; Canadian Pacific, 202 ;", ": Chartered, 41/10 1/2 ;").
   * The class of share may follow the name in lower case ("; Steel common, 175 ;") and the comma
   * may be lost or read as a full stop ("; Southern Pacific 124 ;", "; De Beers. 9 3/4 ;"). Returns
   * the end of the share's name with its class, 0 if none.
   */
  stockQuote(c: Candidate): number {
    const p = c.s - 1;
    if (p < 0 || !this.same(p, c.s) || (this.toks[p].text !== ';' && this.toks[p].text !== ':')) return 0;
    let q = c.e;
    for (let words = 0; words < 2 && q < this.n && this.toks[q].kind === 'word' && !this.toks[q].upper && !LINKS.has(this.low[q]) && this.low[q] !== 'et'; words++) q++;
    const end = q;
    if (q < this.n && (this.toks[q].text === ',' || this.toks[q].text === '.')) q++;
    // By position, not sentence: the splitter may end a sentence at "ord.".
    if (q + 1 >= this.n || this.toks[q].kind !== 'number' || this.toks[q + 1].start - this.toks[c.e - 1].end > 40) return 0;
    const after = this.toks[q + 1];
    // Without the comma only a ";" after the figure makes it a price ("; Paris 1889 ;" would be a date).
    if (q === end && after.text !== ';') return 0;
    return after.text === ';' || after.text === '/' || after.kind === 'number' ? end : 0;
  }

  /**
   * A name that a leader of full stops follows heads a row of a table: 'stock' when two prices
   * come next, the previous and the day's, as a stock list prints them ("Vieille Montagne ........
   * 1415 .. 1420", "Fives-Lille .. 1035 .. 1049"); 'row' for another table's row, a price list's
   * single column or a leader with no figure ("Etranger ......... 25 » 50 »", "Hygiène . . .. 15
   * fr.", "Mount Elliott ........... ... .."), no person's name; undefined without a leader (an
   * ellipsis of three full stops in a dialogue is none: "Dupont...").
   */
  tableRow(c: Candidate): 'stock' | 'row' | undefined {
    let q = c.e;
    // By position, not sentence: the splitter ends sentences inside the leader.
    const near = (k: number) => k < this.n && this.toks[k].start - this.toks[k - 1].end <= 2;
    let dots = 0;
    for (; dots < 60 && near(q) && this.toks[q].text === '.'; dots++) q++;
    if (dots < 2) return undefined;
    if (!near(q) || this.toks[q].kind !== 'number') return dots >= 5 ? 'row' : undefined;
    q++;
    // "1415 .. 1420", "26 50 26", "67 50 67 35": a few marks between the two prices.
    for (let marks = 0; marks < 4 && near(q) && this.toks[q].text === '.'; marks++) q++;
    return near(q) && this.toks[q].kind === 'number' ? 'stock' : 'row';
  }

  /** A dateline: a place, a comma, a day and a month ("Nancy, 14 janvier"). */
  dateline(c: Candidate): boolean {
    const q = c.e;
    return (
      q + 2 < this.n &&
      this.toks[q].text === ',' &&
      this.toks[q + 1].kind === 'number' &&
      this.toks[q + 1].text.length <= 2 &&
      CALENDAR.has(this.low[q + 2]) &&
      this.same(q + 2, c.s)
    );
  }

  /** A programme listing puts the title of a work after the time: "OPÉRA, 8.30, Persée", "9 h., Cendrillon". */
  afterTime(s: number): boolean {
    for (let p = s - 1, steps = 0; steps < 4 && this.same(p, s); p--, steps++) {
      const t = this.toks[p];
      // A year or a quantity is no clock time: "En 1922, Dupont".
      if (t.kind === 'number') return steps > 0 && t.text.length <= 5 && !/^\d{3,}$/.test(t.text);
      // ";" after a time only in a programme ("8 h. 45 ; Le Voyageur"): elsewhere it ends a clause ("Réunion à 18 h ; Dupont présidera").
      if (t.text !== ',' && t.text !== '.' && t.text !== ':' && this.low[p] !== 'h' && (t.text !== ';' || !this.inProgramme(s))) return false;
    }
    return false;
  }

  /**
   * Right after a clock time, as a programme prints it: "8.30, ", "9 h., ", "8 h. 45 : " (not a
   * year, "En 1922, X", nor a day, "le 14, X").
   */
  afterClock(s: number): boolean {
    // By position, not sentence: the splitter may end a sentence at "h.".
    const near = (p: number) => p >= 0 && this.toks[p + 1].start - this.toks[p].end <= 2;
    let p = s - 1;
    for (let punct = 0; punct < 2 && near(p) && this.toks[p].kind === 'punct' && ',.:;'.includes(this.toks[p].text); punct++) p--;
    if (!near(p)) return false;
    if (this.toks[p].kind === 'number') {
      if (/^\d{1,2}[.,]\d\d$/.test(this.toks[p].text)) return true;
      if (this.toks[p].text.length > 2) return false;
      p--;
      if (near(p) && this.toks[p].text === '.') p--;
    }
    return near(p) && near(p - 1) && this.low[p] === 'h' && this.toks[p - 1].kind === 'number';
  }

  /** "rencontre Kim-Poutine": a hyphenated pair of known person names gives two mentions. */
  splitCompound(c: Candidate, perWords: Set<string>): EntityMention[] | null {
    const t = this.toks[c.s];
    if (t.text.indexOf('-') < 0) return null;
    const parts = t.text.split('-');
    if (parts.length !== 2 || !parts.every((p) => p.length > 1 && p[0] !== p[0].toLowerCase() && perWords.has(normWord(p)))) return null;
    const second = t.start + parts[0].length + 1;
    const evidence = ['compound-of-known-names'];
    return [
      { start: t.start, end: t.start + parts[0].length, text: parts[0], type: 'PER', id: parts[0], confidence: 0.75, evidence },
      { start: second, end: t.end, text: parts[1], type: 'PER', id: parts[1], confidence: 0.75, evidence },
    ];
  }

  /**
   * "Victor Hugo-Richard Wagner": a song's poet and composer joined by a hyphen that a surname and a
   * first name share. Split there when a capitalised word follows and the word before the hyphen
   * is no first name, or stands where the surname does (after a first name) in no listed
   * compound ("Pierre Jean-Marie Dupont" stays whole); null if not such a pair.
   */
  splitJoinedNames(c: Candidate): EntityMention[] | null {
    for (let k = c.s + 1; k < c.e - 1; k++) {
      const t = this.toks[k];
      const dash = t.text.indexOf('-');
      if (dash <= 0 || t.text.indexOf('-', dash + 1) >= 0 || !this.toks[k + 1].upper) continue;
      const before = this.low[k].slice(0, dash);
      const after = this.low[k].slice(dash + 1);
      if (!FIRST_NAMES.has(after) || t.text[dash + 1] === t.text[dash + 1].toLowerCase()) continue;
      // A first name before the hyphen is a surname only after another first name and outside a listed compound ("Victor Hugo-Richard", not "Jean-Paul").
      if (FIRST_NAMES.has(before) && (k !== c.s + 1 || !FIRST_NAMES.has(this.low[c.s]) || FIRST_NAMES.has(this.low[k]))) continue;
      const cut = t.start + dash;
      const a = this.toks[c.s].start;
      const b = this.toks[c.e - 1].end;
      const evidence = [...c.evidence, 'joined-names'];
      const first = this.text.slice(a, cut);
      const second = this.text.slice(cut + 1, b);
      return [
        { start: a, end: cut, text: first, type: 'PER', id: first, confidence: c.confidence, evidence },
        { start: cut + 1, end: b, text: second, type: 'PER', id: second, confidence: c.confidence, evidence },
      ];
    }
    return null;
  }

  /**
   * A weakly typed name in a coordination or an enumeration takes the type of a well-typed
   * neighbour: "Donetsk et Louhansk", "de Kramatorsk et de X", "Vou, Ligueil, Varennes".
   */
  coordinate(list: Candidate[]): void {
    for (let idx = 0; idx < list.length; idx++) {
      const c = list[idx];
      if (c.drop || c.strong || !c.type || c.confidence >= 0.6 || c.evidence.includes('repeats-person-name') || c.evidence[0] === 'programme-item') continue;
      const before = idx > 0 ? list[idx - 1] : undefined;
      const after = idx + 1 < list.length ? list[idx + 1] : undefined;
      let type: EntityType | null = null;
      if (before && !before.drop && before.confidence >= 0.6 && this.coordinated(before.e, c.s) && this.listed(before.s, c.e)) type = before.type;
      else if (after && !after.drop && after.confidence >= 0.6 && this.coordinated(c.e, after.s) && this.listed(c.s, after.e)) type = after.type;
      // "Le club a battu Nantes et Meunier a marqué": a person who acts is in no list of places.
      if (type && type !== c.type && !(c.type === 'PER' && this.speaksOrActs(c))) {
        c.type = type;
        c.evidence.push('coordination');
      }
    }
  }

  /**
   * Two names [s, e) separated by a comma alone are a list only if the list goes on before or
   * after them ("Vou, Ligueil, Varennes"): in "À Lille, Vandamme signale" the comma closes an
   * adverbial, and Vandamme is the subject. A conjunction or a semicolon between them is enough.
   */
  listed(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (this.low[k] === 'et' || this.low[k] === 'ou' || this.low[k] === ';') return true;
    const sep = (k: number) => k >= 0 && k < this.n && this.same(s, k) && (this.low[k] === ',' || this.low[k] === 'et' || this.low[k] === 'ou' || this.low[k] === ';');
    if (sep(s - 1) || sep(e)) return true;
    // Two names and one comma: a list ("les villes de Kramatorsk, Sloviansk dans la nuit"), unless
    // a lower-case word other than a preposition follows the second: it is then a subject with its
    // verb, after a fronted adverbial ("À Lille, Vandamme signale", "Dans la ville de Lyon, Dupont a").
    if (e >= this.n || !this.same(e, s)) return true;
    const t = this.toks[e];
    return t.kind !== 'word' || t.upper || PREPOSITIONS.has(this.low[e]);
  }

  /** The tokens between two names are only a conjunction or list separator (with a preposition or article). */
  coordinated(from: number, to: number): boolean {
    if (to - from < 1 || to - from > 3 || !this.same(from, to)) return false;
    let sep = false;
    for (let k = from; k < to; k++) {
      const w = this.low[k];
      if (w === 'et' || w === 'ou' || w === ',' || w === ';') sep = true;
      else if (w !== 'de' && w !== "d'") return false; // "de X et de Y"; "X, à Paris" is no coordination
    }
    return sep;
  }
}

/**
 * Keys (wordKey) of the words the common-word pass looks for, and of their plurals; cleared after
 * each document. Module-level, so that no 64 KB table is allocated per document.
 */
const PENDING_KEYS = new Uint8Array(0x10000);

/** A listed first name, or first names joined by hyphens ("jean-paul"), in lower case. */
function firstNameOrCompound(low: string): boolean {
  return FIRST_NAMES.has(low) || (low.includes('-') && low.split('-').every((p) => FIRST_NAMES.has(p)));
}

/** A word the gazetteer lists as a place on its own ("Lyon" in "Lyon-Croix-Rousse"). */
function oneWordPlace(word: string): boolean {
  return gz.gazetteerEntries(normWord(word))?.some((g) => g.words.length === 1 && g.type === 'LOC') ?? false;
}

function sortedByStart(mentions: EntityMention[]): boolean {
  for (let k = 1; k < mentions.length; k++) if (mentions[k].start < mentions[k - 1].start) return false;
  return true;
}

const SPACE = /\s/;

/** The text up to its first white space (all of it if none): `text.split(/\s/)[0]` without the array. */
function firstWord(text: string): string {
  const at = text.search(SPACE);
  return at < 0 ? text : text.slice(0, at);
}

/** Names in the document, from the rules. */
export function findEntities(ctx: DocContext): EntityMention[] {
  return ruleEntities(ctx);
}

/** The rules' mentions alone (what the tagger was trained to correct). */
export function findRuleEntities(ctx: DocContext): EntityMention[] {
  return ruleEntities(ctx);
}

/** Whether the candidate is a person typed by shape alone whose one word is a common French word. */
function commonWordPerson(scanner: Scanner, c: Candidate): boolean {
  return !c.drop && c.type === 'PER' && c.e - c.s === 1 && c.evidence.length === 1 && c.evidence[0] === 'capitalised' && isCommonWord(scanner.toks[c.s].text);
}

/** Whether the candidate is a name of unknown words that are all common French words ("Compte Chèques"). */
function commonWordsName(_scanner: Scanner, c: Candidate): boolean {
  return !c.drop && c.type === 'PER' && c.dictionaryWords === true;
}

/**
 * Drops the persons typed by shape alone whose words are common French words ("Fraîcheur",
 * "Suite", "Pardon", "Compte Chèques": a heading, an advertisement, a title), unless the
 * sentence makes one a person (speaksOrActs): the subject of an auxiliary or a reporting verb
 * ("Boulanger a reconnu", "Blanc promet", "« … », a déclaré Boulanger"), the source after "selon",
 * or a name in a list of persons across
 * ",", ";" or "et", next to another person that is no such word, or to one kept that way ("MM.
 * Roblot, Charpentier et Mauvais", "Vasseur, Boucher et Meunier", "Berger (12e) et Vasseur (78e)").
 * One pass each way along the text carries the list.
 */
function dropCommonWordPersons(scanner: Scanner, cands: readonly Candidate[], isWeak: (scanner: Scanner, c: Candidate) => boolean): void {
  const weak = cands.filter((c) => isWeak(scanner, c));
  if (weak.length === 0) return;
  const starts = new Set<number>();
  const ends = new Set<number>();
  // Where a name's list item ends: after the name, or after a short bracket that follows it ("Berger (12e)").
  const itemEnd = (c: Candidate) => {
    if (scanner.toks[c.e]?.text !== '(') return c.e;
    for (let k = c.e + 1; k < Math.min(scanner.n, c.e + 6); k++) if (scanner.toks[k].text === ')') return k + 1;
    return c.e;
  };
  for (const d of cands) {
    // Two weak names give each other no support ("Produits Soleil, Fraîcheur et Douceur").
    // (isWeak is one of these two, so the candidates being judged are left out too.)
    if (d.drop || d.type !== 'PER' || commonWordPerson(scanner, d) || commonWordsName(scanner, d)) continue;
    starts.add(d.s);
    ends.add(itemEnd(d));
  }
  const joins = (k: number, c: Candidate) => {
    if (k < 0 || k >= scanner.n || !scanner.same(k, c.s)) return false;
    const w = scanner.low[k];
    return w === ',' || w === ';' || w === 'et';
  };
  const kept = new Set<Candidate>();
  const keep = (c: Candidate) => {
    kept.add(c);
    starts.add(c.s);
    ends.add(itemEnd(c));
  };
  weak.sort((a, b) => a.s - b.s);
  for (const c of weak) if (scanner.speaksOrActs(c) || (joins(c.s - 1, c) && ends.has(c.s - 1))) keep(c);
  for (let i = weak.length - 1; i >= 0; i--) {
    const c = weak[i];
    const end = itemEnd(c);
    if (!kept.has(c) && joins(end, c) && starts.has(end + 1)) keep(c);
  }
  for (const c of weak) if (!kept.has(c)) c.drop = true;
}

/** "Le" or "La" written with a capital and a small letter, as inside a surname ("Le Pen", "La Fontaine"). */
function capitalisedArticle(text: string): boolean {
  return text === 'Le' || text === 'La';
}

function ruleEntities(ctx: DocContext): EntityMention[] {
  const scanner = new Scanner(ctx.text, ctx.seg.tokens, { low: normalizedWords(ctx), keys: tokenKeys(ctx) }, tokenClasses(ctx));
  scanner.scan();
  scanner.joinBracketedFirstNames();
  const cands = scanner.cands;
  for (const c of cands) if (!c.drop) scanner.typeByContext(c);

  // Words of untyped candidates (and of unknown multi-word names) that the document also writes
  // in lower case are common words: collect them in one pass over the tokens.
  const pending = new Set<string>();
  for (const c of cands) {
    if (c.drop) continue;
    if (!c.type) pending.add(scanner.low[c.s]);
    else if (c.evidence[0] === 'multiword-name') for (let k = c.s; k < c.e; k++) pending.add(scanner.low[k]);
  }
  const common = new Set<string>();
  if (pending.size > 0) {
    // Only a token whose key is marked (a pending word's, or its plural's: "Missile" … "missiles")
    // is looked up.
    for (const w of pending) {
      PENDING_KEYS[wordKey(w)] = 1;
      PENDING_KEYS[wordKey(w + 's')] = 1;
    }
    const toks = scanner.toks;
    const low = scanner.low;
    const keys = scanner.keys;
    for (let i = 0; i < toks.length; i++) {
      if (PENDING_KEYS[keys[i]] === 0 || toks[i].upper || toks[i].kind !== 'word') continue;
      const w = low[i];
      if (pending.has(w)) common.add(w);
      else if (w.endsWith('s') && pending.has(w.slice(0, -1))) common.add(w.slice(0, -1));
    }
    for (const w of pending) {
      PENDING_KEYS[wordKey(w)] = 0;
      PENDING_KEYS[wordKey(w + 's')] = 0;
    }
  }
  for (const c of cands) {
    if (c.drop || c.evidence[0] !== 'multiword-name') continue;
    let words = 0;
    let commonWords = 0;
    let dictionaryWords = 0;
    let initial = false;
    for (let k = c.s; k < c.e; k++) {
      if (scanner.toks[k].upper && scanner.toks[k].text.length === 1) initial = true;
      // An initial is no word: OCR leaves stray letters ("e", "p") in lower case all over a page;
      // nor is a particle, which the same name writes in lower case inside a sentence ("Van Luyten", "van Luyten"),
      // nor a noble title, a common word that names no one alone ("Lord Beaconsfield" where "lord" recurs).
      if (!scanner.toks[k].upper || scanner.toks[k].text.length === 1 || NAME_PARTICLES.has(scanner.low[k]) || FOREIGN_PARTICLES.has(scanner.low[k]) || NOBLE_TITLES.has(scanner.low[k])) continue;
      words++;
      if (common.has(scanner.low[k])) commonWords++;
      else if (isCommonWord(scanner.toks[k].text)) dictionaryWords++;
    }
    // "Compte Chèques", "Pièces Détachées": most words common in this document, or all of them in
    // the dictionary (an initial makes a person's name of any words: "Y. Barreau"; one common word
    // does not: "Lance Armstrong").
    if (commonWords * 2 >= words) c.drop = true;
    else if (!initial && commonWords + dictionaryWords === words) c.dictionaryWords = true;
  }
  // Before its words can type other mentions as a person's.
  dropCommonWordPersons(scanner, cands, commonWordsName);

  // What the document says for sure about its names, to type the words that repeat them.
  const perWords = new Set<string>();
  const articleSurnames = new Set<string>();
  const known = new Map<string, EntityType>();
  for (const c of cands) {
    if (c.drop || !c.type || !c.strong) continue;
    if (c.type === 'PER') {
      // A name read from its shape alone lends no common word ("B. S. Ecrire" … "Ecrire :").
      const shapeOnly = c.evidence[0] === 'multiword-name';
      for (let k = c.s; k < c.e; k++) if (scanner.toks[k].upper && scanner.toks[k].kind === 'word' && !(shapeOnly && isCommonWord(scanner.toks[k].text))) perWords.add(scanner.low[k]);
      // "Marine Le Pen": the article belongs to the surname wherever the document repeats it.
      for (let k = c.s + 1; k + 1 < c.e; k++) if (capitalisedArticle(scanner.toks[k].text)) articleSurnames.add(scanner.low[k + 1]);
    } else if (c.e - c.s === 1) {
      known.set(scanner.low[c.s], c.type);
    }
  }
  for (const c of cands) {
    if (c.drop) continue;
    if (!c.type) scanner.typeByDocument(c, perWords, known, common);
    if (c.type === 'PER' && (!c.role || !c.role.includes(' '))) {
      const role = scanner.roleAfter(c);
      if (role) {
        c.role = role;
        c.evidence.push('apposition');
      }
    }
  }
  // A sentence-initial word with no evidence of its own takes the type the document gives the
  // same word elsewhere ("… de Paderewski. Paderewski réclame …").
  // Each table is made when its first reader comes (many documents have none), before any change.
  let typedElsewhere: Map<string, EntityType> | undefined;
  for (const c of cands) {
    if (!c.unproven) continue;
    if (!typedElsewhere) {
      typedElsewhere = new Map();
      for (const d of cands) if (!d.drop && d.type && d.e - d.s === 1 && !d.initial) typedElsewhere.set(scanner.low[d.s], d.type);
    }
    const type = typedElsewhere.get(scanner.low[c.s]);
    if (type) {
      c.drop = false;
      scanner.setType(c, type, 0.6, 'repeats-name', false);
    }
  }
  // A word typed only by default (a capitalised word, PER) follows the type that real evidence
  // gives the same word elsewhere in the document ("à Tombouctou" … "Tombouctou est").
  let evidenced: Map<string, EntityType> | undefined;
  for (const c of cands) {
    if (c.drop || c.evidence[0] !== 'capitalised') continue;
    if (!evidenced) {
      evidenced = new Map();
      for (const d of cands) if (!d.drop && d.type && d.e - d.s === 1 && d.evidence[0] !== 'capitalised') evidenced.set(scanner.low[d.s], d.type);
    }
    const type = evidenced.get(scanner.low[c.s]);
    if (type && type !== c.type) {
      c.type = type;
      c.evidence.push('repeats-name');
    }
  }
  // A word still typed only by default names no person in two layouts: the rest of a longer name
  // the scan split ("Baltimore Ohio", "The Vagabond") and a row of figures ("Réors. 1175", "Mazer, 48, rue Richer").
  // Nor does a word of three letters or fewer: an abbreviation ("Sté", "Jne", "Esp") or OCR debris ("Ia"),
  // nor a common French word outside a list of persons (dropCommonWordPersons).
  for (const c of cands) {
    if (c.drop || c.evidence.length !== 1 || c.evidence[0] !== 'capitalised') continue;
    if (scanner.afterSplitCapital(c) || scanner.figureAfter(c) || scanner.toks[c.s].text.length <= 3) c.drop = true;
  }
  dropCommonWordPersons(scanner, cands, commonWordPerson);
  // A person typed by shape alone with a capital inside a word ("GravDelin", "Bertoux MarTeau") is OCR debris or words run together.
  for (const c of cands) {
    if (c.drop || c.type !== 'PER' || (c.evidence[0] !== 'capitalised' && c.evidence[0] !== 'multiword-name' && c.evidence[0] !== 'repeats-person-name')) continue;
    for (let k = c.s; k < c.e; k++) {
      if (scanner.toks[k].kind === 'word' && strayInnerCapital(scanner.toks[k].text)) {
        c.drop = true;
        break;
      }
    }
  }
  // "Le Pen a dénoncé", "selon Le Drian": a repeated surname takes back its article.
  if (articleSurnames.size > 0) {
    for (const c of cands) {
      if (c.drop || c.e - c.s !== 1 || c.s === 0 || !articleSurnames.has(scanner.low[c.s]) || !capitalisedArticle(scanner.toks[c.s - 1].text)) continue;
      if (c.type !== 'PER') scanner.setType(c, 'PER', 0.8, 'repeats-person-name', false);
      c.s--;
    }
  }
  // "Sancho, comédie lyrique", "Héloïse et Abélard, opéra-bouffe": a name that a genre follows is a work's title.
  const typed = cands.filter((c) => !c.drop && c.type);
  for (let idx = 0; idx < typed.length; idx++) {
    const c = typed[idx];
    // A full name ("Emmanuel Macron, suite à…") or a title is a person's whatever follows.
    if (c.drop || c.type !== 'PER' || c.role || scanner.titleAt.has(c.s) || (c.e - c.s > 1 && c.evidence[0] === 'first-name')) continue;
    if (scanner.workCueBefore(c.s)) {
      c.drop = true; // "l'auteur de Bastringue"
      continue;
    }
    const next = typed[idx + 1];
    const pair = next && scanner.low[c.e] === 'et' && next.s === c.e + 1 && next.type === 'PER' && !next.role && !scanner.titleAt.has(next.s);
    if (scanner.genreAfter(pair ? next.e : c.e)) {
      c.drop = true;
      if (pair) next.drop = true;
    }
  }
  const kept = typed.filter((c) => !c.drop);
  scanner.coordinate(kept);
  for (const c of kept) if (c.type === 'PER' && c.e - c.s === 1) perWords.add(scanner.low[c.s]);

  const mentions: EntityMention[] = [];
  for (const c of kept) {
    if (c.e - c.s === 1 && !c.strong && c.type === 'PER') {
      const parts = scanner.splitCompound(c, perWords);
      if (parts) {
        mentions.push(...parts);
        continue;
      }
    }
    if (c.type === 'PER' && c.e - c.s >= 3 && !c.titleNoun && !scanner.titleAt.has(c.s)) {
      const pair = scanner.splitJoinedNames(c);
      if (pair) {
        mentions.push(...pair);
        continue;
      }
    }
    const start = scanner.toks[c.s].start;
    const end = scanner.toks[c.e - 1].end;
    const text = ctx.text.slice(start, end);
    const mention: EntityMention = { start, end, text, type: c.type!, id: text, confidence: c.confidence, evidence: c.evidence };
    if (c.role) mention.role = c.role;
    mentions.push(mention);
  }
  // Candidates come in text order but for a few: sort only when needed (a stable sort of sorted mentions keeps them as they are).
  if (!sortedByStart(mentions)) mentions.sort((a, b) => a.start - b.start);
  return mentions;
}
