import { COUNT_NOUN_AUXILIARIES, COUNT_NOUN_MEASURES, COUNT_NOUN_VERBS, COUNT_NOUNS_BEFORE, EN_COUNT_NOUNS_BEFORE, OCCURRENCE_VERBS } from '../../vocab/units.js';
import { alternation } from '../pattern.js';

/** 参数量为330亿, 员工总数达1.2万, 用户规模约3亿: the counted noun, a measure of it, and a verb. */
const NOUN_BEFORE = new RegExp(
  `(${alternation(Object.keys(COUNT_NOUNS_BEFORE))})(?:${alternation(COUNT_NOUN_MEASURES)})?(?:${alternation(COUNT_NOUN_AUXILIARIES)})?(?:${alternation(COUNT_NOUN_VERBS)})?[ \\t]?$`,
  'u',
);

/** The unit a scaled Chinese number takes from a counted noun written just before it. */
export function countNounBefore(s: string, pos: number): string | undefined {
  const m = NOUN_BEFORE.exec(s.slice(Math.max(0, pos - 10), pos));
  return m ? COUNT_NOUNS_BEFORE[m[1]!] : undefined;
}

/** a workforce of about 28,000, headcount stands at 430: the English noun that says what is counted. */
const EN_NOUN_BEFORE = new RegExp(
  `(?<![A-Za-z])(${alternation(Object.keys(EN_COUNT_NOUNS_BEFORE))})(?: of| is| was| stands at| stood at| totals?| totalled| reached| of about| of some| of roughly)?[ \\t]$`,
  'i',
);

/** The unit an English number takes from a counted noun written just before it. */
export function englishCountNounBefore(s: string, pos: number): string | undefined {
  const m = EN_NOUN_BEFORE.exec(s.slice(Math.max(0, pos - 32), pos));
  return m ? EN_COUNT_NOUNS_BEFORE[m[1]!.toLowerCase()] : undefined;
}

const OCCURRENCE_VERB_BEFORE = new RegExp(`(?<![A-Za-z])(?:${alternation(OCCURRENCE_VERBS)})[ \\t]$`, 'i');

/** downloaded 810 times, viewed 12 times: a verb of occurrence written just before the figure. */
export function occurrenceVerbBefore(s: string, pos: number): boolean {
  return OCCURRENCE_VERB_BEFORE.test(s.slice(Math.max(0, pos - 12), pos));
}
