import type { MonthMention, YearMention } from '../raw-claim.js';
import { EN_MONTHS } from '../../vocab/months.js';
import { CURRENCY_SUFFIXES } from '../../vocab/currencies.js';
import { ZH_PLACES, ZH_SECTIONS } from '../../vocab/numbers.js';
import { EN_SCALES } from '../../vocab/scales.js';
import { MEASURE_WORDS } from '../../vocab/units.js';
import { alternation } from '../pattern.js';
import { parseChineseNumeral } from '../zh/parse-numeral.js';

/** What may follow a number that is an amount and not a year: a scale, a measure word, a currency (1900亿, 2000多家, 2000 million). */
export const AMOUNT_AFTER = `${alternation([...Object.keys(ZH_SECTIONS), ...Object.keys(ZH_PLACES), ...'多余餘几幾人', ...MEASURE_WORDS])}|(?:${alternation([
  ...Object.keys(CURRENCY_SUFFIXES),
  ...Object.keys(EN_SCALES),
])})(?![A-Za-z])`;

/** Chinese digits as a spelled-out year writes them (二〇二六年). */
const ZH_YEAR_DIGIT = '[〇○零一二三四五六七八九]';
const ZH_D1 = '[一二三四五六七八九]';

/**
 * A year 1900–2099, standing alone or opening a date (2026-04-07, ２０２６年１月, 二〇二六年一月), in
 * Arabic or full-width digits or spelled out with 年; an event or product name written before it makes it an event
 * (CES 2026). Not an amount that merely looks like one ($1900 billion, 1900亿元): such a year
 * would date the partial dates after it (10月) wrongly.
 */
const YEAR = new RegExp(
  `(?<![0-9０-９A-Za-z.,\\-/$¥￥€£])((?:[1１][9９]|[2２][0０])[0-9０-９]{2})(?![0-9０-９%％]|[.,][0-9]|[ \\t]?(?:${AMOUNT_AFTER}))` +
    `|(?<!${ZH_YEAR_DIGIT}|[十百千万萬亿億])([一二]${ZH_YEAR_DIGIT}{3})(?=[ \\t]?年)` +
    // 两千零四年八月: a year spelled with place words only before a month (两千年 alone is as often 2000 years).
    `|(?<![一二三四五六七八九十百千万萬亿億两兩])([一二两兩]千(?:零(?:${ZH_D1}?十${ZH_D1}?|${ZH_D1})|${ZH_D1}百(?:${ZH_D1}十${ZH_D1}?|零${ZH_D1})?)?)(?=[ \\t]?年[ \\t]?(?:[0-9０-９]{1,2}|十[一二]?|${ZH_D1})[ \\t]?月)`,
  'g',
);
const EVENT_BEFORE = /(?:^|[^A-Za-z])([A-Z][A-Za-z]+|[A-Z]{2,})[ \t]$/;
const NOT_EVENT = new Set(['In', 'Since', 'By', 'Until', 'From', 'During', 'Before', 'After', 'Of', 'For', 'The', 'And', 'Early', 'Late', 'Mid', 'Fiscal', 'FY']);

/** Years stated in a paragraph, in order; the context partial dates take their year from. */
export function yearMentions(text: string, start: number, end: number): YearMention[] {
  const s = text.slice(start, end);
  const out: YearMention[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(s); m; m = YEAR.exec(s)) {
    const name = EVENT_BEFORE.exec(s.slice(Math.max(0, m.index - 20), m.index));
    // Read as the date matchers read years: full-width digits, and one digit per character (二〇二六).
    const year = parseChineseNumeral(m[1] ?? m[2] ?? m[3]!)?.value ?? 0;
    if (year < 1900 || year > 2099) continue;
    // `June 2026` is a month's year, not an event's (CES 2026): it dates no other partial date.
    out.push({ pos: start + m.index, year, event: !!name && !NOT_EVENT.has(name[1]!) && EN_MONTHS[name[1]!.toLowerCase()] === undefined });
  }
  return out;
}

/**
 * A month as the date matchers read one: 10月 or 十月 (not 10月份以来 or 前8个月), or an English
 * month name, capitalised; `May` and `March` only before a day (May 5), since alone they are too
 * often a verb.
 */
const MONTH = new RegExp(
  `(?<![0-9０-９])([0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])[ \\t]?月(?!份?[以之]?[前后後内內])` +
    `|(?<![A-Za-z])(${alternation(Object.keys(EN_MONTHS).filter((k) => k !== 'may' && k !== 'march').map((k) => k[0]!.toUpperCase() + k.slice(1)))})(?![a-z])` +
    `|(?<![A-Za-z])(May|March)(?=[ \\t]+[0-9])`,
  'gu',
);

/** Months stated in a paragraph, in order; the context a date stating only its day takes its month from. */
export function monthMentions(text: string, start: number, end: number): MonthMention[] {
  const s = text.slice(start, end);
  const out: MonthMention[] = [];
  MONTH.lastIndex = 0;
  for (let m = MONTH.exec(s); m; m = MONTH.exec(s)) {
    const month = m[1] !== undefined ? parseChineseNumeral(m[1])?.value : EN_MONTHS[(m[2] ?? m[3])!.toLowerCase()];
    if (month !== undefined && month >= 1 && month <= 12) out.push({ pos: start + m.index, month });
  }
  return out;
}
