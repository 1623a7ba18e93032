import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../src/model/result.js';
import { readDocumentResults, shardDocumentLine, shardHeaderLine } from '../../src/pipeline/shard.js';
import { runCli } from '../helpers.js';
import { tempDir } from '../temp-dir.js';

// fixtures/shards holds cross-document findings: a paragraph copied into two other documents,
// one copied into one other, and duplicated table rows; its three folders make three shards.
const ARCHIVE = 'fixtures/shards';
const SHARDS = ['2024-q1', '2024-q2', '2024-q3'].map((q) => `${ARCHIVE}/${q}`);

function writeShards(): string[] {
  const dir = tempDir('factcheck-shards-');
  return SHARDS.map((folder, i) => {
    const r = runCli(['claims', folder, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const file = path.join(dir, `shard-${i}.jsonl`);
    writeFileSync(file, r.stdout);
    return file;
  });
}

describe('claims --format jsonl, then check (sharded scan)', () => {
  const shards = writeShards();

  it('reports exactly what one scan reports, in JSON and as a table, with the same exit code', () => {
    for (const format of ['json', 'table']) {
      const scan = runCli(['scan', ARCHIVE, '--format', format]);
      const check = runCli(['check', ...[...shards].reverse(), '--format', format]);
      expect(check.stderr).toBe('');
      expect(check.stdout).toBe(scan.stdout);
      expect(check.code).toBe(scan.code);
    }
    const report = JSON.parse(runCli(['check', ...shards, '--format', 'json']).stdout);
    // The cross-document findings only exist once the shards are checked together.
    const copies = report.findings.filter((f: { ruleId: string; severity: string }) => f.ruleId === 'duplicate-paragraph' && f.severity === 'info');
    expect(copies.map((f: { locations: { file: string }[] }) => f.locations.map((l) => l.file))).toEqual([
      ['fixtures/shards/2024-q1/alibaba-cloud.md', 'fixtures/shards/2024-q2/cloud-roundup.md'],
      ['fixtures/shards/2024-q1/nvidia-results.txt', 'fixtures/shards/2024-q2/cloud-roundup.md', 'fixtures/shards/2024-q3/ai-models.md'],
    ]);
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'duplicate-table-row')).toHaveLength(2);
  });

  it('keeps the companies an article introduces as inferred through the shards (their conflicts stay info)', () => {
    const dir = tempDir('factcheck-shards-');
    const files = ['qicheng-q3-results.md', 'qicheng-brief.txt', 'vireo-launch.md', 'vireo-earnings.md', 'tianheng-launch.md', 'tianheng-wire.md', 'lanjing-ipo.txt'].map((name, i) => {
      const r = runCli(['claims', `fixtures/companies/${name}`, '--format', 'jsonl']);
      const file = path.join(dir, `shard-${i}.jsonl`);
      writeFileSync(file, r.stdout);
      return file;
    });
    const scan = runCli(['scan', 'fixtures/companies', '--format', 'json']);
    const check = runCli(['check', ...files, '--format', 'json']);
    expect(check.stdout).toBe(scan.stdout);
    const severities = JSON.parse(check.stdout).findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}:${f.severity}`);
    expect(severities).toContain('conflicting-figure:info');
    expect(severities).toContain('magnitude-slip:info');
    // 天衡卫星 and Tianheng Satellite (天衡卫星), analysed apart, are one company to `check`.
    const users = JSON.parse(check.stdout).findings.find((f: { message: string }) => f.message.includes(' users'));
    expect(users).toMatchObject({ ruleId: 'magnitude-slip', severity: 'info', locations: [{ text: 'about 8.6 million users' }, { text: '约为86万' }] });
    // A slip inside one article, found where the article was analysed, travels with its shard.
    const revenue = JSON.parse(check.stdout).findings.find((f: { message: string }) => f.message.includes('in the same article'));
    expect(revenue).toMatchObject({ ruleId: 'magnitude-slip', locations: [{ text: 'RMB 98.4 billion' }, { text: 'RMB 9.84 billion' }] });
  });

  it('takes shards joined on stdin with "-", headers and all, and honours --max-warnings like scan', () => {
    const input = shards.map((s) => readFileSync(s, 'utf8')).join('');
    const scan = runCli(['scan', ARCHIVE, '--format', 'json', '--max-warnings', '0']);
    const check = runCli(['check', '-', '--format', 'json', '--max-warnings', '0'], { input });
    expect(check.stdout).toBe(scan.stdout);
    expect(check.code).toBe(1);
  });

  it('writes a header line, then one line per document with its claims, findings and digests', () => {
    const lines = runCli(['claims', SHARDS[0]!, '--format', 'jsonl']).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ type: 'header', schemaVersion: 1, tool: { name: 'factcheck' } });
    expect(lines.slice(1).map((l) => [l.type, l.file])).toEqual([
      ['document', 'fixtures/shards/2024-q1/alibaba-cloud.md'],
      ['document', 'fixtures/shards/2024-q1/nvidia-results.txt'],
    ]);
    const alibaba = lines[1];
    expect(alibaba.claims.some((c: { text: string; value: number }) => c.text === '255.95亿元' && c.value === 25_595_000_000)).toBe(true);
    expect(alibaba.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['duplicate-table-row']);
    expect(alibaba.blocks.length).toBeGreaterThan(0);
    // Each claim line starts with the claim's id, `file#start-end`, as the claims JSON prints it.
    for (const c of alibaba.claims) expect(Object.keys(c).slice(0, 2)).toEqual(['id', 'file']);
    expect(alibaba.claims.map((c: { id: string }) => c.id)).toEqual(alibaba.claims.map((c: { start: number; end: number }) => `fixtures/shards/2024-q1/alibaba-cloud.md#${c.start}-${c.end}`));
  });

  it('reads claims back without a stored id, and writes them out again unchanged', async () => {
    const [first] = shards;
    const read: DocumentResult[] = [];
    for await (const d of readDocumentResults([first!])) read.push(d);
    expect(read.flatMap((d) => d.claims).some((c) => 'id' in c)).toBe(false);
    expect(shardHeaderLine() + read.map(shardDocumentLine).join('')).toBe(readFileSync(first!, 'utf8'));
  });

  it('checks the shards against reference figures (--facts) as scan does', () => {
    const dir = tempDir('factcheck-facts-shard-');
    writeFileSync(path.join(dir, 'facts.yaml'), '- subject: Tencent\n  attribute: headcount\n  value: 110000\n  source: annual report\n');
    writeFileSync(path.join(dir, 'a.md'), 'Tencent currently employs 88,000 people worldwide.\n');
    writeFileSync(path.join(dir, 'b.md'), '腾讯目前在全球拥有员工8.8万人。\n');
    writeFileSync(path.join(dir, 'a.jsonl'), runCli(['claims', 'a.md', '--format', 'jsonl'], { cwd: dir }).stdout);
    writeFileSync(path.join(dir, 'b.jsonl'), runCli(['claims', 'b.md', '--format', 'jsonl'], { cwd: dir }).stdout);
    const scan = runCli(['scan', '.', '--facts', 'facts.yaml', '--format', 'json'], { cwd: dir });
    const check = runCli(['check', 'a.jsonl', 'b.jsonl', '--facts', 'facts.yaml', '--format', 'json'], { cwd: dir });
    expect(check.stderr).toBe('');
    expect(check.stdout).toBe(scan.stdout);
    expect(check.code).toBe(1);
    const errors = JSON.parse(check.stdout).findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.map((f: { ruleId: string; locations: { file: string }[] }) => [f.ruleId, f.locations[0]!.file])).toEqual([
      ['conflicting-figure', 'a.md'],
      ['conflicting-figure', 'b.md'],
    ]);
    const missing = runCli(['check', 'a.jsonl', '--facts', 'missing.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^factcheck: missing\.yaml: cannot read the reference figures/);
  });

  it('rejects input that is not claims JSONL, cut short, or overlapping, with one line and exit code 2', () => {
    const dir = tempDir('factcheck-bad-shards-');
    const report = path.join(dir, 'report.json');
    writeFileSync(report, runCli(['scan', ARCHIVE, '--format', 'json']).stdout);
    const cut = path.join(dir, 'cut.jsonl');
    writeFileSync(cut, readFileSync(shards[0]!, 'utf8').slice(0, 400));
    const cases: [string[], RegExp][] = [
      [[report], /report\.json:1: not a factcheck claims file/],
      [[cut], /cut\.jsonl:2: not JSON \(is the file cut short\?\)/],
      [[shards[0]!, shards[0]!], /alibaba-cloud\.md appears in more than one claims line/],
      [[path.join(dir, 'missing.jsonl')], /missing\.jsonl: cannot be read: no such file/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(['check', ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});
