/** English month names and abbreviations (lower case, without the dot) → month number. */
export const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Chinese words for a year relative to the reference date → offset in years. */
export const ZH_RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今年: 0, 去年: -1, 前年: -2, 明年: 1, 后年: 2, 後年: 2, 本年: 0, 上年: -1, 次年: 1,
};

/** English words before a month name that place it relative to the reference date. */
export const EN_RELATIVE_MONTHS: Readonly<Record<string, 'last' | 'next' | 'this'>> = {
  last: 'last', past: 'last', next: 'next', this: 'this', coming: 'next',
};

/** English relative years → offset in years. */
export const EN_RELATIVE_YEARS: Readonly<Record<string, number>> = {
  'last year': -1, 'this year': 0, 'next year': 1,
};
