import type { ClaimKind, Qualifier } from '../model/claim.js';

/** What a matcher found: a span of the text and its normalised reading, before positions are added. */
export interface RawClaim {
  readonly start: number;
  readonly end: number;
  readonly kind: ClaimKind;
  readonly value: number | null;
  readonly min?: number;
  readonly max?: number;
  readonly unit?: string;
  readonly currency?: string;
  readonly date?: string;
  readonly qualifier: Qualifier;
}

/** Context a matcher may use: the document's reference date for partial dates. */
export interface MatchContext {
  readonly referenceDate?: string;
}

/**
 * A matcher scans one stretch of text (a sentence or a table cell) and returns the figures it
 * recognises. Matchers never throw and must run in linear time.
 */
export type Matcher = (text: string, start: number, end: number, context: MatchContext) => RawClaim[];
