import { withTraditionalKeys } from './spellings.js';

/** English month names and abbreviations (lower case, without the dot) → month number. */
export const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

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
