import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { readFigures } from '../extract/extract-claims.js';
import { alternation } from '../extract/pattern.js';
import { PER_KIND_WORDS_EN, PER_KIND_WORDS_ZH, PER_ONE_CHARACTER_UNITS, PER_WORDS_AFTER, PER_WORDS_BEFORE, TOKEN_KIND_WORDS } from '../vocab/units.js';
import { isHan } from '../segment/script.js';

/** `每百万tokens 4元`, `由每百万tokens 4元降至0.8元`: the last `每` of the clause before the amount, and what follows it. */
const PER_BEFORE = new RegExp(`(?:${alternation(PER_WORDS_BEFORE)})[ \\t]*([^每]{1,20})$`, 'u');
/** `4元/百万tokens`, `$2 per million tokens`: what an amount is per, written right after it. */
const PER_AFTER = new RegExp(`^[ \\t]*(?:[/／]|(?:${alternation(PER_WORDS_AFTER)})[ \\t]+)[ \\t]*(\\S.{0,20})`, 'iu');
const LATIN_START = /^[A-Za-z]/;
const KIND_WORDS = new RegExp(`(?<![A-Za-z])(?:${alternation(PER_KIND_WORDS_EN)})[ \\t]+|(?:${alternation(PER_KIND_WORDS_ZH)})[ \\t]*`, 'giu');
/** The longest denominator tried, in characters (`百万tokens`, `million input tokens`). */
const LONGEST = 20;
const TEN_SHARES = '10-share';
/** The end of a per-unit suffix counting tokens (`:per-1M-token`). */
export const TOKEN_SUFFIX = '-token';
/** A price per year or per month is a rate over a period, which the period says (`每年`, `per year`). */
const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'quarter']);

/**
 * What a price is per (`每百万tokens 4元`, `0.8元/百万tokens`, `$2 per million tokens`, `每股0.5元`),
 * read as a count in either language, as a suffix for its attribute (`price:per-1M-token`): a
 * price per million tokens is never compared with a price per thousand, nor with the price of
 * a phone. Undefined when the amount is per nothing, or per a length of time (the period says so).
 */
export function perUnitOf(text: string, claim: Claim, clause: Span, sentence: Span = clause): string | undefined {
  if (claim.kind !== 'money') return undefined;
  // `每卡每小时9.8元`, `RMB 9.80 per GPU per hour`: a price of a GPU's hour of compute, whose count of GPUs names no period.
  if (GPU_HOUR_BEFORE.test(text.slice(Math.max(clause.start, claim.start - 24), claim.start)) || GPU_HOUR_AFTER.test(text.slice(claim.end, Math.min(clause.end, claim.end + 24)))) {
    return `${PER_MARK}${GPU_HOUR}`;
  }
  const before = PER_BEFORE.exec(text.slice(Math.max(clause.start, claim.start - 24), claim.start));
  const after = before ? null : PER_AFTER.exec(text.slice(claim.end, Math.min(clause.end, claim.end + 32)));
  const phrase = (before ?? after)?.[1];
  // `由每百万0.90美元降至0.40美元`: what the amount is per ends where a figure starts.
  const words = phrase?.replace(KIND_WORDS, '').replace(FIGURE_AFTER_HAN, '');
  let count = words ? countOf(words) : undefined;
  // `每10股派2.86元` is read as 0.286 yuan a share (see `perShare` in extract-claims.ts), which is
  // what a dividend is per when the text does not say.
  if (!count || count === TEN_SHARES) return undefined;
  const stretch = text.slice(sentence.start, sentence.end);
  // `Input tokens will cost 0.8 yuan per million`: a count of no unit in a sentence of tokens counts tokens.
  if (ROUND_COUNT.test(count) && TOKENS.test(stretch)) count = `${count}${TOKEN_SUFFIX}`;
  // Input and output tokens are priced apart: the word in what the amount is per says which
  // (`8 yuan per million output tokens`), else the last of them before it in its sentence
  // (`输出价格降到每百万tokens 8元，输入价格更是只剩0.8元`).
  const kind = count.endsWith(TOKEN_SUFFIX) ? (tokenKindBefore(phrase!, phrase!.length) ?? tokenKindBefore(stretch, claim.start - sentence.start)) : undefined;
  return `${PER_MARK}${count}${kind ? `:${kind}` : ''}`;
}

/** Whether a suffix of `perUnitOf` is per so many tokens (`:per-1M-token`, `:per-1M-token:output`). */
export function isPerTokens(per: string): boolean {
  return per.split(':')[1]!.endsWith(TOKEN_SUFFIX);
}

const TOKENS = /tokens?(?![A-Za-z])/i;
/** A count as `compact` writes a round one (`1M`, `100K`, `1000`). */
const ROUND_COUNT = /^(?:[0-9]+[KMBT]|1000)$/;
/** Digits right after a Han character, and all after them: a figure, not part of what an amount is per. */
const FIGURE_AFTER_HAN = /(?<=\p{Script=Han})[ \t]?[0-9０-９].*$/u;
/** The kind of token each word of `TOKEN_KIND_WORDS` names. */
const TOKEN_KINDS: ReadonlyMap<string, string> = new Map(Object.entries(TOKEN_KIND_WORDS).flatMap(([kind, w]) => [...w.en, ...w.zh].map((word) => [word, kind] as const)));
const TOKEN_KIND = new RegExp(`(?<![A-Za-z])(?:${alternation(PER_KIND_WORDS_EN)})(?![A-Za-z])|${alternation(PER_KIND_WORDS_ZH)}`, 'gi');

/** The kind of tokens the last such word before `at` in `stretch` names (`input`, `output`, `cached`), if any. */
function tokenKindBefore(stretch: string, at: number): string | undefined {
  let kind: string | undefined;
  TOKEN_KIND.lastIndex = 0;
  for (let m = TOKEN_KIND.exec(stretch); m && m.index < at; m = TOKEN_KIND.exec(stretch)) kind = TOKEN_KINDS.get(m[0].toLowerCase());
  TOKEN_KIND.lastIndex = 0;
  return kind;
}

/**
 * The longest start of `words` that reads as one count (`百万tokens` → `1M-token`, `million
 * tokens` → `1M-token`, `股派息` → `1-share`); undefined for a length of time or nothing read.
 */
function countOf(words: string): string | undefined {
  // `元/瓦`, `元/吨`: a unit of one character is no figure after `一` (`一瓦`), so it is read on its own.
  const single = PER_ONE_CHARACTER_UNITS[words.charAt(0)];
  if (single !== undefined && !isHan(words.charCodeAt(1))) return `1-${single}`;
  const latin = LATIN_START.test(words);
  for (let k = Math.min(words.length, LONGEST); k > 0; k--) {
    const part = words.slice(0, k).trimEnd();
    if (part.length < k) continue;
    const text = /^[0-9]/.test(part) ? part : latin ? `1 ${part}` : `一${part}`;
    const one = oneFigure(text);
    if (!one || one.value === null || one.kind === 'date' || one.kind === 'money' || one.kind === 'percent') continue;
    if (one.unit !== undefined && TIME_UNITS.has(one.unit)) return undefined;
    return `${compact(one.value)}${one.unit ? `-${one.unit}` : ''}`;
  }
  return undefined;
}

/** The one figure a text reads as, whole. */
function oneFigure(text: string): ReturnType<typeof readFigures>[number] | undefined {
  const found = readFigures(text);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length ? found[0]! : undefined;
}

function compact(value: number): string {
  for (const [scale, suffix] of [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']] as const) {
    if (value >= scale && Number.isInteger(value / scale)) return `${value / scale}${suffix}`;
  }
  return String(value);
}

const PER_MARK = ':per-';
const GPU_HOUR = 'gpu-hour';
/** The suffix `perUnitOf` gives an amount per GPU-hour: always a price. */
export const GPU_HOUR_PRICE = `${PER_MARK}${GPU_HOUR}`;
/** `每卡每小时`, `每GPU小时`, `每卡时` before the amount, the last per-word of its stretch (`从每卡每小时14.6元降到9.8元`). */
const GPU_HOUR_BEFORE = /每[ \t]?(?:张|張)?(?:卡|GPU)[ \t]?每?[ \t]?(?:小时|小時|时|時)[^每]{0,16}$/u;
/** `per GPU per hour`, `per GPU-hour`, `/卡/小时`, `元/GPU时` after the amount. */
const GPU_HOUR_AFTER = /^[ \t]*(?:per[ \t]+GPU(?:[ \t]+per[ \t]+hour|[ -]hour)|[/／](?:卡|GPU)[/／]?(?:小时|小時|时|時|hour))/iu;

/** What a claim's amount is per, from its attribute (`price:per-1M-token` → `1M-token`); undefined when per nothing read. */
export function perBasisOf(claim: Claim): string | undefined {
  const attribute = claim.attribute;
  const at = attribute?.indexOf(PER_MARK) ?? -1;
  if (at < 0) return undefined;
  const end = attribute!.indexOf(':', at + PER_MARK.length);
  return attribute!.slice(at + PER_MARK.length, end < 0 ? undefined : end);
}
