import type { Claim } from '../../model/claim.js';

/** The figures of one paragraph (or of one language's sentences in a bilingual paragraph). */
export interface Unit {
  readonly segment: number;
  /** Rank of the unit among its side's units, 0..1: where it sits in the text. */
  readonly position: number;
  readonly claims: readonly Claim[];
}

/**
 * A paragraph stating more figures than this is a table dumped as text or a log, not prose that
 * is translated: its figures are not paired, since pairing two passages relates every figure of
 * one with every figure of the other.
 */
export const MAX_FIGURES_PER_UNIT = 128;

/**
 * Groups one side's figures by paragraph, in order. Stated conversions and the rates they are
 * made at are left out: a translation may add or drop `（约合145亿元人民币）` or `at 7.3 yuan to the
 * dollar` without being wrong.
 */
export function unitsOf(claims: readonly Claim[]): Unit[] {
  const bySegment = new Map<number, Claim[]>();
  for (const c of claims) {
    if (c.conversionOf || c.exchangeRate) continue;
    const list = bySegment.get(c.segment);
    if (list) list.push(c);
    else bySegment.set(c.segment, [c]);
  }
  const segments = [...bySegment.keys()].filter((s) => bySegment.get(s)!.length <= MAX_FIGURES_PER_UNIT).sort((a, b) => a - b);
  const last = Math.max(1, segments.length - 1);
  return segments.map((segment, i) => ({ segment, position: i / last, claims: bySegment.get(segment)! }));
}
