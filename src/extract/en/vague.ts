import { EN_VAGUE_PLURALS } from '../../vocab/numbers.js';
import { alternation } from '../pattern.js';
import type { Matcher, RawClaim } from '../raw-claim.js';
import { readAfter } from '../common/attach-after.js';

const VAGUE = new RegExp(`(?<![A-Za-z])(${alternation(Object.keys(EN_VAGUE_PLURALS))})(?: of)?(?![A-Za-z])`, 'giu');

/** Vague plurals; most sentences have none and skip the scan. */
const MAY_VAGUE = /dozens|scores|hundreds|thousands|millions|billions|trillions/i;

/** dozens of, hundreds of, tens of billions of dollars → a range, with what follows as unit or currency. */
export const matchEnglishVague: Matcher = (text, start, end, _context, s) => {
  const out: RawClaim[] = [];
  if (!MAY_VAGUE.test(s)) return out;
  // One shared pattern, rewound: matchers are never re-entered, and compiling per sentence costs more than the scan.
  const re = VAGUE;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!m[0].endsWith(' of') && !/^ (?:dollars|yuan|euros|USD|of)\b/.test(s.slice(m.index + m[0].length, m.index + m[0].length + 9))) continue;
    const [min, max] = EN_VAGUE_PLURALS[m[1]!.toLowerCase()]!;
    const after = readAfter(s, m.index + m[0].length, { arabic: false, money: false, yearLike: false });
    const unitFound = after.kind !== 'number' && !after.minor; // (hundreds of cents: not worth a currency)
    out.push({
      start: start + m.index,
      end: start + (unitFound ? after.end : m.index + m[1]!.length),
      kind: unitFound ? after.kind : 'number',
      value: null,
      min,
      max,
      ...(after.unit !== undefined && unitFound ? { unit: after.unit } : {}),
      ...(after.currency !== undefined && unitFound ? { currency: after.currency } : {}),
      qualifier: 'range',
    });
  }
  return out;
};
