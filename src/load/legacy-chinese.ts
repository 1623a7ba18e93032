/**
 * Byte-level reading of the two legacy Chinese encodings without any marker: GB18030 (a superset
 * of GB2312 and GBK) and Big5. Both put the frequently used characters in a known block of byte
 * pairs (GB2312 level 1: lead B0–D7; Big5 level 1: lead A4–C6), and the bytes of one encoding read
 * as the other land in symbol rows (kana, Greek, box drawing), level-2, extension or user-defined
 * areas. Counting pairs by block therefore tells them apart, and does so for texts of a few
 * characters, where character statistics have nothing to go on.
 */

/** What a pass over the bytes found, for one candidate encoding. */
export interface LegacyScan {
  /** Byte pairs in the encoding's block of frequently used characters. */
  readonly common: number;
  /** Weighted count of pairs a real text of this encoding rarely holds. */
  readonly rare: number;
  /** Byte sequences that are not valid in the encoding at all. */
  readonly invalid: number;
  /** Byte offset of the first invalid sequence, or -1. */
  readonly firstInvalid: number;
}

export type LegacyEncoding = 'gb18030' | 'big5';

export function scanLegacy(bytes: Uint8Array, encoding: LegacyEncoding): LegacyScan {
  return encoding === 'gb18030' ? scanGb18030(bytes) : scanBig5(bytes);
}

/**
 * Plausibility of a reading in [-2, 1]: 1 when every multi-byte character is a frequently used
 * one, lower for each rare one. Punctuation and full-width forms count neither way.
 */
export function plausibility(scan: LegacyScan): number {
  const counted = scan.common + scan.rare + scan.invalid;
  if (counted === 0) return 0;
  return (scan.common - 2 * (scan.rare + scan.invalid)) / counted;
}

function scanGb18030(b: Uint8Array): LegacyScan {
  const s = { common: 0, rare: 0, invalid: 0, firstInvalid: -1 };
  const bad = (i: number) => {
    s.invalid++;
    if (s.firstInvalid < 0) s.firstInvalid = i;
  };
  let i = 0;
  while (i < b.length) {
    const lead = b[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = b[i + 1];
    if (lead === 0x80 || lead === 0xff || trail === undefined) {
      bad(i);
      i++;
    } else if (trail >= 0x30 && trail <= 0x39) {
      // Four-byte sequence: characters outside GBK, rare in Chinese news text.
      const third = b[i + 2];
      const fourth = b[i + 3];
      if (third === undefined || fourth === undefined || third < 0x81 || third > 0xfe || fourth < 0x30 || fourth > 0x39) {
        bad(i);
        i++;
      } else {
        s.rare++;
        i += 4;
      }
    } else if (trail < 0x40 || trail === 0x7f || trail === 0xff) {
      bad(i);
      i++;
    } else {
      s.rare += gbPairWeight(lead, trail, s);
      i += 2;
    }
  }
  return s;
}

/** Adds to `common` for a level-1 pair and returns the rarity weight of any other pair. */
function gbPairWeight(lead: number, trail: number, s: { common: number }): number {
  if (trail < 0xa1) return 1; // GBK extension areas: traditional and rare characters
  if (lead >= 0xb0 && lead <= 0xd7) {
    s.common++;
    return 0;
  }
  if (lead === 0xa1 || lead === 0xa2 || lead === 0xa3) return 0; // punctuation, numerals, full-width ASCII
  if (lead >= 0xa4 && lead <= 0xa9) return 1; // kana, Greek, Cyrillic, pinyin, box drawing
  if (lead >= 0xd8 && lead <= 0xf7) return 1; // level 2
  return 3; // user-defined areas decode to private-use code points
}

function scanBig5(b: Uint8Array): LegacyScan {
  const s = { common: 0, rare: 0, invalid: 0, firstInvalid: -1 };
  let i = 0;
  while (i < b.length) {
    const lead = b[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = b[i + 1];
    const validTrail = trail !== undefined && ((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe));
    if (lead === 0x80 || lead === 0xff || !validTrail) {
      s.invalid++;
      if (s.firstInvalid < 0) s.firstInvalid = i;
      i++;
      continue;
    }
    if ((lead >= 0xa4 && lead <= 0xc5) || (lead === 0xc6 && trail <= 0x7e)) s.common++;
    else if (lead === 0xa1 || lead === 0xa2) {
      // punctuation, full-width forms: neutral
    } else s.rare += lead < 0xa1 || lead > 0xf9 ? 3 : 1; // HKSCS and user-defined areas weigh most
    i += 2;
  }
  return s;
}
