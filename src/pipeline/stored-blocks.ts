import type { Location } from '../model/finding.js';
import type { BlockDigest, DocumentResult } from '../model/result.js';
import type { Span } from '../model/span.js';

/**
 * Reads a document's block excerpts (`location.text`) again, in block order, from where the
 * document came from (its file, its line of a claims file). Called only when an excerpt is shown.
 */
export type ExcerptReader = (spans: readonly Span[]) => readonly string[];

/**
 * Keeps a result's paragraph digests compactly, in place: one flat object per block instead of
 * a digest, a location and an excerpt. A scan keeps every paragraph of every document until the
 * cross-document checks, and the excerpts alone were a third of that; with `reread` they are
 * not kept at all but read again for the few paragraphs a finding shows (repeated ones).
 * Serialises (`JSON.stringify`) exactly as the digests it replaces.
 */
export function storeBlocks(result: DocumentResult, reread?: ExcerptReader): DocumentResult {
  if (result.blocks.length === 0 || result.blocks[0] instanceof StoredBlock) return result;
  const excerpts = new Excerpts(result.file, reread ? undefined : result.blocks.map((b) => b.location.text), reread);
  const blocks = result.blocks.map((b, index) => new StoredBlock(b, index, excerpts));
  excerpts.blocks = blocks;
  (result as { blocks: readonly BlockDigest[] }).blocks = blocks;
  return result;
}

/** A document's excerpts: kept, or read again on demand (the last document read is remembered). */
class Excerpts {
  blocks: readonly Span[] = [];
  constructor(
    readonly file: string,
    private readonly kept: readonly string[] | undefined,
    private readonly reread: ExcerptReader | undefined,
  ) {}

  text(index: number): string {
    if (this.kept) return this.kept[index] ?? '';
    // Findings list a document's repeated paragraphs together, and a shard line is written block
    // after block: one read serves them all.
    if (lastRead?.owner !== this) lastRead = { owner: this, texts: this.reread!(this.blocks) };
    return lastRead.texts[index] ?? '';
  }
}

let lastRead: { readonly owner: Excerpts; readonly texts: readonly string[] } | undefined;

/**
 * A `BlockDigest` whose location is built when asked for, with its excerpt read only when shown.
 * Its fields are the digest's and the location's numbers; how to reach the excerpt is private.
 */
class StoredBlock implements BlockDigest {
  readonly segment: number;
  readonly kind: BlockDigest['kind'];
  readonly lang: BlockDigest['lang'];
  readonly hash: string;
  readonly chars: number;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly #index: number;
  readonly #excerpts: Excerpts;

  constructor(digest: BlockDigest, index: number, excerpts: Excerpts) {
    const l = digest.location;
    this.segment = digest.segment;
    this.kind = digest.kind;
    this.lang = digest.lang;
    this.hash = digest.hash;
    this.chars = digest.chars;
    this.start = l.start;
    this.end = l.end;
    this.line = l.line;
    this.column = l.column;
    this.endLine = l.endLine;
    this.endColumn = l.endColumn;
    this.#index = index;
    this.#excerpts = excerpts;
  }

  /** The block's place, as `locate` gives it; `text` is read when first used (spread, serialised). */
  get location(): Location {
    const excerpts = this.#excerpts;
    const index = this.#index;
    return {
      file: excerpts.file,
      start: this.start,
      end: this.end,
      line: this.line,
      column: this.column,
      endLine: this.endLine,
      endColumn: this.endColumn,
      get text() {
        return excerpts.text(index);
      },
    };
  }

  toJSON(): BlockDigest {
    return { segment: this.segment, kind: this.kind, lang: this.lang, hash: this.hash, chars: this.chars, location: this.location };
  }
}
