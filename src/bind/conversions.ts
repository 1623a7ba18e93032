import type { Claim } from '../model/claim.js';
import { alternation } from '../extract/pattern.js';
import { CONVERSION_WORDS } from '../vocab/currencies.js';

/** What may stand between an amount and its conversion: `（约合`, ` (about`, `，折合`. */
const BETWEEN = new RegExp(`^\\s*[（(，,]?\\s*(?:${alternation(CONVERSION_WORDS)})?\\s*$`, 'i');

/**
 * Finds stated conversions: an amount in another currency right after an amount, in brackets or
 * after a comma (`20亿美元（约合145亿元人民币）`, `$2 billion (about 14.5 billion yuan)`). Returns, per
 * converted claim's index in `sentenceClaims`, the index of the amount it converts.
 */
export function findConversions(text: string, sentenceClaims: readonly Claim[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 1; i < sentenceClaims.length; i++) {
    const a = sentenceClaims[i - 1]!;
    const b = sentenceClaims[i]!;
    if (a.kind !== 'money' || b.kind !== 'money' || !a.currency || !b.currency || a.currency === b.currency) continue;
    if (b.start - a.end > 16 || !BETWEEN.test(text.slice(a.end, b.start))) continue;
    out.set(i, out.get(i - 1) ?? i - 1);
  }
  return out;
}
