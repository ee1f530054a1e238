// Scores of the analysis against the hand-made gold standard of the sample corpus: entities
// (strict span + type), quotation spans, quote kinds, speakers, vague sources and cross-document
// linking. The analysis runs through a CorpusIndex exactly as the CLI and the server use it, so
// the ids scored are the corpus-level ones.
import { CorpusIndex } from '../../server/src/analysis/corpus';
import type { AnalysisResult, EntityMention, Quote, Source } from '../../server/src/analysis/types';
import type { GoldDoc, GoldEntity, GoldQuote, GoldSource } from './gold';
import {
  addCounts,
  mapIds,
  matchExact,
  matchOverlap,
  NO_COUNTS,
  pairwiseCounts,
  ratio,
  scores,
  spanKey,
  type Counts,
  type IdMention,
  type Ratio,
  type Scores,
} from './metrics';

export const TYPES = ['PER', 'ORG', 'LOC'] as const;

export interface SampleEval {
  files: number;
  entities: Scores;
  entitiesByType: Record<(typeof TYPES)[number], Scores>;
  quotes: Scores;
  quoteKind: Ratio;
  /** Gold named-speaker speech quotes whose span was found: speaker right among those. */
  speakerMatched: Ratio;
  /** The same over every gold named-speaker speech quote (a missed quote counts as wrong). */
  speakerAll: Ratio;
  /** Gold quotes resting on a vague source, found, and left without a named speaker. */
  vagueQuotes: Ratio;
  sourcesExact: Scores;
  sourcesOverlap: Scores;
  linking: Scores;
  /** Gold mentions that a predicted mention overlapped (the items linking is scored on). */
  linkedMentions: Ratio;
  /** Readable error lines, for --errors. */
  errors: string[];
}

/** Every gold article through one CorpusIndex; the results carry corpus-level ids. */
export function analyzeCorpus(docs: readonly GoldDoc[]): Map<string, AnalysisResult> {
  const index = new CorpusIndex();
  for (const doc of docs) index.update(doc.file, doc.text);
  const results = new Map<string, AnalysisResult>();
  for (const doc of docs) results.set(doc.file, index.result(doc.file) ?? emptyResult());
  return results;
}

export function evaluateSample(docs: readonly GoldDoc[], run: (docs: readonly GoldDoc[]) => Map<string, AnalysisResult> = analyzeCorpus): SampleEval {
  const results = run(docs);

  const errors: string[] = [];
  let entityCounts: Counts = NO_COUNTS;
  const byType: Record<string, Counts> = { PER: NO_COUNTS, ORG: NO_COUNTS, LOC: NO_COUNTS };
  let quoteCounts: Counts = NO_COUNTS;
  let sourceExact: Counts = NO_COUNTS;
  let sourceOverlap: Counts = NO_COUNTS;
  const goldIds: IdMention[] = [];
  const predIds: IdMention[] = [];
  const linkItems: Array<{ gold: string; pred: string }> = [];
  let goldMentionTotal = 0;
  const quotePairs: Array<{ file: string; gold: GoldQuote; pred: Quote }> = [];
  const quoteMisses: Array<{ file: string; gold: GoldQuote }> = [];

  for (const doc of docs) {
    const result = results.get(doc.file) ?? emptyResult();
    const f = doc.file;

    const ents = matchExact(doc.entities, result.entities, entityKey, entityKey);
    entityCounts = addCounts(entityCounts, ents);
    for (const t of TYPES) {
      const m = matchExact(
        doc.entities.filter((e) => e.type === t),
        result.entities.filter((e) => e.type === t),
        entityKey,
        entityKey,
      );
      byType[t] = addCounts(byType[t], m);
    }
    for (const g of ents.missed) errors.push(`${f}  entity FN  ${g.type} "${g.text}" @${g.start}${hint(g, result.entities)}`);
    for (const p of ents.spurious) errors.push(`${f}  entity FP  ${p.type} "${p.text}" @${p.start}${hint(p, doc.entities)}`);

    for (const g of doc.entities) goldIds.push({ file: f, start: g.start, end: g.end, id: g.id });
    for (const p of result.entities) predIds.push({ file: f, start: p.start, end: p.end, id: p.id });
    goldMentionTotal += doc.entities.length;
    for (const [g, p] of matchOverlap(doc.entities, result.entities).pairs) linkItems.push({ gold: g.id, pred: p.id });

    const quotes = matchExact(doc.quotes, result.quotes, spanKey, spanKey);
    quoteCounts = addCounts(quoteCounts, quotes);
    for (const [g, p] of quotes.pairs) quotePairs.push({ file: f, gold: g, pred: p });
    for (const g of quotes.missed) {
      quoteMisses.push({ file: f, gold: g });
      errors.push(`${f}  quote FN  @${g.start}-${g.end} ${clip(g.text)}`);
    }
    for (const p of quotes.spurious) errors.push(`${f}  quote FP  @${p.start}-${p.end} ${clip(p.text)}`);

    const predVague = result.sources.filter((s) => s.vague);
    const srcExact = matchExact<GoldSource, Source>(doc.sources, predVague, spanKey, spanKey);
    sourceExact = addCounts(sourceExact, srcExact);
    sourceOverlap = addCounts(sourceOverlap, matchOverlap(doc.sources, predVague));
    for (const g of srcExact.missed) errors.push(`${f}  source FN  "${g.text}" @${g.start}`);
    for (const p of srcExact.spurious) errors.push(`${f}  source FP  "${p.text}" @${p.start}`);
  }

  // Predicted corpus ids are renamed to the gold id their mentions overlap most, so a speaker
  // is right when it designates the right referent, however the system spells its id.
  const idMap = mapIds(goldIds, predIds);
  const mapped = (id: string | null) => (id === null ? null : (idMap.get(id) ?? id));

  let kindRight = 0;
  let speakerRight = 0;
  let speakerMatchedTotal = 0;
  let vagueRight = 0;
  let vagueTotal = 0;
  for (const { file, gold, pred } of quotePairs) {
    if (gold.kind === pred.kind) kindRight++;
    else errors.push(`${file}  quote kind  @${gold.start} gold ${gold.kind}, predicted ${pred.kind}: ${clip(gold.text)}`);
    if (gold.kind === 'speech' && gold.speakerKind === 'named') {
      speakerMatchedTotal++;
      const got = mapped(pred.speaker);
      if (got === gold.speaker) speakerRight++;
      else errors.push(`${file}  speaker  @${gold.start} gold "${gold.speaker}", predicted ${pred.speaker === null ? 'none' : `"${pred.speaker}"${got !== pred.speaker ? ` (= gold "${got}")` : ''}`}: ${clip(gold.text)}`);
    }
    if (gold.speakerKind === 'vague') {
      vagueTotal++;
      if (pred.speaker === null && pred.kind === 'speech') vagueRight++;
    }
  }
  const namedTotal = quotePairs.filter((q) => q.gold.kind === 'speech' && q.gold.speakerKind === 'named').length +
    quoteMisses.filter((q) => q.gold.kind === 'speech' && q.gold.speakerKind === 'named').length;

  return {
    files: docs.length,
    entities: scores(entityCounts),
    entitiesByType: { PER: scores(byType.PER), ORG: scores(byType.ORG), LOC: scores(byType.LOC) },
    quotes: scores(quoteCounts),
    quoteKind: ratio(kindRight, quotePairs.length),
    speakerMatched: ratio(speakerRight, speakerMatchedTotal),
    speakerAll: ratio(speakerRight, namedTotal),
    vagueQuotes: ratio(vagueRight, vagueTotal),
    sourcesExact: scores(sourceExact),
    sourcesOverlap: scores(sourceOverlap),
    linking: scores(pairwiseCounts(linkItems)),
    linkedMentions: ratio(linkItems.length, goldMentionTotal),
    errors,
  };
}

function entityKey(e: GoldEntity | EntityMention): string {
  return `${e.start}:${e.end}:${e.type}`;
}

/** For an entity error, the overlapping item on the other side, if any: a boundary or type slip. */
function hint(e: { start: number; end: number }, others: ReadonlyArray<{ start: number; end: number; text: string; type: string }>): string {
  const o = others.find((x) => x.start < e.end && e.start < x.end);
  return o ? `  (other side: ${o.type} "${o.text}")` : '';
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 70 ? `${flat.slice(0, 67)}...` : flat;
}

function emptyResult(): AnalysisResult {
  return { entities: [], quotes: [], sources: [], claims: [], diagnostics: [], sentences: [], paragraphs: [] };
}
