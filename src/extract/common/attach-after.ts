import type { ClaimKind, Qualifier } from '../../model/claim.js';
import { CURRENCY_NAMES, CURRENCY_SUFFIXES, CURRENCY_SYMBOLS, MINOR_UNITS, NOT_MONEY_AFTER_NAME } from '../../vocab/currencies.js';
import { QUALIFIERS_AFTER } from '../../vocab/qualifiers.js';
import { DECIMAL_SUFFIX_SCALES, EN_SCALES, EN_SUFFIX_SCALES, MONEY_SUFFIX_SCALES, SPACED_SUFFIX_SCALES } from '../../vocab/scales.js';
import { COUNT_UNITS, COUNTED_WITH_KUAI, DURATION_UNITS, GENERIC_COUNTERS, MEASURE_UNITS, MEASURE_WORDS, PERCENT_WORDS, QUANTITY_UNITS } from '../../vocab/units.js';
import { alternation, spacedAlternation, unspaced } from '../pattern.js';

/** Latin words must end at a word boundary. */
const END = '(?![A-Za-z])';
/**
 * A currency's or a counted thing's Chinese name may run into a Latin word (6亿美元B轮融资, 50万元A轮,
 * 12万辆SUV), but not 块, which before one is a measure word (35万块GPU), as it is before a thing
 * counted with it (24,576块加速器; 5000块奖励 is money).
 */
const HAN_END = `(?:(?<![A-Za-z块塊])|(?<=[A-Za-z])(?![A-Za-z])|(?<=[块塊])(?![A-Za-z]|${alternation(COUNTED_WITH_KUAI)}))`;
const SP = '[ \\t\\u00a0]?';

/**
 * A sticky pattern, in Unicode mode only when it uses a property class: the words here are
 * literals of the Basic Multilingual Plane, and in Unicode mode a case-insensitive alternation
 * costs several times as much to compile (the currency names: 20 ms against 4 ms), which every
 * run pays at its first figure.
 */
const sticky = (source: string, flags = ''): RegExp => new RegExp(source, `y${flags}${source.includes('\\p{') ? 'u' : ''}`);

// A hyphen joins a scale word to its number in a compound (a 3-billion-parameter model).
const EN_SCALE = sticky(`(?:${SP}|-)(${alternation(Object.keys(EN_SCALES))})${END}`, 'i');
const SUFFIX_SCALE = sticky(`(${alternation(Object.keys(EN_SUFFIX_SCALES))})(?![A-Za-z0-9])`);
// (not 2 k-pop acts, 10 M&A deals)
const SPACED_SCALE = sticky(`[ \\t]{1,2}(${alternation(Object.keys(SPACED_SUFFIX_SCALES))})(?![A-Za-z0-9&'’-])`);
const SPACED_SCALE_START = new Set(Object.keys(SPACED_SUFFIX_SCALES).map((w) => w[0]!));
const DECIMAL_SCALE = sticky(`(${alternation(Object.keys(DECIMAL_SUFFIX_SCALES))})(?![A-Za-z0-9])`);
const MONEY_SCALE = sticky(`${SP}(${alternation(Object.keys(MONEY_SUFFIX_SCALES))})(?![A-Za-z0-9])`);
const PERCENT = sticky(`[ \\t\\u00a0]{0,4}(${spacedAlternation(Object.keys(PERCENT_WORDS))})${END}`, 'i');
const CURRENCY = sticky(`${SP}(${alternation(Object.keys(CURRENCY_SUFFIXES))})${HAN_END}`);
// A hyphen joins a currency name to its number as it does a length of time (a one-yen bid).
const CURRENCY_NAME = sticky(`(?:${SP}|-)(${alternation(Object.keys(CURRENCY_NAMES))})${END}(?![ -](?:${alternation(NOT_MONEY_AFTER_NAME)})${END})`, 'i');
// A sign after the amount (10 €, 100₾), unless a number follows it: `10 $ 30` is 10 and $30.
const SYMBOL_AFTER = sticky(`${SP}(${alternation(Object.keys(CURRENCY_SYMBOLS))})(?![ \\t\\u00a0]?[0-9０-９])`);
// In lower case only: 50 Cent is a rapper.
const MINOR = sticky(`(?:${SP}|-)(${alternation(Object.keys(MINOR_UNITS))})${END}`);
const PROPER_NEXT = /^[ -][A-Z][a-z]/;
const MEASURE = `(?:${alternation(MEASURE_WORDS)})`;
// Not a rate (tokens/s, tokens per second: a quantity); a hyphen joins a compound (a 3-billion-parameter model).
const COUNT = sticky(`(?:${SP}|-)(?:${MEASURE}${SP})?(${alternation(Object.keys(COUNT_UNITS))})${HAN_END}(?![ \\t]*(?:[/／][ \\t]*s${END}|per[ \\t]+second))`, 'i');
const MEASURE_ALONE = sticky(`(${MEASURE})`);
const GENERIC = sticky(`${SP}(?:${alternation(GENERIC_COUNTERS)})${END}`);
// A hyphen joins a unit to its number in a compound (a 6.82-inch display, a 100-MW plant).
const QUANTITY = sticky(`(?:${SP}|-)(${alternation(Object.keys(QUANTITY_UNITS))})(?![A-Za-z0-9])`);
// A hyphen joins a length of time to its number in English (a 20-year agreement).
const DURATION = sticky(`(?:${SP}|-)(${alternation(Object.keys(DURATION_UNITS))})${END}`, 'i');
const RATIO = sticky(`${SP}(?:倍|times${END})|(?:x|X|×)(?![A-Za-z0-9])|-?fold${END}`);
// (not the + of a sum or a configuration: 12GB + 256GB)
const QUALIFIER_AFTER = sticky(`${SP}(${alternation(Object.keys(QUALIFIERS_AFTER))})(?![ \\t]*[0-9０-９])`);
const MORE_BEFORE_UNIT = sticky(`[多余餘](?![数數少])(?=[\\p{Script=Han}A-Za-z])`);
const NOT_A_MEASURE = /^(?:个人|個人|名字|名单|名單|位置|台湾|台灣|部分|部门|部門|家族|家庭|只是|只有|只能|条件|條件|项目|項目|块链|片段|所以|所有|套餐)/;

/** The words after a figure's number: its scale, kind, unit or currency, and a trailing qualifier. */
export interface After {
  end: number;
  scale: number;
  scaleWord?: string;
  kind: ClaimKind;
  unit?: string;
  currency?: string;
  qualifier?: Qualifier;
  /** Stated in hundredths of the currency (50 cents): `currency` is unset when the context decides. */
  minor?: boolean;
  /** Counted with a bare measure word (三个, 三款): what is counted is not said. */
  measureOnly?: boolean;
}

/** A basis point in percentage points. */
const BASIS_POINT = 0.01;

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * Reads what follows a number at `pos`: an English scale (`billion`, `B`, `bn`), then a percent
 * sign, a currency, a counted noun (with its Chinese measure word), a physical unit, a length of
 * time or a ratio word, then a trailing qualifier (左右, 以上, `or more`).
 */
export function readAfter(s: string, pos: number, opts: { arabic: boolean; money: boolean; yearLike: boolean; symbolAfter?: boolean; decimal?: boolean }): After {
  const out: After = { end: pos, scale: 1, kind: 'number' };
  if (opts.arabic) {
    const c = s.charCodeAt(pos);
    const scale =
      at(EN_SCALE, s, pos) ??
      at(SUFFIX_SCALE, s, pos) ??
      (opts.money ? at(MONEY_SCALE, s, pos) : null) ??
      // 2.33 k, -2.5 M (not after a year: in 2023 M Resort opened)
      ((c === 32 || c === 9) && !opts.yearLike && SPACED_SCALE_START.has(afterOneOrTwoBlanks(s, pos)) ? at(SPACED_SCALE, s, pos) : null) ??
      (opts.decimal && c === 98 ? at(DECIMAL_SCALE, s, pos) : null);
    if (scale) {
      const w = scale[1]!;
      out.scale = EN_SCALES[w.toLowerCase()] ?? EN_SUFFIX_SCALES[w] ?? MONEY_SUFFIX_SCALES[w.toLowerCase()] ?? DECIMAL_SUFFIX_SCALES[w] ?? 1;
      out.scaleWord = w;
      out.end = pos = scale.index + scale[0].length;
    }
  }
  let m: RegExpExecArray | null;
  // 1000多名员工, 300余家: the vague 多 sits between the number and what it counts.
  if ((m = at(MORE_BEFORE_UNIT, s, pos))) {
    out.qualifier = 'moreThan';
    out.end = pos = m.index + m[0].length;
  }
  // What the next character is lets most figures skip the patterns that cannot match there.
  const next = nextKind(s, pos);
  if ((m = at(PERCENT, s, pos)) && !opts.money) {
    out.kind = 'percent';
    const word = unspaced(m[1]!);
    const unit = PERCENT_WORDS[word.toLowerCase()] ?? PERCENT_WORDS[word];
    // `19 basis points`, `19个基点`: 0.19 percentage points, comparable with `0.19个百分点`.
    if (unit === 'bp') {
      out.unit = 'pp';
      out.scale *= BASIS_POINT;
    } else if (unit !== '%') out.unit = unit;
    out.end = pos = m.index + m[0].length;
  } else if ((m = at(CURRENCY, s, pos))) {
    out.kind = 'money';
    out.currency = CURRENCY_SUFFIXES[m[1]!];
    out.end = pos = m.index + m[0].length;
  } else if (next === 'latin' && (m = at(CURRENCY_NAME, s, pos)) && !(m[1] !== m[1]!.toLowerCase() && (opts.yearLike || PROPER_NEXT.test(s.slice(m.index + m[0].length, m.index + m[0].length + 3))))) {
    // (the 2024 Euros, 2023 Yuan said, 500 Dollar General stores: a capitalised name there is a name)
    out.kind = 'money';
    out.currency = CURRENCY_NAMES[m[1]!.toLowerCase()];
    out.end = pos = m.index + m[0].length;
  } else if (next === 'sign' && !opts.money && opts.symbolAfter && (m = at(SYMBOL_AFTER, s, pos)) && !(opts.yearLike && m[0].length > m[1]!.length)) {
    // (in 2024 € rose: a year, a space, then a sign opens the next words)
    out.kind = 'money';
    out.currency = CURRENCY_SYMBOLS[m[1]!];
    out.end = pos = m.index + m[0].length;
  } else if ((next === 'latin' || next === 'minor') && !opts.money && (m = at(MINOR, s, pos))) {
    out.kind = 'money';
    out.minor = true;
    const currency = MINOR_UNITS[m[1]!];
    if (currency) out.currency = currency;
    out.end = pos = m.index + m[0].length;
  } else if (opts.money) {
    out.kind = 'money';
  } else if ((m = at(COUNT, s, pos))) {
    out.kind = 'count';
    out.unit = COUNT_UNITS[m[1]!] ?? COUNT_UNITS[m[1]!.toLowerCase()];
    out.end = pos = m.index + m[0].length;
  } else if ((m = at(QUANTITY, s, pos))) {
    out.kind = 'quantity';
    out.unit = QUANTITY_UNITS[m[1]!];
    out.end = pos = m.index + m[0].length;
  } else if ((m = at(DURATION, s, pos)) && !(opts.yearLike && /^年/.test(m[1]!))) {
    out.kind = 'quantity';
    out.unit = DURATION_UNITS[m[1]!] ?? DURATION_UNITS[m[1]!.toLowerCase()];
    out.end = pos = m.index + m[0].length;
  } else if ((m = at(RATIO, s, pos))) {
    out.kind = 'ratio';
    out.end = pos = m.index + m[0].length;
  } else if ((m = at(GENERIC, s, pos))) {
    out.kind = 'count';
    out.end = pos = m.index + m[0].length;
  } else if ((m = at(MEASURE_ALONE, s, pos)) && !NOT_A_MEASURE.test(s.slice(pos, pos + 2))) {
    out.measureOnly = true;
    out.kind = 'count';
    const unit = MEASURE_UNITS[m[1]!];
    if (unit) out.unit = unit;
    out.end = pos = m.index + m[0].length;
  }
  if (!out.qualifier && (m = at(QUALIFIER_AFTER, s, pos)) && !/^\s?多[数少]/.test(s.slice(pos, pos + 3))) {
    out.qualifier = QUALIFIERS_AFTER[m[1]!];
    out.end = m.index + m[0].length;
  }
  return out;
}

/** The first characters of the Chinese words for cents (美分, 欧分, 便士). */
const MINOR_HAN_START = new Set(Object.keys(MINOR_UNITS).filter((w) => /^\p{Script=Han}/u.test(w)).map((w) => w.charCodeAt(0)));

/**
 * The kind of the first character after `pos` (past one space): a Latin letter or hyphen (which
 * may open a currency name: `10 dollars`, `one-yen`), a sign (`10 €`, `$`), the start of a Chinese
 * word for cents, or anything else.
 */
function nextKind(s: string, pos: number): 'latin' | 'sign' | 'minor' | 'other' {
  let c = s.charCodeAt(pos);
  if (c === 32 || c === 9 || c === 0xa0) c = s.charCodeAt(pos + 1);
  if (((c | 32) >= 97 && (c | 32) <= 122) || c === 45) return 'latin';
  if (MINOR_HAN_START.has(c)) return 'minor';
  // $ and the currency signs outside the Han, CJK punctuation and full-width blocks.
  if (c === 36 || (c >= 0xa2 && c <= 0xa5) || (c >= 0x0e3f && c < 0x3000 && !(c >= 0x2000 && c < 0x2070))) return 'sign';
  return 'other';
}

/** The character after the one or two spaces or tabs at `pos`, where a spaced scale word (2.33 k) starts. */
function afterOneOrTwoBlanks(s: string, pos: number): string {
  const second = s[pos + 1];
  return (second === ' ' || second === '\t' ? s[pos + 2] : second) ?? '';
}
