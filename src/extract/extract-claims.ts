import type { Claim } from '../model/claim.js';
import type { Document, Segment } from '../model/document.js';
import type { Span } from '../model/span.js';
import { carryListUnits } from './common/list-units.js';
import { matchFigures } from './common/figures.js';
import { matchNumericDates } from './common/iso-dates.js';
import { maskedSpans } from './common/masks.js';
import { joinRanges } from './common/ranges.js';
import { matchEnglishDates } from './en/dates.js';
import { matchEnglishFractions, matchEnglishShares } from './en/fractions.js';
import { matchEnglishVague } from './en/vague.js';
import { matchMultiplyingWords } from './common/multiplying-words.js';
import { ParagraphContext } from './paragraph-context.js';
import { labelsNameRenminbi, withTableUnits } from './table-units.js';
import type { MatchContext, Matcher, RawClaim } from './raw-claim.js';
import { matchChineseDates } from './zh/dates.js';
import { matchChineseShares } from './zh/shares.js';
import { inLocalDollar, localDollarOf, namesRenminbi } from './local-dollar.js';
import { perShare } from './common/per-share.js';

/** The matchers run on every sentence and table cell; overlaps keep the longest. */
export const MATCHERS: readonly Matcher[] = [
  matchFigures,
  matchChineseDates,
  matchEnglishDates,
  matchNumericDates,
  matchEnglishFractions,
  matchEnglishShares,
  matchChineseShares,
  matchEnglishVague,
  matchMultiplyingWords,
];

/** Finds every figure a document states, with exact spans and normalised values. */
export function extractClaims(doc: Document, matchers: readonly Matcher[] = MATCHERS): Claim[] {
  const claims: Claim[] = [];
  // Read only when the document holds a figure in a bare 元: most hold none, or are simplified Chinese.
  let local: 'TWD' | 'HKD' | undefined | null = null;
  const localDollar = () => (local === null ? (local = localDollarOf(doc.text)) : local);
  for (const segment of doc.segments) {
    if (segment.sentences.length === 0) continue;
    const context = new ParagraphContext(doc.text, segment.content, segment.kind, doc.referenceDate);
    for (const sentence of segment.sentences) {
      const found = extractFromStretch(doc.text, sentence.span, context, matchers);
      // `由每百萬tokens 16元人民幣減至8元`: after an amount in renminbi, the sentence's bare 元 is the renminbi too.
      let renminbi = segment.table !== undefined && labelsNameRenminbi(doc, segment, sentence.span);
      for (const raw of segment.table ? withTableUnits(doc, segment, sentence.span, found, readFigures) : found) {
        const own = perShare(doc.text, sentence.span, toClaim(doc, segment, sentence.lang, raw));
        const claim = inLocalDollar(own, localDollar, renminbi, renminbi ? doc.text.slice(Math.max(sentence.span.start, own.start - 12), own.start) : '');
        renminbi ||= namesRenminbi(claim);
        claims.push(claim);
      }
    }
  }
  return claims;
}

/** The figures of a short text on its own (a table cell read with its unit label, what a price is per). */
export function readFigures(text: string): RawClaim[] {
  const whole = { start: 0, end: text.length };
  return extractFromStretch(text, whole, new ParagraphContext(text, whole, 'paragraph', undefined));
}

/** Runs the matchers over one sentence or cell, drops masked and overlapping finds, joins ranges and lists. */
export function extractFromStretch(text: string, span: Span, context: MatchContext, matchers: readonly Matcher[] = MATCHERS): RawClaim[] {
  const found: RawClaim[] = [];
  const s = text.slice(span.start, span.end);
  // A loop, not push(...spread): one hostile sentence can hold more figures than fit on the stack.
  for (const match of matchers) for (const raw of match(text, span.start, span.end, context, s)) found.push(raw);
  if (found.length === 0) return found;
  const kept = removeOverlaps(outsideMasks(found, maskedSpans(s), span.start));
  return carryListUnits(s, span.start, joinRanges(s, span.start, kept));
}

/** Drops finds that touch a masked stretch (URL, phone, time …); one sorted sweep, so linear. */
function outsideMasks(found: RawClaim[], masks: readonly Span[], offset: number): RawClaim[] {
  if (masks.length === 0) return found;
  found.sort((a, b) => a.start - b.start);
  const kept: RawClaim[] = [];
  let m = 0;
  for (const c of found) {
    while (m < masks.length && masks[m]!.end + offset <= c.start) m++;
    const mask = masks[m];
    if (!mask || mask.start + offset >= c.end) kept.push(c);
  }
  return kept;
}

function toClaim(doc: Document, segment: Segment, lang: Claim['lang'], raw: RawClaim): Claim {
  const a = doc.lineIndex.point(raw.start);
  const b = doc.lineIndex.point(raw.end);
  // Optional fields are set in the order the JSON output lists them.
  const claim = {
    file: doc.path,
    start: raw.start,
    end: raw.end,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    text: doc.text.slice(raw.start, raw.end),
    lang,
    kind: raw.kind,
    value: raw.value,
  } as Writable<Claim>;
  if (raw.min !== undefined) {
    claim.min = raw.min;
    claim.max = raw.max;
  }
  if (raw.unit !== undefined) claim.unit = raw.unit;
  if (raw.currency !== undefined) claim.currency = raw.currency;
  if (raw.date !== undefined) claim.date = raw.date;
  claim.qualifier = raw.qualifier;
  if (raw.shareOf !== undefined) claim.shareOf = raw.shareOf;
  if (raw.ofLevel) claim.ofLevel = true;
  if (segment.kind === 'heading') claim.headline = true;
  claim.segment = segment.index;
  if (segment.table) claim.table = segment.table.id;
  return claim;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Sorts by start and drops any claim that overlaps a longer one (the earlier wins a tie; a `whole` reading wins). */
export function removeOverlaps(found: RawClaim[]): RawClaim[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawClaim[] = [];
  for (const c of found) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      if (!last.whole && (c.whole || c.end - c.start > last.end - last.start)) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return kept;
}
