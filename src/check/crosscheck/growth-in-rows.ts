import type { Claim } from '../../model/claim.js';
import type { RuleReport } from '../rule.js';
import { roundingOf } from '../compare/interval.js';
import { locationOf, normalised } from '../compare/describe.js';

/** How the rule that reports a rate of growth its row's two figures contradict is named. */
const RULE = 'conflicting-figure';

/**
 * A table row that states a figure, the same figure a year before and the growth between them
 * (`| Total gross written premiums | 48.6 | 42.3 | +12.9% |`, `| 空调 | 128.5 | 104.5 | 32.0% |`)
 * states the growth twice: once in its cell, once in the two figures. A growth that the figures
 * do not give, even allowing for the rounding of all three, is a slip (a digit of the rate or of
 * a figure). Only rows with exactly two amounts of one kind a year apart and one rate of growth
 * are read: a row of four quarters, or of two rates, says too little of what grew from what.
 */
export function growthSlipsInRows(claims: readonly Claim[]): { rule: string; report: RuleReport }[] {
  const out: { rule: string; report: RuleReport }[] = [];
  let i = 0;
  while (i < claims.length) {
    const segment = claims[i]!.segment;
    let end = i;
    while (end < claims.length && claims[end]!.segment === segment) end++;
    if (claims[i]!.table !== undefined && end - i === 3) {
      const slip = growthSlip(claims.slice(i, end));
      if (slip) out.push(slip);
    }
    i = end;
  }
  return out;
}

/** How far apart a row's two figures are when one of them has the wrong scale word rather than the wrong growth. */
const SCALE_APART = 100;

function growthSlip(row: readonly Claim[]): { rule: string; report: RuleReport } | undefined {
  const rate = row.find((c) => c.kind === 'percent' && c.unit !== 'pp' && c.attribute?.startsWith('growth'));
  const amounts = row.filter((c) => c !== rate && c.kind !== 'date' && c.kind !== 'percent' && c.value !== null && c.value > 0 && c.qualifier === 'exact');
  if (!rate || rate.value === null || rate.qualifier !== 'exact' || amounts.length !== 2) return undefined;
  const [a, b] = amounts as [Claim, Claim];
  if (a.kind !== b.kind || a.currency !== b.currency || a.unit !== b.unit) return undefined;
  const order = yearApart(a.period, b.period);
  if (order === 0) return undefined;
  const [now, before] = order > 0 ? [a, b] : [b, a];
  // `| 38.6万元 | 18.2亿元 | 112% |`: figures a scale word apart are a magnitude slip, which the slips inside an article report.
  if (now.value! / before.value! >= SCALE_APART || before.value! / now.value! >= SCALE_APART) return undefined;
  const implied = impliedGrowth(now, before);
  if (!implied || implied.fits(rate.value)) return undefined;
  const computed = implied.computed;
  return {
    rule: RULE,
    report: {
      message: `${rate.text} growth in a table row whose figures give ${computed}%: ${now.text} (${now.period}) vs ${before.text} (${before.period}); the rate or one of the figures is likely wrong.`,
      locations: [locationOf(rate, 'states the growth'), locationOf(now, `states ${normalised(now)}`), locationOf(before, `states ${normalised(before)}`)],
      fingerprintParts: ['growth-in-row', rate.file, normalised(rate), normalised(now), normalised(before)],
      ...(now.subject ? { subject: now.subject.id } : {}),
      // Arithmetic the reader can redo, but a prior year may have been restated since: worth a look, not a verdict.
      severity: 'warning',
    },
  };
}

/**
 * The growth from `before` to `now`, allowing for the rounding of both, and whether a stated rate
 * fits it (allowing for its own rounding; the sign of a fall may be in words, `同比下降`, rather
 * than in the digits); none when the figures cannot tell a rise from a fall.
 */
export function impliedGrowth(now: Claim, before: Claim): { computed: string; fits: (rate: number) => boolean } | undefined {
  if (now.value === null || before.value === null || before.value <= roundingOf(before.value)) return undefined;
  const lo = ((now.value - roundingOf(now.value)) / (before.value + roundingOf(before.value)) - 1) * 100;
  const hi = ((now.value + roundingOf(now.value)) / (before.value - roundingOf(before.value)) - 1) * 100;
  if (lo < 0 && hi > 0) return undefined;
  return {
    computed: ((now.value / before.value - 1) * 100).toFixed(1),
    fits: (rate) => {
      const r = roundingOf(rate);
      const g = Math.abs(rate);
      return g + r >= Math.min(Math.abs(lo), Math.abs(hi)) && g - r <= Math.max(Math.abs(lo), Math.abs(hi));
    },
  };
}

/** 1 when `a` is the period a year after `b` (`2025` and `2024`, `2025-H1` and `2024-H1`), -1 when before, else 0. */
function yearApart(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  const ma = /^(\d{4})(.*)$/.exec(a);
  const mb = /^(\d{4})(.*)$/.exec(b);
  if (!ma || !mb || ma[2] !== mb[2]) return 0;
  const d = Number(ma[1]) - Number(mb[1]);
  return d === 1 ? 1 : d === -1 ? -1 : 0;
}
