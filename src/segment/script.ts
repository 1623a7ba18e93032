/** Character classes shared by the segmenter, the language chooser and the extractors. */

export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
}

export function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

export function isKana(c: number): boolean {
  return c >= 0x3040 && c <= 0x30ff;
}

export function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff);
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

/** NaN (before the start or past the end of a text) is no digit. */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isAsciiLetter(c: number): boolean {
  return isUpperAscii(c) || (c >= 97 && c <= 122);
}
