import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { tempDir } from '../temp-dir.js';

const FIXTURES = 'fixtures/formats';


describe('outputs of a scan (real process)', () => {
  it('writes several formats in one run: the table on stdout, SARIF and JSON to files', () => {
    const dir = tempDir();
    const sarif = path.join(dir, 'results.sarif');
    const json = path.join(dir, 'report.json');
    const r = runCli(['scan', FIXTURES, '--format', 'table', '--format', `sarif=${sarif}`, '-f', `json=${json}`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('7 findings (1 error, 3 warnings, 3 info)');
    expect(JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results).toHaveLength(7);
    expect(JSON.parse(readFileSync(json, 'utf8')).summary.findings).toEqual({ error: 1, warning: 3, info: 3 });
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'results.sarif']);
  });

  it('writes the stdout format to --output-file instead, leaving stdout empty, and replaces an existing file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'report.json');
    writeFileSync(file, 'old content');
    const r = runCli(['scan', FIXTURES, '-f', 'json', '-o', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(1);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('writes the same bytes to a file as to stdout, and the table without colour unless forced', () => {
    const dir = tempDir();
    for (const format of ['json', 'sarif', 'compact', 'table']) {
      const file = path.join(dir, `out.${format}`);
      const toFile = runCli(['scan', FIXTURES, '-f', `${format}=${file}`], { env: { FORCE_COLOR: '0' } });
      const toStdout = runCli(['scan', FIXTURES, '-f', format]);
      expect(readFileSync(file, 'utf8')).toBe(toStdout.stdout);
      expect(toFile.code).toBe(toStdout.code);
    }
    runCli(['scan', FIXTURES, '-f', `table=${path.join(dir, 'colour.txt')}`, '--color']);
    expect(readFileSync(path.join(dir, 'colour.txt'), 'utf8')).toContain('\u001b[');
  });

  it('fails with exit 2, one line naming the path, and nothing anywhere when an output cannot be written', () => {
    const dir = tempDir();
    const good = path.join(dir, 'good.sarif');
    const missingFolder = path.join(dir, 'no', 'such', 'report.json');
    const r = runCli(['scan', FIXTURES, '-f', 'table', '-f', `sarif=${good}`, '-f', `json=${missingFolder}`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([`factcheck: cannot write "${missingFolder}": its folder does not exist`]);
    expect(readdirSync(dir)).toEqual([]);

    const isFolder = runCli(['scan', FIXTURES, '-o', dir]);
    expect(isFolder.code).toBe(2);
    expect(isFolder.stderr).toContain(`cannot write "${dir}": it is a folder`);
  });

  it.skipIf(process.getuid?.() === 0)('leaves no partial or temporary file when the folder is read-only', () => {
    const dir = tempDir();
    const locked = path.join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const r = runCli(['scan', FIXTURES, '-f', 'compact', '-f', `sarif=${path.join(dir, 'ok.sarif')}`, '-f', `json=${path.join(locked, 'r.json')}`]);
    chmodSync(locked, 0o755);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`cannot write "${path.join(locked, 'r.json')}": permission denied`);
    expect(readdirSync(dir)).toEqual(['locked']);
    expect(readdirSync(locked)).toEqual([]);
  });

  it.skipIf(process.platform !== 'linux')('removes the files it already wrote when a later one fails mid-write', () => {
    // /proc exists (so the early check passes) but takes no new files, even for root.
    const dir = tempDir();
    const r = runCli(['scan', FIXTURES, '-f', 'compact', '-f', `sarif=${path.join(dir, 'ok.sarif')}`, '-f', 'json=/proc/factcheck-report.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^factcheck: cannot write "\/proc\/factcheck-report\.json": [^\n]+\n$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a bad format before scanning: exit 2, nothing on stdout, no file written', () => {
    const dir = tempDir();
    const r = runCli(['scan', FIXTURES, '-f', `sarif=${path.join(dir, 'a.sarif')}`, '-f', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('factcheck: unknown format "xml" (choose from table, compact, json, jsonl, sarif, github)\n');
    expect(readdirSync(dir)).toEqual([]);
    expect(runCli(['scan', FIXTURES, '-f', 'json', '-f', 'table']).code).toBe(2);
  });

  it('gives the same exit code for every format and output file', () => {
    const dir = tempDir();
    const codes = ['table', 'compact', 'json', 'jsonl', 'sarif', 'github'].flatMap((f) => [
      runCli(['scan', FIXTURES, '-f', f]).code,
      runCli(['scan', FIXTURES, '-f', f, '-o', path.join(dir, `${f}.out`)]).code,
    ]);
    expect(new Set(codes)).toEqual(new Set([1]));
    expect(existsSync(path.join(dir, 'github.out'))).toBe(true);
  });
});

describe('--quiet and --max-warnings (real process)', () => {
  it('reports errors only with --quiet, in every format', () => {
    const json = JSON.parse(runCli(['scan', FIXTURES, '-f', 'json', '--quiet']).stdout);
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['load-error']);
    expect(json.summary.findings).toEqual({ error: 1, warning: 0, info: 0 });
    const github = runCli(['scan', FIXTURES, '-f', 'github', '--quiet']).stdout;
    expect(github).toMatch(/^::error /);
    expect(github).not.toMatch(/::(warning|notice) /);
  });

  it('does not count warnings it dropped against --max-warnings', () => {
    expect(runCli(['scan', 'seeds/', '--max-warnings', '0']).code).toBe(1);
    const quiet = runCli(['scan', 'seeds/', '--max-warnings', '0', '--quiet', '-f', 'compact']);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toMatch(/^0 findings \(0 errors, 0 warnings, 0 info\) in 5 documents, \d+ claims\n$/);
  });

  it('still fails on errors with --quiet', () => {
    expect(runCli(['scan', FIXTURES, '--quiet', '-f', 'compact']).code).toBe(1);
  });
});

describe('claims and rules outputs (real process)', () => {
  it('writes claims to --output-file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'claims.json');
    const r = runCli(['claims', `${FIXTURES}/digest.txt`, '-f', 'json', '-o', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8')).claims.length).toBeGreaterThan(0);
    expect(runCli(['claims', FIXTURES, '-f', 'sarif']).code).toBe(2);
  });

  it('lists every rule with its default severity and a version-pinned docs link, as text or JSON', () => {
    const text = runCli(['rules']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^duplicate-table-row\s+warning\s+A table row repeats/m);
    const { rules, tool } = JSON.parse(runCli(['rules', '--format', 'json']).stdout);
    expect(rules.length).toBeGreaterThanOrEqual(5);
    for (const r of rules) {
      expect(r.url).toBe(`https://github.com/factcheck-dev/factcheck/blob/v${tool.version}/docs/rules/${r.id}.md`);
      expect(['error', 'warning', 'info']).toContain(r.defaultSeverity);
      expect(text.stdout).toContain(r.url);
    }
  });

  it('has help with examples for every command', () => {
    for (const args of [['--help'], ['scan', '--help'], ['claims', '--help'], ['rules', '--help']]) {
      const r = runCli(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toContain('factcheck ');
    }
    expect(runCli(['scan', '--help']).stdout).toMatch(/--format <format>[\s\S]*--output-file <path>[\s\S]*--quiet/);
  });
});
