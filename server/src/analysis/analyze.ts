// The one entry point of the per-document analysis: text in, plain data out. It never throws on
// odd text and never looks at other documents (cross-document linking is CorpusIndex's job).
import type { AnalysisResult, AnalyzeOptions } from './types';
import { makeContext } from './context';
import { stripBom } from './text';
import { findEntities } from './entities';
import { linkDocumentEntities } from './linking';
import { findQuotes } from './quotes';
import { findSources } from './sources';
import { attributeSpeakers } from './speakers';
import { findClaims } from './claims';
import { collectDiagnostics } from './diagnostics';

export function analyze(rawText: string, options: AnalyzeOptions = {}): AnalysisResult {
  const ctx = makeContext(stripBom(rawText), options);
  const entities = linkDocumentEntities(ctx, findEntities(ctx));
  const { quotes, unbalanced } = findQuotes(ctx);
  const sources = findSources(ctx, entities);
  attributeSpeakers(ctx, entities, quotes, sources);
  const claims = findClaims(ctx, entities, sources, quotes);
  const result: AnalysisResult = {
    entities,
    quotes,
    sources,
    claims,
    diagnostics: [],
    sentences: ctx.seg.sentences,
    paragraphs: ctx.seg.paragraphs,
  };
  result.diagnostics = collectDiagnostics(ctx, result, unbalanced);
  return result;
}
