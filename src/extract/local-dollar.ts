import type { Claim } from '../model/claim.js';
import { extend } from '../util/extend.js';
import { alternation, DIGITS_ONLY } from './pattern.js';
import { BARE_YUAN_WORDS, LOCAL_DOLLAR_CUES, TRADITIONAL_MARKERS } from '../vocab/currencies.js';

const TRADITIONAL = new Map(TRADITIONAL_MARKERS.map(([t]) => [t.charCodeAt(0), 1]));
const SIMPLIFIED = new Map(TRADITIONAL_MARKERS.map(([, s]) => [s.charCodeAt(0), 1]));
/** Of a long text, the start tells its script as well as the whole. */
const SCRIPT_SAMPLE = 20_000;
const RENMINBI_BELOW = /人民[幣币][，,、]?(?:下同|以下同)/u;
/** The fewest markers a text must show to be taken as written in traditional characters. */
const MIN_MARKERS = 3;
/** Markers of simplified characters, and none of traditional ones, that settle it before the sample ends. */
const CLEARLY_SIMPLIFIED = 20;

/**
 * The dollar a bare `元` stands for in `text` (`TWD`, `HKD`), or none: an article written in
 * traditional characters that names Taiwan's or Hong Kong's currency or places, the one it names
 * more. Any other article's `元` is the renminbi.
 */
export function localDollarOf(text: string): 'TWD' | 'HKD' | undefined {
  let traditional = 0;
  let simplified = 0;
  const end = Math.min(text.length, SCRIPT_SAMPLE);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00) continue;
    if (TRADITIONAL.has(c)) traditional++;
    else if (SIMPLIFIED.has(c) && ++simplified >= CLEARLY_SIMPLIFIED && traditional === 0) return undefined;
  }
  if (traditional < MIN_MARKERS || traditional <= simplified) return undefined;
  // `營業額按年增長12%至1,950億元（人民幣，下同）`: the article says its yuan is the renminbi.
  if (RENMINBI_BELOW.test(text)) return undefined;
  const taiwan = countOf(text, LOCAL_DOLLAR_CUES.TWD);
  const hongKong = countOf(text, LOCAL_DOLLAR_CUES.HKD);
  if (taiwan === 0 && hongKong === 0) return undefined;
  return taiwan >= hongKong ? 'TWD' : 'HKD';
}

function countOf(text: string, words: readonly string[]): number {
  let n = 0;
  for (const w of words) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) n++;
  return n;
}

/** …and the qualifier the claim's text may close with (`1,500億元以上`). */
const BARE_YUAN_END = new RegExp(`(?:${alternation(BARE_YUAN_WORDS)})(?:以上|以下|左右|上下|之多)?$`, 'u');
export const NAMED_RENMINBI = /人民[币幣]|RMB|CNY|¥|￥/u;

/** Whether an amount read as renminbi names no currency but a bare `元` (`155亿元`, not `155亿元人民币`, `RMB 8元`). */
export function inBareYuan(currency: string | undefined, text: string): boolean {
  return currency === 'CNY' && BARE_YUAN_END.test(text) && !NAMED_RENMINBI.test(text);
}

/** Whether an amount names the renminbi in its own words (`16元人民幣`, `RMB 8`). */
export function namesRenminbi(claim: Claim): boolean {
  return claim.currency === 'CNY' && NAMED_RENMINBI.test(claim.text);
}

/**
 * `以每股6.35元配發`, `收市價6.70元` in a Hong Kong article: a price of the shares Hong Kong trades, in its dollar even
 * after an amount in renminbi (not an A share's, `A股收報…`).
 */
const SHARE_PRICE_BEFORE = /(?<!A股[^，,。；;]{0,6})(?:每股|股價|股价|收市價|收市价|配股價|配股价|招股價|招股价|收報|收报)[^，,。；;\d]{0,4}$/u;

/**
 * `claim` in its article's local dollar when it states an amount in a bare yuan (`營收達24.5億元` in a
 * Taiwanese article is NT$2.45 billion), or is a table cell of digits under such a label (`營收（億元）`),
 * unless its sentence named the renminbi before it (`afterRenminbi`), save a Hong Kong share's price (the text
 * `before` it); `localDollar` is asked only then.
 */
export function inLocalDollar(claim: Claim, localDollar: () => 'TWD' | 'HKD' | undefined, afterRenminbi = false, before = ''): Claim {
  if (claim.currency !== 'CNY' || (afterRenminbi && !(SHARE_PRICE_BEFORE.test(before) && localDollar() === 'HKD'))) return claim;
  const bare = BARE_YUAN_END.test(claim.text) ? inBareYuan(claim.currency, claim.text) : claim.table !== undefined && DIGITS_ONLY.test(claim.text);
  const dollar = bare ? localDollar() : undefined;
  return dollar ? extend(claim, { currency: dollar }) : claim;
}
