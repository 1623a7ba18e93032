import type { Claim } from '../model/claim.js';
import type { Document } from '../model/document.js';
import type { Location } from '../model/finding.js';
import type { Span } from '../model/span.js';

/** Longest `text` a block location carries; longer blocks are shown by their start. */
export const EXCERPT_CHARS = 120;

/** A location for a span of a document, with line/column derived from its line index. */
export function locate(doc: Document, span: Span, label?: string): Location {
  const place = doc.lineIndex.place(span);
  return { file: doc.path, ...place, text: excerptAt(doc.text, span), ...(label ? { label } : {}) };
}

/** The text a location shows for a span: the span's text, cut at `EXCERPT_CHARS`. */
export function excerptAt(text: string, span: Span): string {
  const full = text.slice(span.start, span.end);
  return full.length > EXCERPT_CHARS ? `${full.slice(0, EXCERPT_CHARS)}…` : full;
}

/** Where a claim stands, in the key order every output uses: file, line/column range, offsets, text. */
export function claimPlace(c: Claim): Pick<Location, 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'start' | 'end' | 'text'> {
  return { file: c.file, line: c.line, column: c.column, endLine: c.endLine, endColumn: c.endColumn, start: c.start, end: c.end, text: c.text };
}
