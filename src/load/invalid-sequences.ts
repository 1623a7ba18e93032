/** Where a file's bytes break its encoding: counted so the warning can say where and how often. */
export interface InvalidBytes {
  /** Number of invalid sequences (each becomes one U+FFFD). */
  readonly count: number;
  /** Bytes they span. */
  readonly bytes: number;
  /** Byte offset of the first one, or -1. */
  readonly first: number;
}

/**
 * Invalid UTF-8 sequences per the WHATWG decoder's rules: overlong forms, surrogates and code
 * points past U+10FFFF are invalid too, and a truncated sequence counts once.
 */
export function invalidUtf8(bytes: Uint8Array): InvalidBytes {
  let count = 0;
  let bad = 0;
  let first = -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    // The second byte's range is narrower after E0, ED, F0 and F4 (overlongs, surrogates, > U+10FFFF).
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let k = 1;
    if (need > 0) {
      for (; k <= need; k++) {
        const c = bytes[i + k];
        if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) break;
      }
    }
    if (need > 0 && k > need) {
      i += need + 1;
      continue;
    }
    count++;
    if (first < 0) first = i;
    const skip = need > 0 ? Math.max(k, 1) : 1;
    bad += skip;
    i += skip;
  }
  return { count, bytes: bad, first };
}

/** Lone surrogates and a dangling odd byte in UTF-16 (offsets count from the start of `bytes`). */
export function invalidUtf16(bytes: Uint8Array, littleEndian: boolean, from: number): InvalidBytes {
  let count = 0;
  let first = -1;
  const unit = (i: number) => (littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  let i = from;
  for (; i + 1 < bytes.length; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 3 < bytes.length) {
      const next = unit(i + 2);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 2;
        continue;
      }
    }
    if (u >= 0xd800 && u <= 0xdfff) {
      count++;
      if (first < 0) first = i;
    }
  }
  if (i < bytes.length) {
    count++;
    if (first < 0) first = i;
  }
  return { count, bytes: count * 2, first };
}
