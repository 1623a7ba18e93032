import type { Claim } from '../model/claim.js';
import { alternation } from '../extract/pattern.js';
import { CONVERSION_WORDS, RATE_AFTER_WORDS, RATE_WORDS } from '../vocab/currencies.js';

/** What may stand between an amount and its conversion: `（约合`, ` (about`, `，折合`, and a second one (`（約236億美元，或約1,810億港元）`, `, or about`). */
// What the amount is per may stand before them (`0.72元/瓦（约合10.0美分/瓦）`, `$2 per GPU-hour (about`).
const BETWEEN = new RegExp(`^(?:[ \\t]*(?:[/／]|per[ \\t])[^（(，,]{1,12})?\\s*[（(，,]?\\s*(?:或|or\\s)?\\s*(?:${alternation(CONVERSION_WORDS)})?\\s*$`, 'i');

/**
 * Finds stated conversions: an amount in another currency right after an amount, in brackets or
 * after a comma (`20亿美元（约合145亿元人民币）`, `$2 billion (about 14.5 billion yuan)`). Returns, per
 * converted claim's index in `sentenceClaims`, the index of the amount it converts.
 */
export function findConversions(text: string, sentenceClaims: readonly Claim[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 1; i < sentenceClaims.length; i++) {
    const b = sentenceClaims[i]!;
    // `428.6億元人民幣，以1港元兌0.922元人民幣計算，約合465億港元`: the rate the conversion is made at may stand between.
    const rate = i >= 3 && isRateBetween(text, sentenceClaims[i - 2]!, sentenceClaims[i - 1]!, b) ? 2 : 0;
    const k = i - 1 - rate;
    const a = sentenceClaims[k]!;
    if (a.kind !== 'money' || b.kind !== 'money' || !a.currency || !b.currency || a.currency === b.currency) continue;
    const between = rate ? text.slice(a.end, sentenceClaims[k + 1]!.start) : text.slice(a.end, b.start);
    if (between.length > 16 || !(rate ? RATE_OPENING : BETWEEN).test(between)) continue;
    out.set(i, out.get(k) ?? k);
  }
  return out;
}

/** Before a rate stated between an amount and its conversion: `，以`, `，按`, `, at`. */
const RATE_OPENING = /^\s*[，,]?\s*(?:以|按|at)?\s*$/i;
/** After it, before the conversion: `計算，約合`, `，折合`. */
const RATE_CLOSING = new RegExp(`^\\s*(?:计算|計算)?\\s*[，,]?\\s*(?:${alternation(CONVERSION_WORDS)})?\\s*$`, 'i');

/** Whether `x` and `y` state the rate of a conversion `b` (`以1港元兌0.922元人民幣計算，約合465億港元`). */
function isRateBetween(text: string, x: Claim, y: Claim, b: Claim): boolean {
  if (x.kind !== 'money' || y.kind !== 'money' || (x.value !== 1 && y.value !== 1) || x.currency === y.currency) return false;
  return y.start - x.end <= 8 && RATE_BETWEEN.test(text.slice(x.end, y.start)) && RATE_CLOSING.test(text.slice(y.end, b.start));
}

/** What stands between the two sides of an exchange rate: `1美元兑7.80港元`, `$1 = 7.12 yuan`. */
const RATE_BETWEEN = new RegExp(`^\\s*(?:${alternation(RATE_WORDS)})\\s*$`, 'i');
/** What follows the amount of an exchange rate stated against one unit: `7.10 yuan to the dollar`. */
const RATE_AFTER = new RegExp(`^\\s*(?:${alternation(RATE_AFTER_WORDS)})(?![A-Za-z])`, 'i');

/**
 * The indices (in `sentenceClaims`) of the amounts that state an exchange rate (`按1美元兑7.80港元计算`,
 * `at 7.10 yuan to the dollar`): no figure of the company the sentence is about, whatever its words.
 */
export function findExchangeRates(text: string, sentenceClaims: readonly Claim[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < sentenceClaims.length; i++) {
    const a = sentenceClaims[i]!;
    if (a.kind !== 'money') continue;
    if (RATE_AFTER.test(text.slice(a.end, a.end + 24))) out.add(i);
    const b = sentenceClaims[i + 1];
    if (!b || b.kind !== 'money' || a.currency === b.currency || (a.value !== 1 && b.value !== 1)) continue;
    if (b.start - a.end <= 8 && RATE_BETWEEN.test(text.slice(a.end, b.start))) out.add(i).add(i + 1);
  }
  return out;
}
