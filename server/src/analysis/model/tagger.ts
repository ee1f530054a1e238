// A linear name tagger (averaged perceptron, trained by test/model/train.ts) that reads BIO tags
// over PER / ORG / LOC left to right, each decision seeing the previous two. It is one more piece
// of evidence for entity detection: it learned from OCR'd 19th- and 20th-century newspapers what
// the word lists and rules do not know (which capitalised words are organisations, where a name
// ends). Only capitalised words can open a name, so the tagger looks at those and at the words
// that continue a name it has opened; all other tokens are O without a lookup. Weights live in a
// Map from feature string to one row of scores per tag: inference is a few Map lookups per
// looked-at token, linear in the document.
import type { EntityType } from '../types';
import { STARTERS } from '../gazetteer';
import { Features, historyFeatures, TEMPLATE_INDEX, TEMPLATES, tokenFeatures, TokenMemo, type TaggerInput } from './features';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export const N_TAGS = TAGS.length;
const TYPE_OF: (EntityType | null)[] = [null, 'PER', 'PER', 'ORG', 'ORG', 'LOC', 'LOC'];

/** I-X may only follow B-X or I-X. */
export function allowed(prev: number, tag: number): boolean {
  return tag === 0 || tag % 2 === 1 || (prev !== 0 && (prev + 1) >> 1 === (tag + 1) >> 1);
}

/** The tagger decides token i only if it can open a name (a capitalised word) or continue one. */
export function looksAt(input: TaggerInput, i: number, prev: number): boolean {
  const t = input.toks[i];
  if (prev !== 0) return i > 0 && input.toks[i - 1].sentence === t.sentence;
  // A function word capitalised at a sentence start ("Le", "Mais", "Selon") opens no name here:
  // a place such as "Le Havre" comes from the rules' gazetteer, whose tags the tagger keeps.
  return t.kind === 'word' && t.upper && !(input.initial[i] === 1 && STARTERS.has(input.low[i]));
}

export interface ModelSpan {
  /** Token range, end exclusive. */
  s: number;
  e: number;
  type: EntityType;
  /** How far the opening decision beat O (0 when barely). */
  margin: number;
}

export interface WeightsFile {
  origin: string;
  tags: string[];
  /** Feature → one weight per tag, in `tags` order. */
  weights: Record<string, number[]>;
}

export class NameTagger {
  /** Per feature template, value → one weight per tag. */
  readonly tables: Map<string, Float32Array>[];
  constructor(weights: ReadonlyMap<string, ArrayLike<number>>) {
    this.tables = TEMPLATES.map(() => new Map<string, Float32Array>());
    for (const [key, row] of weights) {
      const eq = key.indexOf('=');
      const t = eq < 0 ? undefined : TEMPLATE_INDEX.get(key.slice(0, eq));
      if (t !== undefined) this.tables[t].set(key.slice(eq + 1), Float32Array.from(row));
    }
  }

  static fromFile(file: WeightsFile): NameTagger {
    if (file.tags.length !== N_TAGS || file.tags.some((t, k) => t !== TAGS[k])) throw new Error('ner weights: unexpected tag set');
    return new NameTagger(new Map(Object.entries(file.weights)));
  }

  /** Adds the weight rows of `feats` into `scores` (cleared first). */
  score(feats: Features, scores: Float64Array): void {
    scores.fill(0);
    const tmpl = feats.tmpl;
    const vals = feats.vals;
    for (let f = 0; f < tmpl.length; f++) {
      const row = this.tables[tmpl[f]].get(vals[f]);
      if (row === undefined) continue;
      for (let k = 0; k < N_TAGS; k++) scores[k] += row[k];
    }
  }

  /** BIO tag index of every token, greedy left to right. */
  tag(input: TaggerInput): { tags: Uint8Array; margins: Float32Array } {
    const n = input.toks.length;
    const tags = new Uint8Array(n);
    const margins = new Float32Array(n);
    const memo = new TokenMemo(input);
    const feats = new Features();
    const scores = new Float64Array(N_TAGS);
    let prev = 0;
    let prev2 = 0;
    for (let i = 0; i < n; i++) {
      if (i > 0 && input.toks[i - 1].sentence !== input.toks[i].sentence) prev = prev2 = 0;
      let best = 0;
      const fixed = input.rules?.fixed;
      if (fixed !== undefined && fixed[i] === 1) {
        // The rules are sure here and the combination keeps their mention: no need to score.
        best = input.rules!.tags[i];
        if (!allowed(prev, best)) best -= 1;
      } else if (looksAt(input, i, prev)) {
        tokenFeatures(memo, i, feats);
        historyFeatures(memo, i, TAGS[prev], TAGS[prev2], feats);
        this.score(feats, scores);
        for (let k = 1; k < N_TAGS; k++) if (allowed(prev, k) && scores[k] > scores[best]) best = k;
        margins[i] = scores[best] - scores[0];
      }
      tags[i] = best;
      prev2 = prev;
      prev = best;
    }
    return { tags, margins };
  }

  /** The names the tagger reads in the document, as token ranges. */
  spans(input: TaggerInput): ModelSpan[] {
    const { tags, margins } = this.tag(input);
    return spansOf(tags, margins);
  }
}

/** Token ranges of a BIO tag sequence (an I- never opens a span: `allowed` rules that out). */
export function spansOf(tags: Uint8Array, margins?: Float32Array): ModelSpan[] {
  const out: ModelSpan[] = [];
  let open: ModelSpan | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i] : 0;
    if (open && (tag === 0 || tag % 2 === 1)) {
      open.e = i;
      out.push(open);
      open = null;
    }
    if (tag % 2 === 1) open = { s: i, e: i + 1, type: TYPE_OF[tag]!, margin: margins ? margins[i] : 0 };
  }
  return out;
}

/** The rules' mentions as tagger input: a BIO tag and an evidence kind per token. */
export function ruleTags(
  toks: readonly { start: number; end: number }[],
  mentions: readonly { start: number; end: number; type: EntityType; evidence: readonly string[]; confidence?: number }[],
): { tags: Uint8Array; evidence: (string | undefined)[]; confidence: Float32Array } {
  const tags = new Uint8Array(toks.length);
  const confidence = new Float32Array(toks.length);
  const evidence = new Array<string | undefined>(toks.length);
  let k = 0;
  for (const m of mentions) {
    while (k > 0 && toks[k - 1].end > m.start) k--;
    while (k < toks.length && toks[k].end <= m.start) k++;
    let e = k;
    while (e < toks.length && toks[e].start < m.end) e++;
    if (e <= k || tags[k] !== 0) continue;
    const b = m.type === 'PER' ? 1 : m.type === 'ORG' ? 3 : 5;
    const ev = m.evidence[0] ?? '';
    const colon = ev.indexOf(':');
    const kind = colon < 0 ? ev : ev.slice(0, colon);
    for (let j = k; j < e; j++) {
      tags[j] = j === k ? b : b + 1;
      evidence[j] = kind;
      confidence[j] = m.confidence ?? 0;
    }
  }
  return { tags, evidence, confidence };
}
