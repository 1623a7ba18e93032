import type { Claim } from '../../model/claim.js';
import type { RuleReport } from '../rule.js';
import { locationOf, normalised } from '../compare/describe.js';
import { roundingOf } from '../compare/interval.js';
import { impliedGrowth } from './growth-in-rows.js';
import { alternation } from '../../extract/pattern.js';
import { CHANGE_FROM_ZH, CHANGE_RATE_WORDS_EN, CHANGE_RATE_WORDS_ZH, LEVEL_CHANGE_VERBS_ZH } from '../../vocab/changes.js';

const RULE = 'conflicting-figure';
const LEVEL_KINDS: ReadonlySet<string> = new Set(['money', 'quantity', 'count', 'number']);

/** A point in time a level is of, written between `由`/`至` and the level: `2024年的`, `去年同期的`, `年底的`. */
const WHEN_ZH = '(?:\\d{4}年|去年|上年|前年|今年|本年)?(?:同期|全年|年底|年末|底|末)?(?:的)?';
/** `由2024年的`: before the level the change starts from. */
const FROM_ZH = new RegExp(`(?:${alternation(CHANGE_FROM_ZH)})${WHEN_ZH}[ \\t]*$`, 'u');
/** `增至2025年的`: between the two levels. */
const TO_ZH = new RegExp(`^[ \\t]*(?:${alternation(LEVEL_CHANGE_VERBS_ZH)})(?:至|到)${WHEN_ZH}[ \\t]*$`, 'u');
/** `，同比增长`: between the later level and the rate. */
const RATE_AFTER_ZH = new RegExp(`^[ \\t]*[，,]?[ \\t]*(?:${alternation(CHANGE_RATE_WORDS_ZH)})(?:为|為|达|達)?[ \\t]*$`, 'u');

/** Words of one clause between two figures: no sentence's end, no other figure. */
const CLAUSE = '[^.;!?。；！？\\d]{0,40}?';
const FROM_EN = /\bfrom[ \t]*$/i;
const TO_EN = /\bto[ \t]*$/i;
const THEN_FROM_EN = new RegExp(`^${CLAUSE}[ \\t]from[ \\t]+$`, 'i');
const THEN_TO_EN = new RegExp(`^${CLAUSE}[ \\t]to[ \\t]+$`, 'i');
/** `revenue of RMB8.46 billion, up`: a level, then its rate… */
const LEVEL_THEN_RATE_EN = new RegExp(`^[ \\t]*,?[ \\t]*(?:${alternation(CHANGE_RATE_WORDS_EN.filter((w) => w !== 'or'))})[ \\t]+$`, 'i');
/** …then ` from RMB7.02 billion`: the level it moved from. */
const RATE_THEN_FROM_EN = /^[ \t]+from[ \t]+$/i;
/** `rose 12.9% to`: a rate written before the level it reached. */
const RATE_THEN_TO_EN = /^[ \t]+to[ \t]+$/i;
/** `, an increase of`, ` a year earlier, up`: between the earlier level and the rate. */
const RATE_AFTER_EN = new RegExp(`^${CLAUSE},[ \\t]*(?:${alternation(CHANGE_RATE_WORDS_EN)})[ \\t]+$`, 'i');

/** How far a rough rate (`约30%`, `about 38%`) may be from what its levels give, in points: at least one, or a twentieth of it. */
const ROUGH_SLACK_POINTS = 1;
const ROUGH_SLACK_SHARE = 0.05;

/** A rate of change with the levels it is stated between, the later first. */
interface StatedChange {
  readonly rate: Claim;
  readonly now: Claim;
  readonly before: Claim;
}

/**
 * A rate of change that contradicts the two levels it is written with: `由2024年的8.6亿元增至2025年的
 * 11.2亿元，同比增长36.5%` (30.2%), `rose to 2.36 million … from 1.82 million a year earlier, an
 * increase of about 38%` (29.7%). The words say which figures the rate is of, so no measure, period
 * or subject has to be known. Returns the reports and every rate read this way, reported or not: no
 * other figure of the article is then its level.
 */
export function growthSlipsBetweenLevels(text: string, claims: readonly Claim[]): { found: { rule: string; report: RuleReport }[]; read: Set<Claim> } {
  const found: { rule: string; report: RuleReport }[] = [];
  const read = new Set<Claim>();
  for (const change of statedChanges(text, claims)) {
    const { rate, now, before } = change;
    const implied = impliedGrowth(now, before);
    if (!implied) continue;
    read.add(rate);
    if (fits(rate, implied)) continue;
    found.push({
      rule: RULE,
      report: {
        message: `${rate.text} where the figures it is stated with give ${implied.computed}%: ${before.text} to ${now.text}; the rate or one of the figures is likely wrong.`,
        locations: [locationOf(rate, 'states the change'), locationOf(now, `states ${normalised(now)}`), locationOf(before, `states ${normalised(before)}`)],
        fingerprintParts: ['growth-between-levels', rate.file, normalised(rate), normalised(now), normalised(before)],
        ...(now.subject ? { subject: now.subject.id } : {}),
        severity: 'warning',
      },
    });
  }
  return { found, read };
}

function fits(rate: Claim, implied: { computed: string; fits: (rate: number) => boolean }): boolean {
  const stated = Math.abs(rate.value!);
  const computed = Math.abs(Number(implied.computed));
  switch (rate.qualifier) {
    case 'exact':
      return implied.fits(stated);
    case 'approx':
      return implied.fits(stated) || Math.abs(computed - stated) <= Math.max(ROUGH_SLACK_POINTS, stated * ROUGH_SLACK_SHARE);
    case 'moreThan':
    case 'atLeast':
      return computed + roundingOf(stated) >= stated;
    case 'lessThan':
    case 'atMost':
      return computed - roundingOf(stated) <= stated;
    default:
      return true;
  }
}

/** The rates in the text written with the two levels they moved between. */
function* statedChanges(text: string, claims: readonly Claim[]): Generator<StatedChange> {
  // Three figures in a row of one paragraph, dates aside: `由2024年的8.6亿元` has a date between its words.
  let x: Claim | undefined;
  let y: Claim | undefined;
  for (const z of claims) {
    if (z.kind === 'date') continue;
    if (y !== undefined && y.segment !== z.segment) x = y = undefined;
    if (x !== undefined && y !== undefined) {
      const change = isRate(z) ? changeEndingWithRate(text, x, y, z) : isRate(x) ? changeStartingWithRate(text, x, y, z) : isRate(y) ? changeAroundRate(text, x, y, z) : undefined;
      if (change) yield change;
    }
    [x, y] = [y, z];
  }
}

/** `由8.6亿元增至11.2亿元，同比增长36.5%`, `from 1.82 million to 2.36 million, up 29.7%`, `to 2.36 million from 1.82 million, an increase of 29.7%`. */
function changeEndingWithRate(text: string, x: Claim, y: Claim, rate: Claim): StatedChange | undefined {
  if (!areLevels(x, y)) return undefined;
  const before = text.slice(Math.max(0, x.start - 16), x.start);
  const between = text.slice(x.end, y.start);
  const after = text.slice(y.end, rate.start);
  if (FROM_ZH.test(before) && TO_ZH.test(between) && RATE_AFTER_ZH.test(after)) return { rate, now: y, before: x };
  if (!RATE_AFTER_EN.test(after)) return undefined;
  if (FROM_EN.test(before) && THEN_TO_EN.test(between)) return { rate, now: y, before: x };
  if (TO_EN.test(before) && THEN_FROM_EN.test(between)) return { rate, now: x, before: y };
  return undefined;
}

/** `rose 12.9% to 48.6 billion yuan from 43.1 billion yuan`. */
function changeStartingWithRate(text: string, rate: Claim, x: Claim, y: Claim): StatedChange | undefined {
  if (!areLevels(x, y)) return undefined;
  if (!RATE_THEN_TO_EN.test(text.slice(rate.end, x.start)) || !THEN_FROM_EN.test(text.slice(x.end, y.start))) return undefined;
  return { rate, now: x, before: y };
}

/** `revenue of RMB8.46 billion, up 26.5% from RMB7.02 billion in 2024`. */
function changeAroundRate(text: string, now: Claim, rate: Claim, before: Claim): StatedChange | undefined {
  if (!areLevels(now, before)) return undefined;
  if (!LEVEL_THEN_RATE_EN.test(text.slice(now.end, rate.start)) || !RATE_THEN_FROM_EN.test(text.slice(rate.end, before.start))) return undefined;
  return { rate, now, before };
}

/** A rate of growth in the text, a percentage (not points) of no table. */
function isRate(c: Claim): boolean {
  return c.kind === 'percent' && c.unit !== 'pp' && c.value !== null && c.table === undefined && c.attribute !== undefined && /(?:^|-)growth(?::|$)/.test(c.attribute);
}

/** Two levels of one thing: amounts of one kind and unit, each one value. */
function areLevels(a: Claim, b: Claim): boolean {
  return (
    LEVEL_KINDS.has(a.kind) &&
    a.kind === b.kind &&
    a.unit === b.unit &&
    a.currency === b.currency &&
    a.qualifier === 'exact' &&
    b.qualifier === 'exact' &&
    a.value !== null &&
    b.value !== null &&
    a.value > 0 &&
    b.value > 0 &&
    a.table === undefined &&
    b.table === undefined
  );
}
