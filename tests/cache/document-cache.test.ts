import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline/scan.js';
import { runCli } from '../helpers.js';
import { copyFixture, tempProject } from '../temp-project.js';

describe('document cache', () => {
  it('hits for unchanged documents, misses for changed ones, and never changes the result', async () => {
    const dir = tempProject({});
    copyFixture('archive', dir);
    const cache = { location: 'node_modules/.cache/factcheck/' };
    const plain = await scan(['archive'], { cwd: dir });
    const cold = await scan(['archive'], { cwd: dir, cache });
    const warm = await scan(['archive'], { cwd: dir, cache });
    expect(cold.cache).toEqual({ hits: 0, misses: 3 });
    expect(warm.cache).toEqual({ hits: 3, misses: 0 });
    expect(JSON.stringify(warm.findings)).toBe(JSON.stringify(plain.findings));
    expect(JSON.stringify(warm.documents)).toBe(JSON.stringify(plain.documents));

    const file = path.join(dir, 'archive', '2025-12-26-groq-followup.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('分析师认为', '多位分析师认为'));
    expect((await scan(['archive'], { cwd: dir, cache })).cache).toEqual({ hits: 2, misses: 1 });
    // Settings that change a document's analysis are part of the key.
    expect((await scan(['archive'], { cwd: dir, cache, rules: { 'duplicate-paragraph': 'error' } })).cache).toEqual({ hits: 0, misses: 3 });
  });

  it('gives byte-identical output with and without --cache, cold and warm (real process)', () => {
    const dir = tempProject({});
    copyFixture('archive', dir);
    const plain = runCli(['scan', 'archive', '--format', 'json'], { cwd: dir });
    const cold = runCli(['scan', 'archive', '--format', 'json', '--cache'], { cwd: dir });
    const warm = runCli(['scan', 'archive', '--format', 'json', '--cache'], { cwd: dir });
    expect(plain.stdout).toContain('duplicate-paragraph');
    expect(plain.stdout).toContain('unused-disable-directive');
    expect(cold.stdout).toBe(plain.stdout);
    expect(warm.stdout).toBe(plain.stdout);
    expect(warm.stderr).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'node_modules', '.cache', 'factcheck', 'cache.json'), 'utf8')).format).toBe(1);
  });

  it('rebuilds an unreadable cache file with a note, and takes a file as --cache-location', () => {
    const dir = tempProject({ 'my.cache': '{ not json' });
    copyFixture('archive', dir);
    const plain = runCli(['scan', 'archive', '--format', 'json'], { cwd: dir });
    const r = runCli(['scan', 'archive', '--format', 'json', '--cache', '--cache-location', 'my.cache'], { cwd: dir });
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toBe('factcheck: note: the cache my.cache was unreadable and is rebuilt\n');
    expect(JSON.parse(readFileSync(path.join(dir, 'my.cache'), 'utf8')).format).toBe(1);
    expect(runCli(['scan', 'archive', '--cache', '--cache-strategy', 'metadata'], { cwd: dir }).code).toBe(2);
  });
});
