import type { Document } from '../model/document.js';
import type { Location } from '../model/finding.js';
import type { Span } from '../model/span.js';

/** Longest `text` a block location carries; longer blocks are shown by their start. */
export const EXCERPT_CHARS = 120;

/** A location for a span of a document, with line/column derived from its line index. */
export function locate(doc: Document, span: Span, label?: string): Location {
  const place = doc.lineIndex.place(span);
  const full = doc.text.slice(span.start, span.end);
  const text = full.length > EXCERPT_CHARS ? `${full.slice(0, EXCERPT_CHARS)}…` : full;
  return { file: doc.path, ...place, text, ...(label ? { label } : {}) };
}
