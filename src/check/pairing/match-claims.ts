import type { Claim } from '../../model/claim.js';
import { relate } from '../compare/relation.js';

/** Pairs the figures two passages share (same value in either language's form), one to one. */
export function matchClaims(source: readonly Claim[], target: readonly Claim[]): { matched: [Claim, Claim][]; source: Claim[]; target: Claim[] } {
  return matchFigures(source, target, agrees);
}

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

export function agrees(a: Claim, b: Claim): boolean {
  const r = relate(a, b, true).relation;
  return r === 'agree' || r === 'conversion';
}

/** How many figures two passages share, without building the pairs. */
export function shared(source: readonly Claim[], target: readonly Claim[]): number {
  return matchClaims(source, target).matched.length;
}
