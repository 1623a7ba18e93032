import type { Qualifier } from '../../model/claim.js';
import { EN_FRACTIONS, EN_TENS, EN_UNITS } from '../../vocab/numbers.js';
import { DURATION_UNITS } from '../../vocab/units.js';
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
    out.push(shareClaim(s, start, m.index, fractionEnd, value, after.kind === 'number' ? after.qualifier : undefined));
  }
  return out;
};

/** A share read from `from` to `to` of the stretch, with the qualifier before it (about a third) or after it. */
function shareClaim(s: string, start: number, from: number, to: number, value: number, qualifierAfter?: Qualifier, whole?: boolean): RawClaim {
  const qb = qualifierBefore(s, from, 0);
  const share = shareOfAfter(s, to);
  return {
    start: start + (qb?.start ?? from),
    end: start + to,
    kind: 'percent',
    value,
    qualifier: qb?.value ?? qualifierAfter ?? 'exact',
    ...(whole ? { whole } : {}),
    ...(share ? { shareOf: share } : {}),
  };
}

/**
 * `one fifth`, `a fifth` are a share when nothing follows them (`fell by a fifth.`): `a fifth
 * consecutive quarter` counts, `one third party` names one; `a quarter.` may still be a period.
 */
function standsAlone(s: string, numerator: string, denominator: string, end: number): boolean {
  if (numerator !== 'one' && /^(?:quarter|fourth)/i.test(denominator)) return false;
  return /^(?:$|[ \t]*[.,;:!?)）])/.test(s.slice(end, end + 3));
}

/** A count in a share: digits or a word up to ninety-nine (one in five, 3 out of 4, nine out of ten). */
const COUNT_WORD = `[0-9]{1,3}|(?:${alternation(Object.keys(EN_TENS))})(?:-(?:${alternation(Object.keys(EN_UNITS).filter((w) => EN_UNITS[w]! > 0 && EN_UNITS[w]! < 10))}))?|${alternation(Object.keys(EN_UNITS))}`;
/**
 * `one in five`, `1 in 3 users`, `nine out of ten`: a share of a whole. Not a length of time
 * (`5 in 10 years` is a count in a period), nor a scale (`1 in 3 billion`).
 */
const IN_SHARE = new RegExp(
  `(?<![A-Za-z0-9.,-])(${COUNT_WORD})[ \\t]+(in|out[ \\t]+of)[ \\t]+(${COUNT_WORD}|a[ \\t]+(?:hundred|thousand|million))(?![A-Za-z0-9%-]|[.,][0-9]|[ \\t]+(?:${alternation([...Object.keys(DURATION_UNITS).filter((w) => /^[a-z]/.test(w)), 'percent', 'per', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'times', 'dollars', 'euros', 'yuan'])})(?![A-Za-z]))`,
  'giu',
);
/** Most sentences have no count after `in` or `of` and skip the scan. */
const MAY_SHARE = new RegExp(`[ \\t](?:in|of)[ \\t]+(?:[0-9]|a[ \\t]+(?:hundred|thousand|million)|(?:${alternation([...Object.keys(EN_UNITS), ...Object.keys(EN_TENS)])})\\b)`, 'i');

/** Shares written as counts: `one in five` (20%), `3 out of 4` (75%), `one in three` (33.333…). */
export const matchEnglishShares: Matcher = (text, start, end, _context, s) => {
  const out: RawClaim[] = [];
  if (!MAY_SHARE.test(s)) return out;
  const re = IN_SHARE;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const part = countOf(m[1]!);
    const whole = countOf(m[3]!);
    const outOf = m[2]!.length > 2;
    // 1 in 1 says nothing, and 10 out of 8 is no share.
    if (part === undefined || whole === undefined || part <= 0 || (outOf ? part > whole : part >= whole)) continue;
    // Thirds stay exact as in one-third: 100 / 3, not 33.3.
    out.push(shareClaim(s, start, m.index, m.index + m[0].length, (part * 100) / whole, undefined, true));
  }
  return out;
};

function countOf(word: string): number | undefined {
  if (/^[0-9]/.test(word)) return Number(word);
  const w = word.toLowerCase().replace(/^a[ \t]+/, 'one ');
  if (w === 'one hundred') return 100;
  if (w === 'one thousand') return 1000;
  if (w === 'one million') return 1e6;
  const [tens, unit] = w.split('-');
  return (EN_TENS[tens!] ?? EN_UNITS[tens!] ?? NaN) + (unit ? EN_UNITS[unit] ?? NaN : 0) || undefined;
}
