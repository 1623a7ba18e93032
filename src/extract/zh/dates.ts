import { HOLIDAYS } from '../../vocab/holidays.js';
import { ZH_RELATIVE_DAY_AFTER, ZH_RELATIVE_DAY_BEFORE, ZH_RELATIVE_DAY_NAMES, ZH_RELATIVE_DAYS, ZH_RELATIVE_MONTHS, ZH_RELATIVE_WEEKS, ZH_RELATIVE_YEARS, ZH_WEEKDAYS } from '../../vocab/months.js';
import { MEASURE_WORDS, QUANTITY_UNITS } from '../../vocab/units.js';
import { alternation } from '../pattern.js';
import type { MatchContext, Matcher, RawClaim } from '../raw-claim.js';
import { AMOUNT_AFTER } from '../common/year-mentions.js';
import { addDays, countBack, dayOfMonth, formatDate, referenceParts, resolveMonth, resolveYear, weekdayOfWeek } from '../common/resolve-year.js';
import { parseChineseNumeral } from './parse-numeral.js';

const SP = '[ \\t]?';
const D1 = '[一二三四五六七八九]';
/** A year spelled with place words (两千零四, 二千零二十五): only before a month, since alone it is as often 2000 years. */
const SPELLED_YEAR = `[一二两兩]千(?:零(?:${D1}?十${D1}?|${D1})|${D1}百(?:${D1}十${D1}?|零${D1})?)?`;
const MONTH_AHEAD = `(?=${SP}(?:[0-9０-９]{1,2}|十[一二]?|${D1})${SP}月)`;
const YEAR = `(?:([0-9０-９]{4})|([〇○零一二三四五六七八九]{4})|(${SPELLED_YEAR})(?=${SP}年${MONTH_AHEAD}))${SP}年`;
const REL_YEAR = `(${alternation(Object.keys(ZH_RELATIVE_YEARS))})`;
const MONTH = `([0-9０-９]{1,2}|十[一二]?|${D1})${SP}月(?!份?[以之]?[前后後内內])`;
const DAY = `([0-9０-９]{1,2}|[一二三]?十${D1}?|${D1})${SP}[日号號]`;
/** What a number after a month may not be followed by and still be its day: more digits, a measure word, a unit (八月十五个, 三月十五万). */
const NOT_A_DAY_AFTER = `[〇○零一二三四五六七八九十百千万萬亿億两兩%％.．]|${AMOUNT_AFTER}|${alternation(Object.keys(QUANTITY_UNITS).filter((u) => /\p{Script=Han}/u.test(u)))}|[年岁歲天周週号號]|小时|小時|分钟|分鐘`;
/**
 * A day in Chinese numerals right after its month, without 日 (一月二十三, 八月十五). One character
 * before another Han character is the start of a word: 6月一度冲高 (once), 6月十分火爆 (very).
 */
const BARE_DAY = `([一二]十${D1}?|十${D1}|三十一?|[一二三四五六七八九十](?!\\p{Script=Han}))(?!${NOT_A_DAY_AFTER})`;
const ZH_HOLIDAYS = Object.keys(HOLIDAYS).filter((k) => !/^[a-z]/.test(k));
const HOLIDAY = `(${alternation(ZH_HOLIDAYS)})`;
const MONTH_DAY = `${MONTH}(?:${SP}${DAY}|${BARE_DAY})?`;
/** 2025年12月15日, 2025 年 12 月, 二〇二五年十二月十五日, 两千零四年八月十五, 去年11月, 1月6日, 八月十五, 2025年平安夜. */
const ZH_DATE = new RegExp(
  `(?<![0-9０-９])(?:(?:${YEAR}|${REL_YEAR})(?:${SP}(?:${MONTH_DAY}|${HOLIDAY}))?|${MONTH_DAY}|${HOLIDAY})`,
  'gu',
);

/**
 * What may not come right before a day stated alone: a digit or numeral (it would be part of a
 * larger figure), 月 (the month's own day, read above), or a word that makes it a number of days
 * (近5日, 连续3日, 第3日, 每日, 前10日, 过去7日); not 数, since 指数28日 is a date.
 */
const NOT_DAY_BEFORE = '[0-9０-９〇○零一二三四五六七八九十百千两兩月第每近连連续續逾约約单單多几幾这這那该該同某半来來前后後余餘首头頭末内內个個A-Za-z.．/\\-]';
/** What may not follow it: a length of time (3日内, 5日均线, 7日年化收益率), yen (29日元), Japan (日本). */
const NOT_DAY_AFTER = '[内內间間均线線游遊元圆圓本后後前0-9０-９A-Za-z]|年化|以[内內来來]|之[内內]|左右';
/** What may not follow a day written with 号: a line, a building, a document, a player (1号线, 3号楼, 1号文件, 3号球衣). */
const NOT_HAO_AFTER = `[线線楼樓店位院馆館令站台厅廳门門口球机機车車文病字码碼种種选選人床窗库庫仓倉坑]|公路|${NOT_DAY_AFTER}`;
const REL_MONTH = `(${alternation(Object.keys(ZH_RELATIVE_MONTHS))})`;
/**
 * A date that states only its day: 29日, 12号, 二十九日, the end of a span of days (15日-17日), and
 * after a month relative to the article's date, 本月10日. 号 only after Arabic digits.
 */
const ZH_DAY_ONLY = new RegExp(
  `(?:${REL_MONTH}${SP}|(?<=[日号號][-–—~～])|(?<!${NOT_DAY_BEFORE}))(?:([0-9０-９]{1,2})${SP}(?:日(?!${NOT_DAY_AFTER})|[号號](?!${NOT_HAO_AFTER}))|([一二三]?十${D1}?|${D1})${SP}日(?!${NOT_DAY_AFTER}))`,
  'gu',
);

/** 今天, 昨日, 大后天 (not 今日头条, 先天和后天, 美好的明天) and 上周一, 本周五, 下星期天 (not 上周一度, 上周三大股指). */
const ZH_RELATIVE_DAY = new RegExp(
  `(?<!先天[和与與或、]?|的|好)(?!${alternation(ZH_RELATIVE_DAY_NAMES)})(${alternation(Object.keys(ZH_RELATIVE_DAYS))})` +
    `|(${alternation(Object.keys(ZH_RELATIVE_WEEKS))})(?:周|週|星期|礼拜|禮拜)?([一二三四五六日]|天(?![气氣]))(?![〇零一二三四五六七八九十百千万萬亿億两兩度大成手${MEASURE_WORDS.join('')}])`,
  'gu',
);

/**
 * 两年前, 三个月前, 两周前, 3天前: a date counted back from the article's date. Not 日前 (3日前 is
 * as often `before the 3rd`), not 前往/前面 (3天前往), not a long count (2025年前 is `before 2025`).
 */
const ZH_COUNTED_BACK = new RegExp(
  `(?<![0-9０-９〇○零一二两兩三四五六七八九十百千第几幾])([0-9０-９]{1,2}|[一二两兩三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)${SP}(年|个月|個月|周|週|星期|天)前(?![往面列景途进進台夕沿提])`,
  'gu',
);
const COUNTED_UNITS: Readonly<Record<string, 'day' | 'week' | 'month' | 'year'>> = { 年: 'year', 个月: 'month', 個月: 'month', 周: 'week', 週: 'week', 星期: 'week', 天: 'day' };

/** What makes a relative day the article's day: a word before or after it (于今天, 昨日宣布), or for a past day the start of a clause (昨天，). */
const REL_DAY_BEFORE = new RegExp(`(?:${alternation(ZH_RELATIVE_DAY_BEFORE)})$`, 'u');
const REL_DAY_AFTER = new RegExp(`(?:${alternation(ZH_RELATIVE_DAY_AFTER)})`, 'uy');
const CLAUSE_START = /(?:^|[，,：:；;（(“"「\s])$/u;

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : parseChineseNumeral(s)?.value);

/** Every Chinese date has one of these characters; most sentences skip the scan. */
const MAY_DATE = /[年月节節夜日号號天周週拜期]|元旦|国庆|國慶/u;
const MAY_DAY = /[日号號]/u;
const MAY_RELATIVE_DAY = new RegExp(`${alternation(Object.keys(ZH_RELATIVE_DAYS))}|[周週期拜]`, 'u');

/** Chinese dates, full or partial; the missing year (or month) comes from the context (see resolveYear, resolveMonth). */
export const matchChineseDates: Matcher = (text, start, end, ctx, s) => {
  const out: RawClaim[] = [];
  if (!MAY_DATE.test(s)) return out;
  const push = (at: number, length: number, date: string | undefined): void => {
    if (date) out.push({ start: start + at, end: start + at + length, kind: 'date', value: null, date, qualifier: 'exact' });
  };
  // One shared pattern, rewound: matchers are never re-entered, and compiling per sentence costs more than the scan.
  const re = ZH_DATE;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const [whole, arabicYear, zhYear, spelledYear, rel, month1, day1, bare1, holiday1, month2, day2, bare2, holiday2] = m;
    const holiday = holiday1 ?? holiday2;
    const [mm, dd] = holiday ? HOLIDAYS[holiday]!.split('-').map(Number) : [num(month1 ?? month2), num(day1 ?? bare1 ?? day2 ?? bare2)];
    let year = num(arabicYear ?? zhYear ?? spelledYear);
    if (rel !== undefined) {
      const ref = referenceParts(ctx);
      if (!ref) { if (mm === undefined) continue; year = undefined; } else year = ref.year + ZH_RELATIVE_YEARS[rel]!;
    } else if (year === undefined) {
      year = resolveYear(ctx, start + m.index, start, end, mm ?? 1);
    }
    if (year !== undefined && (year < 1000 || year > 2999)) continue;
    push(m.index, whole.length, formatDate(year, mm, dd));
  }
  // Each scan only where its key characters are: most sentences with 年 or 月 have none of them.
  if (MAY_DAY.test(s)) matchDayOnly(start, end, ctx, s, push);
  if (MAY_RELATIVE_DAY.test(s)) matchRelativeDays(ctx, s, push);
  if (s.includes('前')) matchCountedBack(ctx, s, push);
  return out;
};

type Push = (at: number, length: number, date: string | undefined) => void;

/** 29日, 12号, 本月10日: the month and year come from the paragraph or the article's date (see resolveMonth). */
function matchDayOnly(start: number, end: number, ctx: MatchContext, s: string, push: Push): void {
  const re = ZH_DAY_ONLY;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const [whole, relMonth, arabic, chinese] = m;
    const dd = num(arabic ?? chinese);
    if (dd === undefined || dd < 1 || dd > 31) continue;
    // 一日, 三日, 十日 alone are lengths of time; after 本月 they are days.
    if (relMonth === undefined && chinese !== undefined && chinese.length < 2) continue;
    if (relMonth !== undefined) {
      const ref = referenceParts(ctx);
      if (!ref) continue;
      push(m.index, whole.length, dayOfMonth(ref, ZH_RELATIVE_MONTHS[relMonth]!, dd));
      continue;
    }
    const { year, month } = resolveMonth(ctx, start + m.index, start, end, dd);
    push(m.index, whole.length, formatDate(year, month, dd));
  }
}

/** 昨天, 上周一: counted from the article's date; without one they are no claim. */
function matchRelativeDays(ctx: MatchContext, s: string, push: Push): void {
  const ref = referenceParts(ctx);
  if (!ref) return;
  const re = ZH_RELATIVE_DAY;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const [whole, day, week, weekday] = m;
    if (day !== undefined) {
      if (isArticleDay(s, m.index, whole.length, ZH_RELATIVE_DAYS[day]!)) push(m.index, whole.length, addDays(ref, ZH_RELATIVE_DAYS[day]!));
    }
    else push(m.index, whole.length, weekdayOfWeek(ref, ZH_RELATIVE_WEEKS[week!]!, ZH_WEEKDAYS[weekday!]!));
  }
}

/** Whether 今天 at `at` names the article's day rather than the present in general (今天还是客户，明天就可能…). */
function isArticleDay(s: string, at: number, length: number, offset: number): boolean {
  const before = s.slice(Math.max(0, at - 4), at);
  if (REL_DAY_BEFORE.test(before)) return true;
  REL_DAY_AFTER.lastIndex = at + length;
  if (REL_DAY_AFTER.test(s)) return true;
  // 昨天，英伟达宣布 / 昨日英伟达宣布: a past day opening a clause is the day of the news, but not 昨天的辉煌.
  return offset < 0 && CLAUSE_START.test(s.slice(Math.max(0, at - 1), at)) && s[at + length] !== '的';
}

/** 两年前 → the year two before the article's; without an article date, nothing (the count stays a length of time). */
function matchCountedBack(ctx: MatchContext, s: string, push: Push): void {
  const ref = referenceParts(ctx);
  if (!ref) return;
  const re = ZH_COUNTED_BACK;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const count = num(m[1]);
    if (count) push(m.index, m[0].length, countBack(ref, count, COUNTED_UNITS[m[2]!]!));
  }
}
