// Loading the hand-made gold standard (test/fixtures/gold/*.json, format in its README) and the
// sample articles it annotates. Every span is checked against the article text on load, so a
// drifting gold file is reported instead of silently scoring as errors.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type EntityType = 'PER' | 'ORG' | 'LOC';

export interface GoldEntity {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  id: string;
}

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  kind: 'speech' | 'term';
  speakerKind: 'named' | 'vague' | 'none';
  speaker: string | null;
  term: boolean;
}

export interface GoldSource {
  start: number;
  end: number;
  text: string;
  vague: boolean;
}

export interface GoldDoc {
  file: string;
  /** The article text the offsets point into. */
  text: string;
  entities: GoldEntity[];
  quotes: GoldQuote[];
  sources: GoldSource[];
}

export interface GoldSet {
  docs: GoldDoc[];
  /** Problems found while loading: missing articles, spans whose text does not match. */
  problems: string[];
}

export function loadGold(goldDir: string, corpusDir: string): GoldSet {
  const out: GoldSet = { docs: [], problems: [] };
  if (!existsSync(goldDir)) return out;
  const names = readdirSync(goldDir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  for (const name of names) {
    let raw: Partial<GoldDoc>;
    try {
      raw = JSON.parse(readFileSync(join(goldDir, name), 'utf8'));
    } catch (err) {
      out.problems.push(`${name}: not valid JSON (${(err as Error).message})`);
      continue;
    }
    const file = raw.file ?? name.replace(/\.json$/, '.txt');
    const articlePath = join(corpusDir, file);
    if (!existsSync(articlePath)) {
      out.problems.push(`${name}: article ${articlePath} not found`);
      continue;
    }
    let text = readFileSync(articlePath, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const doc: GoldDoc = { file, text, entities: raw.entities ?? [], quotes: raw.quotes ?? [], sources: (raw.sources ?? []).filter((s) => s.vague !== false) };
    for (const [kind, spans] of [['entity', doc.entities], ['quote', doc.quotes], ['source', doc.sources]] as const) {
      for (const s of spans) {
        if (text.slice(s.start, s.end) !== s.text) out.problems.push(`${name}: ${kind} ${s.start}-${s.end} "${s.text}" does not match the article text`);
      }
    }
    out.docs.push(doc);
  }
  return out;
}
