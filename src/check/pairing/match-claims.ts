import type { Claim } from '../../model/claim.js';
import { relate } from '../compare/relation.js';

/**
 * Pairs each figure of `source` with the first figure of `target` not yet paired that it
 * `agree`s with; the figures left unpaired on each side keep their order.
 */
export function matchFigures<T>(source: readonly T[], target: readonly T[], agree: (s: T, t: T) => boolean): { matched: [T, T][]; source: T[]; target: T[] } {
  const used = new Set<T>();
  const matched: [T, T][] = [];
  const leftSource: T[] = [];
  for (const s of source) {
    const t = target.find((t) => !used.has(t) && agree(s, t));
    if (t) {
      used.add(t);
      matched.push([s, t]);
    } else leftSource.push(s);
  }
  return { matched, source: leftSource, target: target.filter((t) => !used.has(t)) };
}

/** Whether two figures state the same thing, in one currency or converted into another. */
export function agrees(a: Claim, b: Claim): boolean {
  const r = relate(a, b, true).relation;
  return r === 'agree' || r === 'conversion';
}
