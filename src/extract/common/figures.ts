import type { Qualifier } from '../../model/claim.js';
import { CENT_CURRENCIES, CNY_INFORMAL, MINOR_UNITS } from '../../vocab/currencies.js';
import { PER_WORDS_BEFORE, RESOLUTION_NOUNS } from '../../vocab/units.js';
import { EN_TENS, EN_UNITS, ZH_DIGITS as ZH_DIGIT_VALUES, ZH_TENTHS_WORD, ZH_VAGUE_PREFIXES } from '../../vocab/numbers.js';
import { nextWord, parseNumberWords, wordEnd } from '../en/parse-number-words.js';
import { parseChineseNumeral, type NumeralReading } from '../zh/parse-numeral.js';
import type { Matcher, RawClaim } from '../raw-claim.js';
import { readAfter } from './attach-after.js';
import { centCurrencyAround, currencyBefore, forgetCentMentions, qualifierBefore, signWordBefore } from './attach-before.js';
import { followsModelName, isNotAFigure, isShoppingFestival, isYearLike } from './bare-number.js';
import { hasGluedCurrencyCode, NUMBER_RUNS, NUMBER_RUNS_AFTER_CODES, ZH_RUN_SOURCE } from './number-runs.js';
import { countNounBefore, englishCountNounBefore, occurrenceVerbBefore } from './count-noun-before.js';
import { shareOfAfter } from './share-of.js';
import { alternation } from '../pattern.js';
import { isHan } from '../../segment/script.js';
import { isChineseScaleLabel } from '../table-units.js';

const FILL = /[多余餘几幾]/g;
const FINANCIAL_DIGIT = /[壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟]/;
const AMOUNT_AFTER_DIGIT = /[元圆圓又分]/;
const ENDS_ARABIC = /[0-9０-９]$/;
/** 块 without 钱, which after a numeral character alone counts pieces (分为三块). */
const PIECES: ReadonlySet<string> = new Set(['块', '塊']);
/** Tenths of a yuan after 块 (三块五): money after all. */
const TENTHS_AFTER = /^[0-9一二三四五六七八九两兩半]/u;
/** 分之 and its numerator; typeset text may space them out (百 分 之 2.4). */
const FRACTION_SOURCE = `[ \\t]{0,3}分[ \\t]{0,3}之[ \\t]{0,3}([负負]?)(${ZH_RUN_SOURCE})`;
/** 分之 and its numerator, which may carry a sign (负３分之负一百五十七); typeset text may space them out (百 分 之 2.4). */
const FRACTION = new RegExp(FRACTION_SOURCE, 'uy');
/** The fraction of a mixed number: 又 and a fraction (三百五十又三分之一, 3又一千分之23, 三百 五 又 三 分之 一). */
const ZH_MIXED = new RegExp(`[ \\t]{0,3}又[ \\t]{0,3}(${ZH_RUN_SOURCE})${FRACTION_SOURCE}`, 'uy');
/** The fraction of a mixed number in digits, after a space or two (2 1/4, 1 ３/5). */
const SLASH_MIXED = /[ \t]{1,2}([0-9０-９]{1,2})[/／]([0-9０-９]{1,2})(?![0-9０-９]|[/／]|[.．][0-9０-９])/y;
const TENTHS = new RegExp(`[ \\t]?${ZH_TENTHS_WORD}(?![为為功本员員长長交立果熟绩績都就不])`, 'uy');
/** `约六成为研发人员`: after a word of approximation, 成为 is tenths and 为 (are), not `become`. */
const TENTHS_ARE = new RegExp(`${ZH_TENTHS_WORD}(?=[为為])`, 'uy');
const APPROX_BEFORE = /(?:约|約|近|逾|超过|超過|大约|大約)$/u;
/** A digit and a space right before a number: 九 九 折. */
const SPACED_DIGIT_BEFORE = /[0-9０-９零〇一二两兩三四五六七八九][ \t]$/u;
/** The digit of 七成六 (76%): one digit, not the start of another number or count (七成 六个). */
const TENTHS_DIGIT = /([一二三四五六七八九])(?![零〇一二两兩三四五六七八九十百千万萬亿億点點个個成倍%％])/uy;
/** 4K video, 8K电视: a display resolution (one digit and K, then what has it, or @60fps). */
const RESOLUTION_AFTER = new RegExp(`^[ \\t]?(?:(?:${alternation(RESOLUTION_NOUNS)})(?![A-Za-z])|@)`, 'i');
/** What makes a length of time a date counted back: 前 (not 前往, 前面), ago. */
const AGO_AFTER = /^(?:前(?![往面列景途进進台夕沿提])|[ \t]+ago(?![A-Za-z]))/u;
/** Lengths of time that, counted back, make a date a figure of the article (19小时前 stays a length: an update time). */
const TIME_UNITS = new Set(['year', 'month', 'week']);
const TRAILING_SCALE = /[十拾百佰千仟万萬亿億兆]+$/u;
const RANGE_NEXT = /^[ \t]?(?:[-–—~～〜至到][ \t]?[0-9０-９零〇一二两三四五六七八九十]|to [0-9a-z])/u;
const DISCOUNT = /[ \t]?折(?![扣合旧舊叠疊算射返腾騰损損])/uy;
/** The unit of a compound ordinal after its tens word (twenty-first); not `-second`, which is as often a length (a thirty-second ad). */
const ORDINAL_AFTER = /-(?:first|third|fourth|fifth|sixth|seventh|eighth|ninth)(?![A-Za-z])/iy;
/** `-second` as a rank: before `place`, or after a verb of finishing or ranking (she finished thirty-second). */
const SECOND_PLACE_AFTER = /-second[ \t]+place(?![A-Za-z])/iy;
const SECOND_AFTER = /-second(?![A-Za-z])/iy;
const RANKING_BEFORE = /(?<![A-Za-z])(?:finish(?:ed|es|ing)?|plac(?:ed|es|ing)|rank(?:ed|s|ing)?|(?:came|comes?|coming)(?:[ \t]+in)?)[ \t]+$/i;
const SLASH_FRACTION = /[/／]([0-9０-９]{1,2})(?![0-9０-９]|[/／]|[.．][0-9０-９])/y;
const JIAO = /([一二两三四五六七八九])(?:毛|角)?(?![一二两三四五六七八九十百千万亿个0-9])/uy;
const MEGA_UNIT = /^兆(?=[瓦赫字比位帕])/;
/** 千瓦, 千瓦时, 千克, 千米: the 千 of 5万千瓦 (50,000 kW) or 100千瓦时 (100 kWh) is the unit's, not a thousand. */
const KILO_UNIT = /^千(?=[瓦克米])/;
/** A place word alone (no digit) in brackets or after 单位 is a table's or chart's unit label (营收（亿元）, 单位：万辆), not a figure. */
const OPENING_BEFORE = /[（(][ \t]*$/;
const CLOSING_AFTER = /^[ \t]*[）)]/;
const UNIT_KEY_BEFORE = /[单單]位[ \t]*[:：][ \t]*$/;
/** 每百万tokens, 元/百万tokens: place words after 每 or a slash say what a rate is per. */
const PLACE_WORD = /[十拾百佰千仟万萬亿億]/;
const MULTIPLE_CHAR = '倍'.charCodeAt(0);
/** `的` right before a multiple: of a level (`是去年同期的3.3倍`, `为上一代的4倍`). */
const LEVEL_OF_BEFORE = /的[ \t]?$/u;
const PER_BEFORE = new Set([...PER_WORDS_BEFORE, '/', '／']);
const COMPARATIVE_NEXT = /^[ \t]+(?:more|less|fewer|as|than|the|[A-Za-z]+er)\b/i;
const ORDER_OF_MAGNITUDE = /^(?:规模|規模|级|級|量级|量級)/;
/** 一半 (half), not 一半导体 (a semiconductor …), 一半岛, 一半径, 半年, 半价 …. */
const HALF = /半(?![导導岛島径徑途年月天日夜晌路拉场場决決成自价價官])/uy;
/** Before a sign after the number, a formula rather than a price: `$x=10$` in a math span. */
const FORMULA_BEFORE = /[=^_{}\\]/;
/** 一元复始, 二元论, 三元组, 一元二次方程: words that open with 元 after a Chinese numeral, not yuan. */
const YUAN_WORD = /^[ \t]?[元圆](?:[一二三四]?次|化|论|論|组|組|函数|函數|方程|复始|復始|宇宙|素|旦|朝|帅|帥|气|氣|宵)/u;
/** 0–99 in English words (forty-five, nine). */
const EN_UNDER_100 = `(?:${alternation(Object.keys(EN_TENS))})(?:[ -](?:${alternation(Object.keys(EN_UNITS).filter((w) => EN_UNITS[w]! < 10))}))?|${alternation(Object.keys(EN_UNITS))}`;
/** The cents of an amount in dollars or pounds: `3 dollars 50 cents`, `and forty-five cents`, `两美元又三美分`. */
const MINOR_AFTER = new RegExp(
  `[ \\t]*(?:and[ \\t]+|又)?([0-9]{1,2}|${EN_UNDER_100}|[一二两兩三四五六七八九十]{1,3})(?:[ \\t]|-)?(${alternation(Object.keys(MINOR_UNITS))})(?![A-Za-z])`,
  'iuy',
);

interface Reading extends NumeralReading {
  readonly form: 'arabic' | 'zh' | 'en';
  /** One Chinese digit character (一, 三) or one small English word (three): idiom more often than figure. */
  readonly lone: boolean;
  readonly fill: Qualifier | undefined;
}

/**
 * Every figure written with a number: Arabic, Chinese or mixed numerals and English number words,
 * with the scale, currency, percent sign, unit, ratio word and qualifiers that touch them. One
 * regex pass finds the numbers; the words around each are read with anchored patterns.
 */
export const matchFigures: Matcher = (text, start, end, _context, s) => {
  const out: RawClaim[] = [];
  forgetCentMentions();
  // One shared pattern, rewound: matchers are never re-entered, and compiling per sentence costs more than the scan.
  const re = hasGluedCurrencyCode(text) ? NUMBER_RUNS_AFTER_CODES : NUMBER_RUNS;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    let claim: RawClaim | undefined;
    if (m[1] !== undefined) {
      let run = m[1];
      let runEnd = m.index + run.length;
      // 100兆瓦 is 100 MW: the 兆 belongs to the unit.
      const unitPrefix = (run.endsWith('兆') && MEGA_UNIT.test(s.slice(runEnd - 1, runEnd + 1))) || (run.endsWith('千') && KILO_UNIT.test(s.slice(runEnd - 1, runEnd + 1)));
      if (unitPrefix) {
        run = run.slice(0, -1);
        runEnd--;
      }
      while (/[点點 \t]$/.test(run) || (/[參参叁]$/.test(run) && /^[數数]/.test(s.slice(runEnd, runEnd + 1)))) { run = run.slice(0, -1); runEnd--; }
      // 万一, 千万不要: a numeral run that opens with a place word other than 十 and then has digits is a word.
      if (run.length === 0 || (/^[百佰千仟万萬亿億兆]/.test(run) && /[0-9０-９零〇一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]/.test(run))) continue;
      // 大陆客户, 队伍, 落伍: a financial numeral alone is part of a word; it writes amounts (陆万元, 陆拾元, 陆元, 壹又二分之壹).
      if (run.length === 1 && FINANCIAL_DIGIT.test(run) && !AMOUNT_AFTER_DIGIT.test(s.charAt(runEnd))) continue;
      const fill = FILL.test(run) ? (/[几幾]/.test(run) ? 'approx' : 'moreThan') : undefined;
      FILL.lastIndex = 0;
      const pair = neighbourDigits(run);
      if (pair) {
        claim = approximatePair(s, m.index, runEnd, run, pair);
        if (claim) {
          out.push(shift(claim, start));
          if (claim.end > re.lastIndex) re.lastIndex = claim.end;
        }
        continue;
      }
      const parsed = parseChineseNumeral((fill ? run.replace(FILL, '') : run).replace(/[ \t]/g, ''));
      if (!parsed) continue;
      const arabic = /^[0-9０-９,.．]+$/.test(run);
      const reading: Reading = { value: parsed.value, scaled: parsed.scaled, hasDigit: parsed.hasDigit, digitByDigit: parsed.digitByDigit, form: arabic ? 'arabic' : 'zh', lone: !arabic && run.length === 1 && !unitPrefix, fill };
      claim = figure(s, m.index, runEnd, run, reading, trailingScale(run));
    } else {
      // A run of words may hold several numbers (`two three`): read them all without rescanning.
      const run = m[2]!;
      let at = 0;
      while (at < run.length) {
        const words = parseNumberWords(run, at);
        if (!words) {
          at = nextWord(run, wordEnd(run, at));
          continue;
        }
        const reading: Reading = { value: words.value, scaled: words.compound, hasDigit: true, digitByDigit: false, form: 'en', lone: !words.compound && words.value < 10, fill: undefined };
        // The twenty-first century, the forty-fifth day: an ordinal, not the number of its tens.
        const found = isCompoundOrdinal(s, m.index + at, m.index + at + words.length) ? undefined : figure(s, m.index + at, m.index + at + words.length, run.slice(at, at + words.length), reading);
        if (found) out.push(shift(found, start));
        at = nextWord(run, at + words.length);
      }
      if (out.length > 0 && out[out.length - 1]!.end - start > re.lastIndex) re.lastIndex = out[out.length - 1]!.end - start;
      continue;
    }
    if (claim) {
      const end = claim.end;
      // `| Content spending (100 million yuan) |`, `(RMB 10,000)`: the unit a translated table's label names, as `（亿元）` is.
      if (!isScaleLabel(s, claim)) out.push(shift(claim, start));
      if (end > re.lastIndex) re.lastIndex = end;
    }
  }
  return out;
};

/** What a label's bracket follows: the name of a row or column (`Content spending `), not a figure it converts (`72 million yuan `). */
const LABELLED_BEFORE = /[A-Za-z\p{Script=Han}][ \t]*[（(][ \t]*$/u;
const DIGIT_BEFORE = /[0-9０-９]/;

/** Whether a figure is the whole of a label in brackets after a name, 万 or 亿 in English (`Content spending (100 million yuan)`). */
function isScaleLabel(s: string, claim: RawClaim): boolean {
  if (claim.value === null || claim.value < 1000 || !Number.isInteger(Math.log10(claim.value)) || claim.qualifier !== 'exact') return false;
  const before = s.slice(Math.max(0, claim.start - 16), claim.start);
  if (!LABELLED_BEFORE.test(before) || DIGIT_BEFORE.test(before) || !CLOSING_AFTER.test(s.slice(claim.end, claim.end + 3))) return false;
  // 万 and 亿 as a table's label writes them (see `withTableUnits`); not `Super (100B)`, a size.
  return isChineseScaleLabel(s.slice(claim.start, claim.end));
}

/** Whether the number words at [start, end) are the tens of an ordinal (twenty-first; thirty-second place). */
function isCompoundOrdinal(s: string, start: number, end: number): boolean {
  ORDINAL_AFTER.lastIndex = end;
  if (ORDINAL_AFTER.test(s)) return true;
  SECOND_PLACE_AFTER.lastIndex = end;
  if (SECOND_PLACE_AFTER.test(s)) return true;
  SECOND_AFTER.lastIndex = end;
  return SECOND_AFTER.test(s) && RANKING_BEFORE.test(s.slice(Math.max(0, start - 20), start));
}

/** The factor of the scale words that close a run (亿 → 1e8, 万亿 → 1e12), 1 when it ends with a digit. */
function trailingScale(run: string): number {
  const tail = TRAILING_SCALE.exec(run);
  return tail && /[0-9０-９一二两三四五六七八九十]/.test(run.slice(0, tail.index)) ? (parseChineseNumeral(`一${tail[0]}`)?.value ?? 1) : 1;
}

/** 两三千, 三四十, 七八万, 两三 (before a measure word): two neighbouring digits name a rough range. */
const NEIGHBOUR_DIGITS = /^([两二三四五六七八])([三四五六七八九])([十百千万萬亿億]*)$/u;

/** The two digits and the place of a rough range (两三千 → 2, 3, 1000), if the run is one. */
function neighbourDigits(run: string): { low: number; high: number; place: number } | undefined {
  const m = NEIGHBOUR_DIGITS.exec(run);
  if (!m) return undefined;
  const low = ZH_DIGIT_VALUES[m[1]!]!;
  const high = ZH_DIGIT_VALUES[m[2]!]!;
  if (high !== low + 1) return undefined;
  const place = m[3] ? parseChineseNumeral(`一${m[3]}`)?.value : 1;
  return place === undefined ? undefined : { low, high, place };
}

/** A rough range (两三千块 → 2000–3000 CNY, 三四十家 → 30–40 companies), read as its low end is, then widened. */
function approximatePair(s: string, numStart: number, numEnd: number, run: string, pair: { low: number; high: number; place: number }): RawClaim | undefined {
  // Without a place word the pair is as small as a lone digit: 两三个 with only a measure word says too little.
  const reading: Reading = { value: pair.low * pair.place, scaled: pair.place > 1, hasDigit: true, digitByDigit: false, form: 'zh', lone: pair.place === 1, fill: undefined };
  const claim = figure(s, numStart, numEnd, run, reading) as Writable<RawClaim> | undefined;
  // Two bare digits say a range only of something counted or measured (两三年, 三四个, 两三成).
  if (!claim || (pair.place === 1 && claim.kind === 'number')) return undefined;
  if (claim.value === null) return claim;
  const factor = claim.value / reading.value;
  claim.min = round(pair.low * pair.place * factor);
  claim.max = round(pair.high * pair.place * factor);
  claim.value = null;
  claim.qualifier = 'range';
  delete claim.bare;
  return claim;
}

function figure(s: string, numStart: number, numEnd: number, run: string, r: Reading, runScale = 1): RawClaim | undefined {
  if (s[numStart - 1] === '第' || (r.form !== 'en' && isShoppingFestival(s, numStart, numEnd))) return undefined;
  // 三百五十又三分之一, 2 1/4: a whole number and a fraction are one number, read on as any number is (2 1/2 years).
  const next = s.charCodeAt(numEnd);
  const mixed = (next === 0x53c8 || next === 32 || next === 9) && r.form !== 'en' && !r.fill && Number.isInteger(r.value) ? mixedNumber(s, numEnd, r) : undefined;
  if (mixed) {
    numEnd = mixed.end;
    r = { ...r, value: mixed.value, scaled: true, hasDigit: true, lone: false, digitByDigit: false };
  } else if (r.form !== 'en') {
    const fraction = chineseFraction(s, numStart, numEnd, r);
    if (fraction) return fraction;
  }
  if (r.form === 'arabic' && !r.scaled && Number.isInteger(r.value)) {
    SLASH_FRACTION.lastIndex = numEnd;
    const f = SLASH_FRACTION.exec(s);
    const den = f ? Number(f[1]) || parseChineseNumeral(f[1]!)!.value : 0;
    // 约占1/5, one in 1/3 of cases: a small proper fraction that cannot be a date (no year follows);
    // with a minus sign no date reads either (-4/5, -3/2).
    const sign = f ? signBefore(s, numStart, r.form) : 0;
    if (f && den >= 2 && den <= 10 && r.value > 0 && (r.value < den || sign > 0)) {
      return percent(s, numStart - sign, numEnd + f[0].length, ((sign ? -r.value : r.value) * 100) / den);
    }
  }
  const prefix = r.form === 'en' ? undefined : currencyBefore(s, numStart, 0);
  let claimStart = prefix?.start ?? numStart;
  const yearLike = (r.form === 'arabic' && !r.scaled && isYearLike(r.value, run)) || r.digitByDigit;
  // Nor the decimals of a number written the European way (1.299,00 €), which is not read as one.
  const symbolAfter = r.form !== 'en' && !FORMULA_BEFORE.test(s[numStart - 1] ?? '') && !europeanDecimals(s, numStart);
  const arabicEnd = r.form === 'arabic' && ENDS_ARABIC.test(run);
  const after = readAfter(s, numEnd, { arabic: arabicEnd, money: prefix !== undefined, yearLike, symbolAfter, decimal: arabicEnd && s.charCodeAt(numEnd) === 98 && /[.．]/.test(run) });
  if ((after.scaleWord === 'K' || after.scaleWord === 'k') && r.value < 10 && RESOLUTION_AFTER.test(s.slice(after.end, after.end + 12))) return undefined;
  let { kind, unit } = after;
  // `低于11月的交付水平`: a month, however a word of comparison before it reads.
  if (kind === 'number' && after.end === numEnd && after.scale === 1 && s[numEnd] === '月' && Number.isInteger(r.value) && r.value >= 1 && r.value <= 12) return undefined;
  if (kind === 'money' && r.form === 'zh' && YUAN_WORD.test(s.slice(numEnd, numEnd + 5))) return undefined;
  let currency = prefix?.value === 'CNY' && after.currency ? after.currency : (prefix?.value ?? after.currency);
  let value = r.value * after.scale;
  // 50 cents is 0.5 USD: an amount is stated in the main unit, in the currency the sentence names.
  if (after.minor) {
    value /= 100;
    currency ??= centCurrencyAround(s, numStart);
  } else if (!prefix && currency && after.scale === 1 && Number.isInteger(value)) {
    const cents = minorAfter(s, after.end, currency);
    if (cents) {
      value += cents.value / 100;
      after.end = cents.end;
    }
  }
  // 五块五, 三元五角: a digit after the yuan counts tenths (jiao).
  if (currency === 'CNY' && after.scale === 1 && Number.isInteger(value)) {
    JIAO.lastIndex = after.end;
    const jiao = JIAO.exec(s);
    if (jiao) {
      value += ZH_DIGIT_VALUES[jiao[1]!]! / 10;
      after.end += jiao[0].length;
    }
  }
  const scaled = r.scaled || after.scale !== 1;
  let qualifier: Qualifier = after.qualifier ?? r.fill ?? 'exact';

  // 数十亿, 上百万, 几千: a vague count of a place word is a range.
  const vague = /^[十拾百佰千仟万萬亿億]/u.test(run) && r.form === 'zh' ? ZH_VAGUE_PREFIXES[s[numStart - 1] ?? ''] : undefined;
  if (!r.hasDigit && !vague && kind === 'number') return undefined;
  // 万亿参数规模, 千亿级: a place word with no digit, then a word for scale, names an order of magnitude, not a figure.
  if (!r.hasDigit && !vague && ORDER_OF_MAGNITUDE.test(s.slice(after.end, after.end + 2))) return undefined;
  if (!r.hasDigit && !vague && (isUnitLabel(s, numStart, after.end) || isRateDenominator(s, numStart))) return undefined;
  // 一美元, 一元 are one unit of money; 一块 is more often `together` or `a piece`.
  const oneOfACurrency = kind === 'money' && !CNY_INFORMAL.includes(s.slice(numEnd, after.end).trim()) && !/[圆圓]/.test(s.slice(numEnd, after.end));
  if (r.value === 1 && r.lone && r.form === 'zh' && !oneOfACurrency && !startsRangeAt(s, after.end) && s.trim() !== run) return undefined;
  // 分为三块: a numeral character and 块 alone are pieces, not yuan (三块钱, 三块五 are money).
  if (kind === 'money' && r.lone && r.form === 'zh' && PIECES.has(s.slice(numEnd, after.end).trim()) && !TENTHS_AFTER.test(s.slice(after.end, after.end + 1))) return undefined;
  const startsRange = startsRangeAt(s, after.end);
  // minus one, negative five: a sign word makes a small word a figure.
  const signed = r.form === 'en' && r.value < 10 && !prefix && signWordBefore(s, numStart) > 0;
  // 十分感谢, 百花齐放: one numeral character alone says nothing (a table cell aside).
  if (kind === 'number' && r.lone && !startsRange && s.trim() !== run && !signed) return undefined;
  if (kind === 'number' && !scaled) {
    // A lone digit counts when it is all the stretch says (a table cell), or starts a range.
    const alone = s.trim() === run;
    if ((r.lone || (r.form === 'en' && r.value < 10)) && !startsRange && !alone && !signed) return undefined;
    if (yearLike) return undefined;
    if (r.form !== 'en' && isNotAFigure(s, numStart, numEnd)) return undefined;
    // 星衍-3, 通义-2: the version of a name, as GPT-4 is (a sign is written after a space or a word such as 同比).
    if (r.form === 'arabic' && isVersionOfName(s, numStart)) return undefined;
    if (r.form === 'zh' && /^、/.test(s.slice(numEnd, numEnd + 1))) return undefined;
  }
  // 4.6 million times: a large number of times counts occurrences, it is not a multiple; 倍 never counts
  // anything (`超额认购1,280倍`, as occurrences are 次).
  if (kind === 'ratio' && (after.scale !== 1 || r.value >= 1000) && s.charCodeAt(after.end - 1) !== MULTIPLE_CHAR) kind = 'count';
  // 员工总数约为430人: the noun before says more than the generic 人.
  if (kind === 'count' && (unit === 'person' || unit === undefined) && r.form !== 'en') unit = countNounBefore(s, claimStart) ?? unit;
  if (kind === 'number' && r.form !== 'zh') {
    const noun = englishCountNounBefore(s, claimStart);
    if (noun) {
      kind = 'count';
      unit = noun;
    }
  }
  // 三个尺寸, 三款模型: a small count with only a measure word says too little to check (and English
  // `three sizes` is not a claim either, so both languages of a translation agree).
  // 近千家, 超百家: a place word alone is a round figure when a qualifier says how near it is (千家万户 is an idiom).
  if (after.measureOnly && r.lone && (r.hasDigit || !qualifierBefore(s, claimStart, 0))) return undefined;
  if (kind === 'number' && scaled && r.form !== 'en') {
    const noun = countNounBefore(s, claimStart);
    if (noun) {
      kind = 'count';
      unit = noun;
    }
  }
  if (kind === 'number' && after.scaleWord === 'B' && followsModelName(s, numStart)) {
    kind = 'count';
    unit = 'parameter';
  }
  const sign = prefix ? 0 : signBefore(s, numStart, r.form);
  if (sign) {
    value = -value;
    claimStart = numStart - sign;
  }
  const qb = qualifierBefore(s, claimStart, 0);
  if (qb) {
    qualifier = qb.value;
    claimStart = qb.start;
  }
  // downloaded 810 times: the times count occurrences, as they do for 4.6 million times (but used
  // 3 times more power compares).
  if (kind === 'ratio' && occurrenceVerbBefore(s, claimStart) && !COMPARATIVE_NEXT.test(s.slice(after.end, after.end + 12))) kind = 'count';
  if (!Number.isFinite(value)) return undefined; // 1e308 × 万亿: no figure, and JSON has no Infinity
  // 两年前, two years ago: no length of time but a date, which the date matchers read when the
  // article's date is known (and which says nothing checkable when it is not).
  if (kind === 'quantity' && unit !== undefined && TIME_UNITS.has(unit) && AGO_AFTER.test(s.slice(after.end, after.end + 6))) return undefined;
  const claim: Writable<RawClaim> = { start: claimStart, end: after.end, kind, value: round(value), qualifier, scale: after.scale * runScale, bare: kind === 'number' && !scaled };
  if (unit !== undefined) claim.unit = unit;
  if (currency !== undefined) claim.currency = currency;
  // 是去年同期的3.3倍: a multiple of a level, counted from zero (增长3.3倍 may count from the base up).
  if (kind === 'ratio' && r.form !== 'en' && s.charCodeAt(after.end - 1) === MULTIPLE_CHAR && LEVEL_OF_BEFORE.test(s.slice(Math.max(0, claimStart - 2), claimStart))) claim.ofLevel = true;
  if (kind === 'percent') {
    const share = shareOfAfter(s, after.end);
    if (share) claim.shareOf = share;
  }
  if (vague) {
    claim.start = numStart - 1;
    claim.value = null;
    claim.min = round(vague[0] * value);
    claim.max = round(vague[1] * value);
    claim.qualifier = 'range';
    claim.scale = after.scale;
    delete claim.bare;
  }
  return claim;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The length of the minus sign right before a number, 0 when there is none: 负, a dash that is not a
 * hyphen between words or numbers, or (not before Chinese numerals) `minus ` and `negative `.
 */
function signBefore(s: string, numStart: number, form: Reading['form']): number {
  const c = s[numStart - 1];
  if (c === '负' || c === '負') return 1;
  // (12月15日-17日: after a date the dash joins two days)
  if ((c === '-' || c === '−' || c === '－') && !/[A-Za-z0-9０-９%％)）\]年月日号號]/.test(s[numStart - 2] ?? '')) return 1;
  // minus five percent, negative 3%: the sign spelled out.
  return form === 'zh' ? 0 : signWordBefore(s, numStart);
}

/** Whether a hyphen joins the number to the Chinese name before it (星衍-3). */
function isVersionOfName(s: string, numStart: number): boolean {
  const dash = s.charCodeAt(numStart - 1);
  return (dash === 0x2d || dash === 0x2010) && isHan(s.charCodeAt(numStart - 2));
}

/**
 * A mixed number after the whole number that ends at `numEnd`: 又 and a Chinese fraction
 * (三百五十又三分之一 → 350.333…, 3又一千分之23 → 3.023) or, after digits, a space and a small
 * proper slash fraction (2 1/4 → 2.25; not after a year). Only the first character after the number is looked at
 * unless it is 又 or a space.
 */
function mixedNumber(s: string, numEnd: number, r: Reading): { end: number; value: number } | undefined {
  let i = numEnd;
  while (i < numEnd + 3 && (s[i] === ' ' || s[i] === '\t')) i++;
  if (s[i] === '又') {
    ZH_MIXED.lastIndex = numEnd;
    const m = ZH_MIXED.exec(s);
    if (!m || m[2]) return undefined;
    const den = parseChineseNumeral(m[1]!.replace(/[ \t]/g, ''))?.value;
    const num = parseChineseNumeral(m[3]!.replace(/[ \t]/g, ''))?.value;
    return den && num && num > 0 && num < den ? { end: numEnd + m[0].length, value: r.value + num / den } : undefined;
  }
  // (By 2030 1/5 of cars: a year and a share)
  const d = s.charCodeAt(i);
  if (i === numEnd || r.form !== 'arabic' || r.value >= 1000 || !((d >= 48 && d <= 57) || (d >= 0xff10 && d <= 0xff19))) return undefined;
  SLASH_MIXED.lastIndex = numEnd;
  const m = SLASH_MIXED.exec(s);
  if (!m) return undefined;
  const num = parseChineseNumeral(m[1]!)!.value;
  const den = parseChineseNumeral(m[2]!)!.value;
  return den >= 2 && den <= 10 && num > 0 && num < den ? { end: numEnd + m[0].length, value: r.value + num / den } : undefined;
}

function tenthsAre(s: string, numStart: number, numEnd: number): RegExpExecArray | null {
  if (!APPROX_BEFORE.test(s.slice(Math.max(0, numStart - 2), numStart))) return null;
  TENTHS_ARE.lastIndex = numEnd;
  return TENTHS_ARE.exec(s);
}

/** 三分之一, 百分之十七, 千分之五 (numerator after 分之), 三成 (tenths), 一半 and 九折 (discounts, not 一波三折), all as percent. */
function chineseFraction(s: string, numStart: number, numEnd: number, r: Reading): RawClaim | undefined {
  FRACTION.lastIndex = numEnd;
  const f = FRACTION.exec(s);
  if (f) {
    if (r.value === 0) return undefined;
    const end = numEnd + f[0].length;
    // 百分之二三十: twenty or thirty percent.
    const pair = f[1] ? undefined : neighbourDigits(f[2]!);
    if (pair) return percentRange(percent(s, numStart, end, 0), (pair.low * pair.place * 100) / r.value, (pair.high * pair.place * 100) / r.value);
    const numerator = parseChineseNumeral(f[2]!.replace(/[ \t]/g, ''));
    if (!numerator) return undefined;
    // 负三分之一, 三分之负一: a sign on either side (on both, 负３分之负一百五十七, none).
    const sign = signBefore(s, numStart, 'zh');
    const share = ((sign > 0) !== (f[1] !== '') ? -numerator.value * 100 : numerator.value * 100) / r.value;
    // 百分之五十五点五七九: a decimal numerator is kept as written (55.579, not 55.578999…); a
    // fraction of whole numbers keeps full precision, as one-third does in English.
    return percent(s, numStart - sign, end, Number.isInteger(numerator.value) && Number.isInteger(r.value) ? share : round(share));
  }
  // 九 九 折, 7 2 折: with digits spaced out, which of them 折 or 成 takes is unclear; none is read.
  const spacedDigits = (s[numStart - 1] === ' ' || s[numStart - 1] === '\t') && SPACED_DIGIT_BEFORE.test(s.slice(Math.max(0, numStart - 2), numStart));
  TENTHS.lastIndex = numEnd;
  // 十成 (all of it) is the one place word that counts tenths.
  const tenthsFound = r.hasDigit && r.value > 0 && r.value <= 10 && (!r.scaled || r.value === 10) ? TENTHS.exec(s) ?? tenthsAre(s, numStart, numEnd) : null;
  const tenths = tenthsFound && !(spacedDigits && /^[ \t]/.test(tenthsFound[0])) ? tenthsFound : null;
  if (tenths) {
    const cheng = numEnd + tenths[0].length;
    if (r.value === 1 && s[cheng] === '不') return undefined;
    // 三成半 = 35%, 七成六 = 76%: a half or a digit after 成 counts in the next place down.
    if (s[cheng] === '半') return percent(s, numStart, cheng + 1, r.value * 10 + 5);
    TENTHS_DIGIT.lastIndex = cheng;
    const digit = r.value < 10 ? TENTHS_DIGIT.exec(s) : null;
    if (digit) return percent(s, numStart, cheng + 1, r.value * 10 + ZH_DIGIT_VALUES[digit[1]!]!);
    return percent(s, numStart, cheng, r.value * 10);
  }
  // 一半 = half (50%), as `half` is in English.
  HALF.lastIndex = numEnd;
  if (r.form === 'zh' && r.lone && r.value === 1 && HALF.test(s)) return percent(s, numStart, numEnd + 1, 50);
  // 九折 = 90% of the price, 9.9折 = 99%, 75折 = 75%: a discount states the share that is paid.
  DISCOUNT.lastIndex = numEnd;
  const discount = r.hasDigit && r.value > 0 && r.value < 100 && !r.scaled && s.slice(numStart - 2, numStart) !== '一波' ? DISCOUNT.exec(s) : null;
  if (discount && !(spacedDigits && /^[ \t]/.test(discount[0]))) {
    return percent(s, numStart, numEnd + discount[0].length, r.value < 10 ? Number((r.value * 10).toPrecision(12)) : r.value);
  }
  return undefined;
}

/** The unit a label names (`（亿元）`, `(万辆)`, `单位：亿元`): a place word and a unit, alone in brackets or after 单位. */
function isUnitLabel(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 6), start);
  return UNIT_KEY_BEFORE.test(before) || (OPENING_BEFORE.test(before) && CLOSING_AFTER.test(s.slice(end, end + 3)));
}

/** 每百万tokens, 每万人, 元/百万tokens: a place word with no digit after 每 or a slash is what a rate is per, not a figure. */
function isRateDenominator(s: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && PLACE_WORD.test(s[at]!)) at--;
  return PER_BEFORE.has(s[at] ?? '');
}

/** 1.299,00 €: the number starts after a digit and a comma or point, inside a European-style amount. */
function europeanDecimals(s: string, numStart: number): boolean {
  const sep = s.charCodeAt(numStart - 1);
  const digit = s.charCodeAt(numStart - 2);
  return (sep === 44 || sep === 46) && digit >= 48 && digit <= 57;
}

/** The percent claim made a range (百分之二三十 → 20–30). */
function percentRange(claim: RawClaim, min: number, max: number): RawClaim {
  return { ...claim, value: null, min: round(min), max: round(max), qualifier: 'range' };
}

function percent(s: string, start: number, end: number, value: number): RawClaim {
  const after = readAfter(s, end, { arabic: false, money: false, yearLike: false });
  const qa = after.kind === 'number' ? after.qualifier : undefined;
  const finalEnd = qa ? after.end : end;
  const qb = qualifierBefore(s, start, 0);
  return {
    start: qb?.start ?? start,
    end: finalEnd,
    kind: 'percent',
    value,
    qualifier: qb?.value ?? qa ?? 'exact',
    ...shareOf(s, finalEnd),
  };
}

function shareOf(s: string, pos: number): { shareOf?: string } {
  const word = shareOfAfter(s, pos);
  return word ? { shareOf: word } : {};
}

/** Moves a claim found in the sentence slice to document offsets (the claim is fresh: mutating it is safe). */
function shift(claim: RawClaim, by: number): RawClaim {
  const c = claim as Writable<RawClaim>;
  c.start += by;
  c.end += by;
  return c;
}

/** The hundredths after a whole amount of `currency` (`3 dollars 50 cents`), if they are of that currency. */
function minorAfter(s: string, pos: number, currency: string): { value: number; end: number } | undefined {
  MINOR_AFTER.lastIndex = pos;
  const m = MINOR_AFTER.exec(s);
  if (!m) return undefined;
  const of = MINOR_UNITS[m[2]!] ?? MINOR_UNITS[m[2]!.toLowerCase()];
  if (of ? of !== currency : !CENT_CURRENCIES.has(currency)) return undefined;
  const n = m[1]!;
  const value = /^[0-9]/.test(n) ? Number(n) : /^[A-Za-z]/.test(n) ? parseNumberWords(n)?.value : parseChineseNumeral(n)?.value;
  return value !== undefined && value < 100 ? { value, end: pos + m[0].length } : undefined;
}

/** A range connector and another number follow: 三到五年, three to five years. */
function startsRangeAt(s: string, pos: number): boolean {
  return RANGE_NEXT.test(s.slice(pos, pos + 6));
}

/** Removes binary floating-point noise from scaling (1.2 × 1e8 → 120000000, not 119999999.99). */
export function round(v: number): number {
  if (Number.isSafeInteger(v)) return v;
  // 15 digits: the noise of one multiplication sits in the 16th and 17th, and 四百亿点零五 needs 13.
  return Number(v.toPrecision(15));
}
