import type { Claim } from '../model/claim.js';
import type { SegmentKind } from '../model/document.js';
import type { Span } from '../model/span.js';

/** The reading of a figure a matcher gives; positions, language and binding are added later. */
type ClaimReading = Pick<Claim, 'start' | 'end' | 'kind' | 'value' | 'min' | 'max' | 'unit' | 'currency' | 'date' | 'qualifier' | 'shareOf' | 'ofLevel'>;

/** What a matcher found: a span of the text and its normalised reading, before positions are added. */
export interface RawClaim extends ClaimReading {
  /** The factor a scale word applied (1e8 for 亿, 1e9 for `B`), so a range can lend it to its bare start (3至5亿). */
  readonly scale?: number;
  /** Only a number: no unit, currency, percent or scale word of its own. */
  readonly bare?: boolean;
  /** Reads the figures inside it as one (`one in five` is 20%, not 1 and 5): it wins any overlap. */
  readonly whole?: boolean;
}

/** A year stated in the paragraph (2025年, CES 2026, in 2025) and where. */
export interface YearMention {
  readonly pos: number;
  readonly year: number;
  /** Named with an event (CES 2026) rather than as a date of its own. */
  readonly event: boolean;
}

/** A month stated in the paragraph (10月, 十月, October, Oct. 5) and where. */
export interface MonthMention {
  readonly pos: number;
  readonly month: number;
}

/** Context a matcher may use. */
export interface MatchContext {
  /** The document's reference date (`YYYY-MM-DD`, front matter), for partial and relative dates. */
  readonly referenceDate?: string;
  /** The whole paragraph or table row the stretch belongs to. */
  readonly paragraph?: Span;
  /** What kind of block it is (headings and list items start with numbers that are not figures). */
  readonly segmentKind?: SegmentKind;
  /** Years stated in the paragraph, in order, for partial dates. */
  readonly years?: readonly YearMention[];
  /** Months stated in the paragraph, in order, for dates that state only their day (29日, on the 27th). */
  readonly months?: readonly MonthMention[];
}

/**
 * A matcher scans one stretch of text (a sentence or a table cell) and returns the figures it
 * recognises. Matchers never throw and must run in linear time. `stretch` is
 * `text.slice(start, end)`, sliced once for every matcher.
 */
export type Matcher = (text: string, start: number, end: number, context: MatchContext, stretch: string) => RawClaim[];
