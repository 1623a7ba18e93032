import type { Matcher, RawClaim } from '../raw-claim.js';
import { formatDate } from './resolve-year.js';

/**
 * 2025-12-15, 2025/12/15, 2025.12.15 (year first); 12/15/2025, 15-12-2025, 13.5.2015, 3-7-17
 * (year last, two digits only after a slash or dash: 1.2.13 is a version); 08/12,2015.
 */
const NUMERIC_DATE =
  /(?<![0-9A-Za-z./\-])(?:([12][0-9]{3})([-/.])([0-9]{1,2})\2([0-9]{1,2})|([0-9]{1,2})([-/.])([0-9]{1,2})\6([12][0-9]{3}|[0-9]{2})|([0-9]{1,2})\/([0-9]{1,2}),[ \t]?([12][0-9]{3}))(?![0-9]|[./\-][0-9])/g;

/** All-digit dates need a separator between digits; most sentences skip the scan. */
const MAY_DATE = /[0-9][-/.][0-9]/;

/** A two-digit year: 00–49 are this century's, 50–99 the last's (05/05/89 is 1989). */
const PIVOT = 50;

/**
 * All-digit dates. With the year last, a slashed or dashed date is month first (12/15/2025, as
 * US news writes it) and a dotted one day first (13.5.2015, as Europe writes it), unless that part
 * cannot be a month (15/12/2025, 5.13.2015).
 */
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
      const sep = m[6] ?? '/';
      const yy = m[8] ?? m[11]!;
      if (yy.length === 2 && sep === '.') continue;
      const year = yy.length === 2 ? (Number(yy) < PIVOT ? 2000 : 1900) + Number(yy) : Number(yy);
      const a = Number(m[5] ?? m[9]);
      const b = Number(m[7] ?? m[10]);
      const dayFirst = sep === '.' ? b <= 12 : a > 12;
      date = dayFirst ? formatDate(year, b, a) : formatDate(year, a, b);
    }
    if (date) out.push({ start: start + m.index, end: start + m.index + m[0].length, kind: 'date', value: null, date, qualifier: 'exact' });
  }
  return out;
};
