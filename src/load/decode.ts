import { isUtf8 } from 'node:buffer';
import { binaryReason, utf16WithoutBom } from './binary-content.js';
import { invalidUtf16, invalidUtf8, type InvalidBytes } from './invalid-sequences.js';
import { plausibility, scanLegacy, type LegacyEncoding } from './legacy-chinese.js';

/** Where the decoded text had to replace bytes that were invalid in its encoding. */
export interface Replaced {
  /** Number of invalid byte sequences, each replaced by U+FFFD. */
  readonly count: number;
  /** Byte offset of the first one in the file. */
  readonly byteOffset: number;
  /** Offset of its U+FFFD in the decoded text (where the finding points). */
  readonly textOffset: number;
}

/** The result of turning a file's bytes into text. */
export interface Decoded {
  readonly text: string;
  /** WHATWG label: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5`. */
  readonly encoding: string;
  readonly bom: boolean;
  /** Present when some bytes were invalid in `encoding` and were replaced. */
  readonly replaced?: Replaced;
}

export type DecodeResult = { readonly ok: true; readonly decoded: Decoded } | { readonly ok: false; readonly reason: string };

/** Above this share of invalid bytes a file is not "text with a few bad bytes" but undecodable. */
const UNDECODABLE_SHARE = 0.2;
/** A legacy reading with replacements is preferred to UTF-8 only when its bytes are this clean. */
const LEGACY_MAX_INVALID_SHARE = 0.01;
/** A legacy reading with replacements must be at least this plausible to win over UTF-8. */
const LEGACY_MIN_PLAUSIBILITY = 0.5;

/**
 * Decodes an article's bytes: BOMs first, then known binary formats, then strict UTF-8, then the
 * legacy Chinese encodings a newsroom meets (GB18030/GBK, Big5), chosen by where their byte pairs
 * fall (see legacy-chinese.ts). Bytes invalid in the chosen encoding are replaced and reported;
 * a file that no encoding reads with fewer than 20% bad bytes is refused as undecodable.
 */
export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return withUtf8(bytes, 3, true);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return withUtf16(bytes, 'utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return withUtf16(bytes, 'utf-16be', 2);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 && invalidUtf16(bytes, utf16 === 'utf-16le', 0).count === 0) return withUtf16(bytes, utf16, 0);
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };

  // The native validator first: counting invalid sequences byte by byte is for files that have some.
  if (isUtf8(bytes)) {
    const text = decodeWith('utf-8', bytes, 0);
    if (!hasImplausibleTwoByteOnly(text)) return ok(text, 'utf-8', false);
    // Valid UTF-8 by accident: a few GBK or Big5 characters can form valid two-byte sequences.
    const legacy = bestLegacy(bytes);
    if (legacy && legacy.invalid.count === 0 && legacy.score === 1) return ok(decodeWith(legacy.encoding, bytes, 0), legacy.encoding, false);
    return ok(text, 'utf-8', false);
  }
  const utf8Invalid = invalidUtf8(bytes);
  const legacy = bestLegacy(bytes);
  if (legacy && legacy.invalid.count === 0) return ok(decodeWith(legacy.encoding, bytes, 0), legacy.encoding, false);
  if (
    legacy &&
    legacy.score >= LEGACY_MIN_PLAUSIBILITY &&
    legacy.invalid.bytes <= bytes.length * LEGACY_MAX_INVALID_SHARE &&
    legacy.invalid.count < utf8Invalid.count
  ) {
    return replacedResult(bytes, legacy.encoding, 0, false, legacy.invalid);
  }
  if (utf8Invalid.bytes > bytes.length * UNDECODABLE_SHARE) {
    const share = Math.round((utf8Invalid.bytes / bytes.length) * 100);
    return { ok: false, reason: `${share}% of its bytes are invalid in UTF-8, and it is not GB18030 or Big5 either (first invalid byte at ${utf8Invalid.first})` };
  }
  return replacedResult(bytes, 'utf-8', 0, false, utf8Invalid);
}

function withUtf8(bytes: Uint8Array, skip: number, bom: boolean): DecodeResult {
  const body = bytes.subarray(skip);
  if (isUtf8(body)) return ok(decodeWith('utf-8', body, 0), 'utf-8', bom);
  const invalid = invalidUtf8(body);
  return replacedResult(bytes, 'utf-8', skip, bom, { ...invalid, first: invalid.first + skip });
}

function withUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): DecodeResult {
  const invalid = invalidUtf16(bytes, encoding === 'utf-16le', skip);
  if (invalid.count === 0) return ok(decodeWith(encoding, bytes, skip), encoding, skip > 0);
  return replacedResult(bytes, encoding, skip, skip > 0, invalid);
}

function replacedResult(bytes: Uint8Array, encoding: string, skip: number, bom: boolean, invalid: InvalidBytes): DecodeResult {
  const text = decodeWith(encoding, bytes, skip);
  // The valid prefix decodes to exactly the text before the first replacement character.
  const textOffset = decodeWith(encoding, bytes.subarray(0, invalid.first), skip).length;
  return { ok: true, decoded: { text, encoding, bom, replaced: { count: invalid.count, byteOffset: invalid.first, textOffset } } };
}

/**
 * The more plausible of the two legacy readings; one without invalid bytes beats one with them
 * (traditional characters in GBK's extension area score low but still decode cleanly).
 */
function bestLegacy(bytes: Uint8Array): { encoding: LegacyEncoding; score: number; invalid: InvalidBytes } | undefined {
  let best: { encoding: LegacyEncoding; score: number; invalid: InvalidBytes } | undefined;
  for (const encoding of ['gb18030', 'big5'] as const) {
    const scan = scanLegacy(bytes, encoding);
    const candidate = { encoding, score: plausibility(scan), invalid: { count: scan.invalid, bytes: scan.invalid, first: scan.firstInvalid } };
    // Ties go to GB18030, the more common of the two in the newsrooms we serve.
    if (!best || rank(candidate) > rank(best)) best = candidate;
  }
  return best;
}

function rank(c: { score: number; invalid: InvalidBytes }): number {
  return (c.invalid.count === 0 ? 10 : 0) + c.score;
}

/**
 * True when the text has non-ASCII characters, all below U+0800 (two UTF-8 bytes), and one of
 * them is outside the Latin, Greek, Cyrillic, Hebrew and Arabic letters real text uses: the mark
 * of GBK or Big5 bytes that happened to be valid UTF-8. In Chinese UTF-8 text the search for a
 * three-byte character ends at the first Chinese one.
 */
function hasImplausibleTwoByteOnly(text: string): boolean {
  return !THREE_BYTE_CHARACTER.test(text) && IMPLAUSIBLE_TWO_BYTE_CHARACTER.test(text);
}

const THREE_BYTE_CHARACTER = /[\u0800-\uffff]/;
/** Two-byte characters other than Latin-1 and Latin Extended-A, Greek and Cyrillic letters, Hebrew and Arabic. */
const IMPLAUSIBLE_TWO_BYTE_CHARACTER = /[\u0180-\u0385\u03cf-\u0400\u0460-\u05cf\u05eb-\u05ff\u0700-\u07ff]/;

function decodeWith(encoding: string, bytes: Uint8Array, skip: number): string {
  let decoder = decoders.get(encoding);
  if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding, { ignoreBOM: true })));
  return decoder.decode(bytes.subarray(skip));
}

/** One decoder per encoding: each call decodes a whole buffer, so no state carries over. */
const decoders = new Map<string, InstanceType<typeof TextDecoder>>();

function ok(text: string, encoding: string, bom: boolean): DecodeResult {
  return { ok: true, decoded: { text, encoding, bom } };
}
