// What every detector receives: the text, its segmentation and the options, computed once.
import type { AnalyzeOptions, Language } from './types';
import { segment, type Segmented } from './text';

export interface DocContext {
  text: string;
  seg: Segmented;
  language: Language;
}

export function makeContext(text: string, options: AnalyzeOptions = {}): DocContext {
  return { text, seg: segment(text), language: options.language === 'fr' ? 'fr' : 'en' };
}
