import { isStatementDivider } from './clauses.js';
import type { Span } from '../model/span.js';
import { alternation, execAll } from '../extract/pattern.js';
import { AMOUNT_AFTER } from '../extract/common/year-mentions.js';
import { EN_MONTHS } from '../vocab/months.js';
import { extend } from '../util/extend.js';
import { measureOf } from './measure.js';
import {
  COMPARISON_BASE_WORDS, CUMULATIVE_PARTS, YEAR_TO_DATE_WORDS, LAUNCH_WINDOW_WORDS, THEN_CLAUSE_ENDS, THEN_WORDS_EN, NOT_THEN_WORDS, monthRunId, FOLLOWING_YEAR_WORDS, DEADLINE_AFTER_WORDS, DEADLINE_WORDS, DURATION_COUNTS, DURATION_UNITS, FULL_YEAR_OPENERS, FULL_YEAR_WORDS, HALF_WORDS,
  MONTHLY_ATTRIBUTES, QUARTER_WORDS, RELATIVE_YEAR_OFFSETS, RELATIVE_YEARS, SINCE_AFTER_WORDS, SINCE_WORDS, THE_MONTH_WORDS, TO_DATE_WORDS, YEAR_SUFFIXES, STATEMENT_VERBS,
} from '../vocab/periods.js';

/** A year, not an amount that looks like one (1949.85亿元, 2000多家, $1900 billion). */
const YEAR = new RegExp(`(?<![\\p{N}.$])(?:FY\\s?)?((?:19|20)\\d{2})(?![\\p{N}]|[.．,][0-9]|[ \\t]?(?:${AMOUNT_AFTER}))(?:\\s?(?:${alternation(YEAR_SUFFIXES)}))?`, 'gu');
const FISCAL_SHORT = /(?<![A-Za-z])FY\s?(\d{2})(?!\d)/g;
// A Latin part ends where a word does (`Q3`, not `Q30`); a Chinese one may run into its figure (`第二季度4.5亿元`).
const PART = new RegExp(`(?:${alternation([...Object.keys(QUARTER_WORDS), ...Object.keys(HALF_WORDS), ...Object.keys(CUMULATIVE_PARTS)])})(?!(?<=[A-Za-z0-9])[\\p{N}A-Za-z])`, 'giu');
const RELATIVE = new RegExp(alternation(Object.keys(RELATIVE_YEARS)), 'gi');
const FOLLOWING_YEAR = new RegExp(alternation(FOLLOWING_YEAR_WORDS), 'gi');
/** Quarter, half and cumulative words in lower case, by the period id they stand for (`q3` → `Q3`). */
export const LOWER_PARTS = new Map(
  [
    ...Object.entries(QUARTER_WORDS).map(([w, q]) => [w.toLowerCase(), `Q${q}`] as const),
    ...Object.entries(HALF_WORDS).map(([w, h]) => [w.toLowerCase(), `H${h}`] as const),
    ...Object.entries(CUMULATIVE_PARTS).map(([w, id]) => [w.toLowerCase(), id] as const),
  ],
);
// A count starts where a run of digits starts: trying every suffix of a long run is quadratic.
// `the first nine months` is a part of the year (CUMULATIVE_PARTS), not a duration; `连续第三个月` a rank.
const DURATION = new RegExp(
  `(?<![A-Za-z\\d第前])(?<!first[ \\t])(?:(\\d+)|(${alternation(Object.keys(DURATION_COUNTS))}))?[\\s-]?(${alternation(Object.keys(DURATION_UNITS))})(?![A-Za-z])`,
  'giu',
);
/** `较2023年`, `from 2024`, `more than in 2025`: a comparison word right before a year, maybe with `in`. */
const COMPARISON_BASE = new RegExp(`(?:${alternation(COMPARISON_BASE_WORDS)})(?:\\s+in)?(?:\\s+the)?\\s*$`, 'i');
/** How far before a year or a quarter its comparison word is looked for (`than in `, `compared with the `). */
const BASE_REACH = 20;
/** `by the end of June 2026`, `by 2027`: a month name may stand between the words and the year. */
const DEADLINE_BEFORE = new RegExp(`(?<![A-Za-z])(?:${alternation(DEADLINE_WORDS)})[ \\t]+(?:(?:[A-Z][a-z]+\\.?|the[ \\t]+end[ \\t]+of)[ \\t]+){0,2}$`);
/** `2026年6月底前`, `2027年之前`: after the year, maybe its month and end. */
// (`2025年前三季度` is a part of the year, not a deadline: `前` opens the part.)
const DEADLINE_AFTER = new RegExp(`^(?:[0-9０-９]{1,2}月)?(?:底|末)?(?:${alternation(DEADLINE_AFTER_WORDS)})(?![一二两兩三四五六七八九十0-9０-９]+个?(?:季度|個季度|月|個月))`, 'u');
/** `2024年全年的3.4倍`: what a multiple is of. */
const TIMES_OF_AFTER = /^[^，。；,;]{0,8}的[0-9.]+倍/u;
const LOWER_RELATIVE = new Map(Object.entries(RELATIVE_YEARS).map(([w, id]) => [w.toLowerCase(), id]));
const SINCE_BEFORE = new RegExp(`(?:${alternation(SINCE_WORDS)})[ \\t]?$`, 'u');
const SINCE_AFTER = new RegExp(`^(?:${alternation(SINCE_AFTER_WORDS)})`, 'u');

/** `from 22.8% in the second quarter`: a comparison word, the base figure, then its part of the year (`from the second quarter` is read by `COMPARISON_BASE`). */
const BASE_PART_EN = new RegExp(`(?<![A-Za-z])(?:${alternation(COMPARISON_BASE_WORDS.filter((w) => /^[a-z]/.test(w)))})[ \\t]+(?:an?[ \\t]+)?(?:(?:about|nearly|around|roughly)[ \\t]+)?(?:US|HK|NT|RMB|S|A|C)?[$€£¥]?[ \\t]?\\d[\\d.,]*%?(?:[ \\t]+[A-Za-z]+){0,2}?[ \\t]+in[ \\t]+(?:the[ \\t]+)?$`, 'i');

/** The same right before the words of a year (`from 1.91% a year earlier`, `from RMB12.35 billion last year`). */
const BASE_FIGURE_BEFORE = new RegExp(`${BASE_PART_EN.source.slice(0, BASE_PART_EN.source.indexOf('[ \\t]+in[ \\t]+'))}[ \\t]+(?:in[ \\t]+)?(?:the[ \\t]+)?$`, 'i');

/** The same, with a month between (`from 82.3% in March last year`): a relative year of the base figure. */
const BASE_PART_RELATIVE = new RegExp(`${BASE_PART_EN.source.slice(0, -1)}(?:${alternation(Object.keys(EN_MONTHS))})\\.?[ \\t]+$`, 'i');

/** Whether the part of the year at `at` is the period of a comparison base. */
function isBasePart(slice: string, at: number): boolean {
  const before = slice.slice(Math.max(0, at - BASE_REACH), at);
  if (COMPARISON_BASE.test(before)) return !before.endsWith('占比');
  // `较2024年第四季度的138.6亿元`: the comparison word before the part's year.
  if (BASE_YEAR_BEFORE_PART.test(before)) return true;
  return slice.charCodeAt(at - 1) === 32 && BASE_PART_EN.test(slice.slice(Math.max(0, at - 64), at));
}

const BASE_YEAR_BEFORE_PART = /[较較比](?:19|20)\d{2}年(?:的)?$/u;

const FULL_YEAR = new RegExp(`(?:${alternation(FULL_YEAR_WORDS)})`, 'i');
const TO_DATE_BEFORE = new RegExp(`(?:${alternation(TO_DATE_WORDS)})[ \\t]*(?:the[ \\t]+end[ \\t]+of[ \\t]+)?$`, 'i');
/** 10月底, 10月末, the end of October: a moment, not the month. */
const MONTH_END_AFTER = /^(?:底|末|中旬|下旬|上旬|初)/u;
const MONTHLY = new Set(MONTHLY_ATTRIBUTES);
/** Words that name the month the sentence named before (`当月`, `in the month`). */
const THE_MONTH = new RegExp(`(?:${alternation(THE_MONTH_WORDS)})`, 'i');

/** Whether a clause refers to a month named before it (`当月`, `during the month`). */
export function namesTheMonth(text: string, clause: Span): boolean {
  return THE_MONTH.test(text.slice(clause.start, clause.end));
}
const QUARTER_OR_HALF = /-[QH][1-4]$/;
/** A year or a year named relative to the article's (`2025年`, `去年同期`, `last year`). */
const YEAR_WORD = new RegExp(`(?:19|20)\\d{2}|${alternation(Object.keys(RELATIVE_YEARS))}`, 'iu');
/** A semicolon or another month before a month: what the sentence opened with is another statement's. */
const ANOTHER_STATEMENT = /[；;]|[0-9０-９一二三四五六七八九十]月/u;
/** A year written in a date (`2025年3月`, `March 2025`), not inferred from the article's. */
const WRITTEN_YEAR = /\d{4}|[〇零一二三四五六七八九]{4}/u;
const FIRST_MONTHS_BEFORE: ReadonlySet<string> = new Set(['前', '首']);
const CUMULATIVE_PART = new RegExp(alternation(Object.keys(CUMULATIVE_PARTS)), 'i');
/** `June deliveries expected at 50,000 … and second-quarter deliveries likely to exceed 140,000`: a quarter or a half between a month and the figure is the figure's. */
const QUARTER_OR_HALF_WORD = new RegExp(alternation([...Object.keys(QUARTER_WORDS), ...Object.keys(HALF_WORDS)]), 'i');
/** The first month of a run of months right before its last (`1至`, `1-`). */
const MONTH_RUN_BEFORE = /([0-9]{1,2})月?[ ]?[至到~～–—-][ ]?$/u;
/** The same in English (`January–October 2025`, `January to October`). */
const MONTH_RUN_BEFORE_EN = new RegExp(`(?<![A-Za-z])(${alternation(Object.keys(EN_MONTHS))})\\.?[ \\t]*(?:[–—-]|to[ \\t]|through[ \\t])[ \\t]*$`, 'i');
const RUN_DASHES = '–—-~～';
/** How far before a month the first month of its run may start (`September through `). */
const RUN_REACH = 20;

/** Between a month and the figure it labels (`January 2025: 13.8%`). */
const MONTH_LABEL_BETWEEN = /^[ \t]*[:：][ \t]*$/;
/** Years, months and days, which an aside may hold without a figure of its own. */
const TIME_WORDS = /(?:FY)?(?:19|20)\d{2}年?|\d{1,2}月|\d{1,2}[日号]|Q[1-4]|H[12]/gu;
/** How far back from a time word the bracket of an aside that holds it is looked for. */
const ASIDE_REACH = 24;

/**
 * Whether the time word at `at` stands in brackets that do not hold the claim (`同比增长21.3%（2024年10月为86,300辆）`):
 * the aside's time is its own figure's.
 */
function inAsideWithout(text: string, at: number, claim: Span): boolean {
  for (let i = at - 1; i >= Math.max(0, at - ASIDE_REACH); i--) {
    const c = text.charCodeAt(i);
    if (c === 0xff09 || c === 0x29 || c === 0x3002 || c === 0x0a) return false;
    if (c === 0xff08 || c === 0x28) {
      let close = at;
      while (close < text.length && close - at < 200 && text.charCodeAt(close) !== 0xff09 && text.charCodeAt(close) !== 0x29) close++;
      // Only an aside with a figure of its own: `营收1486.3亿元（2025年）` dates the figure before it.
      return !(claim.start > i && claim.end <= close) && /\d/.test(text.slice(i + 1, close).replace(TIME_WORDS, ''));
    }
  }
  return false;
}

/** The first month of the run of months a month ends (`1至10月`, `January–October`): its number, or undefined. */
function runStartBefore(text: string, month: number, floor: number): number | undefined {
  // `1—10月`: a dash that splits clauses elsewhere joins the run's two months.
  const zh = MONTH_RUN_BEFORE.exec(text.slice(Math.max(RUN_DASHES.includes(text.charAt(month - 1)) ? 0 : floor, month - 4), month));
  if (zh) return Number(zh[1]);
  const en = MONTH_RUN_BEFORE_EN.exec(text.slice(Math.max(floor, month - RUN_REACH), month));
  return en ? EN_MONTHS[en[1]!.toLowerCase()] : undefined;
}
/** The parts of a year a run of months from January makes, by its last month. */
const RUNS_FROM_JANUARY: Readonly<Record<string, string>> = { '03': 'Q1', '06': 'H1', '09': 'Q1-Q3' };

/** The total from January to the month of `period` (`2025-10` → `2025-M01-M10`), as a column of cumulative figures gives it. */
export function fromJanuary(period: string | undefined): string | undefined {
  const m = period ? /^(\d{4}|XXXX)-(\d{2})$/.exec(period) : null;
  return m ? monthRun(1, period!) : period;
}

/** The period of a run of months (`1至9月` → `2025-Q1-Q3`, `1-12月` → `2025`, `1至11月` → `2025-M01-M11`). */
function monthRun(first: number, last: string): string | undefined {
  const [year, month] = last.split('-') as [string, string];
  if (first < 1 || first >= Number(month)) return undefined;
  if (first === 1 && month === '12') return year === 'XXXX' ? undefined : year;
  const part = first === 1 ? RUNS_FROM_JANUARY[month] : undefined;
  return `${year}-${part ?? monthRunId(first, Number(month))}`;
}

/** A month after `m` and before the figure, in the figure's clause, right before its figure (`环比9月的14.80亿件`), if any. */
function nearerMonthBefore<M extends { start: number; end: number }>(months: readonly M[], m: M, claim: Span, clause: Span): M | undefined {
  let nearer: M | undefined;
  for (const o of months) if (o.start > m.end && o.end <= claim.start && o.start >= clause.start && claim.start - o.end <= NEAR_MONTH) nearer = o;
  return nearer;
}
const NEAR_MONTH = 6;

/** What may stand before and after a month that is the whole of a clause (`3月份，`, `In March,`, `仅9月单月，`, `今年1至10月，`). */
const LEADING_MONTH_BEFORE = /^[ \t]*(?:(?:in|during|In|During)[ \t]+|仅|僅|在|而|其中)?(?:今年|去年|(?:19|20)[0-9]{2}年)?(?:[0-9]{1,2}月?[ ]?[至到~～–—-][ ]?)?$/u;
const LEADING_MONTH_AFTER = /^(?:份|当月|當月|单月|單月|份单月|[ \t]+alone)?[ \t]*[，,]/u;
const CLAUSE_BOUNDARIES = '，,；;：:';

/** Where the last clause before the end of `text` starts, less one (-1 for none). */
function lastBoundary(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (CLAUSE_BOUNDARIES.includes(text[i]!)) return i;
  return -1;
}

const FULL_YEAR_OPENER = new RegExp(`^[ \\t]*(?:${alternation(FULL_YEAR_OPENERS)})[ \\t]*[,，][ \\t]*$`, 'iu');
const NAMES_PART = new RegExp(alternation([...Object.keys(QUARTER_WORDS), ...Object.keys(HALF_WORDS)]), 'iu');

/**
 * Whether the clause follows one that opens its sentence with the whole year (`对于全年，`, `For the
 * full year,`) and names no quarter or half of its own up to the figure (`并预计二季度出货量…`,
 * `and expects second-quarter shipments of…` keep their quarter).
 */
function openedAsFullYear(text: string, clause: Span, claim: Span, sentence: Span | undefined): boolean {
  if (!sentence || clause.start <= sentence.start) return false;
  return FULL_YEAR_OPENER.test(text.slice(sentence.start, clause.start)) && !NAMES_PART.test(text.slice(clause.start, claim.end));
}

/**
 * The period of a figure as its clause narrows it: a whole year's (`全年交付量将达到16.1万辆`,
 * `full-year revenue`) drops the quarter its sentence names; a month the clause names
 * (`10月共交付1.53万辆`, `delivered 15,300 vehicles in October`) is the period of a figure that
 * flows over time (`MONTHLY_ATTRIBUTES`), unless it ends a total to date (`截至10月底`); so is the
 * last month alone in a clause of `sentence` before the figure (`3月，极曜汽车共交付新车38562辆`). A
 * run of months is a part of the year (`1至9月` → `Q1-Q3`).
 */
/** The year a period opens with: a written one, or last year in an article with no date (its `今年` is `XXXX`, as its months are). */
const SENTENCE_YEAR = /^(?:\d{4}|last-year)(?=$|-)/;

export function narrowPeriod(
  text: string,
  claim: Span,
  clause: Span,
  period: string | undefined,
  attribute: string | undefined,
  months: readonly { start: number; end: number; date?: string }[],
  sentence?: Span,
): string | undefined {
  if (period && QUARTER_OR_HALF.test(period) && (FULL_YEAR.test(text.slice(clause.start, claim.start)) || openedAsFullYear(text, clause, claim, sentence))) {
    const year = period.slice(0, period.lastIndexOf('-'));
    return /^\d{4}$/.test(year) ? year : undefined;
  }
  if (months.length === 0 || !attribute) return period;
  // A month dates what flows by the month (deliveries); a run of months (`1-9月`) is a part of the year that dates any result.
  const monthly = isMonthlyFlow(attribute);
  // `(January 2025: 13.8%)`: a month that labels the figure dates it, whatever it measures.
  const labels = (m: { end: number }) => m.end <= claim.start && claim.start - m.end <= 3 && MONTH_LABEL_BETWEEN.test(text.slice(m.end, claim.start));
  if (!monthly && !months.some((m) => runStartBefore(text, m.start, 0) !== undefined || labels(m))) return period;
  // `去年同期，昊域3月交付29,757辆`: a month written without its year, after the year its sentence opens with, is of
  // that year, not the article's (`11月交付量为28,416輛…去年同期為21,530輛` keeps the article's year for November).
  // (In an article with no date, `去年2月` is `last-year-02`: its month keeps the relative year, not `XXXX`.)
  const sentenceYear = period ? SENTENCE_YEAR.exec(period)?.[0] : undefined;
  const yearBefore = (m: { start: number }) => {
    const before = text.slice(sentence?.start ?? clause.start, m.start);
    return YEAR_WORD.test(before) && !ANOTHER_STATEMENT.test(before);
  };
  const monthOf = (m: { start: number; end: number; date?: string }) => {
    const [y, month] = m.date!.split('-') as [string, string];
    const year = sentenceYear !== undefined && (y === 'XXXX' || (!WRITTEN_YEAR.test(text.slice(m.start, m.end)) && yearBefore(m))) ? sentenceYear : y;
    return `${year}-${month}`;
  };
  // `1至9月启曜累计交付218,460台`: a run of months from January is a part of the year, not its last month.
  const isRun = (m: { start: number }, floor: number) => runStartBefore(text, m.start, floor) !== undefined;
  const monthOrRun = (m: { start: number; end: number; date?: string }, floor: number) => {
    const first = runStartBefore(text, m.start, floor);
    return first !== undefined ? monthRun(first, monthOf(m)) : monthOf(m);
  };
  for (const m of months) {
    if (((m.start < clause.start || m.end > clause.end) && !labels(m)) || inAsideWithout(text, m.start, claim)) continue;
    // `前10月`, `首十月`: the months up to it, a part of the year (`CUMULATIVE_PARTS`), not the month;
    // nor is a month a part of the year stands between it and the figure (`10月…跌9% 首十月錄407億元`).
    if (FIRST_MONTHS_BEFORE.has(text.charAt(m.start - 1))) continue;
    if (m.end <= claim.start && CUMULATIVE_PART.test(text.slice(m.end, claim.start)) && !isRun(m, clause.start)) continue;
    if (m.end <= claim.start && QUARTER_OR_HALF_WORD.test(text.slice(m.end, claim.start))) continue;
    // `12月交付4.82万辆 全年交付量突破40万辆`: the whole year's, not the month's.
    if (m.end <= claim.start && FULL_YEAR.test(text.slice(m.end, claim.start))) continue;
    if (TO_DATE_BEFORE.test(text.slice(Math.max(clause.start, m.start - 16), m.start)) || MONTH_END_AFTER.test(text.slice(m.end, m.end + 2))) continue;
    if (!monthly && !isRun(m, clause.start) && !labels(m)) continue;
    // `10月迅驰速运业务量环比9月的14.80亿件增长7.2%`: of two months before the figure, the nearer is its own.
    const nearer = nearerMonthBefore(months, m, claim, clause);
    return monthOrRun(nearer ?? m, clause.start);
  }
  // `3月，极曜汽车共交付新车38562辆`, `In March, it delivered…`, `…；仅9月单月，产量就比交付量多2,168台`: a month
  // alone in a clause is the period of what the sentence tells after it (the last such month).
  let opening: (typeof months)[number] | undefined;
  // `今年3月，公司发布了新品；全年销量达到50万辆`, `…，第一季度销量达到12万辆`: a clause that names its own period keeps it.
  if (sentence && !namesPeriod(text.slice(clause.start, claim.start))) {
    for (const m of months) {
      if (m.start >= claim.start) break;
      const before = text.slice(sentence.start, m.start);
      if (LEADING_MONTH_BEFORE.test(before.slice(lastBoundary(before) + 1)) && LEADING_MONTH_AFTER.test(text.slice(m.end, m.end + 8)) && (monthly || isRun(m, sentence.start))) opening = m;
    }
  }
  if (opening) {
    const narrowed = monthOrRun(opening, sentence!.start);
    // `…，较去年同期的468.5亿元下降13.1%`: a comparison base keeps its own year.
    const year = period && /^\d{4}/.exec(period)?.[0];
    return year && narrowed && /^\d{4}/.test(narrowed) && !narrowed.startsWith(year) ? `${year}${narrowed.slice(4)}` : narrowed;
  }
  // `公布12月交付数据：当月共交付…`, `figures for December: it delivered … in the month`: the month named before.
  if (THE_MONTH.test(text.slice(clause.start, clause.end))) {
    let named: { start: number; end: number; date?: string } | undefined;
    for (const m of months) if (m.end <= claim.start && (!named || m.start > named.start)) named = m;
    if (named) return monthOf(named);
  }
  return period;
}


const YEAR_TO_DATE = new RegExp(alternation(YEAR_TO_DATE_WORDS), 'i');
const THEN_CLAUSE = new RegExp(`(?:${alternation(THEN_CLAUSE_ENDS)})[ \\t]*[，,]$`, 'u');
/** How far before the figure's clause the words of a past moment are looked for. */
const THEN_REACH = 60;
const NOT_THEN = new RegExp(`(?:${alternation(NOT_THEN_WORDS)})[ \\t]*[，,]$`, 'u');
const THEN_EN = new RegExp(`(?<![A-Za-z])(?:${alternation(THEN_WORDS_EN)})(?![A-Za-z])`, 'i');

/** The period of figures of a past moment the sentence names (`A轮融资时，…180人左右`): of their own, kept within their article. */
export const THEN = 'XXXX-then';

/**
 * Whether the figure is of a past moment its sentence names before it: a clause ending in `时` right
 * before the figure's clause (`A轮融资时，公司员工仅有180人左右`), or `at the time of` in its clause.
 */
export function isOfThen(text: string, sentence: Span, clause: Span, claim: Span): boolean {
  // `At the time of its Series A, Lixing had about 180 employees`: in the figure's clause or the one before.
  if (THEN_EN.test(text.slice(Math.max(sentence.start, clause.start - THEN_REACH), claim.start))) return true;
  if (clause.start <= sentence.start) return false;
  const before = text.slice(Math.max(sentence.start, clause.start - 12), clause.start);
  return THEN_CLAUSE.test(before) && !NOT_THEN.test(before);
}
const OWN_PERIOD = new RegExp(
  `(?:19|20)[0-9]{2}|${alternation([...Object.keys(QUARTER_WORDS), ...Object.keys(HALF_WORDS), ...Object.keys(CUMULATIVE_PARTS), ...Object.keys(RELATIVE_YEARS), ...FULL_YEAR_WORDS])}`,
  'i',
);

/** `较去年同期的468.5亿元`, `from the same period last year`: the same months a year before, which the clause's month gives. */
const SAME_PERIOD_BEFORE = /(?:去年|上年|上一年)同期|(?:the )?same period (?:of )?(?:last|a) year(?: earlier)?/gi;

/** Whether a stretch of a clause names a period of its own: a year, a part of one, a whole year (`全年`), a relative year. */
function namesPeriod(stretch: string): boolean {
  return OWN_PERIOD.test(stretch.replace(SAME_PERIOD_BEFORE, ''));
}

/** The period of a total so far this year: kept within its article (the `year` in it scopes it so), as another article's may end another day. */
export const YEAR_TO_DATE_PERIOD = 'year-to-date';

/** Whether the clause says its figures are a total so far this year (`so far this year`, `今年以来`): of no period that can be compared. */
export function isYearToDate(text: string, clause: Span): boolean {
  return YEAR_TO_DATE.test(text.slice(clause.start, clause.end));
}

const LAUNCH_WINDOWS = Object.entries(LAUNCH_WINDOW_WORDS).map(([id, words]) => ({ id, words: new RegExp(`(?<![A-Za-z])(?:${alternation(words)})(?![A-Za-z])`, 'i') }));

/** The window after a launch the clause dates its flow to (`首周`, `in its first week`): `launch-week`, or undefined. */
export function launchWindowOf(text: string, clause: Span): string | undefined {
  const words = text.slice(clause.start, clause.end);
  for (const w of LAUNCH_WINDOWS) if (w.words.test(words)) return w.id;
  return undefined;
}

/** Whether a figure of the attribute flows by the month (deliveries, revenue), as its growth and change do: `3月营收年增27.9%` is March's growth. */
export function isMonthlyFlow(attribute: string): boolean {
  return MONTHLY.has(measureOf(attribute, true));
}

/** The period of a whole year the text does not name (`全年收入有望达到…`, `full-year revenue`). */
export const UNNAMED_YEAR = 'full-year';

/**
 * The period of a figure that no year dates but its clause says covers a whole year (`公司全年收入有望达到
 * 120亿至125亿元`): a year of the article, never the same as a figure of no period (the half-year's
 * revenue of the sentence before), and kept within its own article as relative years are.
 */
export function unnamedYear(text: string, claim: Span, clause: Span): string | undefined {
  return FULL_YEAR.test(text.slice(clause.start, claim.start)) ? UNNAMED_YEAR : undefined;
}

/**
 * Whether the last time the sentence names before the figure is a year after another year of the
 * text (`…营业收入在随后一年增长至4.6亿元，净亏损收窄至3.8亿元`) rather than a year: the figure then has no
 * period the text states.
 */
export function followsAnotherYear(text: string, sentence: Span, masked: readonly Span[], claim: Span): boolean {
  const words = periodWords(text, sentence, masked);
  if (words.following.length === 0) return false;
  const lastBefore = (ats: readonly { at: number }[]) => ats.reduce((last, { at }) => (at < claim.start && at > last ? at : last), -1);
  const following = lastBefore(words.following);
  return following >= 0 && following > Math.max(lastBefore(words.years), lastBefore(words.relative));
}

/** Whether a year (or a relative one) is written in `span`: then it dates the figure, comparison base or not. */
export function statesYear(text: string, sentence: Span, masked: readonly Span[], span: Span): boolean {
  const words = periodWords(text, sentence, masked);
  const inSpan = ({ at }: { at: number }) => span.start <= at && at < span.end;
  return words.years.some(inSpan) || words.relative.some(inSpan);
}

/**
 * The period a figure covers, from the words of its sentence: `2025-Q3` (2025年第三季度, Q3 2025,
 * third-quarter 2025), `2025-H1`, `2025`, or a relative year: read against the publication
 * year when the document has one (`去年` → `2024`), else kept as written (`last-year`). Years
 * inside other figures (`masked`, e.g. dates) do not count. A year or relative year in the
 * figure's own clause wins (`$70 billion next year, up from $52 billion in 2025`), else the year
 * of the sentence nearest to the claim, else its first relative year. A duration (`30天内`) is
 * the one of the claim's clause, else the nearest, among those that reach the claim without
 * passing both another figure and one of the `names` (entity mentions) of the sentence.
 */
export function bindPeriod(
  text: string,
  claim: Span,
  sentence: Span,
  masked: readonly Span[],
  clause?: Span,
  publicationYear?: number,
  names: readonly Span[] = [],
): string | undefined {
  const words = withoutLaterStatements(text, withoutNextItemParts(text, periodWords(text, sentence, masked), claim, sentence), claim);
  // `narrowed to 1.78% in the first half, … and below the 1.86% it recorded for the whole of 2024`: a year after
  // another figure, outside the figure's clause, is that figure's.
  const pastAnother = (at: number) => (at > claim.end ? masked.some((m) => m.start >= claim.end && m.end <= at) : masked.some((m) => m.start >= at && m.end <= claim.start));
  const base = calendarPeriod(text, words, claim, clause, publicationYear, pastAnother);
  // A duration is the period of what it reaches before the sentence moves on to another figure
  // and a name (15个月涨至3.5倍AMD拥有15万名员工), not past one only (单日暴跌15%，市值蒸发1.1万亿美元).
  const passes = (spans: readonly Span[], at: number) => spans.some((m) => m.start !== claim.start && between(m, at, claim));
  // …nor past the space between a headline's two statements (`发送旅客1.326亿人次 单日客流创历史新高`).
  // …nor into a statement joined with `並` (`於未來12個月內回購…，並預期第三季收入介乎…`).
  const reached = words.durations.filter((d) => !(passes(masked, d.at) && passes(names, d.at)) && !dividedFrom(text, d.at, claim) && !(d.at < claim.start && JOINED_STATEMENT.test(text.slice(d.at, claim.start))));
  const duration = nearestIn(reached, claim, clause)?.duration;
  return duration ? (base ? `${base}/${duration}` : duration) : base;
}

/** Whether a headline's statement divider (see `isStatementDivider`) stands between `at` and the claim. */
function dividedFrom(text: string, at: number, claim: Span): boolean {
  // A duration's match may open with the space itself (`[\s-]?单日`).
  const [from, to] = at < claim.start ? [at, claim.start] : [claim.end, at + 1];
  for (let i = from; i < to; i++) if (isStatementDivider(text, i)) return true;
  return false;
}

/**
 * `沛宁全年固定资产投资增长4.3%，市政府表示今年将推进…`: a relative year in a later clause that opens
 * with someone's statement or plan is that statement's, not the figure's period.
 */
const LATER_STATEMENT = new RegExp(`[，,；;][^，,；;。]*?(?:${alternation(STATEMENT_VERBS)})`, 'u');

function withoutLaterStatements(text: string, words: PeriodWords, claim: Span): PeriodWords {
  const later = (r: { at: number }) => r.at > claim.end && LATER_STATEMENT.test(text.slice(claim.end, r.at));
  return words.relative.some(later) ? extend(words, { relative: words.relative.filter((r) => !later(r)) }) : words;
}

/** `than in the same period last year`: the words between a comparison and its year. */
const SAME_PERIOD_END = /(?:the[ \t]+)?same[ \t]+(?:period|quarter|month|time)[ \t]+(?:of[ \t]+)?$/i;

/** What stands between a figure and the part of the year of the next item (`$612 million and second-quarter revenue`). */
const NEXT_PART_REACH = 16;
const NEXT_PART_BEFORE = /^[ \t]*,?[ \t]*(?:and|while|as well as|as|versus|vs\.?|和|及|以及|、|[，,]其中)[ \t]*$/u;
/** A clause joined to the one before that tells another statement (`，並預期`, `，同时`). */
const JOINED_STATEMENT = /[，,](?:并|並|同时|同時)/u;
/** `回購最多30億元人民幣的股份，並預期第三季收入…`: a clause joined to the figure's that tells another statement. */
const NEXT_STATEMENT_BEFORE = new RegExp(`^[^，,。；;\\d]{0,6}${JOINED_STATEMENT.source}[^，,。；;\\d]{0,4}$`, 'u');

/** A month named (`for March`, `3月`), which a figure's part of the year after it is not. */
const MONTH_NAMED = new RegExp(
  `(?<![A-Za-z])(?:${alternation(Object.keys(EN_MONTHS).filter((m) => m.length > 3).map((m) => m[0]!.toUpperCase() + m.slice(1)))})(?![A-Za-z])|[0-9一二三四五六七八九十]月`,
  'u',
);

/**
 * `After first-quarter revenue of $612 million and second-quarter revenue of $684 million`: a part
 * of the year after `and` is the next item's, where one before the figure (or a month: `revenue for
 * March rose 215% to NT$1.63 billion, while first-quarter revenue…`) is its own.
 */
function withoutNextItemParts(text: string, words: PeriodWords, claim: Span, sentence: Span): PeriodWords {
  const next = (p: { at: number }) => p.at >= claim.end && p.at - claim.end <= NEXT_PART_REACH && NEXT_PART_BEFORE.test(text.slice(claim.end, p.at));
  const nextStatement = (p: { at: number }) => p.at >= claim.end && p.at - claim.end <= NEXT_PART_REACH && NEXT_STATEMENT_BEFORE.test(text.slice(claim.end, p.at));
  if (words.parts.some(nextStatement)) return extend(words, { parts: words.parts.filter((p) => !nextStatement(p)) });
  if (!words.parts.some(next)) return words;
  // (…or a year: `lifts 2026 capex target to RMB 21.5 billion as Q2 sales jump`.)
  const ownBefore = words.parts.some((p) => p.at < claim.start && !p.base) || words.years.some((y) => y.at >= sentence.start && y.at < claim.start && !y.base);
  if (!ownBefore && !MONTH_NAMED.test(text.slice(sentence.start, claim.start))) return words;
  return extend(words, { parts: words.parts.filter((p) => !next(p)) });
}

/** The period words of a sentence, with their positions: read once for all the figures of the sentence. */
interface PeriodWords {
  /**
   * `base`: the year another figure is measured against (较2023年, 约为2024年全年的3.4倍) or a deadline
   * (by the end of June 2026, 2026年底前): the period of its own clause's figures only.
   */
  readonly years: readonly { year: string; at: number; base: boolean; ofBase?: boolean; comparedWith?: true; baseFigureAfter?: true; wholeOf?: true }[];
  /** `base`: the period of what another figure is compared with (`from 22.8% in the second quarter`, 较第二季度), not the sentence's. */
  readonly parts: readonly { part: string; at: number; base: boolean }[];
  /** `base`: the year something is compared with (较去年同期, from a year earlier), not the figure's. */
  readonly relative: readonly { year: string; at: number; base: boolean; multipleOf?: true; ofBase?: true; baseFigureAfter?: true }[];
  readonly durations: readonly { duration: string; at: number }[];
  /** Where a year after another year of the text is named (`随后一年`, `the following year`). */
  readonly following: readonly { at: number }[];
}

/**
 * After a relative year, a multiple of it (`是去年同期的3.3倍`, `約為去年同期的2.3倍`): the year is what
 * the figure is compared with, and dates not even its own clause, as `2.3 times the level a year
 * earlier` has no year either.
 */
const MULTIPLE_OF_AFTER = /^(?:同期)?的(?:水平的)?[ \t]?(?:约|約|近|超过|超過)?[0-9０-９.．]+[ \t]?倍/u;

/** The last sentence read: the binder asks about each figure of a sentence in turn, with the same masks. */
let last: { text: string; start: number; end: number; masked: readonly Span[]; words: PeriodWords } | undefined;

function periodWords(text: string, sentence: Span, masked: readonly Span[]): PeriodWords {
  if (last && last.text === text && last.start === sentence.start && last.end === sentence.end && last.masked === masked) return last.words;
  const slice = text.slice(sentence.start, sentence.end);
  // `截至…止六个月`, `Through September`: periods of their own patterns, tried only where their words occur
  // (most sentences add nothing to the years and parts below).
  const ended = monthsEnded(slice);
  const runs = monthRunsEn(slice, sentence.start);
  const years = yearsIn(slice, sentence.start, masked);
  const partMatches = execAll(PART, slice);
  const parts = partMatches.map((m) => ({ part: LOWER_PARTS.get(m[0].toLowerCase())!, at: sentence.start + m.index, base: isBasePart(slice, m.index) }));
  // `from NT$13.86 billion in the fourth quarter of 2024`: the year of a base figure's part is that figure's too.
  for (let i = 0; i < partMatches.length; i++) {
    if (!parts[i]!.base) continue;
    const m = partMatches[i]!;
    const end = m.index + m[0].length;
    const k = years.findIndex((y) => y.at - sentence.start >= end && YEAR_OF_PART_BETWEEN.test(slice.slice(end, y.at - sentence.start)));
    if (k >= 0 && !years[k]!.base) years[k] = { year: years[k]!.year, at: years[k]!.at, base: true, ofBase: true };
  }
  for (const e of ended) {
    if (e.year) years.push({ year: e.year, at: sentence.start + e.at, base: false });
    if (e.part) parts.push({ part: e.part, at: sentence.start + e.at, base: false });
  }
  for (const r of runs) parts.push(r);
  const words: PeriodWords = {
    years,
    parts,
    relative: execAll(RELATIVE, slice).map((m) => {
      const year = LOWER_RELATIVE.get(m[0].toLowerCase())!;
      const at = sentence.start + m.index;
      if (MULTIPLE_OF_AFTER.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 16))) return { year, at, base: true, multipleOf: true as const };
      // `from 82.3% in March last year`, `from 1.91% a year earlier`: the year of the base figure before it.
      if (slice.charCodeAt(m.index - 1) === 32 && (BASE_PART_RELATIVE.test(slice.slice(Math.max(0, m.index - 72), m.index)) || BASE_FIGURE_BEFORE.test(slice.slice(Math.max(0, m.index - 64), m.index)))) {
        return { year, at, base: true, ofBase: true as const };
      }
      // `about 21,000 fewer than in the same period last year`: the base, past `the same period`.
      const before = slice.slice(Math.max(0, m.index - 32), m.index);
      const stripped = before.replace(SAME_PERIOD_END, '');
      const base = COMPARISON_BASE.test(stripped === before ? before.slice(-6) : stripped);
      // `较去年同期的81.5%`, `去年同期为10.9%`: the base figure right after the words, which they date (and no other).
      return BASE_FIGURE_AFTER.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 12)) && (base || SAME_PERIOD_AFTER.test(slice.slice(m.index + m[0].length))) ? { year, at, base, baseFigureAfter: true as const } : { year, at, base };
    }),
    durations: ended.length === 0 ? durationsIn(slice, sentence.start) : durationsIn(slice, sentence.start).filter((d) => !ended.some((e) => e.at <= d.at - sentence.start && d.at - sentence.start < e.end)),
    following: execAll(FOLLOWING_YEAR, slice).map((m) => ({ at: sentence.start + m.index })),
  };
  last = { text, start: sentence.start, end: sentence.end, masked, words };
  return words;
}

/**
 * `Through September, the company had delivered…`, `January-November deliveries`, `January to November`: the
 * months from January, a part of the year; not `from June through November`. Looked for apart from `PART`, whose
 * alternation every sentence is scanned with: only a sentence that has the words pays for these.
 */
const MONTH_RUN_EN = /(?<![A-Za-z])(?:January[ \t]*(?:[-–]|to|through)[ \t]*|(?<!(?:from|From|since|Since)[ \t]+[A-Z][a-z]+\.?[ \t]+)[Tt]hrough[ \t]+)(February|March|April|May|June|July|August|September|October|November)(?![A-Za-z])/g;

function monthRunsEn(slice: string, offset: number): { part: string; at: number; base: boolean }[] {
  if (!slice.includes('hrough') && !slice.includes('January')) return [];
  const out: { part: string; at: number; base: boolean }[] = [];
  for (const m of execAll(MONTH_RUN_EN, slice)) {
    const last = EN_MONTHS[m[1]!.toLowerCase()]!;
    out.push({ part: last === 3 ? 'Q1' : last === 6 ? 'H1' : last === 9 ? 'Q1-Q3' : monthRunId(1, last), at: offset + m.index, base: false });
  }
  return out;
}
const MONTH_COUNTS: Readonly<Record<string, number>> = { 三: 3, 六: 6, 九: 9, 十二: 12, three: 3, six: 6, nine: 9, twelve: 12, '3': 3, '6': 6, '9': 9, '12': 12 };
/** `截至2025年6月30日止六个月`, `the six months ended June 30, 2025`: a report's period, by the months it counts back from its last day. */
const MONTHS_ENDED = new RegExp(
  `截至(?:((?:19|20)[0-9]{2})年)?([0-9]{1,2})月[0-9]{1,2}日(?:止)?的?(三|六|九|十二|3|6|9|12)个月` +
    `|(?<![A-Za-z])(three|six|nine|twelve)[ -]months?[ \\t]+ended[ \\t]+(${alternation(Object.keys(EN_MONTHS).filter((m) => m.length > 3))})[ \\t]+[0-9]{1,2}(?:,?[ \\t]+((?:19|20)[0-9]{2}))?`,
  'giu',
);

function monthsEnded(slice: string): { part?: string; year?: string; at: number; end: number }[] {
  if (!slice.includes('个月') && !slice.includes('個月') && !/ended/i.test(slice)) return [];
  const out: { part?: string; year?: string; at: number; end: number }[] = [];
  for (const m of execAll(MONTHS_ENDED, slice.replace(/個月/g, '个月'))) {
    const count = MONTH_COUNTS[(m[3] ?? m[4])!.toLowerCase()]!;
    const last = m[2] ? Number(m[2]) : EN_MONTHS[m[5]!.toLowerCase()]!;
    out.push({ part: partEndingIn(count, last), year: m[1] ?? m[6], at: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The part of a year that `count` months ending with month `last` make (`6`, `6` → `H1`); none for the whole year or a span across two. */
function partEndingIn(count: number, last: number): string | undefined {
  if (count === 3 && last % 3 === 0) return `Q${last / 3}`;
  if (count === 6 && last === 6) return 'H1';
  if (count === 6 && last === 12) return 'H2';
  if (count === 9 && last === 9) return 'Q1-Q3';
  return undefined;
}

/** The stated durations (`30天内` → P30D, `in a single day` → P1D, `单日` → P1D) and where. */
function durationsIn(slice: string, offset: number): { duration: string; at: number }[] {
  const out: { duration: string; at: number }[] = [];
  for (const m of execAll(DURATION, slice)) {
    const unit = DURATION_UNITS[m[3]!] ?? DURATION_UNITS[m[3]!.toLowerCase()]!;
    const count = m[1] ? Number(m[1]) : m[2] ? DURATION_COUNTS[m[2].toLowerCase()] ?? DURATION_COUNTS[m[2]] : m[3] === '单日' ? 1 : undefined;
    if (count !== undefined) out.push({ duration: `P${count}${unit}`, at: offset + m.index });
  }
  return out;
}

/** Whether `span` lies between the position `at` and the claim, on either side (the mention at `at` itself aside). */
function between(span: Span, at: number, claim: Span): boolean {
  return at < claim.start ? span.start > at && span.end <= claim.start : span.start >= claim.end && span.end <= at;
}

/**
 * The mention of a period word nearest to the claim, in the claim's clause if one is there
 * (`…15个月涨至3.5倍短短30天内，市值减少了1.1万亿美元`: the 30 days are the market value's).
 */
function nearestIn<T extends { at: number }>(list: readonly T[], claim: Span, clause: Span | undefined): T | undefined {
  const nearest = (xs: readonly T[]) => xs.reduce<T | undefined>((b, x) => (!b || Math.abs(x.at - claim.start) < Math.abs(b.at - claim.start) ? x : b), undefined);
  const inClause = clause ? list.filter(({ at }) => clause.start <= at && at < clause.end) : [];
  return nearest(inClause) ?? nearest(list);
}

function yearsIn(slice: string, offset: number, masked: readonly Span[]): PeriodWords['years'][number][] {
  const years: PeriodWords['years'][number][] = [];
  const free = (s: number, e: number) => !masked.some((m) => s < m.end && m.start < e);
  for (const m of execAll(YEAR, slice)) {
    const s = offset + m.index;
    // since 2021, 自2021年以来: where something starts, not a period.
    const since = SINCE_BEFORE.test(slice.slice(Math.max(0, m.index - 6), m.index)) || SINCE_AFTER.test(slice.slice(m.index + m[0].length));
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 16);
    // A year another figure is measured against, or a deadline: a period of its own clause only.
    // `up 12.7% from RMB16.5 billion in 2024`: the year of the base figure right before it, and of no other.
    const ofBase = slice.charCodeAt(m.index - 1) === 32 && BASE_PART_EN.test(slice.slice(Math.max(0, m.index - 64), m.index));
    const comparedWith = !ofBase && COMPARISON_BASE.test(slice.slice(Math.max(0, m.index - BASE_REACH), m.index));
    const base =
      ofBase ||
      comparedWith ||
      TIMES_OF_AFTER.test(after) ||
      DEADLINE_BEFORE.test(slice.slice(Math.max(0, m.index - 32), m.index)) ||
      DEADLINE_AFTER.test(after);
    if (!free(s, s + m[0].length) || since) continue;
    if (ofBase) years.push({ year: m[1]!, at: s, base, ofBase });
    // `较2025年末的207.3%上升5.3个百分点`: the year compared with dates the base figure right after it only.
    else if (comparedWith) years.push(YEAR_BASE_FIGURE_AFTER.test(after) ? { year: m[1]!, at: s, base, comparedWith, baseFigureAfter: true } : { year: m[1]!, at: s, base, comparedWith });
    else if (WHOLE_OF_BEFORE.test(slice.slice(Math.max(0, m.index - 24), m.index))) years.push({ year: m[1]!, at: s, base, wholeOf: true });
    else years.push({ year: m[1]!, at: s, base });
  }
  for (const m of execAll(FISCAL_SHORT, slice)) years.push({ year: `20${m[1]}`, at: offset + m.index, base: false });
  return years;
}

/** `去年同期为10.9%`: the same period of a relative year, then its figure. */
const SAME_PERIOD_AFTER = /^同期/u;
/** A figure right after the words of a relative year (`去年同期的81.5%`, `上年同期为3.12亿元`). */
const BASE_FIGURE_AFTER = /^(?:同期)?(?:的|为|為|是)?(?:约|約|近)?[0-9０-９]|^(?:'s|’s)[ \t]+(?:about[ \t]+|nearly[ \t]+|around[ \t]+)?(?:US|HK|NT|RMB)?[$€£¥]?[0-9]/u;
/** The same after a year (`2025年末的207.3%`, `2024年同期为3.12亿元`). */
const YEAR_BASE_FIGURE_AFTER = /^(?:年)?(?:末|底|同期|全年|第?[一二三四1-4]季度?|[上下]半年)?(?:的|为|為|是)?(?:约|約|近)?[0-9０-９]/u;
/** How far from the start of the words of its year such a figure stands. */
const BASE_FIGURE_REACH = 16;
/** Between a part of the year and its year (`fourth quarter of 2024`, `Q4 2024`). */
const YEAR_OF_PART_BETWEEN = /^[ \t]*(?:of[ \t]+)?(?:FY[ \t]?)?$/;
/** `for the whole of 2024`, `for full-year 2024`: a year as a whole, after a figure of a part of it. */
const WHOLE_OF_BEFORE = /(?<![A-Za-z])(?:(?:the[ \t]+)?(?:whole|entire)[ \t]+of|full[ -]year|all[ \t]+of)[ \t]+$/i;
/** How far after a base figure its year stands (`RMB16.5 billion in 2024`, `$13.86 billion in the fourth quarter of 2024`). */
const BASE_FIGURE_YEAR_REACH = 32;
/** How far a base figure's part of the year stands before it (`第四季度的`) or after it (` in the `). */
const BASE_PART_BEFORE_REACH = 8;
const BASE_PART_AFTER_REACH = 12;
/** A part of the year, then its base figure (`第四季度的138.6亿元`). */
const BASE_PART_THEN_FIGURE = /^[^，,。；;\d]*(?:的|为|為)$/u;
/** A base figure, then its part of the year (`$13.86 billion in the fourth quarter`). */
const BASE_FIGURE_THEN_PART = /^[ \t]+in[ \t]+(?:the[ \t]+)?$/;

function calendarPeriod(
  text: string,
  words: PeriodWords,
  claim: Span,
  clause: Span | undefined,
  publicationYear: number | undefined,
  /** Whether another figure stands between the word at `at` and the claim. */
  pastAnother: (at: number) => boolean = () => false,
): string | undefined {
  const nearest = <T extends { at: number }>(list: readonly T[]) => list.reduce<T | undefined>((b, x) => (!b || Math.abs(x.at - claim.start) < Math.abs(b.at - claim.start) ? x : b), undefined);
  const inClause = ({ at }: { at: number }) => clause !== undefined && clause.start <= at && at < clause.end;
  // A year outside the figure's clause that only says what it is compared with (…，较去年同期下降0.7个
  // 百分点; 不低于8亿元，约为2024年全年的3.4倍) is not its period.
  // A base figure's own year (`from RMB16.5 billion in 2024`) dates that figure only.
  const ownYear = (y: { at: number; ofBase?: boolean }) => !y.ofBase || (y.at > claim.end && y.at - claim.end <= BASE_FIGURE_YEAR_REACH && !pastAnother(y.at));
  // `较去年同期提升3.1个百分点`, `up 22.7% from the same period last year`: the year a figure is compared with is no
  // year of it, but of the base figure right after the words (`较去年同期的81.5%`).
  const baseFigureAfter = (w: { at: number; baseFigureAfter?: true }) => w.baseFigureAfter === true && w.at < claim.start && claim.start - w.at <= BASE_FIGURE_REACH && !pastAnother(w.at);
  const datesIt = (r: PeriodWords['relative'][number]) => (!r.base && !r.baseFigureAfter) || r.ofBase === true || baseFigureAfter(r);
  const yearDatesIt = (y: PeriodWords['years'][number]) => !y.comparedWith || baseFigureAfter(y);
  const outsideAside = (y: { at: number }) => !inAsideWithout(text, y.at, claim);
  const year =
    nearest([...words.years.filter((y) => inClause(y) && ownYear(y) && yearDatesIt(y) && !(y.wholeOf && y.at > claim.end && pastAnother(y.at)) && outsideAside(y)), ...words.relative.filter((r) => inClause(r) && !r.multipleOf && ownYear(r) && datesIt(r))]) ??
    nearest(words.years.filter((y) => !y.base && !(y.at > claim.end && pastAnother(y.at)) && outsideAside(y))) ??
    words.relative.find((r) => !r.base && !r.baseFigureAfter);
  // `第一季度归母净利润2.3亿元，第二季度4.5亿元`: the part of the figure's own clause, else the nearest.
  // …and so is the part of the year of a base figure (`较2024年第四季度的138.6亿元`, `from $13.86 billion in the fourth quarter`).
  const ownPart = (p: { at: number }) =>
    (p.at < claim.start && claim.start - p.at <= BASE_PART_BEFORE_REACH && BASE_PART_THEN_FIGURE.test(text.slice(p.at, claim.start))) ||
    (p.at > claim.end && p.at - claim.end <= BASE_PART_AFTER_REACH && BASE_FIGURE_THEN_PART.test(text.slice(claim.end, p.at)));
  const part = nearestIn(words.parts.filter((p) => !p.base), claim, clause);
  const basePart = words.parts.find((p) => p.base && ownPart(p));
  const offset = year && publicationYear !== undefined ? RELATIVE_YEAR_OFFSETS[year.year] : undefined;
  // `compared with 4.86 billion yuan for the whole of 2024`: a year as a whole after the figure leaves no part of it.
  const whole = year !== undefined && 'wholeOf' in year && year.wholeOf === true && year.at > claim.end;
  const which = whole ? undefined : (basePart ?? part);
  if (offset !== undefined) return which ? `${publicationYear! + offset}-${which.part}` : String(publicationYear! + offset);
  if (year) return which ? `${year.year}-${which.part}` : year.year;
  return which ? `XXXX-${which.part}` : undefined;
}
