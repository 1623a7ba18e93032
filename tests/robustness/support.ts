import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { analyzeSource } from '../../src/pipeline/analyze-document.js';
import { RULES } from '../../src/check/rules/index.js';
import { sourceFromBytes } from '../../src/load/read-source.js';
import type { DocumentResult } from '../../src/model/result.js';
import { LineIndex } from '../../src/text/line-index.js';
import { ROOT } from '../helpers.js';

export const FIXTURES = path.join(ROOT, 'fixtures', 'robustness');

export function fixtureBytes(rel: string): Buffer {
  return readFileSync(path.join(FIXTURES, rel));
}

/** A fresh temporary folder for one test. */
export function tempDir(prefix = 'factcheck-robust-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Runs load → segment → extract → check on bytes, as a scan does for one file. */
export function analyzeBytes(name: string, bytes: Uint8Array): { result: DocumentResult; text: string } {
  const source = sourceFromBytes(name, bytes);
  return { result: analyzeSource(source, { rules: RULES }), text: source.text };
}

/** Every claim's text is the slice at its span, and its line/column are those of its offsets. */
export function expectClaimsConsistent(result: DocumentResult, text: string): void {
  const lines = new LineIndex(text);
  for (const c of result.claims) {
    expect(c.text).toBe(text.slice(c.start, c.end));
    expect(c.end).toBeGreaterThan(c.start);
    const place = lines.place({ start: c.start, end: c.end });
    expect({ line: c.line, column: c.column, endLine: c.endLine, endColumn: c.endColumn }).toEqual({
      line: place.line,
      column: place.column,
      endLine: place.endLine,
      endColumn: place.endColumn,
    });
  }
}
