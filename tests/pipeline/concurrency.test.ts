import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
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
