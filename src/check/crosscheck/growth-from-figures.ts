import type { Claim } from '../../model/claim.js';
import type { RuleReport } from '../rule.js';
import { locationOf, normalised } from '../compare/describe.js';
import { impliedGrowth } from './growth-in-rows.js';
import { GROWTH_TOPIC_MEASURES } from '../../vocab/attributes.js';

const RULE = 'conflicting-figure';
const GROWTH_PREFIX = 'growth:';
/** A rate of growth whose words name no measure. */
const PLAIN_GROWTH = 'growth';
/** How far before such a rate its figure may stand, in characters: within its sentence, as a rule. */
const MAX_PLAIN_SPAN = 160;
/** A period as the growth check reads it: its year (or `XXXX`) and the part of the year after it (`-Q3`, `-M01-M10`, ``). */
const PERIOD = /^(\d{4}|XXXX)(.*)$/;

/** The level of one measure, part of the year and year, as the article states it: one value, restated any number of times. */
interface Level {
  readonly claims: Claim[];
  readonly subjects: Set<string>;
}

/**
 * A rate of growth that the article's own figures contradict: `第三季度完成业务量66.2亿件，同比增长18.9%`
 * above `| 第三季度 | 66.2 | 56.8 |` (16.5%), or `revenue rose 12.9% to 48.6 billion yuan` beside
 * `42.3 billion yuan a year earlier` (14.9%). The rate names its measure (`growth:revenue`) and its
 * period; the article states that measure for the period and for the same part of the year before,
 * one value each (restatements agree), of one subject or of none; allowing for the rounding of all
 * three, the two figures do not give the rate. A table row that states all three is left to
 * `growthSlipsInRows`, one written with its two levels (`readElsewhere`) to `growthSlipsBetweenLevels`. Reported as a warning: a year's figure may have been restated since.
 */
export function growthSlipsFromFigures(claims: readonly Claim[], readElsewhere: ReadonlySet<Claim> = new Set()): { rule: string; report: RuleReport }[] {
  const rates = claims.filter((c) => isStatedGrowth(c) && !readElsewhere.has(c));
  if (rates.length === 0) return [];
  const levels = levelsOf(claims);
  const bySegment = claimsBySegment(claims);
  const out: { rule: string; report: RuleReport }[] = [];
  const reported = new Set<string>();
  for (const rate of rates) {
    // `24.1 million charging sessions …, up from 18.6 million a year earlier, a 36% increase`: a rate
    // of no measure is read only against the two figures written with it, of no measure either.
    const plain = rate.attribute === PLAIN_GROWTH;
    const measure = plain ? undefined : measureOfRate(rate.attribute!);
    // The rate states the growth of the figure it is written with (`完成业务量66.2亿件，同比增长18.9%`,
    // `rose 12.9% to 48.6 billion yuan`): a rate whose nearest amount is of another measure (a
    // profit without one-off items beside the profit) may be of that one.
    const paragraph = bySegment.get(rate.segment)!;
    const anchor = nearestAmount(paragraph, rate);
    if (!anchor || anchor.attribute !== measure) continue;
    const [, year, part] = PERIOD.exec(rate.period!)!;
    let pair = statedWithBase(paragraph, rate, anchor, year!, part!);
    if (plain && pair && rate.start - pair[0].end > MAX_PLAIN_SPAN) pair = undefined;
    if (!pair && plain) continue;
    if (!pair) {
      const byYear = levels.get(`${measure}\u0000${part}`);
      if (!byYear) continue;
      const now = year === 'XXXX' ? onlyYearWithBase(byYear) : Number(year);
      if (now === undefined) continue;
      const current = byYear.get(now);
      const base = byYear.get(now - 1);
      if (!current || !base || !oneSubject(rate, current, base)) continue;
      if (!current.claims.some((c) => c === anchor || sameValue(c.value!, anchor.value!))) continue;
      pair = [current.claims[0]!, base.claims[0]!];
    }
    const [a, b] = pair;
    const implied = impliedGrowth(a, b);
    if (!implied || implied.fits(rate.value!)) continue;
    const key = `${measure ?? ''}|${part}|${a.period}|${normalised(rate)}`;
    if (reported.has(key)) continue;
    reported.add(key);
    out.push({
      rule: RULE,
      report: {
        message: `${rate.text} growth where the article's figures give ${implied.computed}%: ${a.text} (${a.period}) vs ${b.text} (${b.period}); the rate or one of the figures is likely wrong.`,
        locations: [locationOf(rate, 'states the growth'), locationOf(a, `states ${normalised(a)}`), locationOf(b, `states ${normalised(b)}`)],
        fingerprintParts: ['growth-from-figures', rate.file, normalised(rate), normalised(a), normalised(b)],
        ...(a.subject ? { subject: a.subject.id } : {}),
        severity: 'warning',
      },
    });
  }
  return out;
}

/** Above this many figures a paragraph is a table dumped as text or a log: its rates are not anchored. */
const MAX_PARAGRAPH_FIGURES = 400;

function claimsBySegment(claims: readonly Claim[]): Map<number, Claim[]> {
  const out = new Map<number, Claim[]>();
  for (const c of claims) {
    const list = out.get(c.segment);
    if (list) list.push(c);
    else out.set(c.segment, [c]);
  }
  return out;
}

/** The amount nearest to `rate` in its paragraph (`paragraph`), before or after it (dates and rates aside). */
function nearestAmount(paragraph: readonly Claim[], rate: Claim): Claim | undefined {
  if (paragraph.length > MAX_PARAGRAPH_FIGURES) return undefined;
  let best: Claim | undefined;
  let distance = Infinity;
  for (const c of paragraph) {
    if (c === rate || c.kind === 'date' || c.kind === 'percent' || c.kind === 'ratio' || c.value === null) continue;
    const d = c.end <= rate.start ? rate.start - c.end : c.start - rate.end;
    if (d >= 0 && d < distance) {
      best = c;
      distance = d;
    }
  }
  return best;
}

/** A rate of growth of a measure the figures can state, exact, dated, in the text (a row's rate is read with its row). */
function isStatedGrowth(c: Claim): boolean {
  return (
    c.kind === 'percent' &&
    c.unit !== 'pp' &&
    c.qualifier === 'exact' &&
    c.value !== null &&
    c.table === undefined &&
    c.period !== undefined &&
    PERIOD.test(c.period) &&
    c.attribute !== undefined &&
    (c.attribute === PLAIN_GROWTH || (c.attribute.startsWith(GROWTH_PREFIX) && GROWTH_TOPIC_MEASURES[c.attribute.slice(GROWTH_PREFIX.length)] !== undefined))
  );
}

function measureOfRate(attribute: string): string {
  return GROWTH_TOPIC_MEASURES[attribute.slice(GROWTH_PREFIX.length)]!;
}

/** The article's levels of each measure and part of the year, by year; a level stated with two values is dropped. */
function levelsOf(claims: readonly Claim[]): Map<string, Map<number, Level>> {
  const out = new Map<string, Map<number, Level>>();
  const dropped = new Set<Level>();
  for (const c of claims) {
    if (c.kind === 'date' || c.kind === 'percent' || c.kind === 'ratio' || c.value === null || c.value <= 0 || c.qualifier !== 'exact' || !c.attribute || !c.period) continue;
    const m = PERIOD.exec(c.period);
    if (!m || m[1] === 'XXXX') continue;
    const key = `${c.attribute}\u0000${m[2]}`;
    let byYear = out.get(key);
    if (!byYear) out.set(key, (byYear = new Map()));
    const year = Number(m[1]);
    const level = byYear.get(year);
    if (!level) {
      byYear.set(year, { claims: [c], subjects: new Set(c.subject ? [c.subject.id] : []) });
      continue;
    }
    const first = level.claims[0]!;
    // Restated in another unit or rounded (`66.2亿件` and a table's `66.2`): the same value; another value makes the level unknown.
    if (first.kind !== c.kind || first.currency !== c.currency || first.unit !== c.unit || !sameValue(first.value!, c.value)) dropped.add(level);
    level.claims.push(c);
    if (c.subject) level.subjects.add(c.subject.id);
  }
  for (const byYear of out.values()) for (const [year, level] of byYear) if (dropped.has(level)) byYear.delete(year);
  return out;
}

/** Two statements of one value: equal to the precision of the less precise. */
function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.005;
}

/**
 * `138万人次，去年同期为102.9万人次，同比增长26.0%`: the rate's nearest amount is its base, the year
 * before the rate's period, and the amount of the same measure right before the base is of the
 * rate's period: the two figures the rate is written with, whatever else the article states of
 * that measure (a segment's figure beside the total).
 */
function statedWithBase(paragraph: readonly Claim[], rate: Claim, base: Claim, year: string, part: string): [Claim, Claim] | undefined {
  if (year === 'XXXX' || base.end > rate.start || base.period !== `${Number(year) - 1}${part}`) return undefined;
  let current: Claim | undefined;
  for (const c of paragraph) {
    if (c.end > base.start) break;
    if (c.kind !== 'date' && c.kind !== 'percent' && c.value !== null) current = c;
  }
  if (!current || current.attribute !== base.attribute || current.period !== rate.period || !sameUnits(current, base)) return undefined;
  return [current, base];
}

function sameUnits(a: Claim, b: Claim): boolean {
  return a.kind === b.kind && a.unit === b.unit && a.currency === b.currency;
}

/** The one year whose level and the year before's the article states, for a rate whose year it does not say. */
function onlyYearWithBase(byYear: ReadonlyMap<number, Level>): number | undefined {
  let found: number | undefined;
  for (const year of byYear.keys()) {
    if (!byYear.has(year - 1)) continue;
    if (found !== undefined) return undefined;
    found = year;
  }
  return found;
}

/** Whether the rate and the two levels are of one subject, or the levels name at most the rate's (or one, where the rate names none). */
function oneSubject(rate: Claim, current: Level, base: Level): boolean {
  const all = new Set([...current.subjects, ...base.subjects, ...(rate.subject ? [rate.subject.id] : [])]);
  if (all.size === 0) return true;
  // `Rival Huajun Semiconductor reported revenue of 5.83 billion yuan, up 24.7%` beside the company's own 6.261 billion
  // a year before: a rate or a figure of no subject among figures of one is likely another's (the guess was not made for it).
  return all.size === 1 && rate.subject !== undefined && current.claims.every((c) => c.subject) && base.claims.every((c) => c.subject);
}
