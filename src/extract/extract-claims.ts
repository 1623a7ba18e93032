import type { Claim } from '../model/claim.js';
import type { Document, Segment } from '../model/document.js';
import type { Span } from '../model/span.js';
import { carryListUnits } from './common/list-units.js';
import { matchFigures } from './common/figures.js';
import { matchNumericDates } from './common/iso-dates.js';
import { maskedSpans } from './common/masks.js';
import { joinRanges } from './common/ranges.js';
import { yearMentions } from './common/year-mentions.js';
import { matchEnglishDates } from './en/dates.js';
import { matchEnglishFractions } from './en/fractions.js';
import { matchEnglishVague } from './en/vague.js';
import type { MatchContext, Matcher, RawClaim } from './raw-claim.js';
import { matchChineseDates } from './zh/dates.js';

/** The matchers run on every sentence and table cell; overlaps keep the longest. */
export const MATCHERS: readonly Matcher[] = [
  matchFigures,
  matchChineseDates,
  matchEnglishDates,
  matchNumericDates,
  matchEnglishFractions,
  matchEnglishVague,
];

/** Finds every figure a document states, with exact spans and normalised values. */
export function extractClaims(doc: Document, matchers: readonly Matcher[] = MATCHERS): Claim[] {
  const claims: Claim[] = [];
  for (const segment of doc.segments) {
    if (segment.sentences.length === 0) continue;
    const paragraph = segment.content;
    const context: MatchContext = {
      referenceDate: doc.referenceDate,
      paragraph,
      segmentKind: segment.kind,
      years: yearMentions(doc.text, paragraph.start, paragraph.end),
    };
    for (const sentence of segment.sentences) {
      for (const raw of extractFromStretch(doc.text, sentence.span, context, matchers)) {
        claims.push(toClaim(doc, segment, sentence.lang, raw));
      }
    }
  }
  return claims;
}

/** Runs the matchers over one sentence or cell, drops masked and overlapping finds, joins ranges and lists. */
export function extractFromStretch(text: string, span: Span, context: MatchContext, matchers: readonly Matcher[] = MATCHERS): RawClaim[] {
  const found: RawClaim[] = [];
  for (const match of matchers) found.push(...match(text, span.start, span.end, context));
  if (found.length === 0) return found;
  const s = text.slice(span.start, span.end);
  const masks = maskedSpans(s).map((m) => ({ start: m.start + span.start, end: m.end + span.start }));
  const kept = removeOverlaps(found.filter((c) => !masks.some((m) => c.start < m.end && m.start < c.end)));
  return carryListUnits(s, span.start, joinRanges(s, span.start, kept));
}

function toClaim(doc: Document, segment: Segment, lang: Claim['lang'], raw: RawClaim): Claim {
  return {
    id: `${doc.path}#${raw.start}-${raw.end}`,
    file: doc.path,
    ...doc.lineIndex.place(raw),
    text: doc.text.slice(raw.start, raw.end),
    lang,
    kind: raw.kind,
    value: raw.value,
    ...(raw.min !== undefined ? { min: raw.min, max: raw.max } : {}),
    ...(raw.unit !== undefined ? { unit: raw.unit } : {}),
    ...(raw.currency !== undefined ? { currency: raw.currency } : {}),
    ...(raw.date !== undefined ? { date: raw.date } : {}),
    qualifier: raw.qualifier,
    ...(raw.shareOf !== undefined ? { shareOf: raw.shareOf } : {}),
    segment: segment.index,
  };
}

/** Sorts by start and drops any claim that overlaps a longer one (the earlier wins a tie). */
export function removeOverlaps(found: RawClaim[]): RawClaim[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawClaim[] = [];
  for (const c of found) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return kept;
}
