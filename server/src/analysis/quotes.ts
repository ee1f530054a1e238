// STUB (to be replaced): quotation spans and their kind.
import type { Quote, Span } from './types';
import type { DocContext } from './context';

export interface QuoteScan {
  quotes: Quote[];
  /** Marks with no partner, for the unbalanced-quote diagnostic. */
  unbalanced: Span[];
}

export function findQuotes(_ctx: DocContext): QuoteScan {
  return { quotes: [], unbalanced: [] };
}
