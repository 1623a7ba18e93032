import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { tempDir } from '../temp-dir.js';

describe('factcheck CLI (real process)', () => {
  it('scans the seeds, reports the duplicated row of seed 000 with both lines, and exits 0', () => {
    const r = runCli(['scan', 'seeds/', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    const dup = report.findings.find((f: { ruleId: string }) => f.ruleId === 'duplicate-table-row');
    expect(dup.locations.map((l: { file: string; line: number }) => `${l.file}:${l.line}`)).toEqual([
      'seeds/000_d5714ceddf0fc169.txt:95',
      'seeds/000_d5714ceddf0fc169.txt:94',
    ]);
  });

  it('prints a readable table without colour when stdout is not a terminal', () => {
    const r = runCli(['scan', 'seeds/']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('seeds/000_d5714ceddf0fc169.txt');
    expect(r.stdout).toContain('Table row repeats line 94 of the same table.');
    expect(r.stdout).toMatch(/5 findings \(0 errors, 1 warning, 4 info\) in 5 documents/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('colours with FORCE_COLOR and not with --no-color, which wins', () => {
    expect(runCli(['scan', 'seeds/'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(runCli(['scan', 'seeds/', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('exits 1 when warnings exceed --max-warnings, with the same code for every format', () => {
    expect(runCli(['scan', 'seeds/', '--max-warnings', '0']).code).toBe(1);
    expect(runCli(['scan', 'seeds/', '--max-warnings', '0', '--format', 'json']).code).toBe(1);
    expect(runCli(['scan', 'seeds/', '--max-warnings', '1']).code).toBe(0);
  });

  it('exits 2 with one line on stderr and nothing on stdout for a path that matches nothing', () => {
    const r = runCli(['scan', 'no/such/folder']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no/such/folder');
  });

  it('exits 2 for an unknown flag or format', () => {
    expect(runCli(['scan', 'seeds/', '--bogus']).code).toBe(2);
    const bad = runCli(['scan', 'seeds/', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });

  it('reports an unreadable file as a load-error finding, goes on with the others, and exits 1', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'good.md'), '英伟达以约200亿美元与Groq达成合作。\n');
    writeFileSync(path.join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
    const r = runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary.documents).toBe(2);
    expect(report.findings.map((f: { ruleId: string; locations: { file: string }[] }) => [f.ruleId, f.locations[0]!.file])).toEqual([
      ['load-error', 'image.md'],
    ]);
    expect(report.summary.claims).toBe(1);
  });

  it('reads a document from stdin under the name --stdin-filename gives it', () => {
    const r = runCli(['claims', '-', '--stdin-filename', 'new.md', '--format', 'json'], { input: '黄仁勋向xAI投资20亿美金。' });
    expect(r.code).toBe(0);
    const { claims } = JSON.parse(r.stdout);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ file: 'new.md', text: '20亿美金', kind: 'money', value: 2e9, currency: 'USD' });
  });

  it('prints --version and --help, exiting 0', () => {
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = runCli(['scan', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes');
  });
});
