import { HOLIDAYS } from '../../vocab/holidays.js';
import { EN_MONTHS, EN_ORDINAL_DAYS, EN_RELATIVE_MONTHS, EN_RELATIVE_YEARS } from '../../vocab/months.js';
import { alternation } from '../pattern.js';
import type { Matcher, RawClaim } from '../raw-claim.js';
import { formatDate, referenceParts, resolveYear } from '../common/resolve-year.js';

const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
/** Month names are capitalised in news text; `May` and `March` alone are too often a verb. */
const MONTH = `(${alternation(Object.keys(EN_MONTHS).map(cap))})\\.?`;
const MONTH_ALONE = `(${alternation(Object.keys(EN_MONTHS).filter((k) => k.length > 3 && k !== 'march').map(cap))})`;
const DAY = `([0-9]{1,2}(?:st|nd|rd|th)?|${alternation(Object.keys(EN_ORDINAL_DAYS))})`;
const YEAR = '((?:1[0-9]|20)[0-9]{2})(?![0-9])';
const REL = `(${alternation(Object.keys(EN_RELATIVE_MONTHS).flatMap((w) => [w, cap(w)]))})`;
const EN_HOLIDAYS = Object.keys(HOLIDAYS).filter((k) => /^[a-z]/.test(k));
const HOLIDAY = `(${alternation(EN_HOLIDAYS.map((h) => h.split(' ').map(cap).join(' ')))})`;
const YEAR_WORDS = '(?:Q[1-4]|H[12]|fiscal|Fiscal|in|In|for|For|since|Since|by|By|until|Until|till|from|From|to|and|or|between|Between|during|During|before|Before|after|After|early|Early|late|Late|mid-|Mid-|through|throughout|of|year)';
/**
 * December 15, 2025 / Dec. 15 / 15 December 2025 / December 2025 / last November / Christmas Eve
 * 2025 / in 2025 (the year alone only after a word that makes it one).
 */
const EN_DATE = new RegExp(
  [
    `(?<![A-Za-z])${MONTH}[ \\t]+${DAY}(?![0-9:])(?:,?[ \\t]+${YEAR})?`,
    `(?<![0-9A-Za-z])${DAY}[ \\t]+(?:of[ \\t]+)?${MONTH}(?![a-z])(?:,?[ \\t]+${YEAR})?`,
    `(?<![A-Za-z])${MONTH},?[ \\t]+${YEAR}`,
    `(?<![A-Za-z])${REL}[ \\t]+${MONTH_ALONE}(?![a-z])`,
    `(?<![A-Za-z])${HOLIDAY}(?![a-z])(?:,?[ \\t]+${YEAR})?`,
    `(?<=(?<![A-Za-z])${YEAR_WORDS}[ \\t])${YEAR}(?![0-9%]|[.,][0-9]|[ \\t]?(?:percent|per cent|pct|[a-z]*illion|thousand|bn|[kKMB]|units|people|users)(?![a-z]))`,
    `(?<=(?<![A-Za-z])(?:in|In|since|Since|by|By|until|Until|from|From|during|During|early|Early|late|Late|mid-|Mid-|of)[ \\t])${MONTH_ALONE}(?![a-z ]*[0-9])`,
    `(?<![A-Za-z])((?:[Ll]ast|[Tt]his|[Nn]ext)[ \\t]+year)(?![a-z])`,
  ].map((p) => `(?:${p})`).join('|'),
  'gu',
);

/** Every English date has a capitalised month or holiday, or a year after a preposition: most sentences skip the scan. */
const MAY_DATE = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Christmas|Halloween|New Year|Valentine|Independence|[A-Za-z0-9] (?:1[0-9]|20)[0-9]{2}|year/;

const month = (w: string | undefined): number | undefined => (w === undefined ? undefined : EN_MONTHS[w.toLowerCase()]);

/** English dates; the missing year of a partial date comes from the context (see resolveYear). */
export const matchEnglishDates: Matcher = (text, start, end, ctx, s) => {
  const out: RawClaim[] = [];
  if (!MAY_DATE.test(s)) return out;
  // One shared pattern, rewound: matchers are never re-entered, and compiling per sentence costs more than the scan.
  const re = EN_DATE;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const g = m.slice(1);
    let mm: number | undefined;
    let dd: number | undefined;
    let year: number | undefined;
    let yearStated = false;
    if (g[0] !== undefined) [mm, dd, year] = [month(g[0]), day(g[1]!), num(g[2])];
    else if (g[3] !== undefined) [dd, mm, year] = [day(g[3]), month(g[4]), num(g[5])];
    else if (g[6] !== undefined) [mm, year] = [month(g[6]), num(g[7])];
    else if (g[8] !== undefined) {
      mm = month(g[9]);
      const ref = referenceParts(ctx);
      const dir = EN_RELATIVE_MONTHS[g[8].toLowerCase()];
      if (ref && mm !== undefined) year = dir === 'last' ? (mm < ref.month ? ref.year : ref.year - 1) : dir === 'next' ? (mm > ref.month ? ref.year : ref.year + 1) : ref.year;
      yearStated = true;
    } else if (g[10] !== undefined) {
      [mm, dd] = HOLIDAYS[g[10].toLowerCase()]!.split('-').map(Number);
      year = num(g[11]);
    } else if (g[12] !== undefined) {
      year = Number(g[12]);
      yearStated = true;
    } else if (g[13] !== undefined) mm = month(g[13]);
    else if (g[14] !== undefined) {
      // last year / this year / next year: only with a reference date to count from.
      const ref = referenceParts(ctx);
      if (!ref) continue;
      year = ref.year + EN_RELATIVE_YEARS[g[14].toLowerCase().replace(/\s+/, ' ')]!;
    }
    if (year !== undefined) yearStated = true;
    if (!yearStated) year = resolveYear(ctx, start + m.index, start, end, mm ?? 1);
    const date = formatDate(year, mm, dd);
    if (!date) continue;
    out.push({ start: start + m.index, end: start + m.index + m[0].length, kind: 'date', value: null, date, qualifier: 'exact' });
  }
  return out;
};

/** 15, 15th, fifteenth → 15. */
function day(s: string): number {
  return EN_ORDINAL_DAYS[s.toLowerCase()] ?? parseInt(s, 10);
}

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}
