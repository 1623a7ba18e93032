import type { Claim } from '../model/claim.js';
import type { Document } from '../model/document.js';
import { matchArabicFigures } from './arabic-figures.js';
import type { Matcher, RawClaim } from './raw-claim.js';

/** The matchers run on every sentence and table cell, in order; overlaps keep the longest. */
export const MATCHERS: readonly Matcher[] = [matchArabicFigures];

/** Finds every figure a document states, with exact spans and normalised values. */
export function extractClaims(doc: Document, matchers: readonly Matcher[] = MATCHERS): Claim[] {
  const claims: Claim[] = [];
  const context = { referenceDate: doc.referenceDate };
  for (const segment of doc.segments) {
    for (const sentence of segment.sentences) {
      const found: RawClaim[] = [];
      for (const match of matchers) found.push(...match(doc.text, sentence.span.start, sentence.span.end, context));
      for (const raw of removeOverlaps(found)) {
        const place = doc.lineIndex.place(raw);
        claims.push({
          id: `${doc.path}#${raw.start}-${raw.end}`,
          file: doc.path,
          ...place,
          text: doc.text.slice(raw.start, raw.end),
          lang: sentence.lang,
          kind: raw.kind,
          value: raw.value,
          ...(raw.min !== undefined ? { min: raw.min, max: raw.max } : {}),
          ...(raw.unit !== undefined ? { unit: raw.unit } : {}),
          ...(raw.currency !== undefined ? { currency: raw.currency } : {}),
          ...(raw.date !== undefined ? { date: raw.date } : {}),
          qualifier: raw.qualifier,
          segment: segment.index,
        });
      }
    }
  }
  return claims;
}

/** Sorts by start and drops any claim that overlaps an earlier, longer one. */
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
