import type { DocumentResult } from '../model/result.js';

/** A document as a report lists it: its language, its encoding and how many claims it states. */
export interface DocumentSummary {
  readonly lang: DocumentResult['lang'];
  readonly encoding: string;
  readonly claims: number;
}

export function summaryOf(result: DocumentResult): DocumentSummary {
  return { lang: result.lang, encoding: result.encoding, claims: claimsStated(result) };
}

/** How many claims the document states, also when its result keeps only some (`claimCount`). */
export function claimsStated(result: DocumentResult): number {
  return result.claimCount ?? result.claims.length;
}

/**
 * A result that holds only what a report lists of its document: no claims, findings or
 * paragraphs, and `claimCount` (`scan` with `keepClaims: 'none'`).
 */
export function summaryResult(file: string, summary: DocumentSummary): DocumentResult {
  return { file, lang: summary.lang, encoding: summary.encoding, claims: [], claimCount: summary.claims, findings: [], blocks: [] };
}
