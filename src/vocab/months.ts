import { withTraditional, withTraditionalKeys } from './spellings.js';

/** English month names and abbreviations (lower case, without the dot) → month number. */
export const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** What a month's figure is of, after the month's name alone (`November deliveries`, `its October flights`). */
export const EN_MONTHLY_MEASURES: readonly string[] = [
  'deliveries', 'sales', 'revenue', 'revenues', 'production', 'output', 'shipments', 'traffic', 'flights', 'passengers', 'exports', 'imports', 'figures', 'data', 'orders',
];

/** Chinese words for a year relative to the reference date → offset in years. */
export const ZH_RELATIVE_YEARS: Readonly<Record<string, number>> = withTraditionalKeys({
  今年: 0, 去年: -1, 前年: -2, 明年: 1, 后年: 2, 後年: 2, 本年: 0, 上年: -1, 次年: 1,
});

/** English words before a month name that place it relative to the reference date. */
export const EN_RELATIVE_MONTHS: Readonly<Record<string, 'last' | 'next' | 'this'>> = {
  last: 'last', past: 'last', next: 'next', this: 'this', coming: 'next',
};

/** English relative years → offset in years. */
export const EN_RELATIVE_YEARS: Readonly<Record<string, number>> = {
  'last year': -1, 'this year': 0, 'next year': 1,
};

/** English ordinal words for days of the month (the first of October) → day. */
export const EN_ORDINAL_DAYS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty-second': 22, 'twenty-third': 23,
  'twenty-fourth': 24, 'twenty-fifth': 25, 'twenty-sixth': 26, 'twenty-seventh': 27, 'twenty-eighth': 28,
  'twenty-ninth': 29, thirtieth: 30, 'thirty-first': 31,
};

/** Spaced spellings of the compound ordinals (twenty second of June), read like the hyphenated ones. */
export const EN_SPACED_ORDINAL_DAYS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(EN_ORDINAL_DAYS).filter(([w]) => w.includes('-')).map(([w, d]) => [w.replace('-', ' '), d]),
);

/** Chinese words for a day relative to the reference date → offset in days (昨天 is the day before it). */
export const ZH_RELATIVE_DAYS: Readonly<Record<string, number>> = withTraditionalKeys({
  今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 明天: 1, 明日: 1, 前天: -2, 后天: 2, 大前天: -3, 大后天: 3,
});

/**
 * Names that begin with a relative day and are no date (今日头条 is an app, 明日方舟 a game), and
 * what makes 后天 mean "acquired" rather than "the day after tomorrow".
 */
export const ZH_RELATIVE_DAY_NAMES: readonly string[] = withTraditional([
  '今日头条', '今日美国', '今日俄罗斯', '今日说法', '今日关注', '今日话题', '今日看点', '今日要闻', '今日热点', '今日股价',
  '明日方舟', '明日之后', '明日之星', '昨日重现', '后天性', '后天形成', '后天习得', '后天培养', '后天因素', '后天努力',
]);

/**
 * A relative day is as often a figure of speech (今天还是客户，明天就可能变成对手): it is read as a
 * date only after one of these words (于今天, 截至昨日) …
 */
export const ZH_RELATIVE_DAY_BEFORE: readonly string[] = withTraditional(['于', '在', '截至', '截止', '至', '到', '从', '自', '直到', '直至']);

/** … or before one of these (今天上午, 昨日宣布, 明天起), or, for a past day, at the start of a clause (昨天，). */
export const ZH_RELATIVE_DAY_AFTER: readonly string[] = withTraditional([
  '上午', '下午', '早上', '早间', '晚间', '晚上', '凌晨', '中午', '午间', '傍晚', '深夜', '早些时候', '晚些时候', '稍早', '稍晚',
  '起', '开始', '举行', '召开', '举办', '宣布', '发布', '公布', '表示', '称', '透露', '报道', '披露', '证实', '确认', '上市',
  '开幕', '闭幕', '收盘', '开盘', '盘中', '发文', '官宣', '推出', '发表', '签署', '出席', '会见', '回应', '将', '正式', '晚', '早',
]);

/** English words for a day relative to the reference date → offset in days. */
export const EN_RELATIVE_DAYS: Readonly<Record<string, number>> = {
  today: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2,
};

/** Words next to which `today` and `tomorrow` are the article's day, not a figure of speech (the cars of tomorrow, AI today). */
export const EN_RELATIVE_DAY_BEFORE: readonly string[] = [
  'said', 'says', 'announced', 'announces', 'unveiled', 'unveils', 'released', 'releases', 'launched', 'launches', 'reported',
  'reports', 'filed', 'files', 'confirmed', 'confirms', 'opened', 'opens', 'closed', 'closes', 'begins', 'began', 'starts',
  'started', 'ends', 'ended', 'until', 'through', 'from', 'as of', 'starting', 'beginning', 'effective', 'due', 'scheduled',
  'expected', 'later', 'earlier', 'held', 'holds', 'meets', 'met', 'told', 'wrote', 'posted', 'published',
];
export const EN_RELATIVE_DAY_AFTER: readonly string[] = [
  'announced', 'said', 'unveiled', 'released', 'launched', 'reported', 'confirmed', 'filed', 'introduced', 'published', 'posted',
];

/** Chinese words for a month relative to the reference date, before a day (本月10日, 上月29日) → offset in months. */
export const ZH_RELATIVE_MONTHS: Readonly<Record<string, number>> = withTraditionalKeys({
  本月: 0, 这个月: 0, 上月: -1, 上个月: -1, 下月: 1, 下个月: 1,
});

/** Chinese words for a week relative to the reference date, before a weekday (上周一) → offset in weeks. */
export const ZH_RELATIVE_WEEKS: Readonly<Record<string, number>> = withTraditionalKeys({
  本周: 0, 这周: 0, 上周: -1, 下周: 1, 本星期: 0, 这星期: 0, 这个星期: 0, 上星期: -1, 上个星期: -1, 下星期: 1, 下个星期: 1,
  上礼拜: -1, 下礼拜: 1, 这礼拜: 0, 这个礼拜: 0,
});

/** Chinese weekdays after 周/星期 → ISO weekday (Monday 1 … Sunday 7). */
export const ZH_WEEKDAYS: Readonly<Record<string, number>> = withTraditionalKeys({ 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 });

/** English words before `month` (the 20th of next month) → offset in months, as 下月20日. */
export const EN_RELATIVE_OFFSETS: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

/** English weekday names, which may open a day of the month (Thursday the 21st). */
export const EN_WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
