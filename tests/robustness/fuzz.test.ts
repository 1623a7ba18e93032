import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesArbitrary, documentArbitrary, invariantProblems, NAMED_INPUTS } from '../../scripts/fuzz-documents.mjs';
import { decode } from '../../src/load/decode.js';
import { checkDocuments } from '../../src/pipeline/scan.js';
import { analyzeSource } from '../../src/pipeline/analyze-document.js';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { RULES } from '../../src/check/rules/index.js';
import type { DocumentResult } from '../../src/model/result.js';
import { formatJson } from '../../src/report/format-json.js';
import { formatTable } from '../../src/report/format-table.js';
import { buildReport } from '../../src/report/report.js';
import { LineIndex } from '../../src/text/line-index.js';
import { analyzeBytes } from './support.js';

// Fixed seed and run counts: CI sees the same documents every time. `npm run fuzz` runs the same
// properties with any seed, far more runs and larger documents, and measures time per size.
const SEED = 20251224;
const RUNS = 300;

const plain = new Chalk({ level: 0 });
function formatReport(result: DocumentResult): void {
  const report = buildReport({ documents: [result], findings: checkDocuments([result]) });
  JSON.parse(formatJson(report));
  formatTable(report, plain);
}

function problemsOf(name: string, text: string): string[] {
  const { result, text: decoded } = analyzeBytes(name, new TextEncoder().encode(text));
  return invariantProblems(result, decoded, { LineIndex, formatReport });
}

describe('fuzzing the whole pipeline (fast-check, fixed seed)', () => {
  it(`${RUNS} random documents: none throws, every claim is the slice at its span, every position matches its offsets`, () => {
    fc.assert(
      fc.property(documentArbitrary({ maxPieces: 60, maxRepeat: 500 }), ({ name, text }) => {
        expect(problemsOf(name, text)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`${RUNS} random byte strings: decoding never throws and always says what it did`, () => {
    fc.assert(
      fc.property(bytesArbitrary({ maxLength: 2048 }), (bytes) => {
        const r = decode(bytes);
        if (r.ok) expect(typeof r.decoded.text).toBe('string');
        else expect(r.reason).toMatch(/\S/);
        const { result, text } = analyzeBytes('bytes.md', bytes);
        expect(invariantProblems(result, text, { LineIndex, formatReport })).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('gives the same result twice for the same document', () => {
    fc.assert(
      fc.property(documentArbitrary({ maxPieces: 30, maxRepeat: 50 }), ({ name, text }) => {
        const bytes = new TextEncoder().encode(text);
        expect(analyzeBytes(name, bytes)).toEqual(analyzeBytes(name, bytes));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  // 20,000 units keeps the suite quick; scripts/fuzz.mjs runs each at 100,000 and more and checks
  // that the time grows linearly.
  for (const [label, make] of Object.entries(NAMED_INPUTS)) {
    it(`finishes on ${label} (20,000 units) and keeps every invariant`, () => {
      expect(problemsOf('a.md', make(20_000))).toEqual([]);
      expect(problemsOf('a.txt', make(20_000))).toEqual([]);
    });
  }

  it('finishes on the sizes the issue names: 1 × 200,000, 亿 × 100,000, "1," × 100,000', () => {
    expect(problemsOf('a.md', '1'.repeat(200_000))).toEqual([]);
    expect(problemsOf('a.md', '亿'.repeat(100_000))).toEqual([]);
    expect(problemsOf('a.txt', '1,'.repeat(100_000))).toEqual([]);
  });

  it('extracts every figure of one sentence holding 200,000 of them, without an internal error', () => {
    const result = analyzeSource(sourceFromBytes('many.txt', new TextEncoder().encode('1% '.repeat(200_000))), { rules: RULES });
    expect(result.findings.map((f) => f.ruleId)).not.toContain('internal-error');
    expect(result.claims).toHaveLength(200_000);
  });
});
