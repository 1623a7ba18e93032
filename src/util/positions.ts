/** Index of the last item before `pos` in items sorted by position (binary search), or -1. */
export function lastBefore(items: readonly { pos: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.pos < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
