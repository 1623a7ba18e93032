import type { MatchContext, MonthMention, YearMention } from '../raw-claim.js';
import { lastBefore } from '../../util/positions.js';

/** A partial date more than this many months after the reference date is read as last year's. */
const FORWARD_MONTHS = 6;

/**
 * The year of a date written without one (1月6日, Jan. 6), at absolute position `pos` of the
 * sentence [sentenceStart, sentenceEnd): an event named with a year in the same sentence
 * (CES 2026), else the last year stated earlier in the paragraph, else the reference date's year
 * (the previous one when the date would fall more than six months after it), else unknown.
 */
export function resolveYear(ctx: MatchContext, pos: number, sentenceStart: number, sentenceEnd: number, month: number): number | undefined {
  const years: readonly YearMention[] = ctx.years ?? [];
  const event = eventYear(years, sentenceStart, sentenceEnd);
  if (event !== undefined) return event;
  const before = lastBefore(years, pos);
  if (before >= 0) return years[before]!.year;
  const ref = referenceParts(ctx);
  if (!ref) return undefined;
  return month - ref.month > FORWARD_MONTHS ? ref.year - 1 : ref.year;
}

/**
 * The year and month of a date that states only its day (29日, on the 27th), at absolute position
 * `pos`: the last month stated earlier in the paragraph, with the year a partial date of that month
 * would take; else the reference date's month and year; else unknown (both undefined). A day the
 * month does not have (29日 in a February) leaves the month unknown.
 */
export function resolveMonth(ctx: MatchContext, pos: number, sentenceStart: number, sentenceEnd: number, day: number): { year?: number; month?: number } {
  const months: readonly MonthMention[] = ctx.months ?? [];
  const before = lastBefore(months, pos);
  let found: { year?: number; month?: number } = {};
  if (before >= 0) {
    const month = months[before]!.month;
    found = { year: resolveYear(ctx, pos, sentenceStart, sentenceEnd, month), month };
  } else {
    const ref = referenceParts(ctx);
    if (ref) found = { year: ref.year, month: ref.month };
  }
  return found.month !== undefined && day <= daysIn(found.year ?? 2024, found.month) ? found : {};
}

/** The date `days` days after `date` (before, when negative), as `YYYY-MM-DD`. */
export function addDays(date: { year: number; month: number; day: number }, days: number): string {
  return new Date(Date.UTC(date.year, date.month - 1, date.day + days)).toISOString().slice(0, 10);
}

/** The given weekday (Monday 1 … Sunday 7) of the week `weeks` from the one `date` is in (weeks run Monday to Sunday): 上周一, 本周五. */
export function weekdayOfWeek(date: { year: number; month: number; day: number }, weeks: number, weekday: number): string {
  const dateWeekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() || 7;
  return addDays(date, weeks * 7 + weekday - dateWeekday);
}

/** Day `day` of the month `months` from the one `date` is in (本月10日, the 20th of next month); undefined when that month has no such day. */
export function dayOfMonth(date: { year: number; month: number }, months: number, day: number): string | undefined {
  const first = new Date(Date.UTC(date.year, date.month - 1 + months, 1));
  return formatDate(first.getUTCFullYear(), first.getUTCMonth() + 1, day);
}

/**
 * The date `count` days, weeks, months or years before `date`, written as precisely as the unit
 * says: two days ago is a day, three months ago a month, two years ago a year.
 */
export function countBack(date: { year: number; month: number; day: number }, count: number, unit: 'day' | 'week' | 'month' | 'year'): string {
  if (unit === 'day' || unit === 'week') return addDays(date, -count * (unit === 'week' ? 7 : 1));
  if (unit === 'year') return String(date.year - count).padStart(4, '0');
  const months = date.year * 12 + date.month - 1 - count;
  return `${String(Math.floor(months / 12)).padStart(4, '0')}-${String((months % 12) + 1).padStart(2, '0')}`;
}


const eventCache = new WeakMap<readonly YearMention[], Map<number, number | undefined>>();

/** The year of the first event named in the sentence (CES 2026), cached per sentence. */
function eventYear(years: readonly YearMention[], start: number, end: number): number | undefined {
  let cache = eventCache.get(years);
  if (!cache) eventCache.set(years, (cache = new Map()));
  if (cache.has(start)) return cache.get(start);
  let found: number | undefined;
  for (let i = lastBefore(years, start) + 1; i < years.length && years[i]!.pos < end; i++) {
    if (years[i]!.event) { found = years[i]!.year; break; }
  }
  cache.set(start, found);
  return found;
}

/** The reference date's year and month, when the document has one. */
export function referenceParts(ctx: MatchContext): { year: number; month: number; day: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ctx.referenceDate ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

/**
 * `YYYY-MM-DD` (or shorter) with XXXX for an unknown year; undefined for an impossible date. A day
 * whose month is unknown is `XXXX-XX-DD` (29日 with nothing to say which month).
 */
export function formatDate(year: number | undefined, month?: number, day?: number): string | undefined {
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && month === undefined) return day >= 1 && day <= 31 ? `XXXX-XX-${String(day).padStart(2, '0')}` : undefined;
  if (day !== undefined) {
    if (month === undefined || day < 1 || day > daysIn(year ?? 2024, month)) return undefined;
  }
  const y = year === undefined ? 'XXXX' : String(year).padStart(4, '0');
  if (month === undefined) return y;
  const mm = String(month).padStart(2, '0');
  return day === undefined ? `${y}-${mm}` : `${y}-${mm}-${String(day).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
