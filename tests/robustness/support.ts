import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { analyzeSource } from '../../src/pipeline/analyze-document.js';
import { RULES } from '../../src/check/rules/index.js';
import { sourceFromBytes } from '../../src/load/read-source.js';
import type { DocumentResult } from '../../src/model/result.js';
import { LineIndex } from '../../src/text/line-index.js';
import { claimId } from '../../src/extract/claim-id.js';
import { ROOT } from '../helpers.js';
import { tempDir as scratchDir } from '../temp-dir.js';

export const FIXTURES = path.join(ROOT, 'fixtures', 'robustness');

export function fixtureBytes(rel: string): Buffer {
  return readFileSync(path.join(FIXTURES, rel));
}

/** A fresh temporary folder for one test. */
export function tempDir(prefix = 'factcheck-robust-'): string {
  return scratchDir(prefix);
}

/** Runs load → segment → extract → check on bytes, as a scan does for one file. */
export function analyzeBytes(name: string, bytes: Uint8Array): { result: DocumentResult; text: string } {
  const source = sourceFromBytes(name, bytes);
  return { result: analyzeSource(source, { rules: RULES }), text: source.text };
}

/**
 * Every claim's text is the slice at its span, and its line/column are those of its offsets.
 * Collects mismatches first and asserts once: a 10 MB document has 300,000 claims.
 */
export function expectClaimsConsistent(result: DocumentResult, text: string): void {
  const lines = new LineIndex(text);
  const problems: string[] = [];
  for (const c of result.claims) {
    if (c.end <= c.start || c.text !== text.slice(c.start, c.end)) problems.push(`${claimId(c)}: text ${JSON.stringify(c.text)} is not its slice`);
    const p = lines.place({ start: c.start, end: c.end });
    if (p.line !== c.line || p.column !== c.column || p.endLine !== c.endLine || p.endColumn !== c.endColumn) {
      problems.push(`${claimId(c)}: ${c.line}:${c.column}-${c.endLine}:${c.endColumn}, its offsets say ${p.line}:${p.column}-${p.endLine}:${p.endColumn}`);
    }
  }
  expect(problems.slice(0, 10)).toEqual([]);
}
