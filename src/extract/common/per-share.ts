import type { Claim } from '../../model/claim.js';
import type { Span } from '../../model/span.js';
import { extend } from '../../util/extend.js';

/** `每10股派2.86元`, `每10股派发现金红利2.86元`, `2.86 yuan per 10 shares`, `3.12 yuan (pre-tax) per 10 shares`: a dividend stated for ten shares. */
const PER_TEN_SHARES_BEFORE = /每[ \t]?(?:10|十)[ \t]?股[^，。；,;0-9]{0,8}$/u;
const PER_TEN_SHARES_AFTER = /^[ \t]*(?:[（(](?:含税|含稅|pre-tax|before tax|tax included|tax inclusive)[)）])?[ \t]*(?:(?:cash[ \t]+|final[ \t]+|interim[ \t]+)?dividends?[ \t]+)?(?:per|for every|for each)[ \t]+(?:10|ten)[ \t]+shares/;

/** A dividend for ten shares as the amount per share it is (`每10股派2.86元` = 0.286 yuan a share), as cents are of the main unit. */
export function perShare(text: string, sentence: Span, claim: Claim): Claim {
  if (claim.kind !== 'money' || claim.value === null) return claim;
  const tenShares =
    PER_TEN_SHARES_BEFORE.test(text.slice(Math.max(sentence.start, claim.start - 16), claim.start)) ||
    PER_TEN_SHARES_AFTER.test(text.slice(claim.end, Math.min(sentence.end, claim.end + 48)));
  return tenShares ? extend(claim, { value: Number((claim.value / 10).toPrecision(12)) }) : claim;
}
