import { spawnSync } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/load/collect-files.js';
import { AUTO_MIN_BYTES, AUTO_MIN_CACHED_BYTES, resolveThreads } from '../../src/pipeline/concurrency.js';
import { busyElsewhere } from '../../src/pipeline/machine-load.js';
import { ROOT } from '../helpers.js';
import { tempDir } from '../temp-dir.js';

describe('resolveThreads', () => {
  it('honours off and explicit counts, never more threads than files', async () => {
    const { files } = await collectFiles(['fixtures/shards'], { cwd: ROOT });
    const idle = () => ({ cores: 8, busyElsewhere: 0 });
    expect(resolveThreads('off', files, idle)).toBe(0);
    expect(resolveThreads(2, files, idle)).toBe(2);
    expect(resolveThreads(64, files, idle)).toBe(files.length);
    expect(resolveThreads(4, files.slice(0, 1), idle)).toBe(0);
  });

  it('keeps auto in-process for small inputs, one core, or a machine without a core to spare', async () => {
    const { files } = await collectFiles(['fixtures/shards', 'seeds'], { cwd: ROOT });
    expect(AUTO_MIN_BYTES).toBeGreaterThan(100_000); // the fixtures are far smaller
    expect(resolveThreads('auto', files, () => ({ cores: 8, busyElsewhere: 0 }))).toBe(0);
  });

  it('uses every core for a large input on a machine with a core to spare', async () => {
    const dir = tempDir('factcheck-large-');
    writeFileSync(path.join(dir, 'a.txt'), 'x'.repeat(AUTO_MIN_BYTES));
    writeFileSync(path.join(dir, 'b.txt'), 'y');
    const { files } = await collectFiles([dir], { cwd: dir });
    const machine = (cores: number, busyElsewhere: number) => () => ({ cores, busyElsewhere });
    expect(resolveThreads('auto', files, machine(4, 2.4))).toBe(4);
    expect(resolveThreads('auto', files, machine(2, 0.4))).toBe(2);
    expect(resolveThreads('auto', files, machine(2, 0.6))).toBe(0);
    expect(resolveThreads('auto', files, machine(1, 0))).toBe(0);
  });

  it('with a cache, counts the files it holds apart for auto: unchanged, they are only hashed', async () => {
    const dir = tempDir('factcheck-large-');
    writeFileSync(path.join(dir, 'a.txt'), 'x'.repeat(AUTO_MIN_BYTES));
    writeFileSync(path.join(dir, 'b.txt'), 'y');
    const { files } = await collectFiles([dir], { cwd: dir });
    const idle = () => ({ cores: 2, busyElsewhere: 0 });
    expect(AUTO_MIN_CACHED_BYTES).toBeGreaterThan(AUTO_MIN_BYTES);
    expect(resolveThreads('auto', files, idle, () => true)).toBe(0);
    expect(resolveThreads('auto', files, idle, (f) => f.name === 'a.txt')).toBe(0);
    expect(resolveThreads('auto', files, idle, (f) => f.name === 'b.txt')).toBe(2);
    expect(resolveThreads(2, files, idle, () => true)).toBe(2);
    // Enough bytes held in the cache to pay for hashing them in two threads.
    // (A sparse file: only its size is read.)
    writeFileSync(path.join(dir, 'c.txt'), '');
    truncateSync(path.join(dir, 'c.txt'), AUTO_MIN_CACHED_BYTES);
    const more = (await collectFiles([dir], { cwd: dir })).files;
    expect(resolveThreads('auto', more, idle, () => true)).toBe(2);
  });
});

describe('busyElsewhere', () => {
  it('counts the CPU time another process used since it last looked, not this one', () => {
    busyElsewhere();
    // This thread waits while a child process keeps one core busy for 400 ms.
    const r = spawnSync(process.execPath, ['-e', 'const end = Date.now() + 400; while (Date.now() < end);']);
    expect(r.status).toBe(0);
    expect(busyElsewhere()).toBeGreaterThan(0.5);
  });

  it('measures even when asked again at once (as a scan asks soon after it starts), rather than read the load average', () => {
    busyElsewhere();
    const asked = performance.now();
    expect(busyElsewhere()).toBeGreaterThanOrEqual(0);
    // It waited for an interval its readings can measure (50 ms): the load average it fell back
    // to before still counted the processes that ran in the minute before.
    expect(performance.now() - asked).toBeGreaterThanOrEqual(45);
  });
});
