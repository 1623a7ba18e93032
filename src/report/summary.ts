import type { Severity } from '../model/finding.js';
import type { Report } from './report.js';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

const plain = (s: string): string => s;

/** `3 findings (1 error, 2 warnings, 0 info) in 5 documents, 120 claims`, each count painted by severity. */
export function summaryText(report: Report, paint: Readonly<Record<Severity, (s: string) => string>> = { error: plain, warning: plain, info: plain }): string {
  const { documents, claims, findings } = report.summary;
  const total = findings.error + findings.warning + findings.info;
  const counts = SEVERITY_ORDER.map((s) => paint[s](s === 'info' ? `${findings.info} info` : plural(findings[s], s))).join(', ');
  return `${plural(total, 'finding')} (${counts}) in ${plural(documents, 'document')}, ${plural(claims, 'claim')}`;
}

/** `1 finding`, `2 findings`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
