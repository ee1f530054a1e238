// Corpus Lens's own messages between the VS Code client and the language server, beside the
// standard LSP ones. The client imports this module too, so a method name and its payload are
// declared once. Every entry says which way it goes and what it is for.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { Location, Position } from 'vscode-languageserver-protocol';
import type { DiagnosticCode } from '../analysis/types';

/**
 * The diagnostic codes that are attribution gaps: a quotation or claim without a checkable
 * source. `CorpusStatus.gaps` counts them and `GapRequest` moves between them.
 */
export const GAP_CODES: readonly DiagnosticCode[] = ['unattributed-quote', 'vague-source', 'unsourced-claim'];

export function isGapCode(code: string): code is DiagnosticCode {
  return (GAP_CODES as readonly string[]).includes(code);
}

/** Corpus counts the status bar shows. */
export interface CorpusStatus {
  /** Corpus files in the index. */
  files: number;
  entities: number;
  quotations: number;
  /** Attribution gaps: unattributed quotations, vague sources and unsourced claims not switched off. */
  gaps: number;
  /** Files skipped at indexing (binary, unreadable or too large). */
  skipped: number;
  /** True while the start-up (or a requested) indexing is running. */
  indexing: boolean;
  /**
   * Open documents whose analysis is, for now, the paragraphs around their edits spliced into
   * the previous one, while the whole text is analysed (large documents only).
   */
  pending: number;
}

export interface GapParams {
  /** The document the cursor is in. */
  uri: string;
  position: Position;
  direction: 'next' | 'previous';
}

/** client → server: forget the index and read every corpus file from disk again; answers the new counts. */
export const ReindexRequest = new RequestType0<CorpusStatus, void>('corpusLens/reindex');

/** client → server: the current corpus counts (for the status bar when it first appears). */
export const StatusRequest = new RequestType0<CorpusStatus, void>('corpusLens/status');

/** server → client: the corpus counts changed (after indexing, an edit or a file event). */
export const StatusNotification = new NotificationType<CorpusStatus>('corpusLens/status');

/** client → server: where the next or previous attribution gap is, after or before the cursor, continuing into the other corpus files; null when there is none. */
export const GapRequest = new RequestType<GapParams, Location | null, void>('corpusLens/gap');
