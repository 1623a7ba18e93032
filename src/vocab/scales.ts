/** English scale words after a figure → factor (matched case-insensitively, as whole words). */
export const EN_SCALES: Readonly<Record<string, number>> = {
  quadrillion: 1e15, trillion: 1e12, billion: 1e9, million: 1e6, thousand: 1e3, hundred: 100, tn: 1e12, trn: 1e12, bn: 1e9, bln: 1e9,
  mn: 1e6, mln: 1e6, mil: 1e6, dozen: 12, dozens: 12,
};

/** One-letter suffixes written against the number (30B, 12.8K); case matters. */
export const EN_SUFFIX_SCALES: Readonly<Record<string, number>> = { T: 1e12, B: 1e9, M: 1e6, K: 1e3, k: 1e3 };

/** Suffixes that are a scale only on an amount of money (€3m, $5k); elsewhere `3m` is three metres. */
export const MONEY_SUFFIX_SCALES: Readonly<Record<string, number>> = { m: 1e6, b: 1e9, bn: 1e9, tn: 1e12 };

/** Suffixes that are a scale also after a space or two (2.33 k, -2.5 M); `K` after a space is a strikeout count, `B` a label. */
export const SPACED_SUFFIX_SCALES: Readonly<Record<string, number>> = { k: 1e3, M: 1e6 };

/** Suffixes that are a scale against a decimal number only (1.2b); `Phase 2b` is a name. */
export const DECIMAL_SUFFIX_SCALES: Readonly<Record<string, number>> = { b: 1e9 };
