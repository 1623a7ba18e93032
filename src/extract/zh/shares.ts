import { QUALIFIERS_BEFORE } from '../../vocab/qualifiers.js';
import { MEASURE_WORDS } from '../../vocab/units.js';
import { alternation } from '../pattern.js';
import type { Matcher, RawClaim } from '../raw-claim.js';
import { qualifierBefore } from '../common/attach-before.js';
import { parseChineseNumeral } from './parse-numeral.js';

/** A count in a share: a few Arabic digits or Chinese numerals. */
const COUNT = '[0-9０-９]{1,4}|[一二两兩三四五六七八九十百千]{1,4}';
const MEASURE = `(?:${alternation(MEASURE_WORDS)}|人)`;
const NEAR = `(?:${alternation(Object.keys(QUALIFIERS_BEFORE).filter((w) => /^[约約近大超逾]/u.test(w)))})`;
/**
 * 每5名员工中就有1名, 十个分析师中有九个, 每10家企业里约有3家: a share written as counts. The whole is
 * never a date or a decimal (2025年中有3个 is no share), and the words between are few.
 */
const ZH_SHARE = new RegExp(
  `(?<![第0-9０-９.．])(每[ \\t]?)?(${COUNT})(?![年月日号號点點.．%％0-9０-９])[ \\t]?(${MEASURE})?[\\p{Script=Han}A-Za-z]{0,6}?(?:之中|当中|當中|中|里|裡)[，,]?(?:就|便|只|仅|僅)?(${NEAR})?有(${NEAR})?(${COUNT})(?![0-9０-９.．%％])(?:${MEASURE})?`,
  'gu',
);
/** Most sentences have no count right after 中…有 and skip the scan. */
const MAY_SHARE = new RegExp(`[中里裡][，,]?(?:就|便|只|仅|僅)?${NEAR}?有${NEAR}?(?:${COUNT})`, 'u');

/** Shares written as counts in Chinese: 每5名员工中就有1名 (20%), 十个分析师中有九个 (90%). */
export const matchChineseShares: Matcher = (_text, start, _end, _context, s) => {
  const out: RawClaim[] = [];
  if (!MAY_SHARE.test(s)) return out;
  const re = ZH_SHARE;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const whole = countOf(m[2]!);
    const part = countOf(m[6]!);
    if (whole === undefined || part === undefined || part <= 0 || part >= whole) continue;
    // Without 每 the whole must be counted with a measure word (十个分析师中), not a bare number.
    if (!m[1] && !m[3]) continue;
    const near = m[4] ?? m[5];
    const qb = qualifierBefore(s, m.index, 0);
    out.push({
      start: start + (qb?.start ?? m.index),
      end: start + m.index + m[0].length,
      kind: 'percent',
      value: (part * 100) / whole,
      qualifier: qb?.value ?? (near ? QUALIFIERS_BEFORE[near]! : 'exact'),
      whole: true,
    });
  }
  return out;
};

/** Arabic (also full-width) or Chinese numerals. */
function countOf(n: string): number | undefined {
  return parseChineseNumeral(n)?.value;
}
