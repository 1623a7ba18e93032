import { extractClaims } from '../extract/extract-claims.js';
import { sourceFromBytes } from '../load/read-source.js';
import type { Claim } from '../model/claim.js';
import { segmentDocument } from '../segment/segment-document.js';

/**
 * Reads a figure written as an article would write it (`$18 billion`, `180亿美元`, `29.6%`,
 * `2025-12-15`) with the extractor itself, so reference figures normalise exactly like claims.
 */
export function parseFigure(text: string): Claim | undefined {
  const doc = segmentDocument(sourceFromBytes('figure.txt', new TextEncoder().encode(text)));
  return extractClaims(doc)[0];
}
