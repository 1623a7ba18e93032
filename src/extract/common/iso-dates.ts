import type { Matcher, RawClaim } from '../raw-claim.js';
import { formatDate } from './resolve-year.js';

/** 2025-12-15, 2025/12/15, 2025.12.15 (year first), and 12/15/2025 or 15/12/2025 (year last). */
const NUMERIC_DATE = /(?<![0-9A-Za-z./\-])(?:([12][0-9]{3})([-/.])([0-9]{1,2})\2([0-9]{1,2})|([0-9]{1,2})\/([0-9]{1,2})\/([12][0-9]{3}))(?![0-9]|[./\-][0-9])/g;

/** All-digit dates need a separator between digits; most sentences skip the scan. */
const MAY_DATE = /[0-9][-/.][0-9]/;

/** All-digit dates. A slashed date with the year last is month/day unless the first part cannot be a month. */
export const matchNumericDates: Matcher = (text, start, end, _context, s) => {
  const out: RawClaim[] = [];
  if (!MAY_DATE.test(s)) return out;
  // One shared pattern, rewound: matchers are never re-entered, and compiling per sentence costs more than the scan.
  const re = NUMERIC_DATE;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    let date: string | undefined;
    if (m[1] !== undefined) date = formatDate(Number(m[1]), Number(m[3]), Number(m[4]));
    else {
      const a = Number(m[5]);
      const b = Number(m[6]);
      date = a > 12 ? formatDate(Number(m[7]), b, a) : formatDate(Number(m[7]), a, b);
    }
    if (date) out.push({ start: start + m.index, end: start + m.index + m[0].length, kind: 'date', value: null, date, qualifier: 'exact' });
  }
  return out;
};
