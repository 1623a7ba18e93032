/**
 * Recognises files that are not text at all, so that an image or archive saved as `.md` is
 * reported as such instead of being decoded into garbage claims.
 */

/**
 * Leading bytes of the binary formats a newsroom folder collects. Only signatures no article
 * starts with: "RIFF" could begin a sentence, so WebP and WAV are left to the NUL-byte test.
 */
const SIGNATURES: readonly { readonly name: string; readonly bytes: readonly number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive (or DOCX/XLSX/EPUB)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'empty ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'legacy Word/Excel document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** How much of the start of a file the control-byte test looks at. */
const SNIFF_BYTES = 8192;

/**
 * Why the bytes are not a text document, or undefined when they may be one. A known file
 * signature names the format; otherwise NUL bytes or a high share of control bytes give it away.
 * (UTF-16 without a BOM also holds NUL bytes: the caller tries that first.)
 */
export function binaryReason(bytes: Uint8Array): string | undefined {
  for (const sig of SIGNATURES) {
    if (sig.bytes.length <= bytes.length && sig.bytes.every((b, i) => bytes[i] === b)) return `binary content (${sig.name}), not a text document`;
  }
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary content (NUL bytes), not a text document';
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1 ? 'binary content (control bytes), not a text document' : undefined;
}

/**
 * UTF-16 without a byte order mark, recognised by its zero high bytes: in mostly-ASCII text every
 * other byte is 0, on the odd offsets for little-endian and the even ones for big-endian.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.4 && oddZeros === 0) return 'utf-16be';
  return undefined;
}
