import type { Claim } from '../../model/claim.js';
import { SAME_UNITS } from '../../vocab/attributes.js';
import { isChangeOfRate } from '../../bind/rates.js';
import { CONVERSION_BAND, UNITS_PER_USD } from '../../vocab/exchange-rates.js';
import { HOLIDAYS } from '../../vocab/holidays.js';
import { EN_MONTHS, EN_RELATIVE_DAYS, EN_RELATIVE_MONTHS, EN_RELATIVE_YEARS, ZH_RELATIVE_DAYS, ZH_RELATIVE_MONTHS, ZH_RELATIVE_WEEKS, ZH_RELATIVE_YEARS } from '../../vocab/months.js';
import { alternation } from '../../extract/pattern.js';
import { extend } from '../../util/extend.js';
import { intervalOf, overlaps, rangeEnds, unitScaleOf, type Interval } from './interval.js';
import { UNIT_SCALES } from '../../vocab/units.js';

/**
 * How two claims about the same thing relate. `agree`: both can be true; `conversion`: the same
 * amount in two currencies at a plausible rate; `magnitude`: apart by a power of ten; `currency`:
 * the same amount in two currencies; `date`: different dates; `value`: different values;
 * `incompatible`: they do not measure the same kind of thing.
 */
export type Relation = 'agree' | 'conversion' | 'magnitude' | 'currency' | 'date' | 'value' | 'incompatible';

export interface RelationDetail {
  readonly relation: Relation;
  /** For `magnitude`: the power of ten that separates a from b (a ≈ b × 10^power). */
  readonly power?: number;
}

/** The details without a power, shared: cross-checks relate figures millions of times and only read the result. */
const DETAIL: Readonly<Record<Exclude<Relation, 'magnitude'>, RelationDetail>> = {
  agree: { relation: 'agree' },
  conversion: { relation: 'conversion' },
  currency: { relation: 'currency' },
  date: { relation: 'date' },
  value: { relation: 'value' },
  incompatible: { relation: 'incompatible' },
};

/**
 * The family of a figure: 0 a date, 1 money, 2 percentage points, 3 a share, 4 a ratio, 5 any
 * other count or amount. Two figures of different families are never `compatible` (the first
 * tests of `compatible` compare these kinds), so comparing families first may spare the rest.
 */
export function familyOf(c: Claim): number {
  switch (c.kind) {
    case 'date':
      return DATE_FAMILY;
    case 'money':
      return MONEY_FAMILY;
    case 'percent':
      return c.unit === 'pp' ? POINTS_FAMILY : SHARE_FAMILY;
    case 'ratio':
      return 4;
    default:
      return 5;
  }
}

export const DATE_FAMILY = 0;
export const MONEY_FAMILY = 1;
export const POINTS_FAMILY = 2;
export const SHARE_FAMILY = 3;

export function compatible(a: Claim, b: Claim, strict = false): boolean {
  if (a.kind === 'date' || b.kind === 'date') return a.kind === b.kind && !!a.date && !!b.date && (strict || (precise(a) && precise(b)));
  if (a.kind === 'money' || b.kind === 'money') return a.kind === b.kind;
  if (a.kind === 'percent' || b.kind === 'percent') return a.kind === b.kind && (a.unit === 'pp') === (b.unit === 'pp');
  if (a.kind === 'ratio' || b.kind === 'ratio') return a.kind === b.kind;
  // A length of time or a physical quantity (两到三年, 80TB/s) never states a count of things (67 million units).
  if ((a.kind === 'quantity') !== (b.kind === 'quantity') && a.kind !== 'number' && b.kind !== 'number') return false;
  return !a.unit || !b.unit || sameUnit(a.unit, b.unit);
}

function sameUnit(a: string, b: string): boolean {
  return a === b || (SAME_UNITS[a] !== undefined && SAME_UNITS[a] === SAME_UNITS[b]) || (UNIT_SCALES[a] !== undefined && UNIT_SCALES[a]![0] === UNIT_SCALES[b]?.[0]);
}

/**
 * `strict`: compare as two renderings of one statement (a translation): a translator keeps the
 * number and its wording (`约`, `超过`), so only rounding separates the two.
 */
export function relate(a: Claim, b: Claim, strict = false): RelationDetail {
  return relateWithin(a, b, strict, intervalOf(a, strict), intervalOf(b, strict));
}

/**
 * `relate`, given the claims' intervals (`intervalOf` with the same `strict`): a caller that
 * compares one claim with many others works its interval out once.
 */
export function relateWithin(a: Claim, b: Claim, strict: boolean, ia: Interval | undefined, ib: Interval | undefined): RelationDetail {
  const known = relateKnown(a, b, strict, ia, ib);
  if (known) return known;
  const va = a.value !== null && a.value !== undefined ? a.value * unitScaleOf(a) : (ia!.lo + ia!.hi) / 2;
  const vb = b.value !== null && b.value !== undefined ? b.value * unitScaleOf(b) : (ib!.lo + ib!.hi) / 2;
  if (va > 0 && vb > 0 && (a.currency ?? '') === (b.currency ?? '')) {
    const power = Math.round(Math.log10(va / vb));
    if (power !== 0) {
      const f = 10 ** -power;
      if (overlaps({ lo: ia!.lo * f, hi: ia!.hi * f }, ib!)) return { relation: 'magnitude', power };
    }
  }
  return DETAIL.value;
}

/**
 * Whether `relate` finds that both can be true (they agree, or one converts the other into
 * another currency), given the claims' intervals (`intervalOf` with the same `strict`): the
 * translation alignment asks this of every pair of figures in two passages, many times over.
 */
export function agreeWithin(a: Claim, b: Claim, strict: boolean, ia: Interval | undefined, ib: Interval | undefined): boolean {
  const known = relateKnown(a, b, strict, ia, ib);
  return known === DETAIL.agree || known === DETAIL.conversion;
}

/** `relate` short of telling a slip of magnitude from another value: `undefined` for those two. */
function relateKnown(a: Claim, b: Claim, strict: boolean, ia: Interval | undefined, ib: Interval | undefined): RelationDetail | undefined {
  if (!compatible(a, b, strict)) return !strict && pointsForPercent(a, b, ia, ib) ? DETAIL.value : DETAIL.incompatible;
  if (a.kind === 'date') return datesAgree(comparedDate(a), comparedDate(b), strict) ? DETAIL.agree : DETAIL.date;
  if (!ia || !ib) return DETAIL.incompatible;
  const sameCurrency = (a.currency ?? '') === (b.currency ?? '');
  if (movedOppositeWays(a, b)) return DETAIL.value;
  if (overlaps(ia, ib) && !rangesDiffer(a, b)) {
    if (sameCurrency || localYuan(a, b) || localYuan(b, a)) return DETAIL.agree;
    if (sameAmount(a, b, ia, ib)) return DETAIL.currency;
  }
  if (!sameCurrency && isConversion(a, b)) return DETAIL.conversion;
  if (growthMultiples(a, b, ia, ib)) return DETAIL.agree;
  return undefined;
}

/**
 * `客座率…上升2.1个百分点` in one article and `the load factor rose 2.1%` in another: the same number
 * of a change of a rate, once in points and once in percent, is one of them written wrong (a change
 * in percent of the rate is another number).
 */
export function pointsForPercent(a: Claim, b: Claim, ia: Interval | undefined, ib: Interval | undefined): boolean {
  return (
    a.kind === 'percent' && b.kind === 'percent' && (a.unit === 'pp') !== (b.unit === 'pp') && a.attribute === b.attribute && isChangeOfRate(a.attribute) && ia !== undefined && ib !== undefined && overlaps(ia, ib)
  );
}

/** Whether two rates of growth say they moved opposite ways (`下降18.3%`, `rose 18.3%`): one change cannot go both. */
export function movedOppositeWays(a: Claim, b: Claim): boolean {
  return a.direction !== undefined && b.direction !== undefined && a.direction !== b.direction;
}

/** Two stated ranges whose ends do not both agree (see `rangeEnds`), however much they overlap. */
function rangesDiffer(a: Claim, b: Claim): boolean {
  const ea = rangeEnds(a);
  const eb = ea && rangeEnds(b);
  return eb !== undefined && !(overlaps(ea![0], eb[0]) && overlaps(ea![1], eb[1]));
}

/**
 * `增长约1.5倍` and `a roughly 2.5-fold increase`, `增长1.3倍` and `2.3 times the year-earlier figure`:
 * Chinese counts a multiple of growth from the base up, English from zero, so two multiples one
 * apart are one figure when either is a growth (a translation's other side may name no measure).
 */
function growthMultiples(a: Claim, b: Claim, ia: Interval, ib: Interval): boolean {
  if (a.kind !== 'ratio' || b.kind !== 'ratio' || !(a.attribute?.startsWith('growth') || b.attribute?.startsWith('growth'))) return false;
  const up = (i: Interval): Interval => extend(i, { lo: i.lo + 1, hi: i.hi + 1 });
  // Only a Chinese multiple of growth may count from the base (`是去年同期的3.3倍` counts from zero, as English does).
  return (fromBase(a) && overlaps(up(ia), ib)) || (fromBase(b) && overlaps(ia, up(ib)));
}

/** A Chinese multiple that may count from the base up (`增长1.3倍`), not one of a level (`是去年同期的2.3倍`). */
function fromBase(c: Claim): boolean {
  return c.lang !== 'en' && !c.ofLevel;
}

/**
 * A bare yuan of an amount written in traditional characters (`24.5億元`), or one read as its
 * article's local dollar (`1,950億元` in a Hong Kong article, HKD): Taiwan's and Hong Kong's writers
 * mean their own dollar by it as often as the renminbi (`（人民幣，下同）`).
 */
const TRADITIONAL_YUAN = /[萬億][元圓]$/u;
const BARE_YUAN = /[0-9０-９萬億千百十][元圓]$/u;
const YUAN_CURRENCIES: ReadonlySet<string> = new Set(['CNY', 'TWD', 'HKD', 'MOP']);

/** Whether `a` is such a bare yuan and `b` the same amount in another of the currencies it may be (`NT$2.45 billion`, `1950亿元`). */
function localYuan(a: Claim, b: Claim): boolean {
  if (a.currency === b.currency || !YUAN_CURRENCIES.has(a.currency ?? '') || !YUAN_CURRENCIES.has(b.currency ?? '')) return false;
  return a.currency === 'CNY' ? TRADITIONAL_YUAN.test(a.text) : BARE_YUAN.test(a.text);
}

/**
 * Whether two amounts are the same number (each within the other's interval): in two currencies,
 * that is a currency slip; a bound met by a far smaller amount (`最高23.3亿美元`, `39.09港元`) is not.
 */
function sameAmount(a: Claim, b: Claim, ia: Interval, ib: Interval): boolean {
  const within = (c: Claim, i: Interval) => {
    const point = c.value ?? ((c.min ?? 0) + (c.max ?? 0)) / 2;
    return point >= i.lo && point <= i.hi;
  };
  return within(a, ib) && within(b, ia);
}

function isConversion(a: Claim, b: Claim): boolean {
  const ra = UNITS_PER_USD[a.currency ?? ''];
  const rb = UNITS_PER_USD[b.currency ?? ''];
  if (!ra || !rb || a.value === null || b.value === null || a.value <= 0) return false;
  const implied = (b.value / a.value) * (ra / rb);
  return Math.abs(implied - 1) <= CONVERSION_BAND;
}

/** A year written in the date itself, as digits, in Chinese numerals or relative to the article's date (去年11月, last October). */
const STATED_YEAR = new RegExp(
  `(?:1[0-9]|20)[0-9]{2}|[１２][０-９]{3}|[〇○零一二三四五六七八九]{4}|[一二两兩]千|${alternation([...Object.keys(ZH_RELATIVE_YEARS), ...Object.keys(EN_RELATIVE_YEARS)])}|(?:${alternation(Object.keys(EN_RELATIVE_MONTHS))})[ \\t]`,
  'i',
);

/** A month written in the date itself: 月, a month name, a holiday, all-digit dates (12/15), or relative to the article's date (本月10日). */
const STATED_MONTH = new RegExp(
  `月|[0-9０-９][-/.．][0-9０-９]|(?<![a-z])(?:${alternation([...Object.keys(EN_MONTHS), ...Object.keys(HOLIDAYS), ...Object.keys(ZH_RELATIVE_MONTHS)])})`,
  'i',
);

/**
 * A date counted from the article's date (昨天, 上周一, 三个月前, yesterday, two weeks ago): right
 * only if that date is the day of writing in the writer's time zone, so it is never held against
 * another article.
 */
const RELATIVE_DAY = new RegExp(
  `${alternation([...Object.keys(ZH_RELATIVE_DAYS), ...Object.keys(ZH_RELATIVE_WEEKS), ...Object.keys(EN_RELATIVE_DAYS)])}|(?:days?|weeks?|months?)[ \t]+ago|(?:天|日|周|週|星期|个月|個月)前`,
  'i',
);

/**
 * A date as it is compared, across documents and between a text and its translation: a year or
 * month the date's own words do not state (`10月`, `October 5`, `29日`) was inferred from its
 * context (an earlier sentence, the article's date) and is not held against another article's,
 * nor against its translation's (an earlier date the translation got wrong would make every
 * later one differ too); the parts it states still are.
 */
function comparedDate(c: Claim): string {
  const date = STATED_YEAR.test(c.text) ? c.date! : c.date!.replace(/^\d{4}/, 'XXXX');
  return STATED_MONTH.test(c.text) ? date : date.replace(/^([\dX]{4})-\d{2}-/, '$1-XX-');
}

/**
 * Partial dates agree with the full dates they contain; an unknown year or month (`XXXX`, `XX`) matches any.
 * `strict` (a translation): both must name the same parts (`2025年` is not `September 21, 2025`).
 */
export function datesAgree(a: string, b: string, strict = false): boolean {
  if (a === b) return true;
  // Part by part in place, not split into arrays: the alignment of translations compares dates
  // hundreds of thousands of times.
  let i = 0;
  let j = 0;
  for (;;) {
    const endA = partEnd(a, i);
    const endB = partEnd(b, j);
    if (a.charCodeAt(i) !== UNKNOWN && b.charCodeAt(j) !== UNKNOWN && !samePart(a, i, endA, b, j, endB)) return false;
    const lastA = endA === a.length;
    const lastB = endB === b.length;
    // One date has no more parts: the other may name more, unless both must name the same parts.
    if (lastA || lastB) return !strict || (lastA && lastB);
    i = endA + 1;
    j = endB + 1;
  }
}

/** `X`, which starts an unknown part (`XXXX`, `XX`). */
const UNKNOWN = 0x58;

/** Where the part of a date that starts at `from` ends: at the next `-`, or at the end. */
function partEnd(date: string, from: number): number {
  const dash = date.indexOf('-', from);
  return dash === -1 ? date.length : dash;
}

function samePart(a: string, i: number, endA: number, b: string, j: number, endB: number): boolean {
  if (endA - i !== endB - j) return false;
  for (let k = 0; k < endA - i; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

/**
 * A bare year (`2015年`) is context more often than an event's date: across documents only months
 * and days are compared (a translation still renders the year it is given). A day counted from
 * the article's date (昨天) is not compared either.
 */
export function precise(c: Claim): boolean {
  return !!c.date && c.date.includes('-') && !RELATIVE_DAY.test(c.text);
}
