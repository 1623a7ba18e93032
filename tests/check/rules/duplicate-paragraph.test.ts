import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { duplicateParagraph } from '../../../src/check/rules/duplicate-paragraph.js';
import { runCorpusRules, runDocumentRules } from '../../../src/check/run-rules.js';
import type { DocumentResult } from '../../../src/model/result.js';
import { scan } from '../../../src/pipeline/scan.js';
import { docFrom, ROOT } from '../../helpers.js';

const fixture = (name: string) => readFileSync(path.join(ROOT, 'fixtures/duplicates', name), 'utf8');

describe('duplicate-paragraph', () => {
  it('reports a paragraph repeated in one document as a warning, pointing at both places', () => {
    const findings = runDocumentRules(docFrom('quarterly-table.md', fixture('quarterly-table.md')), [], { rules: [duplicateParagraph] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', message: 'Paragraph repeats line 23 of the same document.' });
    expect(findings[0]!.locations.map((l) => l.line)).toEqual([27, 23]);
  });

  it('ignores short lines, even when repeated', () => {
    expect(runDocumentRules(docFrom('copied-a.txt', fixture('copied-a.txt')), [], { rules: [duplicateParagraph] })).toEqual([]);
  });

  it('groups copies by their full hash: a shared hash prefix is not a copy, a hash that is not hex still is', () => {
    const doc = (file: string, hashes: string[]): DocumentResult => ({
      file,
      lang: 'en',
      encoding: 'utf-8',
      claims: [],
      findings: [],
      blocks: hashes.map((hash, i) => ({
        segment: i,
        kind: 'paragraph',
        lang: 'en',
        hash,
        chars: 50,
        location: { file, start: i * 60, end: i * 60 + 50, line: i + 1, column: 1, endLine: i + 1, endColumn: 51, text: `paragraph ${hash}` },
      })),
    });
    // The first 13 hex digits (52 bits) are the same; the hashes differ after them.
    const documents = [doc('a.md', ['0123456789abc0000001', 'hand-made', 'ffffffffffffffffffff']), doc('b.md', ['0123456789abc0000002', 'hand-made', 'ffffffffffffffffffff'])];
    const findings = runCorpusRules(documents, { rules: [duplicateParagraph] });
    expect(findings.map((f) => f.locations.map((l) => l.text))).toEqual([
      ['paragraph hand-made', 'paragraph hand-made'],
      ['paragraph ffffffffffffffffffff', 'paragraph ffffffffffffffffffff'],
    ]);
  });

  it('reports a paragraph copied across documents once, as info, with every copy', async () => {
    const result = await scan(['fixtures/duplicates'], { cwd: ROOT });
    const copies = result.findings.filter((f) => f.ruleId === 'duplicate-paragraph' && f.severity === 'info');
    expect(copies).toHaveLength(1);
    expect(copies[0]!.message).toBe('Paragraph also appears in 1 other document.');
    expect(copies[0]!.locations.map((l) => `${l.file}:${l.line}`)).toEqual([
      'fixtures/duplicates/copied-a.txt:2',
      'fixtures/duplicates/copied-b.txt:2',
    ]);
  });

  it('can be turned off', async () => {
    const result = await scan(['fixtures/duplicates'], { cwd: ROOT, rules: { 'duplicate-paragraph': 'off' } });
    expect(result.findings.some((f) => f.ruleId === 'duplicate-paragraph')).toBe(false);
  });
});
