/** Chinese scale words (simplified and traditional) → factor. 兆 is ambiguous (1e6 or 1e12) and left out. */
export const ZH_SCALES: Readonly<Record<string, number>> = {
  万亿: 1e12, 萬億: 1e12, 亿: 1e8, 億: 1e8, 万: 1e4, 萬: 1e4, 千: 1e3, 仟: 1e3,
};

/** English scale words and suffixes → factor (matched case-insensitively, except the one-letter suffixes). */
export const EN_SCALES: Readonly<Record<string, number>> = {
  trillion: 1e12, billion: 1e9, million: 1e6, thousand: 1e3, tn: 1e12, trn: 1e12, bn: 1e9, mn: 1e6, mln: 1e6,
};

/** One-letter suffixes written against the number (30B, 12.8K); case matters. */
export const EN_SUFFIX_SCALES: Readonly<Record<string, number>> = { T: 1e12, B: 1e9, M: 1e6, K: 1e3, k: 1e3 };
