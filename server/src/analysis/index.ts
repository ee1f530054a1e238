// The public face of the analysis core. Nothing here imports LSP or VS Code.
export * from './types';
export { analyze } from './analyze';
export { stripBom, segment, foldAccents } from './text';
export { CorpusIndex } from './corpus';
export type { CorpusDocument, CorpusEntity, CorpusMention, CorpusQuote } from './corpus';
export { findReportingCues } from './cues';
export type { ReportingCue } from './cues';
export { SOURCE_PLACEHOLDER, hasPlaceholder } from './diagnostics';
export { findQuotes, scanQuotes } from './quotes';
export type { QuoteScan } from './quotes';
export { attributeSpeakers } from './speakers';
export { AnalysisPool, parallelAnalyze } from './parallel';
export type { ParallelOptions } from './parallel';
export { reanalyze, reanalyzeChange, changedRange } from './incremental';
export type { KnownChange, Splice, SpliceOptions } from './incremental';
export { PieceText } from './pieceText';
export type { TextSource } from './pieceText';
