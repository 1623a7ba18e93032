import type { Finding, Severity } from '../model/finding.js';
import type { DocumentResult } from '../model/result.js';
import type { ScanResult } from '../pipeline/scan.js';
import { VERSION } from '../version.js';

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
}

/** The report every formatter renders. */
export function buildReport(result: Pick<ScanResult, 'documents' | 'findings'>): Report {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  return {
    tool: { name: 'factcheck', version: VERSION },
    summary: { documents: result.documents.length, claims: countClaims(result.documents), findings: counts },
    documents: result.documents.map((d) => ({ file: d.file, lang: d.lang, encoding: d.encoding, claims: d.claims.length })),
    findings: result.findings,
  };
}

function countClaims(documents: readonly DocumentResult[]): number {
  let n = 0;
  for (const d of documents) n += d.claims.length;
  return n;
}
