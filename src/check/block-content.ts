import type { Document, Segment } from '../model/document.js';

/** The text two blocks are compared by: content without markup, runs of white space folded. */
export function normalisedContent(doc: Document, segment: Segment): string {
  if (segment.cells) return segment.cells.map((c) => fold(doc.text.slice(c.start, c.end))).join('\u241f');
  return fold(doc.text.slice(segment.content.start, segment.content.end));
}

/** HTML comments (suppression directives, editors' notes) are not part of what a reader sees. */
function fold(s: string): string {
  const visible = s.includes('<!--') ? s.replace(/<!--[\s\S]*?-->/g, ' ') : s;
  return visible.replace(NOT_ONE_SPACE, ' ').trim();
}

/**
 * A run of white space other than one plain space: folding every run (`/\s+/g`) would rebuild
 * each paragraph of an archive to replace spaces with themselves.
 */
const NOT_ONE_SPACE = / \s+|[^\S ]\s*/g;
