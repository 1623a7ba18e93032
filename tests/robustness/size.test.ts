import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSize } from '../../src/cli/parse-size.js';
import { readSource, sourceFromBytes } from '../../src/load/read-source.js';
import { segmentDocument } from '../../src/segment/segment-document.js';
import { runCli } from '../helpers.js';
import { analyzeBytes, expectClaimsConsistent, tempDir } from './support.js';

// The full-size runs (a 50 MB article through the whole pipeline, 100,000 files) live in
// `npm run stress` (scripts/stress.mjs): they take minutes, not seconds.

function paragraph(i: number): string {
  return `第${i}段：英伟达以约${i % 997}亿美元与Groq达成合作，营收同比增长${i % 89}%。Revenue rose ${i % 89}% to $${i} billion.`;
}

function article(bytes: number, separator: string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    parts.push(paragraph(i) + separator);
    size += Buffer.byteLength(parts[parts.length - 1]!);
  }
  return parts.join('');
}

describe('size: empty files, huge files, many files, and the size limit', () => {
  it('scans empty .md and .txt files without findings', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'empty.md'), '');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'bom-only.md'), Buffer.from([0xef, 0xbb, 0xbf]));
    const r = runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toMatchObject({ documents: 3, claims: 0, findings: { error: 0, warning: 0, info: 0 } });
  });

  // Not a timing test: the limit only keeps a hang from going unnoticed on a loaded machine (alone on a slow hour it
  // takes 100 s, and twice that beside the suite's other files on two cores).
  it('analyses an article that is one 10 MB line, with exact positions', { timeout: 360_000 }, () => {
    const text = article(10 * 1024 ** 2, ' ');
    expect(text.includes('\n')).toBe(false);
    const { result, text: decoded } = analyzeBytes('one-line.txt', new TextEncoder().encode(text));
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.claims.length).toBeGreaterThan(100_000);
    expect(result.claims.filter((c) => c.line !== 1)).toEqual([]);
    expectClaimsConsistent(result, decoded);
  });

  it('reads and segments a 50 MB article, its last block on the right line', async () => {
    const text = article(50 * 1024 ** 2, '\n\n');
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.md'), text);
    const source = await readSource({ absolute: path.join(dir, 'big.md'), name: 'big.md' });
    expect(source.problems).toEqual([]);
    expect(source.text.length).toBe(text.length);
    const doc = segmentDocument(source);
    const last = doc.segments[doc.segments.length - 1]!;
    const lines = text.split('\n').length;
    expect(doc.lineIndex.point(last.span.start).line).toBe(lines - 2);
  });

  it('scans 2,000 small files in nested folders, each once, in sorted order', () => {
    const dir = tempDir();
    for (let d = 0; d < 20; d++) {
      mkdirSync(path.join(dir, 'many', `d${String(d).padStart(2, '0')}`), { recursive: true });
      for (let i = d; i < 2000; i += 20) writeFileSync(path.join(dir, 'many', `d${String(d).padStart(2, '0')}`, `${i}.md`), `${paragraph(i)}\n`);
    }
    const r = runCli(['scan', 'many', '--format', 'json'], { cwd: dir });
    // The files give the deal different values, so they conflict; no file fails to load.
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.summary.documents).toBe(2000);
    const rules = new Set(report.findings.map((f: { ruleId: string }) => f.ruleId));
    expect(rules).toContain('conflicting-figure');
    expect([...rules].filter((id) => /^(load-error|invalid-|internal-error)/.test(id as string))).toEqual([]);
    const files = report.documents.map((d: { file: string }) => d.file);
    expect(files).toEqual([...files].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(files).size).toBe(2000);
  });

  it('--max-file-size reports an oversized file as load-error, scans the others, and exits 1', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.md'), article(4096, '\n\n'));
    writeFileSync(path.join(dir, 'small.md'), `${paragraph(1)}\n`);
    const r = runCli(['scan', '.', '--format', 'json', '--max-file-size', '2KB'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary.documents).toBe(2);
    expect(report.findings.map((f: { ruleId: string; message: string }) => [f.ruleId, f.message])).toEqual([
      ['load-error', expect.stringMatching(/^big\.md is \d+ bytes, over the 2048-byte limit \(--max-file-size\); not scanned$/)],
    ]);
    expect(report.summary.claims).toBeGreaterThan(0);
  });

  it('--max-file-size applies to stdin too', () => {
    const r = runCli(['scan', '-', '--format', 'json', '--max-file-size', '100'], { input: article(1000, '\n') });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ ruleId: 'load-error' });
  });

  it('--max-file-size rejects a size it cannot read with one line and exit 2', () => {
    for (const bad of ['ten', '0', '-5', '10XB', '']) {
      const r = runCli(['scan', 'seeds', '--max-file-size', bad]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`factcheck: --max-file-size expects a size in bytes or with a unit (KB, MB, GB), such as 10MB; got "${bad}"\n`);
    }
  });

  it('reads sizes in bytes and binary units', () => {
    expect(parseSize('65536', '--max-file-size')).toBe(65536);
    expect(parseSize('512KB', '--max-file-size')).toBe(512 * 1024);
    expect(parseSize('10MB', '--max-file-size')).toBe(10 * 1024 ** 2);
    expect(parseSize('1.5 gb', '--max-file-size')).toBe(1.5 * 1024 ** 3);
    expect(parseSize('64m', '--max-file-size')).toBe(64 * 1024 ** 2);
  });

  it('has a generous default limit: 64 MB', () => {
    const source = sourceFromBytes('x.md', new Uint8Array(0));
    expect(source.problems).toEqual([]);
    expect(runCli(['scan', '--help']).stdout).toContain('default 64MB');
  });
});
