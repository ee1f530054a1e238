// The scoring functions of `npm run eval`, pure and small so that each is unit-tested on
// hand-made inputs (test/unit/metrics.test.ts). Nothing here knows about files, the corpus or
// the analysis: spans, ids and counts in, numbers out.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface SpanLike {
  start: number;
  end: number;
}

/**
 * Precision, recall and F1 from counts. With nothing to find and nothing found every score is 1
 * (a perfect empty answer); otherwise an empty denominator gives 0.
 */
export function scores(c: Counts): Scores {
  if (c.tp + c.fp + c.fn === 0) return { ...c, precision: 1, recall: 1, f1: 1 };
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const NO_COUNTS: Counts = { tp: 0, fp: 0, fn: 0 };

export interface Matching<G, P> extends Counts {
  pairs: Array<[G, P]>;
  missed: G[];
  spurious: P[];
}

/**
 * Exact matching: a gold item and a predicted item match when their keys are equal (for
 * strict entity scoring the key is start, end and type). Each item matches at most once, so a
 * prediction repeated twice counts one true positive and one false positive.
 */
export function matchExact<G, P>(gold: readonly G[], pred: readonly P[], goldKey: (g: G) => string, predKey: (p: P) => string): Matching<G, P> {
  const waiting = new Map<string, G[]>();
  for (const g of gold) {
    const k = goldKey(g);
    const list = waiting.get(k);
    if (list) list.push(g);
    else waiting.set(k, [g]);
  }
  const pairs: Array<[G, P]> = [];
  const spurious: P[] = [];
  for (const p of pred) {
    const list = waiting.get(predKey(p));
    const g = list?.shift();
    if (g !== undefined) pairs.push([g, p]);
    else spurious.push(p);
  }
  const missed: G[] = [];
  for (const list of waiting.values()) missed.push(...list);
  return { tp: pairs.length, fp: spurious.length, fn: missed.length, pairs, missed, spurious };
}

export function spanKey(s: SpanLike): string {
  return `${s.start}:${s.end}`;
}

export function overlap(a: SpanLike, b: SpanLike): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Lenient matching: each gold span pairs with the unpaired predicted span that overlaps it most
 * (ties to the earlier prediction), one to one. Both lists are sorted by start first, and the
 * scan only looks at predictions that can still overlap, so it stays linear for sorted spans
 * that overlap little.
 */
export function matchOverlap<G extends SpanLike, P extends SpanLike>(gold: readonly G[], pred: readonly P[]): Matching<G, P> {
  const g = [...gold].sort((a, b) => a.start - b.start || a.end - b.end);
  const p = [...pred].sort((a, b) => a.start - b.start || a.end - b.end);
  const used = new Array<boolean>(p.length).fill(false);
  const pairs: Array<[G, P]> = [];
  const missed: G[] = [];
  let from = 0;
  for (const gs of g) {
    // A prediction ending before this gold span starts cannot overlap it or any later one.
    while (from < p.length && p[from].end <= gs.start) from++;
    let best = -1;
    let bestOverlap = 0;
    for (let j = from; j < p.length && p[j].start < gs.end; j++) {
      if (used[j]) continue;
      const o = overlap(gs, p[j]);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = j;
      }
    }
    if (best >= 0) {
      used[best] = true;
      pairs.push([gs, p[best]]);
    } else missed.push(gs);
  }
  const spurious = p.filter((_, j) => !used[j]);
  return { tp: pairs.length, fp: spurious.length, fn: missed.length, pairs, missed, spurious };
}

/** A fraction with its parts, so reports can show "17/20". */
export interface Ratio {
  correct: number;
  total: number;
  value: number;
}

export function ratio(correct: number, total: number): Ratio {
  return { correct, total, value: total === 0 ? 0 : correct / total };
}

export interface IdMention extends SpanLike {
  /** Document key: mentions of different files never overlap. */
  file: string;
  id: string;
}

/**
 * Maps each predicted id to the gold id its mentions overlap most (in characters, summed over
 * the corpus; ties to the alphabetically first gold id), so that a system may spell its ids as
 * it likes. A predicted id overlapping no gold mention is absent from the map.
 */
export function mapIds(gold: readonly IdMention[], pred: readonly IdMention[]): Map<string, string> {
  const byFile = new Map<string, IdMention[]>();
  for (const g of gold) {
    const list = byFile.get(g.file);
    if (list) list.push(g);
    else byFile.set(g.file, [g]);
  }
  const longest = new Map<string, number>();
  for (const [file, list] of byFile) {
    list.sort((a, b) => a.start - b.start);
    longest.set(file, list.reduce((m, g) => Math.max(m, g.end - g.start), 0));
  }
  const votes = new Map<string, Map<string, number>>();
  for (const p of pred) {
    const list = byFile.get(p.file);
    if (!list) continue;
    for (const g of overlapping(list, p, longest.get(p.file) ?? 0)) {
      const o = overlap(g, p);
      let v = votes.get(p.id);
      if (!v) votes.set(p.id, (v = new Map()));
      v.set(g.id, (v.get(g.id) ?? 0) + o);
    }
  }
  const out = new Map<string, string>();
  for (const [predId, v] of votes) {
    let best = '';
    let bestScore = -1;
    for (const [goldId, score] of v) {
      if (score > bestScore || (score === bestScore && goldId < best)) {
        best = goldId;
        bestScore = score;
      }
    }
    out.set(predId, best);
  }
  return out;
}

/** Gold mentions (sorted by start) that overlap a span: binary search, then a short walk. */
function overlapping<T extends SpanLike>(sorted: readonly T[], s: SpanLike, longest: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < s.end) lo = mid + 1;
    else hi = mid;
  }
  // sorted[0..lo) start before s.end; walking back stops once even the longest mention
  // starting there could not reach s.start.
  const out: T[] = [];
  for (let i = lo - 1; i >= 0 && sorted[i].start + longest > s.start; i--) {
    if (sorted[i].end > s.start) out.push(sorted[i]);
  }
  return out;
}

/**
 * Pairwise clustering scores: over items that each carry a gold cluster and a predicted
 * cluster, a pair of items is a true positive when both put the two items together, a false
 * positive when only the prediction does, a false negative when only the gold does. Counted
 * from cluster sizes (n choose 2), so it is linear in the number of items.
 */
export function pairwiseCounts(items: ReadonlyArray<{ gold: string; pred: string }>): Counts {
  const both = new Map<string, number>();
  const goldSizes = new Map<string, number>();
  const predSizes = new Map<string, number>();
  for (const { gold, pred } of items) {
    const k = `${gold}\u0000${pred}`;
    both.set(k, (both.get(k) ?? 0) + 1);
    goldSizes.set(gold, (goldSizes.get(gold) ?? 0) + 1);
    predSizes.set(pred, (predSizes.get(pred) ?? 0) + 1);
  }
  const pairs = (sizes: Map<string, number>) => {
    let n = 0;
    for (const s of sizes.values()) n += (s * (s - 1)) / 2;
    return n;
  };
  const tp = pairs(both);
  return { tp, fp: pairs(predSizes) - tp, fn: pairs(goldSizes) - tp };
}

/** IOB2 tags (B-X, I-X, O) to spans [start, end) of token indices; a stray I-X opens a span. */
export function iobSpans(tags: readonly string[]): Array<{ start: number; end: number; type: string }> {
  const out: Array<{ start: number; end: number; type: string }> = [];
  let open: { start: number; end: number; type: string } | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const prefix = tag.slice(0, 2);
    const type = tag.slice(2);
    if (prefix === 'I-' && open && open.type === type) {
      open.end = i + 1;
      continue;
    }
    if (open) out.push(open);
    open = prefix === 'B-' || prefix === 'I-' ? { start: i, end: i + 1, type } : null;
  }
  if (open) out.push(open);
  return out;
}

/**
 * The token range [first, last + 1) covered by a character span, given token character spans
 * sorted by start and not overlapping; null when the span touches no token. A token counts when
 * the span overlaps it by at least one character.
 */
export function tokenRange(tokens: readonly SpanLike[], span: SpanLike): { start: number; end: number } | null {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let first = lo;
  while (first < tokens.length && tokens[first].start === tokens[first].end) first++;
  let last = first - 1;
  for (let i = first; i < tokens.length && tokens[i].start < span.end; i++) {
    if (tokens[i].end > tokens[i].start && overlap(tokens[i], span) > 0) last = i;
  }
  return last >= first ? { start: first, end: last + 1 } : null;
}
