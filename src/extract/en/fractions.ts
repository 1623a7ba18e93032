import type { Qualifier } from '../../model/claim.js';
import { EN_FRACTIONS, EN_FRACTIONS_AFTER_TENS, EN_MULTIPLIERS, EN_TENS, EN_UNITS } from '../../vocab/numbers.js';
import { DURATION_UNITS } from '../../vocab/units.js';
import { QUARTERS_OF_TIME_AFTER, QUARTERS_OF_TIME_BEFORE } from '../../vocab/periods.js';
import { alternation } from '../pattern.js';
import type { Matcher, RawClaim } from '../raw-claim.js';
import { readAfter } from '../common/attach-after.js';
import { qualifierBefore, signWordBefore } from '../common/attach-before.js';
import { round } from '../common/figures.js';
import { EN_RUN_SOURCE } from '../common/number-runs.js';
import { lastNumberWords, parseNumberWords } from './parse-number-words.js';
import { shareOfAfter } from '../common/share-of.js';

/** Ordinals as denominators, singular and plural (fifth, fifths, half) → the denominator. */
const DENOMINATORS = new Map<string, number>();
// (not `halves`: two halves are a match's, not a share)
for (const [w, d] of Object.entries(EN_FRACTIONS)) DENOMINATORS.set(w, d).set(w === 'half' ? w : `${w}s`, d);
const AFTER_TENS = new Map<string, number>();
for (const [w, d] of Object.entries(EN_FRACTIONS_AFTER_TENS)) AFTER_TENS.set(w, d).set(`${w}s`, d);
/** The other half of the problem, the second half of 2025: a part or a period, not a share. */
const NOT_A_SHARE_BEFORE_HALF = '(?:other|first|second|latter|former|better)[ \\t]';
/** `half of` unless a part or a period comes before it. */
const NOT_A_SHARE_BEFORE = new RegExp(`${NOT_A_SHARE_BEFORE_HALF}$`, 'i');
/** The numerator right before a fraction word: number words or `a`, then a space or hyphen. */
const NUMERATOR = new RegExp(`(?:(${EN_RUN_SOURCE})|(an?))[ \\t]*-?[ \\t]*$`, 'iuy');
const BETWEEN = /between[ \t]+$/i;
const QUARTERS_OF_TIME_BEFORE_RE = new RegExp(`\\b(?:${alternation(QUARTERS_OF_TIME_BEFORE)})[ \\t]+$`, 'i');
const QUARTERS_OF_TIME_AFTER_RE = new RegExp(`^[ \\t]+(?:${alternation(QUARTERS_OF_TIME_AFTER)})\\b`, 'i');
/** The words a numerator may end with, and those it may hold besides. */
const LAST_NUMERATOR_WORDS = new Set(['a', 'an', 'half', ...Object.keys(EN_UNITS), ...Object.keys(EN_TENS), ...Object.keys(EN_MULTIPLIERS)]);
const NUMERATOR_WORDS = new Set([...LAST_NUMERATOR_WORDS, 'and']);
/** How many words back a numerator may start. */
const NUMERATOR_WORDS_MAX = 12;

/**
 * Where fraction words may be: their stems, grouped by first letter (as fast a scan as the eight
 * commonest words, where a flat list of all of them costs a third more). Most sentences have none;
 * each hit is then read as the whole word it stands in (`fifth`, not `fifthly`, `behalf`).
 */
const FRACTION_STEM = /t(?:hird|enth|welfth|eenth|ieth|housandth)|f(?:ourth|ifth|irsts)|s(?:ixth|eventh)|h(?:alf|undredth)|e(?:ighth|leventh)|quarter|ninth|llionth/gi;
const LETTER = /[A-Za-z]/;

/**
 * Fractions in words. Alone they are a share (percent): one-third, a third of, two-thirds, three
 * quarters, twenty-three fifths (460%), a hundredth, one twenty-fifth, three twenty-firsts; after
 * a whole number and `and`, a mixed number (twenty and three fifths: 20.6). `a third` and `one
 * quarter` need a hyphen or a following `of` or to stand alone: `a quarter earlier` is a time, `a
 * fifth straight quarter` an order; a singular with a numerator above one is no fraction; quarters
 * from four on are periods (`twelve quarters`).
 */
export const matchEnglishFractions: Matcher = (text, start, end, _context, s) => {
  const out: RawClaim[] = [];
  // One shared pattern, rewound: matchers are never re-entered, and compiling per sentence costs more than the scan.
  const re = FRACTION_STEM;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    let wordStart = m.index;
    while (wordStart > 0 && LETTER.test(s[wordStart - 1]!)) wordStart--;
    let fractionEnd = m.index + m[0].length;
    while (fractionEnd < s.length && LETTER.test(s[fractionEnd]!)) fractionEnd++;
    re.lastIndex = fractionEnd;
    const word = s.slice(wordStart, fractionEnd).toLowerCase();
    const unit = DENOMINATORS.get(word) ?? AFTER_TENS.get(word);
    if (unit === undefined) continue;
    // twenty-fifth, three twenty-firsts: a tens word and a unit ordinal are one denominator when a
    // numerator comes before them; else a tens word apart is the numerator (twenty fifths: 4), and
    // one joined by a hyphen makes an ordinal (finished twenty-fifth).
    const sep = s[wordStart - 1];
    let tensStart = wordStart - 1;
    while (tensStart > 0 && LETTER.test(s[tensStart - 1]!)) tensStart--;
    const tens = unit < 10 && (sep === ' ' || sep === '-') ? (EN_TENS[s.slice(tensStart, wordStart - 1).toLowerCase()] ?? 0) : 0;
    let denominator = tens + unit;
    let reading = tens ? fractionBefore(s, tensStart, denominator) : undefined;
    if (!reading && DENOMINATORS.has(word) && !(tens && sep === '-')) {
      denominator = unit;
      reading = fractionBefore(s, wordStart, unit);
    }
    if (!reading) {
      // half of the staff (not the other half of, the second half of); `half` alone (a table cell)
      const alone = s.slice(0, wordStart).trim() === '' && s.slice(fractionEnd).trim() === '';
      if (word === 'half' && (alone || (/^ of\b/i.test(s.slice(fractionEnd, fractionEnd + 4)) && !NOT_A_SHARE_BEFORE.test(s.slice(Math.max(0, wordStart - 8), wordStart))))) {
        out.push(shareClaim(s, start, wordStart, fractionEnd, 50, qualifierAfter(s, fractionEnd)));
      }
      continue;
    }
    const plural = /s$/i.test(word);
    const n = reading.numerator;
    if (!plural && n > 1 && s[reading.end] === ' ') continue;
    if (reading.whole === undefined) {
      if (plural && unit === 4 && (n >= 4 || (word === 'quarters' && quartersOfTime(s, reading.start, fractionEnd)))) continue;
      if (!plural && s[reading.end] !== '-' && n === 1 && !/^ of\b/.test(s.slice(fractionEnd, fractionEnd + 4)) && !standsAlone(s, reading.word, word, fractionEnd)) continue;
    }
    const sign = signWordBefore(s, reading.start) ? -1 : 1;
    const from = reading.start - signWordBefore(s, reading.start);
    if (reading.whole !== undefined) {
      const qb = qualifierBefore(s, from, 0);
      out.push({ start: start + (qb?.start ?? from), end: start + fractionEnd, kind: 'number', value: round(sign * (reading.whole + n / denominator)), qualifier: qb?.value ?? 'exact' });
    } else out.push(shareClaim(s, start, from, fractionEnd, (sign * n * 100) / denominator, qualifierAfter(s, fractionEnd)));
  }
  return out;
};

/** `the last two quarters`, `three quarters in a row`: a stretch of time. */
function quartersOfTime(s: string, from: number, end: number): boolean {
  return QUARTERS_OF_TIME_BEFORE_RE.test(s.slice(Math.max(0, from - 14), from)) || QUARTERS_OF_TIME_AFTER_RE.test(s.slice(end, end + 12));
}

/** A qualifier after a share (a third or so). */
function qualifierAfter(s: string, pos: number): Qualifier | undefined {
  const after = readAfter(s, pos, { arabic: false, money: false, yearLike: false });
  return after.kind === 'number' ? after.qualifier : undefined;
}

/** The numerator read before a fraction word at `pos`, and the whole number of a mixed number. */
interface NumeratorReading {
  readonly start: number;
  /** Where the numerator ends (a space or hyphen follows). */
  readonly end: number;
  readonly numerator: number;
  readonly whole?: number;
  /** The numerator's word when it is one (a, one, three), for `a fifth` and `one quarter`. */
  readonly word: string;
}

/**
 * The number words that end right before `pos` (past a space or hyphen) as the numerator of a
 * fraction with `denominator`: `twenty-three` (fifths), `a` (hundredth), `one hundred and thirty
 * and two` (fifths) as 130 and 2, when what follows the last `and` is a proper numerator.
 */
function fractionBefore(s: string, pos: number, denominator: number): NumeratorReading | undefined {
  // Walk back over the words that may make a number; the word right before must end one (most
  // fraction words follow none: the third quarter). The run then starts at the earliest of them
  // from which the number pattern reaches the fraction word.
  const starts: number[] = [];
  for (let i = pos; starts.length < NUMERATOR_WORDS_MAX; ) {
    while (i > 0 && (s[i - 1] === ' ' || s[i - 1] === '\t' || s[i - 1] === '-' || (starts.length > 0 && s[i - 1] === ','))) i--;
    let j = i;
    while (j > 0 && /[A-Za-z]/.test(s[j - 1]!)) j--;
    if (j === i || !(starts.length === 0 ? LAST_NUMERATOR_WORDS : NUMERATOR_WORDS).has(s.slice(j, i).toLowerCase())) break;
    starts.push(j);
    i = j;
  }
  if (starts.length === 0) return undefined;
  const head = s.slice(0, pos);
  let m: RegExpExecArray | null = null;
  for (let k = starts.length - 1; k >= 0 && !m; k--) {
    NUMERATOR.lastIndex = starts[k]!;
    m = NUMERATOR.exec(head);
  }
  if (!m) return undefined;
  const start = m.index;
  const words = m[1] ?? m[2]!;
  const end = start + words.length;
  if (m[2] !== undefined) return { start, end, numerator: 1, word: words.toLowerCase() };
  const and = words.search(/[ \t]and[ \t]+(?!.*[ \t]and[ \t])/i);
  // (between two and three quarters: a range of shares)
  if (and > 0 && !BETWEEN.test(s.slice(Math.max(0, start - 9), start))) {
    const whole = wholeWords(words.slice(0, and));
    const part = wholeWords(words.slice(words.indexOf('and', and) + 3).trimStart());
    if (whole !== undefined && part !== undefined && whole >= 1 && part >= 1 && part < denominator) return { start, end, numerator: part, whole, word: '' };
  }
  // two three fifths: the last number is the numerator.
  const last = lastNumberWords(words);
  return last && last.value > 0 ? { start: start + last.at, end, numerator: last.value, word: words.slice(last.at).toLowerCase() } : undefined;
}

/** The value of number words read as one number, or undefined when they hold more than one. */
function wholeWords(words: string): number | undefined {
  const r = parseNumberWords(words);
  return r && r.length === words.length ? r.value : undefined;
}

/** A share read from `from` to `to` of the stretch, with the qualifier before it (about a third) or after it. */
function shareClaim(s: string, start: number, from: number, to: number, value: number, qualifierAfter?: Qualifier, whole?: boolean): RawClaim {
  const qb = qualifierBefore(s, from, 0);
  const share = shareOfAfter(s, to);
  return {
    start: start + (qb?.start ?? from),
    end: start + to,
    kind: 'percent',
    value,
    qualifier: qb?.value ?? qualifierAfter ?? 'exact',
    ...(whole ? { whole } : {}),
    ...(share ? { shareOf: share } : {}),
  };
}

/**
 * `one fifth`, `a fifth` are a share when nothing follows them (`fell by a fifth.`): `a fifth
 * consecutive quarter` counts, `one third party` names one; `a quarter.` may still be a period.
 */
function standsAlone(s: string, numerator: string, denominator: string, end: number): boolean {
  if (numerator !== 'one' && /^(?:quarter|fourth)/i.test(denominator)) return false;
  return /^(?:$|[ \t]*[.,;:!?)）])/.test(s.slice(end, end + 3));
}

/** A count in a share: digits or a word up to ninety-nine (one in five, 3 out of 4, nine out of ten). */
const COUNT_WORD = `[0-9]{1,3}|(?:${alternation(Object.keys(EN_TENS))})(?:-(?:${alternation(Object.keys(EN_UNITS).filter((w) => EN_UNITS[w]! > 0 && EN_UNITS[w]! < 10))}))?|${alternation(Object.keys(EN_UNITS))}`;
/**
 * `one in five`, `1 in 3 users`, `nine out of ten`: a share of a whole. Not a length of time
 * (`5 in 10 years` is a count in a period), nor a scale (`1 in 3 billion`).
 */
const IN_SHARE = new RegExp(
  `(?<![A-Za-z0-9.,-])(${COUNT_WORD})[ \\t]+(in|out[ \\t]+of)[ \\t]+(${COUNT_WORD}|a[ \\t]+(?:hundred|thousand|million))(?![A-Za-z0-9%-]|[.,][0-9]|[ \\t]+(?:${alternation([...Object.keys(DURATION_UNITS).filter((w) => /^[a-z]/.test(w)), 'percent', 'per', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'times', 'dollars', 'euros', 'yuan'])})(?![A-Za-z]))`,
  'giu',
);
/** Most sentences have no count after `in` or `of` and skip the scan. */
const MAY_SHARE = new RegExp(`[ \\t](?:in|of)[ \\t]+(?:[0-9]|a[ \\t]+(?:hundred|thousand|million)|(?:${alternation([...Object.keys(EN_UNITS), ...Object.keys(EN_TENS)])})\\b)`, 'i');

/** Shares written as counts: `one in five` (20%), `3 out of 4` (75%), `one in three` (33.333…). */
export const matchEnglishShares: Matcher = (text, start, end, _context, s) => {
  const out: RawClaim[] = [];
  if (!MAY_SHARE.test(s)) return out;
  const re = IN_SHARE;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const part = countOf(m[1]!);
    const whole = countOf(m[3]!);
    const outOf = m[2]!.length > 2;
    // 1 in 1 says nothing, and 10 out of 8 is no share.
    if (part === undefined || whole === undefined || part <= 0 || (outOf ? part > whole : part >= whole)) continue;
    // Thirds stay exact as in one-third: 100 / 3, not 33.3.
    out.push(shareClaim(s, start, m.index, m.index + m[0].length, (part * 100) / whole, undefined, true));
  }
  return out;
};

function countOf(word: string): number | undefined {
  if (/^[0-9]/.test(word)) return Number(word);
  const w = word.toLowerCase().replace(/^a[ \t]+/, 'one ');
  if (w === 'one hundred') return 100;
  if (w === 'one thousand') return 1000;
  if (w === 'one million') return 1e6;
  const [tens, unit] = w.split('-');
  return (EN_TENS[tens!] ?? EN_UNITS[tens!] ?? NaN) + (unit ? EN_UNITS[unit] ?? NaN : 0) || undefined;
}
