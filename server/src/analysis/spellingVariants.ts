// The `spelling-variant` diagnostic: one entity whose name is written differently across the
// corpus (Choïgou here, Choïgu there; Kim Jong Un beside Kim Jong-un; Etats-Unis beside
// États-Unis). Names are compared part by part, so a surname alone (Poutine beside Vladimir
// Poutine) is never a variant: only two spellings of the same part are. A part is a run of
// atoms that some mention writes with a hyphen ("Jong-un"), so "Jong Un" is one part too.
// Case is ignored (headlines in capitals are not misspellings); accents are not.
import type { Diagnostic, EntityMention, Language, RelatedInfo } from './types';
import { message } from './messages';
import { parseName, type NameAtom } from './names';

export interface LocatedMention {
  file: string;
  mention: EntityMention;
}

interface Unit {
  key: string;
  text: string;
  start: number;
  end: number;
}

interface Spelling {
  /** Exact written forms of this (case-folded) spelling and their counts. */
  written: Map<string, number>;
  count: number;
  files: Set<string>;
  /** First occurrence per file, for the diagnostic's related location. */
  where: Map<string, { start: number; end: number }>;
}

/** Per part key, its spellings across one entity's mentions in the corpus. */
export interface SpellingTable {
  hyphenated: Set<string>;
  parts: Map<string, Map<string, Spelling>>;
  /** Part key → the dominant spelling (case-folded) and how it is written. */
  preferred: Map<string, Preferred>;
}

interface Preferred {
  lower: string;
  written: string;
  count: number;
  /** The first file (in code-unit order) that writes it, for a related location elsewhere. */
  firstFile: string;
}

const RELATED: Record<Language, (s: string) => string> = {
  en: (s) => `Preferred spelling: "${s}"`,
  fr: (s) => `Graphie retenue : « ${s} »`,
};

function atomsOf(m: EntityMention): NameAtom[] {
  return parseName(m.text, m.type).parts;
}

/** Cuts a mention into parts, joining atoms that any mention of the entity hyphenates. */
function unitsOf(m: EntityMention, hyphenated: Set<string>): Unit[] {
  const parsed = parseName(m.text, m.type);
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
    units.push({
      key: parts.slice(from, i).map((p) => p.key).join('-'),
      text: m.text.slice(a.start, b.end),
      start: m.start + a.start,
      end: m.start + b.end,
    });
    from = i;
  }
  return units;
}

function nonAscii(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) n++;
  return n;
}

/** Builds the spelling table of one entity from all its mentions in the corpus. */
export function buildSpellingTable(mentions: Iterable<LocatedMention>): SpellingTable {
  const list = [...mentions];
  const hyphenated = new Set<string>();
  for (const { mention } of list) {
    const parts = atomsOf(mention);
    for (let i = 1; i < parts.length; i++) if (parts[i].sep === '-') hyphenated.add(parts[i - 1].key + '|' + parts[i].key);
  }
  const parts = new Map<string, Map<string, Spelling>>();
  for (const { file, mention } of list) {
    for (const u of unitsOf(mention, hyphenated)) {
      let spellings = parts.get(u.key);
      if (!spellings) parts.set(u.key, (spellings = new Map()));
      const lower = u.text.toLowerCase();
      let s = spellings.get(lower);
      if (!s) spellings.set(lower, (s = { written: new Map(), count: 0, files: new Set(), where: new Map() }));
      s.written.set(u.text, (s.written.get(u.text) ?? 0) + 1);
      s.count++;
      s.files.add(file);
      const w = s.where.get(file);
      if (!w || u.start < w.start) s.where.set(file, { start: u.start, end: u.end });
    }
  }
  const preferred = new Map<string, Preferred>();
  for (const [key, spellings] of parts) {
    if (spellings.size < 2) continue;
    let best: [string, Spelling] | null = null;
    for (const entry of spellings) {
      if (!best || better(entry, best)) best = entry;
    }
    if (!best) continue;
    let firstFile = '';
    for (const f of best[1].where.keys()) if (firstFile === '' || f < firstFile) firstFile = f;
    preferred.set(key, { lower: best[0], written: mostWritten(best[1].written), count: best[1].count, firstFile });
  }
  return { hyphenated, parts, preferred };
}

// The dominant spelling: most mentions, then most files, then the one with more accents (the
// French form), then code-unit order so the choice never depends on the order files came in.
function better([al, a]: [string, Spelling], [bl, b]: [string, Spelling]): boolean {
  if (a.count !== b.count) return a.count > b.count;
  if (a.files.size !== b.files.size) return a.files.size > b.files.size;
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
): Diagnostic[] {
  if (table.preferred.size === 0) return [];
  const out: Diagnostic[] = [];
  for (const m of mentions) {
    for (const u of unitsOf(m, table.hyphenated)) {
      const pref = table.preferred.get(u.key);
      if (!pref || u.text.toLowerCase() === pref.lower) continue;
      const spelling = table.parts.get(u.key)!.get(pref.lower)!;
      const here = spelling.where.get(file);
      let related: RelatedInfo;
      if (here) related = { ...here, message: RELATED[language](pref.written) };
      else related = { ...spelling.where.get(pref.firstFile)!, file: pref.firstFile, message: RELATED[language](pref.written) };
      out.push({
        start: u.start,
        end: u.end,
        severity: 'information',
        code: 'spelling-variant',
        message: message(language, 'spelling-variant', { found: u.text, preferred: pref.written, count: pref.count }),
        related: [related],
        data: { preferred: pref.written, id },
      });
    }
  }
  return out;
}
