import type { RawClaim } from '../raw-claim.js';
import { extend } from '../../util/extend.js';
import { alternation } from '../pattern.js';
import { CHANGE_FILLERS_EN, CHANGE_FILLERS_ZH, CHANGE_VERBS_EN, CHANGE_VERBS_ZH } from '../../vocab/attributes.js';
import { inBareYuan } from '../local-dollar.js';

const DASH_OR_TO = /^[ \t]?(?:[-–—~～〜]|至|到)[ \t]?$/u;
const TO = /^[ \t]to[ \t]$/;
const AND = /^[ \t]and[ \t]$/;
/** cut by 30% to 40%: after `by`, `to` joins two full figures too (`rose 15% to 20%` may be a change). */
const BY = /(?<![A-Za-z])by[ \t]$/i;
/**
 * `rose by $2.1 billion to $15.9 billion` is a change, then the new level: two amounts after `by`
 * make a range only as close as `by $1 billion to $2 billion` (percentages any: `by 5% to 15%`).
 */
const MAX_AMOUNT_RANGE_AFTER_BY = 2;
const BETWEEN = /(?:between|from|Between|From)[ \t]$/;
/** `its marketed range of HK$18.80 to HK$22.60`: a range, as close as after `by`. */
const RANGE_OF = /(?<![A-Za-z])(?:range|band)(?:[ \t]+of)?[ \t]$/i;
/**
 * A verb of change right before the first figure (the binder's, see `CHANGE_VERBS_EN`): `rose 1.2
 * billion to 3.4 billion`, `up 15% to 20%` state a change and the new level, so `to` after them joins no range.
 */
const CHANGE_BEFORE = new RegExp(`(?<![A-Za-z])(?:${alternation(CHANGE_VERBS_EN)})(?:[ \\t]+(?:${alternation(CHANGE_FILLERS_EN)})){0,2}[ \\t]$`, 'i');

/** `guidance for 83,000 to 86,000 deliveries`: a plain number written with separators, and a close end. */
function plainClose(a: RawClaim, b: RawClaim): boolean {
  return a.kind === 'number' && (a.scale ?? 1) === 1 && a.value !== null && b.value !== null && a.value > 0 && b.value <= MAX_AMOUNT_RANGE_AFTER_BY * a.value;
}

/**
 * A Chinese verb of change right before the first figure: `份额增长2.1%至18.4%`, `毛利率下降1.2个百分点至18%`
 * state the change and the new level, so `至` or `到` after them joins no range where the second
 * is more than twice the first and what changed is a rate (`预计增长30%至50%`, `营收环比增长3%至7%` are ranges of growth).
 */
const ZH_CHANGE_BEFORE = new RegExp(`(?:${alternation(CHANGE_VERBS_ZH)})(?:${alternation(CHANGE_FILLERS_ZH)}){0,2}[ \\t]*$`, 'u');
const ZH_TO = /^[ \t]?(?:至|到)[ \t]?$/u;
/** …and only where what changed is a rate, whose level is a share too (`份额增长2.1%至18.4%`; `营收环比增长3%至7%` is a range). */
const ZH_RATE_BEFORE = /(?:率|份额|份額|占比|佔比|比重|比例)[^，。；,;]{0,16}$/u;

/** `to 22% to 26%, from 15% to 20%`: a range revised from another; the second is a range too. */
const FROM_AFTER_RANGE = /^,?[ \t]+from[ \t]+$/;

/**
 * `guided for revenue of 12.0 billion to 12.4 billion yuan`, `at US$38 billion to US$40 billion`,
 * `margins of 20% to 25%`: two figures of one kind (or a scaled number and the amount that
 * names its unit) with `to` between them are a range where no word of change precedes them, the
 * amounts as close as after `by`.
 */
function rangeWithoutChange(a: RawClaim, b: RawClaim, wideBefore: string, compatible: boolean): boolean {
  if (!compatible || CHANGE_BEFORE.test(wideBefore)) return false;
  return a.kind === 'percent' || b.value! <= MAX_AMOUNT_RANGE_AFTER_BY * a.value!;
}

/** Whether `a` follows a range of its kind as the range it was revised from (`to 22% to 26%, from 15% to 20%`). */
function revisedFromRange(s: string, base: number, previous: RawClaim | undefined, a: RawClaim): boolean {
  return previous?.qualifier === 'range' && previous.kind === a.kind && FROM_AFTER_RANGE.test(s.slice(previous.end - base, a.start - base));
}

const TENTHS_END = /成$/u;

/**
 * Joins two figures written as a range into one claim with min and max: 3-5年, 3至5亿,
 * 200-300亿美元, 3%–5%, between 3 and 5 years. The start lends the end its scale when it has
 * none of its own (3至5亿 is 3e8 to 5e8). `from 3% to 5%` is a change, not a range, and `to`
 * joins only a bare start, or two figures after `by` (cut by 30% to 40%).
 */
export function joinRanges(s: string, base: number, claims: RawClaim[]): RawClaim[] {
  const out: RawClaim[] = [];
  for (let i = 0; i < claims.length; i++) {
    const a = claims[i]!;
    const b = claims[i + 1];
    // `1.862 billion yuan — nearly 1.9 billion yuan`: a figure qualified on its own is no range's end.
    if (b && a.kind !== 'date' && b.kind !== 'date' && a.value !== null && b.value !== null && (b.qualifier === 'exact' || b.qualifier === 'range')) {
      const gap = s.slice(a.end - base, b.start - base);
      const before = s.slice(Math.max(0, a.start - base - 10), a.start - base);
      const wideBefore = s.slice(Math.max(0, a.start - base - 24), a.start - base);
      // $2-3 billion: the currency opens the range, the scale closes it.
      const moneyScaledAfter = a.kind === 'money' && (a.scale ?? 1) === 1 && b.kind === 'number' && (b.scale ?? 1) !== 1 && DASH_OR_TO.test(gap);
      // `上升1.5個百分點至28.4%`: points and a percent are a change and a level, never a range.
      const compatible = (a.bare || a.kind === b.kind || (a.kind === 'number' && (a.scale ?? 1) !== 1 && a.scale === b.scale)) && !(a.kind === 'percent' && b.kind === 'percent' && (a.unit === 'pp') !== (b.unit === 'pp'));
      const joined =
        moneyScaledAfter ||
        (DASH_OR_TO.test(gap) && compatible && !(ZH_TO.test(gap) && ZH_CHANGE_BEFORE.test(before) && ZH_RATE_BEFORE.test(wideBefore) && b.value > MAX_AMOUNT_RANGE_AFTER_BY * a.value)) ||
        (TO.test(gap) &&
          (a.bare || plainClose(a, b) || ((BY.test(before) || RANGE_OF.test(before)) && compatible && (a.kind === 'percent' || b.value <= MAX_AMOUNT_RANGE_AFTER_BY * a.value)) || rangeWithoutChange(a, b, wideBefore, compatible)) &&
          (!/from[ \t]$/i.test(before) || revisedFromRange(s, base, out[out.length - 1], a))) ||
        (AND.test(gap) && BETWEEN.test(before) && compatible);
      // `三至四成`: tenths close the range, and its bare start counts tenths too (30% to 40%).
      const tenths = a.bare && b.kind === 'percent' && TENTHS_END.test(s.slice(b.start - base, b.end - base)) ? 10 : 1;
      const min = (a.bare || moneyScaledAfter) && (a.scale ?? 1) === 1 ? a.value * (b.scale ?? 1) * tenths : a.value;
      // `新台币145亿至155亿元`: an end whose only currency word is a bare `元` takes the currency that opens the range.
      const yuanOfStart = a.kind === 'money' && b.kind === 'money' && a.currency !== undefined && inBareYuan(b.currency, s.slice(b.start - base, b.end - base));
      if (joined && min < b.value && (a.currency === undefined || a.currency === b.currency || moneyScaledAfter || yuanOfStart)) {
        const startAt = BETWEEN.test(before) && AND.test(gap) ? a.start - (before.length - before.search(BETWEEN)) : a.start;
        const { value: _v, qualifier: _q, bare: _b, ...rest } = b;
        const money = moneyScaledAfter || yuanOfStart ? { kind: 'money' as const, currency: a.currency } : {};
        out.push(extend(rest, { ...money, start: startAt, value: null, min: Number(min.toPrecision(12)), max: b.value, qualifier: 'range' as const }));
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
