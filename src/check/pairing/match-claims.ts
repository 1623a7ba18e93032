import type { Claim } from '../../model/claim.js';
import { relate } from '../compare/relation.js';

/** Pairs the figures two passages share (same value in either language's form), one to one. */
export function matchClaims(source: readonly Claim[], target: readonly Claim[]): { matched: [Claim, Claim][]; source: Claim[]; target: Claim[] } {
  const used = new Set<Claim>();
  const matched: [Claim, Claim][] = [];
  const leftSource: Claim[] = [];
  for (const s of source) {
    const t = target.find((t) => !used.has(t) && agrees(s, t));
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
