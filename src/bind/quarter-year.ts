import { alternation, execAll } from '../extract/pattern.js';
import { QUARTER_WORDS } from '../vocab/periods.js';
import { LOWER_PARTS } from './period.js';

/** `2025年第三季度`, `2025年Q3`, `Q3 2025`, `third quarter of 2025`, `third-quarter 2025`: a quarter with its year. */
const QUARTER_WITH_YEAR = new RegExp(
  `((?:19|20)\\d{2})[ \\t]?年(?:度)?[ \\t]?(${alternation(Object.keys(QUARTER_WORDS))})|(${alternation(Object.keys(QUARTER_WORDS))})(?:[ \\t]+of)?[ \\t,]+((?:19|20)\\d{2})(?!\\d)`,
  'giu',
);
/** A quarter the text names with its year, where, and the subjects its sentence names. */
export interface QuarterMention {
  readonly at: number;
  readonly quarter: number;
  readonly year: string;
  readonly subjects: ReadonlySet<string>;
}

/**
 * Every quarter the text names with its year, in order, with the ids of the names of its sentence
 * (`sentenceNames`): read once per document, when a figure needs it.
 */
export function quarterMentions(text: string, sentenceNames: (at: number) => ReadonlySet<string>): QuarterMention[] {
  const out: QuarterMention[] = [];
  for (const q of execAll(QUARTER_WITH_YEAR, text)) {
    const word = q[2] ?? q[3]!;
    const quarter = QUARTER_WORDS[word] ?? lowerQuarter(word);
    if (quarter !== undefined) out.push({ at: q.index, quarter, year: q[1] ?? q[4]!, subjects: sentenceNames(q.index) });
  }
  return out;
}

/**
 * The year of a quarter a sentence names without one (`XXXX-Q3`), from the text before it that
 * names that quarter with its year in a sentence about the same subject (`驰远汽车发布2025年第三季度
 * 财报。…第三季度，驰远净亏损9.7亿元` → 2025-Q3): an article states the year once, then the quarter
 * alone; another company's `2025年第三季度` says nothing of this one's. Of several years (a table's
 * column for last year's quarter), the latest: last year's figures are written as such (`上年同期`).
 */
export function quarterYear(
  period: string | undefined,
  at: number,
  subject: string | undefined,
  mentions: () => readonly QuarterMention[],
  published?: string,
): string | undefined {
  // `前10月…保费收入2345.67亿元`, `首十月錄人民幣407億元` in an article of November: the months just ended.
  const run = period ? /^XXXX-(?:M\d{2}-M(\d{2})|Q1-Q(3))(.*)$/.exec(period) : null;
  if (run) {
    const lastMonth = run[1] ? Number(run[1]) : 9;
    const year = reportedYearOfMonth(lastMonth, published);
    return year ? `${year}${period!.slice(4)}` : period;
  }
  // `上半年公司实现营业收入…` in an article of August: the half just ended.
  const half = period && subject ? /^XXXX-H([12])(.*)$/.exec(period) : null;
  if (half) {
    const year = reportedYearOfMonth(Number(half[1]) * 6, published);
    return year ? `${year}-H${half[1]}${half[2]}` : period;
  }
  const m = period ? /^XXXX-Q([1-4])(.*)$/.exec(period) : null;
  if (!m) return period;
  const quarter = Number(m[1]);
  let year: string | undefined;
  // A sentence that names no one (`After first-quarter revenue of $612 million…, third-quarter revenue came in at
  // $713 million` under a table of `Q3 2024`) takes the year the text gave that quarter before, whoever it was of.
  for (const q of mentions()) {
    if (q.at >= at) break;
    if (q.quarter === quarter && (subject === undefined || q.subjects.has(subject)) && (year === undefined || q.year > year)) year = q.year;
  }
  if (subject === undefined && year === undefined) return period;
  year ??= reportedYear(quarter, published);
  return year ? `${year}-Q${quarter}${m[2]}` : period;
}

/** How many months after a quarter's end its results are reported and written about. */
const REPORTING_MONTHS = 4;

/**
 * The year of a quarter an article names without one, when the article appeared in the months
 * its results are reported in (`third-quarter net profit` in an article of Oct. 29, 2025 → 2025):
 * a quarter written about then is the one just ended; at any other time it may be one to come.
 */
function reportedYear(quarter: number, published: string | undefined): string | undefined {
  return reportedYearOfMonth(quarter * 3, published);
}

/** The year of a period that ends with `lastMonth`, when the article appeared in the months after it ends. */
function reportedYearOfMonth(lastMonth: number, published: string | undefined): string | undefined {
  const d = published ? /^(\d{4})-(\d{2})/.exec(published) : null;
  if (!d) return undefined;
  const month = Number(d[1]) * 12 + Number(d[2]);
  for (const year of [Number(d[1]), Number(d[1]) - 1]) {
    const after = month - (year * 12 + lastMonth);
    if (after >= 1 && after <= REPORTING_MONTHS) return String(year);
  }
  return undefined;
}

function lowerQuarter(word: string): number | undefined {
  const part = LOWER_PARTS.get(word.toLowerCase());
  return part && /^Q[1-4]$/.test(part) ? Number(part[1]) : undefined;
}
