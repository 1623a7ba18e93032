import type { Document, Segment } from '../model/document.js';
import type { Span } from '../model/span.js';
import { indexHolding } from '../text/span-search.js';

/** The segment holding `offset`. */
export function segmentAt(doc: Document, offset: number): Segment | undefined {
  return doc.segments[indexHolding(doc.segments, offset, spanOfBlock)];
}

/** The sentence holding `offset`. */
export function sentenceAt(segment: Segment, offset: number): Span | undefined {
  return segment.sentences[sentenceIndexAt(segment, offset)]?.span;
}

/** The index of the sentence holding `offset` (-1 if none). */
export function sentenceIndexAt(segment: Segment, offset: number): number {
  return indexHolding(segment.sentences, offset, spanOfBlock);
}

const spanOfBlock = (item: { readonly span: Span }): Span => item.span;
