import type { Lang } from './lang.js';
import type { Span } from './span.js';
import type { LineIndex } from '../text/line-index.js';

/** What kind of block a segment is. Table rows carry their cells. */
export type SegmentKind = 'paragraph' | 'heading' | 'table-row' | 'list-item' | 'code' | 'html' | 'thematic-break';

/** A sentence inside a segment, with its own language (bilingual paragraphs mix them). */
export interface Sentence {
  readonly span: Span;
  readonly lang: Lang;
}

/** A block of the document body: a paragraph, heading, list item or table row. */
export interface Segment {
  /** Position of the segment in `Document.segments`. */
  readonly index: number;
  readonly kind: SegmentKind;
  /** The whole block, markup included (a table row from its first `|` to its last). */
  readonly span: Span;
  /** The block's text without its markup (`#`, list marker, pipes), used for content comparisons. */
  readonly content: Span;
  readonly lang: Lang;
  readonly sentences: readonly Sentence[];
  /** Table rows only: the cells' contents, trimmed. */
  readonly cells?: readonly Span[];
  /** Table rows only: which table of the document (0-based) and the row's place in it (0 = header). */
  readonly table?: { readonly id: number; readonly row: number; readonly header: boolean; readonly delimiter: boolean };
  /** Heading depth (1-6) for headings. */
  readonly depth?: number;
}

/** The parsed YAML front matter of a Markdown or text document. */
export interface FrontMatter {
  /** The whole `---` … `---` block, delimiters included. */
  readonly span: Span;
  /** The parsed mapping; empty when the YAML was invalid. Never serialised wholesale (aliases can explode). */
  readonly data: Readonly<Record<string, unknown>>;
  /** Why the block could not be parsed, when it could not. */
  readonly error?: { readonly message: string; readonly offset: number };
}

/** One loaded article: decoded text, front matter, segments and the line index for positions. */
export interface Document {
  /** Path relative to the working directory, forward slashes; `<stdin>` or `--stdin-filename` for stdin. */
  readonly path: string;
  /** Decoded text exactly as read (BOM removed, line endings kept). Every span points into it. */
  readonly text: string;
  /** WHATWG encoding label of the bytes it was decoded from. */
  readonly encoding: string;
  readonly frontMatter?: FrontMatter;
  /** Reference date (`YYYY-MM-DD`) from the front matter, used to infer years of partial dates. */
  readonly referenceDate?: string;
  /** Dominant language of the body. */
  readonly lang: Lang;
  readonly segments: readonly Segment[];
  readonly lineIndex: LineIndex;
}
