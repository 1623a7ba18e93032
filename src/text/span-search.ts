import type { Span } from '../model/span.js';

/**
 * The index of the item whose span holds `offset` (-1 if none), in items sorted by place and not
 * overlapping, by binary search: a paragraph may hold 100,000 sentences and a row as many cells,
 * and a linear search per figure made them quadratic.
 */
export function indexHolding<T>(items: readonly T[], offset: number, spanOf: (item: T) => Span): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spanOf(items[mid]!);
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The spans of `items` (sorted by start, not overlapping) that lie within `within`, by binary search for the first. */
export function spansWithin<T extends Span>(items: readonly T[], within: Span): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < within.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i]!.start < within.end; i++) if (items[i]!.end <= within.end) out.push(items[i]!);
  return out;
}
