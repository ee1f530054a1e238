// The `spelling-variant` diagnostic: one entity whose name is written differently across the
// corpus (Choïgou here, Choïgu there; Kim Jong Un beside Kim Jong-un; Etats-Unis beside
// États-Unis). Names are compared part by part, so a surname alone (Poutine beside Vladimir
// Poutine) is never a variant: only two spellings of the same part are. A part is a run of
// atoms that some mention writes with a hyphen ("Jong-un"), so "Jong Un" is one part too.
// Case is ignored (headlines in capitals are not misspellings), and so are accents missing on an
// all-capitals spelling; other accents count (Etats-Unis beside États-Unis).
//
// The table is built from the entity's distinct written forms with their counts (a handful even
// for an entity mentioned 100,000 times), never from every mention.
import type { Diagnostic, EntityMention, EntityType, Language, RelatedInfo, Span } from './types';
import { message } from './messages';
import { foldName, parseName } from './names';

export interface Unit extends Span {
  key: string;
  text: string;
}

interface Spelling {
  /** Exact written forms of this (case-folded) spelling and their counts. */
  written: Map<string, number>;
  count: number;
}

interface Preferred {
  lower: string;
  written: string;
  count: number;
}

/** Per part key, its spellings across one entity's mentions in the corpus. */
export interface SpellingTable {
  hyphenated: Set<string>;
  /** Part key → the dominant spelling, for parts spelled in more than one way. */
  preferred: Map<string, Preferred>;
}

/** Where a mention spells a part the preferred way, first by file then offset (null when none is found). */
export type Locate = (partKey: string, lower: string) => (Span & { file: string }) | null;

const RELATED: Record<Language, (s: string) => string> = {
  en: (s) => `Preferred spelling: "${s}"`,
  fr: (s) => `Graphie retenue : « ${s} »`,
};

/** Cuts a name into parts, joining atoms that any mention of the entity hyphenates. Offsets are relative to the name. */
export function unitsOf(text: string, type: EntityType, hyphenated: Set<string>): Unit[] {
  const parsed = parseName(text, type);
  const parts = parsed.parts;
  const units: Unit[] = [];
  let from = 0;
  for (let i = 1; i <= parts.length; i++) {
    const joined =
      i < parts.length &&
      parsed.atoms.indexOf(parts[i]) === parsed.atoms.indexOf(parts[i - 1]) + 1 &&
      (parts[i].sep === '-' || hyphenated.has(parts[i - 1].key + '|' + parts[i].key));
    if (joined) continue;
    const a = parts[from];
    const b = parts[i - 1];
    units.push({ key: parts.slice(from, i).map((p) => p.key).join('-'), text: text.slice(a.start, b.end), start: a.start, end: b.end });
    from = i;
  }
  return units;
}

function nonAscii(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) n++;
  return n;
}

/** Builds the spelling table of one entity from its written forms (mention text → count). */
export function buildSpellingTable(surfaces: Map<string, number>, type: EntityType): SpellingTable {
  const hyphenated = new Set<string>();
  for (const text of surfaces.keys()) {
    const parts = parseName(text, type).parts;
    for (let i = 1; i < parts.length; i++) if (parts[i].sep === '-') hyphenated.add(parts[i - 1].key + '|' + parts[i].key);
  }
  const parts = new Map<string, Map<string, Spelling>>();
  for (const [text, n] of surfaces) {
    for (const u of unitsOf(text, type, hyphenated)) {
      let spellings = parts.get(u.key);
      if (!spellings) parts.set(u.key, (spellings = new Map()));
      const lower = u.text.toLowerCase();
      let s = spellings.get(lower);
      if (!s) spellings.set(lower, (s = { written: new Map(), count: 0 }));
      s.written.set(u.text, (s.written.get(u.text) ?? 0) + n);
      s.count += n;
    }
  }
  const preferred = new Map<string, Preferred>();
  for (const [key, spellings] of parts) {
    if (spellings.size < 2) continue;
    let best: [string, Spelling] | null = null;
    for (const entry of spellings) if (!best || better(entry, best)) best = entry;
    if (best) preferred.set(key, { lower: best[0], written: mostWritten(best[1].written), count: best[1].count });
  }
  return { hyphenated, preferred };
}

// The dominant spelling: most mentions, then more accents (the French form), then code-unit
// order, so the choice depends only on the corpus, never on the order files came in.
function better([al, a]: [string, Spelling], [bl, b]: [string, Spelling]): boolean {
  if (a.count !== b.count) return a.count > b.count;
  const na = nonAscii(al);
  const nb = nonAscii(bl);
  if (na !== nb) return na > nb;
  return al < bl;
}

function mostWritten(written: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [w, c] of written) if (c > n || (c === n && w < best)) [best, n] = [w, c];
  return best;
}

/** `spelling-variant` diagnostics for the mentions of one file that belong to the entity `id`. */
export function spellingDiagnostics(
  table: SpellingTable,
  file: string,
  mentions: EntityMention[],
  id: string,
  language: Language,
  locate: Locate,
): Diagnostic[] {
  if (table.preferred.size === 0) return [];
  const out: Diagnostic[] = [];
  // Units relative to their mention, one list per spelling (a long article repeats a few spellings
  // thousands of times): offsets are added only where a diagnostic needs them.
  const unitsBySpelling = new Map<string, Unit[]>();
  const units = mentions.map((m) => {
    let list = unitsBySpelling.get(m.text);
    if (!list) unitsBySpelling.set(m.text, (list = unitsOf(m.text, m.type, table.hyphenated)));
    return list;
  });
  // The first unit of this file written the preferred way, per part: one pass, not one per variant.
  const firstPreferred = new Map<string, Span>();
  units.forEach((list, i) => {
    for (const u of list) {
      const pref = table.preferred.get(u.key);
      if (pref && !firstPreferred.has(u.key) && u.text.toLowerCase() === pref.lower) firstPreferred.set(u.key, { start: mentions[i].start + u.start, end: mentions[i].start + u.end });
    }
  });
  units.forEach((list, i) => {
    for (const relative of list) {
      const pref = table.preferred.get(relative.key);
      if (!pref || relative.text.toLowerCase() === pref.lower) continue;
      // Capitals often go without accents in headlines (ETATS-UNIS): not a spelling of its own.
      if (relative.text === relative.text.toUpperCase() && foldName(relative.text) === foldName(pref.lower)) continue;
      const u = { ...relative, start: mentions[i].start + relative.start, end: mentions[i].start + relative.end };
      let related: RelatedInfo | null = null;
      const here = firstPreferred.get(u.key);
      if (here) related = { start: here.start, end: here.end, message: RELATED[language](pref.written) };
      if (!related) {
        const where = locate(u.key, pref.lower);
        if (where) {
          related = { start: where.start, end: where.end, message: RELATED[language](pref.written) };
          if (where.file !== file) related.file = where.file;
        }
      }
      out.push({
        start: u.start,
        end: u.end,
        severity: 'information',
        code: 'spelling-variant',
        message: message(language, 'spelling-variant', { found: u.text, preferred: pref.written, count: pref.count }),
        ...(related ? { related: [related] } : {}),
        data: { preferred: pref.written, found: u.text, id },
      });
    }
  });
  return out;
}
