import type { RuleReport } from '../rule.js';
import { locationOf, sideOf, slipCause, timesApart } from '../compare/describe.js';
import { sureMeasureOf, type Mismatch, type Missing } from '../pairing/align.js';
import type { TranslationSides } from '../pairing/translations.js';
import { normalised } from '../compare/describe.js';
import type { Claim } from '../../model/claim.js';
import { agrees } from '../pairing/match-claims.js';
import { perBasisOf } from '../../bind/per-unit.js';
import { movedOppositeWays } from '../compare/relation.js';

/** Kinds of figure whose absence from a translation is worth a warning (bare numbers often are restyled). */
const MISSING_KINDS = new Set(['money', 'percent']);

/** One report per mismatched figure of a translation, the translated side first. */
export function translationReports(t: TranslationSides): { reports: RuleReport[]; flagged: Claim[] } {
  const reports: RuleReport[] = [];
  const flagged: Claim[] = [];
  for (const m of t.alignment.mismatches) {
    reports.push(mismatchReport(t, m));
    flagged.push(m.target);
  }
  for (const m of t.alignment.missing) {
    if (!worthReporting(t, m)) continue;
    reports.push(missingReport(t, m));
    flagged.push(m.claim);
  }
  return { reports, flagged };
}

function mismatchReport(t: TranslationSides, m: Mismatch): RuleReport {
  const cause = m.detail.relation === 'magnitude' || m.detail.relation === 'currency' || m.detail.relation === 'date' ? m.detail.relation : 'value';
  const why =
    cause === 'magnitude'
      ? `${timesApart(m.detail.power!)}, ${slipCause(m.target, m.source, m.detail.power!)}`
      : cause === 'currency'
        ? `same amount, different currency (${m.target.currency} vs ${m.source.currency})`
        : m.reason === 'period'
          ? `the same figure for another period (${m.target.period} vs ${m.source.period})`
          : m.reason === 'measure'
            ? `the same figure as another measure (${sureMeasureOf(m.target)} vs ${sureMeasureOf(m.source)})`
            : cause === 'date'
              ? 'different dates'
              : (m.target.unit === 'pp') !== (m.source.unit === 'pp') && m.target.kind === 'percent' && m.source.kind === 'percent'
                ? 'percentage points and a percentage are not the same'
                : movedOppositeWays(m.target, m.source)
                  ? 'one says it rose, the other that it fell'
                  : (perQuantities(m) ?? 'different values');
  const kind = t.bilingual ? 'The English text' : 'The translation';
  // Which file translates which was a guess: a source that states the translation's figure itself elsewhere
  // (`同比提高2.5%` in the text, `+2.5个百分点` in its table) is the side that slipped.
  const own = t.guessedDirection ? restatedInSource(t, m) : undefined;
  if (own) {
    return {
      message: `The source states ${sideOf(m.source)} where the translation states ${sideOf(m.target)}, as the source itself does at line ${own.line}: ${why}.`,
      locations: [locationOf(m.source, 'source'), locationOf(m.target, 'translation'), locationOf(own, 'the source agrees with the translation')],
      fingerprintParts: [t.source.file, t.target.file, cause, normalised(m.target), normalised(m.source)],
      cause,
      ...(m.source.subject ? { subject: m.source.subject.id } : {}),
    };
  }
  return {
    message: `${kind} states ${sideOf(m.target)} where the source states ${sideOf(m.source)}: ${why}.`,
    locations: [locationOf(m.target, 'translation'), locationOf(m.source, 'source')],
    fingerprintParts: [t.source.file, t.target.file, cause, normalised(m.target), normalised(m.source)],
    cause,
    ...(m.source.subject ? { subject: m.source.subject.id } : {}),
  };
}

/**
 * Another figure of the source of the same measure (and period, where both state one) that states what the translation does, and
 * not what the source's mismatched one does: March's growth in a headline does not restate the quarter's.
 */
function restatedInSource(t: TranslationSides, m: Mismatch): Claim | undefined {
  if (m.source.attribute === undefined) return undefined;
  return t.source.claims.find(
    (c) => c !== m.source && c.attribute === m.source.attribute && samePeriodIfStated(c, m.source) && agrees(c, m.target) && !agrees(c, m.source),
  );
}

function samePeriodIfStated(a: Claim, b: Claim): boolean {
  return a.period === undefined || b.period === undefined || a.period === b.period;
}

/** `per 1K tokens, not per 1M tokens`: a mismatch of one amount per two quantities. */
function perQuantities(m: Mismatch): string | undefined {
  const target = perBasisOf(m.target);
  const source = perBasisOf(m.source);
  return target && source && target !== source ? `the same amount per ${quantity(target)}, not per ${quantity(source)}` : undefined;
}

/** `1M-token` → `1M tokens`, `1-share` → `share`. */
function quantity(basis: string): string {
  const [count, unit] = basis.split('-', 2) as [string, string | undefined];
  if (!unit) return count;
  return count === '1' ? unit : `${count} ${unit}s`;
}

function missingReport(t: TranslationSides, m: Missing): RuleReport {
  const other = m.side === 'source' ? t.target.file : t.source.file;
  const where = t.bilingual ? `the ${m.side === 'source' ? 'English' : 'Chinese'} text` : other;
  return {
    severity: 'warning',
    message: `${sideOf(m.claim)} has no counterpart in ${where}.`,
    locations: [locationOf(m.claim, m.side), ...(m.counterpart ? [locationOf(m.counterpart, 'aligned passage')] : [])],
    fingerprintParts: [t.source.file, t.target.file, 'missing', m.side, normalised(m.claim)],
    cause: 'missing',
  };
}

/**
 * A figure missing from a translation is reported only between two files (the halves of a
 * bilingual article often summarise rather than translate), when its passage is clearly aligned, the
 * aligned passage states no number that was left unread (a figure written in words), and its
 * value appears nowhere on the other side: translations restyle figures often, and a false alarm
 * costs more than a missed omission.
 */
function worthReporting(t: TranslationSides, m: Missing): boolean {
  if (t.bilingual || !m.counterpart || !MISSING_KINDS.has(m.claim.kind)) return false;
  const other = m.side === 'source' ? t.target : t.source;
  if ((other.unread[m.counterpart.segment] ?? 0) > 0) return false;
  const others = other.claims;
  return !others.some((o) => agrees(o, m.claim) || (o.value !== null && o.value === m.claim.value));
}
