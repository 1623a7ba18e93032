import type { Claim } from '../model/claim.js';
import { spanKey } from '../extract/claim-id.js';

/** What may stand between an amount and its conversion: `（约合`, ` (about`, `，折合`. */
const BETWEEN = /^\s*[（(，,]?\s*(?:约合|约为|约|合|折合|相当于|即|about|around|roughly|approximately|or|equivalent to|some)?\s*$/i;

/**
 * Finds stated conversions: an amount in another currency right after an amount, in brackets or
 * after a comma (`20亿美元（约合145亿元人民币）`, `$2 billion (about 14.5 billion yuan)`). Returns, per
 * converted claim's `spanKey`, the `spanKey` of the amount it converts.
 */
export function findConversions(text: string, sentenceClaims: readonly Claim[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 1; i < sentenceClaims.length; i++) {
    const a = sentenceClaims[i - 1]!;
    const b = sentenceClaims[i]!;
    if (a.kind !== 'money' || b.kind !== 'money' || !a.currency || !b.currency || a.currency === b.currency) continue;
    if (b.start - a.end > 16 || !BETWEEN.test(text.slice(a.end, b.start))) continue;
    out.set(spanKey(b), out.get(spanKey(a)) ?? spanKey(a));
  }
  return out;
}
