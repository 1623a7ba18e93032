import type { Claim } from '../../model/claim.js';
import type { DocumentResult } from '../../model/result.js';
import { isCompared } from './groups.js';

/** A period whose year an article without a date could not give (`XXXX-07`, `XXXX-Q2`, `last-year`, `this-year-Q1-Q3`). */
const YEARLESS = /^(?:(?:XXXX|this-year)((?:-.+)?)|last-year())$/;
/** A period of a stated year, split into the year and the rest (`2026-07` → `2026`, `-07`; `2025` → `2025`, ``). */
const YEARED = /^(\d{4})((?:-.+)?)$/;

/**
 * The periods of the figures of articles that carry no date (a `.txt` that opens with `（本报讯）`):
 * `今年1月` there is `XXXX-01`, `last year` is `last-year`, periods only their own article shares. Where the dated articles state
 * the same company's same measure for that month (or quarter, or run of months) in one year only,
 * the undated article's is taken to be of that year too, and compared with them; where they
 * state it for several years, it stays its own. Without an undated article's yearless figure,
 * nothing is worked out (the usual archive: every article dated).
 */
export function undatedPeriods(documents: readonly DocumentResult[], companyOf: (id: string) => string): (c: Claim) => string | undefined {
  const undated = new Set<string>();
  for (const d of documents) if (d.referenceDate === undefined && d.claims.some((c) => c.period !== undefined && YEARLESS.test(c.period) && isCompared(c))) undated.add(d.file);
  if (undated.size === 0) return (c) => c.period;
  const subjectOf = (c: Claim) => (c.subject!.inferred ? companyOf(c.subject!.id) : c.subject!.id);
  // Subject, attribute and the period less its year → the years the dated articles give it.
  const years = new Map<string, Set<string>>();
  for (const d of documents) {
    if (undated.has(d.file)) continue;
    for (const c of d.claims) {
      const parts = c.period === undefined ? null : YEARED.exec(c.period);
      if (!parts || !isCompared(c)) continue;
      const key = `${subjectOf(c)}\u0000${c.attribute}\u0000${parts[2]}`;
      const set = years.get(key);
      if (set) set.add(parts[1]!);
      else years.set(key, new Set([parts[1]!]));
    }
  }
  const resolved = new Map<Claim, string>();
  for (const d of documents) {
    if (!undated.has(d.file)) continue;
    for (const c of d.claims) {
      const parts = c.period === undefined ? null : YEARLESS.exec(c.period);
      if (!parts || !isCompared(c)) continue;
      const rest = parts[1] ?? parts[2]!;
      const set = years.get(`${subjectOf(c)}\u0000${c.attribute}\u0000${rest}`);
      if (set?.size === 1) resolved.set(c, `${[...set][0]}${rest}`);
    }
  }
  return (c) => resolved.get(c) ?? c.period;
}
