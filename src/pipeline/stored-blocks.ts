import type { Location } from '../model/finding.js';
import type { BlockDigest, DocumentResult } from '../model/result.js';
import type { Span } from '../model/span.js';
import { PackedBlocks } from './packed-blocks.js';

/**
 * Reads a document's block excerpts (`location.text`) again, in block order, from where the
 * document came from (its file, its line of a claims file). Called only when an excerpt is shown.
 */
export type ExcerptReader = (spans: readonly Span[]) => readonly string[];

/**
 * Keeps a result's paragraph digests compactly: the numbers of every block packed in one typed
 * array per document (see `PackedBlocks`), and `blocks` an accessor that makes small views on
 * them when read, so a kept document holds no object per paragraph. A scan keeps every
 * paragraph of every document until the cross-document checks; with `reread` the excerpts are
 * not kept at all but read again for the few paragraphs a finding shows (repeated ones).
 * Returns a copy of the result with the same fields in the same order: it serialises
 * (`JSON.stringify`) exactly as the result it replaces.
 */
export function storeBlocks(result: DocumentResult, reread?: ExcerptReader): DocumentResult {
  if (result.blocks.length === 0 || STORED.has(result)) return result;
  const packed = PackedBlocks.pack(result.blocks);
  if (!packed) return result;
  return stored(result, new Excerpts(result.file, packed, reread ? undefined : result.blocks.map((b) => b.location.text), reread));
}

/** `storeBlocks` for a result whose blocks come packed already (from the cache), their excerpts read by `reread`. */
export function storePackedBlocks(result: Omit<DocumentResult, 'blocks'> & { readonly blocks: unknown }, packed: PackedBlocks, reread: ExcerptReader): DocumentResult {
  return stored(result, new Excerpts(result.file, packed, undefined, reread));
}

/** The packed blocks of a result `storeBlocks` made, if it is one. */
export function packedBlocksOf(result: DocumentResult): PackedBlocks | undefined {
  return STORED.get(result)?.packed;
}

/** A copy of `result` whose `blocks`, in the same place among its fields, reads `excerpts`. */
function stored(result: object, excerpts: Excerpts): DocumentResult {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(result)) {
    if (key === 'blocks') Object.defineProperty(copy, key, BLOCKS);
    else copy[key] = value;
  }
  STORED.set(copy, excerpts);
  return copy as unknown as DocumentResult;
}

/** The packed blocks of each stored result. */
const STORED = new WeakMap<object, Excerpts>();

/** One accessor shared by every stored result, so that they all keep one hidden class. */
const BLOCKS: PropertyDescriptor = {
  enumerable: true,
  get(this: object): readonly BlockDigest[] {
    const excerpts = STORED.get(this)!;
    const blocks: StoredBlock[] = [];
    for (let index = 0; index < excerpts.packed.length; index++) blocks.push(new StoredBlock(excerpts, index));
    return blocks;
  },
};

/** A document's packed blocks and their excerpts: kept, or read again on demand (the last document read is remembered). */
class Excerpts {
  constructor(
    readonly file: string,
    readonly packed: PackedBlocks,
    private readonly kept: readonly string[] | undefined,
    private readonly reread: ExcerptReader | undefined,
  ) {}

  text(index: number): string {
    if (this.kept) return this.kept[index] ?? '';
    // Findings list a document's repeated paragraphs together, and a shard line is written block
    // after block: one read serves them all.
    if (lastRead?.owner !== this) lastRead = { owner: this, texts: this.reread!(this.packed.spans()) };
    return lastRead.texts[index] ?? '';
  }
}

let lastRead: { readonly owner: Excerpts; readonly texts: readonly string[] } | undefined;

/**
 * A `BlockDigest` read from its document's packed blocks, made when `blocks` is read: its
 * location built when asked for, its excerpt read only when shown.
 */
class StoredBlock implements BlockDigest {
  readonly #excerpts: Excerpts;
  readonly #index: number;

  constructor(excerpts: Excerpts, index: number) {
    this.#excerpts = excerpts;
    this.#index = index;
  }

  get segment(): number {
    return this.#excerpts.packed.number(this.#index, 'segment');
  }
  get kind(): BlockDigest['kind'] {
    return this.#excerpts.packed.kind(this.#index);
  }
  get lang(): BlockDigest['lang'] {
    return this.#excerpts.packed.lang(this.#index);
  }
  get hash(): string {
    return this.#excerpts.packed.hash(this.#index);
  }
  /** The first 52 bits of `hash` as a number, read without building the string (duplicate-paragraph groups by it). */
  get hashKey(): number {
    return this.#excerpts.packed.hashKey(this.#index);
  }
  get chars(): number {
    return this.#excerpts.packed.number(this.#index, 'chars');
  }

  /** The block's place, as `locate` gives it; `text` is read when first used (spread, serialised). */
  get location(): Location {
    const excerpts = this.#excerpts;
    const index = this.#index;
    const p = excerpts.packed;
    return {
      file: excerpts.file,
      start: p.number(index, 'start'),
      end: p.number(index, 'end'),
      line: p.number(index, 'line'),
      column: p.number(index, 'column'),
      endLine: p.number(index, 'endLine'),
      endColumn: p.number(index, 'endColumn'),
      get text() {
        return excerpts.text(index);
      },
    };
  }

  toJSON(): BlockDigest {
    return { segment: this.segment, kind: this.kind, lang: this.lang, hash: this.hash, chars: this.chars, location: this.location };
  }
}
