import { HOLIDAYS } from '../../vocab/holidays.js';
import { EN_MONTHLY_MEASURES, EN_MONTHS, EN_ORDINAL_DAYS, EN_RELATIVE_DAY_AFTER, EN_RELATIVE_DAY_BEFORE, EN_RELATIVE_DAYS, EN_RELATIVE_MONTHS, EN_RELATIVE_OFFSETS, EN_RELATIVE_YEARS, EN_SPACED_ORDINAL_DAYS, EN_WEEKDAYS } from '../../vocab/months.js';
import { EN_UNITS } from '../../vocab/numbers.js';
import { alternation } from '../pattern.js';
import type { Matcher, RawClaim } from '../raw-claim.js';
import { addDays, countBack, dayOfMonth, formatDate, referenceParts, resolveMonth, resolveYear } from '../common/resolve-year.js';

const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
/** Month names are capitalised in news text; `May` and `March` alone are too often a verb. */
/** The dot only after an abbreviation: `Dec. 15`, but `of June.` ends the sentence. */
const MONTH = `(${alternation(Object.keys(EN_MONTHS).map(cap))})(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.)?`;
const MONTH_WORD = `(?:${alternation(Object.keys(EN_MONTHS).filter((k) => k.length > 3 && k !== 'march').map(cap))})`;
const MONTH_ALONE = `(${MONTH_WORD})`;
const ORDINAL_WORDS = alternation([...Object.keys(EN_ORDINAL_DAYS), ...Object.keys(EN_SPACED_ORDINAL_DAYS)]);
const DAY = `([0-9]{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORDS})`;
/** A day of the month that cannot be a plain number: 21st, twenty-first. */
const ORDINAL_DAY = `([0-9]{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS})`;
const REL_DAY = `(${alternation(Object.keys(EN_RELATIVE_DAYS).flatMap((w) => [w, cap(w)]))})`;
/** `today` and `tomorrow` only next to a word that makes them the article's day (said today, today announced); `yesterday` always. */
const REL_DAY_BEFORE = new RegExp(`(?<![A-Za-z])(?:${alternation(EN_RELATIVE_DAY_BEFORE)})[ \\t]+$`, 'i');
const REL_DAY_AFTER = new RegExp(`[ \\t]+(?:${alternation(EN_RELATIVE_DAY_AFTER)})(?![a-z])`, 'y');
/** Two days ago, three weeks ago, two years ago: a date counted back from the article's date. */
const DAYS_AGO = `([0-9]{1,2}|${alternation([...Object.keys(EN_UNITS).filter((w) => w !== 'zero'), 'a'].flatMap((w) => [w, cap(w)]))})[ \\t]+(?:days?|weeks?|months?|years?)[ \\t]+ago`;
/** last, this, next before `month`. */
const REL_OFFSET = `(${alternation(Object.keys(EN_RELATIVE_OFFSETS).flatMap((w) => [w, cap(w)]))})`;
const AGO_UNIT = /(day|week|month|year)s?[ \t]+ago$/;
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
    // Not what a figure is compared with (`down 3.1% from September`, `9.0% more than in October`),
    // which a translation leaves unsaid as often as not (环比); before the measure a month's figure
    // is of (`November deliveries`, `its October flights`).
    `(?:(?<=(?<![A-Za-z])(?:in|In|since|Since|by|By|until|Until|during|During|early|Early|late|Late|mid-|Mid-|of)[ \\t])(?<!than[ \\t]+in[ \\t])(?=${MONTH_WORD}(?![a-z ]*[0-9]))|(?<![A-Za-z])(?=${MONTH_WORD}[ \\t]+(?:${alternation(EN_MONTHLY_MEASURES)})(?![a-z])))${MONTH_ALONE}`,
    `(?<![A-Za-z])((?:[Ll]ast|[Tt]his|[Nn]ext)[ \\t]+year)(?![a-z])`,
    // today, yesterday, the day after tomorrow (not USA Today, not today's leaders); two days ago.
    `(?<![A-Za-z]|USA[ \\t])${REL_DAY}(?![A-Za-z'’])`,
    // Not the end of a longer length (1 month and 21 days ago), which is not read.
    `(?<![A-Za-z0-9]|(?:years?|months?|weeks?)[ \\t,]{1,2}(?:and[ \\t])?)${DAYS_AGO}(?![A-Za-z])`,
    // Thursday the 21st (its month from the context), not Thursday the 21st of June (read above).
    `(?<![A-Za-z])(?:${alternation(EN_WEEKDAYS)}),?[ \\t]+the[ \\t]+${ORDINAL_DAY}(?![A-Za-z0-9]|[ \\t]+(?:of[ \\t]+)?[A-Z])`,
    // on the 27th. / until the 3rd, (not the 27th floor, the 3rd quarter).
    `(?<=(?<![A-Za-z])(?:on|On|for|For|by|By|until|Until|since|Since|from|From)[ \\t])the[ \\t]+([0-9]{1,2}(?:st|nd|rd|th))(?=[ \\t]*(?:[.,;:!?)]|$))`,
    // Oct-2, Jan/1: a single-digit day only, since Jun-24 in a table is June 2024.
    `(?<![A-Za-z])(${alternation(Object.keys(EN_MONTHS).map(cap))})[-/]([1-9])(?![0-9]|[-/.][0-9])`,
    // 16. Nov. 2016: the day with a dot, as German and Nordic writers put it, only with its year.
    `(?<![0-9A-Za-z.])([0-9]{1,2})\\.[ \\t]+${MONTH}[ \\t]+${YEAR}`,
    // the 20th of next month, the 3rd of this month: as 下月20日.
    `(?<![A-Za-z0-9])(?:the[ \\t]+)?${ORDINAL_DAY}[ \\t]+of[ \\t]+${REL_OFFSET}[ \\t]+month(?![A-Za-z])`,
    // `delivered 41,356 vehicles in May, up 68.2%`: May and March alone after `in` only where a clause or a comparison follows.
    `(?<=(?<![A-Za-z])(?:in|In|during|During|since|Since|until|Until|of)[ \\t])(May|March)(?=[,.;:)]|[ \\t]+(?:and|from|to|through|compared|versus|vs\\.?|as|when|after|before|amid)(?![A-Za-z]))`,
  ].map((p) => `(?:${p})`).join('|'),
  'gu',
);

/** The end of a span of days after `Dec. 15` (-17, 2025), and the year the span states. */
const DAY_SPAN_END = new RegExp(`[-–]([0-9]{1,2})(?![0-9:])(?:,?[ \\t]+${YEAR})?`, 'y');

/** Every English date has a capitalised month or holiday, or a year after a preposition: most sentences skip the scan. */
const MAY_DATE = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Christmas|Halloween|New Year|Valentine|Independence|[A-Za-z0-9] (?:1[0-9]|20)[0-9]{2}|year|[Tt]oday|[Yy]esterday|[Tt]omorrow|ago|day,?[ \t]+the|the [0-9]|(?:ast|his|ext)[ \t]+month/;

const month = (w: string | undefined): number | undefined => (w === undefined ? undefined : EN_MONTHS[w.toLowerCase()]);

/** English dates; the missing year of a partial date comes from the context (see resolveYear). */
export const matchEnglishDates: Matcher = (text, start, end, ctx, s) => {
  const out: RawClaim[] = [];
  if (!MAY_DATE.test(s)) return out;
  const push = (at: number, length: number, date: string | undefined, whole = false): void => {
    if (date) out.push({ start: start + at, end: start + at + length, kind: 'date', value: null, date, qualifier: 'exact', ...(whole ? { whole } : {}) });
  };
  // One shared pattern, rewound: matchers are never re-entered, and compiling per sentence costs more than the scan.
  const re = EN_DATE;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const g = m.slice(1);
    let mm: number | undefined;
    let dd: number | undefined;
    let year: number | undefined;
    let yearStated = false;
    if (g[0] !== undefined) {
      [mm, dd, year] = [month(g[0]), day(g[1]!), num(g[2])];
      // Dec. 15-17, 2025: a span of days; both days take the year that follows it.
      DAY_SPAN_END.lastIndex = m.index + m[0].length;
      const span = year === undefined ? DAY_SPAN_END.exec(s) : null;
      if (span && Number(span[1]) > dd && Number(span[1]) <= 31) {
        const spanYear = num(span[2]) ?? resolveYear(ctx, start + m.index, start, end, mm ?? 1);
        push(m.index, m[0].length, formatDate(spanYear, mm, dd));
        // (the end day is a date, not the number the figure matcher reads there)
        push(span.index + 1, span[0].length - 1, formatDate(spanYear, mm, Number(span[1])), true);
        re.lastIndex = span.index + span[0].length;
        continue;
      }
    } else if (g[3] !== undefined) [dd, mm, year] = [day(g[3]), month(g[4]), num(g[5])];
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
    } else if (g[15] !== undefined || g[16] !== undefined) {
      // A day counted from the article's date: only with one.
      const ref = referenceParts(ctx);
      if (!ref) continue;
      if (g[16] !== undefined) {
        const unit = AGO_UNIT.exec(m[0])![1] as 'day' | 'week' | 'month' | 'year';
        const count = g[16].toLowerCase();
        push(m.index, m[0].length, countBack(ref, count === 'a' ? 1 : (EN_UNITS[count] ?? Number(count)), unit));
        continue;
      }
      const offset = EN_RELATIVE_DAYS[g[15]!.toLowerCase()]!;
      if (offset >= 0 && !isArticleDay(s, m.index, m[0].length)) continue;
      push(m.index, m[0].length, addDays(ref, offset));
      continue;
    } else if (g[17] !== undefined || g[18] !== undefined) {
      dd = day((g[17] ?? g[18])!);
      ({ year, month: mm } = resolveMonth(ctx, start + m.index, start, end, dd));
      yearStated = true;
    } else if (g[19] !== undefined) [mm, dd] = [month(g[19]), Number(g[20])];
    else if (g[21] !== undefined) [dd, mm, year] = [Number(g[21]), month(g[22]), num(g[23])];
    else if (g[24] !== undefined) {
      // Counted from the article's date: only with one.
      const ref = referenceParts(ctx);
      if (ref) push(m.index, m[0].length, dayOfMonth(ref, EN_RELATIVE_OFFSETS[g[25]!.toLowerCase()]!, day(g[24])));
      continue;
    } else if (g[26] !== undefined) mm = month(g[26]);
    // `in October–December`, `from July to September`: the first month of a run of months, no date (as `10至12月`).
    if (dd === undefined && year === undefined && MONTH_RUN_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    if (year !== undefined) yearStated = true;
    if (!yearStated) year = resolveYear(ctx, start + m.index, start, end, mm ?? 1);
    push(m.index, m[0].length, formatDate(year, mm, dd));
  }
  return out;
};

const MONTH_RUN_AFTER = /^[ \t]*(?:[-–—]|to|through)[ \t]*(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z])/;

/** 15, 15th, fifteenth, twenty second → 15. */
function day(s: string): number {
  const w = s.toLowerCase();
  return EN_ORDINAL_DAYS[w] ?? EN_SPACED_ORDINAL_DAYS[w] ?? parseInt(s, 10);
}

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

/** Whether `today` at `at` is the article's day (Nvidia said today, today announced) rather than the present in general. */
function isArticleDay(s: string, at: number, length: number): boolean {
  if (REL_DAY_BEFORE.test(s.slice(Math.max(0, at - 20), at))) return true;
  REL_DAY_AFTER.lastIndex = at + length;
  return REL_DAY_AFTER.test(s);
}
