import { withTraditional, withTraditionalKeys } from './spellings.js';

/** Quarter words, by quarter number. English ones match case-insensitively. */
export const QUARTER_WORDS: Readonly<Record<string, 1 | 2 | 3 | 4>> = withTraditionalKeys({
  // 第三季營收 (Taiwan's and Hong Kong's writers leave out 度).
  第一季: 1, 第二季: 2, 第三季: 3, 第四季: 4,
  // Taiwan's press writes the quarter's number in digits (`第2季營收141.2億元`).
  第1季: 1, 第2季: 2, 第3季: 3, 第4季: 4, 第1季度: 1, 第2季度: 2, 第3季度: 3, 第4季度: 4,
  第一季度: 1, 一季度: 1, 首季: 1, Q1: 1, 'first quarter': 1, 'first-quarter': 1,
  第二季度: 2, 二季度: 2, Q2: 2, 'second quarter': 2, 'second-quarter': 2,
  第三季度: 3, 三季度: 3, Q3: 3, 'third quarter': 3, 'third-quarter': 3,
  第四季度: 4, 四季度: 4, Q4: 4, 'fourth quarter': 4, 'fourth-quarter': 4,
  ...monthSpanQuarters(),
});

/** `July-September quarter`, with a hyphen, an en dash or `to`. */
function monthSpanQuarters(): Record<string, 1 | 2 | 3 | 4> {
  const spans = [['January', 'March'], ['April', 'June'], ['July', 'September'], ['October', 'December']] as const;
  const out: Record<string, 1 | 2 | 3 | 4> = {};
  spans.forEach(([from, to], i) => {
    for (const joint of ['-', '–', ' to ']) {
      out[`${from}${joint}${to} quarter`] = (i + 1) as 1 | 2 | 3 | 4;
      if (joint !== ' to ') out[`${from}${joint}${to}`] = (i + 1) as 1 | 2 | 3 | 4;
    }
  });
  return out;
}

/**
 * Parts of a year counted from its start (前三季度 is January to September, not the third quarter):
 * the period id they stand for.
 */
export const CUMULATIVE_PARTS: Readonly<Record<string, string>> = withTraditionalKeys({
  前三季度: 'Q1-Q3', 前三个季度: 'Q1-Q3', 'first three quarters': 'Q1-Q3', 'first nine months': 'Q1-Q3', 'nine months': 'Q1-Q3',
  // 累計前三季, 首三季 (Taiwan's and Hong Kong's writers), 前9个月.
  前三季: 'Q1-Q3', 首三季: 'Q1-Q3', 首三季度: 'Q1-Q3', 前3季度: 'Q1-Q3', 前9个月: 'Q1-Q3', 前九个月: 'Q1-Q3', 首九个月: 'Q1-Q3', 首9个月: 'Q1-Q3', 'first 9 months': 'Q1-Q3',
  前6个月: 'H1', 前六个月: 'H1', 首六个月: 'H1', 首6个月: 'H1', 'first 6 months': 'H1',
  // The other runs of months from January (`1至11月`, `前11个月`, `the first 11 months`): `M01-M11`.
  ...monthRunsFromJanuary(),
  前两个季度: 'H1', 'first six months': 'H1',
  前一季度: 'Q1',
});

function monthRunsFromJanuary(): Record<string, string> {
  const words = ['', '', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
  const zh = ['', '', '两', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
  const out: Record<string, string> = {};
  for (const n of [2, 4, 5, 7, 8, 10, 11]) {
    const id = monthRunId(1, n);
    out[`前${n}个月`] = id;
    out[`前${zh[n]}个月`] = id;
    out[`前${n}月`] = id;
    out[`前${zh[n]}月`] = id;
    // 首十月 (Hong Kong's writers): the first ten months.
    out[`首${zh[n]}月`] = id;
    out[`首${zh[n]}个月`] = id;
    out[`首${n}个月`] = id;
    out[`first ${n} months`] = id;
    out[`first ${words[n]} months`] = id;
  }
  return out;
}

/** The period id of a run of months of one year (`M01-M11`). */
export function monthRunId(first: number, last: number): string {
  return `M${String(first).padStart(2, '0')}-M${String(last).padStart(2, '0')}`;
}

/** Words that may close a year in a period (2025财年, FY2025年度). */
export const YEAR_SUFFIXES: readonly string[] = withTraditional(['财年', '年度', '年']);

/** Words after a period in a table's first cell that make its row the period's total (`第一季度合计`, `Q1 total`). */
export const PERIOD_TOTAL_WORDS: readonly string[] = [...withTraditional(['合计', '累计', '小计', '总计', '全季']), 'total', 'Total', 'TOTAL'];

/** Words that make a year's figure a total so far (`delivered 218,460 vehicles so far this year`, `今年以来累计`): no whole year's. */
export const YEAR_TO_DATE_WORDS: readonly string[] = [
  ...withTraditional(['今年以来', '年初至今', '年内累计', '本年迄今']), 'so far this year', 'this year so far', 'year to date', 'year-to-date', 'so far in',
  // `112,400 units delivered by the end of 2025`: all delivered until then, not that year's.
  'delivered by the end of', 'sold by the end of', 'shipped by the end of',
];

/**
 * Words that date a flow to the first days after a launch (`首周下载量达1,230万次`, `downloaded 12.3
 * million times in its first week`), by the period id they stand for: the same window of one
 * product in every article, whatever its dates.
 */
export const LAUNCH_WINDOW_WORDS: Readonly<Record<string, readonly string[]>> = {
  'launch-day': [...withTraditional(['首日', '上线当天', '上线首日', '发售首日', '开售首日']), 'first day', 'opening day', 'launch day', 'first 24 hours'],
  'launch-week': [...withTraditional(['首周', '首7天', '首七天', '首7日', '首七日', '上线一周', '上线7天', '上线七天']), 'first week', 'opening week', 'first seven days', 'first 7 days', 'launch week'],
  'launch-weekend': [...withTraditional(['首个周末', '首周末']), 'opening weekend', 'first weekend'],
  'launch-month': [...withTraditional(['首月', '上线首月', '上线一个月']), 'first month', 'first 30 days'],
};

/**
 * What a clause that dates the figures after it to a past moment ends with (`A轮融资时，公司员工仅有180人左右`):
 * the figure is of then, not of the article's time.
 */
export const THEN_CLAUSE_ENDS: readonly string[] = withTraditional(['时', '时候', '之时', '当时']);
/** Words that end in 时 and date nothing past: `同时` (meanwhile), `此时`, `届时`, `实时`, `小时`… */
export const NOT_THEN_WORDS: readonly string[] = withTraditional(['同时', '此时', '届时', '及时', '实时', '小时', '临时', '按时', '准时', '平时', '随时', '适时', '暂时', '有时', '那时候起']);
/** English words before a figure in its clause that date it so (`at the time of its Series A, it had 180 staff`). */
export const THEN_WORDS_EN: readonly string[] = ['at the time of', 'at the time', 'back then', 'at its founding', 'when it was founded', 'when it listed'];

/** Half-year words. */
export const HALF_WORDS: Readonly<Record<string, 1 | 2>> = withTraditionalKeys({
  上半年: 1, 'first half': 1, 'first-half': 1, H1: 1,
  // `2025年中期业绩`, `interim results`: the results of the first half.
  中期业绩: 1, 中期报告: 1, 中期财报: 1, 半年度报告: 1, 半年报: 1, 'interim results': 1,
  下半年: 2, 'second half': 2, 'second-half': 2, H2: 2,
});

/** Years relative to the article's date: read against its front-matter date, or kept as written without one. */
export const RELATIVE_YEARS: Readonly<Record<string, string>> = withTraditionalKeys({
  去年: 'last-year', 'last year': 'last-year', 今年: 'this-year', 'this year': 'this-year', 明年: 'next-year', 'next year': 'next-year',
  // `恒锂新材上一年度的营业收入为107.0亿元`: the year before the one the article reports on, not
  // before its date: a period of its own, compared within the article only.
  上一年度: 'prior-year',
});

/** Years from the publication year that a relative year names, to read it against the front-matter date. */
export const RELATIVE_YEAR_OFFSETS: Readonly<Record<string, number>> = { 'last-year': -1, 'this-year': 0, 'next-year': 1 };

/** Units of a stated duration (`30天内`, `in a single day`), which becomes part of the period. */
export const DURATION_UNITS: Readonly<Record<string, string>> = withTraditionalKeys({
  天: 'D', 单日: 'D', 周: 'W', 星期: 'W', 个月: 'M',
  day: 'D', days: 'D', week: 'W', weeks: 'W', month: 'M', months: 'M',
});

/** Counts before a duration unit that are words, not digits (单日, 一天, a single day). */
export const DURATION_COUNTS: Readonly<Record<string, number>> = withTraditionalKeys({
  一: 1, 两: 2, 二: 2, 三: 3, 十: 10, 'a single': 1, one: 1, a: 1,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
});

/** Words that say the values of a list go one by one with the years of their sentence (分别为…, respectively). */
export const RESPECTIVELY_WORDS: readonly string[] = [...withTraditional(['分别']), 'respectively'];

/** Words between the first and the last year of a range of years (`2022年至2024年`, `2022 through 2024`); never `and`. */
export const RANGE_WORDS: readonly string[] = ['至', '到', '-', '–', '—', '~', '～', 'to', 'through'];

/** Words before a year that make it what a figure is compared with (较去年同期, 比上年, 由去年同期的15.9%提升至…, than a year earlier). */
export const COMPARISON_BASE_WORDS: readonly string[] = [...withTraditional(['较', '比', '相比', '相较', '相较于', '对比', '同比', '由']), 'than', 'from', 'compared with', 'versus', 'vs.'];

/** Words before a year that make it where a figure starts, not its period (since 2021, 自2021年以来). */
export const SINCE_WORDS: readonly string[] = [...withTraditional(['自从', '自']), 'since', 'Since'];
/** Words after a year that say the same (2021年以来). */
export const SINCE_AFTER_WORDS: readonly string[] = withTraditional(['以来']);

/**
 * Words before a date that make it a deadline (`to 120 cities by the end of June 2026`): a period
 * of its own clause's figures, not of the sentence's others (`…, and spend $1.5 billion`).
 */
export const DEADLINE_WORDS: readonly string[] = ['by the end of', 'by end of', 'by', 'before', 'until', 'no later than'];
/** Words after a date that say the same (2026年6月底前, 2027年之前). */
export const DEADLINE_AFTER_WORDS: readonly string[] = withTraditional(['之前', '以前', '前']);

/**
 * Words right before a figure that make it what another is compared with (`up 212% from $436
 * million`, `较上年同期的4.36亿美元`, `上年同期为4.36亿美元`): its period is not the sentence's.
 */
export const BASE_BEFORE_WORDS: readonly string[] = [
  ...withTraditional(['较', '相比', '相较于', '相较', '对比']),
  'from', 'compared with', 'compared to', 'versus', 'vs.', 'vs', 'against',
  // `The new valuation is triple the $1.5 billion that Lingshu commanded…`
  'double the', 'triple the', 'twice the', 'three times the', 'four times the', 'quadruple the', 'half the',
];
/** Words that date a comparison base a year before the figure it is compared with (上年同期, a year earlier). */
export const YEAR_BEFORE_WORDS: readonly string[] = [
  ...withTraditional(['上年同期', '去年同期', '上年', '上一年', '上年度']),
  'a year earlier', 'a year ago', 'a year before', 'the year before', 'the year-earlier', 'a year-earlier', 'the year-ago',
  'a year-ago', 'the prior-year', 'the prior year', 'last year', 'the previous year', 'the same quarter last year',
  'the same period last year', 'the same period a year earlier', 'the same quarter a year earlier', 'in the year-ago quarter',
  'in the year-ago period', 'in the year-earlier quarter', 'in the year-earlier period',
];
/** Words that refer to the period a report is of (`报告期内`, `in the quarter`): its results are of the period the article reports on. */
export const THE_REPORT_PERIOD_WORDS: readonly string[] = [
  ...withTraditional(['报告期内', '报告期', '本报告期', '本季度', '当季', '该季度', '本期']),
  'in the quarter', 'during the quarter', 'for the quarter', 'in the period', 'during the period', 'for the period', 'in the reporting period',
];

/** Words that date a comparison base a quarter before the figure (上季度, three months earlier). */
export const QUARTER_BEFORE_WORDS: readonly string[] = [
  ...withTraditional(['上一季度', '上季度', '上个季度', '环比']),
  'three months earlier', 'a quarter earlier', 'the previous quarter', 'the prior quarter', 'the preceding quarter',
  'in the previous quarter', 'in the prior quarter', 'the quarter before', 'sequentially',
];

/**
 * Words that date a figure a year after another year of the text, not after the article's date
 * (`2023年…营收1.3亿元；营业收入在随后一年增长至4.6亿元`, `…and $12 million the following year`):
 * the year stated before is not the figure's, and the figure keeps no period unless its clause states one.
 */
export const FOLLOWING_YEAR_WORDS: readonly string[] = [
  ...withTraditional(['随后一年', '随后的一年', '此后一年', '第二年', '翌年', '隔年', '次年']),
  'the following year', 'the next year', 'a year later', 'the year after',
];

/** Words before `two quarters`, `three quarters` that make them a stretch of time, not a share (`Halden's last two quarters`). */
export const QUARTERS_OF_TIME_BEFORE: readonly string[] = [
  'last', 'past', 'next', 'previous', 'prior', 'recent', 'consecutive', 'straight', 'first', 'final', 'coming', 'following', 'successive', 'after', 'over', 'within',
];
/** Words after them that do the same (`two quarters ago`, `three quarters in a row`). */
export const QUARTERS_OF_TIME_AFTER: readonly string[] = ['ago', 'earlier', 'later', 'before', 'after', 'in a row', 'running', 'straight'];

/** Words before a figure in its clause that make it a whole year's, whatever quarter the sentence names (全年交付量, full-year revenue). */
export const FULL_YEAR_WORDS: readonly string[] = [...withTraditional(['全年', '全年度', '年度']), 'full-year', 'full year', 'for the year', 'annual'];
/** A clause that opens a sentence and says the next one is of the whole year (`对于全年，公司维持…`, `For the full year, the company kept…`). */
export const FULL_YEAR_OPENERS: readonly string[] = [...withTraditional(['对于全年', '全年方面', '全年来看', '就全年而言', '全年而言']), 'for the full year', 'for the year as a whole', 'for the whole year'];

/**
 * Words right before a month that make a figure a total to date, not the month's (截至10月底, as of
 * October): the month is then no period.
 */
export const TO_DATE_WORDS: readonly string[] = [...withTraditional(['截至', '截止', '截止到', '截至到', '到']), 'as of', 'through', 'by the end of', 'by end of'];

/**
 * Attributes that flow over time (deliveries, revenue): a month the figure's clause names is its
 * period (`10月共交付1.53万辆`, `delivered 15,300 vehicles in October`). A stock (valuation, headcount)
 * keeps the year of such a month.
 */
export const MONTHLY_ATTRIBUTES: readonly string[] = [
  'shipments', 'exports', 'production', 'revenue', 'gross-billings', 'units-purchased', 'downloads', 'contracted-sales', 'passenger-traffic', 'parcel-volume', 'cargo-throughput', 'average-price', 'electricity-consumption', 'battery-installations', 'load-factor',
];

/** Words of a table's column or row that make a month's cell the total from January (`| 累计合同销售金额 |`, `| YTD |`). */
export const CUMULATIVE_COLUMN_WORDS: readonly string[] = [...withTraditional(['累计', '累積', '年初至今']), 'cumulative', 'Cumulative', 'year-to-date', 'Year-to-date', 'YTD'];

/**
 * The results a report states for its period (and their growth), which a paragraph that names no
 * time of its own states for the period of the paragraph before (see src/bind/reported-period.ts).
 */
export const REPORTED_ATTRIBUTES: readonly string[] = [
  'revenue', 'contracted-sales', 'profit', 'net-loss', 'gross-profit', 'operating-loss', 'gross-margin', 'net-margin', 'operating-margin', 'earnings-per-share', 'expenses', 'rnd-spend', 'shipments', 'impairment', 'watch-time', 'royalty-payments',
  'gdp', 'retail-sales', 'online-retail-sales', 'fixed-asset-investment', 'industrial-output',
];

/** Words that name the month the sentence named before (`公布12月交付数据：当月共交付…`, `in the month`). */
export const THE_MONTH_WORDS: readonly string[] = [...withTraditional(['当月', '该月', '同月']), 'in the month', 'that month', 'during the month', 'for the month'];

/** Verbs that open someone's statement or plan in a later clause (`，市政府表示今年将…`, `, the company said it plans this year…`). */
export const STATEMENT_VERBS: readonly string[] = [...withTraditional(['表示', '指出', '预计', '计划', '透露', '介绍']), 'said', 'says', 'expects', 'plans'];

/** What follows the year of an annual report (`2025年年度报告`, `2025 annual report`): the period a `报告期内` sentence of its paragraph reports. */
export const ANNUAL_REPORT_WORDS: readonly string[] = [...withTraditional(['年度报告', '年报', '年度业绩', '全年业绩']), ' annual report', ' annual results'];
