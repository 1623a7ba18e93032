/** The result of turning a file's bytes into text. */
export interface Decoded {
  readonly text: string;
  /** WHATWG label: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5`. */
  readonly encoding: string;
  readonly bom: boolean;
  /** Byte offset of the first byte sequence that was not valid in `encoding`, if any was replaced. */
  readonly invalidByteOffset?: number;
}

export type DecodeResult = { readonly ok: true; readonly decoded: Decoded } | { readonly ok: false; readonly reason: string };

import { COMMON_HAN } from '../vocab/common-han.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes an article's bytes: BOMs first, then strict UTF-8, then the legacy Chinese encodings
 * a newsroom meets (GB18030/GBK, Big5), chosen by which one decodes cleanly into more common Han
 * characters. Binary files are refused rather than decoded into garbage claims.
 */
export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return utf8(bytes.subarray(3), true, 3);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  if (looksBinary(bytes)) return { ok: false, reason: 'binary content (not a text document)' };
  const strict = tryDecode(strictUtf8, bytes);
  if (strict !== undefined) return { ok: true, decoded: { text: strict, encoding: 'utf-8', bom: false } };
  const legacy = decodeLegacyChinese(bytes);
  if (legacy) return { ok: true, decoded: legacy };
  return utf8(bytes, false, 0);
}

function utf8(bytes: Uint8Array, bom: boolean, skipped: number): DecodeResult {
  const strict = tryDecode(strictUtf8, bytes);
  if (strict !== undefined) return { ok: true, decoded: { text: strict, encoding: 'utf-8', bom } };
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const invalidByteOffset = Math.max(firstInvalidUtf8(bytes), 0) + skipped;
  return { ok: true, decoded: { text, encoding: 'utf-8', bom, invalidByteOffset } };
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): DecodeResult {
  const body = bytes.subarray(2);
  const strict = tryDecode(new TextDecoder(label, { fatal: true, ignoreBOM: true }), body);
  if (strict !== undefined) return { ok: true, decoded: { text: strict, encoding: label, bom: true } };
  const text = new TextDecoder(label, { ignoreBOM: true }).decode(body);
  return { ok: true, decoded: { text, encoding: label, bom: true, invalidByteOffset: 2 } };
}

function tryDecode(decoder: { decode(b: Uint8Array): string }, bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** NUL bytes or many control characters in the first 8 KB mean an image, PDF, archive … */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function decodeLegacyChinese(bytes: Uint8Array): Decoded | undefined {
  let best: Decoded | undefined;
  let bestScore = -Infinity;
  for (const encoding of ['gb18030', 'big5'] as const) {
    const text = tryDecode(new TextDecoder(encoding, { fatal: true }), bytes);
    if (text === undefined) continue;
    const score = commonHanScore(text);
    if (score > bestScore) {
      bestScore = score;
      best = { text, encoding, bom: false };
    }
  }
  return best;
}

/**
 * Share of Han characters that fall in the most frequent block of each encoding's repertoire.
 * GBK bytes read as Big5 (and the reverse) decode to rare characters and private-use code points.
 */
function commonHanScore(text: string): number {
  let han = 0;
  let rare = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      if (!COMMON_HAN.has(text[i]!)) rare++;
    } else if ((c >= 0xe000 && c <= 0xf8ff) || (c >= 0x3400 && c <= 0x4dbf)) rare += 3;
  }
  return han === 0 ? -rare : (han - 2 * rare) / han;
}


/** Byte offset of the first invalid UTF-8 sequence (the text is decoded with U+FFFD there). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}
