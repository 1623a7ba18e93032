import type { BlockDigest } from '../model/result.js';
import type { Span } from '../model/span.js';

/**
 * A document's paragraph digests as numbers in one typed array: 13 integers (52 bytes) per
 * block, where a digest object with its location and its hash string took about 180. A scan
 * keeps every paragraph of an archive (half a million at 20,000 documents) until the
 * cross-document checks. The kind and language, a handful of distinct words per document, are
 * kept once each and referred to by index.
 */
export class PackedBlocks {
  readonly length: number;
  private readonly numbers: Int32Array;
  private readonly words: readonly string[];

  private constructor(numbers: Int32Array, words: readonly string[]) {
    this.numbers = numbers;
    this.words = words;
    this.length = numbers.length / FIELDS;
  }

  /** Packs digests, or returns undefined when a hash is not one `contentHash` makes (a hand-made claims file). */
  static pack(digests: readonly BlockDigest[]): PackedBlocks | undefined {
    const numbers = allocate(digests.length * FIELDS);
    const words: string[] = [];
    const wordIndex = (w: string) => {
      const i = words.indexOf(w);
      return i >= 0 ? i : words.push(w) - 1;
    };
    for (let b = 0; b < digests.length; b++) {
      const d = digests[b]!;
      const l = d.location;
      if (!HASH.test(d.hash)) return undefined;
      // In OFFSET's order, then KIND_AT and LANG_AT.
      const values = [d.segment, d.chars, l.start, l.end, l.line, l.column, l.endLine, l.endColumn, wordIndex(d.kind), wordIndex(d.lang)];
      // Every value is a whole number below 2^31 (offsets of a text under the file size limit), so
      // Int32 holds it exactly; anything else would not survive packing.
      if (!values.every((v) => Number.isInteger(v) && v >= 0 && v <= INT32_MAX)) return undefined;
      numbers.set(values, b * FIELDS);
      for (let p = 0; p < HASH_PARTS; p++) numbers[b * FIELDS + HASH_AT + p] = parseInt(d.hash.slice(p * 8, p * 8 + 8), 16) | 0;
    }
    return new PackedBlocks(numbers, words);
  }

  /** The packed form as JSON data (the cache keeps it so): the words, and the integers in base64. */
  toData(): PackedData {
    const bytes = Buffer.from(this.numbers.buffer, this.numbers.byteOffset, this.numbers.byteLength);
    return { words: this.words, ints: bytes.toString('base64') };
  }

  /** What `toData` gave, or undefined when it is not that (a damaged cache). */
  static fromData(data: unknown): PackedBlocks | undefined {
    const { words, ints } = (data ?? {}) as Partial<PackedData>;
    if (!Array.isArray(words) || !words.every((w) => typeof w === 'string') || typeof ints !== 'string') return undefined;
    const bytes = Buffer.from(ints, 'base64');
    if (bytes.length === 0 || bytes.length % (FIELDS * 4) !== 0) return undefined;
    const numbers = allocate(bytes.length / 4);
    new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength).set(bytes);
    for (let at = 0; at < numbers.length; at += FIELDS) {
      if (!(numbers[at + KIND_AT]! >>> 0 < words.length && numbers[at + LANG_AT]! >>> 0 < words.length)) return undefined;
    }
    return new PackedBlocks(numbers, words);
  }

  /** One of the numbers of block `b`, by name. */
  number(b: number, field: NumberField): number {
    return this.numbers[b * FIELDS + OFFSET[field]]!;
  }
  kind(b: number): BlockDigest['kind'] {
    return this.words[this.numbers[b * FIELDS + KIND_AT]!] as BlockDigest['kind'];
  }
  lang(b: number): BlockDigest['lang'] {
    return this.words[this.numbers[b * FIELDS + LANG_AT]!]!;
  }

  /** The hash exactly as `contentHash` wrote it: 20 lowercase hex digits. */
  hash(b: number): string {
    let hex = '';
    for (let p = 0; p < HASH_PARTS; p++) {
      const digits = p < HASH_PARTS - 1 ? 8 : HASH_DIGITS - 8 * (HASH_PARTS - 1);
      hex += (this.numbers[b * FIELDS + HASH_AT + p]! >>> 0).toString(16).padStart(digits, '0');
    }
    return hex;
  }

  /** The hash's first 13 hex digits (52 bits, exact in a double) as a number. */
  hashKey(b: number): number {
    const at = b * FIELDS + HASH_AT;
    return (this.numbers[at]! >>> 0) * 2 ** 20 + (this.numbers[at + 1]! >>> 12);
  }

  spans(): Span[] {
    const out: Span[] = [];
    for (let b = 0; b < this.length; b++) out.push({ start: this.number(b, 'start'), end: this.number(b, 'end') });
    return out;
  }
}

/** `PackedBlocks` as JSON data; the integers in the machine's byte order (the cache's header records it). */
export interface PackedData {
  readonly words: readonly string[];
  readonly ints: string;
}

/** Where each number of a digest is kept in a block's integers, in the order `pack` writes them. */
const OFFSET = { segment: 0, chars: 1, start: 2, end: 3, line: 4, column: 5, endLine: 6, endColumn: 7 } as const;
export type NumberField = keyof typeof OFFSET;
/** Then the kind and the language, as indexes into the document's words. */
const KIND_AT = 8;
const LANG_AT = 9;

/** `contentHash`: 20 hex digits (80 bits), kept as three integers of up to 32 bits. */
const HASH_DIGITS = 20;
const HASH = /^[0-9a-f]{20}$/;
const HASH_PARTS = 3;
/** Ten numbers of the digest and its place, then the hash. */
const HASH_AT = LANG_AT + 1;
const FIELDS = HASH_AT + HASH_PARTS;
const INT32_MAX = 2 ** 31 - 1;

/**
 * Storage for packed blocks, handed out as views on 256 KB chunks: one allocation per few
 * thousand blocks rather than one per document. Twenty thousand small buffers, interleaved in
 * the C heap with the file buffers freed between them, kept tens of MB of freed memory from
 * being returned to the system. A chunk is freed once no document's blocks use it.
 */
function allocate(length: number): Int32Array {
  if (length > CHUNK_INTS / 4) return new Int32Array(length);
  if (chunkUsed + length > chunk.length) {
    chunk = new Int32Array(CHUNK_INTS);
    chunkUsed = 0;
  }
  const view = chunk.subarray(chunkUsed, chunkUsed + length);
  chunkUsed += length;
  return view;
}

const CHUNK_INTS = 65_536;
let chunk = new Int32Array(0);
let chunkUsed = 0;
