import { EN_FRACTIONS, EN_MULTIPLIERS, EN_TENS, EN_UNITS } from '../../vocab/numbers.js';
import { alternation } from '../pattern.js';
import { CURRENCY_PREFIXES } from '../../vocab/currencies.js';

/** The three ways a figure's number is written. */
export type NumberForm = 'arabic' | 'zh' | 'en';

const DIGIT = '[0-9０-９]';
/** Arabic numbers with grouping commas and decimals: 1,100.9 / 3.5 / ４２０. */
/** Scientific notation (1e10, 3.2E-4, ２.７８e－１): the exponent of a plain number, tried only where an e follows. */
const EXPONENT = `(?:[eE][-+－]?${DIGIT}{1,3}(?![A-Za-z0-9０-９]))?`;
const ARABIC = `${DIGIT}{1,3}(?:,${DIGIT}{3})+(?:[.．]${DIGIT}+)?|[０-９]{1,3}(?:，[０-９]{3})+(?![０-９])(?:．[０-９]+)?|${DIGIT}+(?:[.．]${DIGIT}+)?${EXPONENT}`;
/** Chinese numeral characters, and the vague 多/余/几 that may sit between a number and its place word (20多亿). */
const ZH_CHAR = '[零〇○一二两兩三四五六七八九壹贰貳叁參叄肆伍陆陸柒捌玖十拾百佰千仟万萬亿億兆点點]';
const ZH_FILL = '[多余餘几幾]';
/**
 * One numeral run: a number (Arabic or a Chinese character) followed by Chinese characters, each
 * optionally followed by an Arabic number (a space may part an Arabic number from its scale: 300 亿). Every step consumes one Chinese character, so the run
 * cannot be split two ways and the pattern cannot backtrack badly.
 */
const PLACE = '[十拾百佰千仟万萬亿億兆]';
/** The decimal point of a Chinese numeral (四百点五). */
const POINT = '[点點]';
/**
 * A space may part a place word or a decimal point from its neighbours (300 亿, 一百 五 十 二,
 * 四百 点 五), never two digits.
 */
const GAP = `(?:[ \\t](?=${PLACE}|${POINT})|(?<=${PLACE}|${POINT})[ \\t](?=[^ \\t]))?`;
/** A decimal written without its leading zero (.5%, .08). */
const LEADING_POINT = `[.．]${DIGIT}+`;
const RUN = `(?:${ARABIC}|${LEADING_POINT}|${ZH_CHAR})(?:${GAP}(?:${ZH_FILL}${GAP})?${ZH_CHAR}(?:${GAP}(?:${ARABIC}))?)*`;
/** A Chinese or mixed numeral run, for patterns that embed one (分之三). */
export const ZH_RUN_SOURCE = RUN;
const EN_WORD = alternation([...Object.keys(EN_UNITS), ...Object.keys(EN_TENS), ...Object.keys(EN_MULTIPLIERS), 'half']);
/** `a` opens a number before a multiplier (a million); before a fraction word (a fifth) the fraction matcher reads it. */
const EN_A = `an?(?=[ -](?:${alternation(Object.keys(EN_MULTIPLIERS))})\\b)`;
/** English number words joined by spaces, hyphens and `and`; `fold` may close it (tenfold). */
/** Between number words: spaces, a hyphen (fifty - two), `and` (three hundred and twenty). */
const EN_SEP = '(?:[ \\t]*-[ \\t]*|[ \\t]+(?:and[ \\t]+)?|,[ \\t]*and[ \\t]+)';
/**
 * `point` between number words starts the decimals, each a digit word (two hundred point zero
 * three); `at one point` is the idiom (at one point two executives left).
 */
const EN_POINT = `(?<!\\bat[ \\t]+one[ \\t]+)point(?=[ \\t]+(?:${alternation(Object.keys(EN_UNITS).filter((w) => EN_UNITS[w]! < 10))})\\b)`;
/** The fraction of a mixed number (three and a third); `and a half` reads as `half` does. */
const EN_AND_A_FRACTION = `a[ \\t]+(?:${alternation(Object.keys(EN_FRACTIONS).filter((w) => w !== 'half'))})\\b`;
const EN_RUN = `(?:${EN_WORD}|${EN_A})(?:${EN_SEP}(?:${EN_WORD}|${EN_POINT}|a(?=[ \\t]+(?:${alternation([...Object.keys(EN_MULTIPLIERS), 'half'])})\\b)|${EN_AND_A_FRACTION}))*(?=fold\\b|\\b)`;

/** A run of English number words, for patterns that embed one (the numerator of twenty-three fifths). */
export const EN_RUN_SOURCE = EN_RUN;

/** Currency codes a newsroom glues to the amount (`RMB350 million`, `Rmb5bn`, `EUR30m`). */
const LETTER_CURRENCY_CODES = Object.keys(CURRENCY_PREFIXES).filter((w) => /^[A-Z][A-Za-z]{2}$/.test(w));
/**
 * What may not stand right before a number: a letter, a digit, a path or a decimal point (`H100`, `V3.2`), a letter
 * and a hyphen (`GPT-5`), a digit and a thousands comma (the `500` of `1,500-to-2,500-yuan`, whose `2,500` a hyphen keeps out).
 */
const NOT_GLUED = '(?<![A-Za-z0-9０-９_/#@\\\\.．]|[A-Za-z][-‐]|[0-9０-９][,，])';

/**
 * Finds number runs. The lookbehind keeps numbers glued to Latin letters (H100, K2, V3.2, GPT-5)
 * and the middle of longer tokens out; a hyphen after a digit stays allowed for ranges (3-5).
 */
export const NUMBER_RUNS = new RegExp(`${NOT_GLUED}(${RUN})|(?<![A-Za-z])(${EN_RUN})`, 'giu');

/**
 * `NUMBER_RUNS`, also after a currency code glued to the amount (`RMB350 million`): slower (an
 * alternation of codes looked behind at every place), so used only in a document that has such a
 * code (`hasGluedCurrencyCode`).
 */
export const NUMBER_RUNS_AFTER_CODES = new RegExp(
  `(?:${NOT_GLUED}|(?<=(?<![A-Za-z])(?:${alternation(LETTER_CURRENCY_CODES)})))(${RUN})|(?<![A-Za-z])(${EN_RUN})`,
  'giu',
);

const GLUED_CODE = new RegExp(`(?<![A-Za-z])(?:${alternation(LETTER_CURRENCY_CODES)})[0-9]`, 'i');

/**
 * The last long text asked about: every sentence of a document asks, and one look at its whole
 * text answers them all. Short texts (a table cell read on its own) are looked at each time, so
 * that they never push the document out (a table's rows would each read its whole text again).
 */
let lastText: string | undefined;
let lastAnswer = false;
const REMEMBERED_LENGTH = 1024;

/** Whether the text (a document's) has an amount glued to a currency code anywhere (`RMB350 million`). */
export function hasGluedCurrencyCode(text: string): boolean {
  if (text.length < REMEMBERED_LENGTH) return GLUED_CODE.test(text);
  if (text !== lastText) {
    lastText = text;
    lastAnswer = GLUED_CODE.test(text);
  }
  return lastAnswer;
}
