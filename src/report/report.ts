import { RULES } from '../check/rules/index.js';
import type { Finding, Severity } from '../model/finding.js';
import type { DocumentResult } from '../model/result.js';
import type { ScanResult } from '../pipeline/scan.js';
import { claimsStated } from '../pipeline/document-summary.js';
import { VERSION } from '../version.js';
import { ruleDocsUrl, ruleInfo, type RuleInfo } from './rule-docs.js';

/** Version of the JSON contract; bumped only when a field changes meaning or disappears. */
export const SCHEMA_VERSION = 1;

export interface Report {
  readonly tool: { readonly name: 'factcheck'; readonly version: string };
  readonly summary: {
    readonly documents: number;
    readonly claims: number;
    readonly findings: Readonly<Record<Severity, number>>;
  };
  readonly documents: readonly { readonly file: string; readonly lang: string; readonly encoding: string; readonly claims: number }[];
  readonly findings: readonly Finding[];
  /** Every rule factcheck knows, in `factcheck rules` order (SARIF lists them all, findings point into it). */
  readonly rules: readonly RuleInfo[];
}

export interface ReportOptions {
  /** Keep only error findings, as ESLint's `--quiet` does: warnings and info are neither shown nor counted. */
  readonly quiet?: boolean;
}

/** The report every formatter renders. */
export function buildReport(result: Pick<ScanResult, 'documents' | 'findings'>, options: ReportOptions = {}): Report {
  const findings = options.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    tool: { name: 'factcheck', version: VERSION },
    summary: { documents: result.documents.length, claims: countClaims(result.documents), findings: counts },
    documents: result.documents.map((d) => ({ file: d.file, lang: d.lang, encoding: d.encoding, claims: claimsStated(d) })),
    findings,
    rules: RULES.map((r) => ruleInfo(r.meta)),
  };
}

/** The docs page of a finding's rule (a rule unknown to the report still gets its conventional page). */
export function findingDocsUrl(report: Report, ruleId: string): string {
  return report.rules.find((r) => r.id === ruleId)?.url ?? ruleDocsUrl({ id: ruleId });
}

function countClaims(documents: readonly DocumentResult[]): number {
  let n = 0;
  for (const d of documents) n += claimsStated(d);
  return n;
}
