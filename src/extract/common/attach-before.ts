import type { Qualifier } from '../../model/claim.js';
import { CENT_CURRENCIES, CURRENCY_NAMES, CURRENCY_PREFIXES, CURRENCY_SUFFIXES } from '../../vocab/currencies.js';
import { QUALIFIERS_BEFORE } from '../../vocab/qualifiers.js';
import { alternation } from '../pattern.js';
import { lastBefore } from '../../util/positions.js';

const LATIN = (w: string): boolean => /^[A-Za-z]/.test(w);
const words = (keys: string[], latin: boolean): string[] => keys.filter((k) => LATIN(k) === latin);

/** Currency before the amount; Latin codes (USD, RMB) must start a word. */
const CURRENCY_BEFORE = new RegExp(
  `(?:(?<![A-Za-z])(${alternation(words(Object.keys(CURRENCY_PREFIXES), true))})|(${alternation(words(Object.keys(CURRENCY_PREFIXES), false))}))[ \\t\\u00a0]?$`,
  'u',
);
const QUALIFIER_BEFORE = new RegExp(
  `(?:(?<![A-Za-z])(${alternation(words(Object.keys(QUALIFIERS_BEFORE), true))})|(${alternation(words(Object.keys(QUALIFIERS_BEFORE), false))}))[ \\t\\u00a0]?$`,
  'iu',
);
/** The sign spelled out before an English or Arabic number (minus five, negative 3%; not plus or minus 2%). */
const SIGN_WORD = /(?<![A-Za-z])(?<!or[ \t])(?:minus|negative)[ \t]$/i;
const WINDOW = 24;
/** Last characters of the words, so that most figures skip the anchored search entirely. */
const lastChars = (keys: string[]): Set<string> => new Set(keys.flatMap((k) => [k.slice(-1), k.slice(-1).toLowerCase(), k.slice(-1).toUpperCase()]));
const CURRENCY_ENDS = lastChars(Object.keys(CURRENCY_PREFIXES));
const QUALIFIER_ENDS = lastChars(Object.keys(QUALIFIERS_BEFORE));

/** The character before `pos`, past one space. */
function charBefore(text: string, pos: number, floor: number): string {
  const c = text[pos - 1];
  return (c === ' ' || c === '\t' || c === '\u00a0') && pos - 2 >= floor ? text[pos - 2]! : pos - 1 >= floor ? (c ?? '') : '';
}

/** A word before the figure: where it starts and what it says. */
export interface Before<T> {
  readonly start: number;
  readonly value: T;
}

/** The currency written before an amount (`US$`, `$`, `人民币`, `RMB `), ending right at `pos`. */
export function currencyBefore(text: string, pos: number, floor: number): Before<string> | undefined {
  if (!CURRENCY_ENDS.has(charBefore(text, pos, floor))) return undefined;
  const from = Math.max(floor, pos - WINDOW);
  const m = CURRENCY_BEFORE.exec(text.slice(from, pos));
  if (!m) return undefined;
  const word = m[1] ?? m[2]!;
  return { start: from + m.index, value: CURRENCY_PREFIXES[word]! };
}

/** The qualifier written before a figure (`约`, `超过`, `more than`), ending right at `pos`. */
export function qualifierBefore(text: string, pos: number, floor: number): Before<Qualifier> | undefined {
  if (!QUALIFIER_ENDS.has(charBefore(text, pos, floor))) return undefined;
  const from = Math.max(floor, pos - WINDOW);
  const m = QUALIFIER_BEFORE.exec(text.slice(from, pos));
  if (!m) return undefined;
  const word = m[1] ?? m[2]!;
  const value = QUALIFIERS_BEFORE[word] ?? QUALIFIERS_BEFORE[word.toLowerCase()];
  return value ? { start: from + m.index, value } : undefined;
}

/** Any currency written in a sentence, as sign, code or name (`C$`, `EUR`, `euros`, `美元`). */
const CURRENCY_MENTION = new RegExp(
  `(?<![A-Za-z])(${alternation(words([...Object.keys(CURRENCY_PREFIXES), ...Object.keys(CURRENCY_SUFFIXES), ...Object.keys(CURRENCY_NAMES)], true))})(?![A-Za-z])|(${alternation(words([...Object.keys(CURRENCY_PREFIXES), ...Object.keys(CURRENCY_SUFFIXES)], false))})`,
  'giu',
);

/** The cent currencies a sentence names, in order, for the last sentence asked about. */
let mentions: { text: string; found: { pos: number; iso: string }[] } = { text: '', found: [] };

/**
 * Forgets the sentence `centCurrencyAround` last read: the sentence is a slice of its document and
 * would keep the whole text alive after its analysis. Called as each sentence's figures are read.
 */
export function forgetCentMentions(): void {
  if (mentions.text !== '') mentions = { text: '', found: [] };
}

/** Every cent currency written in `text` with its offset; read once per sentence, however many cents it states. */
function centMentions(text: string): { pos: number; iso: string }[] {
  if (mentions.text === text) return mentions.found;
  const found: { pos: number; iso: string }[] = [];
  CURRENCY_MENTION.lastIndex = 0;
  for (let m = CURRENCY_MENTION.exec(text); m; m = CURRENCY_MENTION.exec(text)) {
    const word = m[1] ?? m[2]!;
    const iso = CURRENCY_PREFIXES[word] ?? CURRENCY_SUFFIXES[word] ?? CURRENCY_NAMES[word.toLowerCase()];
    if (iso && CENT_CURRENCIES.has(iso)) found.push({ pos: m.index, iso });
  }
  CURRENCY_MENTION.lastIndex = 0;
  mentions = { text, found };
  return found;
}

/**
 * The currency whose cents a sentence counts at `pos`: the last one with cents written before it
 * (`C$1.20 a share, up 34 cents` → CAD), else the first one after it (`rose 34 cents to A$40` →
 * AUD), else the US dollar.
 */
export function centCurrencyAround(text: string, pos: number): string {
  const found = centMentions(text);
  const before = lastBefore(found, pos);
  // The mentions are in text order: the first after pos is next to the last before it.
  const after = found[before + 1]?.pos === pos ? found[before + 2] : found[before + 1];
  return found[before]?.iso ?? after?.iso ?? 'USD';
}

/** The length of `minus ` or `negative ` right before `pos`, 0 when neither is there. */
export function signWordBefore(text: string, pos: number): number {
  const c = text[pos - 1];
  if (c !== ' ' && c !== '\t') return 0;
  // (minus and negative end in s and e: most numbers after a space skip the pattern)
  const last = text.charCodeAt(pos - 2) | 32;
  const word = last === 115 || last === 101 ? SIGN_WORD.exec(text.slice(Math.max(0, pos - 10), pos)) : null;
  return word ? word[0].length : 0;
}
