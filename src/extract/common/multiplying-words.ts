import { MULTIPLYING_WORDS } from '../../vocab/numbers.js';
import { alternation } from '../pattern.js';
import type { Matcher, RawClaim } from '../raw-claim.js';
import { qualifierBefore } from './attach-before.js';

/** A multiplying word, not `doubled down`, `doubles as` (a verb of another sense), nor inside a longer word. */
const MULTIPLYING = new RegExp(`(?<![A-Za-z])(${alternation(Object.keys(MULTIPLYING_WORDS))})(?![A-Za-z])(?![ \\t]+(?:down|as|up)(?![A-Za-z]))`, 'g');
/** Every multiplying word holds one of these: most sentences skip the scan. */
const MAY_MULTIPLY = /oubl|ripl|uadrupl|halv|翻|减半|減半|腰斩|腰斬/;

/**
 * `revenue doubled`, `tripled`, `halved`, `营收翻倍`, `翻了两番`, `成本减半`: a multiple stated in a word, as
 * `2倍` and `twofold` state it in digits (a translator writes one for the other).
 */
export const matchMultiplyingWords: Matcher = (_text, start, _end, _context, s) => {
  const out: RawClaim[] = [];
  if (!MAY_MULTIPLY.test(s)) return out;
  MULTIPLYING.lastIndex = 0;
  for (let m = MULTIPLYING.exec(s); m; m = MULTIPLYING.exec(s)) {
    // `roughly doubled`, `接近翻倍`: the qualifier belongs to the claim, as before a number.
    const qualifier = qualifierBefore(s, m.index, 0);
    const value = MULTIPLYING_WORDS[m[1]!.toLowerCase()] ?? MULTIPLYING_WORDS[m[1]!]!;
    out.push({ start: start + (qualifier?.start ?? m.index), end: start + m.index + m[1]!.length, kind: 'ratio', value, qualifier: qualifier?.value ?? 'exact' });
  }
  return out;
};
