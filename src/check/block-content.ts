import type { Document, Segment } from '../model/document.js';

/** The text two blocks are compared by: content without markup, runs of white space folded. */
export function normalisedContent(doc: Document, segment: Segment): string {
  if (segment.cells) return segment.cells.map((c) => fold(doc.text.slice(c.start, c.end))).join('\u241f');
  return fold(doc.text.slice(segment.content.start, segment.content.end));
}

/** HTML comments (suppression directives, editors' notes) are not part of what a reader sees. */
function fold(s: string): string {
  return s.replace(/<!--[\s\S]*?-->/g, ' ').replace(/\s+/g, ' ').trim();
}
