import type { Document } from '../model/document.js';

/** The longest a plain-text first line may be and still be a headline. */
const MAX_HEADLINE = 120;

/**
 * The segment of the article's headline: its first block when that is a heading (`# …`), or, in a
 * plain-text file, a short first line that does not end a sentence.
 */
export function headlineOf(doc: Document): number | undefined {
  const first = doc.segments.find((s) => s.sentences.length > 0);
  if (!first) return undefined;
  if (first.kind === 'heading') return first.index;
  if (first.kind !== 'paragraph' || first.sentences.length > 1 || first.content.end - first.content.start > MAX_HEADLINE) return undefined;
  return SENTENCE_END.test(doc.text.slice(first.content.end - 1, first.content.end)) ? undefined : first.index;
}

const SENTENCE_END = /[。.！!？?]/;
