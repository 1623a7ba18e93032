import type { Span } from '../model/span.js';
import { alternation } from '../extract/pattern.js';
import { BASE_BEFORE_WORDS, QUARTER_BEFORE_WORDS, YEAR_BEFORE_WORDS } from '../vocab/periods.js';
import { CHANGE_VERBS_ZH } from '../vocab/attributes.js';

const YEAR_BEFORE = new Set(YEAR_BEFORE_WORDS.map((w) => w.toLowerCase()));
const TIME_BEFORE = alternation([...YEAR_BEFORE_WORDS, ...QUARTER_BEFORE_WORDS]);
/** `from $436 million`, `较上年同期的4.36亿美元`, `vs. the year-ago 46.2%`: a base word, maybe its time, right before the figure. */
const BASE_BEFORE = new RegExp(`(?:^|(?<![A-Za-z]))(?:${alternation(BASE_BEFORE_WORDS)})[ \\t]*(?:(${TIME_BEFORE})(?:的|'s)?[ \\t]*)?$`, 'iu');
/** `上年同期为4.36亿美元`, `上年同期净亏损14.3亿元`: the time, maybe the measure, then the figure. */
const TIME_THEN_VERB = new RegExp(`(${TIME_BEFORE})[^，。；,;0-9０-９]{0,6}?(?:为|是|的|约为|仅为|达)?$`, 'u');
const CHANGE_AFTER_TIME = new RegExp(alternation(CHANGE_VERBS_ZH), 'u');
/** `$436 million a year earlier`: the base's time after it. */
const TIME_AFTER = new RegExp(`^,?[ \\t]*(?:in[ \\t]+)?(${TIME_BEFORE})(?![A-Za-z])`, 'iu');

/** The Chinese times, one of which stands before a base that names its time before its figure (`上年同期为`). */
const TIME_TRIGGERS: readonly string[] = [...YEAR_BEFORE_WORDS, ...QUARTER_BEFORE_WORDS].filter((w) => /^\p{Script=Han}/u.test(w));

/** What a comparison base's words can end with right before the figure (`from`, `较`, `上年同期的`, `上年同期为`, `the year-ago`). */
const BASE_LAST_CHARS: ReadonlySet<string> = new Set([...BASE_BEFORE_WORDS, ...YEAR_BEFORE_WORDS, ...QUARTER_BEFORE_WORDS, '的', "'s", '为', '是', '达'].map((w) => w.slice(-1)));

/** The last character of `s` that is not a space or a tab, or '' . */
function lastNonBlank(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && (s[i] === ' ' || s[i] === '\t')) i--;
  return i < 0 ? '' : s[i]!;
}

/** How a figure is a comparison base: a year or a quarter before the sentence's period, or when is not said. */
export type ComparisonBase = 'year' | 'quarter' | 'unknown';

/**
 * Whether the figure is what another is compared with (`up 212% from $436 million a year
 * earlier`, `较上年同期的4.36亿美元`, `widened to 47.8% from 46.2%`), how far back it lies, and
 * the words that say so, the figure's included.
 */
export function comparisonBase(text: string, claim: Span, sentence: Span): { base: ComparisonBase; span: Span } | undefined {
  const from = Math.max(sentence.start, claim.start - 32);
  const before = text.slice(from, claim.start);
  // Most figures follow none of these words: a look at the last character and a substring search
  // spare them the patterns.
  let word =
    BASE_LAST_CHARS.has(lastNonBlank(before)) && BASE_BEFORE_WORDS.some((w) => before.includes(w)) ? BASE_BEFORE.exec(before) : null;
  // 比较: 较 inside a word compares nothing.
  if (word && word[0].startsWith('较') && before[word.index - 1] === '比') word = null;
  let time: string | undefined;
  let start = claim.start;
  let end = claim.end;
  if (word) {
    start = from + word.index;
    time = word[1];
    if (time === undefined) {
      const after = TIME_AFTER.exec(text.slice(claim.end, Math.min(sentence.end, claim.end + 48)));
      time = after?.[1];
      if (after) end = claim.end + after[0].length;
    }
  } else {
    const verb = TIME_TRIGGERS.some((w) => before.includes(w)) ? TIME_THEN_VERB.exec(before) : null;
    // `营收环比增长3%至7%`, `较去年同期增长5%`: after a verb of change the figure is the change, not the base.
    if (!verb || CHANGE_AFTER_TIME.test(verb[0].slice(verb[1]!.length))) return undefined;
    time = verb[1];
    start = from + verb.index;
  }
  const base: ComparisonBase = time === undefined ? 'unknown' : YEAR_BEFORE.has(time.toLowerCase()) ? 'year' : 'quarter';
  return { base, span: { start, end } };
}

/** The period a comparison base covers, `base` before the one of its sentence; `undefined` when that cannot be said. */
export function basePeriod(period: string | undefined, base: ComparisonBase): string | undefined {
  if (!period || base === 'unknown') return undefined;
  const m = /^(\d{4})(?:-Q([1-4]))?(.*)$/.exec(period);
  if (!m) return period.startsWith('this-year') && base === 'year' ? `last-year${period.slice('this-year'.length)}` : undefined;
  const year = Number(m[1]);
  if (base === 'year') return `${year - 1}${m[2] ? `-Q${m[2]}` : ''}${m[3]}`;
  if (!m[2]) return undefined;
  const q = Number(m[2]);
  return q === 1 ? `${year - 1}-Q4${m[3]}` : `${year}-Q${q - 1}${m[3]}`;
}
