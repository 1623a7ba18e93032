/**
 * Rough units of each currency per US dollar. Used only to recognise a stated or translated
 * conversion (`20亿美元（约合145亿元人民币）`), never to compare amounts, so the band is wide.
 */
export const UNITS_PER_USD: Readonly<Record<string, number>> = {
  USD: 1, CNY: 7.1, HKD: 7.8, TWD: 31, EUR: 0.92, GBP: 0.79, JPY: 150, KRW: 1350, INR: 84, SGD: 1.34, CAD: 1.37, AUD: 1.5,
};

/** How far a conversion may stray from the rates above and still read as a conversion. */
export const CONVERSION_BAND = 0.3;
