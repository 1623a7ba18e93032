import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { BIN, runCli } from '../helpers.js';
import { tempDir } from './support.js';

/** Exit 2, one line on stderr starting with "factcheck: ", and nothing at all on stdout. */
function expectUsageError(args: string[], pattern: RegExp, cwd?: string): void {
  const r = runCli(args, cwd ? { cwd } : {});
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toBe('');
  expect(lines[0]).toMatch(/^factcheck: /);
  expect(lines[0]).toMatch(pattern);
}

function inProcessIo(options: { readStdin?: () => Promise<Uint8Array> } = {}): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    readStdin: options.readStdin ?? (async () => new Uint8Array()),
    env: {},
    cwd: process.cwd(),
  };
}

describe('CLI misuse: one line on stderr, exit 2, nothing on stdout', () => {
  it('unknown flags, with a suggestion on the same line', () => {
    expectUsageError(['scan', 'seeds', '--bogus'], /unknown option '--bogus'$/);
    expectUsageError(['scan', 'seeds', '--formt', 'json'], /unknown option '--formt' \(did you mean --format\?\)$/);
    expectUsageError(['claims', 'seeds', '--max-warnings', '3'], /unknown option '--max-warnings'/);
  });

  it('unknown commands and missing arguments', () => {
    expectUsageError(['sacn', 'seeds'], /unknown command 'sacn'/);
    expectUsageError(['scan'], /no paths given/);
    expectUsageError(['scan', 'seeds', '--format'], /argument missing/);
  });

  it('bad format names', () => {
    expectUsageError(['scan', 'seeds', '--format', 'xml'], /unknown format "xml"/);
    expectUsageError(['claims', 'seeds', '-f', 'sarif'], /unknown format "sarif"/);
  });

  it('conflicting options', () => {
    expectUsageError(['scan', 'seeds', '--stdin-filename', 'a.md'], /--stdin-filename names the document read from stdin/);
    expectUsageError(['scan', '-', '-'], /"-" \(stdin\) can be given only once/);
    expectUsageError(['scan', 'seeds', '-f', 'json', '-f', 'table'], /only one format can go to stdout/);
    expectUsageError(['scan', 'seeds', '--max-warnings', 'many'], /--max-warnings expects a whole number/);
  });

  it('an output file that cannot be written: no file, no partial file, nothing on stdout', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.md'), '营收达到570亿美元。\n');
    mkdirSync(path.join(dir, 'out.json'));
    expectUsageError(['scan', 'a.md', '-f', 'json', '-o', 'out.json'], /cannot write "out.json": it is a folder/, dir);
    expectUsageError(['scan', 'a.md', '-f', 'json', '-o', 'a.md/report.json'], /cannot write "a.md\/report.json"/, dir);
    expectUsageError(['scan', 'a.md', '-f', 'json', '-o', 'missing/report.json'], /cannot write "missing\/report.json": its folder does not exist/, dir);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'out.json']);
    expect(readdirSync(path.join(dir, 'out.json'))).toEqual([]);
  });

  it('prints an internal error as one line without a stack, and the stack only with --debug', async () => {
    const failing = () => Promise.reject(new Error('stdin went away'));
    const io = inProcessIo({ readStdin: failing });
    expect(await main(['scan', '-', '--format', 'json'], io)).toBe(2);
    expect(io.out).toEqual([]);
    expect(io.err.join('')).toBe('factcheck: internal error: stdin went away (run with --debug for details)\n');

    const debugIo = inProcessIo({ readStdin: failing });
    expect(await main(['scan', '-', '--debug'], debugIo)).toBe(2);
    expect(debugIo.out).toEqual([]);
    expect(debugIo.err.join('')).toMatch(/^factcheck: internal error: Error: stdin went away\n\s+at /);
  });

  it('leaves no temporary file behind when it refuses to write', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.md'), '营收达到570亿美元。\n');
    runCli(['scan', 'a.md', '-f', 'json=ok.json', '-f', 'sarif=missing/x.sarif'], { cwd: dir });
    expect(existsSync(path.join(dir, 'ok.json'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('a reader that stops early (| head) gets no stack trace, and the exit code still reports the findings', () => {
    const dir = tempDir();
    // Enough claims for several pipe buffers of JSON, and a conflict so that the run exits 1.
    const lines = Array.from({ length: 4000 }, (_, i) => `第${i}项：营收${i + 1}亿美元，增长${i % 90}%。`);
    writeFileSync(path.join(dir, 'a.md'), `英伟达营收570亿美元。\n\n${lines.join('\n\n')}\n`);
    writeFileSync(path.join(dir, 'b.md'), 'Nvidia revenue was $57 million.\n');
    for (const command of ['claims', 'scan']) {
      const shell = `"${process.execPath}" "${BIN}" ${command} . -f json | head -c 100 > /dev/null; echo "exit=\${PIPESTATUS[0]}"`;
      const r = spawnSync('bash', ['-c', shell], { cwd: dir, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(command === 'scan' ? 'exit=1\n' : 'exit=0\n');
    }
  });
});
