import type { Claim } from '../../model/claim.js';
import type { RuleReport } from '../rule.js';
import { locationOf, normalised, sideOf, slipCause, timesApart } from '../compare/describe.js';
import { familyOf, relate } from '../compare/relation.js';
import { INFERRED_NOTE, varies } from './conflict-reports.js';
import { isComparable } from './groups.js';

/** Above this many figures of one subject and measure in one article, they are a series: not paired. */
const MAX_FIGURES = 24;
/** The fewest significant digits two figures must share (in order or with two swapped) to be called a slip. */
const MIN_DIGITS = 2;

type Slip = 'magnitude' | 'currency' | 'transposed';

/**
 * Slips inside one article that the comparison by period cannot see, because the article states
 * the period of one figure only (`revenue rose 26.5% to RMB 9.84 billion` … `Lanjing's RMB 98.4
 * billion in 2024 revenue`), or because the measure varies within an article (growth rates) and a
 * table restates the text (`出货量同比下滑4.1%` … `| 极川 | … | -1.4% |`). Only what two true figures
 * of one subject and measure are unlikely to show is reported: the same digits a power of ten
 * apart, the same amount in two currencies, or the same digits with two neighbours swapped.
 */
export function slipsInArticle(claims: readonly Claim[], companyOf: (id: string) => string, skip: ReadonlySet<Claim>): { rule: string; report: RuleReport }[] {
  const buckets = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.kind === 'date' || c.value === null || !isComparable(c) || skip.has(c) || c.qualifier !== 'exact' && c.qualifier !== 'approx') continue;
    const subject = c.subject!.inferred ? companyOf(c.subject!.id) : c.subject!.id;
    const key = `${subject}\u0000${c.attribute}\u0000${familyOf(c)}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(c);
    else buckets.set(key, [c]);
  }
  const out: { rule: string; report: RuleReport }[] = [];
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > MAX_FIGURES) continue;
    const reported = new Set<Claim>();
    for (let j = 1; j < bucket.length; j++) {
      const later = bucket[j]!;
      if (reported.has(later)) continue;
      for (let i = 0; i < j; i++) {
        const earlier = bucket[i]!;
        if (!unseenByPeriods(earlier, later)) continue;
        const slip = slipBetween(later, earlier);
        if (!slip) continue;
        out.push(reportOf(slip, later, earlier));
        reported.add(later);
        break;
      }
    }
  }
  return out;
}

/** Whether the comparison by subject, attribute and period never sets the two figures against each other. */
function unseenByPeriods(a: Claim, b: Claim): boolean {
  if (a.table !== undefined && a.table === b.table) return false;
  if (a.period === b.period) return varies(a) && (a.table === undefined) !== (b.table === undefined);
  return a.period === undefined || b.period === undefined;
}

function slipBetween(a: Claim, b: Claim): Slip | undefined {
  const da = digitsOf(a.value!);
  const db = digitsOf(b.value!);
  if (da.length < MIN_DIGITS || da.length !== db.length) return undefined;
  const { relation } = relate(a, b);
  if (relation === 'magnitude' && da === db) return 'magnitude';
  if (relation === 'currency' && da === db) return 'currency';
  // A rounded figure (`约2100人`, `约1200名员工`) has few digits that tell: only exact ones are read for a swap.
  if (relation === 'value' && a.qualifier === 'exact' && b.qualifier === 'exact' && (a.currency ?? '') === (b.currency ?? '') && sameOrder(a.value!, b.value!) && swapped(da, db)) return 'transposed';
  return undefined;
}

/** The significant digits of a value: `984` for 9.84e9, `41` for -4.1. */
function digitsOf(value: number): string {
  return Math.abs(value).toPrecision(12).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}

/** Whether the two values have their first digit in the same place (4.1 and 1.4, not 41 and 1.4). */
function sameOrder(a: number, b: number): boolean {
  return Math.floor(Math.log10(Math.abs(a))) === Math.floor(Math.log10(Math.abs(b)));
}

/** Whether `b` is `a` with two neighbouring digits swapped. */
function swapped(a: string, b: string): boolean {
  for (let k = 0; k + 1 < a.length; k++) {
    if (a[k] === b[k]) continue;
    return a[k] === b[k + 1] && a[k + 1] === b[k] && a.slice(k + 2) === b.slice(k + 2);
  }
  return false;
}

const RULES: Readonly<Record<Slip, string>> = { magnitude: 'magnitude-slip', currency: 'currency-mismatch', transposed: 'conflicting-figure' };

function reportOf(slip: Slip, later: Claim, earlier: Claim): { rule: string; report: RuleReport } {
  const why =
    slip === 'magnitude'
      ? (() => {
          const power = relate(later, earlier).power!;
          return `${timesApart(power)}, ${slipCause(later, earlier, power)}`;
        })()
      : slip === 'currency'
        ? `same amount, different currency (${later.currency} vs ${earlier.currency})`
        : 'the same digits with two of them swapped';
  const when = (c: Claim) => (c.period ? ` (${c.period})` : c.table === undefined ? ' (period not stated)' : ' (in a table)');
  return {
    rule: RULES[slip],
    report: {
      message: `${later.subject!.label} ${later.attribute}: ${sideOf(later)}${when(later)} vs ${sideOf(earlier)}${when(earlier)} in the same article: ${why}; one of them is likely wrong.${later.subject!.inferred ? ` ${INFERRED_NOTE}` : ''}`,
      locations: [locationOf(later, `states ${normalised(later)}`), locationOf(earlier, `states ${normalised(earlier)}`)],
      fingerprintParts: [later.subject!.id, later.attribute!, 'in-article', later.file, normalised(later), normalised(earlier)],
      subject: later.subject!.id,
      ...(later.subject!.inferred ? { severity: 'info' as const } : {}),
    },
  };
}
