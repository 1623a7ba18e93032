import type { Claim } from '../model/claim.js';
import { extend } from '../util/extend.js';

/** `growth:revenue`, `sequential-growth:shipments`: a rate of growth and the measure it is of. */
const GROWTH_OF_MEASURE = /^(?:growth|sequential-growth):([^:]+)$/;
const YEAR_ONLY = /^\d{4}$/;
/** What ends one statement of a sentence and opens another. */
const STATEMENT_BREAK = /[；;]/;
/** The year a period opens with. */
const YEAR_OF = /^(\d{4})/;
const GROWTH = 'growth:';
const SEQUENTIAL = 'sequential-growth:';

/**
 * `当月共交付新车46218辆，同比增长41.2%`, `revenue of NT$4.86 billion for March 2025, up 12.4% month on
 * month`: a growth that names no period of its own (or only the year) is of the period of the level
 * of its measure stated before it in the sentence, as the level's subject. Not where the sentence
 * states that measure for a later period too: the level before the growth may then be its base.
 */
export function growthsDatedByLevels(text: string, claims: readonly Claim[]): Claim[] {
  let out: Claim[] | undefined;
  for (let k = 1; k < claims.length; k++) {
    const c = claims[k]!;
    const measure = c.attribute ? GROWTH_OF_MEASURE.exec(c.attribute)?.[1] : undefined;
    if (measure === undefined || (c.kind !== 'percent' && c.kind !== 'ratio') || (c.period !== undefined && !YEAR_ONLY.test(c.period))) continue;
    // The levels of the measure since the last semicolon, nearest first.
    const levels: Claim[] = [];
    for (let j = k - 1; j >= 0 && !STATEMENT_BREAK.test(text.slice(claims[j]!.end, claims[j + 1]!.start)); j--) {
      const o = claims[j]!;
      if (o.attribute === measure && o.subject?.id === c.subject?.id) levels.push(o);
    }
    // `138万人次，去年同期为102.9万人次，同比增长26.0%`: of a level and its base a year before, the growth is the level's;
    // `客座率为84.6%，较去年同期的81.5%提升3.1个百分点` names no period of the level, and the nearer may be the base.
    const level = currentOf(levels);
    if (!level?.period || level.period === c.period || (c.period !== undefined && !level.period.startsWith(`${c.period}-`))) continue;
    if (laterLevelStated(claims, measure, level.period)) continue;
    (out ??= [...claims])[k] = extend(c, { period: level.period });
  }
  return out ?? (claims as Claim[]);
}

/**
 * `锐能动力1月装车量较2025年12月的9.61GWh下降18.2%`: a growth of a month (or a quarter) set against the level
 * of the month (the quarter) before it, stated right before it, is a growth on the period before, however
 * its words read.
 */
export function sequentialByBase(claims: readonly Claim[]): Claim[] {
  let out: Claim[] | undefined;
  for (let k = 1; k < claims.length; k++) {
    const c = claims[k]!;
    const measure = c.attribute?.startsWith(GROWTH) ? c.attribute.slice(GROWTH.length) : undefined;
    if (measure === undefined || measure.includes(':') || c.period === undefined) continue;
    const base = claims[k - 1]!;
    if (base.attribute !== measure || base.subject?.id !== c.subject?.id || base.period === undefined || base.period !== periodBefore(c.period)) continue;
    (out ??= [...claims])[k] = extend(c, { attribute: `${SEQUENTIAL}${measure}` });
  }
  return out ?? (claims as Claim[]);
}

/** The month or quarter before `2026-01` (`2025-12`) or `2026-Q1` (`2025-Q4`). */
function periodBefore(period: string): string | undefined {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const [y, q] = [Number(quarter[1]), Number(quarter[2])];
    return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
  }
  return undefined;
}

/** The level a growth is of: the one period its levels state, or of two, the later where the other is the year before. */
function currentOf(levels: readonly Claim[]): Claim | undefined {
  const periods = new Set(levels.map((l) => l.period));
  if (periods.size === 1) return levels[0];
  if (periods.size !== 2 || periods.has(undefined)) return undefined;
  const [a, b] = [...periods] as [string, string];
  const later = yearBefore(a) === b ? a : yearBefore(b) === a ? b : undefined;
  return later === undefined ? undefined : levels.find((l) => l.period === later);
}

/** The same period a year before (`2025-11` → `2024-11`). */
function yearBefore(period: string): string | undefined {
  const m = /^(\d{4})(.*)$/.exec(period);
  return m ? `${Number(m[1]) - 1}${m[2]}` : undefined;
}

/** Whether the sentence states the measure for a year after the level's: the level may then be a base. */
function laterLevelStated(claims: readonly Claim[], measure: string, period: string): boolean {
  const year = YEAR_OF.exec(period)?.[1];
  if (year === undefined) return false;
  return claims.some((o) => o.attribute === measure && o.period !== undefined && (YEAR_OF.exec(o.period)?.[1] ?? '') > year);
}
