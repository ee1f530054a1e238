// What every detector receives: the text, its segmentation and the options, computed once.
import type { AnalyzeOptions, Language } from './types';
import { segment, type Segmented } from './text';

export interface DocContext {
  text: string;
  seg: Segmented;
  language: Language;
  /**
   * Per-document results that several detectors share (normalised words, reporting cues…),
   * held by the context itself. A WeakMap keyed by the context would do the same, but V8's
   * young-generation collections keep its values alive, and copying finished documents' data
   * made each collection several times slower.
   */
  memo?: Map<symbol, unknown>;
}

export function makeContext(text: string, options: AnalyzeOptions = {}): DocContext {
  return { text, seg: segment(text), language: options.language === 'fr' ? 'fr' : 'en' };
}

/** The value a detector stored for this document under `key`, if any. */
export function recall<T>(ctx: DocContext, key: symbol): T | undefined {
  return ctx.memo?.get(key) as T | undefined;
}

/** Stores a per-document value under `key` (a symbol owned by the detector), and returns it. */
export function remember<T>(ctx: DocContext, key: symbol, value: T): T {
  (ctx.memo ??= new Map()).set(key, value);
  return value;
}
