import type { Claim } from '../../model/claim.js';
import { UNIT_SCALES } from '../../vocab/units.js';

/** Relative margin of an approximate wording (约, nearly, about). */
export const APPROX_MARGIN = 0.06;
/**
 * At most this many points for a share: `about 38%` is 37–39, not 35.7–40.3, so it disagrees with
 * `about 34%`; a round share keeps its rounding (`约40%` still covers 38–42).
 */
const APPROX_MAX_POINTS = 1;
/** From here up, a whole number's last zeros are most often a scale word's (`1.5亿`, `2.4 million`), not written digits. */
const SCALED = 10_000;
/** Rounding never widens a value by more than this share of it (3000 is not ±500). */
const MAX_ROUNDING = 0.05;

/** The closed range of values a numeric claim allows; `undefined` for dates and bare ranges. */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/**
 * The values a claim is compatible with: its value widened by the rounding its digits imply
 * (`30%` covers 29.5–30.5), by the margin of an approximate wording, or opened on one side by a
 * bound (`超过80%` covers everything above 80, up to 100 for a share). `strict` keeps only the
 * last written digit: two sides of a translation that both say "about" or "more than" state the
 * same number.
 */
export function intervalOf(claim: Claim, strict = false): Interval | undefined {
  const interval = unscaledIntervalOf(claim, strict);
  const scale = unitScaleOf(claim);
  // `41 GWh` and `4100万千瓦时` are compared in one unit (see `UNIT_SCALES`).
  return interval && scale !== 1 ? { lo: interval.lo * scale, hi: interval.hi * scale } : interval;
}

/** How many of its measure's base unit one unit of the claim is (1e9 for GWh): 1 for a unit of no scale. */
export function unitScaleOf(claim: Pick<Claim, 'unit'>): number {
  return (claim.unit === undefined ? undefined : UNIT_SCALES[claim.unit]?.[1]) ?? 1;
}

function unscaledIntervalOf(claim: Claim, strict: boolean): Interval | undefined {
  if (claim.min !== undefined && claim.max !== undefined) return { lo: claim.min, hi: claim.max };
  let v = claim.value;
  if (v === null || !Number.isFinite(v)) return undefined;
  // 出货量同比下滑4.1% and a table's -4.1% state one change (`季減6.2%` and `-6.2% QoQ` too): the sign is in the words or in the digits.
  // In a translation, a table's `-3.4%` of no measure is the other side's `同比下降3.4%` as well.
  if (v < 0 && (isChange(claim.attribute) || (strict && claim.attribute === undefined))) v = -v;
  // `about two-thirds` for `超过66%`, `近七成` for `nearly 70%`: a share in words with a qualifier is
  // a translator's rounding, not a number restated.
  if (strict && claim.qualifier !== 'exact' && !DIGIT.test(claim.text)) strict = false;
  if (strict) {
    // A translation restates the number as written: the trailing zeros of 80% are digits too, so
    // `超过80%` is not `more than 84%` (as figures from two sources, 80 may be 84 rounded); those
    // a scale word stands for are not (`约为1.5亿` for `148.6 million`).
    const digit = Number.isInteger(v) && Math.abs(v) < SCALED ? Math.min(0.5, Math.abs(v) * MAX_ROUNDING) : roundingOf(v);
    return { lo: v - digit, hi: v + digit };
  }
  // `接近四成` for 37.5%: a share in tenths (成) is rounded to ten points, whatever its digits.
  const r = claim.kind === 'percent' && TENTHS_WORD.test(claim.text) ? Math.max(roundingOf(v), TENTHS_ROUNDING) : roundingOf(v);
  const top = claim.kind === 'percent' && claim.unit !== 'pp' ? 100 : Infinity;
  switch (claim.qualifier) {
    case 'approx': {
      const margin = Math.abs(v) * APPROX_MARGIN;
      const m = Math.max(r, claim.kind === 'percent' ? Math.min(margin, APPROX_MAX_POINTS) : margin);
      return { lo: v - m, hi: v + m };
    }
    case 'moreThan':
    case 'atLeast':
      return { lo: v - r, hi: top };
    case 'lessThan':
    case 'atMost':
      return { lo: 0, hi: v + r };
    default:
      return { lo: v - r, hi: v + r };
  }
}

const DIGIT = /[0-9０-９]/;
/** A share written in tenths alone (`四成`, `近七成`), not `七成六` (76%) or `三成半` (35%). */
const TENTHS_WORD = /^[^0-9０-９]*[一二两兩三四五六七八九]成(?![半一二三四五六七八九])/u;
/** Half of ten points. */
const TENTHS_ROUNDING = 5;

/** Roundings already worked out: cross-checks compare the same few thousand values again and again. */
const roundings = new Map<number, number>();
const MAX_ROUNDINGS = 100_000;

/** Half a unit of the last significant digit, capped at a share of the value. */
export function roundingOf(v: number): number {
  const known = roundings.get(v);
  if (known !== undefined) return known;
  const r = computeRounding(v);
  if (roundings.size < MAX_ROUNDINGS) roundings.set(v, r);
  return r;
}

function computeRounding(v: number): number {
  if (v === 0) return 0;
  const digits = Math.abs(v).toPrecision(12).replace(/e.*$/, '');
  const [int, frac = ''] = digits.split('.');
  const fracTrimmed = frac.replace(/0+$/, '');
  let unit: number;
  if (fracTrimmed.length > 0) unit = 10 ** -fracTrimmed.length;
  else {
    const zeros = /0*$/.exec(int!)![0].length;
    unit = 10 ** Math.min(zeros, int!.length - 1);
  }
  const magnitude = /e([+-]\d+)$/.exec(Math.abs(v).toPrecision(12));
  if (magnitude) unit *= 10 ** Number(magnitude[1]);
  return Math.min(unit / 2, Math.abs(v) * MAX_ROUNDING);
}

/**
 * A stated range's two ends, each widened by the rounding of its digits (`2.78亿至2.85亿台` has
 * 2.775–2.785 and 2.845–2.855 亿): two ranges are one figure when their ends agree, not when
 * they merely overlap (`2.78亿至2.95亿台` is another forecast).
 */
export function rangeEnds(claim: Claim): readonly [Interval, Interval] | undefined {
  if (claim.min === undefined || claim.max === undefined) return undefined;
  const scale = unitScaleOf(claim);
  const end = (v: number): Interval => ({ lo: (v - roundingOf(v)) * scale, hi: (v + roundingOf(v)) * scale });
  return [end(claim.min), end(claim.max)];
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** Whether the attribute is a change (`growth:revenue`, `change:headcount`), whose direction either the sign or a verb states. */
function isChange(attribute: string | undefined): boolean {
  return attribute !== undefined && (attribute.startsWith('growth') || attribute.startsWith('sequential-growth') || attribute.startsWith('change:') || attribute === 'stock-move');
}
