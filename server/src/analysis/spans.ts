// Lookups in lists sorted by start offset (tokens, mentions, quotes), by binary search, so a
// detector asking "what is just before this offset?" pays log n instead of walking the list.
import type { Span } from './types';

/** How many items of a list sorted by start begin before `offset`. */
export function countStartingBefore(items: readonly Pick<Span, 'start'>[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many values of an ascending typed array are below `offset` (countStartingBefore over token
 * starts). A caller that already knows the first `from` values are below starts the search there.
 */
export function countBelow(values: Int32Array, offset: number, from = 0): number {
  let lo = from;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the last value at most `offset` in an ascending list whose first value is at most
 * every offset asked (line starts, piece starts): the line or piece holding the offset.
 */
export function lastAtMost(values: readonly number[], offset: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * How many values of an ascending typed array are at most `offset` (countEndingBy over token
 * ends). A caller that already knows the first `from` values are at most `offset` starts there.
 */
export function countAtMost(values: Int32Array, offset: number, from = 0): number {
  let lo = from;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many items of a list sorted by start and end finish at or before `offset`. */
export function countEndingBy(items: readonly Pick<Span, 'end'>[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
