import type { Claim } from '../model/claim.js';
import type { Document } from '../model/document.js';
import { ANNUAL_REPORT_WORDS, REPORTED_ATTRIBUTES, THE_REPORT_PERIOD_WORDS } from '../vocab/periods.js';
import { isMonthlyFlow } from './period.js';
import { alternation } from '../extract/pattern.js';
import { extend } from '../util/extend.js';
import { sentenceAt } from './segment-search.js';
import { isPlaceSubject } from './places.js';

const REPORTED = new Set(REPORTED_ATTRIBUTES);
/** A quarter, a half or the months of a year to date: the periods results are reported for. */
const REPORT_PERIOD = /^(?:\d{4}|XXXX)-(?:Q[1-4]|H[12]|Q1-Q[23])$/;
/** A year: the period a statistics bureau's release of a place's economy is for (`2025年经济数据`), carried as a quarter is. */
const YEAR = /^\d{4}$/;
/** The date results were published, whose period is the one they are for. */
const RESULTS_DATE = 'results-date';

/** Whether a figure is one of the results a report states for its period (not a goal, a forecast or a change). */
function isResult(c: Claim): boolean {
  // A guessed subject (`Subject.guessed`) is a sentence that names no one: it may be of a base or another period (see `periodOfGuessed`).
  return !c.subject?.guessed && isResultMeasure(c);
}

/** Whether a figure measures what a report states for its period, whoever it is of. */
function isResultMeasure(c: Claim): boolean {
  const attribute = c.attribute;
  if (!attribute || !c.subject || c.kind === 'date' || c.conversionOf || attribute.endsWith(':target') || attribute.endsWith(':consensus')) return false;
  const colon = attribute.indexOf(':');
  const base = colon < 0 ? attribute : attribute.slice(0, colon);
  return REPORTED.has(base === 'growth' ? attribute.slice(colon + 1) : base);
}

/**
 * A results article states its period once and goes on with the figures (`Revenue for the
 * July-September quarter rose 18.7% to 15.23 billion yuan.` then `Net profit climbed to $1.86
 * billion.`): the results of a paragraph that names no period and no date take the one period of
 * the results of the paragraph before, when they are of the same company and nothing but
 * paragraphs stand between, or the period of the results the paragraph before announced (`reported
 * interim results for the six months ended June 30.`); so are the figures of the paragraphs that
 * follow and name no one (`Subject.guessed`) but the same company. A paragraph that names a
 * time of its own keeps it for all its figures.
 */
export function carryReportedPeriod(doc: Document, claims: readonly Claim[]): Claim[] {
  let out: Claim[] | undefined;
  // The period and company of the results of the last paragraph with figures, if it had one of each.
  let carried: { period: string; subject: string; segment: number } | undefined;
  let i = 0;
  while (i < claims.length) {
    const segment = claims[i]!.segment;
    let end = i;
    while (end < claims.length && claims[end]!.segment === segment) end++;
    const kind = doc.segments[segment]?.kind;
    if (kind !== 'paragraph') {
      carried = undefined;
      i = end;
      continue;
    }
    let timed = false;
    let period: string | undefined;
    let subject: string | undefined;
    let single = true;
    // `reported interim results for the six months ended June 30.`: a paragraph that only announces the results' period.
    let announced: { period: string; subject: string } | undefined;
    // The one company the paragraph's results of a guessed subject (`Subject.guessed`) are of, null when two.
    let guessed: string | null | undefined;
    for (let k = i; k < end; k++) {
      const c = (out ?? claims)[k]!;
      // (A comparison base's period, `from 21.9% a year earlier`, is no time the paragraph names for its results.)
      if (c.kind === 'date' || (c.period !== undefined && !isBase(doc, c))) timed = true;
      if (c.subject?.guessed && isResultMeasure(c)) guessed = guessed === undefined || guessed === c.subject.id ? c.subject.id : null;
      if (c.attribute === RESULTS_DATE && c.subject && !c.subject.guessed && c.period !== undefined && REPORT_PERIOD.test(c.period)) {
        announced = announced && announced.period !== c.period ? undefined : { period: c.period, subject: c.subject.id };
      }
      if (!isResult(c)) continue;
      if ((subject !== undefined && subject !== c.subject!.id) || (period !== undefined && period !== c.period)) single = false;
      subject = c.subject!.id;
      period = c.period;
    }
    if (!timed && carried && single && subject === carried.subject && onlyParagraphsBetween(doc, carried.segment, segment)) {
      out ??= claims.slice();
      for (let k = i; k < end; k++) if (isResult(out[k]!)) out[k] = extend(out[k]!, { period: carried.period });
      period = carried.period;
    } else if (!timed && carried && subject === undefined && guessed === carried.subject && onlyParagraphsBetween(doc, carried.segment, segment)) {
      // The paragraphs of figures that follow and name no one are of the same period.
      out ??= claims.slice();
      // Not a comparison base (`from 21.9% a year earlier`), which is of another period.
      for (let k = i; k < end; k++) if (out[k]!.subject?.guessed && isResultMeasure(out[k]!) && !isBase(doc, out[k]!)) out[k] = extend(out[k]!, { period: carried.period });
      carried = { ...carried, segment };
      i = end;
      continue;
    }
    carried =
      single && subject !== undefined && period !== undefined && (REPORT_PERIOD.test(period) || (isPlaceSubject(subject) && YEAR.test(period)))
        ? { period, subject, segment }
        : subject === undefined && announced
          ? { ...announced, segment }
          : undefined;
    i = end;
  }
  return out ?? (claims as Claim[]);
}

// `期內毛利率為56.4%` is the report's period; `符合預期內`, `同期內`, `短期內` are not.
const THE_REPORT_PERIOD = new RegExp(`(?<![A-Za-z])(?:${alternation(THE_REPORT_PERIOD_WORDS)})(?![A-Za-z])|(?<![预預长長短到同限周週任刑假学學定])期[内內]`, 'iu');

/**
 * `今日公布截至2025年6月30日止六个月的中期业绩。报告期内，公司实现营业收入68.3亿元`, `booked an impairment
 * charge of 32 million yuan in the quarter`, `期內毛利率為56.4%`: results whose sentence refers to the
 * report's period, whether or not it names their company, are of the period the paragraph named last before them, else of the one period most of the
 * company's results state (none when two tie).
 */
export function periodOfReferences(doc: Document, claims: readonly Claim[]): Claim[] {
  let out: Claim[] | undefined;
  // Worked out once per company: an article may hold thousands of such results.
  const dominant = new Map<string, string | undefined>();
  // The report period the paragraph named last, carried along rather than looked back for (which was quadratic).
  let segment = -1;
  let named: string | undefined;
  // The year of an annual report the paragraph names (`披露2025年年度报告。报告期内，…`), read when first asked for.
  let annual: string | false | undefined;
  let asked: { start: number; refers: boolean } | undefined;
  for (let k = 0; k < claims.length; k++) {
    let c = claims[k]!;
    if (c.segment !== segment) [segment, named, annual] = [c.segment, undefined, undefined];
    // A guessed subject's figure too: the sentence says of which period it is.
    if (c.period === undefined && (isResult(c) || (c.subject?.guessed && isResultMeasure(c)))) {
      const segment = doc.segments[c.segment];
      const sentence = segment && sentenceAt(segment, c.start);
      // (…or the sentences a semicolon runs into it: `报告期内，公司实现营业收入86.72亿元；归母净利润18.53亿元`,
      // looked back for at most `MAX_RUN_BACK` characters: a paragraph of ten thousand results must stay linear.)
      // (Asked once per sentence: its figures share the answer.)
      if (sentence && sentence.start !== asked?.start) asked = { start: sentence.start, refers: refersToReport(doc, segment.span.start, sentence) };
      if (sentence && asked!.refers) {
        const subject = c.subject!.id;
        if (!dominant.has(subject)) dominant.set(subject, dominantReportPeriod(claims, subject));
        if (annual === undefined) annual = annualReportYear(doc, c.segment) ?? false;
        const period = named ?? (annual || undefined) ?? dominant.get(subject);
        if (period !== undefined) {
          out ??= claims.slice();
          c = out[k] = extend(c, { period });
        }
      }
    }
    if (c.period !== undefined && REPORT_PERIOD.test(c.period) && !c.period.startsWith('XXXX')) named = c.period;
  }
  return out ?? (claims as Claim[]);
}


/** How far back a sentence's run of semicolons is read for `报告期内`. */
const MAX_RUN_BACK = 400;
/** Whether the sentence, or the run of sentences a semicolon joins to it, refers to the report's period. */
function refersToReport(doc: Document, paragraphStart: number, sentence: { start: number; end: number }): boolean {
  const floor = Math.max(paragraphStart, sentence.start - MAX_RUN_BACK);
  const from = floor + doc.text.slice(floor, sentence.start).lastIndexOf('。') + 1;
  return THE_REPORT_PERIOD.test(doc.text.slice(from, sentence.end));
}

/** `芯岳科技日前披露2025年年度报告`, `its 2025 annual report`: the year of the annual report a paragraph names. */
const ANNUAL_REPORT = new RegExp(`((?:19|20)\\d{2})年?(?:${alternation(ANNUAL_REPORT_WORDS)})`, 'u');

function annualReportYear(doc: Document, segment: number): string | undefined {
  const span = doc.segments[segment]?.span;
  return span ? ANNUAL_REPORT.exec(doc.text.slice(span.start, span.end))?.[1] : undefined;
}

/** The report period most of the company's results state, if one does more often than any other. */
function dominantReportPeriod(claims: readonly Claim[], subject: string): string | undefined {
  const counts = new Map<string, number>();
  for (const c of claims) {
    if (c.period === undefined || c.subject?.id !== subject || !REPORT_PERIOD.test(c.period) || c.period.startsWith('XXXX') || !isResult(c)) continue;
    counts.set(c.period, (counts.get(c.period) ?? 0) + 1);
  }
  let best: string | undefined;
  let n = 0;
  for (const [period, count] of counts) {
    if (count > n) [best, n] = [period, count];
    else if (count === n) best = undefined;
  }
  return best;
}

function onlyParagraphsBetween(doc: Document, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (doc.segments[k]!.kind !== 'paragraph') return false;
  return true;
}

/** Words right before a figure that make it a comparison base (`from 21.9%`, `较…`, `较前三季度的2.8%`): it keeps no period of the sentence before. */
const BASE_BEFORE = /(?:(?<![A-Za-z])(?:from|versus|vs\.?|compared with|against)[ \t]+(?:about[ \t]+|around[ \t]+)?|较|較|比|相比|[较較][^，,。；;\d]{1,8}的)$/u;

function isBase(doc: Document, c: Claim): boolean {
  return BASE_BEFORE.test(doc.text.slice(Math.max(0, c.start - 16), c.start));
}

/**
 * `…reported revenue of 3.87 billion yuan for 2025, up 41.2%… Net profit rose 18.4% to 612 million
 * yuan.`: a result of a sentence that names no one (`Subject.guessed`) and no period is of the one
 * period the results of the sentence before it, in its paragraph, state for the same company. Not
 * a comparison base (`from 22.8%`), which is of another period.
 */
export function periodOfGuessed(doc: Document, claims: readonly Claim[]): Claim[] {
  let out: Claim[] | undefined;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    if (c.period !== undefined || !c.subject?.guessed || !isResultMeasure(c)) continue;
    const segment = doc.segments[c.segment];
    const sentence = segment && sentenceAt(segment, c.start);
    if (!sentence || isBase(doc, c)) continue;
    // The results of the sentence right before, in the same paragraph.
    let period: string | undefined;
    let one = true;
    let previousStart: number | undefined;
    for (let j = k - 1; j >= 0; j--) {
      const p = (out ?? claims)[j]!;
      if (p.segment !== c.segment) break;
      if (p.end > sentence.start) continue;
      const start = sentenceAt(segment, p.start)?.start;
      previousStart ??= start;
      if (start !== previousStart) break;
      if (!isResult(p) || p.subject!.id !== c.subject.id || p.period === undefined || isBase(doc, p)) continue;
      if (period !== undefined && period !== p.period) one = false;
      period ??= p.period;
    }
    if (period === undefined || !one || !(REPORT_PERIOD.test(period) || /^\d{4}$/.test(period))) continue;
    out ??= claims.slice();
    out[k] = extend(c, { period });
  }
  return out ?? (claims as Claim[]);
}

/** A month (of a year, or of none yet): the period monthly operating figures are reported for. */
const MONTH_PERIOD = /^(?:\d{4}|XXXX)-\d{2}$/;
/** What a list's lead-in ends with (`主要经营指标如下：`, `Highlights:`). */
const LEAD_IN_END = /[:：]\s*$/;

/** Whether a figure measures a monthly flow, or its growth (`passenger-traffic`, `growth:load-factor`). */
function isMonthly(c: Claim): boolean {
  return c.attribute !== undefined && isMonthlyFlow(c.attribute);
}

/**
 * `翔鹭航空于8月10日公布7月经营数据……公司7月运送旅客152.8万人次` then `主要经营指标如下：` then `- 客座率84.6%，同比提升
 * 3.1%`: the items of a list under a lead-in that name no time are of the one month the paragraph before the
 * lead-in reports its monthly figures for, where they are of its company (named or guessed).
 */
export function monthOfListItems(doc: Document, claims: readonly Claim[]): Claim[] {
  let out: Claim[] | undefined;
  let i = 0;
  // The month and company of the paragraph before the last lead-in, while its list runs.
  let listOf: { period: string; subject: string } | undefined;
  while (i < claims.length) {
    const segment = claims[i]!.segment;
    let end = i;
    while (end < claims.length && claims[end]!.segment === segment) end++;
    const kind = doc.segments[segment]?.kind;
    if (kind === 'list-item') {
      const timed = claims.slice(i, end).some((c) => c.kind === 'date' || c.period !== undefined);
      if (listOf && !timed) {
        for (let k = i; k < end; k++) {
          const c = (out ?? claims)[k]!;
          if (isMonthly(c) && c.subject?.id === listOf.subject) (out ??= claims.slice())[k] = extend(c, { period: listOf.period });
        }
      }
    } else {
      listOf = kind === 'paragraph' ? monthBeforeLeadIn(doc, claims, i, end, segment) : undefined;
    }
    i = end;
  }
  return out ?? (claims as Claim[]);
}

/** The one month and company of a paragraph's monthly figures, where a lead-in with no figures follows it. */
function monthBeforeLeadIn(doc: Document, claims: readonly Claim[], from: number, to: number, segment: number): { period: string; subject: string } | undefined {
  const lead = doc.segments[segment + 1];
  if (!lead || lead.kind !== 'paragraph' || !LEAD_IN_END.test(doc.text.slice(lead.span.start, lead.span.end)) || doc.segments[segment + 2]?.kind !== 'list-item') return undefined;
  let found: { period: string; subject: string } | undefined;
  for (let k = from; k < to; k++) {
    const c = claims[k]!;
    if (!c.period || !MONTH_PERIOD.test(c.period) || !c.subject || !isMonthly(c)) continue;
    if (found && (found.period !== c.period || found.subject !== c.subject.id)) return undefined;
    found = { period: c.period, subject: c.subject.id };
  }
  return found;
}
