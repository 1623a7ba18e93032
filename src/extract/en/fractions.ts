import { EN_FRACTIONS, EN_UNITS } from '../../vocab/numbers.js';
import { alternation } from '../pattern.js';
import type { Matcher, RawClaim } from '../raw-claim.js';
import { readAfter } from '../common/attach-after.js';
import { qualifierBefore } from '../common/attach-before.js';
import { shareOfAfter } from '../common/share-of.js';

const NUMERATOR = `(an?|${alternation(Object.keys(EN_UNITS).filter((w) => EN_UNITS[w]! > 0 && EN_UNITS[w]! < 10))})`;
/** The other half of the problem, the second half of 2025: a part or a period, not a share. */
const NOT_A_SHARE_BEFORE_HALF = '(?:other|first|second|latter|former|better)[ \\t]';
const FRACTION = new RegExp(
  `(?<![A-Za-z])(?:${NUMERATOR}([ -])(${alternation(Object.keys(EN_FRACTIONS))})|(?<!${NOT_A_SHARE_BEFORE_HALF})(half)(?= of\\b))(?![A-Za-z])`,
  'giu',
);

/** Fraction words; most sentences have none and skip the scan. */
const MAY_FRACTION = /half|third|quarter|fourth|fifth|sixth|eighth|tenth/i;

/**
 * one-third, a third of, two-thirds, a quarter of, half of → percent (33.333…, 66.666…, 25, 50).
 * `a third` and `one quarter` need a hyphen or a following `of`: `a quarter earlier` is a time.
 */
export const matchEnglishFractions: Matcher = (text, start, end, _context, s) => {
  const out: RawClaim[] = [];
  if (!MAY_FRACTION.test(s)) return out;
  // One shared pattern, rewound: matchers are never re-entered, and compiling per sentence costs more than the scan.
  const re = FRACTION;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const fractionEnd = m.index + m[0].length;
    let value: number;
    if (m[4] !== undefined) value = 50;
    else {
      const word = m[1]!.toLowerCase();
      const n = word === 'a' || word === 'an' ? 1 : EN_UNITS[word]!;
      const share = EN_FRACTIONS[m[3]!.toLowerCase()]!;
      if (m[2] === ' ' && n === 1 && !/^ of\b/.test(s.slice(fractionEnd, fractionEnd + 4)) && !standsAlone(s, word, m[3]!, fractionEnd)) continue;
      if (/^(?:third|fourth|fifth|sixth|eighth|tenth)s?$/i.test(m[3]!) && m[2] === ' ' && n > 1 && !/s$/i.test(m[3]!)) continue;
      // Thirds and sixths are computed from 100 so that two-thirds is 200/3 to full precision.
      const per = /^third/i.test(m[3]!) ? 3 : /^sixth/i.test(m[3]!) ? 6 : 0;
      value = per ? (n * 100) / per : n * share;
    }
    const after = readAfter(s, fractionEnd, { arabic: false, money: false, yearLike: false });
    const qb = qualifierBefore(s, m.index, 0);
    const share = shareOfAfter(s, fractionEnd);
    out.push({
      start: start + (qb?.start ?? m.index),
      end: start + fractionEnd,
      kind: 'percent',
      value,
      qualifier: qb?.value ?? (after.kind === 'number' ? after.qualifier : undefined) ?? 'exact',
      ...(share ? { shareOf: share } : {}),
    });
  }
  return out;
};

/**
 * `one fifth`, `a fifth` are a share when nothing follows them (`fell by a fifth.`): `a fifth
 * consecutive quarter` counts, `one third party` names one; `a quarter.` may still be a period.
 */
function standsAlone(s: string, numerator: string, denominator: string, end: number): boolean {
  if (numerator !== 'one' && /^(?:quarter|fourth)/i.test(denominator)) return false;
  return /^(?:$|[ \t]*[.,;:!?)）])/.test(s.slice(end, end + 3));
}
