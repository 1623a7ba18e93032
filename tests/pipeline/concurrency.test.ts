import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';
import { tempDir } from '../temp-dir.js';

const ARCHIVE = 'fixtures/shards';

describe('--concurrency', () => {
  it('gives byte-identical output in worker threads and in-process, for scan and claims', () => {
    for (const args of [
      ['scan', ARCHIVE, 'seeds', '--format', 'json'],
      ['scan', ARCHIVE, 'seeds'],
      ['claims', ARCHIVE, 'seeds', '--format', 'json'],
      ['claims', ARCHIVE, 'seeds', '--format', 'jsonl'],
    ]) {
      const off = runCli([...args, '--concurrency', 'off']);
      const threads = runCli([...args, '--concurrency', '2']);
      expect(off.stderr).toBe('');
      expect(threads.stderr).toBe('');
      expect(threads.stdout).toBe(off.stdout);
      expect(threads.code).toBe(off.code);
      expect(off.stdout.length).toBeGreaterThan(1000);
    }
  });

  it('reuses cached analyses from worker threads with the same output as in-process', () => {
    const cache = path.join(tempDir('factcheck-cache-'), 'cache.json');
    const args = ['scan', ARCHIVE, 'seeds', '--format', 'json'];
    const off = runCli([...args, '--concurrency', 'off']);
    const first = runCli([...args, '--concurrency', '2', '--cache', '--cache-location', cache]);
    const second = runCli([...args, '--concurrency', '2', '--cache', '--cache-location', cache]);
    expect(existsSync(cache)).toBe(true);
    expect(first.stdout).toBe(off.stdout);
    expect(second.stdout).toBe(off.stdout);
  });

  it('hands a file too large to analyse between two feeds to a worker, with the same output', () => {
    const dir = tempDir('factcheck-large-file-');
    const seeds = readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'));
    for (const f of seeds) copyFileSync(path.join(ROOT, 'seeds', f), path.join(dir, f));
    // Over 256 KB: the main thread leaves it to a worker (and starts one when all are busy).
    const article = readFileSync(path.join(ROOT, 'seeds', seeds[0]!), 'utf8');
    writeFileSync(path.join(dir, 'large.txt'), Array.from({ length: Math.ceil(300_000 / article.length) }, (_, i) => `Part ${i + 1}.\n\n${article}`).join('\n\n'));
    expect(statSync(path.join(dir, 'large.txt')).size).toBeGreaterThan(256 * 1024);
    const args = ['scan', dir, '--format', 'json'];
    const off = runCli([...args, '--concurrency', 'off'], { cwd: dir });
    expect(off.stdout.length).toBeGreaterThan(1000);
    for (const threads of ['2', '3']) {
      const r = runCli([...args, '--concurrency', threads], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(off.stdout);
      expect(r.code).toBe(off.code);
    }
  });

  it('keeps file order with more threads than files', () => {
    const off = runCli(['claims', 'fixtures/shards/2024-q1', 'seeds/000_d5714ceddf0fc169.txt', '--format', 'jsonl', '--concurrency', 'off']);
    const many = runCli(['claims', 'fixtures/shards/2024-q1', 'seeds/000_d5714ceddf0fc169.txt', '--format', 'jsonl', '--concurrency', '8']);
    expect(many.stdout).toBe(off.stdout);
    expect(many.stdout.split('\n').filter(Boolean)).toHaveLength(4);
  });

  it('rejects a value that is not a thread count, auto or off', () => {
    for (const value of ['0', '-1', 'many', '1.5']) {
      const r = runCli(['scan', ARCHIVE, '--concurrency', value]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`factcheck: --concurrency expects a whole number of threads (1 or more), "auto" or "off", got "${value}"\n`);
    }
  });
});
