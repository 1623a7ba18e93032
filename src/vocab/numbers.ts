/** Chinese digit characters (simplified, traditional, financial, and the 〇 of spelled-out years) → value. */
export const ZH_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, '○': 0, 洞: 0, 一: 1, 壹: 1, 幺: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 叄: 3,
  四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

/** Chinese place words inside a section of four digits. */
export const ZH_PLACES: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/**
 * Chinese section words (each multiplies everything before it in its own section). 兆 is 1e12
 * in financial Chinese (新台幣3兆元); before 瓦/赫/字节 it is the SI prefix mega and belongs to the unit.
 */
export const ZH_SECTIONS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };

/** The decimal point inside a Chinese numeral (零点五). */
export const ZH_POINT: readonly string[] = ['点', '點'];

/** English number words that count units. */
export const EN_UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

/** English tens words. */
export const EN_TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** English multiplier words; `dozen` and `hundred` multiply the group, the others close it. */
export const EN_MULTIPLIERS: Readonly<Record<string, number>> = {
  dozen: 12, dozens: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/**
 * Words that multiply a figure by a whole number or halve it (`revenue doubled`, `营收翻倍`, `成本减半`):
 * the multiple, as `2倍` and `twofold` are.
 */
export const MULTIPLYING_WORDS: Readonly<Record<string, number>> = {
  // Verbs only: `doubles`, `triples` and `halves` are nouns as often (tennis doubles, two halves).
  doubled: 2, doubling: 2, tripled: 3, tripling: 3, quadrupled: 4, quadrupling: 4, halved: 0.5, halving: 0.5,
  翻倍: 2, 翻了一倍: 2, 翻一番: 2, 翻了一番: 2, 翻番: 2, 翻两番: 4, 翻了两番: 4, 翻兩番: 4, 翻了兩番: 4, 减半: 0.5, 減半: 0.5, 腰斩: 0.5, 腰斬: 0.5,
};

/**
 * English fraction words (ordinals as denominators), singular → the denominator; the plural adds
 * `s` (`halves` for half). `first` and `second` are no denominators alone (an order, a unit of
 * time), `first` only after a tens word (three twenty-firsts).
 */
export const EN_FRACTIONS: Readonly<Record<string, number>> = {
  half: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9,
  trillionth: 1e12,
};

/** Ordinals that are a denominator only after a tens word: twenty-first (21). */
export const EN_FRACTIONS_AFTER_TENS: Readonly<Record<string, number>> = { first: 1 };

/** English plural multipliers of vague wordings (`dozens of`, `hundreds of`) → [min, max] of the range. */
export const EN_VAGUE_PLURALS: Readonly<Record<string, readonly [number, number]>> = {
  dozens: [24, 99], scores: [40, 99], hundreds: [200, 999], thousands: [2000, 9999], millions: [2e6, 999999999],
  billions: [2e9, 999999999999], trillions: [2e12, 999999999999999],
  'tens of thousands': [20000, 99999], 'hundreds of thousands': [200000, 999999],
  'tens of millions': [2e7, 99999999], 'hundreds of millions': [2e8, 999999999],
  'tens of billions': [2e10, 99999999999], 'hundreds of billions': [2e11, 999999999999],
};

/**
 * Chinese vague counts before a place or section word: 数十亿 (several × 1e9), 上百万 (a million or
 * more), 几千. Each maps to the [min, max] multiples of the scale that follows.
 */
export const ZH_VAGUE_PREFIXES: Readonly<Record<string, readonly [number, number]>> = {
  数: [2, 9], 几: [2, 9], 幾: [2, 9], 數: [2, 9], 上: [1, 9], 成: [1, 9],
};

/** Chinese 成 counts tenths: 三成 = 30%. */
export const ZH_TENTHS_WORD = '成';
