import { analyzeSource } from '../../src/pipeline/analyze-document.js';
import { checkDocuments } from '../../src/pipeline/scan.js';
import { RULES } from '../../src/check/rules/index.js';
import { sourceFromBytes } from '../../src/load/read-source.js';
import type { DocumentResult } from '../../src/model/result.js';
import type { Finding } from '../../src/model/finding.js';

/** A document analysed as the scan would analyse a file of that name. */
export function analyse(name: string, text: string): DocumentResult {
  return analyzeSource(sourceFromBytes(name, new TextEncoder().encode(text)), { rules: RULES });
}

/** Every finding of a set of documents given as name → text. */
export function findingsOf(files: Record<string, string>): Finding[] {
  return checkDocuments(Object.entries(files).map(([name, text]) => analyse(name, text)));
}

/** Findings other than `corroborated` and the duplicate rules: what the cross-checks complain about. */
export function complaints(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'info');
}
